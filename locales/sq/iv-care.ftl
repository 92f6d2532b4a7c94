# Intervistë: ndihmës/e në kujdes në Seniorenzentrum Lindenhof (struktura: assets/dialogue/interview/care.ron)

iv-care-title = Ndihmës/e kujdesi në shtëpi për të moshuar
iv-care-brief = Seniorenzentrum Lindenhof është një shtëpi kujdesi e një fondacioni jofitimprurës, me 110 banorë në katër njësi banimi, njëra prej tyre posaçërisht për njerëz me demencë. Kërkohet një ndihmës/e kujdesi (Pflegehilfskraft) për punë me turne; kush tregohet i/e zoti/e, mund të bëjë më pas këtu formimin për asistent/e kujdesi (Pflegefachassistenz). Lindenhof paguan sipas kontratës kolektive, mbi pagën minimale të sektorit të kujdesit, i prezanton punonjësit e rinj me punën gjashtë javë me një mentor dhe e mban dokumentacionin në tabletë. Intervistën e zhvillon zonja Keller, drejtuesja e shërbimit të kujdesit.

## Mirëseardhja

iv-care-welcome = Mirëdita, më vjen mirë që erdhët. Jam zonja Keller, drejtuesja e shërbimit të kujdesit në Seniorenzentrum Lindenhof. Ju lutem, uluni.
iv-care-welcome-friendly = Përshëndetje dhe mirë se erdhët në Lindenhof! Jam zonja Keller, drejtuesja e shërbimit të kujdesit. Dëshironi një gotë ujë? Rehatohuni.
iv-care-welcome-strict = Mirëdita. Keller, drejtuesja e shërbimit të kujdesit. Uluni, ju lutem, kemi rreth tridhjetë minuta.

## Prezantimi

iv-care-intro = Ju lutem, më tregoni shkurt diçka për veten.
iv-care-intro-friendly = Më tregoni pak për veten – krejt qetë.
iv-care-intro-strict = Ju lutem, përmblidheni rrugën tuaj deri tani në një minutë.
iv-care-intro-a1 = Me kënaqësi. Jam 19 vjeç, jetoj në Gjermani prej dy vitesh dhe e kam mbaruar kursin e integrimit me nivelin B1. Në pranverë bëra tri javë praktikë në një shtëpi për të moshuar dhe më pëlqeu shumë.
iv-care-intro-a1-why = E shkurtër, e përzemërt dhe me një fije të qartë drejt kujdesit: punëdhënësja dëgjon se e di për çfarë po aplikon.
iv-care-intro-a2 = Të gjitha janë shkruar në CV-në time.
iv-care-intro-a2-why = Kjo tingëllon e pasjellshme dhe e ftohtë. Pyetja është një mundësi të tregosh vetë kush je – askush nuk pret diçka të re, vetëm disa fjali miqësore.
iv-care-intro-a3 = Jam 19 vjeç, kam tre vëllezër, më pëlqen të luaj futboll dhe të shikoj seriale.
iv-care-intro-a3-why = Miqësore, por vetëm gjëra private. Punëdhënësja do të dëgjojë çfarë ke mësuar e bërë dhe pse do të punosh në kujdes.

## Pse kujdesi

iv-care-why-care = Pse doni të punoni në kujdesin për të moshuarit?
iv-care-why-care-strict = Pse pikërisht kujdesi për të moshuarit? Puna është e rëndë dhe shumë veta largohen shpejt.
iv-care-why-care-a1 = Më pëlqen të punoj me njerëz. Gjatë praktikës vura re se koha me të moshuarit më jep gëzim – për shembull kur bisedojmë ose shëtisim në kopsht.
iv-care-why-care-a1-why = Një përvojë e vërtetë nga praktika bind më shumë se çdo fjalë e madhe. Punëdhënësja dëgjon: e di si duket puna e përditshme dhe të pëlqen.
iv-care-why-care-a2 = Jam kujdesur në shtëpi për gjyshen time. Atëherë kuptova se e di ta bëj këtë dhe që më pëlqen.
iv-care-why-care-a2-why = Përvoja nga familja vlen në kujdes. Prit një pyetje shtesë se çfarë ke mësuar prej saj.
iv-care-why-care-a3 = Në kujdes gjen gjithmonë punë shpejt.
iv-care-why-care-a3-why = Është e vërtetë, por tingëllon sikur vetë puna s'të intereson. Punëdhënësja kërkon njerëz që qëndrojnë, sepse banorët kanë rëndësi për ta.
iv-care-why-care-a4 = Këshilltari im në Jobcenter më tha të aplikoj këtu.
iv-care-why-care-a4-why = Kështu duket sikur nuk je këtu me dëshirën tënde. Më mirë thuaj çfarë të intereson ty te puna e kujdesit.

iv-care-why-care-family = Jeni kujdesur për gjyshen tuaj. Çfarë mësuat nga kjo?
iv-care-why-care-family-a1 = Mbi të gjitha durimin. Dhe që së pari pyet, pastaj ndihmon – gjyshja ime donte t'i bënte ende shumë gjëra vetë.
iv-care-why-care-family-a1-why = Pikërisht kjo është thelbi i kujdesit të mirë: të respektosh pavarësinë e njerëzve. Punëdhënësja dëgjon se tashmë mendon si një punonjës/e kujdesi.
iv-care-why-care-family-a2 = Që kujdesi është i vështirë. Ndonjëherë isha shumë i/e lodhur.
iv-care-why-care-family-a2-why = E sinqertë, por mungon ana pozitive. Përmend edhe diçka që e bëre mirë ose që e mësove.
iv-care-why-care-family-a3 = Në fakt gjithçka. Unë i di tashmë të gjitha që duhen në kujdes.
iv-care-why-care-family-a3-why = Kjo tingëllon mendjemadhe: kujdesi në një shtëpi për të moshuar është ndryshe nga kujdesi në shtëpi. Punëdhënësja do të dëgjojë se do të mësosh ende.

iv-care-why-care-probe = Punë gjeni edhe gjetkë. Çfarë ju intereson vërtet te kujdesi?
iv-care-why-care-probe-a1 = Keni të drejtë, ishte shumë shkurt. Dua një profesion ku ndihmoj njerëzit dhe ku mund të përparoj, për shembull me formimin për asistent/e kujdesi.
iv-care-why-care-probe-a1-why = E rregullove mirë: e pranon përgjigjen e dobët dhe përmend një qëllim të vërtetë. Kjo duket e sinqertë dhe plot motivim.
iv-care-why-care-probe-a2 = Nuk e di saktë. Thjesht po e provoj.
iv-care-why-care-probe-a2-why = Punëdhënësja dëgjon: ky person ndoshta ikën shpejt. Prezantimi me punën kërkon shumë kohë, prandaj motivimi ka rëndësi.
iv-care-why-care-probe-a3 = Paga është në rregull dhe puna është e sigurt.
iv-care-why-care-probe-a3-why = Siguria është arsye e kuptueshme, por vetëm ajo nuk mjafton. Shto edhe çfarë të pëlqen te puna me njerëz.

## Pse kjo shtëpi

iv-care-why-us = Pse aplikuat pikërisht te ne në Lindenhof?
iv-care-why-us-factual = Çfarë dini për shtëpinë tonë dhe pse aplikuat këtu?
iv-care-why-us-a1 = Lexova në faqen tuaj të internetit se keni një njësi të veçantë për njerëz me demencë dhe se punonjësit e rinj i prezantoni me punën gjashtë javë me një mentor. Këtë e gjej shumë të mirë.
iv-care-why-us-a1-why = Përmend dy fakte të vërteta për shtëpinë. Punëdhënësja dëgjon se je përgatitur dhe do të vish pikërisht këtu.
iv-care-why-us-a2 = Jeni afër banesës sime, mund të vij me biçikletë.
iv-care-why-us-a2-why = Një rrugë e shkurtër është praktike, sidomos për turnin e mëngjesit. Por nuk tregon se di diçka për shtëpinë – shto një arsye që lidhet me vetë Lindenhof-in.
iv-care-why-us-a3 = Kam aplikuar në shumë shtëpi.
iv-care-why-us-a3-why = Mund të jetë e vërtetë, por punëdhënësja dëgjon: «Nuk më intereson ku.» Trego çfarë të intereson pikërisht te kjo shtëpi.
iv-care-why-us-a4 = Një shoqja ime punon te ju. Thotë se ekipi është i mirë dhe që këtu mund të bësh formim profesional.
iv-care-why-us-a4-why = Një rekomandim nga ekipi është arsye e mirë dhe tregon njohuri të vërtetë për shtëpinë. Edhe më mirë me një arsye tënden.

iv-care-manners = Vura re se po përgjigjeni shumë shkurt. Në kujdes, një ton miqësor është shumë i rëndësishëm. Si do ta përshëndetnit një banore në mëngjes?
iv-care-manners-friendly = Dukeni pak i/e tensionuar – kjo është krejt normale. Një këshillë: në kujdes, toni miqësor ka shumë rëndësi. Si do ta përshëndetnit një banore në mëngjes?
iv-care-manners-strict = Toni juaj pak më parë ishte mjaft i prerë. Këtu të gjithë flasin me mirësjellje me banorët dhe në ekip. Si e përshëndetni një banore në mëngjes?
iv-care-manners-a1 = Më falni, isha nervoz/e. Do të trokisja, do të prisja pak dhe do të thoja: «Mirëmëngjes, zonja Schulz, a mund të hyj?»
iv-care-manners-a1-why = Një ndjesë e shkurtër tregon pjekuri. Të trokasësh dhe të pyesësh tregon respekt për dhomën si shtëpi të banores.
iv-care-manners-a2 = Them «tung» dhe filloj punën.
iv-care-manners-a2-why = Tingëllon sikur banorja është vetëm një detyrë. Dhoma është shtëpia e saj: trokit, përshëndete me emër, shpjego çfarë po bën.
iv-care-manners-a3 = Do të thoja përzemërsisht «mirëmëngjes» dhe do ta pyesja si ka fjetur.
iv-care-manners-a3-why = Miqësore dhe personale – mirë. Edhe më mirë: trokit më parë dhe thirre banoren me emër.

## Pikat e forta dhe të dobëta

iv-care-strengths = Cilat janë pikat tuaja të forta?
iv-care-strengths-a1 = Jam i/e durueshëm/e. Në kursin e integrimit shpesh i ndihmoja shokët e klasës më të moshuar të plotësonin formularë, edhe kur zgjaste shumë.
iv-care-strengths-a1-why = Një pikë e fortë me shembull është e besueshme. Në kujdesin për të moshuarit durimi duhet çdo ditë.
iv-care-strengths-a2 = Punoj mirë në ekip, jam i/e besueshëm/e, fleksibël dhe i/e qëndrueshëm/e ndaj stresit.
iv-care-strengths-a2-why = Këto fjalë i thonë të gjithë. Pa shembull nuk të besojnë – më mirë zgjidh një pikë të fortë dhe trego ku e ke treguar.
iv-care-strengths-a3 = Flas disa gjuhë. Kjo mund të ndihmojë kur banorët ose të afërmit e tyre flasin pak gjermanisht.
iv-care-strengths-a3-why = Mirë! Në shumë shtëpi jetojnë njerëz që flasin një gjuhë tjetër më mirë se gjermanishten. Tregon si i shërben shtëpisë pika jote e fortë.
iv-care-strengths-a4 = Nuk e di. Këtë duhet ta thonë të tjerët.
iv-care-strengths-a4-why = Modestia është e këndshme, por këtu duket si mungesë përgatitjeje. Para intervistës mendo dy pika të forta, secila me një shembull.

iv-care-weakness = Po pikat tuaja të dobëta, cilat janë?
iv-care-weakness-a1 = Gjermanishtja ime nuk është ende e përsosur, sidomos në shkrim. Prandaj mësoj çdo mbrëmje dhe tani po ndjek një kurs B2.
iv-care-weakness-a1-why = Një dobësi e vërtetë dhe çfarë bën për të – pikërisht kjo përgjigje që duan punëdhënësit.
iv-care-weakness-a2 = Jam shumë perfeksionist/e.
iv-care-weakness-a2-why = Kjo përgjigje dëgjohet shumë shpesh; tingëllon e mësuar përmendësh. Më mirë përmend një dobësi të vërtetë e të vogël.
iv-care-weakness-a3 = Nuk kam dobësi.
iv-care-weakness-a3-why = Këtë nuk e beson askush. Punëdhënësja dëgjon: ky person nuk di ta vlerësojë veten.
iv-care-weakness-a4 = Ndonjëherë i marr gjërat shumë për zemër. Po mësoj të shkëputem pas punës, për shembull me sport.
iv-care-weakness-a4-why = E sinqertë dhe e përshtatshme për kujdesin: kush di të shkëputet, qëndron më gjatë i shëndetshëm në profesion. Që tashmë po bën diçka, bind.

iv-care-weakness-hard = A mund të më jepni një shembull konkret kur kjo dobësi ju ka krijuar probleme?
iv-care-weakness-hard-a1 = Po. Gjatë praktikës nuk e kuptova plotësisht dorëzimin e turnit. Pastaj pyeta dhe mbajta shënime. Që atëherë pyes menjëherë.
iv-care-weakness-hard-a1-why = Një shembull konkret me zgjidhje. Në kujdes, të pyesësh është shenjë kujdesi dhe përpikërie, jo dobësie.
iv-care-weakness-hard-a2 = Jo, në fakt nuk ka qenë kurrë problem.
iv-care-weakness-hard-a2-why = Atëherë dobësia që përmende më parë nuk duket e vërtetë. Përgatit gjithmonë një shembull të shkurtër për dobësinë tënde.
iv-care-weakness-hard-a3 = Tani për tani nuk më kujtohet asnjë shembull, por po punoj për këtë.
iv-care-weakness-hard-a3-why = E sinqertë, por e dobët. Mjafton një shembull i vogël nga shkolla, kursi ose familja.

## Boshllëk në CV

iv-care-cv-gap = Në CV-në tuaj mungojnë tetë muaj nga viti i kaluar. Çfarë bëtë gjatë asaj kohe?
iv-care-cv-gap-strict = Midis kursit tuaj të gjuhës dhe sot mungojnë tetë muaj. Ma shpjegoni këtë boshllëk.
iv-care-cv-gap-a1 = Prisja vendimin për lejeqëndrimin tim dhe nuk më lejohej të punoja. Gjatë asaj kohe mësova gjermanisht me një aplikacion dhe ndihmova si vullnetar/e në një qendër që shpërndan rroba.
iv-care-cv-gap-a1-why = E shpjegon arsyen me qetësi dhe tregon se e ke shfrytëzuar kohën. Nuk ke pse të turpërohesh për një boshllëk.
iv-care-cv-gap-a2 = Kujdesesha për vëllezërit e motrat e vogla, sepse nëna ime ishte e sëmurë. Tani e kam shkruar këtë edhe në CV.
iv-care-cv-gap-a2-why = Një arsye e kuptueshme, e shpjeguar shkurt – dhe kujdesi për familjen është madje afër punës në kujdes. Mirë që tani është në CV.
iv-care-cv-gap-a3 = Kjo është çështje private.
iv-care-cv-gap-a3-why = Nuk ke pse të japësh detaje, por kështu duket sikur fsheh diçka. Mjafton një fjali, p.sh. «Kisha arsye familjare, tani janë zgjidhur.»
iv-care-cv-gap-a4 = Asgjë të veçantë. Thjesht isha në shtëpi.
iv-care-cv-gap-a4-why = Punëdhënësja dëgjon: kjo kohë shkoi dëm. Pothuajse gjithmonë ke bërë diçka – thuaje.

iv-care-cv-gap-probe = Po në shtëpi çfarë bënit? A ka diçka që ju ndihmon tani?
iv-care-cv-gap-probe-a1 = Mësoja gjermanisht çdo ditë dhe e ndihmoja fqinjën time me pazarin. Ajo është 80 vjeç.
iv-care-cv-gap-probe-a1-why = Shumë mirë: të mësosh gjermanisht dhe të ndihmosh një zonjë të moshuar – kjo i përshtatet saktësisht këtij vendi pune.
iv-care-cv-gap-probe-a2 = Të them të drejtën, nuk ishte kohë e mirë për mua. Tani jam më mirë dhe dua të punoj.
iv-care-cv-gap-probe-a2-why = E hapur dhe me shikim përpara – kjo është në rregull. Nuk ke pse të shpjegosh më shumë se ç'do.
iv-care-cv-gap-probe-a3 = Flija shumë dhe rrija në telefon.
iv-care-cv-gap-probe-a3-why = E sinqertë, por tani punëdhënësja frikësohet se nuk do të ngrihesh nga shtrati në gjashtë të mëngjesit.

## Dëftesat dhe njohja e tyre

iv-care-certificates = Shkollën e keni bërë jashtë vendit. A i keni njohur dëftesat tuaja në Gjermani?
iv-care-certificates-a1 = Po. E përktheva dëftesën e shkollës dhe e dorëzova në zyrën e njohjes së dëftesave (Zeugnisanerkennungsstelle). Është njohur si shkollë e mesme e ulët (mittlerer Schulabschluss); kopjen e kam me vete.
iv-care-certificates-a1-why = Përgatitje e përsosur: e njeh zyrën përgjegjëse dhe e ke vendimin me vete. Kjo të hap derën për formimin profesional.
iv-care-certificates-a2 = Kam një dëftesë, por nuk e di ku mund ta njoh.
iv-care-certificates-a2-why = E sinqertë, por ende e papërgatitur. Informohu para intervistës se kush është përgjegjës – kjo tregon se e merr seriozisht.
iv-care-certificates-a3 = Dëftesat e mia mbetën në vendin tim. Tani po përpiqem të marr kopje.
iv-care-certificates-a3-why = Punëdhënësit e njohin këtë situatë. Mirë që po merresh tashmë; qendrat e këshillimit shpesh ndihmojnë edhe kur mungojnë dokumentet.
iv-care-certificates-a4 = Nuk më duhet dëftesë për të ndihmuar të moshuarit.
iv-care-certificates-a4-why = Si ndihmës/e ndoshta jo, por për çdo formim profesional po. Punëdhënësja dëgjon: nuk po mendon për të ardhmen tënde.

iv-care-recognition = Për formimin si asistent/e kujdesi (Pflegefachassistenz) ju duhet një dëftesë shkolle e njohur këtu. E dini ku mund ta bëni këtë?
iv-care-recognition-friendly = Mos u shqetësoni, shumë veta janë në të njëjtën situatë. Por për formimin si asistent/e kujdesi (Pflegefachassistenz) ju duhet një dëftesë shkolle e njohur. E dini kush ju ndihmon për këtë?
iv-care-recognition-a1 = Për dëftesat e shkollës është përgjegjëse zyra e njohjes së dëftesave (Zeugnisanerkennungsstelle) e landit tim. Shërbimi i migracionit për të rinjtë (Jugendmigrationsdienst) po më ndihmon me kërkesën.
iv-care-recognition-a1-why = Krejt e saktë: dëftesat e shkollës i shqyrton Zeugnisanerkennungsstelle e landit, dhe shërbimet e këshillimit ndihmojnë falas me kërkesën.
iv-care-recognition-a2 = Në Jobcenter, mendoj. Do të pyes atje javën e ardhshme.
iv-care-recognition-a2-why = Hap i parë i mirë – Jobcenter mund të të drejtojë. Por përgjegjëse është Zeugnisanerkennungsstelle e landit tënd.
iv-care-recognition-a3 = Jo. Mund ta bëni ju për mua?
iv-care-recognition-a3-why = Kjo nuk është detyrë e punëdhënësit. Më mirë pyet për një qendër këshillimi – kështu tregon se kujdesesh vetë për punët e tua.

## Gjermanishtja dhe dokumentacioni

iv-care-german = Sa mirë e flisni gjermanishten? Në kujdes flisni me banorët, të afërmit dhe mjekët, dhe çdo ditë shkruani në dokumentacionin e kujdesit.
iv-care-german-factual = Çfarë niveli gjuhësor keni? Këtu gjithçka dokumentohet me shkrim.
iv-care-german-a1 = Kam certifikatën B1 dhe tani po ndjek një kurs B2. Në shkrim ndonjëherë më duhet ende ndihmë, atëherë pyes.
iv-care-german-a1-why = Një nivel i qartë sipas kornizës evropiane (CEFR) dhe një plan – këtë punëdhënësja mund ta vlerësojë mirë.
iv-care-german-a2 = Mirë. Ju po më kuptoni, apo jo?
iv-care-german-a2-why = Kjo tingëllon e pacipë dhe nuk thotë asgjë konkrete. Përmend nivelin tënd (p.sh. A2, B1) dhe çfarë po mëson ende.
iv-care-german-a3 = Rreth A2. Kuptoj shumë, por shkrimi është i vështirë. Vazhdoj të mësoj, edhe fjalë nga kujdesi.
iv-care-german-a3-why = E sinqertë dhe plot motivim. Për një ndihmës/e A2 mund të mjaftojë, nëse shihet që vazhdon të mësosh.
iv-care-german-a4 = Të folurit është më i rëndësishëm se të shkruarit. Dokumentacionin e bëjnë gjithsesi infermierët e kualifikuar.
iv-care-german-a4-why = Gabim: edhe ndihmësit dokumentojnë çfarë bëjnë dhe çfarë vënë re. Punëdhënësja dëgjon se po ua lë të tjerëve një pjesë të rëndësishme të punës.

iv-care-documentation = Zonja Braun sot në drekë hëngri vetëm dy lugë dhe nuk piu pothuajse asgjë. Çfarë shkruani në dokumentacion?
iv-care-documentation-a1 = «Dreka: hëngri dy lugë. Piu deri në orën 14 rreth 200 ml. U njoftua infermieri/ja.» Pra, saktësisht atë që pashë – dhe e njoftoj menjëherë.
iv-care-documentation-a1-why = Kështu dokumentohet saktë: vëzhgim me sasi dhe orë, pa gjykime, dhe infermieri/ja njoftohet. Të pish shumë pak është e rrezikshme për të moshuarit.
iv-care-documentation-a2 = «Zonja Braun nuk kishte qejf të hante, ishte me humor të keq.»
iv-care-documentation-a2-why = Ky është gjykim, jo vëzhgim. Në dokumentacion shkruhet ajo që sheh dhe mat – sasitë, ora, çfarë tha ajo.
iv-care-documentation-a3 = Nuk shkruaj asgjë, ia them infermierit/es me gojë.
iv-care-documentation-a3-why = Mirë që e njofton – por ajo që nuk dokumentohet, konsiderohet sikur nuk ka ndodhur. Turni tjetër duhet ta lexojë.

## Dinjiteti dhe respekti

iv-care-dignity = Një banore sot nuk do që ta lajnë. Çfarë bëni?
iv-care-dignity-a1 = E pyes pse dhe e respektoj dëshirën e saj. Ndoshta ia ofroj përsëri më vonë ose e pyes nëse do të lajë vetëm fytyrën. Dhe e njoftoj ekipin.
iv-care-dignity-a1-why = Respekton dinjitetin dhe vullnetin e banores dhe prapëseprapë kërkon një zgjidhje. Që njofton ekipin është krejt e drejtë.
iv-care-dignity-a2 = E laj gjithsesi, kjo është pjesë e higjienës.
iv-care-dignity-a2-why = Kujdesi kundër vullnetit të një njeriu cenon dinjitetin e tij dhe nuk lejohet. Punëdhënësja dëgjon këtu një sinjal serioz alarmi.
iv-care-dignity-a3 = Atëherë e lë dhe vazhdoj punën.
iv-care-dignity-a3-why = Ta respektosh dëshirën është e drejtë, por duhet të pyesësh për arsyen, t'ia ofrosh përsëri më vonë dhe të njoftosh ekipin.
iv-care-dignity-a4 = I kërkoj një kolegeje ta provojë. Ndoshta shkon më mirë me dikë që banorja e njeh mirë.
iv-care-dignity-a4-why = Një ide e mirë, me frymë ekipi. Por së pari pyete vetë banoren për arsyen.

## Demenca

iv-care-dementia = Një banor me demencë qëndron në mbrëmje te dera dhe thotë: «Duhet të shkoj në shtëpi, më pret nëna.» Si reagoni?
iv-care-dementia-a1 = I them se nëna e tij ka vdekur prej kohësh.
iv-care-dementia-a1-why = Është e vërtetë, por për të është sikur e dëgjon për herë të parë – ai vajton sërish çdo herë. Te demenca është më mirë t'i përgjigjesh ndjenjës.
iv-care-dementia-a2 = Rri i/e qetë, e pyes për nënën e tij dhe e lë të tregojë. Pastaj e ftoj për një çaj.
iv-care-dementia-a2-why = Pikërisht kështu: t'i përgjigjesh ndjenjës, të dëgjosh, t'ia largosh vëmendjen. Kjo quhet validim dhe qetëson shumë njerëz me demencë.
iv-care-dementia-a3 = E mbyll derën me çelës dhe vazhdoj rrugën.
iv-care-dementia-a3-why = Kështu e lë vetëm me frikën e tij. Përveç kësaj, njerëzit nuk mund t'i mbyllësh thjesht brenda – për këtë ka rregulla të rrepta.
iv-care-dementia-a4 = I them: «Nëna juaj vjen së shpejti», që të qetësohet.
iv-care-dementia-a4-why = Me qëllim të mirë, por pastaj ai pret dhe shqetësohet përsëri. Më mirë: pyete për nënën, dëgjoje dhe largoja vëmendjen.

iv-care-dementia-hard = Ai ngre zërin, ju shtyn tutje dhe do me çdo kusht të dalë. Po tani?
iv-care-dementia-hard-a1 = Bëj një hap prapa, flas qetë, i lë hapësirë dhe thërras një kolege ose infermierin/en e kualifikuar. Pastaj e dokumentoj.
iv-care-dementia-hard-a1-why = Siguri për të dy, thirrje për ndihmë, dokumentim – kështu reagohet profesionalisht. Askush nuk pret që një situatë të tillë ta zgjidhësh vetëm.
iv-care-dementia-hard-a2 = E mbaj fort që të mos dalë.
iv-care-dementia-hard-a2-why = Mbajtja me forcë është masë që kufizon lirinë dhe lejohet vetëm me leje zyrtare. Shpesh e përkeqëson situatën dhe mund të shkaktojë lëndime.
iv-care-dementia-hard-a3 = I them me zë të lartë dhe qartë që të sillet mirë.
iv-care-dementia-hard-a3-why = Qortimi vetëm e rrit frikën dhe zemërimin. Ai është i sëmurë, jo i pasjellshëm – ruaj qetësinë dhe thirr ndihmë.

## Higjiena

iv-care-hygiene = Higjiena te ne është shumë e rëndësishme. Cilat rregulla i dini tashmë?
iv-care-hygiene-a1 = Dezinfektimi i duarve para dhe pas çdo kontakti me banorët, doreza gjatë kujdesit trupor, thonj të shkurtër dhe asnjë stoli në duar e parakrahë.
iv-care-hygiene-a1-why = I di tashmë rregullat më të rëndësishme. Kjo tregon përgatitje të mirë – të moshuarit infektohen lehtë.
iv-care-hygiene-a2 = I laj duart shpesh. Pjesën tjetër do ta mësoj gjatë prezantimit me punën.
iv-care-hygiene-a2-why = Gatishmëri për të mësuar, por pak e cekët. Më e rëndësishmja është dezinfektimi i duarve – vetëm larja zakonisht nuk mjafton në kujdes.
iv-care-hygiene-a3 = Nëse mban doreza, nuk ke nevojë të dezinfektosh duart.
iv-care-hygiene-a3-why = Kjo është gabim dhe e rrezikshme: duart dezinfektohen edhe pasi heq dorezat. Përndryshe mikrobet përhapen.

## Vdekja

iv-care-death = Në një shtëpi për të moshuar vdesin edhe njerëz. Si e përballoni këtë?
iv-care-death-friendly = Temë e vështirë, por bën pjesë në punë: edhe te ne vdesin njerëz. Çfarë mendoni për këtë?
iv-care-death-strict = Te ne vdesin njerëz, ndonjëherë disa brenda një jave. A e përballoni dot këtë?
iv-care-death-a1 = Me siguri do të më trishtojë. Por dua që njerëzit të ikin me dinjitet dhe jo vetëm. Nëse më vjen rëndë, do të flas për këtë me ekipin.
iv-care-death-a1-why = Tregon ndjenja dhe një qëndrim të mirë. Është e rëndësishme që do të flisje me ekipin – shtëpitë e mira ofrojnë biseda për këtë.
iv-care-death-a2 = S'më bën përshtypje, është normale.
iv-care-death-a2-why = Është normale, por «s'më bën përshtypje» tingëllon e ftohtë. Punëdhënësja do njerëz që tregojnë dhembshuri edhe në fund të jetës.
iv-care-death-a3 = Kam humbur edhe vetë njerëz të dashur. Ende nuk e di si do ta përjetoj.
iv-care-death-a3-why = E sinqertë dhe në rregull. Mund të tregosh që të prek; pyet lirshëm çfarë mbështetjeje ofron shtëpia.
iv-care-death-a4 = Më mirë nuk dua të mendoj për këtë.
iv-care-death-a4-why = E kuptueshme, por në kujdesin për të moshuarit kjo temë do të vijë me siguri. Punëdhënësja do të shohë që je gati ta përballosh.

## Puna fizike

iv-care-physical = Puna është e lodhshme fizikisht: ndihmoni njerëzit të ngrihen dhe t'u ndërrojnë pozicionin, dhe jeni në këmbë gjithë turnin. Si jeni me këtë?
iv-care-physical-a1 = Jam në formë dhe merrem me sport. Dua të mësoj të punoj duke e mbrojtur shpinën dhe t'i përdor saktë mjetet ndihmëse si ngritësi i pacientëve.
iv-care-physical-a1-why = Në formë dhe gati për të mësuar: teknikat që mbrojnë shpinën dhe mjetet ndihmëse mbrojnë ty dhe banorët. Këtë çdo drejtuese kujdesi e dëgjon me kënaqësi.
iv-care-physical-a2 = Asnjë problem, jam i/e fortë. Mund të ngre edhe vetëm.
iv-care-physical-a2-why = Forca vetëm nuk mjafton: kush ngre gabim, shpejt ka dhimbje shpine. Zhvendosjet e rënda bëhen me dy veta ose me mjete ndihmëse.
iv-care-physical-a3 = Kam pasur më parë probleme me shpinën. Prandaj bëj ushtrime dhe dua të mësoj teknikat e duhura.
iv-care-physical-a3-why = E sinqertë dhe me zgjidhje – kjo është në rregull. Tregon se kujdesesh për shëndetin tënd.

## Puna me turne

iv-care-shifts = Punojmë me turne: turni i mëngjesit nga ora 6, turni i pasdites deri në orën 21 dhe çdo të dytën fundjavë. A është e mundur kjo për ju?
iv-care-shifts-strict = Turni i mëngjesit nga ora 6, i pasdites deri në 21, çdo të dytën fundjavë dhe në festa zyrtare. A mundeni – po apo jo?
iv-care-shifts-a1 = Po. E di që kujdesi vazhdon gjithë kohën, ditë e natë. Sa kohë përpara e marr planin e turneve?
iv-care-shifts-a1-why = Një po e qartë dhe një pyetje e zgjuar bashkë me të. Kjo tregon se e kupton përditshmërinë në kujdes dhe do të planifikosh.
iv-care-shifts-a2 = Po, është në rregull.
iv-care-shifts-a2-why = Një po e qartë është mirë. Me një fjali më shumë, p.sh. pse të përshtatet, tingëllon më bindëse.
iv-care-shifts-a3 = Gjatë javës po, por në fundjavë dua të jem i/e lirë.
iv-care-shifts-a3-why = Në shtëpinë për të moshuar punohet çdo ditë. Dëshirat lejohen, por punëdhënësja dëgjon se nuk e plotëson një kusht të rëndësishëm.
iv-care-shifts-a4 = Turni i pasdites është i vështirë, sepse në mbrëmje kam kursin e gjermanishtes. A mund ta planifikojmë ndryshe deri në fund të kursit?
iv-care-shifts-a4-why = E sinqertë dhe me një propozim. Shumë punëdhënës i mbështesin kurset e gjermanishtes, sepse përfitojnë edhe vetë.

iv-care-shifts-weekend = Në fundjavë na duhen po aq njerëz sa gjatë javës. Në këmbim ka shtesa page dhe ditë të lira gjatë javës. A do të ishte kjo një zgjidhje?
iv-care-shifts-weekend-a1 = Po, nëse në këmbim kam ditë të lira gjatë javës, shkon.
iv-care-shifts-weekend-a1-why = Gati për kompromis – pikërisht atë që punëdhënësja do ta dëgjojë.
iv-care-shifts-weekend-a2 = Në fundjavë kam detyrime familjare. A do të ishte e mundur në fillim çdo e treta fundjavë?
iv-care-shifts-weekend-a2-why = Mbetesh i/e sinqertë dhe bën një propozim. Nëse shkon, varet nga plani i turneve – por kështu mund të negociohet.
iv-care-shifts-weekend-a3 = Jo, fundjava nuk më shkon fare.
iv-care-shifts-weekend-a3-why = Atëherë ky vend pune në shtëpinë për të moshuar fatkeqësisht nuk të përshtatet. Mendoje më parë nëse vërtet mund të punosh me turne.

## Paga

iv-care-pay = Le të flasim për pagën. Çfarë pritshmërish keni?
iv-care-pay-factual = Për pagën: çfarë page për orë keni në mendje?
iv-care-pay-a1 = E di që që nga korriku 2026 për ndihmësit e kujdesit vlen një pagë minimale prej 16,52 € në orë. Ju paguani sipas kontratës kolektive – me kënaqësi orientohem sipas saj.
iv-care-pay-a1-why = E njeh pagën minimale të kujdesit (Pflegemindestlohn) dhe e di që shtëpia paguan sipas kontratës kolektive. Kjo është përgatitje e mirë dhe realiste.
iv-care-pay-a2 = Sa më shumë që të jetë e mundur.
iv-care-pay-a2-why = Kjo tingëllon pa respekt dhe e papërgatitur. Informohu më parë se çfarë është e zakonshme në sektor.
iv-care-pay-a3 = S'ka rëndësi, mjafton të kem punë.
iv-care-pay-a3-why = Ke motivim, por e nënvlerëson veten. Ke të drejtë ta dish dhe ta thuash se çfarë të takon.
iv-care-pay-a4 = Të paktën 13,90 € në orë, kjo është paga minimale.
iv-care-pay-a4-why = Kjo është paga minimale e përgjithshme e vitit 2026. Por në kujdesin për të moshuarit vlen një pagë minimale më e lartë: për ndihmësit 16,52 € në orë.

## Përpikëria

iv-care-punctuality = Turni i mëngjesit fillon në orën 6 me dorëzimin e turnit. Çfarë bëni nëse autobusi juaj anulohet?
iv-care-punctuality-strict = Puna fillon në 6, jo në 6 e 5 – turni i natës po pret dorëzimin. Çfarë bëni nëse autobusi juaj anulohet?
iv-care-punctuality-a1 = Telefonoj menjëherë në njësi, them afërsisht kur do të arrij dhe marr taksi ose biçikletën. Përveç kësaj, gjithmonë planifikoj një autobus më të hershëm.
iv-care-punctuality-a1-why = Të telefonosh menjëherë dhe të kesh një plan B – kjo është sjellja e duhur në Gjermani. Kështu kolegët mund të planifikojnë.
iv-care-punctuality-a2 = Atëherë vij me autobusin tjetër, 20 minuta s'janë gjë e madhe.
iv-care-punctuality-a2-why = Po, ka rëndësi: turni i natës mund të ikë vetëm pas dorëzimit të turnit. Vonesa pa telefonuar në Gjermani konsiderohet mungesë besueshmërie.
iv-care-punctuality-a3 = I shkruaj një kolegeje në WhatsApp.
iv-care-punctuality-a3-why = Më mirë se asgjë, por kolegia ndoshta nuk e lexon. Telefono drejtpërdrejt në njësi.
iv-care-punctuality-a4 = Unë jam gjithmonë në kohë, kjo nuk më ndodh.
iv-care-punctuality-a4-why = Kjo mund t'i ndodhë kujtdo. Punëdhënësja donte të dëgjonte që ke një plan – dhe në përgjigje nuk ka asnjë.

## Pyetjet tuaja

iv-care-own-questions = Keni ndonjë pyetje për ne?
iv-care-own-questions-friendly = Mirë, tani e keni radhën ju: çfarë do të donit të dinit për ne?
iv-care-own-questions-a1 = Si zhvillohet prezantimi me punën dhe kush do të jetë personi im i kontaktit në javët e para?
iv-care-own-questions-a1-why = Pyetje shumë e mirë: tregon se do të fillosh mirë dhe të shmangësh gabimet.
iv-care-own-questions-a2 = Jo, nuk kam pyetje.
iv-care-own-questions-a2-why = Pa pyetje duket si pa interes. Përgatit gjithmonë dy pyetje, p.sh. për prezantimin me punën ose për ekipin.
iv-care-own-questions-a3 = Sa ditë pushim kam dhe kur marr pagën e parë?
iv-care-own-questions-a3-why = Pyetje të lejuara, por si të vetmet pyetje tingëllojnë sikur të interesojnë vetëm pushimi dhe paraja. Pyet së pari për punën.
iv-care-own-questions-a4 = A mund të bëj më vonë te ju formimin për asistent/e kujdesi (Pflegefachassistenz)?
iv-care-own-questions-a4-why = Shkëlqyeshëm: po mendon për të ardhmen tënde në shtëpi. Gjatë formimit merr gjithashtu një pagesë formimi (Ausbildungsvergütung).

iv-care-own-questions-nudge = Vërtet asnjë? Shumë veta duan të dinë, për shembull, si zhvillohet prezantimi me punën.
iv-care-own-questions-nudge-strict = Asnjë pyetje të vetme? Kjo më habit.
iv-care-own-questions-nudge-a1 = Po, kam një pyetje: a do të punoj në fillim bashkë me një kolege me përvojë?
iv-care-own-questions-nudge-a1-why = E rregullove mirë. Një pyetje për prezantimin me punën tregon interes për punë të mirë.
iv-care-own-questions-nudge-a2 = Po, një pyetje: sa zgjat periudha e provës?
iv-care-own-questions-nudge-a2-why = Pyetje me vend. Në një punë periudha e provës (Probezeit) zgjat më së shumti gjashtë muaj, në një formim profesional nga një deri në katër muaj.
iv-care-own-questions-nudge-a3 = Jo, i keni shpjeguar të gjitha.
iv-care-own-questions-nudge-a3-why = E sjellshme, por një pyetje do të ishte më mirë. Pyetjet e tua tregojnë interes.

## Përshëndetja

iv-care-goodbye = Faleminderit për bisedën. Do t'ju njoftojmë deri në fund të javës së ardhshme. Para kësaj, me kënaqësi ju ftojmë për një ditë prove në njësi.
iv-care-goodbye-friendly = Faleminderit, ishte një bisedë e bukur! Do t'ju njoftojmë deri në fund të javës së ardhshme. Ejani para kësaj për një ditë prove – do ta njihni ekipin.
iv-care-goodbye-strict = Faleminderit. Do të merrni lajm nga ne deri në fund të javës së ardhshme. Për ditën e provës flasim atëherë.
