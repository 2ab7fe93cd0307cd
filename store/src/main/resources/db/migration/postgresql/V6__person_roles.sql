-- The titles people hold at organisations or places, as V6 of the SQLite migrations says.
CREATE TABLE kb_person_roles (
    person_key      TEXT COLLATE "C" NOT NULL,
    family          TEXT COLLATE "C" NOT NULL,
    title           TEXT COLLATE "C" NOT NULL,
    organisation_id BIGINT NOT NULL REFERENCES kb_entities (id) DEFERRABLE,
    seeker          BIGINT NOT NULL CHECK (seeker IN (0, 1)),
    PRIMARY KEY (person_key, family, title, organisation_id)
);
CREATE INDEX kb_person_roles_by_context ON kb_person_roles (family, title, seeker);
