"""Test configuration shared by all tests: offscreen Qt, paths to ../shared."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Never touch the developer's own FactDesk settings (name, role, last desk):
# every test run gets a settings file of its own unless a test sets another.
os.environ.setdefault("FACTDESK_SETTINGS_FILE",
                      str(Path(tempfile.mkdtemp(prefix="factdesk-test-settings-")) / "settings.ini"))

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"


@pytest.fixture
def shared_dir() -> Path:
    """The ../shared folder beside the checkout; the test is skipped when it is absent."""
    if not SHARED.is_dir():
        pytest.skip("../shared is not present")
    return SHARED


@pytest.fixture
def fake_detector():
    """Detection by the one test double (tests/fake_detector.py), installed through `detector.use`."""
    from factdesk.core import detector
    from tests import fake_detector as fake

    fake.EXTRA["quote"] = None
    previous = detector.use(fake.FAKE)
    yield fake
    detector.use(previous)


@pytest.fixture
def desk(fake_detector):
    """A fresh, empty desk of its own in memory (like sqlite-utils' `fresh_db`), with the fake detector."""
    from factdesk.core.store import Desk

    d = Desk.open(":memory:")
    yield d
    d.close()


@pytest.fixture
def desk_path(tmp_path, fake_detector) -> Path:
    """Where a test's desk file lives, for tests that open it by path (the CLI, a second connection)."""
    return tmp_path / "desk.sqlite"


@pytest.fixture
def file_desk(desk_path):
    """A fresh, empty desk in a file (WAL, as users have it), for tests that need other connections to it."""
    from factdesk.core.store import Desk

    d = Desk.open(desk_path)
    yield d
    d.close()
