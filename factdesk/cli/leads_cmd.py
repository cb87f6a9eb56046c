"""`factdesk leads`: who reviews on this desk, and the four-eyes rule.

    factdesk leads list [--format table|json]
    factdesk leads add NAME --by NAME          a lead adds a lead (anyone adds a new desk's first)
    factdesk leads remove NAME --by NAME       a lead removes a lead (never the last one)
    factdesk leads four-eyes on|off --by NAME  a lead switches the four-eyes rule for this desk

Every change is recorded in the desk's history (`ops.leads`).
"""

from __future__ import annotations

import argparse

from factdesk.cli import db_parent
from factdesk.cli.common import format_option, open_desk, print_json
from factdesk.core import ops


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    """Register `leads` and its subcommands."""
    p = subparsers.add_parser("leads", help="the desk's leads (who reviews) and the four-eyes rule")
    sub = p.add_subparsers(dest="leads_command", metavar="COMMAND", required=True)
    ls = sub.add_parser("list", parents=[db_parent()], help="the desk's leads and whether four eyes are needed")
    format_option(ls)
    ls.set_defaults(func=run_list)
    for name, helptext, func in (("add", "make NAME a lead of this desk", run_add),
                                 ("remove", "NAME is no longer a lead of this desk", run_remove)):
        sp = sub.add_parser(name, parents=[db_parent()], help=helptext)
        sp.add_argument("name", metavar="NAME")
        sp.add_argument("--by", metavar="NAME", required=True)
        sp.set_defaults(func=func)
    fe = sub.add_parser("four-eyes", parents=[db_parent()],
                        help="on: an approver never approves their own verdict, and needs a source and a rationale")
    fe.add_argument("state", choices=("on", "off"))
    fe.add_argument("--by", metavar="NAME", required=True)
    fe.set_defaults(func=run_four_eyes)


def run_list(args: argparse.Namespace) -> int:
    """Print the leads and the four-eyes rule."""
    with open_desk(args) as desk:
        names, rule = ops.desk_leads(desk), ops.four_eyes(desk)
    if args.format == "json":
        print_json({"version": 1, "leads": names, "four_eyes": rule})
    else:
        print("leads: " + (", ".join(names) if names else "none yet (the first person to claim the role becomes one)"))
        print("four-eyes rule: " + ("on" if rule else "off"))
    return 0


def run_add(args: argparse.Namespace) -> int:
    """Add a lead."""
    with open_desk(args) as desk:
        ops.add_lead(desk, args.name, args.by)
        print("leads: " + ", ".join(ops.desk_leads(desk)))
    return 0


def run_remove(args: argparse.Namespace) -> int:
    """Remove a lead."""
    with open_desk(args) as desk:
        ops.remove_lead(desk, args.name, args.by)
        print("leads: " + ", ".join(ops.desk_leads(desk)))
    return 0


def run_four_eyes(args: argparse.Namespace) -> int:
    """Switch the four-eyes rule."""
    with open_desk(args) as desk:
        ops.set_four_eyes(desk, args.state == "on", args.by)
    print(f"four-eyes rule: {args.state}")
    return 0
