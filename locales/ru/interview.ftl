# Стол собеседований, разбор и уроки персонажей.
interview-progress = Тренировочные собеседования: { $count } из { $goal }
interview-milestone-badge = Цель достигнута: девять тренировочных собеседований.
interview-milestone = Девять тренировочных собеседований! У тебя теперь столько же практики, сколько у молодых людей из исследований, которые потом лучше всех проходили настоящие собеседования. Продолжай или поговори с консультантом о следующей заявке.
interview-choose-job = Какая профессия?
interview-choose-interviewer = Кто проводит собеседование?
interview-personality-friendly = Дружелюбный
interview-personality-friendly-about = Тёплый и терпеливый, помогает тебе.
interview-personality-factual = Деловой
interview-personality-factual-about = По-деловому, ждёт коротких и ясных ответов.
interview-personality-strict = Строгий
interview-personality-strict-about = Задаёт уточняющие вопросы и ждёт точных ответов.
interview-choose-level = Уровень
interview-level-easy = Лёгкий
interview-level-easy-about = Перевод всегда показан под немецким текстом.
interview-level-medium = Средний
interview-level-medium-about = Сначала по-немецки; нажми «Перевести», когда нужно.
interview-level-hard = Сложный
interview-level-hard-about = Дополнительные уточняющие вопросы; по желанию — таймер ответа.
interview-timer = Таймер ответа ({ $seconds ->
        [one] { $seconds } секунда
        [few] { $seconds } секунды
        [many] { $seconds } секунд
       *[other] { $seconds } секунды
    } на вопрос)
interview-start = Начать собеседование
interview-question = Вопрос { $number }
interview-translate = Перевести
interview-hide-translation = Скрыть перевод
interview-show-german = Показать по-немецки
interview-simple = Простой немецкий
interview-continue = Дальше
interview-keys-hint = Клавиши 1–4 — ответ, Enter — дальше, T — перевод.
interview-time-left = { $seconds ->
    [one] осталась { $seconds } секунда
    [few] осталось { $seconds } секунды
    [many] осталось { $seconds } секунд
   *[other] осталось { $seconds } секунды
}
interview-feedback-best = Сильный ответ!
interview-feedback-good = Хорошо, но можно сильнее.
interview-feedback-weak = Подумай ещё раз.
interview-timeout = Время вышло. Короткая пауза, чтобы подумать, на настоящем собеседовании — это нормально, но отвечай: долгое молчание выглядит как неподготовленность.
interview-timed-out = (время вышло)
interview-review-title = Твой разбор
interview-overall = Итого { $percent } % — лучший ответ в { $best ->
        [one] { $best } вопросе
        [few] { $best } вопросах
        [many] { $best } вопросах
       *[other] { $best } вопросах
    } из { $count }.
interview-skill-preparation = Подготовка
interview-skill-motivation = Мотивация
interview-skill-communication = Общение
interview-skill-politeness = Вежливость
interview-skill-company = Знание компании
interview-skill-questions = Свои вопросы
interview-skill-not-asked = не спрашивали
interview-tips-title = Три совета на следующий раз
interview-tips-none = Каждый ответ был лучшим. Попробуй строгого собеседника или более сложный уровень.
interview-tip-preparation = Перед собеседованием перечитай вакансию и подготовь пример к каждой своей сильной стороне.
interview-tip-motivation = Скажи, почему ты хочешь именно эту работу: что тебе в ней нравится и где ты хочешь быть через несколько лет.
interview-tip-communication = Отвечай полными предложениями и приводи короткий пример; если не понял вопрос, вежливо переспроси.
interview-tip-politeness = Поздоровайся, обращайся на «Sie», поблагодари за приглашение, а в конце — за разговор; не перебивай.
interview-tip-company = Посмотри сайт компании: что она производит или продаёт, насколько она большая, чем особенная — и упомяни одно из этого.
interview-tip-questions = Подготовь два своих вопроса, например о первых неделях, о команде или об обучении.
interview-transcript = Ход разговора
interview-handover-about = Ты можешь обсудить это собеседование с консультантом. Только с твоего согласия отправляются вопросы, твои ответы и баллы — без имени и без e-mail.
interview-consent = Я согласен(на), чтобы этот разговор и мои баллы были отправлены консультанту.
interview-send = Обсудить с консультантом
interview-again = Потренироваться ещё раз
interview-learn = Узнать: { $title }
lesson-done = Молодец! Тест: правильных ответов — { $right } из { $count }.
lesson-close = Спасибо!
interview-report-title = Тренировочное собеседование в Lernwelt: { $job }
interview-report-setup = Собеседник: { $personality }; уровень: { $level }
interview-report-skills = Навыки
interview-report-tips = Показанные советы
interview-report-transcript = Ход разговора
