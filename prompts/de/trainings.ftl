# Texte des Schulungs-Moduls.

topic-schulungen = Schulungen (KI-Kompetenz)
topic-schulungen-details = „!schulungen“ zeigt die kommenden Schulungen und ihre freien Plätze. Mit „!anmelden #3“ melden Sie sich für Schulung 3 an. Ist sie voll, kommen Sie auf die Warteliste. Wird ein Platz frei, rücken Sie automatisch nach, und ich schreibe Ihnen. „!abmelden #3“ gibt Ihren Platz wieder frei. „!meine-schulungen“ zeigt Ihre Anmeldungen und die Schulungen, die Sie schon abgeschlossen haben. Vor jedem Termin erinnere ich Sie.
    Für das Strategieteam: „!schulung neu“ plant eine Schulung, „!teilnahme #3 alle“ erfasst, wer teilgenommen hat, und „!kompetenz“ zeigt den Stand je Fachbereich. Das ist der Nachweis der KI-Kompetenz nach Art. 4 KI-Verordnung.
help-schulung = Schulung planen (Strategieteam): !schulung neu (Schritt für Schritt), !schulung #N, !schulung #N ändern ort …, !schulung #N absagen [Grund]
help-schulungen = kommende Schulungen mit freien Plätzen: !schulungen
help-anmelden = zu einer Schulung anmelden: !anmelden #N (ist sie voll, kommen Sie auf die Warteliste)
help-abmelden = von einer Schulung abmelden: !abmelden #N
help-meine-schulungen = Ihre Anmeldungen, Ihre Plätze auf Wartelisten und Ihre abgeschlossenen Schulungen: !meine-schulungen
help-teilnahme = Teilnahme erfassen (Strategieteam): !teilnahme #N @anna:stadt.example … oder !teilnahme #N alle
help-kompetenz = KI-Kompetenz je Fachbereich (Strategieteam): !kompetenz oder !kompetenz <Fachbereich>

training-level-grundlagen = Grundlagen
training-level-vertiefung = Vertiefung (sensible Daten, hohes Risiko)
training-level-entwickeln = Rolle Entwickeln
training-level-betreiben = Rolle Betreiben
training-level-nutzen = Rolle Nutzen

training-usage = So plant das Strategieteam eine Schulung: „!schulung neu“ fragt alles Schritt für Schritt ab. Oder in einer Zeile: !schulung neu Titel | Stufe | 12.03.2027 14:00 | 90 min | Ort oder Link | Plätze | Fachbereiche.
    Eine Schulung ansehen: !schulung #3. Ändern: !schulung #3 ändern datum 13.03.2027 10:00 (ebenso ort, plätze, titel, dauer, stufe, fachbereiche). Absagen: !schulung #3 absagen [Grund].
training-oneline-usage = Gespeichert habe ich noch nichts: Für die Kurzform brauche ich sechs oder sieben Angaben, getrennt durch „|“. Zum Beispiel: !schulung neu KI im Bürgerbüro | Grundlagen | 12.03.2027 14:00 | 90 min | Raum 1.23 | 12 | Bürgerservice. Die Fachbereiche am Ende können Sie weglassen oder „-“ schreiben. Oder schreiben Sie nur !schulung neu, dann frage ich einzeln nach.
training-ref-invalid = Das ist keine gültige Nummer. Schulungen haben Nummern wie #3. Sie finden sie mit !schulungen.
training-not-found = Eine Schulung #{ $id } gibt es nicht. Mit !schulungen sehen Sie die kommenden Schulungen.

training-dialog-title = Eine neue Schulung – gern! Wie lautet der Titel? (Mit !abbrechen hören Sie jederzeit auf.)
training-dialog-level = Welche Stufe hat die Schulung? Antworten Sie mit der Nummer oder dem Stichwort:
    1 Grundlagen (für alle)
    2 Vertiefung (sensible Daten, hohes Risiko)
    3 Rolle Entwickeln
    4 Rolle Betreiben
    5 Rolle Nutzen
training-dialog-date = Wann beginnt sie? Bitte Datum und Uhrzeit, z. B. 12.03.2027 14:00
training-dialog-duration = Wie lange dauert sie? Zum Beispiel 90 min oder 1,5 h.
training-dialog-place = Wo findet sie statt? Raum, Adresse oder Link zur Videokonferenz.
training-dialog-capacity = Wie viele Plätze gibt es? Bitte eine Zahl, z. B. 12.
training-dialog-departments = Letzte Frage: Für welche Fachbereiche ist sie gedacht? Trennen Sie mehrere mit Komma. Ist sie für alle, schreiben Sie „-“.

training-level-invalid = Diese Stufe kenne ich nicht. Bitte antworten Sie mit einer Zahl von 1 bis 5 oder einem Stichwort: Grundlagen, Vertiefung, Entwickeln, Betreiben, Nutzen.
training-date-invalid = Das Datum habe ich nicht verstanden. Bitte schreiben Sie Datum und Uhrzeit so: 12.03.2027 14:00
training-date-skipped = Diese Uhrzeit gibt es an dem Tag nicht, weil in der Nacht die Uhren umgestellt werden. Bitte wählen Sie eine andere Uhrzeit, z. B. 10:00.
training-date-range = Der Termin muss in der Zukunft liegen, höchstens fünf Jahre voraus. Bitte geben Sie ein anderes Datum an, z. B. 12.03.2027 14:00.
training-duration-invalid = Die Dauer habe ich nicht verstanden. Bitte schreiben Sie z. B. „90 min“, „90“ oder „1,5 h“. Möglich sind 5 Minuten bis 24 Stunden.
training-capacity-invalid = Das habe ich nicht als Zahl der Plätze erkannt. Bitte schreiben Sie eine ganze Zahl von 1 bis { $max }, z. B. 12.

training-created = 🎓 Schulung #{ $id } ist geplant. Wer teilnehmen möchte, meldet sich mit !anmelden #{ $id } an. Vor dem Termin erinnere ich alle Angemeldeten.
training-summary = #{ $id } { $title }
    Stufe: { $level } · { $when } ({ $duration }) · { $place } · { $capacity ->
        [one] 1 Platz
       *[other] { $capacity } Plätze
    }
training-summary-departments = Für: { $departments }
training-summary-cancelled = ❌ Diese Schulung wurde abgesagt.
training-show-participants = Angemeldet ({ $count } von { $capacity }): { $names }
training-show-waiting = Warteliste ({ $count }): { $names }
training-show-hint = Ändern: !schulung #{ $id } ändern ort … · Absagen: !schulung #{ $id } absagen · Teilnahme erfassen: !teilnahme #{ $id } alle

training-change-usage = Was soll sich ändern? Zum Beispiel: !schulung #{ $id } ändern datum 13.03.2027 10:00. Ebenso können Sie ort, plätze, titel, dauer, stufe oder fachbereiche ändern.
training-is-cancelled = Schulung #{ $id } ist abgesagt. Die kommenden Schulungen sehen Sie mit !schulungen.
training-capacity-below = So wenige Plätze gehen nicht: Für Schulung #{ $id } { $confirmed ->
        [one] ist schon eine Person
       *[other] sind schon { $confirmed } Personen
    } angemeldet, { $capacity ->
        [one] ein Platz reicht
       *[other] { $capacity } Plätze reichen
    } also nicht. Bitte wählen Sie mindestens { $confirmed ->
        [one] einen Platz
       *[other] { $confirmed } Plätze
    }, z. B. !schulung #{ $id } ändern plätze { $confirmed }. Oder sagen Sie die Schulung ab und planen Sie eine neue.
training-changed = ✏️ Schulung #{ $id } ist geändert.
training-changed-promoted = Von der Warteliste nachgerückt ({ $count }): { $names }. Ich habe ihnen Bescheid gegeben.
training-moved-dm = 📅 Die Schulung #{ $id } „{ $title }“ hat einen neuen Termin: { $when }, { $place }. Passt Ihnen der Termin nicht mehr? Dann schreiben Sie bitte !abmelden #{ $id }, damit jemand anderes nachrücken kann.
training-place-changed-dm = 📍 Die Schulung #{ $id } „{ $title }“ am { $when } findet jetzt hier statt: { $place }
training-cancel-started = Schulung #{ $id } hat schon begonnen. Absagen geht deshalb nicht mehr. Wer teilgenommen hat, erfassen Sie mit !teilnahme #{ $id } alle.
training-cancelled = Schulung #{ $id } „{ $title }“ ist abgesagt. { $count ->
        [0] Es war niemand angemeldet.
        [one] Ich habe der einen Person Bescheid gegeben, die angemeldet war oder auf der Warteliste stand.
       *[other] Ich habe allen { $count } Angemeldeten und Wartenden Bescheid gegeben.
    }
training-cancelled-dm = ❌ Die Schulung #{ $id } „{ $title }“ am { $when } wurde leider abgesagt. Die kommenden Schulungen sehen Sie mit !schulungen.
training-cancelled-dm-reason = ❌ Die Schulung #{ $id } „{ $title }“ am { $when } wurde leider abgesagt. Grund: { $reason }. Die kommenden Schulungen sehen Sie mit !schulungen.
training-promoted-dm = 🎉 Gute Nachricht: Ein Platz ist frei geworden. Sie sind jetzt für die Schulung #{ $id } „{ $title }“ angemeldet: { $when }, { $place }. Können Sie doch nicht? Dann schreiben Sie bitte !abmelden #{ $id }.

trainings-none = Zurzeit sind keine Schulungen geplant. Sobald das Strategieteam eine plant, finden Sie sie hier mit !schulungen.
trainings-heading = Kommende Schulungen ({ $count }):
trainings-line = #{ $id } { $title } – { $level } – { $when }, { $place } – { $seats }
trainings-line-departments = { " " }(für: { $departments })
trainings-seats-free = { $capacity ->
        [one] 1 Platz, noch frei
       *[other] { $free } von { $capacity } Plätzen frei
    }
trainings-seats-full = { $waiting ->
        [0] ausgebucht, Warteliste noch leer
        [one] ausgebucht, 1 Person auf der Warteliste
       *[other] ausgebucht, { $waiting } Personen auf der Warteliste
    }
trainings-hint = Anmelden: !anmelden #N · Ihre Schulungen: !meine-schulungen

signup-usage = Für welche Schulung möchten Sie sich anmelden? Schreiben Sie die Nummer dazu, z. B. !anmelden #3. Die Nummern sehen Sie mit !schulungen.
signoff-usage = Von welcher Schulung möchten Sie sich abmelden? Schreiben Sie die Nummer dazu, z. B. !abmelden #3. Ihre Anmeldungen sehen Sie mit !meine-schulungen.
training-signup-closed = Die Anmeldung für Schulung #{ $id } ist geschlossen, weil sie am { $when } begonnen hat. Die kommenden Schulungen sehen Sie mit !schulungen.
training-already-signed-up = Sie sind für Schulung #{ $id } bereits angemeldet. Ihre Anmeldungen sehen Sie mit !meine-schulungen.
training-already-waiting = Sie stehen für Schulung #{ $id } bereits auf der Warteliste, an Platz { $position }. Wird ein Platz frei, schreibe ich Ihnen.
training-signed-up = ✅ Sie sind angemeldet: Schulung #{ $id } „{ $title }“, { $when }, { $place }. Ich erinnere Sie vorher. Abmelden: !abmelden #{ $id }
training-waiting = Schulung #{ $id } „{ $title }“ ist ausgebucht. Sie stehen auf der Warteliste an Platz { $position }. Wird ein Platz frei, rücken Sie automatisch nach, und ich schreibe Ihnen.
training-not-signed-up = Sie sind für Schulung #{ $id } nicht angemeldet. Ihre Anmeldungen sehen Sie mit !meine-schulungen.
training-signoff-started = Schulung #{ $id } hat schon begonnen. Abmelden geht deshalb nicht mehr. Können Sie nicht teilnehmen, sagen Sie bitte dem Strategieteam Bescheid.
training-left-waiting = Sie stehen nicht mehr auf der Warteliste für Schulung #{ $id }.
training-signed-off = Sie sind von Schulung #{ $id } „{ $title }“ abgemeldet. Ihr Platz ist wieder frei.
training-signed-off-seat-passed = Sie sind von Schulung #{ $id } „{ $title }“ abgemeldet. Ihr Platz geht an die nächste Person auf der Warteliste. Ich habe ihr Bescheid gegeben.

my-trainings-none = Sie sind für keine Schulung angemeldet und haben noch keine abgeschlossen. Die kommenden Schulungen sehen Sie mit !schulungen.
my-trainings-upcoming = Ihre Anmeldungen:
my-trainings-line-confirmed = – #{ $id } { $title }, { $when }, { $place } (angemeldet)
my-trainings-line-waiting = – #{ $id } { $title }, { $when } (Warteliste, Platz { $position })
my-trainings-completed = Abgeschlossene Schulungen:
my-trainings-line-done = – #{ $id } { $title } ({ $level }) am { $date }
my-trainings-line-done-refresher = – #{ $id } { $title } ({ $level }) am { $date } – Auffrischung fällig ab { $due }
my-trainings-line-done-refresher-due = – #{ $id } { $title } ({ $level }) am { $date } – Auffrischung fällig seit { $due }

training-reminder-day = ⏰ Erinnerung: Ihre Schulung #{ $id } „{ $title }“ ist am { $when }, { $place }. Können Sie nicht? Dann schreiben Sie bitte !abmelden #{ $id }, damit jemand nachrücken kann.
training-reminder-hour = ⏰ Bald geht es los: Ihre Schulung #{ $id } „{ $title }“ beginnt am { $when }, { $place }.
training-low-signups = 📉 Schulung #{ $id } „{ $title }“ am { $when } ist weniger als halb voll: { $confirmed } von { $capacity ->
        [one] einem Platz
       *[other] { $capacity } Plätzen
    } belegt. Vielleicht werben Sie noch einmal in den Fachbereichen dafür. Oder Sie verschieben sie mit !schulung #{ $id } ändern datum …
training-refresher-due = 🔁 Ihre letzte Schulung der Stufe { $level } war am { $date }. Jetzt ist eine Auffrischung fällig. Die kommenden Schulungen sehen Sie mit !schulungen.

attendance-usage = So erfassen Sie, wer teilgenommen hat: !teilnahme #3 @anna:stadt.example @ben:stadt.example. Oder !teilnahme #3 alle für alle Angemeldeten.
attendance-too-early = Schulung #{ $id } hat noch nicht begonnen. Wer teilgenommen hat, erfassen Sie, sobald sie begonnen hat.
attendance-too-many = Das sind zu viele Personen auf einmal. Ich erfasse höchstens { $max ->
        [one] eine Person
       *[other] { $max } Personen
    } pro Nachricht. Bitte teilen Sie die Liste auf mehrere Nachrichten mit !teilnahme auf.
attendance-nobody = Für Schulung #{ $id } ist niemand angemeldet. Nennen Sie die Teilnehmenden deshalb einzeln, z. B. !teilnahme #{ $id } @anna:stadt.example
attendance-invalid-only = Ich habe niemanden erkannt ({ $names }). Bitte tippen Sie @ und den Namen und wählen Sie die Person aus der Liste. Oder schreiben Sie die Matrix-ID aus, z. B. @anna:stadt.example.
attendance-recorded = 🎓 Teilnahme an Schulung #{ $id } erfasst ({ $count }): { $names }. Auffrischung fällig ab { $due }.
attendance-already = Bereits erfasst: { $names }
attendance-unclear = Ich habe noch nichts erfasst: { $names } kann ich keiner Person in diesem Raum zuordnen. Bitte tippen Sie @ und den Namen und wählen Sie die Person aus der Liste, oder schreiben Sie die Matrix-ID aus, und trennen Sie mehrere Personen mit Kommas. Zum Beispiel: !teilnahme #{ $id } Anna Schmidt, @ben:stadt.example

literacy-no-department = ohne Fachbereich
literacy-none = Es ist noch keine Teilnahme erfasst. Nach einer Schulung erfassen Sie sie z. B. mit !teilnahme #3 alle.
literacy-heading = KI-Kompetenz je Fachbereich (Nachweis nach Art. 4 KI-Verordnung), Stand { $date }:
literacy-department-line = { $department }: { $people ->
        [one] 1 Person
       *[other] { $people } Personen
    } geschult – { $levels } · Auffrischung fällig: { $due }
literacy-hint = Die einzelnen Personen eines Fachbereichs: !kompetenz <Fachbereich>. Ihren Fachbereich stellt jede Person selbst mit !fachbereich ein.
literacy-department-unknown = Für den Fachbereich „{ $department }“ ist keine Teilnahme erfasst. Die Fachbereiche mit Teilnahmen sehen Sie mit !kompetenz.
literacy-department-heading = KI-Kompetenz im Fachbereich { $department }:
literacy-person-line = – { $user }: { $level } am { $date }, Auffrischung ab { $due }
literacy-person-line-due = – { $user }: { $level } am { $date }, Auffrischung fällig seit { $due }

# Der Teil dieses Bereichs in !meine-daten.
my-data-trainings = Schulungen:
my-data-trainings-none = Schulungen: keine Anmeldungen und keine abgeschlossenen Schulungen
literacy-erased-line = { $department }: außerdem { $count ->
    [one] ein Nachweis
   *[other] { $count } Nachweise
} der Stufe { $level } von gelöschten Personen (ohne Namen und Datum)

# Löschen einer Person: was mit Anmeldungen und Teilnahmen geschieht.
erase-training-seats = { $count ->
    [one] eine Anmeldung zu einer Schulung: Der Platz wird frei; wer wartet, rückt nach.
   *[other] { $count } Anmeldungen zu Schulungen: Die Plätze werden frei; wer wartet, rückt nach.
}
erase-training-waiting = { $count ->
    [one] ein Platz auf einer Warteliste
   *[other] { $count } Plätze auf Wartelisten
}
erase-attendance-counted = { $count ->
    [one] eine besuchte Schulung: Diese zählt weiter als Nachweis der KI-Kompetenz (Art. 4 KI-Verordnung), aber nur als Zahl je Fachbereich und Stufe, ohne Person.
   *[other] { $count } besuchte Schulungen: Diese zählen weiter als Nachweis der KI-Kompetenz (Art. 4 KI-Verordnung), aber nur als Zahl je Fachbereich und Stufe, ohne Person.
}
erase-trainings-kept = { $count ->
    [one] ein Eintrag, mit dem unter diesem Namen eine Schulung geplant oder eine Teilnahme erfasst wurde
   *[other] { $count } Einträge, mit denen unter diesem Namen Schulungen geplant oder Teilnahmen erfasst wurden
}
erase-training-past-signups = { $count ->
    [one] eine Anmeldung zu einer Schulung, die schon stattgefunden hat oder abgesagt ist
   *[other] { $count } Anmeldungen zu Schulungen, die schon stattgefunden haben oder abgesagt sind
}

# !bericht und !export: der Abschnitt „Schulungen und KI-Kompetenz“.
report-trainings-heading = Schulungen und KI-Kompetenz (Art. 4 KI-Verordnung)
report-trainings-signups = { $trainings ->
    [0] Keine Schulung
    [one] Eine Schulung
   *[other] { $trainings } Schulungen
} im Zeitraum: { $confirmed } angemeldet, { $waiting } auf der Warteliste
report-trainings-attendance = Teilnahme an den bereits begonnenen Schulungen: { $attended } von { $signups ->
    [one] einer angemeldeten Person
   *[other] { $signups_text } Angemeldeten
} ({ $rate })
report-trainings-attendance-none = Teilnahme: Im Zeitraum hat noch keine Schulung mit Anmeldungen begonnen.
report-trainings-coverage = Grundlagen gültig, je Fachbereich (Stand heute): { $list }
report-trainings-coverage-item = { $department } { $valid } von { $known } ({ $share })
report-trainings-coverage-none = Grundlagen gültig, je Fachbereich: Noch hat niemand einen Fachbereich angegeben. Das geht mit !fachbereich.
report-trainings-refreshers = Auffrischungen fällig (Stand heute): { $count }
report-trainings-fig-trainings = Schulungen im Zeitraum (ohne abgesagte)
report-trainings-fig-confirmed = Anmeldungen
report-trainings-fig-waiting = Auf der Warteliste
report-trainings-fig-held-signups = Anmeldungen zu bereits begonnenen Schulungen
report-trainings-fig-attended = Davon teilgenommen
report-trainings-fig-rate = Teilnahmequote
report-trainings-fig-coverage = Anteil mit gültigen Grundlagen
report-trainings-fig-refreshers = Auffrischungen fällig
report-trainings-chart-title = KI-Grundlagen je Fachbereich
report-trainings-chart-alt = Diagramm „KI-Grundlagen je Fachbereich“, Anteil der bekannten Personen mit gültiger Grundlagen-Schulung: { $list }.
export-trainings-sheet = Schulungen
export-trainings-id = Schulung Nr.
export-trainings-title = Titel
export-trainings-level = Stufe
export-trainings-starts = Beginn
export-trainings-minutes = Dauer (Minuten)
export-trainings-place = Ort
export-trainings-capacity = Plätze
export-trainings-status = Status
export-trainings-planned = geplant
export-trainings-cancelled = abgesagt
export-trainings-person = Person
export-trainings-state = Anmeldung
export-trainings-confirmed = angemeldet
export-trainings-waiting = Warteliste
export-trainings-signed-up = Eingetragen am
export-trainings-attended = Teilgenommen
export-literacy-sheet = KI-Kompetenz
export-literacy-person = Person
export-literacy-department = Fachbereich
export-literacy-level = Stufe
export-literacy-attended = Teilgenommen am
export-literacy-refresher = Auffrischung fällig am
export-literacy-valid = Gültig
export-literacy-people = Personen
export-literacy-erased = gelöschte Personen
