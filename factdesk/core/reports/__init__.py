"""Verdict reports: HTML, Markdown, CSV, JSON and ClaimReview writers (PDF: factdesk.gui.pdf_export).

`collect.collect(desk, ReportFilter(...))` gathers a `data.Report`; each writer
module has `render(report) -> str` and `write(report, path)`. `write_report`
picks the writer by format name. The PDF is the HTML report's `print` variant
laid out by Qt, which lives outside the core (the core never imports Qt).
"""

from __future__ import annotations

import importlib
import os
import secrets
import stat
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


def _new_part_file(path: Path) -> Path:
    """Create an empty, unique `.NAME.XXXX.part` file beside path with a normal file's permissions.

    Mode 0666 less the umask, as any program's new file (tempfile.mkstemp would make
    it 0600, and reports are meant to be shared); an existing report's mode is kept.
    """
    for _ in range(100):
        tmp = path.parent / f".{path.name}.{secrets.token_hex(4)}.part"
        try:
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
        except FileExistsError:
            continue
        except OSError as exc:
            raise RequestError(f"cannot write {path}: {exc.strerror or exc}") from None
        try:
            if path.is_file():
                os.chmod(fd, stat.S_IMODE(path.stat().st_mode))
        except OSError:
            pass  # the umask's mode then
        finally:
            os.close(fd)
        return tmp
    raise RequestError(f"cannot write {path}: no free temporary name beside it")


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
    tmp = _new_part_file(path)
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
