-- The knowledge base over the documents' own statements (V1's facts, arguments and evidence stay
-- as read): canonical entities with aliases and match keys, one knowledge fact per real
-- agreement, tie, role, event, figure or product whatever the number of documents that report
-- it, review states and an audit log of what people changed.

-- One row per real thing. name is chosen from the aliases (most mentioned, then longest), so it
-- does not depend on the order documents arrive in. level, parent_id: the place hierarchy from
-- the reference data; governs_id: the place a government governs. merged_into: an entity merged
-- away (by the resolver or by hand) points at the survivor. curated: merged or split by hand,
-- so the resolver never merges it on its own any more.
CREATE TABLE kb_entities (
    id          INTEGER NOT NULL PRIMARY KEY,
    type        TEXT    NOT NULL,
    name        TEXT    NOT NULL,
    level       TEXT,
    parent_id   INTEGER REFERENCES kb_entities (id),
    governs_id  INTEGER REFERENCES kb_entities (id),
    merged_into INTEGER REFERENCES kb_entities (id),
    curated     INTEGER NOT NULL DEFAULT 0
);

-- The keys mentions are matched on ("org:jetro", "person:ichita yamamoto", "place:da nang"):
-- each key belongs to one entity.
CREATE TABLE kb_entity_keys (
    match_key TEXT    NOT NULL PRIMARY KEY,
    entity_id INTEGER NOT NULL REFERENCES kb_entities (id)
);
CREATE INDEX kb_entity_keys_by_entity ON kb_entity_keys (entity_id);

-- Every name an entity was mentioned by, with how often.
CREATE TABLE kb_aliases (
    entity_id INTEGER NOT NULL REFERENCES kb_entities (id),
    folded    TEXT    NOT NULL,
    name      TEXT    NOT NULL,
    mentions  INTEGER NOT NULL,
    PRIMARY KEY (entity_id, folded)
);

-- identity_key says which real fact a statement reports (an agreement's kind and parties...);
-- review_state is proposed until a person accepts, rejects or edits it; edits holds the edited
-- fields as JSON, applied over what the documents say; confidence combines the documents'.
CREATE TABLE kb_facts (
    id           INTEGER NOT NULL PRIMARY KEY,
    type         TEXT    NOT NULL,
    identity_key TEXT    NOT NULL UNIQUE,
    review_state TEXT    NOT NULL DEFAULT 'proposed',
    edits        TEXT,
    confidence   REAL    NOT NULL CHECK (confidence >= 0 AND confidence <= 1),
    sources      INTEGER NOT NULL,
    first_seen   TEXT,
    last_seen    TEXT
);
CREATE INDEX kb_facts_by_type ON kb_facts (type, id);

ALTER TABLE facts ADD COLUMN kb_fact_id INTEGER REFERENCES kb_facts (id);
CREATE INDEX facts_by_kb_fact ON facts (kb_fact_id);

ALTER TABLE fact_arguments ADD COLUMN resolved_id INTEGER REFERENCES kb_entities (id);
CREATE INDEX fact_arguments_by_resolved ON fact_arguments (resolved_id);

-- Who changed what, when: the operation as JSON, and the state before and after it.
CREATE TABLE audit_log (
    id        INTEGER NOT NULL PRIMARY KEY,
    at        TEXT    NOT NULL,
    user_name TEXT    NOT NULL,
    operation TEXT    NOT NULL,
    target    TEXT    NOT NULL,
    before    TEXT,
    after     TEXT
);
