"""Opening a desk file: WAL, foreign keys, busy timeout, and write transactions.

Every write goes through `write_transaction`, which takes SQLite's write lock
up front (`BEGIN IMMEDIATE`) so two FactDesk processes on one desk queue
behind each other instead of failing half-way, and which commits or rolls
back as one unit.

A desk this process may not write (the file, or the folder SQLite keeps its
journal in, is read-only) is opened read-only: it can still be listed,
searched and exported, and a change says which of the two is to blame.
"""

from __future__ import annotations

import os
import sqlite3
import threading
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator
from urllib.parse import quote

from sqlite_utils import Database

from factdesk.core.errors import RequestError

# A second process importing a large batch may hold the write lock for a while.
BUSY_TIMEOUT_MS = 30_000


def _may_write(p: Path) -> bool:
    """True when this process may write `p` (a file, or a folder it may create files in)."""
    return os.access(p, os.W_OK | (os.X_OK if p.is_dir() else 0))


def why_read_only(p: Path) -> str | None:
    """Why the desk file at `p` cannot be written: "file", "folder" (SQLite's journal goes there), or None."""
    if p.exists() and not _may_write(p):
        return "file"
    folder = p.parent if str(p.parent) else Path(".")
    if folder.exists() and not _may_write(folder):
        return "folder"
    return None


def read_only_error(path: Path | str | None) -> RequestError:
    """The one-line refusal of a change to a read-only desk, blaming the file or its folder."""
    p = Path(path) if path else None
    where = f"desk {p}" if p else "the desk"
    if p is not None and why_read_only(p) == "folder":
        return RequestError(f"{where} cannot be changed: its folder {p.parent} is read-only (SQLite keeps the "
                            f"desk's journal beside it); make the folder writable or move the desk",
                            "read_only_folder", path=str(p), folder=str(p.parent))
    return RequestError(f"{where} is read-only (check the file's permissions); it can be read, "
                        f"searched and exported, not changed", "read_only", path=str(p or ""))


def translate(exc: sqlite3.OperationalError, path: Path | str | None) -> Exception:
    """A one-line FactDesk error for SQLite's read-only, locked, disk-full and I/O failures, else `exc`."""
    text = str(exc).lower()
    where = f"desk {path}" if path else "the desk"
    if "readonly" in text or "read-only" in text:
        return read_only_error(path)
    if "locked" in text or "busy" in text:
        return RequestError(f"{where} is busy: another program kept it locked for "
                            f"{BUSY_TIMEOUT_MS // 1000} s; try again when it has finished", "busy",
                            path=str(path or ""))
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

    A desk this process may not write (`why_read_only`) is opened read-only,
    so that SQLite never tries to leave -wal/-shm files beside it; every
    change to it is refused with `read_only_error`.
    """
    p = Path(path)
    if p.exists() and p.is_dir():
        raise RequestError(f"{p}: is a folder, not a desk file", "not_a_desk", path=str(p))
    if str(p) != ":memory:" and p.exists() and why_read_only(p):
        return _connect_read_only(p)
    if str(p) != ":memory:" and not p.exists() and p.parent.exists() and why_read_only(p) == "folder":
        raise RequestError(f"a desk cannot be created in {p.parent}: the folder is read-only",
                           "read_only_folder", path=str(p), folder=str(p.parent))
    if not p.parent.exists():
        p.parent.mkdir(parents=True, exist_ok=True)
    try:
        # isolation_level=None: the driver never opens transactions behind our back;
        # write_transaction() is the only place one begins.
        conn = sqlite3.connect(str(p), isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000,
                               check_same_thread=False)
        conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA foreign_keys=ON")
        _use_wal(conn)
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


def _use_wal(conn: sqlite3.Connection) -> None:
    """Put the desk in WAL mode (a new desk), waiting for other connections as long as a write would.

    Switching to WAL needs the file to itself, and SQLite does not wait for
    that (its busy timeout does not apply): a second process opening the same
    new desk at that moment (two imports started at once) got "database is
    locked" at once. Once one of them has switched, the mode is the file's
    and the others find it set.
    """
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    while True:
        try:
            if conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
                conn.execute("PRAGMA journal_mode=WAL")  # an in-memory desk stays "memory"
            return
        except sqlite3.OperationalError as exc:
            if ("locked" not in str(exc).lower() and "busy" not in str(exc).lower()) or time.monotonic() > deadline:
                raise
        time.sleep(0.01)


_read_only: set[int] = set()


def _connect_read_only(p: Path) -> Database:
    """Open an existing desk for reading only.

    Without a -wal file beside it the desk is complete in its file and is read as unchanging
    (SQLite then leaves no -wal/-shm files next to someone else's desk); with one, SQLite must
    read the journal too.
    """
    base = f"file:{quote(str(p.resolve()))}"
    last: sqlite3.DatabaseError | None = None
    modes = ("mode=ro", "immutable=1") if Path(f"{p}-wal").exists() else ("immutable=1",)
    for mode in modes:
        try:
            conn = sqlite3.connect(f"{base}?{mode}", uri=True, isolation_level=None,
                                   timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False)
            conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlite3.DatabaseError as exc:
            last = exc
            continue
        _paths[id(conn)] = p
        _read_only.add(id(conn))
        return Database(conn, execute_plugins=False)
    raise RequestError(f"{p}: cannot be read ({last})", "not_a_desk", path=str(p))


def is_read_only(db: Database) -> bool:
    """True for a desk opened read-only (its file or folder may not be written)."""
    return id(db.conn) in _read_only


_locks: dict[int, threading.RLock] = {}


def _lock(db: Database) -> threading.RLock:
    """One lock per connection: a GUI worker thread and the main thread never interleave writes."""
    return _locks.setdefault(id(db.conn), threading.RLock())


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
    _read_only.discard(id(db.conn))
