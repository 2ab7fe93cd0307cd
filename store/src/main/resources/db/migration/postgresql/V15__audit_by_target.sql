-- As V15 of the SQLite migrations: a fact's review history and undo look up one target's entries.
CREATE INDEX audit_log_by_target ON audit_log (target, id);
