# Round tables: opening, topics, feedback, closing with summary and minutes.

topic-rundtische = Round tables
topic-rundtische-details = The strategy team opens a round table in a room, e.g. "!roundtable start AI at the citizens' office | Data protection | Next steps". While it is open, I record every message in that room as feedback on the current topic – I announce this clearly when it opens. "!roundtable next" moves to the next topic, "!roundtable topic <text>" inserts a new one. "!roundtable end" closes the round table; I then post a summary and the minutes in the room. If you would rather not write in the room, send me "!feedback <text>" in a direct chat – anonymously with "!feedback anonymous <text>".
help-rundtisch = run a round table in this room: !roundtable start <topic> [| topic 2 …], !roundtable next, !roundtable topic <text>, !roundtable end; !roundtable shows where it stands, !roundtable #N an earlier one
help-rundtische = list earlier and open round tables
help-feedback = give feedback on an open round table, also in a direct chat: !feedback <text> – anonymously: !feedback anonymous <text> (direct chat only)

roundtable-usage = To run a round table: "!roundtable start <topic> | <topic 2>" opens it in this room, "!roundtable next" moves to the next topic, "!roundtable topic <text>" inserts a new one, "!roundtable end" closes it. "!roundtable" shows where it stands, "!roundtable #N" an earlier one.
roundtable-start-usage = Which topic should the round table start with? For example: !roundtable start AI at the citizens' office | Data protection | Next steps
roundtable-not-in-direct = A round table belongs in a room with several participants. Please open it there with !roundtable start <topic>.
roundtable-already-open = Round table #{ $id } is already open in this room. "!roundtable" shows where it stands, "!roundtable end" closes it.
roundtable-too-many-topics = A round table can have at most { $max ->
        [one] one topic
       *[other] { $max } topics
    }. Please combine some, e.g. "Data protection and security".
roundtable-topic-too-long = A topic may be at most { $max ->
        [one] one character
       *[other] { $max } characters
    } long. Please shorten it – details can follow in the discussion.
roundtable-topic-usage = What is the new topic? For example: !roundtable topic Questions from the audience
roundtable-none-here = No round table is open in this room right now. You can open one with !roundtable start <topic>; !roundtables shows earlier ones.
roundtable-no-next-topic = This is already the last topic on the agenda. Insert another one with "!roundtable topic <text>", or close the round table with "!roundtable end".
roundtable-show-elsewhere = The minutes of round table #{ $id } name people and hold feedback sent in a direct chat, so I only show them in the round table's own room, in the strategy room or in your direct chat with me. Please ask there with !roundtable #{ $id }.
roundtable-ref-invalid = Please give the number of the round table, e.g. !roundtable #3.
roundtable-not-found = There is no round table #{ $id }. !roundtables lists them all.
roundtable-opened = 📣 Round table #{ $id } "{ $title }" is open.
    From now on I record every message in this room as feedback on the current topic – with name and time – until the strategy team closes the round table with "!roundtable end". Then there will be a summary and the minutes.
    Rather not write in the room? Send me "!feedback <text>" in a direct chat – or fully anonymously "!feedback anonymous <text>".
    
    Agenda:
    { $agenda }
    
    Current topic (1 of { $count }): { $topic }
roundtable-topic-now = ➡️ Next topic ({ $position } of { $count }): { $topic }
    What you write from now on belongs to this topic.
roundtable-state = Round table #{ $id } "{ $title }" is open. Current topic ({ $position } of { $count }): { $topic }
    { $contributions ->
        [0] No feedback so far.
        [one] So far one piece of feedback{ $anonymous ->
            [one] , given anonymously.
           *[other] { $participants ->
                [one] , given by name.
               *[other] .
            }
        }
       *[other] So far { $contributions } pieces of feedback, { $anonymous ->
            [0] none of them anonymous
            [one] one of them anonymous
           *[other] { $anonymous } of them anonymous
        }. { $participants ->
            [0] Nobody has taken part by name yet.
            [one] One person has taken part by name.
           *[other] { $participants } people have taken part by name.
        }
    }
    "!roundtable next" moves to the next topic, "!roundtable end" closes the round table.
roundtable-closed = ✅ Round table #{ $id } "{ $title }" is closed – thank you all! I no longer record anything in this room.
roundtable-show-closed = Round table #{ $id } "{ $title }" (closed)
roundtable-show-open = Round table #{ $id } "{ $title }" (still open – as of now)
roundtable-summary-figures = { $contributions ->
        [0] No feedback came in.
        [one] One piece of feedback{ $anonymous ->
            [one] , given anonymously.
           *[other] { $participants ->
                [one] , given by name.
               *[other] .
            }
        }
       *[other] { $contributions } pieces of feedback, { $anonymous ->
            [0] none of them anonymous
            [one] one of them anonymous
           *[other] { $anonymous } of them anonymous
        }. { $participants ->
            [0] Nobody took part by name.
            [one] One person took part by name.
           *[other] { $participants } people took part by name.
        }
    }
roundtable-summary-topics = Feedback per topic:
roundtable-contributions = { $count ->
        [0] no feedback
        [one] one piece of feedback
       *[other] { $count } pieces of feedback
    }
roundtable-summary-questions = Questions asked ({ $count }):
roundtable-summary-no-questions = No questions were asked.
roundtable-summary-more-in-protocol = … more questions are in the minutes.
roundtable-protocol-attached = The full minutes follow as a file: { $file }

roundtables-none = There has been no round table yet. Open one in a room with !roundtable start <topic>.
roundtables-heading = Round tables (newest first):
roundtables-line = #{ $id } "{ $title }" – { $date }, { $state }, { $contributions ->
        [0] no feedback
        [one] one piece of feedback
       *[other] { $contributions } pieces of feedback
    }
roundtables-open = open
roundtables-closed = closed
roundtables-footer = !roundtable with its number shows a round table's summary and minutes, e.g. !roundtable #{ $example }.

protocol-title = Minutes of round table #{ $id }: { $title }
protocol-times = Opened: { $opened } · Closed: { $closed }
protocol-no-contributions = (no feedback)
protocol-anonymous = anonymous (in a direct chat)
protocol-via-direct = in a direct chat
protocol-questions = Questions asked

feedback-usage = What feedback would you like to give? Write it after the command, for example: !feedback I would like a training before the start. Anonymously, in a direct chat with me: "!feedback anonymous <text>".
feedback-too-long = Your feedback is longer than { $max ->
        [one] one character
       *[other] { $max } characters
    }. Please shorten it or split it into several messages.
feedback-anonymous-direct-only = Anonymous feedback only works in a direct chat with me – here in the room everyone sees who writes. I have stored nothing. Please send me "!feedback anonymous <text>" in a direct chat.
feedback-none-here = No round table is open in this room right now. If one is open in another room, send me your feedback in a direct chat: !feedback <text>
feedback-none-open = No round table is open right now that I could add your feedback to. I have stored nothing. You can submit ideas any time with !idea and concerns with !concern.
feedback-choose = Several round tables are open right now. Which one is your feedback for? Please answer with the number (or !cancel):
feedback-choice = { $number }. Round table #{ $id } "{ $title }" – current topic: { $topic }
feedback-choice-invalid = Please answer with a number from 1 to { $count } – or with !cancel.
feedback-table-closed = That round table has closed in the meantime, so I have not stored your feedback. Feel free to send it again with !feedback <text> – I will then show you the round tables that are still open.
feedback-recorded = ✅ Thank you! Your feedback is recorded at round table #{ $id } under the topic "{ $topic }".
feedback-recorded-anonymous = ✅ Thank you! Your feedback is recorded anonymously at round table #{ $id } under the topic "{ $topic }". Only the text is stored – not who sent it.

# This area's part of !my-data.
my-data-contributions = Round tables: { $count ->
        [0] no feedback under your name
        [one] one piece of feedback under your name
       *[other] { $count } pieces of feedback under your name
    } (anonymous feedback cannot be traced to you – not even by me)

# Erasing a person: what happens to round-table feedback.
erase-contributions = { $count ->
    [one] one piece of feedback under this name on a round table
   *[other] { $count } pieces of feedback under this name on round tables
}
erase-roundtables-kept = { $count ->
    [one] one round table opened or closed under this name
   *[other] { $count } round tables opened or closed under this name
}
protocol-reduced = { $count ->
    [one] one piece of feedback, only counted since its retention period ended
   *[other] { $count } pieces of feedback, only counted since their retention period ended
}

# !report and !export: the "Round tables" section.
report-roundtables-heading = Round tables
report-roundtables-line = { $tables ->
        [0] No round table in the period
       *[other] { $tables ->
            [one] One round table
           *[other] { $tables } round tables
        } { $contributions ->
            [0] without feedback
           *[other] with { $contributions ->
                [one] one piece of feedback
               *[other] { $contributions_text } pieces of feedback
            } (anonymous: { $anonymous }); { $named ->
                [0] nobody took part by name
                [one] one person took part by name
               *[other] { $named } people took part by name
            }
        }
    }
report-roundtables-fig-tables = Round tables in the period
report-roundtables-fig-contributions = Pieces of feedback
report-roundtables-fig-named = People who gave feedback under their name
report-roundtables-fig-anonymous = Share of anonymous feedback
export-roundtables-sheet = Round tables
export-roundtables-id = Round table no.
export-roundtables-opened = Opened on
export-roundtables-closed = Closed on
export-roundtables-topic-number = Topic no.
export-roundtables-topic = Topic
export-roundtables-anonymous = Anonymous
export-roundtables-author = By
export-roundtables-direct = In a direct chat
export-roundtables-text = Feedback
export-roundtables-time = Time
