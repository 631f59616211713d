# Texte zu !meine-daten.

help-meine-daten = Ihre bei mir gespeicherten Daten ansehen (kommt als Direktnachricht); !meine-daten datei schickt sie als Dateien
my-data-sent-dm = 🔒 Ihre Daten habe ich Ihnen als Direktnachricht geschickt – sie gehören nicht in einen gemeinsamen Raum.
my-data-heading = Ihre Daten bei Lotse ({ $user }):
my-data-language = Sprache: { $language }
my-data-language-default = Sprache: nicht gewählt (Standard: { $language })
my-data-department = Fachbereich: { $department }
my-data-department-none = Fachbereich: nicht angegeben (!fachbereich <Name>)
my-data-promoter = Promotor:in für den Fachbereich { $department }
my-data-footer = Fragen zu Ihren Daten beantwortet das Strategieteam.

# Texte zu !vergiss-mich und !vergiss.

help-vergiss-mich = Ihre Daten bei mir löschen lassen (nur in der Direktnachricht, mit Bestätigung)
help-vergiss = Daten einer Person löschen, etwa wenn sie die Verwaltung verlassen hat (Team, in der Direktnachricht): !vergiss @name:server
forget-me-dm-only = Das Löschen Ihrer Daten besprechen wir unter vier Augen: Bitte schreiben Sie mir !vergiss-mich in einer Direktnachricht. Hier habe ich dazu nichts gespeichert.
forget-me-preview-heading = Bevor ich etwas lösche, sehen Sie hier, was mit Ihren Daten geschieht.
forget-me-nothing = Über Sie ist bei mir nichts gespeichert außer diesem Gespräch.
forget-me-confirm = Wenn Sie das möchten, antworten Sie mit dem Wort LÖSCHEN. Jede andere Antwort – auch !abbrechen – bricht ab, dann bleibt alles, wie es ist. Das Löschen lässt sich nicht rückgängig machen.
forget-me-done = Erledigt: Ihre Daten sind gelöscht. Was die Verwaltung als Unterlage behält, steht unten – ohne Ihren Namen.
forget-me-goodbye = Ich verlasse jetzt diesen Chat und vergesse ihn. Wenn Sie mir später wieder schreiben möchten, beginnen Sie bitte einen neuen Chat mit mir. Alles Gute!
forget-usage = So löschen Sie die Daten einer Person, die die Verwaltung verlassen hat: !vergiss und dann die Person, zum Beispiel !vergiss @name:stadt.example
forget-other-is-you = Ihre eigenen Daten löschen Sie mit !vergiss-mich.
forget-other-dm-only = Bitte nutzen Sie !vergiss in einer Direktnachricht mit mir: Die Übersicht davor nennt persönliche Daten.
forget-other-preview-heading = Bevor ich etwas lösche, sehen Sie hier, was mit den Daten von { $user } geschieht.
forget-other-nothing = Über diese Person ist bei mir nichts gespeichert.
forget-other-in-configuration = Hinweis: { $user } steht in der Konfiguration unter access.team. Bitte entfernen Sie den Eintrag dort; die Konfigurationsdatei kann ich nicht ändern.
forget-other-confirm = Wenn die Daten von { $user } so gelöscht werden sollen, antworten Sie mit dem Wort LÖSCHEN. Jede andere Antwort – auch !abbrechen – bricht ab. Die Person erhält keine Nachricht; ich verlasse nur still die Direktnachrichten mit ihr. Das Löschen lässt sich nicht rückgängig machen.
forget-other-done = Erledigt: Die Daten sind gelöscht. In Unterlagen, die bleiben, steht jetzt „{ $tombstone }“. Die Person hat keine Nachricht erhalten; aus ihren Direktnachrichten mit mir bin ich ausgetreten.
forget-stopped = Abgebrochen: Es wurde nichts gelöscht.
forget-erased-heading = Wird gelöscht:
forget-kept-heading = Bleibt als Unterlage der Verwaltung, aber ohne Namen – dort steht dann „gelöschte Person“ mit einer Nummer (Art. 17 Abs. 3 lit. b DSGVO: Aufgabe im öffentlichen Interesse):
forget-erased-done-heading = Gelöscht:
forget-kept-done-heading = Als Unterlage der Verwaltung behalten, mit dem Platzhalter statt des Namens:

# Texte zu !meine-daten datei.
my-data-file-title = Ihre Daten bei Lotse, Stand { $date }
my-data-file-sent = 📎 Hier sind Ihre Daten als zwei Dateien: zum Lesen (Markdown) und für Programme (JSON, jede gespeicherte Zeile, in der Ihre Kennung steht; andere Personen sind unkenntlich gemacht).
my-data-file-sent-dm = 🔒 Ihre Daten habe ich Ihnen als Dateien in einer Direktnachricht geschickt – sie gehören nicht in einen gemeinsamen Raum.
my-data-other-person = [andere Person]
forget-other-already-erased = Diese Person wurde inzwischen schon gelöscht – es gibt nichts mehr zu tun.
