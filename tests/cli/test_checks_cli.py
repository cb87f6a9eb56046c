"""`factdesk checks import | match | list` as prior-checks.md specifies them."""

from __future__ import annotations

import json

from factdesk.cli import main as cli_main

CHECKS = (
    "id\tclaim\ttitle\trating\turl\tdate\tlang\tauthor\n"
    "c1\tMore than 30,000 people were arrested in Belarus after the election.\tArrests\tTrue\t"
    "https://checks.example/c1\t2020-11-02\ten\tExample Check\n"
    "c2\tThe mayor spent 2 million euros on a new fountain.\tFountain\tFalse\t"
    "https://checks.example/c2\t2021-03-04\ten\tExample Check\n"
    "c3\t\tno claim\tTrue\t\t\t\t\n"
)


def run(capsys, *argv):
    code = cli_main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_import_reports_bad_records_one_line_each_and_imports_the_rest(tmp_path, capsys):
    src = tmp_path / "checks.tsv"
    src.write_text(CHECKS, encoding="utf-8")
    db = tmp_path / "desk.sqlite"
    code, out, err = run(capsys, "checks", "import", "--db", db, "--by", "anna", src)
    assert code == 2
    assert out.strip() == "fact-checks: 2 added, 0 updated, 1 skipped"
    assert err.splitlines() == ["factdesk: skipped checks.tsv line 4: it has no claim text"]
    code, out, _ = run(capsys, "checks", "import", "--db", db, "--by", "anna", src)
    assert out.strip() == "fact-checks: 0 added, 0 updated, 2 unchanged, 1 skipped"


def test_match_tsv_and_json(tmp_path, capsys):
    src = tmp_path / "checks.tsv"
    src.write_text(CHECKS, encoding="utf-8")
    db = tmp_path / "desk.sqlite"
    run(capsys, "checks", "import", "--db", db, "--by", "anna", src)
    claims = tmp_path / "claims.txt"
    claims.write_text("Der Zoo bekam zwei Pinguine.\nÜber 30.000 Festnahmen in Belarus seit der Wahl\n",
                      encoding="utf-8")
    more = tmp_path / "more.txt"
    more.write_text("Two million euros for a fountain, says the mayor\n", encoding="utf-8")
    code, out, _ = run(capsys, "checks", "match", "--db", db, "--top", "1", claims, more)
    assert code == 0
    rows = [line.split("\t") for line in out.splitlines()]
    assert [(r[0], r[1], r[2], r[4]) for r in rows] == [("2", "1", "c1", "True"), ("3", "1", "c2", "False")]
    assert 0 < float(rows[0][3]) <= 1
    code, out, _ = run(capsys, "checks", "match", "--db", db, "--format", "json", claims)
    doc = json.loads(out)
    assert doc["version"] == 1
    assert [(q["file"], q["line"], len(q["matches"])) for q in doc["queries"]] == [
        (str(claims), 1, 0), (str(claims), 2, 1)]
    assert set(doc["queries"][1]["matches"][0]) == {"id", "score", "rating", "claim", "url", "source"}
    assert doc["queries"][1]["matches"][0]["url"] == "https://checks.example/c1"


def test_list_json_and_table(tmp_path, capsys):
    src = tmp_path / "checks.tsv"
    src.write_text(CHECKS, encoding="utf-8")
    db = tmp_path / "desk.sqlite"
    run(capsys, "checks", "import", "--db", db, "--by", "anna", "--source", "Archive", src)
    code, out, _ = run(capsys, "checks", "list", "--db", db, "--format", "json")
    listed = json.loads(out)["checks"]
    assert code == 0 and sorted(c["id"] for c in listed) == ["c1", "c2"]
    assert {c["source"] for c in listed} == {"Archive"}
    code, out, _ = run(capsys, "checks", "list", "--db", db)
    assert out.splitlines()[0].split() == ["id", "rating", "date", "source", "claim"]


def test_missing_file_and_missing_desk(tmp_path, capsys):
    db = tmp_path / "desk.sqlite"
    code, _, err = run(capsys, "checks", "import", "--db", db, "--by", "anna", tmp_path / "nope.tsv")
    assert code == 2 and len(err.splitlines()) == 1 and "nope.tsv" in err
    code, _, err = run(capsys, "checks", "match", "--db", tmp_path / "other.sqlite", "-")
    assert code == 1 and "no desk" in err
