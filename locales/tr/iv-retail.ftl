# Mülakat: perakende satış meslek eğitimi (Kaufmann/Kauffrau im Einzelhandel), süpermarket (assets/dialogue/interview/retail.ron)

iv-retail-title = Perakende satış meslek eğitimi (Kaufmann/Kauffrau im Einzelhandel) – süpermarket
iv-retail-brief = Sommer Frischmarkt, 1987'de kurulmuş, Bielefeld ve çevresinde dört süpermarketi olan bir aile şirketidir. Peynir, şarküteri ve salataların bulunduğu büyük taze ürün tezgâhı, yöresel bir fırından gelen ekmeği ve yakındaki çiftliklerden gelen meyve ve sebzeleriyle tanınır. Üç yıllık perakende satış meslek eğitimine (Ausbildung) başvuruyorsun: kasa, taze ürün tezgâhı, mal kabulü ve müşteri danışmanlığı. Market pazartesiden cumartesiye 7:00 ile 21:00 arası açıktır; ilana göre eğitimin ilk yılında ayda 1.050 euro ödüyor.

## welcome
iv-retail-welcome = İyi günler, ben Albers Hanım, Sommer Frischmarkt'ın bu şubesinin müdürüyüm. Lütfen oturun. Bugün perakende satış meslek eğitimi hakkında konuşacağız.
iv-retail-welcome-friendly = Merhaba, hoş geldiniz! Ben Albers Hanım, bu marketi yönetiyorum. Geldiğinize sevindim – buyurun oturun, masadaki su sizin için.
iv-retail-welcome-strict = İyi günler. Albers, market müdürlüğü. Oturun. Yirmi dakikamız var, hemen başlayalım.

## smalltalk (friendly only)
iv-retail-smalltalk = Bizi kolay bulabildiniz mi?
iv-retail-smalltalk-a1 = Evet, teşekkürler! Otobüsle geldim, hatta on dakika erken buradaydım.
iv-retail-smalltalk-a1-why = Samimi ve kısa – üstelik dakik olduğunu da göstermiş oluyorsun. İyi bir sohbet böyle başlar.
iv-retail-smalltalk-a2 = Evet.
iv-retail-smalltalk-a2-why = Yanlış değil ama çok kısa. Bu soru bir sohbet davetidir; bir cümle daha eklemek daha açık görünür.
iv-retail-smalltalk-a3 = Pek değil, otobüs çok doluydu ve uzun süre yürümek zorunda kaldım. Marketiniz gerçekten kötü bir yerde.
iv-retail-smalltalk-a3-why = Dürüst ama şikâyetle başlıyor ve hemen konumu eleştiriyorsun. Bu yüzden ilk izlenim olumsuz oluyor.

## intro
iv-retail-intro = Lütfen bize kısaca kendinizden bahseder misiniz?
iv-retail-intro-friendly = Bana biraz kendinizden bahsedin: Kimsiniz ve şu anda ne yapıyorsunuz?
iv-retail-intro-factual = Geçmişinizle başlayalım: okul, Almanca, deneyim. Lütfen iki dakikada.
iv-retail-intro-strict = Kendinizi tanıtın. Kısaca lütfen – en önemlisi yeterli.
iv-retail-intro-a1 = 19 yaşındayım ve iki yıldır Almanya'da yaşıyorum. Kendi ülkemde on yıl okula gittim, burada uyum kursunu tamamladım. Bir fırında yaptığım staj sırasında satış yapmayı sevdiğimi fark ettim.
iv-retail-intro-a1-why = Kısa, düzenli ve meslekle bağlantılı. Müdür şunu duyar: Bu kişi ne istediğini biliyor.
iv-retail-intro-a2 = 19 yaşındayım, yurt dışından geldim ve iş arıyorum. Aslında ne olursa.
iv-retail-intro-a2-why = “Ne olursa” demek, bu eğitimi aslında istemiyormuşsun gibi duyulur. İşverenler tam olarak bu mesleği seçen insanları arar.
iv-retail-intro-a3 = Şöyle, çocukluğumdan başlayayım: Çok taşındık, dört kardeşim var, amcamın eskiden bir dükkânı vardı, sonra da …
iv-retail-intro-a3-why = Bütün hayat hikâyeni anlatıyorsun. Okul, Almanca, deneyim ve istediğin meslek hakkında iki dakika daha iyi olur.

## why-job
iv-retail-why-job = Neden perakende satış alanında meslek eğitimi almak istiyorsunuz?
iv-retail-why-job-strict = Neden özellikle perakende? Birçok kişi bunu sadece geçici bir iş olarak görüyor.
iv-retail-why-job-a1 = İnsanlarla çalışmayı seviyorum ve hiçbir gün diğerine benzemiyor. Stajda müşterilere danışmanlık yaptım ve bu çok hoşuma gitti. İleride daha fazla sorumluluk almak, örneğin bir reyonu yönetmek istiyorum.
iv-retail-why-job-a1-why = Kendi deneyiminden bir neden ve gelecek için bir hedef – bu samimi duyulur ve kalmak istediğini gösterir.
iv-retail-why-job-a2 = Çünkü süpermarketlerde çok boş kadro var ve hızlıca bir şey bulunuyor.
iv-retail-why-job-a2-why = Doğru olabilir ama bu mesleği istemen için bir neden değil. Müdür şunu duyar: Bu kişi ne bulursa onu alıyor.
iv-retail-why-job-a3 = Babamın küçük bir dükkânı vardı, orada sık sık yardım ettim. Yani bu işi biraz tanıyorum.
iv-retail-why-job-a3-why = Güzel bir deneyim! Bu işte neyi sevdiğini de söylersen cevap daha da güçlü olur.

## why-company
iv-retail-why-company = Neden özellikle bize başvurdunuz?
iv-retail-why-company-friendly = Marketimizde sizi ne etkiledi?
iv-retail-why-company-strict = Burada bir sürü süpermarket var. Neden Sommer Frischmarkt?
iv-retail-why-company-a1 = Burada sık sık alışveriş yapıyorum. Büyük taze ürün tezgâhınızı ve yöredeki çiftliklerden gelen bol meyve ve sebzenizi seviyorum. Bir aile şirketi olduğunuzu ve her yıl çırak yetiştirdiğinizi de okudum.
iv-retail-why-company-a1-why = Bu market hakkında somut şeyler söylüyorsun. Bu, hazırlandığını ve özellikle bu şirketi istediğini gösterir.
iv-retail-why-company-a2 = Evime yakınsınız, yürüyerek gelebilirim.
iv-retail-why-company-a2-why = Yolun kısa olması pratik ama yakındaki her dükkân için geçerli. Sadece bu markete uyan bir şey daha ekle.
iv-retail-why-company-a3 = Birçok süpermarkete başvurdum, ilk cevap veren siz oldunuz.
iv-retail-why-company-a3-why = Dürüst ama müdür şunu duyar: Bizim yerimize herhangi biri olabilirdi. Burada neyi sevdiğini söylemen daha iyi olur.
iv-retail-why-company-a4 = Süpermarketleri genel olarak seviyorum, siz de iyi bir süpermarketsiniz.
iv-retail-why-company-a4-why = Bu çok genel. Somut bir örnek olmadan ezberlenmiş gibi duyulur.

## company-probe (hard)
iv-retail-company-probe = O zaman açıkça sorayım: Şirketimiz hakkında ne biliyorsunuz?
iv-retail-company-probe-a1 = Bielefeld ve çevresinde dört marketiniz var, ekmeğiniz de yöresel bir fırından geliyor.
iv-retail-company-probe-a1-why = İlandan veya web sitesinden iki doğru bilgi – ikna etmek için bu bile yeterli.
iv-retail-company-probe-a2 = Açıkçası pek bir şey bilmiyorum. Bana market hakkında biraz bilgi verebilir misiniz?
iv-retail-company-probe-a2-why = Dürüst ve kibar, ama hazırlıksız olduğunu gösteriyor. Her görüşmeden önce şirketin web sitesini oku.
iv-retail-company-probe-a3 = Almanya'nın her yerinde şubesi olan büyük bir zincirsiniz.
iv-retail-company-probe-a3-why = Bu doğru değil: Sommer Frischmarkt dört marketi olan bir aile şirketi. Yanlış bilgi, hiç bilgi olmamasından daha kötü görünür.

## strengths
iv-retail-strengths = Güçlü yönleriniz nelerdir?
iv-retail-strengths-friendly = En iyi yaptığınız şeyler neler? Rahatça anlatın.
iv-retail-strengths-strict = Bana iki güçlü yönünüzü söyleyin – ve lütfen sadece “takım çalışmasına yatkınım” demeyin.
iv-retail-strengths-a1 = Güler yüzlüyüm ve insanlara açık davranırım. Ayrıca Almancanın yanında iki dil daha konuşuyorum – bu bazı müşterilerde işe yarıyor.
iv-retail-strengths-a1-why = Kasada ve tezgâhta gerçekten önemli olan iki güçlü yön. Bildiğin diller gerçek bir avantaj, mutlaka söyle.
iv-retail-strengths-a2 = Güvenilir ve düzenliyim. Stajda her sabah ekmekleri rafa dizdim ve hiç geç kalmadım.
iv-retail-strengths-a2-why = Örnekle anlatılan bir güçlü yön – böylece inandırıcı olur. Vardiyalı işte güvenilirlik özellikle önemlidir.
iv-retail-strengths-a3 = Aslında özel bir güçlü yönüm yok. Bana ne söylenirse onu yaparım.
iv-retail-strengths-a3-why = Alçakgönüllülük hoş, ama sunacak hiçbir şeyin yokmuş gibi duyuluyor. Herkesin güçlü yönleri vardır – iki tane hazırla.

## strengths-example (picked strengths 1)
iv-retail-strengths-example = Kulağa hoş geliyor. Bunun size yardımcı olduğu bir örnek verebilir misiniz?
iv-retail-strengths-example-a1 = Stajda neredeyse hiç Almanca bilmeyen yaşlı bir müşteri geldi. Ona kendi dilinde hangi ekmeğin fındıksız olduğunu anlattım. O zamandan beri her hafta geliyor.
iv-retail-strengths-example-a1-why = Sonucu olan küçük ve somut bir hikâye. Tam da akılda kalan türden bir örnek.
iv-retail-strengths-example-a2 = Şu an aklıma bir örnek gelmiyor ama herkes güler yüzlü olduğumu söyler.
iv-retail-strengths-example-a2-why = Örnek olmadan güçlü yön sadece bir iddia olarak kalır. Okuldan, stajdan veya günlük hayattan bir durumu önceden düşün.
iv-retail-strengths-example-a3 = Futbol kulübümde yaz şenliğinde içeceklerle ilgileniyorum ve bütün misafirlerle sohbet ediyorum.
iv-retail-strengths-example-a3-why = Boş zamandan örnekler de sayılır. İnsanlarla ilgilenmeyi sevdiğini gösterirler.

## weakness
iv-retail-weakness = Peki zayıf yönleriniz neler?
iv-retail-weakness-friendly = Peki hâlâ zorlandığınız bir şey var mı?
iv-retail-weakness-strict = Ya zayıf yönleriniz? Dürüst bir cevap istiyorum.
iv-retail-weakness-a1 = Bir şey yavaş gidince bazen sabırsızlanıyorum. Sakin kalmayı ve önce dinlemeyi çalışıyorum.
iv-retail-weakness-a1-why = Gerçek bir zayıf yön ve buna karşı ne yaptığın. Böylece kendini iyi tanıdığını gösterirsin.
iv-retail-weakness-a2 = Almancam henüz mükemmel değil, özellikle telefonda. Bu yüzden şu anda halk eğitim merkezinde (Volkshochschule) B2 kursuna gidiyorum.
iv-retail-weakness-a2-why = Dürüst ve çözümlü. Müdür şunu duyar: Dilini geliştirmek için aktif olarak çalışıyorsun.
iv-retail-weakness-a3 = Fazla mükemmeliyetçiyim ve çok fazla çalışıyorum.
iv-retail-weakness-a3-why = İnsan kaynakları bu cevabı ezbere bilir; samimi durmaz. Bunun yerine gerçek, küçük bir zayıf yön söyle.

## gap
iv-retail-gap = Özgeçmişinizde 2025 yılında yaklaşık sekiz ay eksik. Bu sürede ne yaptınız?
iv-retail-gap-friendly = Özgeçmişinizde 2025'te birkaç ayın eksik olduğunu fark ettim. O zaman ne yaptığınızı anlatır mısınız?
iv-retail-gap-strict = Burada 2025 yılında sekiz aylık bir boşluk var. Lütfen bunu açıklayın.
iv-retail-gap-a1 = Uyum kursunda yer açılmasını bekliyordum. Bu sürede bir uygulamayla Almanca öğrendim ve teyzemin büfesinde yardım ettim.
iv-retail-gap-a1-why = Boşluğu dürüstçe açıklıyor ve zamanı iyi kullandığını gösteriyorsun. Alman işverenler kurslar için bekleme sürelerini iyi bilir.
iv-retail-gap-a2 = O dönemde uzun süre hastaydım. Şimdi tamamen iyileştim ve tam olarak çalışabilirim.
iv-retail-gap-a2-why = Bu sorun değil: Hastalığın ayrıntılarını anlatmak zorunda değilsin. Önemli olan, artık tam çalışabileceğini söylemen.
iv-retail-gap-a3 = Özel bir şey yok. Evdeydim.
iv-retail-gap-a3-why = Müdür şunu duyar: Sekiz ay hiçbir şey yapmamış. Aileyi, ev işlerini veya Almanca öğrenmeyi de söyleyebilirsin.
iv-retail-gap-a4 = Özgeçmişte yazıyor zaten, değil mi? Pek bir şey olmadı.
iv-retail-gap-a4-why = Bu sıkılmış ve kaçamak duyuluyor. Boşluklarla ilgili sorular normaldir – nazik kal ve kısaca açıkla.

## gap-probe (strict or hard, after a vague answer)
iv-retail-gap-probe = Bu bana fazla belirsiz. Somut olarak: Bu sekiz ayda normal bir günde ne yapıyordunuz?
iv-retail-gap-probe-a1 = Annem çalıştığı için küçük kardeşlerime baktım. Akşamları videolarla Almanca öğrendim.
iv-retail-gap-probe-a1-why = Şimdi boşluk anlaşılır oldu. Aile ve öğrenmek iyi nedenlerdir – sadece söylemek gerekir.
iv-retail-gap-probe-a2 = Çok uyudum ve bir şekilde işlerin ilerlemesini bekledim.
iv-retail-gap-probe-a2-why = Dürüst ama pasif duyuluyor. Bir şey öğrendiysen ya da birine yardım ettiysen bunu söyle.
iv-retail-gap-probe-a3 = Özür dilerim, az önce emin olamadım. Başvurular yazdım ve gıda bankası Tafel'de gönüllü olarak yardım ettim.
iv-retail-gap-probe-a3-why = Cevabını düzeltmen çok iyi! Tafel'de gönüllülük çaba gösterdiğini kanıtlar ve gıda ticaretine de uyar.

## certificates
iv-retail-certificates = Okul diplomanızı yurt dışında aldınız. Diplomanız Almanya'da tanınıyor mu?
iv-retail-certificates-friendly = Okulu yurt dışında bitirdiniz, değil mi? Diplomanızın burada tanınıp tanınmadığını biliyor musunuz?
iv-retail-certificates-a1 = Evet. Diplomamı tercüme ettirdim ve eyaletimin diploma tanıma dairesine (Zeugnisanerkennungsstelle) verdim. Hauptschulabschluss'a denk olarak tanındı; kararı yanımda getirdim.
iv-retail-certificates-a1-why = Çok iyi: Doğru makamı biliyorsun ve karar yanında. Perakende alanında bir meslek eğitimi için bu sağlam bir temel.
iv-retail-certificates-a2 = Bilmiyorum. Bunun için bir şey yapmam gerekiyor mu?
iv-retail-certificates-a2-why = Sorman iyi ama bunu önceden öğrenebilirdin. Yetkili makam, eyaletinin Zeugnisanerkennungsstelle'sidir; danışma merkezleri başvuruda yardımcı olur.
iv-retail-certificates-a3 = Evet, diploma her yerde otomatik olarak geçerli değil mi?
iv-retail-certificates-a3-why = Bu doğru değil: Yabancı diplomaların Almanya'da önce değerlendirilmesi gerekir. Bunu bilmeyen kişi hazırlıksız görünür.
iv-retail-certificates-a4 = Başvurumu yaptım, karar henüz gelmedi. Gelir gelmez size iletirim.
iv-retail-certificates-a4-why = Devam eden bir başvuru tamamen normal. Belgeyi sonra getirmeyi önermen iyi – şirket konuyla ilgilendiğini bilir.

## german
iv-retail-german = Almancanız ne kadar iyi? Kasada ve tezgâhta bütün gün müşterilerle konuşuyorsunuz.
iv-retail-german-strict = Kasada müşterileri hızlı anlamanız gerekir. Almancanız buna yetiyor mu?
iv-retail-german-a1 = B1 sertifikam var ve şu anda B2 kursuna gidiyorum. Günlük hayatta neredeyse her şeyi anlıyorum; anlamazsam kibarca tekrar soruyorum.
iv-retail-german-a1-why = Seviyeni söylüyor, öğrenmeye devam ettiğini gösteriyor ve zorlanınca ne yapacağını biliyorsun.
iv-retail-german-a2 = Çok iyi, her şeyi anlıyorum.
iv-retail-german-a2-why = Abartı, konuşmada hemen fark edilir. Bunun yerine seviyeni, örneğin B1, ve neyi hâlâ çalıştığını söyle.
iv-retail-german-a3 = Pek iyi değil. Belki önce sadece raflara mal dizebilirim?
iv-retail-german-a3-why = Böylece kendini olduğundan küçük gösteriyorsun. Seviyeni dürüstçe söyle ama müşterilerle konuşmak ve öğrenmek istediğini de ekle.

## german-roleplay (hard)
iv-retail-german-roleplay = Kısaca deneyelim. Şimdi ben müşteriyim: “Affedersiniz, bu tam tahıllı ekmeğin susamsızı da var mı? Alerjim var.”
iv-retail-german-roleplay-a1 = Bundan tamamen emin olmak istiyorum. Bir dakika lütfen, alerjen listesine bakayım ya da meslektaşıma sorayım.
iv-retail-german-roleplay-a1-why = Alerjilerde asla tahmin yürütme! Nazikçe kontrol etmek ya da sormak tam doğru olanı.
iv-retail-german-roleplay-a2 = Sanırım içinde susam yok. Sorun olmaz.
iv-retail-german-roleplay-a2-why = Alerjide tahmin etmek tehlikelidir – müşteri hastalanabilir. Her zaman alerjen listesine bak.
iv-retail-german-roleplay-a3 = Bilmiyorum. Lütfen danışmaya sorun.
iv-retail-german-roleplay-a3-why = Müşteri başından savılıyor. Daha iyisi: kendin bak ya da bir iş arkadaşını çağır.

## customer
iv-retail-customer = Düşünün: Kasadasınız, kuyruk uzun ve bir müşteri çok beklediği için yüksek sesle söyleniyor. Ne yaparsınız?
iv-retail-customer-strict = Cumartesi öğle saati, kasanızda uzun bir kuyruk var ve bir müşteri bağırıp size hakaret ediyor. Nasıl tepki verirsiniz?
iv-retail-customer-a1 = Sakin kalırım ve “Beklediğiniz için özür dilerim.” derim. Sonra hızlıca devam ederim ve gerekirse bir meslektaşımdan ikinci kasayı açmasını rica ederim.
iv-retail-customer-a1-why = Sakin kalmak, özür dilemek, çözüm sunmak – her süpermarketin beklediği tam da bu. İkinci kasayı söylemen işleyişi bildiğini gösterir.
iv-retail-customer-a2 = Ona bunun benim suçum olmadığını ve böyle bağırmaması gerektiğini söylerim.
iv-retail-customer-a2-why = Anlaşılır ama bu tartışmayı büyütür. Müşteri savunma duyar; nazik kalmak neredeyse her zaman sakinleştirir.
iv-retail-customer-a3 = Hiçbir şey söylemem, sadece daha hızlı çalışırım.
iv-retail-customer-a3-why = Hızlı çalışmak iyi ama müşteri kendini görmezden gelinmiş hisseder. Kısa ve nazik bir cümle çok şey değiştirir.
iv-retail-customer-a4 = Kibar kalırım. Bana hakaret ederse amirimi çağırırım.
iv-retail-customer-a4-why = Doğru: Kimse hakarete katlanmak zorunda değil ve amirin yardım eder. Ama önce müşterinin beklemesine anlayış göster.

## politeness-probe (politeness score below 0)
iv-retail-politeness-probe = Bazen oldukça sert cevap verdiğinizi fark ediyorum. Bizde nazik bir üslup çok önemli – müşterilerle de, ekipte de. Siz bu konuda ne düşünüyorsunuz?
iv-retail-politeness-probe-a1 = Uyarınız için teşekkür ederim. Biraz heyecanlıyım ama müşterilere karşı her zaman naziğimdir. Buna dikkat edeceğim.
iv-retail-politeness-probe-a1-why = Eleştiriyi sakin karşılamak büyük bir artı. Heyecanlı olduğunu kabul etmek insani ve sempatik görünür.
iv-retail-politeness-probe-a2 = Ben böyleyim. Her zaman düşündüğümü açıkça söylerim.
iv-retail-politeness-probe-a2-why = Satışta nezaket işin bir parçasıdır. Müdür şunu duyar: Bu kişi değişmek istemiyor.
iv-retail-politeness-probe-a3 = Ben öyle düşünmüyorum. Kibar davrandım ki.
iv-retail-politeness-probe-a3-why = İtiraz etmek serbest ama burada inatçı görünüyor. Daha iyisi: kısaca teşekkür edip müşterilere nasıl davrandığını anlat.

## cash
iv-retail-cash = Vardiyanızın sonunda kasayı sayıyorsunuz ve on euro eksik. Ne yaparsınız?
iv-retail-cash-factual = Vardiya sonrası kasa kapanışı: On euro eksik. Nasıl hareket edersiniz?
iv-retail-cash-a1 = Hemen amirime söylerim ve onunla birlikte bir kez daha sayarım.
iv-retail-cash-a1-why = Hemen ve dürüstçe bildirmek doğrudur. Kasa farkları olur – kötü olan tek şey onları saklamaktır.
iv-retail-cash-a2 = Sorun çıkmasın diye on euroyu kendi cüzdanımdan koyarım.
iv-retail-cash-a2-why = İyi niyetli ama yanlış: Hatanın bulunabilmesi için farkın bildirilmesi gerekir. Birçok markette kasada kişisel para bulundurmak yasaktır bile.
iv-retail-cash-a3 = Bir kez daha sayarım. Hâlâ eksikse bir not bırakıp eve giderim.
iv-retail-cash-a3-why = Tekrar saymak iyi ama para eksikse not bırakmak yetmez. Bunu market yönetimine yüz yüze söyle.

## fresh-counter
iv-retail-fresh-counter = Taze ürün tezgâhımızda peynir, şarküteri ürünleri ve salata satıyorsunuz. Orada özellikle neye dikkat etmek gerekir?
iv-retail-fresh-counter-friendly = Taze ürün tezgâhımız bizim gururumuzdur. Sizce orada en önemli şey ne?
iv-retail-fresh-counter-a1 = Her şeyden önce hijyene: temiz eller, bonenin altında toplanmış saçlar, eldiven ve temiz bıçaklar. Soğutmanın da doğru olması gerekir.
iv-retail-fresh-counter-a1-why = Aynen öyle: Taze gıdada hijyen ve soğutma zorunludur. İşe başlamadan önce Enfeksiyondan Korunma Yasası'na (Infektionsschutzgesetz) göre bir bilgilendirme alırsın.
iv-retail-fresh-counter-a2 = Müşterilere iyi danışmanlık yapmak, örneğin hangi peynirin yumuşak olduğunu söylemek ve güler yüzlü olmak.
iv-retail-fresh-counter-a2-why = Danışmanlık önemli – ama cevabında hijyen eksik. Taze ürün tezgâhında o birinci sırada gelir.
iv-retail-fresh-counter-a3 = Hızlı olmak. Müşteriler beklemek istemez.
iv-retail-fresh-counter-a3-why = Hız önemli ama hijyenden ve danışmanlıktan önce gelmez. Tezgâhta sadece hızlı olan hata yapar.

## shifts
iv-retail-shifts = Sabah vardiyamız saat 6'da başlıyor, çünkü mallar o zaman geliyor; cumartesileri de düzenli olarak çalışacaksınız. Bunun yerine hafta içi bir gün izinli olursunuz. Bu size uyar mı?
iv-retail-shifts-strict = Sabah vardiyası 6'dan itibaren, akşam vardiyası 21:30'a kadar, neredeyse her cumartesi. Bunu yapabilir misiniz?
iv-retail-shifts-a1 = Evet, uyar. Erken kalkmayı severim ve ilk otobüs buraya 5:35'te geliyor. Ticarette cumartesileri çalışıldığını biliyorum.
iv-retail-shifts-a1-why = Yolu önceden kontrol etmişsin – bu ikna edici. Cumartesi çalışmak perakendenin doğal bir parçasıdır.
iv-retail-shifts-a2 = Sabah vardiyası olur, ama cumartesileri izinli olmayı tercih ederim.
iv-retail-shifts-a2-why = Dürüst ama süpermarkette en önemli gün cumartesidir. O gün hiç çalışamayanın şansı çok azdır.
iv-retail-shifts-a3 = Şu an cumartesileri Almanca kursum var. Ama bunu çözmek isterim.
iv-retail-shifts-a3-why = Bunu açıkça söylemen ve hemen çözüm istemen iyi. Böylece birlikte plan yapılabilir.
iv-retail-shifts-a4 = Sorun değil, her zaman çalışabilirim – gece de, pazar da, fark etmez.
iv-retail-shifts-a4-why = Çok esnek ama düşünülmemiş gibi duruyor: Süpermarketler pazar günleri kapalıdır ve dinlenme süreleri çıraklar (Azubi) için de geçerlidir.

## shifts-course (picked shifts 3)
iv-retail-shifts-course = Almanca kursunuz bizim için de önemli. Aynı kurs başka bir gün de var mı?
iv-retail-shifts-course-a1 = Evet, halk eğitim merkezinde aynı kurs salı akşamları da var. Oraya geçebilirim.
iv-retail-shifts-course-a1-why = Çözümün zaten hazır. İşverenler, sorunları kendi çözen insanları takdir eder.
iv-retail-shifts-course-a2 = Bilmiyorum. Siz planımı değiştiremez misiniz?
iv-retail-shifts-course-a2-why = Böylece sorununu müdürün çözmesini bekliyorsun. Daha iyisi: kendin araştır ve bir öneri getir.
iv-retail-shifts-course-a3 = Bunu öğrenmem gerekiyor. Size cumaya kadar haber verebilir miyim?
iv-retail-shifts-course-a3-why = Dürüst ve sözünün eri, net bir tarihle. Bu güvenilir görünür.

## punctuality
iv-retail-punctuality = Dakiklik bizim için çok önemli. Sabah otobüsünüz iptal olursa ve geç kalacaksanız ne yaparsınız?
iv-retail-punctuality-strict = Sabah vardiyasına geç kalan, ekibi yalnız bırakır. Zamanında yetişemeyeceğinizi fark ettiğinizde ne yaparsınız?
iv-retail-punctuality-a1 = Vardiya başlamadan hemen markete telefon eder, yaklaşık ne zaman orada olacağımı söylerim. Zaten her zaman bir önceki otobüse binerim.
iv-retail-punctuality-a1-why = Önceden aramak Almanya'da en önemli şeydir. Bir önceki otobüse binmek ileriyi planladığını gösterir.
iv-retail-punctuality-a2 = Elimden geldiğince hızlı gelir, orada açıklarım.
iv-retail-punctuality-a2-why = Sen gelene kadar kimsenin haberi olmaz ve kasa belki boş kalır. Her zaman önceden ara.
iv-retail-punctuality-a3 = Bir meslektaşıma mesaj atarım, müdüre söylesin.
iv-retail-punctuality-a3-why = Hiç yoktan iyidir ama mesaj gözden kaçabilir. Market yönetimine doğrudan kendin haber ver.

## why-you (strict only)
iv-retail-why-you = Üç yer için elliden fazla başvurumuz var. Neden özellikle sizi almalıyız?
iv-retail-why-you-a1 = Çünkü stajdan deneyimim var, birkaç dil konuşuyorum ve gerçekten satışta çalışmak istiyorum. Eğitimden sonra da sizinle kalmak isterim.
iv-retail-why-you-a1-why = Kısa bir özet: deneyim, diller, motivasyon. Bir de kalma isteği – her market müdürü bunu duymaktan hoşlanır.
iv-retail-why-you-a2 = Buna siz karar vermelisiniz. Diğerlerini tanımıyorum ki.
iv-retail-why-you-a2-why = Mantıklı ama kendini tanıtma fırsatını kaçırıyorsun. En iyi üç özelliğini söyle, yeter.
iv-retail-why-you-a3 = Çünkü bu yere çok ihtiyacım var. Meslek eğitimi olmadan benim için zor olacak.
iv-retail-why-you-a3-why = Anlaşılır ama bu senin nedenin, şirket için bir fayda değil. Ekibe ne katacağını söyle.

## pay
iv-retail-pay = Peki bizde meslek eğitiminde ne kadar kazanıldığını biliyor musunuz?
iv-retail-pay-friendly = Biraz da paradan konuşalım. Eğitim sırasında ne kadar kazanacağınızı biliyor musunuz?
iv-retail-pay-a1 = Bir eğitim ücreti (Ausbildungsvergütung) var. Yasaya göre ilk yıl ayda en az 724 euro; ilanınızda ise 1.050 euro ödediğiniz yazıyordu.
iv-retail-pay-a1-why = Yasayı da ilandaki rakamı da biliyorsun – mükemmel bir hazırlık. Almanya'da para hakkında konuşmak tamamen normaldir.
iv-retail-pay-a2 = Asgari ücret, yani saatte 13,90 euro, değil mi?
iv-retail-pay-a2-why = Neredeyse: 13,90 euro normal işler için asgari ücrettir. Meslek eğitiminde bunun yerine eğitim ücreti (Ausbildungsvergütung) ödenir: 2026'da başlayanlar için ilk yıl ayda en az 724 euro.
iv-retail-pay-a3 = Bu benim için o kadar önemli değil. Yeter ki meslek eğitimine başlayayım.
iv-retail-pay-a3-why = Motivasyonlu ama neyle geçineceğini bilmelisin. İlana kısaca bakman yeterli.
iv-retail-pay-a4 = En az 1.500 euroya ihtiyacım var, yoksa bu benim için değmez.
iv-retail-pay-a4-why = Eğitimin ilk yılında bu kadar ödeyen işletme neredeyse yok; bu talep bilgisiz görünür. Para yetmezse İş Ajansı'na (Agentur für Arbeit) meslek eğitimi yardımını (BAB) sor.

## info (statement)
iv-retail-info = Şimdi kısaca bizden bahsedeyim: Meslek eğitimi üç yıl sürer. Haftada bir ya da iki gün meslek okulundasınız (Berufsschule), diğer günler burada, markette. Deneme süresi (Probezeit) dört aydır ve ilk yıl ayda 1.050 euro ödüyoruz.

## own-questions
iv-retail-own-questions = Bize sormak istediğiniz bir şey var mı?
iv-retail-own-questions-friendly = Evet, şimdi sıra sizde: Bizden ne öğrenmek istersiniz?
iv-retail-own-questions-strict = Sorunuz var mı? Varsa lütfen somut olsun.
iv-retail-own-questions-a1 = Evet: Eğitimin ilk yılı nasıl geçiyor – hangi reyonlarda olacağım ve irtibat kişim kim olacak?
iv-retail-own-questions-a1-why = Eğitimin kendisiyle ilgili bir soru gerçek ilgi gösterir. İşverenler tam da bu tür soruları hatırlar.
iv-retail-own-questions-a2 = Eğitimden sonra çırakları kadroya alıyor musunuz? Bir de örneğin Handelsfachwirt gibi ileri eğitim imkânları var mı?
iv-retail-own-questions-a2-why = Şirketteki geleceğini düşünüyorsun – bu her firmanın hoşuna gider. Handelsfachwirt, ticarette gerçek bir kariyer ilerleme eğitimidir.
iv-retail-own-questions-a3 = Hayır, teşekkürler, her şeyi zaten anlattınız.
iv-retail-own-questions-a3-why = Kibar ama hiç soru sormamak kolayca ilgisizlik gibi görünür. Her zaman iki soru hazırla.
iv-retail-own-questions-a4 = Kaç gün iznim olacak ve yazın dört hafta üst üste izin alabilir miyim?
iv-retail-own-questions-a4-why = İzni sormak serbest ama tek soru olunca senin için en önemli şey boş zamanmış gibi duyulur. Önce işle ilgili bir soru sor.

## questions-probe (hard, picked own-questions 3)
iv-retail-questions-probe = Gerçekten hiç mi yok? Adayların çoğu bir şeyler öğrenmek ister.
iv-retail-questions-probe-a1 = Aslında bir sorum var: Taze ürün tezgâhındaki ekip nasıl ve bana orada işi kim öğretecek?
iv-retail-questions-probe-a1-why = Durumu güzel kurtardın! Ekiple ilgili bir soru, buradaki günlük işi şimdiden hayal ettiğini gösterir.
iv-retail-questions-probe-a2 = Hayır, gerçekten yok.
iv-retail-questions-probe-a2-why = Şimdi bu ilgisizlik gibi görünüyor. Görüşmeden önce iki soru yaz.
iv-retail-questions-probe-a3 = Sizden ne zaman cevap alırım?
iv-retail-questions-probe-a3-why = Pratik bir soru – hiç sormamaktan iyidir. İşin kendisiyle ilgili bir soru daha da güçlü olur.

## goodbye
iv-retail-goodbye = Görüşme için çok teşekkür ederim. Gelecek haftanın sonuna kadar size dönüş yapacağız. Hoşça kalın!
iv-retail-goodbye-friendly = Çok teşekkürler, çok güzel bir sohbetti! Gelecek haftanın sonuna kadar bizden haber alacaksınız. Eve iyi dönüşler!
iv-retail-goodbye-strict = Peki, bu kadar. Gelecek haftanın sonuna kadar bir cevap alacaksınız. Hoşça kalın.
