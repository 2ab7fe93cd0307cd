-- Buyers a product line may be matched with: a name, the organisation it is when known, the sales
-- channels it buys through (codes, comma-separated), the categories of goods it wants and the
-- places it buys from (one per line, as the editor wrote them). source says whether an editor
-- wrote it or added it from what the facts say of an organisation.
CREATE TABLE buyer_profiles (
    id         INTEGER NOT NULL PRIMARY KEY,
    name       TEXT    NOT NULL,
    entity_id  INTEGER REFERENCES kb_entities (id),
    channels   TEXT    NOT NULL,
    categories TEXT    NOT NULL,
    regions    TEXT    NOT NULL,
    source     TEXT    NOT NULL CHECK (source IN ('editor', 'facts')),
    created_at TEXT    NOT NULL,
    created_by TEXT    NOT NULL
);
CREATE INDEX buyer_profiles_by_entity ON buyer_profiles (entity_id);
