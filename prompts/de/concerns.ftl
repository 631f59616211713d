# Bedenken: äußern (mit Namen oder anonym), Kategorien, Antworten des Strategieteams.

topic-bedenken = Bedenken
topic-bedenken-details = Beispiele: „!bedenken Wer haftet, wenn die KI falsch entscheidet?“ – ich frage dann nach der Kategorie. Mit Kategorie in einer Nachricht: „!bedenken datenschutz: Werden unsere Chats gespeichert?“. Zu einer Idee: „!bedenken #12: …“ oder „!bedenken #12 datenschutz: …“. Nur „!bedenken“ startet ein kurzes Gespräch.
    Kategorien: 1 Verantwortung, 2 Fehler der KI, 3 Nachvollziehbarkeit, 4 Datenschutz, 5 Diskriminierung/Bias, 6 Arbeitsplatz/Veränderung, 7 Sonstiges.
    Anonym geht es nur im Direktchat mit mir: „bedenken anonym <Text>“. Dann speichere ich weder Ihren Namen noch den Chat noch die Uhrzeit. Sie bekommen einen Code, mit dem Sie die Antwort später lesen: „antwort <Code>“.
    Für das Strategieteam: „!bedenken liste“ (auch: offen, beantwortet, eine Kategorie oder #Idee), „!bedenken #7“ zeigt ein Bedenken, „!bedenken antworten #7 <Text>“ beantwortet es.
help-bedenken = ein Bedenken zum KI-Einsatz äußern: !bedenken <Text> oder !bedenken datenschutz: <Text>; anonym im Direktchat: bedenken anonym <Text>; nur !bedenken startet ein Gespräch
help-antwort = die Antwort auf Ihr anonymes Bedenken lesen, im Direktchat: antwort <Code>

concern-cat-verantwortung = Verantwortung
concern-cat-fehler = Fehler der KI
concern-cat-nachvollziehbarkeit = Nachvollziehbarkeit
concern-cat-datenschutz = Datenschutz
concern-cat-diskriminierung = Diskriminierung/Bias
concern-cat-arbeitsplatz = Arbeitsplatz/Veränderung
concern-cat-sonstiges = Sonstiges

concern-dialog-text = Was bereitet Ihnen Sorge? Beschreiben Sie Ihr Bedenken bitte in einer Nachricht – mit !abbrechen hören Sie jederzeit auf.
concern-dialog-text-anonymous = Sie schreiben anonym: Zu Ihrem Bedenken speichere ich weder Ihren Namen noch diesen Chat noch die Uhrzeit. Was bereitet Ihnen Sorge? Beschreiben Sie es bitte in einer Nachricht – mit !abbrechen hören Sie jederzeit auf.
concern-category-question = Danke! Welche Kategorie passt am besten? Antworten Sie mit der Zahl:
    { $choices }
concern-category-choice = { $number } – { $label }
concern-category-unknown = „{ $word }“ ist keine Kategorie, die ich kenne. Bitte antworten Sie mit einer Zahl von 1 bis 7 (oder !abbrechen):
    { $choices }
concern-category-unknown-kept = „{ $word }“ ist keine Kategorie, die ich kenne – Ihren Text habe ich so übernommen, wie Sie ihn geschrieben haben, gespeichert ist er aber noch nicht. Welche Kategorie passt? Antworten Sie mit der Zahl:
    { $choices }

concern-saved = ✅ Danke! Ihr Bedenken ist als #{ $id } ({ $category }) gespeichert. Das Strategieteam liest es und antwortet Ihnen im Direktchat. Ansehen können Sie es jederzeit mit !bedenken #{ $id }.
concern-saved-idea = Es bezieht sich auf Idee #{ $idea }.
concern-anonymous-saved = ✅ Danke! Ihr anonymes Bedenken ist als #{ $id } ({ $category }) gespeichert – ohne Ihren Namen, ohne diesen Chat und nur mit dem Datum, nicht der Uhrzeit.
    Ihr Code: { $code }
    Bitte notieren Sie ihn: Nur damit lesen Sie später die Antwort des Strategieteams, hier im Direktchat mit „antwort { $code }“. Ich kann den Code nicht wiederherstellen, denn ich weiß nicht, von wem das Bedenken stammt.
concern-anonymous-room = Anonyme Bedenken nehme ich nur im Direktchat mit mir an – hier im Raum sieht jede:r, wer schreibt. Gespeichert habe ich nichts. Schreiben Sie mir bitte im Direktchat: bedenken anonym <Ihr Text>. Ihre Nachricht hier können Sie selbst löschen, wenn Sie möchten.
concern-ref-invalid = Die Nummer verstehe ich nicht – gespeichert habe ich nichts. So geht es: „!bedenken #7“ zeigt Bedenken #7, „!bedenken #12: <Text>“ bezieht ein neues Bedenken auf Idee #12.
concern-idea-not-found = Eine Idee #{ $id } gibt es nicht – gespeichert habe ich noch nichts. Prüfen Sie die Nummer mit !ideen, oder schreiben Sie Ihr Bedenken ohne Bezug: !bedenken <Text>
concern-idea-withdrawn = Idee #{ $id } wurde zurückgezogen – gespeichert habe ich noch nichts. Schreiben Sie Ihr Bedenken gern ohne Bezug auf die Idee: !bedenken <Text>

concern-not-found = Ein Bedenken #{ $id } gibt es nicht. Bitte prüfen Sie die Nummer: Sie steht in meiner Bestätigung, und !meine-daten zeigt die Nummern Ihrer Bedenken.
concern-not-yours = Bedenken #{ $id } kann ich Ihnen nicht zeigen: Sie sehen nur Ihre eigenen, mit Namen eingereichten Bedenken. Die Antwort auf ein anonymes Bedenken lesen Sie im Direktchat mit „antwort <Code>“.
concern-show-head = Bedenken #{ $id } · { $category } · eingereicht am { $date }
concern-show-author = Von: { $author }
concern-show-anonymous = Anonym eingereicht – ohne Namen, Chat und Uhrzeit.
concern-show-idea = Es bezieht sich auf Idee #{ $idea } „{ $title }“.
concern-show-text = Text: { $text }
concern-show-answer = Antwort des Strategieteams ({ $date }): { $answer }
concern-show-answered-by = Beantwortet von { $user }
concern-show-no-answer = Das Strategieteam hat noch nicht geantwortet. Die Antwort bekommen Sie im Direktchat.
concern-show-answer-hint = Noch keine Antwort. Antworten: !bedenken antworten #{ $id } <Text>

concern-code-usage = Bitte geben Sie den Code Ihres anonymen Bedenkens an, im Direktchat mit mir: antwort K7QXM-2PA9R
concern-code-room = Antworten auf anonyme Bedenken zeige ich nur im Direktchat mit mir – hier im Raum könnten andere mitlesen. Schreiben Sie mir bitte im Direktchat: antwort <Code>. Ihr Code ist hier zu sehen; löschen Sie Ihre Nachricht deshalb am besten.
concern-code-unknown = Zu diesem Code finde ich kein Bedenken. Bitte prüfen Sie ihn: Er hat 10 Zeichen aus Ziffern und Großbuchstaben, z. B. K7QXM-2PA9R. Groß- und Kleinschreibung, Leerzeichen und Bindestriche spielen keine Rolle.
concern-no-answer-yet = Ihr Bedenken #{ $id } ({ $category }) ist angekommen. Das Strategieteam hat aber noch nicht geantwortet. Fragen Sie gern später noch einmal – mit demselben Code.
concern-answer-show = Antwort des Strategieteams auf Ihr Bedenken #{ $id } ({ $category }), vom { $date }:
    { $answer }

concern-list-usage = So listen Sie Bedenken: !bedenken liste – oder gefiltert: !bedenken liste offen, !bedenken liste beantwortet, !bedenken liste datenschutz, !bedenken liste #12 (zu Idee #12). Kategorien: { $categories }.
concern-list-heading = Bedenken ({ $count }):
concern-list-heading-filtered = Bedenken – { $filter } ({ $count }):
concern-list-line = #{ $id } · { $details } · { $date }: { $text }
concern-list-more = … und { $count ->
        [one] ein weiteres
       *[other] { $count } weitere
    }. Filtern Sie z. B. mit !bedenken liste offen.
concern-list-hint = Ein Bedenken ganz lesen: !bedenken #N – beantworten: !bedenken antworten #N <Text>
concern-list-empty = Es sind noch keine Bedenken eingegangen.
concern-list-empty-filtered = Keine Bedenken gefunden ({ $filter }).
concern-state-open = offen
concern-state-answered = beantwortet
concern-label-anonymous = anonym
concern-label-idea = zu Idee #{ $idea }

concern-answer-usage = So beantworten Sie ein Bedenken: !bedenken antworten #7 <Ihre Antwort>
concern-answer-saved = ✅ Antwort auf Bedenken #{ $id } gespeichert.
concern-answer-replaced = ✅ Antwort auf Bedenken #{ $id } ersetzt.
concern-answer-told-dm = Die Person, die es eingereicht hat, bekommt die Antwort im Direktchat.
concern-answer-told-code = Das Bedenken ist anonym: Die Person liest die Antwort mit ihrem Code. Wer sie ist, weiß auch ich nicht.
concern-answer-dm = Das Strategieteam hat auf Ihr Bedenken #{ $id } ({ $category }) geantwortet:
    { $answer }
    Ihr Bedenken und die Antwort sehen Sie jederzeit mit !bedenken #{ $id }.

concern-idea-count = Bedenken: { $count ->
        [one] eines, { $open ->
            [0] beantwortet
           *[other] noch offen
        }
       *[other] { $count }, { $open ->
            [0] alle beantwortet
            [one] davon eines offen
           *[other] davon { $open } offen
        }
    } – ansehen mit !bedenken liste #{ $id }

# Der Teil dieses Bereichs in !meine-daten.
my-data-concerns = Bedenken unter Ihrem Namen: { $count ->
        [0] keine
        [one] eines, { $ids } (ansehen mit !bedenken #{ $first })
       *[other] { $count }, { $ids } (eines ansehen, z. B. mit !bedenken #{ $first })
    }

# Löschen einer Person: was mit Bedenken geschieht. Anonyme Bedenken nennen niemanden und bleiben.
erase-concerns = { $count ->
    [one] ein Bedenken unter diesem Namen, mit der Antwort darauf
   *[other] { $count } Bedenken unter diesem Namen, mit den Antworten darauf
}
erase-concern-answers-kept = { $count ->
    [one] eine Antwort auf ein Bedenken, die unter diesem Namen für das Strategieteam gegeben wurde
   *[other] { $count } Antworten auf Bedenken, die unter diesem Namen für das Strategieteam gegeben wurden
}

# !bericht und !export: der Abschnitt „Bedenken“.
report-concerns-heading = Bedenken
report-concerns-total = { $count ->
    [0] Keine Bedenken im Zeitraum
    [one] Ein Bedenken im Zeitraum, { $answered_count ->
        [0] noch nicht beantwortet
       *[other] beantwortet
    }
   *[other] { $count_text } Bedenken im Zeitraum, davon beantwortet: { $answered } ({ $share })
}
report-concerns-answer-time = Antwort des Strategieteams: im Median nach { $days }
report-concerns-category = { $category }: { $count } ({ $share } aller Bedenken; { $monitor }) · beantwortet: { $answered } von { $count }{ $answer }
report-concerns-category-days = , im Median nach { $days }
report-concerns-monitor = eGovernment MONITOR 2024: { $percent } %
report-concerns-no-monitor = im eGovernment MONITOR 2024 nicht erfragt
report-concerns-fig-total = Bedenken im Zeitraum
report-concerns-fig-answered = Davon beantwortet
report-concerns-fig-answer-days = Tage bis zur Antwort (Median)
report-concerns-fig-category = Bedenken
report-concerns-fig-category-share = Anteil an allen Bedenken
report-concerns-fig-category-answered = Beantwortet
report-concerns-fig-category-days = Tage bis zur Antwort (Median)
report-concerns-fig-monitor = Vergleichswert eGovernment MONITOR 2024
report-concerns-chart-title = Bedenken nach Kategorie
report-concerns-chart-legend-own = Anteil an den Bedenken bei Lotse
report-concerns-chart-legend-monitor = eGovernment MONITOR 2024 (Anteil der Befragten)
report-concerns-chart-alt = Diagramm „Bedenken nach Kategorie“, Anteil an allen Bedenken des Zeitraums: { $list }.
report-concerns-chart-alt-item = { $category } { $share } (MONITOR { $monitor } %)
export-concerns-sheet = Bedenken
export-concerns-id = Nr.
export-concerns-category = Kategorie
export-concerns-text = Text
export-concerns-idea = Zu Idee Nr.
export-concerns-anonymous = Anonym
export-concerns-author = Eingereicht von
export-concerns-submitted = Eingereicht am
export-concerns-answer = Antwort
export-concerns-answered-by = Beantwortet von
export-concerns-answered-at = Beantwortet am
