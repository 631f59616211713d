# KI-Bestand: das Verzeichnis der KI-Werkzeuge der Verwaltung.

topic-ki-bestand = KI-Bestand (Verzeichnis der KI-Werkzeuge)
topic-ki-bestand-details = Im KI-Bestand steht, welche KI-Werkzeuge die Verwaltung schon nutzt oder plant. Dazu gehören auch solche, die in einem Fachverfahren stecken. Nutzen Sie ein KI-Werkzeug, das hier fehlt? Dann schreiben Sie „!ki-tool melden Name: wofür Sie es nutzen“. Die Promotor:in Ihres Fachbereichs ergänzt den Eintrag. „!ki-tools“ zeigt Ihnen, was Sie gemeldet haben.
    Für das Strategieteam und die Promotor:innen: „!ki-tool neu“ legt einen Eintrag an. „!ki-tool #3 einstufen“ schätzt ihn nach der KI-Verordnung ein. „!ki-tool #3 geprüft“ bestätigt die regelmäßige Prüfung; ich erinnere rechtzeitig daran. Die Einstufung ist eine Orientierung, keine Rechtsberatung.
help-ki-tool = KI-Werkzeug melden: !ki-tool melden Name: wofür Sie es nutzen · anlegen (Strategieteam, Promotor:innen): !ki-tool neu (Schritt für Schritt) oder !ki-tool neu Name | Fachbereich | Zweck [| Status] · !ki-tool #N, !ki-tool #N ändern <Feld> <Wert>, !ki-tool #N einstufen, !ki-tool #N geprüft [Notiz], !ki-tool #N abschalten
help-ki-tools = KI-Bestand anzeigen: !ki-tools [Fachbereich | risiko <Klasse> | status <Status> | fällig | entwürfe]

tool-usage = So geht es: „!ki-tool melden Name: wofür Sie es nutzen“ meldet ein KI-Werkzeug. „!ki-tool neu“ legt einen Eintrag an. „!ki-tool #3“ zeigt Eintrag 3; dahinter können Sie „ändern“, „einstufen“, „geprüft“ oder „abschalten“ schreiben. Mehr dazu erklärt „!hilfe ki-bestand“.
tool-ref-invalid = Das habe ich nicht als Nummer eines Eintrags erkannt. Bitte schreiben Sie sie mit Raute, zum Beispiel „!ki-tool #3“. Die Nummern zeigt „!ki-tools“.
tool-not-found = Einen Eintrag #{ $id } gibt es im KI-Bestand nicht. Die vorhandenen Einträge zeigt „!ki-tools“.
tool-read-refused = Eintrag #{ $id } können Sie nicht ansehen. Sie sehen die KI-Werkzeuge, die Sie selbst gemeldet haben oder verantworten; „!ki-tools“ zeigt sie. Den ganzen KI-Bestand sehen das Strategieteam und die Promotor:innen.
tool-edit-refused = Eintrag #{ $id } gehört zum Fachbereich { $department }. Ändern können ihn das Strategieteam und die Promotor:innen dieses Fachbereichs. Möchten Sie etwas ergänzen, schreiben Sie ihnen oder dem Strategieteam.
tool-edit-refused-team = Eintrag #{ $id } hat noch keinen Fachbereich. Deshalb kann ihn nur das Strategieteam ändern. Schreiben Sie ihm bitte, was ergänzt werden soll.
tool-add-refused = Einträge im KI-Bestand legen das Strategieteam und die Promotor:innen an. Sie können ein KI-Werkzeug aber melden: „!ki-tool melden Name: wofür Sie es nutzen“. Dann ergänzt die Promotor:in Ihres Fachbereichs oder das Strategieteam den Eintrag.
tool-add-other-department = Sie können KI-Werkzeuge Ihres Fachbereichs { $department } eintragen und ändern. Für einen anderen Fachbereich wenden Sie sich bitte an dessen Promotor:in oder an das Strategieteam.
tool-department-unknown = ohne Fachbereich

# !ki-tool neu als Dialog.
tool-dialog-name = Gern nehme ich ein KI-Werkzeug in den KI-Bestand auf. Wie heißt es? (Mit „!abbrechen“ können Sie jederzeit aufhören.)
tool-dialog-vendor = Von welchem Anbieter oder Hersteller stammt es? Wenn Sie es nicht wissen, schreiben Sie „-“.
tool-dialog-department = In welchem Fachbereich wird es eingesetzt?
tool-dialog-purpose = Wofür wird es genutzt? Ein, zwei Sätze genügen, zum Beispiel „fasst eingehende Anträge zusammen“.
tool-dialog-procedure = Steckt es in einem Fachverfahren? Dann nennen Sie es bitte. Sonst schreiben Sie „-“.
tool-dialog-status = Wie ist der Stand: geplant, Pilot oder im Betrieb?
tool-dialog-personal-data = Verarbeitet es personenbezogene Daten? Schreiben Sie „keine“ oder welche, zum Beispiel „Namen und Anschriften von Antragstellenden“.
tool-created = Danke! Das KI-Werkzeug „{ $name }“ steht jetzt als Eintrag #{ $id } im KI-Bestand. Weitere Angaben ergänzen Sie mit „!ki-tool #{ $id } ändern <Feld> <Wert>“.
tool-created-one-line = Das KI-Werkzeug „{ $name }“ steht jetzt als Eintrag #{ $id } im KI-Bestand. Verantwortlich sind Sie. Als Nächstes schätzen Sie es bitte nach der KI-Verordnung ein: „!ki-tool #{ $id } einstufen“. Weitere Angaben ergänzen Sie mit „!ki-tool #{ $id } ändern <Feld> <Wert>“.
tool-one-line-usage = Für die Kurzform brauche ich drei Angaben, getrennt durch „|“: „!ki-tool neu Name | Fachbereich | Zweck“. Auf Wunsch folgt der Status („| Pilot“). Zum Beispiel: „!ki-tool neu Textassistent | Bauamt | Entwürfe für Bescheide“. Oder schreiben Sie nur „!ki-tool neu“, dann frage ich Schritt für Schritt.
tool-status-invalid = Diesen Status kenne ich nicht. Möglich sind: geplant, Pilot, im Betrieb, abgeschaltet. Zum Beispiel: „status Pilot“.
tool-role-invalid = Diese Rolle kenne ich nicht. Möglich sind: Betreiber (die Verwaltung setzt das KI-Werkzeug ein) oder Anbieter (die Verwaltung hat es selbst entwickelt oder bietet es unter eigenem Namen an). Zum Beispiel: „rolle Betreiber“.
tool-risk-invalid = Diese Risikoklasse kenne ich nicht. Möglich sind: verboten, hoch, begrenzt, minimal, unklar, kein KI-System. Zum Beispiel: „!ki-tools risiko hoch“.

# !ki-tool melden.
tool-report-usage = Bitte nennen Sie das KI-Werkzeug: „!ki-tool melden Name: wofür Sie es nutzen“. Zum Beispiel: „!ki-tool melden DeepL: Übersetzen von Bürgerbriefen“.
tool-reported = Danke für Ihre Meldung! „{ $name }“ steht jetzt als Entwurf #{ $id } im KI-Bestand. { $told ->
    [promoter] Die Promotor:in Ihres Fachbereichs ist benachrichtigt und ergänzt den Eintrag.
    [team] Das Strategieteam ist benachrichtigt und ergänzt den Eintrag.
   *[nobody] Benachrichtigen konnte ich niemanden: Für Ihren Fachbereich ist keine Promotor:in eingetragen, und das Strategieteam kann ich nicht erreichen. Bitte sagen Sie dem Strategieteam selbst Bescheid.
} Den Stand sehen Sie mit „!ki-tool #{ $id }“.
tool-reported-promoter = Im Fachbereich { $department } wurde ein KI-Werkzeug gemeldet: Entwurf #{ $id }. Bitte ergänzen Sie den Eintrag. „!ki-tool #{ $id }“ zeigt ihn und was fehlt. „!ki-tool #{ $id } ändern verantwortlich @anna:stadt.example“ setzt die verantwortliche Person. „!ki-tool #{ $id } einstufen“ schätzt ihn nach der KI-Verordnung ein.
tool-reported-team = Ein KI-Werkzeug wurde gemeldet: Entwurf #{ $id }. { $known ->
    [yes] Für den Fachbereich { $department } ist keine Promotor:in eingetragen.
   *[no] Die meldende Person hat keinen Fachbereich angegeben.
} Bitte ergänzen Sie den Eintrag; „!ki-tool #{ $id }“ zeigt ihn.
tool-report-completed = Das KI-Werkzeug „{ $name }“ (#{ $id }), das Sie gemeldet haben, ist jetzt vollständig im KI-Bestand erfasst. Danke für Ihren Hinweis!
tool-draft-completed = Damit ist Entwurf #{ $id } vollständig und ein regulärer Eintrag im KI-Bestand.
tool-draft-missing = Für einen vollständigen Eintrag fehlt noch: { $list }.

# !ki-tool #N.
tool-heading = KI-Werkzeug #{ $id }: { $name }{ $draft ->
    [yes] {" "}(Entwurf)
   *[no] {""}
}
tool-line = { $label }: { $value }
tool-personal-data-none = keine
tool-not-triaged = noch nicht eingestuft
tool-class-line = Risikoklasse: { $class } (eingestuft am { $date }), nach diesen Antworten:
tool-class-none = Risikoklasse: noch nicht eingestuft. „!ki-tool #{ $id } einstufen“ führt durch die Fragen.
tool-duties-open = Noch offen:
tool-review-overdue = Die Prüfung ist fällig. Bestätigen Sie sie mit „!ki-tool #{ $id } geprüft [Notiz]“.
tool-reviews-head = { $count ->
    [one] Eine Prüfung bisher:
   *[other] { $count } Prüfungen bisher, die letzten:
}

# Felder, wie sie in Anzeige, „ändern“ und Export heißen.
tool-field-name = Name
tool-field-vendor = Anbieter
tool-field-product = Produkt
tool-field-version = Version
tool-field-department = Fachbereich
tool-field-purpose = Zweck
tool-field-procedure = Fachverfahren
tool-field-status = Status
tool-field-role = Rolle der Verwaltung
tool-field-personal-data = Personenbezogene Daten
tool-field-legal-basis = Rechtsgrundlage
tool-field-affected = Betroffene Personengruppen
tool-field-oversight = Menschliche Aufsicht
tool-field-staff-informed = Beschäftigte informiert am
tool-field-council-informed = Personalrat informiert am
tool-field-logs = Aufbewahrung der Protokolle
tool-field-notice = Transparenzhinweis
tool-field-fria = Grundrechte-Folgenabschätzung
tool-field-dpia = Datenschutz-Folgenabschätzung am
tool-field-registration = Registrierung in der EU-Datenbank
tool-field-owner = Verantwortlich
tool-field-idea = Anwendungsfall (Idee)
tool-field-next-review = Nächste Prüfung
tool-field-risk-class = Risikoklasse

tool-status-geplant = geplant
tool-status-pilot = Pilot
tool-status-im-betrieb = im Betrieb
tool-status-abgeschaltet = abgeschaltet
tool-role-betreiber = Betreiber
tool-role-anbieter = Anbieter

# !ki-tool #N ändern.
tool-change-usage = Was soll ich ändern? Schreiben Sie „!ki-tool #3 ändern <Feld> <Wert>“, zum Beispiel „!ki-tool #3 ändern aufsicht Frau Meyer, Sachgebietsleitung“. Mögliche Felder: { $fields }. Mit „-“ als Wert leeren Sie ein Feld.
tool-field-unknown = Ein Feld „{ $field }“ kenne ich nicht. Möglich sind: { $fields }. Zum Beispiel: „!ki-tool #3 ändern zweck fasst Anträge zusammen“.
tool-value-missing = Es fehlt der neue Wert für „{ $field }“. Bitte schreiben Sie ihn hinter den Feldnamen, zum Beispiel „!ki-tool #3 ändern zweck fasst Anträge zusammen“. Mit „-“ leeren Sie das Feld.
tool-field-required = „{ $field }“ braucht jeder Eintrag. Sie können es ändern, aber nicht leeren.
tool-field-restricted = „{ $field }“ von Eintrag #{ $id } ändern das Strategieteam und die Promotor:innen des Fachbereichs. Bitte wenden Sie sich an sie.
tool-date-invalid = „{ $field }“ braucht ein Datum wie 12.03.2027 oder „heute“. Mit „-“ leeren Sie das Feld.
tool-fria-invalid = Für die Grundrechte-Folgenabschätzung schreiben Sie das Datum und eine kurze Zusammenfassung. Zum Beispiel: „ändern grundrechte 12.03.2027 keine erheblichen Risiken, Widerspruchsweg erklärt“.
tool-person-invalid = Ich weiß nicht, wen Sie meinen. Bitte tippen Sie @ und den Namen und wählen Sie die Person aus der Liste. Oder schreiben Sie ihre Matrix-ID aus, zum Beispiel „@anna.meyer:stadt.example“. Mit „-“ entfernen Sie die Person.
tool-idea-invalid = Bitte nennen Sie die Idee mit Raute, zum Beispiel „ändern idee #12“. Mit „-“ lösen Sie die Verbindung.
tool-idea-not-found = Eine Idee #{ $idea } gibt es nicht. Die vorhandenen Ideen zeigt „!ideen“.
tool-changed = Erledigt: „{ $field }“ von Eintrag #{ $id } ist geändert.
tool-retriage-asked = Zweck, Daten oder Fachverfahren haben sich geändert. Deshalb bitte neu einstufen: „!ki-tool #{ $id } einstufen“. Die Prüfung ist damit fällig; bestätigen Sie sie danach mit „!ki-tool #{ $id } geprüft [Notiz]“.

# !ki-tool #N geprüft und abschalten.
tool-reviewed = Danke, die Prüfung von Eintrag #{ $id } ist vermerkt. Die nächste ist am { $date } fällig; ich erinnere rechtzeitig daran.
tool-reviewed-retriage-open = Die neue Einstufung steht noch aus: „!ki-tool #{ $id } einstufen“.
tool-retired = Eintrag #{ $id } ist als abgeschaltet vermerkt. Er bleibt im KI-Bestand, aber an Prüfungen erinnere ich für ihn nicht mehr.
tool-retired-already = Eintrag #{ $id } ist schon abgeschaltet. Wird das KI-Werkzeug wieder genutzt, schreiben Sie „!ki-tool #{ $id } ändern status im Betrieb“.

# !ki-tools.
tools-heading = { $count ->
    [one] Ein KI-Werkzeug im KI-Bestand:
   *[other] { $count } KI-Werkzeuge im KI-Bestand:
}
tools-heading-due = { $count ->
    [one] Ein KI-Werkzeug ist zur Prüfung fällig oder bald fällig:
   *[other] { $count } KI-Werkzeuge sind zur Prüfung fällig oder bald fällig:
}
tools-heading-reported = { $count ->
    [one] Ein KI-Werkzeug, das Sie gemeldet haben oder verantworten:
   *[other] { $count } KI-Werkzeuge, die Sie gemeldet haben oder verantworten:
}
tools-item = #{ $id } { $name }{ $draft ->
    [yes] {" "}(Entwurf)
   *[no] {""}
} · { $department } · { $status } · { $class }{ $review }
tools-item-review = { $overdue ->
    [yes] {" "}· Prüfung fällig seit { $date }
   *[no] {" "}· nächste Prüfung { $date }
}
tools-item-retriage = {" "}· neue Einstufung erbeten
tools-more = { $count ->
    [one] … und ein weiteres. Grenzen Sie die Liste ein, zum Beispiel mit „!ki-tools fällig“ oder „!ki-tools risiko hoch“.
   *[other] … und { $count } weitere. Grenzen Sie die Liste ein, zum Beispiel mit „!ki-tools fällig“ oder „!ki-tools risiko hoch“.
}
tools-none = Im KI-Bestand steht noch kein KI-Werkzeug. „!ki-tool neu“ legt das erste an.
tools-none-matching = Dazu passt kein KI-Werkzeug im KI-Bestand. „!ki-tools“ zeigt alle.
tools-none-reported = Sie haben noch kein KI-Werkzeug gemeldet. Nutzen Sie eines, das im KI-Bestand fehlen könnte? Dann schreiben Sie „!ki-tool melden Name: wofür Sie es nutzen“.

# Einstufung nach der KI-Verordnung (Verordnung (EU) 2024/1689).
triage-intro = Einstufung von Eintrag #{ $id } nach der KI-Verordnung. Ich stelle bis zu fünf Fragen. Antworten Sie mit der Nummer oder dem Wort. „Weiß nicht“ ist immer möglich; dann schaut das Strategieteam genauer hin. Das Ergebnis ist eine Orientierung, keine Rechtsberatung.
triage-question = Frage { $number } von { $total }: { $question }
triage-answer-invalid = Diese Antwort habe ich nicht zuordnen können. Bitte antworten Sie mit einer Zahl von 1 bis { $count } oder einem der Wörter, zum Beispiel „1“ oder „weiß nicht“.
triage-answer-yes = ja
triage-answer-no = nein
triage-answer-unknown = weiß nicht
triage-answer-none-of-these = nichts davon
triage-answer-general-as-supplied = ja, so wie der Anbieter es liefert
triage-answer-own-system = ja, aber von uns angepasst, selbst trainiert oder unter eigenem Namen angeboten – oder ganz selbst entwickelt
triage-answer-specialised = nein, ein spezialisiertes Werkzeug, etwa Teil eines Fachverfahrens
triage-q-ai-system = Ist es ein KI-System? Gemeint ist Software, die aus Daten selbst ableitet, wie sie zu Ergebnissen kommt – etwa Texte, Vorhersagen, Empfehlungen oder Entscheidungen – und nicht nur fest programmierten Regeln folgt (Art. 3 Nr. 1 KI-Verordnung). Eine Tabellenkalkulation oder ein reines Formular ist keines, ein Chatbot oder eine automatische Texterkennung schon.
triage-q-prohibited = Wird es für etwas eingesetzt, das die KI-Verordnung verbietet (Art. 5)? Zum Beispiel: Menschen nach ihrem Verhalten oder ihrer Persönlichkeit bewerten und deshalb benachteiligen („Social Scoring“), Gefühle von Beschäftigten erkennen, Menschen nach Herkunft, Religion, politischer Meinung oder sexueller Orientierung aus biometrischen Daten einordnen, Gesichter im öffentlichen Raum in Echtzeit erkennen, Menschen unbemerkt so beeinflussen oder ihre Schwächen so ausnutzen, dass ihnen erheblicher Schaden droht, Gesichtsbilder ungezielt aus dem Internet sammeln.
triage-q-annex = Wird es in einem dieser Bereiche eingesetzt, in denen die KI-Verordnung von hohem Risiko ausgeht (Anhang III) – weil es dort Entscheidungen über Menschen beeinflusst oder für die Sicherheit einer Anlage sorgt?
triage-q-transparency = Spricht es direkt mit Menschen (zum Beispiel als Chatbot für Bürgerinnen und Bürger) oder erzeugt es Texte, Bilder oder Töne, die veröffentlicht werden (Art. 50)?
triage-q-general-purpose = Ist es ein allgemeines KI-Modell (zum Beispiel ein Chat-Assistent), und wie setzen Sie es ein?
triage-area-employment = Personal: Bewerbungen, Beförderung, Leistungsbewertung, Aufgabenverteilung
triage-area-services = Öffentliche Leistungen und Notrufe: zum Beispiel über Sozialleistungen oder Wohngeld entscheiden, sie kürzen oder entziehen, Notrufe einordnen oder Einsätze der Leitstelle priorisieren
triage-area-education = Bildung: Zulassung, Prüfungen, Bewertung von Lernenden
triage-area-migration = Migration und Asyl, etwa in der Ausländerbehörde
triage-area-infrastructure = Kritische Infrastruktur: als Sicherheitsbauteil in digitaler Infrastruktur, im Straßenverkehr oder in der Versorgung mit Wasser, Gas, Wärme oder Strom
triage-short-ai-system = KI-System
triage-short-prohibited = verbotene Praxis
triage-short-annex = Hochrisiko-Bereich
triage-short-transparency = spricht mit Menschen oder erzeugt Inhalte
triage-short-general-purpose = allgemeines Modell
triage-result = Ergebnis für Eintrag #{ $id }: Risikoklasse „{ $class }“.
triage-result-answers = Ihre Antworten:
triage-result-duties = Was daraus folgt:
triage-disclaimer = Das ist eine Orientierung, keine Rechtsberatung. Im Zweifel beraten die oder der Datenschutzbeauftragte und das Rechtsamt.
triage-flag-team = Bitte ansehen: Eintrag #{ $id } („{ $name }“) ist als „{ $class }“ eingestuft. „!ki-tool #{ $id }“ zeigt die Antworten.

risk-verboten = verboten
risk-hoch = hoch
risk-begrenzt = begrenzt (Transparenzpflicht)
risk-minimal = minimal
risk-unklar = unklar
risk-kein-ki-system = kein KI-System

duty-stop-use = Nicht einsetzen: Diese Praxis ist nach Art. 5 verboten. Bitte sofort mit dem Strategieteam klären.
duty-high-risk = Pflichten als Betreiber (Art. 26): Einsatz nach Gebrauchsanweisung, menschliche Aufsicht durch geschulte Personen, den Betrieb überwachen, Beschäftigte und Personalrat vor dem Einsatz am Arbeitsplatz informieren, und die Menschen, über die es mitentscheidet, darauf hinweisen.
duty-fria = Grundrechte-Folgenabschätzung vor dem ersten Einsatz (Art. 27).
duty-registration = Die Nutzung vor dem Einsatz in der EU-Datenbank registrieren (Art. 49); ohne Registrierung darf die Verwaltung es nicht einsetzen (Art. 26 Abs. 8).
duty-logs = Automatische Protokolle mindestens sechs Monate aufbewahren (Art. 26 Abs. 6).
duty-transparency = Hinweis an die Menschen, dass sie mit KI zu tun haben, und erzeugte Inhalte als solche kennzeichnen; veröffentlichte Texte nur dann nicht, wenn ein Mensch sie geprüft hat und dafür verantwortlich zeichnet (Art. 50).
duty-provider-check = Weil die Verwaltung es angepasst, trainiert, selbst entwickelt hat oder unter eigenem Namen anbietet, prüfen, ob sie als Anbieter gilt – mit dessen weitergehenden Pflichten (Art. 25).
duty-literacy = KI-Kompetenz derer, die es nutzen (Art. 4): Schulungen unter „!schulungen“.
duty-clarify = Offene Antworten klären: Das Strategieteam sieht sich den Eintrag an und stuft ihn dann erneut ein.

# Erinnerungen an Prüfungen.
reminder-tool-review-upcoming = Am { $date } ist die Prüfung des KI-Werkzeugs „{ $name }“ (#{ $id }) fällig: Stimmen Zweck, Daten und Einstufung noch? Bestätigen Sie sie dann mit „!ki-tool #{ $id } geprüft [Notiz]“.
reminder-tool-review-due = Heute ist die Prüfung des KI-Werkzeugs „{ $name }“ (#{ $id }) fällig. „!ki-tool #{ $id }“ zeigt den Eintrag, „!ki-tool #{ $id } geprüft [Notiz]“ bestätigt die Prüfung.
reminder-tool-review-overdue = Die Prüfung des KI-Werkzeugs „{ $name }“ (#{ $id }) ist seit dem { $date } fällig. Bitte holen Sie sie nach und bestätigen Sie sie mit „!ki-tool #{ $id } geprüft [Notiz]“.

# Anwendungsfall → KI-Bestand.
tool-linked-created = Für den KI-Bestand ist Entwurf #{ $id } angelegt und mit Idee #{ $idea } verbunden. { $owner ->
    [yes] Die verantwortliche Person ist benachrichtigt und ergänzt ihn.
   *[no] Die Idee hat noch keine verantwortliche Person; bitte ergänzen Sie den Entwurf selbst.
}
tool-linked-existing = Eintrag #{ $id } im KI-Bestand gehört zu Idee #{ $idea }{ $changed ->
    [yes] {" "}und hat ihren Status übernommen.
   *[no] .
}
tool-linked-owner = Der Anwendungsfall #{ $idea }, für den Sie verantwortlich sind, geht in Pilot oder Betrieb. Dafür steht im KI-Bestand jetzt Entwurf #{ $id }. Bitte ergänzen Sie ihn: „!ki-tool #{ $id }“ zeigt, was fehlt, „!ki-tool #{ $id } einstufen“ schätzt ihn nach der KI-Verordnung ein.
idea-tool-link = Im KI-Bestand: #{ $id } { $name } ({ $status })

# !meine-daten und Löschen.
my-data-inventory = KI-Bestand: { $reported ->
    [one] ein Werkzeug gemeldet
   *[other] { $reported } Werkzeuge gemeldet
}, verantwortlich für { $owned ->
    [one] einen Eintrag
   *[other] { $owned } Einträge
}, { $created ->
    [one] einen Eintrag angelegt
   *[other] { $created } Einträge angelegt
}, { $reviews ->
    [one] eine Prüfung vermerkt
   *[other] { $reviews } Prüfungen vermerkt
} (!ki-tools zeigt sie)
erase-tools-reported = { $count ->
    [one] eine Meldung eines KI-Werkzeugs: Der Eintrag bleibt im KI-Bestand, aber ohne Ihren Namen.
   *[other] { $count } Meldungen von KI-Werkzeugen: Die Einträge bleiben im KI-Bestand, aber ohne Ihren Namen.
}
erase-tools-owned = { $count ->
    [one] ein Eintrag im KI-Bestand, für den Sie verantwortlich sind: Er bleibt als Unterlage der Verwaltung, ohne Sie als verantwortliche Person; das Strategieteam sieht, dass eine neue fehlt.
   *[other] { $count } Einträge im KI-Bestand, für die Sie verantwortlich sind: Sie bleiben als Unterlage der Verwaltung, ohne Sie als verantwortliche Person; das Strategieteam sieht, dass eine neue fehlt.
}
erase-tools-kept = { $count ->
    [one] ein Eintrag oder eine Prüfung, die Sie im KI-Bestand vermerkt haben: bleibt als Unterlage der Verwaltung
   *[other] { $count } Einträge und Prüfungen, die Sie im KI-Bestand vermerkt haben: bleiben als Unterlage der Verwaltung
}

# !bericht und !export: der Abschnitt „KI-Bestand“.
report-inventory-heading = KI-Bestand (Stand heute)
report-inventory-total = { $count ->
    [one] Ein Werkzeug
   *[other] { $count } Werkzeuge
} in Planung, Pilot oder Betrieb, davon { $drafts ->
    [one] ein Entwurf
   *[other] { $drafts } Entwürfe
}; { $added ->
    [one] eines
   *[other] { $added }
} im Zeitraum neu erfasst
report-inventory-classes = Nach Risikoklasse: { $list }
report-inventory-statuses = Nach Status: { $list }
report-inventory-overdue = { $count ->
    [0] Keine Prüfung ist überfällig.
    [one] Eine Prüfung ist fällig oder eine neue Einstufung erbeten.
   *[other] { $count } Prüfungen sind fällig oder neue Einstufungen erbeten.
}
report-inventory-high-risk-open = { $count ->
    [0] Jedes Werkzeug mit hohem Risiko hat Grundrechte-Folgenabschätzung und Registrierung.
    [one] Einem Werkzeug mit hohem Risiko fehlt die Grundrechte-Folgenabschätzung oder die Registrierung: { $list }
   *[other] { $count } Werkzeugen mit hohem Risiko fehlt die Grundrechte-Folgenabschätzung oder die Registrierung: { $list }
}
report-inventory-fig-active = KI-Werkzeuge in Planung, Pilot oder Betrieb
report-inventory-fig-drafts = KI-Werkzeuge als Entwurf
report-inventory-fig-added = KI-Werkzeuge im Zeitraum neu erfasst
report-inventory-fig-class = KI-Werkzeuge nach Risikoklasse
report-inventory-fig-status = KI-Werkzeuge nach Status
report-inventory-fig-overdue = KI-Werkzeuge mit fälliger Prüfung
report-inventory-fig-high-risk-open = Hochrisiko-Werkzeuge ohne Folgenabschätzung oder Registrierung
export-inventory-sheet = KI-Bestand
export-tool-id = Nr.
export-tool-unit = Organisationseinheit
export-tool-triage = Antworten der Einstufung
export-tool-triaged-at = Eingestuft am
export-tool-fria-at = Grundrechte-Folgenabschätzung am
export-tool-fria-summary = Ergebnis der Grundrechte-Folgenabschätzung
export-tool-draft = Entwurf
export-tool-last-review = Letzte Prüfung
export-tool-created = Erfasst am
