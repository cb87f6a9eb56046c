"""Counts per verdict and per claim type, and the geometry of the report's bar chart."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from factdesk.core.model import CLAIM_TYPES
from factdesk.core.reports.common import DEFAULT_COLOUR, safe_colour
from factdesk.core.reports.data import Report
from factdesk.core.reports.labels import type_label, words

NO_VERDICT = "none"


@dataclass(slots=True)
class Count:
    """One row of a summary: an id, its label, how many, and its bar colour."""

    key: str
    label: str
    count: int
    colour: str = DEFAULT_COLOUR


def verdict_counts(report: Report) -> list[Count]:
    """Count claims per verdict, in the scale's order; claims without a verdict come last."""
    counter = Counter(entry.claim.verdict or NO_VERDICT for _, entry in report.entries())
    rows = [Count(v.id, v.label(report.language), counter.pop(v.id, 0), safe_colour(v.colour))
            for v in report.scale.verdicts]
    none = counter.pop(NO_VERDICT, 0)
    rows += [Count(key, key, n) for key, n in sorted(counter.items())]  # verdicts not on the scale
    if none:
        rows.append(Count(NO_VERDICT, words(report.language)["no_verdict"], none))
    return rows


def type_counts(report: Report) -> list[Count]:
    """Count claims per type, in the claim contract's order, leaving out types with none."""
    counter = Counter(entry.claim.type for _, entry in report.entries())
    order = list(CLAIM_TYPES) + sorted(set(counter) - set(CLAIM_TYPES))
    return [Count(t, type_label(t, report.language), counter[t], "#5c7cfa") for t in order if counter[t]]


@dataclass(slots=True)
class Bar:
    """One bar of the SVG chart, in user units."""

    label: str
    count: int
    colour: str
    y: float
    width: float


@dataclass(slots=True)
class Chart:
    """A horizontal bar chart: bars plus the overall size and where bars start."""

    bars: list[Bar]
    width: int
    height: int
    label_width: int
    bar_height: int


def bar_chart(rows: list[Count], width: int = 560, label_width: int = 180, bar_height: int = 18) -> Chart:
    """Lay out a horizontal bar chart of counts; the template turns it into inline SVG."""
    biggest = max((r.count for r in rows), default=0) or 1
    room = width - label_width - 50
    gap = 6
    bars = [Bar(r.label, r.count, safe_colour(r.colour), i * (bar_height + gap),
                round(room * r.count / biggest, 1)) for i, r in enumerate(rows)]
    height = max(len(bars) * (bar_height + gap), bar_height)
    return Chart(bars, width, height, label_width, bar_height)
