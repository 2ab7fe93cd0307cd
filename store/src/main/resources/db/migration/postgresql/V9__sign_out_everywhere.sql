-- Signing an account out everywhere, as V9 of the SQLite migrations says.
ALTER TABLE accounts ADD COLUMN session_generation BIGINT NOT NULL DEFAULT 0;
