"""python -m factdesk.training.claims {train,heldout,errors} [--shared DIR]: train and evaluate the claim-type model."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    """Parse the command line and run one training command."""
    from factdesk.training.claims import train as claims

    ap = argparse.ArgumentParser(prog="python -m factdesk.training.claims", description=__doc__)
    ap.add_argument("command", choices=("train", "heldout", "errors"))
    ap.add_argument("folder", nargs="?", type=Path, help="errors: the corpus folder to report on")
    ap.add_argument("--shared", type=Path, default=claims.default_shared(), help="the shared folder (../shared)")
    ap.add_argument("--out", type=Path, default=claims.REPO / "resources" / "models",
                    help="train: where claims-de/ and claims-en/ are written")
    ap.add_argument("--keep", type=Path, help="heldout: keep the fold models in this folder")
    args = ap.parse_args(argv)
    if not (args.shared / "corpus" / "train").is_dir():
        print(f"no corpus at {args.shared}/corpus/train (use --shared)", file=sys.stderr)
        return 2
    if args.command == "train":
        claims.train_shipped(args.shared, args.out)
    elif args.command == "heldout":
        claims.heldout(args.shared, args.keep)
    else:
        print(claims.errors(args.folder or args.shared / "corpus" / "dev"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
