-- The knowledge base over the documents' own statements, as V2 of the SQLite migrations says it.
-- Foreign keys are DEFERRABLE so that 'db copy' can insert rows that refer to later ones.
CREATE TABLE kb_entities (
    id          BIGINT NOT NULL PRIMARY KEY DEFAULT next_id('kb_entities'),
    type        TEXT COLLATE "C" NOT NULL,
    name        TEXT COLLATE "C" NOT NULL,
    level       TEXT COLLATE "C",
    parent_id   BIGINT REFERENCES kb_entities (id) DEFERRABLE,
    governs_id  BIGINT REFERENCES kb_entities (id) DEFERRABLE,
    merged_into BIGINT REFERENCES kb_entities (id) DEFERRABLE,
    curated     BIGINT NOT NULL DEFAULT 0
);

CREATE TABLE kb_entity_keys (
    match_key TEXT COLLATE "C" NOT NULL PRIMARY KEY,
    entity_id BIGINT NOT NULL REFERENCES kb_entities (id) DEFERRABLE
);
CREATE INDEX kb_entity_keys_by_entity ON kb_entity_keys (entity_id);

CREATE TABLE kb_aliases (
    entity_id BIGINT NOT NULL REFERENCES kb_entities (id) DEFERRABLE,
    folded    TEXT COLLATE "C" NOT NULL,
    name      TEXT COLLATE "C" NOT NULL,
    mentions  BIGINT NOT NULL,
    PRIMARY KEY (entity_id, folded)
);

CREATE TABLE kb_facts (
    id           BIGINT NOT NULL PRIMARY KEY DEFAULT next_id('kb_facts'),
    type         TEXT COLLATE "C" NOT NULL,
    identity_key TEXT COLLATE "C" NOT NULL UNIQUE,
    review_state TEXT COLLATE "C" NOT NULL DEFAULT 'proposed',
    edits        TEXT COLLATE "C",
    confidence   DOUBLE PRECISION NOT NULL CHECK (confidence >= 0 AND confidence <= 1),
    sources      BIGINT NOT NULL,
    first_seen   TEXT COLLATE "C",
    last_seen    TEXT COLLATE "C"
);
CREATE INDEX kb_facts_by_type ON kb_facts (type, id);

ALTER TABLE facts ADD COLUMN kb_fact_id BIGINT REFERENCES kb_facts (id) DEFERRABLE;
CREATE INDEX facts_by_kb_fact ON facts (kb_fact_id);

ALTER TABLE fact_arguments ADD COLUMN resolved_id BIGINT REFERENCES kb_entities (id) DEFERRABLE;
CREATE INDEX fact_arguments_by_resolved ON fact_arguments (resolved_id);

CREATE TABLE audit_log (
    id        BIGINT NOT NULL PRIMARY KEY DEFAULT next_id('audit_log'),
    at        TEXT COLLATE "C" NOT NULL,
    user_name TEXT COLLATE "C" NOT NULL,
    operation TEXT COLLATE "C" NOT NULL,
    target    TEXT COLLATE "C" NOT NULL,
    before    TEXT COLLATE "C",
    after     TEXT COLLATE "C"
);
