-- As V19 of the SQLite migrations: what editors say of an agreement's commitments (by folded
-- text; "planned" when no row) and which agreements they say were cancelled.
CREATE TABLE commitment_states (
    kb_fact_id BIGINT NOT NULL REFERENCES kb_facts (id) DEFERRABLE,
    commitment TEXT COLLATE "C" NOT NULL,
    status     TEXT COLLATE "C" NOT NULL CHECK (status IN ('planned', 'in_progress', 'done', 'lapsed')),
    changed_at TEXT COLLATE "C" NOT NULL,
    changed_by TEXT COLLATE "C" NOT NULL,
    PRIMARY KEY (kb_fact_id, commitment)
);

CREATE TABLE agreement_cancellations (
    kb_fact_id   BIGINT NOT NULL PRIMARY KEY REFERENCES kb_facts (id) DEFERRABLE,
    cancelled_at TEXT COLLATE "C" NOT NULL,
    cancelled_by TEXT COLLATE "C" NOT NULL
);
