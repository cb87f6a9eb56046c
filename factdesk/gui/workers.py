"""Background work: `run_op` for short desk operations and `ImportJob` for bulk imports.

Modelled on Anki's CollectionOp: the GUI hands a plain function (an op) to a
worker thread and gets the result (or the exception) back on the GUI thread,
where it may touch widgets. Nothing here writes SQL; functions call the ops.

The lifetime rule: an `Op` or `ImportJob` is a QObject of the GUI thread and
only the GUI thread ever holds it. It is created with the keeper
(`_keeper()`, a child of the QApplication) as its Qt parent, so C++ owns it
and no dropped Python reference can delete it; the keeper's table holds it
until it has delivered, and then the GUI thread releases it with
deleteLater(). The pool thread gets only the function, a cancel flag and a
ticket number, and reports through the keeper's signals (queued to the GUI
thread): it never touches, keeps or drops the op or job itself, so it cannot
delete one behind the GUI's back however the threads interleave.

SQLite connections belong to the thread that uses them for writing, so the
import job opens its own desk connection (`Desk.open(path)`) inside its
worker thread and closes it there.
"""

from __future__ import annotations

import atexit
import itertools
import logging
import sys
import threading
import traceback
from pathlib import Path
from typing import Any, Callable

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThread, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from factdesk.core.errors import FactDeskError

log = logging.getLogger(__name__)


def _pool() -> QThreadPool:
    return QThreadPool.globalInstance()


class _Keeper(QObject):
    """The GUI thread's table of running ops and jobs, and the door their results come in by.

    Pool threads emit `delivered(ticket, ok, value)` and `progressed(ticket, done, total, name)`;
    both arrive queued on the GUI thread, where the keeper hands them to the op or job
    of that ticket and, after the last delivery, releases it with deleteLater().
    """

    delivered = Signal(int, bool, object)  # ticket, ok, the result (or the exception / message)
    progressed = Signal(int, int, int, str)  # ticket, done, total, name

    def __init__(self, parent: QObject | None):
        super().__init__(parent)
        self.setObjectName("factdesk-workers")
        self.running: dict[int, Any] = {}
        self._tickets = itertools.count(1)
        self.delivered.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        self.progressed.connect(self._progress, Qt.ConnectionType.QueuedConnection)

    def admit(self, work: Any) -> int:
        """Keep `work` (an Op or ImportJob, a child of the keeper) until it delivered; its ticket."""
        ticket = next(self._tickets)
        self.running[ticket] = work
        return ticket

    @Slot(int, bool, object)
    def _deliver(self, ticket: int, ok: bool, value: Any) -> None:
        work = self.running.pop(ticket, None)
        if work is None or not shiboken6.isValid(work):
            return
        try:
            work._deliver(ok, value)
        finally:
            work.deleteLater()  # on the GUI thread, after the delivery: the one release

    @Slot(int, int, int, str)
    def _progress(self, ticket: int, done: int, total: int, name: str) -> None:
        work = self.running.get(ticket)
        if work is not None and shiboken6.isValid(work):
            work._progress(done, total, name)


_KEEPER: _Keeper | None = None


def _keeper() -> _Keeper:
    """The keeper of this QApplication (made on first use, on the GUI thread only)."""
    global _KEEPER
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("background work needs a QApplication")
    if QThread.currentThread() is not app.thread():
        raise RuntimeError("start background work from the GUI thread")
    if _KEEPER is None or not shiboken6.isValid(_KEEPER) or _KEEPER.parent() is not app:
        if _KEEPER is None:
            _wait_at_exit()
        _KEEPER = _Keeper(app)  # a child of the application: it lives as long as Qt can deliver
    return _KEEPER


def _wait_at_exit() -> None:
    """Make Python's shutdown wait for the pool threads, before any atexit handler tears things down.

    Plain `atexit` runs too late: handlers registered after this one (by the
    libraries spaCy loads) run first, and a pool thread still inside spaCy then
    crashed the process. `threading._register_atexit` (what concurrent.futures
    uses) runs before every atexit handler.
    """
    register = getattr(threading, "_register_atexit", atexit.register)
    register(wait_for_workers)


def wait_for_workers(timeout_ms: int = 60_000) -> bool:
    """Wait until no pool thread runs work any more; True when they all ended in time.

    Runs at interpreter exit too: a pool thread still inside spaCy while Python
    shuts down crashed the process (SIGSEGV) after the last window had closed.
    """
    return _pool().waitForDone(timeout_ms)


def running() -> int:
    """How many ops and jobs have started and not yet delivered (for tests and quitting)."""
    return len(_KEEPER.running) if _KEEPER is not None and shiboken6.isValid(_KEEPER) else 0


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
    """Runs a callable on a pool thread (the callable holds no QObject of the GUI)."""

    def __init__(self, work: Callable[[], None]):
        super().__init__()
        self.setAutoDelete(True)
        self._work: Callable[[], None] | None = work

    def run(self) -> None:  # noqa: D401 - QRunnable API
        work, self._work = self._work, None
        if work is not None:
            work()


_FIRST_SPACY = threading.Lock()


def _spacy_first() -> None:
    """Import spaCy, one pool thread at a time, before any background work runs.

    Two pool threads importing spaCy at once (a claim's reasons and a report's
    speaker names, right after the start) got a half-initialised module
    ("cannot import name 'get_string_id' from partially initialized module
    'spacy.strings'", then KeyError: 'spacy') and the report failed. The first
    piece of work imports it under a lock (the others wait for that second or
    two); after that this is one dictionary lookup.
    """
    if getattr(sys.modules.get("spacy"), "load", None) is not None:
        return
    with _FIRST_SPACY:
        import spacy  # noqa: F401 - imported for the side effect: every later import finds it whole


def _call(fn: Callable[..., Any], cancelled: threading.Event | None) -> tuple[bool, Any]:
    """Run `fn` on the pool thread: (True, result) or (False, the exception), logged unless a FactDeskError."""
    try:
        _spacy_first()
        return True, (fn(cancelled.is_set) if cancelled is not None else fn())
    except BaseException as exc:  # noqa: BLE001 - every failure is delivered to the GUI
        if not isinstance(exc, FactDeskError):
            log.error("background operation failed:\n%s", traceback.format_exc())
        return False, exc


class Op(QObject):
    """One background operation started by `run_op`; `done`/`failed` are emitted on the GUI thread.

    A child of the keeper (see the module's lifetime rule); it is deleted on the
    GUI thread right after it delivered, so keep no reference to it beyond that.
    """

    done = Signal(object)
    failed = Signal(object)  # the exception

    def __init__(self, parent: QWidget | None, on_done: Callable[[Any], None] | None,
                 on_error: Callable[[BaseException], None] | None, progress_label: str | None,
                 cancellable: bool):
        super().__init__(_keeper())  # not `parent`: the op outlives a parent closed while it runs
        self._parent = parent
        self._on_done = on_done
        self._on_error = on_error
        self._cancel = threading.Event()
        self.dialog: QProgressDialog | None = None
        if progress_label is not None:
            self.dialog = QProgressDialog(parent)
            self.dialog.setLabelText(progress_label)
            self.dialog.setRange(0, 0)
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

    def _deliver(self, ok: bool, value: Any) -> None:
        """On the GUI thread: close the dialog, emit, and call back unless the parent is gone."""
        if self.dialog is not None and shiboken6.isValid(self.dialog):
            self.dialog.reset()
            self.dialog.close()
            self.dialog.deleteLater()
        (self.done if ok else self.failed).emit(value)
        if self._parent is not None and not shiboken6.isValid(self._parent):
            return
        if ok:
            if self._on_done is not None:
                self._on_done(value)
        elif self._on_error is not None:
            self._on_error(value)
        else:
            show_error(self._parent, error_message(value))


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
    `fn` runs on a pool thread and must hold no QObject (take the values it
    needs, not the widget): only the GUI thread keeps Qt objects.
    """
    op = Op(parent, on_done, on_error, progress_label, cancellable)
    keeper = _keeper()
    ticket = keeper.admit(op)
    cancelled = op._cancel if cancellable else None
    delivered = keeper.delivered

    def work() -> None:  # on the pool thread: no reference to `op` in here
        ok, value = _call(fn, cancelled)
        delivered.emit(ticket, ok, value)

    _pool().start(_Task(work))
    return op


class ImportJob(QObject):
    """Imports files into a desk on a worker thread with its own desk connection.

    Signals (emitted on the GUI thread): ``progress(done, total, name)``,
    ``finished(ImportReport)``, ``failed(message)``. `cancel()` stops after
    the article being imported: each article is stored in one transaction, so
    the desk never holds half an article. `parent` is who the job reports to:
    once it is deleted, nothing more is emitted. The job itself is a child of
    the keeper and deleted on the GUI thread after `finished` or `failed`.
    """

    progress = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(str)

    def __init__(self, desk_or_path, paths: list[str | Path], lang: str = "auto", by: str = "",
                 parent: QObject | None = None, opener: Callable[[Path], Any] | None = None):
        super().__init__(_keeper())
        self._audience = parent
        self.desk_path = Path(getattr(desk_or_path, "path", desk_or_path))
        self.paths = [Path(p) for p in paths]
        self.lang = lang
        self.by = by
        self._opener = opener
        self._cancel = threading.Event()
        self._started = False

    def start(self) -> None:
        """Start the import on a pool thread (once)."""
        if self._started:
            raise RuntimeError("an ImportJob runs once; create a new one")
        self._started = True
        keeper = _keeper()
        ticket = keeper.admit(self)
        work = _import_work(ticket, self.desk_path, list(self.paths), self.lang, self.by, self._opener,
                            self._cancel, keeper)
        _pool().start(_Task(work))

    @Slot()
    def cancel(self) -> None:
        """Stop after the current article; `finished` still reports what was imported."""
        self._cancel.set()

    def is_cancelled(self) -> bool:
        """True once `cancel()` was called."""
        return self._cancel.is_set()

    def _listening(self) -> bool:
        return self._audience is None or shiboken6.isValid(self._audience)

    def _progress(self, done: int, total: int, name: str) -> None:
        if self._listening():
            self.progress.emit(done, total, name)

    def _deliver(self, ok: bool, value: Any) -> None:
        if self._listening():
            (self.finished if ok else self.failed).emit(value)


def _import_work(ticket: int, desk_path: Path, paths: list[Path], lang: str, by: str,
                 opener: Callable[[Path], Any] | None, cancel: threading.Event,
                 keeper: _Keeper) -> Callable[[], None]:
    """The import as the pool thread runs it: plain values in, the keeper's signals out."""
    total = len(paths)

    def on_progress(*args: Any) -> None:
        """Adapt the import's progress callback to (done, total, name)."""
        numbers = [a for a in args if isinstance(a, int) and not isinstance(a, bool)]
        names = [a for a in args if isinstance(a, (str, Path))]
        keeper.progressed.emit(ticket, numbers[0] if numbers else 0,
                               numbers[1] if len(numbers) > 1 else total, Path(names[0]).name if names else "")

    def work() -> None:
        desk = None
        try:
            open_desk = opener
            if open_desk is None:
                from factdesk.core.store import Desk

                open_desk = Desk.open
            desk = open_desk(desk_path)
            from factdesk.core.ops import import_paths

            _spacy_first()
            report = import_paths(desk, paths, lang=lang, by=by, progress=on_progress, cancelled=cancel.is_set)
        except FactDeskError as exc:
            keeper.delivered.emit(ticket, False, exc.message)
        except Exception as exc:  # noqa: BLE001 - reported to the user, logged in full
            details = traceback.format_exc()
            log.error("import failed:\n%s", details)
            # the first line is the message; the traceback only goes to the dialog's "Details"
            keeper.delivered.emit(ticket, False, f"{error_message(exc)}\n\n{details}")
        else:
            keeper.delivered.emit(ticket, True, report)
        finally:
            if desk is not None:
                try:
                    desk.close()
                except Exception:  # noqa: BLE001 - closing must not hide the result
                    log.exception("closing the import's desk connection failed")

    return work
