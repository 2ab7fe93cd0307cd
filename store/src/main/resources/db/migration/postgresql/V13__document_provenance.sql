-- Who published each document, as V13 of the SQLite migrations says.
ALTER TABLE documents ADD COLUMN title TEXT COLLATE "C";
ALTER TABLE documents ADD COLUMN outlet TEXT COLLATE "C";
ALTER TABLE documents ADD COLUMN url TEXT COLLATE "C";
ALTER TABLE documents ADD COLUMN language TEXT COLLATE "C";
