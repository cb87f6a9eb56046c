"""Help → Keyboard shortcuts and Help → Documentation.

`ShortcutsDialog` lists every shortcut of the main window, read from its
actions grouped by menu (so the list can never disagree with the menus), plus
the keys that belong to one view (the review queue's A, R and F5), with a
filter field. `GuideDialog` shows the user guide shipped in
`resources/docs/guide_<language>.html` in the window itself: it works
offline, and its links to other parts of the guide stay inside it.
"""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QHeaderView, QLineEdit, QMainWindow,
                               QMenu, QTextBrowser, QTreeView, QVBoxLayout, QWidget)

from factdesk.gui.accessible import describe
from factdesk.gui.app import tr
from factdesk.resources import resource_path


def view_keys() -> list[tuple[str, str, str]]:
    """Keys that act in one view only and have no menu entry: (where, what it does, key)."""
    return [
        (tr("Review queue"), tr("Approve the selected claim"), "A"),
        (tr("Review queue"), tr("Return the selected claim to its checker"), "R"),
        (tr("Review queue"), tr("Read the queue from the desk again"), "F5"),
        (tr("Article text"), tr("Select the claim under the pointer"), tr("Click")),
        (tr("Article text"), tr("Mark the selected text as a claim, dismiss a claim or change its type"),
         tr("Right-click")),
        (tr("Lists"), tr("Open the chosen article, claim or search hit"), tr("Enter")),
    ]


def menu_shortcuts(window: QMainWindow) -> list[tuple[str, str, str]]:
    """(menu, action, shortcuts) for every action of the window's menus that has a shortcut, in menu order."""
    rows: list[tuple[str, str, str]] = []

    def walk(menu: QMenu, path: str) -> None:
        for action in menu.actions():
            if isinstance(sub := action.menu(), QMenu):
                walk(sub, f"{path} → {_plain(action.text())}")
            elif not action.isSeparator() and action.shortcuts():
                keys = ", ".join(s.toString(QKeySequence.SequenceFormat.NativeText) for s in action.shortcuts())
                rows.append((path, _plain(action.text()), keys))

    for top in window.menuBar().actions():
        if isinstance(menu := top.menu(), QMenu):
            walk(menu, _plain(top.text()))
    return rows


def _plain(text: str) -> str:
    """A menu text without its mnemonic marker or trailing dots: "&Open…" -> "Open"."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip(".…").strip()


class ShortcutsDialog(QDialog):
    """Every keyboard shortcut, grouped by menu, with a filter field."""

    def __init__(self, window: QMainWindow, parent: QWidget | None = None):
        super().__init__(parent or window)
        self.setWindowTitle(tr("Keyboard shortcuts"))
        self.resize(560, 620)
        self.model = QStandardItemModel(self)
        self.model.setHorizontalHeaderLabels([tr("Command"), tr("Keys")])
        groups: dict[str, QStandardItem] = {}
        rows = menu_shortcuts(window) + view_keys()
        for group, name, keys in rows:
            if group not in groups:
                groups[group] = QStandardItem(group)
                groups[group].setEditable(False)
                self.model.appendRow([groups[group], QStandardItem("")])
            name_item, keys_item = QStandardItem(name), QStandardItem(keys)
            for item in (name_item, keys_item):
                item.setEditable(False)
            groups[group].appendRow([name_item, keys_item])
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setRecursiveFilteringEnabled(True)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(tr("Find a command or key…"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._filter)
        describe(self.filter, tr("Find a shortcut"), tr("Show only the commands or keys holding these letters"))
        self.view = QTreeView(self)
        self.view.setModel(self.proxy)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setUniformRowHeights(True)
        self.view.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.view.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.view.header().setStretchLastSection(False)
        self.view.expandAll()
        describe(self.view, tr("Keyboard shortcuts"), tr("Every command with its keys, grouped by menu"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)

    def _filter(self, text: str) -> None:
        self.proxy.setFilterFixedString(text.strip())
        self.view.expandAll()

    def rows(self) -> list[tuple[str, str]]:
        """The (command, keys) rows shown now, for tests and for reading aloud."""
        out = []
        for g in range(self.proxy.rowCount()):
            group = self.proxy.index(g, 0)
            for r in range(self.proxy.rowCount(group)):
                out.append((self.proxy.index(r, 0, group).data(), self.proxy.index(r, 1, group).data()))
        return out


def guide_path(language: str) -> str:
    """The user guide's file for the UI language ("de" or "en"; English when there is none)."""
    path = resource_path("docs", f"guide_{language}.html")
    return str(path if path.is_file() else resource_path("docs", "guide_en.html"))


class GuideDialog(QDialog):
    """The user guide, shown offline in a text browser; web links open in the system's browser."""

    def __init__(self, language: str = "en", parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(tr("FactDesk documentation"))
        self.resize(760, 720)
        self.browser = QTextBrowser(self)
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(self._follow)
        self.browser.setSource(QUrl.fromLocalFile(guide_path(language)))
        describe(self.browser, tr("User guide"), tr("How to work with FactDesk; links to web pages open in your "
                                                    "browser"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)

    def _follow(self, url: QUrl) -> None:
        if url.scheme() in ("http", "https", "mailto"):
            QDesktopServices.openUrl(url)
        else:
            self.browser.setSource(url)


def add_help_actions(window: QMainWindow, help_menu: QMenu, make_action) -> dict[str, QAction]:
    """Help → Documentation (F1) and Help → Keyboard shortcuts (Ctrl+/); returns the actions by name."""
    actions = {
        "documentation": make_action(window, tr("&Documentation"), lambda: _show_guide(window),
                                     QKeySequence.StandardKey.HelpContents, "help"),
        "shortcuts": make_action(window, tr("&Keyboard shortcuts"), lambda: _show_shortcuts(window), "Ctrl+/",
                                 None),
    }
    if actions["documentation"].shortcut().isEmpty():
        actions["documentation"].setShortcut(QKeySequence("F1"))
    for action in actions.values():
        help_menu.addAction(action)
    return actions


def _show_guide(window) -> None:
    dialog = getattr(window, "_guide_dialog", None)
    if dialog is None:
        language = getattr(window, "language", "en")
        dialog = window._guide_dialog = GuideDialog(language if language in ("de", "en") else "en", window)
    dialog.show()
    dialog.raise_()


def _show_shortcuts(window) -> None:
    ShortcutsDialog(window).exec()
