-- Ethik-Check: what each of the four stages recorded for a use case (idea), newest last; the
-- stage's structured result is JSON in details (see src/ethics/stages.rs).
CREATE TABLE ethics_records (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    idea_id INTEGER NOT NULL,
    stage TEXT NOT NULL,
    -- The Vorprüfung's verdict, the Bewertung's impact level (1-4), otherwise empty.
    result TEXT NOT NULL DEFAULT '',
    details TEXT NOT NULL,
    recorded_by TEXT NOT NULL,
    recorded_at INTEGER NOT NULL
);
CREATE INDEX ethics_records_idea ON ethics_records (idea_id, stage, recorded_at);
