-- Scheduled reminders: one row per message due at a time; `done_at` is set in the same
-- transaction that queues the message in the outbox, so a reminder is sent once, even across a crash.
CREATE TABLE reminders (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    due_at INTEGER NOT NULL,
    kind TEXT NOT NULL,
    record_key TEXT NOT NULL,
    payload TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    done_at INTEGER,
    outcome TEXT,
    attempts INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX reminders_pending ON reminders (done_at, due_at);
CREATE INDEX reminders_record ON reminders (record_key);
