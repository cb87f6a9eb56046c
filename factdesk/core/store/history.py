"""The append-only history: one row per changed field of every user action.

An `Action` is one user action: one write transaction, one author, one time
and one HLC shared by all the rows it records.
"""

from __future__ import annotations

import datetime as dt
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, Iterator

from sqlite_utils import Database

from factdesk.core.errors import InputError
from factdesk.core.store import clock
from factdesk.core.store.connection import write_transaction
from factdesk.core.store.rows import chunks, marks


def now_iso() -> str:
    """The current UTC time as ISO 8601 with milliseconds, e.g. 2026-11-24T23:45:01.123Z."""
    return dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"


@dataclass(slots=True)
class HistoryEntry:
    """One recorded change: who changed which field of which entity, from what to what, when."""

    id: int
    at: str
    by: str
    entity: str
    entity_id: str
    field: str | None
    old: Any
    new: Any
    hlc: str
    desk_id: str
    article_id: str | None = None

    def to_json(self) -> dict[str, Any]:
        """The entry as `history --format json` prints it."""
        return {"id": self.id, "at": self.at, "by": self.by, "entity": self.entity,
                "entity_id": self.entity_id, "field": self.field, "old": self.old,
                "new": self.new, "hlc": self.hlc, "desk_id": self.desk_id}


class Action:
    """One user action in progress: records history rows sharing its author, time and HLC."""

    def __init__(self, db: Database, desk_id: str, by: str):
        self.db, self.desk_id, self.by = db, desk_id, by
        self.at = now_iso()
        self.hlc = clock.tick(db, desk_id)
        self._rows: list[tuple] = []

    def record(self, entity: str, entity_id: str, field: str | None, old: Any, new: Any,
               article_id: str | None = None, claim_id: str | None = None) -> None:
        """Queue a history row; all are written when the action ends."""
        self._rows.append((self.at, self.by, entity, entity_id, article_id, claim_id, field,
                           old, new, self.hlc, self.desk_id))

    def flush(self) -> None:
        """Write the queued history rows."""
        if self._rows:
            self.db.conn.executemany(
                "INSERT INTO history(at, by, entity, entity_id, article_id, claim_id, field, old, new, "
                "hlc, desk_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", self._rows)
            self._rows.clear()


def check_by(by: str | None) -> str:
    """Every change names its author; refuse an empty name."""
    name = (by or "").strip()
    if not name:
        raise InputError("say who makes the change (--by NAME)")
    if "\n" in name or len(name) > 200:
        raise InputError("the name given with --by must be one short line")
    return name


@contextmanager
def action(db: Database, desk_id: str, by: str) -> Iterator[Action]:
    """Run one user action as one write transaction that records its history."""
    name = check_by(by)
    with write_transaction(db):
        act = Action(db, desk_id, name)
        yield act
        act.flush()


_COLUMNS = "id, at, by, entity, entity_id, field, old, new, hlc, desk_id, article_id"


def entries(db: Database, claim_id: str | None = None, article_id: str | None = None,
            limit: int = 1000) -> list[HistoryEntry]:
    """History of a claim (with its sources and reviews), of an article, or of the desk; oldest first."""
    if claim_id:
        # claim_id is set on the claim's own rows and on those of its sources and reviews
        sql = f"SELECT {_COLUMNS} FROM history WHERE claim_id = ? ORDER BY id LIMIT ?"
        params: list[Any] = [claim_id, limit]
    elif article_id:
        sql = f"SELECT {_COLUMNS} FROM history WHERE article_id = ? OR entity_id = ? ORDER BY id LIMIT ?"
        params = [article_id, article_id, limit]
    else:
        sql = f"SELECT {_COLUMNS} FROM (SELECT * FROM history ORDER BY id DESC LIMIT ?) ORDER BY id"
        params = [limit]
    return [HistoryEntry(*row) for row in db.execute(sql, params).fetchall()]


def last_change(db: Database, claim_id: str, field: str) -> HistoryEntry | None:
    """The newest recorded change of one field of a claim (e.g. who set its verdict), or None."""
    row = db.execute(f"SELECT {_COLUMNS} FROM history WHERE claim_id = ? AND entity = 'claim' AND field = ? "
                     "ORDER BY id DESC LIMIT 1", [claim_id, field]).fetchone()
    return None if row is None else HistoryEntry(*row)


def last_changes(db: Database, claim_ids: list[str], field: str) -> dict[str, HistoryEntry]:
    """`last_change` of several claims by claim id (claims never changed left out), one statement per 500."""
    out: dict[str, HistoryEntry] = {}
    for chunk in chunks(claim_ids):
        sql = (f"SELECT {_COLUMNS} FROM history WHERE claim_id IN ({marks(len(chunk))}) "
               "AND entity = 'claim' AND field = ? ORDER BY id")
        for row in db.execute(sql, [*chunk, field]).fetchall():
            entry = HistoryEntry(*row)
            out[entry.entity_id] = entry  # ordered by id: the newest wins
    return out
