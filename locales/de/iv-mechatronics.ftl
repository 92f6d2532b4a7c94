# Interview: Ausbildung Kfz-Mechatroniker/in bei Autoservice Krämer (assets/dialogue/interview/mechatronics.ron)

iv-mechatronics-title = Ausbildung Kfz-Mechatroniker/in
iv-mechatronics-brief = Autoservice Krämer GmbH in Kassel ist ein Familienbetrieb seit 1989: eine freie Werkstatt für Autos aller Marken, mit 28 Beschäftigten und sechs Auszubildenden. Seit 2022 arbeitet das Team auch an Elektro- und Hybridautos (Hochvolt-Schulung). Die Ausbildung dauert 3,5 Jahre; die Ausbildungsvergütung richtet sich nach dem Tarif des Kfz-Handwerks (1. Jahr: 1.050 € brutto im Monat). Du sprichst mit Sandra Krämer, Werkstattmeisterin und Ausbilderin.

## welcome
iv-mechatronics-welcome = Guten Tag, ich bin Sandra Krämer, Werkstattmeisterin und Ausbilderin bei Autoservice Krämer. Schön, dass Sie da sind. Nehmen Sie bitte Platz.
iv-mechatronics-welcome-friendly = Hallo und herzlich willkommen bei Autoservice Krämer! Ich bin Sandra Krämer, ich leite die Werkstatt und betreue unsere Azubis. Setzen Sie sich gern – möchten Sie ein Glas Wasser?
iv-mechatronics-welcome-strict = Guten Tag. Krämer, Werkstattmeisterin. Setzen Sie sich. Wir haben zwanzig Minuten, also fangen wir gleich an.
iv-mechatronics-welcome-simple = Guten Tag. Ich heiße Sandra Krämer. Ich leite die Werkstatt. Bitte setzen Sie sich.

## intro
iv-mechatronics-intro = Erzählen Sie mir bitte kurz etwas über sich.
iv-mechatronics-intro-simple = Bitte sagen Sie kurz: Wer sind Sie?
iv-mechatronics-intro-a1 = Ich bin 19 Jahre alt und lebe seit zwei Jahren in Deutschland. Ich mache gerade einen Deutschkurs auf B1, und in meiner Freizeit repariere ich gern Mopeds und Fahrräder.
iv-mechatronics-intro-a1-why = Kurz, klar und mit einem Bezug zum Beruf: Die Arbeitgeberin hört gleich, dass du dich für Technik interessierst.
iv-mechatronics-intro-a2 = Ich bin 19. Was möchten Sie wissen?
iv-mechatronics-intro-a2-why = Zu knapp: Das klingt, als hättest du keine Lust auf das Gespräch. Bereite zwei, drei Sätze über dich vor – Alter, Deutsch, was dich mit dem Beruf verbindet.
iv-mechatronics-intro-a3 = Gern, ich erzähle von Anfang an: Ich bin in einem kleinen Dorf geboren, dann sind wir umgezogen, dann kam die lange Reise …
iv-mechatronics-intro-a3-why = Freundlich, aber zu lang und zu privat. Im Vorstellungsgespräch will man in einer Minute hören, wer du heute bist und warum du zu diesem Beruf passt.

## why-job
iv-mechatronics-why-job = Warum möchten Sie Kfz-Mechatroniker oder Kfz-Mechatronikerin werden?
iv-mechatronics-why-job-simple = Warum wollen Sie an Autos arbeiten?
iv-mechatronics-why-job-a1 = Zu Hause habe ich oft die Mopeds von Freunden repariert, zum Beispiel Vergaser gereinigt und Bremsen eingestellt. Jetzt möchte ich das richtig lernen, auch die Elektronik.
iv-mechatronics-why-job-a1-why = Sehr gut: Ein echtes Beispiel aus deiner Erfahrung ist mehr wert als „Ich mag Autos“. Die Ausbilderin sieht, dass du schon gern schraubst.
iv-mechatronics-why-job-a2 = Ein Freund von mir macht die Ausbildung auch, und er sagt, sie ist okay.
iv-mechatronics-why-job-a2-why = Das klingt, als hättest du dir den Beruf nicht selbst ausgesucht. Sag lieber, was dich selbst an der Arbeit interessiert.
iv-mechatronics-why-job-a3 = Autos haben heute viel Elektronik und Software. Genau diese Mischung aus Mechanik und Elektronik interessiert mich.
iv-mechatronics-why-job-a3-why = Gut: Du zeigst, dass du weißt, was der Beruf heute ist – nicht nur Öl und Schrauben, sondern auch Elektronik.
iv-mechatronics-why-job-a4 = Als Mechatroniker verdient man später gut, und Arbeit gibt es immer.
iv-mechatronics-why-job-a4-why = Stimmt zwar, aber wenn Geld der einzige Grund ist, fürchtet der Betrieb, dass du bald woanders hingehst. Nenn zuerst, was dir an der Arbeit Spaß macht.

## hands-on
iv-mechatronics-hands-on = Mopeds, interessant! Was war die schwierigste Reparatur, und wie sind Sie dabei vorgegangen?
iv-mechatronics-hands-on-simple = Was war die schwerste Reparatur? Was haben Sie gemacht?
iv-mechatronics-hands-on-a1 = Ein Moped ist nicht mehr angesprungen. Ich habe zuerst die Zündkerze geprüft, dann den Vergaser. Der war verstopft, und nach dem Reinigen lief es wieder.
iv-mechatronics-hands-on-a1-why = Super: Du beschreibst Schritt für Schritt, wie du einen Fehler gesucht hast. Genau so arbeitet man in der Werkstatt.
iv-mechatronics-hands-on-a2 = Eigentlich war nichts schwierig. Ich kann fast alles reparieren.
iv-mechatronics-hands-on-a2-why = Das wirkt überheblich und sagt nichts Konkretes. Ein Ausbildungsbetrieb sucht jemanden, der lernen will – erzähl lieber ein echtes Beispiel.
iv-mechatronics-hands-on-a3 = Einmal war die Kette kaputt. Ich habe mir im Internet angesehen, wie es geht, und es mit meinem Onkel zusammen repariert.
iv-mechatronics-hands-on-a3-why = Ehrlich und in Ordnung. Noch besser wäre es, wenn du sagst, was du dabei selbst gemacht und gelernt hast.

## why-company
iv-mechatronics-why-company = Warum haben Sie sich gerade bei uns beworben?
iv-mechatronics-why-company-strict = Es gibt in Kassel viele Werkstätten. Warum also Autoservice Krämer?
iv-mechatronics-why-company-simple = Warum wollen Sie bei uns arbeiten?
iv-mechatronics-why-company-a1 = Sie sind eine freie Werkstatt und reparieren Autos aller Marken. Außerdem arbeiten Sie schon an Elektro- und Hybridautos – da möchte ich von Anfang an dabei sein.
iv-mechatronics-why-company-a1-why = Sehr gut: Du kennst Fakten über den Betrieb und verbindest sie mit deinem Ziel. Das zeigt, dass du dich vorbereitet hast.
iv-mechatronics-why-company-a2 = Ihre Werkstatt ist nah an meiner Wohnung, ich kann mit dem Fahrrad kommen.
iv-mechatronics-why-company-a2-why = Ein kurzer Weg ist praktisch, aber kein Grund, der etwas über den Betrieb sagt. Nenn ihn höchstens als Zusatz.
iv-mechatronics-why-company-a3 = Ich habe mich bei vielen Werkstätten beworben. Hauptsache, ich bekomme eine Ausbildung.
iv-mechatronics-why-company-a3-why = Ehrlich, aber die Arbeitgeberin hört: „Ihr seid mir egal.“ Such vorher auf der Website zwei Dinge, die dir an diesem Betrieb gefallen.
iv-mechatronics-why-company-a4 = Auf Ihrer Website habe ich gelesen, dass Sie ein Familienbetrieb sind und jedes Jahr Azubis ausbilden. Mir gefällt, dass man sich hier kennt.
iv-mechatronics-why-company-a4-why = Gut: Du zeigst, dass du dich informiert hast, und sagst, was dir wichtig ist.

## strengths
iv-mechatronics-strengths = Was können Sie besonders gut? Und woran möchten Sie noch arbeiten?
iv-mechatronics-strengths-simple = Was machen Sie gut? Was wollen Sie noch besser machen?
iv-mechatronics-strengths-a1 = Ich arbeite genau und gebe nicht auf, bis ich einen Fehler gefunden habe. Manchmal versuche ich zu lange alles allein – daran arbeite ich, indem ich früher um Hilfe frage.
iv-mechatronics-strengths-a1-why = Sehr gut: eine Stärke, die zum Beruf passt, und eine echte Schwäche mit einem Plan, wie du besser wirst.
iv-mechatronics-strengths-a2 = Ich habe eigentlich keine Schwächen.
iv-mechatronics-strengths-a2-why = Das glaubt niemand. Die Arbeitgeberin hört, dass du dich selbst nicht gut einschätzen kannst.
iv-mechatronics-strengths-a3 = Ich bin pünktlich und zuverlässig. Mein Deutsch ist noch nicht perfekt, aber ich lerne jeden Tag.
iv-mechatronics-strengths-a3-why = Gut und ehrlich. Mit einem kleinen Beispiel für deine Zuverlässigkeit wäre die Antwort noch stärker.
iv-mechatronics-strengths-a4 = Meine Schwäche ist, dass ich zu perfektionistisch bin.
iv-mechatronics-strengths-a4-why = Diese Antwort hören Personaler sehr oft, sie wirkt auswendig gelernt. Nenn lieber eine echte Schwäche und was du dagegen tust.

## school
iv-mechatronics-school = In der Ausbildung brauchen Sie Mathe und Physik, zum Beispiel für die Elektrik. Wie waren Sie in diesen Fächern?
iv-mechatronics-school-simple = Wie gut sind Sie in Mathe und Physik?
iv-mechatronics-school-a1 = In Mathe war ich gut, und Physik hatten wir in meinem Heimatland ab der siebten Klasse. Die Fachwörter auf Deutsch lerne ich gerade.
iv-mechatronics-school-a1-why = Gut: Du nennst deine Stärke und sagst ehrlich, was dir noch fehlt – die deutschen Fachwörter.
iv-mechatronics-school-a2 = Mathe war nicht mein bestes Fach. Aber ich übe gerade Formeln und Prozentrechnen mit einer App und im Kurs.
iv-mechatronics-school-a2-why = Ehrlich und mit Plan: Der Betrieb sieht, dass du an deinen Lücken arbeitest. Das zählt mehr als eine perfekte Note.
iv-mechatronics-school-a3 = Mathe brauche ich nicht so, ich arbeite lieber mit den Händen.
iv-mechatronics-school-a3-why = Falsch gedacht: In der Berufsschule rechnest du mit Strom, Spannung und Drehmoment. Die Ausbilderin hört, dass du die Theorie unterschätzt.

## maths-hard
iv-mechatronics-maths-hard = Dann eine kleine Aufgabe: Eine Lampe im Auto hat 12 Volt und 60 Watt. Wie viel Strom fließt?
iv-mechatronics-maths-hard-simple = 12 Volt und 60 Watt. Wie viel Ampere sind das?
iv-mechatronics-maths-hard-a1 = Leistung ist Spannung mal Strom. Also 60 geteilt durch 12, das sind 5 Ampere.
iv-mechatronics-maths-hard-a1-why = Richtig, und du erklärst den Rechenweg. Das zeigt, dass du die Formel verstehst und nicht nur rätst.
iv-mechatronics-maths-hard-a2 = 60 mal 12, also 720 Ampere.
iv-mechatronics-maths-hard-a2-why = Leider falsch: Der Strom ist Leistung geteilt durch Spannung, also 60 : 12 = 5 Ampere. Wiederhole die Formel P = U · I vor dem Gespräch.
iv-mechatronics-maths-hard-a3 = Ich bin nicht ganz sicher. Ich glaube, P ist U mal I – dann wären es 5 Ampere?
iv-mechatronics-maths-hard-a3-why = Richtig gedacht, und ehrlich gesagt, dass du unsicher bist. Das ist in Ordnung – wer nachdenkt, statt zu raten, macht in der Werkstatt weniger Fehler.

## certificates
iv-mechatronics-certificates = Ihre Schulzeugnisse sind aus Ihrem Herkunftsland. Haben Sie sie in Deutschland anerkennen lassen?
iv-mechatronics-certificates-simple = Ihre Zeugnisse sind nicht aus Deutschland. Sind sie hier anerkannt?
iv-mechatronics-certificates-a1 = Ja, ich habe den Antrag bei der Zeugnisanerkennungsstelle gestellt. Eine beglaubigte Übersetzung habe ich dabei, der Bescheid kommt in ein paar Wochen.
iv-mechatronics-certificates-a1-why = Sehr gut: Du kennst den Weg. Schulzeugnisse erkennt die Zeugnisanerkennungsstelle deines Bundeslandes an; eine beglaubigte Übersetzung gehört in die Bewerbung.
iv-mechatronics-certificates-a2 = Nein. Muss ich das machen?
iv-mechatronics-certificates-a2-why = Für eine Ausbildung ist es nicht Pflicht, aber Betriebe wollen deinen Schulabschluss einordnen. Informier dich vorher: Schulzeugnisse bei der Zeugnisanerkennungsstelle des Bundeslandes, Berufsabschlüsse bei der zuständigen Kammer („Anerkennung in Deutschland“).
iv-mechatronics-certificates-a3 = Noch nicht. Der Jugendmigrationsdienst hilft mir gerade mit dem Antrag. Den Bescheid kann ich Ihnen nachreichen.
iv-mechatronics-certificates-a3-why = Gut: Du bist dran und bietest an, den Bescheid nachzureichen. Die Arbeitgeberin sieht, dass du dich kümmerst.
iv-mechatronics-certificates-a4 = Meine Noten waren sehr gut, das sieht man doch auf dem Zeugnis.
iv-mechatronics-certificates-a4-why = Das klingt ungeduldig, und die Frage bleibt offen: Ein deutscher Betrieb kann ausländische Noten oft nicht einordnen. Genau dafür gibt es die Anerkennung.

## german
iv-mechatronics-german = Wie schätzen Sie Ihr Deutsch ein? In der Berufsschule gibt es viele Fachwörter.
iv-mechatronics-german-simple = Wie gut ist Ihr Deutsch?
iv-mechatronics-german-a1 = Ich habe B1 und mache gerade einen B2-Kurs. Fachwörter wie Zündkerze oder Bremsscheibe schreibe ich mir in ein Heft.
iv-mechatronics-german-a1-why = Sehr gut: Du nennst dein Niveau genau und zeigst, wie du die Fachsprache lernst.
iv-mechatronics-german-a2 = Mein Deutsch reicht, ich verstehe alles.
iv-mechatronics-german-a2-why = Das ist zu allgemein, und „alles“ glaubt dir niemand. Nenn lieber dein Niveau (zum Beispiel A2 oder B1) und was du gerade tust.
iv-mechatronics-german-a3 = Ich bin bei A2 und verstehe mehr, als ich sprechen kann. Ich weiß, dass es Hilfe wie die Assistierte Ausbildung gibt, und die würde ich nutzen.
iv-mechatronics-german-a3-why = Ehrlich und gut vorbereitet: Du kennst die Förderung „Assistierte Ausbildung“ der Agentur für Arbeit. Das nimmt dem Betrieb die Sorge, dass du in der Berufsschule scheiterst.
iv-mechatronics-german-a4 = Können wir vielleicht auf Englisch weitersprechen?
iv-mechatronics-german-a4-why = Höflich gefragt, aber die Berufsschule und die Arbeit laufen auf Deutsch. Bleib beim Deutschen, auch wenn es langsam geht – das zeigt Mut.

## german-probe
iv-mechatronics-german-probe = Gut, dann erklären Sie mir bitte auf Deutsch: Was macht man bei einem Ölwechsel?
iv-mechatronics-german-probe-simple = Sagen Sie auf Deutsch: Was macht man beim Ölwechsel?
iv-mechatronics-german-probe-a1 = Man lässt das alte Öl ab, wechselt den Ölfilter und füllt neues Öl ein. Danach prüft man den Ölstand.
iv-mechatronics-german-probe-a1-why = Klar und richtig erklärt – damit zeigst du, dass dein Deutsch wirklich für die Werkstatt reicht.
iv-mechatronics-german-probe-a2 = Das Öl … altes raus, neues rein. Fertig.
iv-mechatronics-german-probe-a2-why = Einfache Worte sind in Ordnung, aber nach „Ich verstehe alles“ wirkt das, als hättest du dich überschätzt. Schätz dein Niveau lieber ehrlich ein.
iv-mechatronics-german-probe-a3 = Entschuldigung, das kann ich noch nicht gut erklären. Mein Deutsch ist wohl doch noch nicht so gut, wie ich gesagt habe.
iv-mechatronics-german-probe-a3-why = Ehrlich und höflich korrigiert – das kommt gut an. Beim nächsten Mal sagst du dein Niveau gleich am Anfang.

## berufsschule
iv-mechatronics-berufsschule = Die Ausbildung dauert dreieinhalb Jahre. An ein bis zwei Tagen pro Woche sind Sie in der Berufsschule, sonst hier in der Werkstatt. Wie finden Sie das?
iv-mechatronics-berufsschule-simple = Die Ausbildung dauert 3,5 Jahre. An 1 bis 2 Tagen pro Woche gehen Sie zur Schule. Ist das gut für Sie?
iv-mechatronics-berufsschule-a1 = Gut, so lerne ich in der Schule die Theorie und übe sie direkt hier. Meinen Stundenplan und meine Noten zeige ich Ihnen natürlich.
iv-mechatronics-berufsschule-a1-why = Sehr gut: Du verstehst das duale System und bietest von dir aus an, den Betrieb auf dem Laufenden zu halten.
iv-mechatronics-berufsschule-a2 = Habe ich an den Schultagen frei? Dann könnte ich noch einen Nebenjob machen.
iv-mechatronics-berufsschule-a2-why = Vorsicht: Die Berufsschule ist Pflicht und zählt als Arbeitszeit. Die Ausbilderin hört, dass dir die Ausbildung nicht so wichtig ist.
iv-mechatronics-berufsschule-a3 = Okay.
iv-mechatronics-berufsschule-a3-why = Zu knapp. Sag in einem Satz, warum dir die Mischung aus Schule und Werkstatt gefällt.
iv-mechatronics-berufsschule-a4 = Muss ich für die Berufsschule etwas bezahlen?
iv-mechatronics-berufsschule-a4-why = Eine berechtigte Frage: Die Berufsschule kostet nichts, Bücher oder Material manchmal schon. Besser noch, du sagst vorher kurz, dass du dich auf die Schule freust.

## gap
iv-mechatronics-gap = In Ihrem Lebenslauf sehe ich eine Lücke von etwa einem Jahr. Was haben Sie in dieser Zeit gemacht?
iv-mechatronics-gap-friendly = Mir ist aufgefallen, dass im Lebenslauf ein Jahr fehlt. Das ist ganz normal, wenn man neu in Deutschland ist – erzählen Sie doch mal, was Sie da gemacht haben.
iv-mechatronics-gap-strict = Im Lebenslauf fehlt ein ganzes Jahr. Erklären Sie mir das bitte.
iv-mechatronics-gap-simple = Ein Jahr fehlt im Lebenslauf. Was haben Sie da gemacht?
iv-mechatronics-gap-a1 = In dieser Zeit bin ich nach Deutschland gekommen. Ich habe den Integrationskurs gemacht und bei einem Bekannten in seiner Werkstatt ausgeholfen.
iv-mechatronics-gap-a1-why = Sehr gut: Du erklärst die Lücke ruhig und zeigst, dass du die Zeit genutzt hast – sogar mit Werkstatt-Erfahrung.
iv-mechatronics-gap-a2 = Nichts Besonderes eigentlich.
iv-mechatronics-gap-a2-why = Die Arbeitgeberin hört: ein Jahr ohne Ziel. Fast jeder hat in so einer Zeit etwas gemacht – Deutsch gelernt, Familie unterstützt, Behördenwege erledigt. Sag das.
iv-mechatronics-gap-a3 = Darüber möchte ich lieber nicht sprechen.
iv-mechatronics-gap-a3-why = Private Details musst du nicht erzählen. Aber ein kurzer neutraler Satz wie „Das waren familiäre Gründe, die sind jetzt geklärt“ wirkt viel besser als Schweigen.
iv-mechatronics-gap-a4 = Ich musste auf meine Arbeitserlaubnis warten. In der Zeit habe ich jeden Tag mit Apps und Büchern Deutsch gelernt.
iv-mechatronics-gap-a4-why = Gut: ein klarer Grund, für den du nichts kannst, und du zeigst, dass du trotzdem aktiv warst.

## gap-probe
iv-mechatronics-gap-probe = Ein ganzes Jahr ohne Schule und Arbeit? Das muss ich als Arbeitgeberin schon verstehen können.
iv-mechatronics-gap-probe-simple = Ein Jahr ohne Arbeit und Schule? Bitte erklären Sie das.
iv-mechatronics-gap-probe-a1 = Das verstehe ich. Es waren familiäre Gründe. Die sind jetzt geklärt, und ich kann mich ganz auf die Ausbildung konzentrieren.
iv-mechatronics-gap-probe-a1-why = Sehr gut: ruhig, höflich und ohne private Details. Die Arbeitgeberin erfährt, was sie wissen muss: Du bist jetzt bereit.
iv-mechatronics-gap-probe-a2 = Ich habe in der Zeit viel Deutsch gelernt, nur nicht in einem Kurs.
iv-mechatronics-gap-probe-a2-why = Besser als vorher. Nenn noch, wie du gelernt hast (Apps, Bücher, Videos), dann wird es glaubwürdig.
iv-mechatronics-gap-probe-a3 = Das ist doch meine Sache.
iv-mechatronics-gap-probe-a3-why = Unhöflich: Im Gespräch darf die Arbeitgeberin nach dem Lebenslauf fragen. Ein kurzer neutraler Satz schützt deine Privatsphäre und bleibt freundlich.

## safety
iv-mechatronics-safety = In der Werkstatt ist Sicherheit sehr wichtig. Was machen Sie, wenn Sie eine Aufgabe bekommen und nicht sicher sind, wie es geht?
iv-mechatronics-safety-simple = Sie wissen nicht, wie eine Arbeit geht. Was machen Sie?
iv-mechatronics-safety-a1 = Ich frage den Gesellen oder Sie, bevor ich anfange, und lasse es mir zeigen. Sicherheitsschuhe und Schutzbrille trage ich sowieso immer.
iv-mechatronics-safety-a1-why = Genau richtig: Fragen ist in der Ausbildung erwünscht, und Schutzkleidung ist Pflicht. So vermeidet man Unfälle und teure Schäden.
iv-mechatronics-safety-a2 = Ich probiere es einfach aus, so lernt man am schnellsten.
iv-mechatronics-safety-a2-why = Gefährlich: An Bremsen, Hebebühnen oder Strom kann ein Fehler Menschen verletzen. Die Ausbilderin hört, dass du Regeln nicht ernst nimmst.
iv-mechatronics-safety-a3 = Ich schaue mir ein Video im Internet an und mache es dann genauso.
iv-mechatronics-safety-a3-why = Eigeninitiative ist gut, aber jede Werkstatt und jedes Auto ist anders. Frag zuerst jemanden, der sich auskennt.

## safety-hard
iv-mechatronics-safety-hard = Wir arbeiten auch an Elektro- und Hybridautos. Was wissen Sie über die Arbeit an Hochvolt-Systemen?
iv-mechatronics-safety-hard-simple = Was wissen Sie über die Arbeit an Elektroautos?
iv-mechatronics-safety-hard-a1 = An Hochvolt-Teilen darf nur arbeiten, wer dafür speziell geschult ist. Die orangen Kabel fasse ich ohne Schulung und Freigabe nicht an.
iv-mechatronics-safety-hard-a1-why = Sehr gut: Du kennst die wichtigste Regel. Hochvolt-Arbeiten brauchen eine eigene Qualifizierung, orange Leitungen bedeuten Lebensgefahr.
iv-mechatronics-safety-hard-a2 = Das ist wie eine normale Autobatterie, nur größer.
iv-mechatronics-safety-hard-a2-why = Falsch und gefährlich: Eine normale Batterie hat 12 Volt, Hochvolt-Systeme mehrere hundert Volt. Die Ausbilderin hört, dass du das Risiko unterschätzt.
iv-mechatronics-safety-hard-a3 = Darüber weiß ich noch wenig. Ich würde gern die Schulung dafür machen und mich bis dahin genau an die Regeln halten.
iv-mechatronics-safety-hard-a3-why = Ehrlich und motiviert. Noch besser: vorher kurz lesen, was Hochvolt bedeutet – dann kannst du eine Regel nennen.

## punctuality
iv-mechatronics-punctuality = Bei uns beginnt die Arbeit um 7:30 Uhr. Was machen Sie, wenn Ihr Bus morgens ausfällt?
iv-mechatronics-punctuality-strict = Arbeitsbeginn ist 7:30 Uhr, und zwar pünktlich. Was tun Sie, wenn Ihr Bus ausfällt?
iv-mechatronics-punctuality-simple = Die Arbeit beginnt um 7:30 Uhr. Ihr Bus kommt nicht. Was machen Sie?
iv-mechatronics-punctuality-a1 = Ich rufe sofort in der Werkstatt an, sage Bescheid und wann ich ungefähr da bin. Und ich nehme sowieso lieber einen Bus früher.
iv-mechatronics-punctuality-a1-why = Genau richtig: vor Arbeitsbeginn selbst anrufen und einen Plan haben. So weiß die Werkstatt, wie sie die Arbeit verteilen kann.
iv-mechatronics-punctuality-a2 = Dann komme ich eben später und erkläre es, wenn ich da bin.
iv-mechatronics-punctuality-a2-why = Zu spät ohne Bescheid gilt in Deutschland als unzuverlässig. Ruf immer vorher an, auch wenn du nichts für die Verspätung kannst.
iv-mechatronics-punctuality-a3 = Ich schreibe einem Kollegen eine WhatsApp, damit er Bescheid sagt.
iv-mechatronics-punctuality-a3-why = Gut gemeint, aber du musst selbst deine Ausbilderin oder die Werkstatt informieren – am besten per Anruf.
iv-mechatronics-punctuality-a4 = Das passiert bei mir nicht, ich bin immer pünktlich.
iv-mechatronics-punctuality-a4-why = Busse fallen aus, das weiß jeder. Die Frage prüft, ob du einen Plan hast – nenn ihn.

## money
iv-mechatronics-money = Sprechen wir über Geld. Wissen Sie, wie hoch die Ausbildungsvergütung im ersten Jahr ist?
iv-mechatronics-money-simple = Wie viel Geld bekommt man im ersten Jahr der Ausbildung?
iv-mechatronics-money-a1 = Gesetzlich sind es im ersten Jahr mindestens 724 Euro im Monat. Im Kfz-Handwerk zahlen viele Betriebe nach Tarif mehr – wie ist das bei Ihnen?
iv-mechatronics-money-a1-why = Sehr gut: Du kennst die Mindestvergütung und fragst höflich nach. Das zeigt Vorbereitung, ohne fordernd zu wirken.
iv-mechatronics-money-a2 = Ich brauche mindestens den Mindestlohn, also 13,90 Euro pro Stunde.
iv-mechatronics-money-a2-why = Der Mindestlohn (13,90 € pro Stunde) gilt nicht für Auszubildende. Für dich gilt die Ausbildungsvergütung – informier dich vorher, was in deinem Beruf üblich ist.
iv-mechatronics-money-a3 = Das Geld ist mir egal, Hauptsache Ausbildung.
iv-mechatronics-money-a3-why = Motiviert, aber es klingt unvorbereitet. Du darfst wissen und sagen, was dir zusteht – das ist in Deutschland normal.
iv-mechatronics-money-a4 = In Ihrer Anzeige steht, dass Sie nach Tarif zahlen, im ersten Jahr 1.050 Euro brutto. Das passt für mich.
iv-mechatronics-money-a4-why = Sehr gut: Du hast die Anzeige genau gelesen und weißt, was der Betrieb zahlt.

## money-explain
iv-mechatronics-money-explain = Kleine Korrektur: Der Mindestlohn gilt nicht für Auszubildende. Für Sie gilt die Ausbildungsvergütung – bei uns nach Tarif 1.050 Euro brutto im ersten Jahr, und sie steigt jedes Jahr.
iv-mechatronics-money-explain-strict = Das stimmt so nicht. Für Azubis gilt nicht der Mindestlohn, sondern die Ausbildungsvergütung, bei uns 1.050 Euro brutto im ersten Jahr. So etwas sollten Sie vor einem Gespräch wissen.
iv-mechatronics-money-explain-simple = Azubis bekommen keinen Mindestlohn. Sie bekommen eine Ausbildungsvergütung. Bei uns sind das 1.050 Euro im ersten Jahr.

## hours
iv-mechatronics-hours = Wir arbeiten Montag bis Freitag von 7:30 bis 16:30 Uhr. Im Frühjahr und im Herbst, wenn die Reifen gewechselt werden, manchmal auch samstags. Geht das für Sie?
iv-mechatronics-hours-simple = Arbeit ist Montag bis Freitag, 7:30 bis 16:30 Uhr. Manchmal auch am Samstag. Geht das?
iv-mechatronics-hours-a1 = Ja, das geht. Bekomme ich für einen Samstag dann einen anderen Tag in der Woche frei?
iv-mechatronics-hours-a1-why = Gut: Du sagst Ja und stellst eine sachliche Frage zum Ausgleich. Das ist in Deutschland völlig normal.
iv-mechatronics-hours-a2 = Samstags eher nicht, da habe ich Fußballtraining. Geht es auch ohne Samstag?
iv-mechatronics-hours-a2-why = Ehrlich gefragt, aber in der Reifensaison braucht die Werkstatt alle. Die Arbeitgeberin hört, dass dein Hobby wichtiger ist – zeig lieber Bereitschaft und such eine Lösung.
iv-mechatronics-hours-a3 = Ja, kein Problem. Wenn viel los ist, helfe ich gern aus.
iv-mechatronics-hours-a3-why = Gut: Du zeigst, dass du mit anpackst. Nach dem Ausgleich darfst du trotzdem fragen.

## probation
iv-mechatronics-probation = Am Anfang gibt es eine Probezeit von vier Monaten. Wissen Sie, was das bedeutet?
iv-mechatronics-probation-simple = Die ersten 4 Monate sind Probezeit. Was heißt das?
iv-mechatronics-probation-a1 = In der Probezeit können beide Seiten die Ausbildung ohne Grund beenden. Ich will die Zeit nutzen, um zu zeigen, was ich kann.
iv-mechatronics-probation-a1-why = Richtig: In der Ausbildung dauert die Probezeit 1 bis 4 Monate, und beide Seiten können ohne Frist kündigen. Du verbindest das Wissen mit Motivation.
iv-mechatronics-probation-a2 = Bekomme ich in der Probezeit weniger Geld?
iv-mechatronics-probation-a2-why = Nein, die Vergütung ist von Anfang an gleich. Die Probezeit bedeutet nur, dass beide Seiten leichter kündigen können – das solltest du vorher wissen.
iv-mechatronics-probation-a3 = Nicht genau. Können Sie es mir bitte kurz erklären?
iv-mechatronics-probation-a3-why = Höflich nachfragen ist besser als raten. Gut vorbereitet weißt du aber schon: In der Probezeit können beide Seiten einfach kündigen.

## questions
iv-mechatronics-questions = Zum Schluss: Haben Sie noch Fragen an uns?
iv-mechatronics-questions-friendly = So, jetzt sind Sie dran! Was möchten Sie noch von uns wissen?
iv-mechatronics-questions-strict = Haben Sie noch Fragen? Bitte kurz.
iv-mechatronics-questions-simple = Haben Sie noch Fragen?
iv-mechatronics-questions-a1 = Ja: Wer ist im ersten Jahr mein Ansprechpartner in der Werkstatt? Und kann ich als Azubi auch an den Elektroautos mitarbeiten?
iv-mechatronics-questions-a1-why = Sehr gut: Deine Fragen zeigen echtes Interesse am Betrieb und an deiner Ausbildung.
iv-mechatronics-questions-a2 = Nein, Sie haben schon alles erklärt, danke.
iv-mechatronics-questions-a2-why = Höflich, aber verschenkt: Keine Fragen wirkt wie wenig Interesse. Bereite zwei Fragen vor, zum Beispiel zum Ablauf der Ausbildung.
iv-mechatronics-questions-a3 = Wie viele Urlaubstage habe ich?
iv-mechatronics-questions-a3-why = Eine erlaubte Frage, aber als einzige wirkt sie, als ginge es dir vor allem um Freizeit. Frag zuerst etwas zur Arbeit.
iv-mechatronics-questions-a4 = Wie geht es nach der Ausbildung weiter? Übernehmen Sie Ihre Azubis?
iv-mechatronics-questions-a4-why = Gut: Du denkst an die Zukunft und zeigst, dass du gern länger bleiben würdest.

## goodbye
iv-mechatronics-goodbye = Vielen Dank für das Gespräch. Sie hören innerhalb einer Woche von uns. Auf Wiedersehen!
iv-mechatronics-goodbye-friendly = Vielen Dank, das war ein schönes Gespräch! Wenn Sie möchten, kommen Sie gern einen Tag zum Probearbeiten. Wir melden uns nächste Woche. Alles Gute!
iv-mechatronics-goodbye-strict = Danke. Sie bekommen bis Ende nächster Woche Bescheid. Auf Wiedersehen.
iv-mechatronics-goodbye-simple = Danke für das Gespräch. Wir melden uns in einer Woche. Auf Wiedersehen!

## goodbye-cool
iv-mechatronics-goodbye-cool = Gut, dann sind wir am Ende. Noch ein Hinweis: Bei uns ist ein höflicher Ton sehr wichtig, unter Kollegen und mit Kunden. Wir melden uns. Auf Wiedersehen.
iv-mechatronics-goodbye-cool-simple = Wir sind fertig. Höflich sein ist bei uns sehr wichtig. Wir melden uns. Auf Wiedersehen.
