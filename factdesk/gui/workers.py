"""Background work: `run_op` for short desk operations and `ImportJob` for bulk imports.

Modelled on Anki's CollectionOp: the GUI hands a plain function (an op) to a
worker thread and gets the result (or the exception) back on the GUI thread,
where it may touch widgets. Nothing here writes SQL; functions call the ops.

SQLite connections belong to the thread that uses them for writing, so the
import job opens its own desk connection (`Desk.open(path)`) inside its
worker thread and closes it there.
"""

from __future__ import annotations

import logging
import threading
import traceback
from pathlib import Path
from typing import Any, Callable

import shiboken6
from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal, Slot
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from factdesk.core.errors import FactDeskError

log = logging.getLogger(__name__)

_running: set[Any] = set()  # keeps ops and jobs alive until they have delivered
# An op is let go this long after it delivered, so that the last reference to it (a QObject)
# is dropped on the GUI thread, never by the pool thread still returning from its work.
RELEASE_DELAY_MS = 250


def _pool() -> QThreadPool:
    return QThreadPool.globalInstance()


def error_message(exc: BaseException) -> str:
    """A one-line message for the user: FactDeskError's own, else a short description."""
    if isinstance(exc, FactDeskError):
        from factdesk.gui.refusals import message

        return message(exc)
    return f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__


def show_error(parent: QWidget | None, message: str) -> QMessageBox:
    """Show `message` in a non-blocking warning box (returned for tests)."""
    box = QMessageBox(QMessageBox.Icon.Warning, "FactDesk", message, QMessageBox.StandardButton.Ok,
                      parent if parent is not None and shiboken6.isValid(parent) else None)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


class _Task(QRunnable):
    """Runs a callable on a pool thread."""

    def __init__(self, work: Callable[[], None]):
        super().__init__()
        self.setAutoDelete(True)
        self._work = work

    def run(self) -> None:  # noqa: D401 - QRunnable API
        self._work()


class Op(QObject):
    """One background operation started by `run_op`; `done`/`failed` arrive on the GUI thread."""

    done = Signal(object)
    failed = Signal(object)  # the exception

    def __init__(self, parent: QWidget | None, fn: Callable[..., Any], on_done: Callable[[Any], None] | None,
                 on_error: Callable[[BaseException], None] | None, progress_label: str | None,
                 cancellable: bool):
        super().__init__()  # no Qt parent: the op must outlive a parent closed while it runs
        self._parent = parent
        self._fn = fn
        self._on_done = on_done
        self._on_error = on_error
        self._cancellable = cancellable
        self._cancel = threading.Event()
        self.dialog: QProgressDialog | None = None
        self.done.connect(self._deliver_done, Qt.ConnectionType.QueuedConnection)
        self.failed.connect(self._deliver_error, Qt.ConnectionType.QueuedConnection)
        if progress_label is not None:
            self.dialog = QProgressDialog(progress_label, None, 0, 0, parent)
            self.dialog.setWindowTitle("FactDesk")
            self.dialog.setMinimumDuration(400)
            self.dialog.setAutoClose(False)
            self.dialog.setAutoReset(False)
            if cancellable:
                self.dialog.setCancelButtonText(self.tr("Cancel"))
                self.dialog.canceled.connect(self.cancel)
            else:
                self.dialog.setCancelButton(None)

    def is_cancelled(self) -> bool:
        """True once the user pressed Cancel (pass this to cancellable work)."""
        return self._cancel.is_set()

    @Slot()
    def cancel(self) -> None:
        """Ask a cancellable function to stop; its result or error still arrives."""
        self._cancel.set()

    def _run(self) -> None:
        try:
            result = self._fn(self.is_cancelled) if self._cancellable else self._fn()
        except BaseException as exc:  # noqa: BLE001 - every failure is delivered to the GUI
            if not isinstance(exc, FactDeskError):
                log.error("background operation failed:\n%s", traceback.format_exc())
            self.failed.emit(exc)
        else:
            self.done.emit(result)

    def _finish(self) -> bool:
        """Close the progress dialog; False when the parent is gone (deliver nothing)."""
        QTimer.singleShot(RELEASE_DELAY_MS, lambda: _running.discard(self))
        if self.dialog is not None and shiboken6.isValid(self.dialog):
            self.dialog.reset()
            self.dialog.close()
            self.dialog.deleteLater()
        return self._parent is None or shiboken6.isValid(self._parent)

    @Slot(object)
    def _deliver_done(self, result: Any) -> None:
        if self._finish() and self._on_done is not None:
            self._on_done(result)

    @Slot(object)
    def _deliver_error(self, exc: BaseException) -> None:
        if not self._finish():
            return
        if self._on_error is not None:
            self._on_error(exc)
        else:
            show_error(self._parent, error_message(exc))


def run_op(parent: QWidget | None, fn: Callable[..., Any], on_done: Callable[[Any], None] | None = None,
           on_error: Callable[[BaseException], None] | None = None, progress_label: str | None = None,
           cancellable: bool = False) -> Op:
    """Run `fn` on a worker thread; call `on_done(result)` or `on_error(exc)` on the GUI thread.

    `fn()` takes no arguments, or, with ``cancellable=True``, one: a callable
    returning True once the user cancelled. With `progress_label`, a busy
    dialog appears if the work takes longer than 0.4 s. Without `on_error`,
    failures are shown in a warning box. When `parent` is closed first,
    nothing is delivered. Call with the desk's read methods only from short
    operations; writes that take long belong in their own job (see ImportJob).
    """
    op = Op(parent, fn, on_done, on_error, progress_label, cancellable)
    _running.add(op)
    _pool().start(_Task(op._run))
    return op


class ImportJob(QObject):
    """Imports files into a desk on a worker thread with its own desk connection.

    Signals (delivered on the GUI thread): ``progress(done, total, name)``,
    ``finished(ImportReport)``, ``failed(message)``. `cancel()` stops after
    the article being imported: each article is stored in one transaction, so
    the desk never holds half an article.
    """

    progress = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(str)

    def __init__(self, desk_or_path, paths: list[str | Path], lang: str = "auto", by: str = "",
                 parent: QObject | None = None, opener: Callable[[Path], Any] | None = None):
        super().__init__(parent)
        self.desk_path = Path(getattr(desk_or_path, "path", desk_or_path))
        self.paths = [Path(p) for p in paths]
        self.lang = lang
        self.by = by
        self._opener = opener
        self._cancel = threading.Event()
        self._started = False
        self._total = len(self.paths)

    def start(self) -> None:
        """Start the import on a pool thread (once)."""
        if self._started:
            raise RuntimeError("an ImportJob runs once; create a new one")
        self._started = True
        _running.add(self)
        self.finished.connect(self._forget)
        self.failed.connect(self._forget)
        _pool().start(_Task(self._run))

    @Slot()
    def cancel(self) -> None:
        """Stop after the current article; `finished` still reports what was imported."""
        self._cancel.set()

    def is_cancelled(self) -> bool:
        """True once `cancel()` was called."""
        return self._cancel.is_set()

    @Slot()
    def _forget(self, *_args) -> None:
        _running.discard(self)

    def _on_progress(self, *args: Any) -> None:
        """Adapt the desk's progress callback to (done, total, name)."""
        numbers = [a for a in args if isinstance(a, int) and not isinstance(a, bool)]
        names = [a for a in args if isinstance(a, (str, Path))]
        done = numbers[0] if numbers else 0
        total = numbers[1] if len(numbers) > 1 else self._total
        name = Path(names[0]).name if names else ""
        self._emit(self.progress, done, total, name)

    def _emit(self, signal, *args: Any) -> None:
        """Emit from the worker thread unless the job's parent already deleted it."""
        if shiboken6.isValid(self):
            try:
                signal.emit(*args)
            except RuntimeError:  # deleted between the check and the emit
                pass

    def _run(self) -> None:
        desk = None
        try:
            opener = self._opener
            if opener is None:
                from factdesk.core.store import Desk

                opener = Desk.open
            desk = opener(self.desk_path)
            from factdesk.core.ops import import_paths

            report = import_paths(desk, self.paths, lang=self.lang, by=self.by,
                                  progress=self._on_progress, cancelled=self.is_cancelled)
        except FactDeskError as exc:
            self._emit(self.failed, exc.message)
        except Exception as exc:  # noqa: BLE001 - reported to the user, logged in full
            details = traceback.format_exc()
            log.error("import failed:\n%s", details)
            # the first line is the message; the traceback only goes to the dialog's "Details"
            self._emit(self.failed, f"{error_message(exc)}\n\n{details}")
        else:
            self._emit(self.finished, report)
        finally:
            if desk is not None:
                try:
                    desk.close()
                except Exception:  # noqa: BLE001 - closing must not hide the result
                    log.exception("closing the import's desk connection failed")

