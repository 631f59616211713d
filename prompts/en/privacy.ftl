# Texts of !my-data.

help-meine-daten = see what I have stored about you (I send it to you in a direct chat); !my-data file sends it as files
my-data-sent-dm = 🔒 I have sent you your data in a direct chat, because it does not belong in a shared room.
my-data-heading = This is what I have stored about you ({ $user }):
my-data-language = Language: { $language ->
    [de] German
    [en] English
   *[other] { $language }
}
my-data-language-default = Language: { $language ->
    [de] German (the default; switch to English with !language en)
    [en] English (the default; switch to German with !language de)
   *[other] { $language } (the default; change it with !language de or !language en)
}
my-data-department = Department: { $department }
my-data-department-none = Department: not given yet (set it e.g. with !department Citizen services)
my-data-promoter = Role: promoter for the department { $department }
my-data-footer = The strategy team answers questions about your data. !my-data file gives you everything as a file, and !forget-me has your data erased.

# Texts for !forget-me and !forget.

help-vergiss-mich = have your data erased (in a direct chat only, and I ask before I erase)
help-vergiss = erase the data of someone who has left the administration (strategy team, in a direct chat): !forget and the person, e.g. !forget @anna:city.example
forget-me-dm-only = Let us discuss erasing your data in private: please send me !forget-me in a direct chat. I have stored nothing about it here.
forget-me-preview-heading = Before I erase anything, here is what will happen to your data.
forget-me-nothing = I keep nothing about you apart from this chat.
forget-me-confirm = If you want this, answer with the word DELETE. With any other answer, !cancel too, everything stays as it is. Erasure cannot be undone.
forget-me-done = Done: your data has been erased. What the administration keeps as its record is listed below, without your name.
forget-me-goodbye = I am now leaving this chat and forgetting it. If you want to write to me again later, please start a new chat with me. All the best!
forget-usage = To erase the data of someone who has left the administration: !forget and the person, e.g. !forget @anna:city.example
forget-other-is-you = To erase your own data, use !forget-me.
forget-other-dm-only = Please use !forget in a direct chat with me, because the overview before erasing names personal data.
forget-other-preview-heading = Before I erase anything, here is what will happen to the data of { $user }.
forget-other-nothing = I keep nothing about this person.
forget-other-in-configuration = Note: { $user } is listed in the configuration file as a member of the strategy team (access.team). I cannot change that file. Please have the entry removed there, for example by your IT.
forget-other-confirm = If the data of { $user } should be erased like this, answer with the word DELETE. With any other answer, !cancel too, everything stays as it is. The person gets no message; I only leave my direct chats with them, silently. Erasure cannot be undone.
forget-other-done = Done: the data has been erased. Records that are kept now say "{ $tombstone }". The person got no message. I have left my direct chats with them.
forget-stopped = Stopped: I have erased nothing.
forget-erased-heading = Will be erased:
forget-kept-heading = Kept as the administration's record, but without the name. It will say "erased person" with a number (Art. 17(3)(b) GDPR: a task in the public interest):
forget-erased-done-heading = Erased:
forget-kept-done-heading = Kept as the administration's record, with the placeholder instead of the name:

# Texts for !my-data file.
my-data-file-title = Your data at Lotse, as of { $date }
my-data-file-sent = 📎 Here is your data as two files: one to read, and one for programs (JSON) with every stored entry that holds your Matrix ID. Other people are blanked out in them.
my-data-file-sent-dm = 🔒 I have sent you your data as files in a direct chat, because it does not belong in a shared room.
my-data-other-person = [another person]
forget-other-already-erased = This person has been erased meanwhile. There is nothing left to do.
