"""The PDF verdict report: the core's print HTML laid out by Qt's QTextDocument into a QPdfWriter.

No external programs. Lives in the GUI package because the core never imports
Qt; the command line calls `write_pdf` too, with an offscreen QGuiApplication
made on demand (no window, no display needed).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF, QSizeF
from PySide6.QtGui import (QGuiApplication, QPageLayout, QPageSize, QPdfWriter, QTextCursor, QTextDocument,
                           QTextFormat, QTextTable)
from PySide6.QtWidgets import QApplication

from factdesk.core.errors import RequestError
from factdesk.core.reports import html
from factdesk.core.reports.data import Report

_app: QApplication | None = None


def ensure_app() -> None:
    """Make sure a Qt application exists (an offscreen one when called from the command line).

    A QApplication, not just a QGuiApplication: in one process (tests, or the
    app started after a CLI call) widgets may follow, and they need one.
    """
    global _app
    if QGuiApplication.instance() is None:
        _app = QApplication(["factdesk", "-platform", "offscreen"])


def document(report: Report) -> QTextDocument:
    """Return the report's print HTML as a QTextDocument."""
    ensure_app()
    doc = QTextDocument()
    doc.setDocumentMargin(0)
    doc.setHtml(html.render(report, "print"))
    return doc


def tables(doc: QTextDocument) -> list[tuple[int, QTextTable]]:
    """The document's tables (claim cards, chart tables) in reading order, each with its segment: the
    number of forced page breaks (one per article) before it."""
    found: list[tuple[int, QTextTable]] = []
    segment = 0
    it = doc.rootFrame().begin()
    while not it.atEnd():
        frame = it.currentFrame()
        if isinstance(frame, QTextTable):
            found.append((segment, frame))
        elif frame is None and it.currentBlock().blockFormat().pageBreakPolicy() \
                & QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore:
            segment += 1
        it += 1
    return found


def straddling(doc: QTextDocument) -> list[tuple[int, QTextTable]]:
    """The tables that begin on one page and end on the next (and would fit on one page)."""
    height = doc.pageSize().height()
    layout = doc.documentLayout()
    out = []
    for segment, table in tables(doc):
        rect = layout.frameBoundingRect(table)
        if rect.height() < height and int(rect.top() // height) != int((rect.bottom() - 1) // height):
            out.append((segment, table))
    return out


def keep_cards_whole(doc: QTextDocument, writer: QPdfWriter) -> None:
    """Lay the document out for the writer's pages and start a claim card that would be split across two
    pages on the next page instead (QTextDocument knows no "page-break-inside: avoid").

    A break moves every card after it, up to the next article (which starts a page anyway): each round
    breaks before the first split card of every article, then lays out again, until none is split.
    """
    doc.documentLayout().setPaintDevice(writer)
    doc.setPageSize(QSizeF(writer.width(), writer.height()))
    while True:
        first: dict[int, QTextTable] = {}
        for segment, table in straddling(doc):
            first.setdefault(segment, table)
        if not first:
            return
        edit = QTextCursor(doc)
        edit.beginEditBlock()  # one layout for the whole round, not one per break
        for table in first.values():
            fmt = table.format()
            fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
            table.setFormat(fmt)
        edit.endEditBlock()


def write_pdf(report: Report, path: Path | str) -> None:
    """Write the report as an A4 PDF to path; RequestError when the file cannot be written."""
    doc = document(report)
    path = Path(path)
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter)
    writer.setResolution(300)
    writer.setTitle(report.title)
    writer.setCreator("FactDesk")
    keep_cards_whole(doc, writer)
    doc.print_(writer)
    del writer  # flushes and closes the file
    if not path.is_file() or path.stat().st_size == 0:
        raise RequestError(f"cannot write {path}: the PDF could not be created")
