# Texte zu !meine-daten.

help-meine-daten = sehen, was ich über Sie gespeichert habe (ich schicke es Ihnen im Direktchat); !meine-daten datei schickt es als Dateien
my-data-sent-dm = 🔒 Ihre Daten habe ich Ihnen im Direktchat geschickt, denn sie gehören nicht in einen gemeinsamen Raum.
my-data-heading = Das habe ich über Sie gespeichert ({ $user }):
my-data-language = Sprache: { $language ->
    [de] Deutsch
    [en] Englisch
   *[other] { $language }
}
my-data-language-default = Sprache: { $language ->
    [de] Deutsch (voreingestellt; auf Englisch umstellen mit !sprache en)
    [en] Englisch (voreingestellt; auf Deutsch umstellen mit !sprache de)
   *[other] { $language } (voreingestellt; ändern mit !sprache de oder !sprache en)
}
my-data-department = Fachbereich: { $department }
my-data-department-none = Fachbereich: noch nicht angegeben (angeben z. B. mit !fachbereich Bürgerservice)
my-data-promoter = Rolle: Promotor:in für den Fachbereich { $department }
my-data-footer = Fragen zu Ihren Daten beantwortet das Strategieteam. Mit !meine-daten datei bekommen Sie alles als Datei, mit !vergiss-mich lassen Sie Ihre Daten löschen.

# Texte zu !vergiss-mich und !vergiss.

help-vergiss-mich = Ihre Daten bei mir löschen lassen (nur im Direktchat, mit Rückfrage vor dem Löschen)
help-vergiss = die Daten einer Person löschen, die die Verwaltung verlassen hat (Strategieteam, im Direktchat): !vergiss und die Person, z. B. !vergiss @anna:stadt.example
forget-me-dm-only = Das Löschen Ihrer Daten besprechen wir unter vier Augen: Bitte schreiben Sie mir !vergiss-mich im Direktchat. Hier habe ich dazu nichts gespeichert.
forget-me-preview-heading = Bevor ich etwas lösche, sehen Sie hier, was mit Ihren Daten geschieht.
forget-me-nothing = Über Sie habe ich nichts gespeichert außer diesem Chat.
forget-me-confirm = Wenn Sie das möchten, antworten Sie mit dem Wort LÖSCHEN. Mit jeder anderen Antwort, auch mit !abbrechen, bleibt alles, wie es ist. Das Löschen lässt sich nicht rückgängig machen.
forget-me-done = Erledigt: Ihre Daten sind gelöscht. Was die Verwaltung als Unterlage behält, steht unten, ohne Ihren Namen.
forget-me-goodbye = Ich verlasse jetzt diesen Chat und vergesse ihn. Wenn Sie mir später wieder schreiben möchten, beginnen Sie bitte einen neuen Chat mit mir. Alles Gute!
forget-usage = So löschen Sie die Daten einer Person, die die Verwaltung verlassen hat: !vergiss und die Person, z. B. !vergiss @anna:stadt.example
forget-other-is-you = Ihre eigenen Daten löschen Sie mit !vergiss-mich.
forget-other-dm-only = Bitte nutzen Sie !vergiss im Direktchat mit mir, denn die Übersicht vor dem Löschen nennt persönliche Daten.
forget-other-preview-heading = Bevor ich etwas lösche, sehen Sie hier, was mit den Daten von { $user } geschieht.
forget-other-nothing = Über diese Person habe ich nichts gespeichert.
forget-other-in-configuration = Hinweis: { $user } ist in der Konfigurationsdatei als Mitglied des Strategieteams eingetragen (access.team). Diese Datei kann ich nicht ändern. Bitte lassen Sie den Eintrag dort entfernen, etwa von Ihrer IT.
forget-other-confirm = Wenn die Daten von { $user } so gelöscht werden sollen, antworten Sie mit dem Wort LÖSCHEN. Mit jeder anderen Antwort, auch mit !abbrechen, bleibt alles, wie es ist. Die Person erhält keine Nachricht; ich verlasse nur still meine Direktchats mit ihr. Das Löschen lässt sich nicht rückgängig machen.
forget-other-done = Erledigt: Die Daten sind gelöscht. In Unterlagen, die bleiben, steht jetzt „{ $tombstone }“. Die Person hat keine Nachricht erhalten. Meine Direktchats mit ihr habe ich verlassen.
forget-stopped = Abgebrochen: Ich habe nichts gelöscht.
forget-erased-heading = Wird gelöscht:
forget-kept-heading = Bleibt als Unterlage der Verwaltung, aber ohne Namen. Dort steht dann „gelöschte Person“ mit einer Nummer (Art. 17 Abs. 3 lit. b DSGVO: Aufgabe im öffentlichen Interesse):
forget-erased-done-heading = Gelöscht:
forget-kept-done-heading = Als Unterlage der Verwaltung behalten, mit dem Platzhalter statt des Namens:

# Texte zu !meine-daten datei.
my-data-file-title = Ihre Daten bei Lotse, Stand { $date }
my-data-file-sent = 📎 Hier sind Ihre Daten als zwei Dateien: eine zum Lesen und eine für Programme (JSON) mit jedem gespeicherten Eintrag, der Ihre Matrix-ID enthält. Andere Personen sind darin unkenntlich gemacht.
my-data-file-sent-dm = 🔒 Ihre Daten habe ich Ihnen als Dateien im Direktchat geschickt, denn sie gehören nicht in einen gemeinsamen Raum.
my-data-other-person = [andere Person]
forget-other-already-erased = Diese Person wurde inzwischen schon gelöscht. Es gibt nichts mehr zu tun.
