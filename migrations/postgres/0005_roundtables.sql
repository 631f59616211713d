-- Round tables (agenda topics and the feedback recorded while one is open), and the bookkeeping
-- that lets an anonymous submission leave no trace: processed events no longer name their room,
-- and rows that would link a person to an anonymous submission are erased once no longer needed.
CREATE TABLE round_tables (
    id BIGSERIAL PRIMARY KEY,
    room_id TEXT NOT NULL,
    opened_by TEXT NOT NULL,
    opened_at BIGINT NOT NULL,
    closed_by TEXT,
    closed_at BIGINT,
    current_topic BIGINT NOT NULL DEFAULT 1
);
-- At most one open round table per room.
CREATE UNIQUE INDEX round_tables_open_room ON round_tables (room_id) WHERE closed_at IS NULL;

CREATE TABLE round_table_topics (
    round_table_id BIGINT NOT NULL REFERENCES round_tables (id),
    position BIGINT NOT NULL,
    title TEXT NOT NULL,
    started_at BIGINT,
    PRIMARY KEY (round_table_id, position)
);

CREATE TABLE round_table_feedback (
    id BIGSERIAL PRIMARY KEY,
    round_table_id BIGINT NOT NULL REFERENCES round_tables (id),
    topic BIGINT NOT NULL,
    -- NULL for anonymous feedback; so are source_event_id and the time beyond the topic's start.
    author TEXT,
    body TEXT NOT NULL,
    via_direct BIGINT NOT NULL DEFAULT 0,
    source_event_id TEXT,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX round_table_feedback_table ON round_table_feedback (round_table_id, topic);
CREATE INDEX round_table_feedback_source ON round_table_feedback (source_event_id);

ALTER TABLE processed_events DROP COLUMN room_id;
ALTER TABLE processed_events ADD COLUMN erase_when_synced BIGINT NOT NULL DEFAULT 0;
-- A dialog holding an anonymous draft is erased as soon as it expires.
ALTER TABLE dialogs ADD COLUMN anonymous BIGINT NOT NULL DEFAULT 0;
ALTER TABLE outbox ADD COLUMN erase_when_sent BIGINT NOT NULL DEFAULT 0;
-- Join times moved to the Matrix client's store; these rows named every room, direct chats too.
DELETE FROM meta WHERE key LIKE 'room_joined_at:%';
