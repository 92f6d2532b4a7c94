# Start screen, loading screen, settings, menus and the on-screen controls.
ui-title = Lernwelt
ui-tagline = Тренируйся, спрашивай, получай совет — анонимно и бесплатно.
ui-choose-language = Выбери свой язык
ui-start = Начать
ui-loading = Загрузка…
ui-loading-step = Загрузка: { $step }
ui-loading-step-locales = тексты
ui-loading-step-fonts = шрифты
ui-loading-step-sounds = звуки
ui-loading-step-world = комнаты
ui-loading-step-dialogue = диалоги
ui-settings = Настройки
ui-settings-language = Язык
ui-settings-volume = Громкость
ui-settings-quality = Качество графики
ui-settings-quality-low = Низкое
ui-settings-quality-medium = Среднее
ui-settings-quality-high = Высокое
ui-settings-text-size = Размер текста
ui-settings-close = Закрыть
ui-settings-saved = Настройки сохраняются на этом устройстве.
ui-list-mode = Режим списка
ui-list-mode-title = Все места и терминалы
ui-list-mode-help = Те же комнаты и терминалы в виде простых меню, без передвижения в 3D.
ui-list-mode-go = Перейти туда
ui-list-mode-open = Открыть
ui-close = Закрыть
ui-back = Назад
ui-menu = Меню
ui-controls = Управление
ui-controls-move = W A S D или стрелки: идти · Shift: бежать
ui-controls-look = Правая кнопка мыши: повернуть камеру · Колёсико мыши: масштаб
ui-controls-click = Левый клик по полу: идти туда
ui-controls-interact = E или Enter: говорить / использовать · Tab: следующий объект рядом · Esc: меню
ui-controls-emotes = 1 · 2 · 3: помахать · большой палец · «У меня вопрос»
ui-touch-interact = Использовать
ui-you-are-here = Ты здесь: { $place }
ui-people-count = { $count ->
    [one] Здесь { $count } человек
    [few] Здесь { $count } человека
    [many] Здесь { $count } человек
   *[other] Здесь { $count } человека
}
ui-cancel = Отмена
ui-device-title = Это устройство
ui-device-logged-in = Вход выполнен: { $nickname }.
ui-device-logout = Выйти
ui-device-logout-confirm = Выйти на этом устройстве? Твой аккаунт и переписка останутся на сервере; ты сможешь снова войти по никнейму и паролю.
ui-device-logout-yes = Да, выйти
ui-device-logout-done = Выход выполнен.
ui-device-forget-about = Для общего телефона или компьютера: удаляет всё, что Lernwelt хранит на этом устройстве, — вход, черновики резюме и сопроводительного письма, результаты тренировок, ещё не отправленные сообщения.
ui-device-forget = Удалить мои данные на этом устройстве
ui-device-forget-confirm = Точно удалить? Черновики, результаты тренировок и неотправленные сообщения исчезнут навсегда, и ты выйдешь из аккаунта. Аккаунт и переписка на сервере останутся.
ui-device-forget-yes = Да, удалить
ui-device-forget-done = Твои данные на этом устройстве удалены.
ui-account-delete = Удалить мой аккаунт
ui-account-delete-about = Удаляет твой аккаунт на сервере — никнейм, переписку с консультантами и сообщения на форуме — и всё, что Lernwelt хранит на этом устройстве. Отменить это нельзя.
ui-account-delete-confirm = Точно удалить аккаунт? Твоя переписка исчезнет навсегда, в том числе и у консультантов. Если ты просто хочешь уйти с этого устройства, лучше выйди из аккаунта.
ui-account-delete-password = Твой пароль для подтверждения:
ui-account-delete-yes = Да, удалить мой аккаунт
ui-account-deleted = Твой аккаунт и твои данные удалены.
