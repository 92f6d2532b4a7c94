# Intervistë: formim profesional në shitje me pakicë (Kaufmann/Kauffrau im Einzelhandel), supermarket (assets/dialogue/interview/retail.ron)

iv-retail-title = Formim profesional në shitje me pakicë (Kaufmann/Kauffrau im Einzelhandel) – supermarket
iv-retail-brief = Sommer Frischmarkt është një biznes familjar me katër supermarkete në Bielefeld dhe rrethinat e tij, i themeluar në vitin 1987. Njihet për banakun e madh të produkteve të freskëta me djathë, sallam dhe sallata, për bukën nga një furrë vendase dhe për frutat e perimet nga fermat aty pranë. Ti po aplikon për një formim profesional (Ausbildung) trevjeçar në shitje me pakicë: arka, banaku i produkteve të freskëta, pranimi i mallit dhe këshillimi i klientëve. Dyqani është i hapur nga e hëna deri të shtunën nga ora 7 deri në 21; sipas njoftimit paguan 1.050 euro në muaj në vitin e parë të formimit.

## welcome
iv-retail-welcome = Mirëdita, jam zonja Albers, drejtuesja e këtij dyqani të Sommer Frischmarkt. Ju lutem, uluni. Sot do të flasim për formimin profesional në shitje me pakicë.
iv-retail-welcome-friendly = Përshëndetje dhe mirë se erdhët! Jam zonja Albers dhe e drejtoj këtë dyqan. Më vjen mirë që jeni këtu – uluni, uji në tavolinë është për Ju.
iv-retail-welcome-strict = Mirëdita. Albers, drejtimi i dyqanit. Uluni. Kemi njëzet minuta, prandaj le të fillojmë menjëherë.

## smalltalk (friendly only)
iv-retail-smalltalk = E gjetët lehtë rrugën deri te ne?
iv-retail-smalltalk-a1 = Po, faleminderit! Erdha me autobus dhe isha këtu madje dhjetë minuta më herët.
iv-retail-smalltalk-a1-why = Miqësore dhe e shkurtër – dhe njëkohësisht tregon që e mban përpikërinë. Kështu fillon një bisedë e mirë e lehtë.
iv-retail-smalltalk-a2 = Po.
iv-retail-smalltalk-a2-why = Nuk është gabim, por është shumë e shkurtër. Pyetja është ftesë për bisedë; edhe një fjali më shumë tingëllon më e hapur.
iv-retail-smalltalk-a3 = Jo shumë, autobusi ishte plot dhe m'u desh të ecja gjatë. Dyqani juaj është vërtet në vend të papërshtatshëm.
iv-retail-smalltalk-a3-why = E sinqertë, por fillon me ankesa dhe e kritikon menjëherë vendndodhjen. Kështu përshtypja e parë bëhet negative.

## intro
iv-retail-intro = Ju lutem, më tregoni shkurt diçka për veten.
iv-retail-intro-friendly = Më tregoni pak për veten: kush jeni dhe çfarë bëni aktualisht?
iv-retail-intro-factual = Le të fillojmë me rrugën tuaj: shkolla, gjermanishtja, përvoja. Ju lutem, në dy minuta.
iv-retail-intro-strict = Prezantohuni. Shkurt, ju lutem – mjafton më e rëndësishmja.
iv-retail-intro-a1 = Jam 19 vjeç dhe jetoj prej dy vjetësh në Gjermani. Në vendin tim kam shkuar dhjetë vjet në shkollë, këtu kam bërë kursin e integrimit. Gjatë një praktike në një furrë buke kuptova se më pëlqen të shes.
iv-retail-intro-a1-why = E shkurtër, e rregullt dhe e lidhur me profesionin. Drejtuesja dëgjon: ky person e di çfarë do.
iv-retail-intro-a2 = Jam 19 vjeç, vij nga jashtë dhe kërkoj punë. Në fakt, çfarëdo qoftë.
iv-retail-intro-a2-why = «Çfarëdo qoftë» tingëllon sikur nuk e do fare këtë formim. Punëdhënësit kërkojnë njerëz që zgjedhin pikërisht këtë profesion.
iv-retail-intro-a3 = Pra, po filloj nga fëmijëria: jemi shpërngulur shpesh, kam katër vëllezër e motra, xhaxhai im kishte dikur një dyqan, dhe pastaj …
iv-retail-intro-a3-why = Po tregon gjithë historinë e jetës sate. Më mirë dy minuta për shkollën, gjermanishten, përvojën dhe profesionin që do.

## why-job
iv-retail-why-job = Pse doni të formoheni në shitje me pakicë?
iv-retail-why-job-strict = Pse pikërisht shitja me pakicë? Shumë e shohin këtë vetëm si punë të përkohshme.
iv-retail-why-job-a1 = Më pëlqen të punoj me njerëz, dhe asnjë ditë nuk është si tjetra. Gjatë praktikës këshillova klientë dhe më pëlqeu shumë. Më vonë dua të marr edhe më shumë përgjegjësi, për shembull të drejtoj një repart.
iv-retail-why-job-a1-why = Një arsye nga përvoja jote dhe një qëllim për të ardhmen – kjo tingëllon e sinqertë dhe tregon që do të qëndrosh.
iv-retail-why-job-a2 = Sepse në supermarkete ka shumë vende të lira pune dhe gjen shpejt diçka.
iv-retail-why-job-a2-why = Mund të jetë e vërtetë, por nuk është arsye pse e do këtë profesion. Drejtuesja dëgjon: ky person merr çfarë të gjejë.
iv-retail-why-job-a3 = Babai im kishte një dyqan të vogël dhe unë ndihmoja shpesh atje. Pra, e njoh pak këtë punë.
iv-retail-why-job-a3-why = Përvojë e mirë! Përgjigjja bëhet edhe më e fortë nëse thua çfarë të pëlqeu në atë punë.

## why-company
iv-retail-why-company = Pse aplikuat pikërisht te ne?
iv-retail-why-company-friendly = Çfarë ju tërhoqi te dyqani ynë?
iv-retail-why-company-strict = Këtu ka shumë supermarkete. Pse Sommer Frischmarkt?
iv-retail-why-company-a1 = Bëj shpesh pazar këtu. Më pëlqen banaku i madh i produkteve të freskëta dhe që keni shumë fruta e perime nga fermat e zonës. Kam lexuar gjithashtu që jeni biznes familjar dhe çdo vit formoni nxënës në formim profesional.
iv-retail-why-company-a1-why = Përmend gjëra konkrete për këtë dyqan. Kjo tregon që je përgatitur dhe që e ke fjalën pikërisht për këtë firmë.
iv-retail-why-company-a2 = Jeni afër banesës sime, mund të vij në këmbë.
iv-retail-why-company-a2-why = Rruga e shkurtër është praktike, por vlen për çdo dyqan aty pranë. Shto diçka që i përshtatet vetëm këtij dyqani.
iv-retail-why-company-a3 = Kam aplikuar në shumë supermarkete dhe ju ishit të parët që u përgjigjët.
iv-retail-why-company-a3-why = E sinqertë, por drejtuesja dëgjon: ne jemi të zëvendësueshëm. Më mirë thuaj çfarë të pëlqen pikërisht këtu.
iv-retail-why-company-a4 = Thjesht më pëlqejnë supermarketet, dhe ju jeni supermarket i mirë.
iv-retail-why-company-a4-why = Kjo është shumë e përgjithshme. Pa një shembull konkret tingëllon e mësuar përmendsh.

## company-probe (hard)
iv-retail-company-probe = Atëherë po pyes konkretisht: çfarë dini për kompaninë tonë?
iv-retail-company-probe-a1 = Keni katër dyqane në Bielefeld dhe rrethinat e tij, dhe buka juaj vjen nga një furrë vendase.
iv-retail-company-probe-a1-why = Dy fakte të sakta nga njoftimi ose nga faqja e internetit – kjo mjafton për të bindur.
iv-retail-company-probe-a2 = Për të qenë i sinqertë, jo shumë. A mund të më tregoni diçka për dyqanin?
iv-retail-company-probe-a2-why = E sinqertë dhe e sjellshme, por tregon mungesë përgatitjeje. Lexo faqen e internetit të firmës para çdo interviste.
iv-retail-company-probe-a3 = Jeni një zinxhir i madh me filiale në gjithë Gjermaninë.
iv-retail-company-probe-a3-why = Kjo nuk është e vërtetë: Sommer Frischmarkt është biznes familjar me katër dyqane. Faktet e gabuara duken më keq se asnjë fakt.

## strengths
iv-retail-strengths = Cilat janë pikat tuaja të forta?
iv-retail-strengths-friendly = Çfarë dini të bëni veçanërisht mirë? Tregoni lirshëm.
iv-retail-strengths-strict = Më thoni dy pika të forta – dhe ju lutem jo vetëm «di të punoj në ekip».
iv-retail-strengths-a1 = Jam i përzemërt dhe i hapur me njerëzit. Përveç gjermanishtes flas edhe dy gjuhë të tjera – kjo ndihmon me disa klientë.
iv-retail-strengths-a1-why = Dy pika të forta që vërtet vlejnë në arkë dhe në banak. Gjuhët e tua janë një avantazh i vërtetë që duhet ta përmendësh.
iv-retail-strengths-a2 = Jam i besueshëm dhe i rregullt. Gjatë praktikës çdo mëngjes rendisja simitet dhe nuk vonova asnjëherë.
iv-retail-strengths-a2-why = Një pikë e fortë me shembull – kështu të besojnë. Besueshmëria është veçanërisht e rëndësishme në punën me turne.
iv-retail-strengths-a3 = Në fakt nuk kam ndonjë pikë të fortë të veçantë. Thjesht bëj atë që më thonë.
iv-retail-strengths-a3-why = Modestia është e bukur, por kështu duket sikur nuk ke asgjë për të ofruar. Çdokush ka pika të forta – përgatit dy.

## strengths-example (picked strengths 1)
iv-retail-strengths-example = Tingëllon mirë. A mund të më jepni një shembull kur kjo ju ka ndihmuar?
iv-retail-strengths-example-a1 = Gjatë praktikës erdhi një kliente e moshuar që mezi fliste gjermanisht. I shpjegova në gjuhën e saj cila bukë është pa arra. Që atëherë vjen çdo javë.
iv-retail-strengths-example-a1-why = Një histori e vogël, konkrete dhe me rezultat. Pikërisht ky lloj shembulli mbahet mend.
iv-retail-strengths-example-a2 = Tani për tani nuk më kujtohet ndonjë shembull, por të gjithë thonë që jam i përzemërt.
iv-retail-strengths-example-a2-why = Pa shembull, pika e fortë mbetet vetëm pohim. Mendo paraprakisht një situatë nga shkolla, praktika ose jeta e përditshme.
iv-retail-strengths-example-a3 = Në klubin e futbollit, në festën e verës merrem me pijet dhe bisedoj me të gjithë mysafirët.
iv-retail-strengths-example-a3-why = Edhe shembujt nga koha e lirë vlejnë. Ata tregojnë që të pëlqen të merresh me njerëz.

## weakness
iv-retail-weakness = Po pikat tuaja të dobëta, ku i shihni?
iv-retail-weakness-friendly = A ka diçka që ende e keni të vështirë?
iv-retail-weakness-strict = Po pikat tuaja të dobëta? Dua një përgjigje të sinqertë.
iv-retail-weakness-a1 = Ndonjëherë bëhem i paduruar kur diçka shkon ngadalë. Po ushtrohem të qëndroj i qetë dhe fillimisht të dëgjoj.
iv-retail-weakness-a1-why = Një dobësi e vërtetë dhe çfarë bën kundër saj. Kështu tregon që e njeh mirë veten.
iv-retail-weakness-a2 = Gjermanishtja ime nuk është ende perfekte, sidomos në telefon. Prandaj tani po ndjek një kurs B2 në Volkshochschule, qendrën e arsimit për të rritur.
iv-retail-weakness-a2-why = E sinqertë dhe me zgjidhje. Drejtuesja dëgjon: po punon në mënyrë aktive për gjuhën.
iv-retail-weakness-a3 = Jam tepër perfeksionist dhe punoj tepër shumë.
iv-retail-weakness-a3-why = Këtë përgjigje rekrutuesit e dinë përmendsh; nuk tingëllon e sinqertë. Më mirë përmend një dobësi të vërtetë dhe të vogël.

## gap
iv-retail-gap = Në CV-në tuaj mungojnë rreth tetë muaj në vitin 2025. Çfarë bëtë gjatë kësaj kohe?
iv-retail-gap-friendly = Vura re që në CV mungojnë disa muaj të vitit 2025. A më tregoni çfarë bënit atëherë?
iv-retail-gap-strict = Këtu ka një boshllëk prej tetë muajsh në vitin 2025. Ju lutem, ma shpjegoni.
iv-retail-gap-a1 = Prisja një vend në kursin e integrimit. Gjatë asaj kohe mësova gjermanisht me një aplikacion dhe ndihmova tezen time në kioskun e saj.
iv-retail-gap-a1-why = E shpjegon boshllëkun me sinqeritet dhe tregon që e ke shfrytëzuar kohën. Punëdhënësit gjermanë i njohin mirë pritjet për kurse.
iv-retail-gap-a2 = Atëherë isha i sëmurë për një kohë të gjatë. Tani jam plotësisht mirë dhe mund të punoj me kohë të plotë.
iv-retail-gap-a2-why = Kjo është në rregull: nuk ke pse të tregosh hollësi për sëmundjen. E rëndësishme është fjalia që tani mund të punosh plotësisht.
iv-retail-gap-a3 = Asgjë të veçantë. Isha në shtëpi.
iv-retail-gap-a3-why = Drejtuesja dëgjon: tetë muaj pa bërë asgjë. Mund të përmendësh edhe familjen, punët e shtëpisë ose mësimin e gjermanishtes.
iv-retail-gap-a4 = Kjo shkruhet në CV, apo jo? Nuk ndodhi ndonjë gjë e madhe.
iv-retail-gap-a4-why = Tingëllon me mërzi dhe evaziv. Pyetjet për boshllëqet janë normale – fol me mirësjellje dhe shpjego shkurt.

## gap-probe (strict or hard, after a vague answer)
iv-retail-gap-probe = Kjo është shumë e paqartë për mua. Konkretisht: çfarë bënit në një ditë të zakonshme gjatë këtyre tetë muajve?
iv-retail-gap-probe-a1 = Kujdesesha për vëllezërit e motrat e vogla, sepse nëna ime punonte. Në mbrëmje mësoja gjermanisht me video.
iv-retail-gap-probe-a1-why = Tani boshllëku kuptohet. Familja dhe mësimi janë arsye të mira – duhet vetëm t'i thuash.
iv-retail-gap-probe-a2 = Flija shumë dhe prisja që gjërat të ecnin disi përpara.
iv-retail-gap-probe-a2-why = E sinqertë, por tingëllon pasive. Nëse ke mësuar diçka ose ke ndihmuar dikë, thuaje.
iv-retail-gap-probe-a3 = Më falni, më parë isha i pasigurt. Shkruaja aplikime dhe ndihmoja si vullnetar te Tafel, banka e ushqimit.
iv-retail-gap-probe-a3-why = Mirë që e korrigjon! Vullnetarizmi te Tafel tregon përkushtim dhe madje i përshtatet tregtisë së ushqimeve.

## certificates
iv-retail-certificates = Diplomën e shkollës e keni marrë jashtë vendit. A njihet ajo në Gjermani?
iv-retail-certificates-friendly = Shkollën e keni mbaruar jashtë vendit, apo jo? A e dini tashmë nëse diploma juaj njihet këtu?
iv-retail-certificates-a1 = Po. E përktheva diplomën dhe e dorëzova në zyrën e njohjes së dëftesave (Zeugnisanerkennungsstelle) të landit tim. Është njohur si e barasvlershme me Hauptschulabschluss; vendimin e kam me vete.
iv-retail-certificates-a1-why = Shumë mirë: e njeh zyrën e duhur dhe e ke vendimin me vete. Për një formim në shitje me pakicë kjo është bazë e fortë.
iv-retail-certificates-a2 = Nuk e di. A duhet të bëj diçka për këtë?
iv-retail-certificates-a2-why = Mirë që pyet, por këtë mund ta kishe sqaruar më parë. Përgjegjëse është Zeugnisanerkennungsstelle e landit tënd; qendrat e këshillimit ndihmojnë me kërkesën.
iv-retail-certificates-a3 = Po, një diplomë vlen automatikisht kudo, apo jo?
iv-retail-certificates-a3-why = Kjo nuk është e vërtetë: diplomat e huaja në Gjermani duhet së pari të vlerësohen. Kush nuk e di këtë, duket i papërgatitur.
iv-retail-certificates-a4 = Kërkesën e kam bërë, vendimi ende mungon. Do ta dorëzoj sapo të vijë.
iv-retail-certificates-a4-why = Një kërkesë në proces është krejt në rregull. Mirë që ofron ta dorëzosh më vonë – kështu firma e di që po merresh me të.

## german
iv-retail-german = Sa mirë e flisni gjermanishten? Në arkë dhe në banak flisni gjithë ditën me klientë.
iv-retail-german-strict = Në arkë duhet t'i kuptoni klientët shpejt. A mjafton gjermanishtja juaj për këtë?
iv-retail-german-a1 = Kam certifikatën B1 dhe tani po ndjek një kurs B2. Në jetën e përditshme kuptoj pothuajse gjithçka, dhe nëse jo, pyes sërish me mirësjellje.
iv-retail-german-a1-why = Përmend nivelin tënd, tregon që vazhdon të mësosh dhe di çfarë të bësh kur bëhet e vështirë.
iv-retail-german-a2 = Shumë mirë, i kuptoj të gjitha.
iv-retail-german-a2-why = Ekzagjerimi bie menjëherë në sy gjatë bisedës. Më mirë përmend nivelin tënd, për shembull B1, dhe çfarë po ushtron ende.
iv-retail-german-a3 = Jo shumë mirë. Ndoshta në fillim mund të vendos vetëm mallra në rafte?
iv-retail-german-a3-why = Kështu e zvogëlon veten më shumë se ç'je. Thuaj sinqerisht nivelin, por edhe që do të flasësh me klientë dhe të mësosh më tej.

## german-roleplay (hard)
iv-retail-german-roleplay = Le ta provojmë shkurt. Tani jam kliente: «Më falni, a e keni këtë bukë integrale edhe pa susam? Kam alergji.»
iv-retail-german-roleplay-a1 = Për këtë dua të jem plotësisht i sigurt. Një moment, ju lutem, do të shoh listën e alergjenëve ose do të pyes kolegen.
iv-retail-german-roleplay-a1-why = Me alergjitë mos hamendëso kurrë! Të kontrollosh ose të pyesësh me mirësjellje është pikërisht e duhura.
iv-retail-german-roleplay-a2 = Mendoj se nuk ka susam. Nuk ka problem.
iv-retail-german-roleplay-a2-why = Hamendësimi me alergjitë është i rrezikshëm – klientja mund të sëmuret. Shiko gjithmonë listën e alergjenëve.
iv-retail-german-roleplay-a3 = Nuk e di. Ju lutem pyesni te informacioni.
iv-retail-german-roleplay-a3-why = Klientja dërgohet gjetiu. Më mirë: kontrollo vetë ose thirr një koleg.

## customer
iv-retail-customer = Imagjinoni: jeni në arkë, radha është e gjatë dhe një klient ankohet me zë të lartë sepse iu desh të priste kaq gjatë. Çfarë bëni?
iv-retail-customer-strict = E shtunë në mesditë, radhë e gjatë në arkën tuaj, dhe një klient ngre zërin dhe ju fyen. Si reagoni?
iv-retail-customer-a1 = Qëndroj i qetë dhe them: «Më vjen keq që u desh të prisnit.» Pastaj vazhdoj shpejt me pagesat dhe, nëse duhet, i kërkoj një koleges të hapë një arkë të dytë.
iv-retail-customer-a1-why = Qetësi, kërkim ndjese, zgjidhje – pikërisht këtë pret çdo supermarket. Me arkën e dytë tregon që e njeh mënyrën si funksionon puna.
iv-retail-customer-a2 = I them që nuk kam faj unë dhe që nuk duhet të bërtasë kështu.
iv-retail-customer-a2-why = E kuptueshme, por kështu grindja rritet. Klienti dëgjon mbrojtje; të qenit i sjellshëm e qetëson situatën pothuajse gjithmonë.
iv-retail-customer-a3 = Nuk them asgjë dhe thjesht punoj më shpejt.
iv-retail-customer-a3-why = Të punosh shpejt është mirë, por klienti ndihet i injoruar. Një fjali e shkurtër dhe e sjellshme bën shumë.
iv-retail-customer-a4 = Qëndroj i sjellshëm. Nëse më fyen, thërras përgjegjësen time.
iv-retail-customer-a4-why = E drejtë: askush nuk duhet të durojë fyerje, dhe përgjegjësja ndihmon. Por fillimisht trego mirëkuptim për pritjen.

## politeness-probe (politeness score below 0)
iv-retail-politeness-probe = Vërej që ndonjëherë përgjigjeni mjaft drejtpërdrejt dhe ashpër. Te ne toni miqësor është shumë i rëndësishëm – me klientët dhe në ekip. Si e shihni këtë?
iv-retail-politeness-probe-a1 = Faleminderit për vërejtjen. Jam pak nervoz, por me klientët jam gjithmonë i sjellshëm. Do të kem kujdes.
iv-retail-politeness-probe-a1-why = Ta pranosh kritikën me qetësi është një plus i madh. Të pranosh që je nervoz është njerëzore dhe të bën simpatik.
iv-retail-politeness-probe-a2 = Kështu jam unë. E them gjithmonë drejtpërdrejt atë që mendoj.
iv-retail-politeness-probe-a2-why = Në shitje mirësjellja është pjesë e punës. Drejtuesja dëgjon: ky person nuk do të ndryshojë.
iv-retail-politeness-probe-a3 = Nuk jam dakord. Unë isha i sjellshëm.
iv-retail-politeness-probe-a3-why = Të kundërshtosh lejohet, por këtu duket kokëfortësi. Më mirë: falënderoje shkurt dhe thuaj si sillesh me klientët.

## cash
iv-retail-cash = Në fund të turnit numëroni arkën dhe mungojnë dhjetë euro. Çfarë bëni?
iv-retail-cash-factual = Mbyllja e arkës pas turnit: mungojnë dhjetë euro. Si veproni?
iv-retail-cash-a1 = Ia them menjëherë përgjegjëses sime dhe i numërojmë edhe një herë bashkë.
iv-retail-cash-a1-why = Ta njoftosh menjëherë dhe me sinqeritet është e drejtë. Diferencat në arkë ndodhin – keq është vetëm t'i fshehësh.
iv-retail-cash-a2 = I shtoj dhjetë eurot nga portofoli im, që të mos ketë probleme.
iv-retail-cash-a2-why = Me qëllim të mirë, por gabim: diferenca duhet njoftuar që të gjendet gabimi. Në shumë dyqane paratë personale në arkë janë madje të ndaluara.
iv-retail-cash-a3 = Numëroj edhe një herë. Nëse mungojnë ende, lë një shënim dhe shkoj në shtëpi.
iv-retail-cash-a3-why = Rinumërimi është mirë, por kur mungojnë para një shënim nuk mjafton. Tregoja personalisht drejtimit të dyqanit.

## fresh-counter
iv-retail-fresh-counter = Në banakun tonë të produkteve të freskëta shisni djathë, sallam dhe sallata. Për çfarë duhet pasur kujdes të veçantë atje?
iv-retail-fresh-counter-friendly = Banaku ynë i produkteve të freskëta është krenaria jonë. Sipas jush, çfarë ka më shumë rëndësi atje?
iv-retail-fresh-counter-a1 = Mbi të gjitha higjiena: duar të pastra, flokët nën kapuç, doreza dhe thika të pastra. Edhe ftohja duhet të jetë në rregull.
iv-retail-fresh-counter-a1-why = Pikërisht: me ushqimet e freskëta higjiena dhe ftohja janë detyrim. Para fillimit të punës merr një udhëzim sipas ligjit për mbrojtjen nga infeksionet (Infektionsschutzgesetz).
iv-retail-fresh-counter-a2 = Që t'i këshillosh mirë klientët, për shembull cili djathë është i butë, dhe të jesh i përzemërt.
iv-retail-fresh-counter-a2-why = Këshillimi është i rëndësishëm – por në përgjigjen tënde mungon higjiena. Te banaku i produkteve të freskëta ajo vjen e para.
iv-retail-fresh-counter-a3 = Të jesh i shpejtë. Klientët nuk duan të presin.
iv-retail-fresh-counter-a3-why = Shpejtësia ka rëndësi, por jo para higjienës dhe këshillimit. Kush te banaku është vetëm i shpejtë, bën gabime.

## shifts
iv-retail-shifts = Turni ynë i mëngjesit fillon në orën 6, sepse atëherë vjen malli, dhe të shtunave do të punoni rregullisht. Në këmbim keni një ditë të lirë gjatë javës. A ju përshtatet kjo?
iv-retail-shifts-strict = Turni i mëngjesit nga ora 6, turni i mbrëmjes deri në 21:30, pothuajse çdo të shtunë. A e përballoni dot?
iv-retail-shifts-a1 = Po, më përshtatet. Më pëlqen të zgjohem herët dhe autobusi i parë arrin këtu në 5:35. E di që në tregti punohet të shtunave.
iv-retail-shifts-a1-why = E ke kontrolluar tashmë rrugën – kjo bind. Puna të shtunave është thjesht pjesë e shitjes me pakicë.
iv-retail-shifts-a2 = Turni i mëngjesit po, por të shtunave do të doja të isha i lirë.
iv-retail-shifts-a2-why = E sinqertë, por e shtuna është dita më e rëndësishme në supermarket. Kush nuk mund të punojë kurrë atë ditë, ka pak shanse.
iv-retail-shifts-a3 = Të shtunave tani kam kursin e gjermanishtes. Por dua ta zgjidh këtë.
iv-retail-shifts-a3-why = Mirë që e thua hapur dhe kërkon menjëherë zgjidhje. Kështu mund të planifikohet bashkë.
iv-retail-shifts-a4 = S'ka problem, mund të punoj gjithmonë – edhe natën, edhe të dielave, s'ka rëndësi.
iv-retail-shifts-a4-why = Shumë fleksibël, por tingëllon e pamenduar: supermarketet të dielave janë të mbyllura, dhe koha e pushimit vlen edhe për nxënësit në formim (Azubi).

## shifts-course (picked shifts 3)
iv-retail-shifts-course = Kursi juaj i gjermanishtes është i rëndësishëm edhe për ne. A ofrohet i njëjti kurs edhe në një ditë tjetër?
iv-retail-shifts-course-a1 = Po, Volkshochschule e ofron të njëjtin kurs të martën në mbrëmje. Mund të kaloj atje.
iv-retail-shifts-course-a1-why = E ke gati zgjidhjen. Punëdhënësit e vlerësojnë kur dikush i zgjidh vetë problemet.
iv-retail-shifts-course-a2 = Nuk e di. A nuk mund ta ndryshoni thjesht orarin tim?
iv-retail-shifts-course-a2-why = Kështu drejtuesja duhet ta zgjidhë problemin tënd. Më mirë: informohu vetë dhe bëj një propozim.
iv-retail-shifts-course-a3 = Duhet ta sqaroj. A mund t'ju njoftoj deri të premten?
iv-retail-shifts-course-a3-why = E sinqertë dhe serioze, me një afat të qartë. Kjo duket e besueshme.

## punctuality
iv-retail-punctuality = Përpikëria është shumë e rëndësishme për ne. Çfarë bëni nëse në mëngjes autobusi juaj anulohet dhe do të vononi?
iv-retail-punctuality-strict = Kush vonohet në turnin e mëngjesit, e lë ekipin vetëm. Çfarë bëni kur e kuptoni që nuk do të arrini në kohë?
iv-retail-punctuality-a1 = Telefonoj menjëherë në dyqan, para se të fillojë turni, dhe them afërsisht kur do të arrij. Gjithsesi, unë marr gjithmonë një autobus më herët.
iv-retail-punctuality-a1-why = Të telefonosh më parë është gjëja më e rëndësishme në Gjermani. Autobusi më i hershëm tregon që planifikon përpara.
iv-retail-punctuality-a2 = Vij sa më shpejt të mundem dhe e shpjegoj kur të arrij.
iv-retail-punctuality-a2-why = Derisa të arrish, askush nuk di gjë, dhe arka ndoshta mbetet bosh. Telefono gjithmonë më parë.
iv-retail-punctuality-a3 = I shkruaj një mesazh një koleges, që t'ia thotë shefes.
iv-retail-punctuality-a3-why = Më mirë se asgjë, por mesazhi mund të humbasë. Lajmëroje vetë drejtpërdrejt drejtimin e dyqanit.

## why-you (strict only)
iv-retail-why-you = Kemi mbi pesëdhjetë aplikime për tre vende. Pse duhet t'ju marrim pikërisht Ju?
iv-retail-why-you-a1 = Sepse kam përvojë nga praktika, flas disa gjuhë dhe dua vërtet të punoj në shitje. Pas formimit do të doja të qëndroja te ju.
iv-retail-why-you-a1-why = Një përmbledhje e shkurtër: përvojë, gjuhë, motivim. Plus dëshira për të qëndruar – këtë çdo drejtues dyqani e dëgjon me kënaqësi.
iv-retail-why-you-a2 = Këtë duhet ta vendosni ju. Unë nuk i njoh të tjerët.
iv-retail-why-you-a2-why = Logjike, por e humb rastin për ta prezantuar veten. Thjesht përmend tri pikat e tua më të mira.
iv-retail-why-you-a3 = Sepse kam shumë nevojë për këtë vend. Pa formim profesional do të jetë e vështirë për mua.
iv-retail-why-you-a3-why = E kuptueshme, por kjo është arsyeja jote, jo dobia për firmën. Thuaj çfarë i sjell ekipit.

## pay
iv-retail-pay = A e dini në fakt sa fitohet te ne gjatë formimit?
iv-retail-pay-friendly = Le të flasim edhe për paratë. A e dini sa do të fitonit gjatë formimit?
iv-retail-pay-a1 = Ka një pagesë formimi (Ausbildungsvergütung). Me ligj në vitin e parë janë të paktën 724 euro në muaj, dhe në njoftimin tuaj shkruhej që ju paguani 1.050 euro.
iv-retail-pay-a1-why = E di ligjin dhe shifrën nga njoftimi – përgatitje e përsosur. Në Gjermani të flasësh për para është krejtësisht normale.
iv-retail-pay-a2 = Pagën minimale, pra 13,90 euro në orë, apo jo?
iv-retail-pay-a2-why = Pothuajse: 13,90 euro është paga minimale për punët e zakonshme. Gjatë formimit merr në vend të saj pagesën e formimit (Ausbildungsvergütung): kush fillon në vitin 2026 merr të paktën 724 euro në muaj në vitin e parë.
iv-retail-pay-a3 = Kjo nuk është aq e rëndësishme për mua. Kryesorja është ta marr formimin.
iv-retail-pay-a3-why = Ke motivim, por duhet ta dish me çfarë do të jetosh. Mjafton një shikim i shpejtë te njoftimi.
iv-retail-pay-a4 = Më duhen të paktën 1.500 euro, përndryshe nuk ia vlen për mua.
iv-retail-pay-a4-why = Pothuajse asnjë firmë nuk paguan kaq në vitin e parë të formimit; kërkesa duket e painformuar. Nëse paratë nuk mjaftojnë, pyet në Agjencinë e Punës (Agentur für Arbeit) për ndihmën për formim profesional (BAB).

## info (statement)
iv-retail-info = Tani shkurt për ne: formimi zgjat tre vjet. Një ose dy ditë në javë jeni në shkollën profesionale (Berufsschule), ditët e tjera këtu në dyqan. Periudha e provës (Probezeit) zgjat katër muaj, dhe në vitin e parë paguajmë 1.050 euro në muaj.

## own-questions
iv-retail-own-questions = A keni ndonjë pyetje për ne?
iv-retail-own-questions-friendly = Mirë, tani është radha juaj: çfarë do të donit të dinit prej nesh?
iv-retail-own-questions-strict = Keni pyetje? Atëherë, ju lutem, konkretisht.
iv-retail-own-questions-a1 = Po: si duket viti i parë i formimit – në cilat reparte do të jem dhe kush është personi im i kontaktit?
iv-retail-own-questions-a1-why = Një pyetje për vetë formimin tregon interes të vërtetë. Pikërisht pyetje të tilla i mbajnë mend punëdhënësit.
iv-retail-own-questions-a2 = A i punësoni nxënësit në formim pas përfundimit? Dhe a ka kualifikime të mëtejshme, për shembull si Handelsfachwirt?
iv-retail-own-questions-a2-why = Mendon për të ardhmen tënde në firmë – kjo i pëlqen çdo firme. Handelsfachwirt është një kualifikim i vërtetë për ngritje në karrierë në tregti.
iv-retail-own-questions-a3 = Jo, faleminderit, i keni shpjeguar të gjitha.
iv-retail-own-questions-a3-why = E sjellshme, por pa asnjë pyetje duket lehtë si interes i pakët. Përgatit gjithmonë dy pyetje.
iv-retail-own-questions-a4 = Sa ditë pushim do të kem, dhe a mund të marr katër javë rresht pushim në verë?
iv-retail-own-questions-a4-why = Për pushimet mund të pyesësh, por si pyetje e vetme tingëllon sikur të intereson kryesisht koha e lirë. Bëj së pari një pyetje për punën.

## questions-probe (hard, picked own-questions 3)
iv-retail-questions-probe = Vërtet asnjë? Shumica e kandidatëve duan të dinë diçka.
iv-retail-questions-probe-a1 = Po, një: si është ekipi te banaku i produkteve të freskëta dhe kush do të më mësojë punën atje?
iv-retail-questions-probe-a1-why = E shpëtove mirë situatën! Një pyetje për ekipin tregon që e imagjinon tashmë punën e përditshme këtu.
iv-retail-questions-probe-a2 = Jo, vërtet jo.
iv-retail-questions-probe-a2-why = Tani duket si mungesë interesi. Shkruaj dy pyetje para intervistës.
iv-retail-questions-probe-a3 = Kur do të marr një përgjigje nga ju?
iv-retail-questions-probe-a3-why = Një pyetje praktike – më mirë se asnjë. Edhe më e fortë është një pyetje për vetë punën.

## goodbye
iv-retail-goodbye = Shumë faleminderit për bisedën. Do t'ju njoftojmë deri në fund të javës që vjen. Mirupafshim!
iv-retail-goodbye-friendly = Shumë faleminderit, ishte një bisedë e këndshme! Do të merrni lajm nga ne deri në fund të javës që vjen. Rrugë të mbarë për në shtëpi!
iv-retail-goodbye-strict = Mirë, kaq ishte. Përgjigjen do ta merrni deri në fund të javës që vjen. Mirupafshim.
