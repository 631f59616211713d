-- The room a comment or a named round-table contribution was written in, so that a redaction
-- must come from that room (event id and room) to remove it. Older rows: a contribution in the
-- round table's room gets that room; comments and contributions by DM stay unknown (NULL) and are
-- matched by event id alone, as before.
ALTER TABLE idea_comments ADD COLUMN room_id TEXT;
ALTER TABLE round_table_feedback ADD COLUMN source_room_id TEXT;
UPDATE round_table_feedback SET source_room_id = (SELECT room_id FROM round_tables WHERE round_tables.id = round_table_feedback.round_table_id)
WHERE via_direct = 0 AND source_event_id IS NOT NULL;
