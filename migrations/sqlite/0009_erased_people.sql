-- One row per person erased (`!vergiss-mich`, `!vergiss`): its number is the person's stable
-- tombstone ("gelöschte Person 3") wherever the administration keeps a record they took part in.
-- Nothing here, nor anywhere else, leads back to who it was.
CREATE TABLE erased_people (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    erased_at INTEGER NOT NULL
);
