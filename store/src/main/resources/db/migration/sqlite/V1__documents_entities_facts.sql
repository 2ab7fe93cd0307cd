-- The first schema: documents, the entities facts name, the facts with their arguments and
-- evidence. Only TEXT, INTEGER and REAL columns and ids the application assigns, so that the
-- PostgreSQL migration can say the same thing with BIGINT, TEXT and DOUBLE PRECISION.
-- Dates are ISO 8601 text: partial dates ("2013", "2013-10") have no native type anywhere.

CREATE TABLE documents (
    id            INTEGER NOT NULL PRIMARY KEY,
    content_hash  TEXT    NOT NULL UNIQUE,
    name          TEXT    NOT NULL,
    source        TEXT    NOT NULL,
    text          TEXT    NOT NULL,
    published     TEXT,
    document_date TEXT,
    ingested_at   TEXT    NOT NULL
);

-- folded_key is the name lower-cased, without diacritics and with single spaces: one row per
-- (type, key) until real entity resolution arrives.
CREATE TABLE entities (
    id         INTEGER NOT NULL PRIMARY KEY,
    type       TEXT    NOT NULL,
    name       TEXT    NOT NULL,
    folded_key TEXT    NOT NULL,
    UNIQUE (type, folded_key)
);

-- payload is the fact's full JSON form (FactJson); summary is for display; search_text is the
-- folded summary, argument names and evidence sentence that free-text search matches.
CREATE TABLE facts (
    id          INTEGER NOT NULL PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents (id),
    type        TEXT    NOT NULL,
    payload     TEXT    NOT NULL,
    confidence  REAL    NOT NULL CHECK (confidence >= 0 AND confidence <= 1),
    summary     TEXT    NOT NULL,
    search_text TEXT    NOT NULL
);
CREATE INDEX facts_by_document ON facts (document_id);
CREATE INDEX facts_by_type ON facts (type, id);

-- position keeps the order of list arguments (the parties of an agreement).
CREATE TABLE fact_arguments (
    fact_id       INTEGER NOT NULL REFERENCES facts (id),
    role          TEXT    NOT NULL,
    position      INTEGER NOT NULL,
    entity_id     INTEGER NOT NULL REFERENCES entities (id),
    mention_start INTEGER NOT NULL,
    mention_end   INTEGER NOT NULL,
    PRIMARY KEY (fact_id, role, position)
);
CREATE INDEX fact_arguments_by_entity ON fact_arguments (entity_id);

-- sentence repeats the evidence sentence's text: the article text never changes, so the copy
-- cannot go stale, and pages show evidence without loading whole articles (and without
-- SQLite's code-point substr disagreeing with Java's UTF-16 offsets).
CREATE TABLE evidence (
    fact_id        INTEGER NOT NULL PRIMARY KEY REFERENCES facts (id),
    document_id    INTEGER NOT NULL REFERENCES documents (id),
    sentence_index INTEGER NOT NULL,
    sentence_start INTEGER NOT NULL,
    sentence_end   INTEGER NOT NULL,
    trigger_start  INTEGER NOT NULL,
    trigger_end    INTEGER NOT NULL,
    sentence       TEXT    NOT NULL
);
CREATE INDEX evidence_by_document ON evidence (document_id);
