# Forumi te tabela e njoftimeve: të rinjtë dhe këshilltarët u përgjigjen pyetjeve të njëri-tjetrit.
fo-about = Pyet të rinj të tjerë dhe këshilltarët e Shërbimit të Migracionit për të Rinjtë (Jugendmigrationsdienst), dhe ndihmo të tjerët me atë që di.
fo-public = Forumin mund ta lexojë kushdo që ka llogari. Mos shkruaj këtu emrin tënd të vërtetë, numrin e telefonit, adresën apo diçka për dokumentet e tua; për këto, shkruaji një këshilltari te kioska e këshillimit.
fo-category = Fusha e temës
fo-all = Të gjitha
fo-category-work = Puna
fo-category-training = Formimi profesional («Ausbildung»)
fo-category-school = Shkolla
fo-category-residence = Leja e qëndrimit dhe dokumentet
fo-category-language = Mësimi i gjermanishtes
fo-category-housing = Banimi
fo-category-everyday-life = Jeta e përditshme
fo-language = Gjuha
fo-new = Temë e re
fo-refresh = Kërko postime të reja
fo-loading = Po ngarkohet …
fo-none = Këtu nuk ka ende tema. Fillo të parën!
fo-more = Shfaq më shumë
fo-back = ← Kthehu te temat
fo-answers = { $count ->
    [one] { $count } postim
   *[other] { $count } postime
}
fo-pinned = E fiksuar
fo-locked = E mbyllur
fo-started-by = E filloi { $name }
fo-staff = Këshilltari
fo-deleted-user = Llogari e fshirë
fo-hidden = Ky postim është fshehur sepse u raportua. Këshilltarët po e shqyrtojnë.
fo-hidden-topic = Kjo temë është fshehur.
fo-locked-note = Kjo temë është mbyllur. Këtu nuk mund të përgjigjesh më, por mund të fillosh një temë të re.
fo-react-thanks = Faleminderit
fo-react-helpful = Kjo më ndihmoi
fo-react-same-question = Kam të njëjtën pyetje
fo-report = Raporto
fo-report-confirm = Ta raportosh këtë postim te këshilltarët? Bëje këtë nëse është i vrazhdë, lëndues, reklamë, ose nëse tregon të dhëna private të dikujt.
fo-report-yes = Po, raportoje
fo-reported = U raportua. Faleminderit, këshilltarët do ta shqyrtojnë.
fo-answer = Përgjigjja jote
fo-answer-hint = Shkruaj një përgjigje …
fo-send = Posto
fo-title = Titulli
fo-title-hint = Për çfarë është pyetja jote? (të paktën 3 shenja)
fo-text = Postimi yt
fo-text-hint = Përshkruaj pyetjen tënde …
fo-new-missing = Zgjidh një fushë teme dhe një gjuhë, pastaj shkruaj një titull dhe postimin tënd.
fo-sending = Po postohet …
fo-posted = U postua.
