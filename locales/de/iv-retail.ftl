# Interview: Ausbildung Kaufmann/Kauffrau im Einzelhandel, Supermarkt (assets/dialogue/interview/retail.ron)

iv-retail-title = Ausbildung Kaufmann/Kauffrau im Einzelhandel – Supermarkt
iv-retail-brief = Der Sommer Frischmarkt ist ein Familienunternehmen mit vier Supermärkten in Bielefeld und Umgebung, gegründet 1987. Bekannt ist er für seine große Frischetheke mit Käse, Wurst und Salaten, Brot von einer Bäckerei aus der Region und Obst und Gemüse von Höfen in der Nähe. Du bewirbst dich um eine dreijährige Ausbildung zum Kaufmann oder zur Kauffrau im Einzelhandel: Kasse, Frischetheke, Warenannahme und Kundenberatung. Der Markt hat montags bis samstags von 7 bis 21 Uhr geöffnet; laut Anzeige zahlt er im 1. Ausbildungsjahr 1.050 Euro im Monat.

## welcome
iv-retail-welcome = Guten Tag, ich bin Frau Albers, die Marktleiterin hier im Sommer Frischmarkt. Nehmen Sie bitte Platz. Wir sprechen heute über die Ausbildung zum Kaufmann oder zur Kauffrau im Einzelhandel.
iv-retail-welcome-friendly = Hallo und herzlich willkommen! Ich bin Frau Albers und leite diesen Markt. Schön, dass Sie da sind – setzen Sie sich gern, das Wasser auf dem Tisch ist für Sie.
iv-retail-welcome-strict = Guten Tag. Albers, Marktleitung. Setzen Sie sich. Wir haben zwanzig Minuten, also fangen wir gleich an.
iv-retail-welcome-simple = Guten Tag. Ich bin Frau Albers. Ich leite den Supermarkt. Bitte setzen Sie sich. Wir sprechen über die Ausbildung.

## smalltalk (friendly only)
iv-retail-smalltalk = Haben Sie gut zu uns gefunden?
iv-retail-smalltalk-simple = War der Weg zu uns leicht?
iv-retail-smalltalk-a1 = Ja, danke! Ich bin mit dem Bus gekommen und war sogar zehn Minuten zu früh da.
iv-retail-smalltalk-a1-why = Freundlich und kurz – und nebenbei zeigst du, dass du pünktlich bist. So beginnt ein guter Smalltalk.
iv-retail-smalltalk-a2 = Ja.
iv-retail-smalltalk-a2-why = Nicht falsch, aber sehr knapp. Die Frage ist eine Einladung zum Smalltalk; ein Satz mehr wirkt offener.
iv-retail-smalltalk-a3 = Nicht so gut, der Bus war voll und ich musste weit laufen. Ihr Markt liegt echt ungünstig.
iv-retail-smalltalk-a3-why = Ehrlich, aber du beginnst mit Klagen und kritisierst gleich den Standort. Der erste Eindruck wird dadurch negativ.

## intro
iv-retail-intro = Erzählen Sie doch bitte kurz etwas über sich.
iv-retail-intro-friendly = Erzählen Sie mir ein bisschen von sich: Wer sind Sie, und was machen Sie gerade?
iv-retail-intro-factual = Beginnen wir mit Ihrem Werdegang: Schule, Deutsch, Erfahrung. Bitte in zwei Minuten.
iv-retail-intro-strict = Stellen Sie sich vor. Kurz, bitte – das Wichtigste reicht.
iv-retail-intro-simple = Bitte erzählen Sie kurz: Wer sind Sie?
iv-retail-intro-a1 = Ich bin 19 und lebe seit zwei Jahren in Deutschland. In meinem Heimatland bin ich zehn Jahre zur Schule gegangen, hier habe ich den Integrationskurs gemacht. Bei einem Praktikum in einer Bäckerei habe ich gemerkt: Verkaufen macht mir Spaß.
iv-retail-intro-a1-why = Kurz, geordnet und mit einem Bezug zum Beruf. Die Marktleiterin hört: Diese Person weiß, was sie will.
iv-retail-intro-a2 = Ich bin 19, komme aus dem Ausland und suche Arbeit. Eigentlich egal, was.
iv-retail-intro-a2-why = „Egal, was“ klingt so, als wolltest du diese Ausbildung gar nicht. Arbeitgeber suchen Leute, die sich für genau diesen Beruf entscheiden.
iv-retail-intro-a3 = Also, ich fange bei meiner Kindheit an: Wir sind oft umgezogen, ich habe vier Geschwister, und mein Onkel hatte früher einen Laden, und dann …
iv-retail-intro-a3-why = Du erzählst deine ganze Lebensgeschichte. Besser sind zwei Minuten mit Schule, Deutsch, Erfahrung und Berufswunsch.

## why-job
iv-retail-why-job = Warum möchten Sie Kaufmann oder Kauffrau im Einzelhandel werden?
iv-retail-why-job-strict = Warum ausgerechnet Einzelhandel? Viele sehen das nur als Übergangsjob.
iv-retail-why-job-simple = Warum möchten Sie im Verkauf arbeiten?
iv-retail-why-job-a1 = Ich arbeite gern mit Menschen, und kein Tag ist wie der andere. Im Praktikum habe ich Kunden beraten, das hat mir sehr gefallen. Später möchte ich auch mehr Verantwortung übernehmen, zum Beispiel eine Abteilung leiten.
iv-retail-why-job-a1-why = Ein Grund aus eigener Erfahrung und ein Ziel für die Zukunft – das klingt ehrlich und zeigt, dass du bleiben willst.
iv-retail-why-job-a2 = Weil es im Supermarkt viele freie Stellen gibt und man schnell etwas findet.
iv-retail-why-job-a2-why = Das stimmt zwar, ist aber kein Grund, warum du diesen Beruf willst. Die Marktleiterin hört: Die Person nimmt, was sie kriegt.
iv-retail-why-job-a3 = Mein Vater hatte einen kleinen Laden, da habe ich oft geholfen. Ich kenne die Arbeit also schon ein bisschen.
iv-retail-why-job-a3-why = Gute Erfahrung! Noch stärker wird die Antwort, wenn du sagst, was dir dabei Spaß gemacht hat.

## why-company
iv-retail-why-company = Warum haben Sie sich gerade bei uns beworben?
iv-retail-why-company-friendly = Was hat Sie denn an unserem Markt angesprochen?
iv-retail-why-company-strict = Hier gibt es viele Supermärkte. Warum der Sommer Frischmarkt?
iv-retail-why-company-simple = Warum möchten Sie bei uns arbeiten?
iv-retail-why-company-a1 = Ich kaufe oft hier ein. Mir gefällt die große Frischetheke und dass Sie viel Obst und Gemüse von Höfen aus der Region haben. Ich habe auch gelesen, dass Sie ein Familienunternehmen sind und jedes Jahr ausbilden.
iv-retail-why-company-a1-why = Du nennst konkrete Dinge über diesen Markt. Das zeigt: Du hast dich vorbereitet und meinst genau diese Firma.
iv-retail-why-company-a2 = Sie sind nah an meiner Wohnung, ich kann zu Fuß kommen.
iv-retail-why-company-a2-why = Ein kurzer Weg ist praktisch, gilt aber für jeden Laden in der Nähe. Sag zusätzlich etwas, das nur auf diesen Markt passt.
iv-retail-why-company-a3 = Ich habe mich bei vielen Supermärkten beworben, und Sie haben als Erste geantwortet.
iv-retail-why-company-a3-why = Ehrlich, aber die Marktleiterin hört: Wir sind austauschbar. Sag lieber, was dir gerade hier gefällt.
iv-retail-why-company-a4 = Ich finde Supermärkte einfach gut, und Sie sind ein guter Supermarkt.
iv-retail-why-company-a4-why = Das ist sehr allgemein. Ohne ein konkretes Beispiel klingt es auswendig gelernt.

## company-probe (hard)
iv-retail-company-probe = Dann frage ich konkret nach: Was wissen Sie über unser Unternehmen?
iv-retail-company-probe-simple = Was wissen Sie über unsere Firma?
iv-retail-company-probe-a1 = Sie haben vier Märkte in Bielefeld und Umgebung, und Ihr Brot kommt von einer Bäckerei aus der Region.
iv-retail-company-probe-a1-why = Zwei richtige Fakten aus der Anzeige oder von der Website – das reicht schon, um zu überzeugen.
iv-retail-company-probe-a2 = Ehrlich gesagt nicht viel. Können Sie mir etwas über den Markt erzählen?
iv-retail-company-probe-a2-why = Ehrlich und höflich, zeigt aber fehlende Vorbereitung. Lies vor jedem Gespräch die Website der Firma.
iv-retail-company-probe-a3 = Sie sind eine große Kette mit Filialen in ganz Deutschland.
iv-retail-company-probe-a3-why = Das stimmt nicht: Der Sommer Frischmarkt ist ein Familienunternehmen mit vier Märkten. Falsche Fakten wirken schlechter als gar keine.

## strengths
iv-retail-strengths = Was sind Ihre Stärken?
iv-retail-strengths-friendly = Was können Sie besonders gut? Erzählen Sie ruhig.
iv-retail-strengths-strict = Nennen Sie mir zwei Stärken – und bitte nicht nur „teamfähig“.
iv-retail-strengths-simple = Was können Sie gut?
iv-retail-strengths-a1 = Ich bin freundlich und gehe offen auf Menschen zu. Außerdem spreche ich neben Deutsch noch zwei andere Sprachen – das hilft bei manchen Kunden.
iv-retail-strengths-a1-why = Zwei Stärken, die an Kasse und Theke wirklich zählen. Deine Sprachen sind ein echter Vorteil, den du nennen solltest.
iv-retail-strengths-a2 = Ich bin zuverlässig und ordentlich. Im Praktikum habe ich jeden Morgen die Brötchen einsortiert und war nie zu spät.
iv-retail-strengths-a2-why = Eine Stärke mit Beispiel – so glaubt man sie. Zuverlässigkeit ist im Schichtdienst besonders wichtig.
iv-retail-strengths-a3 = Ich habe eigentlich keine besonderen Stärken. Ich mache einfach, was man mir sagt.
iv-retail-strengths-a3-why = Bescheidenheit ist nett, aber so klingt es, als hättest du nichts zu bieten. Jeder hat Stärken – bereite zwei vor.

## strengths-example (picked strengths 1)
iv-retail-strengths-example = Das klingt gut. Können Sie mir ein Beispiel geben, wo Ihnen das geholfen hat?
iv-retail-strengths-example-simple = Haben Sie dafür ein Beispiel?
iv-retail-strengths-example-a1 = Im Praktikum kam eine ältere Kundin, die kaum Deutsch sprach. Ich habe ihr in ihrer Sprache erklärt, welches Brot ohne Nüsse ist. Seitdem kommt sie jede Woche wieder.
iv-retail-strengths-example-a1-why = Eine kleine, konkrete Geschichte mit Ergebnis. Genau so ein Beispiel bleibt im Kopf.
iv-retail-strengths-example-a2 = Ein Beispiel fällt mir gerade nicht ein, aber alle sagen, dass ich freundlich bin.
iv-retail-strengths-example-a2-why = Ohne Beispiel bleibt die Stärke nur eine Behauptung. Überleg dir vorher eine Situation aus Schule, Praktikum oder Alltag.
iv-retail-strengths-example-a3 = Im Fußballverein kümmere ich mich beim Sommerfest um die Getränke und rede mit allen Gästen.
iv-retail-strengths-example-a3-why = Auch Beispiele aus der Freizeit zählen. Sie zeigen, dass du gern mit Menschen zu tun hast.

## weakness
iv-retail-weakness = Und wo sehen Sie Ihre Schwächen?
iv-retail-weakness-friendly = Und gibt es auch etwas, das Ihnen noch schwerfällt?
iv-retail-weakness-strict = Und Ihre Schwächen? Ich möchte eine ehrliche Antwort.
iv-retail-weakness-simple = Was können Sie noch nicht so gut?
iv-retail-weakness-a1 = Manchmal werde ich ungeduldig, wenn etwas langsam geht. Ich übe, ruhig zu bleiben und erst einmal zuzuhören.
iv-retail-weakness-a1-why = Eine echte Schwäche und dazu, was du dagegen tust. So zeigst du, dass du dich selbst gut kennst.
iv-retail-weakness-a2 = Mein Deutsch ist noch nicht perfekt, besonders am Telefon. Deshalb mache ich gerade einen B2-Kurs an der Volkshochschule.
iv-retail-weakness-a2-why = Ehrlich und mit Lösung. Die Marktleiterin hört: Diese Person arbeitet aktiv an ihrer Sprache.
iv-retail-weakness-a3 = Ich bin zu perfektionistisch und arbeite zu viel.
iv-retail-weakness-a3-why = Diese Antwort kennen Personaler auswendig, sie wirkt nicht ehrlich. Nenn lieber eine echte, kleine Schwäche.

## gap
iv-retail-gap = In Ihrem Lebenslauf fehlen im Jahr 2025 etwa acht Monate. Was haben Sie in dieser Zeit gemacht?
iv-retail-gap-friendly = Mir ist aufgefallen, dass 2025 im Lebenslauf ein paar Monate fehlen. Erzählen Sie mir, was Sie da gemacht haben?
iv-retail-gap-strict = Hier ist eine Lücke von acht Monaten im Jahr 2025. Erklären Sie mir das bitte.
iv-retail-gap-simple = 2025 fehlen acht Monate im Lebenslauf. Was haben Sie da gemacht?
iv-retail-gap-a1 = Ich habe auf einen Platz im Integrationskurs gewartet. In der Zeit habe ich mit einer App Deutsch gelernt und meiner Tante in ihrem Kiosk geholfen.
iv-retail-gap-a1-why = Du erklärst die Lücke ehrlich und zeigst, dass du die Zeit genutzt hast. Wartezeiten auf Kurse kennen deutsche Arbeitgeber gut.
iv-retail-gap-a2 = Da war ich längere Zeit krank. Jetzt bin ich wieder ganz gesund und kann voll arbeiten.
iv-retail-gap-a2-why = Das ist in Ordnung: Details zur Krankheit musst du nicht erzählen. Wichtig ist der Satz, dass du jetzt voll arbeiten kannst.
iv-retail-gap-a3 = Nichts Besonderes. Ich war zu Hause.
iv-retail-gap-a3-why = Die Marktleiterin hört: acht Monate nichts getan. Auch Familie, Haushalt oder Deutschlernen darfst du nennen.
iv-retail-gap-a4 = Das steht doch im Lebenslauf, oder? Da war nicht viel los.
iv-retail-gap-a4-why = Das klingt genervt und weicht aus. Fragen nach Lücken sind normal – bleib freundlich und erklär kurz.

## gap-probe (strict or hard, after a vague answer)
iv-retail-gap-probe = Das ist mir zu ungenau. Ganz konkret: Was haben Sie in diesen acht Monaten an einem normalen Tag gemacht?
iv-retail-gap-probe-simple = Was haben Sie an einem normalen Tag gemacht?
iv-retail-gap-probe-a1 = Ich habe mich um meine kleinen Geschwister gekümmert, weil meine Mutter gearbeitet hat. Abends habe ich mit Videos Deutsch gelernt.
iv-retail-gap-probe-a1-why = Jetzt wird die Lücke verständlich. Familie und Lernen sind gute Gründe – man muss sie nur sagen.
iv-retail-gap-probe-a2 = Ich habe viel geschlafen und gewartet, dass es irgendwie weitergeht.
iv-retail-gap-probe-a2-why = Ehrlich, aber es klingt passiv. Wenn du etwas gelernt oder jemandem geholfen hast, sag das.
iv-retail-gap-probe-a3 = Entschuldigung, vorhin war ich unsicher. Ich habe Bewerbungen geschrieben und ehrenamtlich bei der Tafel geholfen.
iv-retail-gap-probe-a3-why = Gut, dass du nachbesserst! Ehrenamt bei der Tafel zeigt Einsatz und passt sogar zum Lebensmittelhandel.

## certificates
iv-retail-certificates = Ihren Schulabschluss haben Sie im Ausland gemacht. Ist er in Deutschland anerkannt?
iv-retail-certificates-friendly = Ihren Schulabschluss haben Sie ja im Ausland gemacht. Wissen Sie schon, ob er hier anerkannt ist?
iv-retail-certificates-simple = Ihr Zeugnis ist aus dem Ausland. Gilt es in Deutschland?
iv-retail-certificates-a1 = Ja. Ich habe mein Zeugnis übersetzen lassen und bei der Zeugnisanerkennungsstelle meines Bundeslandes eingereicht. Es ist als gleichwertig mit dem Hauptschulabschluss anerkannt; den Bescheid habe ich dabei.
iv-retail-certificates-a1-why = Sehr gut: Du kennst die richtige Stelle und hast den Bescheid dabei. Für eine Ausbildung im Einzelhandel ist das eine solide Grundlage.
iv-retail-certificates-a2 = Das weiß ich nicht. Muss ich da etwas machen?
iv-retail-certificates-a2-why = Gut, dass du nachfragst, aber das hättest du vorher klären können. Zuständig ist die Zeugnisanerkennungsstelle deines Bundeslandes; Beratungsstellen helfen beim Antrag.
iv-retail-certificates-a3 = Ja, ein Zeugnis gilt doch überall automatisch.
iv-retail-certificates-a3-why = Das stimmt nicht: Ausländische Zeugnisse müssen in Deutschland erst bewertet werden. Wer das nicht weiß, wirkt schlecht vorbereitet.
iv-retail-certificates-a4 = Den Antrag habe ich gestellt, der Bescheid fehlt noch. Ich reiche ihn nach, sobald er da ist.
iv-retail-certificates-a4-why = Ein laufender Antrag ist völlig in Ordnung. Gut, dass du das Nachreichen anbietest – so weiß die Firma, dass sich jemand kümmert.

## german
iv-retail-german = Wie gut ist Ihr Deutsch? An der Kasse und an der Theke sprechen Sie den ganzen Tag mit Kunden.
iv-retail-german-strict = An der Kasse müssen Sie Kunden schnell verstehen. Reicht Ihr Deutsch dafür?
iv-retail-german-simple = Wie gut sprechen Sie Deutsch?
iv-retail-german-a1 = Ich habe das Zertifikat B1 und mache gerade einen B2-Kurs. Im Alltag verstehe ich fast alles, und wenn nicht, frage ich freundlich nach.
iv-retail-german-a1-why = Du nennst dein Niveau, zeigst, dass du weiterlernst, und weißt, was du tust, wenn es schwierig wird.
iv-retail-german-a2 = Sehr gut, ich verstehe alles.
iv-retail-german-a2-why = Übertreiben fällt im Gespräch sofort auf. Nenn lieber dein Niveau, zum Beispiel B1, und was du noch übst.
iv-retail-german-a3 = Nicht so gut. Vielleicht kann ich erst einmal nur Regale einräumen?
iv-retail-german-a3-why = Damit machst du dich kleiner, als du bist. Sag dein Niveau ehrlich, aber auch, dass du mit Kunden sprechen und dazulernen willst.

## german-roleplay (hard)
iv-retail-german-roleplay = Probieren wir es kurz aus. Ich bin jetzt Kundin: „Entschuldigung, gibt es das Vollkornbrot auch ohne Sesam? Ich habe eine Allergie.“
iv-retail-german-roleplay-simple = Eine Kundin fragt: Gibt es das Brot ohne Sesam? Sie hat eine Allergie. Was sagen Sie?
iv-retail-german-roleplay-a1 = Da möchte ich ganz sichergehen. Einen Moment bitte, ich schaue in der Allergenliste nach oder frage meine Kollegin.
iv-retail-german-roleplay-a1-why = Bei Allergien nie raten! Freundlich nachschauen oder nachfragen ist genau richtig.
iv-retail-german-roleplay-a2 = Ich glaube, da ist kein Sesam drin. Das geht schon.
iv-retail-german-roleplay-a2-why = Raten ist bei Allergien gefährlich, die Kundin könnte krank werden. Schau immer in der Allergenliste nach.
iv-retail-german-roleplay-a3 = Das weiß ich nicht. Fragen Sie bitte an der Information.
iv-retail-german-roleplay-a3-why = Die Kundin wird weggeschickt. Besser: selbst nachsehen oder eine Kollegin holen.

## customer
iv-retail-customer = Stellen Sie sich vor: Sie sitzen an der Kasse, die Schlange ist lang, und ein Kunde schimpft laut, weil er so lange warten musste. Was machen Sie?
iv-retail-customer-strict = Samstagmittag, lange Schlange an Ihrer Kasse, und ein Kunde wird laut und beschimpft Sie. Wie reagieren Sie?
iv-retail-customer-simple = Ein Kunde an der Kasse ist wütend. Er hat lange gewartet. Was tun Sie?
iv-retail-customer-a1 = Ich bleibe ruhig und sage: „Entschuldigen Sie bitte die Wartezeit.“ Dann kassiere ich zügig weiter und bitte, wenn nötig, eine Kollegin, eine zweite Kasse aufzumachen.
iv-retail-customer-a1-why = Ruhig bleiben, entschuldigen, eine Lösung anbieten – genau das erwartet jeder Supermarkt. Mit der zweiten Kasse zeigst du, dass du den Ablauf kennst.
iv-retail-customer-a2 = Ich sage ihm, dass ich nichts dafür kann und dass er nicht so schreien soll.
iv-retail-customer-a2-why = Verständlich, aber so wird der Streit größer. Der Kunde hört Abwehr; freundlich bleiben beruhigt fast immer.
iv-retail-customer-a3 = Ich sage gar nichts und arbeite einfach schneller.
iv-retail-customer-a3-why = Schnell arbeiten ist gut, aber der Kunde fühlt sich übergangen. Ein kurzer freundlicher Satz macht viel aus.
iv-retail-customer-a4 = Ich bleibe höflich. Wenn er mich beleidigt, hole ich meine Vorgesetzte dazu.
iv-retail-customer-a4-why = Richtig: Beleidigungen muss sich niemand gefallen lassen, und die Vorgesetzte hilft. Zeig aber zuerst Verständnis für das Warten.

## politeness-probe (politeness score below 0)
iv-retail-politeness-probe = Mir fällt auf, dass Sie manchmal ziemlich direkt antworten. Bei uns ist ein freundlicher Ton sehr wichtig – mit Kunden und im Team. Wie sehen Sie das?
iv-retail-politeness-probe-simple = Sie antworten manchmal sehr direkt. Freundlichkeit ist uns wichtig. Was sagen Sie dazu?
iv-retail-politeness-probe-a1 = Danke für den Hinweis. Ich bin etwas nervös, aber zu Kunden bin ich immer freundlich. Ich achte darauf.
iv-retail-politeness-probe-a1-why = Kritik ruhig annehmen ist ein großes Plus. Nervosität zuzugeben ist menschlich und wirkt sympathisch.
iv-retail-politeness-probe-a2 = So bin ich eben. Ich sage immer direkt, was ich denke.
iv-retail-politeness-probe-a2-why = Im Verkauf gehört Freundlichkeit zur Arbeit. Die Marktleiterin hört: Diese Person will sich nicht ändern.
iv-retail-politeness-probe-a3 = Das sehe ich anders. Ich war doch höflich.
iv-retail-politeness-probe-a3-why = Widersprechen ist erlaubt, wirkt hier aber uneinsichtig. Besser: kurz danken und sagen, wie du mit Kunden umgehst.

## cash
iv-retail-cash = Am Ende Ihrer Schicht zählen Sie die Kasse, und es fehlen zehn Euro. Was tun Sie?
iv-retail-cash-factual = Kassenabrechnung nach der Schicht: Es fehlen zehn Euro. Wie gehen Sie vor?
iv-retail-cash-simple = Am Ende fehlen zehn Euro in der Kasse. Was tun Sie?
iv-retail-cash-a1 = Ich sage es sofort meiner Vorgesetzten und zähle mit ihr zusammen noch einmal nach.
iv-retail-cash-a1-why = Sofort und ehrlich melden ist richtig. Kassendifferenzen kommen vor – schlimm ist nur, sie zu verschweigen.
iv-retail-cash-a2 = Ich lege die zehn Euro aus meinem Portemonnaie dazu, damit es keinen Ärger gibt.
iv-retail-cash-a2-why = Gut gemeint, aber falsch: Die Differenz muss gemeldet werden, damit man den Fehler findet. In vielen Märkten ist privates Geld an der Kasse sogar verboten.
iv-retail-cash-a3 = Ich zähle noch einmal. Wenn es dann immer noch fehlt, lege ich einen Zettel dazu und gehe nach Hause.
iv-retail-cash-a3-why = Nachzählen ist gut, aber wenn Geld fehlt, reicht ein Zettel nicht. Sag es persönlich der Marktleitung.

## fresh-counter
iv-retail-fresh-counter = An unserer Frischetheke verkaufen Sie Käse, Wurst und Salate. Worauf muss man dort besonders achten?
iv-retail-fresh-counter-friendly = Unsere Frischetheke ist unser ganzer Stolz. Was meinen Sie, worauf kommt es dort an?
iv-retail-fresh-counter-simple = An der Theke gibt es Käse und Wurst. Was ist dort wichtig?
iv-retail-fresh-counter-a1 = Vor allem auf Hygiene: saubere Hände, Haare unter der Haube, Handschuhe und saubere Messer. Und die Kühlung muss stimmen.
iv-retail-fresh-counter-a1-why = Genau: Bei frischen Lebensmitteln sind Hygiene und Kühlung Pflicht. Vor dem Start bekommst du dazu eine Belehrung nach dem Infektionsschutzgesetz.
iv-retail-fresh-counter-a2 = Dass man die Kunden gut berät, zum Beispiel welcher Käse mild ist, und dass man freundlich ist.
iv-retail-fresh-counter-a2-why = Beratung ist wichtig – aber Hygiene fehlt in deiner Antwort. An der Frischetheke kommt sie an erster Stelle.
iv-retail-fresh-counter-a3 = Dass man schnell ist. Die Kunden wollen nicht warten.
iv-retail-fresh-counter-a3-why = Tempo zählt, aber nicht vor Hygiene und Beratung. Wer an der Theke nur schnell ist, macht Fehler.

## shifts
iv-retail-shifts = Unsere Frühschicht beginnt um 6 Uhr, weil dann die Ware kommt, und samstags arbeiten Sie regelmäßig mit. Dafür haben Sie unter der Woche einen Tag frei. Passt das für Sie?
iv-retail-shifts-strict = Frühschicht ab 6 Uhr, Spätschicht bis 21:30 Uhr, fast jeden Samstag. Schaffen Sie das?
iv-retail-shifts-simple = Die Arbeit beginnt manchmal um 6 Uhr. Sie arbeiten oft am Samstag. Geht das?
iv-retail-shifts-a1 = Ja, das passt. Ich stehe gern früh auf, und der erste Bus ist um 5:35 Uhr hier. Dass man im Handel samstags arbeitet, weiß ich.
iv-retail-shifts-a1-why = Du hast den Weg schon geprüft – das überzeugt. Samstagsarbeit gehört im Einzelhandel einfach dazu.
iv-retail-shifts-a2 = Frühschicht ja, aber samstags hätte ich lieber frei.
iv-retail-shifts-a2-why = Ehrlich, aber im Supermarkt ist der Samstag der wichtigste Tag. Wer da nie kann, hat kaum Chancen.
iv-retail-shifts-a3 = Samstags habe ich gerade meinen Deutschkurs. Aber ich möchte das gern lösen.
iv-retail-shifts-a3-why = Gut, dass du es offen sagst und gleich eine Lösung willst. So kann man gemeinsam planen.
iv-retail-shifts-a4 = Kein Problem, ich kann immer – auch nachts und sonntags, ganz egal.
iv-retail-shifts-a4-why = Sehr flexibel, aber es klingt unüberlegt: Supermärkte haben sonntags geschlossen, und Ruhezeiten gelten auch für Auszubildende.

## shifts-course (picked shifts 3)
iv-retail-shifts-course = Ihr Deutschkurs ist uns auch wichtig. Gibt es den Kurs auch an einem anderen Tag?
iv-retail-shifts-course-simple = Gibt es den Kurs auch an einem anderen Tag?
iv-retail-shifts-course-a1 = Ja, die Volkshochschule bietet den gleichen Kurs am Dienstagabend an. Dahin kann ich wechseln.
iv-retail-shifts-course-a1-why = Du hast schon eine Lösung parat. Arbeitgeber schätzen es, wenn man Probleme selbst löst.
iv-retail-shifts-course-a2 = Das weiß ich nicht. Können Sie nicht einfach meinen Plan ändern?
iv-retail-shifts-course-a2-why = So soll die Marktleiterin dein Problem lösen. Besser: sich selbst informieren und einen Vorschlag machen.
iv-retail-shifts-course-a3 = Das muss ich klären. Darf ich Ihnen bis Freitag Bescheid geben?
iv-retail-shifts-course-a3-why = Ehrlich und verbindlich, mit einer klaren Frist. Das wirkt zuverlässig.

## punctuality
iv-retail-punctuality = Pünktlichkeit ist bei uns sehr wichtig. Was machen Sie, wenn morgens Ihr Bus ausfällt und Sie zu spät kommen?
iv-retail-punctuality-strict = Wer zur Frühschicht zu spät kommt, lässt das Team allein. Was tun Sie, wenn Sie merken, dass Sie es nicht pünktlich schaffen?
iv-retail-punctuality-simple = Ihr Bus kommt nicht. Sie kommen zu spät. Was tun Sie?
iv-retail-punctuality-a1 = Ich rufe sofort im Markt an, noch vor Schichtbeginn, und sage, wann ich ungefähr da bin. Und ich nehme sowieso immer einen Bus früher.
iv-retail-punctuality-a1-why = Vorher anrufen ist in Deutschland das Wichtigste. Ein Bus früher zeigt, dass du vorausplanst.
iv-retail-punctuality-a2 = Ich komme dann so schnell, wie ich kann, und erkläre es vor Ort.
iv-retail-punctuality-a2-why = Bis du da bist, weiß niemand Bescheid, und die Kasse bleibt vielleicht leer. Ruf immer vorher an.
iv-retail-punctuality-a3 = Ich schreibe einer Kollegin eine Nachricht, sie soll es der Chefin sagen.
iv-retail-punctuality-a3-why = Besser als nichts, aber die Nachricht kann untergehen. Melde dich selbst direkt bei der Marktleitung.

## why-you (strict only)
iv-retail-why-you = Wir haben über fünfzig Bewerbungen für drei Plätze. Warum sollten wir gerade Sie nehmen?
iv-retail-why-you-simple = Viele Leute wollen den Platz. Warum sollen wir Sie nehmen?
iv-retail-why-you-a1 = Weil ich Erfahrung aus dem Praktikum mitbringe, mehrere Sprachen spreche und wirklich im Verkauf arbeiten will. Nach der Ausbildung würde ich gern bei Ihnen bleiben.
iv-retail-why-you-a1-why = Kurz zusammengefasst: Erfahrung, Sprachen, Motivation. Dazu der Wunsch zu bleiben – das hört jede Marktleitung gern.
iv-retail-why-you-a2 = Das müssen Sie entscheiden. Ich kenne die anderen ja nicht.
iv-retail-why-you-a2-why = Logisch, aber du verschenkst die Chance, für dich zu werben. Nenn einfach deine drei besten Punkte.
iv-retail-why-you-a3 = Weil ich die Stelle dringend brauche. Ohne Ausbildung wird es für mich schwer.
iv-retail-why-you-a3-why = Verständlich, aber das ist dein Grund, nicht der Nutzen für die Firma. Sag, was du dem Team bringst.

## pay
iv-retail-pay = Wissen Sie eigentlich, was man in der Ausbildung bei uns verdient?
iv-retail-pay-friendly = Sprechen wir auch übers Geld. Wissen Sie, was Sie in der Ausbildung verdienen würden?
iv-retail-pay-simple = Wissen Sie, wie viel Geld man in der Ausbildung bekommt?
iv-retail-pay-a1 = Es gibt eine Ausbildungsvergütung. Gesetzlich sind es im ersten Jahr mindestens 724 Euro im Monat, und in Ihrer Anzeige stand, dass Sie 1.050 Euro zahlen.
iv-retail-pay-a1-why = Du kennst das Gesetz und die Zahl aus der Anzeige – perfekt vorbereitet. Über Geld zu sprechen ist in Deutschland völlig in Ordnung.
iv-retail-pay-a2 = Den Mindestlohn, also 13,90 Euro pro Stunde, oder?
iv-retail-pay-a2-why = Fast: 13,90 Euro ist der Mindestlohn für Jobs. In der Ausbildung gibt es stattdessen eine Ausbildungsvergütung: Wer 2026 anfängt, bekommt im ersten Jahr mindestens 724 Euro im Monat.
iv-retail-pay-a3 = Das ist mir nicht so wichtig. Hauptsache, ich bekomme die Ausbildung.
iv-retail-pay-a3-why = Motiviert, aber du solltest wissen, wovon du lebst. Ein kurzer Blick in die Anzeige reicht.
iv-retail-pay-a4 = Ich brauche mindestens 1.500 Euro, sonst lohnt sich das für mich nicht.
iv-retail-pay-a4-why = So viel zahlt im ersten Ausbildungsjahr kaum ein Betrieb, die Forderung wirkt schlecht informiert. Reicht das Geld nicht, frag bei der Agentur für Arbeit nach Berufsausbildungsbeihilfe (BAB).

## info (statement)
iv-retail-info = Dann kurz zu uns: Die Ausbildung dauert drei Jahre. An ein bis zwei Tagen pro Woche sind Sie in der Berufsschule, sonst hier im Markt. Die Probezeit dauert vier Monate, und im ersten Jahr zahlen wir 1.050 Euro im Monat.
iv-retail-info-simple = Die Ausbildung dauert drei Jahre. An ein oder zwei Tagen pro Woche gehen Sie zur Berufsschule. Die Probezeit ist vier Monate lang. Im ersten Jahr bekommen Sie 1.050 Euro im Monat.

## own-questions
iv-retail-own-questions = Haben Sie noch Fragen an uns?
iv-retail-own-questions-friendly = So, jetzt sind Sie dran: Was möchten Sie von uns wissen?
iv-retail-own-questions-strict = Haben Sie noch Fragen? Dann bitte konkret.
iv-retail-own-questions-simple = Möchten Sie uns noch etwas fragen?
iv-retail-own-questions-a1 = Ja: Wie sieht das erste Ausbildungsjahr aus – in welchen Abteilungen bin ich, und wer ist meine Ansprechperson?
iv-retail-own-questions-a1-why = Eine Frage zur Ausbildung selbst zeigt echtes Interesse. Genau solche Fragen merken sich Arbeitgeber.
iv-retail-own-questions-a2 = Übernehmen Sie Auszubildende nach der Ausbildung? Und gibt es Weiterbildungen, zum Beispiel zum Handelsfachwirt?
iv-retail-own-questions-a2-why = Du denkst an deine Zukunft im Betrieb – das gefällt jeder Firma. Handelsfachwirt ist eine echte Aufstiegsfortbildung im Handel.
iv-retail-own-questions-a3 = Nein, danke, Sie haben schon alles erklärt.
iv-retail-own-questions-a3-why = Höflich, aber ohne Frage wirkt es schnell wie wenig Interesse. Bereite immer zwei Fragen vor.
iv-retail-own-questions-a4 = Wie viele Urlaubstage habe ich, und kann ich im Sommer vier Wochen am Stück frei nehmen?
iv-retail-own-questions-a4-why = Nach Urlaub darf man fragen, aber als einzige Frage klingt es, als ginge es vor allem um Freizeit. Stell zuerst eine Frage zur Arbeit.

## questions-probe (hard, picked own-questions 3)
iv-retail-questions-probe = Wirklich gar keine? Die meisten Bewerberinnen und Bewerber möchten noch etwas wissen.
iv-retail-questions-probe-simple = Wirklich keine Frage? Die meisten fragen noch etwas.
iv-retail-questions-probe-a1 = Doch, eine: Wie ist das Team an der Frischetheke, und wer arbeitet mich dort ein?
iv-retail-questions-probe-a1-why = Gut gerettet! Eine Frage zum Team zeigt, dass du dir den Alltag hier schon vorstellst.
iv-retail-questions-probe-a2 = Nein, wirklich nicht.
iv-retail-questions-probe-a2-why = Jetzt wirkt es wie Desinteresse. Schreib dir vor dem Gespräch zwei Fragen auf.
iv-retail-questions-probe-a3 = Wann bekomme ich eine Antwort von Ihnen?
iv-retail-questions-probe-a3-why = Eine praktische Frage – besser als keine. Noch stärker wirkt eine Frage zur Arbeit selbst.

## goodbye
iv-retail-goodbye = Vielen Dank für das Gespräch. Wir melden uns bis Ende nächster Woche bei Ihnen. Auf Wiedersehen!
iv-retail-goodbye-friendly = Vielen Dank, das war ein schönes Gespräch! Sie hören bis Ende nächster Woche von uns. Kommen Sie gut nach Hause!
iv-retail-goodbye-strict = Gut, das war's. Sie bekommen bis Ende nächster Woche eine Antwort. Auf Wiedersehen.
iv-retail-goodbye-simple = Danke für das Gespräch. Sie bekommen bald eine Antwort. Auf Wiedersehen!
