# General texts: help, settings, dialogs, errors.

help-intro = Hello, I am Lotse 🧭 – I collect ideas, feedback and concerns for your administration's AI strategy. In rooms, commands start with "!"; in a direct chat with me you can leave it out.
help-outro = More about one area: !help ideas. You can stop a dialog at any time with !cancel.
help-unknown-topic = I have no help on that topic. Available topics: { $topics }. Or simply write !help.
topic-allgemein = General
topic-allgemein-details = Choose your language with !language de or !language en, and your department with !department <name>, e.g. !department Citizen services.
help-hilfe = this overview, or help on one area (!help ideas)
help-sprache = choose your language: !language de or !language en
help-fachbereich = set your department: !department <name>
help-abbrechen = stop the current dialog

language-usage = Please name the language: !language de (Deutsch) or !language en (English).
language-set = All right, I will answer you in English from now on.
department-usage = Please name your department, e.g.: !department Citizen services
department-current = Your department is "{ $name }". You can change it with !department <name>.
department-set = Thank you! Your department is now "{ $name }". Your new ideas will be filed under it.
department-too-long = The department name is too long (at most { $max } characters). Please shorten it.

dialog-cancelled = All right, I stopped the dialog. Nothing was saved.
dialog-none = There is no dialog running that I could stop. !help shows what you can do.
dialog-unreadable = Sorry, your unfinished dialog could not be continued after an update. Please simply start it again.
dialog-expired = Your last dialog ended after a long pause. If you like, simply start again, e.g. with !idea.
dialog-empty-answer = That answer was empty. Please write a short answer – or !cancel to stop.

unknown-command = I do not know the command "{ $word }". !help shows all commands.
unknown-command-suggest = I do not know the command "{ $word }". Did you mean !{ $suggestion }? !help shows all commands.
title-invisible = This title consists only of spaces or invisible characters, so nothing of it would show. Please write a title with letters or digits – nothing has been saved yet.
text-too-long = The text is too long: { $length } characters, at most { $max } are allowed. Please shorten it and send it again – nothing has been saved yet.
text-removed = [text removed]
not-understood = Sorry, I did not understand that. Write "help" for an overview – or "idea" followed by your suggestion to submit an idea.
processing-failed = Sorry, I could not process this message because of a technical error. Please try again in other words – the strategy team can find the error in the log.

# Erasing a person (the core): the placeholder in records that are kept, and the parts of the
# overview the core erases itself.
erased-person = erased person { $number }
erase-profile = settings (language, department) and unfinished dialogs
erase-reminders = { $count ->
    [one] one planned reminder
   *[other] { $count } planned reminders
}
erase-messages = { $count ->
    [one] one message not yet delivered
   *[other] { $count } messages not yet delivered
}
erase-renamed = Where other entries name this person (such as the log of team actions or texts by others), the placeholder stands instead of the name.

# Reports: what several areas share.
report-more = { $count ->
    [one] one more
   *[other] { $count } more
}
report-days-after = { $days ->
    [one] { $text } day
   *[other] { $text } days
}
report-no-department = no department
report-days = { $days ->
    [one] { $text } day
   *[other] { $text } days
}
export-yes = yes
export-no = no
export-audit-sheet = Audit
export-audit-id = No.
export-audit-time = Time
export-audit-actor = Who
export-audit-action = Action
export-audit-kind = Kind of record
export-audit-record = Record
export-audit-detail = Details
file-refused = I could not send the file “{ $file }”: the Matrix server did not accept it, for example because it is too large. Your IT can also create exports directly on the server (lotse export). For other files, please contact your IT.
