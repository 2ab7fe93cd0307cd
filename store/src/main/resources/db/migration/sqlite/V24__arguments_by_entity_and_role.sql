-- An entity's agreements are found by its role in them. With the role in the index, a country
-- named by hundreds of thousands of investment figures and party to no agreement is answered
-- at once instead of after reading every one of its arguments; lookups by entity alone use the
-- same index's first column.
CREATE INDEX fact_arguments_by_resolved_role ON fact_arguments (resolved_id, role, fact_id);
DROP INDEX fact_arguments_by_resolved;
