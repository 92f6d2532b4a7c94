# The panels that open at kiosks, desks and NPCs (contents grow with their own features).
panel-counselling-title = Beratung
panel-forum-title = Forum
panel-interview-title = Vorstellungsgespräch üben
panel-documents-title = Lebenslauf und Anschreiben
panel-documents-soon = Hier kannst du bald deinen deutschen Lebenslauf und dein Anschreiben schreiben, mit Hilfe in deiner Sprache.
panel-talk-continue = Danke!
panel-desk-title = Beratungsplatz
