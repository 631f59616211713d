# Texts of !my-data.

help-meine-daten = see the data I have stored about you (sent as a direct message)
my-data-sent-dm = 🔒 I have sent you your data as a direct message – it does not belong in a shared room.
my-data-heading = Your data at Lotse ({ $user }):
my-data-language = Language: { $language }
my-data-language-default = Language: not chosen (default: { $language })
my-data-department = Department: { $department }
my-data-department-none = Department: not given (!department <name>)
my-data-promoter = Promoter for the department { $department }
my-data-footer = The strategy team answers questions about your data.
