-- The titles people hold at organisations or places, by the match key of the person's mention, so
-- that a person a document names only by family name ("Governor Yamamoto of Gunma Prefecture")
-- can join the one person elsewhere with that family name, title and organisation. A seeker's key
-- is private to its document ("person:yamamoto@<document>"); a holder's is a full name's.
-- organisation_id is the entity resolved when the role was read; compare it through merged_into.
CREATE TABLE kb_person_roles (
    person_key      TEXT    NOT NULL,
    family          TEXT    NOT NULL,
    title           TEXT    NOT NULL,
    organisation_id INTEGER NOT NULL REFERENCES kb_entities (id),
    seeker          INTEGER NOT NULL CHECK (seeker IN (0, 1)),
    PRIMARY KEY (person_key, family, title, organisation_id)
) WITHOUT ROWID;
CREATE INDEX kb_person_roles_by_context ON kb_person_roles (family, title, seeker);
