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
