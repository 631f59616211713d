-- Strategy team: lifecycle fields of ideas, scores, promoters and the audit log of team actions.
ALTER TABLE ideas ADD COLUMN owner TEXT;
ALTER TABLE ideas ADD COLUMN status_reason TEXT;
ALTER TABLE ideas ADD COLUMN status_changed_at BIGINT;
ALTER TABLE ideas ADD COLUMN next_reassessment_at BIGINT;
ALTER TABLE ideas ADD COLUMN last_reassessed_at BIGINT;
CREATE INDEX ideas_next_reassessment ON ideas (next_reassessment_at);

CREATE TABLE idea_scores (
    idea_id BIGINT NOT NULL REFERENCES ideas (id),
    scorer TEXT NOT NULL,
    wirkung BIGINT NOT NULL CHECK (wirkung BETWEEN 1 AND 5),
    akzeptanz BIGINT NOT NULL CHECK (akzeptanz BETWEEN 1 AND 5),
    skalierung BIGINT NOT NULL CHECK (skalierung BETWEEN 1 AND 5),
    machbarkeit BIGINT NOT NULL CHECK (machbarkeit BETWEEN 1 AND 5),
    effizienz BIGINT NOT NULL CHECK (effizienz BETWEEN 1 AND 5),
    buerger BIGINT NOT NULL CHECK (buerger BETWEEN 1 AND 5),
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    PRIMARY KEY (idea_id, scorer)
);

CREATE TABLE promoters (
    user_id TEXT PRIMARY KEY,
    department TEXT NOT NULL,
    appointed_by TEXT NOT NULL,
    created_at BIGINT NOT NULL
);

CREATE TABLE audit_log (
    id BIGSERIAL PRIMARY KEY,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    record_kind TEXT NOT NULL,
    record_ref TEXT NOT NULL,
    detail TEXT NOT NULL DEFAULT '',
    event_id TEXT,
    created_at BIGINT NOT NULL
);
CREATE INDEX audit_log_record ON audit_log (record_kind, record_ref);
CREATE INDEX audit_log_actor ON audit_log (actor);
