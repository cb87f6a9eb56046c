"""Helpers shared by the subcommands: the desk path and JSON output."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any, Iterable



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
