-- A name a person gave an entity (renaming it, or choosing the survivor's name in a merge) is
-- kept: naming entities after their most mentioned alias, after every ingest, passes it by.
ALTER TABLE kb_entities ADD COLUMN name_chosen INTEGER NOT NULL DEFAULT 0;

-- A merged entity's old address leads to its survivor; merges repoint those merged into the
-- entity they merge away (merged_into = :from), which this finds without reading every entity.
CREATE INDEX kb_entities_by_survivor ON kb_entities (merged_into) WHERE merged_into IS NOT NULL;
