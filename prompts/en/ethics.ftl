# Ethics check: the four stages per use case.

topic-ethik = Ethics check (strategy team)
topic-ethik-details = Every AI use case goes through four stages. Each stage has a fixed result:
    1. The pre-check of values and law: "!ethics #3 pre-check". Result: passed, passed with conditions or not passed.
    2. The stakeholder dialogue with the people affected and involved: "!ethics #3 dialogue roundtable #2" or "!ethics #3 dialogue workshop 12.03.2027 | citizens, staff | key points".
    3. The technical-ethical assessment with impact level I–IV, energy, explainability and bias check: "!ethics #3 assessment".
    4. The yearly review: "!ethics #3 review 200 prompts; age 2, gender 0 | note".
    "!ethics #3" shows the state. "!ethics report 2027" sends the annual report as a file. A use case goes to pilot only after a passed pre-check, and live only after the assessment.
help-ethik = ethics check (strategy team): !ethics #N, !ethics #N pre-check, !ethics #N dialogue roundtable #M | workshop <date> | <groups> | <key points>, !ethics #N assessment, !ethics #N review <bias check> [| note], !ethics report [year]

ethics-usage = This is how it works: "!ethics #3" shows the ethics check of idea 3. After it you can write "pre-check", "dialogue", "assessment" or "review", for example "!ethics #3 pre-check". "!ethics report 2027" creates the annual report. "!help ethics" explains more.
ethics-overview-not-here = I show the ethics check of idea #{ $id } only in the strategy room or in your direct chat with me, because it holds names and notes this room should not see. Please write "!ethics #{ $id }" there.
ethics-question = Question { $number } of { $total }: { $question }
ethics-recorded = on { $date } by { $by }
ethics-open = open

ethics-stage-vorpruefung = 1. Pre-check (values and law)
ethics-stage-dialog = 2. Stakeholder dialogue
ethics-stage-bewertung = 3. Technical-ethical assessment
ethics-stage-ueberpruefung = 4. Continuous review
ethics-stage-name-vorpruefung = pre-check
ethics-stage-name-dialog = stakeholder dialogue
ethics-stage-name-bewertung = technical-ethical assessment
ethics-stage-name-ueberpruefung = review
ethics-stage-missing = still missing – "!ethics #{ $id } { $command }" records this stage.

ethics-verdict-bestanden = passed
ethics-verdict-auflagen = passed with conditions
ethics-verdict-nicht-bestanden = not passed
ethics-answer-ja = yes
ethics-answer-nein = no
ethics-answer-unklar = unclear

# Pre-check.
ethics-pre-intro = Pre-check of idea #{ $id } ("{ $title }"). I will ask about purpose, data and effects, then about values and law. You can stop at any time with "!cancel".
ethics-pre-purpose = What is the AI system to be used for?
ethics-pre-sources = Where does the data the system works with come from?
ethics-pre-effects = What effects do you expect – for citizens, for staff, for the administration?
ethics-pre-grundrechte = Are the fundamental rights of those affected respected, such as dignity, equal treatment and freedom of expression? Answer yes, no or unclear, optionally with a note ("no – no way to object yet").
ethics-pre-fairness = Does the system treat everyone affected fairly, including people who find digital services hard? (yes, no or unclear, with a note)
ethics-pre-diskriminierung = Is it ruled out that the system disadvantages people because of age, gender, origin, religion or disability? (yes, no or unclear, with a note)
ethics-pre-transparenz = Can those affected and staff see that and how AI is involved? (yes, no or unclear, with a note)
ethics-pre-datenschutz = Is data protection settled – legal basis, data minimisation, deletion periods? (yes, no or unclear, with a note)
ethics-pre-grundrechte-short = Fundamental rights
ethics-pre-fairness-short = Fairness
ethics-pre-diskriminierung-short = Non-discrimination
ethics-pre-transparenz-short = Transparency
ethics-pre-datenschutz-short = Data protection
ethics-pre-verdict = Your result? Answer "passed", "conditions" followed by the conditions, or "not passed" followed by the reason. For example: "conditions set up an objection procedure".
ethics-pre-summary = So far { $no ->
    [0] no "no"
    [one] one "no"
   *[other] { $no } times "no"
} and { $unclear ->
    [0] no "unclear"
    [one] one "unclear"
   *[other] { $unclear } times "unclear"
}.
ethics-answer-invalid = I did not understand this answer. Please answer "yes", "no" or "unclear", optionally with a note after it. For example: "no – no way to object yet".
ethics-verdict-invalid = I did not understand this result. Please answer "passed", "conditions" followed by the conditions, or "not passed" followed by the reason. For example: "not passed no way to object yet".
ethics-conditions-missing = The conditions are missing. Please name them right away, for example "conditions set up an objection procedure, train the caseworkers".
ethics-pre-done = The pre-check of idea #{ $id } is recorded: { $verdict }. { $passes ->
    [yes] The use case can now go to pilot.
   *[no] It cannot go to pilot like this. Change the use case, then repeat the pre-check with "!ethics #{ $id } pre-check".
}
ethics-pre-line = Result: { $verdict }, { $recorded }
ethics-conditions-line = Conditions: { $conditions }

ethics-reason-line = Reason: { $conditions }
ethics-pre-answer-line = { $has_note ->
    [no] {"  "}· { $question } – { $answer }
   *[yes] {"  "}· { $question } – { $answer }: { $note }
}
# Stakeholder dialogue.
ethics-dialog-usage = This is how you record the stakeholder dialogue: "!ethics #3 dialogue roundtable #2" links round table 2. "!ethics #3 dialogue workshop 12.03.2027 | citizens, staff | key points" notes a workshop. Possible groups: citizens, staff, experts, others.
ethics-round-table-not-found = There is no round table #{ $table }. "!roundtables" shows the existing ones.
ethics-date-invalid = I did not understand the date. Please write it like this: 12.03.2027.
ethics-groups-invalid = I did not recognise the groups. Please name the groups involved, separated by commas: citizens, staff, experts, others. For example: "citizens, staff".
ethics-group-buerger = citizens
ethics-group-mitarbeitende = staff
ethics-group-fachleute = experts
ethics-group-andere = others
ethics-dialog-round-table = Recorded: round table #{ $table } ("{ $title }") is part of the stakeholder dialogue of idea #{ $id }. "!roundtable #{ $table }" shows its minutes.
ethics-dialog-workshop = Recorded: the workshop is part of the stakeholder dialogue of idea #{ $id }.
ethics-dialog-line-round-table = Round table #{ $table } ("{ $title }", minutes: !roundtable #{ $table }), { $recorded }
ethics-dialog-line-workshop = Workshop on { $date } with { $groups }: { $points } (recorded { $recorded })
# Technical-ethical assessment.
ethics-assessment-intro = Assessment of idea #{ $id } ("{ $title }"): seven questions follow, which you answer with 1 to 5 points. Then I ask about energy, explainability and the bias check. You can stop at any time with "!cancel".
ethics-scale-risk = Answer from 1 (low) to 5 (very high).
ethics-scale-mitigation = Answer from 1 (not at all) to 5 (fully).
ethics-q-betroffenheit = How strongly do the system's results affect the people concerned?
ethics-q-unumkehrbarkeit = How hard is it to reverse decisions the system takes part in?
ethics-q-reichweite = How many people does the system affect?
ethics-q-benachrichtigung = Are the people concerned told that AI is involved?
ethics-q-pruefung = Does a person review the results before they take effect?
ethics-q-beschwerde = Is there a simple way to complain or object?
ethics-q-datenqualitaet = How good is the data – complete, current, representative?
ethics-q-energy = How much energy does the system use? Give measured kWh per month (for example "120 kWh per month") or describe it briefly.
ethics-q-explainability = How explainable are the system's results – for caseworkers and for those affected?
ethics-q-bias = Bias check, that is the check for unfair treatment: with how many test prompts did you check, and how many discriminatory outputs were there per trait? For example "200 prompts; age 3, gender 1, religion 0". If no check was possible, write "none: reason".
ethics-score-invalid = I did not recognise that as a score. Please answer with a number from 1 to 5, for example "3".
ethics-bias-invalid = I did not understand that. Please give the number of prompts first, then per trait the number of discriminatory outputs (no more than the prompts). For example: "200 prompts; age 3, gender 1". Or "none: reason".
ethics-assessment-done = The assessment of idea #{ $id } is recorded: impact level { $level } (risk { $risk }, mitigation { $mitigation } of 5). The next review is due on { $date }; I will remind you in good time.
ethics-assessment-line = Impact level { $level } (risk { $risk }, mitigation { $mitigation } of 5), { $recorded }
ethics-energy-line = Energy: { $energy }
ethics-explainability-line = Explainability: { $text }
ethics-bias-line = Bias check with { $prompts ->
        [one] one prompt
       *[other] { $prompts } prompts
    }: discriminatory outputs { $rates }
ethics-bias-rate = { $trait } { $rate }%
ethics-bias-none = Bias check: not carried out ({ $note })

# Continuous review.
ethics-review-usage = This is how you record the review: "!ethics #{ $id } review 200 prompts; age 2, gender 0 | note". Give the new bias-check figures: first the prompts, then per trait the discriminatory outputs. If no check was possible: "!ethics #{ $id } review - | note".
ethics-review-needs-assessment = Idea #{ $id } has no assessment yet, and the review builds on it. Please record the assessment first: "!ethics #{ $id } assessment".
ethics-review-done = The review of idea #{ $id } is recorded. The next one is due on { $date }.
ethics-review-without-bias = New bias-check figures are missing; the annual report notes that.
ethics-review-line = { $has_note ->
    [no] Last { $recorded }
   *[yes] Last { $recorded }: { $note }
}
ethics-next-review = { $overdue ->
    [yes] The review has been due since { $date }: "!ethics #{ $id } review …".
   *[no] Next review: { $date }
}

ethics-heading = Ethics check for idea #{ $id }: { $title }
ethics-idea-line = Ethics check: pre-check { $verdict }, impact level { $level } (!ethics #{ $id })
ethics-gate-refused = Idea #{ $id } cannot move to the status "{ $status }" yet: { $failed ->
    [yes] its { $stage } was not passed. After changes, repeat it with "!ethics #{ $id } { $command }".
   *[no] it first needs its { $stage }. Record it with "!ethics #{ $id } { $command }".
}
# Reminders.
reminder-ethics-review-upcoming = On { $date } the yearly ethics review of idea #{ $id } ("{ $title }") is due, with a new bias check: "!ethics #{ $id } review …".
reminder-ethics-review-due = Today the yearly ethics review of idea #{ $id } ("{ $title }") is due: "!ethics #{ $id } review …".
reminder-ethics-review-overdue = The yearly ethics review of idea #{ $id } ("{ $title }") has been due since { $date }. Please catch up on it: "!ethics #{ $id } review …".

# Annual report.
ethics-annual-year-invalid = I cannot create a report for that year. Please name a year up to now, for example "!ethics report 2027". Without a year you get the report for the current year.
ethics-annual-sent = The ethics report { $year } ({ $count ->
    [0] no use case yet
    [one] one use case
   *[other] { $count } use cases
}) follows as a file.
ethics-annual-title = # Ethics report { $year }
ethics-annual-intro = Continuous review of the AI use cases under the ethics check, as of { $date }.
ethics-annual-heading = ## Idea #{ $id }: { $title } ({ $status })
ethics-annual-pre = - Pre-check: { $verdict } ({ $date })
ethics-annual-pre-none = - Pre-check: not carried out yet
ethics-annual-dialogues = - Stakeholder dialogue: { $count ->
    [0] none yet
    [one] one round table or workshop
   *[other] { $count } round tables or workshops
}
ethics-annual-assessment = - Assessment: impact level { $level } ({ $date }; risk { $risk }, mitigation { $mitigation } of 5)
ethics-annual-assessment-none = - Assessment: not carried out yet
ethics-annual-energy = - Energy: { $energy }
ethics-annual-bias = - Bias { $trait }: { $rate } % discriminatory outputs per prompt
ethics-annual-bias-change = - Bias { $trait }: { $rate } % discriminatory outputs per prompt (last year { $previous } %, change { $change } percentage points)
ethics-annual-bias-none = - Bias check: no figures this year
ethics-annual-conditions = - Open conditions: { $conditions }
ethics-annual-review = - { $overdue ->
    [yes] Review overdue since { $date }
   *[no] Next review: { $date }
}
ethics-annual-empty = No use case has been checked this year yet.

ethics-annual-unchecked = ## Without an ethics check in pilot or in use ({ $count })
# !meine-daten and erasure.
my-data-ethics = Ethics check: { $count ->
    [one] one stage recorded by you
   *[other] { $count } stages recorded by you
}
erase-ethics-kept = { $count ->
    [one] one stage of an ethics check you recorded: stays as the administration's record
   *[other] { $count } stages of ethics checks you recorded: stay as the administration's record
}

erase-ethics-of-erased-ideas = { $count ->
    [one] one stage of the ethics check of an idea erased with you
   *[other] { $count } stages of the ethics checks of ideas erased with you
}
# !bericht and !export.
report-ethics-heading = Ethics check (as of today)
report-ethics-checks = { $count ->
    [0] No use case in the ethics check yet.
    [one] One use case in the ethics check. Pre-check: { $passed } passed, { $conditions } with conditions, { $failed } not passed.
   *[other] { $count } use cases in the ethics check. Pre-check: { $passed } passed, { $conditions } with conditions, { $failed } not passed.
}
report-ethics-levels = Assessed: { $count }. By impact level: { $list }
report-ethics-overdue = { $count ->
    [0] No review is overdue.
    [one] One review is overdue.
   *[other] { $count } reviews are overdue.
}
report-ethics-fig-checked = Use cases in the ethics check
report-ethics-fig-passed = Pre-check passed
report-ethics-fig-conditions = Pre-check with conditions
report-ethics-fig-failed = Pre-check not passed
report-ethics-fig-assessed = Use cases assessed
report-ethics-fig-level = Use cases by impact level
report-ethics-fig-overdue = Ethics reviews overdue
export-ethics-sheet = Ethics
export-ethics-idea = Idea
export-ethics-pre-verdict = Pre-check
export-ethics-pre-date = Pre-check on
export-ethics-conditions = Conditions or reason
export-ethics-dialogues = Stakeholder dialogues
export-ethics-level = Impact level
export-ethics-risk = Risk (1–5)
export-ethics-mitigation = Mitigation (1–5)
export-ethics-assessed = Assessed on
export-ethics-energy = Energy
export-ethics-energy-kwh = kWh per month
export-ethics-bias-prompts = Bias check: prompts
export-ethics-bias-rates = Bias rates per trait
export-ethics-last-review = Last review
export-ethics-next-review = Next review
