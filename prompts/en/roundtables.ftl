# Round tables: opening, topics, contributions, closing with summary and protocol.

topic-rundtische = Round tables
topic-rundtische-details = The strategy team opens a round table in a room, e.g. "!roundtable start AI at the citizens' office | Data protection | Next steps". While it is open, every message in that room is recorded as a contribution to the current topic – this is announced clearly when it opens. "!roundtable next" moves to the next topic, "!roundtable topic <text>" inserts a new one, "!roundtable end" closes it and posts a summary and the protocol. If you would rather not write in the room, send me "!feedback <text>" in a direct chat – anonymously with "!feedback anonymous <text>".
help-rundtisch = run a round table in this room: !roundtable start <topic> [| topic 2 …], !roundtable next, !roundtable topic <text>, !roundtable end; !roundtable shows where it stands, !roundtable #N an earlier one
help-rundtische = list earlier and open round tables
help-feedback = contribute to an open round table, also by direct chat: !feedback <text> – anonymously: !feedback anonymous <text> (direct chat only)

roundtable-usage = To run a round table: "!roundtable start <topic> | <topic 2>" opens it in this room, "!roundtable next" moves to the next topic, "!roundtable topic <text>" inserts a new one, "!roundtable end" closes it. "!roundtable" shows where it stands, "!roundtable #N" an earlier one.
roundtable-start-usage = Which topic should the round table start with? For example: !roundtable start AI at the citizens' office | Data protection | Next steps
roundtable-not-in-direct = A round table belongs in a room with several participants. Please open it there with !roundtable start <topic>.
roundtable-already-open = Round table #{ $id } is already open in this room. "!roundtable" shows where it stands, "!roundtable end" closes it.
roundtable-too-many-topics = A round table can have at most { $max } topics. Please combine some.
roundtable-topic-too-long = A topic may be at most { $max } characters long. Please shorten it – details can follow in the discussion.
roundtable-topic-usage = What is the new topic? For example: !roundtable topic Questions from the audience
roundtable-none-here = No round table is open in this room right now. You can open one with !roundtable start <topic>; !roundtables shows earlier ones.
roundtable-no-next-topic = This is already the last topic on the agenda. Insert another one with "!roundtable topic <text>", or close the round table with "!roundtable end".
roundtable-show-elsewhere = The protocol of round table #{ $id } names participants and holds contributions sent by direct message, so I only show it in the round table's own room, in the strategy room or in your direct chat with me – please ask there with !roundtable #{ $id }.
roundtable-ref-invalid = Please give the number of the round table, e.g. !roundtable #3.
roundtable-not-found = There is no round table #{ $id }. !roundtables lists them all.
roundtable-opened = 📣 Round table #{ $id } "{ $title }" is open.
    From now on I record every message in this room as a contribution to the current topic – with name and time – until the strategy team closes the round table with "!roundtable end". Then there will be a summary and a protocol.
    Rather not write in the room? Send me "!feedback <text>" in a direct chat – or fully anonymously "!feedback anonymous <text>".
    
    Agenda:
    { $agenda }
    
    Current topic (1 of { $count }): { $topic }
roundtable-topic-now = ➡️ Next topic ({ $position } of { $count }): { $topic }
    Contributions now belong to this topic.
roundtable-state = Round table #{ $id } "{ $title }" is open. Current topic ({ $position } of { $count }): { $topic }
    So far { $contributions } contributions from { $participants } named participants. "!roundtable next" moves to the next topic, "!roundtable end" closes it.
roundtable-closed = ✅ Round table #{ $id } "{ $title }" is closed – thank you all! I no longer record anything in this room.
roundtable-show-closed = Round table #{ $id } "{ $title }" (closed)
roundtable-show-open = Round table #{ $id } "{ $title }" (still open – as of now)
roundtable-summary-figures = { $contributions } contributions · { $participants } named participants · { $anonymous } anonymous contributions
roundtable-summary-topics = Contributions per topic:
roundtable-contributions = { $count ->
        [one] 1 contribution
       *[other] { $count } contributions
    }
roundtable-summary-questions = Questions asked ({ $count }):
roundtable-summary-no-questions = No questions were asked.
roundtable-summary-more-in-protocol = … more questions are in the protocol.
roundtable-protocol-attached = The full protocol follows as a file: { $file }

roundtables-none = There has been no round table yet. Open one in a room with !roundtable start <topic>.
roundtables-heading = Round tables (newest first):
roundtables-line = #{ $id } "{ $title }" – { $date }, { $state }, { $contributions } contributions
roundtables-open = open
roundtables-closed = closed
roundtables-footer = !roundtable #N shows one with summary and protocol.

protocol-title = Protocol of round table #{ $id }: { $title }
protocol-times = Opened: { $opened } · Closed: { $closed }
protocol-no-contributions = (no contributions)
protocol-anonymous = anonymous (direct message)
protocol-via-direct = by direct message
protocol-questions = Questions asked

feedback-usage = What would you like to contribute? For example: !feedback I would like a training before the start. Anonymously, in a direct chat with me: "!feedback anonymous <text>".
feedback-too-long = Your contribution is longer than { $max } characters. Please shorten it or split it into several messages.
feedback-anonymous-direct-only = Anonymous contributions only work in a direct chat with me – here in the room everyone sees who writes. Please send me "!feedback anonymous <text>" as a direct message. I have stored nothing.
feedback-none-here = No round table is open in this room right now. If one is open in another room, send me your contribution in a direct chat: !feedback <text>
feedback-none-open = No round table is open right now that I could add your contribution to. You can submit ideas any time with !idea and concerns with !concern.
feedback-choose = Several round tables are open right now. Which one is your contribution for? Please answer with the number (or !cancel):
feedback-choice = { $number }. Round table #{ $id } "{ $title }" – current topic: { $topic }
feedback-choice-invalid = Please answer with a number from 1 to { $count } – or with !cancel.
feedback-table-closed = That round table has been closed in the meantime; your contribution was not stored. Find open round tables with !feedback <text>.
feedback-recorded = ✅ Thank you! Your contribution is recorded at round table #{ $id } under the topic "{ $topic }".
feedback-recorded-anonymous = ✅ Thank you! Your contribution is recorded anonymously at round table #{ $id } under the topic "{ $topic }". Only the text is stored – not who sent it.

# This area's part of !my-data.
my-data-contributions = Round-table contributions: { $count } (anonymous ones cannot be traced to you – not even by me)

# Erasing a person: what happens to round-table contributions.
erase-contributions = { $count ->
    [one] one contribution under this name to a round table
   *[other] { $count } contributions under this name to round tables
}
erase-roundtables-kept = { $count ->
    [one] one round table opened or closed under this name
   *[other] { $count } round tables opened or closed under this name
}
protocol-reduced = { $count ->
    [one] one contribution, only counted since its retention period ended
   *[other] { $count } contributions, only counted since their retention period ended
}

# !report and !export: the "Round tables" section.
report-roundtables-heading = Round tables
report-roundtables-line = { $tables ->
    [one] One round table
   *[other] { $tables } round tables
} with { $contributions ->
    [one] one contribution
   *[other] { $contributions_text } contributions
}; { $named ->
    [one] one person
   *[other] { $named } people
} contributed by name, anonymous: { $anonymous } of the contributions
report-roundtables-fig-tables = Round tables in the period
report-roundtables-fig-contributions = Contributions
report-roundtables-fig-named = People with named contributions
report-roundtables-fig-anonymous = Share of anonymous contributions
export-roundtables-sheet = Round tables
export-roundtables-id = Round table no.
export-roundtables-opened = Opened on
export-roundtables-closed = Closed on
export-roundtables-topic-number = Topic no.
export-roundtables-topic = Topic
export-roundtables-anonymous = Anonymous
export-roundtables-author = By
export-roundtables-direct = By direct message
export-roundtables-text = Contribution
export-roundtables-time = Time
