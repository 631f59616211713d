# Rundtische: eröffnen, Themen, Beiträge, Abschluss mit Zusammenfassung und Protokoll.

topic-rundtische = Rundtische
topic-rundtische-details = Das Strategieteam eröffnet einen Rundtisch in einem Raum, z. B. „!rundtisch start KI im Bürgerservice | Datenschutz | Nächste Schritte“. Solange er offen ist, wird jede Nachricht in diesem Raum als Beitrag zum aktuellen Thema festgehalten – das wird beim Eröffnen deutlich angekündigt. „!rundtisch weiter“ geht zum nächsten Thema, „!rundtisch thema <Text>“ schiebt ein neues Thema ein, „!rundtisch ende“ schließt ihn und postet Zusammenfassung und Protokoll. Wer lieber nicht im Raum schreibt, schickt mir „!feedback <Text>“ im Direktchat – anonym mit „!feedback anonym <Text>“.
help-rundtisch = einen Rundtisch in diesem Raum führen: !rundtisch start <Thema> [| Thema 2 …], !rundtisch weiter, !rundtisch thema <Text>, !rundtisch ende; !rundtisch zeigt den Stand, !rundtisch #N einen früheren
help-rundtische = frühere und offene Rundtische auflisten
help-feedback = zu einem offenen Rundtisch beitragen, auch im Direktchat: !feedback <Text> – anonym: !feedback anonym <Text> (nur im Direktchat)

roundtable-usage = So führen Sie einen Rundtisch: „!rundtisch start <Thema> | <Thema 2>“ eröffnet ihn in diesem Raum, „!rundtisch weiter“ geht zum nächsten Thema, „!rundtisch thema <Text>“ schiebt ein neues ein, „!rundtisch ende“ schließt ihn. „!rundtisch“ zeigt den Stand, „!rundtisch #N“ einen früheren.
roundtable-start-usage = Mit welchem Thema soll der Rundtisch beginnen? Zum Beispiel: !rundtisch start KI im Bürgerservice | Datenschutz | Nächste Schritte
roundtable-not-in-direct = Ein Rundtisch gehört in einen Raum mit mehreren Teilnehmenden. Bitte eröffnen Sie ihn dort mit !rundtisch start <Thema>.
roundtable-already-open = In diesem Raum läuft schon Rundtisch #{ $id }. „!rundtisch“ zeigt den Stand, „!rundtisch ende“ schließt ihn.
roundtable-too-many-topics = Ein Rundtisch kann höchstens { $max } Themen haben. Bitte fassen Sie Themen zusammen.
roundtable-topic-too-long = Ein Thema darf höchstens { $max } Zeichen lang sein. Bitte kürzen Sie es – Details können im Gespräch folgen.
roundtable-topic-usage = Wie heißt das neue Thema? Zum Beispiel: !rundtisch thema Fragen aus dem Publikum
roundtable-none-here = In diesem Raum ist gerade kein Rundtisch offen. Eröffnen können Sie einen mit !rundtisch start <Thema>; frühere zeigt !rundtische.
roundtable-no-next-topic = Das ist schon das letzte Thema der Tagesordnung. Ein weiteres schieben Sie mit „!rundtisch thema <Text>“ ein, oder Sie schließen den Rundtisch mit „!rundtisch ende“.
roundtable-show-elsewhere = Das Protokoll von Rundtisch #{ $id } nennt Teilnehmende und enthält Beiträge per Direktnachricht. Ich zeige es deshalb nur im Raum des Rundtischs, im Strategieraum oder in Ihrem Direktchat mit mir – bitte fragen Sie dort mit !rundtisch #{ $id }.
roundtable-ref-invalid = Bitte geben Sie die Nummer des Rundtischs an, z. B. !rundtisch #3.
roundtable-not-found = Einen Rundtisch #{ $id } gibt es nicht. !rundtische zeigt alle.
roundtable-opened = 📣 Rundtisch #{ $id } „{ $title }“ ist eröffnet.
    Ab jetzt halte ich jede Nachricht in diesem Raum als Beitrag zum aktuellen Thema fest – mit Namen und Uhrzeit –, bis das Strategieteam den Rundtisch mit „!rundtisch ende“ schließt. Danach gibt es eine Zusammenfassung und ein Protokoll.
    Lieber nicht im Raum schreiben? Schicken Sie mir im Direktchat „!feedback <Text>“ – oder ganz anonym „!feedback anonym <Text>“.
    
    Tagesordnung:
    { $agenda }
    
    Aktuelles Thema (1 von { $count }): { $topic }
roundtable-topic-now = ➡️ Nächstes Thema ({ $position } von { $count }): { $topic }
    Beiträge gehören ab jetzt zu diesem Thema.
roundtable-state = Rundtisch #{ $id } „{ $title }“ ist offen. Aktuelles Thema ({ $position } von { $count }): { $topic }
    Bisher { $contributions } Beiträge von { $participants } Teilnehmenden (namentlich). „!rundtisch weiter“ geht zum nächsten Thema, „!rundtisch ende“ schließt ihn.
roundtable-closed = ✅ Rundtisch #{ $id } „{ $title }“ ist beendet – danke an alle! Ab jetzt zeichne ich in diesem Raum nichts mehr auf.
roundtable-show-closed = Rundtisch #{ $id } „{ $title }“ (beendet)
roundtable-show-open = Rundtisch #{ $id } „{ $title }“ (noch offen – Stand jetzt)
roundtable-summary-figures = { $contributions } Beiträge · { $participants } Teilnehmende namentlich · { $anonymous } anonyme Beiträge
roundtable-summary-topics = Beiträge je Thema:
roundtable-contributions = { $count ->
        [one] 1 Beitrag
       *[other] { $count } Beiträge
    }
roundtable-summary-questions = Gestellte Fragen ({ $count }):
roundtable-summary-no-questions = Es wurden keine Fragen gestellt.
roundtable-summary-more-in-protocol = … weitere Fragen stehen im Protokoll.
roundtable-protocol-attached = Das vollständige Protokoll folgt als Datei: { $file }

roundtables-none = Es gab noch keinen Rundtisch. Eröffnen Sie einen in einem Raum mit !rundtisch start <Thema>.
roundtables-heading = Rundtische (die neuesten zuerst):
roundtables-line = #{ $id } „{ $title }“ – { $date }, { $state }, { $contributions } Beiträge
roundtables-open = offen
roundtables-closed = beendet
roundtables-footer = Einen davon mit Zusammenfassung und Protokoll zeigt !rundtisch #N.

protocol-title = Protokoll Rundtisch #{ $id }: { $title }
protocol-times = Eröffnet: { $opened } · Geschlossen: { $closed }
protocol-no-contributions = (keine Beiträge)
protocol-anonymous = anonym (Direktnachricht)
protocol-via-direct = per Direktnachricht
protocol-questions = Gestellte Fragen

feedback-usage = Was möchten Sie beitragen? Zum Beispiel: !feedback Ich wünsche mir eine Schulung vor dem Start. Anonym geht es im Direktchat mit „!feedback anonym <Text>“.
feedback-too-long = Ihr Beitrag ist länger als { $max } Zeichen. Bitte kürzen Sie ihn oder teilen Sie ihn auf mehrere Nachrichten auf.
feedback-anonymous-direct-only = Anonym geht das nur im Direktchat mit mir – hier im Raum sehen alle, wer schreibt. Bitte schicken Sie mir „!feedback anonym <Text>“ als Direktnachricht. Ich habe nichts gespeichert.
feedback-none-here = In diesem Raum ist gerade kein Rundtisch offen. Ist einer in einem anderen Raum offen, schicken Sie mir Ihren Beitrag im Direktchat: !feedback <Text>
feedback-none-open = Gerade ist kein Rundtisch offen, zu dem ich Ihren Beitrag legen könnte. Ideen reichen Sie jederzeit mit !idee ein, Bedenken mit !bedenken.
feedback-choose = Gerade sind mehrere Rundtische offen. Zu welchem gehört Ihr Beitrag? Bitte antworten Sie mit der Nummer (oder !abbrechen):
feedback-choice = { $number }. Rundtisch #{ $id } „{ $title }“ – aktuelles Thema: { $topic }
feedback-choice-invalid = Bitte antworten Sie mit einer Zahl von 1 bis { $count } – oder mit !abbrechen.
feedback-table-closed = Dieser Rundtisch ist inzwischen geschlossen; Ihr Beitrag wurde nicht gespeichert. Offene Rundtische finden Sie mit !feedback <Text>.
feedback-recorded = ✅ Danke! Ihr Beitrag ist bei Rundtisch #{ $id } zum Thema „{ $topic }“ festgehalten.
feedback-recorded-anonymous = ✅ Danke! Ihr Beitrag ist anonym bei Rundtisch #{ $id } zum Thema „{ $topic }“ festgehalten. Gespeichert ist nur der Text – nicht, von wem er kommt.

# Der Teil dieses Bereichs in !meine-daten.
my-data-contributions = Beiträge zu Rundtischen: { $count } (anonyme Beiträge kann niemand Ihnen zuordnen – auch ich nicht)

# Löschen einer Person: was mit Beiträgen zu Rundtischen geschieht.
erase-contributions = { $count ->
    [one] ein namentlicher Beitrag zu einem Rundtisch
   *[other] { $count } namentliche Beiträge zu Rundtischen
}
erase-roundtables-kept = { $count ->
    [one] ein Rundtisch, der unter diesem Namen eröffnet oder beendet wurde
   *[other] { $count } Rundtische, die unter diesem Namen eröffnet oder beendet wurden
}
protocol-reduced = { $count ->
    [one] ein Beitrag, nach Ablauf der Aufbewahrungsfrist nur noch gezählt
   *[other] { $count } Beiträge, nach Ablauf der Aufbewahrungsfrist nur noch gezählt
}

# !bericht und !export: der Abschnitt „Rundtische“.
report-roundtables-heading = Rundtische
report-roundtables-line = { $tables ->
    [one] Ein Rundtisch
   *[other] { $tables } Rundtische
} mit { $contributions ->
    [one] einem Beitrag
   *[other] { $contributions_text } Beiträgen
}; { $named ->
    [one] eine Person hat
   *[other] { $named } Personen haben
} namentlich beigetragen, anonym: { $anonymous } der Beiträge
report-roundtables-fig-tables = Rundtische im Zeitraum
report-roundtables-fig-contributions = Beiträge
report-roundtables-fig-named = Personen mit namentlichen Beiträgen
report-roundtables-fig-anonymous = Anteil anonymer Beiträge
export-roundtables-sheet = Rundtische
export-roundtables-id = Rundtisch Nr.
export-roundtables-opened = Eröffnet am
export-roundtables-closed = Geschlossen am
export-roundtables-topic-number = Thema Nr.
export-roundtables-topic = Thema
export-roundtables-anonymous = Anonym
export-roundtables-author = Von
export-roundtables-direct = Per Direktnachricht
export-roundtables-text = Beitrag
export-roundtables-time = Zeit
