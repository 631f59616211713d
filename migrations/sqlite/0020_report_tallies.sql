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
    week INTEGER NOT NULL,
    status TEXT NOT NULL,
    department TEXT NOT NULL,
    tally INTEGER NOT NULL,
    PRIMARY KEY (week, status, department)
);
INSERT INTO idea_tallies (week, status, department, tally)
    SELECT created_at / 604800000, status, department, COUNT(*) FROM ideas GROUP BY 1, 2, 3;

CREATE TABLE idea_status_tallies (
    status TEXT PRIMARY KEY,
    tally INTEGER NOT NULL
);
INSERT INTO idea_status_tallies (status, tally) SELECT status, COUNT(*) FROM ideas GROUP BY status;

CREATE TRIGGER idea_tallied AFTER INSERT ON ideas
BEGIN
    INSERT INTO idea_tallies (week, status, department, tally)
        VALUES (NEW.created_at / 604800000, NEW.status, NEW.department, 1)
        ON CONFLICT (week, status, department) DO UPDATE SET tally = tally + 1;
    INSERT INTO idea_status_tallies (status, tally) VALUES (NEW.status, 1)
        ON CONFLICT (status) DO UPDATE SET tally = tally + 1;
END;

CREATE TRIGGER idea_retallied AFTER UPDATE OF status, department, created_at ON ideas
WHEN OLD.status IS NOT NEW.status OR OLD.department IS NOT NEW.department OR OLD.created_at IS NOT NEW.created_at
BEGIN
    UPDATE idea_tallies SET tally = tally - 1
        WHERE week = OLD.created_at / 604800000 AND status = OLD.status AND department = OLD.department;
    UPDATE idea_status_tallies SET tally = tally - 1 WHERE status = OLD.status;
    DELETE FROM idea_tallies WHERE tally = 0
        AND week = OLD.created_at / 604800000 AND status = OLD.status AND department = OLD.department;
    DELETE FROM idea_status_tallies WHERE tally = 0 AND status = OLD.status;
    INSERT INTO idea_tallies (week, status, department, tally)
        VALUES (NEW.created_at / 604800000, NEW.status, NEW.department, 1)
        ON CONFLICT (week, status, department) DO UPDATE SET tally = tally + 1;
    INSERT INTO idea_status_tallies (status, tally) VALUES (NEW.status, 1)
        ON CONFLICT (status) DO UPDATE SET tally = tally + 1;
END;

CREATE TRIGGER idea_untallied AFTER DELETE ON ideas
BEGIN
    UPDATE idea_tallies SET tally = tally - 1
        WHERE week = OLD.created_at / 604800000 AND status = OLD.status AND department = OLD.department;
    UPDATE idea_status_tallies SET tally = tally - 1 WHERE status = OLD.status;
    DELETE FROM idea_tallies WHERE tally = 0
        AND week = OLD.created_at / 604800000 AND status = OLD.status AND department = OLD.department;
    DELETE FROM idea_status_tallies WHERE tally = 0 AND status = OLD.status;
END;

CREATE TABLE support_tallies (
    week INTEGER PRIMARY KEY,
    tally INTEGER NOT NULL
);
INSERT INTO support_tallies (week, tally)
    SELECT created_at / 604800000, COUNT(*) FROM idea_supporters GROUP BY 1;
-- The supports of a period's partial weeks are read from the rows.
CREATE INDEX idea_supporters_created ON idea_supporters (created_at);

CREATE TRIGGER support_tallied AFTER INSERT ON idea_supporters
BEGIN
    INSERT INTO support_tallies (week, tally) VALUES (NEW.created_at / 604800000, 1)
        ON CONFLICT (week) DO UPDATE SET tally = tally + 1;
END;

CREATE TRIGGER support_untallied AFTER DELETE ON idea_supporters
BEGIN
    UPDATE support_tallies SET tally = tally - 1 WHERE week = OLD.created_at / 604800000;
    DELETE FROM support_tallies WHERE tally = 0 AND week = OLD.created_at / 604800000;
END;

ALTER TABLE ideas ADD COLUMN first_decided_at INTEGER;
UPDATE ideas SET first_decided_at = (
    SELECT MIN(a.created_at) FROM audit_log a
    WHERE a.record_kind = 'idea' AND a.record_ref = CAST(ideas.id AS TEXT) AND a.action = 'status'
);
CREATE INDEX ideas_decided ON ideas (created_at, first_decided_at) WHERE first_decided_at IS NOT NULL;

CREATE TRIGGER idea_first_decision AFTER INSERT ON audit_log
WHEN NEW.record_kind = 'idea' AND NEW.action = 'status'
BEGIN
    UPDATE ideas SET first_decided_at = NEW.created_at
        WHERE id = CAST(NEW.record_ref AS INTEGER) AND CAST(id AS TEXT) = NEW.record_ref
            AND (first_decided_at IS NULL OR first_decided_at > NEW.created_at);
END;
