"""Point 4 of issue 13: a window that fits the screen it opens on, remembers its geometry, gives the
claims table and the reader sensible shares, and does not grow when the review queue opens."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication

from factdesk.gui import window_fit
from factdesk.gui.main_window import MainWindow


def _available():
    return QApplication.primaryScreen().availableGeometry()


def test_a_new_window_takes_most_of_its_screen_and_no_more(window):
    available = _available()
    assert available.contains(window.frameGeometry())
    assert window.width() >= 0.85 * available.width() and window.height() >= 0.85 * available.height()


def test_usable_down_to_1280x720():
    for w, h in ((1280, 720), (1366, 768), (1920, 1080)):
        geometry = window_fit.new_geometry(QRect(0, 0, w, h))
        assert QRect(0, 0, w, h).contains(geometry) and geometry.width() <= w and geometry.height() <= h


def test_the_minimum_size_fits_a_1280x720_laptop(window):
    hint = window.minimumSizeHint()
    assert hint.width() <= 1280 and hint.height() <= 680


def test_the_geometry_is_remembered_and_kept_on_the_screen(window, qtbot):
    hint = window.minimumSizeHint()
    size = (hint.width() + 20, hint.height() + 30)  # smaller than a new window, bigger than the minimum
    window.resize(*size)
    window.save_layout()
    again = MainWindow(window.desk, window.settings)
    qtbot.addWidget(again)
    assert (again.width(), again.height()) == size
    again.resize(5000, 4000)  # remembered from a bigger monitor
    again.save_layout()
    third = MainWindow(window.desk, window.settings)
    qtbot.addWidget(third)
    assert _available().contains(third.geometry())


def test_the_claims_table_gets_a_real_share_of_the_height(window):
    reader, claims = window.middle.sizes()
    assert claims >= 0.3 * (reader + claims)
    library, middle, panel = window.splitter.sizes()
    total = library + middle + panel
    assert middle >= 0.3 * total and library >= 0.2 * total


def test_the_review_queue_does_not_grow_the_window(window, qtbot):
    window.settings.set_role("lead")
    before = (window.width(), window.height())
    window.menu_actions["review_queue"].setEnabled(True)
    window.menu_actions["review_queue"].trigger()
    qtbot.waitUntil(lambda: window._review_dock.isVisible())
    QApplication.processEvents()
    assert (window.width(), window.height()) == before
    assert _available().contains(window.frameGeometry())
    window._review_dock.close()
    QApplication.processEvents()
    assert (window.width(), window.height()) == before


def test_a_narrow_library_keeps_its_titles_readable(window):
    pane = window.left_tabs.widget(0)
    pane.resize(300, 400)
    assert pane.view.horizontalHeader().isSectionHidden(1) and pane.view.horizontalHeader().isSectionHidden(2)
    pane.resize(600, 400)
    assert not pane.view.horizontalHeader().isSectionHidden(1)
