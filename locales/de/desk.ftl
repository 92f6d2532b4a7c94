# Der Beratungsplatz hinter der Personaltür: Posteingang, Gespräche, Rückrufe, Abwesenheit, Moderation.
dk-login-about = Für Beraterinnen und Berater vom Jugendmigrationsdienst. Melde dich mit deinem Nickname, deinem Passwort und dem 6-stelligen Code aus deiner Authenticator-App an.
dk-totp = Code aus der Authenticator-App
dk-login = Am Beratungsplatz anmelden
dk-password-title = Dein eigenes Passwort
dk-password-first = Das Passwort, mit dem du dich gerade angemeldet hast, hat dir die Verwaltung gegeben. Wähle jetzt dein eigenes; erst dann öffnet sich der Beratungsplatz. Nimm mehrere Wörter, die nicht zusammengehören.
dk-password-current = Passwort von der Verwaltung
dk-not-staff = Dieses Konto gehört keiner Beraterin und keinem Berater. Junge Menschen finden Beratung am Beratungsterminal.
dk-logged-in = Angemeldet als { $name }
dk-refresh = Aktualisieren
dk-inbox = Neue Anfragen
dk-inbox-empty = Keine neuen Anfragen in deinen Sprachen.
dk-inbox-waiting = { $count ->
    [one] Eine Anfrage wartet.
   *[other] { $count } Anfragen warten.
}
dk-inbox-more = Hier stehen die { $shown } ältesten; die übrigen rücken nach, sobald diese angenommen sind.
dk-accept = Übernehmen
dk-spam = Spam …
dk-spam-question = Als Spam schließen? Die Person sieht, dass ihre Anfrage als Spam geschlossen wurde. Sperren verhindert weitere Anfragen von diesem Konto, bis die Verwaltung es freigibt.
dk-spam-close = Als Spam schließen
dk-spam-block = Schließen und Konto sperren
dk-mine = Meine Gespräche
dk-mine-empty = Du hast noch keine Gespräche. Übernimm eins aus den neuen Anfragen.
dk-callbacks = Anstehende Rückrufe
dk-callback-window = Ruf { $phone } zwischen { $from } und { $until } an (deutsche Zeit)
dk-callback-done = Anruf erledigt
dk-choose = Wähle links ein Gespräch aus.
dk-enquiry = Anfrage { $id }
dk-youth = Junger Mensch
dk-you = Du
dk-typing = Der junge Mensch schreibt …
dk-live-on = ● Der junge Mensch bekommt deine Antworten live.
dk-reply = Deine Antwort
dk-send = Senden
dk-handover-to = Übergeben an (Name der Kollegin oder des Kollegen)
dk-handover = Übergeben
dk-colleagues = Kolleginnen und Kollegen für diese Sprache (antippen, dann „Übergeben“):
dk-colleague-online = am Schreibtisch
dk-colleague-away = abwesend bis { $until }
dk-no-colleague = Niemand sonst berät in dieser Sprache.
dk-close = Gespräch abschließen
dk-absence = Abwesenheitsnotiz
dk-absence-hint = z. B. Ich bin am Montag wieder da. Bis dahin schreib bitte an das Team.
dk-absence-days = Tage
dk-absence-set = Notiz anzeigen
dk-absence-clear = Notiz entfernen
dk-absence-on = Deine Abwesenheitsnotiz wird bis { $until } angezeigt.
dk-moderation = Forum: gemeldete und ausgeblendete Beiträge
dk-moderation-empty = Nichts zu prüfen.
dk-moderation-more = Weitere gemeldete Beiträge warten; sie erscheinen hier, sobald über diese entschieden ist.
dk-flags = { $count ->
    [one] { $count } Meldung
   *[other] { $count } Meldungen
}
dk-hidden = ausgeblendet
dk-hide = Ausblenden
dk-restore = Wieder anzeigen
dk-keep-hidden = Ausgeblendet lassen
dk-keep-shown = In Ordnung, sichtbar lassen
dk-lock = Thema schließen
dk-pin = Thema anheften
dk-rooms = Räume
dk-rooms-people = { $youth } junge Menschen
dk-rooms-staff = { $count } aus der Beratung
dk-rooms-go = Hingehen
dk-rooms-waiting = wartet seit { $minutes } Min. auf Beratung
dk-reports = Meldungen aus den Räumen
dk-reports-empty = Keine offenen Meldungen aus den Räumen.
dk-reports-silent = Hat vor der Meldung nichts im Raum geschrieben.
dk-reports-done = Erledigt
dk-reports-just-now = gerade eben
dk-reports-minutes-ago = vor { $count } Min.
dk-reports-hours-ago = vor { $count } Std.
dk-reports-days-ago = { $count ->
    [one] vor { $count } Tag
   *[other] vor { $count } Tagen
}
