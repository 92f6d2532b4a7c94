# İlan panosundaki forum: gençler ve danışmanlar birbirlerinin sorularını cevaplıyor.
fo-about = Diğer gençlere ve Gençlik Göç Servisi'nin (Jugendmigrationsdienst) danışmanlarına sor, bildiklerinle başkalarına yardım et.
fo-public = Hesabı olan herkes forumu okuyabilir. Buraya gerçek adını, telefon numaranı, adresini ya da belgelerinle ilgili bir şey yazma; bunlar için danışmanlık kioskunda bir danışmana yaz.
fo-category = Konu alanı
fo-all = Tümü
fo-category-work = İş
fo-category-training = Meslek eğitimi (“Ausbildung”)
fo-category-school = Okul
fo-category-residence = Oturum izni ve belgeler
fo-category-language = Almanca öğrenmek
fo-category-housing = Konut
fo-category-everyday-life = Günlük hayat
fo-language = Dil
fo-new = Yeni konu
fo-refresh = Yeni gönderilere bak
fo-loading = Yükleniyor …
fo-none = Burada henüz konu yok. İlkini sen başlat!
fo-more = Daha fazla göster
fo-back = ← Konulara dön
fo-answers = { $count ->
    [one] { $count } gönderi
   *[other] { $count } gönderi
}
fo-pinned = Sabitlendi
fo-locked = Kapalı
fo-started-by = Başlatan: { $name }
fo-staff = Danışman
fo-deleted-user = Silinmiş hesap
fo-hidden = Bu gönderi bildirildiği için gizlendi. Danışmanlar inceliyor.
fo-hidden-topic = Bu konu gizlendi.
fo-locked-note = Bu konu kapandı. Artık buraya cevap yazamazsın ama yeni bir konu başlatabilirsin.
fo-react-thanks = Teşekkürler
fo-react-helpful = Bu bana yardımcı oldu
fo-react-same-question = Benim de aynı sorum var
fo-report = Bildir
fo-report-confirm = Bu gönderiyi danışmanlara bildirmek istiyor musun? Gönderi kaba ya da kırıcıysa, reklamsa veya birinin özel bilgilerini paylaşıyorsa bunu yap.
fo-report-yes = Evet, bildir
fo-reported = Bildirildi. Teşekkürler, danışmanlar inceleyecek.
fo-answer = Cevabın
fo-answer-hint = Bir cevap yaz …
fo-send = Paylaş
fo-title = Başlık
fo-title-hint = Sorun ne hakkında? (en az 3 karakter)
fo-text = Gönderin
fo-text-hint = Sorunu anlat …
fo-new-missing = Bir konu alanı ve bir dil seç, sonra bir başlık ve gönderini yaz.
fo-sending = Paylaşılıyor …
fo-posted = Paylaşıldı.
