"""Counts by status and by verdict, for the whole desk and per checker (the lead's overview).

`CountsModel` is a plain table model over `desk.status_counts(assignee)` and
`desk.verdict_counts(assignee)`: one row for the desk, one per checker
(assignee), one column per status and per verdict of the desk's scale.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHeaderView, QLabel, QPushButton, QTableView, QVBoxLayout, QWidget

from factdesk.core.model import STATUSES
from factdesk.gui.accessible import describe
from factdesk.gui.app import status_label, tr

if TYPE_CHECKING:
    from factdesk.core.store import Desk


class CountsModel(QAbstractTableModel):
    """Rows: the desk, then each checker; columns: statuses, then verdicts."""

    def __init__(self, desk: Desk, parent=None):
        super().__init__(parent)
        self.desk = desk
        self._rows: list[tuple[str, dict[str, int], dict[str, int]]] = []
        self._columns: list[tuple[str, str, str | None]] = []  # (kind, key, colour)
        self.refresh()

    def refresh(self) -> None:
        """Read the counts from the desk again."""
        self.beginResetModel()
        scale = self.desk.rating_scale()
        self._columns = [("status", s, None) for s in STATUSES]
        self._columns += [("verdict", v.id, v.colour) for v in scale.verdicts]
        self._labels = {v.id: v.label_en for v in scale.verdicts}
        rows = [(tr("Whole desk"), self.desk.status_counts(), self.desk.verdict_counts())]
        rows += [(name, self.desk.status_counts(assignee=name), self.desk.verdict_counts(assignee=name))
                 for name in self.desk.checkers()]
        self._rows = rows
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def count(self, row: int, key: str) -> int:
        """The count at a row for a status or verdict id."""
        _, statuses, verdicts = self._rows[row]
        return statuses.get(key, 0) if key in STATUSES else verdicts.get(key, 0)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return self._rows[section][0] if 0 <= section < len(self._rows) else None
        if not 0 <= section < len(self._columns):
            return None
        kind, key, _ = self._columns[section]
        return status_label(key) if kind == "status" else self._labels.get(key, key)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows) \
                or not 0 <= index.column() < len(self._columns):
            return None
        kind, key, colour = self._columns[index.column()]
        _, statuses, verdicts = self._rows[index.row()]
        n = (statuses if kind == "status" else verdicts).get(key, 0)
        if role == Qt.ItemDataRole.DisplayRole:
            return str(n)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.DecorationRole and colour and n:
            return QColor(colour)
        return None


class ReviewStatsWidget(QWidget):
    """A table of the counts with a Refresh button."""

    def __init__(self, desk: Desk, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = CountsModel(desk, self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.refresh_button = QPushButton(tr("Refresh"), self)
        self.refresh_button.clicked.connect(self.model.refresh)
        self.refresh_button.setToolTip(tr("Count again from the desk"))
        describe(self.view, tr("Counts"), tr("Claims by status and verdict, for the desk and per checker"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(tr("Claims by status and verdict, for the desk and per checker (assignee)."), self))
        layout.addWidget(self.view)
        layout.addWidget(self.refresh_button)
