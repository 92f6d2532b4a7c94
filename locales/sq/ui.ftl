# Start screen, loading screen, settings, menus and the on-screen controls.
ui-title = Lernwelt
ui-tagline = Ushtro, pyet, merr këshilla — në mënyrë anonime dhe falas.
ui-choose-language = Zgjidh gjuhën tënde
ui-start = Fillo
ui-loading = Po ngarkohet…
ui-loading-step = Po ngarkohet: { $step }
ui-loading-step-locales = tekstet
ui-loading-step-fonts = shkronjat
ui-loading-step-sounds = tingujt
ui-loading-step-world = dhomat
ui-loading-step-dialogue = bisedat
ui-settings = Cilësimet
ui-settings-language = Gjuha
ui-settings-volume = Volumi
ui-settings-quality = Cilësia e grafikës
ui-settings-quality-low = E ulët
ui-settings-quality-medium = Mesatare
ui-settings-quality-high = E lartë
ui-settings-text-size = Madhësia e tekstit
ui-settings-close = Mbyll
ui-settings-saved = Cilësimet ruhen në këtë pajisje.
ui-list-mode = Pamja si listë
ui-list-mode-title = Të gjitha vendet dhe kioskat
ui-list-mode-help = Të njëjtat dhoma dhe kioska si menu të thjeshta, pa lëvizur në 3D.
ui-list-mode-go = Shko atje
ui-list-mode-open = Hap
ui-close = Mbyll
ui-back = Kthehu
ui-menu = Menyja
ui-controls = Komandat
ui-controls-move = W A S D ose tastet me shigjeta: ec · Shift: vrapo
ui-controls-look = Butoni i djathtë i miut: rrotullo kamerën · Rrota e miut: zmadho/zvogëlo
ui-controls-click = Kliko majtas në dysheme: ec deri atje
ui-controls-interact = E ose Enter: fol / përdor · Tab: gjëja tjetër afër · Esc: menyja
ui-touch-interact = Përdor
ui-you-are-here = Je këtu: { $place }
ui-people-count = { $count ->
    [one] Këtu ka { $count } person
   *[other] Këtu ka { $count } persona
}
