-- Weekly tallies for `!bericht`, kept by triggers: ideas by week of submission, status and
-- Fachbereich, and supports by week given, so a report over a long period sums tallies (one per
-- week, status and Fachbereich that occur) instead of counting every idea (store/tallies.rs
-- reads them; the week is the submission time in milliseconds divided by 604800000, as there). And each idea's first status
-- decision, copied from the audit log when it is written, for the report's median days to it.
-- Also every status's number of ideas, for `!portfolio` and the report's portfolio section.
-- A tally that drops to zero is deleted, so no text of a deleted or erased row stays behind
-- (tables ending in `_tallies` are left out of erasure's rewriting: store/columns.rs). Times
-- are never negative, so integer division is the floor.
CREATE TABLE idea_tallies (
    week BIGINT NOT NULL,
    status TEXT NOT NULL,
    department TEXT NOT NULL,
    tally BIGINT NOT NULL,
    PRIMARY KEY (week, status, department)
);
INSERT INTO idea_tallies (week, status, department, tally)
    SELECT created_at / 604800000, status, department, COUNT(*) FROM ideas GROUP BY 1, 2, 3;

CREATE TABLE idea_status_tallies (
    status TEXT PRIMARY KEY,
    tally BIGINT NOT NULL
);
INSERT INTO idea_status_tallies (status, tally) SELECT status, COUNT(*) FROM ideas GROUP BY status;

CREATE FUNCTION idea_tally() RETURNS trigger AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        UPDATE idea_tallies SET tally = tally - 1
            WHERE week = OLD.created_at / 604800000 AND status = OLD.status AND department = OLD.department;
        UPDATE idea_status_tallies SET tally = tally - 1 WHERE status = OLD.status;
        DELETE FROM idea_tallies WHERE tally = 0
            AND week = OLD.created_at / 604800000 AND status = OLD.status AND department = OLD.department;
        DELETE FROM idea_status_tallies WHERE tally = 0 AND status = OLD.status;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        INSERT INTO idea_tallies (week, status, department, tally)
            VALUES (NEW.created_at / 604800000, NEW.status, NEW.department, 1)
            ON CONFLICT (week, status, department) DO UPDATE SET tally = idea_tallies.tally + 1;
        INSERT INTO idea_status_tallies (status, tally) VALUES (NEW.status, 1)
            ON CONFLICT (status) DO UPDATE SET tally = idea_status_tallies.tally + 1;
    END IF;
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER idea_tallied AFTER INSERT OR DELETE ON ideas
FOR EACH ROW EXECUTE FUNCTION idea_tally();
CREATE TRIGGER idea_retallied AFTER UPDATE OF status, department, created_at ON ideas
FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status OR OLD.department IS DISTINCT FROM NEW.department
                   OR OLD.created_at IS DISTINCT FROM NEW.created_at)
EXECUTE FUNCTION idea_tally();

CREATE TABLE support_tallies (
    week BIGINT PRIMARY KEY,
    tally BIGINT NOT NULL
);
INSERT INTO support_tallies (week, tally)
    SELECT created_at / 604800000, COUNT(*) FROM idea_supporters GROUP BY 1;
-- The supports of a period's partial weeks are read from the rows.
CREATE INDEX idea_supporters_created ON idea_supporters (created_at);

CREATE FUNCTION support_tally() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO support_tallies (week, tally) VALUES (NEW.created_at / 604800000, 1)
            ON CONFLICT (week) DO UPDATE SET tally = support_tallies.tally + 1;
    ELSE
        UPDATE support_tallies SET tally = tally - 1 WHERE week = OLD.created_at / 604800000;
        DELETE FROM support_tallies WHERE tally = 0 AND week = OLD.created_at / 604800000;
    END IF;
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER support_tallied AFTER INSERT OR DELETE ON idea_supporters
FOR EACH ROW EXECUTE FUNCTION support_tally();

ALTER TABLE ideas ADD COLUMN first_decided_at BIGINT;
UPDATE ideas SET first_decided_at = (
    SELECT MIN(a.created_at) FROM audit_log a
    WHERE a.record_kind = 'idea' AND a.record_ref = CAST(ideas.id AS TEXT) AND a.action = 'status'
);
CREATE INDEX ideas_decided ON ideas (created_at, first_decided_at) WHERE first_decided_at IS NOT NULL;

CREATE FUNCTION idea_first_decision() RETURNS trigger AS $$
BEGIN
    IF NEW.record_ref ~ '^[0-9]{1,18}$' THEN
        UPDATE ideas SET first_decided_at = NEW.created_at
            WHERE id = CAST(NEW.record_ref AS BIGINT) AND CAST(id AS TEXT) = NEW.record_ref
              AND (first_decided_at IS NULL OR first_decided_at > NEW.created_at);
    END IF;
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER idea_first_decision AFTER INSERT ON audit_log
FOR EACH ROW WHEN (NEW.record_kind = 'idea' AND NEW.action = 'status')
EXECUTE FUNCTION idea_first_decision();
