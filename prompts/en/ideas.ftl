# Texts of the ideas module.

idea-created = 💡 Thank you! Your idea #{ $id } "{ $title }" is saved. Anyone who likes it too can support it with !support #{ $id } or a 👍 on this message.
idea-updated = ✏️ Idea #{ $id } is now called "{ $title }".
idea-ref-invalid = That is not a valid number. Ideas have numbers with #, for example #12. !ideas shows the numbers.
idea-not-found = There is no idea #{ $id }. !ideas shows all ideas and their numbers.
idea-title-too-long = The title is too long: { $length ->
    [one] one character
   *[other] { $length } characters
}, at most { $max } are allowed. Please write a shorter title. You can tell more in the dialog: write just !idea, and I will also ask for a description. Nothing has been saved yet.
idea-withdrawn-already = Idea #{ $id } has already been withdrawn. It can no longer be supported or commented on. !ideas shows the other ideas.

idea-dialog-title = Great that you have an idea! 💡 I will ask you four short questions. First: what is the title of your idea? (one short sentence; !cancel stops at any time)
idea-dialog-description = Thank you. Please describe the idea in a few sentences: which task should the AI help with, and how?
idea-dialog-department = Which department is the idea for? (e.g. Citizen services or Building authority)
idea-dialog-department-known = Which department is the idea for? If you answer "-", I will use your department "{ $name }".
idea-dialog-benefit = Last question: what would citizens or the administration gain from it? (at most { $max ->
    [one] one character
   *[other] { $max } characters
})

ideas-usage = I cannot show that. This is how to browse ideas: !ideas (the newest), !ideas top (those with the most support), !ideas mine (your own) or !ideas search and a word, e.g. !ideas search application.
ideas-search-usage = What should I search for? Add a word, for example: !ideas search application
ideas-none = There are no ideas yet. Why not submit the first one, e.g. with !idea Pre-sort applications automatically
ideas-none-mine = You have not submitted an idea yet. It is easy, e.g. with !idea Pre-sort applications automatically
ideas-none-found = I found no idea for that. I find ideas that contain each of your words, in other forms too ("applications" finds "application") or as the start of a word ("autom" finds "automatic"), but not in the middle of a word ("form" does not find "platform"). Try another word, or submit an idea yourself, e.g. with !idea Pre-sort applications automatically
ideas-heading-new = { $count ->
    [one] The only idea so far:
   *[other] The newest ideas, of { $count } in all:
}
ideas-heading-top = { $count ->
    [one] The only idea so far:
   *[other] The ideas with the most support, of { $count } in all:
}
ideas-heading-mine = { $count ->
    [one] Your idea:
   *[other] Your { $count } ideas:
}
ideas-heading-search = { $count ->
    [one] One idea about "{ $word }":
   *[other] { $count } ideas about "{ $word }":
}
ideas-line = #{ $id } { $title } – 👍 { $supporters } – { $status }
ideas-more = … and { $count ->
    [one] one more
   *[other] { $count } more
}. To search for specific ones, use !ideas search and a word, e.g. !ideas search application.

idea-show-head = Idea #{ $id }: { $title }
    Status: { $status } · { $supporters ->
        [0] no support yet
        [one] one supporter
       *[other] { $supporters } supporters
    } · submitted by { $author }
idea-field-department = Department: { $value }
idea-field-description = Description: { $value }
idea-field-benefit = Benefit: { $value }
idea-comments-head = { $count ->
    [one] One comment:
   *[other] { $count } comments:
}
idea-comment-line = – { $author }: { $text }
idea-show-support-hint = Support: !support #{ $id } · Comment: !comment #{ $id } and your text

support-usage = Which idea would you like to support? Please give its number. For example: !support #12
support-added = 👍 Thank you! You support idea #{ $id }. It now has { $count ->
    [one] one supporter
   *[other] { $count } supporters
}.
support-already = You already support idea #{ $id }. Everyone counts once.
comment-usage = This is how to comment on an idea: !comment, the idea's number and your text, for example: !comment #12 This would save us a lot of time.
comment-added = 💬 Your comment on idea #{ $id } is saved.
withdraw-usage = Which of your ideas would you like to withdraw? Please give its number. For example: !withdraw #12
withdraw-not-author = Idea #{ $id } is not yours. Only the person who submitted it can withdraw it.
withdraw-done = Idea #{ $id } is withdrawn. Others no longer see it in the lists. You still find it with !ideas mine.

status-eingereicht = submitted
status-in-pruefung = in review
status-priorisiert = prioritised
status-pilot = pilot
status-im-betrieb = live
status-zurueckgestellt = deferred
status-abgelehnt = rejected
status-zurueckgezogen = withdrawn

# Help on ideas.
topic-ideen = Ideas for using AI
topic-ideen-details = How it works: "!idea Pre-sort applications automatically" saves an idea with a single message. Just "!idea" starts a short dialog with four questions. "!ideas search application" finds ideas about a word. You support an idea with "!support #12" or a 👍 on my message about it. "!idea #12" shows an idea with its status: the strategy team reviews every idea, and the status shows how far it has come (submitted, in review, prioritised, pilot, live – or deferred, rejected).
help-idee = submit an idea: !idea and a short title – or just !idea, and I will ask; !idea #12 shows an idea
help-ideen = browse ideas: !ideas, !ideas top, !ideas mine, !ideas search <word>; support one with !support #12
help-unterstuetze = support an idea: !support #12 (or 👍 on my message about the idea)
help-kommentar = comment on an idea: !comment #12 and your text
help-zurueckziehen = withdraw an idea of your own: !withdraw #12

# This area's part of !my-data.
my-data-ideas-none = Your ideas: none
my-data-ideas = { $count ->
    [one] Your idea:
   *[other] Your { $count } ideas:
}
my-data-idea-line = – #{ $id } { $title } ({ $status })
my-data-ideas-more = … and { $count ->
    [one] one more
   *[other] { $count } more
} (all of them with !ideas mine)
my-data-activity = You support { $supports ->
    [0] no ideas
    [one] one idea
   *[other] { $supports } ideas
} and have written { $comments ->
    [0] no comments
    [one] one comment
   *[other] { $comments } comments
}.

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
