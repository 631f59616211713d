# General texts: help, settings, dialogs, errors.

help-intro = Hello, I am Lotse 🧭, your contact for your administration's AI strategy. Commands start with "!"; in a direct chat with me you can leave it out. This is what most people do first:
help-topics = More on a topic: { $topics }.
help-team-topics = For the strategy team: { $topics }.
help-topic-item = !help { $topic }
help-unknown-topic = I have no help on that topic. These topics exist: { $topics }. Write, for example, !help general, or just !help for the overview.
topic-allgemein = General
topic-allgemein-details = This is how you set me up for you: your language with !language de or !language en, your department with !department and its name, e.g. !department Citizen services. If I am asking you questions in a dialog and you want to stop, write !cancel.
help-hilfe = this overview; add a topic to learn more, e.g. !help general
help-sprache = choose your language: !language de (German) or !language en (English)
help-fachbereich = set your department, e.g. !department Citizen services
help-abbrechen = stop an unfinished dialog without saving anything

language-usage = Which language would you like? Write !language de for German or !language en for English.
language-set = All right, I will answer you in English from now on.
department-usage = Please name your department, e.g.: !department Citizen services
department-current = Your department is "{ $name }". You can change it with !department and the new name, e.g. !department Citizen services.
department-set = Thank you! Your department is now "{ $name }". I will file your new ideas under it.
department-too-long = That name is too long: a department may have at most { $max ->
    [one] one character
   *[other] { $max } characters
}. Please send it again, shortened, e.g. !department Citizen services.

dialog-cancelled = All right, I stopped the dialog. Nothing was saved.
dialog-none = There is no dialog running that I could stop. !help shows what you can do.
dialog-unreadable = Sorry: after an update I could not continue your unfinished dialog. Please start it again with the same command as before.
dialog-expired = Your last dialog had a long pause, so I ended it. If you like, start it again with the same command as before.
dialog-empty-answer = Your answer was empty. Please write a few words. If you want to stop, write !cancel.

unknown-command = I do not know the command "{ $word }". !help shows what I can do.
unknown-command-suggest = I do not know the command "{ $word }". Did you mean !{ $suggestion }? !help shows what I can do.
title-invisible = Nobody would see this title: it consists only of spaces or invisible characters. Please write a title with letters or digits. Nothing has been saved yet.
text-too-long = The text is too long: { $length ->
    [one] one character
   *[other] { $length } characters
}, at most { $max } are allowed. Please shorten it and send it again. Nothing has been saved yet.
text-removed = [text removed]
not-understood = Sorry, I did not understand that. Write "help", and I will show you what I can do. To submit an idea, write "idea" and a short title, e.g. "idea Pre-sort applications automatically".
processing-failed = Sorry, I could not process this message because of a technical error. Please try again later. If it fails again, please tell the strategy team: they can find the error in the log.

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
erase-renamed = Where other entries name this person, such as the strategy team's log or texts by others, the placeholder stands instead of the name.

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
file-refused = I could not send the file “{ $file }”: the Matrix server did not accept it, perhaps because it is too large. Please contact your IT. They can also create exports directly on the server (with "lotse export").

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
verification-join-first = I would like to show you seven emojis for the verification, here in our direct chat. Please accept the invitation to this chat and then start the verification again.
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
person-unknown = { $place ->
    [direct] I do not know whom you mean by "{ $value }". In a direct chat I only know you. Please write out the person's Matrix ID, e.g. @anna:city.example.
   *[room] I do not know whom you mean by "{ $value }": nobody in this room has that name. Please type @ and the name and pick the person from the list, or write out their Matrix ID, e.g. @anna:city.example.
}
person-missing = Please name the person: type @ and the name and pick them from the list, or write out their Matrix ID, e.g. @anna:city.example.
person-ambiguous = Several people in this room are called "{ $name }": { $candidates }. Please type @ and the name and pick the right person from the list, or write out their Matrix ID.
