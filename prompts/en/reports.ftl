# Reports and exports: !report and !export (strategy team).

help-bericht = key figures with charts for a period (in the strategy room or in a direct chat with me): !report [2026 | Q3 | 30 days]
help-export = data as an Excel or CSV file (in the strategy room or in a direct chat with me): !export <ideen | portfolio | bedenken | rundtische | schulungen | kompetenz | ki-bestand | ethik | audit | alles> [xlsx | csv]

report-not-here = The report shows data that not every room should see. Please write !report in the strategy room or to me in a direct chat.
report-period-unknown = I cannot read “{ $period }” as a period. You can write, for example: !report 2026, !report Q3, !report Q3 2026, !report 30 days, !report 6 months – or just !report for everything since the start.
report-period-start = since the start
report-period-year = { $year }
report-period-quarter = Q{ $quarter } { $year }
report-period-days = { $count ->
    [one] last day
   *[other] last { $count } days
}
report-period-weeks = { $count ->
    [one] last week
   *[other] last { $count } weeks
}
report-period-months = { $count ->
    [one] last month
   *[other] last { $count } months
}
report-span = { $from } to { $until }
report-span-open = until { $until }
report-heading = Report: { $period } ({ $span }; as of { $now })
report-footer = The charts follow as images. !export alles gives you every table as an Excel file, with the key figures for the whole time since the start. What each figure counts is described in Lotse's guide (README), section “Kennzahlen”.
report-key-figures-report = Report
report-key-figures-from = Period from
report-key-figures-as-of = As of
report-key-figures-sheet = Key figures
report-key-figures-area = Area
report-key-figures-name = Figure
report-key-figures-value = Value

export-not-here = An export holds data that not every room should see. Please write !export in the strategy room or to me in a direct chat.
export-usage = What should I export? Write !export and one of: { $choices }. Then, optionally, the format: xlsx (Excel, the default) or csv. Example: !export ideen xlsx
export-sent = Export “{ $what }” as { $format }: { $tables ->
    [one] one table
   *[other] { $tables } tables
} with { $rows ->
    [one] one row
   *[other] { $rows_text } rows
}. { $files ->
    [one] The file follows.
   *[other] The { $files } files follow.
}
export-too-big = The file would be { $size }, but the Matrix server accepts at most { $limit }. Please choose a smaller table. Or ask your IT to create the export on the server: { $command }
