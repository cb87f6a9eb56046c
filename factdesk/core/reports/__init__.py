"""Verdict reports: HTML, Markdown, CSV, JSON and ClaimReview writers (PDF: factdesk.gui.pdf_export).

`collect.collect(desk, ReportFilter(...))` gathers a `data.Report`; each writer
module has `render(report) -> str` and `write(report, path)`. `write_report`
picks the writer by format name. The PDF is the HTML report's `print` variant
laid out by Qt, which lives outside the core (the core never imports Qt).
"""

from __future__ import annotations

import importlib
import os
import tempfile
from pathlib import Path
from typing import Callable

from factdesk.core.errors import InputError, RequestError
from factdesk.core.reports.data import Report

# format name -> writer module under factdesk.core.reports
WRITERS: dict[str, str] = {
    "html": "html", "md": "markdown", "csv": "csv_writer", "json": "json_writer",
    "claimreview": "claimreview",
}
FORMATS: tuple[str, ...] = ("html", "pdf", "md", "csv", "json", "claimreview")
# the status filter a format uses unless the user asks for another (or "any")
DEFAULT_STATUS: dict[str, str] = {"claimreview": "approved"}
EXTENSIONS: dict[str, str] = {
    "html": ".html", "pdf": ".pdf", "md": ".md", "csv": ".csv", "json": ".json", "claimreview": ".jsonld",
}


def written(report: Report, fmt: str) -> tuple[int, int]:
    """Return (claims, articles) the file of this format holds: ClaimReview only has claims with a verdict."""
    if fmt == "claimreview":
        pairs = [(a.article.id, e.claim.id) for a, e in report.entries() if e.claim.verdict]
        return len(pairs), len({a for a, _ in pairs})
    return report.claim_count(), len(report.articles)


def write_report(report: Report, fmt: str, path: Path | str) -> None:
    """Write the report in a core format (every format but pdf) to path."""
    if fmt not in WRITERS:
        raise InputError(f"unknown report format '{fmt}' (choose one of: {', '.join(WRITERS)})")
    module = importlib.import_module(f"factdesk.core.reports.{WRITERS[fmt]}")
    module.write(report, path)


def write_atomic(report: Report, fmt: str, path: Path | str,
                 pdf_writer: Callable[[Report, Path], None] | None = None) -> tuple[int, int]:
    """Write the report to a temporary file beside path, then move it into place.

    A failed export never leaves half a report (nor replaces an older one).
    PDF needs `pdf_writer` (factdesk.gui.pdf_export.write_pdf): the core has no Qt.
    Raises InputError for a bad path, RequestError when the file cannot be written.
    Returns (claims, articles) written, as `written()` counts them.
    """
    path = Path(path)
    if fmt not in FORMATS:
        raise InputError(f"unknown report format '{fmt}' (choose one of: {', '.join(FORMATS)})")
    if path.is_dir():
        raise InputError(f"{path}: is a folder; give a file name")
    if not path.parent.is_dir():
        raise InputError(f"{path.parent}: no such folder")
    if fmt == "claimreview":
        from factdesk.core.reports.claimreview import check_ready
        check_ready(report)
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    except OSError as exc:
        raise RequestError(f"cannot write {path}: {exc.strerror or exc}") from None
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        if fmt == "pdf":
            if pdf_writer is None:
                raise RequestError("PDF export needs the Qt part of FactDesk")
            pdf_writer(report, tmp)
        else:
            write_report(report, fmt, tmp)
        os.replace(tmp, path)
        return written(report, fmt)
    except OSError as exc:
        raise RequestError(f"cannot write {path}: {exc.strerror or exc}") from None
    finally:
        tmp.unlink(missing_ok=True)
