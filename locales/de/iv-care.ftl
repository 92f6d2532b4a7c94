# Interview: Pflegehilfskraft im Seniorenzentrum Lindenhof (Struktur: assets/dialogue/interview/care.ron)

iv-care-title = Pflegehilfskraft im Seniorenheim
iv-care-brief = Das Seniorenzentrum Lindenhof ist ein Pflegeheim einer gemeinnützigen Stiftung mit 110 Bewohnerinnen und Bewohnern in vier Wohnbereichen, einer davon speziell für Menschen mit Demenz. Gesucht wird eine Pflegehilfskraft im Schichtdienst; wer sich bewährt, kann danach hier die Ausbildung zur Pflegefachassistenz machen. Der Lindenhof zahlt nach Tarif, über dem Pflegemindestlohn, arbeitet neue Kolleginnen und Kollegen sechs Wochen mit einer Patin oder einem Paten ein und dokumentiert auf Tablets. Dein Gespräch führt Frau Keller, die Pflegedienstleitung.

## Begrüßung

iv-care-welcome = Guten Tag, schön, dass Sie da sind. Ich bin Frau Keller, die Pflegedienstleitung im Seniorenzentrum Lindenhof. Bitte nehmen Sie Platz.
iv-care-welcome-friendly = Hallo und herzlich willkommen im Lindenhof! Ich bin Frau Keller, die Pflegedienstleitung. Möchten Sie ein Glas Wasser? Machen Sie es sich bequem.
iv-care-welcome-strict = Guten Tag. Keller, Pflegedienstleitung. Setzen Sie sich bitte, wir haben etwa dreißig Minuten.

## Vorstellung

iv-care-intro = Erzählen Sie mir bitte kurz etwas über sich.
iv-care-intro-friendly = Erzählen Sie doch mal ein bisschen von sich – ganz entspannt.
iv-care-intro-strict = Fassen Sie Ihren bisherigen Werdegang bitte in einer Minute zusammen.
iv-care-intro-simple = Sagen Sie kurz: Wer sind Sie? Was haben Sie bisher gemacht?
iv-care-intro-a1 = Gern. Ich bin 19, lebe seit zwei Jahren in Deutschland und habe den Integrationskurs mit B1 abgeschlossen. Im Frühjahr habe ich drei Wochen Praktikum in einem Pflegeheim gemacht, und das hat mir sehr gefallen.
iv-care-intro-a1-why = Kurz, freundlich und mit einem roten Faden zur Pflege: Die Arbeitgeberin hört, dass du weißt, worauf du dich bewirbst.
iv-care-intro-a2 = Das steht doch alles in meinem Lebenslauf.
iv-care-intro-a2-why = Das klingt unhöflich und abweisend. Die Frage ist eine Chance, selbst zu zeigen, wer du bist – niemand erwartet Neues, nur ein paar freundliche Sätze.
iv-care-intro-a3 = Ich bin 19, ich habe drei Brüder, ich spiele gern Fußball und schaue gern Serien.
iv-care-intro-a3-why = Freundlich, aber nur Privates. Die Arbeitgeberin möchte hören, was du gelernt und gemacht hast und warum du in die Pflege willst.

## Warum Pflege

iv-care-why-care = Warum möchten Sie in der Altenpflege arbeiten?
iv-care-why-care-strict = Warum ausgerechnet Altenpflege? Die Arbeit ist hart, und viele hören schnell wieder auf.
iv-care-why-care-simple = Warum wollen Sie mit alten Menschen arbeiten?
iv-care-why-care-a1 = Ich arbeite gern mit Menschen. Im Praktikum habe ich gemerkt, dass mir die Zeit mit älteren Menschen Freude macht – zum Beispiel beim Erzählen oder beim Spaziergang im Garten.
iv-care-why-care-a1-why = Ein echtes Erlebnis aus dem Praktikum überzeugt mehr als jedes Schlagwort. Die Arbeitgeberin hört: Du weißt, wie der Alltag aussieht, und magst ihn.
iv-care-why-care-a2 = Ich habe zu Hause meine Großmutter gepflegt. Da habe ich gemerkt, dass ich das kann und gern mache.
iv-care-why-care-a2-why = Erfahrung aus der Familie zählt in der Pflege. Rechne damit, dass nachgefragt wird, was du dabei gelernt hast.
iv-care-why-care-a3 = In der Pflege findet man immer schnell Arbeit.
iv-care-why-care-a3-why = Das stimmt zwar, aber es klingt, als wäre dir die Arbeit selbst egal. Die Arbeitgeberin sucht Menschen, die bleiben, weil ihnen die Bewohner wichtig sind.
iv-care-why-care-a4 = Mein Berater beim Jobcenter hat gesagt, ich soll mich hier bewerben.
iv-care-why-care-a4-why = So klingt es, als wärst du gar nicht freiwillig hier. Sag lieber, was dich selbst an der Pflege interessiert.

iv-care-why-care-family = Sie haben Ihre Großmutter gepflegt. Was haben Sie dabei gelernt?
iv-care-why-care-family-simple = Sie haben Ihrer Oma geholfen. Was haben Sie dabei gelernt?
iv-care-why-care-family-a1 = Vor allem Geduld. Und dass man fragt, bevor man hilft – meine Großmutter wollte vieles noch selbst machen.
iv-care-why-care-family-a1-why = Genau das ist der Kern guter Pflege: die Selbstständigkeit der Menschen achten. Die Arbeitgeberin hört, dass du schon wie eine Pflegekraft denkst.
iv-care-why-care-family-a2 = Dass Pflege schwer ist. Manchmal war ich sehr müde.
iv-care-why-care-family-a2-why = Ehrlich, aber es fehlt das Positive. Nenn auch etwas, das du gut gemacht oder gelernt hast.
iv-care-why-care-family-a3 = Eigentlich alles. Ich kann schon alles, was man in der Pflege braucht.
iv-care-why-care-family-a3-why = Das klingt überheblich: Pflege im Heim ist etwas anderes als zu Hause. Die Arbeitgeberin möchte hören, dass du noch lernen willst.

iv-care-why-care-probe = Arbeit finden Sie auch anderswo. Was interessiert Sie wirklich an der Pflege?
iv-care-why-care-probe-a1 = Sie haben recht, das war zu kurz. Ich möchte einen Beruf, in dem ich Menschen helfe und mich weiterentwickeln kann, zum Beispiel mit der Ausbildung zur Pflegefachassistenz.
iv-care-why-care-probe-a1-why = Gut gerettet: Du gibst die schwache Antwort zu und nennst ein echtes Ziel. Das wirkt ehrlich und motiviert.
iv-care-why-care-probe-a2 = Ich weiß es nicht genau. Ich probiere es einfach mal aus.
iv-care-why-care-probe-a2-why = Die Arbeitgeberin hört: Du bist vielleicht bald wieder weg. Eine Einarbeitung kostet viel Zeit, deshalb zählt Motivation.
iv-care-why-care-probe-a3 = Das Geld ist okay, und die Arbeit ist sicher.
iv-care-why-care-probe-a3-why = Sicherheit ist ein verständlicher Grund, aber allein reicht er nicht. Sag zusätzlich, was dir an der Arbeit mit Menschen gefällt.

## Warum dieses Haus

iv-care-why-us = Warum haben Sie sich gerade bei uns im Lindenhof beworben?
iv-care-why-us-factual = Was wissen Sie über unser Haus, und warum haben Sie sich hier beworben?
iv-care-why-us-simple = Warum wollen Sie bei uns arbeiten? Was wissen Sie über uns?
iv-care-why-us-a1 = Ich habe auf Ihrer Website gelesen, dass Sie einen eigenen Wohnbereich für Menschen mit Demenz haben und neue Mitarbeitende sechs Wochen mit einer Patin einarbeiten. Das finde ich gut.
iv-care-why-us-a1-why = Du nennst zwei echte Fakten über das Haus. Die Arbeitgeberin hört, dass du dich vorbereitet hast und genau hierher willst.
iv-care-why-us-a2 = Sie sind nah an meiner Wohnung, ich kann mit dem Fahrrad kommen.
iv-care-why-us-a2-why = Ein kurzer Weg ist praktisch, besonders für den Frühdienst. Aber es zeigt nicht, dass du etwas über das Haus weißt – ergänze einen Grund, der mit dem Lindenhof selbst zu tun hat.
iv-care-why-us-a3 = Ich habe mich bei vielen Heimen beworben.
iv-care-why-us-a3-why = Das mag stimmen, aber die Arbeitgeberin hört: „Hier ist es mir egal.“ Zeig, was dich an genau diesem Haus interessiert.
iv-care-why-us-a4 = Eine Freundin arbeitet bei Ihnen. Sie sagt, das Team ist nett und man kann hier eine Ausbildung machen.
iv-care-why-us-a4-why = Eine Empfehlung aus dem Team ist ein guter Grund und zeigt echtes Wissen über das Haus. Noch besser mit einem eigenen Grund dazu.

iv-care-manners = Mir ist aufgefallen, dass Sie sehr knapp antworten. In der Pflege ist ein freundlicher Ton sehr wichtig. Wie würden Sie eine Bewohnerin am Morgen begrüßen?
iv-care-manners-friendly = Sie wirken etwas angespannt – das ist ganz normal. Ein Tipp: In der Pflege zählt ein freundlicher Ton sehr. Wie würden Sie eine Bewohnerin am Morgen begrüßen?
iv-care-manners-strict = Ihr Ton eben war ziemlich knapp. Bei uns sprechen alle höflich mit den Bewohnern und im Team. Wie begrüßen Sie eine Bewohnerin am Morgen?
iv-care-manners-simple = Sie waren eben nicht sehr freundlich. Wie sagen Sie am Morgen „Hallo“ zu einer Bewohnerin?
iv-care-manners-a1 = Entschuldigung, ich war nervös. Ich würde anklopfen, kurz warten und sagen: „Guten Morgen, Frau Schulz, darf ich reinkommen?“
iv-care-manners-a1-why = Sich kurz zu entschuldigen zeigt Größe. Anklopfen und fragen zeigt Respekt vor dem Zimmer als Zuhause der Bewohnerin.
iv-care-manners-a2 = Ich sage „Hallo“ und fange mit der Arbeit an.
iv-care-manners-a2-why = Das klingt, als wäre die Bewohnerin nur eine Aufgabe. Das Zimmer ist ihr Zuhause: anklopfen, mit Namen begrüßen, erklären, was du tust.
iv-care-manners-a3 = Ich würde freundlich „Guten Morgen“ sagen und fragen, wie sie geschlafen hat.
iv-care-manners-a3-why = Freundlich und persönlich – gut. Noch besser: vorher anklopfen und die Bewohnerin mit Namen ansprechen.

## Stärken und Schwächen

iv-care-strengths = Was sind Ihre Stärken?
iv-care-strengths-simple = Was können Sie gut?
iv-care-strengths-a1 = Ich bin geduldig. Im Integrationskurs habe ich oft älteren Mitschülern beim Ausfüllen von Formularen geholfen, auch wenn es lange gedauert hat.
iv-care-strengths-a1-why = Eine Stärke mit einem Beispiel ist glaubwürdig. Geduld braucht man in der Altenpflege jeden Tag.
iv-care-strengths-a2 = Ich bin teamfähig, zuverlässig, flexibel und belastbar.
iv-care-strengths-a2-why = Das sind Wörter, die alle sagen. Ohne Beispiel glaubt man sie dir nicht – wähl lieber eine Stärke und erzähl, wo du sie gezeigt hast.
iv-care-strengths-a3 = Ich spreche mehrere Sprachen. Das kann helfen, wenn Bewohner oder Angehörige wenig Deutsch sprechen.
iv-care-strengths-a3-why = Gut! In vielen Heimen leben auch Menschen, die besser eine andere Sprache als Deutsch sprechen. Du zeigst, wie deine Stärke dem Haus nützt.
iv-care-strengths-a4 = Ich weiß nicht. Das müssen andere sagen.
iv-care-strengths-a4-why = Bescheidenheit ist nett, aber hier wirkt es unvorbereitet. Überleg dir vor dem Gespräch zwei Stärken mit je einem Beispiel.

iv-care-weakness = Und wo sehen Sie bei sich Schwächen?
iv-care-weakness-simple = Was können Sie noch nicht so gut?
iv-care-weakness-a1 = Mein Deutsch ist noch nicht perfekt, besonders beim Schreiben. Deshalb lerne ich jeden Abend und mache gerade einen B2-Kurs.
iv-care-weakness-a1-why = Eine echte Schwäche und was du dagegen tust – genau so eine Antwort wünschen sich Arbeitgeber.
iv-care-weakness-a2 = Ich bin zu perfektionistisch.
iv-care-weakness-a2-why = Diese Antwort hören Personaler sehr oft; sie wirkt auswendig gelernt. Nenn lieber eine echte, kleine Schwäche.
iv-care-weakness-a3 = Ich habe keine Schwächen.
iv-care-weakness-a3-why = Das glaubt niemand. Die Arbeitgeberin hört: Diese Person kann sich nicht selbst einschätzen.
iv-care-weakness-a4 = Manchmal nehme ich mir Dinge zu sehr zu Herzen. Ich lerne gerade, nach der Arbeit abzuschalten, zum Beispiel beim Sport.
iv-care-weakness-a4-why = Ehrlich und passend zur Pflege: Wer abschalten kann, bleibt länger gesund im Beruf. Dass du schon etwas dagegen tust, überzeugt.

iv-care-weakness-hard = Können Sie ein konkretes Beispiel nennen, wann Ihnen diese Schwäche Probleme gemacht hat?
iv-care-weakness-hard-simple = Wann war diese Schwäche ein Problem? Erzählen Sie ein Beispiel.
iv-care-weakness-hard-a1 = Ja. Im Praktikum habe ich eine Übergabe nicht ganz verstanden. Ich habe danach nachgefragt und mir Notizen gemacht. Seitdem frage ich sofort nach.
iv-care-weakness-hard-a1-why = Ein konkretes Beispiel mit einer Lösung. Nachfragen ist in der Pflege ein Zeichen von Sorgfalt, nicht von Schwäche.
iv-care-weakness-hard-a2 = Nein, eigentlich war das nie ein Problem.
iv-care-weakness-hard-a2-why = Dann wirkt die Schwäche von vorhin nicht echt. Bereite zu deiner Schwäche immer ein kurzes Beispiel vor.
iv-care-weakness-hard-a3 = Mir fällt gerade kein Beispiel ein, aber ich arbeite daran.
iv-care-weakness-hard-a3-why = Ehrlich, aber schwach. Ein kleines Beispiel aus Schule, Kurs oder Familie reicht schon.

## Lücke im Lebenslauf

iv-care-cv-gap = In Ihrem Lebenslauf fehlen im letzten Jahr acht Monate. Was haben Sie in dieser Zeit gemacht?
iv-care-cv-gap-strict = Zwischen Ihrem Sprachkurs und heute fehlen acht Monate. Erklären Sie mir diese Lücke.
iv-care-cv-gap-simple = Im Lebenslauf fehlen acht Monate. Was haben Sie da gemacht?
iv-care-cv-gap-a1 = Ich habe auf die Entscheidung über meinen Aufenthalt gewartet und durfte nicht arbeiten. In der Zeit habe ich mit einer App Deutsch gelernt und ehrenamtlich in einer Kleiderkammer geholfen.
iv-care-cv-gap-a1-why = Du erklärst den Grund sachlich und zeigst, dass du die Zeit genutzt hast. Für eine Lücke musst du dich nicht schämen.
iv-care-cv-gap-a2 = Ich habe meine kleinen Geschwister betreut, weil meine Mutter krank war. Das habe ich jetzt auch in den Lebenslauf geschrieben.
iv-care-cv-gap-a2-why = Ein nachvollziehbarer Grund, kurz erklärt – und Familienpflege ist sogar nah an der Pflegearbeit. Gut, dass es jetzt im Lebenslauf steht.
iv-care-cv-gap-a3 = Das ist privat.
iv-care-cv-gap-a3-why = Du musst keine Details erzählen, aber so klingt es, als würdest du etwas verstecken. Ein Satz reicht, z. B. „Ich hatte familiäre Gründe, das ist jetzt geklärt.“
iv-care-cv-gap-a4 = Nichts Besonderes. Ich war einfach zu Hause.
iv-care-cv-gap-a4-why = Die Arbeitgeberin hört: Diese Zeit war verschenkt. Fast immer hast du doch etwas getan – sag es.

iv-care-cv-gap-probe = Und was haben Sie zu Hause gemacht? Gibt es etwas, das Ihnen jetzt hilft?
iv-care-cv-gap-probe-simple = Was haben Sie zu Hause gemacht? Hilft Ihnen das jetzt?
iv-care-cv-gap-probe-a1 = Ich habe jeden Tag Deutsch gelernt und meiner Nachbarin beim Einkaufen geholfen. Sie ist 80.
iv-care-cv-gap-probe-a1-why = Sehr gut: Deutsch lernen und einer älteren Dame helfen – das passt genau zu dieser Stelle.
iv-care-cv-gap-probe-a2 = Ehrlich gesagt war das keine gute Zeit für mich. Jetzt geht es mir besser, und ich möchte arbeiten.
iv-care-cv-gap-probe-a2-why = Offen und nach vorn gerichtet – das ist in Ordnung. Du musst nicht mehr erklären, als du möchtest.
iv-care-cv-gap-probe-a3 = Viel geschlafen und am Handy.
iv-care-cv-gap-probe-a3-why = Ehrlich, aber die Arbeitgeberin befürchtet jetzt, dass du morgens um sechs nicht aus dem Bett kommst.

## Zeugnisse und Anerkennung

iv-care-certificates = Sie sind im Ausland zur Schule gegangen. Haben Sie Ihre Zeugnisse in Deutschland anerkennen lassen?
iv-care-certificates-simple = Haben Sie Zeugnisse aus Ihrem Land? Sind sie in Deutschland anerkannt?
iv-care-certificates-a1 = Ja. Ich habe mein Schulzeugnis übersetzen lassen und bei der Zeugnisanerkennungsstelle eingereicht. Es ist als mittlerer Schulabschluss anerkannt, die Kopie habe ich dabei.
iv-care-certificates-a1-why = Perfekt vorbereitet: Du kennst die zuständige Stelle und hast den Bescheid dabei. Das öffnet die Tür zur Ausbildung.
iv-care-certificates-a2 = Ich habe ein Zeugnis, aber ich weiß nicht, wo ich es anerkennen lassen kann.
iv-care-certificates-a2-why = Ehrlich, aber noch nicht vorbereitet. Informier dich vor dem Gespräch, wer zuständig ist – das zeigt, dass du es ernst meinst.
iv-care-certificates-a3 = Meine Zeugnisse sind in meinem Heimatland geblieben. Ich versuche gerade, Kopien zu bekommen.
iv-care-certificates-a3-why = Das kennen Arbeitgeber. Dass du dich schon kümmerst, ist gut; oft helfen Beratungsstellen auch, wenn Unterlagen fehlen.
iv-care-certificates-a4 = Ich brauche doch kein Zeugnis, um alten Menschen zu helfen.
iv-care-certificates-a4-why = Als Hilfskraft vielleicht nicht, aber für jede Ausbildung schon. Die Arbeitgeberin hört: Du denkst nicht an deine Zukunft.

iv-care-recognition = Für die Ausbildung zur Pflegefachassistenz brauchen Sie einen Schulabschluss, der hier anerkannt ist. Wissen Sie, wo Sie das machen lassen können?
iv-care-recognition-friendly = Keine Sorge, so geht es vielen. Für die Ausbildung zur Pflegefachassistenz brauchen Sie aber einen anerkannten Schulabschluss. Wissen Sie, wer Ihnen dabei hilft?
iv-care-recognition-simple = Für die Ausbildung muss Ihr Zeugnis anerkannt sein. Wissen Sie, wo das geht?
iv-care-recognition-a1 = Für Schulzeugnisse ist die Zeugnisanerkennungsstelle meines Bundeslandes zuständig. Der Jugendmigrationsdienst hilft mir beim Antrag.
iv-care-recognition-a1-why = Genau richtig: Schulzeugnisse prüft die Zeugnisanerkennungsstelle des Bundeslandes, und Beratungsstellen helfen kostenlos beim Antrag.
iv-care-recognition-a2 = Beim Jobcenter, glaube ich. Ich frage nächste Woche dort nach.
iv-care-recognition-a2-why = Ein guter erster Schritt – das Jobcenter kann dich weiterleiten. Zuständig ist aber die Zeugnisanerkennungsstelle deines Bundeslandes.
iv-care-recognition-a3 = Nein. Können Sie das für mich machen?
iv-care-recognition-a3-why = Das ist nicht die Aufgabe des Arbeitgebers. Frag lieber nach einer Beratungsstelle – dann zeigst du, dass du dich selbst kümmerst.

## Deutsch und Dokumentation

iv-care-german = Wie gut sprechen Sie Deutsch? In der Pflege sprechen Sie mit Bewohnern, Angehörigen und Ärzten, und Sie schreiben jeden Tag in die Pflegedokumentation.
iv-care-german-factual = Welches Sprachniveau haben Sie? Bei uns wird alles schriftlich dokumentiert.
iv-care-german-simple = Wie gut ist Ihr Deutsch? Sie müssen in der Pflege viel sprechen und schreiben.
iv-care-german-a1 = Ich habe das B1-Zertifikat und mache gerade einen B2-Kurs. Beim Schreiben brauche ich manchmal noch Hilfe, dann frage ich nach.
iv-care-german-a1-why = Ein klares Niveau nach dem europäischen Referenzrahmen und ein Plan – das kann die Arbeitgeberin gut einschätzen.
iv-care-german-a2 = Gut. Sie verstehen mich ja.
iv-care-german-a2-why = Das klingt frech und sagt nichts Konkretes. Nenn dein Niveau (z. B. A2, B1) und was du noch lernst.
iv-care-german-a3 = Ungefähr A2. Ich verstehe viel, aber Schreiben ist schwer. Ich lerne weiter, auch Wörter aus der Pflege.
iv-care-german-a3-why = Ehrlich und motiviert. Für eine Hilfskraft kann A2 reichen, wenn man sieht, dass du weiterlernst.
iv-care-german-a4 = Sprechen ist wichtiger als Schreiben. Die Dokumentation machen doch die Fachkräfte.
iv-care-german-a4-why = Falsch: Auch Hilfskräfte dokumentieren, was sie tun und beobachten. Die Arbeitgeberin hört, dass du einen wichtigen Teil der Arbeit abschiebst.

iv-care-documentation = Frau Braun hat heute Mittag nur zwei Löffel gegessen und fast nichts getrunken. Was schreiben Sie in die Dokumentation?
iv-care-documentation-simple = Eine Bewohnerin hat kaum gegessen und getrunken. Was schreiben Sie auf?
iv-care-documentation-a1 = „Mittagessen: zwei Löffel gegessen. Getrunken bis 14 Uhr ca. 200 ml. Pflegefachkraft informiert.“ Also genau das, was ich gesehen habe – und ich sage es sofort weiter.
iv-care-documentation-a1-why = So dokumentiert man richtig: Beobachtung mit Zahlen und Uhrzeit, ohne Bewertung, und die Fachkraft wird informiert. Zu wenig Trinken ist bei alten Menschen gefährlich.
iv-care-documentation-a2 = „Frau Braun hatte keine Lust zu essen, sie war schlecht gelaunt.“
iv-care-documentation-a2-why = Das ist eine Bewertung, keine Beobachtung. In die Dokumentation gehört, was du siehst und misst – Mengen, Uhrzeit, was sie gesagt hat.
iv-care-documentation-a3 = Ich schreibe nichts auf, ich sage es der Fachkraft mündlich.
iv-care-documentation-a3-why = Gut, dass du Bescheid sagst – aber was nicht dokumentiert ist, gilt als nicht passiert. Die nächste Schicht muss es lesen können.

## Würde und Respekt

iv-care-dignity = Eine Bewohnerin möchte heute nicht gewaschen werden. Was machen Sie?
iv-care-dignity-simple = Eine Bewohnerin will sich heute nicht waschen lassen. Was tun Sie?
iv-care-dignity-a1 = Ich frage, warum, und respektiere ihren Wunsch. Vielleicht biete ich es später noch einmal an oder frage, ob sie nur das Gesicht waschen möchte. Und ich sage es dem Team.
iv-care-dignity-a1-why = Du achtest die Würde und den Willen der Bewohnerin und suchst trotzdem eine Lösung. Dass du das Team informierst, ist genau richtig.
iv-care-dignity-a2 = Ich wasche sie trotzdem, das gehört zur Hygiene.
iv-care-dignity-a2-why = Pflege gegen den Willen eines Menschen verletzt seine Würde und ist nicht erlaubt. Die Arbeitgeberin hört hier ein ernstes Warnsignal.
iv-care-dignity-a3 = Dann lasse ich es einfach und mache weiter.
iv-care-dignity-a3-why = Den Wunsch zu respektieren ist richtig, aber du solltest nach dem Grund fragen, es später wieder anbieten und das Team informieren.
iv-care-dignity-a4 = Ich frage eine Kollegin, ob sie es versucht. Vielleicht klappt es besser mit jemandem, den die Bewohnerin gut kennt.
iv-care-dignity-a4-why = Eine gute, teamorientierte Idee. Frag die Bewohnerin aber zuerst selbst nach dem Grund.

## Demenz

iv-care-dementia = Ein Bewohner mit Demenz steht abends an der Tür und sagt: „Ich muss nach Hause, meine Mutter wartet.“ Wie reagieren Sie?
iv-care-dementia-simple = Ein Mann mit Demenz will abends nach Hause zu seiner Mutter. Was tun Sie?
iv-care-dementia-a1 = Ich sage ihm, dass seine Mutter schon lange tot ist.
iv-care-dementia-a1-why = Das stimmt zwar, aber für ihn ist es, als hörte er es zum ersten Mal – er trauert jedes Mal neu. Bei Demenz geht man besser auf das Gefühl ein.
iv-care-dementia-a2 = Ich bleibe ruhig, frage nach seiner Mutter und lasse ihn erzählen. Dann lade ich ihn zu einem Tee ein.
iv-care-dementia-a2-why = Genau so: auf das Gefühl eingehen, zuhören, ablenken. Das nennt man Validation, und damit beruhigen sich viele Menschen mit Demenz.
iv-care-dementia-a3 = Ich schließe die Tür ab und gehe weiter.
iv-care-dementia-a3-why = Damit lässt du ihn mit seiner Angst allein. Außerdem darf man Menschen nicht einfach einsperren – dafür gibt es strenge Regeln.
iv-care-dementia-a4 = Ich sage: „Ihre Mutter kommt gleich“, damit er ruhig ist.
iv-care-dementia-a4-why = Gut gemeint, aber er wartet dann und wird wieder unruhig. Besser: nach seiner Mutter fragen, zuhören und ihn ablenken.

iv-care-dementia-hard = Er wird laut, schiebt Sie weg und will unbedingt raus. Was jetzt?
iv-care-dementia-hard-simple = Der Mann wird laut und schiebt Sie weg. Was machen Sie jetzt?
iv-care-dementia-hard-a1 = Ich gehe einen Schritt zurück, spreche ruhig, lasse ihm Platz und hole eine Kollegin oder die Fachkraft. Danach dokumentiere ich es.
iv-care-dementia-hard-a1-why = Sicherheit für beide, Hilfe holen, dokumentieren – so reagiert man professionell. Niemand erwartet, dass du so etwas allein löst.
iv-care-dementia-hard-a2 = Ich halte ihn fest, damit er nicht rausläuft.
iv-care-dementia-hard-a2-why = Festhalten ist eine freiheitsentziehende Maßnahme und nur mit Genehmigung erlaubt. Es macht die Situation oft schlimmer und kann verletzen.
iv-care-dementia-hard-a3 = Ich sage ihm laut und deutlich, dass er sich benehmen soll.
iv-care-dementia-hard-a3-why = Schimpfen macht Angst und Wut nur größer. Er ist krank, nicht unartig – ruhig bleiben und Hilfe holen.

## Hygiene

iv-care-hygiene = Hygiene ist bei uns sehr wichtig. Welche Regeln kennen Sie schon?
iv-care-hygiene-simple = Sauberkeit ist sehr wichtig. Welche Regeln kennen Sie?
iv-care-hygiene-a1 = Vor und nach jedem Kontakt mit Bewohnern die Hände desinfizieren, Handschuhe bei der Körperpflege, kurze Fingernägel und kein Schmuck an Händen und Unterarmen.
iv-care-hygiene-a1-why = Du kennst die wichtigsten Regeln schon. Das zeigt gute Vorbereitung – alte Menschen stecken sich leicht an.
iv-care-hygiene-a2 = Ich wasche mir oft die Hände. Den Rest lerne ich bei der Einarbeitung.
iv-care-hygiene-a2-why = Lernbereit, aber etwas dünn. Wichtig ist vor allem Händedesinfektion – waschen allein reicht in der Pflege meistens nicht.
iv-care-hygiene-a3 = Wenn man Handschuhe trägt, muss man die Hände nicht desinfizieren.
iv-care-hygiene-a3-why = Das ist falsch und gefährlich: Auch nach dem Ausziehen der Handschuhe desinfiziert man die Hände. So verbreiten sich sonst Keime.

## Sterben und Tod

iv-care-death = In einem Seniorenheim sterben auch Menschen. Wie gehen Sie damit um?
iv-care-death-friendly = Ein schwieriges Thema, aber es gehört dazu: Bei uns sterben auch Menschen. Was denken Sie darüber?
iv-care-death-strict = Bei uns sterben Menschen, manchmal mehrere in einer Woche. Halten Sie das aus?
iv-care-death-simple = Im Heim sterben auch Menschen. Wie ist das für Sie?
iv-care-death-a1 = Das macht mich bestimmt traurig. Aber ich möchte, dass die Menschen in Würde und nicht allein gehen. Wenn es mir schwerfällt, spreche ich mit dem Team darüber.
iv-care-death-a1-why = Du zeigst Gefühl und eine gute Haltung. Dass du mit dem Team sprechen würdest, ist wichtig – gute Heime bieten dafür Gespräche an.
iv-care-death-a2 = Das ist mir egal, das ist ja normal.
iv-care-death-a2-why = Es ist normal, aber „egal“ klingt kalt. Die Arbeitgeberin will Menschen, die auch am Lebensende mitfühlend sind.
iv-care-death-a3 = Ich habe selbst schon Menschen verloren. Ich weiß noch nicht, wie es mir damit gehen wird.
iv-care-death-a3-why = Ehrlich und in Ordnung. Du darfst zeigen, dass es dich berührt; frag ruhig, welche Unterstützung es im Haus gibt.
iv-care-death-a4 = Darüber möchte ich lieber nicht nachdenken.
iv-care-death-a4-why = Verständlich, aber in der Altenpflege kommt das Thema sicher. Die Arbeitgeberin möchte sehen, dass du dich damit auseinandersetzt.

## Körperliche Arbeit

iv-care-physical = Die Arbeit ist körperlich anstrengend: Sie helfen beim Aufstehen und Umlagern und sind den ganzen Dienst auf den Beinen. Wie sieht es damit bei Ihnen aus?
iv-care-physical-simple = Die Arbeit ist schwer für den Körper. Schaffen Sie das?
iv-care-physical-a1 = Ich bin fit und mache Sport. Ich möchte lernen, rückenschonend zu arbeiten und Hilfsmittel wie den Lifter richtig zu benutzen.
iv-care-physical-a1-why = Fit und lernbereit: Rückenschonendes Arbeiten und Hilfsmittel schützen dich und die Bewohner. Das hört jede Pflegedienstleitung gern.
iv-care-physical-a2 = Kein Problem, ich bin stark. Ich kann auch allein heben.
iv-care-physical-a2-why = Stärke allein reicht nicht: Wer falsch hebt, hat bald Rückenschmerzen. Schwere Transfers macht man zu zweit oder mit Hilfsmitteln.
iv-care-physical-a3 = Ich hatte schon einmal Rückenprobleme. Deshalb mache ich Übungen und möchte die richtigen Techniken lernen.
iv-care-physical-a3-why = Ehrlich und mit Lösung – das ist in Ordnung. Du zeigst, dass du auf deine Gesundheit achtest.

## Schichtdienst

iv-care-shifts = Wir arbeiten im Schichtdienst: Frühdienst ab 6 Uhr, Spätdienst bis 21 Uhr und jedes zweite Wochenende. Ist das für Sie möglich?
iv-care-shifts-strict = Frühdienst ab 6 Uhr, Spätdienst bis 21 Uhr, jedes zweite Wochenende und an Feiertagen. Können Sie das – ja oder nein?
iv-care-shifts-simple = Sie arbeiten früh, spät und auch am Wochenende. Geht das für Sie?
iv-care-shifts-a1 = Ja. Ich weiß, dass Pflege rund um die Uhr läuft. Wie weit im Voraus bekomme ich den Dienstplan?
iv-care-shifts-a1-why = Eine klare Zusage und eine kluge Frage dazu. Das zeigt, dass du den Pflegealltag verstehst und planen willst.
iv-care-shifts-a2 = Ja, das ist okay.
iv-care-shifts-a2-why = Eine klare Zusage ist gut. Mit einem Satz mehr, z. B. warum es passt, wirkt sie überzeugter.
iv-care-shifts-a3 = Unter der Woche ja, aber am Wochenende möchte ich frei haben.
iv-care-shifts-a3-why = Im Pflegeheim wird jeden Tag gearbeitet. Ein Wunsch ist erlaubt, aber die Arbeitgeberin hört, dass du eine wichtige Bedingung nicht erfüllst.
iv-care-shifts-a4 = Spätdienst ist schwierig, weil ich abends meinen Deutschkurs habe. Könnten wir das bis zum Kursende anders planen?
iv-care-shifts-a4-why = Ehrlich und mit einem Vorschlag. Viele Arbeitgeber unterstützen Deutschkurse, weil sie selbst davon profitieren.

iv-care-shifts-weekend = Am Wochenende brauchen wir genauso viele Leute wie unter der Woche. Dafür gibt es Zuschläge und freie Tage unter der Woche. Wäre das eine Lösung?
iv-care-shifts-weekend-simple = Am Wochenende brauchen wir Sie auch. Sie bekommen dafür mehr Geld und an anderen Tagen frei. Geht das?
iv-care-shifts-weekend-a1 = Ja, wenn ich dafür unter der Woche frei habe, geht das.
iv-care-shifts-weekend-a1-why = Kompromissbereit – genau das hört die Arbeitgeberin gern.
iv-care-shifts-weekend-a2 = Ich habe am Wochenende Verpflichtungen in der Familie. Ginge zum Anfang jedes dritte Wochenende?
iv-care-shifts-weekend-a2-why = Du bleibst ehrlich und machst einen Vorschlag. Ob das geht, hängt vom Dienstplan ab – aber so kann man verhandeln.
iv-care-shifts-weekend-a3 = Nein, Wochenende geht bei mir gar nicht.
iv-care-shifts-weekend-a3-why = Dann passt die Stelle im Pflegeheim leider nicht. Überleg vorher, ob du Schichtdienst wirklich leisten kannst.

## Gehalt

iv-care-pay = Sprechen wir über das Gehalt. Welche Vorstellungen haben Sie?
iv-care-pay-factual = Zum Gehalt: Welchen Stundenlohn stellen Sie sich vor?
iv-care-pay-simple = Wie viel Geld möchten Sie verdienen?
iv-care-pay-a1 = Ich weiß, dass für Pflegehilfskräfte seit Juli 2026 ein Mindestlohn von 16,52 € pro Stunde gilt. Sie zahlen nach Tarif – daran orientiere ich mich gern.
iv-care-pay-a1-why = Du kennst den Pflegemindestlohn und weißt, dass das Haus nach Tarif zahlt. Das ist gut vorbereitet und realistisch.
iv-care-pay-a2 = So viel wie möglich.
iv-care-pay-a2-why = Das klingt respektlos und unvorbereitet. Informier dich vorher, was in der Branche üblich ist.
iv-care-pay-a3 = Egal, Hauptsache, ich habe Arbeit.
iv-care-pay-a3-why = Motiviert, aber du verkaufst dich unter Wert. Du darfst wissen und sagen, was dir zusteht.
iv-care-pay-a4 = Mindestens 13,90 € pro Stunde, das ist der Mindestlohn.
iv-care-pay-a4-why = Das ist der allgemeine Mindestlohn 2026. In der Altenpflege gilt aber ein höherer Pflegemindestlohn: für Hilfskräfte 16,52 € pro Stunde.

## Pünktlichkeit

iv-care-punctuality = Der Frühdienst beginnt um 6 Uhr mit der Übergabe. Was machen Sie, wenn Ihr Bus ausfällt?
iv-care-punctuality-strict = Dienstbeginn ist 6 Uhr, nicht 6 Uhr 5 – die Nachtschicht wartet auf die Übergabe. Was tun Sie, wenn Ihr Bus ausfällt?
iv-care-punctuality-simple = Sie müssen um 6 Uhr da sein. Ihr Bus kommt nicht. Was tun Sie?
iv-care-punctuality-a1 = Ich rufe sofort auf dem Wohnbereich an, sage, wann ich ungefähr da bin, und nehme ein Taxi oder das Fahrrad. Außerdem plane ich immer einen früheren Bus ein.
iv-care-punctuality-a1-why = Sofort anrufen und einen Plan B haben – so verhält man sich in Deutschland richtig. Die Kollegen können dann planen.
iv-care-punctuality-a2 = Dann komme ich mit dem nächsten Bus, 20 Minuten sind nicht schlimm.
iv-care-punctuality-a2-why = Doch: Die Nachtschicht kann erst nach der Übergabe gehen. Zu spät ohne Anruf gilt in Deutschland als unzuverlässig.
iv-care-punctuality-a3 = Ich schreibe einer Kollegin eine WhatsApp.
iv-care-punctuality-a3-why = Besser als nichts, aber die Kollegin liest es vielleicht nicht. Ruf direkt auf dem Wohnbereich an.
iv-care-punctuality-a4 = Ich bin immer pünktlich, das passiert mir nicht.
iv-care-punctuality-a4-why = Das kann jedem passieren. Die Arbeitgeberin wollte hören, dass du einen Plan hast – und den hast du nicht genannt.

## Eigene Fragen

iv-care-own-questions = Haben Sie noch Fragen an uns?
iv-care-own-questions-friendly = So, jetzt sind Sie dran: Was möchten Sie von uns wissen?
iv-care-own-questions-simple = Möchten Sie uns etwas fragen?
iv-care-own-questions-a1 = Wie läuft die Einarbeitung ab, und wer ist in den ersten Wochen meine Ansprechperson?
iv-care-own-questions-a1-why = Eine sehr gute Frage: Sie zeigt, dass du gut anfangen und Fehler vermeiden möchtest.
iv-care-own-questions-a2 = Nein, ich habe keine Fragen.
iv-care-own-questions-a2-why = Keine Fragen wirken wie kein Interesse. Bereite immer zwei Fragen vor, z. B. zur Einarbeitung oder zum Team.
iv-care-own-questions-a3 = Wie viele Urlaubstage habe ich, und wann bekomme ich das erste Geld?
iv-care-own-questions-a3-why = Erlaubte Fragen, aber als einzige Fragen klingen sie, als ginge es dir nur um Freizeit und Geld. Frag zuerst nach der Arbeit.
iv-care-own-questions-a4 = Kann ich später bei Ihnen die Ausbildung zur Pflegefachassistenz machen?
iv-care-own-questions-a4-why = Super: Du denkst an deine Zukunft im Haus. In der Ausbildung bekommst du außerdem eine Ausbildungsvergütung.

iv-care-own-questions-nudge = Wirklich keine? Viele möchten zum Beispiel wissen, wie die Einarbeitung läuft.
iv-care-own-questions-nudge-strict = Keine einzige Frage? Das wundert mich.
iv-care-own-questions-nudge-simple = Gar keine Frage? Sie dürfen etwas fragen.
iv-care-own-questions-nudge-a1 = Doch, eine Frage: Arbeite ich am Anfang mit einer erfahrenen Kollegin zusammen?
iv-care-own-questions-nudge-a1-why = Gut gerettet. Eine Frage zur Einarbeitung zeigt Interesse an guter Arbeit.
iv-care-own-questions-nudge-a2 = Ja, eine Frage: Wie lange ist die Probezeit?
iv-care-own-questions-nudge-a2-why = Eine sinnvolle Frage. In einem Arbeitsverhältnis dauert die Probezeit höchstens sechs Monate, in einer Ausbildung ein bis vier Monate.
iv-care-own-questions-nudge-a3 = Nein, Sie haben ja schon alles erklärt.
iv-care-own-questions-nudge-a3-why = Höflich, aber eine Frage wäre besser gewesen. Eigene Fragen zeigen Interesse.

## Verabschiedung

iv-care-goodbye = Vielen Dank für das Gespräch. Wir melden uns bis Ende nächster Woche bei Ihnen. Vorher laden wir Sie gern zu einem Probetag auf dem Wohnbereich ein.
iv-care-goodbye-friendly = Vielen Dank, das war ein schönes Gespräch! Wir melden uns bis Ende nächster Woche. Kommen Sie doch vorher zu einem Probetag – dann lernen Sie das Team kennen.
iv-care-goodbye-strict = Danke. Sie hören bis Ende nächster Woche von uns. Einen Probetag besprechen wir dann.
