# Start screen, loading screen, settings, menus and the on-screen controls.
ui-title = Lernwelt
ui-tagline = Alıştırma yap, soru sor, danışmanlık al — anonim ve ücretsiz.
ui-choose-language = Dilini seç
ui-start = Başla
ui-loading = Yükleniyor…
ui-loading-step = Yükleniyor: { $step }
ui-loading-step-locales = metinler
ui-loading-step-fonts = yazı tipleri
ui-loading-step-sounds = sesler
ui-loading-step-world = odalar
ui-loading-step-dialogue = konuşmalar
ui-settings = Ayarlar
ui-settings-language = Dil
ui-settings-volume = Ses düzeyi
ui-settings-quality = Grafik kalitesi
ui-settings-quality-low = Düşük
ui-settings-quality-medium = Orta
ui-settings-quality-high = Yüksek
ui-settings-text-size = Yazı boyutu
ui-settings-close = Kapat
ui-settings-saved = Ayarlar bu cihaza kaydedilir.
ui-list-mode = Liste görünümü
ui-list-mode-title = Tüm yerler ve kiosklar
ui-list-mode-help = Aynı odalar ve kiosklar, 3D'de dolaşmadan, basit menüler olarak.
ui-list-mode-go = Oraya git
ui-list-mode-open = Aç
ui-close = Kapat
ui-back = Geri
ui-menu = Menü
ui-controls = Kontroller
ui-controls-move = W A S D veya ok tuşları: yürü · Shift: koş
ui-controls-look = Farenin sağ tuşu: kamerayı döndür · Fare tekerleği: yakınlaştır/uzaklaştır
ui-controls-click = Zemine sol tıkla: oraya yürü
ui-controls-interact = E veya Enter: konuş / kullan · Tab: yakındaki sonraki nesne · Esc: menü
ui-touch-interact = Kullan
ui-you-are-here = Buradasın: { $place }
ui-people-count = { $count ->
    [one] Burada { $count } kişi var
   *[other] Burada { $count } kişi var
}
