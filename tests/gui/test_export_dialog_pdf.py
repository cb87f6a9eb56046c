"""The PDF report (Qt's QTextDocument + QPdfWriter): hostile text printed as text, long text paged."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pypdf
import pytest

from factdesk.gui.pdf_export import write_pdf

_spec = importlib.util.spec_from_file_location(
    "reports_fixture", Path(__file__).resolve().parents[1] / "core" / "reports" / "conftest.py")
fixture = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(fixture)


@pytest.fixture
def pdf(qapp, tmp_path):
    path = tmp_path / "report.pdf"
    write_pdf(fixture.build_report(), path)
    return pypdf.PdfReader(str(path))


def text_of(reader) -> str:
    """All pages' text with whitespace runs (pypdf gives tabs for spaces) as single spaces."""
    return " ".join(" ".join(page.extract_text() or "" for page in reader.pages).split())


def test_markup_is_printed_as_text(pdf):
    text = text_of(pdf)
    assert "<script>alert('x')</script>" in text
    assert "<b>fett</b>" in text


def test_no_javascript_anywhere_in_the_pdf(pdf):
    assert "/JavaScript" not in pdf.trailer["/Root"] and "/OpenAction" not in pdf.trailer["/Root"]
    for page in pdf.pages:
        for annot in page.get("/Annots") or []:
            action = annot.get_object().get("/A") or {}
            assert action.get("/S") != "/JavaScript"
            assert not str(action.get("/URI", "")).lower().startswith("javascript")


def test_long_text_runs_over_pages_and_one_article_per_page(pdf):
    assert len(pdf.pages) > 5  # the very long rationale is paged, not cut
    assert "Sehr lange Begründung" in text_of(pdf)


def test_formula_and_rtl_text_survive(pdf):
    text = text_of(pdf)
    assert '=HYPERLINK("http://evil.example","klick")' in text
    assert "@SUM(A1:A9)" in text
    assert any(ch in text for ch in "قالאמר")
