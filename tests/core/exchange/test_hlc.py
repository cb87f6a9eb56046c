"""The HLC helpers: monotonic, sortable, merging past remote times, refusing far-future times."""

from __future__ import annotations

import pytest

from factdesk.core.exchange import hlc
from factdesk.core.store import clock

A = "00000000-0000-4000-8000-00000000000a"
B = "00000000-0000-4000-8000-00000000000b"


def test_now_is_monotonic_when_the_wall_clock_goes_back():
    t1 = hlc.now(None, A, wall=1000)
    t2 = hlc.now(t1, A, wall=500)
    assert t2 > t1 and hlc.parse(t2).physical == 1000


def test_merge_is_later_than_both():
    local = hlc.now(None, A, wall=1000)
    remote = str(hlc.HLC(5000, 7, B))
    merged = hlc.merge(local, remote, A, wall=2000)
    assert merged > remote[:18] and hlc.parse(merged) == hlc.HLC(5000, 8, A)


def test_ties_are_broken_by_desk_id():
    assert hlc.compare(str(hlc.HLC(5, 1, A)), str(hlc.HLC(5, 1, B))) == -1


def test_string_form_sorts_like_time():
    assert str(hlc.HLC(999, 9999, B)) < str(hlc.HLC(1000, 0, A))


def test_same_format_as_the_store_clock():
    assert hlc.is_valid(clock.format_hlc(1795563379274, 3, A))


@pytest.mark.parametrize("bad", ["", "x", "1-2-3", "1795563379274-0000-NOTAUUID", None, 5])
def test_invalid_times_are_refused(bad):
    assert not hlc.is_valid(bad)


def test_far_future_is_refused():
    with pytest.raises(ValueError):
        hlc.merge(None, str(hlc.HLC(hlc.wall_ms() + 2 * hlc.MAX_SKEW_MS, 0, B)), A)


def test_long_counters_of_the_store_clock_are_accepted():
    assert hlc.is_valid(f"1795563379274-10000-{A}")
