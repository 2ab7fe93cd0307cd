-- Agreements that renew, extend or upgrade an earlier one, as V12 of the SQLite migrations says.
CREATE TABLE renewal_statements (
    fact_id BIGINT NOT NULL PRIMARY KEY REFERENCES facts (id) DEFERRABLE
);

CREATE TABLE kb_fact_links (
    from_fact BIGINT NOT NULL REFERENCES kb_facts (id) DEFERRABLE,
    to_fact   BIGINT NOT NULL REFERENCES kb_facts (id) DEFERRABLE,
    kind      TEXT COLLATE "C" NOT NULL,
    PRIMARY KEY (from_fact, kind, to_fact)
);
CREATE INDEX kb_fact_links_by_target ON kb_fact_links (to_fact);

UPDATE kb_facts
SET identity_key = 'agreement|'
        || substr(identity_key, instr(substr(identity_key, 11), '|') + 11) || '|'
        || substr(identity_key, 11, instr(substr(identity_key, 11), '|') - 1) || '|'
        || COALESCE((SELECT CAST(MIN(s.year) AS TEXT) FROM statement_years s WHERE s.kb_fact_id = kb_facts.id), 'undated')
WHERE type = 'agreement';
