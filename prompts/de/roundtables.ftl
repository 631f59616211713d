# Rundtische: eröffnen, Themen, Rückmeldungen, Abschluss mit Zusammenfassung und Protokoll.

topic-rundtische = Rundtische
topic-rundtische-details = Das Strategieteam eröffnet einen Rundtisch in einem Raum, z. B. „!rundtisch start KI im Bürgerservice | Datenschutz | Nächste Schritte“. Solange er offen ist, halte ich jede Nachricht in diesem Raum als Rückmeldung zum aktuellen Thema fest – das kündige ich beim Eröffnen deutlich an. „!rundtisch weiter“ geht zum nächsten Thema, „!rundtisch thema <Text>“ schiebt ein neues Thema ein. „!rundtisch ende“ schließt den Rundtisch; dann schicke ich Zusammenfassung und Protokoll in den Raum. Wer lieber nicht im Raum schreibt, schickt mir „!feedback <Text>“ im Direktchat – anonym mit „!feedback anonym <Text>“.
help-rundtisch = einen Rundtisch in diesem Raum führen: !rundtisch start <Thema> [| Thema 2 …], !rundtisch weiter, !rundtisch thema <Text>, !rundtisch ende; !rundtisch zeigt den Stand, !rundtisch #N einen früheren
help-rundtische = frühere und offene Rundtische auflisten
help-feedback = eine Rückmeldung zu einem offenen Rundtisch geben, auch im Direktchat: !feedback <Text> – anonym: !feedback anonym <Text> (nur im Direktchat)

roundtable-usage = So führen Sie einen Rundtisch: „!rundtisch start <Thema> | <Thema 2>“ eröffnet ihn in diesem Raum, „!rundtisch weiter“ geht zum nächsten Thema, „!rundtisch thema <Text>“ schiebt ein neues ein, „!rundtisch ende“ schließt ihn. „!rundtisch“ zeigt den Stand, „!rundtisch #N“ einen früheren.
roundtable-start-usage = Mit welchem Thema soll der Rundtisch beginnen? Zum Beispiel: !rundtisch start KI im Bürgerservice | Datenschutz | Nächste Schritte
roundtable-not-in-direct = Ein Rundtisch gehört in einen Raum mit mehreren Teilnehmenden. Bitte eröffnen Sie ihn dort mit !rundtisch start <Thema>.
roundtable-already-open = In diesem Raum läuft schon Rundtisch #{ $id }. „!rundtisch“ zeigt den Stand, „!rundtisch ende“ schließt ihn.
roundtable-too-many-topics = Ein Rundtisch kann höchstens { $max ->
        [one] ein Thema
       *[other] { $max } Themen
    } haben. Bitte fassen Sie Themen zusammen, z. B. „Datenschutz und Sicherheit“.
roundtable-topic-too-long = Ein Thema darf höchstens { $max } Zeichen lang sein. Bitte kürzen Sie es – Details können im Gespräch folgen.
roundtable-topic-usage = Wie heißt das neue Thema? Zum Beispiel: !rundtisch thema Fragen aus dem Publikum
roundtable-none-here = In diesem Raum ist gerade kein Rundtisch offen. Eröffnen können Sie einen mit !rundtisch start <Thema>; frühere zeigt !rundtische.
roundtable-no-next-topic = Das ist schon das letzte Thema der Tagesordnung. Ein weiteres schieben Sie mit „!rundtisch thema <Text>“ ein, oder Sie schließen den Rundtisch mit „!rundtisch ende“.
roundtable-show-elsewhere = Das Protokoll von Rundtisch #{ $id } nennt Namen und enthält Rückmeldungen aus dem Direktchat. Ich zeige es deshalb nur im Raum des Rundtischs, im Strategieraum oder in Ihrem Direktchat mit mir. Bitte fragen Sie dort mit !rundtisch #{ $id }.
roundtable-ref-invalid = Bitte geben Sie die Nummer des Rundtischs an, z. B. !rundtisch #3.
roundtable-not-found = Einen Rundtisch #{ $id } gibt es nicht. !rundtische zeigt alle.
roundtable-opened = 📣 Rundtisch #{ $id } „{ $title }“ ist eröffnet.
    Ab jetzt halte ich jede Nachricht in diesem Raum als Rückmeldung zum aktuellen Thema fest – mit Namen und Uhrzeit –, bis das Strategieteam den Rundtisch mit „!rundtisch ende“ schließt. Danach gibt es eine Zusammenfassung und ein Protokoll.
    Lieber nicht im Raum schreiben? Schicken Sie mir im Direktchat „!feedback <Text>“ – oder ganz anonym „!feedback anonym <Text>“.
    
    Tagesordnung:
    { $agenda }
    
    Aktuelles Thema (1 von { $count }): { $topic }
roundtable-topic-now = ➡️ Nächstes Thema ({ $position } von { $count }): { $topic }
    Was Sie ab jetzt schreiben, gehört zu diesem Thema.
roundtable-state = Rundtisch #{ $id } „{ $title }“ ist offen. Aktuelles Thema ({ $position } von { $count }): { $topic }
    { $contributions ->
        [0] Bisher gibt es noch keine Rückmeldungen.
        [one] Bisher gibt es eine Rückmeldung{ $anonymous ->
            [one] , anonym.
           *[other] { $participants ->
                [one] , mit Namen.
               *[other] .
            }
        }
       *[other] Bisher gibt es { $contributions } Rückmeldungen, { $anonymous ->
            [0] keine davon anonym
            [one] eine davon anonym
           *[other] { $anonymous } davon anonym
        }. { $participants ->
            [0] Mit Namen hat sich noch niemand beteiligt.
            [one] Mit Namen hat sich eine Person beteiligt.
           *[other] Mit Namen haben sich { $participants } Personen beteiligt.
        }
    }
    „!rundtisch weiter“ geht zum nächsten Thema, „!rundtisch ende“ schließt den Rundtisch.
roundtable-closed = ✅ Rundtisch #{ $id } „{ $title }“ ist beendet – danke an alle! Ab jetzt zeichne ich in diesem Raum nichts mehr auf.
roundtable-show-closed = Rundtisch #{ $id } „{ $title }“ (beendet)
roundtable-show-open = Rundtisch #{ $id } „{ $title }“ (noch offen – Stand jetzt)
roundtable-summary-figures = { $contributions ->
        [0] Es sind keine Rückmeldungen eingegangen.
        [one] Eine Rückmeldung{ $anonymous ->
            [one] , anonym.
           *[other] { $participants ->
                [one] , mit Namen.
               *[other] .
            }
        }
       *[other] { $contributions } Rückmeldungen, { $anonymous ->
            [0] keine davon anonym
            [one] eine davon anonym
           *[other] { $anonymous } davon anonym
        }. { $participants ->
            [0] Mit Namen hat sich niemand beteiligt.
            [one] Mit Namen hat sich eine Person beteiligt.
           *[other] Mit Namen haben sich { $participants } Personen beteiligt.
        }
    }
roundtable-summary-topics = Rückmeldungen je Thema:
roundtable-contributions = { $count ->
        [0] keine Rückmeldungen
        [one] eine Rückmeldung
       *[other] { $count } Rückmeldungen
    }
roundtable-summary-questions = Gestellte Fragen ({ $count }):
roundtable-summary-no-questions = Es wurden keine Fragen gestellt.
roundtable-summary-more-in-protocol = … weitere Fragen stehen im Protokoll.
roundtable-protocol-attached = Das vollständige Protokoll folgt als Datei: { $file }

roundtables-none = Es gab noch keinen Rundtisch. Eröffnen Sie einen in einem Raum mit !rundtisch start <Thema>.
roundtables-heading = Rundtische (die neuesten zuerst):
roundtables-line = #{ $id } „{ $title }“ – { $date }, { $state }, { $contributions ->
        [0] keine Rückmeldungen
        [one] eine Rückmeldung
       *[other] { $contributions } Rückmeldungen
    }
roundtables-open = offen
roundtables-closed = beendet
roundtables-footer = Zusammenfassung und Protokoll eines Rundtischs zeigt !rundtisch mit seiner Nummer, z. B. !rundtisch #{ $example }.

protocol-title = Protokoll Rundtisch #{ $id }: { $title }
protocol-times = Eröffnet: { $opened } · Geschlossen: { $closed }
protocol-no-contributions = (keine Rückmeldungen)
protocol-anonymous = anonym (im Direktchat)
protocol-via-direct = im Direktchat
protocol-questions = Gestellte Fragen

feedback-usage = Welche Rückmeldung möchten Sie geben? Schreiben Sie sie hinter den Befehl, zum Beispiel: !feedback Ich wünsche mir eine Schulung vor dem Start. Anonym geht es im Direktchat mit „!feedback anonym <Text>“.
feedback-too-long = Ihre Rückmeldung ist länger als { $max } Zeichen. Bitte kürzen Sie sie oder teilen Sie sie auf mehrere Nachrichten auf.
feedback-anonymous-direct-only = Anonym geht das nur im Direktchat mit mir – hier im Raum sehen alle, wer schreibt. Gespeichert habe ich nichts. Bitte schicken Sie mir „!feedback anonym <Text>“ im Direktchat.
feedback-none-here = In diesem Raum ist gerade kein Rundtisch offen. Ist einer in einem anderen Raum offen, schicken Sie mir Ihre Rückmeldung im Direktchat: !feedback <Text>
feedback-none-open = Gerade ist kein Rundtisch offen, zu dem ich Ihre Rückmeldung legen könnte. Gespeichert habe ich nichts. Ideen reichen Sie jederzeit mit !idee ein, Bedenken mit !bedenken.
feedback-choose = Gerade sind mehrere Rundtische offen. Zu welchem gehört Ihre Rückmeldung? Bitte antworten Sie mit der Nummer (oder !abbrechen):
feedback-choice = { $number }. Rundtisch #{ $id } „{ $title }“ – aktuelles Thema: { $topic }
feedback-choice-invalid = Bitte antworten Sie mit einer Zahl von 1 bis { $count } – oder mit !abbrechen.
feedback-table-closed = Dieser Rundtisch ist inzwischen beendet. Ihre Rückmeldung habe ich deshalb nicht gespeichert. Schicken Sie sie gern noch einmal mit !feedback <Text> – dann zeige ich Ihnen die Rundtische, die noch offen sind.
feedback-recorded = ✅ Danke! Ihre Rückmeldung ist bei Rundtisch #{ $id } zum Thema „{ $topic }“ festgehalten.
feedback-recorded-anonymous = ✅ Danke! Ihre Rückmeldung ist anonym bei Rundtisch #{ $id } zum Thema „{ $topic }“ festgehalten. Gespeichert ist nur der Text – nicht, von wem er kommt.

# Der Teil dieses Bereichs in !meine-daten.
my-data-contributions = Rundtische: { $count ->
        [0] keine Rückmeldungen unter Ihrem Namen
        [one] eine Rückmeldung unter Ihrem Namen
       *[other] { $count } Rückmeldungen unter Ihrem Namen
    } (anonyme Rückmeldungen kann niemand Ihnen zuordnen – auch ich nicht)

# Löschen einer Person: was mit Rückmeldungen zu Rundtischen geschieht.
erase-contributions = { $count ->
    [one] eine Rückmeldung unter diesem Namen zu einem Rundtisch
   *[other] { $count } Rückmeldungen unter diesem Namen zu Rundtischen
}
erase-roundtables-kept = { $count ->
    [one] ein Rundtisch, der unter diesem Namen eröffnet oder beendet wurde
   *[other] { $count } Rundtische, die unter diesem Namen eröffnet oder beendet wurden
}
protocol-reduced = { $count ->
    [one] eine Rückmeldung, nach Ablauf der Aufbewahrungsfrist nur noch gezählt
   *[other] { $count } Rückmeldungen, nach Ablauf der Aufbewahrungsfrist nur noch gezählt
}

# !bericht und !export: der Abschnitt „Rundtische“.
report-roundtables-heading = Rundtische
report-roundtables-line = { $tables ->
        [0] Kein Rundtisch im Zeitraum
       *[other] { $tables ->
            [one] Ein Rundtisch
           *[other] { $tables } Rundtische
        } { $contributions ->
            [0] ohne Rückmeldungen
           *[other] mit { $contributions ->
                [one] einer Rückmeldung
               *[other] { $contributions_text } Rückmeldungen
            } (anonym: { $anonymous }); { $named ->
                [0] niemand hat sich mit Namen beteiligt
                [one] eine Person hat sich mit Namen beteiligt
               *[other] { $named } Personen haben sich mit Namen beteiligt
            }
        }
    }
report-roundtables-fig-tables = Rundtische im Zeitraum
report-roundtables-fig-contributions = Rückmeldungen
report-roundtables-fig-named = Personen mit Rückmeldungen unter ihrem Namen
report-roundtables-fig-anonymous = Anteil anonymer Rückmeldungen
export-roundtables-sheet = Rundtische
export-roundtables-id = Rundtisch Nr.
export-roundtables-opened = Eröffnet am
export-roundtables-closed = Geschlossen am
export-roundtables-topic-number = Thema Nr.
export-roundtables-topic = Thema
export-roundtables-anonymous = Anonym
export-roundtables-author = Von
export-roundtables-direct = Im Direktchat
export-roundtables-text = Rückmeldung
export-roundtables-time = Zeit
