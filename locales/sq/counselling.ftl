# Kioska e këshillimit në Jobcenter: t'i shkruash një këshilltari nga brenda botës.
cn-about = Këtu mund t'i shkruash një këshilltari ose një këshilltareje të Shërbimit të Migracionit për të Rinjtë (Jugendmigrationsdienst): për punën, formimin profesional, shkollën, dokumentet ose çdo gjë tjetër. Këshillimi është falas dhe anonim.
cn-privacy = Shfaqet vetëm pseudonimi yt. Nuk të duhet e-mail, emër i vërtetë apo numër telefoni. Shkruaj vetëm atë që do të ndash. Këshilltarët e mbajnë të fshehtë.
cn-new = Pyetje e re
cn-refresh = Kontrollo përgjigjet
cn-loading = Po ngarkohen bisedat e tua …
cn-none-yet = Ende nuk i ke shkruar asnjë këshilltari. Pyet çfarëdo: nuk ka pyetje të kota.
cn-threads = Bisedat e tua
cn-back = ← Kthehu te bisedat e tua
cn-topic = Për çfarë bëhet fjalë?
cn-topic-work = Puna
cn-topic-training = Formimi profesional («Ausbildung»)
cn-topic-school = Shkolla
cn-topic-residence = Leja e qëndrimit dhe dokumentet
cn-topic-language = Mësimi i gjermanishtes
cn-topic-housing = Banimi
cn-topic-everyday-life = Jeta e përditshme
cn-topic-other = Diçka tjetër
cn-mode = Si dëshiron të komunikosh?
cn-mode-mail = Mesazh
cn-mode-mail-about = Një këshilltar përgjigjet brenda 48 orëve. Përgjigjen e gjen këtu, dhe në Lernwelt sheh një njoftim.
cn-mode-chat = Chat i drejtpërdrejtë
cn-mode-chat-about = Nëse tani është online një këshilltar që flet gjuhën tënde, mund të bisedosh menjëherë. Nëse jo, mesazhi yt pret dhe merr përgjigje si një mesazh i zakonshëm.
cn-mode-callback = Kërkesë për t'u thirrur
cn-language = Në cilën gjuhë?
cn-message = Mesazhi yt
cn-message-hint = Shkruaj me fjalët e tua …
cn-new-missing = Zgjidh një temë dhe një mënyrë komunikimi, pastaj shkruaj mesazhin.
cn-send = Dërgo
cn-offline = Serveri nuk mund të arrihet tani. Mesazhi yt ruhet në këtë pajisje dhe dërgohet vetë më vonë.
cn-waiting = në pritje për t'u dërguar …
cn-you = Ti
cn-counsellor = Këshilltari
cn-counsellor-named = { $name } (ekipi i këshillimit)
cn-unread = { $count ->
    [one] { $count } përgjigje e re
   *[other] { $count } përgjigje të reja
}
cn-status-new = Në pritje të një këshilltari
cn-status-accepted = { $name } po merret me pyetjen tënde
cn-status-closed = Kjo bisedë është mbyllur
cn-closed-note = Kjo bisedë është mbyllur. Nëse ke një pyetje tjetër, fillo një bisedë të re.
cn-absent = Këshilltari yt nuk është këtu tani: { $text }
cn-reply = Përgjigjja jote
cn-hud-unread = { $count ->
    [one] Një këshilltar të është përgjigjur
   *[other] { $count } përgjigje të reja nga këshilltarët
}
cn-live-on = ● Drejtpërdrejt: mesazhet e reja shfaqen këtu menjëherë.
cn-live-connecting = Po krijohet lidhja me chatin e drejtpërdrejtë …
cn-live-lost = Lidhja e drejtpërdrejtë u ndërpre. Provohet përsëri pas { $seconds } s. Çfarë shkruan ruhet dhe dërgohet.
cn-live-retry = Provo përsëri tani
cn-queue = Vendi yt në radhë: { $position }
cn-online = Një këshilltar për gjuhën { $language } është tani online.
cn-nobody-online = Për momentin nuk është online asnjë këshilltar për gjuhën { $language }. Pyetja jote pret këtu, dhe përgjigjja vjen në këtë kioskë edhe nëse e mbyll Lernwelt.
cn-typing = { $name } po shkruan …
cn-typing-someone = Këshilltari po shkruan …
cn-mode-callback-about = Një këshilltar të telefonon në një orë që zgjedh ti. Numrin tënd e sheh vetëm këshilltari që merr pyetjen tënde, dhe numri fshihet kur mbaron telefonata (më së voni një ditë pas orës që zgjodhe).
cn-phone = Numri yt i telefonit
cn-phone-hint = 0151 2345678 / +49 151 2345678
cn-callback-day = Cilën ditë?
cn-callback-time = Në çfarë ore? (ora e Gjermanisë)
cn-day-today = Sot
cn-day-tomorrow = Nesër
cn-weekday-1 = E hënë
cn-weekday-2 = E martë
cn-weekday-3 = E mërkurë
cn-weekday-4 = E enjte
cn-weekday-5 = E premte
cn-weekday-6 = E shtunë
cn-weekday-7 = E diel
cn-slot-morning = Paradite, 9–12
cn-slot-midday = Mesditë, 12–15
cn-slot-afternoon = Pasdite, 15–18
cn-slot-evening = Mbrëmje, 18–20
cn-callback-message-hint = Çfarë duhet të dijë këshilltari para se të të telefonojë?
cn-callback-missing = Shkruaj numrin tënd të telefonit dhe zgjidh një ditë dhe një orë.
cn-draft-kept = Drafti yt ruhet në këtë pajisje derisa ta dërgosh.
