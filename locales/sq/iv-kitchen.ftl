# Intervistë: formim profesional për kuzhinier në Landhotel Lindenhof (struktura: assets/dialogue/interview/kitchen.ron)

iv-kitchen-title = Formim profesional për kuzhinier/e – Landhotel Lindenhof
iv-kitchen-brief = Landhotel Lindenhof në Altenbach është biznes familjar që nga viti 1978, me 40 dhoma dhe restorantin «Lindenstube». Kuzhina gatuan ushqime rajonale dhe stinore, me perime nga fermat përreth dhe erëza nga kopshti i vet; në fundjavë shpesh ka dasma dhe festa. Në ekipin e kuzhinës punojnë dymbëdhjetë veta, dhe çdo vit dy nxënës fillojnë formimin trevjeçar për kuzhinier. Në vitin e parë të formimit Lindenhof paguan sipas kontratës kolektive 1.050 euro në muaj.

iv-kitchen-welcome = Mirëdita, hyni brenda. Unë drejtoj kuzhinën këtu në Lindenhof. Kemi rreth tridhjetë minuta, dhe në fund ka kohë për pyetjet tuaja.
iv-kitchen-welcome-friendly = Përshëndetje dhe mirë se vini në Lindenhof! Më vjen mirë që erdhët. Uluni, a dëshironi një gotë ujë? Unë drejtoj kuzhinën këtu – mos u shqetësoni, thjesht do të bisedojmë pak.
iv-kitchen-welcome-strict = Mirëdita. Erdhët në kohë, mirë. Unë drejtoj kuzhinën, dhe në orën njëmbëdhjetë fillon shërbimi i drekës. Prandaj le të fillojmë menjëherë.

iv-kitchen-intro = Ju lutem, më tregoni pak për veten. Pse doni të bëheni kuzhinier?
iv-kitchen-intro-friendly = Më tregoni: kush jeni, dhe si ju lindi dëshira për gatimin?
iv-kitchen-intro-strict = Pse pikërisht kuzhinier? Është profesion i vështirë. Më bindni.
iv-kitchen-intro-a1 = Jam 19 vjeç dhe jam në Gjermani prej dy vitesh. Gatimi për mua është një copë shtëpie: në shtëpi shpesh gatuaja për gjithë familjen.
iv-kitchen-intro-a1-why = Personale dhe e sinqertë – kjo pritet mirë. Bëhet edhe më e fortë nëse tregon se e njeh edhe punën në një kuzhinë profesionale.
iv-kitchen-intro-a2 = Më pëlqen të ha, dhe gatimi është i lehtë gjithsesi.
iv-kitchen-intro-a2-why = «Gatimi është i lehtë» tingëllon sikur nuk e di sa e rëndë është puna në një kuzhinë profesionale. Më mirë thuaj çfarë të tërheq vërtet te ky profesion.
iv-kitchen-intro-a3 = Kam nevojë për një formim profesional, dhe këshillimi për karrierën ma sugjeroi këtë profesion.
iv-kitchen-intro-a3-why = E sinqertë, por tingëllon sikur të tjerët kanë vendosur për ty. Shto çfarë të pëlqen ty vetë te ky profesion.
iv-kitchen-intro-a4 = Më pëlqen të gatuaj për të tjerët. Bëra dy javë praktikë në kuzhinën e një hoteli, dhe madje edhe nxitimi më pëlqeu.
iv-kitchen-intro-a4-why = Praktika tregon se e njeh tashmë përditshmërinë e kuzhinës. Për një shef kuzhine ky është argument i fortë.

iv-kitchen-why-company = Pse aplikuat pikërisht te ne, në Lindenhof?
iv-kitchen-why-company-strict = Ka shumë restorante në zonë. Pra, pse pikërisht Lindenhof?
iv-kitchen-why-company-a1 = Ju gatuani ushqime rajonale dhe stinore, me perime nga fermat përreth dhe erëza nga kopshti juaj. Pikërisht kështu dua të mësoj të gatuaj – me produkte të freskëta.
iv-kitchen-why-company-a1-why = Tregon se je informuar për biznesin dhe e lidh me qëllimin tënd. Pikërisht këtë do të dëgjojë punëdhënësi.
iv-kitchen-why-company-a2 = Te ju ka shpesh dasma dhe festa. Aty do të mësoj edhe të gatuaj për shumë mysafirë njëkohësisht.
iv-kitchen-why-company-a2-why = Mirë: di një fakt të vërtetë për biznesin dhe thua çfarë do të mësosh aty.
iv-kitchen-why-company-a3 = Aplikova në shumë restorante, dhe ju ishit të parët që u përgjigjët.
iv-kitchen-why-company-a3-why = E sinqertë, por punëdhënësi dëgjon: «S'më intereson ku punoj.» Më mirë përmend diçka që të pëlqen te Lindenhof.
iv-kitchen-why-company-a4 = Lindenhof nuk është larg nga banesa ime.
iv-kitchen-why-company-a4-why = Rruga e shkurtër është avantazh i vërtetë kur punon me turne të vonë – por si arsye e vetme është pak. Për vetë biznesin nuk thotë asgjë.

iv-kitchen-why-company-probe = Kjo s'më mjafton. Çfarë dini pra për hotelin tonë?
iv-kitchen-why-company-probe-a1 = Të them të drejtën, jo shumë. Lexova vetëm njoftimin.
iv-kitchen-why-company-probe-a1-why = Sinqeriteti është më mirë se trillimi, por tregon që nuk je përgatitur. Lexo faqen e internetit të biznesit para çdo interviste.
iv-kitchen-why-company-probe-a2 = Jeni biznes familjar që nga viti 1978, me 40 dhoma dhe restorantin «Lindenstube». Në faqen tuaj të internetit lexova që bëni kuzhinë rajonale.
iv-kitchen-why-company-probe-a2-why = Kështu e shpëton situatën: faktet konkrete tregojnë se je përgatitur.
iv-kitchen-why-company-probe-a3 = Jeni një hotel i madh me kuzhinë ndërkombëtare, apo jo?
iv-kitchen-why-company-probe-a3-why = Hamendja është e rrezikshme: Lindenhof është biznes familjar me kuzhinë rajonale. Faktet e gabuara bëjnë përshtypje më të keqe se asnjë fakt.

iv-kitchen-strengths = Cilat janë pikat tuaja të forta? Çfarë sillni në kuzhinën tonë?
iv-kitchen-strengths-a1 = Punoj shpejt dhe pastër. Gjatë praktikës prisja çdo ditë perime për 200 racione, dhe në fund vendi im i punës ishte gjithmonë i rregullt.
iv-kitchen-strengths-a1-why = Një pikë e fortë me shembull është e besueshme. Shpejt dhe pastër – pikërisht kjo i duhet një kuzhine.
iv-kitchen-strengths-a2 = Jam i përsosur. I di të gjitha që tani.
iv-kitchen-strengths-a2-why = Askush nuk është i përsosur. Tingëllon mendjemadh, sikur nuk do të mësosh më asgjë – keq për një formim profesional.
iv-kitchen-strengths-a3 = Punoj mirë në ekip, e përballoj stresin dhe jam fleksibël.
iv-kitchen-strengths-a3-why = Fjalët janë të sakta, por pothuajse të gjithë i thonë. Pa shembull vështirë se të besojnë.
iv-kitchen-strengths-a4 = Flas tri gjuhë dhe shkoj mirë me njerëz nga shumë vende.
iv-kitchen-strengths-a4-why = Mirë: në shumë kuzhina në Gjermani punojnë njerëz nga e gjithë bota. Gjuhët dhe çiltërsia jote janë atje një plus i vërtetë.

iv-kitchen-weakness = Po pikat tuaja të dobëta cilat janë?
iv-kitchen-weakness-a1 = Nuk kam pika të dobëta.
iv-kitchen-weakness-a1-why = Këtë nuk e beson askush. Punëdhënësi dëgjon: ky person nuk i sheh gabimet e veta.
iv-kitchen-weakness-a2 = Ndonjëherë jam i padurueshëm dhe dua që gjithçka të jetë gati menjëherë. Tani po mësoj të planifikoj së pari dhe pastaj të filloj.
iv-kitchen-weakness-a2-why = Një dobësi e vërtetë dhe një plan kundër saj: kjo tregon se e njeh veten dhe punon me veten.
iv-kitchen-weakness-a3 = Gjermanishtja ime nuk është ende e përsosur, sidomos fjalët profesionale. Prandaj i shkruaj fjalët e reja dhe i mësoj në mbrëmje.
iv-kitchen-weakness-a3-why = E sinqertë dhe me zgjidhje. Punëdhënësi sheh se e njeh mangësinë dhe bën diçka për të.
iv-kitchen-weakness-a4 = Në mëngjes shpesh jam i lodhur.
iv-kitchen-weakness-a4-why = Kjo tingëllon si mungesë besueshmërie – dhe pa zgjidhje mbetet vetëm përshtypja e keqe.

iv-kitchen-gap = Në CV-në tuaj shoh një boshllëk: nga vjeshta 2024 deri në verën 2025 nuk shkruan asgjë. Çfarë bëtë në atë kohë?
iv-kitchen-gap-strict = Midis vjeshtës 2024 dhe verës 2025 CV-ja juaj është bosh. Ma shpjegoni këtë.
iv-kitchen-gap-a1 = Ndoqa një kurs integrimi dhe e kalova testin e gjermanishtes për emigrantë në nivelin B1. Do ta shtoj edhe në CV.
iv-kitchen-gap-a1-why = Kursi i gjermanishtes nuk është boshllëk, por mësim. Shkruaji gjithmonë periudha të tilla në CV.
iv-kitchen-gap-a2 = Asgjë. Isha në shtëpi.
iv-kitchen-gap-a2-why = Tingëllon sikur e ke humbur kohën. Shpesh ke bërë më shumë se ç'mendon – ke mësuar gjermanisht, ke ndihmuar familjen, ke pritur dokumentet. Thuaje.
iv-kitchen-gap-a3 = Nuk më lejohej ende të punoja, sepse statusi im i qëndrimit nuk ishte sqaruar. Në atë kohë gatuaja si vullnetar në kuzhinën e një qendre strehimi.
iv-kitchen-gap-a3-why = E shpjegon arsyen me qetësi dhe tregon se e ke shfrytëzuar kohën – madje në një kuzhinë.
iv-kitchen-gap-a4 = Kjo është çështje private.
iv-kitchen-gap-a4-why = Nuk je i/e detyruar të tregosh gjithçka, por kështu tingëllon ftohtë. Më mirë: «Kisha një situatë familjare që tani është zgjidhur.»

iv-kitchen-gap-probe = Një vit i tërë asgjë? Këtë duhet të ma shpjegoni më saktë.
iv-kitchen-gap-probe-a1 = Më falni, nuk isha i saktë. Në atë kohë mësova gjermanisht me aplikacione dhe në një kafe gjuhësore, dhe ndihmova vëllezërit e motrat më të vegjël me detyrat e shtëpisë.
iv-kitchen-gap-probe-a1-why = E korrigjove mirë: ruan qetësinë dhe thua çfarë ke bërë vërtet.
iv-kitchen-gap-probe-a2 = Pse është kaq e rëndësishme? Tani jam këtu, apo jo?
iv-kitchen-gap-probe-a2-why = Një kundërpyetje duket e pacipë. Punëdhënësi do të dijë nëse mund të mbështetet te ti – ndihmoje ta kuptojë.
iv-kitchen-gap-probe-a3 = Kalova një periudhë të vështirë. Tani jam mirë dhe jam gati për formimin.
iv-kitchen-gap-probe-a3-why = E sinqertë, dhe kjo mjafton si përgjigje. Nuk ke pse të tregosh detaje për shëndetin ose familjen.

iv-kitchen-certificates = E keni mbaruar shkollën në vendin tuaj të origjinës. A është njohur diploma juaj në Gjermani?
iv-kitchen-certificates-a1 = Po. Zyra për njohjen e dëftesave (Zeugnisanerkennungsstelle) e njohu si të barasvlershme me diplomën e shkollës së mesme të ulët (Mittlerer Schulabschluss). Vendimin e kam me vete.
iv-kitchen-certificates-a1-why = Shumë mirë: një diplomë e njohur dhe dokumenti me vete. Kjo tregon se je i/e organizuar.
iv-kitchen-certificates-a2 = E kam dorëzuar kërkesën, por përgjigjja ende nuk ka ardhur. Mund t'ju tregoj konfirmimin e marrjes.
iv-kitchen-certificates-a2-why = Edhe kjo është mirë: punëdhënësi sheh se kujdesesh vetë. Konfirmimi është provë e mirë.
iv-kitchen-certificates-a3 = Jo. Çfarë do të thotë «njohje»?
iv-kitchen-certificates-a3-why = Të pyesësh është më mirë se të hamendësosh. Por informohu para intervistës si funksionon njohja.
iv-kitchen-certificates-a4 = Diplomën nuk e kam me vete, por isha shumë i mirë në shkollë.
iv-kitchen-certificates-a4-why = Pa dokument kjo është vetëm një pohim. Merri gjithmonë me vete dëftesat bashkë me përkthimin.

iv-kitchen-certificates-help = Po jua shpjegoj shkurt. Dëftesat e huaja shkollore i shqyrton zyra për njohjen e dëftesave (Zeugnisanerkennungsstelle) e landit tuaj federal. Për formimin si kuzhinier nuk kërkohet ndonjë diplomë e caktuar, por një dëftesë e njohur ju ndihmon kur aplikoni. Për një kualifikim profesional të huaj është përgjegjëse dhoma kompetente, për kuzhinierët IHK (Dhoma e Industrisë dhe Tregtisë). Informacione gjeni në portalin «Anerkennung in Deutschland».

iv-kitchen-german = Sa mirë e flisni gjermanishten? Në kuzhinë gjithçka duhet të shkojë shpejt, dhe në shkollën profesionale mësoni shumë teori.
iv-kitchen-german-a1 = Kam nivelin B1, certifikatën e kam me vete. Tani po ndjek në mbrëmje një kurs B2.
iv-kitchen-german-a1-why = Një nivel i qartë, një provë dhe një plan: kështu punëdhënësi mund të të vlerësojë mirë.
iv-kitchen-german-a2 = Mirë. Ju po më kuptoni, apo jo?
iv-kitchen-german-a2-why = Shumë e paqartë. Thuaj nivelin tënd (A2, B1 …) dhe çfarë po bën tani për t'u përmirësuar.
iv-kitchen-german-a3 = Kam nivelin A2. Në jetën e përditshme kuptoj shumë, por fjalët profesionale janë të vështira. Gjatë formimit do të doja të merrja mësime shtesë.
iv-kitchen-german-a3-why = E sinqertë dhe me zgjidhje. Ka ndihmë, për shembull formimi i asistuar (AsA flex) nga Agjencia e Punës (Agentur für Arbeit) – mirë që e mendon.
iv-kitchen-german-a4 = Nuk flas shumë mirë, por në kuzhinë s'ka nevojë të flasësh shumë.
iv-kitchen-german-a4-why = Gabim: në kuzhinë flitet vazhdimisht – porosi, alergji, marrëveshje. Kjo e shqetëson një shef kuzhine.

iv-kitchen-german-school = Në shkollën profesionale do të shkruani provime për njohjen e mallrave, llogaritjet dhe higjienën – të gjitha në gjermanisht. Si do të përgatiteni?
iv-kitchen-german-school-a1 = I mësoj fjalët profesionale me kartela dhe do të kërkoj mësime shtesë, për shembull përmes formimit të asistuar.
iv-kitchen-german-school-a1-why = Njeh një program të vërtetë mbështetjeje dhe ke një metodë mësimi. Kjo bind.
iv-kitchen-german-school-a2 = Thjesht i përkthej të gjitha me telefon.
iv-kitchen-german-school-a2-why = Telefoni ndihmon kur mëson, por jo në provim. Punëdhënësi pyet veten nëse vërtet do ta mësosh gjuhën profesionale.
iv-kitchen-german-school-a3 = Mësoj bashkë me shokë të klasës dhe pyes në punë kur nuk kuptoj diçka.
iv-kitchen-german-school-a3-why = Mirë: të mësosh bashkë dhe të pyesësh në punë – pikërisht kështu ia dalin shumë nxënës në formim.

iv-kitchen-hygiene = Higjiena është gjëja më e rëndësishme në kuzhinë. Çfarë përfshin ajo për ju?
iv-kitchen-hygiene-strict = Në kuzhinën time për higjienën ka tolerancë zero. Më thoni se për çfarë kujdeseni.
iv-kitchen-hygiene-a1 = I laj duart shpesh, i lidh flokët dhe mbaj mbulesë koke, pa stoli. Mishin e papërpunuar e mbaj të ndarë nga ushqimet e tjera.
iv-kitchen-hygiene-a1-why = Konkrete dhe e saktë profesionalisht. Kush i njeh këto rregulla, tregon se është përgatitur për profesionin.
iv-kitchen-hygiene-a2 = Jam njeri i pastër, edhe në shtëpi pastroj shumë.
iv-kitchen-hygiene-a2-why = Me qëllim të mirë, por higjiena në kuzhinë është më shumë se pastrimi: duart, veshja, temperaturat, dërrasa të ndara. Përmend rregulla konkrete.
iv-kitchen-hygiene-a3 = Larja e duarve, rroba të pastra – dhe nëse kam diarre ose temperaturë, e them menjëherë dhe nuk punoj me ushqime.
iv-kitchen-hygiene-a3-why = Shumë mirë: kush është i sëmurë nuk duhet t'i infektojë mysafirët. Që e thua vetë, tregon përgjegjësi.
iv-kitchen-hygiene-a4 = Këtë do të ma tregoni gjithsesi gjatë formimit.
iv-kitchen-hygiene-a4-why = Gjatë formimit do të mësosh shumë, por disa rregulla bazë duhet t'i dish që tani. Përndryshe duket sikur nuk je përgatitur.

iv-kitchen-belehrung = Para se të punoni me ushqime te ne, ju duhet udhëzimi sipas nenit 43 të Ligjit për Mbrojtjen nga Infeksionet. A e dini çfarë është?
iv-kitchen-belehrung-a1 = Po, udhëzimi në zyrën e shëndetësisë (Gesundheitsamt) – më parë quhej certifikatë shëndetësore (Gesundheitszeugnis). Do të caktoj një takim pak para fillimit, sepse vërtetimi atëherë nuk duhet të jetë më i vjetër se tre muaj.
iv-kitchen-belehrung-a1-why = Përsosur: e di rregullin dhe madje edhe afatin. Punëdhënësi sheh se mund të mbështetet te ti.
iv-kitchen-belehrung-a2 = Jo, por do të merrem me këtë. Ku mund ta bëj?
iv-kitchen-belehrung-a2-why = Reagim i mirë: pyet dhe tregon se do ta kryesh. Përgjigjja: në zyrën e shëndetësisë (Gesundheitsamt), shpesh edhe online, zakonisht me pagesë.
iv-kitchen-belehrung-a3 = A më duhet vërtet kjo? Unë jam i shëndetshëm.
iv-kitchen-belehrung-a3-why = Po, pa këtë vërtetim nuk lejohesh të punosh në kuzhinë – ky është ligj. Ai i mbron mysafirët nga sëmundjet.
iv-kitchen-belehrung-a4 = A është kjo një vizitë te mjeku, me marrje gjaku?
iv-kitchen-belehrung-a4-why = Mirë që pyet, por jo: është një udhëzim i shkurtër për higjienën dhe sëmundjet, jo ekzaminim. Pas tij nënshkruan një deklaratë.

iv-kitchen-allergens = Një mysafir pyet përmes kamarierit nëse salca jonë me hudhër të egër ka arra. Ju nuk e dini me siguri. Çfarë bëni?
iv-kitchen-allergens-a1 = Them: «Ndoshta jo.» Mysafiri nuk duhet të presë.
iv-kitchen-allergens-a1-why = E rrezikshme: te një alergji edhe një sasi shumë e vogël mund të rrezikojë jetën. Në kuzhinë hamendja nuk lejohet kurrë.
iv-kitchen-allergens-a2 = Shikoj listën e alergjenëve ose recetën dhe pyes kuzhinierin që e bëri salcën. Vetëm atëherë kamarieri merr një përgjigje të sigurt.
iv-kitchen-allergens-a2-why = Plotësisht e saktë: jep vetëm informacione të sigurta. Restorantet duhet të mund t'i tregojnë 14 alergjenët kryesorë në pjatat e tyre.
iv-kitchen-allergens-a3 = I them kamarierit që mysafiri më mirë të porosisë diçka tjetër.
iv-kitchen-allergens-a3-why = Kujdesi është mirë, por mysafiri nuk merr përgjigje. Më mirë: kontrollo dhe jep informacion të sigurt.
iv-kitchen-allergens-a4 = E pyes menjëherë shefin e kuzhinës.
iv-kitchen-allergens-a4-why = Mirë – më mirë të pyesësh se të hamendësosh. Edhe më mirë: ta njohësh edhe listën e alergjenëve dhe të kontrollosh vetë.

iv-kitchen-allergens-hard = Po si kujdeseni që në pjatën e një mysafiri alergjik të mos hyjnë as gjurmë arrash?
iv-kitchen-allergens-hard-a1 = I laj duart, marr një dërrasë të pastër dhe vegla të pastra dhe e përgatis pjatën veçmas. Pastaj i them kamarierit saktësisht se cila pjatë është.
iv-kitchen-allergens-hard-a1-why = Shumë mirë: mendon për duart, veglat dhe për marrëveshjen e qartë me kamarierin.
iv-kitchen-allergens-hard-a2 = Thjesht i heq arrat përsëri.
iv-kitchen-allergens-hard-a2-why = Nuk mjafton: edhe mbetje të vogla mund të shkaktojnë reagim të rëndë. Pjata duhet përgatitur nga e para dhe veçmas.
iv-kitchen-allergens-hard-a3 = Thjesht bëj shumë kujdes.
iv-kitchen-allergens-hard-a3-why = Shumë e përgjithshme. Shefi do të dëgjojë si saktësisht: duar të pastra, dërrasa, thika dhe përgatitje e veçantë.

iv-kitchen-stress = E shtunë mbrëma: një dasmë me 120 mysafirë, dhe njëkohësisht restoranti plot. Si e përballoni kaq shumë stres?
iv-kitchen-stress-friendly = Në fundjavë te ne ka shumë lëvizje, për shembull në një dasmë me 120 mysafirë. Si ndiheni me kaq shumë rrëmujë?
iv-kitchen-stress-strict = E shtunë, 120 mysafirë dasme, restoranti plot, një kuzhinier i sëmurë. Bëhet zhurmë dhe ngushtë. A e përballoni?
iv-kitchen-stress-a1 = I përgatis të gjitha mirë që më parë, «mise en place»-n time. Pastaj punoj një nga një dhe qëndroj i qetë. Në praktikë kjo funksionoi mirë.
iv-kitchen-stress-a1-why = «Mise en place» është pikërisht fjala që do të dëgjojë një kuzhinier: përgatitja e mirë është ilaçi më i mirë kundër stresit.
iv-kitchen-stress-a2 = Stresi nuk është problem për mua. Nuk nervozohem kurrë.
iv-kitchen-stress-a2-why = Kjo nuk është e besueshme. Të gjithë e njohin stresin – më e rëndësishme është si e përballon.
iv-kitchen-stress-a3 = Të them të drejtën, atëherë nervozohem. Por më mirë pyes sesa të bëj gabim.
iv-kitchen-stress-a3-why = E sinqertë dhe e arsyeshme. Edhe më mirë: thuaj edhe çfarë bën konkretisht për të ruajtur qetësinë.
iv-kitchen-stress-a4 = Kur bëhet shumë, dal pak jashtë për pushim.
iv-kitchen-stress-a4-why = Në mes të shërbimit askush nuk mund të dalë thjesht jashtë – ekipi mbështetet te secili. Pushimet janë para dhe pas.

iv-kitchen-teamwork = Në kuzhinën tonë punojnë dymbëdhjetë veta. Gjatë shërbimit shefi jep udhëzime shkurt dhe me zë të lartë. Si e përballoni këtë?
iv-kitchen-teamwork-strict = Në kuzhinën time ka një hierarki të qartë. Kur them diçka, bëhet menjëherë. A ia dilni me këtë?
iv-kitchen-teamwork-a1 = Përgjigjem me zë të lartë «Po, shef!», që të dihet se e dëgjova, dhe e bëj menjëherë. Nëse nuk kuptoj diçka, pyes shkurt.
iv-kitchen-teamwork-a1-why = Pikërisht kështu funksionon një brigadë kuzhine: dëgjo, konfirmo me zë, vepro – dhe kur diçka s'është e qartë, pyet menjëherë.
iv-kitchen-teamwork-a2 = Nuk më pëlqen kur më bërtasin.
iv-kitchen-teamwork-a2-why = E kuptueshme, por toni i lartë gjatë shërbimit zakonisht nuk është sulm, por shpejtësi. Punëdhënësi pyet veten nëse i përshtatesh kuzhinës.
iv-kitchen-teamwork-a3 = E bëj punën time ashtu siç mendoj se është e drejtë.
iv-kitchen-teamwork-a3-why = Në një brigadë gjithçka duhet të jetë e koordinuar. Kush ndjek rrugën e vet, e prish gjithë rrjedhën e punës.
iv-kitchen-teamwork-a4 = Bëj atë që thoni ju dhe pyes më vonë, kur të jetë më qetë.
iv-kitchen-teamwork-a4-why = Me respekt, por e rrezikshme: nëse nuk ke kuptuar diçka, pyet menjëherë shkurt – përndryshe një pjatë del gabim.

iv-kitchen-teamwork-probe = E kuptoj. Por kur te ne bëhet zhurmë, nuk është gjë personale. Si reagoni nëse ju korrigjoj para të gjithëve gjatë shërbimit?
iv-kitchen-teamwork-probe-strict = Gjatë shërbimit bëhet zhurmë, kështu është. Nëse ju korrigjoj para të gjithëve – çfarë bëni?
iv-kitchen-teamwork-probe-a1 = Them «Po, shef», e korrigjoj gabimin dhe flas me ju pas shërbimit nëse diçka më ka shqetësuar.
iv-kitchen-teamwork-probe-a1-why = Shumë e pjekur: gjatë shërbimit vlen pjata, biseda vjen më vonë, me qetësi.
iv-kitchen-teamwork-probe-a2 = Atëherë ju them menjëherë se nuk mund të më flisni kështu.
iv-kitchen-teamwork-probe-a2-why = Të kundërshtosh para të gjithëve në mes të shërbimit e trazon ekipin. Fyerjet nuk ke pse t'i durosh – por fol për to më vonë, sy më sy.
iv-kitchen-teamwork-probe-a3 = Ndoshta do të mërzitesha pak, por do të vazhdoja punën.
iv-kitchen-teamwork-probe-a3-why = E sinqertë dhe këmbëngulëse. Do të ishte mirë të pyesje më vonë edhe çfarë mund të bësh më mirë.

iv-kitchen-hours = Te ne punoni shpesh në mbrëmje deri rreth orës 22 dhe në fundjavë. Në këmbim keni dy ditë pushim gjatë javës. A ju përshtatet kjo?
iv-kitchen-hours-a1 = Po, e di, në gastronomi kjo është normale. E kam diskutuar tashmë edhe me familjen.
iv-kitchen-hours-a1-why = I njeh oraret e punës dhe je përgatitur. Pikërisht kjo e qetëson një shef kuzhine.
iv-kitchen-hours-a2 = Në fundjavë do të preferoja të isha i lirë.
iv-kitchen-hours-a2-why = Fundjava është koha më e ngarkuar në gastronomi. Kush nuk do të punojë atëherë, vështirë se i përshtatet këtij profesioni.
iv-kitchen-hours-a3 = Në parim po. Të hënën në mbrëmje kam ende kursin e gjermanishtes – a do të ishte e mundur të isha i lirë atëherë?
iv-kitchen-hours-a3-why = Mirë: thua hapur çfarë të nevojitet dhe pyet me mirësjellje. Shumë biznese e planifikojnë këtë nëse e thua herët.
iv-kitchen-hours-a4 = Po, sigurisht. Mund të punoj edhe dymbëdhjetë orë çdo ditë.
iv-kitchen-hours-a4-why = Ke motivim, por nuk është realiste: ligji e kufizon kohën e punës, dhe nxënësit në formim duhet edhe të mësojnë. Duket sikur nuk i njeh rregullat.

iv-kitchen-commute = Hoteli ynë ndodhet pak jashtë qytetit. Autobusi i fundit niset në orën 22:15. Si do të shkoni në shtëpi pas një turni të vonë?
iv-kitchen-commute-a1 = I kam parë tashmë linjat. Kam një biçikletë me drita, dhe tani po marr patentën për motoçikletë të vogël (skuter).
iv-kitchen-commute-a1-why = Ke menduar përpara dhe ke një zgjidhje. Një biznes në fshat i kushton shumë rëndësi kësaj.
iv-kitchen-commute-a2 = Ende nuk e di. A ka kolegë që shkojnë në drejtimin tim?
iv-kitchen-commute-a2-why = Pyetje e mirë – udhëtimi i përbashkët me makinë është normal në fshat. Por do të ishte më mirë ta kishe kontrolluar rrugën më parë.
iv-kitchen-commute-a3 = Atëherë thjesht largohem më herët.
iv-kitchen-commute-a3-why = Shërbimi nuk mbaron kur niset autobusi. Punëdhënësi dëgjon: ky person e lë ekipin në baltë.

iv-kitchen-pay = Për pagesën: a e dini sa fiton një nxënës në formim te ne?
iv-kitchen-pay-a1 = Po, lexova që paguani sipas kontratës kolektive, 1.050 euro në muaj në vitin e parë. Kjo është dukshëm më shumë se minimumi ligjor.
iv-kitchen-pay-a1-why = Përgatitje e shkëlqyer: e njeh biznesin dhe rregullat. Për formimet që fillojnë në vitin 2026, ligji kërkon në vitin e parë të paktën 724 euro në muaj.
iv-kitchen-pay-a2 = Dua të paktën 2.000 euro, përndryshe nuk ia vlen.
iv-kitchen-pay-a2-why = Kjo është shumë më tepër nga ç'marrin nxënësit në formim. Punëdhënësi dëgjon: nuk e njeh formimin – dhe në fakt kërkon një punë (aty vlen paga minimale prej 13,90 euro në orë).
iv-kitchen-pay-a3 = Jo saktësisht. A mund të më thoni sa është në vitin e parë?
iv-kitchen-pay-a3-why = Të pyesësh është në rregull. Por duket më mirë nëse e di tashmë një shifër – shpesh shkruhet në njoftim ose në kontratën kolektive.
iv-kitchen-pay-a4 = Paratë nuk më interesojnë, dua vetëm të gatuaj.
iv-kitchen-pay-a4-why = I motivuar, por jo i besueshëm – të gjithë duhet të paguajnë qiranë. Është normale të informohesh për pagesën.

iv-kitchen-probation = Periudha e provës te ne zgjat katër muaj. Çfarë do të thotë kjo për ju?
iv-kitchen-probation-a1 = Gjatë periudhës së provës të dyja palët mund ta zgjidhin kontratën e formimit pa arsye dhe pa afat njoftimi. Dua të tregoj në këtë kohë se jam i besueshëm.
iv-kitchen-probation-a1-why = E saktë: në formim periudha e provës zgjat nga një deri në katër muaj, dhe secila palë mund ta zgjidhë kontratën menjëherë me shkrim. Mirë që e di.
iv-kitchen-probation-a2 = Që në atë kohë marr më pak para?
iv-kitchen-probation-a2-why = Jo, pagesa gjatë periudhës së provës është e njëjtë. Periudha e provës do të thotë: të dyja palët mund ta mbyllin kontratën lehtë.
iv-kitchen-probation-a3 = Që në atë kohë ju më njihni dhe më provoni. Do të jap më të mirën.
iv-kitchen-probation-a3-why = Në thelb e saktë dhe plot motivim. Është mirë të dish edhe këtë: gjatë periudhës së provës kontrata mund të zgjidhet pa afat njoftimi.

iv-kitchen-punctuality = Turni juaj fillon në orën 14. Autobusi juaj anulohet dhe do të vonoheni rreth 20 minuta. Çfarë bëni?
iv-kitchen-punctuality-strict = Te unë turni fillon në orar. E kuptoni se do të vonoheni 20 minuta. Çfarë bëni?
iv-kitchen-punctuality-a1 = Telefonoj menjëherë në kuzhinë, para orës 14, them afërsisht kur do të arrij dhe kërkoj ndjesë.
iv-kitchen-punctuality-a1-why = E saktë: të telefonosh para se të fillojë turni. Kështu ekipi mund të planifikojë – për një punëdhënës kjo është më e rëndësishmja.
iv-kitchen-punctuality-a2 = Thjesht vij pak më vonë dhe e shpjegoj atëherë.
iv-kitchen-punctuality-a2-why = Pa njoftim ekipi pret dhe nuk e di nëse do të vish. Njofto gjithmonë paraprakisht.
iv-kitchen-punctuality-a3 = I shkruaj një mesazh një kolegu, që ta përcjellë.
iv-kitchen-punctuality-a3-why = Më mirë se asgjë, por e pasigurt: ndoshta e lexon shumë vonë. Njofto drejtpërdrejt drejtuesin e kuzhinës, më mirë me telefon.
iv-kitchen-punctuality-a4 = Gjithmonë marr një autobus më herët, që të mos ndodhë kjo. Nëse ndodh prapëseprapë, telefonoj para fillimit të turnit.
iv-kitchen-punctuality-a4-why = Shumë mirë: planifikon një rezervë kohe dhe di çfarë të bësh në rast urgjence.

iv-kitchen-own-questions = Mirë, nga ana ime kaq. A keni pyetje për ne?
iv-kitchen-own-questions-friendly = Epo, tani është radha juaj! Çfarë do të donit të dinit për ne ose për formimin?
iv-kitchen-own-questions-factual = Nga ana ime mbaruam. Çfarë pyetjesh keni?
iv-kitchen-own-questions-a1 = Jo, nuk kam pyetje.
iv-kitchen-own-questions-a1-why = Pa pyetje duket si pa interes. Përgatit gjithmonë dy ose tri pyetje.
iv-kitchen-own-questions-a2 = Po: cilat sektorë të kuzhinës do të njoh në vitin e parë, dhe kush do të jetë instruktori im?
iv-kitchen-own-questions-a2-why = Pyetje e fortë: të intereson vetë formimi. Kjo tregon motivim të vërtetë.
iv-kitchen-own-questions-a3 = Sa ditë pushim do të kem?
iv-kitchen-own-questions-a3-why = Pyetje e lejuar, por si e vetmja duket sikur të intereson kryesisht koha e lirë. Pyet së pari për punën.
iv-kitchen-own-questions-a4 = A mund të bëj më parë një ditë prove te ju, për të njohur kuzhinën dhe ekipin?
iv-kitchen-own-questions-a4-why = Puna provë është e zakonshme në gastronomi. Kush e kërkon vetë, tregon guxim dhe interes të vërtetë.

iv-kitchen-trial-day = Me shumë kënaqësi. Ejani të martën që vjen në orën nëntë. Merrni me vete këpucë të forta me shollë që nuk rrëshqet; xhaketën e kuzhinierit ua japim ne.

iv-kitchen-tone-note = Para se të shkoni, një fjalë e hapur: disa nga përgjigjet tuaja tingëlluan të pasjellshme. Në kuzhinë punojmë shumë afër njëri-tjetrit, prandaj një ton i respektueshëm është po aq i rëndësishëm sa ushqimi i mirë.
iv-kitchen-tone-note-friendly = A mund t'ju jap edhe një këshillë? Disa përgjigje tingëlluan pak jomiqësore. Në kuzhinë jemi krah për krah – një ton miqësor i lehtëson shumë gjëra.

iv-kitchen-goodbye = Faleminderit shumë për bisedën. Do të merrni përgjigje nga ne deri në fund të javës që vjen. Mirupafshim!
iv-kitchen-goodbye-friendly = Faleminderit shumë, ishte një bisedë e bukur! Do t'ju lajmërojmë deri në fund të javës që vjen. Kthehuni mirë në shtëpi!
iv-kitchen-goodbye-strict = Faleminderit. Do të merrni përgjigje deri në fund të javës që vjen. Mirupafshim.
