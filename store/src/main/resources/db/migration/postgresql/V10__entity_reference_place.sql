-- The reference place an entity is, as V10 of the SQLite migrations says.
ALTER TABLE kb_entities ADD COLUMN reference_id TEXT COLLATE "C";
