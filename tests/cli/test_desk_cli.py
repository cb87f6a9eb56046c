"""The desk's command line: import, articles, claims, sources, review, history, search.

Bad input of every command gives exit 1 or 2, exactly one line on stderr and
an unchanged desk.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import sqlite3
from pathlib import Path

import pytest

from factdesk.cli import main as cli_main
from factdesk.core import ops

TEXT = "BERLIN (dpa) - Die Partei kam auf 38,5 Prozent. Rund 4000 Menschen demonstrierten.\n"


def run(capsys, *argv):
    """Run the CLI in-process; return (exit code, stdout, stderr)."""
    try:
        code = cli_main([str(a) for a in argv])
    except SystemExit as exc:
        code = exc.code
    out, err = capsys.readouterr()
    return code, out, err


def snapshot(path: Path) -> str:
    """A digest of the desk's whole content."""
    con = sqlite3.connect(path)
    try:
        return hashlib.sha256("\n".join(con.iterdump()).encode()).hexdigest()
    finally:
        con.close()


def test_import_reports_a_summary_and_skips_known_content(db, tmp_path, capsys):
    path, _ = db
    (tmp_path / "b.txt").write_text(TEXT.replace("\n", "\r\n"), encoding="utf-8")
    code, out, err = run(capsys, "import", "--db", path, tmp_path / "a.txt", tmp_path / "b.txt")
    assert (code, out, err) == (0, "imported 0 articles with 0 claims; 2 already on the desk\n", "")


def test_import_failures_are_one_line_each_and_exit_1_when_the_rest_was_imported(db, tmp_path, capsys):
    path, _ = db
    (tmp_path / "c.txt").write_text("Neu: 12 Busse fuhren.", encoding="utf-8")
    (tmp_path / "logo.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    code, out, err = run(capsys, "import", "--db", path, tmp_path / "c.txt", tmp_path / "logo.png",
                         tmp_path / "missing.txt")
    assert code == 1 and out == "imported 1, failed 2 (1 claim)\n"
    assert len(err.splitlines()) == 2 and all(line.startswith("factdesk: ") for line in err.splitlines())


def test_import_of_a_folder_without_articles_says_what_it_skipped(db, tmp_path, capsys):
    path, _ = db
    folder = tmp_path / "tabellen"
    folder.mkdir()
    (folder / "zahlen.csv").write_text("a,b\n1,2\n", encoding="utf-8")
    (folder / "mehr.csv").write_text("a,b\n3,4\n", encoding="utf-8")
    code, out, err = run(capsys, "import", "--db", path, folder)
    assert code == 0 and out == "imported 0 articles with 0 claims\n"
    assert err == "factdesk: skipped 2 files that are not articles (.csv)\n"


def test_articles_and_claims_lists(db, capsys):
    path, ids = db
    articles = json.loads(run(capsys, "articles", "list", "--db", path, "--format", "json")[1])
    assert [(a["outlet"], a["n_claims"]) for a in articles] == [("dpa", 2)]
    claims = json.loads(run(capsys, "claims", "list", "--db", path, "--format", "json")[1])
    needed = {"id", "article_id", "type", "text", "start", "end", "value", "unit", "qualifier", "speaker",
              "status", "verdict", "rationale", "assignee", "sources", "updated_at", "updated_by"}
    assert needed <= set(claims[0]) and claims[0]["text"] == "38,5 Prozent"
    rows = list(csv.DictReader(io.StringIO(run(capsys, "claims", "list", "--db", path, "--format", "csv")[1])))
    assert [r["type"] for r in rows] == ["vote_share", "statistic"]
    table = run(capsys, "claims", "list", "--db", path, "--type", "vote_share")[1]
    assert "38,5 Prozent" in table and "4000" not in table


def test_a_claims_whole_workflow(db, capsys):
    path, ids = db
    cid = ids[0][:8]
    steps = [
        ["claims", "set", cid, "--status", "researching", "--assignee", "bea", "--by", "bea"],
        ["sources", "add", cid, "--url", "https://example.org/ergebnis", "--title", "Endergebnis",
         "--published", "2024-09-02", "--by", "bea"],
        ["claims", "set", cid, "--verdict", "mostly_true", "--rationale", "Amtlich 38,4 Prozent",
         "--status", "ready_for_review", "--by", "bea"],
        ["review", cid, "--approve", "--comment", "passt", "--by", "lead"],
    ]
    for argv in steps:
        code, out, err = run(capsys, *argv, "--db", path)
        assert (code, err) == (0, "")
    claim = json.loads(run(capsys, "claims", "list", "--db", path, "--status", "approved", "--format", "json")[1])[0]
    assert claim["verdict"] == "mostly_true" and claim["sources"][0]["title"] == "Endergebnis"
    history = json.loads(run(capsys, "history", ids[0], "--db", path, "--format", "json")[1])
    assert {"status", "verdict", "rationale", "assignee", "url", "decision"} <= {h["field"] for h in history}
    hits = json.loads(run(capsys, "search", "Endergebnis", "--db", path, "--format", "json")[1])
    assert [h["kind"] for h in hits] == ["source"]


@pytest.mark.parametrize("argv, code", [
    (["claims", "set", "00000000-dead-beef-0000-000000000000", "--status", "researching", "--by", "x"], 1),
    (["claims", "set", "{c}", "--verdict", "vielleicht", "--by", "x"], 1),
    (["claims", "set", "{c}", "--status", "approved", "--by", "x"], 1),
    (["claims", "set", "{c}", "--status", "finished", "--by", "x"], 2),
    (["claims", "set", "{c}", "--by", "x"], 2),
    (["claims", "set", "{c}", "--status", "researching"], 2),
    (["claims", "list", "--verdict", "vielleicht"], 1),
    (["claims", "list", "--status", "finished"], 2),
    (["claims", "list", "--type", "rumour"], 2),
    (["claims", "list", "--article", "nope"], 1),
    (["sources", "add", "{c}", "--url", "example.org/ohne-schema", "--by", "x"], 2),
    (["sources", "add", "{c}", "--url", "https://example.org", "--published", "gestern", "--by", "x"], 2),
    (["sources", "add", "{c}", "--url", "https://example.org", "--file", "/no/such/file.pdf", "--by", "x"], 2),
    (["sources", "add", "abc", "--url", "https://example.org", "--by", "x"], 1),
    (["review", "{c}", "--approve", "--by", "lead"], 1),
    (["review", "{c}", "--approve", "--return", "--by", "lead"], 2),
    (["review", "{c}", "--return", "--by", "lead"], 2),
    (["review", "{c}", "--return", "--comment", " ", "--by", "lead"], 2),
    (["claims", "set", "{c}", "--status", "ready_for_review", "--by", "x"], 1),
    (["history", "feedfacefeedface"], 1),
    (["articles", "list", "--format", "xml"], 2),
    (["search", "---"], 2),
    (["import", "{photo}"], 2),
])
def test_bad_input_changes_nothing(db, tmp_path, capsys, argv, code):
    path, ids = db
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF")
    argv = [a.format(c=ids[0], photo=tmp_path / "photo.jpg") for a in argv]
    before = snapshot(path)
    got, out, err = run(capsys, *argv, "--db", path)
    assert got == code
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert snapshot(path) == before


def test_invalid_transition_exits_1(db, capsys):
    path, ids = db
    assert run(capsys, "claims", "set", ids[0], "--status", "dismissed", "--by", "x", "--db", path)[0] == 0
    before = snapshot(path)
    code, _, err = run(capsys, "claims", "set", ids[0], "--status", "ready_for_review", "--by", "x", "--db", path)
    assert code == 1 and "cannot go from 'dismissed'" in err and snapshot(path) == before


def test_ready_for_review_and_approve_need_a_verdict(db, capsys):
    path, ids = db
    code, _, err = run(capsys, "claims", "set", ids[0], "--status", "ready_for_review", "--by", "x", "--db", path)
    assert code == 1 and "set a verdict before" in err
    assert run(capsys, "claims", "set", ids[0], "--status", "ready_for_review", "--verdict", "true",
               "--by", "x", "--db", path)[0] == 0
    code, _, err = run(capsys, "review", ids[0], "--return", "--by", "lead", "--db", path)
    assert code == 2 and "--comment" in err
    code, _, err = run(capsys, "review", ids[0], "--return", "--comment", "Quelle fehlt", "--by", "lead",
                       "--db", path)
    assert (code, err) == (0, "")


def test_commands_other_than_import_never_create_a_desk(tmp_path, capsys):
    code, _, err = run(capsys, "articles", "list", "--db", tmp_path / "none.sqlite")
    assert code == 1 and "no desk" in err and not (tmp_path / "none.sqlite").exists()


def test_progress_bar_only_on_a_terminal(db, tmp_path, capsys, monkeypatch):
    path, _ = db
    from factdesk.cli import desk_cmds
    monkeypatch.setattr(desk_cmds, "PROGRESS_MIN_FILES", 2)
    for i in range(3):
        (tmp_path / "many" / f"{i}.txt").parent.mkdir(exist_ok=True)
        (tmp_path / "many" / f"{i}.txt").write_text(f"Am Tag {i} kamen {i + 10} Gäste.", encoding="utf-8")
    code, out, err = run(capsys, "import", "--db", path, tmp_path / "many")
    assert (code, err) == (0, "")
    monkeypatch.setattr("sys.stderr.isatty", lambda: True, raising=False)
    (tmp_path / "many" / "3.txt").write_text("Neu sind 99 Gäste.", encoding="utf-8")
    (tmp_path / "many" / "4.txt").write_text("Neu sind 98 Gäste.", encoding="utf-8")
    code, out, err = run(capsys, "import", "--db", path, tmp_path / "many")
    assert code == 0 and "import" in err and out.count("\n") == 1


def test_read_only_desk_is_one_line_and_leaves_no_wal_files(db, capsys, monkeypatch):
    path, ids = db
    for extra in ("-wal", "-shm"):
        Path(f"{path}{extra}").unlink(missing_ok=True)
    before = sorted(p.name for p in path.parent.iterdir())
    from factdesk.core.store import connection
    monkeypatch.setattr(connection, "_may_write", lambda p: p.is_dir())  # tests may run as root
    code, out, err = run(capsys, "claims", "set", ids[0], "--rationale", "neu", "--by", "x", "--db", path)
    assert code == 1 and err.startswith(f"factdesk: desk {path} is read-only (check the file's permissions)")
    assert err.count("\n") == 1
    assert sorted(p.name for p in path.parent.iterdir()) == before


@pytest.mark.parametrize("argv", [["articles", "list"], ["claims", "list"], ["search", "Menschen"],
                                  ["history", "CLAIM"]])
def test_a_read_only_desk_can_still_be_listed_searched_and_read(db, capsys, monkeypatch, argv):
    path, ids = db
    from factdesk.core.store import connection
    monkeypatch.setattr(connection, "_may_write", lambda p: p.is_dir())
    argv = [ids[0] if a == "CLAIM" else a for a in argv]
    code, out, err = run(capsys, *argv, "--db", path)
    assert (code, err) == (0, "") and out


def test_a_read_only_desk_can_still_be_exported(db, tmp_path, capsys, monkeypatch):
    path, ids = db
    from factdesk.core.store import connection
    monkeypatch.setattr(connection, "_may_write", lambda p: p.is_dir() or p.suffix == ".md")
    code, out, err = run(capsys, "export", "--format", "md", "--status", "any", "-o", tmp_path / "r.md",
                         "--db", path)
    assert code == 0 and (tmp_path / "r.md").read_text(encoding="utf-8")


def test_search_minus_word_needs_double_dash_and_then_excludes(db, tmp_path, capsys):
    path, _ = db
    (tmp_path / "k.txt").write_text("Kopie: Rund 4000 Menschen demonstrierten in der Hauptstraße.\n",
                                    encoding="utf-8")
    assert run(capsys, "import", "--db", path, tmp_path / "k.txt")[0] == 0
    code, _, err = run(capsys, "search", "-Kopie", "--db", path)
    assert code == 2 and "search -- -WORD" in err and len(err.splitlines()) == 1
    hits = json.loads(run(capsys, "search", "--db", path, "--format", "json", "--", "Menschen", "-Kopie")[1])
    assert [h["kind"] for h in hits] == ["article"] and "Kopie" not in hits[0]["snippet"]
    hits = json.loads(run(capsys, "search", "hauptstrasse", "--db", path, "--format", "json")[1])
    assert [h["kind"] for h in hits] == ["article"]
    assert "Haushalt -Kopie" in run(capsys, "search", "--help")[1]


def test_claims_table_shows_numbers_readably(db, capsys):
    path, ids = db
    from factdesk.core.store import Desk
    with Desk.open(path) as desk:
        ops.edit_claim(desk, ids[0], by="x", value=2_000_000)
        ops.edit_claim(desk, ids[1], by="x", value=80.1)
    table = run(capsys, "claims", "list", "--db", path)[1]
    assert "2,000,000" in table and "80.1 " in table and "e+06" not in table


@pytest.mark.parametrize("value, text", [(2e6, "2,000,000"), (80.1, "80.1"), (0.5, "0.5"), (-3.0, "-3"),
                                         (1234.5678, "1,234.5678")])
def test_number(value, text):
    from factdesk.cli.common import number
    assert number(value) == text


def test_import_summary_grammar(db, tmp_path, capsys):
    path, _ = db
    (tmp_path / "one.txt").write_text("Es kamen 12 Busse.", encoding="utf-8")
    assert run(capsys, "import", "--db", path, tmp_path / "one.txt")[1] == "imported 1 article with 1 claim\n"


def test_claims_csv_defuses_formulas_but_keeps_numbers(db, capsys):
    path, ids = db
    from factdesk.core.store import Desk
    with Desk.open(path) as desk:
        ops.edit_claim(desk, ids[0], by="x", rationale='=HYPERLINK("http://evil.example","click")', value=-3.0)
    rows = list(csv.DictReader(io.StringIO(run(capsys, "claims", "list", "--db", path, "--format", "csv")[1])))
    first = next(r for r in rows if r["id"] == ids[0])
    assert first["rationale"].startswith("'=HYPERLINK")
    assert first["value"] == "-3.0"
