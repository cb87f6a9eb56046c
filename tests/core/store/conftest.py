"""Fixtures for the store's tests: the root `desk` (in memory, fake detector) with one article."""

from __future__ import annotations

import pytest

from factdesk.core import ops

TEXT = "Die Partei erhielt 41,5 Prozent. Es kamen 3000 Menschen. Die Polizei zählte 12 Busse.\n"


def add_article(desk) -> str:
    """Import the article with three detected claims; return its id."""
    return ops.import_text(desk, TEXT, by="anna", title="Wahlabend").article_id


@pytest.fixture
def article(desk):
    """The article (three detected claims) on the test's in-memory desk; returns its id."""
    return add_article(desk)
