# Berichte und Exporte: !bericht und !export (Strategieteam).

help-bericht = Kennzahlen mit Diagrammen für einen Zeitraum (im Strategieraum oder im Direktchat mit mir): !bericht [2026 | Q3 | 30 Tage]
help-export = Daten als Excel- oder CSV-Datei (im Strategieraum oder im Direktchat mit mir): !export <ideen | portfolio | bedenken | rundtische | schulungen | kompetenz | ki-bestand | ethik | audit | alles> [xlsx | csv]

report-not-here = Der Bericht zeigt Daten, die nicht jeder Raum sehen soll. Bitte schreiben Sie !bericht im Strategieraum oder mir im Direktchat.
report-period-unknown = „{ $period }“ kann ich nicht als Zeitraum lesen. Möglich sind zum Beispiel: !bericht 2026, !bericht Q3, !bericht Q3 2026, !bericht 30 Tage, !bericht 6 Monate – oder !bericht ohne Angabe für alles seit Beginn.
report-period-start = seit Beginn
report-period-year = { $year }
report-period-quarter = { $quarter }. Quartal { $year }
report-period-days = { $count ->
    [one] letzter Tag
   *[other] letzte { $count } Tage
}
report-period-weeks = { $count ->
    [one] letzte Woche
   *[other] letzte { $count } Wochen
}
report-period-months = { $count ->
    [one] letzter Monat
   *[other] letzte { $count } Monate
}
report-span = { $from } bis { $until }
report-span-open = bis { $until }
report-heading = Bericht: { $period } ({ $span }; Stand { $now })
report-footer = Die Diagramme folgen als Bilder. Mit !export alles erhalten Sie alle Tabellen als Excel-Datei, dazu die Kennzahlen für die ganze Zeit seit Beginn. Was jede Kennzahl zählt, steht in der Anleitung zu Lotse (README) im Abschnitt „Kennzahlen“.
report-key-figures-report = Bericht
report-key-figures-from = Zeitraum ab
report-key-figures-as-of = Stand
report-key-figures-sheet = Kennzahlen
report-key-figures-area = Bereich
report-key-figures-name = Kennzahl
report-key-figures-value = Wert

export-not-here = Ein Export enthält Daten, die nicht jeder Raum sehen soll. Bitte schreiben Sie !export im Strategieraum oder mir im Direktchat.
export-usage = Was soll ich exportieren? Schreiben Sie !export und eines von: { $choices }. Danach optional das Format: xlsx (Excel, Standard) oder csv. Beispiel: !export ideen xlsx
export-sent = Export „{ $what }“ als { $format }: { $tables ->
    [one] eine Tabelle
   *[other] { $tables } Tabellen
} mit { $rows ->
    [one] einer Zeile
   *[other] { $rows_text } Zeilen
}. { $files ->
    [one] Die Datei folgt.
   *[other] Die { $files } Dateien folgen.
}
export-too-big = Die Datei wäre { $size } groß, der Matrix-Server nimmt aber höchstens { $limit } an. Bitte wählen Sie eine kleinere Tabelle. Oder bitten Sie Ihre IT, den Export auf dem Server zu erstellen: { $command }
