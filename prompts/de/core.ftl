# Allgemeine Texte: Hilfe, Einstellungen, Dialoge, Fehler.

help-intro = Hallo, ich bin Lotse 🧭 – ich sammle Ideen, Rückmeldungen und Anliegen für die KI-Strategie Ihrer Verwaltung. In Räumen beginnen Befehle mit „!“, im Direktchat mit mir geht es auch ohne.
help-outro = Mehr zu einem Bereich: !hilfe ideen. Einen angefangenen Dialog beenden Sie jederzeit mit !abbrechen.
help-unknown-topic = Zu diesem Thema kenne ich keine Hilfe. Verfügbare Themen: { $topics }. Oder schreiben Sie einfach !hilfe.
topic-allgemein = Allgemein
topic-allgemein-details = Ihre Sprache stellen Sie mit !sprache de oder !sprache en ein, Ihren Fachbereich mit !fachbereich <Name>, z. B. !fachbereich Bürgerservice.
help-hilfe = diese Übersicht, oder Hilfe zu einem Bereich (!hilfe ideen)
help-sprache = Sprache wählen: !sprache de oder !sprache en
help-fachbereich = Ihren Fachbereich angeben: !fachbereich <Name>
help-abbrechen = den laufenden Dialog beenden

language-usage = Bitte geben Sie die Sprache an: !sprache de (Deutsch) oder !sprache en (English).
language-set = Alles klar, ich antworte Ihnen ab jetzt auf Deutsch.
department-usage = Bitte nennen Sie Ihren Fachbereich, z. B.: !fachbereich Bürgerservice
department-current = Ihr Fachbereich ist „{ $name }“. Ändern können Sie ihn mit !fachbereich <Name>.
department-set = Danke! Ihr Fachbereich ist jetzt „{ $name }“. Neue Ideen von Ihnen werden ihm zugeordnet.
department-too-long = Der Name des Fachbereichs ist zu lang (höchstens { $max } Zeichen). Bitte kürzen Sie ihn.

dialog-cancelled = In Ordnung, ich habe den Dialog abgebrochen. Es wurde nichts gespeichert.
dialog-none = Gerade läuft kein Dialog, den ich abbrechen könnte. Mit !hilfe sehen Sie, was möglich ist.
dialog-unreadable = Ihr angefangener Dialog ließ sich nach einer Aktualisierung leider nicht fortsetzen. Bitte beginnen Sie ihn einfach neu – Entschuldigung!
dialog-expired = Ihr letzter Dialog ist wegen längerer Pause beendet worden. Wenn Sie möchten, beginnen Sie einfach neu, z. B. mit !idee.
dialog-empty-answer = Die Antwort war leer. Bitte schreiben Sie eine kurze Antwort – oder !abbrechen, um aufzuhören.

unknown-command = Den Befehl „{ $word }“ kenne ich nicht. Mit !hilfe sehen Sie alle Befehle.
unknown-command-suggest = Den Befehl „{ $word }“ kenne ich nicht. Meinten Sie !{ $suggestion }? Mit !hilfe sehen Sie alle Befehle.
title-invisible = Dieser Titel besteht nur aus Leerzeichen oder unsichtbaren Zeichen, man würde also nichts davon sehen. Bitte schreiben Sie einen Titel mit Buchstaben oder Zahlen – gespeichert wurde noch nichts.
text-too-long = Der Text ist zu lang: { $length } Zeichen, erlaubt sind höchstens { $max }. Bitte kürzen Sie ihn und senden Sie ihn noch einmal – gespeichert wurde noch nichts.
text-removed = [Text entfernt]
not-understood = Das habe ich leider nicht verstanden. Schreiben Sie „hilfe“ für eine Übersicht – oder „idee“ und Ihren Vorschlag, um eine Idee einzureichen.
processing-failed = Entschuldigung, diese Nachricht konnte ich wegen eines technischen Fehlers nicht verarbeiten. Bitte versuchen Sie es mit anderen Worten noch einmal – das Strategieteam kann den Fehler im Protokoll finden.

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
erase-renamed = Wo weitere Einträge diesen Namen nennen (etwa im Protokoll der Teamaktionen oder in Texten anderer), steht statt des Namens der Platzhalter.

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
file-refused = Die Datei „{ $file }“ konnte ich nicht senden: Der Matrix-Server hat sie nicht angenommen, zum Beispiel weil sie zu groß ist. Exporte kann Ihre IT auch direkt auf dem Server erstellen (lotse export). Bei anderen Dateien wenden Sie sich bitte an Ihre IT.
