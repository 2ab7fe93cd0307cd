-- As V14 of the SQLite migrations: a name a person gave an entity is kept, and a merged entity's
-- old address finds its survivor through an index on merged_into.
ALTER TABLE kb_entities ADD COLUMN name_chosen BIGINT NOT NULL DEFAULT 0;

CREATE INDEX kb_entities_by_survivor ON kb_entities (merged_into) WHERE merged_into IS NOT NULL;
