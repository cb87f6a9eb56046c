"""`factdesk claims list/set`, `sources add`, `review` and `history`: argument parsing and printing."""

from __future__ import annotations

import argparse
import csv
import json
import sys

from factdesk.cli import db_parent, shelf_cmd
from factdesk.cli.common import format_option, open_desk, print_json_records, print_table
from factdesk.core import ops
from factdesk.core.errors import InputError, RequestError
from factdesk.core.model import CLAIM_TYPES, STATUSES, Claim
from factdesk.core.reports.csv_writer import defuse_formula
from factdesk.core.store import ClaimFilter

CSV_COLUMNS = ("id", "article_id", "type", "text", "start", "end", "value", "unit", "qualifier", "speaker",
               "status", "verdict", "rationale", "assignee", "sources", "updated_at", "updated_by")
PAGE = 1000


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    """Register `claims`, `sources`, `review` and `history`."""
    p = subparsers.add_parser("claims", help="list or change claims")
    sub = p.add_subparsers(dest="claims_command", metavar="list|set|archive|delete|restore", required=True)
    lp = sub.add_parser("list", parents=[db_parent()], help="list claims (dismissed ones only with --status dismissed)")
    lp.add_argument("--article", metavar="ID", help="only this article's claims")
    lp.add_argument("--status", choices=STATUSES)
    lp.add_argument("--verdict", metavar="V", help="a verdict id of the desk's rating scale")
    lp.add_argument("--type", choices=CLAIM_TYPES)
    format_option(lp, ("table", "json", "csv"))
    lp.set_defaults(func=run_list)

    sp = sub.add_parser("set", parents=[db_parent()], help="change a claim's status, verdict, rationale or assignee")
    sp.add_argument("claim_id", metavar="CLAIM_ID", help="claim id (or a unique prefix of 8+ characters)")
    # approved/returned are accepted here only to be refused with exit 1: a review sets them
    sp.add_argument("--status", choices=STATUSES)
    sp.add_argument("--verdict", metavar="V", help="verdict id ('' clears it)")
    sp.add_argument("--rationale", metavar="TEXT")
    sp.add_argument("--assignee", metavar="NAME")
    sp.add_argument("--by", metavar="NAME", required=True, help="who makes the change")
    sp.set_defaults(func=run_set)
    shelf_cmd.add_actions(sub, "claim")

    p = subparsers.add_parser("sources", help="attach sources to claims")
    sub = p.add_subparsers(dest="sources_command", metavar="add", required=True)
    ap = sub.add_parser("add", parents=[db_parent()], help="attach a source to a claim")
    ap.add_argument("claim_id", metavar="CLAIM_ID")
    ap.add_argument("--url", required=True, help="http(s) address of the source")
    ap.add_argument("--title")
    ap.add_argument("--publisher")
    ap.add_argument("--published", metavar="DATE", help="YYYY-MM-DD (or YYYY-MM, YYYY)")
    ap.add_argument("--excerpt", metavar="TEXT")
    ap.add_argument("--file", metavar="PATH", help="a file to keep inside the desk with the source")
    ap.add_argument("--by", metavar="NAME", required=True)
    ap.set_defaults(func=run_sources_add)

    p = subparsers.add_parser("review", parents=[db_parent()], help="approve or return a claim ready for review")
    p.add_argument("claim_id", metavar="CLAIM_ID")
    group = p.add_mutually_exclusive_group(required=True)
    group.add_argument("--approve", dest="decision", action="store_const", const="approve")
    group.add_argument("--return", dest="decision", action="store_const", const="return")
    group.add_argument("--reopen", dest="decision", action="store_const", const="reopen",
                       help="unlock an approved claim for further work")
    group.add_argument("--undo", dest="decision", action="store_const", const="undo",
                       help="take back your own latest review of the claim (recorded as a withdrawal)")
    p.add_argument("--comment", metavar="TEXT", help="what to fix (required with --return)")
    p.add_argument("--override", metavar="REASON",
                   help="approve against the four-eyes rule; the reason is recorded with the approval")
    p.add_argument("--by", metavar="NAME", required=True)
    p.set_defaults(func=run_review)

    p = subparsers.add_parser("history", parents=[db_parent()], help="every recorded change of a claim")
    p.add_argument("claim_id", metavar="CLAIM_ID")
    format_option(p)
    p.set_defaults(func=run_history)


def _claims(desk, f: ClaimFilter):
    """All claims matching the filter, page by page, with their sources."""
    offset = 0
    while True:
        page = desk.claim_rows(f, offset, PAGE, with_sources=True)
        yield from page
        if len(page) < PAGE:
            return
        offset += PAGE


def _csv_cell(value):
    """Neutralise spreadsheet formulas in text cells (numbers stay numbers)."""
    return defuse_formula(value) if isinstance(value, str) else value


def run_list(args: argparse.Namespace) -> int:
    """Print claims matching the filters."""
    with open_desk(args) as desk:
        article_id = desk.get_article(args.article).id if args.article else None
        if args.verdict and desk.rating_scale().verdict(args.verdict) is None:
            raise RequestError(f"unknown verdict '{args.verdict}' on the rating scale '{desk.rating_scale().id}'")
        f = ClaimFilter(article_id=article_id, status=args.status, verdict=args.verdict, type=args.type)
        claims = list(_claims(desk, f))
    if args.format == "json":
        print_json_records(c.to_json() for c in claims)
    elif args.format == "csv":
        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(CSV_COLUMNS)
        for c in claims:
            data = c.to_json()
            data["sources"] = " | ".join(s.url or s.title or "" for s in c.sources)
            writer.writerow([_csv_cell(data[k]) for k in CSV_COLUMNS])
    else:
        print_table(["id", "article", "type", "value", "status", "verdict", "assignee", "text"],
                    ([c.id[:8], c.article_id[:8], c.type, c.value, c.status, c.verdict, c.assignee, c.text]
                     for c in claims), {7: 60})
    return 0


def _describe(c: Claim) -> str:
    parts = [f"status {c.status}"]
    if c.verdict:
        parts.append(f"verdict {c.verdict}")
    if c.assignee:
        parts.append(f"assignee {c.assignee}")
    return f"claim {c.id}: " + ", ".join(parts)


def run_set(args: argparse.Namespace) -> int:
    """Change a claim; every change lands in the history."""
    fields = {k: getattr(args, k) for k in ("status", "verdict", "rationale", "assignee")
              if getattr(args, k) is not None}
    if not fields:
        raise InputError("claims set: nothing to change (give --status, --verdict, --rationale or --assignee)")
    with open_desk(args) as desk:
        claim = ops.edit_claim(desk, args.claim_id, args.by, **fields).claim
    print(_describe(claim))
    return 0


def run_sources_add(args: argparse.Namespace) -> int:
    """Attach a source to a claim and print the source's id."""
    with open_desk(args) as desk:
        source = ops.add_source(desk, args.claim_id, args.by, url=args.url, title=args.title,
                                publisher=args.publisher, published=args.published,
                                excerpt=args.excerpt, file_path=args.file).source
    assert source is not None  # adding always gives the new source
    print(f"source {source.id} added to claim {source.claim_id}")
    return 0


def run_review(args: argparse.Namespace) -> int:
    """Record a review decision; returning a claim needs a comment saying what to fix."""
    if args.decision == "return" and not (args.comment or "").strip():
        raise InputError("review --return needs --comment TEXT saying what to fix")
    with open_desk(args) as desk:
        if args.decision == "undo":
            mine = ops.latest_review(desk, desk.resolve_claim_id(args.claim_id), args.by)
            if mine is None:
                raise RequestError(f"{args.by} has no review of claim {args.claim_id} to undo", "not_found")
            claim = ops.withdraw_review(desk, mine.id, args.by).claim
            print(f"withdrew {mine.decision}: {_describe(claim)}")
            return 0
        claim = ops.review_claim(desk, args.claim_id, args.decision, args.by, comment=args.comment,
                                 override=args.override).claim
    print(f"{args.decision}: {_describe(claim)}")
    return 0


def run_history(args: argparse.Namespace) -> int:
    """Print a claim's recorded changes, oldest first."""
    with open_desk(args) as desk:
        entries = desk.history(claim_id=args.claim_id)
    if args.format == "json":
        print_json_records(e.to_json() for e in entries)
    else:
        def show(v):
            if isinstance(v, str) and v.startswith("{"):
                return "created " + ", ".join(f"{k}={val}" for k, val in json.loads(v).items()
                                              if val is not None and k in ("type", "text", "value", "url"))
            return v
        print_table(["at", "by", "entity", "field", "old", "new"],
                    ([e.at, e.by, e.entity, e.field or "", show(e.old), show(e.new)] for e in entries),
                    {4: 40, 5: 60})
    return 0
