# Das Beratungsterminal im Jobcenter: aus der Lernwelt heraus einer Beraterin oder einem Berater schreiben.
cn-about = Hier kannst du einer Beraterin oder einem Berater vom Jugendmigrationsdienst schreiben: über Arbeit, Ausbildung, Schule, Papiere oder alles andere. Das ist kostenlos und anonym.
cn-privacy = Nur dein Nickname wird angezeigt. Du brauchst keine E-Mail, keinen echten Namen und keine Telefonnummer. Schreib nur, was du teilen möchtest. Die Beraterinnen und Berater behandeln alles vertraulich.
cn-new = Neue Frage
cn-refresh = Nach Antworten schauen
cn-loading = Deine Gespräche werden geladen …
cn-none-yet = Du hast noch keiner Beraterin und keinem Berater geschrieben. Frag einfach: Es gibt keine dummen Fragen.
cn-threads = Deine Gespräche
cn-back = ← Zurück zu deinen Gesprächen
cn-topic = Worum geht es?
cn-topic-work = Arbeit
cn-topic-training = Ausbildung
cn-topic-school = Schule
cn-topic-residence = Aufenthalt und Papiere
cn-topic-language = Deutsch lernen
cn-topic-housing = Wohnen
cn-topic-everyday-life = Alltag
cn-topic-other = Etwas anderes
cn-mode = Wie möchtest du Kontakt aufnehmen?
cn-mode-mail = Nachricht
cn-mode-mail-about = Eine Beraterin oder ein Berater antwortet innerhalb von 48 Stunden. Die Antwort findest du hier, und in der Lernwelt siehst du einen Hinweis.
cn-mode-chat = Live-Chat
cn-mode-chat-about = Wenn gerade eine Beraterin oder ein Berater mit deiner Sprache online ist, kannst du sofort chatten. Wenn nicht, wartet deine Nachricht und wird wie eine normale Nachricht beantwortet.
cn-mode-callback = Rückruf
cn-language = In welcher Sprache?
cn-message = Deine Nachricht
cn-message-hint = Schreib in deinen eigenen Worten …
cn-new-missing = Wähle ein Thema und wie du Kontakt aufnehmen möchtest. Schreib dann deine Nachricht.
cn-send = Senden
cn-offline = Der Server ist gerade nicht erreichbar. Deine Nachricht bleibt auf diesem Gerät und wird später von selbst gesendet.
cn-waiting = wartet auf das Senden …
cn-you = Du
cn-counsellor = Beratung
cn-counsellor-named = { $name } (Beratung)
cn-unread = { $count ->
    [one] { $count } neue Antwort
   *[other] { $count } neue Antworten
}
cn-status-new = Wartet auf eine Beraterin oder einen Berater
cn-status-accepted = { $name } kümmert sich um deine Frage
cn-status-closed = Dieses Gespräch ist abgeschlossen
cn-closed-note = Dieses Gespräch ist abgeschlossen. Wenn du noch eine Frage hast, starte ein neues.
cn-absent = Deine Beraterin oder dein Berater ist gerade nicht da: { $text }
cn-reply = Deine Antwort
cn-hud-unread = { $count ->
    [one] Eine Beraterin oder ein Berater hat dir geantwortet
   *[other] { $count } neue Antworten aus der Beratung
}
