"""The lead's review queue: claims ready for review grouped by article; approve (A), return (R), reopen.

`ReviewQueueModel` is a two-level tree model (article → claims) over what
`desk.review_queue()` (or, in the "approved" view, the desk's approved
claims) returns; it holds plain `Claim`s, never widgets. Beside the tree the
selected claim is shown whole: verdict in its scale colour, rationale,
sources and history. Approving locks the claim in the store until a lead
reopens it; reopening is a recorded review with its reason.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dataclasses import dataclass, field

from PySide6.QtCore import QAbstractItemModel, QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (QComboBox, QFrame, QScrollArea, QHBoxLayout, QLabel, QListView,
                               QPlainTextEdit, QPushButton, QSplitter, QTableView, QTabWidget,
                               QTreeView, QVBoxLayout, QWidget)

from factdesk.core.errors import FactDeskError
from factdesk.core.model import Claim
from factdesk.core.ops.review import review_claim
from factdesk.gui.comment_dialog import CommentDialog
from factdesk.gui.roles import acts_as_lead
from factdesk.gui import refusals
from factdesk.gui.accessible import describe
from factdesk.gui.app import status_label, tr
from factdesk.gui.detail_models import HistoryModel, SourcesModel
from factdesk.gui.review_stats import ReviewStatsWidget

if TYPE_CHECKING:
    from factdesk.core.store import Desk

CLAIM_ID_ROLE = Qt.ItemDataRole.UserRole + 1
ARTICLE_ID_ROLE = Qt.ItemDataRole.UserRole + 2
COLUMNS = ("Claim", "Verdict", "Status", "Checker", "Rationale")
VIEWS = ("ready_for_review", "approved")


@dataclass(slots=True)
class Group:
    """One article of the queue and its claims."""

    article_id: str
    title: str
    text: str = ""
    claims: list[Claim] = field(default_factory=list)

    def sentence(self, claim: Claim) -> str:
        """The article sentence that holds the claim ('' when unknown)."""
        if claim.sentence_end > claim.sentence_start:
            return self.text[claim.sentence_start:claim.sentence_end].strip()
        return ""


def ui_language(settings) -> str:
    """'de' or 'en': the user's interface language (the system's when set to follow it)."""
    from PySide6.QtCore import QLocale
    chosen = settings.ui_language()
    if chosen == "system":
        chosen = QLocale().name()
    return "de" if str(chosen).startswith("de") else "en"


def _one_line(text: str | None, limit: int = 80) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


class ReviewQueueModel(QAbstractItemModel):
    """Articles at the top level, their claims below (internalId 0 = article, n = claim of article n-1)."""

    def __init__(self, desk: Desk, parent=None):
        super().__init__(parent)
        self.desk = desk
        self.groups: list[Group] = []
        self.scale = desk.rating_scale()
        self.language = "en"  # verdict labels: "de" or "en"

    def load(self, status: str = "ready_for_review") -> None:
        """Read the claims with this status from the desk, grouped by article."""
        from factdesk.core.store import ClaimFilter
        if status == "ready_for_review":
            claims = self.desk.review_queue()
        else:
            claims = self.desk.claim_rows(ClaimFilter(status=status), 0, -1, "start", with_sources=True)
        groups: dict[str, Group] = {}
        for claim in claims:
            if claim.article_id not in groups:
                article = self.desk.get_article(claim.article_id)
                groups[claim.article_id] = Group(article.id, article.title or tr("(untitled)"), article.text)
            groups[claim.article_id].claims.append(claim)
        self.beginResetModel()
        self.scale = self.desk.rating_scale()
        self.groups = list(groups.values())
        self.endResetModel()

    def claim_at(self, index: QModelIndex | QPersistentModelIndex) -> Claim | None:
        """The claim at an index, or None for an article row."""
        if not index.isValid() or index.internalId() == 0:
            return None
        group = self.groups[index.internalId() - 1]
        return group.claims[index.row()] if index.row() < len(group.claims) else None

    def claim_count(self) -> int:
        """How many claims the model holds."""
        return sum(len(g.claims) for g in self.groups)

    def index_of(self, claim_id: str) -> QModelIndex:
        """The index (column 0) of a claim, or an invalid index."""
        for g_row, group in enumerate(self.groups):
            for c_row, claim in enumerate(group.claims):
                if claim.id == claim_id:
                    return self.createIndex(c_row, 0, g_row + 1)
        return QModelIndex()

    # -- QAbstractItemModel ---------------------------------------------------
    def index(self, row: int, column: int, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> QModelIndex:
        if column < 0 or column >= len(COLUMNS) or row < 0:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0) if row < len(self.groups) else QModelIndex()
        if parent.internalId() == 0 and parent.column() == 0 and parent.row() < len(self.groups) \
                and row < len(self.groups[parent.row()].claims):
            return self.createIndex(row, column, parent.row() + 1)
        return QModelIndex()

    def parent(self, index: QModelIndex | QPersistentModelIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, 0)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        if not parent.isValid():
            return len(self.groups)
        if parent.internalId() == 0 and parent.column() == 0 and parent.row() < len(self.groups):
            return len(self.groups[parent.row()].claims)
        return 0

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(COLUMNS):
            return tr(COLUMNS[section])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if index.internalId() == 0:
            group = self.groups[index.row()]
            if role == Qt.ItemDataRole.DisplayRole and index.column() == 0:
                return f"{group.title} ({len(group.claims)})"
            if role == ARTICLE_ID_ROLE:
                return group.article_id
            return None
        claim = self.claim_at(index)
        if claim is None:
            return None
        return self._claim_data(claim, index.column(), role)

    def _claim_data(self, claim: Claim, column: int, role: int):
        from factdesk.gui.theme import readable_text_colour, verdict_colour
        verdict = self.scale.verdict(claim.verdict) if claim.verdict else None
        if role == CLAIM_ID_ROLE:
            return claim.id
        if role == ARTICLE_ID_ROLE:
            return claim.article_id
        if role == Qt.ItemDataRole.DisplayRole:
            verdict_text = verdict.label(self.language) if verdict else (claim.verdict or tr("no verdict"))
            return (_one_line(claim.text), verdict_text,
                    status_label(claim.status) + (" 🔒" if claim.status == "approved" else ""),
                    claim.assignee or claim.updated_by or "", _one_line(claim.rationale, 60))[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            if claim.status == "approved":
                return tr("Approved: locked against edits until a lead reopens it")
            return claim.text if column == 0 else (claim.rationale if column == 4 else None)
        if column == 1 and role == Qt.ItemDataRole.BackgroundRole:
            return verdict_colour(verdict)
        if column == 1 and role == Qt.ItemDataRole.ForegroundRole:
            return readable_text_colour(verdict_colour(verdict))
        return None


class ReviewQueueWidget(QWidget):
    """The review queue and the counts, for a lead. Emits claim_activated(article_id, claim_id)."""

    claim_activated = Signal(str, str)
    claim_selected = Signal(str, str)  # (article_id, claim_id) of the row just selected: the window follows
    changed = Signal(object)  # the Changes of a review made here (the queue itself is already reloaded)

    def __init__(self, desk: Desk, settings, parent: QWidget | None = None, undo=None):
        super().__init__(parent)
        self.desk, self.settings = desk, settings
        self.undo = undo  # the window's undo: reviews are undone with Ctrl+Z like every edit
        self._refused_approval: str | None = None  # the claim the four-eyes rule just refused
        self.model = ReviewQueueModel(desk, self)
        self.model.language = ui_language(settings)
        self.sources_model, self.history_model = SourcesModel(self), HistoryModel(self)
        self._build()
        self.setMinimumHeight(150)  # the window's minimum, not the sum of its parts: it fits a laptop screen
        self.reload()

    # -- layout -------------------------------------------------------------
    def _build(self) -> None:
        self.view_combo = QComboBox(self)
        self.view_combo.addItem(tr("Ready for review"), "ready_for_review")
        self.view_combo.addItem(tr("Approved (locked)"), "approved")
        self.view_combo.addItem(tr("Returned"), "returned")
        self.view_combo.currentIndexChanged.connect(lambda _: self.reload())
        self.approve_button = QPushButton(tr("Approve (A)"), self)
        self.return_button = QPushButton(tr("Return… (R)"), self)
        self.reopen_button = QPushButton(tr("Reopen…"), self)
        self.override_button = QPushButton(tr("Approve anyway…"), self)
        self.override_button.setToolTip(tr("Approve against the four-eyes rule; your reason is recorded"))
        self.override_button.clicked.connect(self.approve_anyway)
        self.override_button.hide()
        describe(self.override_button, tr("Approve anyway"),
                 tr("Approve against the four-eyes rule; your reason is recorded"))
        self.refresh_button = QPushButton(tr("Refresh"), self)
        self.refresh_button.setToolTip(tr("Read the queue from the desk again (F5)"))
        self.refresh_button.clicked.connect(lambda: self.reload(select=self._position()))
        describe(self.view_combo, tr("Queue"), tr("Claims waiting for review, the approved ones, or the returned ones"))
        self.approve_button.setToolTip(tr("Approve the selected claim's verdict; it is locked until reopened"))
        self.return_button.setToolTip(tr("Send the claim back to its checker with a comment"))
        self.reopen_button.setToolTip(tr("Unlock an approved claim so it can be changed, with a comment"))
        self.approve_button.clicked.connect(self.approve)
        self.return_button.clicked.connect(self.return_claim)
        self.reopen_button.clicked.connect(self.reopen)
        bar = QHBoxLayout()
        for w in (self.view_combo, self.approve_button, self.override_button, self.return_button,
                  self.reopen_button):
            bar.addWidget(w)
        bar.addStretch(1)
        bar.addWidget(self.refresh_button)
        self.tree = QTreeView(self)
        self.tree.setModel(self.model)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        self._reloading = False  # a reload keeps the lead's place; only the lead's own moves pull the window along
        self.tree.selectionModel().currentChanged.connect(lambda *_: self._selected())
        self.tree.activated.connect(self._activate)
        self.tree.installEventFilter(self)
        describe(self.tree, tr("Review queue"), tr("Claims by article; A approves, R returns the selected one"))
        self.verdict_label = QLabel(self)
        self.lock_label = QLabel(self)
        self.claim_text = QPlainTextEdit(self)
        self.rationale = QPlainTextEdit(self)
        for edit in (self.claim_text, self.rationale):
            edit.setReadOnly(True)
        describe(self.claim_text, tr("Claim"), tr("The selected claim's text"))
        describe(self.rationale, tr("Rationale"), tr("The checker's rationale for the verdict"))
        self.sources_view = QTableView(self)
        self.sources_view.setModel(self.sources_model)
        self.history_view = QListView(self)
        self.history_view.setModel(self.history_model)
        describe(self.sources_view, tr("Sources"), tr("The sources the verdict rests on"))
        describe(self.history_view, tr("History"), tr("Every change to the claim: who changed what, and when"))
        detail = QWidget(self)
        d = QVBoxLayout(detail)
        parts: list[tuple[str | None, QWidget]] = [
            (None, self.verdict_label), (None, self.lock_label), (tr("Claim"), self.claim_text),
            (tr("Rationale"), self.rationale), (tr("Sources"), self.sources_view), (tr("History"), self.history_view)]
        for caption, part in parts:
            if caption:
                d.addWidget(QLabel(f"<b>{caption}</b>", detail))
            d.addWidget(part)
        for part in (self.claim_text, self.rationale, self.sources_view, self.history_view):
            part.setMinimumHeight(48)  # the dock may be short on a laptop: the detail scrolls instead
        self.tree.setMinimumHeight(60)
        scroll = QScrollArea(self)  # never makes the dock (and so the window) taller than the screen
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(detail)
        splitter = QSplitter(self)
        splitter.addWidget(self.tree)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        for label in (self.verdict_label, self.lock_label, self.message):
            label.setTextFormat(Qt.TextFormat.PlainText)  # user text is never markup
        queue = QWidget(self)
        q = QVBoxLayout(queue)
        q.addLayout(bar)
        q.addWidget(splitter, 1)
        q.addWidget(self.message)
        self.stats = ReviewStatsWidget(self.desk, self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(queue, tr("Queue"))
        self.tabs.addTab(self.stats, tr("Counts"))
        QVBoxLayout(self).addWidget(self.tabs)

    # -- state --------------------------------------------------------------
    def current_claim(self) -> Claim | None:
        """The selected claim, or None."""
        return self.model.claim_at(self.tree.currentIndex())

    def _size_columns(self) -> None:
        """Verdict, status and checker wide enough for their longest label ("Bereit zur Abnahme")."""
        fm = self.tree.fontMetrics()
        header = self.tree.header()
        status_width = max(fm.horizontalAdvance(status_label(s)) for s in ("ready_for_review", "approved", "returned"))
        for col, width in ((1, fm.horizontalAdvance("M" * 9)), (2, status_width), (3, fm.horizontalAdvance("M" * 7))):
            header.resizeSection(col, max(width, fm.horizontalAdvance(str(self.model.headerData(
                col, Qt.Orientation.Horizontal)))) + 24)

    def reload(self, select: int | None = 0) -> None:
        """Read the queue again and select the claim at position `select` (in queue order)."""
        self._reloading = True
        try:
            self._reload(select)
        finally:
            self._reloading = False

    def _selected(self) -> None:
        """The lead moved to another claim in the queue: show it here, and in the window."""
        self._show_current()
        claim = self.current_claim()
        if claim is not None and not self._reloading:
            self.claim_selected.emit(claim.article_id, claim.id)

    def _reload(self, select: int | None) -> None:
        self.model.load(self.view_combo.currentData())
        for row in range(self.model.rowCount()):
            self.tree.setFirstColumnSpanned(row, QModelIndex(), True)  # article titles use the full width
        self.tree.expandAll()
        self.tree.resizeColumnToContents(0)
        self._size_columns()
        claims = [c for g in self.model.groups for c in g.claims]
        if claims and select is not None:
            target = claims[min(select, len(claims) - 1)]
            self.tree.setCurrentIndex(self.model.index_of(target.id))
        self._show_current()
        self.stats.model.refresh()

    def _show_current(self) -> None:
        from factdesk.gui.theme import readable_text_colour, verdict_colour
        claim = self.current_claim()
        is_lead = self._is_lead()
        if claim is None or claim.id != self._refused_approval:
            self.override_button.hide()
        ready = claim is not None and claim.status == "ready_for_review"
        self.approve_button.setEnabled(is_lead and ready)
        self.return_button.setEnabled(is_lead and ready)
        self.reopen_button.setEnabled(is_lead and claim is not None and claim.status == "approved")
        if claim is None:
            for w in (self.verdict_label, self.lock_label):
                w.clear()
            self.claim_text.clear()
            self.rationale.clear()
            self.sources_model.set_sources([])
            self.history_model.set_entries([])
            return
        verdict = self.model.scale.verdict(claim.verdict) if claim.verdict else None
        bg = verdict_colour(verdict)
        self.verdict_label.setText(verdict.label(self.model.language) if verdict else tr("no verdict"))
        self.verdict_label.setStyleSheet(f"background-color: {bg.name()}; color: "
                                         f"{readable_text_colour(bg).name()}; padding: 2px 6px;")
        self.lock_label.setText(tr("🔒 Approved: locked against edits until reopened")
                                if claim.status == "approved" else status_label(claim.status))
        group = self.model.groups[self.tree.currentIndex().internalId() - 1]
        sentence = group.sentence(claim)
        self.claim_text.setPlainText(claim.text + ("\n\n" + tr("In the article: %1").replace("%1", sentence)
                                                   if sentence and sentence != claim.text else ""))
        self.rationale.setPlainText(claim.rationale or "")
        self.sources_model.set_sources(claim.sources)
        self.history_model.set_scale(self.model.scale, self.model.language)  # verdict labels, not ids
        self.history_model.set_entries(self.desk.history(claim_id=claim.id))

    # -- actions ------------------------------------------------------------
    def _position(self) -> int:
        """The selected claim's position in queue order (0 when none is selected)."""
        claim = self.current_claim()
        ids = [c.id for g in self.model.groups for c in g.claims]
        return ids.index(claim.id) if claim is not None and claim.id in ids else 0

    def _is_lead(self) -> bool:
        return acts_as_lead(self.desk, self.settings)

    def _refused(self, exc: FactDeskError) -> None:
        self.message.setText(refusals.message(exc))
        claim = self.current_claim()
        self._refused_approval = claim.id if exc.code == "four_eyes" and claim is not None else None
        self.override_button.setVisible(self._refused_approval is not None)

    def _decide(self, decision: str, comment: str | None = None, override: str | None = None) -> bool:
        claim = self.current_claim()
        if claim is None:
            return False
        position = self._position()
        by = self.settings.user_name()

        def review():
            return review_claim(self.desk, claim.id, decision, by=by, comment=comment, override=override)

        if self.undo is not None:
            text = {"approve": tr("Approve"), "return": tr("Return"), "reopen": tr("Reopen")}[decision]
            failed: list[FactDeskError] = []
            outcome = self.undo.run(text, review, on_error=failed.append)
            if outcome is None:
                if failed:
                    self._refused(failed[0])
                return False
        else:
            try:
                outcome = review()
            except FactDeskError as exc:
                self._refused(exc)
                return False
        self._refused_approval = None
        self.override_button.hide()
        undo_hint = " " + tr("Undo with Ctrl+Z.") if self.undo else ""
        self.message.setText({"approve": tr("Approved and locked.") + undo_hint,
                              "return": tr("Returned to the checker."),
                              "reopen": tr("Reopened: the checker can edit it again.")}[decision])
        self.reload(select=position)
        self.changed.emit(outcome.changes)
        after = self.current_claim()
        if after is not None:  # the lead goes on to the next claim: the window goes along
            self.claim_selected.emit(after.article_id, after.id)
        return True

    def approve(self) -> bool:
        """Approve the selected claim (locks it until reopened); the four-eyes rule may refuse."""
        claim = self.current_claim()
        if claim is None or claim.status != "ready_for_review" or not self._is_lead():
            return False
        return self._decide("approve")

    def approve_anyway(self) -> bool:
        """Approve against the four-eyes rule, with a reason that is recorded."""
        claim = self.current_claim()
        if claim is None or claim.id != self._refused_approval or not self._is_lead():
            return False
        reason = CommentDialog.ask(self, tr("Approve anyway"),
                                   tr("Why do you approve it against the four-eyes rule? The reason is recorded."),
                                   missing=tr("Please give the reason; it is kept with the approval."))
        return bool(reason) and self._decide("approve", override=reason)

    def return_claim(self) -> bool:
        """Return the selected claim to its checker with a comment asked from the lead."""
        claim = self.current_claim()
        if claim is None or claim.status != "ready_for_review" or not self._is_lead():
            return False
        comment = CommentDialog.ask(self, tr("Return claim"), tr("What should the checker change?"))
        return bool(comment) and self._decide("return", comment)

    def reopen(self) -> bool:
        """Reopen the selected approved claim (recorded as a review, with an optional reason)."""
        claim = self.current_claim()
        if claim is None or claim.status != "approved" or not self._is_lead():
            return False
        reason = CommentDialog.ask(self, tr("Reopen claim"), tr("Why is this claim reopened?"), required=False)
        return reason is not None and self._decide("reopen", reason or None)

    def _activate(self, index: QModelIndex) -> None:
        claim = self.model.claim_at(index)
        if claim is not None:
            self.claim_activated.emit(claim.article_id, claim.id)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if obj is self.tree and isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress \
                and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            if event.key() == Qt.Key.Key_A:
                self.approve()
                return True
            if event.key() == Qt.Key.Key_R:
                self.return_claim()
                return True
            if event.key() == Qt.Key.Key_F5:
                self.reload(select=self._position())
                return True
        return super().eventFilter(obj, event)
