"""The HTML verdict report: one self-contained, print-friendly file rendered with Jinja2.

Every piece of user text reaches the page through Jinja2's autoescape; the
article text is cut into pieces (`common.pieces`) that are escaped one by
one, with each claim inside a <mark> in its verdict's colour. Only http(s)
URLs become links, and only hex colours reach a style attribute. The screen
page embeds the ClaimReview JSON-LD of its approved verdicts when the report
has an address (a `<script type="application/ld+json">` data block). The
`print` variant (`report_print.html.j2`) keeps to the HTML subset Qt's
QTextDocument renders (no SVG, tables for the chart) and feeds the PDF.
"""

from __future__ import annotations

import base64
import struct
import zlib
from functools import cache
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import jinja2
from markupsafe import Markup

from factdesk.core.reports.common import date_part, is_web_link, pieces, safe_colour, text_colour
from factdesk.core.reports.data import ArticleEntry, ClaimEntry, Report
from factdesk.core.reports.labels import filter_labels, qualifier_label, status_label, type_label, words
from factdesk.core.reports.summary import bar_chart, type_counts, verdict_counts
from factdesk.resources import resource_path

TEMPLATES = {"screen": "report.html.j2", "print": "report_print.html.j2"}


@cache
def environment() -> jinja2.Environment:
    """Return the Jinja2 environment over resources/templates, autoescaping everything."""
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(resource_path("templates"))),
        autoescape=True, trim_blocks=True, lstrip_blocks=True,
        undefined=jinja2.StrictUndefined,
    )


PRINT_BAR_WIDTH = 320   # pixels of the longest bar in the print (PDF) chart
PRINT_BAR_HEIGHT = 12


@cache
def pixel_png(colour: str) -> str:
    """Return a data: URI of a one-pixel PNG in a (safe) hex colour.

    The print chart stretches it with <img width height>: QTextDocument honours
    those attributes, but ignores CSS widths of table cells and spans.
    """
    hex_digits = safe_colour(colour)[1:]
    if len(hex_digits) == 3:
        hex_digits = "".join(ch * 2 for ch in hex_digits)
    rgb = bytes(int(hex_digits[i:i + 2], 16) for i in (0, 2, 4))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    png = (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0))
           + chunk(b"IDAT", zlib.compress(b"\x00" + rgb)) + chunk(b"IEND", b""))
    return "data:image/png;base64," + base64.b64encode(png).decode("ascii")


def print_bars(rows: list) -> list[SimpleNamespace]:
    """The print chart's bars: label, count and an image of a width in proportion to the count."""
    biggest = max((r.count for r in rows), default=0) or 1
    return [SimpleNamespace(label=r.label, count=r.count, src=pixel_png(r.colour),
                            width=round(PRINT_BAR_WIDTH * r.count / biggest), height=PRINT_BAR_HEIGHT)
            for r in rows]


def verdict_styles(report: Report) -> list[SimpleNamespace]:
    """One CSS class per verdict of the scale (v0, v1, …) plus vx for none: colour and text colour."""
    styles = []
    for i, verdict in enumerate(report.scale.verdicts):
        colour = safe_colour(verdict.colour)
        styles.append(SimpleNamespace(id=verdict.id, cls=f"v{i}", colour=colour, fg=text_colour(colour)))
    colour = safe_colour(None)
    styles.append(SimpleNamespace(id=None, cls="vx", colour=colour, fg=text_colour(colour)))
    return styles


def _claim_view(report: Report, entry: ClaimEntry, classes: dict[str | None, str]) -> SimpleNamespace:
    """Return what the template shows of one claim, every field plain text."""
    claim = entry.claim
    verdict = report.verdict_of(claim)
    colour = safe_colour(verdict.colour if verdict else None)
    sources = [SimpleNamespace(
        url=s.url or "", link=is_web_link(s.url), title=s.title or "",
        publisher=s.publisher or "", published=date_part(s.published),
        excerpt=s.excerpt or "", file_name=s.file_name or "",
    ) for s in claim.sources]
    # namespaces, not dicts: Jinja2 reads attributes of these directly (a 10,000-claim report is 2x faster)
    return SimpleNamespace(
        id=claim.id, text=claim.text, type=type_label(claim.type, report.language),
        qualifier=qualifier_label(claim.qualifier, report.language),
        status=status_label(claim.status, report.language), speaker=claim.speaker or "",
        verdict=report.verdict_label(claim), colour=colour, fg=text_colour(colour),
        cls=classes.get(verdict.id if verdict else None, "vx"),
        rationale=claim.rationale or "", sources=sources,
        checker=entry.checker or "", reviewer=entry.reviewer or "",
        reviewed=date_part(entry.reviewed_at), updated=date_part(claim.updated_at),
    )


def _article_view(report: Report, article: ArticleEntry, views: dict[str, SimpleNamespace]) -> SimpleNamespace:
    """Return the template's view of one article: its metadata, marked text and claims."""
    a = article.article
    marked = [SimpleNamespace(text=p.text, claim=views[p.claim.id] if p.claim else None)
              for p in pieces(a.text, [e.claim for e in article.claims])]
    return SimpleNamespace(
        id=a.id, title=a.title or words(report.language)["untitled"], outlet=a.outlet or "",
        url=a.url or "", link=is_web_link(a.url), published=date_part(a.published),
        author=a.author or "", language=a.language or "",
        pieces=marked, claims=[views[e.claim.id] for e in article.claims],
    )


def context(report: Report) -> dict[str, Any]:
    """Return the full template context of a report."""
    styles = verdict_styles(report)
    classes = {s.id: s.cls for s in styles}
    articles = []
    for article in report.articles:
        views = {e.claim.id: _claim_view(report, e, classes) for e in article.claims}
        articles.append(_article_view(report, article, views))
    verdicts, types = verdict_counts(report), type_counts(report)
    return {
        "title": report.title, "organisation": report.organisation or "",
        "generated": report.generated_at, "filters": filter_labels(report.filters, report.language),
        "lang": report.language,
        "scale": report.scale.name, "total": report.claim_count(), "articles": articles,
        "verdicts": verdicts, "types": types,
        "verdict_chart": bar_chart(verdicts), "type_chart": bar_chart(types),
        "verdict_bars": print_bars(verdicts), "type_bars": print_bars(types),
        "t": words(report.language), "verdict_styles": styles,
    }


def claimreview_jsonld(report: Report) -> Markup | None:
    """The ClaimReview JSON-LD of the approved verdicts, to embed in the page; None without any.

    Each ClaimReview's `url` is the report address plus the claim's anchor on
    this page, so the page must be published at the desk's report address;
    without one (or without approved verdicts) nothing is embedded.
    """
    from factdesk.core.reports import claimreview

    if not (report.base_url or "").strip():
        return None
    if not any(e.claim.verdict and e.claim.status == "approved" for _, e in report.entries()):
        return None
    return Markup(claimreview.render(report, approved_only=True, compact=True))  # escaped for <script> by render()


def render(report: Report, variant: str = "screen") -> str:
    """Render the report as HTML; variant 'print' is the simplified page the PDF is made from."""
    template = environment().get_template(TEMPLATES[variant])
    extra = {"claimreview_jsonld": claimreview_jsonld(report)} if variant == "screen" else {}
    return template.render(**context(report), **extra)


def write(report: Report, path: Path | str) -> None:
    """Write the HTML report to path as UTF-8."""
    Path(path).write_text(render(report), encoding="utf-8")
