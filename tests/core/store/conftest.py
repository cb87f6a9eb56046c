"""Fixtures for the store's tests: a fresh desk on tmp_path with a predictable detector."""

from __future__ import annotations

import pytest

from factdesk.core.store import Desk, detection

from . import fake_detector


@pytest.fixture
def fake_detect(monkeypatch):
    """Replace the claim detector with the test double (numbers become claims)."""
    fake_detector.RULES["extra"] = None
    monkeypatch.setattr(detection, "_detector", lambda: (fake_detector.detect, fake_detector.detect_many))
    return fake_detector


@pytest.fixture
def desk(tmp_path, fake_detect):
    """An empty desk in a temporary folder."""
    d = Desk.open(tmp_path / "desk.sqlite")
    yield d
    d.close()


@pytest.fixture
def article(desk):
    """An article with three detected claims; returns (desk, article id)."""
    text = "Die Partei erhielt 41,5 Prozent. Es kamen 3000 Menschen. Die Polizei zählte 12 Busse.\n"
    article_id, _ = desk.import_text(text, by="anna", title="Wahlabend")
    return article_id
