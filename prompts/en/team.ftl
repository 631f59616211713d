# Strategy team texts: roles, scoring, status, portfolio, re-assessment.

topic-team = Strategy team
topic-team-details = Only the strategy team can use these commands. Examples: "!bewerte #12 impact=4 acceptance=3 scalability=5 feasibility=2 efficiency=4 citizens=5" scores idea #12 in one message, "!bewerte #12" asks for the six criteria one by one. "!status #12 prioritised" changes the status (deferring and rejecting need a reason), "!verantwortlich #12 @name:example.org" names the owner, "!portfolio pilot" shows pilots only, "!neubewertung" lists re-assessments that are due.
help-bewerte = score an idea on the guideline's criteria (1–5): !bewerte #N – or in one line with impact=4 acceptance=3 …
help-status = change the status of an idea: !status #N <status> [reason]
help-verantwortlich = name the owner of a use case: !verantwortlich #N @name:server
help-portfolio = use cases ranked by weighted score: !portfolio [status] [page N]
help-neubewertet = record a re-assessment: !neubewertet #N [note]
help-neubewertung = show re-assessments that are due or overdue
help-rolle = name promoters: !rolle @name:server promoter <department>, !rolle @name:server remove; !rolle alone lists them

team-only = !{ $command } is reserved for the strategy team. If you should be on it, ask the AI coordination to add you to the strategy room (moderator power level) or to the configuration.
promoter-only = !{ $command } is available to the departments' promoters and the strategy team. The strategy team can name you with !rolle.
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

status-usage = To change the status: !status #12 in-pruefung. Possible: eingereicht, in-pruefung, priorisiert, pilot, im-betrieb, zurueckgestellt and abgelehnt (English works too: review, prioritised, live, deferred, rejected); deferring and rejecting need a reason.
status-current = Idea #{ $id } is { $status }. Possible next: { $allowed }.
status-unknown = I don't know the status "{ $word }". Possible: { $statuses }.
status-unchanged = Idea #{ $id } already is { $status } – nothing changed.
status-transition-refused = Idea #{ $id } cannot move from "{ $from }" directly to "{ $to }". Possible from "{ $from }": { $allowed }.
status-reason-needed = Please give a reason – the person who submitted the idea will read it. For example: !status #{ $id } { $value } not enough data yet
status-owner-needed = Before idea #{ $id } becomes "{ $status }", it needs an owner: !verantwortlich #{ $id } @name:example.org
status-changed = ✅ Idea #{ $id } is now { $status }.
status-reason-line = Reason: { $reason }
status-author-told = The person who submitted it is told in a direct message.
status-dm = News about your idea #{ $id } "{ $title }": it is now { $status }.
status-dm-outro = Thank you for your idea! You can see where it stands at any time with !idee #{ $id }.

owner-usage = To name the owner: !verantwortlich #12 @name:example.org (write "-" instead of a name to remove them).
owner-current = The owner of idea #{ $id } is { $owner }.
owner-none = Idea #{ $id } has no owner yet. To name one: !verantwortlich #{ $id } @name:example.org
owner-set = ✅ { $owner } now owns idea #{ $id }.
owner-dm = Hello! You are now the owner of the AI use case #{ $id } "{ $title }". I will remind you when its re-assessment is due. Details: !idee #{ $id }
owner-required = Idea #{ $id } is { $status } and therefore needs an owner. You can name someone else: !verantwortlich #{ $id } @name:example.org
owner-cleared = Idea #{ $id } has no owner any more.
owner-line = Owner: { $owner }
owner-missing = ⚠️ no owner

score-usage = To score an idea: !bewerte #12 – I ask for the six criteria one by one. Or in one line: !bewerte #12 impact=4 acceptance=3 scalability=5 feasibility=2 efficiency=4 citizens=5
score-dialog-start = Scoring idea #{ $id } "{ $title }" – one number each from 1 (low) to 5 (high); !cancel stops.
score-dialog-question = ({ $number }/{ $total }) { $criterion }: { $question }
score-dialog-invalid = Please answer "{ $criterion }" with a whole number from 1 to 5 – or with !cancel.
score-not-a-pair = I don't understand "{ $part }". Please write criterion=value, e.g. impact=4.
score-unknown-key = I don't know the criterion "{ $key }". Possible: { $keys }.
score-bad-value = The value "{ $value }" for { $key } does not work – please use a whole number from 1 to 5.
score-duplicate = { $key } appears twice in your score. Please give each criterion exactly once.
score-missing = Still missing: { $missing }. Please give all six criteria – or write just !bewerte #N and I will ask one by one.
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
criterion-wirkung-question = Does the use case serve the goals of the AI strategy?
criterion-akzeptanz-question = How likely is it that staff and citizens will actually use it?
criterion-skalierung-question = How large is the benefit, and can the use case be carried over to other areas?
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
reassessment-none-due = No re-assessment is overdue or due within the next { $days } days. 👍
reassessment-heading = Re-assessments due ({ $count }):
reassessment-line-overdue = ⚠️ #{ $id } { $title } – { $status } – { $owner } – overdue since { $date }
reassessment-line-due = #{ $id } { $title } – { $status } – { $owner } – due on { $date }
reassessment-more = … and { $count } more.
reassessment-hint = Done? !neubewertet #N [note] – or a new score with !bewerte #N.

portfolio-usage = To see the portfolio: !portfolio, !portfolio pilot or !portfolio page 2. Statuses: eingereicht, in-pruefung, priorisiert, pilot, im-betrieb, zurueckgestellt, abgelehnt.
portfolio-empty = There are no ideas in the portfolio for this.
portfolio-page-missing = There is no page { $page } – the portfolio has { $pages ->
    [one] one page
   *[other] { $pages } pages
}.
portfolio-all = all but rejected
portfolio-heading = Portfolio ({ $filter }, { $count } by weighted score) – page { $page } of { $pages }:
portfolio-next-page = Continue with { $command }
portfolio-score = ⌀ { $score } ({ $count })
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
    [one] one idea this name is entered as responsible for: the placeholder stands there until the team hands it to someone else.
   *[other] { $count } ideas this name is entered as responsible for: the placeholder stands there until the team hands them to someone else.
}

# !report and !export: the "Portfolio" section (as of today).
report-portfolio-heading = Portfolio (as of today, without rejected ideas)
report-portfolio-size = { $count ->
    [one] One idea in the portfolio
   *[other] { $count_text } ideas in the portfolio
}, by status: { $list }
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
