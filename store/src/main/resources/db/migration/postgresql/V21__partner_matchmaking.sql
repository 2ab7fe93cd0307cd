-- As V21 of the SQLite migrations: interests the articles state, editors' additions and removals,
-- and the ties editors proposed from partner suggestions.
CREATE TABLE interest_statements (
    id          BIGINT NOT NULL PRIMARY KEY DEFAULT next_id('interest_statements'),
    entity_id   BIGINT NOT NULL REFERENCES kb_entities (id) DEFERRABLE,
    kind        TEXT COLLATE "C" NOT NULL CHECK (kind IN ('sector', 'region')),
    value       TEXT COLLATE "C" NOT NULL,
    document_id BIGINT NOT NULL REFERENCES documents (id) DEFERRABLE,
    sentence    TEXT COLLATE "C" NOT NULL
);
CREATE INDEX interest_statements_by_entity ON interest_statements (entity_id);

CREATE TABLE interest_edits (
    entity_id  BIGINT NOT NULL REFERENCES kb_entities (id) DEFERRABLE,
    kind       TEXT COLLATE "C" NOT NULL CHECK (kind IN ('sector', 'region')),
    value      TEXT COLLATE "C" NOT NULL,
    label      TEXT COLLATE "C" NOT NULL,
    present    INTEGER NOT NULL CHECK (present IN (0, 1)),
    changed_at TEXT COLLATE "C" NOT NULL,
    changed_by TEXT COLLATE "C" NOT NULL,
    PRIMARY KEY (entity_id, kind, value)
);

CREATE TABLE proposed_ties (
    id          BIGINT NOT NULL PRIMARY KEY DEFAULT next_id('proposed_ties'),
    entity_a    BIGINT NOT NULL REFERENCES kb_entities (id) DEFERRABLE,
    entity_b    BIGINT NOT NULL REFERENCES kb_entities (id) DEFERRABLE,
    reasons     TEXT COLLATE "C" NOT NULL,
    proposed_at TEXT COLLATE "C" NOT NULL,
    proposed_by TEXT COLLATE "C" NOT NULL,
    CHECK (entity_a < entity_b),
    UNIQUE (entity_a, entity_b)
);
CREATE INDEX proposed_ties_by_b ON proposed_ties (entity_b);
