"""The PDF report (Qt's QTextDocument + QPdfWriter): hostile text printed as text, long text paged."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import numpy as np
import pypdf
import pytest

from factdesk.gui.pdf_export import write_pdf

_spec = importlib.util.spec_from_file_location(
    "reports_fixture", Path(__file__).resolve().parents[1] / "core" / "reports" / "conftest.py")
fixture = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(fixture)


@pytest.fixture(scope="module")
def pdf(qapp, tmp_path_factory):
    """The sample report printed once for the tests that only read it."""
    path = tmp_path_factory.mktemp("pdf") / "report.pdf"
    write_pdf(fixture.build_report(), path)
    return pypdf.PdfReader(str(path))


@pytest.fixture(scope="module")
def pdf_text(pdf) -> str:
    """The report's text, extracted once (pypdf takes seconds for its pages)."""
    return text_of(pdf)


def text_of(reader) -> str:
    """All pages' text with whitespace runs (pypdf gives tabs for spaces) as single spaces."""
    return " ".join(" ".join(page.extract_text() or "" for page in reader.pages).split())


def test_markup_is_printed_as_text(pdf_text):
    text = pdf_text
    assert "<script>alert('x')</script>" in text
    assert "<b>fett</b>" in text


def test_no_javascript_anywhere_in_the_pdf(pdf):
    assert "/JavaScript" not in pdf.trailer["/Root"] and "/OpenAction" not in pdf.trailer["/Root"]
    for page in pdf.pages:
        for annot in page.get("/Annots") or []:
            action = annot.get_object().get("/A") or {}
            assert action.get("/S") != "/JavaScript"
            assert not str(action.get("/URI", "")).lower().startswith("javascript")


def test_long_text_runs_over_pages_and_one_article_per_page(pdf, pdf_text):
    assert len(pdf.pages) > 5  # the very long rationale is paged, not cut
    assert "Sehr lange Begründung" in pdf_text


def test_formula_and_rtl_text_survive(pdf_text):
    text = pdf_text
    assert '=HYPERLINK("http://evil.example","klick")' in text
    assert "@SUM(A1:A9)" in text
    assert any(ch in text for ch in "قالאמר")


def _bar_lengths(report, colours):
    """Lay the print report out with Qt and measure, per colour, the longest run of its pixels in a row."""
    from PySide6.QtGui import QColor, QImage, QPainter

    from factdesk.gui.pdf_export import document

    doc = document(report)
    doc.setTextWidth(800)
    image = QImage(800, 700, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    doc.drawContents(painter)
    painter.end()
    pixels = np.frombuffer(image.constBits(), dtype=np.uint32).reshape(image.height(), image.width())
    longest = {}
    for colour in colours:
        hit = np.pad(pixels == QColor(colour).rgb(), ((0, 0), (1, 1))).astype(np.int8)
        edges = np.diff(hit, axis=1)  # +1 where a run starts, -1 just after it ends, row by row
        starts, ends = np.nonzero(edges == 1), np.nonzero(edges == -1)
        longest[colour] = int((ends[1] - starts[1]).max()) if starts[1].size else 0
    return longest


def test_summary_bars_scale_with_the_counts(qapp):
    lengths = _bar_lengths(fixture.build_report(), ["#2e7d32", "#c62828"])
    green, red = lengths["#2e7d32"], lengths["#c62828"]
    assert green > 0 and red > 0
    assert 1.6 < green / red < 2.4, lengths  # 2 true claims against 1 false one


def test_print_bars_are_images_in_proportion():
    import re

    from factdesk.core.reports import html
    page = html.render(fixture.build_report(), "print")
    # verdicts: true 2, mostly false 1, false 1, unprovable 1 (+ 1 without a verdict); a 0 has no bar
    widths = [int(w) for w in re.findall(r'<img src="data:image/png;base64,[^"]+" width="(\d+)"', page)]
    assert widths[:5] == [320, 160, 160, 160, 160]


def _many_cards():
    """A report of one article with 40 claim cards of a dozen lines each: several per page."""
    from dataclasses import replace
    report = fixture.build_report()
    article = report.articles[0]
    entry = article.claims[0]
    rationale = "\n".join(f"Zeile {i}: die Quelle nennt 34,5 Prozent." for i in range(10))
    article.claims = [replace(entry, claim=replace(entry.claim, id=f"c-{n}", rationale=rationale))
                      for n in range(40)]
    report.articles = [article]
    return report


def test_no_claim_card_is_split_across_two_pages(qapp, tmp_path):
    from PySide6.QtCore import QMarginsF, QSizeF
    from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter

    from factdesk.gui.pdf_export import document, keep_cards_whole, straddling
    writer = QPdfWriter(str(tmp_path / "probe.pdf"))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter)
    writer.setResolution(300)
    plain = document(_many_cards())
    plain.documentLayout().setPaintDevice(writer)
    plain.setPageSize(QSizeF(writer.width(), writer.height()))
    assert straddling(plain)  # laid out as it comes, cards break across pages
    doc = document(_many_cards())
    keep_cards_whole(doc, writer)
    assert straddling(doc) == []
    write_pdf(_many_cards(), tmp_path / "cards.pdf")
    for page in pypdf.PdfReader(str(tmp_path / "cards.pdf")).pages[1:]:
        text = page.extract_text() or ""
        # every card on the page is whole: as many first lines (verdict) as last lines (checker)
        assert text.count("Zeile 0:") == text.count("Zeile 9:")
