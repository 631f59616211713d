-- The report counts the ideas submitted in its period: an index on the submission time reads only
-- those instead of every idea.
CREATE INDEX ideas_created ON ideas (created_at);
