# Texts of the ideas module.

idea-created = 💡 Thank you! Your idea #{ $id } "{ $title }" is saved. Others can support it with !support #{ $id } or a 👍 on this message.
idea-updated = ✏️ Idea #{ $id } is now called "{ $title }".
idea-ref-invalid = That is not a valid number. Ideas have numbers like #12 – !ideas lists them.
idea-not-found = There is no idea #{ $id }. !ideas shows the existing ideas.
idea-title-too-long = The title is too long: { $length } characters, at most { $max } are allowed. Please shorten it – you can add details in the guided dialog (!idea). Nothing has been saved yet.
idea-withdrawn-already = Idea #{ $id } has been withdrawn.

idea-dialog-title = Great that you have an idea! 💡 What is its title? (one short sentence; !cancel stops the dialog)
idea-dialog-description = Thank you. Please describe the idea in a few sentences: what should the AI do, and where?
idea-dialog-department = Which department is the idea for? (e.g. Citizen services, Building authority)
idea-dialog-department-known = Which department is the idea for? Answer "-" to use your department "{ $name }".
idea-dialog-benefit = Last question: what would it bring citizens or the administration? (at most { $max } characters)

ideas-usage = This is how to browse ideas: !ideas (newest), !ideas top, !ideas mine or !ideas search <word>.
ideas-search-usage = What should I search for? For example: !ideas search application
ideas-none = There are no ideas yet. Submit the first one: !idea <title>
ideas-none-mine = You have not submitted an idea yet. It is easy: !idea <title>
ideas-none-found = I found no idea for that. Try another word – or submit one yourself: !idea <title>
ideas-heading-new = Newest ideas ({ $count } in all):
ideas-heading-top = Ideas with the most support ({ $count } in all):
ideas-heading-mine = Your ideas ({ $count }):
ideas-heading-search = Ideas about "{ $word }" ({ $count } found):
ideas-line = #{ $id } { $title } – 👍 { $supporters } – { $status }
ideas-more = … and { $count } more. !ideas search <word> finds specific ones.

idea-show-head = Idea #{ $id }: { $title }
    Status: { $status } · Support: { $supporters } · submitted by { $author }
idea-field-department = Department: { $value }
idea-field-description = Description: { $value }
idea-field-benefit = Benefit: { $value }
idea-comments-head = Comments ({ $count }):
idea-comment-line = – { $author }: { $text }
idea-show-support-hint = Support: !support #{ $id } · Comment: !comment #{ $id } <text>

support-usage = Which idea would you like to support? For example: !support #12
support-added = 👍 Thank you! You support idea #{ $id }. It now has { $count ->
    [one] one supporter
   *[other] { $count } supporters
}.
support-already = You already support idea #{ $id } – everyone counts once.
comment-usage = This is how to comment on an idea: !comment #12 your text
comment-added = 💬 Your comment on idea #{ $id } is saved.
withdraw-usage = Which of your ideas would you like to withdraw? For example: !withdraw #12
withdraw-not-author = Idea #{ $id } is not yours. Only the person who submitted it can withdraw it.
withdraw-done = Idea #{ $id } is withdrawn. Others no longer see it in the idea lists; you still find it under !ideas mine.

status-eingereicht = submitted
status-in-pruefung = under review
status-priorisiert = prioritised
status-pilot = pilot
status-im-betrieb = in operation
status-zurueckgestellt = deferred
status-abgelehnt = rejected
status-zurueckgezogen = withdrawn

# Help on ideas.
topic-ideen = Ideas for using AI
topic-ideen-details = Examples: "!idea Pre-sort applications automatically" stores an idea in one message. Just "!idea" starts a short conversation with four questions. "!ideas search application" finds ideas; "!support #12" or a 👍 on my message about the idea supports it.
help-idee = submit an idea: !idea <title> – or just !idea for a guided conversation; !idea #N shows an idea
help-ideen = browse ideas: !ideas, !ideas top, !ideas mine, !ideas search <word>
help-unterstuetze = support an idea: !support #N (or 👍 on my message about the idea)
help-kommentar = comment on an idea: !comment #N <text>
help-zurueckziehen = withdraw your own idea: !withdraw #N

# This area's part of !my-data.
my-data-ideas-none = Ideas: none
my-data-ideas = Your ideas ({ $count }):
my-data-idea-line = – #{ $id } { $title } ({ $status })
my-data-ideas-more = … and { $count } more (!ideas mine)
my-data-activity = Supports: { $supports } · Comments: { $comments }

# Erasing a person: what happens to ideas, supports and comments.
erase-ideas-unprocessed = { $count ->
    [one] one idea the strategy team has not taken up yet, with all its texts
   *[other] { $count } ideas the strategy team has not taken up yet, with all their texts
}
erase-supports = { $count ->
    [one] one support of an idea
   *[other] { $count } supports of ideas
}
erase-comments = { $count ->
    [one] one comment
   *[other] { $count } comments
}
erase-ideas-kept = { $count ->
    [one] one idea the strategy team has already taken up: it stays as a case, with the placeholder as its author.
   *[other] { $count } ideas the strategy team has already taken up: they stay as cases, with the placeholder as their author.
}

# !report and !export: the "Ideas" section.
report-ideas-heading = Ideas
report-ideas-submitted = Submitted: { $period } in the period, { $total } in total
report-ideas-by-status = By status: { $list }
report-ideas-by-department = By department: { $list }
report-ideas-supports = Supports in the period: { $count }
report-ideas-decision = Until the strategy team's first decision: a median of { $days } ({ $count ->
    [one] over one decided idea
   *[other] over { $count } decided ideas
})
report-ideas-decision-none = Until the strategy team's first decision: none of the period's ideas has been decided yet.
report-ideas-top = Most supported (ideas from the period): { $list }
report-ideas-top-item = #{ $id } “{ $title }” ({ $supports ->
    [one] one support
   *[other] { $supports } supports
})
report-ideas-top-none = Most supported: no idea from the period has been supported yet.
report-ideas-fig-submitted = Ideas submitted in the period
report-ideas-fig-total = Ideas in total up to the end of the period
report-ideas-fig-status = Ideas of the period by status
report-ideas-fig-department = Ideas of the period by department
report-ideas-fig-supports = Supports in the period
report-ideas-fig-decision = Days until the first decision (median)
report-ideas-fig-decided = Ideas of the period with a decision
report-ideas-chart-title = Ideas by status
report-ideas-chart-alt = Chart “Ideas by status”: { $list }.
export-ideas-sheet = Ideas
export-ideas-id = No.
export-ideas-title = Title
export-ideas-description = Description
export-ideas-benefit = Benefit
export-ideas-department = Department
export-ideas-status = Status
export-ideas-author = Submitted by
export-ideas-owner = Owner
export-ideas-submitted = Submitted on
export-ideas-changed = Last changed
export-ideas-supports = Supports
export-ideas-comments = Comments
