"""Importing files and folders: duplicates by content, per-file errors, progress, two processes at once."""

import sqlite3
import subprocess
import sys

from factdesk.core import ops

from .conftest import add_article

TEXT = "Die Regierung meldete 120 Festnahmen. Die Opposition nannte 45 Prozent Zustimmung.\n"


def test_the_same_content_is_never_imported_twice(desk, tmp_path):
    (tmp_path / "in" / "sub").mkdir(parents=True)
    (tmp_path / "in" / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "in" / "sub" / "b.md").write_bytes(TEXT.replace("\n", "\r\n").encode("utf-8-sig"))
    report = ops.import_paths(desk, [tmp_path / "in"], by="anna")
    assert (len(report.imported), len(report.duplicates)) == (1, 1)
    again = ops.import_paths(desk, [tmp_path / "in" / "a.txt"], by="anna")
    assert again.imported == [] and desk.count_articles() == 1
    assert ops.import_text(desk, "  " + TEXT, by="anna").created is False


def test_bad_files_fail_alone(desk, tmp_path):
    (tmp_path / "good.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    report = ops.import_paths(desk, [tmp_path / "good.txt", tmp_path / "photo.txt", tmp_path / "nope.txt"], by="anna")
    assert len(report.imported) == 1 and report.n_claims == 2
    assert sorted(m.split(": ", 1)[1] for _, m in report.failed) == ["no such file or folder",
                                                                      "not a text file (binary data)"]
    assert "1 article with 2 claims; 2 failed" in report.summary()


def test_progress_is_reported_and_cancel_stops(desk, tmp_path):
    for i in range(5):
        (tmp_path / f"{i}.txt").write_text(f"Artikel {i}: {TEXT}", encoding="utf-8")
    seen = []
    ops.import_paths(desk, [tmp_path], by="anna", progress=lambda done, total, path: seen.append((done, total)))
    assert seen[-1] == (5, 5)
    report = ops.import_paths(desk, [tmp_path / "x"], by="anna", cancelled=lambda: True)
    assert report.imported == []


_EDITOR = """
import sys
from factdesk.core.store import Desk
from factdesk.core import ops
path, name, *ids = sys.argv[1:]
with Desk.open(path) as desk:
    for i in range(30):
        for cid in ids:
            ops.edit_claim(desk, cid, by=name, rationale=f"{name} {i}")
"""


def test_two_processes_on_one_desk(file_desk):
    desk, article = file_desk, add_article(file_desk)
    ids = [c.id for c in desk.claims_for_article(article)]
    procs = [subprocess.Popen([sys.executable, "-c", _EDITOR, str(desk.path), name, *ids])
             for name in ("bea", "carl")]
    assert [p.wait(60) for p in procs] == [0, 0]
    assert desk.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert len([h for h in desk.history() if h.field == "rationale"]) == 2 * 30 * len(ids)
    con = sqlite3.connect(desk.path)
    assert con.execute("SELECT count(*) FROM claims_fts WHERE claims_fts MATCH 'bea OR carl'").fetchone()[0] == 3


def test_html_metadata_reaches_the_article(desk, tmp_path):
    page = ("<html><head><meta name='author' content='Jana Beispiel'><meta name='date' content='2025-05-06'>"
            "<meta property='og:url' content='https://example.org/wahl'><script>fetch('/x')</script></head>"
            "<body><article><h1>Wahl im Kreis</h1><p>Die Liste erhielt 33 Prozent, wie das Amt am Abend "
            "mitteilte. Die Beteiligung war deutlich höher als bei der letzten Wahl.</p></article></body></html>")
    (tmp_path / "wahl.html").write_text(page, encoding="utf-8")
    report = ops.import_paths(desk, [tmp_path / "wahl.html"], by="anna")
    article = desk.get_article(report.imported[0][1])
    assert (article.author, article.published, article.url) == ("Jana Beispiel", "2025-05-06", "https://example.org/wahl")
    assert "fetch" not in article.text and article.title == "Wahl im Kreis"


def test_bulk_import_keeps_the_search_index_exactly_in_sync(desk, tmp_path, article):
    # import_paths fills articles_fts/claims_fts per batch (schema.BULK_FTS), not by trigger
    for i in range(12):
        (tmp_path / f"{i}.txt").write_text(f"Meldung{i}: {TEXT}", encoding="utf-8")
    report = ops.import_paths(desk, [tmp_path], by="anna")
    assert len(report.imported) == 12
    db = desk.db
    for table in ("articles", "claims"):
        # compares the index with its content table row by row; raises when they differ
        db.execute(f"INSERT INTO {table}_fts({table}_fts, rank) VALUES ('integrity-check', 1)")
    assert db.execute("SELECT count(*) FROM settings WHERE key = 'fts_deferred'").fetchone()[0] == 0
    assert [h.kind for h in desk.search("Meldung7")] == ["article"]
    assert len([h for h in desk.search("Prozent") if h.kind == "claim"]) == 12 + 1  # + the fixture's
    # the triggers still index what is written outside an import
    claim = ops.add_manual_claim(desk, article, 0, 10, "statistic", by="anna").claim
    assert claim.id in {h.claim_id for h in desk.search("Partei") if h.kind == "claim"}


def test_workers_see_content_already_on_the_desk(file_desk, tmp_path):
    # what a detector worker does for each file: read, hash, look the hash up read-only
    from factdesk.core.detector import pool as detection
    desk = file_desk

    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    fresh = detection.read_file(str(tmp_path / "a.txt"), str(desk.path))
    assert fresh.known_id is None and fresh.hash and fresh.doc.text == TEXT
    article_id = ops.import_paths(desk, [tmp_path / "a.txt"], by="anna").imported[0][1]
    assert detection.read_file(str(tmp_path / "a.txt"), str(desk.path)).known_id == article_id
    assert detection.read_file(str(tmp_path / "nope.txt")).error.endswith(": no such file")


def test_a_text_the_detector_cannot_take_fails_alone(desk, tmp_path):
    from factdesk.core import detector

    from tests import fake_detector

    def refusing(texts, lang="auto", n_process=1):
        for text in texts:
            if "Kaputt" in text:
                raise ValueError("[E088] Text of length 1200000 exceeds maximum of 1000000")
            yield fake_detector.detect(text, lang)

    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "b.txt").write_text("Kaputt: " + TEXT, encoding="utf-8")
    (tmp_path / "c.txt").write_text("Noch einer: " + TEXT, encoding="utf-8")
    previous = detector.use(detector.Detector(fake_detector.detect, refusing))
    try:
        report = ops.import_paths(desk, [tmp_path], by="anna")
    finally:
        detector.use(previous)
    assert len(report.imported) == 2 and desk.count_articles() == 2
    [(path, message)] = report.failed
    assert path.endswith("b.txt") and "claims could not be detected" in message and "E088" in message
