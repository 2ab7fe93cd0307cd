-- Who published each document: its headline, the outlet (site, paper or agency), the address it
-- was published at and its language (ISO 639-1), as far as the file or its text says. NULL when it
-- does not; the publication date already has its column (published). Old documents keep NULLs
-- until they are ingested again from files that say more.

ALTER TABLE documents ADD COLUMN title TEXT;
ALTER TABLE documents ADD COLUMN outlet TEXT;
ALTER TABLE documents ADD COLUMN url TEXT;
ALTER TABLE documents ADD COLUMN language TEXT;
