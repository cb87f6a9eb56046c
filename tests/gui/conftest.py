"""Fixtures for the GUI tests: a temporary desk, a stub detector, the main window.

The window's tests are about the window, not the detector: `stub_detector` (used by
the `desk` fixture, not autouse, so other GUI tests keep the real detector) makes
the store find a fixed set of phrases (so spans are known exactly and no
spaCy model is loaded). User settings go to a temporary INI file.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("FACTDESK_OWN_ICONS", "1")

from factdesk.core.model import DetectedClaim, Detection  # noqa: E402

ARTICLE = (
    "Lukaschenko lässt sich bestätigen\n\n"
    "Alexander Lukaschenko hatte sich nach 26 Jahren an der Macht mit 80,1 Prozent der Stimmen "
    "im Amt bestätigen lassen. Bei den Protesten wurden mehr als 30 000 Menschen festgenommen.\n\n"
    "Russland sagte einen Kredit über 1,5 Milliarden Dollar zu. „Wir geben nicht auf“, sagte Lukaschenko."
)

# phrase -> (type, value, unit, qualifier)
PHRASES: dict[str, tuple[str, float | None, str | None, str | None]] = {
    "26 Jahren an der Macht": ("duration_in_power", 26, "years", "exact"),
    "80,1 Prozent der Stimmen": ("vote_share", 80.1, "percent", "exact"),
    "mehr als 30 000 Menschen festgenommen": ("arrests", 30000, "people", "more_than"),
    "1,5 Milliarden Dollar": ("money", 1.5e9, "USD", "exact"),
    "„Wir geben nicht auf“": ("quote", None, None, None),
}


def stub_detect(text: str, lang: str = "auto") -> Detection:
    """Find the known phrases; each claim's sentence is the span between sentence ends."""
    claims = []
    for phrase, (kind, value, unit, qualifier) in PHRASES.items():
        for m in re.finditer(re.escape(phrase), text):
            s0 = max(text.rfind(". ", 0, m.start()) + 2, text.rfind("\n", 0, m.start()) + 1, 0)
            s1 = text.find(".", m.end())
            claims.append(DetectedClaim(m.start(), m.end(), phrase, kind, value, unit, qualifier,
                                        "Lukaschenko" if kind == "quote" else None, s0,
                                        len(text) if s1 < 0 else s1 + 1, 0.5 + 0.1 * len(claims)))
    claims.sort(key=lambda c: c.start)
    return Detection("de", claims)


def stub_detect_many(texts, lang="auto", n_process=1):
    """detect_many for the stub: one Detection per text, in order."""
    for text in texts:
        yield stub_detect(text, lang)


@pytest.fixture
def stub_detector(monkeypatch, tmp_path):
    """Detection by the stub, user settings in a temporary file."""
    from factdesk.core.store import detection
    monkeypatch.setattr(detection, "_detector", lambda: (stub_detect, stub_detect_many))
    monkeypatch.setenv("FACTDESK_SETTINGS_FILE", str(tmp_path / "settings.ini"))
    return stub_detect


@pytest.fixture
def desk_path(tmp_path) -> Path:
    """Where the test's desk file lives."""
    return tmp_path / "desk.sqlite"


@pytest.fixture
def desk(desk_path, stub_detector):
    """A fresh desk holding ARTICLE with its stub claims."""
    from factdesk.core.store import Desk
    d = Desk.open(desk_path)
    d.import_text(ARTICLE, "tester", title="Lukaschenko lässt sich bestätigen")
    yield d
    d.close()


@pytest.fixture
def window(qtbot, desk):
    """The main window on the test desk, shown, with the article open."""
    from factdesk.gui.app import load_settings
    from factdesk.gui.main_window import MainWindow
    settings = load_settings()
    if hasattr(settings, "set_user_name"):
        settings.set_user_name("tester")
    w = MainWindow(desk, settings)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    w.select_first_article()
    return w
