"""Helpers shared by the subcommands: the desk (path, opening it, who works), tables and JSON output.

Every subcommand module imports these from here and never from another
subcommand's module, so the subcommands stay independent of each other.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable

if TYPE_CHECKING:
    from factdesk.core.store import Desk


def desk_path(args: Any) -> Path:
    """Return the desk file named by --db, else $FACTDESK_DB, else the user data folder's desk.sqlite."""
    explicit = getattr(args, "db", None)
    if explicit:
        return Path(explicit)
    env = os.environ.get("FACTDESK_DB")
    if env:
        return Path(env)
    from factdesk.core.store import Desk

    return Desk.default_path()


def open_desk(args: argparse.Namespace, create: bool = False) -> Desk:
    """Open the desk named by --db / $FACTDESK_DB; only `import` may create a new one."""
    from factdesk.core.errors import RequestError
    from factdesk.core.store import Desk

    path = desk_path(args)
    if not create and not path.exists():
        raise RequestError(f"no desk at {path} (import articles first, or give --db PATH)")
    return Desk.open(path)


def default_user() -> str:
    """The login name, used when a subcommand is not given --by."""
    try:
        return getpass.getuser()
    except (OSError, KeyError):  # no login name in some containers (getpass's documented failures)
        return "factdesk"


def read_stdin(name: str = "standard input") -> str:
    """Read and decode standard input as claims.md defines article text (size limit, encodings)."""
    from factdesk.core.errors import InputError
    from factdesk.core.intake.decode import MAX_TEXT_BYTES, decode

    stream = getattr(sys.stdin, "buffer", None)
    data = stream.read(MAX_TEXT_BYTES + 1) if stream is not None else sys.stdin.read().encode("utf-8")
    if len(data) > MAX_TEXT_BYTES:
        raise InputError(f"{name}: too large (the limit is {MAX_TEXT_BYTES // (1024 * 1024)} MB "
                         "for one article)")
    decoded = decode(data, name)
    if decoded.note:
        sys.stderr.write(f"factdesk: {name}: {decoded.note}\n")
    return decoded.text


# The version of the command line's JSON shapes (cli.md, claims.md). Object
# outputs carry it as a top-level "version" key; outputs that cli.md defines as
# a list of objects stay lists, and each object carries it instead.
JSON_VERSION = 1


def print_json_records(records: Iterable[dict[str, Any]]) -> None:
    """Print a list of objects, each with "version" as its first key."""
    print_json([{"version": JSON_VERSION, **record} for record in records])


def print_json(data: Any) -> None:
    """Print data as stable, readable, strict JSON (UTF-8, keys in their given order, no NaN/Infinity)."""
    from factdesk.core import strict_json

    sys.stdout.write(strict_json.dumps(data, indent=2) + "\n")


def format_option(parser: argparse.ArgumentParser, choices: tuple[str, ...] = ("table", "json")) -> None:
    """Add --format with `table` as the default."""
    parser.add_argument("--format", choices=choices, default="table", help="output format (default: table)")


def print_table(headers: list[str], rows: Iterable[Iterable[Any]], widths: dict[int, int] | None = None) -> None:
    """Print rows as aligned columns for people; long cells are cut with an ellipsis."""
    widths = widths or {}
    cells = [[_cell(v, widths.get(i)) for i, v in enumerate(r)] for r in rows]
    sizes = [max([len(h)] + [len(r[i]) for r in cells]) for i, h in enumerate(headers)]
    out = sys.stdout
    out.write("  ".join(h.ljust(sizes[i]) for i, h in enumerate(headers)).rstrip() + "\n")
    for r in cells:
        out.write("  ".join(c.ljust(sizes[i]) for i, c in enumerate(r)).rstrip() + "\n")


def _cell(value: Any, width: int | None) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        text = number(value)
    else:
        text = " ".join(str(value).split())
    if width and len(text) > width:
        text = text[:width - 1] + "…"
    return text


def number(value: float) -> str:
    """A number for people: 2,000,000 rather than 2e+06, 80.1 rather than 80.09999999."""
    if value != value or value in (float("inf"), float("-inf")):
        return str(value)
    text = f"{value:,.6f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text
