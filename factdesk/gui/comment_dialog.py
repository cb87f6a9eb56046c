"""The dialog that asks a lead for a comment.

Why a claim is returned or reopened, or why the four-eyes rule is overridden.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from factdesk.gui.accessible import describe
from factdesk.gui.app import tr


class CommentDialog(QDialog):
    """Asks the lead for a comment (why a claim is returned or reopened, or the four-eyes rule overridden)."""

    def __init__(self, parent: QWidget | None, title: str, prompt: str, required: bool, missing: str | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.required = required
        self.missing = missing or tr("Please say what the checker should change.")
        self.edit = QPlainTextEdit(self)
        describe(self.edit, title, prompt)
        self.error = QLabel("", self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(title)  # says what it does, not "OK"
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        label = QLabel(prompt, self)
        label.setWordWrap(True)
        self.error.setWordWrap(True)
        layout = QVBoxLayout(self)
        for w in (label, self.edit, self.error, buttons):
            layout.addWidget(w)
        self.setMinimumWidth(460)  # room for a comment of a few lines

    def accept(self) -> None:
        if self.required and not self.edit.toPlainText().strip():
            self.error.setText(self.missing)
            return
        super().accept()

    @classmethod
    def ask(cls, parent: QWidget | None, title: str, prompt: str, required: bool = True,
            missing: str | None = None) -> str | None:
        """Show the dialog; the comment, or None when cancelled (tests replace this)."""
        dialog = cls(parent, title, prompt, required, missing)
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted:
                return dialog.edit.toPlainText().strip()
            return None
        finally:
            dialog.deleteLater()
