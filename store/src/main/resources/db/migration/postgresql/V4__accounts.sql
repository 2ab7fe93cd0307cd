-- Local accounts and API tokens, as V4 of the SQLite migrations says. Names are unique whatever
-- their case: SQLite's COLLATE NOCASE is a case-insensitive ICU collation here, under which
-- "name = :name" matches whatever the case, as it does in SQLite.
CREATE COLLATION account_name_nocase (provider = icu, locale = 'und-u-ks-level2', deterministic = false);

CREATE TABLE accounts (
    id            BIGINT NOT NULL PRIMARY KEY DEFAULT next_id('accounts'),
    name          TEXT COLLATE account_name_nocase NOT NULL UNIQUE,
    role          TEXT COLLATE "C" NOT NULL CHECK (role IN ('viewer', 'editor', 'admin')),
    password_hash TEXT COLLATE "C" NOT NULL,
    created_at    TEXT COLLATE "C" NOT NULL
);

CREATE TABLE api_tokens (
    id         BIGINT NOT NULL PRIMARY KEY DEFAULT next_id('api_tokens'),
    account_id BIGINT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE DEFERRABLE,
    token_hash TEXT COLLATE "C" NOT NULL UNIQUE,
    created_at TEXT COLLATE "C" NOT NULL
);
CREATE INDEX api_tokens_by_account ON api_tokens (account_id);
