# Mülakat: Seniorenzentrum Lindenhof'ta bakım yardımcısı (yapı: assets/dialogue/interview/care.ron)

iv-care-title = Huzurevinde bakım yardımcısı
iv-care-brief = Seniorenzentrum Lindenhof, kâr amacı gütmeyen bir vakfa ait bir huzurevidir: dört yaşam biriminde 110 sakin yaşıyor, birimlerden biri özellikle demans hastaları için. Vardiyalı çalışacak bir bakım yardımcısı (Pflegehilfskraft) aranıyor; kendini kanıtlayan kişi daha sonra burada bakım asistanı (Pflegefachassistenz) eğitimi alabilir. Lindenhof toplu sözleşmeye göre, bakım sektörü asgari ücretinin üzerinde ödeme yapıyor, yeni çalışanları altı hafta boyunca bir mentorla işe alıştırıyor ve bakım kayıtlarını tabletlerde tutuyor. Görüşmeyi bakım hizmetleri müdürü Bayan Keller yapıyor.

## Karşılama

iv-care-welcome = İyi günler, geldiğinize sevindim. Ben Bayan Keller, Seniorenzentrum Lindenhof'un bakım hizmetleri müdürüyüm. Lütfen oturun.
iv-care-welcome-friendly = Merhaba, Lindenhof'a hoş geldiniz! Ben Bayan Keller, bakım hizmetleri müdürüyüm. Bir bardak su ister misiniz? Rahatınıza bakın.
iv-care-welcome-strict = İyi günler. Keller, bakım hizmetleri müdürü. Lütfen oturun, yaklaşık otuz dakikamız var.

## Tanışma

iv-care-intro = Lütfen bana kısaca kendinizden bahsedin.
iv-care-intro-friendly = Biraz kendinizden bahsedin – hiç heyecanlanmayın.
iv-care-intro-strict = Lütfen şimdiye kadarki geçmişinizi bir dakikada özetleyin.
iv-care-intro-a1 = Tabii. 19 yaşındayım, iki yıldır Almanya'da yaşıyorum ve uyum kursunu B1 seviyesiyle bitirdim. İlkbaharda bir huzurevinde üç haftalık staj yaptım ve çok hoşuma gitti.
iv-care-intro-a1-why = Kısa, samimi ve bakım işine uzanan net bir çizgi: İşveren, neye başvurduğunu bildiğini duyar.
iv-care-intro-a2 = Hepsi zaten özgeçmişimde yazıyor.
iv-care-intro-a2-why = Bu kaba ve ters geliyor. Bu soru, kim olduğunu kendin göstermen için bir fırsat – kimse yeni bir şey beklemiyor, sadece birkaç samimi cümle.
iv-care-intro-a3 = 19 yaşındayım, üç erkek kardeşim var, futbol oynamayı ve dizi izlemeyi seviyorum.
iv-care-intro-a3-why = Samimi ama sadece özel hayat. İşveren ne öğrendiğini, ne yaptığını ve neden bakımda çalışmak istediğini duymak ister.

## Neden bakım

iv-care-why-care = Neden yaşlı bakımında çalışmak istiyorsunuz?
iv-care-why-care-strict = Neden özellikle yaşlı bakımı? İş ağır ve birçok kişi çabuk bırakıyor.
iv-care-why-care-a1 = İnsanlarla çalışmayı seviyorum. Stajda yaşlılarla vakit geçirmenin beni mutlu ettiğini fark ettim – örneğin sohbet ederken ya da bahçede yürüyüşe çıkarken.
iv-care-why-care-a1-why = Stajdan gerçek bir deneyim, her türlü süslü sözden daha ikna edicidir. İşveren şunu duyar: Günlük işin nasıl olduğunu biliyorsun ve seviyorsun.
iv-care-why-care-a2 = Evde büyükanneme baktım. O zaman bunu yapabildiğimi ve sevdiğimi fark ettim.
iv-care-why-care-a2-why = Aileden gelen deneyim bakımda değerlidir. Bundan ne öğrendiğinin sorulacağını hesaba kat.
iv-care-why-care-a3 = Bakımda her zaman hızlıca iş bulunur.
iv-care-why-care-a3-why = Doğru ama işin kendisi senin için önemsizmiş gibi geliyor. İşveren, sakinleri önemsediği için kalacak insanlar arıyor.
iv-care-why-care-a4 = Jobcenter'daki danışmanım buraya başvurmamı söyledi.
iv-care-why-care-a4-why = Böyle söyleyince kendi isteğinle burada değilmişsin gibi duruyor. Bakım işinde seni neyin ilgilendirdiğini söyle.

iv-care-why-care-family = Büyükannenize bakmışsınız. Bundan ne öğrendiniz?
iv-care-why-care-family-a1 = En çok sabrı. Bir de yardım etmeden önce sormayı – büyükannem birçok şeyi hâlâ kendisi yapmak istiyordu.
iv-care-why-care-family-a1-why = İyi bakımın özü tam da budur: insanların bağımsızlığına saygı göstermek. İşveren, zaten bir bakım çalışanı gibi düşündüğünü duyar.
iv-care-why-care-family-a2 = Bakımın zor olduğunu. Bazen çok yoruluyordum.
iv-care-why-care-family-a2-why = Dürüst ama olumlu taraf eksik. İyi yaptığın ya da öğrendiğin bir şeyi de söyle.
iv-care-why-care-family-a3 = Aslında her şeyi. Bakımda gereken her şeyi zaten yapabiliyorum.
iv-care-why-care-family-a3-why = Bu kibirli geliyor: Huzurevinde bakım, evde bakımdan farklıdır. İşveren hâlâ öğrenmek istediğini duymak ister.

iv-care-why-care-probe = İşi başka yerde de bulursunuz. Bakımda sizi gerçekten ilgilendiren ne?
iv-care-why-care-probe-a1 = Haklısınız, çok kısa oldu. İnsanlara yardım ettiğim ve kendimi geliştirebileceğim bir meslek istiyorum, örneğin bakım asistanı eğitimiyle.
iv-care-why-care-probe-a1-why = Güzel toparladın: Zayıf cevabı kabul ediyor ve gerçek bir hedef söylüyorsun. Bu dürüst ve motive görünüyor.
iv-care-why-care-probe-a2 = Tam bilmiyorum. Bir deneyeyim diyorum.
iv-care-why-care-probe-a2-why = İşveren şunu duyar: Bu kişi belki yakında gider. İşe alıştırma çok zaman alır, bu yüzden motivasyon önemlidir.
iv-care-why-care-probe-a3 = Para fena değil ve iş güvenli.
iv-care-why-care-probe-a3-why = Güvence anlaşılır bir sebep ama tek başına yetmez. İnsanlarla çalışmanın nesini sevdiğini de ekle.

## Neden bu kurum

iv-care-why-us = Neden özellikle bize, Lindenhof'a başvurdunuz?
iv-care-why-us-factual = Kurumumuz hakkında ne biliyorsunuz ve neden buraya başvurdunuz?
iv-care-why-us-a1 = Web sitenizde demans hastaları için ayrı bir biriminiz olduğunu ve yeni çalışanları altı hafta bir mentorla işe alıştırdığınızı okudum. Bunu iyi buluyorum.
iv-care-why-us-a1-why = Kurum hakkında iki gerçek bilgi veriyorsun. İşveren hazırlandığını ve özellikle buraya gelmek istediğini duyar.
iv-care-why-us-a2 = Evime yakınsınız, bisikletle gelebilirim.
iv-care-why-us-a2-why = Kısa yol pratiktir, özellikle sabah vardiyası için. Ama kurum hakkında bir şey bildiğini göstermez – Lindenhof'un kendisiyle ilgili bir sebep ekle.
iv-care-why-us-a3 = Birçok huzurevine başvurdum.
iv-care-why-us-a3-why = Doğru olabilir ama işveren şunu duyar: “Nerede olduğu umurumda değil.” Özellikle bu kurumda seni neyin ilgilendirdiğini göster.
iv-care-why-us-a4 = Bir arkadaşım sizde çalışıyor. Ekibin iyi olduğunu ve burada meslek eğitimi yapılabildiğini söylüyor.
iv-care-why-us-a4-why = Ekipten gelen bir tavsiye iyi bir sebeptir ve kurum hakkında gerçek bilgi gösterir. Kendi sebebini de eklersen daha iyi olur.

iv-care-manners = Çok kısa cevap verdiğinizi fark ettim. Bakımda nazik bir üslup çok önemlidir. Bir sakini sabah nasıl selamlardınız?
iv-care-manners-friendly = Biraz gergin görünüyorsunuz – bu tamamen normal. Bir ipucu: Bakımda nazik bir üslup çok önemlidir. Bir sakini sabah nasıl selamlardınız?
iv-care-manners-strict = Az önceki üslubunuz oldukça sertti. Burada herkes sakinlerle ve ekip içinde kibar konuşur. Bir sakini sabah nasıl selamlarsınız?
iv-care-manners-a1 = Özür dilerim, heyecanlıydım. Kapıyı çalar, biraz bekler ve şöyle derdim: “Günaydın Bayan Schulz, girebilir miyim?”
iv-care-manners-a1-why = Kısa bir özür olgunluk gösterir. Kapıyı çalmak ve sormak, odaya sakinin evi olarak saygı göstermektir.
iv-care-manners-a2 = “Selam” der ve işe başlarım.
iv-care-manners-a2-why = Sanki sakin sadece bir görevmiş gibi geliyor. Oda onun evi: Kapıyı çal, adıyla selamla, ne yaptığını açıkla.
iv-care-manners-a3 = Nazikçe “günaydın” der ve nasıl uyuduğunu sorardım.
iv-care-manners-a3-why = Nazik ve kişisel – güzel. Daha da iyisi: Önce kapıyı çal ve sakine adıyla hitap et.

## Güçlü ve zayıf yönler

iv-care-strengths = Güçlü yönleriniz nelerdir?
iv-care-strengths-a1 = Sabırlıyım. Uyum kursunda yaşça büyük sınıf arkadaşlarıma form doldurmada sık sık yardım ettim, uzun sürse bile.
iv-care-strengths-a1-why = Örnekle anlatılan bir güçlü yön inandırıcıdır. Yaşlı bakımında her gün sabır gerekir.
iv-care-strengths-a2 = Takım çalışmasına yatkınım, güvenilirim, esneğim ve strese dayanıklıyım.
iv-care-strengths-a2-why = Bu kelimeleri herkes söyler. Örnek olmadan kimse inanmaz – bir güçlü yön seç ve onu nerede gösterdiğini anlat.
iv-care-strengths-a3 = Birkaç dil konuşuyorum. Sakinler ya da yakınları az Almanca konuştuğunda bu yardımcı olabilir.
iv-care-strengths-a3-why = Güzel! Birçok huzurevinde başka bir dili Almancadan daha iyi konuşan insanlar yaşıyor. Güçlü yönünün kuruma nasıl yarayacağını gösteriyorsun.
iv-care-strengths-a4 = Bilmiyorum. Bunu başkaları söylemeli.
iv-care-strengths-a4-why = Alçakgönüllülük hoş ama burada hazırlıksız görünüyor. Görüşmeden önce her biri için bir örnekle iki güçlü yön düşün.

iv-care-weakness = Peki zayıf yönleriniz neler?
iv-care-weakness-a1 = Almancam henüz mükemmel değil, özellikle yazarken. Bu yüzden her akşam çalışıyorum ve şu anda B2 kursuna gidiyorum.
iv-care-weakness-a1-why = Gerçek bir zayıflık ve ona karşı ne yaptığın – işverenlerin duymak istediği tam da böyle bir cevap.
iv-care-weakness-a2 = Fazla mükemmeliyetçiyim.
iv-care-weakness-a2-why = İnsan kaynakları bu cevabı çok sık duyar; ezberlenmiş gibi gelir. Gerçek, küçük bir zayıflık söyle.
iv-care-weakness-a3 = Hiç zayıf yönüm yok.
iv-care-weakness-a3-why = Buna kimse inanmaz. İşveren şunu duyar: Bu kişi kendini değerlendiremiyor.
iv-care-weakness-a4 = Bazen bazı şeyleri fazla kafama takıyorum. İşten sonra kafamı boşaltmayı öğreniyorum, örneğin spor yaparak.
iv-care-weakness-a4-why = Dürüst ve bakım işine uygun: Kafasını boşaltabilen kişi meslekte daha uzun süre sağlıklı kalır. Şimdiden bir şey yapman ikna edici.

iv-care-weakness-hard = Bu zayıflığın size ne zaman sorun çıkardığına dair somut bir örnek verebilir misiniz?
iv-care-weakness-hard-a1 = Evet. Stajda bir vardiya devrini tam anlamadım. Sonra sordum ve not aldım. O zamandan beri hemen soruyorum.
iv-care-weakness-hard-a1-why = Çözümüyle birlikte somut bir örnek. Bakımda soru sormak zayıflık değil, özen işaretidir.
iv-care-weakness-hard-a2 = Hayır, aslında bu hiç sorun olmadı.
iv-care-weakness-hard-a2-why = O zaman az önce söylediğin zayıflık gerçek görünmüyor. Zayıflığın için her zaman kısa bir örnek hazırla.
iv-care-weakness-hard-a3 = Şu an aklıma bir örnek gelmiyor ama üzerinde çalışıyorum.
iv-care-weakness-hard-a3-why = Dürüst ama zayıf. Okuldan, kurstan ya da aileden küçük bir örnek yeterli.

## Özgeçmişteki boşluk

iv-care-cv-gap = Özgeçmişinizde geçen yıldan sekiz ay eksik. Bu sürede ne yaptınız?
iv-care-cv-gap-strict = Dil kursunuzla bugün arasında sekiz ay eksik. Bu boşluğu bana açıklayın.
iv-care-cv-gap-a1 = Oturum izniyle ilgili kararı bekliyordum ve çalışma iznim yoktu. Bu sürede bir uygulamayla Almanca öğrendim ve bir giysi bağışı noktasında gönüllü çalıştım.
iv-care-cv-gap-a1-why = Sebebi sakin bir şekilde açıklıyor ve zamanı değerlendirdiğini gösteriyorsun. Bir boşluktan utanmana gerek yok.
iv-care-cv-gap-a2 = Annem hasta olduğu için küçük kardeşlerime baktım. Bunu artık özgeçmişime de yazdım.
iv-care-cv-gap-a2-why = Anlaşılır bir sebep, kısaca açıklanmış – üstelik aile bakımı bakım işine çok yakın. Artık özgeçmişte yazması güzel.
iv-care-cv-gap-a3 = Bu özel bir konu.
iv-care-cv-gap-a3-why = Ayrıntı vermek zorunda değilsin ama böyle bir şey saklıyormuşsun gibi görünüyor. Tek cümle yeter, örneğin “Ailevi sebeplerim vardı, artık çözüldü.”
iv-care-cv-gap-a4 = Özel bir şey yok. Sadece evdeydim.
iv-care-cv-gap-a4-why = İşveren şunu duyar: Bu zaman boşa gitti. Neredeyse her zaman yine de bir şey yapmışsındır – söyle.

iv-care-cv-gap-probe = Peki evde ne yaptınız? Şimdi size yardımcı olan bir şey var mı?
iv-care-cv-gap-probe-a1 = Her gün Almanca çalıştım ve komşuma alışverişte yardım ettim. Kendisi 80 yaşında.
iv-care-cv-gap-probe-a1-why = Çok iyi: Almanca öğrenmek ve yaşlı bir hanımefendiye yardım etmek – bu iş için tam uygun.
iv-care-cv-gap-probe-a2 = Açıkçası benim için iyi bir dönem değildi. Şimdi daha iyiyim ve çalışmak istiyorum.
iv-care-cv-gap-probe-a2-why = Açık ve ileriye dönük – bu gayet iyi. İstediğinden fazlasını açıklamak zorunda değilsin.
iv-care-cv-gap-probe-a3 = Çok uyudum ve telefondaydım.
iv-care-cv-gap-probe-a3-why = Dürüst ama işveren artık sabah altıda yataktan kalkamayacağından endişe ediyor.

## Diplomalar ve denklik

iv-care-certificates = Okulu yurt dışında bitirdiniz. Diplomalarınızın Almanya'da denkliğini aldınız mı?
iv-care-certificates-a1 = Evet. Okul diplomamı tercüme ettirdim ve diploma denklik dairesine (Zeugnisanerkennungsstelle) verdim. Ortaokul diploması (mittlerer Schulabschluss) olarak tanındı, kopyası yanımda.
iv-care-certificates-a1-why = Mükemmel hazırlık: Yetkili daireyi biliyorsun ve kararı yanında getirmişsin. Bu, meslek eğitiminin kapısını açar.
iv-care-certificates-a2 = Diplomam var ama denkliğini nereden alabileceğimi bilmiyorum.
iv-care-certificates-a2-why = Dürüst ama henüz hazırlıklı değil. Görüşmeden önce kimin yetkili olduğunu öğren – bu, ciddi olduğunu gösterir.
iv-care-certificates-a3 = Diplomalarım memleketimde kaldı. Şu anda kopyalarını almaya çalışıyorum.
iv-care-certificates-a3-why = İşverenler bu durumu bilir. Şimdiden ilgilenmen iyi; belgeler eksik olsa da danışma merkezleri çoğu zaman yardımcı olur.
iv-care-certificates-a4 = Yaşlılara yardım etmek için diplomaya ihtiyacım yok ki.
iv-care-certificates-a4-why = Yardımcı olarak belki yok ama her meslek eğitimi için var. İşveren şunu duyar: Geleceğini düşünmüyorsun.

iv-care-recognition = Bakım asistanı (Pflegefachassistenz) eğitimi için burada tanınan bir okul diplomasına ihtiyacınız var. Bunu nerede yaptırabileceğinizi biliyor musunuz?
iv-care-recognition-friendly = Merak etmeyin, birçok kişi aynı durumda. Ama bakım asistanı (Pflegefachassistenz) eğitimi için tanınmış bir okul diploması gerekiyor. Size bu konuda kimin yardım edeceğini biliyor musunuz?
iv-care-recognition-a1 = Okul diplomalarından eyaletimin diploma denklik dairesi (Zeugnisanerkennungsstelle) sorumlu. Başvuruda bana Gençlik Göç Servisi (Jugendmigrationsdienst) yardım ediyor.
iv-care-recognition-a1-why = Tam olarak doğru: Okul diplomalarını eyaletin Zeugnisanerkennungsstelle'si inceler, danışma servisleri başvuruda ücretsiz yardım eder.
iv-care-recognition-a2 = Galiba Jobcenter'da. Gelecek hafta orada soracağım.
iv-care-recognition-a2-why = İyi bir ilk adım – Jobcenter seni yönlendirebilir. Ama yetkili olan, eyaletinin Zeugnisanerkennungsstelle'sidir.
iv-care-recognition-a3 = Hayır. Bunu benim için siz yapabilir misiniz?
iv-care-recognition-a3-why = Bu işverenin görevi değil. Bunun yerine bir danışma yeri sor – böylece işlerini kendin hallettiğini gösterirsin.

## Almanca ve bakım kayıtları

iv-care-german = Almancanız ne kadar iyi? Bakımda sakinlerle, yakınlarıyla ve doktorlarla konuşursunuz ve her gün bakım kayıtlarına yazarsınız.
iv-care-german-factual = Dil seviyeniz nedir? Burada her şey yazılı olarak kayda geçirilir.
iv-care-german-a1 = B1 sertifikam var ve şu anda B2 kursuna gidiyorum. Yazarken bazen hâlâ yardıma ihtiyacım oluyor, o zaman soruyorum.
iv-care-german-a1-why = Avrupa dil çerçevesine (CEFR) göre net bir seviye ve bir plan – işveren bunu iyi değerlendirebilir.
iv-care-german-a2 = İyi. Beni anlıyorsunuz ya.
iv-care-german-a2-why = Bu küstahça geliyor ve somut bir şey söylemiyor. Seviyeni (örn. A2, B1) ve hâlâ ne öğrendiğini söyle.
iv-care-german-a3 = Yaklaşık A2. Çok şey anlıyorum ama yazmak zor. Öğrenmeye devam ediyorum, bakımla ilgili kelimeleri de.
iv-care-german-a3-why = Dürüst ve motive. Öğrenmeye devam ettiğin görülürse bir yardımcı için A2 yeterli olabilir.
iv-care-german-a4 = Konuşmak yazmaktan daha önemli. Kayıtları zaten uzman bakım personeli tutuyor.
iv-care-german-a4-why = Yanlış: Yardımcılar da yaptıklarını ve gözlemlediklerini kayda geçirir. İşveren, işin önemli bir kısmını başkasına ittiğini duyar.

iv-care-documentation = Bayan Braun bugün öğlen sadece iki kaşık yedi ve neredeyse hiçbir şey içmedi. Bakım kaydına ne yazarsınız?
iv-care-documentation-a1 = “Öğle yemeği: iki kaşık yedi. Saat 14'e kadar yaklaşık 200 ml içti. Uzman bakım personeli bilgilendirildi.” Yani tam olarak gördüğüm şeyi – ve hemen haber veririm.
iv-care-documentation-a1-why = Doğru kayıt böyle tutulur: Miktar ve saatle gözlem, yorum yok, uzman bilgilendirilir. Az sıvı almak yaşlılar için tehlikelidir.
iv-care-documentation-a2 = “Bayan Braun'un yemek yemeye canı yoktu, keyifsizdi.”
iv-care-documentation-a2-why = Bu bir yorum, gözlem değil. Kayda gördüğün ve ölçtüğün şey yazılır – miktar, saat, ne söylediği.
iv-care-documentation-a3 = Hiçbir şey yazmam, uzmana sözlü olarak söylerim.
iv-care-documentation-a3-why = Haber vermen iyi – ama kayda geçmeyen şey olmamış sayılır. Bir sonraki vardiya bunu okuyabilmeli.

## Onur ve saygı

iv-care-dignity = Bir sakin bugün yıkanmak istemiyor. Ne yaparsınız?
iv-care-dignity-a1 = Nedenini sorar ve isteğine saygı gösteririm. Belki daha sonra tekrar teklif eder ya da sadece yüzünü yıkamak isteyip istemediğini sorarım. Ve ekibe haber veririm.
iv-care-dignity-a1-why = Sakinin onuruna ve iradesine saygı gösteriyor, yine de bir çözüm arıyorsun. Ekibi bilgilendirmen tam doğru.
iv-care-dignity-a2 = Yine de yıkarım, bu hijyenin bir parçası.
iv-care-dignity-a2-why = Bir insanın iradesine karşı bakım yapmak onurunu zedeler ve yasaktır. İşveren burada ciddi bir uyarı işareti duyar.
iv-care-dignity-a3 = O zaman bırakırım ve devam ederim.
iv-care-dignity-a3-why = İsteğine saygı göstermek doğru ama nedenini sormalı, sonra tekrar teklif etmeli ve ekibe haber vermelisin.
iv-care-dignity-a4 = Bir meslektaşımdan denemesini isterim. Belki sakinin iyi tanıdığı biriyle daha iyi olur.
iv-care-dignity-a4-why = İyi, ekip odaklı bir fikir. Ama önce sakine nedenini kendin sor.

## Demans

iv-care-dementia = Demans hastası bir sakin akşam kapıda duruyor ve “Eve gitmem lazım, annem bekliyor” diyor. Nasıl tepki verirsiniz?
iv-care-dementia-a1 = Ona annesinin uzun zaman önce öldüğünü söylerim.
iv-care-dementia-a1-why = Doğru ama onun için bunu ilk kez duymak gibidir – her seferinde yeniden yas tutar. Demansta duyguya karşılık vermek daha iyidir.
iv-care-dementia-a2 = Sakin kalır, annesini sorar ve anlatmasına izin veririm. Sonra onu bir çaya davet ederim.
iv-care-dementia-a2-why = Tam böyle: Duyguya karşılık vermek, dinlemek, dikkatini dağıtmak. Buna validasyon denir ve demanslı birçok insanı sakinleştirir.
iv-care-dementia-a3 = Kapıyı kilitler ve yoluma devam ederim.
iv-care-dementia-a3-why = Böylece onu korkusuyla yalnız bırakırsın. Ayrıca insanları öylece kilitleyemezsin – bunun için sıkı kurallar var.
iv-care-dementia-a4 = Sakinleşsin diye “Anneniz birazdan gelecek” derim.
iv-care-dementia-a4-why = İyi niyetli ama sonra bekler ve yine huzursuzlanır. Daha iyisi: Annesini sor, dinle ve dikkatini başka yöne çek.

iv-care-dementia-hard = Sesini yükseltiyor, sizi itiyor ve ne olursa olsun dışarı çıkmak istiyor. Şimdi ne yaparsınız?
iv-care-dementia-hard-a1 = Bir adım geri çekilir, sakin konuşur, ona alan bırakır ve bir meslektaşımı ya da uzman bakım personelini çağırırım. Sonra bunu kayda geçiririm.
iv-care-dementia-hard-a1-why = İkiniz için de güvenlik, yardım çağırmak, kayda geçirmek – profesyonel tepki budur. Kimse böyle bir durumu tek başına çözmeni beklemez.
iv-care-dementia-hard-a2 = Dışarı kaçmasın diye onu sıkıca tutarım.
iv-care-dementia-hard-a2-why = Zorla tutmak özgürlüğü kısıtlayan bir önlemdir ve sadece resmî izinle yapılabilir. Durumu çoğu zaman kötüleştirir ve yaralanmaya yol açabilir.
iv-care-dementia-hard-a3 = Ona yüksek sesle ve açıkça uslu durmasını söylerim.
iv-care-dementia-hard-a3-why = Azarlamak korkuyu ve öfkeyi sadece büyütür. O hasta, yaramaz değil – sakin kal ve yardım çağır.

## Hijyen

iv-care-hygiene = Hijyen bizde çok önemli. Hangi kuralları zaten biliyorsunuz?
iv-care-hygiene-a1 = Sakinlerle her temastan önce ve sonra elleri dezenfekte etmek, vücut bakımında eldiven giymek, kısa tırnaklar ve ellerde ve kollarda takı olmaması.
iv-care-hygiene-a1-why = En önemli kuralları zaten biliyorsun. Bu iyi hazırlık gösterir – yaşlılar kolayca enfeksiyon kapar.
iv-care-hygiene-a2 = Ellerimi sık sık yıkarım. Gerisini işe alıştırma sırasında öğrenirim.
iv-care-hygiene-a2-why = Öğrenmeye açık ama biraz yetersiz. En önemlisi el dezenfeksiyonu – bakımda sadece yıkamak genellikle yetmez.
iv-care-hygiene-a3 = Eldiven giyiyorsanız elleri dezenfekte etmeye gerek yok.
iv-care-hygiene-a3-why = Bu yanlış ve tehlikeli: Eldiveni çıkardıktan sonra da eller dezenfekte edilir. Yoksa mikroplar yayılır.

## Ölüm

iv-care-death = Bir huzurevinde insanlar da ölür. Bununla nasıl başa çıkarsınız?
iv-care-death-friendly = Zor bir konu ama işin bir parçası: Bizde de insanlar ölüyor. Bu konuda ne düşünüyorsunuz?
iv-care-death-strict = Bizde insanlar ölür, bazen bir haftada birkaç kişi. Buna dayanabilir misiniz?
iv-care-death-a1 = Bu beni kesinlikle üzer. Ama insanların onurlu bir şekilde ve yalnız olmadan gitmesini istiyorum. Zorlanırsam bunu ekiple konuşurum.
iv-care-death-a1-why = Duygu ve iyi bir tutum gösteriyorsun. Ekiple konuşacak olman önemli – iyi huzurevleri bunun için görüşmeler sunar.
iv-care-death-a2 = Umurumda değil, bu normal bir şey.
iv-care-death-a2-why = Normal, ama “umurumda değil” soğuk geliyor. İşveren, hayatın sonunda da şefkatli olan insanlar istiyor.
iv-care-death-a3 = Ben de sevdiklerimi kaybettim. Bunun bana nasıl geleceğini henüz bilmiyorum.
iv-care-death-a3-why = Dürüst ve gayet normal. Seni etkilediğini gösterebilirsin; kurumun ne tür destek sunduğunu rahatça sor.
iv-care-death-a4 = Bunu düşünmemeyi tercih ederim.
iv-care-death-a4-why = Anlaşılır, ama yaşlı bakımında bu konu kesinlikle karşına çıkar. İşveren bu konuyla yüzleştiğini görmek ister.

## Bedensel iş

iv-care-physical = İş bedensel olarak yorucu: Kalkmaya ve pozisyon değiştirmeye yardım edersiniz ve bütün vardiya ayaktasınız. Sizin için bu nasıl?
iv-care-physical-a1 = Formdayım ve spor yapıyorum. Sırtımı koruyarak çalışmayı ve hasta kaldırma cihazı gibi yardımcı araçları doğru kullanmayı öğrenmek istiyorum.
iv-care-physical-a1-why = Formda ve öğrenmeye açık: Sırtı koruyan teknikler ve yardımcı araçlar seni ve sakinleri korur. Her bakım müdürü bunu duymaktan hoşlanır.
iv-care-physical-a2 = Sorun değil, güçlüyüm. Tek başıma da kaldırabilirim.
iv-care-physical-a2-why = Güç tek başına yetmez: Yanlış kaldıran kişinin yakında sırtı ağrır. Ağır aktarmalar iki kişiyle ya da yardımcı araçlarla yapılır.
iv-care-physical-a3 = Daha önce sırt sorunlarım oldu. Bu yüzden egzersiz yapıyorum ve doğru teknikleri öğrenmek istiyorum.
iv-care-physical-a3-why = Dürüst ve çözümlü – bu gayet iyi. Sağlığına dikkat ettiğini gösteriyorsun.

## Vardiyalı çalışma

iv-care-shifts = Vardiyalı çalışıyoruz: Sabah vardiyası saat 6'da başlıyor, akşam vardiyası 21'e kadar sürüyor, ayrıca iki haftada bir hafta sonu çalışılıyor. Bu sizin için mümkün mü?
iv-care-shifts-strict = Sabah vardiyası saat 6'dan, akşam vardiyası 21'e kadar, iki haftada bir hafta sonu ve resmî tatillerde. Bunu yapabilir misiniz – evet mi, hayır mı?
iv-care-shifts-a1 = Evet. Bakımın gece gündüz sürdüğünü biliyorum. Vardiya planını ne kadar önceden alıyorum?
iv-care-shifts-a1-why = Net bir evet ve yanında akıllıca bir soru. Bakımın günlük işleyişini anladığını ve plan yapmak istediğini gösterir.
iv-care-shifts-a2 = Evet, olur.
iv-care-shifts-a2-why = Net bir evet iyidir. Bir cümle daha, örneğin neden uygun olduğu, daha ikna edici kılar.
iv-care-shifts-a3 = Hafta içi evet ama hafta sonları boş olmak istiyorum.
iv-care-shifts-a3-why = Huzurevinde her gün çalışılır. İstek belirtebilirsin ama işveren önemli bir koşulu karşılamadığını duyar.
iv-care-shifts-a4 = Akşam vardiyası zor, çünkü akşamları Almanca kursum var. Kurs bitene kadar farklı planlayabilir miyiz?
iv-care-shifts-a4-why = Dürüst ve bir öneriyle. Birçok işveren Almanca kurslarını destekler, çünkü kendileri de bundan kazançlı çıkar.

iv-care-shifts-weekend = Hafta sonları da hafta içi kadar insana ihtiyacımız var. Karşılığında ek ödemeler ve hafta içi izin günleri var. Bu bir çözüm olur mu?
iv-care-shifts-weekend-a1 = Evet, karşılığında hafta içi izinli olursam olur.
iv-care-shifts-weekend-a1-why = Uzlaşmaya açık – işverenin duymak istediği tam da bu.
iv-care-shifts-weekend-a2 = Hafta sonları ailevi sorumluluklarım var. Başlangıçta üç haftada bir hafta sonu olabilir mi?
iv-care-shifts-weekend-a2-why = Dürüst kalıyor ve bir öneri yapıyorsun. Olup olmayacağı vardiya planına bağlı – ama böylece pazarlık yapılabilir.
iv-care-shifts-weekend-a3 = Hayır, hafta sonu benim için hiç olmaz.
iv-care-shifts-weekend-a3-why = O zaman huzurevindeki bu iş maalesef sana uygun değil. Vardiyalı çalışıp çalışamayacağını önceden iyice düşün.

## Ücret

iv-care-pay = Ücretten konuşalım. Beklentiniz nedir?
iv-care-pay-factual = Ücret konusunda: Saatlik ne kadar bir ücret düşünüyorsunuz?
iv-care-pay-a1 = Temmuz 2026'dan beri bakım yardımcıları için saatlik 16,52 € asgari ücret geçerli olduğunu biliyorum. Siz toplu sözleşmeye göre ödüyorsunuz – buna göre hareket etmek isterim.
iv-care-pay-a1-why = Bakım sektörü asgari ücretini (Pflegemindestlohn) ve kurumun toplu sözleşmeye göre ödediğini biliyorsun. Bu iyi hazırlanmış ve gerçekçi.
iv-care-pay-a2 = Olabildiğince çok.
iv-care-pay-a2-why = Bu saygısız ve hazırlıksız geliyor. Sektörde ne kadar ödendiğini önceden araştır.
iv-care-pay-a3 = Fark etmez, yeter ki işim olsun.
iv-care-pay-a3-why = Motive ama kendini değerinin altında satıyorsun. Hakkın olanı bilebilir ve söyleyebilirsin.
iv-care-pay-a4 = Saatte en az 13,90 €, bu asgari ücret.
iv-care-pay-a4-why = Bu, 2026'nın genel asgari ücreti. Ama yaşlı bakımında daha yüksek bir asgari ücret geçerli: Yardımcılar için saatte 16,52 €.

## Dakiklik

iv-care-punctuality = Sabah vardiyası saat 6'da vardiya devriyle başlıyor. Otobüsünüz iptal olursa ne yaparsınız?
iv-care-punctuality-strict = Vardiya saat 6'da başlar, 6'yı 5 geçe değil – gece vardiyası devri bekliyor. Otobüsünüz iptal olursa ne yaparsınız?
iv-care-punctuality-a1 = Hemen birimi ararım, yaklaşık ne zaman orada olacağımı söylerim ve taksi ya da bisiklet kullanırım. Ayrıca her zaman daha erken bir otobüsü hesaba katarım.
iv-care-punctuality-a1-why = Hemen aramak ve bir B planın olması – Almanya'da doğru davranış budur. Böylece iş arkadaşların plan yapabilir.
iv-care-punctuality-a2 = O zaman bir sonraki otobüsle gelirim, 20 dakika önemli değil.
iv-care-punctuality-a2-why = Önemli: Gece vardiyası ancak devir tesliminden sonra çıkabilir. Almanya'da haber vermeden geç kalmak güvenilmezlik sayılır.
iv-care-punctuality-a3 = Bir meslektaşıma WhatsApp mesajı yazarım.
iv-care-punctuality-a3-why = Hiç yoktan iyidir ama iş arkadaşın belki okumaz. Doğrudan birimi ara.
iv-care-punctuality-a4 = Ben her zaman dakiğim, bu benim başıma gelmez.
iv-care-punctuality-a4-why = Bu herkesin başına gelebilir. İşveren bir planın olduğunu duymak istedi – ama cevabında plan yok.

## Kendi sorularınız

iv-care-own-questions = Bize sormak istediğiniz bir şey var mı?
iv-care-own-questions-friendly = Evet, şimdi sıra sizde: Bizim hakkımızda ne öğrenmek istersiniz?
iv-care-own-questions-a1 = İşe alıştırma nasıl oluyor ve ilk haftalarda irtibat kişim kim olacak?
iv-care-own-questions-a1-why = Çok iyi bir soru: İyi bir başlangıç yapmak ve hatalardan kaçınmak istediğini gösterir.
iv-care-own-questions-a2 = Hayır, sorum yok.
iv-care-own-questions-a2-why = Soru yoksa ilgi de yok gibi görünür. Her zaman iki soru hazırla, örneğin işe alıştırma ya da ekip hakkında.
iv-care-own-questions-a3 = Kaç gün iznim olacak ve ilk maaşı ne zaman alırım?
iv-care-own-questions-a3-why = Sorulabilecek sorular ama tek soruların bunlarsa sadece izin ve parayla ilgileniyormuşsun gibi gelir. Önce işle ilgili sor.
iv-care-own-questions-a4 = İleride sizde bakım asistanı (Pflegefachassistenz) eğitimi alabilir miyim?
iv-care-own-questions-a4-why = Harika: Kurumdaki geleceğini düşünüyorsun. Eğitim sırasında ayrıca eğitim ücreti (Ausbildungsvergütung) alırsın.

iv-care-own-questions-nudge = Gerçekten hiç yok mu? Örneğin birçok kişi işe alıştırmanın nasıl olduğunu bilmek ister.
iv-care-own-questions-nudge-strict = Tek bir soru bile yok mu? Buna şaşırdım.
iv-care-own-questions-nudge-a1 = Aslında bir sorum var: Başlangıçta deneyimli bir meslektaşla birlikte mi çalışacağım?
iv-care-own-questions-nudge-a1-why = Güzel toparladın. İşe alıştırmayla ilgili bir soru, işi iyi yapmaya ilgi gösterir.
iv-care-own-questions-nudge-a2 = Evet, bir sorum var: Deneme süresi ne kadar?
iv-care-own-questions-nudge-a2-why = Mantıklı bir soru. Bir işte deneme süresi (Probezeit) en fazla altı ay, meslek eğitiminde bir ile dört ay arasıdır.
iv-care-own-questions-nudge-a3 = Hayır, zaten her şeyi açıkladınız.
iv-care-own-questions-nudge-a3-why = Kibar ama bir soru sormak daha iyi olurdu. Kendi soruların ilgi gösterir.

## Vedalaşma

iv-care-goodbye = Görüşme için çok teşekkürler. Gelecek haftanın sonuna kadar size haber vereceğiz. Ondan önce sizi memnuniyetle birimde bir deneme gününe davet ederiz.
iv-care-goodbye-friendly = Teşekkürler, çok güzel bir sohbetti! Gelecek haftanın sonuna kadar haber vereceğiz. Ondan önce bir deneme gününe gelin – ekibi tanımış olursunuz.
iv-care-goodbye-strict = Teşekkürler. Gelecek haftanın sonuna kadar bizden haber alacaksınız. Deneme gününü o zaman konuşuruz.
