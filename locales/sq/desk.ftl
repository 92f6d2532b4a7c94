# Tavolina e këshilltarëve pas derës së stafit: kërkesat e reja, bisedat, telefonatat, mungesa, moderimi.
dk-login-about = Për këshilltarët dhe këshilltaret e Shërbimit të Migracionit për të Rinjtë (Jugendmigrationsdienst). Hyr me pseudonimin tënd, fjalëkalimin dhe kodin me 6 shifra nga aplikacioni i vërtetimit.
dk-totp = Kodi nga aplikacioni i vërtetimit
dk-login = Hyr në tavolinën e këshilltarëve
dk-password-title = Fjalëkalimi yt
dk-password-first = Fjalëkalimin me të cilin sapo hyre ta dha administrata. Zgjidh tani fjalëkalimin tënd; vetëm atëherë hapet tavolina e këshilltarëve. Përdor disa fjalë që nuk lidhen me njëra-tjetrën.
dk-password-current = Fjalëkalimi nga administrata
dk-not-staff = Kjo llogari nuk është llogari këshilltari. Të rinjtë e gjejnë këshillimin te kioska e këshillimit.
dk-logged-in = Ke hyrë si { $name }
dk-refresh = Rifresko
dk-inbox = Kërkesat e reja
dk-inbox-empty = Nuk ka kërkesa të reja në gjuhët e tua.
dk-inbox-waiting = { $count ->
    [one] Pret një kërkesë.
   *[other] Presin { $count } kërkesa.
}
dk-inbox-more = Këtu janë { $shown } më të vjetrat; të tjerat dalin sapo këto të pranohen.
dk-accept = Merre
dk-spam = Spam …
dk-spam-question = Ta mbyll si spam? Personi sheh që kërkesa e tij u mbyll si spam. Bllokimi ndalon kërkesa të reja nga kjo llogari derisa administratori ta heqë.
dk-spam-close = Mbyll si spam
dk-spam-block = Mbyll dhe blloko llogarinë
dk-mine = Bisedat e mia
dk-mine-empty = Ende nuk ke asnjë bisedë. Merr një nga kërkesat e reja.
dk-callbacks = Telefonatat që duhen bërë
dk-callback-window = Telefono numrin { $phone } midis { $from } dhe { $until } (ora e Gjermanisë)
dk-callback-done = Telefonata u bë
dk-choose = Zgjidh një bisedë në të majtë.
dk-enquiry = Kërkesa { $id }
dk-youth = Personi i ri
dk-you = Ti
dk-typing = Personi i ri po shkruan …
dk-live-on = ● Personi i ri i merr përgjigjet e tua drejtpërdrejt.
dk-reply = Përgjigjja jote
dk-send = Dërgo
dk-handover-to = Dorëzo te (emri i kolegut ose i kolegës)
dk-handover = Dorëzoje
dk-colleagues = Kolegët për këtë gjuhë (zgjidh një, pastaj «Dorëzoje»):
dk-colleague-online = në tavolinë
dk-colleague-away = mungon deri më { $until }
dk-no-colleague = Askush tjetër nuk këshillon në këtë gjuhë.
dk-close = Mbyll bisedën
dk-absence = Njoftim mungese
dk-absence-hint = p.sh. Kthehem të hënën. Deri atëherë, të lutem shkruaji ekipit.
dk-absence-days = Ditë
dk-absence-set = Shfaq njoftimin
dk-absence-clear = Hiq njoftimin
dk-absence-on = Njoftimi yt i mungesës shfaqet deri më { $until }.
dk-moderation = Forumi: postime të raportuara dhe të fshehura
dk-moderation-empty = Nuk ka asgjë për të shqyrtuar.
dk-moderation-more = Presin edhe postime të tjera të raportuara; do të shfaqen këtu sapo të vendoset për këto.
dk-flags = { $count ->
    [one] { $count } raportim
   *[other] { $count } raportime
}
dk-hidden = i fshehur
dk-hide = Fshih
dk-restore = Shfaq përsëri
dk-keep-hidden = Mbaje të fshehur
dk-keep-shown = Në rregull, mbaje të dukshme
dk-lock = Mbyll temën
dk-pin = Fikso temën
dk-rooms = Dhomat
dk-rooms-people = { $youth } të rinj
dk-rooms-staff = { $count } këshilltarë
dk-rooms-go = Shko atje
dk-rooms-waiting = pret një këshilltar prej { $minutes } min.
dk-reports = Raportime nga dhomat
dk-reports-empty = Nuk ka raportime të hapura nga dhomat.
dk-reports-silent = Nuk shkroi asgjë në dhomë para raportimit.
dk-reports-done = E kryer
dk-reports-just-now = para pak
dk-reports-minutes-ago = { $count ->
    [one] para { $count } minute
   *[other] para { $count } minutash
}
dk-reports-hours-ago = { $count ->
    [one] para { $count } ore
   *[other] para { $count } orësh
}
dk-reports-days-ago = { $count ->
    [one] para { $count } dite
   *[other] para { $count } ditësh
}
