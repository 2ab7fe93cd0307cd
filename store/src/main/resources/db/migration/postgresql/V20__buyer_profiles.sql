-- As V20 of the SQLite migrations: buyers with their channels, categories and regions of interest.
CREATE TABLE buyer_profiles (
    id         BIGINT NOT NULL PRIMARY KEY DEFAULT next_id('buyer_profiles'),
    name       TEXT COLLATE "C" NOT NULL,
    entity_id  BIGINT REFERENCES kb_entities (id) DEFERRABLE,
    channels   TEXT COLLATE "C" NOT NULL,
    categories TEXT COLLATE "C" NOT NULL,
    regions    TEXT COLLATE "C" NOT NULL,
    source     TEXT COLLATE "C" NOT NULL CHECK (source IN ('editor', 'facts')),
    created_at TEXT COLLATE "C" NOT NULL,
    created_by TEXT COLLATE "C" NOT NULL
);
CREATE INDEX buyer_profiles_by_entity ON buyer_profiles (entity_id);
