"""SQLite's read-only, locked, disk-full and I/O failures reach the user as one calm line."""

import sqlite3

import pytest

from factdesk.core.errors import RequestError
from factdesk.core.store import Desk, connection
from factdesk.core import ops

from .conftest import add_article


def test_read_only_file_is_refused_before_sqlite_leaves_wal_files(tmp_path, monkeypatch):
    path = tmp_path / "ro.sqlite"
    Desk.open(path).close()
    for extra in ("-wal", "-shm"):
        (tmp_path / f"ro.sqlite{extra}").unlink(missing_ok=True)
    monkeypatch.setattr(connection, "_writable", lambda p: False)  # root may write any file
    with pytest.raises(RequestError, match="is read-only .check the file's permissions"):
        Desk.open(path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ro.sqlite"]


def test_a_write_to_a_read_only_connection_is_one_line(file_desk):
    desk, article = file_desk, add_article(file_desk)
    claim = desk.claims_for_article(article)[0]
    ro = sqlite3.connect(f"{desk.path.as_uri()}?mode=ro", uri=True, isolation_level=None)
    real = desk.db.conn
    desk.db.conn = ro
    try:
        with pytest.raises(RequestError, match="is read-only"):
            ops.edit_claim(desk, claim.id, by="bea", rationale="neu")
    finally:
        desk.db.conn = real
        ro.close()
    assert desk.get_claim(claim.id).rationale is None


@pytest.mark.parametrize("message, expected", [
    ("database is locked", "busy"),
    ("database or disk is full", "disk is full"),
    ("disk I/O error", "disk I/O error"),
    ("attempt to write a readonly database", "read-only"),
])
def test_translate(message, expected):
    err = connection.translate(sqlite3.OperationalError(message), "d.sqlite")
    assert isinstance(err, RequestError) and expected in err.message and "d.sqlite" in err.message


def test_locked_desk_beyond_the_busy_timeout(file_desk):
    desk, article = file_desk, add_article(file_desk)
    other = sqlite3.connect(str(desk.path), isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    desk.db.conn.execute("PRAGMA busy_timeout=50")
    try:
        with pytest.raises(RequestError, match="busy"):
            ops.edit_claim(desk, desk.claims_for_article(article)[0].id, by="bea", rationale="x")
    finally:
        other.execute("ROLLBACK")
        other.close()
