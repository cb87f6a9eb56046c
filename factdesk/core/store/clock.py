"""A hybrid logical clock (HLC) kept in the settings table.

Each user action gets one HLC string, "<physical ms, 13 digits>-<counter, 4
digits>-<desk id>", which sorts in time order and breaks ties between desks.
Bundles merge work field by field, the latest HLC winning. The clock never
runs backwards: a laptop whose wall clock jumps back keeps counting up.

Nor is it dragged forward by another desk's clock by more than MAX_SKEW_MS:
bundles whose times lie further ahead of this laptop's wall clock are
refused before they reach `receive`, which checks again.
"""

from __future__ import annotations

import time

from sqlite_utils import Database


MAX_COUNTER = 9999
# How far another laptop's clock may run ahead of this one's: minutes, as between
# laptops that set their clocks from the network now and then.
MAX_SKEW_MS = 10 * 60 * 1000


def format_hlc(physical_ms: int, counter: int, desk_id: str) -> str:
    """The sortable string form of an HLC timestamp (a full counter moves on one millisecond)."""
    if counter > MAX_COUNTER:
        physical_ms, counter = physical_ms + 1, 0
    return f"{physical_ms:013d}-{counter:04d}-{desk_id}"


def parse_hlc(hlc: str) -> tuple[int, int, str]:
    """Split an HLC string into (physical ms, counter, desk id)."""
    physical, counter, desk_id = hlc.split("-", 2)
    return int(physical), int(counter), desk_id


def tick(db: Database, desk_id: str, now_ms: int | None = None) -> str:
    """Advance the desk's clock for a local event and return the new HLC (inside a write transaction)."""
    row = db.execute("SELECT value FROM settings WHERE key = 'hlc'").fetchone()
    last_ms, last_counter = (0, 0)
    if row and row[0]:
        last_ms, last_counter, _ = parse_hlc(row[0])
    now = int(time.time() * 1000) if now_ms is None else now_ms
    if now > last_ms:
        physical, counter = now, 0
    else:
        physical, counter = last_ms, last_counter + 1
    hlc = format_hlc(physical, counter, desk_id)
    db.execute("INSERT INTO settings(key, value) VALUES ('hlc', ?) "
               "ON CONFLICT(key) DO UPDATE SET value = excluded.value", [hlc])
    return hlc


def receive(db: Database, desk_id: str, remote_hlc: str, now_ms: int | None = None) -> str:
    """Advance the clock past a remote HLC seen in a bundle and return the new local HLC."""
    row = db.execute("SELECT value FROM settings WHERE key = 'hlc'").fetchone()
    last_ms, last_counter = parse_hlc(row[0])[:2] if row and row[0] else (0, 0)
    remote_ms, remote_counter, _ = parse_hlc(remote_hlc)
    now = int(time.time() * 1000) if now_ms is None else now_ms
    if remote_ms > now + MAX_SKEW_MS:
        raise ValueError(f"remote clock {remote_hlc} lies more than {MAX_SKEW_MS // 60_000} minutes ahead")
    physical = max(now, last_ms, remote_ms)
    if physical == last_ms == remote_ms:
        counter = max(last_counter, remote_counter) + 1
    elif physical == last_ms:
        counter = last_counter + 1
    elif physical == remote_ms:
        counter = remote_counter + 1
    else:
        counter = 0
    hlc = format_hlc(physical, counter, desk_id)
    db.execute("INSERT INTO settings(key, value) VALUES ('hlc', ?) "
               "ON CONFLICT(key) DO UPDATE SET value = excluded.value", [hlc])
    return hlc
