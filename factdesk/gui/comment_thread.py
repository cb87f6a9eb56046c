"""The claim panel's comment thread: checker and lead write to each other beside the claim.

`CommentsModel` lists a claim's comments oldest first ("Lena · 05.12.2026
14:02" and the text); below it one writes a new comment and sends it with
the button or Ctrl+Enter. Writing goes through the window's undo stack, so
Ctrl+Z takes one's own comment back (it stays in the history).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Callable

from PySide6.QtCore import QAbstractListModel, QEvent, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QGroupBox, QHBoxLayout, QListView, QPlainTextEdit, QPushButton,
                               QVBoxLayout, QWidget)

from factdesk.core import ops
from factdesk.core.errors import FactDeskError
from factdesk.core.model import Claim, Comment
from factdesk.gui.accessible import describe
from factdesk.gui.app import tr
from factdesk.gui.review_banner import when_text

if TYPE_CHECKING:
    from factdesk.core.store import Desk


class CommentsModel(QAbstractListModel):
    """One claim's comments, oldest first."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.comments: list[Comment] = []

    def set_comments(self, comments: list[Comment]) -> None:
        """Replace the comments shown."""
        self.beginResetModel()
        self.comments = list(comments)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.comments)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.comments):
            return None
        c = self.comments[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{c.author} · {when_text(c.created_at)}\n{c.body}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return c.body
        return None


class CommentEdit(QPlainTextEdit):
    """The field for a new comment: Ctrl+Enter sends (taken before the window's Ctrl+Enter, "ready")."""

    send_requested = Signal()

    @staticmethod
    def _is_send(event) -> bool:
        return event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) \
            and bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and self._is_send(event):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event) -> None:
        if self._is_send(event):
            self.send_requested.emit()
            return
        super().keyPressEvent(event)


class CommentThread(QGroupBox):
    """The thread of one claim and the field to write the next comment."""

    def __init__(self, desk: Desk, undo: Any, by: Callable[[], str], parent: QWidget | None = None):
        super().__init__(tr("Comments"), parent)
        self.desk, self.undo, self.by = desk, undo, by
        self.claim: Claim | None = None
        self.model = CommentsModel(self)
        self.view = QListView(self)
        self.view.setModel(self.model)
        self.view.setWordWrap(True)
        self.view.setAlternatingRowColors(True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.view.setMinimumHeight(50)
        self.view.setMaximumHeight(150)
        self.edit = CommentEdit(self)
        self.edit.send_requested.connect(self.send)
        self.edit.setPlaceholderText(tr("Write to the checker or the lead… (Ctrl+Enter sends)"))
        self.edit.setMaximumHeight(60)
        self.send_button = QPushButton(tr("Send"), self)
        self.send_button.clicked.connect(self.send)
        describe(self.view, tr("Comments"), tr("What the checker and the lead wrote about this claim, oldest first"))
        describe(self.edit, tr("New comment"), tr("Write a comment; Ctrl+Enter sends it"))
        describe(self.send_button, tr("Send"), tr("Add the comment to the claim's thread"))
        row = QHBoxLayout()
        row.addWidget(self.edit, 1)
        row.addWidget(self.send_button, 0, Qt.AlignmentFlag.AlignBottom)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addLayout(row)

    def show_claim(self, claim: Claim | None) -> None:
        """Show the thread of `claim` (None: empty and disabled)."""
        if claim is None or self.claim is None or claim.id != self.claim.id:
            self.edit.clear()
        self.claim = claim
        for w in (self.edit, self.send_button, self.view):
            w.setEnabled(claim is not None)
        comments: list[Comment] = []
        if claim is not None:
            try:
                comments = self.desk.comments_for_claim(claim.id)
            except FactDeskError:
                comments = []
        self.model.set_comments(comments)
        self.setTitle(tr("Comments (%1)").replace("%1", str(len(comments))) if comments else tr("Comments"))
        if comments:
            self.view.scrollToBottom()

    def send(self) -> bool:
        """Write the typed comment into the thread (undoable)."""
        text = self.edit.toPlainText().strip()
        if self.claim is None or not text:
            return False
        claim_id = self.claim.id
        outcome = self.undo.run(tr("Write comment"), lambda: ops.add_comment(self.desk, claim_id, self.by(), text))
        if outcome is None:
            return False
        self.edit.clear()
        return True
