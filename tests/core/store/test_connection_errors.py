"""SQLite's read-only, locked, disk-full and I/O failures reach the user as one calm line."""

import sqlite3
import threading
import time

import pytest

from factdesk.core.errors import RequestError
from factdesk.core.store import Desk, connection
from factdesk.core import ops

from .conftest import add_article


def test_read_only_file_opens_for_reading_and_sqlite_leaves_no_wal_files(tmp_path, monkeypatch, fake_detector):
    path = tmp_path / "ro.sqlite"
    with Desk.open(path) as desk:
        article = add_article(desk)
    for extra in ("-wal", "-shm"):
        (tmp_path / f"ro.sqlite{extra}").unlink(missing_ok=True)
    monkeypatch.setattr(connection, "_may_write", lambda p: p.is_dir())  # (root may write any file)
    with Desk.open(path) as desk:
        claim = desk.claims_for_article(article)[0]
        with pytest.raises(RequestError, match="is read-only .check the file's permissions"):
            ops.edit_claim(desk, claim.id, by="bea", rationale="neu")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ro.sqlite"]


def test_a_read_only_folder_is_blamed_not_the_file(tmp_path, monkeypatch, fake_detector):
    path = tmp_path / "desk.sqlite"
    with Desk.open(path) as desk:
        article = add_article(desk)
    for extra in ("-wal", "-shm"):
        (tmp_path / f"desk.sqlite{extra}").unlink(missing_ok=True)
    monkeypatch.setattr(connection, "_may_write", lambda p: not p.is_dir())
    with Desk.open(path) as desk:
        claim = desk.claims_for_article(article)[0]
        with pytest.raises(RequestError, match=f"its folder {tmp_path} is read-only") as info:
            ops.edit_claim(desk, claim.id, by="bea", rationale="neu")
    assert "file's permissions" not in info.value.message
    with pytest.raises(RequestError, match="the folder is read-only"):
        Desk.open(tmp_path / "new.sqlite")


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


def test_a_new_desk_opened_by_two_programs_at_once_waits_instead_of_failing(tmp_path):
    # Two imports started at once both open the same new desk and switch it to WAL. Switching
    # needs the file to itself, and while the other program holds its lock to set the desk up,
    # SQLite refuses at once (its busy timeout does not apply). The second import used to fail
    # with "busy: another program kept it locked for 30 s" within a millisecond.
    path = tmp_path / "new.sqlite"
    other = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
    other.execute("BEGIN IMMEDIATE")  # the other program, setting the new desk up
    timer = threading.Timer(0.3, lambda: other.execute("COMMIT"))
    timer.start()
    try:
        started = time.monotonic()
        with Desk.open(path) as desk:
            assert desk.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert time.monotonic() - started >= 0.25  # it waited for the other program
    finally:
        timer.join()
        other.close()
