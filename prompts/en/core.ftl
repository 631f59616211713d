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

# Emoji verification: what the bot writes in the direct chat when someone verifies its session.
verification-compare = Please compare these seven emojis with the ones in your app:
    { $emojis }
    If they all match, please confirm that in your app ("They match"). I have confirmed my side already. If one does not match, please cancel and tell your IT team.
verification-done = The verification is complete. Your app now trusts my session. Even if it sends only to verified sessions, I can read and answer your messages.
verification-cancelled = { $why ->
    [user] The verification was cancelled in your app.
    [timeout] The verification took too long and was cancelled.
    [mismatch] The verification was cancelled because the emojis or keys did not match. Please tell your IT team.
   *[other] The verification was cancelled.
} You can start it again at any time: in your app, in my profile under "Sessions".
verification-emoji-only = I can only be verified with emojis, not with a QR code. Please start the verification again and choose "Verify with emojis".
sas-emoji = { $number ->
    [0] Dog
    [1] Cat
    [2] Lion
    [3] Horse
    [4] Unicorn
    [5] Pig
    [6] Elephant
    [7] Rabbit
    [8] Panda
    [9] Rooster
    [10] Penguin
    [11] Turtle
    [12] Fish
    [13] Octopus
    [14] Butterfly
    [15] Flower
    [16] Tree
    [17] Cactus
    [18] Mushroom
    [19] Globe
    [20] Moon
    [21] Cloud
    [22] Fire
    [23] Banana
    [24] Apple
    [25] Strawberry
    [26] Corn
    [27] Pizza
    [28] Cake
    [29] Heart
    [30] Smiley
    [31] Robot
    [32] Hat
    [33] Glasses
    [34] Spanner
    [35] Santa
    [36] Thumbs Up
    [37] Umbrella
    [38] Hourglass
    [39] Clock
    [40] Gift
    [41] Light Bulb
    [42] Book
    [43] Pencil
    [44] Paperclip
    [45] Scissors
    [46] Lock
    [47] Key
    [48] Hammer
    [49] Telephone
    [50] Flag
    [51] Train
    [52] Bicycle
    [53] Aeroplane
    [54] Rocket
    [55] Trophy
    [56] Ball
    [57] Guitar
    [58] Trumpet
    [59] Bell
    [60] Anchor
    [61] Headphones
    [62] Folder
   *[63] Pin
}

# People in commands: by mention, display name or Matrix ID.
person-unknown = I do not know whom you mean by "{ $value }": nobody in this room has that name. Please type @ and the name and pick the person from the list, or write out their Matrix ID, e.g. @anna:city.example.
person-missing = Please name the person: type @ and the name and pick them from the list, or write out their Matrix ID, e.g. @anna:city.example.
person-ambiguous = Several people in this room are called "{ $name }": { $candidates }. Please type @ and the name and pick the right person from the list, or write out their Matrix ID.
