# Texte des Ideen-Moduls.

idea-created = 💡 Danke! Ihre Idee #{ $id } „{ $title }“ ist gespeichert. Andere können sie mit !unterstütze #{ $id } oder mit 👍 auf diese Nachricht unterstützen.
idea-updated = ✏️ Idee #{ $id } heißt jetzt „{ $title }“.
idea-ref-invalid = Das ist keine gültige Nummer. Ideen haben Nummern wie #12 – Sie finden sie mit !ideen.
idea-not-found = Eine Idee #{ $id } gibt es nicht. Mit !ideen sehen Sie die vorhandenen Ideen.
idea-title-too-long = Der Titel ist zu lang: { $length } Zeichen, erlaubt sind höchstens { $max }. Bitte kürzen Sie ihn – Details können Sie im geführten Dialog (!idee) angeben. Gespeichert wurde noch nichts.
idea-withdrawn-already = Idee #{ $id } wurde zurückgezogen.

idea-dialog-title = Schön, dass Sie eine Idee haben! 💡 Wie lautet der Titel Ihrer Idee? (ein kurzer Satz; !abbrechen beendet den Dialog)
idea-dialog-description = Danke. Beschreiben Sie die Idee bitte in ein paar Sätzen: Was soll die KI tun, und wobei?
idea-dialog-department = Für welchen Fachbereich ist die Idee? (z. B. Bürgerservice, Bauamt)
idea-dialog-department-known = Für welchen Fachbereich ist die Idee? Mit „-“ übernehme ich Ihren Fachbereich „{ $name }“.
idea-dialog-benefit = Letzte Frage: Welchen Nutzen hätte das für Bürgerinnen und Bürger oder für die Verwaltung? (höchstens { $max } Zeichen)

ideas-usage = So können Sie Ideen ansehen: !ideen (neueste), !ideen top, !ideen meine oder !ideen suche <Wort>.
ideas-search-usage = Wonach soll ich suchen? Zum Beispiel: !ideen suche Antrag
ideas-none = Es gibt noch keine Ideen. Reichen Sie die erste ein: !idee <Titel>
ideas-none-mine = Sie haben noch keine Idee eingereicht. Das geht ganz einfach: !idee <Titel>
ideas-none-found = Dazu habe ich keine Idee gefunden. Versuchen Sie ein anderes Wort – oder reichen Sie selbst eine ein: !idee <Titel>
ideas-heading-new = Neueste Ideen ({ $count } insgesamt):
ideas-heading-top = Ideen mit der meisten Unterstützung ({ $count } insgesamt):
ideas-heading-mine = Ihre Ideen ({ $count }):
ideas-heading-search = Ideen zu „{ $word }“ ({ $count } gefunden):
ideas-line = #{ $id } { $title } – 👍 { $supporters } – { $status }
ideas-more = … und { $count } weitere. Mit !ideen suche <Wort> finden Sie gezielt.

idea-show-head = Idee #{ $id }: { $title }
    Status: { $status } · Unterstützung: { $supporters } · eingereicht von { $author }
idea-field-department = Fachbereich: { $value }
idea-field-description = Beschreibung: { $value }
idea-field-benefit = Nutzen: { $value }
idea-comments-head = Kommentare ({ $count }):
idea-comment-line = – { $author }: { $text }
idea-show-support-hint = Unterstützen: !unterstütze #{ $id } · Kommentieren: !kommentar #{ $id } <Text>

support-usage = Welche Idee möchten Sie unterstützen? Zum Beispiel: !unterstütze #12
support-added = 👍 Danke! Sie unterstützen Idee #{ $id }. Sie hat jetzt { $count ->
    [one] eine Unterstützung
   *[other] { $count } Unterstützungen
}.
support-already = Sie unterstützen Idee #{ $id } bereits – jede Person zählt einmal.
comment-usage = So kommentieren Sie eine Idee: !kommentar #12 Ihr Text
comment-added = 💬 Ihr Kommentar zu Idee #{ $id } ist gespeichert.
withdraw-usage = Welche Ihrer Ideen möchten Sie zurückziehen? Zum Beispiel: !zurückziehen #12
withdraw-not-author = Idee #{ $id } ist nicht Ihre eigene. Zurückziehen kann sie nur, wer sie eingereicht hat.
withdraw-done = Idee #{ $id } ist zurückgezogen. Andere sehen sie nicht mehr in den Ideenlisten; Sie selbst finden sie weiter unter !ideen meine.

status-eingereicht = eingereicht
status-in-pruefung = in Prüfung
status-priorisiert = priorisiert
status-pilot = Pilot
status-im-betrieb = im Betrieb
status-zurueckgestellt = zurückgestellt
status-abgelehnt = abgelehnt
status-zurueckgezogen = zurückgezogen

# Hilfe zu den Ideen.
topic-ideen = Ideen für KI-Einsatz
topic-ideen-details = Beispiele: „!idee Anträge automatisch vorsortieren“ speichert eine Idee in einer Nachricht. Nur „!idee“ startet ein kurzes Gespräch mit vier Fragen. „!ideen suche Antrag“ findet Ideen, „!unterstütze #12“ oder ein 👍 auf meine Nachricht zur Idee unterstützt sie.
help-idee = eine Idee einreichen: !idee <Titel> – oder nur !idee für ein geführtes Gespräch; !idee #N zeigt eine Idee
help-ideen = Ideen ansehen: !ideen, !ideen top, !ideen meine, !ideen suche <Wort>
help-unterstuetze = eine Idee unterstützen: !unterstütze #N (oder 👍 auf meine Nachricht zur Idee)
help-kommentar = eine Idee kommentieren: !kommentar #N <Text>
help-zurueckziehen = die eigene Idee zurückziehen: !zurückziehen #N

# Der Teil dieses Bereichs in !meine-daten.
my-data-ideas-none = Ideen: keine
my-data-ideas = Ihre Ideen ({ $count }):
my-data-idea-line = – #{ $id } { $title } ({ $status })
my-data-ideas-more = … und { $count } weitere (!ideen meine)
my-data-activity = Unterstützungen: { $supports } · Kommentare: { $comments }

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
    [one] eine Idee, die das Strategieteam schon aufgegriffen hat: Diese bleibt als Vorgang, als Urheber steht der Platzhalter.
   *[other] { $count } Ideen, die das Strategieteam schon aufgegriffen hat: Diese bleiben als Vorgänge, als Urheber steht der Platzhalter.
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
