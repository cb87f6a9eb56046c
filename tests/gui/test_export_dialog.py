"""File → Export report…: the form's request, writing in a worker, a clear message on failure."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from factdesk.core.reports.collect import ReportFilter
from factdesk.gui.export_dialog import ExportDialog, ExportRequest
from factdesk.core import ops


@pytest.fixture
def approved(desk):
    """The desk with one approved claim (rationale holding markup) and one waiting for review."""
    claims = desk.claim_rows(limit=10)
    ops.edit_claim(desk, claims[0].id, by="kim", verdict="true", status="ready_for_review",
                      rationale="<script>alert(1)</script> =HYPERLINK(\"x\") 👍🏽 قال")
    ops.add_source(desk, claims[0].id, by="kim", url="https://example.org/result")
    ops.review_claim(desk, claims[0].id, "approve", by="lea")
    ops.edit_claim(desk, claims[1].id, by="kim", verdict="false", status="ready_for_review")
    return desk, claims[0].id


@pytest.fixture
def notes(monkeypatch):
    got: list[tuple[str, bool]] = []
    monkeypatch.setattr(ExportDialog, "notify", classmethod(lambda cls, parent, msg, ok: got.append((msg, ok))))
    return got


def test_form_builds_the_request(qtbot, approved, tmp_path):
    desk, _ = approved
    dialog = ExportDialog(desk)
    qtbot.addWidget(dialog)
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("csv"))
    dialog.verdict_combo.setCurrentIndex(dialog.verdict_combo.findData("true"))
    dialog.from_edit.setText("2026-01-01")
    dialog.path_edit.setText(str(tmp_path / "out.csv"))
    request = dialog.request()
    assert request.fmt == "csv" and request.path == tmp_path / "out.csv"
    assert request.filters.status == "approved" and request.filters.verdict == "true"
    assert request.filters.date_from == "2026-01-01" and request.filters.article_id is None


def test_bad_date_keeps_the_dialog_open_with_a_message(qtbot, approved, tmp_path):
    dialog = ExportDialog(approved[0])
    qtbot.addWidget(dialog)
    dialog.path_edit.setText(str(tmp_path / "r.html"))
    dialog.to_edit.setText("next week")
    dialog.accept()
    assert dialog.result() == 0 and "not a date" in dialog.error.text()
    dialog.to_edit.setText("")
    dialog.path_edit.setText(str(tmp_path / "missing" / "r.html"))
    dialog.accept()
    assert "does not exist" in dialog.error.text()


def test_changing_format_fixes_the_extension(qtbot, approved):
    dialog = ExportDialog(approved[0])
    qtbot.addWidget(dialog)
    dialog.path_edit.setText("/tmp/bericht.html")
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("claimreview"))
    assert dialog.path_edit.text() == "/tmp/bericht.jsonld"


@pytest.mark.parametrize("fmt", ["html", "pdf", "csv", "json", "claimreview", "md"])
def test_run_writes_the_report_in_a_worker(qtbot, approved, tmp_path, notes, monkeypatch, fmt):
    desk, claim_id = approved
    out = tmp_path / f"report.{fmt}"
    monkeypatch.setattr(ExportDialog, "ask", classmethod(
        lambda cls, d, p=None: ExportRequest(fmt, ReportFilter(status="approved"), out,
                                             base_url="https://p.example/r")))
    assert ExportDialog.run(desk, None) is not None
    qtbot.waitUntil(lambda: bool(notes), timeout=20000)
    assert notes[0][1] is True and "Wrote 1 claim from 1 article to " in notes[0][0]
    data = out.read_bytes()
    assert data
    if fmt == "html":
        assert data.lower().count(b"<script") == data.count(b"<script type=\"application/ld+json\">") == 1
    if fmt == "json":
        assert json.loads(data)["articles"][0]["claims"][0]["id"] == claim_id


def test_failure_gives_one_clear_message(qtbot, approved, tmp_path, notes):
    desk, _ = approved
    request = ExportRequest("html", ReportFilter(), tmp_path / "gone" / "r.html")
    ExportDialog.export(desk, request, None)
    qtbot.waitUntil(lambda: bool(notes), timeout=10000)
    message, ok = notes[0]
    assert ok is False and "no such folder" in message and "\n" not in message
    assert not Path(tmp_path / "gone").exists()


def test_cancel_does_nothing(approved, monkeypatch, notes):
    monkeypatch.setattr(ExportDialog, "ask", classmethod(lambda cls, d, p=None: None))
    assert ExportDialog.run(approved[0], None) is None and not notes


def test_organisation_and_report_address_are_kept_for_next_time(qtbot, approved, tmp_path, notes):
    desk, _ = approved
    dialog = ExportDialog(desk)
    qtbot.addWidget(dialog)
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("claimreview"))
    dialog.organisation_edit.setText("Faktenteam Süd")
    dialog.base_url_edit.setText("https://faktenteam.example/berichte/1")
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("de"))
    dialog.path_edit.setText(str(tmp_path / "cr.jsonld"))
    ExportDialog.export(desk, dialog.request(), None)
    qtbot.waitUntil(lambda: bool(notes), timeout=10000)
    review = json.loads((tmp_path / "cr.jsonld").read_text("utf-8"))[0]
    assert review["author"]["name"] == "Faktenteam Süd"
    assert review["url"].startswith("https://faktenteam.example/berichte/1#claim-")
    assert review["reviewRating"]["alternateName"] == "Richtig"
    again = ExportDialog(desk)
    qtbot.addWidget(again)
    assert again.organisation_edit.text() == "Faktenteam Süd"
    assert again.language_combo.currentData() == "de"


def test_non_web_report_address_is_refused(qtbot, approved, tmp_path):
    dialog = ExportDialog(approved[0])
    qtbot.addWidget(dialog)
    dialog.path_edit.setText(str(tmp_path / "r.html"))
    dialog.base_url_edit.setText("javascript:alert(1)")
    dialog.accept()
    assert "http" in dialog.error.text()


def test_claimreview_without_report_address_is_refused(qtbot, approved, tmp_path, notes):
    desk, _ = approved
    dialog = ExportDialog(desk)
    qtbot.addWidget(dialog)
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("claimreview"))
    dialog.path_edit.setText(str(tmp_path / "r.jsonld"))
    dialog.base_url_edit.setText("")
    dialog.accept()
    assert dialog.result() == 0 and "report address" in dialog.error.text().lower()
    assert dialog.request().filters.status == "approved"  # the dialog's default for every format
    ExportDialog.export(desk, ExportRequest("claimreview", ReportFilter(), tmp_path / "r.jsonld", base_url=""),
                        None)
    qtbot.waitUntil(lambda: bool(notes), timeout=10000)
    message, ok = notes[0]
    assert ok is False and "set the report address first" in message and "\n" not in message
    assert not (tmp_path / "r.jsonld").exists()


def test_message_counts_the_claimreviews_written(qtbot, approved, tmp_path, notes):
    desk, _ = approved
    out = tmp_path / "r.jsonld"
    ExportDialog.export(desk, ExportRequest("claimreview", ReportFilter(status="any"), out,
                                            base_url="https://p.example/r"), None)
    qtbot.waitUntil(lambda: bool(notes), timeout=10000)
    written = len(json.loads(out.read_text("utf-8")))
    assert notes[0][1] is True and f"Wrote {written} claims" in notes[0][0]
