"""The desk's one clock: monotonic, sortable, merging past remote times, refusing far-future times."""

from __future__ import annotations

import pytest

from factdesk.core.store import clock

A = "00000000-0000-4000-8000-00000000000a"
B = "00000000-0000-4000-8000-00000000000b"


def test_now_is_monotonic_when_the_wall_clock_goes_back():
    t1 = clock.now(None, A, wall=1000)
    t2 = clock.now(t1, A, wall=500)
    assert t2 > t1 and clock.parse(t2).physical == 1000


def test_merge_is_later_than_both():
    local = clock.now(None, A, wall=1000)
    remote = str(clock.HLC(5000, 7, B))
    merged = clock.merge(local, remote, A, wall=2000)
    assert merged > remote[:18] and clock.parse(merged) == clock.HLC(5000, 8, A)


def test_ties_are_broken_by_desk_id():
    assert clock.compare(str(clock.HLC(5, 1, A)), str(clock.HLC(5, 1, B))) == -1


def test_string_form_sorts_like_time():
    assert str(clock.HLC(999, 9999, B)) < str(clock.HLC(1000, 0, A))


def test_the_desk_clock_makes_valid_times(desk):
    with desk.db.conn:
        assert clock.is_valid(clock.tick(desk.db, desk.desk_id))


@pytest.mark.parametrize("bad", ["", "x", "1-2-3", "1795563379274-0000-NOTAUUID", None, 5])
def test_invalid_times_are_refused(bad):
    assert not clock.is_valid(bad)


def test_far_future_is_refused():
    with pytest.raises(ValueError):
        clock.merge(None, str(clock.HLC(clock.wall_ms() + 2 * clock.MAX_SKEW_MS, 0, B)), A)


def test_long_counters_of_older_desks_are_accepted_and_carried_past(desk):
    assert clock.is_valid(f"1795563379274-10000-{A}")
    with desk.db.conn:
        desk.db.execute("UPDATE settings SET value = ? WHERE key = 'hlc'", [f"1795563379274-10000-{A}"])
        after = clock.tick(desk.db, desk.desk_id, now_ms=1795563379000)
    assert after == f"1795563379275-0000-{desk.desk_id}" and clock.key(after) > clock.key(f"1795563379274-10000-{A}")


def test_a_full_counter_carries_into_the_next_millisecond(desk):
    with desk.db.conn:
        desk.db.execute("UPDATE settings SET value = ? WHERE key = 'hlc'", [f"1795563379274-9998-{A}"])
        first = clock.tick(desk.db, desk.desk_id, now_ms=1)
        second = clock.tick(desk.db, desk.desk_id, now_ms=1)
    assert (first, second) == (f"1795563379274-9999-{desk.desk_id}", f"1795563379275-0000-{desk.desk_id}")
