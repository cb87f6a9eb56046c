"""Fixtures for bundle tests: desks on tmp files with the fake detector, and a bundle maker."""

from __future__ import annotations

import pytest

from factdesk.core.store import detection

from .helpers import fake_detect, fake_detect_many, open_desk


@pytest.fixture(autouse=True)
def fake_detector(monkeypatch):
    """Numbers become claims; no spaCy needed."""
    monkeypatch.setattr(detection, "_detector", lambda: (fake_detect, fake_detect_many))


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
