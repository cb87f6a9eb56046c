"""Helpers for the detector tests."""

import pytest

from factdesk.core.detect.numeric_claims import find_claims

SCORED_NUMERIC = ("vote_share", "arrests", "casualties", "crowd_size", "duration_in_power", "term_count", "money",
                  "statistic")


def numeric(text: str, lang: str) -> list[tuple[str, str, float | None]]:
    """(type, text, value) of the scored numeric claims of `text`."""
    return [(c.type, c.text, c.value) for c in find_claims(text, lang) if c.type in SCORED_NUMERIC]


@pytest.fixture
def claims_of():
    return numeric
