"""Opening a desk file: WAL, foreign keys, busy timeout, and write transactions.

Every write goes through `write_transaction`, which takes SQLite's write lock
up front (`BEGIN IMMEDIATE`) so two FactDesk processes on one desk queue
behind each other instead of failing half-way, and which commits or rolls
back as one unit.
"""

from __future__ import annotations

import sqlite3
import threading
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from sqlite_utils import Database

from factdesk.core.errors import RequestError

# A second process importing a large batch may hold the write lock for a while.
BUSY_TIMEOUT_MS = 30_000


def connect(path: Path | str) -> Database:
    """Open (or create) the SQLite file at `path` with FactDesk's connection settings."""
    p = Path(path)
    if p.exists() and p.is_dir():
        raise RequestError(f"{p}: is a folder, not a desk file")
    if not p.parent.exists():
        p.parent.mkdir(parents=True, exist_ok=True)
    try:
        # isolation_level=None: the driver never opens transactions behind our back;
        # write_transaction() is the only place one begins.
        conn = sqlite3.connect(str(p), isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000,
                               check_same_thread=False)
        conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA foreign_keys=ON")
        mode = conn.execute("PRAGMA journal_mode").fetchone()[0]
        if mode != "wal":
            conn.execute("PRAGMA journal_mode=WAL")
        # NORMAL is durable across application crashes in WAL mode (only power loss
        # can lose the last transactions), and much faster than FULL.
        conn.execute("PRAGMA synchronous=NORMAL")
    except sqlite3.DatabaseError as exc:
        raise RequestError(f"{p}: not a FactDesk desk ({exc})") from None
    return Database(conn, execute_plugins=False)


_locks: dict[int, threading.RLock] = {}


def _lock(db: Database) -> threading.RLock:
    """One lock per connection: a GUI worker thread and the main thread never interleave writes."""
    return _locks.setdefault(id(db.conn), threading.RLock())


def serialized(db: Database) -> threading.RLock:
    """The connection's lock, for a read from another thread (e.g. a detector's feeder thread)."""
    return _lock(db)


@contextmanager
def write_transaction(db: Database) -> Iterator[Database]:
    """Run the block as one write transaction (nested blocks become savepoints)."""
    with _lock(db):
        conn = db.conn
        if conn.in_transaction:
            with db.atomic():
                yield db
            return
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield db
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        else:
            conn.execute("COMMIT")


def forget(db: Database) -> None:
    """Drop the per-connection lock when a desk is closed."""
    _locks.pop(id(db.conn), None)
