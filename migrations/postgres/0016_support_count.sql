-- The number of supporters of each idea, kept up to date by triggers, so that "!ideen top" reads
-- an index instead of counting every idea's supporters.
ALTER TABLE ideas ADD COLUMN supporters BIGINT NOT NULL DEFAULT 0;
UPDATE ideas SET supporters = (SELECT COUNT(*) FROM idea_supporters s WHERE s.idea_id = ideas.id);
CREATE INDEX ideas_by_support ON ideas (supporters DESC, id DESC);

CREATE FUNCTION idea_supporters_count() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        UPDATE ideas SET supporters = supporters + 1 WHERE id = NEW.idea_id;
    ELSE
        UPDATE ideas SET supporters = supporters - 1 WHERE id = OLD.idea_id;
    END IF;
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER idea_supporter_counted AFTER INSERT OR DELETE ON idea_supporters
FOR EACH ROW EXECUTE FUNCTION idea_supporters_count();
