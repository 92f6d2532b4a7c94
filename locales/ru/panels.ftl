# The panels that open at kiosks, desks and NPCs (contents grow with their own features).
panel-counselling-title = Консультация
panel-forum-title = Форум
panel-interview-title = Тренировка собеседования
panel-documents-title = Резюме и сопроводительное письмо
panel-documents-soon = Здесь ты сможешь написать резюме и сопроводительное письмо на немецком языке — с помощью на своём языке.
panel-talk-continue = Спасибо!
panel-desk-title = Рабочее место консультантов
