"""Helpers for the detector tests."""

import pytest

from factdesk.core.detect import detect
from factdesk.core.detect.numeric_claims import find_claims

SCORED_NUMERIC = ("vote_share", "arrests", "casualties", "crowd_size", "duration_in_power", "term_count", "money",
                  "statistic")


def numeric(text: str, lang: str) -> list[tuple[str, str, float | None]]:
    """(type, text, value) of the scored numeric claims of `text`."""
    return [(c.type, c.text, c.value) for c in find_claims(text, lang) if c.type in SCORED_NUMERIC]


def claim_holding(text: str, lang: str, number: str):
    """The first claim (not a quote) that detect() finds in `text` whose text holds `number`, or None."""
    return next((c for c in detect(text, lang).claims if number in c.text and c.type != "quote"), None)


@pytest.fixture
def claims_of():
    return numeric
