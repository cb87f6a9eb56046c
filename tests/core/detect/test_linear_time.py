"""Detection time grows linearly with the text, on crafted input too (issue 16, point 10).

Compared as process CPU time, so a loaded machine does not make the test flaky: a
text four times as long may cost at most about six times as much (linear: four;
a path that rescans its sentence per quotation or number: sixteen and more).
"""

import time

import pytest

from factdesk.core.detect import detect


def _cpu_seconds(text: str, lang: str) -> float:
    t0 = time.process_time()
    detect(text, lang)
    return time.process_time() - t0


@pytest.mark.parametrize("unit, lang", [('"a" ', "en"), ("„5 Tote“ ", "de"), ("1 % ", "de"), ("12 ", "en")])
def test_four_times_the_crafted_text_costs_about_four_times_the_time(unit, lang):
    detect("Warm-up mit 3 Zahlen und „einem Zitat“, sagte sie.", lang)
    small = unit * (250_000 // len(unit))
    short, long = _cpu_seconds(small, lang), _cpu_seconds(small * 4, lang)
    assert long < 6 * short + 0.5, (unit, short, long)
    # A megabyte of each took minutes while finding a number's sentence rescanned the text.
    assert long < 30, (unit, long)
