"""`factdesk comments`: a claim's comment thread between checker and lead.

    factdesk comments list CLAIM_ID [--format table|json]
    factdesk comments add CLAIM_ID --text TEXT --by NAME
"""

from __future__ import annotations

import argparse

from factdesk.cli import db_parent
from factdesk.cli.common import format_option, open_desk, print_json_records, print_table
from factdesk.core import ops


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    """Register `comments list` and `comments add`."""
    p = subparsers.add_parser("comments", help="a claim's comment thread between checker and lead")
    sub = p.add_subparsers(dest="comments_command", metavar="list|add", required=True)
    lp = sub.add_parser("list", parents=[db_parent()], help="the claim's comments, oldest first")
    lp.add_argument("claim_id", metavar="CLAIM_ID")
    format_option(lp)
    lp.set_defaults(func=run_list)
    ap = sub.add_parser("add", parents=[db_parent()], help="write a comment on a claim")
    ap.add_argument("claim_id", metavar="CLAIM_ID")
    ap.add_argument("--text", required=True, metavar="TEXT")
    ap.add_argument("--by", required=True, metavar="NAME")
    ap.set_defaults(func=run_add)


def run_list(args: argparse.Namespace) -> int:
    """Print the thread."""
    with open_desk(args) as desk:
        comments = desk.comments_for_claim(args.claim_id)
    if args.format == "json":
        print_json_records({"id": c.id, "claim_id": c.claim_id, "author": c.author, "body": c.body,
                            "created_at": c.created_at} for c in comments)
    else:
        print_table(["at", "by", "comment"], ([c.created_at, c.author, c.body] for c in comments), {2: 100})
    return 0


def run_add(args: argparse.Namespace) -> int:
    """Write a comment."""
    with open_desk(args) as desk:
        done = ops.add_comment(desk, args.claim_id, args.by, args.text)
    print(f"comment {done.comment.id} added to claim {done.claim.id}")
    return 0
