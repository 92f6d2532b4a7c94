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
cn-live-on = ● Live: Neue Nachrichten erscheinen hier sofort.
cn-live-connecting = Verbindung zum Live-Chat wird hergestellt …
cn-live-lost = Die Live-Verbindung ist unterbrochen. Neuer Versuch in { $seconds } s. Was du schreibst, bleibt erhalten und wird gesendet.
cn-live-retry = Jetzt noch einmal versuchen
cn-queue = Dein Platz in der Warteschlange: { $position }
cn-online = Eine Beraterin oder ein Berater für die Sprache { $language } ist gerade online.
cn-nobody-online = Gerade ist keine Beraterin und kein Berater für die Sprache { $language } online. Deine Frage wartet hier, und die Antwort kommt an dieses Terminal, auch wenn du Lernwelt schließt.
cn-typing = { $name } schreibt …
cn-typing-someone = Deine Beraterin oder dein Berater schreibt …
cn-mode-callback-about = Eine Beraterin oder ein Berater ruft dich zu einer Zeit an, die du auswählst. Nur wer deine Frage übernimmt, sieht deine Nummer. Die Nummer wird gelöscht, sobald der Anruf erledigt ist (spätestens einen Tag nach der gewählten Zeit).
cn-phone = Deine Telefonnummer
cn-phone-hint = 0151 2345678 / +49 151 2345678
cn-callback-day = An welchem Tag?
cn-callback-time = Um wie viel Uhr? (deutsche Zeit)
cn-day-today = Heute
cn-day-tomorrow = Morgen
cn-weekday-1 = Montag
cn-weekday-2 = Dienstag
cn-weekday-3 = Mittwoch
cn-weekday-4 = Donnerstag
cn-weekday-5 = Freitag
cn-weekday-6 = Samstag
cn-weekday-7 = Sonntag
cn-slot-morning = Vormittags, 9–12 Uhr
cn-slot-midday = Mittags, 12–15 Uhr
cn-slot-afternoon = Nachmittags, 15–18 Uhr
cn-slot-evening = Abends, 18–20 Uhr
cn-callback-message-hint = Was soll die Beraterin oder der Berater vor dem Anruf wissen?
cn-callback-missing = Gib deine Telefonnummer ein und wähle einen Tag und eine Uhrzeit.
cn-draft-kept = Dein Entwurf bleibt auf diesem Gerät, bis du ihn sendest.
