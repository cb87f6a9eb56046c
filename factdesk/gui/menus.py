"""The main window's menus and toolbar: every action in a menu, with its shortcut shown.

`build_menus(window)` returns the actions by name so tests and the window can
trigger them. Single-key shortcuts (J, K, 1–9, 0) are ignored by Qt while a
text field has the focus, so typing a rationale never sets a verdict.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QActionGroup, QIcon, QKeySequence
from PySide6.QtWidgets import QMainWindow, QToolBar

from factdesk.core.errors import FactDeskError
from factdesk.core.model import CLAIM_TYPES
from factdesk.gui import theme
from factdesk.gui.app import Ask, get_icon, tr, type_colour, type_label
from factdesk.gui.claims_model import swatch
from factdesk.gui import refusals


def _action(window: QMainWindow, text: str, slot, shortcut=None, icon: str | None = None,
            tip: str | None = None) -> QAction:
    action = QAction(text, window)
    if icon:
        action.setIcon(get_icon(icon))
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    if tip:
        action.setStatusTip(tip)
    action.triggered.connect(lambda _checked=False: slot())
    window.addAction(action)
    return action


def build_menus(w) -> dict[str, QAction]:
    """Create the menu bar and toolbar of a MainWindow; return its actions by name."""
    a: dict[str, QAction] = {}
    bar = w.menuBar()

    file_menu = bar.addMenu(tr("&File"))
    a["open"] = _action(w, tr("&Open…"), w.importer.open_files, QKeySequence.StandardKey.Open, "open",
                        tr("Import article files (text, HTML, Word, PDF)"))
    a["open_folder"] = _action(w, tr("Open &Folder…"), w.importer.open_folder, "Ctrl+Shift+O", "open_folder",
                               tr("Import every article file in a folder and its subfolders"))
    a["paste"] = _action(w, tr("&Paste as new article"), w.importer.paste, "Ctrl+Shift+V", "paste")
    a["add_samples"] = _action(w, tr("Add &sample articles"), w.add_samples, None, "article",
                               tr("Two invented articles (German and English) to try FactDesk on; "
                                  "delete them when you are done"))
    file_menu.addAction(a["open"])
    file_menu.addAction(a["open_folder"])
    file_menu.addAction(a["paste"])
    file_menu.addAction(a["add_samples"])
    a["export"] = _action(w, tr("&Export report…"), lambda: _export(w), "Ctrl+E", "export")
    file_menu.addAction(a["export"])
    file_menu.addSeparator()
    a["export_bundle"] = _action(w, tr("Export &bundle…"), w.export_bundle, "Ctrl+Shift+E", "export",
                                 tr("Write the changes since the last exchange for another desk"))
    a["export_bundle_all"] = _action(w, tr("Export bundle with e&verything…"),
                                     lambda: w.export_bundle(everything=True), None, "export",
                                     tr("Write the whole desk, for a desk that has never exchanged with this one"))
    a["import_bundle"] = _action(w, tr("&Import bundle…"), w.import_bundle, "Ctrl+Shift+I", "import",
                                 tr("Merge a bundle written by another desk"))
    for name in ("export_bundle", "export_bundle_all", "import_bundle"):
        file_menu.addAction(a[name])
    file_menu.addSeparator()
    a["import_checks"] = _action(w, tr("Import &fact-checks…"), lambda: _import_checks(w), None, "import",
                                 tr("Add earlier fact-checks (ClaimReview, JSON Lines, TSV/CSV) to this desk's "
                                    "collection"))
    file_menu.addAction(a["import_checks"])
    file_menu.addSeparator()
    a["settings"] = _action(w, tr("&Settings…"), lambda: open_settings(w), QKeySequence.StandardKey.Preferences,
                            "settings")
    if a["settings"].shortcut().isEmpty():
        a["settings"].setShortcut(QKeySequence("Ctrl+,"))
    file_menu.addAction(a["settings"])
    file_menu.addSeparator()
    a["quit"] = _action(w, tr("&Quit"), w.close, QKeySequence.StandardKey.Quit, "quit")
    if a["quit"].shortcut().isEmpty():
        a["quit"].setShortcut(QKeySequence("Ctrl+Q"))
    file_menu.addAction(a["quit"])

    edit_menu = bar.addMenu(tr("&Edit"))
    a["undo"] = w.undo.createUndoAction(w, tr("&Undo"))
    a["undo"].setShortcut(QKeySequence.StandardKey.Undo)
    a["undo"].setIcon(get_icon("undo"))
    a["redo"] = w.undo.createRedoAction(w, tr("&Redo"))
    a["redo"].setShortcut(QKeySequence.StandardKey.Redo)
    a["redo"].setIcon(get_icon("redo"))
    w.addAction(a["undo"])
    w.addAction(a["redo"])
    edit_menu.addAction(a["undo"])
    edit_menu.addAction(a["redo"])
    edit_menu.addSeparator()
    a["search"] = _action(w, tr("&Search the desk…"), w.open_search, QKeySequence.StandardKey.Find, "search")
    edit_menu.addAction(a["search"])
    edit_menu.addSeparator()
    mark = edit_menu.addMenu(get_icon("mark_claim"), tr("&Mark selection as claim"))
    for claim_type in CLAIM_TYPES:
        act = QAction(QIcon(swatch(type_colour(claim_type))), type_label(claim_type), w)
        act.triggered.connect(lambda _c=False, t=claim_type: w.mark_selection(t))
        mark.addAction(act)
        a[f"mark_{claim_type}"] = act

    article_menu = bar.addMenu(tr("&Article"))
    claim_menu = bar.addMenu(tr("&Claim"))
    a["next"] = _action(w, tr("&Next claim"), lambda: w.step_claim(1), "J", "next")
    a["previous"] = _action(w, tr("&Previous claim"), lambda: w.step_claim(-1), "K", "previous")
    claim_menu.addAction(a["next"])
    claim_menu.addAction(a["previous"])
    claim_menu.addSeparator()
    verdict_menu = claim_menu.addMenu(get_icon("verdict"), tr("Set &verdict"))
    for n, verdict in enumerate(w.scale.verdicts if w.scale else (), start=1):
        if n > 9:
            break
        act = _action(w, verdict.label(w.language), lambda n=n: w.set_verdict_number(n), str(n))
        act.setIcon(QIcon(swatch(verdict.colour, 14)))
        verdict_menu.addAction(act)
        a[f"verdict_{n}"] = act
    verdict_menu.addSeparator()
    a["clear_verdict"] = _action(w, tr("No verdict"), w.clear_verdict, "0")
    verdict_menu.addAction(a["clear_verdict"])
    a["research"] = _action(w, tr("Start &research"), w.start_research, "Ctrl+Shift+R")
    a["ready"] = _action(w, tr("Mark &ready for review"), w.mark_ready, "Ctrl+Return", "ready")
    a["ready"].setShortcuts([QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter")])
    a["add_source"] = _action(w, tr("Add &source…"), w.panel.add_source, "Ctrl+Shift+S", "source")
    claim_menu.addAction(a["research"])
    claim_menu.addAction(a["ready"])
    claim_menu.addAction(a["add_source"])
    claim_menu.addSeparator()
    a["dismiss"] = _action(w, tr("&Dismiss claim"), w.dismiss_claim, "Ctrl+D", "dismiss",
                           tr("Hide a detected claim that is not checkable"))
    a["restore"] = _action(w, tr("Res&tore claim"), w.restore_claim, None, "restore")
    a["show_dismissed"] = QAction(tr("Show dis&missed claims"), w)
    a["show_dismissed"].setCheckable(True)
    a["show_dismissed"].toggled.connect(w.set_show_dismissed)
    claim_menu.addAction(a["dismiss"])
    claim_menu.addAction(a["restore"])
    from factdesk.gui.shelf_actions import add_actions as add_shelf_actions
    a.update(add_shelf_actions(w, article_menu, claim_menu, _action))
    claim_menu.addAction(a["show_dismissed"])

    view_menu = bar.addMenu(tr("&View"))
    order = QActionGroup(w)
    a["by_position"] = QAction(tr("Claims by &position"), w, checkable=True, checked=True)
    a["by_score"] = QAction(tr("Claims by check-&worthiness"), w, checkable=True)
    for key, act in (("position", a["by_position"]), ("score", a["by_score"])):
        order.addAction(act)
        act.triggered.connect(lambda _c=False, k=key: w.sort_claims_by(k))
        view_menu.addAction(act)
    a["only_returned"] = QAction(tr("Only &returned claims"), w, checkable=True)
    a["only_returned"].setStatusTip(tr("List only the claims a lead returned, with what to fix"))
    a["only_returned"].toggled.connect(lambda on: w.claims_proxy.set_status_filter("returned" if on else None))
    view_menu.addAction(a["only_returned"])
    view_menu.addSeparator()
    a["library"] = _action(w, tr("&Library"), lambda: _focus_tab(w, 0), "Ctrl+1", "library")
    a["all_claims"] = _action(w, tr("&All claims"), lambda: _focus_tab(w, 1), "Ctrl+2", "claims")
    view_menu.addAction(a["library"])
    view_menu.addAction(a["all_claims"])

    review_menu = bar.addMenu(tr("&Review"))
    a["review_queue"] = _action(w, tr("Review &queue"), lambda: _review_queue(w), "Ctrl+R", "review")
    a["review_queue"].setEnabled(w.role() == "lead")
    if w.role() != "lead":
        a["review_queue"].setStatusTip(tr("For team leads (Settings → Role)"))
    review_menu.addAction(a["review_queue"])
    a["conflicts"] = _action(w, tr("&Conflicts…"), w.open_conflicts, "Ctrl+Shift+K", "warning",
                             tr("Edits from a bundle that clashed with this desk's: take the other value or keep yours"))  # noqa: E501
    review_menu.addAction(a["conflicts"])

    help_menu = bar.addMenu(tr("&Help"))
    from factdesk.gui.help_dialogs import add_help_actions
    a.update(add_help_actions(w, help_menu, _action))
    help_menu.addSeparator()
    a["about"] = _action(w, tr("&About FactDesk"), lambda: _about(w), None, "help")
    help_menu.addAction(a["about"])

    toolbar = QToolBar(tr("Main toolbar"), w)
    toolbar.setObjectName("main_toolbar")
    toolbar.setIconSize(QSize(18, 18))
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    toolbar.setMovable(False)
    for tool in ("open", "paste", "search", None, "previous", "next", "ready", "add_source"):
        if tool is None:
            toolbar.addSeparator()
        elif tool in a:
            toolbar.addAction(a[tool])
    w.addToolBar(toolbar)
    for act in a.values():  # show shortcuts in tooltips too
        if not act.shortcut().isEmpty():
            keys = act.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            act.setToolTip(f"{act.text().replace('&', '')} ({keys})")
    return a


def _focus_tab(w, index: int) -> None:
    w.left_tabs.setCurrentIndex(index)


def open_settings(w) -> None:
    """File → Settings: the settings dialog, then apply name, role, scale, theme and desk location."""
    from factdesk.gui.settings_dialog import SettingsDialog  # lazy: not needed at start-up
    settings = w.settings
    old_theme = settings.theme()
    if not SettingsDialog.ask(settings, w.desk, w):
        return
    w.undo.user_changed()  # a new name brings its own undo history
    if settings.theme() != old_theme:
        from PySide6.QtWidgets import QApplication
        app = QApplication.instance()
        if isinstance(app, QApplication):
            theme.apply_theme(app, settings.theme())
    last = settings.last_desk()
    if last is not None and str(last) != str(w.desk.path):
        switch_desk(w, last)
        return
    try:
        w.scale = w.desk.rating_scale()
    except FactDeskError:
        pass  # the desk went away meanwhile: keep the scale shown
    w.panel.set_scale(w.scale, w.language)
    w.claims.set_scale(w.scale, w.language)
    w.menu_actions["review_queue"].setEnabled(w.role() == "lead")
    w.reload_article()


def switch_desk(w, path) -> None:
    """Open another desk file in a new window and close this one (its edits are all stored)."""
    from factdesk.core.store import Desk
    try:
        desk = Desk.open(path)
    except FactDeskError as exc:
        Ask.error(w, tr("Open desk"), refusals.message(exc))
        return
    window = type(w)(desk, w.settings)
    window.show()
    window.select_first_article()
    old = w.desk
    w.close()
    old.close()


def _import_checks(w) -> None:
    from factdesk.gui.checks_import import import_checks_dialog  # lazy: not needed at start-up
    w.panel.save_rationale()
    import_checks_dialog(w)


def _export(w) -> None:
    from factdesk.gui.export_dialog import ExportDialog  # lazy: not needed at start-up
    ExportDialog.run(w.desk, w)


def _review_queue(w) -> None:
    from PySide6.QtWidgets import QDockWidget
    from factdesk.gui.review_queue import ReviewQueueWidget  # lazy: not needed at start-up
    dock = getattr(w, "_review_dock", None)
    if dock is None:
        dock = QDockWidget(tr("Review queue"), w)
        dock.setObjectName("review_queue_dock")
        widget = ReviewQueueWidget(w.desk, w.settings, dock, undo=w.undo)
        # the window follows the queue: the selected claim in its article, with sources, comments, history
        for signal_name in ("claim_activated", "claim_selected"):
            signal = getattr(widget, signal_name, None)
            if signal is not None:
                signal.connect(lambda *args: _review_go(w, *args))
        # approve / return / reopen: the claim's status changed in the panel, lists and counts too
        widget.changed.connect(lambda changes: w.apply_changes(changes, origin=widget))
        dock.setWidget(widget)
        w.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
        w._review_dock = dock
    from factdesk.gui import window_fit
    dock.show()
    dock.raise_()
    queue = dock.widget()
    current = queue.current_claim() if isinstance(queue, ReviewQueueWidget) else None
    if current is not None:  # the queue opened on a claim: show it in its article too
        _review_go(w, current.article_id, current.id)
    # the queue takes a share of the window, never more room than the screen has
    w.resizeDocks([dock], [int(w.height() * window_fit.QUEUE_SHARE)], Qt.Orientation.Vertical)
    window_fit.keep_on_screen(w)
    # the reader keeps room for its title and legend; the claims list (also in the queue) gives way
    reader_room = min(w.reader.minimumSizeHint().height(), int(sum(w.middle.sizes()) * 0.75))
    total = sum(w.middle.sizes())
    w.middle.setSizes([max(reader_room, int(total * 0.6)), total - max(reader_room, int(total * 0.6))])


def _review_go(w, *args) -> None:
    ids = [x for x in args if isinstance(x, str)]
    if len(ids) >= 2:
        if w.article is not None and w.article.id == ids[0]:
            w.reload_article()  # the queue reads the desk afresh; the claim under review is shown as it is now
        w.go_to_claim(ids[0], ids[1])
    elif ids:
        w._search_claim(ids[0])


def _about(w) -> None:
    Ask.info(w, tr("About FactDesk"),
             tr("FactDesk %1 — find checkable claims in news, research them, decide, report.")
             .replace("%1", _version()))


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version
    try:
        return version("factdesk")
    except PackageNotFoundError:
        return ""


