"""`factdesk rank`: score each line of text files by check-worthiness (claims.md is the contract).

Inputs are read exactly as `factdesk detect` reads them (files, folders, `-`,
.html/.docx/.pdf through the intake readers); every line is one item, scored
on its own by `factdesk.core.detect.rank.rank_lines`.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

HELP_EPILOG = """\
Each line of each FILE is one item (a debate turn, a sentence, a comment),
scored on its own; '-' reads standard input. The score is calibrated: 0.5 or
more means a fact-checker would want to check the line, and it is the same
score `factdesk detect` gives the claims of that sentence. Blank lines score 0.

--format tsv (default): one line per input line, in input order:
    score<TAB>types<TAB>text
  score with 3 decimals, types the comma-separated claim types of the line.
  Sort by check-worthiness with: factdesk rank FILE | sort -t$'\\t' -k1,1 -gr
--format json: {"version": 1, "items": [{"file", "line", "score", "claims"}]},
  the claims as in `factdesk detect` (offsets into the line).

--lang auto detects the language once per file (short lines are too short to tell).

Exit status: 0 when every input was read, 2 when any input failed (one line
on standard error names it; the other inputs are still ranked).
"""


def add_parser(subparsers: Any) -> None:
    """Register `factdesk rank`."""
    from factdesk.cli import db_parent

    parser = subparsers.add_parser(
        "rank", parents=[db_parent()], help="score each line of text by check-worthiness (tsv or json)",
        description="Rank lines of text (debate turns, sentences, comments) by how check-worthy they are.",
        epilog=HELP_EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--lang", choices=("auto", "de", "en"), default="auto",
                        help="language of the texts (default: detected per file)")
    parser.add_argument("--format", choices=("tsv", "json"), default="tsv", dest="fmt",
                        help="tsv (default: score, types, text) or json (see claims.md)")
    parser.add_argument("files", nargs="+", metavar="FILE", help="text file, folder, or - for standard input")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Rank every line of every input; print them; return 0, or 2 when an input failed."""
    from factdesk.cli.detect_cmd import _error, _inputs
    from factdesk.core.detect.rank import rank_lines, split_lines
    from factdesk.core.detect.run import resolve_language
    from factdesk.core.errors import InputError

    failed = False
    items: list[dict[str, Any]] = []
    out = sys.stdout
    for name, read in _inputs(args.files):
        try:
            text = read()
        except InputError as exc:
            _error(exc.message)
            failed = True
            continue
        ranked = rank_lines(split_lines(text), resolve_language(text, args.lang))
        if args.fmt == "tsv":
            for r in ranked:
                out.write(f"{r.score:.3f}\t{','.join(r.types)}\t{r.text}\n")
        else:
            items += [{"file": name, "line": r.line, "score": round(r.score, 4),
                       "claims": [c.to_json() for c in r.claims]} for r in ranked]
    if args.fmt == "json":
        from factdesk.cli.common import print_json

        print_json({"version": 1, "items": items})
    out.flush()
    return 2 if failed else 0
