-- Agreements that renew, extend or upgrade an earlier one. V12 keys an agreement by its parties,
-- kind and the year it was signed (no longer by kind and parties alone), so a renewal signed in
-- a later year is a knowledge fact of its own, linked to the agreement it renews.

-- The statements whose evidence sentence reads as a renewal, extension or upgrade ("renewed",
-- "a new MOU replacing", "for another ten years"): few rows, read when links are worked out.
CREATE TABLE renewal_statements (
    fact_id INTEGER NOT NULL PRIMARY KEY REFERENCES facts (id)
);

-- from_fact renews to_fact (kind 'renews'): worked out again from the agreements between the
-- same parties whenever one of them changes, so the links do not depend on the order of ingest.
CREATE TABLE kb_fact_links (
    from_fact INTEGER NOT NULL REFERENCES kb_facts (id),
    to_fact   INTEGER NOT NULL REFERENCES kb_facts (id),
    kind      TEXT    NOT NULL,
    PRIMARY KEY (from_fact, kind, to_fact)
);
CREATE INDEX kb_fact_links_by_target ON kb_fact_links (to_fact);

-- Agreements stored before V12 were keyed 'agreement|kind|parties'; they take the new key
-- 'agreement|parties|kind|year' with the earliest year their statements give, so documents
-- ingested from now on join them. One that merged an old and a new MOU stays merged until the
-- database is ingested afresh.
UPDATE kb_facts
SET identity_key = 'agreement|'
        || substr(identity_key, instr(substr(identity_key, 11), '|') + 11) || '|'
        || substr(identity_key, 11, instr(substr(identity_key, 11), '|') - 1) || '|'
        || COALESCE((SELECT MIN(s.year) FROM statement_years s WHERE s.kb_fact_id = kb_facts.id), 'undated')
WHERE type = 'agreement';
