"""`factdesk export`: every format from a real desk, filters, and one-line errors with exit codes."""

from __future__ import annotations

import csv
import importlib.util
import json
from pathlib import Path

import pytest

from factdesk.cli import main as cli_main

_spec = importlib.util.spec_from_file_location(
    "reports_sample_desk", Path(__file__).resolve().parents[1] / "core" / "reports" / "sample_desk.py")
sample_desk = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(sample_desk)


def main(argv):
    """Run the CLI in-process; usage errors exit through SystemExit as in the console script."""
    try:
        return cli_main(argv)
    except SystemExit as exc:
        return exc.code


@pytest.fixture
def db(file_desk):
    ids = sample_desk.fill(file_desk)
    return file_desk.path, ids


def export(db, tmp_path, fmt, *extra, name=None):
    out = tmp_path / (name or f"report.{fmt}")
    code = main(["export", "--db", str(db), "--format", fmt, *extra, "-o", str(out)])
    return code, out


@pytest.mark.parametrize("fmt, check", [
    ("html", lambda p: "<mark" in p.read_text("utf-8")
     and p.read_text("utf-8").lower().count("<script") == p.read_text("utf-8").count(
         '<script type="application/ld+json">')),  # the only script is the ClaimReview data block
    ("md", lambda p: "\\<script\\>" in p.read_text("utf-8")),
    ("csv", lambda p: p.read_bytes().startswith(b"\xef\xbb\xbf")),
    ("json", lambda p: json.loads(p.read_text("utf-8"))["format"] == "factdesk-report"),
    ("claimreview", lambda p: json.loads(p.read_text("utf-8"))[0]["@type"] == "ClaimReview"),
    ("pdf", lambda p: p.read_bytes().startswith(b"%PDF")),
])
def test_every_format(db, tmp_path, capsys, fmt, check):
    code, out = export(db[0], tmp_path, fmt)
    assert code == 0, capsys.readouterr().err
    assert check(out)
    assert not list(tmp_path.glob("*.part"))


def test_status_filter_and_csv_safety(db, tmp_path):
    code, out = export(db[0], tmp_path, "csv", "--status", "ready_for_review")
    assert code == 0
    with open(out, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert len(rows) == 3
    cells = [c for row in rows for c in row]
    assert not [c for c in cells if c[:1] in "=+-@\t\r" and c]
    assert "'=cmd|' /C calc'!A0" in cells


def test_article_and_verdict_filters(db, tmp_path):
    path, ids = db
    code, out = export(path, tmp_path, "json", "--article", ids["a1"], "--verdict", "true")
    data = json.loads(out.read_text("utf-8"))
    assert code == 0 and [c["id"] for a in data["articles"] for c in a["claims"]] == [ids["approved"]]


@pytest.mark.parametrize("args, code", [
    (["--format", "docx"], 2),
    (["--format", "html", "--status", "finished"], 2),
    (["--format", "html", "--from", "yesterday"], 2),
    (["--format", "html", "--verdict", "sort-of"], 2),
    (["--format", "html", "--article", "00000000-nope"], 1),
])
def test_errors_are_one_line(db, tmp_path, capsys, args, code):
    got = main(["export", "--db", str(db[0]), *args, "-o", str(tmp_path / "x")])
    err = capsys.readouterr().err
    assert got == code
    assert err.count("\n") == 1 and "Traceback" not in err
    assert not (tmp_path / "x").exists()


def test_missing_desk_and_missing_folder(tmp_path, db, capsys):
    assert main(["export", "--db", str(tmp_path / "none.sqlite"), "--format", "html",
                 "-o", str(tmp_path / "r.html")]) == 1
    assert main(["export", "--db", str(db[0]), "--format", "html",
                 "-o", str(tmp_path / "no" / "such" / "r.html")]) == 2
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 2 and all(line.startswith("factdesk: ") for line in err)
    assert not (tmp_path / "none.sqlite").exists()


def test_overrides_for_claimreview(db, tmp_path):
    code, out = export(db[0], tmp_path, "claimreview", "--organisation", "Faktenteam", "--base-url",
                       "https://faktenteam.example/b/1", "--lang", "de", "--status", "approved")
    review = json.loads(out.read_text("utf-8"))[0]
    assert code == 0 and review["author"]["name"] == "Faktenteam"
    assert review["url"].startswith("https://faktenteam.example/b/1#claim-")
    assert review["reviewRating"]["alternateName"] == "Richtig"


def test_base_url_must_be_http(db, tmp_path, capsys):
    code, _ = export(db[0], tmp_path, "claimreview", "--base-url", "javascript:alert(1)")
    assert code == 2 and "http" in capsys.readouterr().err


def test_article_id_prefix(db, tmp_path):
    path, ids = db
    code, out = export(path, tmp_path, "json", "--article", ids["a1"][:8])
    data = json.loads(out.read_text("utf-8"))
    assert code == 0 and [a["id"] for a in data["articles"]] == [ids["a1"]]


def test_claimreview_needs_the_report_address(db, tmp_path, capsys):
    from factdesk.core.store import Desk
    desk = Desk.open(db[0])
    desk.set_setting("report_base_url", "", by="lea")
    desk.close()
    capsys.readouterr()
    code, out = export(db[0], tmp_path, "claimreview")
    err = capsys.readouterr().err.splitlines()
    assert code == 1 and not out.exists()
    assert len(err) == 1 and "set the report address first: factdesk export --base-url URL" in err[0]
    code, out = export(db[0], tmp_path, "claimreview", "--base-url", "https://p.example/r")
    assert code == 0 and json.loads(out.read_text("utf-8"))[0]["url"].startswith("https://p.example/r#claim-")


def test_claimreview_holds_approved_claims_unless_asked(db, tmp_path):
    path, ids = db
    code, out = export(path, tmp_path, "claimreview")
    urls = [r["url"] for r in json.loads(out.read_text("utf-8"))]
    assert code == 0 and urls == [f"https://pruefstelle.example/report#claim-{ids['approved']}"]
    code, out = export(path, tmp_path, "claimreview", "--status", "any", name="all.jsonld")
    ids_out = {r["url"].rsplit("#claim-", 1)[1] for r in json.loads(out.read_text("utf-8"))}
    assert code == 0 and ids["approved"] in ids_out and ids["ready"] in ids_out
    assert ids["new"] not in ids_out  # no verdict: never in ClaimReview


def test_claimreview_default_status_in_help(capsys):
    assert main(["export", "--help"]) == 0
    assert "approved for claimreview" in " ".join(capsys.readouterr().out.split())


def test_message_counts_what_was_written(db, tmp_path, capsys):
    path, ids = db
    capsys.readouterr()
    code, out = export(path, tmp_path, "claimreview", "--status", "any")
    written = len(json.loads(out.read_text("utf-8")))
    assert code == 0 and f"wrote {written} claims from 2 articles" in capsys.readouterr().out
    code, out = export(path, tmp_path, "claimreview", "--status", "new", name="new.jsonld")
    assert code == 0 and json.loads(out.read_text("utf-8")) == []
    assert "wrote 0 claims from 0 articles" in capsys.readouterr().out


@pytest.mark.parametrize("fmt", ["html", "md", "pdf"])
def test_german_reports_are_german(db, tmp_path, capsys, fmt):
    code, out = export(db[0], tmp_path, fmt, "--lang", "de", "--status", "any")
    assert code == 0, capsys.readouterr().err
    if fmt == "pdf":
        import pypdf
        text = " ".join(" ".join(p.extract_text() or "" for p in pypdf.PdfReader(str(out)).pages).split())
    else:
        text = out.read_text("utf-8")
    assert "Prüfbericht" in text and "Verdict report" not in text
    assert "Statistik" in text and "statistic" not in text
    # the one vocabulary: the words the app shows (core/words.py)
    assert "Bereit zur Abnahme" in text and "ready for review" not in text and "ready_for_review" not in text
    assert "Neu" in text and "Übersicht" in text and "Bewertung" in text
    assert "genau" in text  # the qualifier of the fake detector's claims


def test_german_csv_adds_label_columns_and_json_keeps_ids(db, tmp_path):
    code, out = export(db[0], tmp_path, "csv", "--lang", "de", "--status", "any")
    rows = list(csv.DictReader(out.read_text("utf-8-sig").splitlines()))
    assert code == 0
    assert {(r["type"], r["type_label"]) for r in rows} == {("vote_share", "Stimmenanteil"), ("statistic", "Statistik")}
    assert {r["status_label"] for r in rows} >= {"Freigegeben", "Bereit zur Abnahme", "Neu"}
    assert rows[0]["qualifier_label"] == "genau"
    code, out = export(db[0], tmp_path, "json", "--lang", "de", "--status", "any")
    data = json.loads(out.read_text("utf-8"))
    claims = [c for a in data["articles"] for c in a["claims"]]
    assert data["title"] == "Prüfbericht" and {c["status"] for c in claims} >= {"approved", "new"}
    assert {c["type"] for c in claims} == {"vote_share", "statistic"}


@pytest.mark.parametrize("fmt", ["html", "pdf", "csv"])
def test_reports_get_a_normal_files_permissions(db, tmp_path, fmt):
    import os
    old = os.umask(0o022)
    try:
        code, out = export(db[0], tmp_path, fmt)
        assert code == 0 and (out.stat().st_mode & 0o777) == 0o644
        os.umask(0o027)
        code, out2 = export(db[0], tmp_path, fmt, name=f"second.{fmt}")
        assert code == 0 and (out2.stat().st_mode & 0o777) == 0o640
        out.chmod(0o664)  # an existing report keeps its mode when written again
        code, out = export(db[0], tmp_path, fmt)
        assert code == 0 and (out.stat().st_mode & 0o777) == 0o664
    finally:
        os.umask(old)
