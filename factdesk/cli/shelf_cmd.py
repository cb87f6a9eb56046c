"""`factdesk articles|claims archive|delete|restore ID --by NAME`: put work away, in the bin, or back.

Archived and deleted articles and claims leave every list, count, search,
review queue and export; nothing is removed from the desk, every change is
recorded, and `restore` brings them back (`ops.shelf`). `articles list
--shelf archived|deleted` shows what is on a shelf.
"""

from __future__ import annotations

import argparse

from factdesk.cli import db_parent
from factdesk.cli.common import open_desk
from factdesk.core import ops

ACTIONS = {"archive": ("archived", "put out of the way: left out of lists, counts, search and exports"),
           "delete": ("deleted", "move to the bin (restorable): left out of lists, counts, search and exports"),
           "restore": (None, "bring back an archived or deleted one")}


def add_actions(sub: argparse._SubParsersAction, kind: str) -> None:
    """Add archive/delete/restore to the `articles` or `claims` subcommands."""
    for name, (shelf, helptext) in ACTIONS.items():
        p = sub.add_parser(name, parents=[db_parent()], help=f"{kind}: {helptext}")
        p.add_argument("ids", nargs="+", metavar="ID", help=f"{kind} id (or a unique prefix of 8+ characters)")
        p.add_argument("--by", metavar="NAME", required=True, help="who makes the change")
        p.set_defaults(func=lambda args, k=kind, s=shelf, n=name: run(args, k, s, n))


def run(args: argparse.Namespace, kind: str, shelf: str | None, name: str) -> int:
    """Shelve or restore each id; one line per item."""
    with open_desk(args) as desk:
        for item in args.ids:
            if kind == "article":
                done = ops.shelve_article(desk, item, shelf, args.by)
            else:
                done = ops.shelve_claim(desk, item, shelf, args.by)
            past = {"archive": "archived", "delete": "deleted", "restore": "restored"}[name]
            print(f"{past} {kind} {done.id}" if done.changes else f"{kind} {done.id} was {past} already")
    return 0
