-- Partner matchmaking: what places and organisations say they are interested in, what editors add
-- or remove by hand, and the ties editors propose from the suggestions.

-- Interests the articles state ("Toyama is interested in aquaculture and robotics"): one row per
-- sector or partner region, with the document and the sentence that state it. value is as the
-- text gives it; matching folds it.
CREATE TABLE interest_statements (
    id          INTEGER NOT NULL PRIMARY KEY,
    entity_id   INTEGER NOT NULL REFERENCES kb_entities (id),
    kind        TEXT    NOT NULL CHECK (kind IN ('sector', 'region')),
    value       TEXT    NOT NULL,
    document_id INTEGER NOT NULL REFERENCES documents (id),
    sentence    TEXT    NOT NULL
);
CREATE INDEX interest_statements_by_entity ON interest_statements (entity_id);

-- An editor's word on one interest of an entity, by its folded value: added (present = 1) or
-- taken off the profile (present = 0) whatever the articles and facts say.
CREATE TABLE interest_edits (
    entity_id  INTEGER NOT NULL REFERENCES kb_entities (id),
    kind       TEXT    NOT NULL CHECK (kind IN ('sector', 'region')),
    value      TEXT    NOT NULL,
    label      TEXT    NOT NULL,
    present    INTEGER NOT NULL CHECK (present IN (0, 1)),
    changed_at TEXT    NOT NULL,
    changed_by TEXT    NOT NULL,
    PRIMARY KEY (entity_id, kind, value)
);

-- Ties an editor proposed by accepting a partner suggestion: entered by a person, read from no
-- article. entity_a has the lower id; reasons is the suggestion's explanation when accepted.
CREATE TABLE proposed_ties (
    id          INTEGER NOT NULL PRIMARY KEY,
    entity_a    INTEGER NOT NULL REFERENCES kb_entities (id),
    entity_b    INTEGER NOT NULL REFERENCES kb_entities (id),
    reasons     TEXT    NOT NULL,
    proposed_at TEXT    NOT NULL,
    proposed_by TEXT    NOT NULL,
    CHECK (entity_a < entity_b),
    UNIQUE (entity_a, entity_b)
);
CREATE INDEX proposed_ties_by_b ON proposed_ties (entity_b);
