-- Shared bookkeeping: settings, processed events, outbox, users, dialogs; and the ideas module.
CREATE TABLE meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE processed_events (
    event_id TEXT PRIMARY KEY,
    room_id TEXT NOT NULL,
    processed_at BIGINT NOT NULL
);

CREATE TABLE outbox (
    id BIGSERIAL PRIMARY KEY,
    payload TEXT NOT NULL,
    subject_kind TEXT,
    subject_id BIGINT,
    created_at BIGINT NOT NULL,
    sent_at BIGINT,
    sent_event_id TEXT
);
CREATE INDEX outbox_unsent ON outbox (id) WHERE sent_at IS NULL;
CREATE INDEX outbox_sent_event ON outbox (sent_event_id);

CREATE TABLE users (
    user_id TEXT PRIMARY KEY,
    language TEXT,
    department TEXT,
    updated_at BIGINT NOT NULL
);

CREATE TABLE dialogs (
    room_id TEXT NOT NULL,
    user_id TEXT NOT NULL,
    version BIGINT NOT NULL,
    state TEXT NOT NULL,
    updated_at BIGINT NOT NULL,
    PRIMARY KEY (room_id, user_id)
);

CREATE TABLE ideas (
    id BIGSERIAL PRIMARY KEY,
    title TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    department TEXT NOT NULL DEFAULT '',
    benefit TEXT NOT NULL DEFAULT '',
    author TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'eingereicht',
    search_text TEXT NOT NULL DEFAULT '',
    source_event_id TEXT,
    room_id TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX ideas_author ON ideas (author);
CREATE INDEX ideas_source_event ON ideas (source_event_id);

CREATE TABLE idea_supporters (
    idea_id BIGINT NOT NULL REFERENCES ideas (id),
    user_id TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    PRIMARY KEY (idea_id, user_id)
);

CREATE TABLE idea_comments (
    id BIGSERIAL PRIMARY KEY,
    idea_id BIGINT NOT NULL REFERENCES ideas (id),
    author TEXT NOT NULL,
    body TEXT NOT NULL,
    source_event_id TEXT,
    created_at BIGINT NOT NULL
);
CREATE INDEX idea_comments_idea ON idea_comments (idea_id);
