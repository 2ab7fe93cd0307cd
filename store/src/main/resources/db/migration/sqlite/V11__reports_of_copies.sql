-- Copies of one story (the same wire text re-posted by several outlets, with its own first line,
-- headline or footer) are one report: they count once as a source of a fact, and the people and
-- events only they name are one person and one event. report is the content hash of the first
-- stored document of the report; a document that copies none is its own report.
ALTER TABLE documents ADD COLUMN report TEXT;
UPDATE documents SET report = content_hash;
CREATE INDEX documents_by_report ON documents (report);

-- Each document's MinHash signature (TextSignature, as Base64), and one row per band of it (a
-- hash of the band's rows and its number): a new document is compared only with the documents
-- that share a whole band with it. Documents stored before this migration have none and are
-- copies of nothing.
CREATE TABLE document_signatures (
    document_id INTEGER NOT NULL PRIMARY KEY REFERENCES documents (id),
    signature   TEXT    NOT NULL
);

CREATE TABLE document_bands (
    bucket      INTEGER NOT NULL,
    document_id INTEGER NOT NULL REFERENCES documents (id),
    PRIMARY KEY (bucket, document_id)
) WITHOUT ROWID;
