# Start screen, loading screen, settings, menus and the on-screen controls.
ui-title = Lernwelt
ui-tagline = Practise, ask, get advice — anonymous and free.
ui-choose-language = Choose your language
ui-start = Start
ui-loading = Loading…
ui-loading-step = Loading: { $step }
ui-loading-step-locales = texts
ui-loading-step-fonts = fonts
ui-loading-step-sounds = sounds
ui-loading-step-world = rooms
ui-loading-step-dialogue = conversations
ui-settings = Settings
ui-settings-language = Language
ui-settings-volume = Volume
ui-settings-quality = Graphics quality
ui-settings-quality-low = Low
ui-settings-quality-medium = Medium
ui-settings-quality-high = High
ui-settings-text-size = Text size
ui-settings-close = Close
ui-settings-saved = Settings are saved on this device.
ui-list-mode = List mode
ui-list-mode-title = All places and kiosks
ui-list-mode-help = The same rooms and kiosks as plain menus, without moving in 3D.
ui-list-mode-go = Go there
ui-list-mode-open = Open
ui-close = Close
ui-back = Back
ui-menu = Menu
ui-controls = Controls
ui-controls-move = W A S D or arrow keys: walk · Shift: run
ui-controls-look = Right mouse button: turn the camera · Mouse wheel: zoom
ui-controls-click = Left click on the floor: walk there
ui-controls-interact = E or Enter: talk / use · Tab: next thing nearby · Esc: menu
ui-touch-interact = Use
ui-you-are-here = You are in: { $place }
ui-people-count = { $count ->
    [one] { $count } person here
   *[other] { $count } people here
}
