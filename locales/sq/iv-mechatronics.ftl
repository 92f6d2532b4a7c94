# Intervistë: formim profesional për mekatronikë automjetesh te Autoservice Krämer (assets/dialogue/interview/mechatronics.ron)

iv-mechatronics-title = Formim profesional: mekatronik automjetesh (Kfz-Mechatroniker/in)
iv-mechatronics-brief = Autoservice Krämer GmbH në Kassel është biznes familjar që nga viti 1989: një servis i pavarur që riparon makina të të gjitha markave, me 28 punonjës dhe gjashtë nxënës në formim (Azubi). Që nga viti 2022 ekipi punon edhe me makina elektrike dhe hibride (trajnim për tension të lartë). Formimi zgjat 3,5 vjet; pagesa e formimit është sipas kontratës kolektive të zanatit të automjeteve (viti i 1-rë: 1.050 € bruto në muaj). Ti flet me Sandra Krämer, mjeshtre e servisit dhe trajnuese.

## welcome
iv-mechatronics-welcome = Mirëdita, jam Sandra Krämer, mjeshtre e servisit dhe trajnuese te Autoservice Krämer. Më vjen mirë që erdhët. Ju lutem, uluni.
iv-mechatronics-welcome-friendly = Përshëndetje dhe mirë se vini te Autoservice Krämer! Unë jam Sandra Krämer, drejtoj servisin dhe kujdesem për nxënësit tanë. Uluni – dëshironi një gotë ujë?
iv-mechatronics-welcome-strict = Mirëdita. Krämer, mjeshtre e servisit. Uluni. Kemi njëzet minuta, prandaj le të fillojmë menjëherë.

## intro
iv-mechatronics-intro = Ju lutem, më tregoni shkurt diçka për veten.
iv-mechatronics-intro-a1 = Jam 19 vjeç dhe jetoj në Gjermani prej dy vitesh. Tani po ndjek një kurs gjermanishteje në nivelin B1, dhe në kohën e lirë më pëlqen të riparoj motorra të vegjël dhe biçikleta.
iv-mechatronics-intro-a1-why = E shkurtër, e qartë dhe e lidhur me profesionin: punëdhënësja dëgjon menjëherë që të intereson teknika.
iv-mechatronics-intro-a2 = Jam 19 vjeç. Çfarë doni të dini?
iv-mechatronics-intro-a2-why = Shumë e shkurtër: tingëllon sikur nuk ke dëshirë të flasësh. Përgatit dy-tre fjali për veten – moshën, gjermanishten, çfarë të lidh me profesionin.
iv-mechatronics-intro-a3 = Me kënaqësi, po filloj nga fillimi: kam lindur në një fshat të vogël, pastaj u transferuam, pastaj erdhi udhëtimi i gjatë …
iv-mechatronics-intro-a3-why = E sjellshme, por shumë e gjatë dhe shumë personale. Në intervistë duan të dëgjojnë brenda një minute kush je sot dhe pse i përshtatesh këtij profesioni.

## why-job
iv-mechatronics-why-job = Pse doni të bëheni mekatronik ose mekatronike automjetesh?
iv-mechatronics-why-job-a1 = Në vendin tim kam riparuar shpesh motorrat e shokëve, për shembull kam pastruar karburatorë dhe kam rregulluar frenat. Tani dua ta mësoj këtë siç duhet, edhe elektronikën.
iv-mechatronics-why-job-a1-why = Shumë mirë: një shembull i vërtetë nga përvoja jote vlen më shumë se «Më pëlqejnë makinat». Trajnuesja sheh që të pëlqen tashmë të punosh me vegla.
iv-mechatronics-why-job-a2 = Një shok imi e bën edhe ai këtë formim dhe thotë që është në rregull.
iv-mechatronics-why-job-a2-why = Tingëllon sikur profesionin nuk e ke zgjedhur vetë. Më mirë thuaj çfarë të intereson ty personalisht te kjo punë.
iv-mechatronics-why-job-a3 = Makinat sot kanë shumë elektronikë dhe softuer. Pikërisht ky kombinim mekanike dhe elektronike më intereson.
iv-mechatronics-why-job-a3-why = Mirë: tregon që e di çfarë është ky profesion sot – jo vetëm vaj dhe vida, por edhe elektronikë.
iv-mechatronics-why-job-a4 = Mekatronikët më vonë fitojnë mirë, dhe punë ka gjithmonë.
iv-mechatronics-why-job-a4-why = E vërtetë, por nëse paratë janë arsyeja e vetme, firma ka frikë se do të largohesh shpejt diku tjetër. Thuaj së pari çfarë të pëlqen te puna.

## hands-on
iv-mechatronics-hands-on = Motorra, interesante! Cili ishte riparimi më i vështirë dhe si vepruat?
iv-mechatronics-hands-on-a1 = Një motorr nuk ndizej më. Fillimisht kontrollova kandelën, pastaj karburatorin. Ishte i bllokuar, dhe pasi e pastrova, motorri punoi përsëri.
iv-mechatronics-hands-on-a1-why = Shkëlqyeshëm: përshkruan hap pas hapi si e kërkove defektin. Pikërisht kështu punohet në servis.
iv-mechatronics-hands-on-a2 = Në fakt asgjë nuk ishte e vështirë. Mund të riparoj pothuajse gjithçka.
iv-mechatronics-hands-on-a2-why = Kjo tingëllon mendjemadhe dhe nuk thotë asgjë konkrete. Firma kërkon dikë që do të mësojë – më mirë trego një shembull të vërtetë.
iv-mechatronics-hands-on-a3 = Një herë u prish zinxhiri. Pashë në internet si bëhet dhe e riparova bashkë me xhaxhain.
iv-mechatronics-hands-on-a3-why = E sinqertë dhe në rregull. Edhe më mirë do të ishte të thuash çfarë bëre vetë dhe çfarë mësove.

## why-company
iv-mechatronics-why-company = Pse aplikuat pikërisht te ne?
iv-mechatronics-why-company-strict = Në Kassel ka shumë servise. Pse pikërisht Autoservice Krämer?
iv-mechatronics-why-company-a1 = Ju jeni servis i pavarur dhe riparoni makina të të gjitha markave. Përveç kësaj punoni tashmë me makina elektrike dhe hibride – dua të jem pjesë e kësaj që në fillim.
iv-mechatronics-why-company-a1-why = Shumë mirë: di fakte për firmën dhe i lidh me qëllimin tënd. Kjo tregon që je përgatitur.
iv-mechatronics-why-company-a2 = Servisi juaj është afër banesës sime, mund të vij me biçikletë.
iv-mechatronics-why-company-a2-why = Rruga e shkurtër është praktike, por nuk thotë asgjë për firmën. Përmende më së shumti si shtesë.
iv-mechatronics-why-company-a3 = Kam aplikuar në shumë servise. Kryesorja është të marr një vend formimi.
iv-mechatronics-why-company-a3-why = E sinqertë, por punëdhënësja dëgjon: «Nuk më intereson firma juaj.» Shiko më parë faqen e internetit dhe gjej dy gjëra që të pëlqejnë te kjo firmë.
iv-mechatronics-why-company-a4 = Në faqen tuaj lexova që jeni biznes familjar dhe formoni nxënës çdo vit. Më pëlqen që këtu njerëzit njihen me njëri-tjetrin.
iv-mechatronics-why-company-a4-why = Mirë: tregon që je informuar dhe thua çfarë është e rëndësishme për ty.

## strengths
iv-mechatronics-strengths = Çfarë dini të bëni veçanërisht mirë? Dhe në çfarë doni të punoni ende?
iv-mechatronics-strengths-a1 = Punoj me përpikëri dhe nuk dorëzohem derisa të gjej defektin. Ndonjëherë përpiqem shumë gjatë t'i bëj të gjitha vetëm – po punoj për këtë duke kërkuar ndihmë më herët.
iv-mechatronics-strengths-a1-why = Shumë mirë: një pikë e fortë që i përshtatet profesionit dhe një dobësi e vërtetë me një plan si të përmirësohesh.
iv-mechatronics-strengths-a2 = Në fakt nuk kam dobësi.
iv-mechatronics-strengths-a2-why = Këtë nuk e beson askush. Punëdhënësja dëgjon që nuk e vlerëson dot veten mirë.
iv-mechatronics-strengths-a3 = Jam i përpiktë me kohën dhe i besueshëm. Gjermanishtja ime nuk është ende perfekte, por mësoj çdo ditë.
iv-mechatronics-strengths-a3-why = Mirë dhe sinqerisht. Me një shembull të vogël për besueshmërinë tënde, përgjigjja do të ishte edhe më e fortë.
iv-mechatronics-strengths-a4 = Dobësia ime është që jam shumë perfeksionist.
iv-mechatronics-strengths-a4-why = Këtë përgjigje rekrutuesit e dëgjojnë shumë shpesh, tingëllon e mësuar përmendsh. Më mirë përmend një dobësi të vërtetë dhe çfarë bën për të.

## school
iv-mechatronics-school = Në formim ju duhen matematika dhe fizika, për shembull për pjesën elektrike. Si ishit në këto lëndë?
iv-mechatronics-school-a1 = Në matematikë isha i mirë, dhe fizikë në vendin tim kishim që nga klasa e shtatë. Fjalët teknike në gjermanisht po i mësoj tani.
iv-mechatronics-school-a1-why = Mirë: përmend pikën tënde të fortë dhe thua sinqerisht çfarë të mungon ende – termat teknikë në gjermanisht.
iv-mechatronics-school-a2 = Matematika nuk ishte lënda ime më e mirë. Por tani po ushtrohem me formula dhe përqindje me një aplikacion dhe në kurs.
iv-mechatronics-school-a2-why = E sinqertë dhe me plan: firma sheh që po punon për mangësitë e tua. Kjo vlen më shumë se një notë perfekte.
iv-mechatronics-school-a3 = Matematika nuk më duhet shumë, më pëlqen më shumë të punoj me duar.
iv-mechatronics-school-a3-why = Mendim i gabuar: në shkollën profesionale (Berufsschule) llogarit rrymë, tension dhe moment rrotullues. Trajnuesja dëgjon që e nënvlerëson teorinë.

## maths-hard
iv-mechatronics-maths-hard = Atëherë një detyrë e vogël: një llambë në makinë ka 12 volt dhe 60 vat. Sa rrymë kalon?
iv-mechatronics-maths-hard-a1 = Fuqia është tension herë rrymë. Pra 60 pjesëtuar me 12, kjo bën 5 amper.
iv-mechatronics-maths-hard-a1-why = E saktë, dhe e shpjegon zgjidhjen. Kjo tregon që e kupton formulën dhe nuk po hamendëson.
iv-mechatronics-maths-hard-a2 = 60 herë 12, pra 720 amper.
iv-mechatronics-maths-hard-a2-why = Fatkeqësisht gabim: rryma është fuqia pjesëtuar me tensionin, pra 60 : 12 = 5 amper. Përsërit formulën P = U · I para intervistës.
iv-mechatronics-maths-hard-a3 = Nuk jam plotësisht i sigurt. Mendoj se P është U herë I – atëherë do të ishin 5 amper?
iv-mechatronics-maths-hard-a3-why = Mendim i saktë, dhe e the sinqerisht që nuk je i/e sigurt. Kjo është në rregull – kush mendon në vend që të hamendësojë, bën më pak gabime në servis.

## certificates
iv-mechatronics-certificates = Dëftesat tuaja shkollore janë nga vendi juaj i origjinës. A i keni njohur në Gjermani?
iv-mechatronics-certificates-a1 = Po, kam bërë kërkesë në zyrën për njohjen e dëftesave. Përkthimin e noterizuar e kam me vete, vendimi vjen pas disa javësh.
iv-mechatronics-certificates-a1-why = Shumë mirë: e njeh procedurën. Dëftesat shkollore i njeh Zeugnisanerkennungsstelle e landit tënd federal; përkthimi i noterizuar duhet të jetë në dosjen e aplikimit.
iv-mechatronics-certificates-a2 = Jo. A duhet ta bëj këtë?
iv-mechatronics-certificates-a2-why = Për formimin nuk është e detyrueshme, por firmat duan ta kuptojnë nivelin tënd shkollor. Informohu më parë: dëftesat shkollore te Zeugnisanerkennungsstelle e landit, diplomat profesionale te dhoma kompetente («Anerkennung in Deutschland»).
iv-mechatronics-certificates-a3 = Jo ende. Shërbimi i Migracionit për të Rinjtë (Jugendmigrationsdienst) po më ndihmon tani me kërkesën. Vendimin mund t'jua dërgoj më vonë.
iv-mechatronics-certificates-a3-why = Mirë: po merresh me të dhe ofron ta dërgosh vendimin më vonë. Punëdhënësja sheh që kujdesesh për punët e tua.
iv-mechatronics-certificates-a4 = Notat e mia ishin shumë të mira, kjo shihet në dëftesë.
iv-mechatronics-certificates-a4-why = Tingëllon me padurim, dhe pyetja mbetet pa përgjigje: një firmë gjermane shpesh nuk i kupton dot notat e huaja. Pikërisht për këtë ekziston njohja.

## german
iv-mechatronics-german = Si e vlerësoni gjermanishten tuaj? Në shkollën profesionale ka shumë terma teknikë.
iv-mechatronics-german-a1 = Kam nivelin B1 dhe tani po bëj një kurs B2. Fjalët teknike si «Zündkerze» (kandelë) ose «Bremsscheibe» (disk freni) i shkruaj në një fletore.
iv-mechatronics-german-a1-why = Shumë mirë: e përmend saktë nivelin dhe tregon si e mëson gjuhën e profesionit.
iv-mechatronics-german-a2 = Gjermanishtja ime mjafton, i kuptoj të gjitha.
iv-mechatronics-german-a2-why = Kjo është shumë e përgjithshme, dhe «të gjitha» nuk e beson askush. Më mirë përmend nivelin (për shembull A2 ose B1) dhe çfarë po bën tani.
iv-mechatronics-german-a3 = Jam në nivelin A2 dhe kuptoj më shumë se sa flas. E di që ka ndihmë si formimi i asistuar dhe do ta përdorja.
iv-mechatronics-german-a3-why = E sinqertë dhe e përgatitur mirë: e njeh mbështetjen «Assistierte Ausbildung» të Agjencisë së Punës (Agentur für Arbeit). Kjo ia heq firmës frikën se do të dështosh në shkollën profesionale.
iv-mechatronics-german-a4 = A mund të vazhdojmë ndoshta në anglisht?
iv-mechatronics-german-a4-why = E pyete me mirësjellje, por shkolla profesionale dhe puna janë në gjermanisht. Qëndro te gjermanishtja edhe nëse shkon ngadalë – kjo tregon guxim.

## german-probe
iv-mechatronics-german-probe = Mirë, atëherë më shpjegoni ju lutem në gjermanisht: çfarë bëhet gjatë ndërrimit të vajit?
iv-mechatronics-german-probe-a1 = Shkarkohet vaji i vjetër, ndërrohet filtri i vajit dhe hidhet vaj i ri. Pastaj kontrollohet niveli i vajit.
iv-mechatronics-german-probe-a1-why = E qartë dhe e saktë – kështu tregon që gjermanishtja jote vërtet mjafton për servisin.
iv-mechatronics-german-probe-a2 = Vaji … i vjetri jashtë, i riu brenda. Mbaroi.
iv-mechatronics-german-probe-a2-why = Fjalët e thjeshta janë në rregull, por pas «I kuptoj të gjitha» duket sikur e ke mbivlerësuar veten. Vlerësoje nivelin tënd sinqerisht.
iv-mechatronics-german-probe-a3 = Më falni, këtë nuk e shpjegoj dot ende mirë. Gjermanishtja ime duket se nuk është aq e mirë sa thashë.
iv-mechatronics-german-probe-a3-why = Korrigjim i sinqertë dhe i sjellshëm – kjo pritet mirë. Herën tjetër thuaj nivelin tënd që në fillim.

## berufsschule
iv-mechatronics-berufsschule = Formimi zgjat tre vjet e gjysmë. Një ose dy ditë në javë jeni në shkollën profesionale, pjesën tjetër këtu në servis. Si ju duket kjo?
iv-mechatronics-berufsschule-a1 = Mirë, kështu mësoj teorinë në shkollë dhe e praktikoj menjëherë këtu. Orarin dhe notat e mia sigurisht do t'jua tregoj.
iv-mechatronics-berufsschule-a1-why = Shumë mirë: e kupton sistemin dual dhe ofron vetë ta mbash firmën të informuar.
iv-mechatronics-berufsschule-a2 = Ditët e shkollës janë të lira nga puna? Atëherë mund të bëja edhe një punë anësore.
iv-mechatronics-berufsschule-a2-why = Kujdes: shkolla profesionale është e detyrueshme dhe llogaritet si kohë pune. Trajnuesja dëgjon që formimi nuk është aq i rëndësishëm për ty.
iv-mechatronics-berufsschule-a3 = Në rregull.
iv-mechatronics-berufsschule-a3-why = Shumë e shkurtër. Thuaj me një fjali pse të pëlqen kombinimi i shkollës dhe servisit.
iv-mechatronics-berufsschule-a4 = A duhet të paguaj diçka për shkollën profesionale?
iv-mechatronics-berufsschule-a4-why = Pyetje e arsyeshme: shkolla profesionale është falas, ndonjëherë kushtojnë librat ose materialet. Edhe më mirë, thuaj së pari shkurt që gëzohesh për shkollën.

## gap
iv-mechatronics-gap = Në CV-në tuaj shoh një boshllëk prej rreth një viti. Çfarë bëtë gjatë asaj kohe?
iv-mechatronics-gap-friendly = Vura re që në CV mungon një vit. Kjo është krejt normale kur je i ri në Gjermani – më tregoni pak çfarë bëtë atëherë.
iv-mechatronics-gap-strict = Në CV mungon një vit i tërë. Ju lutem ma shpjegoni.
iv-mechatronics-gap-a1 = Atëherë erdha në Gjermani. Bëra kursin e integrimit dhe ndihmova një të njohur në servisin e tij.
iv-mechatronics-gap-a1-why = Shumë mirë: e shpjegon boshllëkun me qetësi dhe tregon që e shfrytëzove kohën – madje me përvojë në servis.
iv-mechatronics-gap-a2 = Asgjë të veçantë, në fakt.
iv-mechatronics-gap-a2-why = Punëdhënësja dëgjon: një vit pa qëllim. Pothuajse të gjithë bëjnë diçka në një kohë të tillë – mësojnë gjermanisht, ndihmojnë familjen, kryejnë punë me zyrat. Thuaje këtë.
iv-mechatronics-gap-a3 = Për këtë preferoj të mos flas.
iv-mechatronics-gap-a3-why = Nuk ke pse të tregosh detaje private. Por një fjali e shkurtër neutrale si «Ishin arsye familjare, tani janë zgjidhur» është shumë më mirë se heshtja.
iv-mechatronics-gap-a4 = Më duhej të prisja lejen e punës. Gjatë asaj kohe mësova gjermanisht çdo ditë me aplikacione dhe libra.
iv-mechatronics-gap-a4-why = Mirë: një arsye e qartë për të cilën nuk ke faj, dhe tregon që megjithatë nuk rrite duarkryq.

## gap-probe
iv-mechatronics-gap-probe = Një vit i tërë pa shkollë dhe pa punë? Si punëdhënëse duhet ta kuptoj këtë.
iv-mechatronics-gap-probe-a1 = E kuptoj. Ishin arsye familjare. Tani janë zgjidhur dhe mund të përqendrohem plotësisht te formimi.
iv-mechatronics-gap-probe-a1-why = Shumë mirë: me qetësi, me mirësjellje dhe pa detaje private. Punëdhënësja mëson atë që i duhet: tani mund të fillosh.
iv-mechatronics-gap-probe-a2 = Në atë kohë mësova shumë gjermanisht, vetëm jo në kurs.
iv-mechatronics-gap-probe-a2-why = Më mirë se më parë. Shto si mësove (aplikacione, libra, video), atëherë bëhet e besueshme.
iv-mechatronics-gap-probe-a3 = Kjo është punë e imja.
iv-mechatronics-gap-probe-a3-why = E pasjellshme: në intervistë punëdhënësja ka të drejtë të pyesë për CV-në. Një fjali e shkurtër neutrale e mbron privatësinë tënde dhe mbetet miqësore.

## safety
iv-mechatronics-safety = Në servis siguria është shumë e rëndësishme. Çfarë bëni nëse merrni një detyrë dhe nuk jeni i sigurt si bëhet?
iv-mechatronics-safety-a1 = Para se të filloj, pyes një koleg me përvojë ose ju dhe kërkoj të më tregojnë. Këpucët e sigurisë dhe syzet mbrojtëse i mbaj gjithsesi gjithmonë.
iv-mechatronics-safety-a1-why = Plotësisht e drejtë: gjatë formimit pyetjet janë të mirëpritura, dhe veshja mbrojtëse është e detyrueshme. Kështu shmangen aksidentet dhe dëmet e shtrenjta.
iv-mechatronics-safety-a2 = Thjesht provoj, kështu mësohet më shpejt.
iv-mechatronics-safety-a2-why = E rrezikshme: te frenat, ngritëset ose rryma një gabim mund të lëndojë njerëz. Trajnuesja dëgjon që nuk i merr rregullat seriozisht.
iv-mechatronics-safety-a3 = Shikoj një video në internet dhe pastaj e bëj njësoj.
iv-mechatronics-safety-a3-why = Iniciativa është e mirë, por çdo servis dhe çdo makinë është ndryshe. Pyet së pari dikë që e njeh punën.

## safety-hard
iv-mechatronics-safety-hard = Ne punojmë edhe me makina elektrike dhe hibride. Çfarë dini për punën me sistemet e tensionit të lartë?
iv-mechatronics-safety-hard-a1 = Me pjesët e tensionit të lartë mund të punojë vetëm kush ka trajnim të posaçëm. Kabllot portokalli nuk i prek pa trajnim dhe leje.
iv-mechatronics-safety-hard-a1-why = Shumë mirë: e di rregullin më të rëndësishëm. Puna me tension të lartë kërkon kualifikim të veçantë, dhe kabllot portokalli do të thonë rrezik për jetën.
iv-mechatronics-safety-hard-a2 = Është si një bateri e zakonshme makine, vetëm më e madhe.
iv-mechatronics-safety-hard-a2-why = Gabim dhe e rrezikshme: një bateri e zakonshme ka 12 volt, sistemet e tensionit të lartë disa qindra volt. Trajnuesja dëgjon që e nënvlerëson rrezikun.
iv-mechatronics-safety-hard-a3 = Për këtë di ende pak. Do të doja ta bëja trajnimin për të dhe deri atëherë t'u përmbahesha saktësisht rregullave.
iv-mechatronics-safety-hard-a3-why = E sinqertë dhe plot motivim. Edhe më mirë: lexo më parë shkurt çfarë do të thotë tension i lartë – atëherë mund të përmendësh një rregull.

## punctuality
iv-mechatronics-punctuality = Te ne puna fillon në orën 7:30. Çfarë bëni nëse autobusi juaj anulohet në mëngjes?
iv-mechatronics-punctuality-strict = Puna fillon në orën 7:30 fiks. Çfarë bëni nëse autobusi juaj anulohet?
iv-mechatronics-punctuality-a1 = Telefonoj menjëherë në servis, njoftoj dhe them afërsisht kur do të vij. Dhe gjithsesi preferoj të marr gjithmonë një autobus më herët.
iv-mechatronics-punctuality-a1-why = Plotësisht e drejtë: të telefonosh vetë para fillimit të punës dhe të kesh një plan. Kështu servisi di si ta ndajë punën.
iv-mechatronics-punctuality-a2 = Atëherë vij më vonë dhe e shpjegoj kur të arrij.
iv-mechatronics-punctuality-a2-why = Vonesa pa njoftim në Gjermani konsiderohet mosbesueshmëri. Telefono gjithmonë më parë, edhe nëse vonesa nuk është faji yt.
iv-mechatronics-punctuality-a3 = I shkruaj një kolegu në WhatsApp që të njoftojë ai.
iv-mechatronics-punctuality-a3-why = Me qëllim të mirë, por duhet ta njoftosh vetë trajnuesen ose servisin – më mirë me telefon.
iv-mechatronics-punctuality-a4 = Kjo nuk më ndodh, jam gjithmonë në kohë.
iv-mechatronics-punctuality-a4-why = Autobusët anulohen, këtë e di kushdo. Pyetja teston nëse ke një plan – thuaje.

## money
iv-mechatronics-money = Le të flasim për paratë. A e dini sa është pagesa e formimit (Ausbildungsvergütung) në vitin e parë?
iv-mechatronics-money-a1 = Sipas ligjit, në vitin e parë është të paktën 724 euro në muaj. Në zanatin e automjeteve shumë firma paguajnë më shumë sipas kontratës kolektive – si është te ju?
iv-mechatronics-money-a1-why = Shumë mirë: e di pagesën minimale të formimit dhe pyet me mirësjellje. Kjo tregon përgatitje pa u dukur kërkues.
iv-mechatronics-money-a2 = Më duhet të paktën paga minimale, pra 13,90 euro në orë.
iv-mechatronics-money-a2-why = Paga minimale (13,90 € në orë) nuk vlen për nxënësit në formim. Ti merr pagesën e formimit (Ausbildungsvergütung) – informohu më parë se sa është e zakonshme në profesionin tënd.
iv-mechatronics-money-a3 = Paratë nuk më interesojnë, kryesorja është formimi.
iv-mechatronics-money-a3-why = Ke motivim, por tingëllon pa përgatitje. Ke të drejtë të dish dhe të thuash çfarë të takon – kjo është normale në Gjermani.
iv-mechatronics-money-a4 = Në njoftimin tuaj shkruan që paguani sipas kontratës kolektive, 1.050 euro bruto në vitin e parë. Kjo më përshtatet.
iv-mechatronics-money-a4-why = Shumë mirë: e ke lexuar me kujdes njoftimin dhe e di sa paguan firma.

## money-explain
iv-mechatronics-money-explain = Një korrigjim i vogël: paga minimale nuk vlen për nxënësit në formim. Për ju vlen pagesa e formimit – te ne sipas kontratës kolektive 1.050 euro bruto në vitin e parë, dhe rritet çdo vit.
iv-mechatronics-money-explain-strict = Kjo nuk është e saktë. Nxënësit në formim nuk marrin pagën minimale, por pagesën e formimit – te ne 1.050 euro bruto në vitin e parë. Këtë duhet ta dini para një interviste.

## hours
iv-mechatronics-hours = Ne punojmë nga e hëna në të premte, nga ora 7:30 deri në 16:30. Në pranverë dhe në vjeshtë, kur ndërrohen gomat, ndonjëherë edhe të shtunave. A ju përshtatet?
iv-mechatronics-hours-a1 = Po, më përshtatet. Nëse punoj një të shtunë, a marr një ditë tjetër pushim gjatë javës?
iv-mechatronics-hours-a1-why = Mirë: thua po dhe bën një pyetje konkrete për kompensimin. Kjo është krejt normale në Gjermani.
iv-mechatronics-hours-a2 = Të shtunave më mirë jo, kam stërvitje futbolli. A bëhet pa të shtunat?
iv-mechatronics-hours-a2-why = Pyetje e sinqertë, por në sezonin e gomave servisit i duhen të gjithë. Punëdhënësja dëgjon që hobi yt është më i rëndësishëm – më mirë trego gatishmëri dhe kërko një zgjidhje.
iv-mechatronics-hours-a3 = Po, asnjë problem. Kur ka shumë punë, ndihmoj me kënaqësi.
iv-mechatronics-hours-a3-why = Mirë: tregon gatishmëri për të ndihmuar. Për kompensimin mund të pyesësh gjithsesi.

## probation
iv-mechatronics-probation = Në fillim ka një periudhë prove (Probezeit) prej katër muajsh. A e dini çfarë do të thotë kjo?
iv-mechatronics-probation-a1 = Gjatë periudhës së provës të dyja palët mund ta ndërpresin formimin pa arsye. Dua ta përdor këtë kohë për të treguar çfarë di të bëj.
iv-mechatronics-probation-a1-why = E saktë: në formim periudha e provës zgjat 1 deri në 4 muaj, dhe të dyja palët mund ta zgjidhin kontratën pa afat njoftimi. E lidh njohurinë me motivimin.
iv-mechatronics-probation-a2 = A marr më pak para gjatë periudhës së provës?
iv-mechatronics-probation-a2-why = Jo, pagesa është e njëjtë që në fillim. Periudha e provës do të thotë vetëm që të dyja palët mund ta ndërpresin më lehtë – këtë duhet ta dish më parë.
iv-mechatronics-probation-a3 = Jo saktësisht. A mund të ma shpjegoni shkurt, ju lutem?
iv-mechatronics-probation-a3-why = Të pyesësh me mirësjellje është më mirë se të hamendësosh. Por nëse je përgatitur mirë, e di tashmë: gjatë provës të dyja palët mund ta ndërpresin lehtë.

## questions
iv-mechatronics-questions = Në fund: a keni pyetje për ne?
iv-mechatronics-questions-friendly = Epo, tani është radha juaj! Çfarë tjetër dëshironi të dini për ne?
iv-mechatronics-questions-strict = Keni pyetje? Shkurt, ju lutem.
iv-mechatronics-questions-a1 = Po: kush do të jetë personi im i kontaktit në servis në vitin e parë? Dhe a mund të punoj si nxënës edhe me makinat elektrike?
iv-mechatronics-questions-a1-why = Shumë mirë: pyetjet e tua tregojnë interes të vërtetë për firmën dhe për formimin tënd.
iv-mechatronics-questions-a2 = Jo, i keni shpjeguar tashmë të gjitha, faleminderit.
iv-mechatronics-questions-a2-why = E sjellshme, por një shans i humbur: pa pyetje duket sikur ke pak interes. Përgatit dy pyetje, për shembull si zhvillohet formimi.
iv-mechatronics-questions-a3 = Sa ditë pushim do të kem?
iv-mechatronics-questions-a3-why = Pyetje e lejuar, por si e vetmja tingëllon sikur të intereson kryesisht koha e lirë. Pyet së pari diçka për punën.
iv-mechatronics-questions-a4 = Çfarë ndodh pas formimit? A i mbani nxënësit tuaj në punë?
iv-mechatronics-questions-a4-why = Mirë: mendon për të ardhmen dhe tregon që do të doje të qëndroje më gjatë.

## goodbye
iv-mechatronics-goodbye = Faleminderit shumë për bisedën. Do të merrni përgjigje nga ne brenda një jave. Mirupafshim!
iv-mechatronics-goodbye-friendly = Faleminderit shumë, ishte një bisedë e këndshme! Nëse dëshironi, mund të vini një ditë për punë provë. Do t'ju kontaktojmë javën e ardhshme. Gjithë të mirat!
iv-mechatronics-goodbye-strict = Faleminderit. Do të merrni përgjigje deri në fund të javës së ardhshme. Mirupafshim.

## goodbye-cool
iv-mechatronics-goodbye-cool = Mirë, kemi mbaruar. Edhe një vërejtje: te ne një ton i sjellshëm është shumë i rëndësishëm, mes kolegëve dhe me klientët. Do t'ju njoftojmë. Mirupafshim.
