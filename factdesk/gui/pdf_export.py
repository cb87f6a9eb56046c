"""The PDF verdict report: the core's print HTML laid out by Qt's QTextDocument into a QPdfWriter.

No external programs. Lives in the GUI package because the core never imports
Qt; the command line calls `write_pdf` too, with an offscreen QGuiApplication
made on demand (no window, no display needed).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF, QSizeF
from PySide6.QtGui import QGuiApplication, QPageLayout, QPageSize, QPdfWriter, QTextDocument, QTextFormat, QTextTable
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


def tables(doc: QTextDocument) -> list[QTextTable]:
    """The document's tables (the claim cards and the chart tables), in reading order."""
    found: list[QTextTable] = []
    for frame in doc.rootFrame().childFrames():
        if isinstance(frame, QTextTable):
            found.append(frame)
    return found


def straddling(doc: QTextDocument) -> list[QTextTable]:
    """The tables that begin on one page and end on the next (and would fit on one page)."""
    height = doc.pageSize().height()
    layout = doc.documentLayout()
    out = []
    for table in tables(doc):
        rect = layout.frameBoundingRect(table)
        if rect.height() < height and int(rect.top() // height) != int((rect.bottom() - 1) // height):
            out.append(table)
    return out


def keep_cards_whole(doc: QTextDocument, writer: QPdfWriter) -> None:
    """Lay the document out for the writer's pages and start a claim card that would be split across two
    pages on the next page instead (QTextDocument knows no "page-break-inside: avoid")."""
    doc.documentLayout().setPaintDevice(writer)
    doc.setPageSize(QSizeF(writer.width(), writer.height()))
    for _ in range(len(tables(doc))):  # each break moves the cards after it: look again from the top
        split = straddling(doc)
        if not split:
            break
        fmt = split[0].format()
        fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
        split[0].setFormat(fmt)


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
