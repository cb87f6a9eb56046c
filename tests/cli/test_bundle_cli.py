"""`factdesk bundle export|import`: summaries, exit codes 0/1/2, one stderr line, never a traceback."""

from __future__ import annotations

import zipfile

import pytest

from factdesk.cli import main as cli_main
from factdesk.core.store import Desk
from factdesk.core import ops

TEXT = "Die Partei erhielt 41,5 Prozent. Es kamen 3000 Menschen. Die Polizei zählte 12 Busse.\n"


def main(argv):
    try:
        return cli_main(argv)
    except SystemExit as exc:
        return exc.code


@pytest.fixture(autouse=True)
def _fake_detector(fake_detector):
    return fake_detector


@pytest.fixture
def source_db(tmp_path):
    path = tmp_path / "a.sqlite"
    with Desk.open(path) as desk:
        aid = ops.import_text(desk, TEXT, by="anna").article_id
        ops.edit_claim(desk, desk.claims_for_article(aid)[0].id, "anna", verdict="true")
    return path


def test_export_then_import(source_db, tmp_path, capsys):
    out = tmp_path / "a.fdbundle"
    assert main(["bundle", "export", "-o", str(out), "--by", "anna", "--db", str(source_db)]) == 0
    assert "1 article, 3 claims" in capsys.readouterr().out
    target = tmp_path / "b.sqlite"
    assert main(["bundle", "import", str(out), "--by", "ben", "--db", str(target)]) == 0
    printed = capsys.readouterr().out
    assert "1 new article; 3 new claims" in printed
    assert main(["bundle", "import", str(out), "--by", "ben", "--db", str(target)]) == 0
    assert "nothing new" in capsys.readouterr().out


def test_export_all_flag(source_db, tmp_path, capsys):
    out = tmp_path / "all.fdbundle"
    assert main(["bundle", "export", "-o", str(out), "--all", "--by", "anna", "--db", str(source_db)]) == 0
    assert "(everything)" in capsys.readouterr().out
    assert zipfile.is_zipfile(out)


def test_broken_bundle_is_exit_2_with_one_line(tmp_path, capsys):
    bad = tmp_path / "bad.fdbundle"
    bad.write_bytes(b"PK\x03\x04 truncated")
    assert main(["bundle", "import", str(bad), "--by", "ben", "--db", str(tmp_path / "b.sqlite")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err and "truncated or damaged" in err


def test_missing_bundle_is_exit_2(tmp_path, capsys):
    assert main(["bundle", "import", str(tmp_path / "nope.fdbundle"), "--by", "ben",
                 "--db", str(tmp_path / "b.sqlite")]) == 2
    assert "no such bundle file" in capsys.readouterr().err


def test_import_needs_by(tmp_path, capsys):
    assert main(["bundle", "import", "x.fdbundle", "--db", str(tmp_path / "b.sqlite")]) == 2
    assert "--by" in capsys.readouterr().err


def test_gap_is_exit_1(source_db, tmp_path, capsys):
    """A bundle made for another desk's state is refused with advice, exit 1."""
    b = tmp_path / "b.sqlite"
    out = tmp_path / "x.fdbundle"
    main(["bundle", "export", "-o", str(out), "--by", "anna", "--db", str(source_db)])
    main(["bundle", "import", str(out), "--by", "ben", "--db", str(b)])
    main(["bundle", "export", "-o", str(out), "--by", "ben", "--db", str(b)])
    main(["bundle", "import", str(out), "--by", "anna", "--db", str(source_db)])
    with Desk.open(source_db) as desk:
        ops.import_text(desk, "Noch 7 Tage bis zur Wahl.", by="anna")
    main(["bundle", "export", "-o", str(out), "--by", "anna", "--db", str(source_db)])
    capsys.readouterr()
    assert main(["bundle", "import", str(out), "--by", "carl", "--db", str(tmp_path / "c.sqlite")]) == 1
    err = capsys.readouterr().err
    assert "--all" in err and err.count("\n") == 1


def test_export_to_a_folder_is_exit_2(source_db, tmp_path, capsys):
    assert main(["bundle", "export", "-o", str(tmp_path), "--by", "anna", "--db", str(source_db)]) == 2
    assert "is a folder" in capsys.readouterr().err
