# Texte zu !meine-daten.

help-meine-daten = Ihre bei mir gespeicherten Daten ansehen (kommt als Direktnachricht)
my-data-sent-dm = 🔒 Ihre Daten habe ich Ihnen als Direktnachricht geschickt – sie gehören nicht in einen gemeinsamen Raum.
my-data-heading = Ihre Daten bei Lotse ({ $user }):
my-data-language = Sprache: { $language }
my-data-language-default = Sprache: nicht gewählt (Standard: { $language })
my-data-department = Fachbereich: { $department }
my-data-department-none = Fachbereich: nicht angegeben (!fachbereich <Name>)
my-data-promoter = Promotor:in für den Fachbereich { $department }
my-data-footer = Fragen zu Ihren Daten beantwortet das Strategieteam.
