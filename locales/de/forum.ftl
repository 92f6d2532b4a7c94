# Das Forum an der Pinnwand: Junge Menschen und die Beratung beantworten gegenseitig ihre Fragen.
fo-about = Frag andere junge Menschen und die Beraterinnen und Berater vom Jugendmigrationsdienst, und hilf anderen mit dem, was du weißt.
fo-public = Alle mit einem Konto können das Forum lesen. Schreib hier nicht deinen echten Namen, deine Telefonnummer, deine Adresse oder etwas über deine Papiere. Dafür schreibst du am Beratungsterminal einer Beraterin oder einem Berater.
fo-category = Themenbereich
fo-all = Alle
fo-category-work = Arbeit
fo-category-training = Ausbildung
fo-category-school = Schule
fo-category-residence = Aufenthalt und Papiere
fo-category-language = Deutsch lernen
fo-category-housing = Wohnen
fo-category-everyday-life = Alltag
fo-language = Sprache
fo-new = Neues Thema
fo-refresh = Nach neuen Beiträgen schauen
fo-loading = Wird geladen …
fo-none = Hier gibt es noch keine Themen. Starte das erste!
fo-more = Mehr anzeigen
fo-back = ← Zurück zu den Themen
fo-answers = { $count ->
    [one] { $count } Beitrag
   *[other] { $count } Beiträge
}
fo-pinned = Angeheftet
fo-locked = Geschlossen
fo-started-by = Begonnen von { $name }
fo-staff = Beratung
fo-deleted-user = Gelöschtes Konto
fo-hidden = Dieser Beitrag ist ausgeblendet, weil er gemeldet wurde. Die Beraterinnen und Berater sehen ihn sich an.
fo-hidden-topic = Dieses Thema ist ausgeblendet.
fo-locked-note = Dieses Thema ist geschlossen. Du kannst hier nicht mehr antworten, aber du kannst ein neues Thema starten.
fo-react-thanks = Danke
fo-react-helpful = Das hat mir geholfen
fo-react-same-question = Ich habe die gleiche Frage
fo-report = Melden
fo-report-confirm = Diesen Beitrag den Beraterinnen und Beratern melden? Mach das, wenn er unhöflich oder verletzend ist, wenn er Werbung ist oder wenn er private Daten von jemandem verrät.
fo-report-yes = Ja, melden
fo-reported = Gemeldet. Danke, die Beraterinnen und Berater sehen sich das an.
fo-answer = Deine Antwort
fo-answer-hint = Schreib eine Antwort …
fo-send = Posten
fo-title = Titel
fo-title-hint = Worum geht es in deiner Frage? (mindestens 3 Zeichen)
fo-text = Dein Beitrag
fo-text-hint = Beschreib deine Frage …
fo-new-missing = Wähle einen Themenbereich und eine Sprache. Schreib dann einen Titel und deinen Beitrag.
fo-sending = Wird gepostet …
fo-posted = Gepostet.
