-- What the entity page and the network read, as V5 of the SQLite migrations says. The triggers that
-- V7 drops again (kb_fact_entities_on_argument, statement_years_on_statement) are not created here:
-- ingest keeps those rows itself (ReadModel) on PostgreSQL from the start.
CREATE TABLE kb_fact_entities (
    entity_id  BIGINT NOT NULL,
    type       TEXT COLLATE "C" NOT NULL,
    kb_fact_id BIGINT NOT NULL,
    arguments  BIGINT NOT NULL,
    PRIMARY KEY (entity_id, type, kb_fact_id)
);
CREATE INDEX kb_fact_entities_by_fact ON kb_fact_entities (kb_fact_id, entity_id);

INSERT INTO kb_fact_entities (entity_id, type, kb_fact_id, arguments)
SELECT a.resolved_id, f.type, f.kb_fact_id, COUNT(*)
FROM fact_arguments a JOIN facts f ON f.id = a.fact_id
WHERE a.resolved_id IS NOT NULL AND f.kb_fact_id IS NOT NULL
GROUP BY a.resolved_id, f.type, f.kb_fact_id;

-- A merge or a split moves arguments from one entity to another.
CREATE FUNCTION kb_fact_entities_on_resolution() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE kb_fact_entities SET arguments = arguments - 1
    WHERE entity_id = OLD.resolved_id
      AND type = (SELECT type FROM facts WHERE id = OLD.fact_id)
      AND kb_fact_id = (SELECT kb_fact_id FROM facts WHERE id = OLD.fact_id);
    DELETE FROM kb_fact_entities
    WHERE entity_id = OLD.resolved_id
      AND type = (SELECT type FROM facts WHERE id = OLD.fact_id)
      AND kb_fact_id = (SELECT kb_fact_id FROM facts WHERE id = OLD.fact_id)
      AND arguments <= 0;
    INSERT INTO kb_fact_entities (entity_id, type, kb_fact_id, arguments)
    SELECT NEW.resolved_id, f.type, f.kb_fact_id, 1 FROM facts f
    WHERE f.id = NEW.fact_id AND f.kb_fact_id IS NOT NULL AND NEW.resolved_id IS NOT NULL
    ON CONFLICT (entity_id, type, kb_fact_id) DO UPDATE SET arguments = kb_fact_entities.arguments + 1;
    RETURN NULL;
END
$$;
CREATE TRIGGER kb_fact_entities_on_resolution AFTER UPDATE OF resolved_id ON fact_arguments
FOR EACH ROW EXECUTE FUNCTION kb_fact_entities_on_resolution();

-- Re-keying moves a statement, with all its arguments, to another knowledge fact.
CREATE FUNCTION kb_fact_entities_on_rekey() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE kb_fact_entities
    SET arguments = arguments - (SELECT COUNT(*) FROM fact_arguments a
                                 WHERE a.fact_id = NEW.id AND a.resolved_id = kb_fact_entities.entity_id)
    WHERE entity_id IN (SELECT resolved_id FROM fact_arguments WHERE fact_id = NEW.id)
      AND type = OLD.type AND kb_fact_id = OLD.kb_fact_id;
    DELETE FROM kb_fact_entities
    WHERE entity_id IN (SELECT resolved_id FROM fact_arguments WHERE fact_id = NEW.id)
      AND type = OLD.type AND kb_fact_id = OLD.kb_fact_id AND arguments <= 0;
    INSERT INTO kb_fact_entities (entity_id, type, kb_fact_id, arguments)
    SELECT a.resolved_id, NEW.type, NEW.kb_fact_id, COUNT(*) FROM fact_arguments a
    WHERE a.fact_id = NEW.id AND a.resolved_id IS NOT NULL AND NEW.kb_fact_id IS NOT NULL
    GROUP BY a.resolved_id
    ON CONFLICT (entity_id, type, kb_fact_id) DO UPDATE SET arguments = kb_fact_entities.arguments + excluded.arguments;
    RETURN NULL;
END
$$;
CREATE TRIGGER kb_fact_entities_on_rekey AFTER UPDATE OF kb_fact_id ON facts
FOR EACH ROW EXECUTE FUNCTION kb_fact_entities_on_rekey();

CREATE FUNCTION kb_fact_entities_on_fact_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM kb_fact_entities WHERE kb_fact_id = OLD.id;
    RETURN NULL;
END
$$;
CREATE TRIGGER kb_fact_entities_on_fact_deleted AFTER DELETE ON kb_facts
FOR EACH ROW EXECUTE FUNCTION kb_fact_entities_on_fact_deleted();

CREATE TABLE statement_years (
    fact_id    BIGINT NOT NULL PRIMARY KEY,
    kb_fact_id BIGINT,
    year       BIGINT NOT NULL
);
CREATE INDEX statement_years_by_kb_fact ON statement_years (kb_fact_id, year);

INSERT INTO statement_years (fact_id, kb_fact_id, year)
SELECT id, kb_fact_id, year FROM (
    SELECT id, kb_fact_id, CAST(NULLIF(substr(payload ->> CASE type WHEN 'relationship' THEN '$.since'
                                                              WHEN 'investment' THEN '$.as_of' ELSE '$.date' END,
                                              1, 4), '') AS BIGINT) AS year
    FROM facts WHERE type IN ('agreement', 'relationship', 'event', 'investment')) AS stated
WHERE year > 0;

CREATE FUNCTION statement_years_on_rekey() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE statement_years SET kb_fact_id = NEW.kb_fact_id WHERE fact_id = NEW.id;
    RETURN NULL;
END
$$;
CREATE TRIGGER statement_years_on_rekey AFTER UPDATE OF kb_fact_id ON facts
FOR EACH ROW EXECUTE FUNCTION statement_years_on_rekey();

CREATE INDEX facts_by_kb_fact_best ON facts (kb_fact_id, confidence DESC, id);
CREATE INDEX kb_facts_by_review_state ON kb_facts (review_state);
CREATE INDEX kb_entities_by_parent ON kb_entities (parent_id);
CREATE INDEX kb_entities_by_governs ON kb_entities (governs_id);
