"""`factdesk checks import | match | list`: the desk's collection of earlier fact-checks (prior-checks.md).

Argument parsing and printing only; the work happens in `factdesk.core.matching`.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from factdesk.cli import db_parent
from factdesk.cli.common import JSON_VERSION, default_user, open_desk, print_json, print_table


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    """Register `checks` with its three subcommands."""
    p = subparsers.add_parser("checks", help="earlier fact-checks: import, match claims, list",
                              description="The desk's collection of earlier fact-checks ('checked before?').")
    sub = p.add_subparsers(dest="checks_command", metavar="SUBCOMMAND", parser_class=type(p))
    sub.required = True

    imp = sub.add_parser("import", parents=[db_parent()], help="add fact-checks from files",
                         description="Add earlier fact-checks: schema.org ClaimReview JSON-LD (an object, a "
                                     "list, an @graph), HTML pages embedding it, JSON Lines, or TSV/CSV with "
                                     "the columns id, claim and optionally title, rating, url, date, lang, "
                                     "author. Importing a fact-check again updates it.")
    imp.add_argument("--source", metavar="NAME", help="name of the collection (default: the file name)")
    imp.add_argument("--by", metavar="NAME", default=None, help="who imports (default: your login name)")
    imp.add_argument("files", nargs="+", metavar="FILE")
    imp.set_defaults(func=run_import)

    match = sub.add_parser("match", parents=[db_parent()], help="find earlier fact-checks for claims",
                           description="Each line of each FILE (or - for standard input) is a claim; print "
                                       "the best earlier fact-checks for it, best first.")
    match.add_argument("--top", type=_positive, default=5, metavar="K", help="matches per claim (default: 5)")
    match.add_argument("--lang", choices=("auto", "de", "en"), default="auto", help="language of the claims")
    match.add_argument("--format", choices=("tsv", "json"), default="tsv", help="output format (default: tsv)")
    match.add_argument("files", nargs="+", metavar="FILE")
    match.set_defaults(func=run_match)

    lst = sub.add_parser("list", parents=[db_parent()], help="list the collection",
                         description="List the earlier fact-checks on this desk, newest import first.")
    lst.add_argument("--format", choices=("json", "table"), default="table", help="output format (default: table)")
    lst.set_defaults(func=run_list)


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if not 1 <= value <= 1000:
        raise argparse.ArgumentTypeError("must be between 1 and 1000")
    return value


def run_import(args: argparse.Namespace) -> int:
    """Import the files; one stderr line per skipped record or failed file (then exit 2)."""
    from factdesk.core.ops.checks import import_checks

    with open_desk(args, create=True) as desk:
        report = import_checks(desk, args.files, args.by or default_user(), source=args.source).report
    for line in report.problems + report.failed_files:
        sys.stderr.write(f"factdesk: skipped {line}\n" if line in report.problems else f"factdesk: {line}\n")
    print(report.summary())
    return 2 if report.failed_files or report.problems else 0


def _read_lines(files: list[str]) -> list[tuple[str, int, str]]:
    """(file, line number, text) of every line of every file, in order; InputError naming a bad file."""
    from factdesk.core.intake.decode import decode_bytes, read_bytes

    out: list[tuple[str, int, str]] = []
    for name in files:
        if name == "-":
            text = sys.stdin.read()
        else:
            text = decode_bytes(read_bytes(Path(name)), name)
        lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
        if lines and not lines[-1]:
            lines.pop()  # the line break that ends the file starts no line
        out.extend((name, number, line.strip()) for number, line in enumerate(lines, 1))
    return out


def run_match(args: argparse.Namespace) -> int:
    """Print matches as TSV (line, rank, id, score, rating, claim) or the documented JSON."""
    from factdesk.core.matching.match import match_texts

    with open_desk(args) as desk:
        lines = _read_lines(args.files)
        results = match_texts(desk, [t for _, _, t in lines], args.top, args.lang)
    if args.format == "json":
        print_json({"version": JSON_VERSION, "queries": [
            {"file": f, "line": n, "text": t, "matches": [m.to_json() for m in ms]}
            for (f, n, t), ms in zip(lines, results)]})
        return 0
    out = sys.stdout
    for line_no, ms in enumerate(results, 1):
        for rank, m in enumerate(ms, 1):
            c = m.check
            out.write(f"{line_no}\t{rank}\t{_flat(c['id'])}\t{m.score:.4f}\t{_flat(c['rating'])}\t"
                      f"{_flat(c['claim'])}\n")
    return 0


def _flat(value: object) -> str:
    """A TSV cell: tabs and line breaks become spaces."""
    return "" if value is None else " ".join(str(value).split())


def run_list(args: argparse.Namespace) -> int:
    """Print the collection (refreshing the desk's own approved verdicts first)."""
    from factdesk.core.matching.collection import refresh_desk_verdicts
    with open_desk(args) as desk:
        refresh_desk_verdicts(desk)
        rows = desk.checks.rows()
    if args.format == "json":
        keys = ("id", "claim", "title", "rating", "rating_value", "url", "published", "lang", "author",
                "speaker", "source", "origin", "claim_id", "appearances", "type", "value", "unit", "qualifier")
        print_json({"version": JSON_VERSION, "checks": [{k: r[k] for k in keys} for r in rows]})
        return 0
    print_table(["id", "rating", "date", "source", "claim"],
                [(r["id"], r["rating"], r["published"], r["source"], r["claim"]) for r in rows],
                widths={0: 36, 1: 20, 3: 20, 4: 70})
    return 0
