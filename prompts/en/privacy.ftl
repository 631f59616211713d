# Texts of !my-data.

help-meine-daten = see the data I have stored about you (sent as a direct message); !my-data file sends it as files
my-data-sent-dm = 🔒 I have sent you your data as a direct message – it does not belong in a shared room.
my-data-heading = Your data at Lotse ({ $user }):
my-data-language = Language: { $language }
my-data-language-default = Language: not chosen (default: { $language })
my-data-department = Department: { $department }
my-data-department-none = Department: not given (!department <name>)
my-data-promoter = Promoter for the department { $department }
my-data-footer = The strategy team answers questions about your data.

# Texts for !forget-me and !forget.

help-vergiss-mich = have your data erased (in a direct message only, with confirmation)
help-vergiss = erase a person's data, e.g. when they have left the administration (team, in a direct message): !forget @name:server
forget-me-dm-only = Let us discuss erasing your data in private: please send me !forget-me in a direct message. I have stored nothing about it here.
forget-me-preview-heading = Before I erase anything, here is what will happen to your data.
forget-me-nothing = I keep nothing about you apart from this conversation.
forget-me-confirm = If you want this, answer with the word DELETE. Any other answer – !cancel too – stops here, and everything stays as it is. Erasure cannot be undone.
forget-me-done = Done: your data has been erased. What the administration keeps as its record is listed below – without your name.
forget-me-goodbye = I am now leaving this chat and forgetting it. If you want to write to me again later, please start a new chat with me. All the best!
forget-usage = To erase the data of someone who has left the administration: !forget and then the person, for example !forget @name:city.example
forget-other-is-you = To erase your own data, use !forget-me.
forget-other-dm-only = Please use !forget in a direct message with me: the overview before it names personal data.
forget-other-preview-heading = Before I erase anything, here is what will happen to the data of { $user }.
forget-other-nothing = I keep nothing about this person.
forget-other-in-configuration = Note: { $user } is listed in the configuration under access.team. Please remove the entry there; I cannot change the configuration file.
forget-other-confirm = If the data of { $user } should be erased like this, answer with the word DELETE. Any other answer – !cancel too – stops here. The person gets no message; I only leave my direct chats with them, silently. Erasure cannot be undone.
forget-other-done = Done: the data has been erased. Records that are kept now say "{ $tombstone }". The person got no message; I have left my direct chats with them.
forget-stopped = Stopped: nothing was erased.
forget-erased-heading = Will be erased:
forget-kept-heading = Kept as the administration's record, but without the name – it will say "erased person" with a number (Art. 17(3)(b) GDPR: a task in the public interest):
forget-erased-done-heading = Erased:
forget-kept-done-heading = Kept as the administration's record, with the placeholder instead of the name:

# Texts for !my-data file.
my-data-file-title = Your data at Lotse, as of { $date }
my-data-file-sent = 📎 Here is your data as two files: one to read (Markdown) and one for programs (JSON, every stored row that holds your ID; other people are blanked out).
my-data-file-sent-dm = 🔒 I have sent you your data as files in a direct message – it does not belong in a shared room.
my-data-other-person = [another person]
forget-other-already-erased = This person has been erased meanwhile – there is nothing left to do.
