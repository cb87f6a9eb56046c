"""Getting articles onto the desk from the window: File → Open, paste, drag and drop.

Files and folders go through `workers.ImportJob` (a worker thread with its own
desk connection) behind a progress dialog with Cancel, so the window never
freezes; pasted text is imported by `run_op`. Bad input (nothing readable, a
huge paste, an empty clipboard) gets a clear message and changes nothing.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Sequence

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QProgressDialog, QWidget

from factdesk.gui.app import Ask, count_words, tr

if TYPE_CHECKING:
    from factdesk.core.store import Desk
    from factdesk.gui.workers import ImportJob

MAX_PASTE_CHARS = 2_000_000  # about 300,000 words: far beyond any article
FILE_FILTER = "Articles (*.txt *.md *.html *.htm *.docx *.pdf *.eml);;All files (*)"


def _without_path(path: Any, message: str) -> str:
    """A file's message without the path it starts with: the list already names the file."""
    for prefix in (f"{path}: ", f"{Path(path).name}: "):
        if message.startswith(prefix):
            return message[len(prefix):]
    return message


def _listed(pairs: list[tuple[str, str]], most: int = 12) -> str:
    """One line per (file, message), the file named once; at most `most`, then how many more."""
    lines = "\n".join(f"• {Path(p).name}: {_without_path(p, m)}" for p, m in pairs[:most])
    return lines + (f"\n… (+{len(pairs) - most})" if len(pairs) > most else "") + ("\n" if pairs else "")


def failure_sentence(message: str) -> tuple[str, str | None]:
    """"Import failed: …" as one sentence; a traceback or any longer text goes to the details."""
    lines = [line.strip() for line in message.strip().splitlines() if line.strip()]
    if not lines:
        return tr("Import failed for an unknown reason."), None
    if len(lines) == 1 and "Traceback" not in lines[0] and len(lines[0]) <= 300:
        return tr("Import failed: %1").replace("%1", lines[0]), None
    # a traceback ends with the exception's own line; otherwise the first line says most
    last = lines[-1] if lines[0].startswith("Traceback") else lines[0]
    last = last if len(last) <= 200 else last[:200] + "…"
    return tr("Import failed: %1").replace("%1", last), message


def cancelled_sentence(imported: int, duplicates: int, failed: int) -> str:
    """What a cancelled import did before it stopped, in one sentence."""
    text = tr("Import cancelled: %1 imported before it stopped").replace("%1", count_words(imported, "article"))
    if duplicates:
        text += tr(", %1 already on the desk").replace("%1", str(duplicates))
    if failed:
        text += tr(", %1 failed").replace("%1", str(failed))
    return text + "."


class Importer(QObject):
    """Runs imports for a window and reports the article ids that arrived."""

    imported = Signal(list)  # article ids, first = the one to show

    def __init__(self, window: QWidget, desk: Desk, by: Callable[[], str]):
        super().__init__(window)
        self.window, self.desk, self.by = window, desk, by
        self.job: ImportJob | None = None
        self.dialog: Any = None
        self.cancelled_summary: str | None = None  # what the last cancelled import did

    # -- asking --------------------------------------------------------------
    @classmethod
    def ask_files(cls, parent: QWidget) -> list[str]:
        """Ask which files to open (tests replace this)."""
        paths, _ = QFileDialog.getOpenFileNames(parent, tr("Open articles"), "", tr(FILE_FILTER))
        return paths

    def open_files(self) -> None:
        """File → Open."""
        paths = self.ask_files(self.window)
        if paths:
            self.import_paths(paths)

    @classmethod
    def ask_folder(cls, parent: QWidget) -> str | None:
        """Ask which folder to import (tests replace this)."""
        path = QFileDialog.getExistingDirectory(parent, tr("Open a folder of articles"), "")
        return path or None

    def open_folder(self) -> None:
        """File → Open Folder…: every article file in the folder and its subfolders."""
        path = self.ask_folder(self.window)
        if path:
            self.import_paths([path])

    # -- files and folders ---------------------------------------------------
    def import_paths(self, given: Sequence[str | Path]) -> None:
        """Import files/folders in the background with progress and Cancel."""
        from factdesk.gui.import_dialog import collect_paths  # lazy: not needed at start-up
        paths = [Path(p) for p in given]
        if any(p.is_dir() for p in paths):
            paths = [p for p in paths if not p.exists()] + collect_paths(paths)
        missing = [p for p in paths if not p.exists()]
        if missing:
            Ask.error(self.window, tr("Import"), tr("Not found: %1").replace("%1", ", ".join(map(str, missing))))
            paths = [p for p in paths if p.exists()]
        if not paths:
            if not missing:
                Ask.info(self.window, tr("Import"), tr("No article files (.txt, .md, .html, .docx, .pdf) found there."))
            return
        if self.job is not None:
            Ask.info(self.window, tr("Import"), tr("An import is already running."))
            return
        from factdesk.gui.workers import ImportJob  # lazy: not needed at start-up
        job = ImportJob(self.desk, [str(p) for p in paths], by=self.by(), parent=self)
        self.job = job
        self.dialog = self._progress_dialog(job, len(paths))
        job.progress.connect(self._progress)
        job.finished.connect(self._finished)
        job.failed.connect(self._failed)
        job.start()

    def _progress_dialog(self, job: Any, n: int):
        from factdesk.gui.import_dialog import ImportProgressDialog
        dialog = ImportProgressDialog(self.window, n)
        dialog.attach(job)  # it follows the job and closes itself
        return dialog

    def _progress(self, done: int, total: int, name: str) -> None:
        if isinstance(self.dialog, QProgressDialog):
            self.dialog.setMaximum(max(total, 1))
            self.dialog.setValue(min(done, max(total, 1)))
            if name:
                self.dialog.setLabelText(tr("Importing %1…").replace("%1", name))

    def _close_dialog(self) -> None:
        if self.dialog is not None:
            if isinstance(self.dialog, QProgressDialog):
                self.dialog.reset()
            self.dialog.close()
            self.dialog.deleteLater()
        self.dialog = None
        self.job = None

    def _finished(self, report: Any) -> None:
        self._close_dialog()
        self._report(report)

    def _failed(self, message: str) -> None:
        self._close_dialog()
        sentence, details = failure_sentence(message)
        Ask.failure(self.window, tr("Import failed"), sentence, details)
        self.imported.emit([])

    def _report(self, report: Any) -> None:
        ids = [aid for _path, aid in getattr(report, "imported", [])]
        dupes = [aid for _path, aid in getattr(report, "duplicates", [])]
        failed = getattr(report, "failed", [])
        self._settle(tr("Import %1").replace("%1", count_words(len(ids), "article")), ids, dupes)
        if getattr(report, "cancelled", False):
            self.cancelled_summary = cancelled_sentence(len(ids), len(dupes), len(failed))
            status = getattr(self.window, "statusBar", None)
            if status is not None:
                status().showMessage(self.cancelled_summary, 15000)
        said = (_listed(failed) + _listed(getattr(report, "notes", []))).rstrip()  # bad files, then replaced bytes
        stopped = getattr(report, "stopped", None)
        if stopped:  # the desk could not be written (a full disk): what was written before stays
            said = tr("The import stopped: %1. What was imported before that is on the desk (%2).").replace(
                "%1", stopped).replace("%2", count_words(len(ids), "article")) + ("\n\n" + said if said else "")
        if failed or stopped:
            Ask.error(self.window, tr("Some files were not imported"), said)
        elif said:
            Ask.info(self.window, tr("Imported with replaced characters"), said)
        self.imported.emit(ids or dupes)

    def _settle(self, text: str, new_ids: list[str], known_ids: list[str]) -> None:
        """Make the import one undoable step; an article imported again while archived or in the bin comes back.

        Ctrl+Z then moves the new articles to the bin and puts the ones brought back where they were.
        """
        undo = getattr(self.window, "undo", None)
        if undo is None:
            return
        from factdesk.core import ops
        back = [a for a in dict.fromkeys(known_ids) if self.desk.get_article(a).shelf is not None]
        inverse = None
        if back:
            restored = ops.shelve_articles(self.desk, ops.ArticlesShelf(tuple(back), (None,) * len(back)), self.by())
            inverse = restored.inverse
            status = getattr(self.window, "statusBar", None)
            if status is not None:
                status().showMessage(tr("Already on the desk and put away: %1 brought back.")
                                     .replace("%1", count_words(len(back), "article")), 8000)
        undo.record_import(text, new_ids, inverse)

    # -- paste ---------------------------------------------------------------
    def paste(self) -> None:
        """Paste as a new article (Ctrl+Shift+V) through the paste dialog."""
        from factdesk.gui.import_dialog import PasteDialog  # lazy: not needed at start-up
        answer = PasteDialog.ask(self.window)
        if answer is None:
            return
        text, title, lang = answer
        self.import_text(text, title=title, lang=lang)

    def import_text(self, text: str, title: str | None = None, lang: str = "auto") -> None:
        """Import pasted text, refusing empty or oversized text with a message."""
        if not text or not text.strip():
            Ask.error(self.window, tr("Paste as new article"), tr("The clipboard holds no text."))
            return
        if len(text) > MAX_PASTE_CHARS:
            Ask.error(self.window, tr("Paste as new article"),
                      tr("The pasted text is too long for one article (%1 characters). "
                         "Save it as a file and open it instead.").replace("%1", f"{len(text):,}"))
            return
        by, desk = self.by(), self.desk

        def work():  # on a pool thread: it holds no QObject (see workers' lifetime rule)
            from factdesk.core.ops import import_text
            if str(desk.path) == ":memory:":  # no second connection to a desk in memory
                return import_text(desk, text, by, title=title, lang=lang)
            from factdesk.core.store import Desk
            # a connection of its own, as file imports have: the window's connection stays the window's,
            # and a key pressed meanwhile is its own transaction, never part of the import's
            with Desk.open(desk.path) as own:
                return import_text(own, text, by, title=title, lang=lang)

        def done(pasted):
            self._settle(tr("Paste as new article"), [pasted.article_id] if pasted.created else [],
                         [] if pasted.created else [pasted.article_id])
            self.imported.emit([pasted.article_id])

        def failed(exc):
            Ask.error(self.window, tr("Paste as new article"), getattr(exc, "message", str(exc)))

        from factdesk.gui.workers import run_op  # lazy: not needed at start-up
        run_op(self.window, work, done, failed, progress_label=tr("Finding claims…"))
