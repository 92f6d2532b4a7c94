# Intervista "magazina" (shqip): përkthimi i bisedës gjermane dhe komentet. Struktura: assets/dialogue/interview/warehouse.ron

iv-warehouse-title = Formim profesional si magazinier (Fachlagerist/in) – qendër logjistike
iv-warehouse-brief = Weserland Logistik GmbH është një firmë familjare në Kassel me 420 punonjës. Ajo ruan pjesë këmbimi për biçikleta dhe biçikleta elektrike dhe i dërgon ato te rreth 2.000 dyqane biçikletash në gjithë Evropën, duke punuar me tre turne nga e hëna në të premte. Formimi dyvjeçar si Fachlagerist/in paguhet 1.050 euro në muaj në vitin e parë dhe 1.150 euro në vitin e dytë; nxënësit në formim marrin lejen për pirun ngritës në firmë dhe shumica punësohen pas formimit.

iv-warehouse-welcome = Mirëdita dhe mirë se vini në Weserland Logistik. Quhem Kowalski dhe drejtoj formimin profesional këtu në qendrën logjistike. Ju lutem, uluni.
iv-warehouse-welcome-friendly = Përshëndetje dhe mirë se vini në Weserland Logistik! Quhem Kowalski dhe kujdesem për nxënësit tanë në formim. Më vjen mirë që erdhët – uluni, ju lutem!
iv-warehouse-welcome-strict = Mirëdita. Kowalski, drejtimi i formimit. Uluni, ju lutem. Kemi tridhjetë minuta.

iv-warehouse-smalltalk = E gjetët lehtë vendin? Dëshironi një gotë ujë?
iv-warehouse-smalltalk-a1 = Po, faleminderit. Erdha me autobus dhe isha këtu dhjetë minuta më herët. Një ujë e pi me kënaqësi.
iv-warehouse-smalltalk-a1-why = E sjellshme, e shkurtër dhe me «faleminderit» – dhe njëkohësisht tregon që erdhe në kohë. Përshtypje e parë e mirë.
iv-warehouse-smalltalk-a2 = Po.
iv-warehouse-smalltalk-a2-why = Një «po» e vetme pa «faleminderit» tingëllon e ftohtë dhe e pasjellshme. Në Gjermani biseda e shkurtër në fillim është pjesë e intervistës.
iv-warehouse-smalltalk-a3 = Me kënaqësi, faleminderit! Hyrja nuk gjendej lehtë, por pyeta në recepsion.
iv-warehouse-smalltalk-a3-why = E sjellshme dhe e sinqertë. Që pyete për rrugën në vend që të silleshe vërdallë, lë përshtypje të mirë.

iv-warehouse-intro = Ju lutem, na tregoni shkurt diçka për veten.
iv-warehouse-intro-strict = Ju lutem, prezantohuni. Shkurt, jo më shumë se dy minuta.
iv-warehouse-intro-a1 = Jam 19 vjeç dhe jetoj prej dy vitesh në Kassel. Kam bërë një kurs integrimi dhe gjatë një praktike në një dyqan materialesh ndërtimi kuptova që më pëlqen të punoj me mallra. Prandaj dua ta bëj këtë formim.
iv-warehouse-intro-a1-why = E shkurtër, me rregull dhe e lidhur me profesionin. Pikërisht këtë do të dëgjojë punëdhënësi kur prezantohesh.
iv-warehouse-intro-a2 = Erdha në Gjermani në vitin 2023. Më mirë po e tregoj që nga fillimi: fillimisht isha gjatë në rrugë, pastaj jetova në strehime të ndryshme …
iv-warehouse-intro-a2-why = Historia jote ka rëndësi, por këtu është shumë e gjatë dhe pa lidhje me punën. Thuaj me pak fjali kush je, çfarë ke bërë dhe pse e do këtë profesion.
iv-warehouse-intro-a3 = Çfarë doni të dini?
iv-warehouse-intro-a3-why = Kjo pyetje bëhet pothuajse në çdo intervistë. Pa një prezantim të shkurtër të përgatitur, dukesh pa përgatitje.

iv-warehouse-why-company = Pse aplikuat pikërisht te Weserland Logistik?
iv-warehouse-why-company-friendly = Na tregoni: çfarë ju tërhoqi te Weserland Logistik?
iv-warehouse-why-company-strict = Pse ne? Në Kassel ka shumë firma logjistike.
iv-warehouse-why-company-a1 = Ju dërgoni pjesë këmbimi biçikletash te dyqanet në gjithë Evropën – unë vetë ngas biçikletë çdo ditë dhe njoh shumë pjesë. Përveç kësaj lexova që nxënësit tuaj në formim e marrin lejen për pirun ngritës në firmë.
iv-warehouse-why-company-a1-why = Përmend dy fakte të vërteta për firmën dhe i lidh me veten. Kështu tregon që je informuar dhe që vërtet do të punosh këtu.
iv-warehouse-why-company-a2 = Magazina juaj arrihet lehtë me autobus nga banesa ime.
iv-warehouse-why-company-a2-why = Rruga e shkurtër është praktike, por punëdhënësi dëgjon: firma vetë nuk ka rëndësi. Fillimisht përmend diçka që të intereson te firma.
iv-warehouse-why-company-a3 = Kam aplikuar në shumë firma. Thjesht më duhet një vend formimi.
iv-warehouse-why-company-a3-why = E sinqertë, por punëdhënësi dëgjon: kjo është vetëm një mundësi nga shumë të tjera. Lexo më parë faqen e internetit dhe thuaj çfarë të pëlqen pikërisht te kjo firmë.
iv-warehouse-why-company-a4 = Një i njohur punon te ju në pranimin e mallrave dhe thotë që ekipi është i mirë. Dhe në faqen tuaj shkruan që shumicën e nxënësve në formim i punësoni më pas.
iv-warehouse-why-company-a4-why = Mirë: je informuar dhe njeh një pikë të fortë të firmës. Punësimi pas formimit tregon që mendon për afat të gjatë.

iv-warehouse-why-company-probe = Dhe çfarë dini për ne?
iv-warehouse-why-company-probe-a1 = Ju ruani pjesë këmbimi për biçikleta dhe biçikleta elektrike dhe furnizoni dyqane biçikletash në gjithë Evropën. Dhe punoni me tre turne.
iv-warehouse-why-company-probe-a1-why = Kështu e shpëton situatën: tregon që në fakt je informuar. Më mirë është ta thuash menjëherë te pyetja e parë.
iv-warehouse-why-company-probe-a2 = Ju jeni një firmë logjistike.
iv-warehouse-why-company-probe-a2-why = Këtë e di kushdo që qëndron para portës. Punëdhënësi dëgjon: nuk je përgatitur.
iv-warehouse-why-company-probe-a3 = Sinqerisht, jo shumë. Do të doja të mësoja më shumë për punën tuaj.
iv-warehouse-why-company-probe-a3-why = E sinqertë dhe miqësore, por mungon përgatitja. Dhjetë minuta në faqen e internetit të firmës mjaftojnë për një përgjigje të mirë.

iv-warehouse-strengths = Çfarë dini të bëni veçanërisht mirë? Ju lutem, përmendni dy pika të forta.
iv-warehouse-strengths-a1 = Punoj me saktësi dhe jam në formë të mirë fizike. Në praktikën në dyqanin e materialeve të ndërtimit vendosja mallra në rafte dhe i rendisja sipas numrit të artikullit – gjithmonë ishte në rregull.
iv-warehouse-strengths-a1-why = Dy pika të forta që vlejnë në magazinë dhe një shembull si provë. Kështu një pikë e fortë bëhet e besueshme.
iv-warehouse-strengths-a2 = Di të punoj në ekip, e përballoj stresin, jam fleksibël dhe komunikoj mirë.
iv-warehouse-strengths-a2-why = Katër fjalë të modës pa shembull tingëllojnë si të mësuara përmendsh. Më mirë: dy pika të forta dhe për secilën një shembull nga jeta jote.
iv-warehouse-strengths-a3 = Kam forcë dhe mund të ngre gjëra të rënda.
iv-warehouse-strengths-a3-why = Forca ndihmon, por në magazinë ngarkesat e rënda lëvizen me karroca paletash dhe pirun ngritës. Më të rëndësishme janë saktësia, besueshmëria dhe puna në ekip.
iv-warehouse-strengths-a4 = Mund të mbështeteni tek unë: në punën time të vogël në një dyqan pijesh në tetë muaj nuk u vonova asnjëherë. Dhe mësoj shpejt.
iv-warehouse-strengths-a4-why = Besueshmëria është shumë e rëndësishme në punën me turne, dhe ti e provon me një shembull konkret. Kjo bind.

iv-warehouse-strengths-probe = Që e përballojnë stresin, që janë fleksibël – këtë e thonë shumë. Ju lutem, më jepni një shembull konkret kur e përballuat një ngarkesë të madhe.
iv-warehouse-strengths-probe-a1 = Në dyqanin e pijeve të shtunave vinte shpesh një dërgesë e madhe, kur dyqani ishte plot. Ruajta qetësinë: fillimisht klientët, pastaj malli. Në mbrëmje gjithçka ishte në rafte.
iv-warehouse-strengths-probe-a1-why = Një situatë e vërtetë, çfarë bëre dhe rezultati. Kështu provon që fjala «e përballoj stresin» është e vërtetë.
iv-warehouse-strengths-probe-a2 = Thjesht jam kështu. Asgjë nuk më streson.
iv-warehouse-strengths-probe-a2-why = Pa shembull mbetet vetëm pohim, dhe «asgjë nuk më streson» nuk e beson pothuajse askush. Punëdhënësi do të shohë si e përballon stresin.
iv-warehouse-strengths-probe-a3 = Tani për tani nuk më vjen ndër mend një shembull. Por punoja çdo ditë krahas kursit të gjermanishtes.
iv-warehouse-strengths-probe-a3-why = Fjalia e dytë e shpëton disi: kursi dhe puna bashkë tregojnë qëndresë. Para intervistës mendo një shembull për çdo pikë të fortë.

iv-warehouse-weakness = Dhe ku i shihni ende dobësitë tuaja?
iv-warehouse-weakness-strict = Më thoni një dobësi – dhe çfarë bëni kundër saj.
iv-warehouse-weakness-a1 = Në telefon nuk e kuptoj gjithmonë gjermanishten e shpejtë. Prandaj në mbrëmje ndjek një kurs B2 dhe pyes përsëri kur nuk jam i/e sigurt që kam kuptuar.
iv-warehouse-weakness-a1-why = Një dobësi e vërtetë që nuk e rrezikon punën, dhe thua çfarë bën kundër saj. Pikërisht kështu përgjigjet kjo pyetje.
iv-warehouse-weakness-a2 = Dua që gjithçka të jetë tepër e përsosur.
iv-warehouse-weakness-a2-why = Këtë përgjigje e dëgjojnë shumë shpesh; tingëllon si marifet. Më mirë thuaj një dobësi të vërtetë e të vogël dhe çfarë ndryshon.
iv-warehouse-weakness-a3 = Ndonjëherë më mbaron durimi kur diçka zgjat shumë. Kam mësuar që së pari të pyes, para se të bëj diçka ndryshe vetë.
iv-warehouse-weakness-a3-why = E sinqertë dhe me zgjidhje. Në magazinë është e rëndësishme të pyesësh në vend që të veprosh me kokën tënde.
iv-warehouse-weakness-a4 = Nuk kam dobësi.
iv-warehouse-weakness-a4-why = Këtë nuk e beson askush. Punëdhënësi dëgjon: ky person nuk e njeh mirë veten ose nuk është i sinqertë.

iv-warehouse-cv-gap = Në jetëshkrimin tuaj shoh një boshllëk nga marsi 2024 deri në qershor 2025. Çfarë bëtë në atë kohë?
iv-warehouse-cv-gap-friendly = Vura re që midis marsit 2024 dhe qershorit 2025 nuk shkruan asgjë në jetëshkrim. Më tregoni qetë çfarë bëtë atëherë.
iv-warehouse-cv-gap-strict = Nga marsi 2024 deri në qershor 2025 nuk ka asgjë në jetëshkrimin tuaj. Ju lutem, ma shpjegoni.
iv-warehouse-cv-gap-a1 = Ndoqa një kurs integrimi dhe mësova gjermanisht deri në nivelin B1. Krahas kësaj kisha një punë të vogël në një dyqan pijesh. Do ta shtoj në jetëshkrim.
iv-warehouse-cv-gap-a1-why = Qartë dhe pozitivisht: mësove dhe punove. Shëno gjithmonë kurset e gjuhës dhe punët e vogla në jetëshkrim – atëherë nuk ka boshllëk.
iv-warehouse-cv-gap-a2 = Prisja lejen e punës dhe nuk më lejohej të punoja. Në atë kohë mësova gjermanisht me aplikacione dhe ndihmova xhaxhain në dyqanin e tij.
iv-warehouse-cv-gap-a2-why = E sinqertë dhe pa justifikime. Punëdhënësi dëgjon që e shfrytëzove mirë kohën e pritjes.
iv-warehouse-cv-gap-a3 = Asgjë të veçantë. Rrija në shtëpi.
iv-warehouse-cv-gap-a3-why = Punëdhënësi dëgjon: ky person nuk bëri asgjë për një vit. Pothuajse gjithmonë ka pasur diçka – mësimi i gjermanishtes, ndihma për familjen, takimet në zyra. Thuaje këtë.
iv-warehouse-cv-gap-a4 = Kjo nuk ka rëndësi për vendin e punës.
iv-warehouse-cv-gap-a4-why = Përgjigjja tingëllon mbrojtëse, sikur ke diçka për të fshehur. Nuk je i/e detyruar të tregosh detaje private, por një fjali e shkurtër është më mirë.

iv-warehouse-cv-gap-probe = Një vit është kohë e gjatë. Çfarë mësuat ose çfarë kryet? Edhe gjërat e vogla vlejnë.
iv-warehouse-cv-gap-probe-a1 = Kujdesesha për vëllezërit dhe motrat më të vegjël dhe i çoja çdo mëngjes në shkollë, sepse nëna punonte. Duhej të isha gjithmonë në kohë.
iv-warehouse-cv-gap-probe-a1-why = Kjo është përgjegjësi, dhe ti e lidh me përpikërinë. Kështu «boshllëku» bëhet pikë e fortë.
iv-warehouse-cv-gap-probe-a2 = Mësova gjermanisht me aplikacione dhe i kreva vetë shumë punë në zyrat shtetërore.
iv-warehouse-cv-gap-probe-a2-why = Mirë: mësimi i gjermanishtes dhe kryerja vetë e punëve në zyra tregojnë pavarësi. Thuaji gjëra të tilla që te pyetja e parë.
iv-warehouse-cv-gap-probe-a3 = Në fakt asgjë.
iv-warehouse-cv-gap-probe-a3-why = As pas pyetjes së dytë nuk ka përgjigje – punëdhënësi dëgjon mungesë motivimi. Mendo më parë çfarë bëre vërtet në atë kohë.

iv-warehouse-certificates = Diplomën e shkollës e keni marrë jashtë vendit. A njihet ajo në Gjermani?
iv-warehouse-certificates-a1 = Po. Zyra për njohjen e dëftesave e barazoi diplomën time me Hauptschulabschluss. Vendimin ia kam bashkëngjitur aplikimit.
iv-warehouse-certificates-a1-why = Shumë mirë: e njeh procedurën dhe e ke provën me vete. Kjo i kursen punë firmës dhe tregon përgatitje.
iv-warehouse-certificates-a2 = Procedura është ende në vazhdim. Kam dorëzuar një përkthim të noterizuar dhe më ndihmon qendra e këshillimit. Vendimin do ta dërgoj sapo ta marr.
iv-warehouse-certificates-a2-why = Mirë: je kujdesur dhe thua qartë si vazhdon. Një njohje që është ende në proces nuk është problem për punëdhënësin.
iv-warehouse-certificates-a3 = Jo, dëftesa ime këtu gjithsesi nuk vlen.
iv-warehouse-certificates-a3-why = Mos hiq dorë nga dëftesa jote: zyra për njohjen e dëftesave (Zeugnisanerkennungsstelle) e landit tënd e krahason me një diplomë gjermane (për diplomat profesionale oda përkatëse, shih «Anerkennung in Deutschland»). Shpesh ajo njihet.
iv-warehouse-certificates-a4 = A është e nevojshme? Për punë në magazinë nuk të duhet diplomë.
iv-warehouse-certificates-a4-why = Ligjërisht për një formim profesional nuk kërkohet një diplomë e caktuar, por firmat duan të shohin çfarë ke mësuar. Kundërpyetja tingëllon përçmuese.

iv-warehouse-german = Si e vlerësoni gjermanishten tuaj? Në shkollën profesionale dhe në udhëzimet e sigurisë gjithçka është në gjermanisht.
iv-warehouse-german-a1 = Kam certifikatën B1. Në jetën e përditshme ia dal mirë. Fjalët profesionale i shënoj dhe pyes kur nuk kuptoj diçka.
iv-warehouse-german-a1-why = Përmend nivelin me provë dhe tregon si i trajton mangësitë. Të pyesësh është veçanërisht e rëndësishme te rregullat e sigurisë.
iv-warehouse-german-a2 = Shumë mirë.
iv-warehouse-german-a2-why = Shumë shkurt dhe pa provë. Përmend nivelin (p.sh. B1) dhe një certifikatë – punëdhënësi e dëgjon gjermanishten tënde pikërisht tani.
iv-warehouse-german-a3 = Ende jo shumë mirë. Por do ta mësoj në shkollën profesionale.
iv-warehouse-german-a3-why = Shkolla profesionale mëson lëndët e profesionit, nuk është kurs gjermanishteje. Më mirë thuaj çfarë bën vetë për gjermanishten tënde.
iv-warehouse-german-a4 = Kam B1 dhe tani në mbrëmje ndjek një kurs gjuhe profesionale B2. Dua të eci mirë në shkollën profesionale.
iv-warehouse-german-a4-why = Shumë mirë: niveli, prova dhe një plan. Punëdhënësi dëgjon që vazhdon të mësosh me iniciativën tënde.

iv-warehouse-german-hard = Mirë, atëherë ju lutem ma shpjegoni në gjermanisht: çfarë ndodh në pranimin e mallrave?
iv-warehouse-german-hard-a1 = Kontrollohet dërgesa: a përputhet sasia me fletëdërgesën, a ka diçka të dëmtuar? Pastaj malli regjistrohet në sistem dhe çohet në vendin e vet në magazinë.
iv-warehouse-german-hard-a1-why = E saktë nga ana profesionale dhe e shpjeguar me hapa të qartë. Tregon njëkohësisht gjermanishten dhe njohuritë e tua.
iv-warehouse-german-hard-a2 = Aty hyn malli.
iv-warehouse-german-hard-a2-why = E vërtetë, por nuk thotë pothuajse asgjë. Përpiqu t'i shpjegosh hapat me dy-tri fjali – mjaftojnë fjalë të thjeshta.
iv-warehouse-german-hard-a3 = Ende nuk e di saktësisht. Mendoj se kontrollohen pakot. Këtë dua ta mësoj gjatë formimit.
iv-warehouse-german-hard-a3-why = E sinqertë dhe në gjermanisht të mirë, por mund të ishe informuar më parë. Pranimi i mallrave është ndër detyrat e para në këtë profesion.

iv-warehouse-shifts = Ne punojmë me tre turne: turni i mëngjesit nga ora 6, turni i pasdites deri në orën 22 dhe turni i natës. Nxënësit në formim mbi 18 vjeç caktohen ndonjëherë edhe natën. Si ju përshtatet kjo?
iv-warehouse-shifts-factual = Mëngjesi 6–14, pasditja 14–22, nata 22–6, ndërrohet çdo javë. Nga mosha 18 vjeç edhe turni i natës. A ju përshtatet?
iv-warehouse-shifts-a1 = Më përshtatet. Jam 19 vjeç dhe jam përgatitur për këtë. Sa shpesh punon një nxënës në formim në turnin e natës?
iv-warehouse-shifts-a1-why = Pranim i qartë dhe një pyetje e mirë. Punëdhënësi dëgjon: ky person ka menduar për punën me turne.
iv-warehouse-shifts-a2 = Asnjë problem, mund të punoj gjithmonë, edhe në fundjavë, edhe dymbëdhjetë orë rresht.
iv-warehouse-shifts-a2-why = Kjo tingëllon e tepruar dhe jorealiste: në Gjermani zakonisht lejohen jo më shumë se dhjetë orë në ditë. Thuaj sinqerisht çfarë të përshtatet.
iv-warehouse-shifts-a3 = Turni i mëngjesit dhe i pasdites shkojnë mirë. Natën është e vështirë, sepse në mëngjes e çoj motrën e vogël në shkollë. A mund të flasim për këtë?
iv-warehouse-shifts-a3-why = E sinqertë dhe e orientuar drejt zgjidhjes: thua arsyen dhe ofron një bisedë. Kështu thuhet drejt një kufizim.
iv-warehouse-shifts-a4 = Turn nate nuk bëj.
iv-warehouse-shifts-a4-why = E thënë kaq ashpër tingëllon sikur nuk je gati t'i përshtatesh firmës. Nëse ka një arsye, thuaje dhe pyet për një zgjidhje.

iv-warehouse-shifts-family = Faleminderit për sinqeritetin. A ka dikush që mund ta çojë motrën tuaj në shkollë pas një turni nate?
iv-warehouse-shifts-family-a1 = Nëna ime është e lirë të martën dhe të enjten. Nëse turnet e natës bien para këtyre ditëve, funksionon. Për ditët e tjera do të flas me familjen.
iv-warehouse-shifts-family-a1-why = Sjell një zgjidhje konkrete. Punëdhënësi sheh: me ty mund të planifikohet.
iv-warehouse-shifts-family-a2 = Jo, këtë mund ta bëj vetëm unë.
iv-warehouse-shifts-family-a2-why = E sinqertë, por pa asnjë zgjidhje. Mendo më parë çfarë do të ishte e mundur, për shembull ditë të caktuara ose ndihmë nga fqinjët.
iv-warehouse-shifts-family-a3 = Ende nuk e di. Do ta sqaroj deri në fund të javës dhe do t'ju njoftoj.
iv-warehouse-shifts-family-a3-why = Mirë: nuk premton diçka të pavërtetë dhe jep një afat. Pastaj mbaje patjetër.

iv-warehouse-punctuality = Turni i mëngjesit fillon në orën 6, atëherë të gjithë janë të ndërruar dhe në vendin e punës. Si do të vini tek ne në mëngjes?
iv-warehouse-punctuality-a1 = E kam provuar: autobusi i parë niset në 5:12 dhe arrin këtu në 5:40. Me biçikletë më duhen 25 minuta – ky është plani im B.
iv-warehouse-punctuality-a1-why = Shkëlqyeshëm: e ke provuar rrugën dhe ke një plan B. Në Gjermani përpikëria është e domosdoshme në punën me turne.
iv-warehouse-punctuality-a2 = Do t'ia dal disi.
iv-warehouse-punctuality-a2-why = Punëdhënësi dëgjon: ky person nuk ka menduar ende për këtë. Shiko më parë cili autobus të sjell në kohë.
iv-warehouse-punctuality-a3 = Me autobus. Nëse ai vonohet, nuk është faji im.
iv-warehouse-punctuality-a3-why = Vonesa e autobusit nuk është faji yt, por të jesh në kohë është detyra jote. Kush përgjigjet kështu duket sikur ia kalon përgjegjësinë dikujt tjetër.
iv-warehouse-punctuality-a4 = Marr autobusin e 5:30, ai arrin në 5:58.
iv-warehouse-punctuality-a4-why = E planifikuar, por shumë ngushtë: në orën 6 duhet të jesh në vend, i/e ndërruar dhe me këpucë sigurie. Llogarit 15 deri në 20 minuta rezervë.

iv-warehouse-punctuality-late = Dhe nëse megjithatë një ditë vonoheni – çfarë bëni?
iv-warehouse-punctuality-late-a1 = E telefonoj përgjegjësin e turnit para fillimit të turnit, i them afërsisht kur do të arrij dhe vij sa më shpejt.
iv-warehouse-punctuality-late-a1-why = Plotësisht e saktë: të telefonosh më parë, jo të shpjegosh më pas. Kështu turni mund ta rishpërndajë punën.
iv-warehouse-punctuality-late-a2 = I shkruaj një mesazh një kolegu dhe ai ua thotë të tjerëve.
iv-warehouse-punctuality-late-a2-why = Më mirë se asgjë, por mesazhi mund të humbasë. Njofto vetë personin përgjegjës, më mirë me telefon.
iv-warehouse-punctuality-late-a3 = Thjesht vij pak më vonë dhe e shpjegoj atëherë.
iv-warehouse-punctuality-late-a3-why = Vonesa pa njoftuar askënd konsiderohet e pasjellshme dhe e pabesueshme. Në punën me turne pret një ekip i tërë.

iv-warehouse-picking = Gjatë përgatitjes së porosive merrni një porosi në skanerin e dorës, merrni pjesët nga rafti dhe skanoni secilën. Çfarë është më e rëndësishme për ju: shpejtësia apo saktësia?
iv-warehouse-picking-strict = Tek ne në përgatitjen e porosive numërohet çdo gabim. Shpejtësia apo saktësia – cila është më e rëndësishme?
iv-warehouse-picking-a1 = Së pari saktësia. Një dërgesë e gabuar i kushton dyqanit të biçikletave kohë dhe juve para. Kur t'i njoh proceset, do të punoj edhe më shpejt.
iv-warehouse-picking-a1-why = Pikërisht këtë do të dëgjojë një magazinë: gabimet kushtojnë shtrenjtë, shpejtësia vjen me praktikën. Madje mendon edhe për klientin.
iv-warehouse-picking-a2 = Shpejtësia. Sa më shpejt, aq më mirë.
iv-warehouse-picking-a2-why = Shpejtësia ka rëndësi, por malli i paketuar gabim duhet kthyer mbrapsht. Punëdhënësi dëgjon: ky person gabon lehtë.
iv-warehouse-picking-a3 = Të dyja. E skanoj çdo pjesë dhe krahasoj numrin e artikullit dhe sasinë para se ta vendos në kuti.
iv-warehouse-picking-a3-why = Mirë: përshkruan konkretisht si punon me kujdes. Kjo tregon që e ke kuptuar procesin.
iv-warehouse-picking-a4 = Skaneri i bën të gjitha, s'mund të gabosh.
iv-warehouse-picking-a4-why = Skaneri ndihmon, por njerëzit kapin në ndarjen e gabuar ose skanojnë dy herë. Punëdhënësi dëgjon: ky person e nënvlerëson punën.

iv-warehouse-picking-error = Pas paketimit vini re se ndoshta keni skanuar një sasi të gabuar. Kutia është mbyllur tashmë. Çfarë bëni?
iv-warehouse-picking-error-a1 = E njoftoj menjëherë përgjegjësin e turnit. Pastaj e hapim kutinë, kontrollojmë përmbajtjen dhe korrigjojmë regjistrimin.
iv-warehouse-picking-error-a1-why = Saktë: gabimet raportohen menjëherë dhe rregullohen bashkë. Në magazinë sinqeriteti për gabimet ka më shumë rëndësi se të mos gabosh kurrë.
iv-warehouse-picking-error-a2 = E lë ashtu. Nëse ankohet klienti, mund të sqarohet edhe më vonë.
iv-warehouse-picking-error-a2-why = Atëherë dyqani i biçikletave merr mall të gabuar dhe gjendja në sistem nuk është më e saktë. Punëdhënësi dëgjon: këtij personi nuk i bëjnë përshtypje gabimet.
iv-warehouse-picking-error-a3 = E hap vetë kutinë përsëri dhe e rregulloj pa i thënë gjë askujt, që të mos kem probleme.
iv-warehouse-picking-error-a3-why = Mirë që do ta rregullosh, por edhe regjistrimi në sistem duhet të jetë i saktë. Fshehja e gabimit është më e keqe se vetë gabimi.

iv-warehouse-safety = Tek ne këpucët e sigurisë dhe jeleku reflektues janë të detyrueshme. Pse është kjo kaq e rëndësishme në magazinë?
iv-warehouse-safety-a1 = Lëvizin pirunë ngritës dhe karroca paletash, dhe kutitë e rënda mund të bien. Këpucët kanë majë çeliku, dhe me jelekun më sheh shoferi i pirunit.
iv-warehouse-safety-a1-why = E kupton arsyen pas rregullit. Kush i kupton rregullat e sigurisë, edhe i respekton – kjo e qetëson çdo punëdhënës.
iv-warehouse-safety-a2 = Sepse është rregull.
iv-warehouse-safety-a2-why = E vërtetë, por nuk tregon që i njeh rreziqet. Jep një shembull, si kutitë që bien ose pirunët ngritës.
iv-warehouse-safety-a3 = A duhet t'i blej vetë këpucët?
iv-warehouse-safety-a3-why = Pyetje e drejtë (veshjen mbrojtëse duhet ta sigurojë punëdhënësi), por i shmangesh pyetjes. Përgjigju së pari, pastaj pyet.

iv-warehouse-forklift = A keni tashmë leje për pirun ngritës?
iv-warehouse-forklift-a1 = Jo, ende jo. Por do të doja shumë ta merrja. A është e mundur te ju gjatë formimit?
iv-warehouse-forklift-a1-why = E sinqertë dhe me interes, me një pyetje të përshtatshme. Edhe më mirë do të ishte të dije që firma e ofron këtë leje.
iv-warehouse-forklift-a2 = Në vendin tim kam drejtuar pirun ngritës, por nuk kam leje gjermane. Trajnimin e bëj me kënaqësi këtu.
iv-warehouse-forklift-a2-why = Mirë: ke përvojë dhe e di që në Gjermani të duhet një trajnim dhe një autorizim me shkrim nga firma për ta drejtuar.
iv-warehouse-forklift-a3 = Jo, por di ta drejtoj. Kushëriri ma tregoi në një oborr.
iv-warehouse-forklift-a3-why = Drejtimi i pirunit ngritës pa trajnim në Gjermani është i ndaluar dhe i rrezikshëm. Punëdhënësi dëgjon: ky person nuk e merr seriozisht sigurinë.
iv-warehouse-forklift-a4 = Jo. Lexova që nxënësit tuaj në formim e marrin në firmë – e pres me kënaqësi.
iv-warehouse-forklift-a4-why = Shumë mirë: njeh një ofertë të firmës dhe tregon entuziazëm. Një përgatitje e tillë bie në sy.

iv-warehouse-teamwork = Në magazinë punoni shumë në ekip. Tregoni një situatë kur keni bashkëpunuar mirë me të tjerët.
iv-warehouse-teamwork-a1 = Gjatë praktikës erdhi një dërgesë e madhe. E ndamë punën: unë i hapja dhe i kontrolloja pakot, një koleg i vendoste në rafte. Kështu mbaruam para se të hapej dyqani.
iv-warehouse-teamwork-a1-why = Një situatë konkrete nga puna, me ndarje detyrash dhe rezultat. Pikërisht kështu funksionon puna në ekip në magazinë.
iv-warehouse-teamwork-a2 = Më pëlqen më shumë të punoj vetëm, kështu punoj më shpejt. Por natyrisht mund edhe në ekip.
iv-warehouse-teamwork-a2-why = E sinqertë, por e kundërta e asaj që u pyet. Në magazinë puna jote varet nga të tjerët – jep një shembull kur puna në ekip të ka dalë mirë.
iv-warehouse-teamwork-a3 = Prej dy vitesh luaj në një klub futbolli. Vijmë nga gjashtë vende, dhe në fushë flasim të gjithë gjermanisht dhe ndihmojmë njëri-tjetrin.
iv-warehouse-teamwork-a3-why = Një shembull i mirë nga koha e lirë që tregon frymë ekipi dhe gjermanisht. Shto edhe çfarë merr prej tij për punën.

iv-warehouse-pay = Le të kalojmë te paga e formimit. A jeni informuar tashmë për të?
iv-warehouse-pay-a1 = Po. Sipas ligjit në vitin e parë është të paktën 724 euro në muaj. Në faqen tuaj shkruan që ju paguani 1.050 euro. Më duket mirë.
iv-warehouse-pay-a1-why = E njeh minimumin ligjor dhe ofertën e firmës. Kjo tregon përgatitje pa u dukur kërkues.
iv-warehouse-pay-a2 = Pres të paktën pagën minimale, pra 13,90 euro në orë.
iv-warehouse-pay-a2-why = Paga minimale (Mindestlohn) nuk vlen për nxënësit në formim. Për formimin profesional ka një pagesë minimale të veçantë formimi: për ata që fillojnë në vitin 2026, të paktën 724 euro në muaj në vitin e parë; shumë firma paguajnë më shumë.
iv-warehouse-pay-a3 = Paratë nuk kanë rëndësi për mua.
iv-warehouse-pay-a3-why = Këtë nuk e beson askush, dhe as nuk është e nevojshme. Është normale dhe në rregull të informohesh për pagën.
iv-warehouse-pay-a4 = Ende jo saktësisht. A mund të më thoni sa është paga në vitin e parë dhe të dytë?
iv-warehouse-pay-a4-why = Të pyesësh është në rregull dhe e sjellshme. Më mirë është të shikosh më parë në faqen e internetit ose te oda – atëherë pyet më saktë.

iv-warehouse-own-questions = A keni ndonjë pyetje për ne?
iv-warehouse-own-questions-friendly = Epo, tani është radha juaj: çfarë do të donit të dinit prej nesh?
iv-warehouse-own-questions-strict = Keni pyetje? Na kanë mbetur pesë minuta.
iv-warehouse-own-questions-a1 = Po: si zhvillohet përshtatja në punë në javët e para, dhe a do të kem një person të caktuar kontakti?
iv-warehouse-own-questions-a1-why = Pyetje shumë e mirë: tregon që tashmë e përfytyron veten duke punuar këtu dhe që do të mësosh mirë.
iv-warehouse-own-questions-a2 = Jo, gjithçka është e qartë.
iv-warehouse-own-questions-a2-why = Asnjë pyetje duket si mungesë interesi. Përgatit dy-tri pyetje, për shembull për përshtatjen në punë ose për shkollën profesionale.
iv-warehouse-own-questions-a3 = Sa ditë pushimi kam dhe kur mund të marr pushim?
iv-warehouse-own-questions-a3-why = Pyetje e lejuar, por nëse është e vetmja, punëdhënësi dëgjon: koha e lirë ka më shumë rëndësi se puna. Pyet së pari për vetë punën.
iv-warehouse-own-questions-a4 = Sa zgjat periudha e provës, dhe sa nxënës në formim i punësoni pas formimit?
iv-warehouse-own-questions-a4-why = Pyetje të mira që tregojnë se planifikon për afat të gjatë. Në formimin profesional periudha e provës (Probezeit) zgjat një deri në katër muaj.

iv-warehouse-manners = Edhe një koment para se të largoheni: kujdesuni për një ton të sjellshëm. Në firmë respekti ndaj përgjegjësve të turnit dhe kolegëve është shumë i rëndësishëm.
iv-warehouse-manners-friendly = Edhe një këshillë e vogël nga unë: një ton miqësor bën shumë. Një «ju lutem» dhe «faleminderit», dhe një telefonatë kur diçka nuk shkon – këtë e vlerëson çdo ekip.

iv-warehouse-goodbye = Faleminderit shumë për bisedën. Do t'ju kontaktojmë deri në fund të javës së ardhshme. Rrugë të mbarë për në shtëpi!
iv-warehouse-goodbye-friendly = Faleminderit shumë, më erdhi shumë mirë për bisedën! Do të keni lajme prej nesh deri në fund të javës së ardhshme. Gjithë të mirat dhe një ditë të bukur!
iv-warehouse-goodbye-strict = Faleminderit. Do të merrni një përgjigje deri në fund të javës së ardhshme. Mirupafshim.
