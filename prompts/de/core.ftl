# Allgemeine Texte: Hilfe, Einstellungen, Dialoge, Fehler.

help-intro = Hallo, ich bin Lotse 🧭, Ihr Ansprechpartner für die KI-Strategie Ihrer Verwaltung. Befehle beginnen mit „!“, im Direktchat mit mir geht es auch ohne. Damit fangen die meisten an:
help-topics = Mehr zu einem Thema: { $topics }.
help-team-topics = Für das Strategieteam: { $topics }.
help-topic-item = !hilfe { $topic }
help-unknown-topic = Zu diesem Thema habe ich keine Hilfe. Diese Themen gibt es: { $topics }. Schreiben Sie zum Beispiel !hilfe allgemein, oder nur !hilfe für die Übersicht.
topic-allgemein = Allgemein
topic-allgemein-details = So stellen Sie mich auf sich ein: Ihre Sprache mit !sprache de oder !sprache en, Ihren Fachbereich mit !fachbereich und dem Namen, z. B. !fachbereich Bürgerservice. Wenn ich Ihnen in einem Dialog Fragen stelle und Sie aufhören möchten, schreiben Sie !abbrechen.
help-hilfe = diese Übersicht; mit einem Thema dahinter erfahren Sie mehr, z. B. !hilfe allgemein
help-sprache = die Sprache wählen: !sprache de (Deutsch) oder !sprache en (Englisch)
help-fachbereich = Ihren Fachbereich angeben, z. B. !fachbereich Bürgerservice
help-abbrechen = einen angefangenen Dialog beenden, ohne etwas zu speichern

language-usage = Welche Sprache möchten Sie? Schreiben Sie !sprache de für Deutsch oder !sprache en für Englisch.
language-set = Alles klar, ich antworte Ihnen ab jetzt auf Deutsch.
department-usage = Bitte nennen Sie Ihren Fachbereich, z. B.: !fachbereich Bürgerservice
department-current = Ihr Fachbereich ist „{ $name }“. Ändern können Sie ihn mit !fachbereich und dem neuen Namen, z. B. !fachbereich Bürgerservice.
department-set = Danke! Ihr Fachbereich ist jetzt „{ $name }“. Ihre neuen Ideen ordne ich ihm zu.
department-too-long = Dieser Name ist zu lang: Ein Fachbereich darf höchstens { $max } Zeichen haben. Bitte senden Sie ihn gekürzt noch einmal, z. B. !fachbereich Bürgerservice.

dialog-cancelled = In Ordnung, ich habe den Dialog abgebrochen. Es wurde nichts gespeichert.
dialog-none = Gerade läuft kein Dialog, den ich abbrechen könnte. Mit !hilfe sehen Sie, was Sie tun können.
dialog-unreadable = Entschuldigung: Nach einer Aktualisierung konnte ich Ihren angefangenen Dialog nicht fortsetzen. Bitte beginnen Sie ihn neu, mit demselben Befehl wie vorhin.
dialog-expired = Ihr letzter Dialog hatte eine lange Pause, deshalb habe ich ihn beendet. Wenn Sie möchten, beginnen Sie ihn neu, mit demselben Befehl wie vorhin.
dialog-empty-answer = Ihre Antwort war leer. Bitte schreiben Sie ein paar Worte. Wenn Sie aufhören möchten, schreiben Sie !abbrechen.

unknown-command = Den Befehl „{ $word }“ kenne ich nicht. Mit !hilfe sehen Sie, was ich kann.
unknown-command-suggest = Den Befehl „{ $word }“ kenne ich nicht. Meinten Sie !{ $suggestion }? Mit !hilfe sehen Sie, was ich kann.
title-invisible = Diesen Titel würde niemand sehen: Er besteht nur aus Leerzeichen oder unsichtbaren Zeichen. Bitte schreiben Sie einen Titel mit Buchstaben oder Zahlen. Gespeichert habe ich noch nichts.
text-too-long = Der Text ist zu lang: { $length } Zeichen, erlaubt sind höchstens { $max }. Bitte kürzen Sie ihn und senden Sie ihn noch einmal. Gespeichert habe ich noch nichts.
text-removed = [Text entfernt]
not-understood = Das habe ich leider nicht verstanden. Schreiben Sie „hilfe“, dann zeige ich Ihnen, was ich kann. Eine Idee reichen Sie so ein: „idee“ und ein kurzer Titel, z. B. „idee Anträge automatisch vorsortieren“.
processing-failed = Entschuldigung, diese Nachricht konnte ich wegen eines technischen Fehlers nicht verarbeiten. Bitte versuchen Sie es später noch einmal. Klappt es wieder nicht, sagen Sie bitte dem Strategieteam Bescheid: Es findet den Fehler im Protokoll.

# Löschen einer Person (der Kern): der Platzhalter in Unterlagen, die bleiben, und die Teile der
# Übersicht, die der Kern selbst löscht.
erased-person = gelöschte Person { $number }
erase-profile = Einstellungen (Sprache, Fachbereich) und angefangene Dialoge
erase-reminders = { $count ->
    [one] eine geplante Erinnerung
   *[other] { $count } geplante Erinnerungen
}
erase-messages = { $count ->
    [one] eine Nachricht, die noch nicht zugestellt war
   *[other] { $count } Nachrichten, die noch nicht zugestellt waren
}
erase-renamed = Wo andere Einträge den Namen nennen, etwa das Protokoll des Strategieteams oder Texte anderer Personen, steht statt des Namens der Platzhalter.

# Berichte: was mehrere Bereiche gemeinsam verwenden.
report-more = { $count ->
    [one] eine weitere
   *[other] { $count } weitere
}
report-days-after = { $days ->
    [one] einem Tag
   *[other] { $text } Tagen
}
report-no-department = ohne Fachbereich
report-days = { $days ->
    [one] { $text } Tag
   *[other] { $text } Tage
}
export-yes = ja
export-no = nein
export-audit-sheet = Audit
export-audit-id = Nr.
export-audit-time = Zeit
export-audit-actor = Wer
export-audit-action = Aktion
export-audit-kind = Art des Eintrags
export-audit-record = Eintrag
export-audit-detail = Einzelheiten
file-refused = Die Datei „{ $file }“ konnte ich nicht senden: Der Matrix-Server hat sie nicht angenommen, vielleicht weil sie zu groß ist. Bitte wenden Sie sich an Ihre IT. Exporte kann sie auch direkt auf dem Server erstellen (mit „lotse export“).

# Verifizierung mit Emojis: was der Bot im Direktchat schreibt, wenn jemand seine Sitzung verifiziert.
verification-compare = Bitte vergleichen Sie diese sieben Emojis mit denen in Ihrer App:
    { $emojis }
    Stimmen alle überein, bestätigen Sie das bitte in Ihrer App („Sie stimmen überein“). Meine Seite habe ich schon bestätigt. Stimmt eines nicht, brechen Sie bitte ab und sagen Sie Ihrer IT Bescheid.
verification-done = Die Verifizierung ist abgeschlossen. Ihre App vertraut jetzt meiner Sitzung. Auch wenn sie nur an verifizierte Sitzungen sendet, kann ich Ihre Nachrichten lesen und beantworten.
verification-cancelled = { $why ->
    [user] Die Verifizierung wurde in Ihrer App abgebrochen.
    [timeout] Die Verifizierung hat zu lange gedauert und wurde deshalb abgebrochen.
    [mismatch] Die Verifizierung wurde abgebrochen, weil die Emojis oder Schlüssel nicht übereinstimmten. Bitte sagen Sie Ihrer IT Bescheid.
   *[other] Die Verifizierung wurde abgebrochen.
} Sie können sie jederzeit neu starten: in Ihrer App in meinem Profil bei „Sitzungen“.
verification-emoji-only = Ich kann nur mit Emojis verifiziert werden, nicht mit einem QR-Code. Bitte starten Sie die Verifizierung neu und wählen Sie „Mit Emojis verifizieren“.
verification-join-first = Ich möchte Ihnen für die Verifizierung sieben Emojis zeigen, und zwar hier in unserem Direktchat. Bitte nehmen Sie die Einladung in diesen Chat an und starten Sie die Verifizierung dann noch einmal.
sas-emoji = { $number ->
    [0] Hund
    [1] Katze
    [2] Löwe
    [3] Pferd
    [4] Einhorn
    [5] Schwein
    [6] Elefant
    [7] Hase
    [8] Panda
    [9] Hahn
    [10] Pinguin
    [11] Schildkröte
    [12] Fisch
    [13] Oktopus
    [14] Schmetterling
    [15] Blume
    [16] Baum
    [17] Kaktus
    [18] Pilz
    [19] Globus
    [20] Mond
    [21] Wolke
    [22] Feuer
    [23] Banane
    [24] Apfel
    [25] Erdbeere
    [26] Mais
    [27] Pizza
    [28] Kuchen
    [29] Herz
    [30] Lächeln
    [31] Roboter
    [32] Hut
    [33] Brille
    [34] Schraubenschlüssel
    [35] Weihnachtsmann
    [36] Daumen Hoch
    [37] Regenschirm
    [38] Sanduhr
    [39] Uhr
    [40] Geschenk
    [41] Glühbirne
    [42] Buch
    [43] Bleistift
    [44] Büroklammer
    [45] Schere
    [46] Schloss
    [47] Schlüssel
    [48] Hammer
    [49] Telefon
    [50] Flagge
    [51] Zug
    [52] Fahrrad
    [53] Flugzeug
    [54] Rakete
    [55] Pokal
    [56] Ball
    [57] Gitarre
    [58] Trompete
    [59] Glocke
    [60] Anker
    [61] Kopfhörer
    [62] Ordner
   *[63] Stecknadel
}

# Personen in Befehlen: per Erwähnung, Anzeigename oder Matrix-ID.
person-unknown = { $place ->
    [direct] Ich weiß nicht, wen Sie mit „{ $value }“ meinen. Im Direktchat kenne ich nur Sie. Bitte schreiben Sie die Matrix-ID der Person aus, z. B. @anna:stadt.example.
   *[room] Ich weiß nicht, wen Sie mit „{ $value }“ meinen: In diesem Raum heißt niemand so. Bitte tippen Sie @ und den Namen und wählen Sie die Person aus der Liste, oder schreiben Sie ihre Matrix-ID aus, z. B. @anna:stadt.example.
}
person-missing = Bitte nennen Sie die Person: Tippen Sie @ und den Namen und wählen Sie sie aus der Liste, oder schreiben Sie ihre Matrix-ID aus, z. B. @anna:stadt.example.
person-ambiguous = „{ $name }“ heißen in diesem Raum mehrere Personen: { $candidates }. Bitte tippen Sie @ und den Namen und wählen Sie die richtige Person aus der Liste, oder schreiben Sie ihre Matrix-ID aus.
