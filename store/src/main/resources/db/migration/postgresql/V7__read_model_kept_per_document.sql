-- As V7 of the SQLite migrations: ingest keeps kb_fact_entities and statement_years itself. The
-- two per-row triggers it drops in SQLite were never created in PostgreSQL's V5.
DROP INDEX facts_by_kb_fact;
DROP INDEX fact_arguments_by_entity;
