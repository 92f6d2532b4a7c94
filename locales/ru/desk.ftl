# Рабочее место консультантов за дверью для сотрудников: новые обращения, диалоги, обратные звонки, отсутствие, модерация.
dk-login-about = Для консультантов молодёжной миграционной службы (Jugendmigrationsdienst). Войди со своим никнеймом, паролем и 6-значным кодом из приложения-аутентификатора.
dk-totp = Код из приложения-аутентификатора
dk-login = Войти на рабочее место
dk-password-title = Твой собственный пароль
dk-password-first = Пароль для этого входа тебе выдала администрация. Придумай сейчас свой; только после этого откроется рабочее место. Возьми несколько слов, которые не связаны между собой.
dk-password-current = Пароль от администрации
dk-not-staff = Этот аккаунт не принадлежит консультанту. Молодые люди получают консультацию в киоске консультации.
dk-logged-in = Вход выполнен: { $name }
dk-refresh = Обновить
dk-inbox = Новые обращения
dk-inbox-empty = Новых обращений на твоих языках нет.
dk-inbox-waiting = { $count ->
    [one] Ждёт { $count } обращение.
    [few] Ждут { $count } обращения.
    [many] Ждут { $count } обращений.
   *[other] Ждут { $count } обращения.
}
dk-inbox-more = Здесь { $shown } самых старых; остальные появятся, когда эти примут.
dk-accept = Взять
dk-spam = Спам …
dk-spam-question = Закрыть как спам? Человек увидит, что его обращение закрыто как спам. Блокировка запрещает новые обращения с этого аккаунта, пока администратор её не снимет.
dk-spam-close = Закрыть как спам
dk-spam-block = Закрыть и заблокировать аккаунт
dk-mine = Мои диалоги
dk-mine-empty = У тебя пока нет диалогов. Возьми одно из новых обращений.
dk-callbacks = Нужно перезвонить
dk-callback-window = Позвони по номеру { $phone } с { $from } до { $until } (по немецкому времени)
dk-callback-done = Звонок сделан
dk-choose = Выбери диалог слева.
dk-enquiry = Обращение { $id }
dk-youth = Автор обращения
dk-you = Ты
dk-typing = Автор обращения печатает …
dk-live-on = ● Автор обращения получает твои ответы в реальном времени.
dk-reply = Твой ответ
dk-send = Отправить
dk-handover-to = Кому передать (имя коллеги)
dk-handover = Передать
dk-colleagues = Коллеги, говорящие на этом языке (выберите, затем «Передать»):
dk-colleague-online = на месте
dk-colleague-away = отсутствует до { $until }
dk-no-colleague = Больше никто не консультирует на этом языке.
dk-close = Закрыть диалог
dk-absence = Сообщение об отсутствии
dk-absence-hint = например: Я вернусь в понедельник. До этого, пожалуйста, пиши команде.
dk-absence-days = Количество дней
dk-absence-set = Показать сообщение
dk-absence-clear = Убрать сообщение
dk-absence-on = Твоё сообщение об отсутствии видно до { $until }.
dk-moderation = Форум: сообщения с жалобами и скрытые сообщения
dk-moderation-empty = Проверять нечего.
dk-moderation-more = Ждут ещё сообщения с жалобами; они появятся здесь, когда по этим будет решение.
dk-flags = { $count ->
    [one] { $count } жалоба
    [few] { $count } жалобы
    [many] { $count } жалоб
   *[other] { $count } жалобы
}
dk-hidden = скрыто
dk-hide = Скрыть
dk-restore = Показать снова
dk-keep-hidden = Оставить скрытым
dk-keep-shown = Всё в порядке, оставить
dk-lock = Закрыть тему
dk-pin = Закрепить тему
dk-rooms = Комнаты
dk-rooms-people = молодых людей: { $youth }
dk-rooms-staff = консультантов: { $count }
dk-rooms-go = Пойти туда
dk-rooms-waiting = ждёт консультанта { $minutes } мин.
dk-reports = Жалобы из комнат
dk-reports-empty = Открытых жалоб из комнат нет.
dk-reports-silent = До жалобы ничего не писал(а) в комнате.
dk-reports-done = Решено
dk-reports-just-now = только что
dk-reports-minutes-ago = { $count ->
    [one] { $count } минуту назад
    [few] { $count } минуты назад
    [many] { $count } минут назад
   *[other] { $count } минуты назад
}
dk-reports-hours-ago = { $count ->
    [one] { $count } час назад
    [few] { $count } часа назад
    [many] { $count } часов назад
   *[other] { $count } часа назад
}
dk-reports-days-ago = { $count ->
    [one] { $count } день назад
    [few] { $count } дня назад
    [many] { $count } дней назад
   *[other] { $count } дня назад
}
