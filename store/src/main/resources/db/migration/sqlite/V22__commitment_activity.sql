-- What an editor says of a later fact suggested as carrying out a commitment: confirmed (it counts
-- as the commitment's activity) or dismissed (it is not). A suggestion with no row is only suggested.
CREATE TABLE commitment_activity (
    kb_fact_id  INTEGER NOT NULL REFERENCES kb_facts (id),
    commitment  TEXT    NOT NULL,
    activity_id INTEGER NOT NULL REFERENCES kb_facts (id),
    decision    TEXT    NOT NULL CHECK (decision IN ('confirmed', 'dismissed')),
    decided_at  TEXT    NOT NULL,
    decided_by  TEXT    NOT NULL,
    PRIMARY KEY (kb_fact_id, commitment, activity_id)
);
CREATE INDEX commitment_activity_by_activity ON commitment_activity (activity_id);

-- The day an agreement was cancelled, as the editor gives it, and why; both may be unknown.
ALTER TABLE agreement_cancellations ADD COLUMN cancelled_on TEXT;
ALTER TABLE agreement_cancellations ADD COLUMN reason TEXT;
