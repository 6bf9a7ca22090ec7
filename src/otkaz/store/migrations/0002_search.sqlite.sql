-- Full-text search for `q=` on SQLite: FTS5 over canonical_incidents.search_text,
-- kept in step by triggers (the sqlite-utils layout, so datasette finds it too).
CREATE VIRTUAL TABLE canonical_fts USING fts5 (
    search_text,
    content = 'canonical_incidents',
    tokenize = 'unicode61 remove_diacritics 0'
);
CREATE TRIGGER canonical_fts_ai AFTER INSERT ON canonical_incidents BEGIN
    INSERT INTO canonical_fts (rowid, search_text) VALUES (new.rowid, new.search_text);
END;
CREATE TRIGGER canonical_fts_ad AFTER DELETE ON canonical_incidents BEGIN
    INSERT INTO canonical_fts (canonical_fts, rowid, search_text) VALUES ('delete', old.rowid, old.search_text);
END;
CREATE TRIGGER canonical_fts_au AFTER UPDATE ON canonical_incidents BEGIN
    INSERT INTO canonical_fts (canonical_fts, rowid, search_text) VALUES ('delete', old.rowid, old.search_text);
    INSERT INTO canonical_fts (rowid, search_text) VALUES (new.rowid, new.search_text);
END;
