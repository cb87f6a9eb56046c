"""Fixtures for the GUI tests: the test article on a desk file, and the main window over it.

The window's tests are about the window, not the detector: the root
`fake_detector` finds exactly the phrases of `tests.fake_detector.PHRASES` in
ARTICLE (so spans are known and no spaCy model is loaded). The desk is a file,
because imports run on a connection of their own. User settings go to a
temporary INI file.
"""

from __future__ import annotations

import os

import pytest

from factdesk.core import ops
from tests.fake_detector import PHRASES  # noqa: F401 - the tests import it from here

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("FACTDESK_OWN_ICONS", "1")

ARTICLE = (
    "Lukaschenko lässt sich bestätigen\n\n"
    "Alexander Lukaschenko hatte sich nach 26 Jahren an der Macht mit 80,1 Prozent der Stimmen "
    "im Amt bestätigen lassen. Bei den Protesten wurden mehr als 30 000 Menschen festgenommen.\n\n"
    "Russland sagte einen Kredit über 1,5 Milliarden Dollar zu. „Wir geben nicht auf“, sagte Lukaschenko."
)


@pytest.fixture(autouse=True)
def _settings_file(monkeypatch, tmp_path):
    """User settings in a temporary file of the test's own."""
    monkeypatch.setenv("FACTDESK_SETTINGS_FILE", str(tmp_path / "settings.ini"))


@pytest.fixture
def desk(file_desk):
    """A desk file holding ARTICLE with its claims (the root `file_desk`, filled)."""
    ops.import_text(file_desk, ARTICLE, "tester", title="Lukaschenko lässt sich bestätigen")
    return file_desk


@pytest.fixture
def window(qtbot, desk):
    """The main window on the test desk, shown, with the article open."""
    from factdesk.gui.app import load_settings
    from factdesk.gui.main_window import MainWindow
    settings = load_settings()
    settings.set_user_name("tester")
    w = MainWindow(desk, settings)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    w.select_first_article()
    return w


@pytest.fixture(autouse=True)
def _workers_end_with_the_test(qapp):
    """No background op outlives its test: it would deliver into the next test's window, or run spaCy
    while Python shuts down after the last test (that crashed the process, SIGSEGV)."""
    yield
    from factdesk.gui.workers import wait_for_workers

    assert wait_for_workers(60_000), "a background operation was still running a minute after its test"
    qapp.processEvents()  # deliver what they returned, so the ops are released
    # pytest-qt closed the test's widgets with deleteLater(), which only an event loop carries
    # out: without this, every window of every test stayed alive (hundreds of widgets each),
    # and a palette change late in the suite repainted all of them.
    from PySide6.QtCore import QCoreApplication, QEvent

    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
