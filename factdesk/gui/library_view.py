"""The library pane: a filter box over the lazy article table, with columns one can show or hide."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLineEdit, QMenu, QTableView,
                               QVBoxLayout, QWidget)

from factdesk.gui.accessible import describe
from factdesk.gui.app import tr
from factdesk.gui.library_model import COLUMNS, LibraryModel

if TYPE_CHECKING:
    from factdesk.core.store import Desk

HIDDEN_COLUMNS = (3, 6)  # language and decided: one right-click on the header away
NARROW_COLUMNS = (1, 2)  # outlet and date: hidden while the pane is too narrow for the titles to be read
NARROW_WIDTH = 420
FILTER_DELAY_MS = 250


def table_defaults(view: QTableView) -> None:
    """Row selection, no grid, no editing, compact rows: how FactDesk's tables look."""
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setShowGrid(False)


class LibraryPane(QWidget):
    """The articles on the desk: `filter` (store-side text filter), `view` over `model`."""

    def __init__(self, desk: Desk, parent=None):
        super().__init__(parent)
        self.model = LibraryModel(desk, self)
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(tr("Filter articles…"))
        self.filter.setClearButtonEnabled(True)
        describe(self.filter, tr("Filter articles"), tr("Show only the articles whose title or text holds these words"))
        self._timer = QTimer(self, singleShot=True, interval=FILTER_DELAY_MS)
        self._timer.timeout.connect(lambda: self.model.set_filter(self.filter.text()))
        self.filter.textChanged.connect(lambda _t: self._timer.start())
        self.shelf = QComboBox(self)  # the articles in use, or the archive, or the bin
        self.shelf.addItem(tr("In use"), None)
        self.shelf.addItem(tr("Archived"), "archived")
        self.shelf.addItem(tr("Deleted"), "deleted")
        self.shelf.currentIndexChanged.connect(lambda _i: self.model.set_shelf(self.shelf.currentData()))
        describe(self.shelf, tr("Which articles"), tr("The articles in use, the archived ones, or the deleted ones "
                                                      "(which can be restored)"))
        self.view = QTableView(self)
        self.view.setModel(self.model)
        table_defaults(self.view)
        describe(self.view, tr("Articles"), tr("The articles on the desk with their claim counts; "
                                               "choose one to read it"))
        header = self.view.horizontalHeader()
        # no sort indicator: the store's default order (newest import first) until a header is clicked
        header.setSortIndicator(-1, Qt.SortOrder.DescendingOrder)
        self.view.setSortingEnabled(True)
        self._sort_indicator = (-1, Qt.SortOrder.DescendingOrder)
        header.sortIndicatorChanged.connect(self._sort_indicator_changed)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setResizeContentsPrecision(0)  # never read more than the visible rows to size columns
        header.setMinimumSectionSize(24)
        fm = self.view.fontMetrics()
        samples = {1: "Outlet", 2: "31.12.2024", 3: "de", 4: "99", 5: "99", 6: "99"}
        for col, sample in samples.items():
            label = str(self.model.headerData(col, Qt.Orientation.Horizontal))
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(col, max(fm.horizontalAdvance(label), fm.horizontalAdvance(sample)) + 18)
        for col in HIDDEN_COLUMNS:
            header.hideSection(col)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._header_menu)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.setWordWrap(True)  # headlines get two lines; rows keep one fixed height
        self.view.verticalHeader().setDefaultSectionSize(2 * fm.lineSpacing() + 10)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        top = QHBoxLayout()
        top.addWidget(self.filter, 1)
        top.addWidget(self.shelf)
        layout.addLayout(top)
        layout.addWidget(self.view)

    def _sort_indicator_changed(self, column: int, order: Qt.SortOrder) -> None:
        """Keep the arrow where the order really is: the store cannot sort by the claim counts."""
        if 0 <= column < len(COLUMNS) and not COLUMNS[column][2]:
            header = self.view.horizontalHeader()
            header.blockSignals(True)
            header.setSortIndicator(*self._sort_indicator)
            header.blockSignals(False)
            return
        self._sort_indicator = (column, order)

    def header_menu(self) -> QMenu:
        """A menu of checkable columns (title always shown)."""
        header = self.view.horizontalHeader()
        menu = QMenu(self)
        for col in range(1, self.model.columnCount()):
            action = menu.addAction(str(self.model.headerData(col, Qt.Orientation.Horizontal)))
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(col))
            action.toggled.connect(lambda on, c=col: self._choose_column(c, on))
        return menu

    def _choose_column(self, column: int, shown: bool) -> None:
        self._chosen = True  # the user's choice of columns wins over the narrow-pane rule
        self.view.horizontalHeader().setSectionHidden(column, not shown)

    def resizeEvent(self, event) -> None:
        """A narrow library (a laptop screen) keeps the titles readable: outlet and date step aside."""
        super().resizeEvent(event)
        if not getattr(self, "_chosen", False):
            narrow = self.width() < NARROW_WIDTH
            for col in NARROW_COLUMNS:
                self.view.horizontalHeader().setSectionHidden(col, narrow)

    def _header_menu(self, point) -> None:
        menu = self.header_menu()
        menu.exec(self.view.horizontalHeader().mapToGlobal(point))
        menu.deleteLater()
