"""The desk-wide claims view: a filter bar (type, status, verdict, assignee, text) over `DeskClaimsModel`."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QGridLayout, QHeaderView, QLineEdit, QTableView,
                               QVBoxLayout, QWidget)

from factdesk.core.model import CLAIM_TYPES, STATUSES, RatingScale
from factdesk.gui.accessible import describe
from factdesk.gui.app import status_label, tr, type_colour, type_label
from factdesk.gui.claims_model import DeskClaimsModel, swatch


class DeskClaimsView(QWidget):
    """Every claim on the desk, filtered in the store; activating one opens it."""

    claim_activated = Signal(str, str)  # article id, claim id

    def __init__(self, model: DeskClaimsModel, scale: RatingScale | None, parent=None):
        super().__init__(parent)
        self.model = model
        self.type_combo = QComboBox(self)
        self.type_combo.addItem(tr("Any type"), None)
        for t in CLAIM_TYPES:
            self.type_combo.addItem(QIcon(swatch(type_colour(t))), type_label(t), t)
        self.status_combo = QComboBox(self)
        self.status_combo.addItem(tr("Any status"), None)
        for s in STATUSES:
            self.status_combo.addItem(status_label(s), s)
        self.verdict_combo = QComboBox(self)
        self.verdict_combo.addItem(tr("Any verdict"), None)
        for v in scale.verdicts if scale else ():
            self.verdict_combo.addItem(QIcon(swatch(v.colour)), v.label_en, v.id)
        self.assignee = QLineEdit(self)
        self.assignee.setPlaceholderText(tr("Assignee"))
        self.text = QLineEdit(self)
        self.text.setPlaceholderText(tr("Text contains…"))
        self.text.setClearButtonEnabled(True)
        self._timer = QTimer(self, singleShot=True, interval=250)
        self._timer.timeout.connect(self.apply)
        for combo in (self.type_combo, self.status_combo, self.verdict_combo):
            combo.currentIndexChanged.connect(lambda _i: self.apply())
        for edit in (self.assignee, self.text):
            edit.textChanged.connect(lambda _t: self._timer.start())
        self.view = QTableView(self)
        self.view.setModel(model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.setShowGrid(False)
        self.view.setAlternatingRowColors(True)
        self.view.horizontalHeader().setResizeContentsPrecision(0)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(2, self.view.fontMetrics().horizontalAdvance("M" * 12))  # the article title
        describe(self.type_combo, tr("Claim type filter"), tr("Show only claims of this type"))
        describe(self.status_combo, tr("Status filter"), tr("Show only claims with this status"))
        describe(self.verdict_combo, tr("Verdict filter"), tr("Show only claims with this verdict"))
        describe(self.assignee, tr("Assignee filter"), tr("Show only the claims of this checker"))
        describe(self.text, tr("Text filter"), tr("Show only claims whose text or rationale holds these words"))
        describe(self.view, tr("All claims"), tr("Every claim on the desk; choose one to open it in its article"))
        self.view.activated.connect(self._activated)
        self.view.clicked.connect(self._activated)
        grid = QGridLayout()
        grid.addWidget(self.type_combo, 0, 0)
        grid.addWidget(self.status_combo, 0, 1)
        grid.addWidget(self.verdict_combo, 1, 0)
        grid.addWidget(self.assignee, 1, 1)
        grid.addWidget(self.text, 2, 0, 1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(grid)
        layout.addWidget(self.view)

    def apply(self) -> None:
        """Filter the model by the bar's choices."""
        self.model.set_filter(type=self.type_combo.currentData(), status=self.status_combo.currentData(),
                              verdict=self.verdict_combo.currentData(),
                              assignee=self.assignee.text().strip() or None,
                              text=self.text.text().strip() or None,
                              include_dismissed=self.status_combo.currentData() == "dismissed")

    def _activated(self, index: QModelIndex) -> None:
        claim: Any = self.model.claim(index.row()) if index.isValid() else None
        if claim is not None:
            self.claim_activated.emit(claim.article_id, claim.id)
