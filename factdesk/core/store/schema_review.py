"""Schema of the review workflow's later steps: undoable reviews with a recorded override.

A review is never changed or deleted: undoing one is a review of its own
(decision 'withdraw', `withdraws` naming the review it takes back), and a
lead who approves against the four-eyes rule leaves the reason in
`override`. SQLite cannot widen a CHECK constraint in place, so the reviews
table is rebuilt with its rows.
"""

REVIEWS_WITHDRAW = """
CREATE TABLE reviews_v2 (
    id TEXT PRIMARY KEY,
    claim_id TEXT NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
    decision TEXT NOT NULL CHECK (decision IN ('approve', 'return', 'reopen', 'withdraw')),
    reviewer TEXT NOT NULL,
    comment TEXT,
    created_at TEXT NOT NULL,
    hlc TEXT NOT NULL,
    withdraws TEXT,
    override TEXT
);
INSERT INTO reviews_v2(id, claim_id, decision, reviewer, comment, created_at, hlc)
    SELECT id, claim_id, decision, reviewer, comment, created_at, hlc FROM reviews;
DROP TABLE reviews;
ALTER TABLE reviews_v2 RENAME TO reviews;
CREATE INDEX reviews_claim ON reviews(claim_id, created_at);
CREATE INDEX reviews_withdraws ON reviews(withdraws) WHERE withdraws IS NOT NULL;
"""
