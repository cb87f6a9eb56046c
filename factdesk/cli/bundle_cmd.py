"""`factdesk bundle export|import`: move work between desks as bundle files."""

from __future__ import annotations

import argparse
import sys

from factdesk.cli.common import desk_path

SHOWN = 20  # detail lines per kind; the rest is counted


def add_parser(subparsers) -> None:
    """Register `bundle export` and `bundle import`."""
    from factdesk.cli import db_parent

    parser = subparsers.add_parser("bundle", help="export or import a bundle of work for another desk")
    sub = parser.add_subparsers(dest="bundle_command", metavar="ACTION", parser_class=type(parser))
    sub.required = True
    exp = sub.add_parser("export", parents=[db_parent()], help="write this desk's work to a bundle file")
    exp.add_argument("-o", "--output", required=True, metavar="FILE", help="bundle file to write")
    exp.add_argument("--by", default=None, metavar="NAME", help="who exports (default: $USER)")
    exp.add_argument("--all", action="store_true", help="everything, not only the changes since the last exchange")
    exp.add_argument("--peer", default=None, metavar="DESK_ID", help="only what this desk lacks")
    exp.set_defaults(func=run_export)
    imp = sub.add_parser("import", parents=[db_parent()], help="merge a bundle from another desk")
    imp.add_argument("file", metavar="FILE", help="bundle file to read")
    imp.add_argument("--by", required=True, metavar="NAME", help="who imports")
    imp.set_defaults(func=run_import)


def _more(total: int, what: str) -> None:
    if total > SHOWN:
        print(f"  … and {total - SHOWN} more {what}")


def _default_name() -> str:
    import getpass

    try:
        return getpass.getuser()
    except (OSError, KeyError):  # no user name in this environment (getpass's documented failures)
        return ""


def run_export(args: argparse.Namespace) -> int:
    """Write the bundle and print one line saying what is in it."""
    from factdesk.core.exchange.export import export_bundle
    from factdesk.core.store import Desk

    with Desk.open(desk_path(args)) as desk:
        report = export_bundle(desk, args.output, args.by or _default_name(), peer=args.peer,
                               everything=args.all)
    print(report.summary())
    return 0


def run_import(args: argparse.Namespace) -> int:
    """Merge the bundle and print what came in."""
    from factdesk.core.exchange.merge import import_bundle
    from factdesk.core.store import Desk

    with Desk.open(desk_path(args)) as desk:
        report = import_bundle(desk, args.file, args.by)
    print(f"from desk {report.from_desk[:8]}: {report.summary()}")
    for cid, old, new in report.verdicts_changed[:SHOWN]:
        print(f"  verdict of claim {cid[:8]}: {old or '-'} -> {new or '-'}")
    _more(len(report.verdicts_changed), "verdict changes")
    for c in report.conflicts[:SHOWN]:
        print(f"  conflict on {c['entity']} {c['entity_id'][:8]} {c['field']}: kept {c['kept_value']!r} "
              f"({c['kept_by']}), other {c['other_value']!r} ({c['other_by']})")
    _more(len(report.conflicts), "conflicts (see them in the app: Conflicts)")
    sys.stdout.flush()
    return 0
