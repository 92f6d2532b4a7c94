# The panels that open at kiosks, desks and NPCs (contents grow with their own features).
panel-counselling-title = Danışmanlık
panel-forum-title = Forum
panel-interview-title = İş mülakatı alıştırması
panel-documents-title = Özgeçmiş ve ön yazı
panel-documents-soon = Burada Almanca özgeçmişini ve ön yazını, kendi dilinde yardım alarak yazabileceksin.
panel-talk-continue = Teşekkürler!
panel-desk-title = Danışman masası
