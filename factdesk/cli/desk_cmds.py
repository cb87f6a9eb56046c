"""`factdesk import`, `articles list` and `search`.

Argument parsing and printing only; the work happens in `factdesk.core.ops` (changes)
and `factdesk.core.store` (reads).
The claim subcommands (`claims`, `sources`, `review`, `history`) live in
`claims_cmd.py`.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Iterable

from factdesk.cli import db_parent, shelf_cmd, terminal
from factdesk.cli.common import default_user, format_option, open_desk, print_json_records, print_table, read_stdin
from factdesk.core import words
from factdesk.core.errors import InputError
from factdesk.core.ops import import_paths, import_text
from factdesk.core.store import Desk

# Show a progress bar from this many files on (and only when stderr is a terminal).
PROGRESS_MIN_FILES = 20


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    """Register `import`, `articles` and `search`."""
    p = subparsers.add_parser("import", parents=[db_parent()], help="add articles and their detected claims",
                              description="Import article files (.txt, .md, .html, .docx, .pdf) and folders "
                                          "(recursively); content already on the desk is skipped. "
                                          "'-' reads one article's text from standard input.")
    p.add_argument("--lang", choices=("auto", "de", "en"), default="auto", help="article language")
    p.add_argument("--by", metavar="NAME", help="who imports (default: your login name)")
    p.add_argument("--title", metavar="TITLE", help="title of the article read from standard input "
                                                    "(default: its first line)")
    p.add_argument("paths", nargs="+", metavar="FILE|DIR|-")
    p.set_defaults(func=run_import)

    p = subparsers.add_parser("articles", help="list, archive, delete or restore the desk's articles")
    sub = p.add_subparsers(dest="articles_command", metavar="list|archive|delete|restore", required=True)
    lp = sub.add_parser("list", parents=[db_parent()], help="list articles, newest first")
    lp.add_argument("--shelf", choices=("archived", "deleted"), help="list the archived or deleted ones instead")
    format_option(lp)
    lp.set_defaults(func=run_articles_list)
    shelf_cmd.add_actions(sub, "article")

    p = subparsers.add_parser("search", parents=[db_parent()], help="full-text search",
                              formatter_class=argparse.RawDescriptionHelpFormatter,
                              description="Search article text and titles, claims, rationales and sources.",
                              epilog=SEARCH_HELP)
    p.error = _search_error(p)
    p.add_argument("query", nargs="+", metavar="QUERY")
    p.add_argument("--limit", type=int, default=50, help="hits per kind (default 50)")
    format_option(p)
    p.set_defaults(func=run_search)


SEARCH_HELP = """query language:
  Haushalt Defizit     every word must match (the last also as the start of a word)
  "schwarze Null"      the words as a phrase
  Bund OR Länder       either word
  Haushalt -Kopie      exclude a word; put -- before a query that starts with -:
                       factdesk search -- -Kopie Haushalt
  ß and ss find each other: strasse finds Straße."""


def _search_error(parser: argparse.ArgumentParser):
    """The parser's error(), with a hint to use `--` when a query word starting with - was taken for an option."""
    original = parser.error

    def error(message: str) -> None:
        if "unrecognized arguments" in message or "required: QUERY" in message:
            message += " (to exclude a word with -WORD, put -- before the query: factdesk search -- -WORD ...)"
        original(message)

    return error


def run_import(args: argparse.Namespace) -> int:
    """Import files, folders and '-' (standard input); exit 2 when any failed (the others are imported)."""
    paths = [p for p in args.paths if p != "-"]
    stdin_text, stdin_error = None, None
    if len(paths) < len(args.paths):
        try:
            stdin_text = read_stdin()
        except InputError as exc:
            stdin_error = exc.message
    with open_desk(args, create=True) as desk:
        bar = None

        def progress(done: int, total: int, path: str) -> None:
            nonlocal bar
            if bar is None and total >= PROGRESS_MIN_FILES and sys.stderr.isatty():
                from tqdm import tqdm
                bar = tqdm(total=total, unit="file", file=terminal.raw(sys.stderr), desc="import", leave=False)
            if bar is not None:
                bar.update(done - bar.n)

        try:
            report = import_paths(desk, paths, lang=args.lang, by=args.by or default_user(),
                                  progress=progress)
        finally:
            if bar is not None:
                bar.close()
        if stdin_error:
            report.failed.append(("-", stdin_error))
        elif stdin_text is not None:
            _import_stdin(desk, stdin_text, args, report)
    for _path, message in report.failed:
        sys.stderr.write(f"factdesk: {message}\n")
    for path, note in report.notes:
        sys.stderr.write(f"factdesk: {path}: {note}\n")
    skipped = skipped_files(args.paths)
    if skipped:
        kinds = " ".join(sorted({Path(p).suffix.lower() or Path(p).name for p in skipped})[:5])
        sys.stderr.write(f"factdesk: skipped {plural(len(skipped), 'file')} that "
                         f"{'is' if len(skipped) == 1 else 'are'} not articles ({kinds})\n")
    if report.stopped:
        sys.stderr.write(f"factdesk: the import stopped: {report.stopped}\n")
    print(import_summary(report))
    if report.near_duplicates:
        print(f"linked {plural(report.near_duplicates, 'near-duplicate article pair')} (the same story reprinted)")
    return import_exit_code(report)


def import_exit_code(report) -> int:
    """0 when every input was imported (or already there); 1 when some failed or the import stopped
    but the rest was imported ("imported N, failed M"); 2 when every input was bad input."""
    if report.stopped:
        return 1
    if not report.failed:
        return 0
    return 1 if (report.imported or report.duplicates) else 2


def _import_stdin(desk: Desk, text: str, args: argparse.Namespace, report) -> None:
    """Add the article read from standard input to the desk and to `report`."""
    try:
        pasted = import_text(desk, text, by=args.by or default_user(), title=args.title, lang=args.lang)
    except InputError as exc:
        message = "standard input: no text" if exc.code == "empty_text" else exc.message
        report.failed.append(("-", message))
        return
    if pasted.created:
        report.near_duplicates += pasted.near_duplicates
        report.imported.append(("-", pasted.article_id))
        report.n_claims += len(desk.claims_for_article(pasted.article_id))
    else:
        report.duplicates.append(("-", pasted.article_id))


def plural(n: int, word: str) -> str:
    """'1 claim', '2 claims' (thousands separated: '2,000 claims'), in the one vocabulary's English."""
    return words.count(n, word, "en")


def import_summary(report) -> str:
    """One line: "imported 6 articles with 20 claims" or, when files failed, "imported 6, failed 2 …"."""
    n = len(report.imported)
    if report.failed:
        line = f"imported {n}, failed {len(report.failed)} ({plural(report.n_claims, 'claim')})"
    else:
        line = f"imported {plural(n, 'article')} with {plural(report.n_claims, 'claim')}"
    if report.duplicates:
        line += f"; {len(report.duplicates):,} already on the desk"
    if report.cancelled:
        line += "; cancelled"
    if getattr(report, "stopped", None):
        line += "; stopped before the end (what is listed was written)"
    return line


def skipped_files(paths: Iterable[str]) -> list[str]:
    """Files inside the given folders that import passes over (not an article format; hidden ones aside)."""
    from factdesk.core.intake.readers import ARTICLE_SUFFIXES

    skipped = []
    for p in paths:
        if not os.path.isdir(p):
            continue
        for root, dirs, names in os.walk(p):
            dirs[:] = [d for d in dirs if not d.startswith(".")]
            skipped += [os.path.join(root, n) for n in names
                        if not n.startswith(".") and Path(n).suffix.lower() not in ARTICLE_SUFFIXES]
    return skipped


def run_articles_list(args: argparse.Namespace) -> int:
    """Print every article with its claim counts."""
    with open_desk(args) as desk:
        rows = []
        shelf = getattr(args, "shelf", None)
        for offset in range(0, desk.count_articles(shelf=shelf), 1000):
            rows.extend(desk.article_rows(offset, 1000, shelf=shelf))
    if args.format == "json":
        print_json_records(r.to_json() for r in rows)
    else:
        print_table(["id", "title", "outlet", "published", "lang", "claims", "open", "approved"],
                    ([r.id[:8], r.title, r.outlet, r.published, r.language, r.n_claims, r.n_open, r.n_decided]
                     for r in rows), {1: 60})
    return 0


def run_search(args: argparse.Namespace) -> int:
    """Print hits grouped by kind: articles, then claims, then sources."""
    with open_desk(args) as desk:
        hits = desk.search(" ".join(args.query), limit=args.limit)
    if args.format == "json":
        print_json_records(h.to_json() for h in hits)
        return 0
    if not hits:
        print("no matches")
    for kind in ("article", "claim", "source"):
        group = [h for h in hits if h.kind == kind]
        if group:
            print(f"{kind}s ({len(group)})")
            print_table(["id", "article", "title", "snippet"],
                        ([h.id[:8], h.article_id[:8], h.title, h.snippet] for h in group), {2: 40, 3: 80})
    return 0
