-- Copies of one story are one report, as V11 of the SQLite migrations says.
ALTER TABLE documents ADD COLUMN report TEXT COLLATE "C";
UPDATE documents SET report = content_hash;
CREATE INDEX documents_by_report ON documents (report);

CREATE TABLE document_signatures (
    document_id BIGINT NOT NULL PRIMARY KEY REFERENCES documents (id) DEFERRABLE,
    signature   TEXT COLLATE "C" NOT NULL
);

CREATE TABLE document_bands (
    bucket      BIGINT NOT NULL,
    document_id BIGINT NOT NULL REFERENCES documents (id) DEFERRABLE,
    PRIMARY KEY (bucket, document_id)
);
