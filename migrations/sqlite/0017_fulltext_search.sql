-- Full-text search over ideas: the application writes each idea's search terms (stemmed, plain
-- ASCII; see src/store/fulltext.rs) into search_terms, and an FTS5 table indexes them. NULL means
-- "not written yet" (ideas from before this migration): the next search writes them first.
ALTER TABLE ideas DROP COLUMN search_text;
ALTER TABLE ideas ADD COLUMN search_terms TEXT;
CREATE INDEX ideas_unindexed ON ideas (id) WHERE search_terms IS NULL;

CREATE VIRTUAL TABLE ideas_fts USING fts5(
    search_terms,
    content = 'ideas',
    content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);
-- The ideas already stored enter the index (with no terms yet), so that it counts them and the
-- triggers below can take them out again.
INSERT INTO ideas_fts (ideas_fts) VALUES ('rebuild');
-- A term deleted from the index is gone from the file, not merely marked: after an erasure no
-- trace of a removed text stays behind in the index pages.
INSERT INTO ideas_fts (ideas_fts, rank) VALUES ('secure-delete', 1);

CREATE TRIGGER ideas_fts_inserted AFTER INSERT ON ideas
BEGIN
    INSERT INTO ideas_fts (rowid, search_terms) VALUES (NEW.id, NEW.search_terms);
END;

CREATE TRIGGER ideas_fts_deleted AFTER DELETE ON ideas
BEGIN
    INSERT INTO ideas_fts (ideas_fts, rowid, search_terms) VALUES ('delete', OLD.id, OLD.search_terms);
END;

CREATE TRIGGER ideas_fts_updated AFTER UPDATE OF search_terms ON ideas
BEGIN
    INSERT INTO ideas_fts (ideas_fts, rowid, search_terms) VALUES ('delete', OLD.id, OLD.search_terms);
    INSERT INTO ideas_fts (rowid, search_terms) VALUES (NEW.id, NEW.search_terms);
END;
