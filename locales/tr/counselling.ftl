# Jobcenter'daki danışmanlık kiosku: dünyanın içinden bir danışmana yazmak.
cn-about = Burada Gençlik Göç Servisi'nden (Jugendmigrationsdienst) bir danışmana yazabilirsin: iş, meslek eğitimi, okul, belgeler ya da başka herhangi bir konu hakkında. Ücretsiz ve anonimdir.
cn-privacy = Sadece takma adın görünür. E-posta, gerçek isim ya da telefon numarası gerekmez. Sadece paylaşmak istediğin şeyleri yaz. Danışmanlar bunları gizli tutar.
cn-new = Yeni soru
cn-refresh = Cevaplara bak
cn-loading = Konuşmaların yükleniyor …
cn-none-yet = Henüz bir danışmana yazmadın. İstediğin her şeyi sorabilirsin: aptalca soru yoktur.
cn-threads = Konuşmaların
cn-back = ← Konuşmalarına dön
cn-topic = Konu ne?
cn-topic-work = İş
cn-topic-training = Meslek eğitimi (“Ausbildung”)
cn-topic-school = Okul
cn-topic-residence = Oturum izni ve belgeler
cn-topic-language = Almanca öğrenmek
cn-topic-housing = Konut
cn-topic-everyday-life = Günlük hayat
cn-topic-other = Başka bir konu
cn-mode = Nasıl konuşmak istersin?
cn-mode-mail = Mesaj
cn-mode-mail-about = Bir danışman 48 saat içinde cevap verir. Cevabı burada bulursun ve Lernwelt'te bir bildirim görürsün.
cn-mode-chat = Canlı sohbet
cn-mode-chat-about = Senin dilini konuşan bir danışman çevrimiçiyse hemen sohbet edebilirsin. Değilse mesajın bekler ve normal bir mesaj gibi cevaplanır.
cn-mode-callback = Geri arama
cn-language = Hangi dilde?
cn-message = Mesajın
cn-message-hint = Kendi kelimelerinle yaz …
cn-new-missing = Bir konu ve bir konuşma yolu seç, sonra mesajını yaz.
cn-send = Gönder
cn-offline = Sunucuya şu anda ulaşılamıyor. Mesajın bu cihazda saklanır ve daha sonra kendiliğinden gönderilir.
cn-waiting = gönderilmeyi bekliyor …
cn-you = Sen
cn-counsellor = Danışman
cn-counsellor-named = { $name } (danışman)
cn-unread = { $count ->
    [one] { $count } yeni cevap
   *[other] { $count } yeni cevap
}
cn-status-new = Bir danışman bekleniyor
cn-status-accepted = { $name } senin sorunla ilgileniyor
cn-status-closed = Bu konuşma kapandı
cn-closed-note = Bu konuşma kapandı. Başka bir sorun varsa yeni bir konuşma başlat.
cn-absent = Danışmanın şu anda burada değil: { $text }
cn-reply = Cevabın
cn-hud-unread = { $count ->
    [one] Bir danışman sana cevap verdi
   *[other] Danışmanlardan { $count } yeni cevap
}
cn-live-on = ● Canlı: yeni mesajlar burada hemen görünür.
cn-live-connecting = Canlı sohbete bağlanılıyor …
cn-live-lost = Canlı bağlantı kesildi. { $seconds } sn sonra tekrar denenecek. Yazdıkların saklanır ve gönderilir.
cn-live-retry = Şimdi tekrar dene
cn-queue = Sıradaki yerin: { $position }
cn-online = { $language } dili için bir danışman şu anda çevrimiçi.
cn-nobody-online = Şu anda { $language } dili için çevrimiçi bir danışman yok. Sorun burada bekler; Lernwelt'i kapatsan bile cevap bu kioska gelir.
cn-typing = { $name } yazıyor …
cn-typing-someone = Danışman yazıyor …
cn-mode-callback-about = Bir danışman seni seçtiğin bir saatte arar. Numaranı sadece sorunu üstlenen danışman görür; numara, görüşme bitince (en geç seçtiğin zamandan bir gün sonra) silinir.
cn-phone = Telefon numaran
cn-phone-hint = 0151 2345678 / +49 151 2345678
cn-callback-day = Hangi gün?
cn-callback-time = Saat kaçta? (Almanya saati)
cn-day-today = Bugün
cn-day-tomorrow = Yarın
cn-weekday-1 = Pazartesi
cn-weekday-2 = Salı
cn-weekday-3 = Çarşamba
cn-weekday-4 = Perşembe
cn-weekday-5 = Cuma
cn-weekday-6 = Cumartesi
cn-weekday-7 = Pazar
cn-slot-morning = Sabah, 9–12
cn-slot-midday = Öğle, 12–15
cn-slot-afternoon = Öğleden sonra, 15–18
cn-slot-evening = Akşam, 18–20
cn-callback-message-hint = Danışman seni aramadan önce neyi bilmeli?
cn-callback-missing = Telefon numaranı gir, bir gün ve bir saat seç.
cn-draft-kept = Taslağın, sen gönderene kadar bu cihazda saklanır.
