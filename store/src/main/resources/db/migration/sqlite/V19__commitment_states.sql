-- What an editor says of an agreement's commitments: in progress, done or lapsed ("planned" when
-- no row). A commitment is named by its folded text, which stays the same when a better report
-- of the agreement becomes the fact's best one.
CREATE TABLE commitment_states (
    kb_fact_id INTEGER NOT NULL REFERENCES kb_facts (id),
    commitment TEXT    NOT NULL,
    status     TEXT    NOT NULL CHECK (status IN ('planned', 'in_progress', 'done', 'lapsed')),
    changed_at TEXT    NOT NULL,
    changed_by TEXT    NOT NULL,
    PRIMARY KEY (kb_fact_id, commitment)
);

-- Agreements an editor says were cancelled, with when and by whom.
CREATE TABLE agreement_cancellations (
    kb_fact_id   INTEGER NOT NULL PRIMARY KEY REFERENCES kb_facts (id),
    cancelled_at TEXT    NOT NULL,
    cancelled_by TEXT    NOT NULL
);
