# Interview „Lager“ (Deutsch): das Gespräch, wie es stattfindet. Struktur: assets/dialogue/interview/warehouse.ron

iv-warehouse-title = Ausbildung Fachlagerist/in – Logistikzentrum
iv-warehouse-brief = Die Weserland Logistik GmbH ist ein Familienunternehmen in Kassel mit 420 Beschäftigten. Sie lagert Ersatzteile für Fahrräder und E-Bikes und liefert sie an rund 2.000 Fahrradläden in ganz Europa – von Montag bis Freitag im Dreischichtbetrieb. Die zweijährige Ausbildung zur Fachlageristin / zum Fachlageristen wird mit 1.050 Euro im ersten und 1.150 Euro im zweiten Jahr vergütet; den Staplerschein machen die Azubis im Betrieb, und die meisten werden nach der Ausbildung übernommen.

iv-warehouse-welcome = Guten Tag und herzlich willkommen bei Weserland Logistik. Mein Name ist Kowalski, ich leite hier im Logistikzentrum die Ausbildung. Bitte nehmen Sie Platz.
iv-warehouse-welcome-friendly = Hallo und herzlich willkommen bei Weserland Logistik! Mein Name ist Kowalski, ich kümmere mich um unsere Azubis. Schön, dass Sie da sind – setzen Sie sich doch!
iv-warehouse-welcome-strict = Guten Tag. Kowalski, Ausbildungsleitung. Setzen Sie sich bitte. Wir haben dreißig Minuten.

iv-warehouse-smalltalk = Haben Sie gut zu uns gefunden? Möchten Sie ein Glas Wasser?
iv-warehouse-smalltalk-simple = War der Weg okay? Möchten Sie Wasser?
iv-warehouse-smalltalk-a1 = Ja, danke. Ich bin mit dem Bus gekommen und war zehn Minuten zu früh da. Ein Wasser nehme ich gern.
iv-warehouse-smalltalk-a1-why = Freundlich, kurz und mit „danke“ – und nebenbei zeigst du, dass du pünktlich warst. Ein guter erster Eindruck.
iv-warehouse-smalltalk-a2 = Ja.
iv-warehouse-smalltalk-a2-why = Ein einzelnes „Ja“ ohne „danke“ wirkt kühl und unhöflich. Der Smalltalk am Anfang gehört in Deutschland zum Gespräch.
iv-warehouse-smalltalk-a3 = Gern, danke! Das Tor war nicht leicht zu finden, aber ich habe am Empfang gefragt.
iv-warehouse-smalltalk-a3-why = Höflich und ehrlich. Dass du nachgefragt hast, statt herumzuirren, kommt gut an.

iv-warehouse-intro = Erzählen Sie doch bitte kurz etwas über sich.
iv-warehouse-intro-strict = Stellen Sie sich bitte vor. Kurz, höchstens zwei Minuten.
iv-warehouse-intro-simple = Wer sind Sie? Erzählen Sie kurz.
iv-warehouse-intro-a1 = Ich bin 19 Jahre alt und lebe seit zwei Jahren in Kassel. Ich habe einen Integrationskurs gemacht und im Praktikum in einem Baumarkt gemerkt, dass mir die Arbeit mit Ware Spaß macht. Deshalb möchte ich diese Ausbildung machen.
iv-warehouse-intro-a1-why = Kurz, in einer klaren Reihenfolge und mit einem Bezug zum Beruf. Genau das möchte ein Arbeitgeber bei der Vorstellung hören.
iv-warehouse-intro-a2 = Ich bin 2023 nach Deutschland gekommen. Ich erzähle am besten von Anfang an: Zuerst war ich lange unterwegs, dann war ich in verschiedenen Unterkünften …
iv-warehouse-intro-a2-why = Deine Geschichte ist wichtig, aber hier zu lang und ohne Bezug zur Stelle. Sag in wenigen Sätzen, wer du bist, was du gemacht hast und warum du diesen Beruf willst.
iv-warehouse-intro-a3 = Was möchten Sie denn wissen?
iv-warehouse-intro-a3-why = Diese Frage kommt in fast jedem Vorstellungsgespräch. Wer keine kurze Vorstellung vorbereitet hat, wirkt unvorbereitet.

iv-warehouse-why-company = Warum haben Sie sich gerade bei Weserland Logistik beworben?
iv-warehouse-why-company-friendly = Erzählen Sie mal: Was hat Sie an Weserland Logistik interessiert?
iv-warehouse-why-company-strict = Warum wir? In Kassel gibt es viele Logistikfirmen.
iv-warehouse-why-company-simple = Warum wollen Sie bei unserer Firma arbeiten?
iv-warehouse-why-company-a1 = Sie liefern Ersatzteile für Fahrräder an Läden in ganz Europa – ich fahre selbst jeden Tag Rad und kenne viele Teile. Außerdem habe ich gelesen, dass Ihre Azubis den Staplerschein im Betrieb machen.
iv-warehouse-why-company-a1-why = Du nennst zwei echte Fakten über die Firma und verbindest sie mit dir selbst. So zeigst du, dass du dich informiert hast und wirklich hier arbeiten willst.
iv-warehouse-why-company-a2 = Ihr Lager ist von meiner Wohnung gut mit dem Bus zu erreichen.
iv-warehouse-why-company-a2-why = Ein kurzer Weg ist praktisch, aber der Arbeitgeber hört: Die Firma selbst ist egal. Nenn zuerst etwas, das dich an der Firma interessiert.
iv-warehouse-why-company-a3 = Ich habe mich bei vielen Firmen beworben. Ich brauche einfach einen Ausbildungsplatz.
iv-warehouse-why-company-a3-why = Ehrlich, aber der Arbeitgeber hört: Hier ist es nur eine von vielen Möglichkeiten. Lies vorher die Website und sag, was dir gerade an dieser Firma gefällt.
iv-warehouse-why-company-a4 = Ein Bekannter arbeitet bei Ihnen im Wareneingang und sagt, das Team ist gut. Und auf Ihrer Website steht, dass Sie die meisten Azubis übernehmen.
iv-warehouse-why-company-a4-why = Gut: Du hast dich erkundigt und kennst eine Stärke der Firma. Die Übernahme nach der Ausbildung zeigt, dass du langfristig denkst.

iv-warehouse-why-company-probe = Und was wissen Sie über uns?
iv-warehouse-why-company-probe-simple = Was wissen Sie über unsere Firma?
iv-warehouse-why-company-probe-a1 = Sie lagern Ersatzteile für Fahrräder und E-Bikes und liefern an Fahrradläden in ganz Europa. Und Sie arbeiten im Dreischichtbetrieb.
iv-warehouse-why-company-probe-a1-why = Damit rettest du die Situation: Du zeigst, dass du dich doch informiert hast. Besser ist es, das gleich bei der ersten Frage zu sagen.
iv-warehouse-why-company-probe-a2 = Sie sind eine Logistikfirma.
iv-warehouse-why-company-probe-a2-why = Das weiß jeder, der vor dem Tor steht. Der Arbeitgeber hört: Du hast dich nicht vorbereitet.
iv-warehouse-why-company-probe-a3 = Ehrlich gesagt nicht viel. Ich würde gern mehr über Ihre Arbeit erfahren.
iv-warehouse-why-company-probe-a3-why = Ehrlich und freundlich, aber es fehlt die Vorbereitung. Zehn Minuten auf der Website der Firma reichen für eine gute Antwort.

iv-warehouse-strengths = Was können Sie besonders gut? Nennen Sie bitte zwei Stärken.
iv-warehouse-strengths-simple = Was können Sie gut? Sagen Sie zwei Dinge.
iv-warehouse-strengths-a1 = Ich arbeite genau und bin körperlich fit. Im Praktikum im Baumarkt habe ich Ware eingeräumt und die Regale nach Artikelnummern sortiert – das hat immer gestimmt.
iv-warehouse-strengths-a1-why = Zwei Stärken, die im Lager zählen, und ein Beispiel als Beweis. So wird eine Stärke glaubwürdig.
iv-warehouse-strengths-a2 = Ich bin teamfähig, belastbar, flexibel und kommunikativ.
iv-warehouse-strengths-a2-why = Vier Schlagwörter ohne Beispiel klingen auswendig gelernt. Besser: zwei Stärken und je ein Beispiel aus deinem Leben.
iv-warehouse-strengths-a3 = Ich bin stark und kann schwere Sachen heben.
iv-warehouse-strengths-a3-why = Kraft hilft, aber schwere Lasten bewegt man im Lager mit Hubwagen und Stapler. Wichtiger sind Genauigkeit, Zuverlässigkeit und Teamarbeit.
iv-warehouse-strengths-a4 = Ich bin zuverlässig: In meinem Minijob im Getränkemarkt war ich in acht Monaten kein einziges Mal zu spät. Und ich lerne schnell.
iv-warehouse-strengths-a4-why = Zuverlässigkeit ist im Schichtbetrieb sehr wichtig, und du belegst sie mit einem konkreten Beispiel. Das überzeugt.

iv-warehouse-strengths-probe = Belastbar, flexibel – das sagen viele. Geben Sie mir bitte ein konkretes Beispiel, wann Sie belastbar waren.
iv-warehouse-strengths-probe-simple = Wann hatten Sie viel Stress und haben gut gearbeitet? Nennen Sie ein Beispiel.
iv-warehouse-strengths-probe-a1 = Im Getränkemarkt kam samstags oft eine große Lieferung, wenn der Laden voll war. Ich bin ruhig geblieben: erst die Kunden, dann die Ware. Am Abend war alles eingeräumt.
iv-warehouse-strengths-probe-a1-why = Eine echte Situation, was du getan hast und das Ergebnis. So beweist du, dass das Wort „belastbar“ stimmt.
iv-warehouse-strengths-probe-a2 = Ich bin einfach so. Mich stresst nichts.
iv-warehouse-strengths-probe-a2-why = Ohne Beispiel bleibt es eine Behauptung, und „nichts stresst mich“ glaubt kaum jemand. Der Arbeitgeber möchte sehen, wie du mit Stress umgehst.
iv-warehouse-strengths-probe-a3 = Ein Beispiel fällt mir gerade nicht ein. Aber ich habe neben dem Deutschkurs jeden Tag gearbeitet.
iv-warehouse-strengths-probe-a3-why = Der zweite Satz rettet etwas: Kurs und Arbeit zusammen zeigen Belastbarkeit. Überleg dir vor dem Gespräch zu jeder Stärke ein Beispiel.

iv-warehouse-weakness = Und wo sehen Sie bei sich noch Schwächen?
iv-warehouse-weakness-strict = Nennen Sie mir eine Schwäche – und was Sie dagegen tun.
iv-warehouse-weakness-simple = Was können Sie noch nicht so gut?
iv-warehouse-weakness-a1 = Am Telefon verstehe ich schnelles Deutsch noch nicht immer. Deshalb mache ich abends einen B2-Kurs und frage nach, wenn ich etwas nicht sicher verstanden habe.
iv-warehouse-weakness-a1-why = Eine echte Schwäche, die den Job nicht gefährdet, und du sagst, was du dagegen tust. Genau so beantwortet man diese Frage.
iv-warehouse-weakness-a2 = Ich bin zu perfektionistisch.
iv-warehouse-weakness-a2-why = Diese Antwort hören Personaler sehr oft; sie klingt wie ein Trick. Nenn lieber eine echte, kleine Schwäche und was du daran änderst.
iv-warehouse-weakness-a3 = Manchmal bin ich ungeduldig, wenn etwas lange dauert. Ich habe gelernt, dann zuerst zu fragen, bevor ich etwas allein anders mache.
iv-warehouse-weakness-a3-why = Ehrlich und mit einer Lösung. Dass du fragst, statt eigenmächtig zu handeln, ist im Lager wichtig.
iv-warehouse-weakness-a4 = Ich habe keine Schwächen.
iv-warehouse-weakness-a4-why = Das glaubt niemand. Der Arbeitgeber hört: Diese Person kennt sich nicht gut oder ist nicht ehrlich.

iv-warehouse-cv-gap = In Ihrem Lebenslauf sehe ich eine Lücke von März 2024 bis Juni 2025. Was haben Sie in dieser Zeit gemacht?
iv-warehouse-cv-gap-friendly = Mir ist aufgefallen, dass zwischen März 2024 und Juni 2025 nichts im Lebenslauf steht. Erzählen Sie ruhig, was Sie da gemacht haben.
iv-warehouse-cv-gap-strict = Von März 2024 bis Juni 2025 steht nichts in Ihrem Lebenslauf. Erklären Sie mir das bitte.
iv-warehouse-cv-gap-simple = Im Lebenslauf fehlt über ein Jahr. Was haben Sie da gemacht?
iv-warehouse-cv-gap-a1 = Ich habe einen Integrationskurs besucht und Deutsch bis B1 gelernt. Nebenbei hatte ich einen Minijob im Getränkemarkt. Das trage ich im Lebenslauf noch nach.
iv-warehouse-cv-gap-a1-why = Klar und positiv: Du hast gelernt und gearbeitet. Trag Sprachkurse und Minijobs immer in den Lebenslauf ein – dann gibt es keine Lücke.
iv-warehouse-cv-gap-a2 = Ich habe auf meine Arbeitserlaubnis gewartet und durfte nicht arbeiten. In der Zeit habe ich mit Apps Deutsch gelernt und meinem Onkel im Laden geholfen.
iv-warehouse-cv-gap-a2-why = Ehrlich und ohne Ausreden. Der Arbeitgeber hört, dass du die Wartezeit sinnvoll genutzt hast.
iv-warehouse-cv-gap-a3 = Nichts Besonderes. Ich war zu Hause.
iv-warehouse-cv-gap-a3-why = Der Arbeitgeber hört: Diese Person hat ein Jahr nichts getan. Fast immer gab es etwas – Deutsch lernen, Familie unterstützen, Behördentermine. Sag das.
iv-warehouse-cv-gap-a4 = Das ist doch nicht wichtig für die Stelle.
iv-warehouse-cv-gap-a4-why = Die Antwort klingt abwehrend, als hättest du etwas zu verbergen. Du musst keine privaten Details nennen, aber ein kurzer Satz dazu ist besser.

iv-warehouse-cv-gap-probe = Ein Jahr ist eine lange Zeit. Was haben Sie gelernt oder erledigt? Auch kleine Dinge zählen.
iv-warehouse-cv-gap-probe-simple = Was haben Sie in dem Jahr gemacht? Auch kleine Dinge sind wichtig.
iv-warehouse-cv-gap-probe-a1 = Ich habe mich um meine jüngeren Geschwister gekümmert und sie jeden Morgen zur Schule gebracht, weil meine Mutter gearbeitet hat. Da musste ich immer pünktlich sein.
iv-warehouse-cv-gap-probe-a1-why = Das ist Verantwortung, und du verbindest es mit Pünktlichkeit. So wird aus einer „Lücke“ eine Stärke.
iv-warehouse-cv-gap-probe-a2 = Ich habe mit Apps Deutsch gelernt und viele Termine bei Behörden selbst erledigt.
iv-warehouse-cv-gap-probe-a2-why = Gut: Deutsch lernen und Behördengänge selbst organisieren zeigen Selbstständigkeit. Sag so etwas gleich bei der ersten Frage.
iv-warehouse-cv-gap-probe-a3 = Eigentlich nichts.
iv-warehouse-cv-gap-probe-a3-why = Auch auf Nachfrage keine Antwort – der Arbeitgeber hört fehlende Motivation. Denk vorher darüber nach, was du in dieser Zeit wirklich gemacht hast.

iv-warehouse-certificates = Ihren Schulabschluss haben Sie im Ausland gemacht. Ist er in Deutschland anerkannt?
iv-warehouse-certificates-simple = Ihr Schulzeugnis ist aus einem anderen Land. Gilt es in Deutschland?
iv-warehouse-certificates-a1 = Ja. Die Zeugnisanerkennungsstelle hat meinen Abschluss dem Hauptschulabschluss gleichgestellt. Den Bescheid habe ich meiner Bewerbung beigelegt.
iv-warehouse-certificates-a1-why = Sehr gut: Du kennst das Verfahren und hast den Nachweis dabei. Das spart dem Betrieb Arbeit und zeigt Vorbereitung.
iv-warehouse-certificates-a2 = Das Verfahren läuft noch. Ich habe eine beglaubigte Übersetzung eingereicht, die Beratungsstelle hilft mir dabei. Den Bescheid reiche ich nach.
iv-warehouse-certificates-a2-why = Gut: Du hast dich gekümmert und sagst klar, wie es weitergeht. Eine laufende Anerkennung ist für den Arbeitgeber kein Problem.
iv-warehouse-certificates-a3 = Nein, mein Zeugnis gilt hier sowieso nicht.
iv-warehouse-certificates-a3-why = Gib dein Zeugnis nicht auf: Die Zeugnisanerkennungsstelle deines Bundeslandes vergleicht es mit einem deutschen Abschluss (für Berufsabschlüsse die zuständige Kammer, siehe „Anerkennung in Deutschland“). Oft wird es anerkannt.
iv-warehouse-certificates-a4 = Muss das sein? Für die Arbeit im Lager braucht man doch kein Zeugnis.
iv-warehouse-certificates-a4-why = Gesetzlich ist für eine Ausbildung kein bestimmter Abschluss nötig, aber Betriebe wollen sehen, was du gelernt hast. Die Gegenfrage klingt abweisend.

iv-warehouse-german = Wie schätzen Sie Ihr Deutsch ein? In der Berufsschule und bei den Sicherheitsunterweisungen ist alles auf Deutsch.
iv-warehouse-german-simple = Wie gut ist Ihr Deutsch? In der Schule und bei der Sicherheit sprechen alle Deutsch.
iv-warehouse-german-a1 = Ich habe das B1-Zertifikat. Im Alltag komme ich gut zurecht. Fachwörter schreibe ich mir auf und frage nach, wenn ich etwas nicht verstehe.
iv-warehouse-german-a1-why = Du nennst dein Niveau mit Nachweis und zeigst, wie du mit Lücken umgehst. Nachfragen ist gerade bei Sicherheitsregeln wichtig.
iv-warehouse-german-a2 = Sehr gut.
iv-warehouse-german-a2-why = Zu kurz und ohne Beleg. Nenn dein Niveau (z. B. B1) und ein Zertifikat – der Arbeitgeber hört dein Deutsch ja gerade selbst.
iv-warehouse-german-a3 = Noch nicht so gut. Aber das lerne ich dann in der Berufsschule.
iv-warehouse-german-a3-why = Die Berufsschule unterrichtet Fachinhalte, keinen Deutschkurs. Sag lieber, was du selbst für dein Deutsch tust.
iv-warehouse-german-a4 = Ich habe B1 und besuche jetzt abends einen Berufssprachkurs B2. Ich möchte in der Berufsschule gut mitkommen.
iv-warehouse-german-a4-why = Sehr gut: Niveau, Nachweis und ein Plan. Der Arbeitgeber hört, dass du von dir aus weiterlernst.

iv-warehouse-german-hard = Gut, dann erklären Sie mir bitte auf Deutsch: Was passiert im Wareneingang?
iv-warehouse-german-hard-simple = Was macht man, wenn neue Ware ins Lager kommt?
iv-warehouse-german-hard-a1 = Man prüft die Lieferung: Stimmt die Menge mit dem Lieferschein, ist etwas beschädigt? Dann bucht man die Ware ein und bringt sie an ihren Lagerplatz.
iv-warehouse-german-hard-a1-why = Fachlich richtig und in klaren Schritten erklärt. Du zeigst Deutsch und Vorwissen zugleich.
iv-warehouse-german-hard-a2 = Da kommt die Ware rein.
iv-warehouse-german-hard-a2-why = Das stimmt, sagt aber fast nichts. Versuch, in zwei, drei Sätzen die Schritte zu erklären – einfache Wörter reichen.
iv-warehouse-german-hard-a3 = Das weiß ich noch nicht genau. Ich glaube, man kontrolliert die Pakete. Das möchte ich in der Ausbildung lernen.
iv-warehouse-german-hard-a3-why = Ehrlich und in gutem Deutsch, aber du hättest dich informieren können. Der Wareneingang gehört zu den ersten Aufgaben in diesem Beruf.

iv-warehouse-shifts = Wir arbeiten im Dreischichtbetrieb: Frühschicht ab 6 Uhr, Spätschicht bis 22 Uhr und Nachtschicht. Auszubildende ab 18 sind auch mal nachts eingeteilt. Wie passt das für Sie?
iv-warehouse-shifts-factual = Früh 6 bis 14 Uhr, spät 14 bis 22 Uhr, nachts 22 bis 6 Uhr, wöchentlich wechselnd. Ab 18 auch Nachtschicht. Geht das bei Ihnen?
iv-warehouse-shifts-simple = Sie arbeiten morgens, abends oder nachts. Jede Woche anders. Geht das für Sie?
iv-warehouse-shifts-a1 = Das passt. Ich bin 19 und habe mich darauf eingestellt. Wie oft ist man in der Ausbildung in der Nachtschicht?
iv-warehouse-shifts-a1-why = Klare Zusage und eine gute Rückfrage. Der Arbeitgeber hört: Diese Person hat über die Schichtarbeit nachgedacht.
iv-warehouse-shifts-a2 = Kein Problem, ich kann immer arbeiten, auch am Wochenende und zwölf Stunden am Stück.
iv-warehouse-shifts-a2-why = Das klingt übermotiviert und unrealistisch: In Deutschland sind meist höchstens zehn Stunden am Tag erlaubt. Sag ehrlich, was für dich geht.
iv-warehouse-shifts-a3 = Früh- und Spätschicht gehen gut. Nachts ist es schwierig, weil ich morgens meine kleine Schwester zur Schule bringe. Können wir darüber sprechen?
iv-warehouse-shifts-a3-why = Ehrlich und lösungsorientiert: Du nennst den Grund und bietest ein Gespräch an. So sagt man eine Einschränkung richtig.
iv-warehouse-shifts-a4 = Nachtschicht mache ich nicht.
iv-warehouse-shifts-a4-why = So hart formuliert klingt es, als wärst du nicht bereit, dich auf den Betrieb einzustellen. Wenn es einen Grund gibt, nenn ihn und frag nach einer Lösung.

iv-warehouse-shifts-family = Danke für Ihre Offenheit. Gibt es jemanden, der Ihre Schwester nach einer Nachtschicht zur Schule bringen kann?
iv-warehouse-shifts-family-simple = Kann jemand anderes Ihre Schwester zur Schule bringen?
iv-warehouse-shifts-family-a1 = Meine Mutter hat dienstags und donnerstags frei. Wenn die Nachtschichten davor liegen, klappt es. Für andere Tage kläre ich das mit meiner Familie.
iv-warehouse-shifts-family-a1-why = Du bringst eine konkrete Lösung mit. Der Arbeitgeber sieht: Mit dir kann man planen.
iv-warehouse-shifts-family-a2 = Nein, das kann nur ich.
iv-warehouse-shifts-family-a2-why = Ehrlich, aber ohne jede Lösung. Überleg vorher, was möglich wäre, zum Beispiel bestimmte Tage oder Hilfe von Nachbarn.
iv-warehouse-shifts-family-a3 = Das weiß ich noch nicht. Ich kläre das bis Ende der Woche und gebe Ihnen Bescheid.
iv-warehouse-shifts-family-a3-why = Gut: Du versprichst nichts Falsches und nennst eine Frist. Halte sie dann auch ein.

iv-warehouse-punctuality = Die Frühschicht beginnt um 6 Uhr, dann stehen alle umgezogen am Arbeitsplatz. Wie kommen Sie morgens zu uns?
iv-warehouse-punctuality-simple = Um 6 Uhr fängt die Arbeit an. Wie kommen Sie so früh hierher?
iv-warehouse-punctuality-a1 = Ich habe es ausprobiert: Der erste Bus fährt um 5:12 Uhr und ist um 5:40 Uhr hier. Mit dem Fahrrad brauche ich 25 Minuten, das ist mein Plan B.
iv-warehouse-punctuality-a1-why = Ausgezeichnet: Du hast den Weg getestet und hast einen Plan B. In Deutschland ist Pünktlichkeit im Schichtbetrieb ein Muss.
iv-warehouse-punctuality-a2 = Irgendwie schaffe ich das schon.
iv-warehouse-punctuality-a2-why = Der Arbeitgeber hört: Darüber hat die Person noch nicht nachgedacht. Schau vorher nach, welcher Bus dich rechtzeitig hinbringt.
iv-warehouse-punctuality-a3 = Mit dem Bus. Wenn der mal zu spät kommt, ist das ja nicht meine Schuld.
iv-warehouse-punctuality-a3-why = Der Bus ist nicht deine Schuld, aber Pünktlichkeit ist deine Aufgabe. Wer so antwortet, wirkt, als würde er die Verantwortung abgeben.
iv-warehouse-punctuality-a4 = Ich nehme den Bus um 5:30 Uhr, der ist um 5:58 Uhr da.
iv-warehouse-punctuality-a4-why = Gut geplant, aber zu knapp: Um 6 Uhr sollst du umgezogen mit Sicherheitsschuhen am Platz stehen. Plan 15 bis 20 Minuten Puffer ein.

iv-warehouse-punctuality-late = Und wenn Sie doch einmal zu spät kommen – was machen Sie dann?
iv-warehouse-punctuality-late-simple = Sie kommen zu spät. Was machen Sie?
iv-warehouse-punctuality-late-a1 = Ich rufe vor Schichtbeginn bei meinem Schichtleiter an, sage, wann ich ungefähr da bin, und komme so schnell wie möglich.
iv-warehouse-punctuality-late-a1-why = Genau richtig: vorher anrufen, nicht erst hinterher erklären. So kann die Schicht die Arbeit neu verteilen.
iv-warehouse-punctuality-late-a2 = Ich schreibe einem Kollegen eine Nachricht, der sagt es dann weiter.
iv-warehouse-punctuality-late-a2-why = Besser als nichts, aber die Nachricht kann verloren gehen. Melde dich selbst bei der zuständigen Person, am besten per Anruf.
iv-warehouse-punctuality-late-a3 = Ich komme einfach etwas später und erkläre es dann.
iv-warehouse-punctuality-late-a3-why = Ohne Bescheid zu spät zu kommen gilt als unhöflich und unzuverlässig. Im Schichtbetrieb wartet dann ein ganzes Team.

iv-warehouse-picking = Beim Kommissionieren bekommen Sie einen Auftrag auf den Handscanner, holen die Teile aus dem Regal und scannen jedes Teil. Was ist Ihnen dabei wichtiger: Tempo oder Genauigkeit?
iv-warehouse-picking-strict = Bei uns zählt beim Kommissionieren jeder Fehler. Tempo oder Genauigkeit – was ist wichtiger?
iv-warehouse-picking-simple = Sie holen Teile aus dem Regal und scannen sie. Was ist wichtiger: schnell oder richtig?
iv-warehouse-picking-a1 = Zuerst Genauigkeit. Eine falsche Lieferung kostet den Fahrradladen Zeit und Ihnen Geld. Wenn ich die Abläufe kenne, werde ich auch schneller.
iv-warehouse-picking-a1-why = Genau das will ein Lager hören: Fehler sind teuer, Tempo kommt mit der Übung. Du denkst sogar an den Kunden.
iv-warehouse-picking-a2 = Tempo. Je schneller, desto besser.
iv-warehouse-picking-a2-why = Tempo ist wichtig, aber falsch gepackte Ware muss zurückgeschickt werden. Der Arbeitgeber hört: Diese Person macht schnell Fehler.
iv-warehouse-picking-a3 = Beides. Ich scanne jedes Teil und vergleiche Artikelnummer und Menge, bevor ich es in die Kiste lege.
iv-warehouse-picking-a3-why = Gut: Du beschreibst, wie du konkret sorgfältig arbeitest. Das zeigt, dass du den Ablauf verstanden hast.
iv-warehouse-picking-a4 = Der Scanner macht ja alles, da kann man nichts falsch machen.
iv-warehouse-picking-a4-why = Der Scanner hilft, aber Menschen greifen ins falsche Fach oder scannen doppelt. Der Arbeitgeber hört: Diese Person unterschätzt die Arbeit.

iv-warehouse-picking-error = Sie merken nach dem Packen, dass Sie vielleicht eine falsche Menge gescannt haben. Der Karton ist schon zu. Was tun Sie?
iv-warehouse-picking-error-simple = Der Karton ist zu. Vielleicht ist die Menge falsch. Was machen Sie?
iv-warehouse-picking-error-a1 = Ich sage sofort dem Schichtleiter Bescheid. Dann öffnen wir den Karton, prüfen den Inhalt und korrigieren die Buchung.
iv-warehouse-picking-error-a1-why = Richtig: Fehler sofort melden und gemeinsam beheben. In einem Lager ist Ehrlichkeit bei Fehlern wichtiger als Fehlerfreiheit.
iv-warehouse-picking-error-a2 = Ich lasse es so. Wenn sich der Kunde beschwert, kann man das immer noch klären.
iv-warehouse-picking-error-a2-why = Dann bekommt der Fahrradladen falsche Ware, und der Bestand im System stimmt nicht mehr. Der Arbeitgeber hört: Fehler sind dieser Person egal.
iv-warehouse-picking-error-a3 = Ich mache den Karton selbst wieder auf und korrigiere es, ohne etwas zu sagen, damit ich keinen Ärger bekomme.
iv-warehouse-picking-error-a3-why = Gut, dass du es korrigieren willst, aber auch die Buchung im System muss stimmen. Fehler zu verstecken ist schlimmer als der Fehler selbst.

iv-warehouse-safety = Bei uns sind Sicherheitsschuhe und Warnweste Pflicht. Warum ist das im Lager so wichtig?
iv-warehouse-safety-simple = Warum braucht man im Lager feste Schuhe und eine gelbe Weste?
iv-warehouse-safety-a1 = Es fahren Stapler und Hubwagen, und schwere Kartons können herunterfallen. Die Schuhe haben eine Stahlkappe, und mit der Weste sieht mich der Staplerfahrer.
iv-warehouse-safety-a1-why = Du verstehst den Grund hinter der Regel. Wer Sicherheitsregeln versteht, hält sie auch ein – das beruhigt jeden Arbeitgeber.
iv-warehouse-safety-a2 = Weil es Vorschrift ist.
iv-warehouse-safety-a2-why = Stimmt, aber du zeigst nicht, dass du die Gefahren kennst. Nenn ein Beispiel, etwa fallende Kartons oder Stapler.
iv-warehouse-safety-a3 = Muss ich die Schuhe selbst kaufen?
iv-warehouse-safety-a3-why = Eine berechtigte Frage (Schutzkleidung muss der Arbeitgeber stellen), aber du weichst der Frage aus. Antworte zuerst, dann frag.

iv-warehouse-forklift = Haben Sie schon einen Staplerschein?
iv-warehouse-forklift-simple = Dürfen Sie schon einen Gabelstapler fahren?
iv-warehouse-forklift-a1 = Nein, noch nicht. Ich würde ihn aber gern machen. Ist das in der Ausbildung bei Ihnen möglich?
iv-warehouse-forklift-a1-why = Ehrlich und interessiert, mit einer passenden Frage. Noch besser wäre es, zu wissen, dass die Firma den Schein anbietet.
iv-warehouse-forklift-a2 = In meinem Heimatland bin ich Stapler gefahren, aber einen deutschen Schein habe ich nicht. Die Schulung mache ich gern hier.
iv-warehouse-forklift-a2-why = Gut: Du hast Erfahrung und weißt, dass du in Deutschland eine Schulung und einen Fahrauftrag vom Betrieb brauchst.
iv-warehouse-forklift-a3 = Nein, aber ich kann das. Mein Cousin hat es mir auf dem Hof gezeigt.
iv-warehouse-forklift-a3-why = Ohne Ausbildung Stapler zu fahren ist in Deutschland verboten und gefährlich. Der Arbeitgeber hört: Diese Person nimmt Sicherheit nicht ernst.
iv-warehouse-forklift-a4 = Nein. Ich habe gelesen, dass Ihre Azubis ihn im Betrieb machen – darauf freue ich mich.
iv-warehouse-forklift-a4-why = Sehr gut: Du kennst ein Angebot der Firma und zeigst Vorfreude. Das ist Vorbereitung, die auffällt.

iv-warehouse-teamwork = Im Lager arbeiten Sie viel im Team. Erzählen Sie von einer Situation, in der Sie gut mit anderen zusammengearbeitet haben.
iv-warehouse-teamwork-simple = Wann haben Sie mit anderen zusammen gearbeitet? Erzählen Sie.
iv-warehouse-teamwork-a1 = Im Praktikum kam eine große Lieferung. Wir haben die Arbeit aufgeteilt: Ich habe ausgepackt und geprüft, ein Kollege hat eingeräumt. So waren wir vor der Ladenöffnung fertig.
iv-warehouse-teamwork-a1-why = Eine konkrete Situation aus der Arbeit, mit Aufgabenteilung und Ergebnis. Genau so funktioniert Teamarbeit im Lager.
iv-warehouse-teamwork-a2 = Ich arbeite lieber allein, da bin ich schneller. Aber im Team geht es natürlich auch.
iv-warehouse-teamwork-a2-why = Ehrlich, aber das Gegenteil von dem, was gefragt ist. Im Lager hängt deine Arbeit von anderen ab – zeig ein Beispiel, wo du im Team gut warst.
iv-warehouse-teamwork-a3 = Ich spiele seit zwei Jahren im Fußballverein. Wir kommen aus sechs Ländern, und auf dem Platz sprechen wir alle Deutsch und helfen uns gegenseitig.
iv-warehouse-teamwork-a3-why = Ein gutes Beispiel aus der Freizeit, das Zusammenhalt und Deutsch zeigt. Sag noch dazu, was du davon in den Job mitnimmst.

iv-warehouse-pay = Kommen wir zur Ausbildungsvergütung. Haben Sie sich darüber schon informiert?
iv-warehouse-pay-simple = Haben Sie gelesen, wie viel Geld man in der Ausbildung bekommt?
iv-warehouse-pay-a1 = Ja. Gesetzlich sind es im ersten Jahr mindestens 724 Euro im Monat. Auf Ihrer Website steht, dass Sie 1.050 Euro zahlen. Das finde ich gut.
iv-warehouse-pay-a1-why = Du kennst die gesetzliche Mindestvergütung und das Angebot der Firma. Das zeigt Vorbereitung, ohne fordernd zu wirken.
iv-warehouse-pay-a2 = Ich erwarte mindestens den Mindestlohn, also 13,90 Euro pro Stunde.
iv-warehouse-pay-a2-why = Der Mindestlohn gilt nicht für Auszubildende. Für eine Ausbildung gibt es die Mindestausbildungsvergütung: für einen Start 2026 im ersten Jahr mindestens 724 Euro im Monat; viele Betriebe zahlen mehr.
iv-warehouse-pay-a3 = Geld ist mir nicht wichtig.
iv-warehouse-pay-a3-why = Das glaubt dir niemand, und es ist auch nicht nötig. Es ist normal und in Ordnung, sich über die Vergütung zu informieren.
iv-warehouse-pay-a4 = Noch nicht genau. Können Sie mir sagen, wie hoch die Vergütung im ersten und im zweiten Jahr ist?
iv-warehouse-pay-a4-why = Nachfragen ist in Ordnung und höflich. Besser ist, vorher auf der Website oder bei der Kammer nachzusehen – dann fragst du gezielter.

iv-warehouse-own-questions = Haben Sie noch Fragen an uns?
iv-warehouse-own-questions-friendly = So, jetzt sind Sie dran: Was möchten Sie von uns wissen?
iv-warehouse-own-questions-strict = Haben Sie noch Fragen? Wir haben noch fünf Minuten.
iv-warehouse-own-questions-simple = Möchten Sie uns etwas fragen?
iv-warehouse-own-questions-a1 = Ja: Wie läuft die Einarbeitung in den ersten Wochen, und habe ich eine feste Ansprechperson?
iv-warehouse-own-questions-a1-why = Eine sehr gute Frage: Sie zeigt, dass du dir schon vorstellst, hier zu arbeiten, und gut lernen willst.
iv-warehouse-own-questions-a2 = Nein, alles klar.
iv-warehouse-own-questions-a2-why = Keine Fragen wirken wie kein Interesse. Bereite zwei, drei Fragen vor, zum Beispiel zur Einarbeitung oder zur Berufsschule.
iv-warehouse-own-questions-a3 = Wie viele Urlaubstage habe ich, und wann kann ich frei nehmen?
iv-warehouse-own-questions-a3-why = Eine erlaubte Frage, aber als einzige Frage hört der Arbeitgeber: Freizeit ist wichtiger als Arbeit. Frag zuerst nach der Arbeit selbst.
iv-warehouse-own-questions-a4 = Wie lange ist die Probezeit, und wie viele Azubis übernehmen Sie nach der Ausbildung?
iv-warehouse-own-questions-a4-why = Gute Fragen, die zeigen, dass du langfristig planst. In einer Ausbildung dauert die Probezeit ein bis vier Monate.

iv-warehouse-manners = Noch eine Rückmeldung, bevor Sie gehen: Achten Sie auf einen höflichen Ton. Im Betrieb ist Respekt gegenüber Schichtleitung und Kollegen sehr wichtig.
iv-warehouse-manners-friendly = Noch ein kleiner Tipp von mir: Ein freundlicher Ton macht viel aus. Ein „bitte“ und „danke“ und ein Anruf, wenn etwas nicht klappt – das kommt bei jedem Team gut an.

iv-warehouse-goodbye = Vielen Dank für das Gespräch. Wir melden uns bis Ende nächster Woche bei Ihnen. Kommen Sie gut nach Hause!
iv-warehouse-goodbye-friendly = Vielen Dank, das Gespräch hat mich gefreut! Sie hören bis Ende nächster Woche von uns. Alles Gute und einen schönen Tag noch!
iv-warehouse-goodbye-strict = Danke. Sie bekommen bis Ende nächster Woche eine Rückmeldung. Auf Wiedersehen.
