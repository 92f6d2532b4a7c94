# Mülakat: Autoservice Krämer'de otomotiv mekatroniği meslek eğitimi (assets/dialogue/interview/mechatronics.ron)

iv-mechatronics-title = Meslek eğitimi: otomotiv mekatronik teknisyeni (Kfz-Mechatroniker/in)
iv-mechatronics-brief = Kassel'deki Autoservice Krämer GmbH, 1989'dan beri bir aile işletmesidir: her marka aracı tamir eden bağımsız bir servis; 28 çalışanı ve altı çırağı (Azubi) var. Ekip 2022'den beri elektrikli ve hibrit araçlarla da çalışıyor (yüksek voltaj eğitimi). Meslek eğitimi 3,5 yıl sürer; eğitim ücreti motorlu taşıt zanaatının toplu sözleşmesine göre ödenir (1. yıl: aylık brüt 1.050 €). Atölye şefi ve eğitmen Sandra Krämer ile konuşuyorsun.

## welcome
iv-mechatronics-welcome = İyi günler, ben Sandra Krämer, Autoservice Krämer'de atölye şefi ve eğitmenim. Geldiğiniz için memnunum. Lütfen oturun.
iv-mechatronics-welcome-friendly = Merhaba, Autoservice Krämer'e hoş geldiniz! Ben Sandra Krämer, atölyeyi yönetiyorum ve çıraklarımızla ilgileniyorum. Buyurun oturun – bir bardak su ister misiniz?
iv-mechatronics-welcome-strict = İyi günler. Krämer, atölye şefi. Oturun. Yirmi dakikamız var, hemen başlayalım.

## intro
iv-mechatronics-intro = Lütfen bana kısaca kendinizden bahsedin.
iv-mechatronics-intro-a1 = 19 yaşındayım ve iki yıldır Almanya'da yaşıyorum. Şu anda B1 seviyesinde Almanca kursuna gidiyorum, boş zamanlarımda moped ve bisiklet tamir etmeyi seviyorum.
iv-mechatronics-intro-a1-why = Kısa, net ve meslekle bağlantılı: İşveren hemen teknikle ilgilendiğini duyuyor.
iv-mechatronics-intro-a2 = 19 yaşındayım. Ne bilmek istiyorsunuz?
iv-mechatronics-intro-a2-why = Çok kısa: Konuşmaya isteksizmişsin gibi geliyor. Kendin hakkında iki üç cümle hazırla – yaşın, Almancan, seni bu mesleğe bağlayan şey.
iv-mechatronics-intro-a3 = Tabii, en baştan anlatayım: Küçük bir köyde doğdum, sonra taşındık, sonra uzun yolculuk başladı …
iv-mechatronics-intro-a3-why = Kibar ama çok uzun ve çok özel. Mülakatta bir dakikada bugün kim olduğunu ve bu işe neden uygun olduğunu duymak isterler.

## why-job
iv-mechatronics-why-job = Neden otomotiv mekatronik teknisyeni olmak istiyorsunuz?
iv-mechatronics-why-job-a1 = Memleketimde arkadaşlarımın mopedlerini sık sık tamir ettim, örneğin karbüratör temizledim ve fren ayarı yaptım. Şimdi bunu elektronik dahil doğru dürüst öğrenmek istiyorum.
iv-mechatronics-why-job-a1-why = Çok iyi: Kendi deneyiminden gerçek bir örnek, “Arabaları severim” demekten çok daha değerli. Eğitmen, alet edevatla çalışmayı zaten sevdiğini görüyor.
iv-mechatronics-why-job-a2 = Bir arkadaşım da bu eğitimi yapıyor, fena olmadığını söylüyor.
iv-mechatronics-why-job-a2-why = Mesleği kendin seçmemişsin gibi geliyor. Bunun yerine işte seni neyin ilgilendirdiğini söyle.
iv-mechatronics-why-job-a3 = Bugün arabalarda çok fazla elektronik ve yazılım var. Mekanik ile elektroniğin bu karışımı tam olarak ilgimi çekiyor.
iv-mechatronics-why-job-a3-why = İyi: Mesleğin bugün ne olduğunu bildiğini gösteriyorsun – sadece yağ ve vida değil, elektronik de.
iv-mechatronics-why-job-a4 = Mekatronikçiler ileride iyi kazanıyor ve iş her zaman var.
iv-mechatronics-why-job-a4-why = Doğru, ama tek sebep paraysa firma yakında başka yere gideceğinden korkar. Önce işte neyi sevdiğini söyle.

## hands-on
iv-mechatronics-hands-on = Mopedler, ilginç! En zor tamir hangisiydi ve nasıl ilerlediniz?
iv-mechatronics-hands-on-a1 = Bir moped artık çalışmıyordu. Önce bujiyi, sonra karbüratörü kontrol ettim. Karbüratör tıkanmıştı, temizledikten sonra moped yeniden çalıştı.
iv-mechatronics-hands-on-a1-why = Harika: Bir arızayı adım adım nasıl bulduğunu anlatıyorsun. Atölyede tam olarak böyle çalışılır.
iv-mechatronics-hands-on-a2 = Aslında hiçbir şey zor değildi. Neredeyse her şeyi tamir edebilirim.
iv-mechatronics-hands-on-a2-why = Bu kibirli görünüyor ve somut hiçbir şey söylemiyor. Eğitim veren firma öğrenmek isteyen birini arıyor – bunun yerine gerçek bir örnek anlat.
iv-mechatronics-hands-on-a3 = Bir keresinde zincir kopmuştu. İnternetten nasıl yapıldığına baktım ve amcamla birlikte tamir ettim.
iv-mechatronics-hands-on-a3-why = Dürüst ve yerinde. Kendinin ne yaptığını ve ne öğrendiğini de söylersen daha da iyi olur.

## why-company
iv-mechatronics-why-company = Neden özellikle bize başvurdunuz?
iv-mechatronics-why-company-strict = Kassel'de çok sayıda servis var. O halde neden Autoservice Krämer?
iv-mechatronics-why-company-a1 = Siz bağımsız bir servissiniz ve her marka aracı tamir ediyorsunuz. Ayrıca elektrikli ve hibrit araçlarla da çalışıyorsunuz – buna en baştan dahil olmak istiyorum.
iv-mechatronics-why-company-a1-why = Çok iyi: Firma hakkında bilgiler biliyorsun ve bunları hedefinle bağlıyorsun. Bu, hazırlandığını gösteriyor.
iv-mechatronics-why-company-a2 = Servisiniz evime yakın, bisikletle gelebilirim.
iv-mechatronics-why-company-a2-why = Kısa yol pratiktir ama firma hakkında hiçbir şey söylemez. Olsa olsa ek bir bilgi olarak söyle.
iv-mechatronics-why-company-a3 = Birçok servise başvurdum. Önemli olan bir eğitim yeri bulmam.
iv-mechatronics-why-company-a3-why = Dürüst ama işveren şunu duyar: “Siz umurumda değilsiniz.” Önceden web sitesine bak ve bu firmada hoşuna giden iki şey bul.
iv-mechatronics-why-company-a4 = Web sitenizde bir aile işletmesi olduğunuzu ve her yıl çırak yetiştirdiğinizi okudum. Burada insanların birbirini tanıması hoşuma gidiyor.
iv-mechatronics-why-company-a4-why = İyi: Araştırdığını gösteriyor ve senin için neyin önemli olduğunu söylüyorsun.

## strengths
iv-mechatronics-strengths = Özellikle neyi iyi yaparsınız? Ve hâlâ neyi geliştirmek istersiniz?
iv-mechatronics-strengths-a1 = Titiz çalışırım ve bir arızayı bulana kadar pes etmem. Bazen her şeyi çok uzun süre tek başıma yapmaya çalışıyorum – bunun üzerinde çalışıyorum ve daha erken yardım istiyorum.
iv-mechatronics-strengths-a1-why = Çok iyi: Mesleğe uyan bir güçlü yön ve nasıl gelişeceğine dair planı olan gerçek bir zayıf yön.
iv-mechatronics-strengths-a2 = Aslında hiç zayıf yönüm yok.
iv-mechatronics-strengths-a2-why = Buna kimse inanmaz. İşveren, kendini iyi değerlendiremediğini duyar.
iv-mechatronics-strengths-a3 = Dakik ve güvenilir biriyim. Almancam henüz mükemmel değil ama her gün öğreniyorum.
iv-mechatronics-strengths-a3-why = İyi ve dürüst. Güvenilirliğine dair küçük bir örnekle cevap daha da güçlü olurdu.
iv-mechatronics-strengths-a4 = Zayıf yönüm fazla mükemmeliyetçi olmam.
iv-mechatronics-strengths-a4-why = İnsan kaynakları bu cevabı çok sık duyar, ezber gibi gelir. Bunun yerine gerçek bir zayıf yön söyle ve ona karşı ne yaptığını anlat.

## school
iv-mechatronics-school = Eğitimde matematik ve fizik gerekiyor, örneğin elektrik işleri için. Bu derslerde nasıldınız?
iv-mechatronics-school-a1 = Matematikte iyiydim, memleketimde fizik yedinci sınıftan itibaren vardı. Teknik kelimeleri şimdi Almanca öğreniyorum.
iv-mechatronics-school-a1-why = İyi: Güçlü yönünü söylüyor ve eksiğini – Almanca teknik terimleri – dürüstçe belirtiyorsun.
iv-mechatronics-school-a2 = Matematik en iyi dersim değildi. Ama şu anda bir uygulamayla ve kursta formül ve yüzde hesaplarını çalışıyorum.
iv-mechatronics-school-a2-why = Dürüst ve planlı: Firma eksiklerinin üzerinde çalıştığını görüyor. Bu, mükemmel bir nottan daha çok önemlidir.
iv-mechatronics-school-a3 = Matematiğe pek ihtiyacım yok, ellerimle çalışmayı tercih ederim.
iv-mechatronics-school-a3-why = Yanlış düşünce: Meslek okulunda (Berufsschule) akım, gerilim ve tork hesaplarsın. Eğitmen, teoriyi küçümsediğini duyar.

## maths-hard
iv-mechatronics-maths-hard = O zaman küçük bir soru: Arabadaki bir lamba 12 volt ve 60 watt. Ne kadar akım geçer?
iv-mechatronics-maths-hard-a1 = Güç, gerilim çarpı akımdır. Yani 60 bölü 12, bu da 5 amper eder.
iv-mechatronics-maths-hard-a1-why = Doğru, ve çözüm yolunu açıklıyorsun. Bu, tahmin etmediğini, formülü anladığını gösteriyor.
iv-mechatronics-maths-hard-a2 = 60 çarpı 12, yani 720 amper.
iv-mechatronics-maths-hard-a2-why = Maalesef yanlış: Akım, gücün gerilime bölümüdür, yani 60 : 12 = 5 amper. Mülakattan önce P = U · I formülünü tekrar et.
iv-mechatronics-maths-hard-a3 = Tam emin değilim. Sanırım P eşittir U çarpı I – o zaman 5 amper mi olur?
iv-mechatronics-maths-hard-a3-why = Doğru düşünce ve emin olmadığını dürüstçe söyledin. Bu sorun değil – tahmin yerine düşünen kişi atölyede daha az hata yapar.

## certificates
iv-mechatronics-certificates = Okul diplomalarınız memleketinizden. Onları Almanya'da tanıttınız mı (denklik)?
iv-mechatronics-certificates-a1 = Evet, diploma denklik dairesine başvurdum. Yeminli tercümesi yanımda, karar birkaç hafta içinde gelecek.
iv-mechatronics-certificates-a1-why = Çok iyi: Süreci biliyorsun. Okul diplomalarının denkliğini eyaletinin Zeugnisanerkennungsstelle'si verir; yeminli tercüme başvuru dosyasına girer.
iv-mechatronics-certificates-a2 = Hayır. Bunu yapmam gerekiyor mu?
iv-mechatronics-certificates-a2-why = Meslek eğitimi için zorunlu değil, ama firmalar okul seviyeni anlamak ister. Önceden bilgi al: okul diplomaları için eyaletin Zeugnisanerkennungsstelle'si, meslek diplomaları için yetkili oda (“Anerkennung in Deutschland”).
iv-mechatronics-certificates-a3 = Henüz değil. Gençlik Göç Servisi (Jugendmigrationsdienst) şu anda başvuruda bana yardım ediyor. Kararı size sonra gönderebilirim.
iv-mechatronics-certificates-a3-why = İyi: Bununla ilgileniyorsun ve kararı sonra göndermeyi teklif ediyorsun. İşveren işlerini takip ettiğini görüyor.
iv-mechatronics-certificates-a4 = Notlarım çok iyiydi, bu diplomada zaten görülüyor.
iv-mechatronics-certificates-a4-why = Sabırsız geliyor ve soru cevapsız kalıyor: Alman firması yabancı notları çoğu zaman değerlendiremez. Denklik tam da bunun için var.

## german
iv-mechatronics-german = Almancanızı nasıl değerlendiriyorsunuz? Meslek okulunda çok sayıda teknik terim var.
iv-mechatronics-german-a1 = B1 seviyem var, şu anda B2 kursuna gidiyorum. “Zündkerze” (buji) veya “Bremsscheibe” (fren diski) gibi teknik kelimeleri bir deftere yazıyorum.
iv-mechatronics-german-a1-why = Çok iyi: Seviyeni net söylüyor ve meslek dilini nasıl öğrendiğini gösteriyorsun.
iv-mechatronics-german-a2 = Almancam yeterli, her şeyi anlıyorum.
iv-mechatronics-german-a2-why = Bu çok genel ve “her şey”e kimse inanmaz. Bunun yerine seviyeni (örneğin A2 veya B1) ve şu anda ne yaptığını söyle.
iv-mechatronics-german-a3 = A2 seviyesindeyim ve konuşabildiğimden fazlasını anlıyorum. Destekli meslek eğitimi gibi yardımlar olduğunu biliyorum ve bunları kullanırım.
iv-mechatronics-german-a3-why = Dürüst ve iyi hazırlanmış: İş Ajansı'nın (Agentur für Arbeit) “Assistierte Ausbildung” desteğini biliyorsun. Bu, firmanın meslek okulunda başarısız olacağın endişesini azaltır.
iv-mechatronics-german-a4 = Belki İngilizce devam edebilir miyiz?
iv-mechatronics-german-a4-why = Kibarca sordun ama meslek okulu ve iş Almanca. Yavaş da olsa Almanca devam et – bu cesaret gösterir.

## german-probe
iv-mechatronics-german-probe = Peki, o zaman bana Almanca açıklayın lütfen: Yağ değişiminde ne yapılır?
iv-mechatronics-german-probe-a1 = Eski yağ boşaltılır, yağ filtresi değiştirilir ve yeni yağ doldurulur. Sonra yağ seviyesi kontrol edilir.
iv-mechatronics-german-probe-a1-why = Açık ve doğru anlattın – böylece Almancanın atölye için gerçekten yeterli olduğunu gösteriyorsun.
iv-mechatronics-german-probe-a2 = Yağ … eskisi dışarı, yenisi içeri. Bitti.
iv-mechatronics-german-probe-a2-why = Basit kelimeler sorun değil, ama “Her şeyi anlıyorum”dan sonra kendini abartmışsın gibi görünüyor. Seviyeni dürüstçe değerlendir.
iv-mechatronics-german-probe-a3 = Özür dilerim, bunu henüz iyi açıklayamıyorum. Almancam galiba söylediğim kadar iyi değil.
iv-mechatronics-german-probe-a3-why = Dürüst ve kibar bir düzeltme – bu iyi karşılanır. Bir dahaki sefere seviyeni en başta söyle.

## berufsschule
iv-mechatronics-berufsschule = Eğitim üç buçuk yıl sürüyor. Haftada bir iki gün meslek okulundasınız, geri kalan zamanda burada atölyede. Bu size nasıl geliyor?
iv-mechatronics-berufsschule-a1 = Güzel, böylece teoriyi okulda öğrenir, burada hemen uygularım. Ders programımı ve notlarımı size elbette gösteririm.
iv-mechatronics-berufsschule-a1-why = Çok iyi: İkili sistemi anlıyorsun ve firmayı bilgilendirmeyi kendiliğinden teklif ediyorsun.
iv-mechatronics-berufsschule-a2 = Okul günlerinde işten izinli miyim? O zaman bir yan iş de yapabilirim.
iv-mechatronics-berufsschule-a2-why = Dikkat: Meslek okulu zorunludur ve çalışma süresinden sayılır. Eğitmen, eğitimin senin için o kadar önemli olmadığını duyar.
iv-mechatronics-berufsschule-a3 = Tamam.
iv-mechatronics-berufsschule-a3-why = Çok kısa. Okul ile atölye karışımını neden sevdiğini bir cümleyle söyle.
iv-mechatronics-berufsschule-a4 = Meslek okulu için bir şey ödemem gerekiyor mu?
iv-mechatronics-berufsschule-a4-why = Haklı bir soru: Meslek okulu ücretsizdir, kitap veya malzeme bazen para tutar. Önce okula sevindiğini kısaca söylersen daha da iyi olur.

## gap
iv-mechatronics-gap = Özgeçmişinizde yaklaşık bir yıllık bir boşluk görüyorum. Bu sürede ne yaptınız?
iv-mechatronics-gap-friendly = Özgeçmişinizde bir yılın eksik olduğunu fark ettim. Almanya'ya yeni gelen biri için bu gayet normal – o zaman ne yaptığınızı anlatır mısınız?
iv-mechatronics-gap-strict = Özgeçmişinizde koca bir yıl eksik. Lütfen bunu açıklayın.
iv-mechatronics-gap-a1 = O sırada Almanya'ya geldim. Uyum kursuna katıldım ve bir tanıdığımın atölyesinde yardım ettim.
iv-mechatronics-gap-a1-why = Çok iyi: Boşluğu sakin bir şekilde açıklıyor ve zamanı değerlendirdiğini gösteriyorsun – üstelik atölye deneyimiyle.
iv-mechatronics-gap-a2 = Aslında özel bir şey yapmadım.
iv-mechatronics-gap-a2-why = İşveren şunu duyar: hedefsiz bir yıl. Hemen herkes böyle bir dönemde bir şey yapmıştır – Almanca öğrenmek, aileye destek olmak, resmî işleri halletmek. Bunu söyle.
iv-mechatronics-gap-a3 = Bu konuda konuşmamayı tercih ederim.
iv-mechatronics-gap-a3-why = Özel ayrıntıları anlatmak zorunda değilsin. Ama “Ailevi sebeplerdi, artık çözüldü” gibi kısa ve tarafsız bir cümle susmaktan çok daha iyidir.
iv-mechatronics-gap-a4 = Çalışma iznimi beklemek zorundaydım. O sürede her gün uygulamalar ve kitaplarla Almanca öğrendim.
iv-mechatronics-gap-a4-why = İyi: Senin suçun olmayan açık bir sebep ve yine de aktif olduğunu gösteriyorsun.

## gap-probe
iv-mechatronics-gap-probe = Okulsuz ve işsiz koca bir yıl mı? İşveren olarak bunu anlayabilmem gerekiyor.
iv-mechatronics-gap-probe-a1 = Anlıyorum. Ailevi sebeplerdi. Artık çözüldü ve kendimi tamamen eğitime verebilirim.
iv-mechatronics-gap-probe-a1-why = Çok iyi: Sakin, kibar ve özel ayrıntı vermeden. İşveren bilmesi gerekeni öğreniyor: Artık hazırsın.
iv-mechatronics-gap-probe-a2 = O sürede çok Almanca öğrendim, sadece bir kursta değil.
iv-mechatronics-gap-probe-a2-why = Öncekinden daha iyi. Nasıl öğrendiğini de (uygulamalar, kitaplar, videolar) ekle, o zaman inandırıcı olur.
iv-mechatronics-gap-probe-a3 = Bu benim meselem.
iv-mechatronics-gap-probe-a3-why = Kaba: Mülakatta işveren özgeçmişin hakkında soru sorabilir. Kısa ve tarafsız bir cümle mahremiyetini korur ve nazik kalır.

## safety
iv-mechatronics-safety = Atölyede güvenlik çok önemlidir. Bir görev aldığınızda ve nasıl yapılacağından emin olmadığınızda ne yaparsınız?
iv-mechatronics-safety-a1 = Başlamadan önce kalfaya ya da size sorarım ve bana göstermenizi rica ederim. Güvenlik ayakkabısı ve koruyucu gözlüğü zaten her zaman takarım.
iv-mechatronics-safety-a1-why = Tam doğru: Eğitim sırasında soru sormak istenen bir şeydir, koruyucu donanım ise zorunludur. Kazalar ve pahalı hasarlar böyle önlenir.
iv-mechatronics-safety-a2 = Sadece denerim, en hızlı böyle öğrenilir.
iv-mechatronics-safety-a2-why = Tehlikeli: Frenlerde, kaldırma liftlerinde veya elektrikte tek bir hata insanları yaralayabilir. Eğitmen kuralları ciddiye almadığını duyar.
iv-mechatronics-safety-a3 = İnternette bir video izlerim ve aynen öyle yaparım.
iv-mechatronics-safety-a3-why = İnisiyatif almak iyidir ama her atölye ve her araba farklıdır. Önce işi bilen birine sor.

## safety-hard
iv-mechatronics-safety-hard = Elektrikli ve hibrit araçlarla da çalışıyoruz. Yüksek voltaj sistemlerinde çalışma hakkında ne biliyorsunuz?
iv-mechatronics-safety-hard-a1 = Yüksek voltajlı parçalarda sadece özel eğitim almış kişiler çalışabilir. Turuncu kablolara eğitim ve izin olmadan dokunmam.
iv-mechatronics-safety-hard-a1-why = Çok iyi: En önemli kuralı biliyorsun. Yüksek voltaj işleri ayrı bir yeterlilik gerektirir, turuncu kablolar hayati tehlike demektir.
iv-mechatronics-safety-hard-a2 = Normal bir araba aküsü gibi, sadece daha büyük.
iv-mechatronics-safety-hard-a2-why = Yanlış ve tehlikeli: Normal akü 12 volttur, yüksek voltaj sistemleri ise birkaç yüz volt. Eğitmen riski küçümsediğini duyar.
iv-mechatronics-safety-hard-a3 = Bu konuda henüz az şey biliyorum. Bunun eğitimini almak isterim, o zamana kadar da kurallara tam olarak uyarım.
iv-mechatronics-safety-hard-a3-why = Dürüst ve istekli. Daha da iyisi: Önceden yüksek voltajın ne demek olduğunu kısaca oku – o zaman bir kural söyleyebilirsin.

## punctuality
iv-mechatronics-punctuality = Bizde iş saat 7:30'da başlıyor. Sabah otobüsünüz iptal olursa ne yaparsınız?
iv-mechatronics-punctuality-strict = İş tam 7:30'da başlar. Otobüsünüz iptal olursa ne yaparsınız?
iv-mechatronics-punctuality-a1 = Hemen atölyeyi arar, haber verir ve aşağı yukarı ne zaman orada olacağımı söylerim. Zaten hep bir önceki otobüse binmeyi tercih ederim.
iv-mechatronics-punctuality-a1-why = Tam doğru: İş başlamadan önce kendin aramak ve bir planın olması. Böylece atölye işi nasıl dağıtacağını bilir.
iv-mechatronics-punctuality-a2 = O zaman biraz geç gelir, gelince açıklarım.
iv-mechatronics-punctuality-a2-why = Haber vermeden geç kalmak Almanya'da güvenilmezlik sayılır. Gecikme senin suçun olmasa da her zaman önceden ara.
iv-mechatronics-punctuality-a3 = Bir iş arkadaşıma WhatsApp'tan yazarım, o haber verir.
iv-mechatronics-punctuality-a3-why = İyi niyetli, ama eğitmenini veya atölyeyi kendin bilgilendirmelisin – en iyisi telefonla.
iv-mechatronics-punctuality-a4 = Bana böyle bir şey olmaz, her zaman dakiğimdir.
iv-mechatronics-punctuality-a4-why = Otobüsler iptal olur, bunu herkes bilir. Soru bir planın olup olmadığını ölçüyor – planını söyle.

## money
iv-mechatronics-money = Biraz da paradan bahsedelim. İlk yıldaki eğitim ücretinin (Ausbildungsvergütung) ne kadar olduğunu biliyor musunuz?
iv-mechatronics-money-a1 = Yasal olarak ilk yıl ayda en az 724 euro. Motorlu taşıt zanaatında birçok firma toplu sözleşmeye göre daha fazla ödüyor – sizde durum nasıl?
iv-mechatronics-money-a1-why = Çok iyi: Asgari eğitim ücretini biliyor ve kibarca soruyorsun. Bu, talepkâr görünmeden hazırlıklı olduğunu gösterir.
iv-mechatronics-money-a2 = En az asgari ücrete ihtiyacım var, yani saatte 13,90 euro.
iv-mechatronics-money-a2-why = Asgari ücret (saatte 13,90 €) çıraklar için geçerli değildir. Sana eğitim ücreti (Ausbildungsvergütung) ödenir – mesleğinde ne kadarın olağan olduğunu önceden öğren.
iv-mechatronics-money-a3 = Para benim için önemli değil, önemli olan eğitim.
iv-mechatronics-money-a3-why = İstekli ama hazırlıksız görünüyor. Hakkın olanı bilmen ve söylemen Almanya'da gayet normaldir.
iv-mechatronics-money-a4 = İlanınızda toplu sözleşmeye göre ödediğiniz, ilk yıl brüt 1.050 euro yazıyor. Bu bana uyar.
iv-mechatronics-money-a4-why = Çok iyi: İlanı dikkatlice okumuşsun ve firmanın ne ödediğini biliyorsun.

## money-explain
iv-mechatronics-money-explain = Küçük bir düzeltme: Asgari ücret çıraklar için geçerli değil. Sizin için eğitim ücreti geçerli – bizde toplu sözleşmeye göre ilk yıl brüt 1.050 euro ve her yıl artıyor.
iv-mechatronics-money-explain-strict = Bu doğru değil. Çıraklar asgari ücret değil, eğitim ücreti alır – bizde ilk yıl brüt 1.050 euro. Bunu bir mülakattan önce bilmelisiniz.

## hours
iv-mechatronics-hours = Pazartesiden cumaya 7:30 ile 16:30 arası çalışıyoruz. İlkbaharda ve sonbaharda, lastik değişimi döneminde, bazen cumartesi de. Bu size uyar mı?
iv-mechatronics-hours-a1 = Evet, uyar. Bir cumartesi çalışırsam hafta içinde başka bir gün izin alır mıyım?
iv-mechatronics-hours-a1-why = İyi: Evet diyor ve telafi hakkında somut bir soru soruyorsun. Bu Almanya'da tamamen normaldir.
iv-mechatronics-hours-a2 = Cumartesileri pek olmaz, futbol antrenmanım var. Cumartesisiz olur mu?
iv-mechatronics-hours-a2-why = Dürüstçe sordun, ama lastik sezonunda atölyenin herkese ihtiyacı var. İşveren hobinin daha önemli olduğunu duyar – bunun yerine istekli olduğunu göster ve bir çözüm ara.
iv-mechatronics-hours-a3 = Evet, sorun değil. İş yoğun olduğunda memnuniyetle yardım ederim.
iv-mechatronics-hours-a3-why = İyi: Elini taşın altına koymaya hazır olduğunu gösteriyorsun. Telafiyi yine de sorabilirsin.

## probation
iv-mechatronics-probation = Başta dört aylık bir deneme süresi (Probezeit) var. Bunun ne anlama geldiğini biliyor musunuz?
iv-mechatronics-probation-a1 = Deneme süresinde her iki taraf da eğitimi sebep göstermeden sona erdirebilir. Bu süreyi neler yapabildiğimi göstermek için kullanmak istiyorum.
iv-mechatronics-probation-a1-why = Doğru: Meslek eğitiminde deneme süresi 1 ile 4 ay arasıdır ve iki taraf da bildirim süresi olmadan feshedebilir. Bilgiyi motivasyonla birleştiriyorsun.
iv-mechatronics-probation-a2 = Deneme süresinde daha az para mı alırım?
iv-mechatronics-probation-a2-why = Hayır, ücret en baştan aynıdır. Deneme süresi sadece iki tarafın da daha kolay fesih yapabileceği anlamına gelir – bunu önceden bilmelisin.
iv-mechatronics-probation-a3 = Tam olarak bilmiyorum. Bana kısaca açıklayabilir misiniz, lütfen?
iv-mechatronics-probation-a3-why = Kibarca sormak tahmin etmekten iyidir. Ama iyi hazırlanmışsan zaten bilirsin: Deneme süresinde iki taraf da kolayca fesih yapabilir.

## questions
iv-mechatronics-questions = Son olarak: Bize sormak istediğiniz sorular var mı?
iv-mechatronics-questions-friendly = Evet, şimdi sıra sizde! Bizim hakkımızda başka ne öğrenmek istersiniz?
iv-mechatronics-questions-strict = Sorunuz var mı? Kısaca lütfen.
iv-mechatronics-questions-a1 = Evet: İlk yıl atölyede benim muhatabım kim olacak? Ve çırak olarak elektrikli araçlarda da çalışabilir miyim?
iv-mechatronics-questions-a1-why = Çok iyi: Soruların firmaya ve eğitimine gerçek ilgi duyduğunu gösteriyor.
iv-mechatronics-questions-a2 = Hayır, her şeyi zaten açıkladınız, teşekkürler.
iv-mechatronics-questions-a2-why = Kibar ama kaçırılmış bir fırsat: Hiç soru sormamak ilgisizlik gibi görünür. Örneğin eğitimin nasıl işlediğine dair iki soru hazırla.
iv-mechatronics-questions-a3 = Kaç gün iznim olacak?
iv-mechatronics-questions-a3-why = Sorulabilir bir soru, ama tek soru bu olursa en çok boş zamanı önemsiyormuşsun gibi görünür. Önce işle ilgili bir şey sor.
iv-mechatronics-questions-a4 = Eğitimden sonra ne olacak? Çıraklarınızı işe alıyor musunuz?
iv-mechatronics-questions-a4-why = İyi: Geleceği düşünüyor ve uzun süre kalmak istediğini gösteriyorsun.

## goodbye
iv-mechatronics-goodbye = Görüşme için çok teşekkürler. Bir hafta içinde size haber vereceğiz. Hoşça kalın!
iv-mechatronics-goodbye-friendly = Çok teşekkürler, güzel bir görüşmeydi! İsterseniz bir günlük deneme çalışmasına da gelebilirsiniz. Gelecek hafta size ulaşacağız. Her şey gönlünüzce olsun!
iv-mechatronics-goodbye-strict = Teşekkürler. Gelecek haftanın sonuna kadar cevap alacaksınız. Hoşça kalın.

## goodbye-cool
iv-mechatronics-goodbye-cool = Peki, sona geldik. Bir not daha: Bizde kibar bir üslup, hem iş arkadaşları arasında hem de müşterilerle, çok önemlidir. Size haber vereceğiz. Hoşça kalın.
