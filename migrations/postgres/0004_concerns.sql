-- Concerns (Bedenken). An anonymous concern (anonymous = 1) has no author, room_id or
-- source_event_id, and its created_at is midnight of the day (local time), so nothing in the row
-- leads back to the person or to the time of their message; only answer_code lets them read the answer.
-- idea_id names an idea without a foreign key, so erasing an idea never fails on its concerns.
CREATE TABLE concerns (
    id BIGSERIAL PRIMARY KEY,
    category TEXT NOT NULL,
    body TEXT NOT NULL,
    idea_id BIGINT,
    author TEXT,
    room_id TEXT,
    source_event_id TEXT,
    anonymous BIGINT NOT NULL DEFAULT 0 CHECK (anonymous IN (0, 1)),
    answer_code TEXT,
    answer TEXT,
    answered_by TEXT,
    answered_at BIGINT,
    created_at BIGINT NOT NULL,
    CHECK (anonymous = 0 OR (author IS NULL AND room_id IS NULL AND source_event_id IS NULL))
);
CREATE INDEX concerns_author ON concerns (author);
CREATE INDEX concerns_idea ON concerns (idea_id);
CREATE INDEX concerns_source_event ON concerns (source_event_id);
CREATE UNIQUE INDEX concerns_answer_code ON concerns (answer_code);
