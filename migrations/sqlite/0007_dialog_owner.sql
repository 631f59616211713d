-- A dialog names the capability that answers it. Dialogs stored before keep working: their
-- owner is read from the state's tag; one that matches none gets '' and is told it cannot go on.
ALTER TABLE dialogs ADD COLUMN capability TEXT NOT NULL DEFAULT '';
UPDATE dialogs SET capability = CASE
    WHEN state LIKE '{"dialog":"Idea%' THEN 'ideas'
    WHEN state LIKE '{"dialog":"Score"%' THEN 'team'
    WHEN state LIKE '{"dialog":"Feedback"%' THEN 'roundtables'
    WHEN state LIKE '{"dialog":"Concern"%' THEN 'concerns'
    WHEN state LIKE '{"dialog":"Training"%' THEN 'trainings'
    ELSE ''
END;
