"""Creating a desk from nothing, upgrading an older one after a backup, refusing a newer one."""

import sqlite3

import pytest

from factdesk.core.errors import RequestError
from factdesk.core.store import Desk, connection, migrations
from factdesk.core import ops


def test_a_new_desk_gets_every_migration_and_an_id(tmp_path):
    with Desk.open(tmp_path / "desk.sqlite") as desk:
        assert migrations.version(desk.db) == migrations.known_names()[-1].split("_")[0]
        assert len(desk.desk_id) == 36
        assert desk.backup_path is None
        assert desk.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert desk.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1


def test_an_older_desk_is_backed_up_then_migrated(tmp_path, fake_detector):
    path = tmp_path / "desk.sqlite"
    db = connection.connect(path)
    migrations.migrations.apply(db, stop_before="0002_search")
    db.close()
    with Desk.open(path) as desk:
        assert desk.backup_path.name.startswith("desk.sqlite.bak-0001-")
        ops.import_text(desk, "Die Wahlbeteiligung lag bei 61 Prozent.", by="anna")
        assert desk.search("Wahlbeteiligung")
    old = sqlite3.connect(desk.backup_path)
    assert old.execute("SELECT count(*) FROM sqlite_master WHERE name = 'articles_fts'").fetchone()[0] == 0


def test_reopening_an_up_to_date_desk_makes_no_backup(tmp_path):
    Desk.open(tmp_path / "desk.sqlite").close()
    with Desk.open(tmp_path / "desk.sqlite") as desk:
        assert desk.backup_path is None
    assert not list(tmp_path.glob("*.bak-*"))


def test_a_desk_from_a_newer_factdesk_is_refused(tmp_path):
    Desk.open(tmp_path / "desk.sqlite").close()
    db = sqlite3.connect(tmp_path / "desk.sqlite")
    db.execute("INSERT INTO _sqlite_migrations(migration_set, name, applied_at) "
               "VALUES ('factdesk', '0099_future', 'x')")
    db.commit()
    with pytest.raises(RequestError, match="newer FactDesk"):
        Desk.open(tmp_path / "desk.sqlite")


def test_a_file_that_is_not_a_desk_is_refused(tmp_path):
    (tmp_path / "notes.sqlite").write_bytes(b"this is not a database at all" * 100)
    with pytest.raises(RequestError, match="not a FactDesk desk"):
        Desk.open(tmp_path / "notes.sqlite")


def test_no_room_for_the_backup_leaves_no_empty_copy_and_no_upgrade(tmp_path, monkeypatch, fake_detector):
    path = tmp_path / "desk.sqlite"
    db = connection.connect(path)
    migrations.migrations.apply(db, stop_before="0002_search")
    db.close()
    real = migrations._open_copy

    def full_disk(target):  # the copy may grow by one page only, as on a full disk
        dest = real(target)
        dest.execute("PRAGMA max_page_count = 1")
        return dest

    monkeypatch.setattr(migrations, "_open_copy", full_disk)
    with pytest.raises(RequestError, match="backup copy could not be written beside it .the disk is full"):
        Desk.open(path)
    assert sorted(p.name for p in tmp_path.iterdir() if ".bak" in p.name) == []
    monkeypatch.setattr(migrations, "_open_copy", real)
    check = connection.connect(path)
    assert migrations.version(check) == "0001"     # not upgraded without its backup
    check.close()
