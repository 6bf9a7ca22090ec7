-- otkaz schema, version 1. Portable SQL: runs on SQLite and PostgreSQL.
-- JSON documents are stored as TEXT; flat columns beside them are for filtering and indexes.
-- One dialect shim (store/migrate.py): on PostgreSQL "INTEGER PRIMARY KEY" becomes an identity column.

CREATE TABLE articles (
    id              TEXT PRIMARY KEY,          -- content hash of url + text (models.article_id_for)
    url             TEXT,
    outlet          TEXT,
    published_at    TEXT,                      -- ISO date or NULL
    language        TEXT,
    title           TEXT,
    text            TEXT NOT NULL,
    source          TEXT,                      -- where it came from: file path, feed URL, t.me channel
    near_duplicate_of TEXT,                    -- article id of the syndicated original, if detected
    relevant        INTEGER,                   -- 1/0, NULL until extracted
    reason          TEXT,                      -- reason code when nothing was extracted
    extractor_version TEXT,
    ingested_at     TEXT NOT NULL
);
CREATE INDEX articles_published ON articles (published_at);
CREATE INDEX articles_url ON articles (url);

-- One incident as one article reports it.
CREATE TABLE reports (
    id              TEXT PRIMARY KEY,          -- '<article_id>#<n>'
    article_id      TEXT NOT NULL REFERENCES articles (id),
    idx             INTEGER NOT NULL,
    canonical_id    TEXT,                      -- canonical_incidents.id it was linked to
    acts            TEXT NOT NULL,             -- '|desertion|mutiny|' for LIKE filters
    date_start      TEXT,
    date_end        TEXT,
    country         TEXT,
    admin1          TEXT,
    place           TEXT,
    lat             DOUBLE PRECISION,
    lon             DOUBLE PRECISION,
    participants_best INTEGER,
    data            TEXT NOT NULL              -- the Incident as JSON, evidence included
);
CREATE INDEX reports_article ON reports (article_id);
CREATE INDEX reports_canonical ON reports (canonical_id);
CREATE INDEX reports_block ON reports (admin1, date_start);
CREATE INDEX reports_country ON reports (country, date_start);
CREATE INDEX reports_date ON reports (date_start);

-- The real-world incident, merged from its reports.
CREATE TABLE canonical_incidents (
    id              TEXT PRIMARY KEY,          -- stable: survives re-runs and new articles
    acts            TEXT NOT NULL,             -- '|mutiny|desertion|'
    date_start      TEXT,
    date_end        TEXT,
    date_precision  TEXT,
    country         TEXT,
    admin1          TEXT,
    place           TEXT,
    lat             DOUBLE PRECISION,
    lon             DOUBLE PRECISION,
    geo_precision   TEXT,
    location_text   TEXT,
    force           TEXT,
    personnel       TEXT,                      -- '|mobilized|'
    unit            TEXT,
    perpetrator     TEXT,
    participants_best INTEGER,
    participants_low  INTEGER,
    participants_high INTEGER,
    detained        INTEGER,
    at_large        INTEGER,
    killed          INTEGER,
    injured         INTEGER,
    armed           INTEGER,
    verification    TEXT,
    independent_sources INTEGER NOT NULL DEFAULT 1,
    n_reports       INTEGER NOT NULL DEFAULT 1,
    summary         TEXT,
    search_text     TEXT,                      -- lower-cased summary + location + outlets, for q=
    sort_date       TEXT NOT NULL DEFAULT '',  -- date_start or '': newest first, undated last, portably
    data            TEXT NOT NULL,             -- merged record: chosen values, per-report values, rules
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL
);
-- The listing walks one of these in (sort_date DESC, id) order; each also carries every filtered
-- column, so a filter that matches little is checked inside the index, never row by row.
CREATE INDEX canonical_order ON canonical_incidents (sort_date DESC, id, acts, personnel,
    verification, independent_sources, country, admin1, date_start, date_end);
CREATE INDEX canonical_admin1 ON canonical_incidents (admin1, sort_date DESC, id, acts, personnel,
    verification, independent_sources, date_start, date_end);
CREATE INDEX canonical_country ON canonical_incidents (country, sort_date DESC, id, acts, personnel,
    verification, independent_sources, admin1, date_start, date_end);
CREATE INDEX canonical_timeline ON canonical_incidents (date_start, acts);

-- Why each report was linked where it was.
CREATE TABLE merge_log (
    id              INTEGER PRIMARY KEY,
    report_id       TEXT NOT NULL,
    canonical_id    TEXT NOT NULL,
    action          TEXT NOT NULL,             -- new / link / split / merge
    score           DOUBLE PRECISION,
    features        TEXT,                      -- JSON
    created_at      TEXT NOT NULL
);
CREATE INDEX merge_log_canonical ON merge_log (canonical_id);
CREATE INDEX merge_log_report ON merge_log (report_id);

-- Ids retired by merges and splits point to where the incident lives now.
CREATE TABLE redirects (
    old_id          TEXT PRIMARY KEY,
    new_id          TEXT NOT NULL,
    created_at      TEXT NOT NULL
);
CREATE INDEX redirects_new ON redirects (new_id);

CREATE TABLE statistics (
    id              TEXT PRIMARY KEY,          -- '<article_id>#s<n>'
    article_id      TEXT NOT NULL REFERENCES articles (id),
    measure         TEXT NOT NULL,
    value_best      INTEGER,
    value_low       INTEGER,
    value_high      INTEGER,
    period_start    TEXT,
    period_end      TEXT,
    scope           TEXT,
    force           TEXT,
    publisher       TEXT,
    data            TEXT NOT NULL
);
CREATE INDEX statistics_measure ON statistics (measure, period_end);
CREATE INDEX statistics_article ON statistics (article_id);

-- Inputs that could not be taken, with the reason: never silently dropped.
CREATE TABLE skipped_inputs (
    id              INTEGER PRIMARY KEY,
    source          TEXT NOT NULL,
    location        TEXT,                      -- line number, post id, record offset
    reason          TEXT NOT NULL,
    created_at      TEXT NOT NULL
);

-- Feed and URL polling state for `otkaz watch`, and resumable bulk ingest.
CREATE TABLE source_state (
    source          TEXT PRIMARY KEY,
    etag            TEXT,
    last_modified   TEXT,
    last_polled     TEXT,
    last_status     TEXT,
    cursor          TEXT                       -- resume point of an interrupted bulk ingest
);
