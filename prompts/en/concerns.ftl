# Concerns: voicing them (named or anonymously), categories, the strategy team's answers.

topic-bedenken = Concerns
topic-bedenken-details = Examples: "!concern Who is liable when the AI decides wrongly?" – I then ask for the category. With the category in one message: "!concern privacy: Are our chats stored?". About an idea: "!concern #12: …" or "!concern #12 privacy: …". Just "!concern" starts a short conversation.
    Categories: 1 responsibility, 2 AI errors, 3 traceability, 4 data protection, 5 discrimination/bias, 6 workplace/change, 7 other.
    Anonymously only in a direct chat with me: "concern anonymous <text>". Then I store neither your name nor the chat nor the time. You get a code to read the answer later: "answer <code>".
    For the strategy team: "!concern list" (also: open, answered, a category or #idea), "!concern #7" shows a concern, "!concern answer #7 <text>" answers it.
help-bedenken = voice a concern about the use of AI: !concern <text> or !concern privacy: <text>; anonymously in a direct chat: concern anonymous <text>; just !concern starts a conversation
help-antwort = read the answer to your anonymous concern, in a direct chat: answer <code>

concern-cat-verantwortung = Responsibility
concern-cat-fehler = AI errors
concern-cat-nachvollziehbarkeit = Traceability
concern-cat-datenschutz = Data protection
concern-cat-diskriminierung = Discrimination/bias
concern-cat-arbeitsplatz = Workplace/change
concern-cat-sonstiges = Other

concern-dialog-text = What worries you? Please describe your concern in one message – !cancel stops at any time.
concern-dialog-text-anonymous = You are writing anonymously: with your concern I store neither your name nor this chat nor the time. What worries you? Please describe it in one message – !cancel stops at any time.
concern-category-question = Thank you! Which category fits best? Answer with the number:
    { $choices }
concern-category-choice = { $number } – { $label }
concern-category-unknown = "{ $word }" is not a category I know. Please answer with a number from 1 to 7 (or !cancel):
    { $choices }
concern-category-unknown-kept = "{ $word }" is not a category I know – I kept your text exactly as you wrote it, but it is not stored yet. Which category fits? Answer with the number:
    { $choices }

concern-saved = ✅ Thank you! Your concern is stored as #{ $id } ({ $category }). The strategy team reads it and answers you in a direct chat. You can see it any time with !concern #{ $id }.
concern-saved-idea = It is about idea #{ $idea }.
concern-anonymous-saved = ✅ Thank you! Your anonymous concern is stored as #{ $id } ({ $category }) – without your name, without this chat and with the date only, not the time.
    Your code: { $code }
    Please note it down: only with it can you read the strategy team's answer later, here in the direct chat with "answer { $code }". I cannot recover the code, because I do not know who sent the concern.
concern-anonymous-room = I accept anonymous concerns only in a direct chat with me – here in the room everyone sees who writes. I have stored nothing. Please write to me in a direct chat: concern anonymous <your text>. You can delete your message here yourself if you like.
concern-ref-invalid = I do not understand the number – nothing was stored. This is how it works: "!concern #7" shows concern #7, "!concern #12: <text>" relates a new concern to idea #12.
concern-idea-not-found = There is no idea #{ $id } – nothing was stored yet. Check the number with !ideas, or write your concern without the reference: !concern <text>
concern-idea-withdrawn = Idea #{ $id } has been withdrawn – nothing was stored yet. Feel free to write your concern without the reference to the idea: !concern <text>

concern-not-found = There is no concern #{ $id }. Please check the number: it is in my confirmation, and !my-data shows the numbers of your concerns.
concern-not-yours = I cannot show you concern #{ $id }: you only see your own concerns submitted with your name. You read the answer to an anonymous concern in a direct chat with "answer <code>".
concern-show-head = Concern #{ $id } · { $category } · submitted on { $date }
concern-show-author = From: { $author }
concern-show-anonymous = Submitted anonymously – without name, chat and time.
concern-show-idea = It is about idea #{ $idea } "{ $title }".
concern-show-text = Text: { $text }
concern-show-answer = The strategy team's answer ({ $date }): { $answer }
concern-show-answered-by = Answered by { $user }
concern-show-no-answer = The strategy team has not answered yet. You will get the answer in a direct chat.
concern-show-answer-hint = No answer yet. To answer: !concern answer #{ $id } <text>

concern-code-usage = Please give the code of your anonymous concern, in a direct chat with me: answer K7QXM-2PA9R
concern-code-room = I show answers to anonymous concerns only in a direct chat with me – here in the room others could read along. Please write to me in a direct chat: answer <code>. Your code is visible here, so it is best to delete your message.
concern-code-unknown = I cannot find a concern for this code. Please check it: it has 10 characters, digits and capital letters, e.g. K7QXM-2PA9R. Upper or lower case, spaces and dashes do not matter.
concern-no-answer-yet = Your concern #{ $id } ({ $category }) has arrived. The strategy team has not answered yet, though. Feel free to ask again later – with the same code.
concern-answer-show = The strategy team's answer to your concern #{ $id } ({ $category }), given on { $date }:
    { $answer }

concern-list-usage = This is how you list concerns: !concern list – or filtered: !concern list open, !concern list answered, !concern list privacy, !concern list #12 (about idea #12). Categories: { $categories }.
concern-list-heading = Concerns ({ $count }):
concern-list-heading-filtered = Concerns – { $filter } ({ $count }):
concern-list-line = #{ $id } · { $details } · { $date }: { $text }
concern-list-more = … and { $count ->
        [one] one more
       *[other] { $count } more
    }. Filter e.g. with !concern list open.
concern-list-hint = Read a concern in full: !concern #N – answer it: !concern answer #N <text>
concern-list-empty = No concerns have come in yet.
concern-list-empty-filtered = No concerns found ({ $filter }).
concern-state-open = open
concern-state-answered = answered
concern-label-anonymous = anonymous
concern-label-idea = about idea #{ $idea }

concern-answer-usage = This is how you answer a concern: !concern answer #7 <your answer>
concern-answer-saved = ✅ Answer to concern #{ $id } stored.
concern-answer-replaced = ✅ Answer to concern #{ $id } replaced.
concern-answer-told-dm = The person who submitted it gets the answer in a direct chat.
concern-answer-told-code = The concern is anonymous: the person reads the answer with their code. Not even I know who they are.
concern-answer-dm = The strategy team has answered your concern #{ $id } ({ $category }):
    { $answer }
    You can see your concern and the answer any time with !concern #{ $id }.

concern-idea-count = { $count ->
        [one] One concern, { $open ->
            [0] answered
           *[other] still open
        }
       *[other] { $count } concerns, { $open ->
            [0] all answered
            [one] one of them open
           *[other] { $open } of them open
        }
    } – !concern list #{ $id } shows them

# This area's part of !my-data.
my-data-concerns = Concerns under your name: { $count ->
        [0] none
        [one] one, { $ids } (see it with !concern #{ $first })
       *[other] { $count }, { $ids } (see one, e.g. with !concern #{ $first })
    }

# Erasing a person: what happens to concerns. Anonymous concerns name nobody and stay.
erase-concerns = { $count ->
    [one] one concern voiced under this name, with its answer
   *[other] { $count } concerns voiced under this name, with their answers
}
erase-concern-answers-kept = { $count ->
    [one] one answer to a concern given under this name for the strategy team
   *[other] { $count } answers to concerns given under this name for the strategy team
}

# !report and !export: the "Concerns" section.
report-concerns-heading = Concerns
report-concerns-total = { $count ->
    [0] No concerns in the period
    [one] One concern in the period, { $answered_count ->
        [0] not answered yet
       *[other] answered
    }
   *[other] { $count_text } concerns in the period, answered: { $answered } ({ $share })
}
report-concerns-answer-time = Answer from the strategy team: after a median of { $days }
report-concerns-category = { $category }: { $count } ({ $share } of all concerns; { $monitor }) · answered: { $answered } of { $count }{ $answer }
report-concerns-category-days = , after a median of { $days }
report-concerns-monitor = eGovernment MONITOR 2024: { $percent }%
report-concerns-no-monitor = not asked in the eGovernment MONITOR 2024
report-concerns-fig-total = Concerns in the period
report-concerns-fig-answered = Of which answered
report-concerns-fig-answer-days = Days until the answer (median)
report-concerns-fig-category = Concerns
report-concerns-fig-category-share = Share of all concerns
report-concerns-fig-category-answered = Answered
report-concerns-fig-category-days = Days until the answer (median)
report-concerns-fig-monitor = Reference value eGovernment MONITOR 2024
report-concerns-chart-title = Concerns by category
report-concerns-chart-legend-own = Share of the concerns in Lotse
report-concerns-chart-legend-monitor = eGovernment MONITOR 2024 (share of respondents)
report-concerns-chart-alt = Chart “Concerns by category”, share of all concerns of the period: { $list }.
report-concerns-chart-alt-item = { $category } { $share } (MONITOR { $monitor }%)
export-concerns-sheet = Concerns
export-concerns-id = No.
export-concerns-category = Category
export-concerns-text = Text
export-concerns-idea = On idea no.
export-concerns-anonymous = Anonymous
export-concerns-author = Submitted by
export-concerns-submitted = Submitted on
export-concerns-answer = Answer
export-concerns-answered-by = Answered by
export-concerns-answered-at = Answered on
