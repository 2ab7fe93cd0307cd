-- What the entity page and the network read, so that they cost index seeks instead of scans of
-- every statement an entity appears in (Japan may be named by thousands of statements of a few
-- dozen knowledge facts).

-- Which canonical entities each knowledge fact names. arguments counts the statements' argument
-- rows behind the pair, so that triggers can keep the table in step with ingest, merges, splits
-- and re-keying one row at a time; a pair whose count falls to 0 is gone.
CREATE TABLE kb_fact_entities (
    entity_id  INTEGER NOT NULL,
    type       TEXT    NOT NULL,
    kb_fact_id INTEGER NOT NULL,
    arguments  INTEGER NOT NULL,
    PRIMARY KEY (entity_id, type, kb_fact_id)
) WITHOUT ROWID;
CREATE INDEX kb_fact_entities_by_fact ON kb_fact_entities (kb_fact_id, entity_id);

INSERT INTO kb_fact_entities (entity_id, type, kb_fact_id, arguments)
SELECT a.resolved_id, f.type, f.kb_fact_id, COUNT(*)
FROM fact_arguments a JOIN facts f ON f.id = a.fact_id
WHERE a.resolved_id IS NOT NULL AND f.kb_fact_id IS NOT NULL
GROUP BY a.resolved_id, f.type, f.kb_fact_id;

-- Ingest inserts a statement's facts row before its arguments.
CREATE TRIGGER kb_fact_entities_on_argument AFTER INSERT ON fact_arguments
WHEN NEW.resolved_id IS NOT NULL
BEGIN
    INSERT INTO kb_fact_entities (entity_id, type, kb_fact_id, arguments)
    SELECT NEW.resolved_id, f.type, f.kb_fact_id, 1 FROM facts f WHERE f.id = NEW.fact_id AND f.kb_fact_id IS NOT NULL
    ON CONFLICT (entity_id, type, kb_fact_id) DO UPDATE SET arguments = arguments + 1;
END;

-- A merge or a split moves arguments from one entity to another.
CREATE TRIGGER kb_fact_entities_on_resolution AFTER UPDATE OF resolved_id ON fact_arguments
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
    ON CONFLICT (entity_id, type, kb_fact_id) DO UPDATE SET arguments = arguments + 1;
END;

-- Re-keying moves a statement, with all its arguments, to another knowledge fact.
CREATE TRIGGER kb_fact_entities_on_rekey AFTER UPDATE OF kb_fact_id ON facts
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
    ON CONFLICT (entity_id, type, kb_fact_id) DO UPDATE SET arguments = arguments + excluded.arguments;
END;

CREATE TRIGGER kb_fact_entities_on_fact_deleted AFTER DELETE ON kb_facts
BEGIN
    DELETE FROM kb_fact_entities WHERE kb_fact_id = OLD.id;
END;

-- The year each statement gives for its fact (an agreement's date, a tie's "since", an event's
-- date, an investment's "as of"), for the network's year filter and the timelines: an index finds
-- the earliest year of a knowledge fact without reading its statements' JSON. Statements that give
-- no year have no row.
CREATE TABLE statement_years (
    fact_id    INTEGER NOT NULL PRIMARY KEY,
    kb_fact_id INTEGER,
    year       INTEGER NOT NULL
);
CREATE INDEX statement_years_by_kb_fact ON statement_years (kb_fact_id, year);

INSERT INTO statement_years (fact_id, kb_fact_id, year)
SELECT id, kb_fact_id, year FROM (
    SELECT id, kb_fact_id, CAST(substr(payload ->> CASE type WHEN 'relationship' THEN '$.since'
                                                          WHEN 'investment' THEN '$.as_of' ELSE '$.date' END,
                                       1, 4) AS INTEGER) AS year
    FROM facts WHERE type IN ('agreement', 'relationship', 'event', 'investment'))
WHERE year > 0;

-- One JSON lookup, and none for the kinds of fact that state no year: this runs for every statement ingested.
CREATE TRIGGER statement_years_on_statement AFTER INSERT ON facts
WHEN NEW.type IN ('agreement', 'relationship', 'event', 'investment')
BEGIN
    INSERT INTO statement_years (fact_id, kb_fact_id, year)
    SELECT NEW.id, NEW.kb_fact_id, year FROM (
        SELECT CAST(substr(NEW.payload ->> CASE NEW.type WHEN 'relationship' THEN '$.since'
                                                         WHEN 'investment' THEN '$.as_of' ELSE '$.date' END,
                           1, 4) AS INTEGER) AS year)
    WHERE year > 0;
END;

CREATE TRIGGER statement_years_on_rekey AFTER UPDATE OF kb_fact_id ON facts
BEGIN
    UPDATE statement_years SET kb_fact_id = NEW.kb_fact_id WHERE fact_id = NEW.id;
END;

-- The statement a list shows for a knowledge fact: the most confident, the first stored on ties.
CREATE INDEX facts_by_kb_fact_best ON facts (kb_fact_id, confidence DESC, id);

-- Lists leave rejected facts out: there are few, and this finds them without reading every fact.
CREATE INDEX kb_facts_by_review_state ON kb_facts (review_state);

-- An entity's profile lists the places within it and the bodies that govern it.
CREATE INDEX kb_entities_by_parent ON kb_entities (parent_id);
CREATE INDEX kb_entities_by_governs ON kb_entities (governs_id);
