# Texte des Strategieteams: Rollen, Bewertung, Status, Portfolio, Neubewertung.

topic-team = Strategieteam
topic-team-details = Diese Befehle kann nur das Strategieteam nutzen. Beispiele: „!bewerte #12 wirkung=4 akzeptanz=3 skalierung=5 machbarkeit=2 effizienz=4 bürger=5“ bewertet Idee #12 in einer Nachricht, „!bewerte #12“ fragt die sechs Kriterien einzeln ab. „!status #12 priorisiert“ ändert den Status (zurückstellen und ablehnen brauchen eine Begründung), „!verantwortlich #12 @name:example.org“ benennt die verantwortliche Person, „!portfolio pilot“ zeigt nur Piloten, „!neubewertung“ listet fällige Neubewertungen.
help-bewerte = eine Idee nach den sechs Kriterien des Leitfadens bewerten (1–5): !bewerte #N – oder in einer Zeile mit wirkung=4 akzeptanz=3 …
help-status = den Status einer Idee ändern: !status #N <Status> [Begründung]
help-verantwortlich = die verantwortliche Person für eine Idee festlegen: !verantwortlich #N @name:server
help-portfolio = alle Ideen außer den abgelehnten, nach gewichteter Bewertung geordnet: !portfolio [Status] [seite N]
help-neubewertet = eine Neubewertung festhalten: !neubewertet #N [Notiz]
help-neubewertung = fällige und überfällige Neubewertungen anzeigen
help-rolle = Promotor:innen benennen: !rolle @name:server promotor <Fachbereich>, !rolle @name:server entfernen; !rolle zeigt alle

team-only = !{ $command } ist dem Strategieteam vorbehalten. { $ask ->
    [contact] Gehören Sie zum Strategieteam, oder haben Sie Fragen dazu? Dann wenden Sie sich bitte an { $contact }.
    [room] Gehören Sie zum Strategieteam? Dann bitten Sie ein Mitglied des Strategieteams, Sie im Raum „{ $room }“ freizuschalten.
   *[other] Gehören Sie zum Strategieteam? Dann bitten Sie ein Mitglied des Strategieteams, Sie bei Lotse freizuschalten.
} Was Sie selbst mit Lotse tun können, zeigt !hilfe.
promoter-only = !{ $command } steht den Promotor:innen der Fachbereiche und dem Strategieteam zur Verfügung. { $ask ->
    [contact] Wenn Sie Promotor:in für Ihren Fachbereich werden möchten, wenden Sie sich bitte an { $contact }.
    [room] Wenn Sie Promotor:in für Ihren Fachbereich werden möchten, wenden Sie sich an das Strategieteam (Raum „{ $room }“).
   *[other] Wenn Sie Promotor:in für Ihren Fachbereich werden möchten, wenden Sie sich an das Strategieteam.
}
team-idea-withdrawn = Idee #{ $id } wurde von der einreichenden Person zurückgezogen und kann nicht mehr bearbeitet werden.

role-usage = So benennen Sie Promotor:innen: !rolle @name:example.org promotor Bürgerservice – und so nehmen Sie die Rolle zurück: !rolle @name:example.org entfernen. !rolle allein zeigt alle.
role-department-missing = Für welchen Fachbereich soll { $user } Promotor:in sein? Zum Beispiel: !rolle { $user } promotor Bürgerservice
role-promoter-set = ✅ { $user } ist jetzt Promotor:in für „{ $department }“.
role-promoter-dm = Hallo! Das Strategieteam hat Sie als Promotor:in für „{ $department }“ benannt. Danke, dass Sie Ideen und Schulungsbedarf in Ihrem Fachbereich sammeln! Mit !hilfe sehen Sie, was Lotse kann.
role-removed = { $user } ist nicht mehr Promotor:in.
role-none = { $user } hat keine Rolle, die ich entfernen könnte.
role-list-empty = Es sind noch keine Promotor:innen benannt. Das geht so: !rolle @name:example.org promotor <Fachbereich>
role-list-heading = Promotor:innen ({ $count }):
role-list-line = – { $department }: { $user }

status-usage = So ändern Sie den Status: !status #12 in Prüfung. Möglich sind eingereicht, in Prüfung, priorisiert, Pilot, im Betrieb, zurückgestellt und abgelehnt. Zum Zurückstellen und Ablehnen brauche ich eine Begründung, zum Beispiel: !status #12 zurückgestellt Haushalt erst 2027
status-current = Idee #{ $id } ist { $status }. Als Nächstes möglich: { $allowed }. Zum Beispiel: !status #{ $id } { $example }
status-unknown = Den Status „{ $word }“ kenne ich nicht. Möglich sind: { $statuses }. Zum Beispiel: !status #{ $id } { $example }
status-unchanged = Idee #{ $id } ist bereits { $status } – es hat sich nichts geändert.
status-transition-refused = Idee #{ $id } kann nicht von „{ $from }“ direkt auf „{ $to }“ wechseln. Von „{ $from }“ aus möglich: { $allowed }.
status-reason-needed = Bitte geben Sie eine Begründung an. Die einreichende Person erfährt sie. Zum Beispiel: !status #{ $id } { $status } Datenlage reicht noch nicht aus
status-owner-needed = Bevor Idee #{ $id } den Status „{ $status }“ bekommt, braucht sie eine verantwortliche Person. Legen Sie sie so fest: !verantwortlich #{ $id } @name:example.org
status-changed = ✅ Idee #{ $id } ist jetzt { $status }.
status-reason-line = Begründung: { $reason }
status-author-told = Die einreichende Person erfährt es im Direktchat.
status-dm = Neuigkeiten zu Ihrer Idee #{ $id } „{ $title }“: Sie ist jetzt { $status }.
status-dm-outro = Danke für Ihre Idee! Den Stand sehen Sie jederzeit mit !idee #{ $id }.

owner-usage = So legen Sie die verantwortliche Person fest: !verantwortlich #12 @name:example.org (mit „-“ statt eines Namens entfernen Sie sie).
owner-current = Verantwortlich für Idee #{ $id } ist { $owner }.
owner-none = Für Idee #{ $id } ist noch niemand verantwortlich. Festlegen: !verantwortlich #{ $id } @name:example.org
owner-set = ✅ { $owner } ist jetzt verantwortlich für Idee #{ $id }.
owner-dm = Hallo! Sie sind jetzt verantwortlich für Idee #{ $id } „{ $title }“. Sobald sie als Anwendungsfall neu bewertet werden muss, erinnere ich Sie. Details: !idee #{ $id }
owner-required = Idee #{ $id } ist { $status } und braucht deshalb eine verantwortliche Person. Sie können eine andere Person benennen: !verantwortlich #{ $id } @name:example.org
owner-cleared = Für Idee #{ $id } ist jetzt niemand mehr verantwortlich.
owner-line = Verantwortlich: { $owner }
owner-missing = ⚠️ noch keine verantwortliche Person

score-usage = So bewerten Sie eine Idee: !bewerte #12 – ich frage die sechs Kriterien einzeln ab. Oder in einer Zeile: !bewerte #12 wirkung=4 akzeptanz=3 skalierung=5 machbarkeit=2 effizienz=4 bürger=5
score-dialog-start = Bewertung von Idee #{ $id } „{ $title }“. Bitte antworten Sie auf jede Frage mit einer Zahl von 1 (gering) bis 5 (hoch). Mit !abbrechen beenden Sie die Bewertung.
score-dialog-question = ({ $number }/{ $total }) { $criterion }: { $question }
score-dialog-invalid = Bitte antworten Sie für „{ $criterion }“ mit einer ganzen Zahl von 1 bis 5 – oder mit !abbrechen.
score-not-a-pair = „{ $part }“ verstehe ich nicht. Bitte schreiben Sie jedes Kriterium mit seiner Zahl, zum Beispiel: wirkung=4 akzeptanz=3
score-unknown-key = Das Kriterium „{ $key }“ kenne ich nicht. So schreiben Sie die Kriterien: { $keys }.
score-bad-value = Für „{ $criterion }“ brauche ich eine ganze Zahl von 1 bis 5; „{ $value }“ passt nicht. Zum Beispiel: { $key }=4
score-duplicate = „{ $criterion }“ steht zweimal in Ihrer Bewertung. Bitte geben Sie jedes Kriterium genau einmal an.
score-missing = Es fehlen noch: { $missing }. Bitte geben Sie alle sechs Kriterien in einer Nachricht an. Oder schreiben Sie nur !bewerte #{ $id }, dann frage ich die Kriterien einzeln ab.
score-saved = ✅ Danke, Ihre Bewertung von Idee #{ $id } ist gespeichert. Gesamtwert: { $score } (gewichtet, { $count ->
    [one] aus einer Bewertung
   *[other] aus { $count } Bewertungen
}).

criterion-wirkung = Wirkungsorientierung
criterion-akzeptanz = Akzeptanz und Nutzbarkeit
criterion-skalierung = Wertschöpfung und Skalierbarkeit
criterion-machbarkeit = Technische Machbarkeit
criterion-effizienz = Effizienz
criterion-buerger = Fokus auf Bürger:innen
criterion-wirkung-question = Zahlt die Idee auf die Ziele der KI-Strategie ein?
criterion-akzeptanz-question = Wie wahrscheinlich ist es, dass Beschäftigte und Bürger:innen die Lösung tatsächlich nutzen?
criterion-skalierung-question = Wie groß ist der Nutzen, und lässt sich die Idee auf andere Fachbereiche übertragen?
criterion-machbarkeit-question = Ist die Umsetzung mit Blick auf Daten, Datenqualität und bestehende IT-Systeme realistisch?
criterion-effizienz-question = Stehen die Kosten im Verhältnis zum Nutzen für Verwaltung und Bürger:innen?
criterion-buerger-question = Kann die Idee die Zufriedenheit der Bürger:innen mit der Verwaltung erhöhen?

idea-scores = Bewertung (nur für das Strategieteam): { $score } { $count ->
    [one] aus einer Bewertung
   *[other] aus { $count } Bewertungen
}
    { $criteria }
idea-scores-none = Noch nicht bewertet (nur für das Strategieteam sichtbar). Bewerten: !bewerte #{ $id }

reassessed-usage = So halten Sie eine Neubewertung fest: !neubewertet #12 Nutzen bestätigt, weiter so
reassessed-not-active = Idee #{ $id } ist { $status }. Neu bewertet werden nur priorisierte Anwendungsfälle, Piloten und Anwendungsfälle im Betrieb.
reassessed-done = ✅ Neubewertung von Idee #{ $id } festgehalten. Die nächste ist am { $date } fällig.
reassessment-next-line = Nächste Neubewertung: { $date }
reassessment-none-due = Keine Neubewertung ist überfällig oder { $days ->
    [0] heute fällig
    [one] bis morgen fällig
   *[other] in den nächsten { $days } Tagen fällig
}. 👍
reassessment-heading = Fällige Neubewertungen ({ $count }):
reassessment-line-overdue = ⚠️ #{ $id } { $title } – { $status } – { $owner } – überfällig seit { $date }
reassessment-line-due = #{ $id } { $title } – { $status } – { $owner } – fällig am { $date }
reassessment-more = { $count ->
    [one] … und eine weitere.
   *[other] … und { $count } weitere.
}
reassessment-hint = Erledigt? Dann halten Sie es mit !neubewertet #N [Notiz] fest – oder bewerten Sie neu mit !bewerte #N.

portfolio-usage = So sehen Sie das Portfolio: !portfolio, !portfolio pilot oder !portfolio seite 2. Nach dem Status filtern Sie mit einem dieser Namen: eingereicht, in Prüfung, priorisiert, Pilot, im Betrieb, zurückgestellt, abgelehnt.
portfolio-empty = Dazu gibt es keine Ideen im Portfolio. !portfolio ohne Status zeigt alle Ideen außer den abgelehnten.
portfolio-page-missing = Seite { $page } gibt es nicht, das Portfolio hat { $pages ->
    [one] eine Seite
   *[other] { $pages } Seiten
}. Die erste Seite zeigt !portfolio.
portfolio-all = alle außer abgelehnten
portfolio-heading = Portfolio ({ $filter }): { $count ->
    [one] eine Idee
   *[other] { $count } Ideen
}, nach gewichteter Bewertung – Seite { $page } von { $pages }:
portfolio-next-page = Weiter mit !portfolio { $status }seite { $page }
portfolio-score = Ø { $score } aus { $count ->
    [one] einer Bewertung
   *[other] { $count } Bewertungen
}
portfolio-unscored = noch nicht bewertet
portfolio-line = { $rank }. #{ $id } { $title } – { $score } – { $status }
portfolio-department = { $department }
portfolio-owner = verantwortlich: { $owner }
portfolio-due = Neubewertung { $date }
portfolio-overdue = ⚠️ Neubewertung überfällig seit { $date }

reminder-reassessment-upcoming = 🔔 Erinnerung: Der Anwendungsfall #{ $id } „{ $title }“ ist am { $date } zur Neubewertung fällig (verantwortlich: { $owner }). Neu bewerten mit !bewerte #{ $id } – oder, wenn alles beim Alten ist, bestätigen mit !neubewertet #{ $id } [Notiz].
reminder-reassessment-due = 🔔 Heute ist die Neubewertung des Anwendungsfalls #{ $id } „{ $title }“ fällig (verantwortlich: { $owner }). Neu bewerten mit !bewerte #{ $id } – oder bestätigen mit !neubewertet #{ $id } [Notiz].
reminder-reassessment-overdue = ⚠️ Die Neubewertung des Anwendungsfalls #{ $id } „{ $title }“ ist seit dem { $date } überfällig (verantwortlich: { $owner }). Bitte neu bewerten mit !bewerte #{ $id } – oder bestätigen mit !neubewertet #{ $id } [Notiz]. Bis dahin erinnere ich jede Woche daran.

# Löschen einer Person: was mit Rollen, Bewertungen und Zuständigkeiten geschieht.
erase-promoter = die Rolle als Promotor:in eines Fachbereichs (die Rolle endet)
erase-scores-kept = { $count ->
    [one] eine Bewertung einer Idee: Diese bleibt, damit Entscheidungen nachvollziehbar bleiben.
   *[other] { $count } Bewertungen von Ideen: Diese bleiben, damit Entscheidungen nachvollziehbar bleiben.
}
erase-owner-kept = { $count ->
    [one] eine Idee, für die diese Person als verantwortlich eingetragen ist: Dort steht der Platzhalter, bis das Strategieteam eine neue verantwortliche Person benennt.
   *[other] { $count } Ideen, für die diese Person als verantwortlich eingetragen ist: Dort steht der Platzhalter, bis das Strategieteam eine neue verantwortliche Person benennt.
}

# !bericht und !export: der Abschnitt „Portfolio“ (Stand heute).
report-portfolio-heading = Portfolio (Stand heute, ohne abgelehnte Ideen)
report-portfolio-size = { $count ->
    [0] Noch keine Ideen im Portfolio
    [one] Eine Idee im Portfolio, nach Status: { $list }
   *[other] { $count_text } Ideen im Portfolio, nach Status: { $list }
}
report-portfolio-scored = Bewertet: { $scored } von { $total }
report-portfolio-reassessment = Neubewertungen: { $soon } { $days ->
    [one] bis morgen
   *[other] in den nächsten { $days } Tagen
} fällig, { $overdue } überfällig
report-portfolio-fig-size = Ideen im Portfolio (ohne abgelehnte)
report-portfolio-fig-status = Portfolio nach Status
report-portfolio-fig-scored = Bewertete Ideen im Portfolio
report-portfolio-fig-due = Neubewertungen fällig { $days ->
    [one] bis morgen
   *[other] in den nächsten { $days } Tagen
}
report-portfolio-fig-overdue = Neubewertungen überfällig
export-portfolio-sheet = Portfolio
export-portfolio-rank = Rang
export-portfolio-id = Nr.
export-portfolio-title = Titel
export-portfolio-status = Status
export-portfolio-department = Fachbereich
export-portfolio-owner = Verantwortlich
export-portfolio-scorers = Bewertungen
export-portfolio-weighted = Gewichteter Gesamtwert
export-portfolio-reassessment = Nächste Neubewertung
