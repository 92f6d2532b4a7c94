# Personel kapısının arkasındaki danışman masası: yeni talepler, konuşmalar, geri aramalar, yokluk notu, moderasyon.
dk-login-about = Gençlik Göç Servisi (Jugendmigrationsdienst) danışmanları için. Takma adın, şifren ve doğrulama uygulamandaki 6 haneli kodla giriş yap.
dk-totp = Doğrulama uygulamasındaki kod
dk-login = Danışman masasına giriş yap
dk-not-staff = Bu hesap bir danışman hesabı değil. Gençler danışmanlığı danışmanlık kioskunda bulur.
dk-logged-in = { $name } olarak giriş yaptın
dk-refresh = Yenile
dk-inbox = Yeni talepler
dk-inbox-empty = Senin dillerinde yeni talep yok.
dk-accept = Üstlen
dk-mine = Konuşmalarım
dk-mine-empty = Henüz konuşman yok. Yeni taleplerden birini üstlen.
dk-callbacks = Yapılacak geri aramalar
dk-callback-window = { $phone } numarasını { $from } ile { $until } arasında ara (Almanya saati)
dk-callback-done = Arama yapıldı
dk-choose = Soldan bir konuşma seç.
dk-enquiry = Talep { $id }
dk-youth = Genç
dk-you = Sen
dk-typing = Genç yazıyor …
dk-live-on = ● Genç, cevaplarını canlı olarak görüyor.
dk-reply = Cevabın
dk-send = Gönder
dk-handover-to = Devredilecek kişi (meslektaşının adı)
dk-handover = Devret
dk-colleagues = Bu dilde danışmanlık yapan meslektaşlar (birini seçin, sonra “Devret”):
dk-colleague-online = masasında
dk-colleague-away = { $until } tarihine kadar yok
dk-no-colleague = Bu dilde başka danışman yok.
dk-close = Konuşmayı kapat
dk-absence = Yokluk notu
dk-absence-hint = örneğin: Pazartesi geri dönüyorum. O zamana kadar lütfen ekibe yaz.
dk-absence-days = Gün
dk-absence-set = Notu göster
dk-absence-clear = Notu kaldır
dk-absence-on = Yokluk notun şu tarihe kadar görünüyor: { $until }.
dk-moderation = Forum: bildirilen ve gizlenen gönderiler
dk-moderation-empty = İncelenecek bir şey yok.
dk-flags = { $count ->
    [one] { $count } bildirim
   *[other] { $count } bildirim
}
dk-hidden = gizli
dk-hide = Gizle
dk-restore = Tekrar göster
dk-lock = Konuyu kapat
dk-pin = Konuyu sabitle
