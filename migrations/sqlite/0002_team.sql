-- Strategy team: lifecycle fields of ideas, scores, promoters and the audit log of team actions.
ALTER TABLE ideas ADD COLUMN owner TEXT;
ALTER TABLE ideas ADD COLUMN status_reason TEXT;
ALTER TABLE ideas ADD COLUMN status_changed_at INTEGER;
ALTER TABLE ideas ADD COLUMN next_reassessment_at INTEGER;
ALTER TABLE ideas ADD COLUMN last_reassessed_at INTEGER;
CREATE INDEX ideas_next_reassessment ON ideas (next_reassessment_at);

CREATE TABLE idea_scores (
    idea_id INTEGER NOT NULL REFERENCES ideas (id),
    scorer TEXT NOT NULL,
    wirkung INTEGER NOT NULL CHECK (wirkung BETWEEN 1 AND 5),
    akzeptanz INTEGER NOT NULL CHECK (akzeptanz BETWEEN 1 AND 5),
    skalierung INTEGER NOT NULL CHECK (skalierung BETWEEN 1 AND 5),
    machbarkeit INTEGER NOT NULL CHECK (machbarkeit BETWEEN 1 AND 5),
    effizienz INTEGER NOT NULL CHECK (effizienz BETWEEN 1 AND 5),
    buerger INTEGER NOT NULL CHECK (buerger BETWEEN 1 AND 5),
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    PRIMARY KEY (idea_id, scorer)
);

CREATE TABLE promoters (
    user_id TEXT PRIMARY KEY,
    department TEXT NOT NULL,
    appointed_by TEXT NOT NULL,
    created_at INTEGER NOT NULL
);

CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    record_kind TEXT NOT NULL,
    record_ref TEXT NOT NULL,
    detail TEXT NOT NULL DEFAULT '',
    event_id TEXT,
    created_at INTEGER NOT NULL
);
CREATE INDEX audit_log_record ON audit_log (record_kind, record_ref);
CREATE INDEX audit_log_actor ON audit_log (actor);
