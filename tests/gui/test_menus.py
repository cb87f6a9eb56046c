"""Every action is in a menu with its shortcut; search, review queue and export open from the window."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QKeySequence

SHORTCUTS = {
    "next": "J", "previous": "K", "verdict_1": "1", "verdict_2": "2", "ready": "Ctrl+Return",
    "search": "Ctrl+F", "undo": "Ctrl+Z", "paste": "Ctrl+Shift+V", "open": "Ctrl+O", "clear_verdict": "0",
}


def _menu_actions(menu_bar):
    found = []

    def walk(menu):
        for action in menu.actions():
            found.append(action)
            if action.menu():
                walk(action.menu())
    for action in menu_bar.actions():
        if action.menu():
            walk(action.menu())
    return found


@pytest.mark.parametrize("name,keys", SHORTCUTS.items())
def test_shortcut(window, name, keys):
    assert window.menu_actions[name].shortcut() == QKeySequence(keys)


def test_every_action_is_in_a_menu(window):
    in_menus = set(map(id, _menu_actions(window.menuBar())))
    missing = [name for name, action in window.menu_actions.items() if id(action) not in in_menus]
    assert missing == []


def test_search_opens_and_a_claim_hit_selects_the_claim(window, qtbot):
    window.menu_actions["search"].trigger()
    dialog = window._search
    assert dialog.isVisible()
    target = window.claims.claims()[3]
    dialog.claim_activated.emit(target.id)
    assert window.current_claim().id == target.id


def test_review_queue_for_leads(qtbot, desk):
    from factdesk.gui.app import load_settings
    from factdesk.gui.main_window import MainWindow
    settings = load_settings()
    settings.set_role("lead")
    w = MainWindow(desk, settings)
    qtbot.addWidget(w)
    assert w.menu_actions["review_queue"].isEnabled()
    assert w.menu_actions["review_queue"].shortcut() == QKeySequence("Ctrl+R")
    w.menu_actions["review_queue"].trigger()
    assert w._review_dock.isVisibleTo(w)


def test_review_queue_is_for_leads_only(window):
    assert not window.menu_actions["review_queue"].isEnabled()


def test_export_entry_opens_the_export_dialog(window, monkeypatch):
    from factdesk.gui import export_dialog
    calls = []
    monkeypatch.setattr(export_dialog.ExportDialog, "run",
                        classmethod(lambda cls, desk, parent=None: calls.append(desk)))
    window.menu_actions["export"].trigger()
    assert calls == [window.desk]
