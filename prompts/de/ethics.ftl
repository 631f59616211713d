# Ethik-Check: die vier Stufen je Anwendungsfall.

topic-ethik = Ethik-Check (Strategieteam)
topic-ethik-details = Jeder KI-Anwendungsfall durchläuft vier Stufen. Jede Stufe hat ein festes Ergebnis:
    1. Die Vorprüfung auf Werte und Recht: „!ethik #3 vorprüfung“. Ergebnis: bestanden, bestanden mit Auflagen oder nicht bestanden.
    2. Der Stakeholder-Dialog mit Betroffenen und Beteiligten: „!ethik #3 dialog rundtisch #2“ oder „!ethik #3 dialog workshop 12.03.2027 | Bürger:innen, Mitarbeitende | Kernpunkte“.
    3. Die technisch-ethische Bewertung mit Wirkungsstufe I–IV, Energie, Nachvollziehbarkeit und Bias-Prüfung: „!ethik #3 bewertung“.
    4. Die jährliche Überprüfung: „!ethik #3 überprüfung 200 Testeingaben; Alter 2, Geschlecht 0 | Notiz“.
    „!ethik #3“ zeigt den Stand. „!ethik bericht 2027“ schickt den Jahresbericht als Datei. In den Pilotbetrieb geht ein Anwendungsfall erst nach bestandener Vorprüfung, in den Betrieb erst nach der Bewertung.
help-ethik = Ethik-Check (Strategieteam): !ethik #N, !ethik #N vorprüfung, !ethik #N dialog rundtisch #M | workshop <Datum> | <Gruppen> | <Kernpunkte>, !ethik #N bewertung, !ethik #N überprüfung <Bias-Prüfung> [| Notiz], !ethik bericht [Jahr]

ethics-usage = So geht es: „!ethik #3“ zeigt den Ethik-Check von Idee 3. Dahinter können Sie „vorprüfung“, „dialog“, „bewertung“ oder „überprüfung“ schreiben, zum Beispiel „!ethik #3 vorprüfung“. „!ethik bericht 2027“ erstellt den Jahresbericht. Mehr dazu erklärt „!hilfe ethik“.
ethics-overview-not-here = Den Ethik-Check von Idee #{ $id } zeige ich nur im Strategieraum oder in Ihrem Direktchat mit mir, denn er enthält Namen und Notizen, die dieser Raum nicht sehen soll. Bitte schreiben Sie „!ethik #{ $id }“ dort.
ethics-question = Frage { $number } von { $total }: { $question }
ethics-recorded = am { $date } von { $by }
ethics-open = offen

ethics-stage-vorpruefung = 1. Vorprüfung (Werte und Recht)
ethics-stage-dialog = 2. Stakeholder-Dialog
ethics-stage-bewertung = 3. Technisch-ethische Bewertung
ethics-stage-ueberpruefung = 4. Kontinuierliche Überprüfung
ethics-stage-name-vorpruefung = Vorprüfung
ethics-stage-name-dialog = Stakeholder-Dialog
ethics-stage-name-bewertung = technisch-ethische Bewertung
ethics-stage-name-ueberpruefung = Überprüfung
ethics-stage-missing = fehlt noch – „!ethik #{ $id } { $command }“ erfasst die Stufe.

ethics-verdict-bestanden = bestanden
ethics-verdict-auflagen = bestanden mit Auflagen
ethics-verdict-nicht-bestanden = nicht bestanden
ethics-answer-ja = ja
ethics-answer-nein = nein
ethics-answer-unklar = unklar

# Vorprüfung.
ethics-pre-intro = Vorprüfung von Idee #{ $id } („{ $title }“). Ich frage nach Zweck, Daten und Wirkungen und dann nach Werten und Recht. Mit „!abbrechen“ hören Sie jederzeit auf.
ethics-pre-purpose = Wozu soll das KI-System eingesetzt werden?
ethics-pre-sources = Aus welchen Quellen stammen die Daten, mit denen das System arbeitet?
ethics-pre-effects = Welche Wirkungen erwarten Sie – für Bürgerinnen und Bürger, für Beschäftigte, für die Verwaltung?
ethics-pre-grundrechte = Bleiben die Grundrechte der Betroffenen gewahrt, etwa Würde, Gleichbehandlung und freie Meinungsäußerung? Antworten Sie mit ja, nein oder unklar, auf Wunsch mit einer Notiz („nein – Widerspruch nicht geregelt“).
ethics-pre-fairness = Behandelt das System alle Betroffenen fair, auch Menschen, die sich mit digitalen Angeboten schwertun? (ja, nein oder unklar, mit Notiz)
ethics-pre-diskriminierung = Ist ausgeschlossen, dass das System Menschen wegen Alter, Geschlecht, Herkunft, Religion oder Behinderung benachteiligt? (ja, nein oder unklar, mit Notiz)
ethics-pre-transparenz = Ist für Betroffene und Beschäftigte erkennbar, dass und wie KI beteiligt ist? (ja, nein oder unklar, mit Notiz)
ethics-pre-datenschutz = Ist der Datenschutz geklärt – Rechtsgrundlage, Datensparsamkeit, Löschfristen? (ja, nein oder unklar, mit Notiz)
ethics-pre-grundrechte-short = Grundrechte
ethics-pre-fairness-short = Fairness
ethics-pre-diskriminierung-short = Nichtdiskriminierung
ethics-pre-transparenz-short = Transparenz
ethics-pre-datenschutz-short = Datenschutz
ethics-pre-verdict = Ihr Ergebnis? Antworten Sie mit „bestanden“, mit „auflagen“ und den Auflagen oder mit „nicht bestanden“ und dem Grund. Zum Beispiel: „auflagen Widerspruchsweg einrichten“.
ethics-pre-summary = Bisher { $no ->
    [0] kein „nein“
    [one] ein „nein“
   *[other] { $no }-mal „nein“
} und { $unclear ->
    [0] kein „unklar“
    [one] ein „unklar“
   *[other] { $unclear }-mal „unklar“
}.
ethics-answer-invalid = Diese Antwort habe ich nicht verstanden. Bitte antworten Sie mit „ja“, „nein“ oder „unklar“, auf Wunsch mit einer Notiz dahinter. Zum Beispiel: „nein – Widerspruch nicht geregelt“.
ethics-verdict-invalid = Dieses Ergebnis habe ich nicht verstanden. Bitte antworten Sie mit „bestanden“, mit „auflagen“ und den Auflagen oder mit „nicht bestanden“ und dem Grund. Zum Beispiel: „nicht bestanden Widerspruch nicht geregelt“.
ethics-conditions-missing = Es fehlen die Auflagen. Bitte nennen Sie sie gleich mit, zum Beispiel „auflagen Widerspruchsweg einrichten, Schulung der Sachbearbeitung“.
ethics-pre-done = Die Vorprüfung von Idee #{ $id } ist erfasst: { $verdict }. { $passes ->
    [yes] Damit kann der Anwendungsfall in den Pilotbetrieb gehen.
   *[no] So kann er nicht in den Pilotbetrieb. Ändern Sie den Anwendungsfall und wiederholen Sie die Vorprüfung dann mit „!ethik #{ $id } vorprüfung“.
}
ethics-pre-line = Ergebnis: { $verdict }, { $recorded }
ethics-conditions-line = Auflagen: { $conditions }

ethics-reason-line = Grund: { $conditions }
ethics-pre-answer-line = { $has_note ->
    [no] {"  "}· { $question } – { $answer }
   *[yes] {"  "}· { $question } – { $answer }: { $note }
}
# Stakeholder-Dialog.
ethics-dialog-usage = So erfassen Sie den Stakeholder-Dialog: „!ethik #3 dialog rundtisch #2“ verbindet Rundtisch 2. „!ethik #3 dialog workshop 12.03.2027 | Bürger:innen, Mitarbeitende | Kernpunkte“ hält einen Workshop fest. Mögliche Gruppen: Bürger:innen, Mitarbeitende, Fachleute, andere.
ethics-round-table-not-found = Einen Rundtisch #{ $table } gibt es nicht. „!rundtische“ zeigt die vorhandenen.
ethics-date-invalid = Das Datum habe ich nicht verstanden. Bitte schreiben Sie es so: 12.03.2027.
ethics-groups-invalid = Die Gruppen habe ich nicht erkannt. Bitte nennen Sie die beteiligten Gruppen, durch Kommas getrennt: Bürger:innen, Mitarbeitende, Fachleute, andere. Zum Beispiel: „Bürger:innen, Mitarbeitende“.
ethics-group-buerger = Bürger:innen
ethics-group-mitarbeitende = Mitarbeitende
ethics-group-fachleute = Fachleute
ethics-group-andere = andere
ethics-dialog-round-table = Erfasst: Der Rundtisch #{ $table } („{ $title }“) gehört zum Stakeholder-Dialog von Idee #{ $id }. Sein Protokoll zeigt „!rundtisch #{ $table }“.
ethics-dialog-workshop = Erfasst: Der Workshop gehört zum Stakeholder-Dialog von Idee #{ $id }.
ethics-dialog-line-round-table = Rundtisch #{ $table } („{ $title }“, Protokoll: !rundtisch #{ $table }), { $recorded }
ethics-dialog-line-workshop = Workshop am { $date } mit { $groups }: { $points } (erfasst { $recorded })
# Technisch-ethische Bewertung.
ethics-assessment-intro = Bewertung von Idee #{ $id } („{ $title }“): Es kommen sieben Fragen, die Sie mit 1 bis 5 Punkten beantworten. Danach frage ich nach Energie, Nachvollziehbarkeit und der Bias-Prüfung. Mit „!abbrechen“ hören Sie jederzeit auf.
ethics-scale-risk = Antworten Sie mit 1 (gering) bis 5 (sehr hoch).
ethics-scale-mitigation = Antworten Sie mit 1 (gar nicht) bis 5 (vollständig).
ethics-q-betroffenheit = Wie stark wirken sich die Ergebnisse des Systems auf die Betroffenen aus?
ethics-q-unumkehrbarkeit = Wie schwer lassen sich Entscheidungen, an denen das System mitwirkt, rückgängig machen?
ethics-q-reichweite = Wie viele Menschen betrifft das System?
ethics-q-benachrichtigung = Erfahren die Betroffenen, dass KI beteiligt ist?
ethics-q-pruefung = Prüft ein Mensch die Ergebnisse, bevor sie wirken?
ethics-q-beschwerde = Gibt es einen einfachen Weg für Beschwerde oder Widerspruch?
ethics-q-datenqualitaet = Wie gut sind die Daten – vollständig, aktuell, repräsentativ?
ethics-q-energy = Wie viel Energie braucht das System? Nennen Sie gemessene kWh im Monat (zum Beispiel „120 kWh im Monat“) oder beschreiben Sie es kurz.
ethics-q-explainability = Wie nachvollziehbar sind die Ergebnisse des Systems – für die Sachbearbeitung und für Betroffene?
ethics-q-bias = Bias-Prüfung, also die Prüfung auf Benachteiligung: Mit wie vielen Testeingaben (Prompts) haben Sie geprüft, und wie viele diskriminierende Ausgaben gab es je Merkmal? Zum Beispiel „200 Testeingaben; Alter 3, Geschlecht 1, Religion 0“. War keine Prüfung möglich, schreiben Sie „nicht möglich: Grund“.
ethics-score-invalid = Das habe ich nicht als Punktzahl erkannt. Bitte antworten Sie mit einer Zahl von 1 bis 5, zum Beispiel „3“.
ethics-bias-invalid = Das habe ich nicht verstanden. Bitte nennen Sie zuerst die Zahl der Testeingaben, dann je Merkmal die Zahl der diskriminierenden Ausgaben (höchstens so viele wie Testeingaben). Zum Beispiel: „200 Testeingaben; Alter 3, Geschlecht 1“. Oder „nicht möglich: Grund“.
ethics-assessment-done = Die Bewertung von Idee #{ $id } ist erfasst: Wirkungsstufe { $level } (Risiko { $risk }, Schutz { $mitigation } von 5). Die nächste Überprüfung ist am { $date } fällig; ich erinnere rechtzeitig daran.
ethics-assessment-line = Wirkungsstufe { $level } (Risiko { $risk }, Schutz { $mitigation } von 5), { $recorded }
ethics-energy-line = Energie: { $energy }
ethics-explainability-line = Nachvollziehbarkeit: { $text }
ethics-bias-line = Bias-Prüfung mit { $prompts ->
        [one] einer Testeingabe
       *[other] { $prompts } Testeingaben
    }: diskriminierende Ausgaben { $rates }
ethics-bias-rate = { $trait } { $rate } %
ethics-bias-none = Bias-Prüfung: nicht durchgeführt ({ $note })

# Kontinuierliche Überprüfung.
ethics-review-usage = So erfassen Sie die Überprüfung: „!ethik #{ $id } überprüfung 200 Testeingaben; Alter 2, Geschlecht 0 | Notiz“. Nennen Sie dabei die neuen Zahlen der Bias-Prüfung: zuerst die Testeingaben, dann je Merkmal die diskriminierenden Ausgaben. War keine Prüfung möglich: „!ethik #{ $id } überprüfung - | Notiz“.
ethics-review-needs-assessment = Für Idee #{ $id } gibt es noch keine Bewertung, und die Überprüfung baut auf ihr auf. Bitte erfassen Sie zuerst die Bewertung: „!ethik #{ $id } bewertung“.
ethics-review-done = Die Überprüfung von Idee #{ $id } ist erfasst. Die nächste ist am { $date } fällig.
ethics-review-without-bias = Neue Zahlen der Bias-Prüfung fehlen; der Jahresbericht vermerkt das.
ethics-review-line = { $has_note ->
    [no] Zuletzt { $recorded }
   *[yes] Zuletzt { $recorded }: { $note }
}
ethics-next-review = { $overdue ->
    [yes] Die Überprüfung ist seit dem { $date } fällig: „!ethik #{ $id } überprüfung …“.
   *[no] Nächste Überprüfung: { $date }
}

ethics-heading = Ethik-Check für Idee #{ $id }: { $title }
ethics-idea-line = Ethik-Check: Vorprüfung { $verdict }, Wirkungsstufe { $level } (!ethik #{ $id })
ethics-gate-refused = Idee #{ $id } kann noch nicht in den Status „{ $status }“ wechseln: { $failed ->
    [yes] Die { $stage } ist nicht bestanden. Wiederholen Sie sie nach Änderungen mit „!ethik #{ $id } { $command }“.
   *[no] Zuerst braucht es die { $stage }. Erfassen Sie sie mit „!ethik #{ $id } { $command }“.
}
# Erinnerungen.
reminder-ethics-review-upcoming = Am { $date } ist die jährliche ethische Überprüfung von Idee #{ $id } („{ $title }“) fällig, mit neuer Bias-Prüfung: „!ethik #{ $id } überprüfung …“.
reminder-ethics-review-due = Heute ist die jährliche ethische Überprüfung von Idee #{ $id } („{ $title }“) fällig: „!ethik #{ $id } überprüfung …“.
reminder-ethics-review-overdue = Die jährliche ethische Überprüfung von Idee #{ $id } („{ $title }“) ist seit dem { $date } fällig. Bitte holen Sie sie nach: „!ethik #{ $id } überprüfung …“.

# Jahresbericht.
ethics-annual-year-invalid = Für dieses Jahr kann ich keinen Bericht erstellen. Bitte nennen Sie ein Jahr bis heute, zum Beispiel „!ethik bericht 2027“. Ohne Jahr erhalten Sie den Bericht für das laufende Jahr.
ethics-annual-sent = Der Ethik-Bericht { $year } ({ $count ->
    [0] noch kein Anwendungsfall
    [one] ein Anwendungsfall
   *[other] { $count } Anwendungsfälle
}) folgt als Datei.
ethics-annual-title = # Ethik-Bericht { $year }
ethics-annual-intro = Kontinuierliche Überprüfung der KI-Anwendungsfälle nach dem Ethik-Check, Stand { $date }.
ethics-annual-heading = ## Idee #{ $id }: { $title } ({ $status })
ethics-annual-pre = - Vorprüfung: { $verdict } ({ $date })
ethics-annual-pre-none = - Vorprüfung: noch nicht durchgeführt
ethics-annual-dialogues = - Stakeholder-Dialog: { $count ->
    [0] noch keiner
    [one] ein Rundtisch oder Workshop
   *[other] { $count } Rundtische oder Workshops
}
ethics-annual-assessment = - Bewertung: Wirkungsstufe { $level } ({ $date }; Risiko { $risk }, Schutz { $mitigation } von 5)
ethics-annual-assessment-none = - Bewertung: noch nicht durchgeführt
ethics-annual-energy = - Energie: { $energy }
ethics-annual-bias = - Bias { $trait }: { $rate } % diskriminierende Ausgaben je Testeingabe
ethics-annual-bias-change = - Bias { $trait }: { $rate } % diskriminierende Ausgaben je Testeingabe (Vorjahr { $previous } %, Veränderung { $change } Prozentpunkte)
ethics-annual-bias-none = - Bias-Prüfung: in diesem Jahr keine Zahlen
ethics-annual-conditions = - Offene Auflagen: { $conditions }
ethics-annual-review = - { $overdue ->
    [yes] Überprüfung überfällig seit { $date }
   *[no] Nächste Überprüfung: { $date }
}
ethics-annual-empty = In diesem Jahr wurde noch kein Anwendungsfall geprüft.

ethics-annual-unchecked = ## Ohne Ethik-Check in Pilot oder Betrieb ({ $count })
# !meine-daten und Löschen.
my-data-ethics = Ethik-Check: { $count ->
    [one] eine Stufe von Ihnen erfasst
   *[other] { $count } Stufen von Ihnen erfasst
}
erase-ethics-kept = { $count ->
    [one] eine Stufe eines Ethik-Checks, die Sie erfasst haben: bleibt als Unterlage der Verwaltung
   *[other] { $count } Stufen von Ethik-Checks, die Sie erfasst haben: bleiben als Unterlage der Verwaltung
}

erase-ethics-of-erased-ideas = { $count ->
    [one] eine Stufe des Ethik-Checks einer Idee, die mit Ihnen gelöscht wird
   *[other] { $count } Stufen des Ethik-Checks von Ideen, die mit Ihnen gelöscht werden
}
# !bericht und !export.
report-ethics-heading = Ethik-Check (Stand heute)
report-ethics-checks = { $count ->
    [0] Noch kein Anwendungsfall im Ethik-Check.
    [one] Ein Anwendungsfall im Ethik-Check. Vorprüfung: { $passed } bestanden, { $conditions } mit Auflagen, { $failed } nicht bestanden.
   *[other] { $count } Anwendungsfälle im Ethik-Check. Vorprüfung: { $passed } bestanden, { $conditions } mit Auflagen, { $failed } nicht bestanden.
}
report-ethics-levels = Bewertet: { $count }. Nach Wirkungsstufe: { $list }
report-ethics-overdue = { $count ->
    [0] Keine Überprüfung ist überfällig.
    [one] Eine Überprüfung ist überfällig.
   *[other] { $count } Überprüfungen sind überfällig.
}
report-ethics-fig-checked = Anwendungsfälle im Ethik-Check
report-ethics-fig-passed = Vorprüfung bestanden
report-ethics-fig-conditions = Vorprüfung mit Auflagen
report-ethics-fig-failed = Vorprüfung nicht bestanden
report-ethics-fig-assessed = Anwendungsfälle bewertet
report-ethics-fig-level = Anwendungsfälle nach Wirkungsstufe
report-ethics-fig-overdue = Ethische Überprüfungen überfällig
export-ethics-sheet = Ethik
export-ethics-idea = Idee
export-ethics-pre-verdict = Vorprüfung
export-ethics-pre-date = Vorprüfung am
export-ethics-conditions = Auflagen oder Grund
export-ethics-dialogues = Stakeholder-Dialoge
export-ethics-level = Wirkungsstufe
export-ethics-risk = Risiko (1–5)
export-ethics-mitigation = Schutz (1–5)
export-ethics-assessed = Bewertet am
export-ethics-energy = Energie
export-ethics-energy-kwh = kWh im Monat
export-ethics-bias-prompts = Bias-Prüfung: Testeingaben
export-ethics-bias-rates = Bias-Quoten je Merkmal
export-ethics-last-review = Letzte Überprüfung
export-ethics-next-review = Nächste Überprüfung
