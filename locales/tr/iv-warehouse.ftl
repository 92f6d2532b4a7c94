# "Depo" mülakatı (Türkçe): Almanca konuşmanın çevirisi ve geri bildirim. Yapı: assets/dialogue/interview/warehouse.ron

iv-warehouse-title = Depo elemanı meslek eğitimi (Fachlagerist/in) – lojistik merkezi
iv-warehouse-brief = Weserland Logistik GmbH, Kassel'de 420 çalışanı olan bir aile şirketidir. Bisiklet ve e-bisiklet yedek parçalarını depolar ve bunları Avrupa'nın her yerindeki yaklaşık 2.000 bisiklet dükkânına gönderir; pazartesiden cumaya üç vardiyayla çalışır. İki yıllık Fachlagerist/in eğitiminde birinci yıl ayda 1.050 euro, ikinci yıl 1.150 euro ödenir; çıraklar (Azubi) forklift ehliyetini şirkette alır ve çoğu eğitimden sonra işe alınır.

iv-warehouse-welcome = İyi günler, Weserland Logistik'e hoş geldiniz. Benim adım Kowalski, buradaki lojistik merkezinde meslek eğitiminden sorumluyum. Lütfen oturun.
iv-warehouse-welcome-friendly = Merhaba, Weserland Logistik'e hoş geldiniz! Benim adım Kowalski, çıraklarımızla ben ilgileniyorum. Geldiğinize sevindim – buyurun oturun!
iv-warehouse-welcome-strict = İyi günler. Kowalski, eğitim sorumlusu. Lütfen oturun. Otuz dakikamız var.

iv-warehouse-smalltalk = Bizi kolay buldunuz mu? Bir bardak su ister misiniz?
iv-warehouse-smalltalk-a1 = Evet, teşekkür ederim. Otobüsle geldim ve on dakika erken buradaydım. Su memnuniyetle alırım.
iv-warehouse-smalltalk-a1-why = Nazik, kısa ve “teşekkür ederim” ile – üstelik dakik geldiğini de belli ediyorsun. İyi bir ilk izlenim.
iv-warehouse-smalltalk-a2 = Evet.
iv-warehouse-smalltalk-a2-why = “Teşekkürler” olmadan sadece “evet” demek soğuk ve kaba görünür. Almanya'da baştaki küçük sohbet mülakatın bir parçasıdır.
iv-warehouse-smalltalk-a3 = Memnuniyetle, teşekkürler! Kapıyı bulmak kolay değildi ama danışmaya sordum.
iv-warehouse-smalltalk-a3-why = Nazik ve dürüst. Etrafta dolaşmak yerine yol sorman iyi izlenim bırakır.

iv-warehouse-intro = Lütfen bize kısaca kendinizden bahseder misiniz?
iv-warehouse-intro-strict = Lütfen kendinizi tanıtın. Kısaca, en fazla iki dakika.
iv-warehouse-intro-a1 = 19 yaşındayım ve iki yıldır Kassel'de yaşıyorum. Bir uyum kursu bitirdim ve bir yapı marketteki stajımda ürünlerle çalışmayı sevdiğimi fark ettim. Bu yüzden bu meslek eğitimini yapmak istiyorum.
iv-warehouse-intro-a1-why = Kısa, düzenli ve meslekle bağlantılı. İşveren kendini tanıtırken tam olarak bunu duymak ister.
iv-warehouse-intro-a2 = 2023'te Almanya'ya geldim. En iyisi baştan anlatayım: önce uzun süre yoldaydım, sonra farklı barınma yerlerinde kaldım …
iv-warehouse-intro-a2-why = Hikâyen önemli ama burada çok uzun ve işle ilgisi yok. Birkaç cümleyle kim olduğunu, ne yaptığını ve bu mesleği neden istediğini söyle.
iv-warehouse-intro-a3 = Ne bilmek istiyorsunuz?
iv-warehouse-intro-a3-why = Bu soru neredeyse her mülakatta sorulur. Kısa bir tanıtım hazırlamamış olan kişi hazırlıksız görünür.

iv-warehouse-why-company = Neden özellikle Weserland Logistik'e başvurdunuz?
iv-warehouse-why-company-friendly = Anlatın bakalım: Weserland Logistik'te sizi ne ilgilendirdi?
iv-warehouse-why-company-strict = Neden biz? Kassel'de bir sürü lojistik şirketi var.
iv-warehouse-why-company-a1 = Siz Avrupa'nın her yerindeki dükkânlara bisiklet yedek parçası gönderiyorsunuz – ben de her gün bisiklete biniyorum ve birçok parçayı tanıyorum. Ayrıca stajyerlerinizin forklift ehliyetini şirkette aldığını okudum.
iv-warehouse-why-company-a1-why = Şirket hakkında iki gerçek bilgi veriyor ve bunları kendinle bağlıyorsun. Böylece araştırma yaptığını ve gerçekten burada çalışmak istediğini gösteriyorsun.
iv-warehouse-why-company-a2 = Deponuza evimden otobüsle kolayca gelinebiliyor.
iv-warehouse-why-company-a2-why = Yolun kısa olması pratik ama işveren şunu duyar: şirketin kendisi önemli değil. Önce şirkette seni ilgilendiren bir şeyi söyle.
iv-warehouse-why-company-a3 = Birçok şirkete başvurdum. Sadece bir eğitim yerine ihtiyacım var.
iv-warehouse-why-company-a3-why = Dürüst ama işveren şunu duyar: burası birçok seçenekten sadece biri. Önceden web sitesini oku ve bu şirkette neyi beğendiğini söyle.
iv-warehouse-why-company-a4 = Bir tanıdığım sizin mal kabul bölümünüzde çalışıyor ve ekibin iyi olduğunu söylüyor. Web sitenizde de çırakların çoğunu işe aldığınız yazıyor.
iv-warehouse-why-company-a4-why = İyi: araştırmışsın ve şirketin bir güçlü yanını biliyorsun. Eğitimden sonra işe alınmaktan bahsetmen uzun vadeli düşündüğünü gösterir.

iv-warehouse-why-company-probe = Peki bizim hakkımızda ne biliyorsunuz?
iv-warehouse-why-company-probe-a1 = Bisiklet ve e-bisiklet yedek parçalarını depoluyor ve Avrupa'daki bisiklet dükkânlarına gönderiyorsunuz. Ve üç vardiyayla çalışıyorsunuz.
iv-warehouse-why-company-probe-a1-why = Bununla durumu kurtarıyorsun: aslında bilgi topladığını gösteriyorsun. Bunu en iyisi ilk soruda hemen söylemek.
iv-warehouse-why-company-probe-a2 = Siz bir lojistik şirketisiniz.
iv-warehouse-why-company-probe-a2-why = Bunu kapının önünde duran herkes bilir. İşveren şunu duyar: hazırlanmamışsın.
iv-warehouse-why-company-probe-a3 = Açıkçası pek bir şey bilmiyorum. İşiniz hakkında daha fazla bilgi almak isterim.
iv-warehouse-why-company-probe-a3-why = Dürüst ve nazik ama hazırlık eksik. Şirketin web sitesinde on dakika geçirmek iyi bir cevap için yeterli.

iv-warehouse-strengths = Özellikle neyi iyi yaparsınız? Lütfen iki güçlü yanınızı söyleyin.
iv-warehouse-strengths-a1 = Dikkatli ve titiz çalışırım, fiziksel olarak da formdayım. Yapı marketteki stajımda ürünleri rafa dizdim ve rafları ürün numarasına göre sıraladım – hep doğruydu.
iv-warehouse-strengths-a1-why = Depoda önemli olan iki güçlü yan ve kanıt olarak bir örnek. Güçlü bir yan böyle inandırıcı olur.
iv-warehouse-strengths-a2 = Takım çalışmasına yatkın, strese dayanıklı, esnek ve iletişimi güçlü biriyim.
iv-warehouse-strengths-a2-why = Örneksiz dört moda kelime ezberlenmiş gibi duyulur. Daha iyisi: iki güçlü yan ve her biri için hayatından bir örnek.
iv-warehouse-strengths-a3 = Güçlüyüm ve ağır şeyler kaldırabilirim.
iv-warehouse-strengths-a3-why = Güç işe yarar ama depoda ağır yükler transpalet ve forkliftle taşınır. Dikkat, güvenilirlik ve takım çalışması daha önemlidir.
iv-warehouse-strengths-a4 = Güvenilirim: içecek marketindeki mini işimde sekiz ayda bir kez bile geç kalmadım. Ayrıca hızlı öğrenirim.
iv-warehouse-strengths-a4-why = Vardiyalı çalışmada güvenilirlik çok önemlidir ve bunu somut bir örnekle kanıtlıyorsun. Bu ikna edicidir.

iv-warehouse-strengths-probe = Strese dayanıklı, esnek – bunu çok kişi söylüyor. Lütfen yoğun baskıyla başa çıktığınız somut bir örnek verin.
iv-warehouse-strengths-probe-a1 = İçecek marketine cumartesileri, dükkân doluyken sık sık büyük bir teslimat gelirdi. Sakin kaldım: önce müşteriler, sonra mallar. Akşama her şey raftaydı.
iv-warehouse-strengths-probe-a1-why = Gerçek bir durum, ne yaptığın ve sonuç. Böylece “strese dayanıklı” sözünün doğru olduğunu kanıtlıyorsun.
iv-warehouse-strengths-probe-a2 = Ben böyleyim. Hiçbir şey beni strese sokmaz.
iv-warehouse-strengths-probe-a2-why = Örnek olmadan bu sadece bir iddia, “hiçbir şey beni strese sokmaz” sözüne de pek kimse inanmaz. İşveren stresle nasıl başa çıktığını görmek ister.
iv-warehouse-strengths-probe-a3 = Şu an aklıma bir örnek gelmiyor. Ama Almanca kursunun yanında her gün çalıştım.
iv-warehouse-strengths-probe-a3-why = İkinci cümle biraz kurtarıyor: kurs ve işi birlikte yürütmek dayanıklılık gösterir. Mülakattan önce her güçlü yanın için bir örnek düşün.

iv-warehouse-weakness = Peki kendinizde hangi zayıf yanları görüyorsunuz?
iv-warehouse-weakness-strict = Bir zayıf yanınızı söyleyin – ve buna karşı ne yaptığınızı.
iv-warehouse-weakness-a1 = Telefonda hızlı konuşulan Almancayı henüz her zaman anlamıyorum. Bu yüzden akşamları B2 kursuna gidiyorum ve emin olmadığımda tekrar soruyorum.
iv-warehouse-weakness-a1-why = İşi tehlikeye atmayan gerçek bir zayıflık ve buna karşı ne yaptığın. Bu soru tam olarak böyle cevaplanır.
iv-warehouse-weakness-a2 = Fazla mükemmeliyetçiyim.
iv-warehouse-weakness-a2-why = İnsan kaynakları bu cevabı çok sık duyar; bir hile gibi gelir. Gerçek, küçük bir zayıflığını ve bunu nasıl değiştirdiğini söyle.
iv-warehouse-weakness-a3 = Bir şey uzun sürünce bazen sabırsızlanıyorum. Kendi başıma farklı bir şey yapmadan önce sormayı öğrendim.
iv-warehouse-weakness-a3-why = Dürüst ve çözümlü. Depoda kendi kafana göre davranmak yerine sormak önemlidir.
iv-warehouse-weakness-a4 = Hiç zayıf yanım yok.
iv-warehouse-weakness-a4-why = Buna kimse inanmaz. İşveren şunu duyar: bu kişi kendini iyi tanımıyor ya da dürüst değil.

iv-warehouse-cv-gap = Özgeçmişinizde Mart 2024'ten Haziran 2025'e kadar bir boşluk görüyorum. Bu sürede ne yaptınız?
iv-warehouse-cv-gap-friendly = Özgeçmişinizde Mart 2024 ile Haziran 2025 arasında bir şey yazmadığını fark ettim. O zaman ne yaptığınızı rahatça anlatabilirsiniz.
iv-warehouse-cv-gap-strict = Mart 2024'ten Haziran 2025'e kadar özgeçmişinizde hiçbir şey yok. Lütfen açıklayın.
iv-warehouse-cv-gap-a1 = Bir uyum kursuna gittim ve Almancayı B1 seviyesine kadar öğrendim. Yanında bir içecek marketinde mini işte çalıştım. Bunu özgeçmişime ekleyeceğim.
iv-warehouse-cv-gap-a1-why = Açık ve olumlu: öğrendin ve çalıştın. Dil kurslarını ve mini işleri her zaman özgeçmişe yaz – o zaman boşluk kalmaz.
iv-warehouse-cv-gap-a2 = Çalışma iznimi bekliyordum ve çalışmam yasaktı. Bu sürede uygulamalarla Almanca öğrendim ve amcama dükkânında yardım ettim.
iv-warehouse-cv-gap-a2-why = Dürüst ve bahanesiz. İşveren, bekleme süresini iyi değerlendirdiğini duyar.
iv-warehouse-cv-gap-a3 = Özel bir şey yapmadım. Evdeydim.
iv-warehouse-cv-gap-a3-why = İşveren şunu duyar: bu kişi bir yıl hiçbir şey yapmamış. Neredeyse her zaman bir şey vardır – Almanca öğrenmek, aileye destek olmak, resmî daire randevuları. Bunu söyle.
iv-warehouse-cv-gap-a4 = Bu, iş için önemli değil ki.
iv-warehouse-cv-gap-a4-why = Cevap savunmacı, sanki saklayacak bir şeyin varmış gibi duyuluyor. Özel ayrıntı vermek zorunda değilsin ama kısa bir cümle daha iyidir.

iv-warehouse-cv-gap-probe = Bir yıl uzun bir süre. Ne öğrendiniz ya da neler hallettiniz? Küçük şeyler de sayılır.
iv-warehouse-cv-gap-probe-a1 = Küçük kardeşlerime baktım ve annem çalıştığı için onları her sabah okula götürdüm. Hep dakik olmam gerekiyordu.
iv-warehouse-cv-gap-probe-a1-why = Bu bir sorumluluk ve sen onu dakiklikle bağlıyorsun. Böylece “boşluk” bir güçlü yana dönüşüyor.
iv-warehouse-cv-gap-probe-a2 = Uygulamalarla Almanca öğrendim ve resmi dairelerdeki birçok işi kendim hallettim.
iv-warehouse-cv-gap-probe-a2-why = İyi: Almanca öğrenmek ve resmî işleri kendi başına organize etmek bağımsızlık gösterir. Bunu hemen ilk soruda söyle.
iv-warehouse-cv-gap-probe-a3 = Aslında hiçbir şey.
iv-warehouse-cv-gap-probe-a3-why = Tekrar sorulunca da cevap yok – işveren motivasyon eksikliği duyar. O sürede gerçekte ne yaptığını önceden düşün.

iv-warehouse-certificates = Okul diplomanızı yurt dışında aldınız. Almanya'da tanınıyor mu?
iv-warehouse-certificates-a1 = Evet. Diploma denklik ofisi diplomamı Hauptschulabschluss'a denk saydı. Kararı başvuruma ekledim.
iv-warehouse-certificates-a1-why = Çok iyi: süreci biliyorsun ve belgen yanında. Bu, şirkete iş kazandırır ve hazırlıklı olduğunu gösterir.
iv-warehouse-certificates-a2 = Süreç hâlâ devam ediyor. Onaylı bir tercüme verdim, danışma merkezi bana yardım ediyor. Kararı alır almaz göndereceğim.
iv-warehouse-certificates-a2-why = İyi: bununla ilgilenmişsin ve sonra ne olacağını açıkça söylüyorsun. Süren bir denklik işlemi işveren için sorun değildir.
iv-warehouse-certificates-a3 = Hayır, diplomam burada zaten geçerli değil.
iv-warehouse-certificates-a3-why = Diplomandan vazgeçme: eyaletinin diploma denklik ofisi (Zeugnisanerkennungsstelle) onu bir Alman diplomasıyla karşılaştırır (meslek diplomaları için ilgili meslek odası, bkz. “Anerkennung in Deutschland”). Çoğu zaman tanınır.
iv-warehouse-certificates-a4 = Bu şart mı? Depoda çalışmak için diploma gerekmez ki.
iv-warehouse-certificates-a4-why = Yasal olarak meslek eğitimi için belirli bir diploma gerekmez ama şirketler ne öğrendiğini görmek ister. Soruya soruyla cevap vermek küçümseyici duyulur.

iv-warehouse-german = Almancanızı nasıl değerlendirirsiniz? Meslek okulunda ve iş güvenliği eğitimlerinde her şey Almanca.
iv-warehouse-german-a1 = B1 sertifikam var. Günlük hayatta iyi idare ediyorum. Mesleki kelimeleri not alıyorum ve anlamadığım bir şey olursa soruyorum.
iv-warehouse-german-a1-why = Seviyeni belgeyle söylüyor ve eksiklerle nasıl başa çıktığını gösteriyorsun. Özellikle güvenlik kurallarında soru sormak önemlidir.
iv-warehouse-german-a2 = Çok iyi.
iv-warehouse-german-a2-why = Çok kısa ve kanıtsız. Seviyeni (örneğin B1) ve bir sertifikayı söyle – işveren zaten şu anda Almancanı duyuyor.
iv-warehouse-german-a3 = Henüz çok iyi değil. Ama meslek okulunda öğrenirim.
iv-warehouse-german-a3-why = Meslek okulu mesleki konular öğretir, Almanca kursu değildir. Almancan için kendinin ne yaptığını söylemen daha iyi olur.
iv-warehouse-german-a4 = B1'im var ve şimdi akşamları mesleki B2 dil kursuna gidiyorum. Meslek okulunda iyi takip edebilmek istiyorum.
iv-warehouse-german-a4-why = Çok iyi: seviye, belge ve bir plan. İşveren kendi isteğinle öğrenmeye devam ettiğini duyar.

iv-warehouse-german-hard = Güzel, o zaman lütfen bana Almanca açıklayın: mal kabulde ne olur?
iv-warehouse-german-hard-a1 = Teslimat kontrol edilir: miktar irsaliyeyle uyuşuyor mu, hasarlı bir şey var mı? Sonra mal sisteme kaydedilir ve depodaki yerine götürülür.
iv-warehouse-german-hard-a1-why = Mesleki olarak doğru ve net adımlarla açıklanmış. Hem Almancanı hem de bilgini gösteriyorsun.
iv-warehouse-german-hard-a2 = Orada mallar içeri gelir.
iv-warehouse-german-hard-a2-why = Doğru ama neredeyse hiçbir şey söylemiyor. Adımları iki üç cümleyle anlatmaya çalış – basit kelimeler yeterli.
iv-warehouse-german-hard-a3 = Henüz tam bilmiyorum. Sanırım paketler kontrol ediliyor. Bunu eğitimde öğrenmek istiyorum.
iv-warehouse-german-hard-a3-why = Dürüst ve iyi bir Almancayla, ama önceden araştırabilirdin. Mal kabul bu meslekteki ilk görevlerden biridir.

iv-warehouse-shifts = Üç vardiyayla çalışıyoruz: sabah 6'dan itibaren erken vardiya, saat 22'ye kadar geç vardiya ve gece vardiyası. 18 yaşından büyük çıraklar bazen gece vardiyasına da yazılır. Bu size uyar mı?
iv-warehouse-shifts-factual = Erken 6–14, geç 14–22, gece 22–6, haftalık değişir. 18 yaşından itibaren gece vardiyası da var. Sizin için olur mu?
iv-warehouse-shifts-a1 = Uyar. 19 yaşındayım ve buna hazırım. Eğitim sırasında ne sıklıkla gece vardiyası oluyor?
iv-warehouse-shifts-a1-why = Net bir evet ve iyi bir soru. İşveren şunu duyar: bu kişi vardiyalı çalışmayı düşünmüş.
iv-warehouse-shifts-a2 = Sorun değil, her zaman çalışabilirim, hafta sonu da, on iki saat aralıksız da.
iv-warehouse-shifts-a2-why = Bu aşırı hevesli ve gerçekçi değil: Almanya'da genellikle günde en fazla on saat çalışmaya izin var. Senin için neyin uygun olduğunu dürüstçe söyle.
iv-warehouse-shifts-a3 = Erken ve geç vardiya iyi. Gece zor, çünkü sabahları küçük kız kardeşimi okula götürüyorum. Bunu konuşabilir miyiz?
iv-warehouse-shifts-a3-why = Dürüst ve çözüm odaklı: sebebi söylüyor ve konuşmayı öneriyorsun. Bir kısıtlama böyle doğru ifade edilir.
iv-warehouse-shifts-a4 = Gece vardiyası yapmam.
iv-warehouse-shifts-a4-why = Bu kadar sert söylenince şirkete uyum sağlamaya hazır değilmişsin gibi duyulur. Bir sebep varsa söyle ve çözüm sor.

iv-warehouse-shifts-family = Açık sözlülüğünüz için teşekkürler. Gece vardiyasından sonra kız kardeşinizi okula götürebilecek biri var mı?
iv-warehouse-shifts-family-a1 = Annem salı ve perşembe günleri izinli. Gece vardiyaları bu günlerden önceye denk gelirse olur. Diğer günler için ailemle konuşacağım.
iv-warehouse-shifts-family-a1-why = Somut bir çözüm getiriyorsun. İşveren görür: seninle plan yapılabilir.
iv-warehouse-shifts-family-a2 = Hayır, bunu sadece ben yapabilirim.
iv-warehouse-shifts-family-a2-why = Dürüst ama hiç çözüm yok. Neyin mümkün olabileceğini önceden düşün, örneğin belirli günler veya komşulardan yardım.
iv-warehouse-shifts-family-a3 = Henüz bilmiyorum. Hafta sonuna kadar bunu halledip size haber vereceğim.
iv-warehouse-shifts-family-a3-why = İyi: yanlış bir şey vaat etmiyor ve bir süre veriyorsun. Sonra bu süreye mutlaka uy.

iv-warehouse-punctuality = Erken vardiya sabah 6'da başlar, o saatte herkes üstünü değiştirmiş olarak iş yerinde olur. Sabahları bize nasıl geleceksiniz?
iv-warehouse-punctuality-a1 = Denedim: ilk otobüs 5:12'de kalkıyor ve 5:40'ta burada. Bisikletle 25 dakika sürüyor, bu da B planım.
iv-warehouse-punctuality-a1-why = Mükemmel: yolu denemişsin ve bir B planın var. Almanya'da vardiyalı çalışmada dakiklik şarttır.
iv-warehouse-punctuality-a2 = Bir şekilde hallederim.
iv-warehouse-punctuality-a2-why = İşveren şunu duyar: bu kişi henüz bunu düşünmemiş. Hangi otobüsün seni zamanında getirdiğine önceden bak.
iv-warehouse-punctuality-a3 = Otobüsle. Otobüs gecikirse bu benim suçum değil ki.
iv-warehouse-punctuality-a3-why = Otobüsün gecikmesi senin suçun değil ama zamanında gelmek senin sorumluluğun. Böyle cevap veren sorumluluğu başkasına atıyor gibi görünür.
iv-warehouse-punctuality-a4 = 5:30 otobüsüne binerim, 5:58'de burada olur.
iv-warehouse-punctuality-a4-why = Planlanmış ama çok sıkışık: saat 6'da üstünü değiştirmiş, iş ayakkabılarınla yerinde olmalısın. 15–20 dakika pay bırak.

iv-warehouse-punctuality-late = Peki yine de bir gün geç kalırsanız ne yaparsınız?
iv-warehouse-punctuality-late-a1 = Vardiya başlamadan vardiya amirimi ararım, aşağı yukarı ne zaman orada olacağımı söylerim ve olabildiğince hızlı gelirim.
iv-warehouse-punctuality-late-a1-why = Tam doğru: sonradan açıklamak yerine önceden aramak. Böylece vardiya işi yeniden dağıtabilir.
iv-warehouse-punctuality-late-a2 = Bir iş arkadaşıma mesaj atarım, o da iletir.
iv-warehouse-punctuality-late-a2-why = Hiç yoktan iyidir ama mesaj kaybolabilir. Sorumlu kişiye kendin, en iyisi telefonla haber ver.
iv-warehouse-punctuality-late-a3 = Biraz geç gelirim ve sonra açıklarım.
iv-warehouse-punctuality-late-a3-why = Haber vermeden geç kalmak kaba ve güvenilmez sayılır. Vardiyalı işte bütün ekip bekler.

iv-warehouse-picking = Sipariş toplarken el tarayıcınıza bir sipariş gelir, parçaları raftan alır ve her birini tararsınız. Sizin için hangisi daha önemli: hız mı, doğruluk mu?
iv-warehouse-picking-strict = Bizde sipariş toplamada her hata sayılır. Hız mı doğruluk mu – hangisi daha önemli?
iv-warehouse-picking-a1 = Önce doğruluk. Yanlış bir teslimat bisiklet dükkânına zaman, size de para kaybettirir. İşleyişi öğrendikçe hızlanırım da.
iv-warehouse-picking-a1-why = Bir deponun duymak istediği tam olarak bu: hatalar pahalıdır, hız pratikle gelir. Müşteriyi bile düşünüyorsun.
iv-warehouse-picking-a2 = Hız. Ne kadar hızlı, o kadar iyi.
iv-warehouse-picking-a2-why = Hız önemli ama yanlış paketlenen mallar geri gönderilmek zorunda. İşveren şunu duyar: bu kişi kolay hata yapar.
iv-warehouse-picking-a3 = İkisi de. Her parçayı tarıyor ve kutuya koymadan önce ürün numarasını ve miktarı karşılaştırıyorum.
iv-warehouse-picking-a3-why = İyi: somut olarak nasıl dikkatli çalıştığını anlatıyorsun. Bu, süreci anladığını gösterir.
iv-warehouse-picking-a4 = Tarayıcı zaten her şeyi yapıyor, yanlış yapmak mümkün değil.
iv-warehouse-picking-a4-why = Tarayıcı yardım eder ama insanlar yanlış göze uzanır ya da iki kez tarar. İşveren şunu duyar: bu kişi işi hafife alıyor.

iv-warehouse-picking-error = Paketledikten sonra yanlış miktar taramış olabileceğinizi fark ediyorsunuz. Koli çoktan kapatılmış. Ne yaparsınız?
iv-warehouse-picking-error-a1 = Hemen vardiya amirine haber veririm. Sonra koliyi açar, içeriği kontrol eder ve kaydı düzeltiriz.
iv-warehouse-picking-error-a1-why = Doğru: hatayı hemen bildirmek ve birlikte düzeltmek. Depoda hatalar konusunda dürüst olmak, hiç hata yapmamaktan daha önemlidir.
iv-warehouse-picking-error-a2 = Öyle bırakırım. Müşteri şikâyet ederse o zaman da halledilir.
iv-warehouse-picking-error-a2-why = O zaman bisiklet dükkânı yanlış mal alır ve sistemdeki stok artık doğru olmaz. İşveren şunu duyar: bu kişi hatalara aldırmıyor.
iv-warehouse-picking-error-a3 = Koliyi kendim tekrar açar ve kimseye bir şey söylemeden düzeltirim, başım belaya girmesin diye.
iv-warehouse-picking-error-a3-why = Düzeltmek istemen iyi ama sistemdeki kayıt da doğru olmalı. Hatayı saklamak hatanın kendisinden daha kötüdür.

iv-warehouse-safety = Bizde iş güvenliği ayakkabısı ve reflektörlü yelek zorunludur. Bu depoda neden bu kadar önemli?
iv-warehouse-safety-a1 = Forkliftler ve transpaletler dolaşıyor, ağır koliler düşebilir. Ayakkabıların çelik burnu var, yelekle de forklift sürücüsü beni görür.
iv-warehouse-safety-a1-why = Kuralın arkasındaki sebebi anlıyorsun. Güvenlik kurallarını anlayan onlara uyar da – bu her işvereni rahatlatır.
iv-warehouse-safety-a2 = Çünkü kural öyle.
iv-warehouse-safety-a2-why = Doğru ama tehlikeleri bildiğini göstermiyorsun. Düşen koliler veya forkliftler gibi bir örnek ver.
iv-warehouse-safety-a3 = Ayakkabıları kendim mi almak zorundayım?
iv-warehouse-safety-a3-why = Haklı bir soru (koruyucu giysiyi işveren sağlamak zorundadır) ama sorudan kaçıyorsun. Önce cevap ver, sonra sor.

iv-warehouse-forklift = Forklift ehliyetiniz var mı?
iv-warehouse-forklift-a1 = Hayır, henüz yok. Ama almayı çok isterim. Sizde eğitim sırasında bu mümkün mü?
iv-warehouse-forklift-a1-why = Dürüst ve ilgili, uygun bir soruyla. Şirketin bu ehliyeti sunduğunu bilseydin daha da iyi olurdu.
iv-warehouse-forklift-a2 = Kendi ülkemde forklift kullandım ama Alman belgem yok. Eğitimi burada memnuniyetle yaparım.
iv-warehouse-forklift-a2-why = İyi: deneyimin var ve Almanya'da bir eğitime ve şirketten yazılı bir kullanma yetkisine ihtiyacın olduğunu biliyorsun.
iv-warehouse-forklift-a3 = Hayır ama kullanabilirim. Kuzenim bana bir avluda gösterdi.
iv-warehouse-forklift-a3-why = Almanya'da eğitim almadan forklift kullanmak yasak ve tehlikelidir. İşveren şunu duyar: bu kişi güvenliği ciddiye almıyor.
iv-warehouse-forklift-a4 = Hayır. Stajyerlerinizin bunu şirkette aldığını okudum – bunu dört gözle bekliyorum.
iv-warehouse-forklift-a4-why = Çok iyi: şirketin bir imkânını biliyor ve hevesini gösteriyorsun. Bu tür bir hazırlık göze çarpar.

iv-warehouse-teamwork = Depoda çok takım hâlinde çalışırsınız. Başkalarıyla iyi çalıştığınız bir durumu anlatın.
iv-warehouse-teamwork-a1 = Stajımda büyük bir teslimat geldi. İşi bölüştük: ben paketleri açıp kontrol ettim, bir iş arkadaşım raflara dizdi. Böylece dükkân açılmadan bitirdik.
iv-warehouse-teamwork-a1-why = İş bölümü ve sonucuyla işten somut bir durum. Depoda takım çalışması tam olarak böyle işler.
iv-warehouse-teamwork-a2 = Yalnız çalışmayı tercih ederim, öyle daha hızlıyım. Ama takımda da tabii olur.
iv-warehouse-teamwork-a2-why = Dürüst ama sorulanın tam tersi. Depoda işin başkalarına bağlıdır – takımda iyi olduğun bir örnek ver.
iv-warehouse-teamwork-a3 = İki yıldır bir futbol kulübünde oynuyorum. Altı farklı ülkeden geliyoruz; sahada hepimiz Almanca konuşuyor ve birbirimize yardım ediyoruz.
iv-warehouse-teamwork-a3-why = Boş zamandan, dayanışmayı ve Almancayı gösteren iyi bir örnek. Bundan işe ne taşıyacağını da ekle.

iv-warehouse-pay = Eğitim ücretine gelelim. Bu konuda bilgi edindiniz mi?
iv-warehouse-pay-a1 = Evet. Yasal olarak birinci yılda ayda en az 724 euro. Web sitenizde 1.050 euro ödediğiniz yazıyor. Bunu iyi buluyorum.
iv-warehouse-pay-a1-why = Yasal asgari eğitim ücretini ve şirketin teklifini biliyorsun. Bu, talepkâr görünmeden hazırlıklı olduğunu gösterir.
iv-warehouse-pay-a2 = En azından asgari ücreti, yani saatte 13,90 euro bekliyorum.
iv-warehouse-pay-a2-why = Asgari ücret (Mindestlohn) çıraklar için geçerli değildir. Meslek eğitimi için asgari eğitim ücreti vardır: 2026'da başlayanlar için birinci yılda ayda en az 724 euro; birçok şirket daha fazla öder.
iv-warehouse-pay-a3 = Para benim için önemli değil.
iv-warehouse-pay-a3-why = Buna kimse inanmaz, söylemen de gerekmiyor. Ücret hakkında bilgi almak normal ve doğrudur.
iv-warehouse-pay-a4 = Henüz tam bilmiyorum. Birinci ve ikinci yıldaki ücretin ne kadar olduğunu söyleyebilir misiniz?
iv-warehouse-pay-a4-why = Sormak normal ve naziktir. Daha iyisi önceden web sitesine veya meslek odasına bakmak – o zaman daha hedefli sorarsın.

iv-warehouse-own-questions = Bize sormak istediğiniz bir şey var mı?
iv-warehouse-own-questions-friendly = Evet, şimdi sıra sizde: bizden ne öğrenmek istersiniz?
iv-warehouse-own-questions-strict = Sorunuz var mı? Beş dakikamız kaldı.
iv-warehouse-own-questions-a1 = Evet: ilk haftalarda işe alıştırma nasıl oluyor ve sabit bir muhatabım olacak mı?
iv-warehouse-own-questions-a1-why = Çok iyi bir soru: kendini burada çalışırken şimdiden hayal ettiğini ve iyi öğrenmek istediğini gösterir.
iv-warehouse-own-questions-a2 = Hayır, her şey açık.
iv-warehouse-own-questions-a2-why = Soru sormamak ilgisizlik gibi görünür. İki üç soru hazırla, örneğin işe alıştırma veya meslek okulu hakkında.
iv-warehouse-own-questions-a3 = Kaç gün iznim var ve ne zaman izin alabilirim?
iv-warehouse-own-questions-a3-why = Sorulabilecek bir soru ama tek sorun buysa işveren şunu duyar: boş zaman işten daha önemli. Önce işin kendisini sor.
iv-warehouse-own-questions-a4 = Deneme süresi ne kadar ve eğitimden sonra kaç çırağı işe alıyorsunuz?
iv-warehouse-own-questions-a4-why = Uzun vadeli plan yaptığını gösteren iyi sorular. Meslek eğitiminde deneme süresi (Probezeit) bir ile dört ay arasıdır.

iv-warehouse-manners = Gitmeden önce bir geri bildirim daha: nazik bir üsluba dikkat edin. Şirkette vardiya amirlerine ve iş arkadaşlarına saygı çok önemlidir.
iv-warehouse-manners-friendly = Benden küçük bir ipucu: nazik bir üslup çok şey değiştirir. “Lütfen”, “teşekkürler” ve bir şey ters gittiğinde bir telefon – her ekip bunu takdir eder.

iv-warehouse-goodbye = Görüşme için çok teşekkür ederim. Gelecek haftanın sonuna kadar size dönüş yapacağız. Eve iyi yolculuklar!
iv-warehouse-goodbye-friendly = Çok teşekkürler, sizinle konuşmak çok keyifliydi! Gelecek haftanın sonuna kadar bizden haber alacaksınız. Her şey gönlünüzce olsun, iyi günler!
iv-warehouse-goodbye-strict = Teşekkürler. Gelecek haftanın sonuna kadar bir cevap alacaksınız. Hoşça kalın.
