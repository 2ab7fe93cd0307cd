-- As V22 of the SQLite migrations: editors' decisions on the later facts suggested as carrying out
-- a commitment, and the day and reason of an agreement's cancellation.
CREATE TABLE commitment_activity (
    kb_fact_id  BIGINT NOT NULL REFERENCES kb_facts (id) DEFERRABLE,
    commitment  TEXT COLLATE "C" NOT NULL,
    activity_id BIGINT NOT NULL REFERENCES kb_facts (id) DEFERRABLE,
    decision    TEXT COLLATE "C" NOT NULL CHECK (decision IN ('confirmed', 'dismissed')),
    decided_at  TEXT COLLATE "C" NOT NULL,
    decided_by  TEXT COLLATE "C" NOT NULL,
    PRIMARY KEY (kb_fact_id, commitment, activity_id)
);
CREATE INDEX commitment_activity_by_activity ON commitment_activity (activity_id);

ALTER TABLE agreement_cancellations ADD COLUMN cancelled_on TEXT COLLATE "C";
ALTER TABLE agreement_cancellations ADD COLUMN reason TEXT COLLATE "C";
