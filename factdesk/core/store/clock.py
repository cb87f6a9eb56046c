"""The desk's one clock: hybrid logical clock (HLC) times, their rules, and the desk's own clock in its settings.

Each user action gets one HLC string ``"<physical ms, 13 digits>-<counter, 4
digits>-<desk id>"``. It sorts in time order and breaks ties between desks by
the desk id, so bundles merge work field by field with the latest time
winning. The clock never runs backwards: when the wall clock stays behind
(or jumps back), the counter counts up, and a full counter (9999) carries
into the next millisecond, so every time this clock makes has four counter
digits. Times with longer counters, from older desks, are still read
(`parse`, `key`), and the next tick carries past them.

Another desk's clock may drag this one forward by at most MAX_SKEW_MS:
bundles with times further ahead of this laptop's wall clock are refused
(`check_skew`), and `receive` checks again.

The pure functions (parse, is_valid, key, compare, now, merge, check_skew)
touch no database, so a bundle can be checked before anything is opened for
writing; `tick` and `receive` keep the desk's clock in the settings table.
"""

from __future__ import annotations

import re
import time
from typing import NamedTuple

from sqlite_utils import Database

_UUID = r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"
_PATTERN = re.compile(rf"^(\d{{13}})-(\d{{4,9}})-({_UUID})$")
MAX_COUNTER = 9999
# How far another laptop's clock may run ahead of this one's: minutes, as between
# laptops that set their clocks from the network now and then.
MAX_SKEW_MS = 10 * 60 * 1000


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


def _after(physical: int, counter: int, desk_id: str) -> HLC:
    """The next time after (physical, counter), carrying into milliseconds when the counter is full."""
    if counter >= MAX_COUNTER:
        return HLC(physical + 1, 0, desk_id)
    return HLC(physical, counter + 1, desk_id)


def now(last: str | None, desk_id: str, wall: int | None = None) -> str:
    """A local time later than `last` (None or '' when the desk has none yet) and not before the wall clock."""
    wall = wall_ms() if wall is None else wall
    if not last:
        return str(HLC(wall, 0, desk_id))
    prev = parse(last)
    if wall > prev.physical:
        return str(HLC(wall, 0, desk_id))
    return str(_after(prev.physical, prev.counter, desk_id))


def merge(local: str | None, remote: str, desk_id: str, wall: int | None = None) -> str:
    """The local time after seeing `remote`: later than both and not before the wall clock.

    ValueError when `remote` lies further ahead than MAX_SKEW_MS.
    """
    wall = wall_ms() if wall is None else wall
    r = parse(remote)
    check_skew(remote, wall)
    loc = parse(local) if local else HLC(0, 0, desk_id)
    top = max(wall, loc.physical, r.physical)
    counters = [t.counter for t in (loc, r) if t.physical == top]
    if not counters:
        return str(HLC(top, 0, desk_id))
    return str(_after(top, max(counters), desk_id))


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


# The desk's clock, advanced in one statement: the stored time's milliseconds and counter
# are read in SQL (the counter ends at the second "-"), and the new time is returned.
_TICK = """
INSERT INTO settings(key, value) VALUES ('hlc', :fresh)
ON CONFLICT(key) DO UPDATE SET value = CASE
  WHEN CAST(substr(value, 1, 13) AS INTEGER) < :wall THEN :fresh
  WHEN CAST(substr(value, 15, instr(substr(value, 15), '-') - 1) AS INTEGER) < :max_counter
    THEN printf('%013d-%04d-%s', CAST(substr(value, 1, 13) AS INTEGER),
                CAST(substr(value, 15, instr(substr(value, 15), '-') - 1) AS INTEGER) + 1, :desk)
  ELSE printf('%013d-%04d-%s', CAST(substr(value, 1, 13) AS INTEGER) + 1, 0, :desk)
END
RETURNING value"""


def tick(db: Database, desk_id: str, now_ms: int | None = None) -> str:
    """Advance the desk's clock for a local event and return the new time (inside a write transaction).

    One statement, the same rule as `now`: the wall clock when it is ahead, else one more than the last time.
    """
    wall = wall_ms() if now_ms is None else now_ms
    fresh = str(HLC(wall, 0, desk_id))
    return db.execute(_TICK, {"fresh": fresh, "wall": wall, "max_counter": MAX_COUNTER,
                              "desk": desk_id}).fetchone()[0]


def receive(db: Database, desk_id: str, remote_hlc: str, now_ms: int | None = None) -> str:
    """Advance the desk's clock past a remote time seen in a bundle and return the new local time.

    ValueError when the remote time lies further ahead than MAX_SKEW_MS.
    """
    row = db.execute("SELECT value FROM settings WHERE key = 'hlc'").fetchone()
    new = merge(row[0] if row and row[0] else None, remote_hlc, desk_id, now_ms)
    db.execute("INSERT INTO settings(key, value) VALUES ('hlc', ?) "
               "ON CONFLICT(key) DO UPDATE SET value = excluded.value", [new])
    return new
