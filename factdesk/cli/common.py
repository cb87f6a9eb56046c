"""Helpers shared by the subcommands: the desk path and JSON output."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Any

from platformdirs import user_data_dir


def desk_path(args: Any) -> Path:
    """Return the desk file named by --db, else $FACTDESK_DB, else the user data folder's desk.sqlite."""
    explicit = getattr(args, "db", None)
    if explicit:
        return Path(explicit)
    env = os.environ.get("FACTDESK_DB")
    if env:
        return Path(env)
    return Path(user_data_dir("FactDesk", "FactDesk")) / "desk.sqlite"


def print_json(data: Any) -> None:
    """Print data as stable, readable JSON (UTF-8, keys in their given order)."""
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
