"""What a field of a bundle record may hold: the field-table entry (`Spec`) and the value checkers.

Every record kind's table (validate.py for the core records, checks_records.py
and comments_records.py for the optional members) is written with these:
(json types, nullable, maximum length, allowed values or a checker).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from factdesk.core.errors import InputError
from factdesk.core.store.sources import check_date, check_url

# (json types, nullable, max length for strings and lists, allowed values or a checker)
Spec = tuple[tuple[type, ...], bool, int, Any]
STR, NUM, INT = (str,), (int, float), (int,)

UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
SHA256 = re.compile(r"^[0-9a-f]{64}$")
_BAD_NAME = re.compile(r"[/\\\x00-\x1f\x7f]")


def is_uuid(v: Any) -> bool:
    """A lower-case UUID, as the desk writes ids."""
    return isinstance(v, str) and UUID.match(v) is not None


def is_sha(v: Any) -> bool:
    """A lower-case SHA-256 hex digest."""
    return isinstance(v, str) and SHA256.match(v) is not None


def is_time(v: Any) -> bool:
    """An ISO 8601 time as the desk writes them (2026-11-24T23:45:01.123Z)."""
    try:
        dt.datetime.fromisoformat(v.replace("Z", "+00:00"))
    except ValueError:
        return False
    return True


def is_url(v: Any) -> bool:
    """An absolute http(s) address, as `sources add` accepts them."""
    try:
        return check_url(v) == v
    except InputError:
        return False


def is_date(v: Any) -> bool:
    """A date as `sources add` accepts them."""
    try:
        return check_date(v, "date") == v
    except InputError:
        return False


def is_file_name(v: Any) -> bool:
    """A plain file name: no folders, no control characters, not '.' or '..' (it names a file on disk)."""
    return _BAD_NAME.search(v) is None and v.strip(". ") != ""
