"""Help → Keyboard shortcuts lists the window's real shortcuts; Help → Documentation shows the guide offline."""

from __future__ import annotations

import re

from PySide6.QtGui import QKeySequence

from factdesk.gui.help_dialogs import GuideDialog, ShortcutsDialog, guide_path, menu_shortcuts
from factdesk.resources import resource_path


def _help_menu(window):
    (menu,) = [a.menu() for a in window.menuBar().actions() if a.text().replace("&", "") == "Help"]
    return [a.text().replace("&", "") for a in menu.actions() if not a.isSeparator()]


def test_help_menu_offers_documentation_shortcuts_and_about(window):
    assert _help_menu(window) == ["Documentation", "Keyboard shortcuts", "About FactDesk"]
    assert window.menu_actions["documentation"].shortcut() == QKeySequence("F1")
    assert window.menu_actions["shortcuts"].shortcut() == QKeySequence("Ctrl+/")


def test_shortcuts_are_read_from_the_menus(window, qtbot):
    dialog = ShortcutsDialog(window)
    qtbot.addWidget(dialog)
    rows = dict(dialog.rows())
    assert rows["Next claim"] == "J" and rows["Previous claim"] == "K"
    assert rows["Keyboard shortcuts"] == QKeySequence("Ctrl+/").toString(QKeySequence.SequenceFormat.NativeText)
    assert rows["Approve the selected claim"] == "A"  # a key of the review queue, with no menu entry
    # every menu shortcut is listed: a new action with keys shows up by itself
    assert {name for _, name, _ in menu_shortcuts(window)} <= set(rows)


def test_the_filter_finds_a_command_or_its_key(window, qtbot):
    dialog = ShortcutsDialog(window)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.filter, "review")
    names = [name for name, _ in dialog.rows()]
    assert "Mark ready for review" in names and "Next claim" not in names
    dialog.filter.clear()
    qtbot.keyClicks(dialog.filter, "Ctrl+E")
    names = [name for name, _ in dialog.rows()]
    assert "Export report" in names and "Next claim" not in names


def test_documentation_opens_the_guide_in_the_window(window, qtbot):
    window.menu_actions["documentation"].trigger()
    dialog = window._guide_dialog
    qtbot.addWidget(dialog)
    assert dialog.isVisible()
    text = dialog.browser.toPlainText()
    assert "FactDesk user guide" in text and "Review queue" in text
    dialog.browser.anchorClicked.emit(dialog.browser.source().resolved("#reports"))
    assert dialog.browser.source().fragment() == "reports"


def test_the_german_guide_is_shown_in_german(qtbot):
    dialog = GuideDialog("de")
    qtbot.addWidget(dialog)
    assert "Handbuch" in dialog.browser.toPlainText()
    assert guide_path("fr").endswith("guide_en.html")


def test_both_guides_have_the_same_sections_and_every_link_target_exists():
    sections = {}
    for language in ("en", "de"):
        html = resource_path("docs", f"guide_{language}.html").read_text(encoding="utf-8")
        ids = set(re.findall(r'id="([\w-]+)"', html))
        links = set(re.findall(r'href="#([\w-]+)"', html))
        assert links <= ids, links - ids
        sections[language] = ids
    assert sections["en"] == sections["de"]


def test_the_help_entries_are_translated(qapp):
    from PySide6.QtCore import QCoreApplication

    from factdesk.gui import i18n
    try:
        i18n.install_translator(qapp, "de")
        assert QCoreApplication.translate("FactDesk", "&Keyboard shortcuts") == "&Tastenkürzel"
        assert QCoreApplication.translate("FactDesk", "&Documentation") == "&Handbuch"
    finally:
        i18n.install_translator(qapp, "en")
