"""Fixtures for bundle tests: desks on tmp files with the fake detector, and a bundle maker."""

from __future__ import annotations

import pytest

from .helpers import open_desk


@pytest.fixture(autouse=True)
def _fake_detector(fake_detector):
    """Every bundle test detects with the fake detector; no spaCy needed."""
    return fake_detector


@pytest.fixture
def desks(tmp_path):
    """A factory of desks named 'a', 'b', … on files in tmp_path; all closed at the end."""
    opened = []

    def make(name: str):
        d = open_desk(tmp_path / f"{name}.sqlite")
        opened.append(d)
        return d

    yield make
    for d in opened:
        d.close()
