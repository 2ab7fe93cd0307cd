-- Ingest keeps kb_fact_entities and statement_years itself, with one statement per document
-- (ReadModel), rather than by triggers that ran once for every statement and every argument
-- row: nearly every argument row only added 1 to a pair's count, and the triggers took about a
-- quarter of the time of storing a document. Merges, splits and re-keying still go through the
-- triggers V5 keeps for them.
DROP TRIGGER kb_fact_entities_on_argument;
DROP TRIGGER statement_years_on_statement;

-- facts_by_kb_fact_best (kb_fact_id, confidence DESC, id) answers every lookup by knowledge fact
-- this index did, and each index costs every statement stored.
DROP INDEX facts_by_kb_fact;

-- No query looks arguments up by the entity of the document's own reading (entity_id): pages,
-- merges and splits go by resolved_id. Every argument row stored paid for this index.
DROP INDEX fact_arguments_by_entity;
