"""`factdesk export`: write a verdict report (html, pdf, md, csv, json, claimreview) from a desk.

Argument parsing only: `factdesk.core.reports.collect` gathers the claims, the
core writers write every format but PDF, which `factdesk.gui.pdf_export` lays
out with Qt (offscreen, no window). The file is written beside its final name
and moved into place, so a failed export never leaves half a report.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Callable

from factdesk.cli import db_parent
from factdesk.cli.common import desk_path
from factdesk.core.errors import RequestError
from factdesk.core.reports import DEFAULT_STATUS, FORMATS, write_atomic
from factdesk.core.reports.collect import ReportFilter, collect
from factdesk.core.reports.data import Report


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    """Register `export` and its options."""
    p = subparsers.add_parser(
        "export", parents=[db_parent()], help="write a verdict report",
        description="Write a verdict report of the desk's claims. Filters combine; "
                    "--from/--to (YYYY-MM-DD, inclusive) select by the day a claim was approved "
                    "(else last changed). claimreview holds only approved claims with a verdict unless "
                    "--status says otherwise, and needs the report address (--base-url or the desk "
                    "setting report_base_url).")
    p.add_argument("--format", required=True, choices=FORMATS, help="report format")
    p.add_argument("--status", help="only claims with this status (e.g. approved; 'any' for every status "
                                    "but dismissed). Default: any, but approved for claimreview")
    p.add_argument("--article", metavar="ID", help="only claims of this article")
    p.add_argument("--verdict", help="only claims with this verdict id")
    p.add_argument("--type", help="only claims of this type")
    p.add_argument("--from", dest="date_from", metavar="DATE", help="decided on or after DATE")
    p.add_argument("--to", dest="date_to", metavar="DATE", help="decided on or before DATE")
    p.add_argument("--title", help="report title (default: Verdict report; Prüfbericht with --lang de)")
    p.add_argument("--organisation", metavar="NAME",
                   help="publisher named in the report and as ClaimReview author (default: desk setting)")
    p.add_argument("--base-url", metavar="URL",
                   help="where the HTML report is published; ClaimReview url = URL#claim-ID "
                        "(default: desk setting report_base_url)")
    p.add_argument("--lang", choices=("en", "de"), help="language of the report's words and verdict labels")
    p.add_argument("-o", "--output", required=True, metavar="PATH", help="file to write")
    p.set_defaults(func=run)


def write_any(report: Report, fmt: str, path: Path) -> tuple[int, int]:
    """Write the report in any format (PDF through Qt) atomically to path; return (claims, articles) written."""
    pdf_writer: Callable[[Report, Path | str], None] | None = None
    if fmt == "pdf":
        from factdesk.gui.pdf_export import write_pdf

        pdf_writer = write_pdf
    return write_atomic(report, fmt, path, pdf_writer)


def run(args: argparse.Namespace) -> int:
    """Collect the filtered claims and write the report; return the exit status."""
    db = desk_path(args)
    if not db.is_file():
        raise RequestError(f"no desk at {db}")
    from factdesk.core.store import Desk

    desk = Desk.open(db)
    try:
        status = args.status if args.status is not None else DEFAULT_STATUS.get(args.format)
        filters = ReportFilter(status=status, article_id=args.article, verdict=args.verdict,
                               type=args.type, date_from=args.date_from, date_to=args.date_to)
        report = collect(desk, filters, title=args.title, organisation=args.organisation,
                         base_url=args.base_url, language=args.lang)
    finally:
        desk.close()
    output = Path(args.output)
    claims, articles = write_any(report, args.format, output)
    from factdesk.core.words import count
    sys.stdout.write(f"wrote {count(claims, 'claim', 'en')} from {count(articles, 'article', 'en')} to {output}\n")
    return 0
