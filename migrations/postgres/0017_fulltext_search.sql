-- Full-text search over ideas: the application writes each idea's search terms (stemmed, plain
-- ASCII; see src/store/fulltext.rs) into search_terms, and a GIN index over their tsvector finds
-- them. NULL means "not written yet" (ideas from before this migration): the next search writes
-- them first. The tsvector is an index expression, not a column, so that every column of ideas
-- stays readable as text or number.
ALTER TABLE ideas DROP COLUMN search_text;
ALTER TABLE ideas ADD COLUMN search_terms TEXT;
CREATE INDEX ideas_unindexed ON ideas (id) WHERE search_terms IS NULL;
CREATE INDEX ideas_search ON ideas USING GIN (to_tsvector('simple', COALESCE(search_terms, '')));
