"""Fixtures for matching tests: a fresh desk with the real detector, and small fact-check files."""

from __future__ import annotations

import json

import pytest

from factdesk.core.store import Desk

CHECKS_TSV = (
    "id\tclaim\ttitle\trating\turl\tdate\tlang\tauthor\n"
    "c1\tMore than 30,000 people were arrested in Belarus after the election.\tBelarus arrests\tTrue\t"
    "https://checks.example/c1\t2020-11-02\ten\tExample Check\n"
    "c2\t30,000 protesters marched in Minsk on Sunday.\tMarch in Minsk\tMostly true\t"
    "https://checks.example/c2\t2020-09-01\ten\tExample Check\n"
    "c3\tThe mayor spent 2 million euros on a new fountain.\tFountain costs\tFalse\t"
    "https://checks.example/c3\t2021-03-04\ten\tExample Check\n"
)


@pytest.fixture
def desk(tmp_path):
    """An empty desk in a temporary folder."""
    d = Desk.open(tmp_path / "desk.sqlite")
    yield d
    d.close()


@pytest.fixture
def checks_tsv(tmp_path):
    """A TSV file with three fact-checks (two share the number 30,000)."""
    path = tmp_path / "checks.tsv"
    path.write_text(CHECKS_TSV, encoding="utf-8")
    return path


def claim_review(url: str, claim: str, rating: str = "False", **extra) -> dict:
    """A schema.org ClaimReview object written for these tests."""
    return {"@context": "https://schema.org", "@type": "ClaimReview", "url": url, "claimReviewed": claim,
            "datePublished": "2021-05-06", "author": {"@type": "Organization", "name": "Checkers"},
            "reviewRating": {"@type": "Rating", "ratingValue": 1, "bestRating": 5, "worstRating": 1,
                             "alternateName": rating}, **extra}


def dump(obj) -> str:
    return json.dumps(obj, ensure_ascii=False)
