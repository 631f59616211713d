-- KI-Bestand: the inventory of AI tools in use, with the AI Act triage behind each risk class,
-- review dates and the history of reviews.
CREATE TABLE ai_tools (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    name TEXT NOT NULL,
    vendor TEXT NOT NULL DEFAULT '',
    product TEXT NOT NULL DEFAULT '',
    version TEXT NOT NULL DEFAULT '',
    department TEXT NOT NULL DEFAULT '',
    purpose TEXT NOT NULL DEFAULT '',
    procedure TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL,
    draft INTEGER NOT NULL DEFAULT 1,
    role TEXT NOT NULL DEFAULT 'betreiber',
    personal_data TEXT NOT NULL DEFAULT '',
    legal_basis TEXT NOT NULL DEFAULT '',
    affected TEXT NOT NULL DEFAULT '',
    oversight TEXT NOT NULL DEFAULT '',
    staff_informed_at INTEGER,
    council_informed_at INTEGER,
    log_retention TEXT NOT NULL DEFAULT '',
    transparency_notice TEXT NOT NULL DEFAULT '',
    risk_class TEXT NOT NULL DEFAULT '',
    triage TEXT NOT NULL DEFAULT '',
    triaged_at INTEGER,
    retriage INTEGER NOT NULL DEFAULT 0,
    fria_at INTEGER,
    fria_summary TEXT NOT NULL DEFAULT '',
    dpia_at INTEGER,
    eu_registration TEXT NOT NULL DEFAULT '',
    owner TEXT,
    idea_id INTEGER,
    -- 1 while the name is the linked idea's title (blanked with it when that is redacted).
    name_from_idea INTEGER NOT NULL DEFAULT 0,
    reported_by TEXT,
    source_event_id TEXT,
    room_id TEXT NOT NULL,
    next_review_at INTEGER,
    last_reviewed_at INTEGER,
    created_by TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);
CREATE INDEX ai_tools_next_review ON ai_tools (next_review_at);
CREATE INDEX ai_tools_idea ON ai_tools (idea_id);
CREATE INDEX ai_tools_reported_by ON ai_tools (reported_by);
CREATE INDEX ai_tools_source_event ON ai_tools (source_event_id);

CREATE TABLE ai_tool_reviews (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    tool_id INTEGER NOT NULL REFERENCES ai_tools (id),
    reviewer TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    reviewed_at INTEGER NOT NULL
);
CREATE INDEX ai_tool_reviews_tool ON ai_tool_reviews (tool_id);

-- Review reminders now share one payload shape (`reminders::cycle::Payload`): the re-assessment
-- reminders planned before name their record like every other cycle.
UPDATE reminders SET payload = REPLACE(payload, '"idea":', '"record":') WHERE kind = 'reassessment';
