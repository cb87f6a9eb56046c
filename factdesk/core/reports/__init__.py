"""Verdict reports: HTML, Markdown, CSV, JSON and ClaimReview writers (PDF: factdesk.gui.pdf_export).

`collect.collect(desk, ReportFilter(...))` gathers a `data.Report`; each writer
module has `render(report) -> str` and `write(report, path)`. `write_report`
picks the writer by format name. The PDF is the HTML report's `print` variant
laid out by Qt, which lives outside the core (the core never imports Qt).
"""

from __future__ import annotations

import importlib
from pathlib import Path

from factdesk.core.errors import InputError
from factdesk.core.reports.data import Report

# format name -> writer module under factdesk.core.reports
WRITERS: dict[str, str] = {
    "html": "html", "md": "markdown", "csv": "csv_writer", "json": "json_writer",
    "claimreview": "claimreview",
}
FORMATS: tuple[str, ...] = ("html", "pdf", "md", "csv", "json", "claimreview")
EXTENSIONS: dict[str, str] = {
    "html": ".html", "pdf": ".pdf", "md": ".md", "csv": ".csv", "json": ".json", "claimreview": ".jsonld",
}


def write_report(report: Report, fmt: str, path: Path | str) -> None:
    """Write the report in a core format (every format but pdf) to path."""
    if fmt not in WRITERS:
        raise InputError(f"unknown report format '{fmt}' (choose one of: {', '.join(WRITERS)})")
    module = importlib.import_module(f"factdesk.core.reports.{WRITERS[fmt]}")
    module.write(report, path)
