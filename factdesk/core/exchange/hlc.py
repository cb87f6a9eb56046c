"""Hybrid logical clock times as bundles carry them: parse, validate, compare, merge.

The desk stamps every action with an HLC string (see `factdesk.core.store.clock`):
``"<physical ms, 13 digits>-<counter, 4 digits>-<desk id>"``. Because the desk
id is part of the string, plain string comparison orders two edits by time
and breaks exact ties by desk id — the rule merges use for last-writer-wins.
This module is the pure side: no database, so a bundle can be checked before
anything is opened for writing.

The store's clock lets the counter grow past four digits when the wall clock
stays behind (it does not carry into the milliseconds), so such times are
accepted here rather than refusing that desk's bundles; times made here carry.
"""

from __future__ import annotations

import re
import time
from typing import NamedTuple

from factdesk.core.store.clock import MAX_SKEW_MS

_UUID = r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"
_PATTERN = re.compile(rf"^(\d{{13}})-(\d{{4,9}})-({_UUID})$")
MAX_COUNTER = 9999
__all__ = ["HLC", "MAX_SKEW_MS", "parse", "is_valid", "key", "wall_ms", "now", "merge", "compare",
           "check_skew"]


class HLC(NamedTuple):
    """One HLC time; tuples order like the string forms."""

    physical: int
    counter: int
    desk_id: str

    def __str__(self) -> str:
        return f"{self.physical:013d}-{self.counter:04d}-{self.desk_id}"


def parse(text: str) -> HLC:
    """Parse the string form; raise ValueError when `text` is not an HLC time."""
    m = _PATTERN.match(text) if isinstance(text, str) else None
    if not m:
        raise ValueError(f"not an HLC time: {text!r}")
    return HLC(int(m.group(1)), int(m.group(2)), m.group(3))


def is_valid(text: object) -> bool:
    """Return True when `text` is the string form of an HLC time."""
    return isinstance(text, str) and _PATTERN.match(text) is not None


def wall_ms() -> int:
    """The physical clock in milliseconds since the epoch."""
    return time.time_ns() // 1_000_000


def now(last: str | None, desk_id: str, wall: int | None = None) -> str:
    """Return a local time later than `last` (None or '' when the desk has none yet)."""
    wall = wall_ms() if wall is None else wall
    if not last:
        return str(HLC(wall, 0, desk_id))
    prev = parse(last)
    if wall > prev.physical:
        return str(HLC(wall, 0, desk_id))
    return str(_tick(prev.physical, prev.counter, desk_id))


def merge(local: str | None, remote: str, desk_id: str, wall: int | None = None) -> str:
    """Return the local time after seeing `remote`: later than both and not before the wall clock."""
    wall = wall_ms() if wall is None else wall
    r = parse(remote)
    check_skew(remote, wall)
    loc = parse(local) if local else HLC(0, 0, desk_id)
    top = max(wall, loc.physical, r.physical)
    counters = [t.counter for t in (loc, r) if t.physical == top]
    if not counters:
        return str(HLC(top, 0, desk_id))
    return str(_tick(top, max(counters), desk_id))


def compare(a: str, b: str) -> int:
    """Order two stamped edits: -1, 0 or 1 (time first, then desk id, as in the string)."""
    return (a > b) - (a < b)


def key(text: str) -> tuple[int, int, str]:
    """A sort key that orders times correctly even when a counter has more than four digits."""
    t = parse(text)
    return t.physical, t.counter, t.desk_id


def check_skew(text: str, wall: int | None = None) -> None:
    """Raise ValueError when a time lies further ahead of the wall clock than laptops' clocks differ.

    A laptop with a wrong clock (or a forged bundle) would otherwise make its edits
    win over every later real edit, and drag the receiving desk's clock along.
    """
    wall = wall_ms() if wall is None else wall
    ahead = parse(text).physical - wall
    if ahead > MAX_SKEW_MS:
        raise ValueError(f"it was made on a clock {_span(ahead)} ahead of this laptop's "
                         f"(more than {MAX_SKEW_MS // 60_000} minutes in the future); "
                         f"check the date and time on both laptops")


def _span(ms: int) -> str:
    """A duration for people: '3 minutes', '5 hours', '366 days'."""
    minutes = ms // 60_000
    if minutes < 120:
        return f"{minutes} minutes"
    if minutes < 48 * 60:
        return f"{minutes // 60} hours"
    return f"{minutes // (24 * 60)} days"


def _tick(physical: int, counter: int, desk_id: str) -> HLC:
    """The next time after (physical, counter), carrying into milliseconds when the counter is full."""
    if counter >= MAX_COUNTER:
        return HLC(physical + 1, 0, desk_id)
    return HLC(physical, counter + 1, desk_id)
