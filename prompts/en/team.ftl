# Strategy team texts: roles, scoring, status, portfolio, re-assessment.

topic-team = Strategy team
topic-team-details = Only the strategy team can use these commands. Examples: "!bewerte #12 impact=4 acceptance=3 scalability=5 feasibility=2 efficiency=4 citizens=5" scores idea #12 in one message, "!bewerte #12" asks for the six criteria one by one. "!status #12 prioritised" changes the status (deferring and rejecting need a reason), "!verantwortlich #12 @name:example.org" names the owner, "!portfolio pilot" shows pilots only, "!neubewertung" lists re-assessments that are due.
help-bewerte = score an idea on the guideline's criteria (1–5): !bewerte #N – or in one line with impact=4 acceptance=3 …
help-status = change the status of an idea: !status #N <status> [reason]
help-verantwortlich = name the owner of an idea: !verantwortlich #N @name:server
help-portfolio = every idea except the rejected ones, ranked by weighted score: !portfolio [status] [page N]
help-neubewertet = record a re-assessment: !neubewertet #N [note]
help-neubewertung = show re-assessments that are due or overdue
help-rolle = name promoters: !rolle @name:server promoter <department>, !rolle @name:server remove; !rolle alone lists them

team-only = !{ $command } is reserved for the strategy team. { $ask ->
    [contact] Are you on the strategy team, or do you have questions about it? Then please contact { $contact }.
    [room] Are you on the strategy team? Then ask a member of the strategy team to give you access in the room “{ $room }”.
   *[other] Are you on the strategy team? Then ask a member of the strategy team to have you added in Lotse.
} !help shows what you can do with Lotse yourself.
promoter-only = !{ $command } is available to the departments' promoters and the strategy team. { $ask ->
    [contact] If you would like to become the promoter for your department, please contact { $contact }.
    [room] If you would like to become the promoter for your department, ask the strategy team (room “{ $room }”).
   *[other] If you would like to become the promoter for your department, ask the strategy team.
}
team-idea-withdrawn = Idea #{ $id } was withdrawn by the person who submitted it and can no longer be changed.

role-usage = To name a promoter: !rolle @name:example.org promoter Citizen services – and to take the role back: !rolle @name:example.org remove. !rolle alone lists everyone.
role-department-missing = Which department should { $user } be promoter for? For example: !rolle { $user } promoter Citizen services
role-promoter-set = ✅ { $user } is now promoter for "{ $department }".
role-promoter-dm = Hello! The strategy team has named you promoter for "{ $department }". Thank you for collecting your department's ideas and training needs! !help shows what Lotse can do.
role-removed = { $user } is no longer a promoter.
role-none = { $user } has no role I could remove.
role-list-empty = No promoters have been named yet. This is how: !rolle @name:example.org promoter <department>
role-list-heading = Promoters ({ $count }):
role-list-line = – { $department }: { $user }

status-usage = To change the status: !status #12 in review. Possible: submitted, in review, prioritised, pilot, live, deferred and rejected. Deferring and rejecting need a reason, for example: !status #12 deferred no budget before 2027
status-current = Idea #{ $id } is { $status }. Possible next: { $allowed }. For example: !status #{ $id } { $example }
status-unknown = I don't know the status "{ $word }". Possible: { $statuses }. For example: !status #{ $id } { $example }
status-unchanged = Idea #{ $id } already is { $status } – nothing changed.
status-transition-refused = Idea #{ $id } cannot move from "{ $from }" directly to "{ $to }". Possible from "{ $from }": { $allowed }.
status-reason-needed = Please give a reason. The person who submitted the idea will read it. For example: !status #{ $id } { $status } not enough data yet
status-owner-needed = Before idea #{ $id } becomes "{ $status }", it needs an owner. To name one: !verantwortlich #{ $id } @name:example.org
status-changed = ✅ Idea #{ $id } is now { $status }.
status-reason-line = Reason: { $reason }
status-author-told = The person who submitted it is told in a direct chat.
status-dm = News about your idea #{ $id } "{ $title }": it is now { $status }.
status-dm-outro = Thank you for your idea! You can see where it stands at any time with !idee #{ $id }.

owner-usage = To name the owner: !verantwortlich #12 @name:example.org (write "-" instead of a name to remove them).
owner-current = The owner of idea #{ $id } is { $owner }.
owner-none = Idea #{ $id } has no owner yet. To name one: !verantwortlich #{ $id } @name:example.org
owner-set = ✅ { $owner } now owns idea #{ $id }.
owner-dm = Hello! You are now the owner of idea #{ $id } "{ $title }". When it is due for re-assessment as a use case, I will remind you. Details: !idee #{ $id }
owner-required = Idea #{ $id } is { $status } and therefore needs an owner. You can name someone else: !verantwortlich #{ $id } @name:example.org
owner-cleared = Idea #{ $id } has no owner any more.
owner-line = Owner: { $owner }
owner-missing = ⚠️ no owner yet

score-usage = To score an idea: !bewerte #12 – I ask for the six criteria one by one. Or in one line: !bewerte #12 impact=4 acceptance=3 scalability=5 feasibility=2 efficiency=4 citizens=5
score-dialog-start = Scoring idea #{ $id } "{ $title }". Please answer each question with a number from 1 (low) to 5 (high). !cancel stops the scoring.
score-dialog-question = ({ $number }/{ $total }) { $criterion }: { $question }
score-dialog-invalid = Please answer "{ $criterion }" with a whole number from 1 to 5 – or with !cancel.
score-not-a-pair = I don't understand "{ $part }". Please write each criterion with its number, for example: impact=4 acceptance=3
score-unknown-key = I don't know the criterion "{ $key }". This is how to write the criteria: { $keys }.
score-bad-value = For "{ $criterion }" I need a whole number from 1 to 5; "{ $value }" does not fit. For example: { $key }=4
score-duplicate = "{ $criterion }" appears twice in your score. Please give each criterion exactly once.
score-missing = Still missing: { $missing }. Please give all six criteria in one message. Or write just !bewerte #{ $id } and I will ask for them one by one.
score-saved = ✅ Thank you, your score for idea #{ $id } is saved. Overall: { $score } (weighted, { $count ->
    [one] from one score
   *[other] from { $count } scores
}).

criterion-wirkung = Impact on the strategy's goals
criterion-akzeptanz = Acceptance and usability
criterion-skalierung = Value and scalability
criterion-machbarkeit = Technical feasibility
criterion-effizienz = Efficiency
criterion-buerger = Focus on citizens
criterion-wirkung-question = Does the idea serve the goals of the AI strategy?
criterion-akzeptanz-question = How likely is it that staff and citizens will actually use it?
criterion-skalierung-question = How large is the benefit, and can the idea be carried over to other departments?
criterion-machbarkeit-question = Is it realistic given the data, its quality and the existing IT systems?
criterion-effizienz-question = Are the costs in proportion to the benefit for the administration and citizens?
criterion-buerger-question = Can the idea make citizens more satisfied with the administration?

idea-scores = Score (strategy team only): { $score } { $count ->
    [one] from one score
   *[other] from { $count } scores
}
    { $criteria }
idea-scores-none = Not scored yet (visible to the strategy team only). To score: !bewerte #{ $id }

reassessed-usage = To record a re-assessment: !neubewertet #12 benefit confirmed, carry on
reassessed-not-active = Idea #{ $id } is { $status }. Only prioritised use cases, pilots and live use cases are re-assessed.
reassessed-done = ✅ Re-assessment of idea #{ $id } recorded. The next one is due on { $date }.
reassessment-next-line = Next re-assessment: { $date }
reassessment-none-due = No re-assessment is overdue or due { $days ->
    [0] today
    [one] by tomorrow
   *[other] within the next { $days } days
}. 👍
reassessment-heading = Re-assessments due ({ $count }):
reassessment-line-overdue = ⚠️ #{ $id } { $title } – { $status } – { $owner } – overdue since { $date }
reassessment-line-due = #{ $id } { $title } – { $status } – { $owner } – due on { $date }
reassessment-more = { $count ->
    [one] … and one more.
   *[other] … and { $count } more.
}
reassessment-hint = Done? Then record it with !neubewertet #N [note] – or score it again with !bewerte #N.

portfolio-usage = To see the portfolio: !portfolio, !portfolio pilot or !portfolio page 2. To filter by status, use one of these names: submitted, in review, prioritised, pilot, live, deferred, rejected.
portfolio-empty = There are no ideas in the portfolio for this. !portfolio without a status shows every idea except the rejected ones.
portfolio-page-missing = There is no page { $page }; the portfolio has { $pages ->
    [one] one page
   *[other] { $pages } pages
}. !portfolio shows the first page.
portfolio-all = all but rejected
portfolio-heading = Portfolio ({ $filter }): { $count ->
    [one] one idea
   *[other] { $count } ideas
}, ranked by weighted score – page { $page } of { $pages }:
portfolio-next-page = Continue with !portfolio { $status }page { $page }
portfolio-score = ⌀ { $score } from { $count ->
    [one] one score
   *[other] { $count } scores
}
portfolio-unscored = not scored yet
portfolio-line = { $rank }. #{ $id } { $title } – { $score } – { $status }
portfolio-department = { $department }
portfolio-owner = owner: { $owner }
portfolio-due = re-assessment { $date }
portfolio-overdue = ⚠️ re-assessment overdue since { $date }

reminder-reassessment-upcoming = 🔔 Reminder: use case #{ $id } “{ $title }” is due for re-assessment on { $date } (owner: { $owner }). Score it again with !bewerte #{ $id } – or, if nothing has changed, confirm with !neubewertet #{ $id } [note].
reminder-reassessment-due = 🔔 The re-assessment of use case #{ $id } “{ $title }” is due today (owner: { $owner }). Score it again with !bewerte #{ $id } – or confirm with !neubewertet #{ $id } [note].
reminder-reassessment-overdue = ⚠️ The re-assessment of use case #{ $id } “{ $title }” has been overdue since { $date } (owner: { $owner }). Please score it again with !bewerte #{ $id } – or confirm with !neubewertet #{ $id } [note]. I will remind you every week until then.

# Erasing a person: what happens to roles, scores and ownership.
erase-promoter = the role as promoter of a department (it ends)
erase-scores-kept = { $count ->
    [one] one score of an idea: it stays so that decisions remain traceable.
   *[other] { $count } scores of ideas: they stay so that decisions remain traceable.
}
erase-owner-kept = { $count ->
    [one] one idea this person is entered as owner of: the placeholder stands there until the strategy team names a new owner.
   *[other] { $count } ideas this person is entered as owner of: the placeholder stands there until the strategy team names a new owner.
}

# !report and !export: the "Portfolio" section (as of today).
report-portfolio-heading = Portfolio (as of today, without rejected ideas)
report-portfolio-size = { $count ->
    [0] No ideas in the portfolio yet
    [one] One idea in the portfolio, by status: { $list }
   *[other] { $count_text } ideas in the portfolio, by status: { $list }
}
report-portfolio-scored = Scored: { $scored } of { $total }
report-portfolio-reassessment = Re-assessments: { $soon } due { $days ->
    [one] by tomorrow
   *[other] in the next { $days } days
}, { $overdue } overdue
report-portfolio-fig-size = Ideas in the portfolio (without rejected ones)
report-portfolio-fig-status = Portfolio by status
report-portfolio-fig-scored = Scored ideas in the portfolio
report-portfolio-fig-due = Re-assessments due { $days ->
    [one] by tomorrow
   *[other] in the next { $days } days
}
report-portfolio-fig-overdue = Re-assessments overdue
export-portfolio-sheet = Portfolio
export-portfolio-rank = Rank
export-portfolio-id = No.
export-portfolio-title = Title
export-portfolio-status = Status
export-portfolio-department = Department
export-portfolio-owner = Owner
export-portfolio-scorers = Scores
export-portfolio-weighted = Weighted total
export-portfolio-reassessment = Next re-assessment
