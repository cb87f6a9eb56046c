"""The dialog for adding or editing a claim's source, with validation.

`SourceDialog.ask(parent, source=None)` returns the fields to store (URL,
title, publisher, published, accessed, excerpt, file_path) or None when
cancelled; tests replace `ask`. `validate_source(fields)` holds the rules, so
the dialog can say exactly what is wrong before anything reaches the desk.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QHBoxLayout,
                               QLabel, QLineEdit, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget)

from factdesk.gui.accessible import describe_form
from factdesk.gui.app import get_icon, tr

MAX_FILE_BYTES = 100 * 1024 * 1024


def _valid_date(text: str) -> bool:
    return QDate.fromString(text, "yyyy-MM-dd").isValid()


def validate_source(fields: dict[str, Any]) -> list[str]:
    """Messages for everything wrong with a source's fields; empty when it may be stored."""
    problems: list[str] = []
    url = (fields.get("url") or "").strip()
    file_path = fields.get("file_path")
    if not url and not file_path:
        problems.append(tr("Give a web address or attach a file."))
    if url:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname or "." not in parts.hostname \
                or any(ch.isspace() for ch in url):
            problems.append(tr("The web address must start with http:// or https:// and name a site, "
                               "e.g. https://www.destatis.de/…"))
    for key, label in (("published", tr("Published")), ("accessed", tr("Accessed"))):
        value = (fields.get(key) or "").strip()
        if value and not _valid_date(value):
            problems.append(tr("%1 must be a date written as YYYY-MM-DD.").replace("%1", label))
    published, accessed = fields.get("published"), fields.get("accessed")
    if published and accessed and _valid_date(published) and _valid_date(accessed) and published > accessed:
        problems.append(tr("A source cannot be published after you accessed it."))
    if file_path:
        p = Path(file_path)
        if not p.is_file():
            problems.append(tr("The attached file does not exist: %1").replace("%1", str(p)))
        elif p.stat().st_size > MAX_FILE_BYTES:
            problems.append(tr("The attached file is larger than 100 MB."))
    return problems


class SourceDialog(QDialog):
    """Fields of one source; OK stays possible but refuses (with a message) while something is wrong."""

    def __init__(self, parent: QWidget | None = None, source: Any = None):
        super().__init__(parent)
        self.setWindowTitle(tr("Edit source") if source is not None else tr("Add source"))
        self.setMinimumWidth(520)
        self.url = QLineEdit(self)
        self.url.setPlaceholderText("https://")
        self.title_edit = QLineEdit(self)
        self.publisher = QLineEdit(self)
        self.publisher.setPlaceholderText(tr("e.g. Statistisches Bundesamt"))
        self.published = QLineEdit(self)
        self.published.setPlaceholderText(tr("YYYY-MM-DD"))
        self.accessed = QLineEdit(self)
        self.accessed.setPlaceholderText(tr("YYYY-MM-DD"))
        self.excerpt = QPlainTextEdit(self)
        self.excerpt.setPlaceholderText(tr("The passage that supports or contradicts the claim"))
        self.excerpt.setFixedHeight(90)
        self.file_label = QLabel(tr("No file attached"), self)
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        attach = QPushButton(get_icon("attach"), tr("Attach file…"), self)
        attach.clicked.connect(self._attach)
        self.file_path: str | None = None
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_label, 1)
        file_row.addWidget(attach)
        form = QFormLayout()
        form.addRow(tr("Web address"), self.url)
        form.addRow(tr("Title"), self.title_edit)
        form.addRow(tr("Publisher"), self.publisher)
        form.addRow(tr("Published"), self.published)
        form.addRow(tr("Accessed"), self.accessed)
        form.addRow(tr("Excerpt"), self.excerpt)
        form.addRow(tr("File"), file_row)
        describe_form(form, {
            self.url: tr("The web address of the source (http or https)"),
            self.title_edit: tr("The title of the page or document"),
            self.publisher: tr("Who published the source"),
            self.published: tr("When the source was published (YYYY-MM-DD)"),
            self.accessed: tr("When you read it (YYYY-MM-DD)"),
            self.excerpt: tr("The passage that supports or contradicts the claim"),
        })
        attach.setToolTip(tr("Keep a copy of a file (a PDF, a screenshot) with this source on the desk"))
        self.errors = QLabel(self)
        self.errors.setWordWrap(True)
        self.errors.setStyleSheet("color: #b3261e;")
        self.errors.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.errors)
        layout.addWidget(buttons)
        if source is not None:
            self.url.setText(source.url or "")
            self.title_edit.setText(source.title or "")
            self.publisher.setText(source.publisher or "")
            self.published.setText(source.published or "")
            self.accessed.setText(source.accessed or "")
            self.excerpt.setPlainText(source.excerpt or "")
            if source.file_name:
                self.file_label.setText(source.file_name)
        else:
            self.accessed.setText(QDate.currentDate().toString("yyyy-MM-dd"))

    def _attach(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, tr("Attach a file to this source"))
        if path:
            self.file_path = path
            self.file_label.setText(Path(path).name)

    def fields(self) -> dict[str, Any]:
        """The entered fields, empty strings as None."""
        def clean(text: str) -> str | None:
            return text.strip() or None
        out = {
            "url": clean(self.url.text()), "title": clean(self.title_edit.text()),
            "publisher": clean(self.publisher.text()), "published": clean(self.published.text()),
            "accessed": clean(self.accessed.text()), "excerpt": clean(self.excerpt.toPlainText()),
        }
        if self.file_path:
            out["file_path"] = self.file_path
        return out

    def accept(self) -> None:
        """Close only when the fields are valid; otherwise list what to fix."""
        problems = validate_source(self.fields())
        if self._has_file and not self.fields().get("url") and not self.file_path:
            problems = [p for p in problems if p != tr("Give a web address or attach a file.")]
        if problems:
            self.errors.setText("\n".join(problems))
            self.errors.show()
            return
        super().accept()

    @property
    def _has_file(self) -> bool:
        return self.file_label.text() != tr("No file attached")

    @classmethod
    def ask(cls, parent: QWidget | None, source: Any = None) -> dict[str, Any] | None:
        """Show the dialog; the valid fields, or None when the user cancelled."""
        dialog = cls(parent, source)
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted:
                return dialog.fields()
            return None
        finally:
            dialog.deleteLater()
