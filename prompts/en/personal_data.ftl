# Texts of !my-data.

help-meine-daten = see the data I have stored about you (sent as a direct message)
my-data-sent-dm = 🔒 I have sent you your data as a direct message – it does not belong in a shared room.
my-data-heading = Your data at Lotse ({ $user }):
my-data-language = Language: { $language }
my-data-language-default = Language: not chosen (default: { $language })
my-data-department = Department: { $department }
my-data-department-none = Department: not given (!department <name>)
my-data-promoter = Promoter for the department { $department }
my-data-ideas-none = Ideas: none
my-data-ideas = Your ideas ({ $count }):
my-data-idea-line = – #{ $id } { $title } ({ $status })
my-data-ideas-more = … and { $count } more (!ideas mine)
my-data-activity = Supports: { $supports } · Comments: { $comments }
my-data-concerns = Concerns under your name: { $count } (!concern #N shows one)
my-data-contributions = Round-table contributions: { $count } (anonymous ones cannot be traced to you – not even by me)
my-data-trainings = Trainings:
my-data-trainings-none = Trainings: no sign-ups, none completed
my-data-footer = The strategy team answers questions about your data.
