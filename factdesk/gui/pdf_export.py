"""The PDF verdict report: the core's print HTML laid out by Qt's QTextDocument into a QPdfWriter.

No external programs. Lives in the GUI package because the core never imports
Qt; the command line calls `write_pdf` too, with an offscreen QGuiApplication
made on demand (no window, no display needed).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QGuiApplication, QPageLayout, QPageSize, QPdfWriter, QTextDocument
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
    doc.print_(writer)
    del writer  # flushes and closes the file
    if not path.is_file() or path.stat().st_size == 0:
        raise RequestError(f"cannot write {path}: the PDF could not be created")
