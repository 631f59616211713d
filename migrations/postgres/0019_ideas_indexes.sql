-- The report counts the ideas submitted in its period, and lists and the portfolio count ideas by
-- status: indexes on the submission time and the status are read instead of every idea's row.
CREATE INDEX ideas_created ON ideas (created_at);
CREATE INDEX ideas_status ON ideas (status);
