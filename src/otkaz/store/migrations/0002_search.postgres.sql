-- Full-text search for `q=` on PostgreSQL: a generated tsvector with a GIN index.
-- The 'simple' configuration keeps words as written (lower-cased), like SQLite's unicode61.
ALTER TABLE canonical_incidents ADD COLUMN search_tsv tsvector
    GENERATED ALWAYS AS (to_tsvector('simple', coalesce(search_text, ''))) STORED;
CREATE INDEX canonical_search ON canonical_incidents USING GIN (search_tsv);
