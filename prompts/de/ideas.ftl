# Texte des Ideen-Moduls.

idea-created = 💡 Danke! Ihre Idee #{ $id } „{ $title }“ ist gespeichert. Wer sie auch gut findet, unterstützt sie mit !unterstütze #{ $id } oder mit 👍 auf diese Nachricht.
idea-updated = ✏️ Idee #{ $id } heißt jetzt „{ $title }“.
idea-ref-invalid = Das ist keine gültige Nummer. Ideen haben Nummern mit #, zum Beispiel #12. Die Nummern sehen Sie mit !ideen.
idea-not-found = Eine Idee #{ $id } gibt es nicht. Mit !ideen sehen Sie alle Ideen und ihre Nummern.
idea-title-too-long = Der Titel ist zu lang: { $length } Zeichen, erlaubt sind höchstens { $max }. Bitte schreiben Sie einen kürzeren Titel. Mehr erzählen können Sie im Dialog: Schreiben Sie nur !idee, dann frage ich auch nach einer Beschreibung. Gespeichert habe ich noch nichts.
idea-withdrawn-already = Idee #{ $id } wurde bereits zurückgezogen. Man kann sie nicht mehr unterstützen oder kommentieren. Andere Ideen sehen Sie mit !ideen.

idea-dialog-title = Schön, dass Sie eine Idee haben! 💡 Ich stelle Ihnen vier kurze Fragen. Erstens: Wie lautet der Titel Ihrer Idee? (ein kurzer Satz; mit !abbrechen hören Sie jederzeit auf)
idea-dialog-description = Danke. Beschreiben Sie die Idee bitte in ein paar Sätzen: Bei welcher Aufgabe soll die KI helfen, und wie?
idea-dialog-department = Für welchen Fachbereich ist die Idee? (z. B. Bürgerservice oder Bauamt)
idea-dialog-department-known = Für welchen Fachbereich ist die Idee? Wenn Sie mit „-“ antworten, nehme ich Ihren Fachbereich „{ $name }“.
idea-dialog-benefit = Letzte Frage: Welchen Nutzen hätte das für Bürgerinnen und Bürger oder für die Verwaltung? (höchstens { $max } Zeichen)

ideas-usage = Das kann ich so nicht anzeigen. So sehen Sie Ideen: !ideen (die neuesten), !ideen top (die mit der meisten Unterstützung), !ideen meine (Ihre eigenen) oder !ideen suche und ein Wort, z. B. !ideen suche Antrag.
ideas-search-usage = Wonach soll ich suchen? Schreiben Sie ein Wort dazu, zum Beispiel: !ideen suche Antrag
ideas-none = Es gibt noch keine Ideen. Reichen Sie doch die erste ein, z. B. mit !idee Anträge automatisch vorsortieren
ideas-none-mine = Sie haben noch keine Idee eingereicht. Das geht ganz einfach, z. B. mit !idee Anträge automatisch vorsortieren
ideas-none-found = Dazu habe ich keine Idee gefunden. Ich finde Ideen, in denen jedes Ihrer Wörter vorkommt, auch in anderer Form („Anträge“ findet „Antrag“) oder als Wortanfang („prüf“ findet „Prüfung“), aber nicht mitten in einem Wort („antrag“ findet „Bauantrag“ nicht). Versuchen Sie ein anderes Wort, oder reichen Sie selbst eine Idee ein, z. B. mit !idee Anträge automatisch vorsortieren
ideas-heading-new = { $count ->
    [one] Die bisher einzige Idee:
   *[other] Die neuesten Ideen, von { $count } insgesamt:
}
ideas-heading-top = { $count ->
    [one] Die bisher einzige Idee:
   *[other] Die Ideen mit der meisten Unterstützung, von { $count } insgesamt:
}
ideas-heading-mine = { $count ->
    [one] Ihre Idee:
   *[other] Ihre { $count } Ideen:
}
ideas-heading-search = { $count ->
    [one] Eine Idee zu „{ $word }“:
   *[other] { $count } Ideen zu „{ $word }“:
}
ideas-line = #{ $id } { $title } – 👍 { $supporters } – { $status }
ideas-more = … und { $count ->
    [one] eine weitere
   *[other] { $count } weitere
}. Gezielt suchen Sie mit !ideen suche und einem Wort, z. B. !ideen suche Antrag.

idea-show-head = Idee #{ $id }: { $title }
    Status: { $status } · { $supporters ->
        [0] noch keine Unterstützung
        [one] eine Unterstützung
       *[other] { $supporters } Unterstützungen
    } · eingereicht von { $author }
idea-field-department = Fachbereich: { $value }
idea-field-description = Beschreibung: { $value }
idea-field-benefit = Nutzen: { $value }
idea-comments-head = { $count ->
    [one] Ein Kommentar:
   *[other] { $count } Kommentare:
}
idea-comment-line = – { $author }: { $text }
idea-show-support-hint = Unterstützen: !unterstütze #{ $id } · Kommentieren: !kommentar #{ $id } und Ihr Text

support-usage = Welche Idee möchten Sie unterstützen? Bitte nennen Sie ihre Nummer. Zum Beispiel: !unterstütze #12
support-added = 👍 Danke! Sie unterstützen Idee #{ $id }. Sie hat jetzt { $count ->
    [one] eine Unterstützung
   *[other] { $count } Unterstützungen
}.
support-already = Sie unterstützen Idee #{ $id } bereits. Jede Person zählt einmal.
comment-usage = So kommentieren Sie eine Idee: !kommentar, die Nummer der Idee und Ihr Text, zum Beispiel: !kommentar #12 Das würde uns viel Zeit sparen.
comment-added = 💬 Ihr Kommentar zu Idee #{ $id } ist gespeichert.
withdraw-usage = Welche Ihrer Ideen möchten Sie zurückziehen? Bitte nennen Sie ihre Nummer. Zum Beispiel: !zurückziehen #12
withdraw-not-author = Idee #{ $id } ist nicht Ihre eigene. Zurückziehen kann sie nur, wer sie eingereicht hat.
withdraw-done = Idee #{ $id } ist zurückgezogen. Andere sehen sie nicht mehr in den Listen. Sie selbst finden sie weiter mit !ideen meine.

status-eingereicht = eingereicht
status-in-pruefung = in Prüfung
status-priorisiert = priorisiert
status-pilot = Pilot
status-im-betrieb = im Betrieb
status-zurueckgestellt = zurückgestellt
status-abgelehnt = abgelehnt
status-zurueckgezogen = zurückgezogen

# Hilfe zu den Ideen.
topic-ideen = Ideen für den Einsatz von KI
topic-ideen-details = So geht es: „!idee Anträge automatisch vorsortieren“ speichert eine Idee mit einer einzigen Nachricht. Nur „!idee“ startet einen kurzen Dialog mit vier Fragen. „!ideen suche Antrag“ findet Ideen zu einem Wort. Eine Idee unterstützen Sie mit „!unterstütze #12“ oder mit 👍 auf meine Nachricht zu dieser Idee. „!idee #12“ zeigt eine Idee mit ihrem Status: Das Strategieteam prüft jede Idee, und der Status zeigt, wie weit sie ist (eingereicht, in Prüfung, priorisiert, Pilot, im Betrieb – oder zurückgestellt, abgelehnt).
help-idee = eine Idee einreichen: !idee und ein kurzer Titel – oder nur !idee, dann frage ich nach; !idee #12 zeigt eine Idee
help-ideen = Ideen ansehen: !ideen, !ideen top, !ideen meine, !ideen suche <Wort>; unterstützen Sie eine mit !unterstütze #12
help-unterstuetze = eine Idee unterstützen: !unterstütze #12 (oder 👍 auf meine Nachricht zur Idee)
help-kommentar = eine Idee kommentieren: !kommentar #12 und Ihr Text
help-zurueckziehen = eine eigene Idee zurückziehen: !zurückziehen #12

# Der Teil dieses Bereichs in !meine-daten.
my-data-ideas-none = Ihre Ideen: keine
my-data-ideas = { $count ->
    [one] Ihre Idee:
   *[other] Ihre { $count } Ideen:
}
my-data-idea-line = – #{ $id } { $title } ({ $status })
my-data-ideas-more = … und { $count ->
    [one] eine weitere
   *[other] { $count } weitere
} (alle mit !ideen meine)
my-data-activity = Sie unterstützen { $supports ->
    [0] keine Idee
    [one] eine Idee
   *[other] { $supports } Ideen
} und haben { $comments ->
    [0] keinen Kommentar
    [one] einen Kommentar
   *[other] { $comments } Kommentare
} geschrieben.

# Löschen einer Person: was mit Ideen, Unterstützungen und Kommentaren geschieht.
erase-ideas-unprocessed = { $count ->
    [one] eine Idee, die das Strategieteam noch nicht aufgegriffen hat, mit allen Texten
   *[other] { $count } Ideen, die das Strategieteam noch nicht aufgegriffen hat, mit allen Texten
}
erase-supports = { $count ->
    [one] eine Unterstützung einer Idee
   *[other] { $count } Unterstützungen von Ideen
}
erase-comments = { $count ->
    [one] ein Kommentar
   *[other] { $count } Kommentare
}
erase-ideas-kept = { $count ->
    [one] eine Idee, die das Strategieteam schon aufgegriffen hat: Sie bleibt als Vorgang, als Urheber steht der Platzhalter.
   *[other] { $count } Ideen, die das Strategieteam schon aufgegriffen hat: Sie bleiben als Vorgänge, als Urheber steht der Platzhalter.
}

# !bericht und !export: der Abschnitt „Ideen“.
report-ideas-heading = Ideen
report-ideas-submitted = Eingereicht: { $period } im Zeitraum, { $total } insgesamt
report-ideas-by-status = Nach Status: { $list }
report-ideas-by-department = Nach Fachbereich: { $list }
report-ideas-supports = Unterstützungen im Zeitraum: { $count }
report-ideas-decision = Bis zur ersten Entscheidung des Strategieteams: im Median { $days } ({ $count ->
    [one] bei einer entschiedenen Idee
   *[other] bei { $count } entschiedenen Ideen
})
report-ideas-decision-none = Bis zur ersten Entscheidung des Strategieteams: Über die Ideen aus dem Zeitraum ist noch nicht entschieden.
report-ideas-top = Am meisten unterstützt (Ideen aus dem Zeitraum): { $list }
report-ideas-top-item = #{ $id } „{ $title }“ ({ $supports ->
    [one] eine Unterstützung
   *[other] { $supports } Unterstützungen
})
report-ideas-top-none = Am meisten unterstützt: Keine Idee aus dem Zeitraum hat bisher Unterstützung erhalten.
report-ideas-fig-submitted = Ideen eingereicht im Zeitraum
report-ideas-fig-total = Ideen insgesamt bis zum Ende des Zeitraums
report-ideas-fig-status = Ideen des Zeitraums nach Status
report-ideas-fig-department = Ideen des Zeitraums nach Fachbereich
report-ideas-fig-supports = Unterstützungen im Zeitraum
report-ideas-fig-decision = Tage bis zur ersten Entscheidung (Median)
report-ideas-fig-decided = Ideen des Zeitraums mit einer Entscheidung
report-ideas-chart-title = Ideen nach Status
report-ideas-chart-alt = Diagramm „Ideen nach Status“: { $list }.
export-ideas-sheet = Ideen
export-ideas-id = Nr.
export-ideas-title = Titel
export-ideas-description = Beschreibung
export-ideas-benefit = Nutzen
export-ideas-department = Fachbereich
export-ideas-status = Status
export-ideas-author = Eingereicht von
export-ideas-owner = Verantwortlich
export-ideas-submitted = Eingereicht am
export-ideas-changed = Zuletzt geändert
export-ideas-supports = Unterstützungen
export-ideas-comments = Kommentare
