"""Every interactive widget has an accessible name and description (what a screen reader announces).

Walks the widget tree of the main window (all of it, hidden tabs included) and
of every dialog and dock, and fails on an interactive widget (a button, field,
list, table, the reader) whose name or description is missing. A button's
name may be its text and a tab bar's its tabs' texts, as Qt announces them; a
field, list, table or drop-down needs its own accessible name (a drop-down
would otherwise be announced by its current value). The description is the
accessible description or, as Qt falls back to it, the tooltip.
"""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QAbstractSlider, QAbstractSpinBox, QComboBox,
                               QDialogButtonBox, QHeaderView, QLineEdit, QMenu, QPlainTextEdit, QScrollBar,
                               QTabBar, QTextEdit, QTreeView, QWidget)

INTERACTIVE = (QAbstractButton, QAbstractItemView, QAbstractSlider, QAbstractSpinBox, QComboBox, QLineEdit,
               QPlainTextEdit, QTextEdit)
# Parts Qt builds inside other widgets and announces through them.
QT_INTERNAL_NAMES = {"qt_toolbar_ext_button", "qt_dockwidget_closebutton", "qt_dockwidget_floatbutton",
                     "qt_scrollarea_viewport", "qt_spinbox_lineedit", "qt_tabwidget_tabbar",
                     "qt_tableview_cornerbutton", "qt_menubar_ext_button", "ScrollLeftButton",
                     "ScrollRightButton"}


def _internal(widget: QWidget) -> bool:
    if isinstance(widget, (QScrollBar, QHeaderView, QMenu)) or widget.objectName() in QT_INTERNAL_NAMES:
        return True
    parent = widget.parentWidget()
    while parent is not None:  # the list and field inside a drop-down, a button box's buttons are named
        if isinstance(parent, (QComboBox, QAbstractSpinBox, QLineEdit)):  # a field's clear button
            return True
        parent = parent.parentWidget()
    return False


def missing(root: QWidget) -> list[str]:
    """One line per interactive widget under root without a name or a description."""
    problems = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not isinstance(widget, INTERACTIVE) or _internal(widget):
            continue
        if isinstance(widget, QAbstractButton) and isinstance(widget.parentWidget(), QDialogButtonBox):
            continue  # OK/Cancel/Save: standard buttons whose text says it all
        iface = QAccessible.queryAccessibleInterface(widget)
        name = widget.accessibleName()
        if not name and isinstance(widget, QAbstractButton):
            name = iface.text(QAccessible.Text.Name) if iface else ""
        description = iface.text(QAccessible.Text.Description) if iface else ""
        what = f"{type(widget).__name__} {widget.objectName() or ''}{name!r} in {type(root).__name__}"
        if not name.strip():
            problems.append(f"no name: {what} (text {getattr(widget, 'text', lambda: '')()!r})")
        if not description.strip():
            problems.append(f"no description: {what}")
    for bar in root.findChildren(QTabBar):
        for i in range(bar.count()):
            if not bar.tabText(i).strip() and not bar.accessibleTabName(i).strip():
                problems.append(f"no name: tab {i} of a tab bar in {type(root).__name__}")
    return problems


def _check(*roots: QWidget) -> None:
    problems = [line for root in roots for line in missing(root)]
    assert not problems, "\n" + "\n".join(problems)


def test_main_window_widgets_are_named_and_described(window):
    _check(window)


def test_review_queue_and_search_are_named_and_described(window, qtbot):
    from factdesk.gui import menus
    menus._review_queue(window)  # the menu entry is for leads
    assert window.findChildren(QTreeView)
    from factdesk.gui.search_dialog import SearchDialog
    search = SearchDialog(window.desk, window, threaded=False)
    qtbot.addWidget(search)
    _check(window, search)


@pytest.mark.parametrize("make", [
    "settings", "export", "paste", "source", "comment", "conflicts", "summary", "shortcuts",
])
def test_dialogs_are_named_and_described(window, qtbot, make):
    dialog = _dialog(window, make)
    qtbot.addWidget(dialog)
    _check(dialog)


def _dialog(window, name: str) -> QWidget:
    if name == "settings":
        from factdesk.gui.settings_dialog import SettingsDialog
        return SettingsDialog(window.settings, window.desk, window)
    if name == "export":
        from factdesk.gui.export_dialog import ExportDialog
        return ExportDialog(window.desk, window)
    if name == "paste":
        from factdesk.gui.import_dialog import PasteDialog
        return PasteDialog(window, "Ein Text mit 12 Zahlen.")
    if name == "source":
        from factdesk.gui.source_dialog import SourceDialog
        return SourceDialog(window)
    if name == "comment":
        from factdesk.gui.review_queue import CommentDialog
        return CommentDialog(window, "Return", "Why?", True)
    if name == "conflicts":
        from factdesk.gui.bundle_dialogs import ConflictsDialog
        return ConflictsDialog(window.desk, window.settings, window)
    if name == "summary":
        from factdesk.gui.bundle_dialogs import SummaryDialog
        return SummaryDialog("Bundle", "Imported 3 claims.", ["one", "two"], window)
    if name == "shortcuts":
        from factdesk.gui.help_dialogs import ShortcutsDialog
        return ShortcutsDialog(window)
    raise AssertionError(name)
