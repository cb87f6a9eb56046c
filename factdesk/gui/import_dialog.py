"""Getting articles in: drag-and-drop paths, the import progress dialog, the paste dialog.

`collect_paths` turns dropped URLs, files and folders into the article files
FactDesk reads (recursively, only .txt .md .html .htm .docx .pdf).
`ImportProgressDialog` follows an `ImportJob` (file name, n of m, Cancel).
`PasteDialog` takes pasted text as a new article (Ctrl+Shift+V); it refuses
more than 10 MB with a clear message. Nothing here touches the desk directly.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Iterable

from PySide6.QtCore import QCoreApplication, QUrl, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit,
    QProgressDialog, QPushButton, QVBoxLayout, QWidget,
)

from factdesk.core.intake.decode import MAX_TEXT_BYTES
from factdesk.core.intake.readers import ARTICLE_SUFFIXES
from factdesk.gui.accessible import describe, describe_form
from factdesk.gui.icons import icon


def collect_paths(urls_or_paths: Iterable[QUrl | str | os.PathLike]) -> list[Path]:
    """Expand dropped items into article files: folders recursively, other types and hidden files skipped.

    Accepts QUrls (only local files count), strings and paths; keeps the drop
    order, sorts inside folders, and lists each file once.
    """
    found: list[Path] = []
    seen: set[Path] = set()

    def add(p: Path) -> None:
        key = p.resolve()
        if key not in seen and p.suffix.lower() in ARTICLE_SUFFIXES and not p.name.startswith("."):
            seen.add(key)
            found.append(p)

    for item in urls_or_paths:
        if isinstance(item, QUrl):
            if not item.isLocalFile():
                continue
            item = item.toLocalFile()
        p = Path(item).expanduser()
        if p.is_dir():
            for root, dirs, names in os.walk(p):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(names):
                    if (Path(root) / name).is_file():
                        add(Path(root) / name)
        elif p.is_file():
            add(p)
    return found


class ImportProgressDialog(QProgressDialog):
    """Progress of a bulk import: the file being read, "n of m", and Cancel.

    `attach(job)` wires an `ImportJob`: progress updates the dialog, Cancel
    asks the job to stop after the current article, and the dialog closes when
    the job finishes or fails.
    """

    def __init__(self, parent: QWidget | None = None, total: int = 0):
        super().__init__(self.tr("Preparing import…"), self.tr("Cancel"), 0, max(total, 0), parent)
        self.setWindowTitle(self.tr("Importing articles"))
        self.setWindowIcon(icon("import"))
        self.setMinimumDuration(300)
        self.setAutoClose(False)
        self.setAutoReset(False)
        self.setMinimumWidth(420)
        self._job = None

    def attach(self, job) -> None:
        """Follow `job` (an ImportJob); call before `job.start()`."""
        self._job = job
        self.setMaximum(max(len(getattr(job, "paths", [])), 0))
        job.progress.connect(self.on_progress)
        job.finished.connect(self._done)
        job.failed.connect(self._done)
        self.canceled.connect(self._cancel)

    @Slot(int, int, str)
    def on_progress(self, done: int, total: int, name: str) -> None:
        """Show `name` and "done of total"."""
        if self._job is not None and self._job.is_cancelled():
            return
        self.setMaximum(max(total, 1))
        self.setValue(min(done, max(total, 1)))
        if name:
            self.setLabelText(self.tr("{0}\n{1} of {2}").format(Path(name).name, done, total))
        else:
            self.setLabelText(self.tr("Saving… {0} of {1}").format(done, total))

    @Slot()
    def _cancel(self) -> None:
        if self._job is not None:
            self._job.cancel()
        # keep the dialog up until the job has stopped at an article boundary
        self.show()
        self.setLabelText(self.tr("Stopping after the current article…"))
        button = self.findChild(QPushButton)
        if button is not None:
            button.setEnabled(False)  # not deleted: it is the sender of this very signal

    @Slot()
    def _done(self, *_args) -> None:
        self.reset()
        self.close()


class PasteDialog(QDialog):
    """Paste text as a new article, with an optional title and language."""

    def __init__(self, parent: QWidget | None = None, text: str | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Paste as new article"))
        self.setWindowIcon(icon("paste"))
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(self.tr("Optional"))
        self.language_combo = QComboBox()
        self.language_combo.addItem(self.tr("Detect automatically"), "auto")
        self.language_combo.addItem("Deutsch", "de")
        self.language_combo.addItem("English", "en")
        self.text_edit = QPlainTextEdit()
        self.text_edit.setPlaceholderText(self.tr("Paste the article text here."))
        self.text_edit.setMinimumSize(520, 300)
        self.error_label = QLabel()
        self.error_label.setProperty("role", "error")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        form = QFormLayout()
        form.addRow(self.tr("&Title:"), self.title_edit)
        form.addRow(self.tr("&Language:"), self.language_combo)
        describe_form(form, {
            self.title_edit: self.tr("The article's title; left empty, its first line is used"),
            self.language_combo: self.tr("German or English, or let FactDesk tell"),
        })
        describe(self.text_edit, self.tr("Article text"), self.tr("The text of the article to add to the desk"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Add article"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.text_edit, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        if text is None:
            clipboard = QGuiApplication.clipboard()
            text = clipboard.text() if clipboard is not None else ""
        self.set_text(text)

    @classmethod
    def ask(cls, parent: QWidget | None = None, text: str | None = None) -> tuple[str, str | None, str] | None:
        """Show modally; return (text, title or None, language) or None (tests replace this)."""
        dialog = cls(parent, text)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.text(), dialog.title(), dialog.language()

    @staticmethod
    def problem(text: str) -> str | None:
        """A message when `text` cannot become an article (empty or over 10 MB), else None."""
        if not text.strip():
            return QCoreApplication.translate("PasteDialog", "There is no text to add. Paste the article text first.")
        size = len(text.encode("utf-8"))
        if size > MAX_TEXT_BYTES:
            return QCoreApplication.translate(  # noqa: E501 - one literal for lupdate
                "PasteDialog", "The text is too large ({0} MB); one article may have at most {1} MB.").format(
                round(size / (1024 * 1024), 1), MAX_TEXT_BYTES // (1024 * 1024))
        return None

    def set_text(self, text: str) -> None:
        """Put `text` into the editor, unless it is too large (then say so and leave it empty)."""
        problem = self.problem(text) if text else None
        if problem and text.strip():
            self.text_edit.clear()
            self.show_error(problem)
            return
        self.error_label.hide()
        self.text_edit.setPlainText(text)

    def show_error(self, message: str) -> None:
        """Show a problem inside the dialog."""
        self.error_label.setText(message)
        self.error_label.show()

    def text(self) -> str:
        """The article text as typed or pasted."""
        return self.text_edit.toPlainText()

    def title(self) -> str | None:
        """The title, or None when left empty."""
        return self.title_edit.text().strip() or None

    def language(self) -> str:
        """"auto", "de" or "en"."""
        return self.language_combo.currentData()

    def accept(self) -> None:
        """Close only when the text can become an article."""
        problem = self.problem(self.text())
        if problem:
            self.show_error(problem)
            return
        super().accept()
