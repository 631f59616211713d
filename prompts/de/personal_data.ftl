# Texte zu !meine-daten.

help-meine-daten = Ihre bei mir gespeicherten Daten ansehen (kommt als Direktnachricht)
my-data-sent-dm = 🔒 Ihre Daten habe ich Ihnen als Direktnachricht geschickt – sie gehören nicht in einen gemeinsamen Raum.
my-data-heading = Ihre Daten bei Lotse ({ $user }):
my-data-language = Sprache: { $language }
my-data-language-default = Sprache: nicht gewählt (Standard: { $language })
my-data-department = Fachbereich: { $department }
my-data-department-none = Fachbereich: nicht angegeben (!fachbereich <Name>)
my-data-promoter = Promotor:in für den Fachbereich { $department }
my-data-ideas-none = Ideen: keine
my-data-ideas = Ihre Ideen ({ $count }):
my-data-idea-line = – #{ $id } { $title } ({ $status })
my-data-ideas-more = … und { $count } weitere (!ideen meine)
my-data-activity = Unterstützungen: { $supports } · Kommentare: { $comments }
my-data-concerns = Bedenken unter Ihrem Namen: { $count } (!bedenken #N zeigt eines)
my-data-contributions = Beiträge zu Rundtischen: { $count } (anonyme Beiträge kann niemand Ihnen zuordnen – auch ich nicht)
my-data-trainings = Schulungen:
my-data-trainings-none = Schulungen: keine Anmeldungen, keine abgeschlossenen
my-data-footer = Fragen zu Ihren Daten beantwortet das Strategieteam.
