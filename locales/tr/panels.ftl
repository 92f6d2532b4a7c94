# The panels that open at kiosks, desks and NPCs (contents grow with their own features).
panel-counselling-title = Danışmanlık
panel-forum-title = Forum
panel-forum-soon = Burada forumda diğer gençlerle ve danışmanlarla birlikte okuyup yazabileceksin.
panel-interview-title = İş mülakatı alıştırması
panel-documents-title = Özgeçmiş ve ön yazı
panel-documents-soon = Burada Almanca özgeçmişini ve ön yazını, kendi dilinde yardım alarak yazabileceksin.
panel-talk-continue = Teşekkürler!
