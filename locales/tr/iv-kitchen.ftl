# Mülakat: Landhotel Lindenhof'ta aşçılık meslek eğitimi (yapı: assets/dialogue/interview/kitchen.ron)

iv-kitchen-title = Aşçılık meslek eğitimi – Landhotel Lindenhof
iv-kitchen-brief = Altenbach'taki Landhotel Lindenhof, 1978'den beri bir aile işletmesi; 40 odası ve “Lindenstube” adlı bir restoranı var. Mutfakta yöresel ve mevsimlik yemekler pişiriliyor; sebzeler çevredeki çiftliklerden, otlar kendi bahçesinden geliyor. Hafta sonları sık sık düğün ve kutlamalar oluyor. Mutfak ekibinde on iki kişi çalışıyor ve her yıl iki çırak üç yıllık aşçılık eğitimine başlıyor. Lindenhof, eğitimin ilk yılında toplu sözleşmeye göre ayda 1.050 euro ödüyor.

iv-kitchen-welcome = İyi günler, buyurun girin. Lindenhof'ta mutfağı ben yönetiyorum. Yaklaşık otuz dakikamız var, sonunda sorularınız için de zaman olacak.
iv-kitchen-welcome-friendly = Merhaba, Lindenhof'a hoş geldiniz! Gelmenize sevindim. Oturun lütfen, bir bardak su ister misiniz? Burada mutfağı ben yönetiyorum – merak etmeyin, sadece biraz sohbet edeceğiz.
iv-kitchen-welcome-strict = İyi günler. Tam vaktinde geldiniz, güzel. Mutfağı ben yönetiyorum ve saat on birde öğle servisi başlıyor. O yüzden hemen başlayalım.

iv-kitchen-intro = Lütfen bana biraz kendinizden bahsedin. Neden aşçı olmak istiyorsunuz?
iv-kitchen-intro-friendly = Anlatın bakalım: Kimsiniz ve yemek yapmaya nasıl ilgi duydunuz?
iv-kitchen-intro-strict = Neden özellikle aşçılık? Bu zor bir meslek. Beni ikna edin.
iv-kitchen-intro-a1 = 19 yaşındayım ve iki yıldır Almanya'dayım. Yemek yapmak benim için memleketten bir parça: Evde sık sık bütün aile için yemek pişirirdim.
iv-kitchen-intro-a1-why = Kişisel ve dürüst – bu iyi karşılanır. Profesyonel bir mutfaktaki işi de tanıdığını gösterirsen daha da güçlü olur.
iv-kitchen-intro-a2 = Yemek yemeyi seviyorum, yemek yapmak da zaten kolay.
iv-kitchen-intro-a2-why = “Yemek yapmak kolay” demek, profesyonel mutfakta işin ne kadar zor olduğunu bilmiyormuşsun gibi duyulur. Bunun yerine mesleğin seni gerçekten neden çektiğini söyle.
iv-kitchen-intro-a3 = Bir meslek eğitimine ihtiyacım var ve meslek danışmanlığı bana bu mesleği önerdi.
iv-kitchen-intro-a3-why = Dürüst, ama sanki senin yerine başkaları karar vermiş gibi duyuluyor. Mesleğin senin hoşuna giden yanlarını da söyle.
iv-kitchen-intro-a4 = Başkaları için yemek yapmayı seviyorum. Bir otel mutfağında iki hafta staj yaptım ve koşuşturma bile hoşuma gitti.
iv-kitchen-intro-a4-why = Staj, mutfağın günlük işini zaten tanıdığını gösterir. Bir şef için bu güçlü bir argümandır.

iv-kitchen-why-company = Neden özellikle bize, Lindenhof'a başvurdunuz?
iv-kitchen-why-company-strict = Bu civarda bir sürü restoran var. Neden özellikle Lindenhof?
iv-kitchen-why-company-a1 = Yöresel ve mevsimlik yemek yapıyorsunuz; sebzeler çevredeki çiftliklerden, otlar kendi bahçenizden geliyor. Ben de tam böyle, taze ürünlerle yemek yapmayı öğrenmek istiyorum.
iv-kitchen-why-company-a1-why = İşletme hakkında bilgi topladığını gösteriyor ve bunu kendi hedefinle bağlıyorsun. İşverenin duymak istediği tam da bu.
iv-kitchen-why-company-a2 = Sizde sık sık düğünler ve kutlamalar oluyor. Orada aynı anda çok sayıda misafir için yemek yapmayı da öğrenirim.
iv-kitchen-why-company-a2-why = İyi: İşletme hakkında gerçek bir bilgi biliyorsun ve orada ne öğrenmek istediğini söylüyorsun.
iv-kitchen-why-company-a3 = Birçok restorana başvurdum, ilk cevap veren siz oldunuz.
iv-kitchen-why-company-a3-why = Dürüst, ama işveren şunu duyar: “Nerede çalıştığım umurumda değil.” Bunun yerine Lindenhof'ta hoşuna giden bir şey söyle.
iv-kitchen-why-company-a4 = Lindenhof evime uzak değil.
iv-kitchen-why-company-a4-why = Geç vardiyalarda kısa yol gerçekten bir avantaj – ama tek sebep olarak yetersiz. İşletmenin kendisi hakkında hiçbir şey söylemiyor.

iv-kitchen-why-company-probe = Bu bana yetmez. Peki, işletmemiz hakkında ne biliyorsunuz?
iv-kitchen-why-company-probe-a1 = Açıkçası pek bir şey bilmiyorum. Sadece ilanı okudum.
iv-kitchen-why-company-probe-a1-why = Dürüstlük uydurmaktan iyidir, ama hazırlanmadığın belli oluyor. Her görüşmeden önce işletmenin web sitesini oku.
iv-kitchen-why-company-probe-a2 = 1978'den beri bir aile işletmesisiniz, 40 odanız ve “Lindenstube” restoranınız var. Web sitenizde yöresel mutfak yaptığınızı okudum.
iv-kitchen-why-company-probe-a2-why = Durumu kurtarıyorsun: Somut bilgiler hazırlandığını gösterir.
iv-kitchen-why-company-probe-a3 = Uluslararası mutfağı olan büyük bir otelsiniz, değil mi?
iv-kitchen-why-company-probe-a3-why = Tahmin etmek tehlikelidir: Lindenhof yöresel mutfağı olan bir aile işletmesi. Yanlış bilgi, hiç bilgi olmamasından daha kötü görünür.

iv-kitchen-strengths = Güçlü yönleriniz neler? Mutfağımıza neler katabilirsiniz?
iv-kitchen-strengths-a1 = Hızlı ve temiz çalışırım. Stajda her gün 200 kişilik yemek için sebze doğradım ve sonunda tezgâhım hep derli topluydu.
iv-kitchen-strengths-a1-why = Örnekle anlatılan bir güçlü yön inandırıcıdır. Hızlı ve temiz – bir mutfağın tam da ihtiyacı olan şey.
iv-kitchen-strengths-a2 = Ben mükemmelim. Zaten her şeyi yapabilirim.
iv-kitchen-strengths-a2-why = Kimse mükemmel değildir. Bu kibirli ve artık bir şey öğrenmek istemiyormuşsun gibi duyulur – meslek eğitimi için kötü.
iv-kitchen-strengths-a3 = Takım çalışmasına yatkınım, strese dayanıklıyım ve esneğim.
iv-kitchen-strengths-a3-why = Kelimeler doğru, ama bunu neredeyse herkes söylüyor. Örnek olmadan sana pek inanılmaz.
iv-kitchen-strengths-a4 = Üç dil konuşuyorum ve farklı ülkelerden insanlarla iyi anlaşırım.
iv-kitchen-strengths-a4-why = İyi: Almanya'daki birçok mutfakta dünyanın her yerinden insanlar çalışıyor. Dillerin ve açıklığın orada gerçek bir artı.

iv-kitchen-weakness = Peki zayıf yönleriniz neler?
iv-kitchen-weakness-a1 = Hiç zayıf yönüm yok.
iv-kitchen-weakness-a1-why = Buna kimse inanmaz. İşveren şunu duyar: Bu kişi kendi hatalarını görmüyor.
iv-kitchen-weakness-a2 = Bazen sabırsızım ve her şeyin hemen bitmesini isterim. Şu an önce plan yapıp sonra işe başlamayı öğreniyorum.
iv-kitchen-weakness-a2-why = Gerçek bir zayıflık ve ona karşı bir plan: Kendini tanıdığını ve kendini geliştirdiğini gösterir.
iv-kitchen-weakness-a3 = Almancam henüz mükemmel değil, özellikle mesleki kelimeler. Bu yüzden yeni kelimeleri not alıp akşamları çalışıyorum.
iv-kitchen-weakness-a3-why = Dürüst ve çözümlü. İşveren görür: Eksiğini biliyorsun ve bir şeyler yapıyorsun.
iv-kitchen-weakness-a4 = Sabahları genelde yorgun olurum.
iv-kitchen-weakness-a4-why = Bu güvenilmezlik gibi duyulur – ve çözüm olmadan geriye sadece kötü izlenim kalır.

iv-kitchen-gap = Özgeçmişinizde bir boşluk görüyorum: 2024 sonbaharından 2025 yazına kadar hiçbir şey yazmıyor. O dönemde ne yaptınız?
iv-kitchen-gap-strict = 2024 sonbaharı ile 2025 yazı arasında özgeçmişiniz boş. Bunu bana açıklayın.
iv-kitchen-gap-a1 = Bir uyum kursuna (Integrationskurs) katıldım ve göçmenler için Almanca sınavını B1 seviyesinde geçtim. Bunu özgeçmişime de ekleyeceğim.
iv-kitchen-gap-a1-why = Almanca kursu bir boşluk değil, öğrenmedir. Böyle dönemleri her zaman özgeçmişine yaz.
iv-kitchen-gap-a2 = Hiçbir şey. Evdeydim.
iv-kitchen-gap-a2-why = Bu, zamanı boşa harcamışsın gibi duyulur. Çoğu zaman sandığından fazlasını yapmışsındır: Almanca öğrendin, ailene yardım ettin, belgelerini bekledin. Bunu söyle.
iv-kitchen-gap-a3 = Oturum durumum netleşmediği için henüz çalışma iznim yoktu. O dönemde bir mülteci yurdunun mutfağında gönüllü olarak yemek yaptım.
iv-kitchen-gap-a3-why = Sebebi sakin bir şekilde açıklıyor ve zamanı değerlendirdiğini gösteriyorsun – hem de bir mutfakta.
iv-kitchen-gap-a4 = Bu özel bir konu.
iv-kitchen-gap-a4-why = Her şeyi anlatmak zorunda değilsin, ama böyle soğuk duyulur. Daha iyisi: “Ailevi bir durumum vardı, artık çözüldü.”

iv-kitchen-gap-probe = Koca bir yıl hiçbir şey mi? Bunu bana daha ayrıntılı açıklamanız gerekiyor.
iv-kitchen-gap-probe-a1 = Özür dilerim, tam anlatamadım. O dönemde uygulamalarla ve bir dil kafesinde Almanca öğrendim, küçük kardeşlerime de ödevlerinde yardım ettim.
iv-kitchen-gap-probe-a1-why = İyi düzelttin: Sakin kalıyor ve gerçekten ne yaptığını söylüyorsun.
iv-kitchen-gap-probe-a2 = Bu neden bu kadar önemli? Artık buradayım işte.
iv-kitchen-gap-probe-a2-why = Soruya soruyla cevap vermek küstahça duyulur. İşveren güvenilir olup olmadığını anlamak istiyor – ona bu konuda yardımcı ol.
iv-kitchen-gap-probe-a3 = Zor bir dönem geçirdim. Şimdi iyiyim ve meslek eğitimine hazırım.
iv-kitchen-gap-probe-a3-why = Dürüst ve cevap olarak yeterli. Sağlığın veya ailen hakkında ayrıntı vermek zorunda değilsin.

iv-kitchen-certificates = Okulu kendi ülkenizde bitirmişsiniz. Diplomanızın Almanya'da denkliğini aldınız mı?
iv-kitchen-certificates-a1 = Evet. Diploma denklik dairesi (Zeugnisanerkennungsstelle) onu orta dereceli okul diploması (mittlerer Schulabschluss) olarak tanıdı. Kararı yanımda getirdim.
iv-kitchen-certificates-a1-why = Çok iyi: Tanınmış bir diploma ve belge yanında. Bu, düzenli olduğunu gösterir.
iv-kitchen-certificates-a2 = Başvuruyu yaptım ama cevap hâlâ bekleniyor. Başvurunun alındığına dair onayı size gösterebilirim.
iv-kitchen-certificates-a2-why = Bu da iyi: İşveren işini takip ettiğini görür. Onay belgesi iyi bir kanıttır.
iv-kitchen-certificates-a3 = Hayır. “Denklik” ne demek?
iv-kitchen-certificates-a3-why = Sormak tahmin etmekten iyidir. Ama görüşmeden önce denkliğin nasıl işlediğini öğren.
iv-kitchen-certificates-a4 = Diplomam yanımda değil, ama okulda çok iyiydim.
iv-kitchen-certificates-a4-why = Belge olmadan bu sadece bir iddiadır. Diplomalarını çevirisiyle birlikte her zaman yanında getir.

iv-kitchen-certificates-help = Size kısaca açıklayayım. Yabancı okul diplomalarını eyaletinizin diploma denklik dairesi (Zeugnisanerkennungsstelle) inceler. Aşçılık eğitimi için belirli bir okul diploması şart değil, ama tanınmış bir diploma başvurularda işinize yarar. Yurt dışında alınmış bir meslek diploması için ilgili meslek odası yetkilidir, aşçılar için IHK (Sanayi ve Ticaret Odası). Bilgileri “Anerkennung in Deutschland” portalında bulabilirsiniz.

iv-kitchen-german = Almancanız ne kadar iyi? Mutfakta her şey hızlı olmalı, meslek okulunda da çok teori öğreneceksiniz.
iv-kitchen-german-a1 = B1 seviyem var, sertifikam yanımda. Şu an akşamları B2 kursuna gidiyorum.
iv-kitchen-german-a1-why = Net bir seviye, bir belge ve bir plan: Böylece işveren seni iyi değerlendirebilir.
iv-kitchen-german-a2 = İyi. Beni anlıyorsunuz ya.
iv-kitchen-german-a2-why = Çok belirsiz. Seviyeni (A2, B1 …) ve şu an gelişmek için ne yaptığını söyle.
iv-kitchen-german-a3 = A2 seviyem var. Günlük hayatta çok şey anlıyorum, ama mesleki kelimeler zor. Eğitim sırasında ek ders desteği almak isterim.
iv-kitchen-german-a3-why = Dürüst ve çözümlü. Destek var, örneğin İş Ajansı'nın (Agentur für Arbeit) “Assistierte Ausbildung (AsA flex)” programı – bunu düşünmen güzel.
iv-kitchen-german-a4 = Çok iyi konuşamıyorum, ama mutfakta zaten çok konuşmak gerekmiyor.
iv-kitchen-german-a4-why = Yanlış düşünce: Mutfakta sürekli konuşulur – siparişler, alerjiler, iş bölümü. Bu cevap bir şefi endişelendirir.

iv-kitchen-german-school = Meslek okulunda gıda bilgisi, hesap ve hijyen sınavları yazacaksınız – hepsi Almanca. Buna nasıl hazırlanacaksınız?
iv-kitchen-german-school-a1 = Mesleki kelimeleri kelime kartlarıyla öğreniyorum ve ek ders için başvuracağım, örneğin “Assistierte Ausbildung” üzerinden.
iv-kitchen-german-school-a1-why = Gerçek bir destek programını biliyorsun ve bir öğrenme yöntemin var. Bu ikna edici.
iv-kitchen-german-school-a2 = Her şeyi telefonla çeviririm, o kadar.
iv-kitchen-german-school-a2-why = Telefon öğrenirken yardımcı olur, ama sınavda olmaz. İşveren, mesleki dili gerçekten öğrenmek isteyip istemediğini sorgular.
iv-kitchen-german-school-a3 = Sınıf arkadaşlarımla birlikte çalışırım ve anlamadığım bir şey olursa işyerinde sorarım.
iv-kitchen-german-school-a3-why = İyi: Birlikte öğrenmek ve işyerinde sormak – birçok çırak tam da böyle başarıyor.

iv-kitchen-hygiene = Mutfakta en önemli şey hijyendir. Sizce buna neler dahil?
iv-kitchen-hygiene-strict = Benim mutfağımda hijyen konusunda sıfır tolerans var. Nelere dikkat ettiğinizi söyleyin.
iv-kitchen-hygiene-a1 = Ellerimi sık sık yıkarım, saçlarımı toplarım ve başlık takarım, takı takmam. Çiğ eti diğer gıdalardan ayrı tutarım.
iv-kitchen-hygiene-a1-why = Somut ve mesleki olarak doğru. Bu kuralları bilen, mesleğe hazırlandığını gösterir.
iv-kitchen-hygiene-a2 = Temiz bir insanım, evde de çok temizlik yaparım.
iv-kitchen-hygiene-a2-why = İyi niyetli, ama mutfak hijyeni temizlikten fazlasıdır: eller, kıyafet, sıcaklıklar, ayrı kesme tahtaları. Somut kurallar söyle.
iv-kitchen-hygiene-a3 = El yıkamak, temiz kıyafet – ve ishal ya da ateşim olursa hemen söylerim ve gıdayla çalışmam.
iv-kitchen-hygiene-a3-why = Çok iyi: Hasta olan kişi misafirlere hastalık bulaştırmamalı. Bunu kendiliğinden söylemen sorumluluk gösterir.
iv-kitchen-hygiene-a4 = Bunu bana eğitimde zaten gösterirsiniz.
iv-kitchen-hygiene-a4-why = Eğitimde çok şey öğreneceksin, ama birkaç temel kuralı şimdiden bilmelisin. Yoksa hazırlanmamışsın gibi görünür.

iv-kitchen-belehrung = Bizde gıdayla çalışmaya başlamadan önce Enfeksiyondan Korunma Yasası'nın 43. maddesine göre bilgilendirme eğitimini (Belehrung) almanız gerekiyor. Bunun ne olduğunu biliyor musunuz?
iv-kitchen-belehrung-a1 = Evet, sağlık dairesindeki (Gesundheitsamt) bilgilendirme – eskiden buna sağlık karnesi (Gesundheitszeugnis) denirdi. İşe başlamadan kısa süre önce randevu alacağım, çünkü belge o zaman üç aydan eski olmamalı.
iv-kitchen-belehrung-a1-why = Mükemmel: Kuralı ve hatta süreyi biliyorsun. İşveren sana güvenebileceğini görür.
iv-kitchen-belehrung-a2 = Hayır, ama ilgileneceğim. Nereden alabilirim?
iv-kitchen-belehrung-a2-why = İyi tepki: Soruyor ve halledeceğini gösteriyorsun. Cevap: sağlık dairesinde (Gesundheitsamt), çoğu zaman internetten de, genellikle ücret karşılığında.
iv-kitchen-belehrung-a3 = Buna gerçekten ihtiyacım var mı? Ben sağlıklıyım.
iv-kitchen-belehrung-a3-why = Evet, bu belge olmadan mutfakta çalışamazsın – bu yasa. Misafirleri hastalıklardan korur.
iv-kitchen-belehrung-a4 = Bu, kan alınan bir doktor muayenesi mi?
iv-kitchen-belehrung-a4-why = Sorman iyi, ama hayır: Hijyen ve hastalıklar hakkında kısa bir eğitim, muayene değil. Sonunda bir beyan imzalarsın.

iv-kitchen-allergens = Bir misafir garson aracılığıyla yabani sarımsak sosumuzda fındık-fıstık olup olmadığını soruyor. Kesin bilmiyorsunuz. Ne yaparsınız?
iv-kitchen-allergens-a1 = “Muhtemelen yok” derim. Misafir beklemesin.
iv-kitchen-allergens-a1-why = Tehlikeli: Alerjide çok küçük bir miktar bile hayati tehlike yaratabilir. Mutfakta tahminle cevap vermek asla olmaz.
iv-kitchen-allergens-a2 = Alerjen listesine veya tarife bakarım ve sosu yapan aşçıya sorarım. Garson ancak ondan sonra kesin bir cevap alır.
iv-kitchen-allergens-a2-why = Tam doğru: Sadece kesin bilgi verilir. Restoranlar yemeklerindeki 14 ana alerjeni belirtebilmek zorundadır.
iv-kitchen-allergens-a3 = Garsona, misafirin başka bir şey sipariş etmesinin daha iyi olacağını söylerim.
iv-kitchen-allergens-a3-why = Dikkatli olmak iyi, ama misafir cevap alamıyor. Daha iyisi: kontrol edip kesin bilgi vermek.
iv-kitchen-allergens-a4 = Hemen şefe sorarım.
iv-kitchen-allergens-a4-why = İyi – tahmin etmektense sormak daha iyi. Daha da iyisi: Alerjen listesini de tanıyıp kendin bakabilmen.

iv-kitchen-allergens-hard = Peki alerjisi olan misafirin yemeğine fındık-fıstık izlerinin bile karışmamasını nasıl sağlarsınız?
iv-kitchen-allergens-hard-a1 = Ellerimi yıkarım, temiz bir tahta ve temiz aletler alırım ve yemeği ayrı hazırlarım. Sonra garsona hangi tabak olduğunu tam olarak söylerim.
iv-kitchen-allergens-hard-a1-why = Çok iyi: Elleri, aletleri ve garsonla net iletişimi düşünüyorsun.
iv-kitchen-allergens-hard-a2 = Fındıkları geri çıkarırım, o kadar.
iv-kitchen-allergens-hard-a2-why = Bu yetmez: Küçük kalıntılar bile ağır bir reaksiyona yol açabilir. Yemek yeniden ve ayrı hazırlanmalı.
iv-kitchen-allergens-hard-a3 = Çok dikkat ederim, o kadar.
iv-kitchen-allergens-hard-a3-why = Çok genel. Şef tam olarak nasıl yaptığını duymak ister: temiz eller, tahtalar, bıçaklar ve ayrı hazırlık.

iv-kitchen-stress = Cumartesi akşamı: 120 kişilik bir düğün var ve aynı anda restoran da dolu. Bu kadar stresle nasıl başa çıkarsınız?
iv-kitchen-stress-friendly = Hafta sonları bizde çok hareketli olur, örneğin 120 kişilik bir düğünde. Bu kadar koşuşturma size nasıl gelir?
iv-kitchen-stress-strict = Cumartesi, 120 düğün misafiri, restoran dolu, bir aşçı hasta. Ortalık gürültülü ve sıkışık olur. Buna dayanabilir misiniz?
iv-kitchen-stress-a1 = Önceden her şeyi iyice hazırlarım, yani mizanplasımı (mise en place). Sonra işleri sırayla yapar, sakin kalırım. Stajda bu iyi işledi.
iv-kitchen-stress-a1-why = Mise en place, bir aşçının duymak istediği kelimedir: İyi hazırlık strese karşı en iyi çaredir.
iv-kitchen-stress-a2 = Stres benim için sorun değil. Hiç gerilmem.
iv-kitchen-stress-a2-why = Bu inandırıcı değil. Herkes stresi tanır – önemli olan onunla nasıl başa çıktığındır.
iv-kitchen-stress-a3 = Açıkçası o zaman gerilirim. Ama hata yapmaktansa sormayı tercih ederim.
iv-kitchen-stress-a3-why = Dürüst ve mantıklı. Daha da iyisi: Sakin kalmak için somut olarak ne yaptığını da söyle.
iv-kitchen-stress-a4 = Çok fazla olursa kısa bir süre dışarı çıkıp mola veririm.
iv-kitchen-stress-a4-why = Servisin ortasında kimse öylece dışarı çıkamaz – ekip herkese güveniyor. Molalar servisten önce ve sonradır.

iv-kitchen-teamwork = Mutfağımızda on iki kişi çalışıyor. Servis sırasında şef talimatları kısa ve yüksek sesle verir. Bununla nasıl başa çıkarsınız?
iv-kitchen-teamwork-strict = Benim mutfağımda net bir hiyerarşi var. Bir şey söylediğimde hemen yapılır. Buna uyum sağlayabilir misiniz?
iv-kitchen-teamwork-a1 = Duyduğumu bilmeniz için yüksek sesle “Evet şef!” derim ve hemen yaparım. Bir şeyi anlamazsam kısaca sorarım.
iv-kitchen-teamwork-a1-why = Bir mutfak ekibi tam olarak böyle çalışır: dinlemek, yüksek sesle onaylamak, yapmak – ve belirsizlikte hemen sormak.
iv-kitchen-teamwork-a2 = Bana bağırılmasından hoşlanmam.
iv-kitchen-teamwork-a2-why = Anlaşılır, ama serviste yüksek ses genellikle saldırı değil, hızdır. İşveren mutfağa uyup uymayacağını sorgular.
iv-kitchen-teamwork-a3 = İşimi doğru bulduğum şekilde yaparım.
iv-kitchen-teamwork-a3-why = Bir mutfak ekibinde her şey uyumlu olmalı. Kendi bildiğini yapan, bütün akışı bozar.
iv-kitchen-teamwork-a4 = Söylediğinizi yaparım, sorularımı sonra, ortalık sakinleşince sorarım.
iv-kitchen-teamwork-a4-why = Saygılı ama riskli: Bir şeyi anlamadıysan hemen kısaca sor – yoksa bir tabak yanlış çıkar.

iv-kitchen-teamwork-probe = Anlıyorum. Ama bizde ortalık gürültülü olunca bu kişisel değildir. Servis sırasında sizi herkesin önünde düzeltirsem nasıl tepki verirsiniz?
iv-kitchen-teamwork-probe-strict = Serviste ortalık gürültülü olur, bu böyle. Sizi herkesin önünde düzeltirsem ne yaparsınız?
iv-kitchen-teamwork-probe-a1 = “Evet şef” derim, hatayı düzeltirim ve bir şey canımı sıktıysa servisten sonra sizinle konuşurum.
iv-kitchen-teamwork-probe-a1-why = Çok olgun: Serviste önemli olan tabaktır, konuşma sonra sakin bir şekilde yapılır.
iv-kitchen-teamwork-probe-a2 = O zaman size hemen benimle böyle konuşamayacağınızı söylerim.
iv-kitchen-teamwork-probe-a2-why = Servisin ortasında herkesin önünde itiraz etmek ekibi huzursuz eder. Hakarete katlanmak zorunda değilsin – ama bunu sonra baş başa konuş.
iv-kitchen-teamwork-probe-a3 = Belki biraz üzülürüm, ama çalışmaya devam ederim.
iv-kitchen-teamwork-probe-a3-why = Dürüst ve dayanıklı. Sonradan neyi daha iyi yapabileceğini sorman da iyi olur.

iv-kitchen-hours = Bizde sık sık akşamları saat 22'ye kadar ve hafta sonları çalışırsınız. Buna karşılık hafta içinde iki gün izniniz olur. Bu size uyar mı?
iv-kitchen-hours-a1 = Evet, biliyorum, gastronomide bu normal. Ailemle de konuştum.
iv-kitchen-hours-a1-why = Çalışma saatlerini biliyor ve önceden tedbir almışsın. Bir şefi rahatlatan tam da bu.
iv-kitchen-hours-a2 = Hafta sonları izinli olmayı tercih ederim.
iv-kitchen-hours-a2-why = Gastronomide en yoğun zaman hafta sonudur. O zaman çalışmak istemeyen biri bu mesleğe pek uymaz.
iv-kitchen-hours-a3 = Genel olarak evet. Ama pazartesi akşamları hâlâ Almanca kursum var – o zaman izinli olmam mümkün mü?
iv-kitchen-hours-a3-why = İyi: Neye ihtiyacın olduğunu açıkça söylüyor ve kibarca soruyorsun. Erken söylenirse birçok işletme bunu planlar.
iv-kitchen-hours-a4 = Tabii ki. Her gün on iki saat de çalışabilirim.
iv-kitchen-hours-a4-why = İstekli ama gerçekçi değil: Yasa çalışma süresini sınırlar, çırakların ders de çalışması gerekir. Kuralları bilmiyormuşsun gibi görünür.

iv-kitchen-commute = İşletmemiz şehrin biraz dışında. Son otobüs 22:15'te kalkıyor. Geç vardiyadan sonra eve nasıl dönersiniz?
iv-kitchen-commute-a1 = Bağlantılara önceden baktım. Farlı bir bisikletim var ve şu an scooter ehliyeti alıyorum.
iv-kitchen-commute-a1-why = Önceden düşünmüş ve bir çözüm bulmuşsun. Kırsaldaki bir işletme buna çok dikkat eder.
iv-kitchen-commute-a2 = Henüz bilmiyorum. Benim tarafıma giden iş arkadaşları var mı?
iv-kitchen-commute-a2-why = İyi soru – kırsalda araç paylaşımı normaldir. Ama yolu önceden kontrol etmiş olman daha iyi olurdu.
iv-kitchen-commute-a3 = O zaman daha erken çıkarım.
iv-kitchen-commute-a3-why = Servis, otobüs kalktığında bitmez. İşveren şunu duyar: Bu kişi ekibi yüzüstü bırakır.

iv-kitchen-pay = Ücret konusuna gelelim: Bizde meslek eğitiminde ne kadar kazanıldığını biliyor musunuz?
iv-kitchen-pay-a1 = Evet, toplu sözleşmeye göre ödediğinizi, ilk yıl ayda 1.050 euro olduğunu okudum. Bu, yasal asgari miktardan belirgin şekilde fazla.
iv-kitchen-pay-a1-why = Çok iyi hazırlanmışsın: İşletmeyi ve kuralları biliyorsun. 2026'da başlayan meslek eğitimleri için yasa ilk yılda ayda en az 724 euro öngörüyor.
iv-kitchen-pay-a2 = En az 2.000 euro istiyorum, yoksa değmez.
iv-kitchen-pay-a2-why = Bu, çırakların aldığından çok daha fazla. İşveren şunu duyar: Meslek eğitimini tanımıyorsun – ve aslında bir iş arıyorsun (orada saatte 13,90 euro asgari ücret geçerli).
iv-kitchen-pay-a3 = Tam olarak bilmiyorum. İlk yıl ne kadar olduğunu söyleyebilir misiniz?
iv-kitchen-pay-a3-why = Sormak sorun değil. Ama bir rakam biliyorsan daha iyi görünür – genellikle ilanda veya toplu sözleşmede yazar.
iv-kitchen-pay-a4 = Para umurumda değil, sadece yemek yapmak istiyorum.
iv-kitchen-pay-a4-why = İstekli ama inandırıcı değil – herkes kira ödemek zorunda. Ücret hakkında bilgi almak normaldir.

iv-kitchen-probation = Bizde deneme süresi dört ay. Bu sizin için ne anlama geliyor?
iv-kitchen-probation-a1 = Deneme süresinde iki taraf da eğitim sözleşmesini sebep göstermeden ve ihbar süresi olmadan feshedebilir. Bu sürede güvenilir olduğumu göstermek istiyorum.
iv-kitchen-probation-a1-why = Doğru: Meslek eğitiminde deneme süresi bir ile dört ay arasıdır ve her iki taraf da hemen, yazılı olarak feshedebilir. Bunu bilmen güzel.
iv-kitchen-probation-a2 = Bu sürede daha az para mı alırım?
iv-kitchen-probation-a2-why = Hayır, deneme süresinde ücret aynıdır. Deneme süresi şu demek: İki taraf da sözleşmeyi kolayca sona erdirebilir.
iv-kitchen-probation-a3 = Bu sürede beni tanıyıp denemeniz demek. Elimden geleni yapacağım.
iv-kitchen-probation-a3-why = Özünde doğru ve istekli. Şunu da bilmek iyi olur: Deneme süresinde sözleşme ihbar süresi olmadan feshedilebilir.

iv-kitchen-punctuality = Vardiyanız saat 14'te başlıyor. Otobüsünüz iptal oldu ve yaklaşık 20 dakika geç kalacaksınız. Ne yaparsınız?
iv-kitchen-punctuality-strict = Bende vardiya tam vaktinde başlar. 20 dakika geç kalacağınızı fark ediyorsunuz. Ne yaparsınız?
iv-kitchen-punctuality-a1 = Hemen, saat 14'ten önce mutfağı ararım, aşağı yukarı ne zaman orada olacağımı söyler ve özür dilerim.
iv-kitchen-punctuality-a1-why = Doğru: Vardiya başlamadan aramak. Böylece ekip plan yapabilir – bir işveren için en önemlisi bu.
iv-kitchen-punctuality-a2 = Biraz geç gelirim ve o zaman açıklarım.
iv-kitchen-punctuality-a2-why = Haber vermezsen ekip bekler ve gelip gelmeyeceğini bilmez. Her zaman önceden haber ver.
iv-kitchen-punctuality-a3 = Bir iş arkadaşıma mesaj yazarım, o iletsin.
iv-kitchen-punctuality-a3-why = Hiç yoktan iyi, ama güvenilir değil: Belki mesajı çok geç okur. Doğrudan mutfak yönetimine haber ver, en iyisi telefonla.
iv-kitchen-punctuality-a4 = Böyle bir şey olmasın diye hep bir önceki otobüse binerim. Yine de olursa vardiya başlamadan ararım.
iv-kitchen-punctuality-a4-why = Çok iyi: Zaman payı bırakıyor ve acil durumda ne yapacağını biliyorsun.

iv-kitchen-own-questions = Güzel, benim sorularım bu kadar. Sizin bize sorularınız var mı?
iv-kitchen-own-questions-friendly = Evet, şimdi sıra sizde! Bizim hakkımızda ya da eğitim hakkında ne öğrenmek istersiniz?
iv-kitchen-own-questions-factual = Benim tarafımdan bu kadar. Hangi sorularınız var?
iv-kitchen-own-questions-a1 = Hayır, sorum yok.
iv-kitchen-own-questions-a1-why = Soru sormamak ilgisizlik gibi görünür. Her zaman iki üç soru hazırla.
iv-kitchen-own-questions-a2 = Evet: İlk yıl mutfağın hangi bölümlerini tanıyacağım ve eğitmenim kim olacak?
iv-kitchen-own-questions-a2-why = Güçlü bir soru: Eğitimin kendisiyle ilgileniyorsun. Bu gerçek bir istek gösterir.
iv-kitchen-own-questions-a3 = Kaç gün iznim olacak?
iv-kitchen-own-questions-a3-why = Sorulabilecek bir soru, ama tek soru olarak sanki en çok boş zamanı önemsiyormuşsun gibi görünür. Önce işle ilgili sor.
iv-kitchen-own-questions-a4 = Mutfağı ve ekibi tanımak için önce sizde bir deneme günü yapabilir miyim?
iv-kitchen-own-questions-a4-why = Gastronomide deneme çalışması yaygındır. Bunu kendisi isteyen, cesaret ve gerçek ilgi gösterir.

iv-kitchen-trial-day = Memnuniyetle. Önümüzdeki salı saat dokuzda gelin. Kaymaz tabanlı sağlam ayakkabılar getirin, aşçı ceketini biz veririz.

iv-kitchen-tone-note = Gitmeden önce açık bir söz: Bazı cevaplarınız kaba geldi. Mutfakta birbirimize çok yakın çalışırız, bu yüzden saygılı bir üslup iyi yemek kadar önemlidir.
iv-kitchen-tone-note-friendly = Size bir tavsiye daha verebilir miyim? Bazı cevaplar biraz soğuk geldi. Mutfakta omuz omuza çalışırız – nazik bir üslup birçok şeyi kolaylaştırır.

iv-kitchen-goodbye = Görüşme için çok teşekkürler. Gelecek haftanın sonuna kadar bizden haber alacaksınız. Hoşça kalın!
iv-kitchen-goodbye-friendly = Çok teşekkürler, çok güzel bir sohbetti! Gelecek haftanın sonuna kadar size dönüş yapacağız. Eve sağ salim varın!
iv-kitchen-goodbye-strict = Teşekkürler. Gelecek haftanın sonuna kadar cevap alacaksınız. Hoşça kalın.
