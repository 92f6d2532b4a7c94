# The panels that open at kiosks, desks and NPCs (contents grow with their own features).
panel-counselling-title = Консультация
panel-counselling-soon = Здесь ты сможешь написать консультанту — по почте, в онлайн-чате или через запрос обратного звонка, анонимно, на своём языке.
panel-forum-title = Форум
panel-forum-soon = Здесь ты сможешь читать и писать на форуме вместе с другими молодыми людьми и консультантами.
panel-interview-title = Тренировка собеседования
panel-documents-title = Резюме и сопроводительное письмо
panel-documents-soon = Здесь ты сможешь написать резюме и сопроводительное письмо на немецком языке — с помощью на своём языке.
panel-talk-continue = Спасибо!
