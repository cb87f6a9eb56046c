"""File → Import fact-checks…: add earlier fact-checks to the desk's collection, off the GUI thread.

The files are read and analysed on a worker thread with its own desk
connection, with progress and Cancel; afterwards the status bar says what
was added, and the skipped records (one line each) are shown under Details.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QFileDialog, QWidget

from factdesk.core.ops.checks import import_checks
from factdesk.core.store import Desk
from factdesk.gui.app import Ask, tr

FILTER = "Fact-checks (*.json *.jsonld *.jsonl *.ndjson *.html *.htm *.tsv *.csv);;All files (*)"


class ChecksFiles:
    """The file question; tests replace `ask`."""

    @classmethod
    def ask(cls, parent: QWidget | None) -> list[str]:
        """The fact-check files the user chose ([] when cancelled)."""
        paths, _ = QFileDialog.getOpenFileNames(parent, tr("Import fact-checks"), "", tr(FILTER))
        return paths


def import_checks_dialog(w: Any) -> Any:
    """Ask for files and import them; returns the running operation (None when nothing was chosen)."""
    paths = ChecksFiles.ask(w)
    if not paths:
        return None
    from factdesk.gui.workers import run_op

    desk_path, by = w.desk.path, w.user_name()

    def work(cancelled):
        desk = Desk.open(desk_path)  # a connection of its own: the window keeps working meanwhile
        try:
            return import_checks(desk, paths, by, cancelled=cancelled)
        finally:
            desk.close()

    return run_op(w, work, lambda done: _finished(w, done), progress_label=tr("Importing fact-checks…"),
                  cancellable=True)


def _finished(w: Any, done: Any) -> None:
    report = done.report
    text = tr("Fact-checks: %1 added, %2 updated").replace("%1", str(report.added)).replace("%2", str(report.updated))
    if report.problems or report.failed_files:
        text += " " + tr("(%1 skipped)").replace("%1", str(len(report.problems) + len(report.failed_files)))
        Ask.failure(w, tr("Import fact-checks"), text,
                    details="\n".join(report.failed_files + report.problems[:500]))
    w.statusBar().showMessage(text, 8000)
    if done.changes:
        w.panel.refresh()
