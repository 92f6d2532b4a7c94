# Стол документов: резюме и сопроводительное письмо на немецком, помощь на твоём языке.
doc-tab-cv = Резюме
doc-tab-letter = Сопроводительное письмо
doc-tab-export = Сохранить и проверить
doc-intro = Здесь ты пишешь своё резюме на немецком. Документы на немецком, а помощь — на твоём языке. Всё остаётся на этом устройстве.

doc-cv-personal = Личные данные
doc-cv-personal-help = Они стоят в начале резюме. Заголовок резюме — просто «Lebenslauf».
doc-cv-name = Имя и фамилия
doc-cv-name-help = Как в паспорте. Буквы ş, ı, ç и ë сохраняются.
doc-cv-street = Улица и номер дома
doc-cv-street-help = Твой адрес в Германии.
doc-cv-city = Индекс и город
doc-cv-city-help = Пятизначный индекс, затем город.
doc-cv-phone = Телефон
doc-cv-phone-help = Номер, по которому с тобой можно связаться, например мобильный. Начинается с 0 или +49.
doc-cv-email = Эл. почта (по желанию)
doc-cv-email-help = Серьёзный адрес, лучше с именем и фамилией.
doc-cv-birth_date = Дата рождения (по желанию)
doc-cv-birth_date-help = Указывать не обязательно. Формат ДД.ММ.ГГГГ.
doc-cv-nationality = Гражданство (по желанию)
doc-cv-nationality-help = Указывать не обязательно. Если у тебя есть разрешение на работу, можно упомянуть его в письме.
doc-cv-photo = Фото (по желанию)
doc-cv-photo-help = В Германии фото не обязательно, его можно не добавлять. Это резюме сохраняется без фото.

doc-cv-school = Школа
doc-cv-school-help = Все школы, в том числе за границей. Если твой аттестат из-за границы признан или оценён (Anerkennung, Zeugnisbewertung), напиши об этом.
doc-cv-training = Профессиональное обучение
doc-cv-training-help = Обучение или учёба, также незаконченные или за границей. Оставь пустым, если пока нет.
doc-cv-work = Опыт работы и практики
doc-cv-work-help = Считаются работа, практика, мини-джобы и работа за границей.
doc-cv-gaps = Другие периоды
doc-cv-gaps-help = Перерывы без школы или работы — это нормально. Коротко объясни их: приезд в Германию, языковой курс, ожидание разрешения, уход за семьёй.
doc-entry-from = С
doc-entry-to = По
doc-entry-dates-help = Месяцы в формате ММ/ГГГГ. Оставь «по» пустым, если это ещё продолжается.
doc-entry-title = Что
doc-entry-title-help = Аттестат, профессия или твоя должность.
doc-entry-reason = Причина
doc-entry-reason-help = Чем ты занимался(-ась) в это время, в нескольких словах.
doc-entry-place = Где
doc-entry-place-help = Название школы или фирмы и город; за границей — и страна.
doc-entry-details = Подробности (по желанию)
doc-entry-details-help = Задачи, любимые предметы или оценки.
doc-entry-recognition = Признание (для документов из-за границы)
doc-entry-recognition-help = Признан ли или оценён твой аттестат? Напиши результат или что ты подал(а) заявление. Консультант поможет тебе с этим.
doc-entry-add = Добавить
doc-entry-remove = Удалить

doc-cv-languages = Языки
doc-cv-languages-help = Все языки, на которых ты говоришь, с уровнем. Название языка пиши по-немецки, например Deutsch, Arabisch, Russisch.
doc-lang-name = Язык
doc-lang-level = Уровень
doc-lang-level-help = Уровни Общеевропейской шкалы (CEFR): A1 и A2 — начальный, B1 и B2 — самостоятельный, C1 и C2 — очень хороший. Укажи уровень последнего сертификата.
doc-level-native = Родной

doc-cv-more = Навыки и интересы
doc-cv-more-help = То, что помогает в работе.
doc-cv-skills = Навыки
doc-cv-skills-help = Компьютер, водительские права, другие умения.
doc-cv-hobbies = Хобби (по желанию)
doc-cv-hobbies-help = Что ты любишь делать. Например, спорт в клубе показывает умение работать в команде.

doc-letter-sender = Отправитель
doc-letter-sender-help = Твоё имя и адрес из резюме. Изменить их можно во вкладке «Резюме».
doc-letter-recipient = Получатель
doc-letter-recipient-help = Фирма, которой ты пишешь, как в объявлении о вакансии.
doc-letter-company = Фирма
doc-letter-company-help = Точное название фирмы.
doc-letter-contact = Контактное лицо (по желанию)
doc-letter-contact-help = Человек из объявления, с «Frau» или «Herrn».
doc-letter-street = Улица фирмы
doc-letter-street-help = Улица и номер дома фирмы.
doc-letter-city = Индекс и город фирмы
doc-letter-city-help = Индекс и город фирмы.
doc-letter-text = Письмо
doc-letter-text-help = Место и дата, тема, обращение, текст и прощание — как в любом немецком письме.
doc-letter-place = Место
doc-letter-place-help = Город, где ты пишешь письмо.
doc-letter-date = Дата
doc-letter-date-help = Сегодняшняя дата в формате ДД.ММ.ГГГГ.
doc-letter-subject = Тема
doc-letter-subject-help = Одна строка: на какое место ты претендуешь. Печатается жирным.
doc-letter-greeting = Обращение
doc-letter-greeting-help = С именем: «Sehr geehrte Frau …,» или «Sehr geehrter Herr …,». Без имени: «Sehr geehrte Damen und Herren,».
doc-letter-opening = Вступление
doc-letter-opening-help = Почему ты пишешь и где нашёл(-ла) вакансию. После запятой в обращении текст начинается со строчной буквы.
doc-letter-body = Основная часть
doc-letter-body-help = Что ты умеешь и почему подходишь: школа, практики, языки, сильные стороны с примерами.
doc-letter-closing = Заключение
doc-letter-closing-help = Попроси о собеседовании и закончи формулой прощания.
doc-letter-closing-formula = Обычная формула прощания:
doc-letter-signature = Подпись
doc-letter-signature-help = Твоё полное имя. Над ним распишись от руки на распечатанном письме.

doc-export-title = Сохранить как PDF
doc-export-help = PDF оформлен по обычному немецкому образцу. Прочитай его ещё раз перед отправкой.
doc-check-ok = всё обязательное заполнено.
doc-check-issues = { $count ->
    [one] осталось проверить { $count } пункт (отмечен красным).
    [few] осталось проверить { $count } пункта (отмечены красным).
   *[many] осталось проверить { $count } пунктов (отмечены красным).
}
doc-export-cv = Сохранить резюме как PDF
doc-export-letter = Сохранить письмо как PDF
doc-export-saved = Сохранено: { $path }
doc-export-download = Загрузка началась: { $path }
doc-export-failed = Не удалось сохранить PDF.
doc-storage-local = Черновики сохраняются автоматически и только на этом устройстве.
doc-storage-off = В этом запуске черновики не сохраняются.
doc-storage-corrupt = Сохранённый черновик не удалось прочитать. Он отложен в сторону, форма начинается пустой.
doc-storage-failed = Не удалось сохранить черновик на этом устройстве.

doc-review-title = Попросить консультанта проверить
doc-review-help = Консультант может прочитать твоё резюме и письмо и дать советы. Отправляется только то, что ты выберешь, в виде текста и только с твоего согласия.
doc-review-include-cv = Отправить моё резюме
doc-review-include-letter = Отправить моё письмо
doc-review-consent = Я согласен(-на), чтобы выбранные документы были отправлены на проверку консультанту Lernwelt.
doc-review-preview = Показать, что будет отправлено
doc-review-send = Отправить на проверку

doc-err-required = Пожалуйста, заполни.
doc-err-month = Напиши месяц в формате ММ/ГГГГ, например 09/2021.
doc-err-day = Напиши дату в формате ДД.ММ.ГГГГ, например 14.03.2006.
doc-err-order = Конец раньше начала.
doc-err-phone = Это не похоже на номер телефона. Начни с 0 или +49 и используй цифры.
doc-err-email = Это не похоже на адрес эл. почты (name@example.de).
doc-err-level = Выбери уровень: A1, A2, B1, B2, C1, C2 или родной.
doc-err-school-missing = Добавь хотя бы одну школу.
doc-err-languages-missing = Добавь хотя бы один язык.
doc-review-report-title = Просьба проверить мои документы для заявки
