"""Drag-and-drop path collection, the paste dialog's limits, the progress dialog."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QUrl

from factdesk.gui.import_dialog import ImportProgressDialog, PasteDialog, collect_paths


@pytest.fixture
def tree(tmp_path) -> Path:
    for rel in ["a.txt", "b.MD", "c.html", "d.htm", "e.docx", "f.pdf", "notes.xlsx", "image.png",
                ".hidden.txt", "sub/g.txt", "sub/deeper/h.html", "sub/deeper/i.exe", ".git/j.txt"]:
        p = tmp_path / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text("x")
    return tmp_path


def test_folders_are_collected_recursively_and_filtered(tree):
    names = [p.relative_to(tree).as_posix() for p in collect_paths([tree])]
    assert names == ["a.txt", "b.MD", "c.html", "d.htm", "e.docx", "f.pdf", "sub/g.txt", "sub/deeper/h.html"]


def test_urls_files_and_duplicates(tree):
    items = [QUrl.fromLocalFile(str(tree / "sub")), str(tree / "a.txt"), tree / "a.txt",
             QUrl("https://example.org/article.html"), tree / "notes.xlsx", tree / "missing.txt"]
    names = [p.name for p in collect_paths(items)]
    assert names == ["g.txt", "h.html", "a.txt"]


def test_empty_input():
    assert collect_paths([]) == []


def test_paste_dialog_returns_text_title_language(qtbot):
    dialog = PasteDialog(text="Berlin (dpa) - Mehr als 300 Menschen ...")
    qtbot.addWidget(dialog)
    dialog.title_edit.setText("  Protest in Berlin ")
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("de"))
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert (dialog.text(), dialog.title(), dialog.language()) == (
        "Berlin (dpa) - Mehr als 300 Menschen ...", "Protest in Berlin", "de")


def test_paste_dialog_refuses_empty_text(qtbot):
    dialog = PasteDialog(text="   ")
    qtbot.addWidget(dialog)
    dialog.accept()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert "no text" in dialog.error_label.text()


def test_paste_dialog_refuses_more_than_10_mb(qtbot):
    big = "a" * (10 * 1024 * 1024 + 1)
    dialog = PasteDialog(text=big)
    qtbot.addWidget(dialog)
    assert dialog.text() == ""
    assert "too large" in dialog.error_label.text() and "10 MB" in dialog.error_label.text()
    assert PasteDialog.problem(big)
    assert PasteDialog.problem("ü" * (5 * 1024 * 1024 + 1))  # 10 MB as UTF-8 bytes


def test_paste_dialog_takes_the_clipboard(qtbot, qapp):
    qapp.clipboard().setText("Aus der Zwischenablage")
    dialog = PasteDialog()
    qtbot.addWidget(dialog)
    assert dialog.text() == "Aus der Zwischenablage"


class FakeJob:
    """What the dialog needs of an ImportJob."""

    def __init__(self):
        from PySide6.QtCore import QObject, Signal

        class Signals(QObject):
            progress = Signal(int, int, str)
            finished = Signal(object)
            failed = Signal(str)

        self.s = Signals()
        self.progress, self.finished, self.failed = self.s.progress, self.s.finished, self.s.failed
        self.paths = [Path("a.txt"), Path("b.txt"), Path("c.txt")]
        self.cancelled = False

    def cancel(self):
        self.cancelled = True

    def is_cancelled(self):
        return self.cancelled


def test_progress_dialog_follows_and_cancels_a_job(qtbot):
    job = FakeJob()
    dialog = ImportProgressDialog()
    qtbot.addWidget(dialog)
    dialog.attach(job)
    dialog.show()
    job.progress.emit(1, 3, "a.txt")
    assert dialog.value() == 1 and dialog.maximum() == 3
    assert "a.txt" in dialog.labelText() and "1 of 3" in dialog.labelText()
    from PySide6.QtWidgets import QPushButton

    dialog.findChild(QPushButton).click()
    assert job.cancelled
    assert "Stopping" in dialog.labelText() and dialog.isVisible()
    job.finished.emit(object())
    assert not dialog.isVisible()
