# Start screen, loading screen, settings, menus and the on-screen controls.
ui-title = Lernwelt
ui-tagline = Üben, fragen, beraten lassen — anonym und kostenlos.
ui-choose-language = Wähle deine Sprache
ui-start = Starten
ui-loading = Wird geladen…
ui-loading-step = Wird geladen: { $step }
ui-loading-step-locales = Texte
ui-loading-step-fonts = Schriften
ui-loading-step-sounds = Töne
ui-loading-step-world = Räume
ui-loading-step-dialogue = Gespräche
ui-settings = Einstellungen
ui-settings-language = Sprache
ui-settings-volume = Lautstärke
ui-settings-quality = Grafikqualität
ui-settings-quality-low = Niedrig
ui-settings-quality-medium = Mittel
ui-settings-quality-high = Hoch
ui-settings-text-size = Textgröße
ui-settings-close = Schließen
ui-settings-saved = Die Einstellungen werden auf diesem Gerät gespeichert.
ui-list-mode = Listenansicht
ui-list-mode-title = Alle Orte und Terminals
ui-list-mode-help = Dieselben Räume und Terminals als einfache Menüs, ohne dich in 3D zu bewegen.
ui-list-mode-go = Dorthin gehen
ui-list-mode-open = Öffnen
ui-close = Schließen
ui-back = Zurück
ui-menu = Menü
ui-controls = Steuerung
ui-controls-move = W A S D oder Pfeiltasten: gehen · Shift: rennen
ui-controls-look = Rechte Maustaste: Kamera drehen · Mausrad: zoomen
ui-controls-click = Linksklick auf den Boden: dorthin gehen
ui-controls-interact = E oder Enter: sprechen / benutzen · Tab: nächstes Objekt in der Nähe · Esc: Menü
ui-touch-interact = Benutzen
ui-you-are-here = Du bist hier: { $place }
ui-people-count = { $count ->
    [one] { $count } Person hier
   *[other] { $count } Personen hier
}
