-- Watchlists: what a signed-in account follows (an entity, a sector as the facts name it, or a
-- saved search), and when it last looked at what is new there. target is the entity's id, the
-- sector's words or the search's address (/search?q=...); label is what the account saw when it
-- followed it. last_visit starts at the moment of following: nothing is new before then.
CREATE TABLE watchlists (
    id         INTEGER NOT NULL PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    kind       TEXT    NOT NULL CHECK (kind IN ('entity', 'sector', 'search')),
    target     TEXT    NOT NULL,
    label      TEXT    NOT NULL,
    created_at TEXT    NOT NULL,
    last_visit TEXT    NOT NULL,
    UNIQUE (account_id, kind, target)
);

-- One feed token per account, for feed readers, which cannot sign in: token_hash is its SHA-256,
-- the token itself is shown once when made. Making a new one replaces it; deleting the row
-- revokes it.
CREATE TABLE feed_tokens (
    account_id INTEGER NOT NULL PRIMARY KEY REFERENCES accounts (id) ON DELETE CASCADE,
    token_hash TEXT    NOT NULL UNIQUE,
    created_at TEXT    NOT NULL
);

-- What is new in a sector is read from the documents ingested since a moment: newest first.
CREATE INDEX documents_by_ingest ON documents (ingested_at);
