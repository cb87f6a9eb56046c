"""The CSV verdict report: one row per claim, UTF-8 with a BOM, safe from formula injection.

Spreadsheet programs run a cell starting with = + - @ (or a tab or carriage
return before one) as a formula; every such cell gets a leading single quote,
which they show as text. The BOM makes Excel read umlauts as UTF-8. Cells
longer than a spreadsheet cell holds (32,767 characters) are cut with a note.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

from factdesk.core.reports.data import Report
from factdesk.core.reports.labels import qualifier_label, status_label, type_label

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# Excel holds at most 32,767 characters in a cell and spills the rest into the next rows,
# shifting every column after it: longer texts are cut (the JSON report keeps them whole).
MAX_CELL = 32_767
CUT_NOTE = " … [cut at {n} characters; the JSON report has the whole text]"

COLUMNS: tuple[str, ...] = (
    "claim_id", "article_id", "article_title", "outlet", "article_url", "article_published",
    "type", "text", "value", "unit", "qualifier", "speaker", "status", "verdict", "verdict_label",
    "rationale", "checker", "reviewer", "reviewed_at", "updated_at", "updated_by", "source_urls",
    "source_titles", "type_label", "qualifier_label", "status_label",
)


def defuse_formula(text: str) -> str:
    """Prefix text with ' when a spreadsheet would read it as a formula (= + - @ tab CR)."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def neutralize(value: Any) -> str:
    """Return the cell as text, formulas defused and over-long texts cut."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer() and abs(value) < 2**53:
        value = int(value)
    text = defuse_formula(str(value))
    if len(text) > MAX_CELL:
        note = CUT_NOTE.format(n=MAX_CELL - 200)
        text = text[: MAX_CELL - 200] + note
    return text


def rows(report: Report) -> list[list[str]]:
    """Return the header and one neutralized row per claim."""
    out = [list(COLUMNS)]
    for article, entry in report.entries():
        a, c = article.article, entry.claim
        cells = [
            c.id, a.id, a.title, a.outlet, a.url, a.published,
            c.type, c.text, c.value, c.unit, c.qualifier, c.speaker, c.status, c.verdict,
            report.verdict_label(c), c.rationale, entry.checker, entry.reviewer, entry.reviewed_at,
            c.updated_at, c.updated_by,
            "\n".join(s.url or "" for s in c.sources), "\n".join(s.title or "" for s in c.sources),
            type_label(c.type, report.language), qualifier_label(c.qualifier, report.language),
            status_label(c.status, report.language),
        ]
        out.append([neutralize(cell) for cell in cells])
    return out


def render(report: Report) -> str:
    """Return the CSV text (without the BOM; `write` adds it)."""
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\r\n").writerows(rows(report))
    return buffer.getvalue()


def write(report: Report, path: Path | str) -> None:
    """Write the CSV report to path as UTF-8 with a byte order mark."""
    with open(path, "w", encoding="utf-8-sig", newline="") as handle:
        csv.writer(handle, lineterminator="\r\n").writerows(rows(report))
