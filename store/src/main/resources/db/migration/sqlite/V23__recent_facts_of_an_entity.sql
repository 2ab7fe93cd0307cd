-- The network reads an entity's most recently learned facts by walking this index backwards,
-- so that a hub named by a million facts costs no more than an entity named by a few hundred.
CREATE INDEX kb_fact_entities_recent ON kb_fact_entities (entity_id, kb_fact_id);
