# Personel kapısının arkasındaki danışman masası: yeni talepler, konuşmalar, geri aramalar, yokluk notu, moderasyon.
dk-login-about = Gençlik Göç Servisi (Jugendmigrationsdienst) danışmanları için. Takma adın, şifren ve doğrulama uygulamandaki 6 haneli kodla giriş yap.
dk-totp = Doğrulama uygulamasındaki kod
dk-login = Danışman masasına giriş yap
dk-password-title = Kendi şifren
dk-password-first = Az önce giriş yaptığın şifreyi sana yönetim verdi. Şimdi kendi şifreni seç; danışman masası ancak ondan sonra açılır. Birbiriyle ilgisi olmayan birkaç kelime kullan.
dk-password-current = Yönetimden gelen şifre
dk-not-staff = Bu hesap bir danışman hesabı değil. Gençler danışmanlığı danışmanlık kioskunda bulur.
dk-logged-in = { $name } olarak giriş yaptın
dk-refresh = Yenile
dk-inbox = Yeni talepler
dk-inbox-empty = Senin dillerinde yeni talep yok.
dk-inbox-waiting = { $count ->
    [one] Bir başvuru bekliyor.
   *[other] { $count } başvuru bekliyor.
}
dk-inbox-more = Burada en eski { $shown } başvuru var; diğerleri bunlar kabul edildikçe yukarı çıkar.
dk-accept = Üstlen
dk-spam = Spam …
dk-spam-question = Spam olarak kapatılsın mı? Kişi başvurusunun spam olarak kapatıldığını görür. Engellemek, yönetici kaldırana kadar bu hesaptan yeni başvuruları durdurur.
dk-spam-close = Spam olarak kapat
dk-spam-block = Kapat ve hesabı engelle
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
dk-moderation-more = Bildirilen başka gönderiler de bekliyor; bunlar hakkında karar verilince burada görünecekler.
dk-flags = { $count ->
    [one] { $count } bildirim
   *[other] { $count } bildirim
}
dk-hidden = gizli
dk-hide = Gizle
dk-restore = Tekrar göster
dk-keep-hidden = Gizli kalsın
dk-keep-shown = Sorun yok, görünür kalsın
dk-lock = Konuyu kapat
dk-pin = Konuyu sabitle
dk-rooms = Odalar
dk-rooms-people = { $youth } genç
dk-rooms-staff = { $count } danışman
dk-rooms-go = Oraya git
dk-rooms-waiting = { $minutes } dakikadır danışman bekliyor
dk-reports = Odalardan gelen bildirimler
dk-reports-empty = Odalardan açık bildirim yok.
dk-reports-silent = Bildirimden önce odada hiçbir şey yazmamış.
dk-reports-done = Tamamlandı
dk-reports-just-now = az önce
dk-reports-minutes-ago = { $count } dakika önce
dk-reports-hours-ago = { $count } saat önce
dk-reports-days-ago = { $count } gün önce
