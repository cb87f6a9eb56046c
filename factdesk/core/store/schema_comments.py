"""Schema of the comment thread per claim: checker and lead talk beside the claim, not in its rationale.

A comment is written once; its author may withdraw it (and bring it back:
undo and redo), which is a change of `withdrawn` recorded in the history and
stamped with `updated_hlc`, so the newer state wins when bundles merge.
"""

COMMENTS = """
CREATE TABLE comments (
    rid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    claim_id TEXT NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
    author TEXT NOT NULL,
    body TEXT NOT NULL,
    created_at TEXT NOT NULL,
    hlc TEXT NOT NULL,
    withdrawn INTEGER NOT NULL DEFAULT 0 CHECK (withdrawn IN (0, 1)),
    updated_hlc TEXT NOT NULL
);
CREATE INDEX comments_claim ON comments(claim_id, created_at);
"""
