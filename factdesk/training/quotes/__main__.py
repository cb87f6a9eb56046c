"""python -m factdesk.training.quotes {errors,lemmas}: the quote step's errors and causes; the lemma tables.

    errors [FOLDER] [--show] [--prefix P ...]   what the quote step misses or gets wrong, and why
    lemmas                                       rebuild resources/rules/<lang>/lemmas.json (needs spacy-lookups-data)
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from factdesk.training.quotes.corpus import default_shared


def main(argv: list[str] | None = None) -> int:
    """Parse the command line and run one command."""
    ap = argparse.ArgumentParser(prog="python -m factdesk.training.quotes", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("command", choices=("errors", "lemmas"))
    ap.add_argument("folder", nargs="?", type=Path, help="an annotated corpus folder (default: ../shared/corpus/train)")
    ap.add_argument("--show", action="store_true", help="list every error, not only the counts of causes")
    ap.add_argument("--prefix", nargs="*", help="only these source prefixes (gde, ben, ...)")
    args = ap.parse_args(argv)
    if args.command == "lemmas":
        from factdesk.training.quotes.lemmas import build

        for lang, n in build().items():
            print(f"{lang}: {n} forms")
        return 0
    folder = args.folder or default_shared() / "corpus" / "train"
    if not folder.is_dir():
        print(f"no corpus folder at {folder}", file=sys.stderr)
        return 2
    from factdesk.training.quotes.errors import report

    print(report(folder, args.show, tuple(args.prefix) if args.prefix else None))
    return 0


if __name__ == "__main__":
    sys.exit(main())
