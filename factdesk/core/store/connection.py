"""Opening a desk file: WAL, foreign keys, busy timeout, and write transactions.

Every write goes through `write_transaction`, which takes SQLite's write lock
up front (`BEGIN IMMEDIATE`) so two FactDesk processes on one desk queue
behind each other instead of failing half-way, and which commits or rolls
back as one unit.
"""

from __future__ import annotations

import os
import sqlite3
import threading
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from sqlite_utils import Database

from factdesk.core.errors import RequestError

# A second process importing a large batch may hold the write lock for a while.
BUSY_TIMEOUT_MS = 30_000


def _writable(p: Path) -> bool:
    """True when this process may write the desk file (checked before SQLite leaves -wal/-shm files)."""
    return os.access(p, os.W_OK)


def translate(exc: sqlite3.OperationalError, path: Path | str | None) -> Exception:
    """A one-line FactDesk error for SQLite's read-only, locked, disk-full and I/O failures, else `exc`."""
    text = str(exc).lower()
    where = f"desk {path}" if path else "the desk"
    if "readonly" in text or "read-only" in text:
        return RequestError(f"{where} is read-only (check the file's permissions)", "read_only", path=str(path or ""))
    if "locked" in text or "busy" in text:
        return RequestError(f"{where} is busy: another program kept it locked for "
                            f"{BUSY_TIMEOUT_MS // 1000} s; try again when it has finished", "busy", path=str(path or ""))
    if "full" in text:
        return RequestError(f"{where} cannot be written: the disk is full (free some space and try again)",
                            "disk_full", path=str(path or ""))
    if "disk i/o error" in text:
        return RequestError(f"{where} cannot be read or written: disk I/O error (is the drive still attached?)",
                            "disk_io", path=str(path or ""))
    return exc


_paths: dict[int, Path] = {}


def connect(path: Path | str) -> Database:
    """Open (or create) the SQLite file at `path` with FactDesk's connection settings.

    A desk file this process may not write is refused here, before SQLite
    would leave -wal/-shm files beside it: RequestError "… is read-only".
    """
    p = Path(path)
    if p.exists() and p.is_dir():
        raise RequestError(f"{p}: is a folder, not a desk file", "not_a_desk", path=str(p))
    if p.exists() and not _writable(p):
        raise RequestError(f"desk {p} is read-only (check the file's permissions)", "read_only", path=str(p))
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
    except sqlite3.OperationalError as exc:
        err = translate(exc, p)
        if err is exc:
            raise RequestError(f"{p}: not a FactDesk desk ({exc})", "not_a_desk", path=str(p)) from None
        raise err from None
    except sqlite3.DatabaseError as exc:
        raise RequestError(f"{p}: not a FactDesk desk ({exc})", "not_a_desk", path=str(p)) from None
    _paths[id(conn)] = p
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
        path = _paths.get(id(conn))
        try:
            conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            raise translate(exc, path) from None
        try:
            yield db
        except sqlite3.OperationalError as exc:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            err = translate(exc, path)
            if err is exc:
                raise
            raise err from None
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        else:
            try:
                conn.execute("COMMIT")
            except sqlite3.OperationalError as exc:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise translate(exc, path) from None


def forget(db: Database) -> None:
    """Drop the per-connection lock when a desk is closed."""
    _locks.pop(id(db.conn), None)
    _paths.pop(id(db.conn), None)
