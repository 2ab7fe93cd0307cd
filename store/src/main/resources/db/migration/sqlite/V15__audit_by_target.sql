-- A fact's review history and the check that nothing later depends on a decision before undoing
-- it both look up the audit entries of one target.
CREATE INDEX audit_log_by_target ON audit_log (target, id);
