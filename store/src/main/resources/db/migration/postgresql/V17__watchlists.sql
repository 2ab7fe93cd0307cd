-- As V17 of the SQLite migrations: what a signed-in account follows and when it last looked, and
-- one feed token digest per account for feed readers.
CREATE TABLE watchlists (
    id         BIGINT NOT NULL PRIMARY KEY DEFAULT next_id('watchlists'),
    account_id BIGINT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE DEFERRABLE,
    kind       TEXT COLLATE "C" NOT NULL CHECK (kind IN ('entity', 'sector', 'search')),
    target     TEXT COLLATE "C" NOT NULL,
    label      TEXT COLLATE "C" NOT NULL,
    created_at TEXT COLLATE "C" NOT NULL,
    last_visit TEXT COLLATE "C" NOT NULL,
    UNIQUE (account_id, kind, target)
);

CREATE TABLE feed_tokens (
    account_id BIGINT NOT NULL PRIMARY KEY REFERENCES accounts (id) ON DELETE CASCADE DEFERRABLE,
    token_hash TEXT COLLATE "C" NOT NULL UNIQUE,
    created_at TEXT COLLATE "C" NOT NULL
);

CREATE INDEX documents_by_ingest ON documents (ingested_at);

-- SQLite's json_each over an array at a '$.key' path, as the sector queries use it: one row per
-- element, its text in value.
CREATE FUNCTION json_each(document TEXT, path TEXT) RETURNS TABLE (value TEXT) LANGUAGE sql IMMUTABLE AS $$
    SELECT jsonb_array_elements_text(CAST(document AS jsonb) #> string_to_array(CASE WHEN path LIKE '$.%' THEN substr(path, 3) ELSE path END, '.'))
$$;
