# Interview: Ausbildung Koch/Köchin im Landhotel Lindenhof (Struktur: assets/dialogue/interview/kitchen.ron)

iv-kitchen-title = Ausbildung Koch/Köchin – Landhotel Lindenhof
iv-kitchen-brief = Das Landhotel Lindenhof in Altenbach ist seit 1978 ein Familienbetrieb mit 40 Zimmern und dem Restaurant „Lindenstube“. Die Küche kocht regional und saisonal, mit Gemüse von Höfen aus der Umgebung und Kräutern aus dem eigenen Garten; am Wochenende gibt es oft Hochzeiten und Feiern. Im Küchenteam arbeiten zwölf Leute, jedes Jahr beginnen zwei Auszubildende ihre dreijährige Ausbildung zum Koch oder zur Köchin. Im ersten Ausbildungsjahr zahlt der Lindenhof nach Tarif 1.050 Euro im Monat.

iv-kitchen-welcome = Guten Tag, kommen Sie herein. Ich leite hier im Lindenhof die Küche. Wir haben etwa dreißig Minuten, am Ende ist Zeit für Ihre Fragen.
iv-kitchen-welcome-friendly = Hallo und herzlich willkommen im Lindenhof! Schön, dass Sie da sind. Setzen Sie sich, möchten Sie ein Glas Wasser? Ich leite hier die Küche – keine Sorge, wir unterhalten uns einfach ein bisschen.
iv-kitchen-welcome-strict = Guten Tag. Sie sind pünktlich, gut. Ich leite die Küche, und um elf beginnt das Mittagsgeschäft. Fangen wir also gleich an.
iv-kitchen-welcome-simple = Guten Tag. Ich leite die Küche. Das Gespräch dauert etwa 30 Minuten. Am Ende können Sie Fragen stellen.

iv-kitchen-intro = Erzählen Sie mir bitte kurz etwas über sich. Warum möchten Sie Koch oder Köchin werden?
iv-kitchen-intro-friendly = Erzählen Sie doch mal: Wer sind Sie, und wie sind Sie aufs Kochen gekommen?
iv-kitchen-intro-strict = Warum ausgerechnet Koch oder Köchin? Das ist ein harter Beruf. Überzeugen Sie mich.
iv-kitchen-intro-simple = Erzählen Sie kurz etwas über sich. Warum möchten Sie Koch oder Köchin werden?
iv-kitchen-intro-a1 = Ich bin 19 und seit zwei Jahren in Deutschland. Kochen ist für mich ein Stück Heimat: Zu Hause habe ich oft für die ganze Familie gekocht.
iv-kitchen-intro-a1-why = Persönlich und ehrlich – das kommt gut an. Noch stärker wird es, wenn du zeigst, dass du auch die Arbeit in einer Profiküche kennst.
iv-kitchen-intro-a2 = Ich esse gern, und Kochen ist ja einfach.
iv-kitchen-intro-a2-why = „Kochen ist einfach“ klingt, als wüsstest du nicht, wie hart die Arbeit in einer Profiküche ist. Sag lieber, was dich an dem Beruf wirklich reizt.
iv-kitchen-intro-a3 = Ich brauche eine Ausbildung, und die Berufsberatung hat mir diesen Beruf vorgeschlagen.
iv-kitchen-intro-a3-why = Ehrlich, aber es klingt, als hätten andere für dich entschieden. Sag dazu, was dir selbst an dem Beruf gefällt.
iv-kitchen-intro-a4 = Ich koche gern für andere Menschen. Ich habe zwei Wochen Praktikum in einer Hotelküche gemacht, und sogar die Hektik hat mir Spaß gemacht.
iv-kitchen-intro-a4-why = Ein Praktikum zeigt, dass du den Alltag in einer Küche schon kennst. Für einen Küchenchef ist das ein starkes Argument.

iv-kitchen-why-company = Warum haben Sie sich gerade bei uns im Lindenhof beworben?
iv-kitchen-why-company-strict = Es gibt viele Restaurants in der Gegend. Warum also ausgerechnet der Lindenhof?
iv-kitchen-why-company-simple = Warum möchten Sie bei uns lernen, im Lindenhof?
iv-kitchen-why-company-a1 = Sie kochen regional und saisonal, mit Gemüse von Höfen aus der Gegend und Kräutern aus dem eigenen Garten. Genau so möchte ich kochen lernen – mit frischen Produkten.
iv-kitchen-why-company-a1-why = Du zeigst, dass du dich über den Betrieb informiert hast, und verbindest es mit deinem Ziel. Genau das will ein Arbeitgeber hören.
iv-kitchen-why-company-a2 = Bei Ihnen gibt es oft Hochzeiten und Feiern. Da lerne ich auch, für viele Gäste gleichzeitig zu kochen.
iv-kitchen-why-company-a2-why = Gut: Du kennst einen echten Fakt über den Betrieb und sagst, was du dort lernen willst.
iv-kitchen-why-company-a3 = Ich habe mich bei vielen Restaurants beworben, und Sie haben als Erste geantwortet.
iv-kitchen-why-company-a3-why = Ehrlich, aber der Arbeitgeber hört: „Es ist mir egal, wo ich arbeite.“ Nenn lieber etwas, das dir am Lindenhof gefällt.
iv-kitchen-why-company-a4 = Der Lindenhof ist nicht weit von meiner Wohnung.
iv-kitchen-why-company-a4-why = Ein kurzer Weg ist bei Spätdiensten ein echter Vorteil – aber als einziger Grund ist es zu wenig. Über den Betrieb selbst sagt es nichts.

iv-kitchen-why-company-probe = Das ist mir zu wenig. Was wissen Sie denn über unser Haus?
iv-kitchen-why-company-probe-simple = Das ist zu wenig. Was wissen Sie über unser Hotel?
iv-kitchen-why-company-probe-a1 = Ehrlich gesagt nicht viel. Ich habe nur die Anzeige gelesen.
iv-kitchen-why-company-probe-a1-why = Ehrlich ist besser als erfunden, aber es zeigt: Du hast dich nicht vorbereitet. Lies vor jedem Gespräch die Website des Betriebs.
iv-kitchen-why-company-probe-a2 = Sie sind seit 1978 ein Familienbetrieb mit 40 Zimmern und dem Restaurant „Lindenstube“. Auf Ihrer Website habe ich gelesen, dass Sie regionale Küche machen.
iv-kitchen-why-company-probe-a2-why = Damit rettest du die Situation: Konkrete Fakten zeigen, dass du dich vorbereitet hast.
iv-kitchen-why-company-probe-a3 = Sie sind ein großes Hotel mit internationaler Küche, oder?
iv-kitchen-why-company-probe-a3-why = Raten ist gefährlich: Der Lindenhof ist ein Familienbetrieb mit regionaler Küche. Falsche Fakten wirken schlechter als gar keine.

iv-kitchen-strengths = Was sind Ihre Stärken? Was bringen Sie in unsere Küche mit?
iv-kitchen-strengths-simple = Was können Sie gut? Was bringen Sie in unsere Küche mit?
iv-kitchen-strengths-a1 = Ich arbeite schnell und sauber. Im Praktikum habe ich jeden Tag Gemüse für 200 Essen geschnitten, und mein Platz war am Ende immer aufgeräumt.
iv-kitchen-strengths-a1-why = Eine Stärke mit Beispiel ist glaubwürdig. Schnell und sauber – genau das braucht eine Küche.
iv-kitchen-strengths-a2 = Ich bin perfekt. Ich kann schon alles.
iv-kitchen-strengths-a2-why = Niemand ist perfekt. Das klingt überheblich und so, als wolltest du nichts mehr lernen – schlecht für eine Ausbildung.
iv-kitchen-strengths-a3 = Ich bin teamfähig, belastbar und flexibel.
iv-kitchen-strengths-a3-why = Die Wörter sind richtig, aber fast jeder sagt sie. Ohne ein Beispiel glaubt man sie dir kaum.
iv-kitchen-strengths-a4 = Ich spreche drei Sprachen und komme mit Menschen aus vielen Ländern gut klar.
iv-kitchen-strengths-a4-why = Gut: In vielen Küchen in Deutschland arbeiten Menschen aus aller Welt. Deine Sprachen und deine Offenheit sind dort ein echtes Plus.

iv-kitchen-weakness = Und was sind Ihre Schwächen?
iv-kitchen-weakness-simple = Was können Sie noch nicht so gut?
iv-kitchen-weakness-a1 = Ich habe keine Schwächen.
iv-kitchen-weakness-a1-why = Das glaubt dir niemand. Der Arbeitgeber hört: Diese Person sieht ihre eigenen Fehler nicht.
iv-kitchen-weakness-a2 = Manchmal bin ich ungeduldig und will, dass alles sofort fertig ist. Ich lerne gerade, erst zu planen und dann loszulegen.
iv-kitchen-weakness-a2-why = Eine echte Schwäche und ein Plan dagegen: Das zeigt, dass du dich kennst und an dir arbeitest.
iv-kitchen-weakness-a3 = Mein Deutsch ist noch nicht perfekt, vor allem die Fachwörter. Deshalb schreibe ich mir neue Wörter auf und lerne sie abends.
iv-kitchen-weakness-a3-why = Ehrlich und mit Lösung. Der Arbeitgeber sieht: Du kennst die Lücke und tust etwas dagegen.
iv-kitchen-weakness-a4 = Ich bin morgens oft müde.
iv-kitchen-weakness-a4-why = Das klingt nach Unzuverlässigkeit – und ohne Lösung bleibt nur der schlechte Eindruck.

iv-kitchen-gap = In Ihrem Lebenslauf sehe ich eine Lücke: Von Herbst 2024 bis Sommer 2025 steht da nichts. Was haben Sie in der Zeit gemacht?
iv-kitchen-gap-strict = Zwischen Herbst 2024 und Sommer 2025 ist Ihr Lebenslauf leer. Erklären Sie mir das.
iv-kitchen-gap-simple = In Ihrem Lebenslauf fehlt eine Zeit: Herbst 2024 bis Sommer 2025. Was haben Sie da gemacht?
iv-kitchen-gap-a1 = Ich habe einen Integrationskurs besucht und den Deutsch-Test für Zuwanderer mit B1 bestanden. Das schreibe ich noch in meinen Lebenslauf.
iv-kitchen-gap-a1-why = Ein Deutschkurs ist keine Lücke, sondern Lernen. Schreib solche Zeiten immer in den Lebenslauf.
iv-kitchen-gap-a2 = Nichts. Ich war zu Hause.
iv-kitchen-gap-a2-why = Das klingt, als hättest du die Zeit verschwendet. Oft hast du mehr gemacht, als du denkst – Deutsch gelernt, der Familie geholfen, auf Papiere gewartet. Sag es.
iv-kitchen-gap-a3 = Ich durfte noch nicht arbeiten, weil mein Aufenthalt nicht geklärt war. In der Zeit habe ich ehrenamtlich in der Küche einer Unterkunft mitgekocht.
iv-kitchen-gap-a3-why = Du erklärst den Grund sachlich und zeigst, dass du die Zeit genutzt hast – sogar in einer Küche.
iv-kitchen-gap-a4 = Das ist privat.
iv-kitchen-gap-a4-why = Du musst nicht alles erzählen, aber so wirkt es abweisend. Besser: „Ich hatte eine familiäre Situation, die jetzt geklärt ist.“

iv-kitchen-gap-probe = Ein ganzes Jahr nichts? Das müssen Sie mir genauer erklären.
iv-kitchen-gap-probe-simple = Ein ganzes Jahr ohne Arbeit und ohne Schule? Bitte erklären Sie das genauer.
iv-kitchen-gap-probe-a1 = Entschuldigung, das war ungenau. Ich habe in der Zeit mit Apps und im Sprachcafé Deutsch gelernt und meinen jüngeren Geschwistern bei den Hausaufgaben geholfen.
iv-kitchen-gap-probe-a1-why = Gut korrigiert: Du bleibst ruhig und nennst, was du wirklich gemacht hast.
iv-kitchen-gap-probe-a2 = Warum ist das so wichtig? Jetzt bin ich ja hier.
iv-kitchen-gap-probe-a2-why = Eine Gegenfrage wirkt frech. Der Arbeitgeber will wissen, ob du zuverlässig bist – hilf ihm dabei.
iv-kitchen-gap-probe-a3 = Ich hatte eine schwere Zeit. Jetzt geht es mir gut, und ich bin bereit für die Ausbildung.
iv-kitchen-gap-probe-a3-why = Ehrlich, und das reicht als Antwort. Details zu Gesundheit oder Familie musst du nicht erzählen.

iv-kitchen-certificates = Sie haben die Schule in Ihrem Herkunftsland abgeschlossen. Haben Sie Ihr Zeugnis in Deutschland anerkennen lassen?
iv-kitchen-certificates-simple = Sie haben ein Schulzeugnis aus Ihrem Land. Ist es in Deutschland anerkannt?
iv-kitchen-certificates-a1 = Ja. Die Zeugnisanerkennungsstelle hat es als mittleren Schulabschluss anerkannt. Den Bescheid habe ich dabei.
iv-kitchen-certificates-a1-why = Sehr gut: ein anerkannter Abschluss und das Dokument dabei. Das zeigt, dass du gut organisiert bist.
iv-kitchen-certificates-a2 = Ich habe den Antrag gestellt, aber die Antwort dauert noch. Die Eingangsbestätigung kann ich Ihnen zeigen.
iv-kitchen-certificates-a2-why = Auch gut: Der Arbeitgeber sieht, dass du dich kümmerst. Die Bestätigung ist ein guter Beweis.
iv-kitchen-certificates-a3 = Nein. Was bedeutet „anerkennen“?
iv-kitchen-certificates-a3-why = Nachfragen ist besser als raten. Aber informier dich vor dem Gespräch, wie die Anerkennung funktioniert.
iv-kitchen-certificates-a4 = Mein Zeugnis habe ich nicht dabei, aber ich war sehr gut in der Schule.
iv-kitchen-certificates-a4-why = Ohne Dokument ist das nur eine Behauptung. Bring deine Zeugnisse mit Übersetzung immer mit.

iv-kitchen-certificates-help = Das erkläre ich Ihnen kurz. Ausländische Schulzeugnisse prüft die Zeugnisanerkennungsstelle Ihres Bundeslandes. Für die Ausbildung zum Koch ist kein bestimmter Abschluss vorgeschrieben, aber ein anerkanntes Zeugnis hilft Ihnen bei Bewerbungen. Für einen ausländischen Berufsabschluss ist die zuständige Kammer da, bei Köchen die IHK – Infos finden Sie auf „Anerkennung in Deutschland“.
iv-kitchen-certificates-help-simple = Ihr Schulzeugnis prüft eine Stelle in Ihrem Bundesland. Für die Ausbildung brauchen Sie keinen bestimmten Abschluss. Aber ein anerkanntes Zeugnis hilft.

iv-kitchen-german = Wie gut ist Ihr Deutsch? In der Küche muss es schnell gehen, und in der Berufsschule lernen Sie viel Theorie.
iv-kitchen-german-simple = Wie gut sprechen Sie Deutsch? In der Küche geht alles schnell. In der Berufsschule gibt es viel Theorie.
iv-kitchen-german-a1 = Ich habe B1, das Zertifikat habe ich dabei. Im Moment mache ich abends einen B2-Kurs.
iv-kitchen-german-a1-why = Ein klares Niveau, ein Nachweis und ein Plan: So kann der Arbeitgeber dich gut einschätzen.
iv-kitchen-german-a2 = Gut. Sie verstehen mich ja.
iv-kitchen-german-a2-why = Zu ungenau. Nenn dein Niveau (A2, B1 …) und was du gerade tust, um besser zu werden.
iv-kitchen-german-a3 = Ich habe A2. Im Alltag verstehe ich viel, aber Fachwörter sind schwer. Während der Ausbildung würde ich gern Nachhilfe nutzen.
iv-kitchen-german-a3-why = Ehrlich und mit Lösung. Es gibt Hilfe, zum Beispiel die Assistierte Ausbildung (AsA flex) der Agentur für Arbeit – gut, dass du daran denkst.
iv-kitchen-german-a4 = Ich spreche nicht so gut, aber in der Küche muss man ja nicht viel reden.
iv-kitchen-german-a4-why = Falsch gedacht: In der Küche redet man ständig – Bestellungen, Allergien, Absprachen. Das macht einem Küchenchef Sorgen.

iv-kitchen-german-school = In der Berufsschule schreiben Sie Arbeiten über Warenkunde, Rechnen und Hygiene – alles auf Deutsch. Wie bereiten Sie sich darauf vor?
iv-kitchen-german-school-simple = In der Berufsschule gibt es Tests auf Deutsch. Wie lernen Sie dafür?
iv-kitchen-german-school-a1 = Ich lerne die Fachwörter mit Karteikarten, und ich beantrage Nachhilfe, zum Beispiel über die Assistierte Ausbildung.
iv-kitchen-german-school-a1-why = Du kennst ein echtes Förderangebot und hast eine Lernmethode. Das überzeugt.
iv-kitchen-german-school-a2 = Ich übersetze einfach alles mit dem Handy.
iv-kitchen-german-school-a2-why = Das Handy hilft beim Lernen, aber nicht in der Prüfung. Der Arbeitgeber fragt sich, ob du die Fachsprache wirklich lernen willst.
iv-kitchen-german-school-a3 = Ich lerne mit anderen aus meiner Klasse zusammen und frage im Betrieb nach, wenn ich etwas nicht verstehe.
iv-kitchen-german-school-a3-why = Gut: Zusammen lernen und im Betrieb fragen – genau so schaffen es viele Azubis.

iv-kitchen-hygiene = Hygiene ist in der Küche das Wichtigste. Was gehört für Sie dazu?
iv-kitchen-hygiene-strict = Bei Hygiene gibt es in meiner Küche null Toleranz. Sagen Sie mir, worauf Sie achten.
iv-kitchen-hygiene-simple = Sauberkeit ist in der Küche sehr wichtig. Worauf achten Sie?
iv-kitchen-hygiene-a1 = Ich wasche mir oft die Hände, binde die Haare zusammen und trage eine Kopfbedeckung, keinen Schmuck. Rohes Fleisch halte ich von anderen Lebensmitteln getrennt.
iv-kitchen-hygiene-a1-why = Konkret und fachlich richtig. Wer diese Regeln kennt, zeigt, dass er sich auf den Beruf vorbereitet hat.
iv-kitchen-hygiene-a2 = Ich bin ein sauberer Mensch, zu Hause putze ich auch viel.
iv-kitchen-hygiene-a2-why = Gut gemeint, aber Küchenhygiene ist mehr als Putzen: Hände, Kleidung, Temperaturen, getrennte Bretter. Nenn konkrete Regeln.
iv-kitchen-hygiene-a3 = Hände waschen, saubere Kleidung – und wenn ich Durchfall oder Fieber habe, sage ich es sofort und arbeite nicht mit Lebensmitteln.
iv-kitchen-hygiene-a3-why = Sehr gut: Wer krank ist, darf Gäste nicht anstecken. Dass du das von selbst sagst, zeigt Verantwortung.
iv-kitchen-hygiene-a4 = Das zeigen Sie mir dann ja in der Ausbildung.
iv-kitchen-hygiene-a4-why = In der Ausbildung lernst du viel, aber ein paar Grundregeln solltest du schon kennen. Sonst wirkt es, als hättest du dich nicht vorbereitet.

iv-kitchen-belehrung = Bevor Sie bei uns mit Lebensmitteln arbeiten dürfen, brauchen Sie die Belehrung nach Paragraf 43 Infektionsschutzgesetz. Wissen Sie, was das ist?
iv-kitchen-belehrung-simple = Vor dem ersten Arbeitstag brauchen Sie eine Belehrung vom Gesundheitsamt. Kennen Sie das?
iv-kitchen-belehrung-a1 = Ja, die Belehrung beim Gesundheitsamt – früher hieß das Gesundheitszeugnis. Ich mache kurz vor dem Start einen Termin, denn die Bescheinigung darf dann nicht älter als drei Monate sein.
iv-kitchen-belehrung-a1-why = Perfekt: Du kennst die Regel und sogar die Frist. Der Arbeitgeber sieht, dass er sich auf dich verlassen kann.
iv-kitchen-belehrung-a2 = Nein, aber ich kümmere mich darum. Wo bekomme ich sie?
iv-kitchen-belehrung-a2-why = Gute Reaktion: Du fragst nach und zeigst, dass du es erledigst. Die Antwort: beim Gesundheitsamt, oft auch online, meist gegen eine Gebühr.
iv-kitchen-belehrung-a3 = Brauche ich das wirklich? Ich bin doch gesund.
iv-kitchen-belehrung-a3-why = Ja, ohne diese Bescheinigung darfst du nicht in der Küche arbeiten – das ist Gesetz. Sie schützt die Gäste vor Krankheiten.
iv-kitchen-belehrung-a4 = Ist das eine Untersuchung beim Arzt, mit Blutabnahme?
iv-kitchen-belehrung-a4-why = Gut, dass du fragst, aber nein: Es ist eine kurze Schulung über Hygiene und Krankheiten, keine Untersuchung. Danach unterschreibst du eine Erklärung.

iv-kitchen-allergens = Ein Gast fragt über den Service, ob in unserer Bärlauchsoße Nüsse sind. Sie wissen es nicht genau. Was machen Sie?
iv-kitchen-allergens-simple = Ein Gast fragt: Sind Nüsse in der Soße? Sie wissen es nicht. Was tun Sie?
iv-kitchen-allergens-a1 = Ich sage: „Wahrscheinlich nicht.“ Der Gast soll ja nicht warten.
iv-kitchen-allergens-a1-why = Gefährlich: Bei einer Allergie kann schon eine kleine Menge lebensbedrohlich sein. Raten ist in der Küche nie erlaubt.
iv-kitchen-allergens-a2 = Ich schaue in die Allergenliste oder ins Rezept und frage den Koch, der die Soße gemacht hat. Erst dann bekommt der Service eine sichere Antwort.
iv-kitchen-allergens-a2-why = Genau richtig: nur sichere Informationen weitergeben. Restaurants müssen für ihre Gerichte die 14 Hauptallergene angeben können.
iv-kitchen-allergens-a3 = Ich sage dem Service, der Gast soll lieber etwas anderes bestellen.
iv-kitchen-allergens-a3-why = Vorsichtig ist gut, aber der Gast bekommt keine Antwort. Besser: nachsehen und sicher Auskunft geben.
iv-kitchen-allergens-a4 = Ich frage sofort den Küchenchef.
iv-kitchen-allergens-a4-why = Gut – lieber fragen als raten. Noch besser: Du kennst auch die Allergenliste und kannst selbst nachsehen.

iv-kitchen-allergens-hard = Und wie sorgen Sie dafür, dass in das Gericht für einen Allergiker keine Spuren von Nüssen kommen?
iv-kitchen-allergens-hard-simple = Wie passen Sie auf, dass keine Nüsse in das Essen für den Allergiker kommen?
iv-kitchen-allergens-hard-a1 = Ich wasche mir die Hände, nehme ein sauberes Brett und sauberes Werkzeug und bereite das Gericht getrennt zu. Dann sage ich dem Service genau, welcher Teller es ist.
iv-kitchen-allergens-hard-a1-why = Sehr gut: Du denkst an Hände und Werkzeug und an die klare Absprache mit dem Service.
iv-kitchen-allergens-hard-a2 = Ich nehme die Nüsse einfach wieder heraus.
iv-kitchen-allergens-hard-a2-why = Das reicht nicht: Schon kleine Reste können eine schwere Reaktion auslösen. Das Gericht muss neu und getrennt zubereitet werden.
iv-kitchen-allergens-hard-a3 = Ich passe einfach gut auf.
iv-kitchen-allergens-hard-a3-why = Zu allgemein. Der Küchenchef will hören, wie genau: saubere Hände, Bretter, Messer und eine eigene Zubereitung.

iv-kitchen-stress = Samstagabend: eine Hochzeit mit 120 Gästen, und gleichzeitig ist das Restaurant voll. Wie gehen Sie mit so viel Stress um?
iv-kitchen-stress-friendly = Am Wochenende ist bei uns richtig was los, zum Beispiel bei einer Hochzeit mit 120 Gästen. Wie geht es Ihnen mit so viel Trubel?
iv-kitchen-stress-strict = Samstag, 120 Hochzeitsgäste, das Restaurant voll, ein Koch krank. Da wird es laut und eng. Halten Sie das aus?
iv-kitchen-stress-simple = Am Samstag kommen sehr viele Gäste auf einmal. Wie gehen Sie mit Stress um?
iv-kitchen-stress-a1 = Ich bereite vorher alles gut vor, meine Mise en place. Dann arbeite ich eins nach dem anderen und bleibe ruhig. Im Praktikum hat das gut geklappt.
iv-kitchen-stress-a1-why = Mise en place ist genau das Wort, das ein Koch hören will: Gute Vorbereitung ist das beste Mittel gegen Stress.
iv-kitchen-stress-a2 = Stress ist für mich kein Problem. Ich werde nie nervös.
iv-kitchen-stress-a2-why = Das klingt nicht glaubwürdig. Jeder kennt Stress – wichtiger ist, wie du damit umgehst.
iv-kitchen-stress-a3 = Ehrlich gesagt werde ich dann nervös. Aber ich frage lieber nach, bevor ich einen Fehler mache.
iv-kitchen-stress-a3-why = Ehrlich und vernünftig. Noch besser: Sag auch, was du konkret tust, um ruhig zu bleiben.
iv-kitchen-stress-a4 = Wenn es zu viel wird, gehe ich kurz raus und mache Pause.
iv-kitchen-stress-a4-why = Mitten im Service kann niemand einfach rausgehen – das Team verlässt sich auf jeden. Pausen gibt es vorher und nachher.

iv-kitchen-teamwork = In unserer Küche arbeiten zwölf Leute. Im Service gibt der Küchenchef Anweisungen kurz und laut. Wie gehen Sie damit um?
iv-kitchen-teamwork-strict = In meiner Küche gibt es eine klare Rangordnung. Wenn ich etwas sage, passiert es sofort. Kommen Sie damit klar?
iv-kitchen-teamwork-simple = In der Küche arbeiten viele Leute. Der Chef sagt kurz und laut, was zu tun ist. Ist das okay für Sie?
iv-kitchen-teamwork-a1 = Ich antworte laut „Ja, Chef!“, damit man weiß, dass ich es gehört habe, und mache es sofort. Wenn ich etwas nicht verstehe, frage ich kurz nach.
iv-kitchen-teamwork-a1-why = Genau so funktioniert eine Küchenbrigade: hören, laut bestätigen, machen – und bei Unklarheit sofort fragen.
iv-kitchen-teamwork-a2 = Ich mag es nicht, wenn man mich anschreit.
iv-kitchen-teamwork-a2-why = Verständlich, aber ein lauter Ton im Service ist meist kein Angriff, sondern Tempo. Der Arbeitgeber fragt sich, ob du in die Küche passt.
iv-kitchen-teamwork-a3 = Ich mache meine Arbeit so, wie ich es für richtig halte.
iv-kitchen-teamwork-a3-why = In einer Brigade muss alles abgestimmt sein. Wer eigene Wege geht, bringt den ganzen Ablauf durcheinander.
iv-kitchen-teamwork-a4 = Ich mache, was Sie sagen, und frage erst später nach, wenn es ruhiger ist.
iv-kitchen-teamwork-a4-why = Respektvoll, aber riskant: Wenn du etwas nicht verstanden hast, frag sofort kurz nach – sonst geht ein Teller falsch raus.

iv-kitchen-teamwork-probe = Das verstehe ich. Aber wenn es bei uns laut wird, ist das nicht persönlich gemeint. Wie reagieren Sie, wenn ich Sie im Service vor allen korrigiere?
iv-kitchen-teamwork-probe-strict = Im Service wird es laut, das ist so. Wenn ich Sie vor allen korrigiere – was machen Sie dann?
iv-kitchen-teamwork-probe-simple = Laut heißt nicht böse. Was machen Sie, wenn ich Sie vor den anderen korrigiere?
iv-kitchen-teamwork-probe-a1 = Ich sage „Ja, Chef“, korrigiere den Fehler und spreche Sie nach dem Service an, wenn mich etwas stört.
iv-kitchen-teamwork-probe-a1-why = Sehr reif: Im Service zählt der Teller, das Gespräch kommt später in Ruhe.
iv-kitchen-teamwork-probe-a2 = Dann sage ich Ihnen sofort, dass Sie so nicht mit mir reden dürfen.
iv-kitchen-teamwork-probe-a2-why = Vor allen mitten im Service zu widersprechen, bringt Unruhe ins Team. Beleidigungen musst du nicht hinnehmen – aber sprich das später unter vier Augen an.
iv-kitchen-teamwork-probe-a3 = Vielleicht wäre ich kurz traurig, aber ich mache weiter.
iv-kitchen-teamwork-probe-a3-why = Ehrlich und ausdauernd. Gut wäre noch, später zu fragen, was du besser machen kannst.

iv-kitchen-hours = Bei uns arbeiten Sie oft abends bis etwa 22 Uhr und am Wochenende. Dafür haben Sie zwei freie Tage unter der Woche. Passt das für Sie?
iv-kitchen-hours-simple = Sie arbeiten oft abends und am Wochenende. Dafür haben Sie an zwei anderen Tagen frei. Geht das?
iv-kitchen-hours-a1 = Ja, das weiß ich, in der Gastronomie ist das normal. Ich habe es auch schon mit meiner Familie besprochen.
iv-kitchen-hours-a1-why = Du kennst die Arbeitszeiten und hast vorgesorgt. Genau das beruhigt einen Küchenchef.
iv-kitchen-hours-a2 = Am Wochenende möchte ich lieber frei haben.
iv-kitchen-hours-a2-why = Am Wochenende ist in der Gastronomie am meisten los. Wer dann nicht arbeiten will, passt kaum in diesen Beruf.
iv-kitchen-hours-a3 = Grundsätzlich ja. Montagabends habe ich noch meinen Deutschkurs – wäre es möglich, da frei zu haben?
iv-kitchen-hours-a3-why = Gut: Du sagst offen, was du brauchst, und fragst höflich. Viele Betriebe planen so etwas ein, wenn man es früh sagt.
iv-kitchen-hours-a4 = Ja, klar. Ich kann auch jeden Tag zwölf Stunden arbeiten.
iv-kitchen-hours-a4-why = Motiviert, aber unrealistisch: Das Gesetz begrenzt die Arbeitszeit, und Azubis müssen auch lernen. Es wirkt, als kenntest du die Regeln nicht.

iv-kitchen-commute = Unser Haus liegt etwas außerhalb. Der letzte Bus fährt um 22:15 Uhr. Wie kommen Sie nach einem Spätdienst nach Hause?
iv-kitchen-commute-simple = Der letzte Bus fährt um 22:15 Uhr. Wie kommen Sie nach der Spätschicht nach Hause?
iv-kitchen-commute-a1 = Ich habe mir die Verbindungen schon angesehen. Ich habe ein Fahrrad mit Licht, und ich mache gerade den Führerschein für einen Roller.
iv-kitchen-commute-a1-why = Du hast vorausgedacht und eine Lösung. Ein Betrieb auf dem Land achtet sehr darauf.
iv-kitchen-commute-a2 = Das weiß ich noch nicht. Gibt es Kollegen, die in meine Richtung fahren?
iv-kitchen-commute-a2-why = Gute Frage – Fahrgemeinschaften sind auf dem Land normal. Besser wäre aber, den Weg schon vorher geprüft zu haben.
iv-kitchen-commute-a3 = Dann gehe ich eben früher.
iv-kitchen-commute-a3-why = Der Service endet nicht, wenn der Bus fährt. Der Arbeitgeber hört: Diese Person lässt das Team im Stich.

iv-kitchen-pay = Zur Vergütung: Wissen Sie, was man bei uns in der Ausbildung verdient?
iv-kitchen-pay-simple = Wissen Sie, wie viel Geld man bei uns in der Ausbildung bekommt?
iv-kitchen-pay-a1 = Ja, ich habe gelesen, dass Sie nach Tarif zahlen, im ersten Jahr 1.050 Euro im Monat. Das ist deutlich mehr als das gesetzliche Minimum.
iv-kitchen-pay-a1-why = Top vorbereitet: Du kennst den Betrieb und die Regeln. Für Ausbildungen, die 2026 beginnen, schreibt das Gesetz im ersten Jahr mindestens 724 Euro im Monat vor.
iv-kitchen-pay-a2 = Ich möchte mindestens 2.000 Euro, sonst lohnt es sich nicht.
iv-kitchen-pay-a2-why = Das ist viel mehr, als Azubis bekommen. Der Arbeitgeber hört: Du kennst die Ausbildung nicht – und suchst eigentlich einen Job (dort gilt der Mindestlohn von 13,90 Euro pro Stunde).
iv-kitchen-pay-a3 = Nicht genau. Können Sie mir sagen, wie viel es im ersten Jahr ist?
iv-kitchen-pay-a3-why = Nachfragen ist in Ordnung. Besser wirkt es, wenn du schon eine Zahl kennst – sie steht oft in der Anzeige oder im Tarifvertrag.
iv-kitchen-pay-a4 = Geld ist mir egal, ich will nur kochen.
iv-kitchen-pay-a4-why = Motiviert, aber nicht glaubwürdig – jeder muss Miete zahlen. Es ist normal, sich über die Vergütung zu informieren.

iv-kitchen-probation = Die Probezeit dauert bei uns vier Monate. Was bedeutet das für Sie?
iv-kitchen-probation-simple = Die ersten vier Monate sind Probezeit. Was heißt das?
iv-kitchen-probation-a1 = In der Probezeit können beide Seiten den Ausbildungsvertrag ohne Grund und ohne Frist kündigen. Ich will in der Zeit zeigen, dass ich zuverlässig bin.
iv-kitchen-probation-a1-why = Richtig: In der Ausbildung dauert die Probezeit ein bis vier Monate, und beide Seiten können sofort schriftlich kündigen. Gut, dass du das weißt.
iv-kitchen-probation-a2 = Dass ich in der Zeit weniger Geld bekomme?
iv-kitchen-probation-a2-why = Nein, die Vergütung ist in der Probezeit gleich. Probezeit heißt: Beide Seiten können den Vertrag leicht beenden.
iv-kitchen-probation-a3 = Dass Sie mich in der Zeit kennenlernen und testen. Ich gebe mein Bestes.
iv-kitchen-probation-a3-why = Im Kern richtig und motiviert. Gut wäre noch zu wissen: In der Probezeit kann man ohne Frist kündigen.

iv-kitchen-punctuality = Ihr Dienst beginnt um 14 Uhr. Ihr Bus fällt aus, und Sie kommen etwa 20 Minuten zu spät. Was machen Sie?
iv-kitchen-punctuality-strict = Bei mir beginnt der Dienst pünktlich. Sie merken, dass Sie 20 Minuten zu spät kommen. Was tun Sie?
iv-kitchen-punctuality-simple = Sie fangen um 14 Uhr an. Der Bus kommt nicht. Sie sind 20 Minuten zu spät. Was machen Sie?
iv-kitchen-punctuality-a1 = Ich rufe sofort in der Küche an, noch vor 14 Uhr, sage, wann ich ungefähr da bin, und entschuldige mich.
iv-kitchen-punctuality-a1-why = Richtig: anrufen, bevor der Dienst beginnt. So kann das Team planen – das ist für einen Arbeitgeber das Wichtigste.
iv-kitchen-punctuality-a2 = Ich komme einfach etwas später und erkläre es dann.
iv-kitchen-punctuality-a2-why = Ohne Bescheid wartet das Team und weiß nicht, ob du kommst. Melde dich immer vorher.
iv-kitchen-punctuality-a3 = Ich schreibe einem Kollegen eine Nachricht, er soll es weitersagen.
iv-kitchen-punctuality-a3-why = Besser als nichts, aber unsicher: Vielleicht liest er es zu spät. Melde dich direkt bei der Küchenleitung, am besten per Anruf.
iv-kitchen-punctuality-a4 = Ich nehme immer einen Bus früher, damit das nicht passiert. Wenn es trotzdem passiert, rufe ich vor Dienstbeginn an.
iv-kitchen-punctuality-a4-why = Sehr gut: Du planst einen Puffer ein und weißt, was im Notfall zu tun ist.

iv-kitchen-own-questions = Gut, das war es von meiner Seite. Haben Sie noch Fragen an uns?
iv-kitchen-own-questions-friendly = So, jetzt sind Sie dran! Was möchten Sie über uns oder die Ausbildung wissen?
iv-kitchen-own-questions-factual = Von mir aus sind wir durch. Welche Fragen haben Sie?
iv-kitchen-own-questions-simple = Ich habe keine Fragen mehr. Haben Sie Fragen an uns?
iv-kitchen-own-questions-a1 = Nein, ich habe keine Fragen.
iv-kitchen-own-questions-a1-why = Keine Fragen wirkt wie kein Interesse. Bereite immer zwei oder drei Fragen vor.
iv-kitchen-own-questions-a2 = Ja: Welche Posten lerne ich im ersten Jahr kennen, und wer betreut mich als Ausbilder?
iv-kitchen-own-questions-a2-why = Eine starke Frage: Du interessierst dich für die Ausbildung selbst. Das zeigt echte Motivation.
iv-kitchen-own-questions-a3 = Wie viele Tage Urlaub habe ich?
iv-kitchen-own-questions-a3-why = Eine erlaubte Frage, aber als einzige wirkt sie, als ginge es dir vor allem um Freizeit. Frag zuerst nach der Arbeit.
iv-kitchen-own-questions-a4 = Darf ich vorher einen Probetag bei Ihnen machen, um die Küche und das Team kennenzulernen?
iv-kitchen-own-questions-a4-why = Probearbeiten ist in der Gastronomie üblich. Wer selbst danach fragt, zeigt Mut und echtes Interesse.

iv-kitchen-trial-day = Sehr gern. Kommen Sie am nächsten Dienstag um neun Uhr. Bringen Sie feste Schuhe mit rutschfester Sohle mit, die Kochjacke bekommen Sie von uns.
iv-kitchen-trial-day-simple = Gern. Kommen Sie am Dienstag um 9 Uhr. Bringen Sie feste Schuhe mit. Die Kochjacke bekommen Sie von uns.

iv-kitchen-tone-note = Bevor Sie gehen, noch ein offenes Wort: Einige Ihrer Antworten klangen unhöflich. In einer Küche arbeiten wir eng zusammen, da ist ein respektvoller Ton genauso wichtig wie gutes Essen.
iv-kitchen-tone-note-friendly = Darf ich Ihnen noch einen Tipp geben? Manche Antworten klangen etwas unfreundlich. In der Küche stehen wir eng zusammen – ein freundlicher Ton macht vieles leichter.
iv-kitchen-tone-note-simple = Ein Tipp: Manche Antworten waren unhöflich. In der Küche ist ein freundlicher Ton sehr wichtig.

iv-kitchen-goodbye = Vielen Dank für das Gespräch. Sie hören bis Ende nächster Woche von uns. Auf Wiedersehen!
iv-kitchen-goodbye-friendly = Vielen Dank, das war ein schönes Gespräch! Wir melden uns bis Ende nächster Woche. Kommen Sie gut nach Hause!
iv-kitchen-goodbye-strict = Danke. Sie bekommen bis Ende nächster Woche Bescheid. Auf Wiedersehen.
iv-kitchen-goodbye-simple = Danke für das Gespräch. Wir melden uns nächste Woche. Auf Wiedersehen!
