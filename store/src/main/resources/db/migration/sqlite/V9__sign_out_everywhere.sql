-- Signing an account out everywhere. A browser session remembers the account's session
-- generation when it signs in and stands only while the account still has it: a password change
-- or 'users revoke NAME --all' raises the number, which ends every session at once, in every
-- server process over this database, without a table of sessions.

ALTER TABLE accounts ADD COLUMN session_generation INTEGER NOT NULL DEFAULT 0;
