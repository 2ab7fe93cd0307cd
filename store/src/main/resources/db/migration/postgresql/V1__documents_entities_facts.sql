-- The first schema, as V1 of the SQLite migrations says it: documents, the entities facts name, the
-- facts with their arguments and evidence. SQLite's INTEGER is BIGINT here, REAL is DOUBLE
-- PRECISION, and TEXT compares by code point (COLLATE "C"), as SQLite's does, whatever the
-- database's locale: names sort and compare alike on both databases.

-- A row inserted without an id takes the next after the largest, as a SQLite rowid does: ingest
-- assigns ids itself from the same rule, and the writers of a database take turns
-- (Database takes an advisory lock per write transaction), so both ways agree.
CREATE FUNCTION next_id(tab TEXT) RETURNS BIGINT LANGUAGE plpgsql VOLATILE AS $$
DECLARE
    next_value BIGINT;
BEGIN
    EXECUTE format('SELECT COALESCE(MAX(id), 0) + 1 FROM %I', tab) INTO next_value;
    RETURN next_value;
END
$$;

-- The few SQLite functions the store's queries use, so that one query text serves both databases:
-- json_extract and ->> with a '$.key' path (or a bare key) on JSON kept as text, instr, and
-- json_group_array.
CREATE FUNCTION json_extract(document TEXT, path TEXT) RETURNS TEXT LANGUAGE sql IMMUTABLE AS $$
    SELECT CAST(document AS jsonb) #>> string_to_array(CASE WHEN path LIKE '$.%' THEN substr(path, 3) ELSE path END, '.')
$$;
CREATE OPERATOR ->> (LEFTARG = TEXT, RIGHTARG = TEXT, FUNCTION = json_extract);

CREATE FUNCTION instr(haystack TEXT, needle TEXT) RETURNS INTEGER LANGUAGE sql IMMUTABLE AS $$
    SELECT strpos(haystack, needle)
$$;

CREATE FUNCTION json_group_array_text(items anycompatiblearray) RETURNS TEXT LANGUAGE sql IMMUTABLE AS $$
    SELECT CAST(to_json(items) AS TEXT)
$$;
CREATE AGGREGATE json_group_array (anycompatible) (
    SFUNC = array_append, STYPE = anycompatiblearray, INITCOND = '{}', FINALFUNC = json_group_array_text
);

CREATE TABLE documents (
    id            BIGINT NOT NULL PRIMARY KEY DEFAULT next_id('documents'),
    content_hash  TEXT COLLATE "C" NOT NULL UNIQUE,
    name          TEXT COLLATE "C" NOT NULL,
    source        TEXT COLLATE "C" NOT NULL,
    text          TEXT COLLATE "C" NOT NULL,
    published     TEXT COLLATE "C",
    document_date TEXT COLLATE "C",
    ingested_at   TEXT COLLATE "C" NOT NULL
);

CREATE TABLE entities (
    id         BIGINT NOT NULL PRIMARY KEY DEFAULT next_id('entities'),
    type       TEXT COLLATE "C" NOT NULL,
    name       TEXT COLLATE "C" NOT NULL,
    folded_key TEXT COLLATE "C" NOT NULL,
    UNIQUE (type, folded_key)
);

CREATE TABLE facts (
    id          BIGINT NOT NULL PRIMARY KEY DEFAULT next_id('facts'),
    document_id BIGINT NOT NULL REFERENCES documents (id) DEFERRABLE,
    type        TEXT COLLATE "C" NOT NULL,
    payload     TEXT COLLATE "C" NOT NULL,
    confidence  DOUBLE PRECISION NOT NULL CHECK (confidence >= 0 AND confidence <= 1),
    summary     TEXT COLLATE "C" NOT NULL,
    search_text TEXT COLLATE "C" NOT NULL
);
CREATE INDEX facts_by_document ON facts (document_id);
CREATE INDEX facts_by_type ON facts (type, id);

CREATE TABLE fact_arguments (
    fact_id       BIGINT NOT NULL REFERENCES facts (id) DEFERRABLE,
    role          TEXT COLLATE "C" NOT NULL,
    position      BIGINT NOT NULL,
    entity_id     BIGINT NOT NULL REFERENCES entities (id) DEFERRABLE,
    mention_start BIGINT NOT NULL,
    mention_end   BIGINT NOT NULL,
    PRIMARY KEY (fact_id, role, position)
);
CREATE INDEX fact_arguments_by_entity ON fact_arguments (entity_id);

CREATE TABLE evidence (
    fact_id        BIGINT NOT NULL PRIMARY KEY REFERENCES facts (id) DEFERRABLE,
    document_id    BIGINT NOT NULL REFERENCES documents (id) DEFERRABLE,
    sentence_index BIGINT NOT NULL,
    sentence_start BIGINT NOT NULL,
    sentence_end   BIGINT NOT NULL,
    trigger_start  BIGINT NOT NULL,
    trigger_end    BIGINT NOT NULL,
    sentence       TEXT COLLATE "C" NOT NULL
);
CREATE INDEX evidence_by_document ON evidence (document_id);
