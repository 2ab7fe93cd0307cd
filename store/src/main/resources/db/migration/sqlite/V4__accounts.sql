-- Local accounts and API tokens. Names are unique whatever their case. password_hash is an
-- Argon2id hash in the PHC string form ("$argon2id$v=19$m=...,t=...,p=...$salt$hash"): each
-- hash carries its own salt and parameters, so stronger parameters apply to new passwords
-- without invalidating old ones. token_hash is the SHA-256 of a token: the token itself is
-- shown once when issued and never stored.

CREATE TABLE accounts (
    id            INTEGER NOT NULL PRIMARY KEY,
    name          TEXT    NOT NULL UNIQUE COLLATE NOCASE,
    role          TEXT    NOT NULL CHECK (role IN ('viewer', 'editor', 'admin')),
    password_hash TEXT    NOT NULL,
    created_at    TEXT    NOT NULL
);

CREATE TABLE api_tokens (
    id         INTEGER NOT NULL PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    token_hash TEXT    NOT NULL UNIQUE,
    created_at TEXT    NOT NULL
);
CREATE INDEX api_tokens_by_account ON api_tokens (account_id);
