-- The number of supporters of each idea, kept up to date by triggers, so that "!ideen top" reads
-- an index instead of counting every idea's supporters.
ALTER TABLE ideas ADD COLUMN supporters INTEGER NOT NULL DEFAULT 0;
UPDATE ideas SET supporters = (SELECT COUNT(*) FROM idea_supporters s WHERE s.idea_id = ideas.id);
CREATE INDEX ideas_by_support ON ideas (supporters DESC, id DESC);

CREATE TRIGGER idea_supporter_added AFTER INSERT ON idea_supporters
BEGIN
    UPDATE ideas SET supporters = supporters + 1 WHERE id = NEW.idea_id;
END;

CREATE TRIGGER idea_supporter_removed AFTER DELETE ON idea_supporters
BEGIN
    UPDATE ideas SET supporters = supporters - 1 WHERE id = OLD.idea_id;
END;
