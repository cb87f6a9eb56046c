"""Starting the desktop app: the QApplication, the first-day questions, the desk, the window, or a screenshot.

`run()` builds the QApplication, asks a new user's name, role and desk
location once (`first_run`), opens the desk (the one asked for, else the one
chosen, else the default desk in the user data folder), imports files, and
shows the main window. The sample articles come only with `demo` (a fresh
temporary desk) or through File → Add sample articles: a real desk never gets
invented articles unasked. `screenshot` renders the window offscreen with the
first article and claim selected, saves it and returns. The command line
(`factdesk [--db PATH] [--demo] [--screenshot PNG] [FILE...]`, cli/app_cmd.py)
parses its arguments, checks that there is a display, and calls `run`.

Start-up stays fast: spaCy is only loaded when something is detected, and on
a normal start that happens in the background after the window is shown.
Set FACTDESK_EXIT_AFTER_SHOW=1 to quit as soon as the window is shown (the
start-up benchmark does).
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from factdesk.core.store import Desk
    from factdesk.gui.settings import Settings

SCREENSHOT_SIZE = (1440, 900)


def _sample_paths(settings: Settings) -> list[Path]:
    """The bundled sample articles, the one in the user's language last (so it is listed first)."""
    from PySide6.QtCore import QLocale

    from factdesk.gui.sample import SAMPLE_LANGUAGES, sample_article_path
    language = settings.ui_language()
    if language not in SAMPLE_LANGUAGES:
        system = QLocale.system().name()[:2]
        language = system if system in SAMPLE_LANGUAGES else "de"
    order = [code for code in SAMPLE_LANGUAGES if code != language] + [language]
    paths = []
    for code in order:
        try:
            paths.append(Path(sample_article_path(code)))
        except (ValueError, FileNotFoundError):
            continue
    return paths


def _claim_lead_role(desk: Desk, settings: Settings) -> None:
    """A user who says they are a lead becomes the first lead of a desk without one (recorded)."""
    from factdesk.core import ops
    from factdesk.core.errors import FactDeskError
    try:
        if settings.role() == "lead" and not ops.desk_leads(desk):
            ops.become_lead(desk, settings.user_name())
    except FactDeskError:
        pass  # a read-only or busy desk: the user stays a checker there for now


def _make_app(screenshot: bool):
    if screenshot:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        os.environ.setdefault("FACTDESK_OWN_ICONS", "1")
    from PySide6.QtWidgets import QApplication

    running = QApplication.instance()
    app = running if isinstance(running, QApplication) else QApplication(sys.argv[:1])
    app.setOrganizationName("FactDesk")
    app.setApplicationName("FactDesk")
    app.setApplicationDisplayName("FactDesk")
    return app


def _locale(settings: Settings) -> None:
    """Qt's own numbers and dates follow the UI language; a bare C locale becomes British English."""
    from PySide6.QtCore import QLocale
    language = settings.ui_language()
    system = QLocale.system()
    if language == "de" and system.language() != QLocale.Language.German:
        QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    elif language == "en" and system.language() != QLocale.Language.English or \
            system.language() == QLocale.Language.C:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))


def _style(app: Any, settings: Settings) -> None:
    """Theme, translations, locale and icon (an unknown theme or language in the settings file: the system's)."""
    from factdesk.gui import i18n, icons, theme
    _locale(settings)
    try:
        theme.apply_theme(app, settings.theme())
    except ValueError:
        theme.apply_theme(app, "system")
    language = settings.ui_language()
    try:
        i18n.install_translator(app, None if language in (None, "system") else language)
    except ValueError:
        i18n.install_translator(app, None)
    app.setWindowIcon(icons.app_icon())


def _interactive(screenshot: Any) -> bool:
    """Whether a person can answer a dialog: not for --screenshot, the offscreen platform or a benchmark."""
    return not screenshot and os.environ.get("QT_QPA_PLATFORM") != "offscreen" \
        and not os.environ.get("FACTDESK_EXIT_AFTER_SHOW")


def _import_desk():
    """Import the store without numpy/pandas: sqlite-utils only uses them to convert their own
    value types, which FactDesk never stores, and numpy alone costs a third of a second at start-up.
    spaCy imports numpy normally later, when something is detected."""
    blocked = [name for name in ("numpy", "pandas") if name not in sys.modules]
    for name in blocked:
        sys.modules[name] = None  # makes `import numpy` raise ImportError
    try:
        from factdesk.core.store import Desk
    finally:
        for name in blocked:
            if sys.modules.get(name, 0) is None:
                del sys.modules[name]
    return Desk


def run(desk_file: Path | None = None, demo: bool = False, screenshot: str | None = None,
        files: list[str] | None = None) -> int:
    """Open the app on `desk_file` (None: the desk chosen in Settings, else the default one); the exit status.

    `demo` opens a fresh temporary desk with the sample articles; `screenshot`
    renders the window offscreen into that PNG file and returns; `files` are
    imported and shown.
    """
    started = time.perf_counter()
    app = _make_app(bool(screenshot))
    Desk = _import_desk()
    from factdesk.gui.app import load_settings

    settings = load_settings()
    _style(app, settings)
    temp = None
    if demo:
        temp = tempfile.TemporaryDirectory(prefix="factdesk-demo-")
        path = Path(temp.name) / "demo.sqlite"
    else:
        path = desk_file or settings.last_desk() or Desk.default_path()  # last: the desk chosen in Settings
    if _interactive(screenshot) and not demo:
        from factdesk.gui.first_run import FirstRunDialog, needs_introduction
        if needs_introduction(settings):
            chosen = FirstRunDialog.ask(settings, Path(path))
            if chosen is None:  # the user chose Quit
                return 0
            if desk_file is None:
                path = chosen
    if _interactive(screenshot):
        from factdesk.gui.open_desk import open_desk
        wanted = Path(path)
        desk, path = open_desk(Desk.open, wanted)
        if desk is None:  # the user chose Quit in the "cannot open the desk" dialog
            return 1
        if path != wanted:
            settings.set_last_desk(path)  # next start opens the desk the user chose
    else:
        desk = Desk.open(path)  # a FactDeskError becomes one stderr line and exit 1
    by = settings.user_name()
    files = list(files or [])
    samples: list[Path] = []
    if not files and demo:  # a real desk gets them only through File → Add sample articles
        samples = _sample_paths(settings)
    _claim_lead_role(desk, settings)
    # With --screenshot, everything is imported before rendering; otherwise in the background.
    if screenshot:
        for batch in [files] + [[p] for p in samples]:  # one by one: the preferred sample ends on top
            if batch:
                from factdesk.core.ops import import_paths

                report = import_paths(desk, batch, by=by)
                for p, message in report.failed:
                    sys.stderr.write(f"factdesk: {p}: {message}\n")

    from factdesk.gui.main_window import MainWindow

    window = MainWindow(desk, settings)
    if screenshot:
        return _screenshot(app, window, Path(screenshot), desk, temp)
    window.show()
    window.select_first_article()
    if files:
        window.importer.import_paths(files)
    elif samples:
        window.import_samples(samples)  # with a translated status message
    if os.environ.get("FACTDESK_EXIT_AFTER_SHOW"):
        app.processEvents()
        sys.stdout.write(f"shown after {time.perf_counter() - started:.3f} s\n")
        sys.stdout.flush()
        window.close()
        finish_background_work(window, cancel=False)  # the samples still land on the desk
        _dispose(app, window)
        desk.close()
        return 0
    try:
        return int(app.exec())
    finally:
        _dispose(app, window)
        desk.close()
        if temp is not None:
            temp.cleanup()


def finish_background_work(window: Any, timeout_ms: int = 60_000, cancel: bool = True) -> bool:
    """Cancel a running import (unless `cancel` is False) and wait for the worker threads.

    Returns True when they all ended in time.

    Quitting right after the start (the samples are still being imported)
    must not leave a detection thread running spaCy while Python shuts down
    and the desk closes: that crashed the app on exit.
    """
    from PySide6.QtCore import QThreadPool

    job = window.importer.job
    if cancel and job is not None:
        job.cancel()
    return QThreadPool.globalInstance().waitForDone(timeout_ms)


def _dispose(app: Any, window: Any) -> None:
    """Let the worker threads end, then delete the window now, while the QApplication still lives.

    Left to Python's shutdown, the window and the application are destroyed in no fixed
    order, and a window outliving its application crashed `--screenshot` (SIGSEGV) now and then.
    """
    import shiboken6
    from PySide6.QtCore import QCoreApplication, QEvent

    finish_background_work(window)
    if not shiboken6.isValid(window):
        return
    window.close()
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    app.processEvents()


def _screenshot(app: Any, window: Any, out: Path, desk: Desk, temp: Any) -> int:
    """Render the window with the first article and claim selected and save it as PNG."""
    window.restoreGeometry(b"")  # never the user's saved size: screenshots are comparable
    window.resize(*SCREENSHOT_SIZE)
    window.splitter.setSizes([430, 620, 390])
    window.show()
    app.processEvents()
    window.select_first_article()
    for _ in range(3):
        app.processEvents()
    image = window.grab()
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        ok = image.save(str(out), "PNG")
    except OSError:
        ok = False
    window.hide()
    _dispose(app, window)
    desk.close()
    if temp is not None:
        temp.cleanup()
    if not ok:
        from factdesk.core.errors import RequestError
        raise RequestError(f"{out}: could not write the screenshot")
    return 0
