"""Comments: the thread of notes between checker and lead on one claim."""

from __future__ import annotations

import uuid

from sqlite_utils import Database

from factdesk.core.errors import RequestError
from factdesk.core.model import Claim, Comment
from factdesk.core.store.history import Action
from factdesk.core.store.rows import chunks, marks

COLUMNS = ("id", "claim_id", "author", "body", "created_at", "withdrawn")


def _comment(row: tuple) -> Comment:
    values = dict(zip(COLUMNS, row))
    values["withdrawn"] = bool(values["withdrawn"])
    return Comment(**values)


def add(db: Database, act: Action, claim: Claim, body: str) -> Comment:
    """Store a comment on a claim and record it; return it."""
    comment_id = str(uuid.uuid4())
    db.execute("INSERT INTO comments(id, claim_id, author, body, created_at, hlc, updated_hlc) "
               "VALUES (?, ?, ?, ?, ?, ?, ?)", [comment_id, claim.id, act.by, body, act.at, act.hlc, act.hlc])
    act.record("comment", comment_id, "body", None, body, claim.article_id, claim.id)
    return Comment(comment_id, claim.id, act.by, body, act.at)


def set_withdrawn(db: Database, act: Action, comment: Comment, article_id: str, withdrawn: bool) -> Comment:
    """Withdraw a comment or bring it back; recorded."""
    db.execute("UPDATE comments SET withdrawn = ?, updated_hlc = ? WHERE id = ?",
               [int(withdrawn), act.hlc, comment.id])
    act.record("comment", comment.id, "withdrawn", int(comment.withdrawn), int(withdrawn), article_id,
               comment.claim_id)
    return Comment(comment.id, comment.claim_id, comment.author, comment.body, comment.created_at, withdrawn)


def get(db: Database, comment_id: str) -> Comment:
    """The comment with this id."""
    row = db.execute(f"SELECT {', '.join(COLUMNS)} FROM comments WHERE id = ?", [comment_id]).fetchone()
    if row is None:
        raise RequestError(f"no comment with id '{comment_id}' on this desk", "not_found", id=comment_id)
    return _comment(row)


def for_claim(db: Database, claim_id: str, include_withdrawn: bool = False) -> list[Comment]:
    """The claim's comments, oldest first."""
    where = "" if include_withdrawn else " AND withdrawn = 0"
    sql = f"SELECT {', '.join(COLUMNS)} FROM comments WHERE claim_id = ?{where} ORDER BY created_at, hlc"
    return [_comment(r) for r in db.execute(sql, [claim_id]).fetchall()]


def counts(db: Database, claim_ids: list[str]) -> dict[str, int]:
    """How many standing comments each of these claims has (claims without any left out)."""
    out: dict[str, int] = {}
    for chunk in chunks(claim_ids):
        sql = (f"SELECT claim_id, count(*) FROM comments WHERE withdrawn = 0 AND claim_id IN "
               f"({marks(len(chunk))}) GROUP BY claim_id")
        out.update(dict(db.execute(sql, chunk).fetchall()))
    return out

