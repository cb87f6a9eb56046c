"""The main window: library | reader + claims of the article | claim panel.

The window wires the views together and owns the actions (menus with their
shortcuts); the views and models live in their own modules, menus are built
in `menus.py`, imports are run by `import_actions.Importer`. Every edit goes
to the desk at once through the undo stack. Changes that arrive from outside
the undo stack — a merged bundle, a settled conflict, a lead's review — are
shown by `refresh_from_desk()`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtWidgets import QHeaderView, QLabel, QMainWindow, QSplitter, QTableView, QTabWidget

from factdesk.core import ops
from factdesk.core.errors import FactDeskError
from factdesk.core.model import Article, Claim
from factdesk.core.ops import Changes
from factdesk.gui import refusals
from factdesk.gui.accessible import describe
from factdesk.gui.app import Ask, load_settings, tr
from factdesk.gui.claim_panel import ClaimPanel
from factdesk.gui.claims_model import ID_ROLE, ArticleClaimsModel, ClaimsProxy, DeskClaimsModel
from factdesk.gui.claims_view import DeskClaimsView
from factdesk.gui.import_actions import Importer
from factdesk.gui.library_view import LibraryPane, table_defaults
from factdesk.gui.menus import build_menus
from factdesk.gui.reader import ReaderPane
from factdesk.gui.undo import Undo

if TYPE_CHECKING:
    from factdesk.core.store import Desk


# Fields of the checker's work: editing them changes neither a claim's comment thread nor its earlier checks.
WORK_FIELDS = frozenset({"verdict", "status", "rationale", "assignee"})


class MainWindow(QMainWindow):
    """The window a checker lives in all day."""

    bundle_exported = Signal(object)  # ExportReport, once the bundle file is written
    bundle_imported = Signal(object)  # MergeReport, once the window shows what came in

    def __init__(self, desk: Desk, settings: Any = None, parent=None):
        super().__init__(parent)
        self.desk = desk
        self.settings = settings if settings is not None else load_settings()
        self.article: Article | None = None
        self.show_dismissed = False
        self._refusal: str | None = None  # the refusal the status bar shows, cleared by the next success
        self._stepping = False
        self.setWindowTitle("FactDesk")
        self.setAcceptDrops(True)
        self.undo = Undo(desk, self.user_name, self._after_op, self._edit_refused, self)
        self.importer = Importer(self, desk, self.user_name)
        self.importer.imported.connect(self._imported)
        try:
            self.scale = desk.rating_scale()
        except FactDeskError:  # an unknown scale in a desk from a newer FactDesk: no verdict keys
            self.scale = None
        self.language = self._ui_language()

        # library (left): articles, and the desk-wide claims list
        library_page = LibraryPane(desk, self)
        self.library, self.library_view = library_page.model, library_page.view
        self.library_filter = library_page.filter
        self.library_view.selectionModel().currentRowChanged.connect(self._library_row_changed)
        self.desk_claims = DeskClaimsModel(desk, self)
        self.desk_claims_view = DeskClaimsView(self.desk_claims, self.scale, self)
        self.desk_claims_view.claim_activated.connect(self.go_to_claim)
        self.left_tabs = QTabWidget()
        self.left_tabs.setDocumentMode(True)
        self.left_tabs.addTab(library_page, tr("Library"))
        self.left_tabs.addTab(self.desk_claims_view, tr("All claims"))
        self._desk_claims_stale = False
        describe(self.left_tabs, tr("Library"), tr("The desk's articles, and all its claims"))
        self.left_tabs.currentChanged.connect(lambda _i: self._refresh_desk_claims_if_shown())

        # reader (middle) over the claims of the article
        self.reader = ReaderPane(settings=self.settings)
        self.reader.view.claim_clicked.connect(self.select_claim)
        self.reader.view.mark_requested.connect(self.mark_claim)
        self.reader.view.dismiss_requested.connect(self.dismiss_claim)
        self.reader.view.type_change_requested.connect(self._change_type)
        self.reader.legend.hidden_types_changed.connect(self._types_hidden)
        self.claims = ArticleClaimsModel(self)
        self.claims.set_scale(self.scale, self.language)
        self.claims_proxy = ClaimsProxy(self)
        self.claims_proxy.setSourceModel(self.claims)
        self.claims_view = QTableView()
        self.claims_view.setModel(self.claims_proxy)
        table_defaults(self.claims_view)
        self.claims_view.setSortingEnabled(True)
        self.claims_view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        ch = self.claims_view.horizontalHeader()
        # fixed widths: ResizeToContents would read every cell of every claim on each change
        fm = self.claims_view.fontMetrics()
        for col, sample in {0: "99", 1: "Time in power", 3: "about 40,000", 4: "Researching",
                            5: "Misleading", 6: "0.99"}.items():
            ch.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            ch.resizeSection(col, fm.horizontalAdvance(sample) + (36 if col in (1, 5) else 16))
        ch.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        ch.setSectionHidden(6, True)  # the score column appears when claims are ordered by it
        describe(self.claims_view, tr("Claims of the article"),
                 tr("The claims found in the open article; choose one to see it highlighted and check it"))
        self.claims_view.selectionModel().currentRowChanged.connect(self._claims_row_changed)
        # explicit minimums: the window's minimum height is theirs, not the sum of every label's,
        # so a review queue docked below still fits a 1280x720 screen (the panes scroll instead)
        self.reader.setMinimumHeight(160)
        self.claims_view.setMinimumHeight(60)
        self.middle = QSplitter(Qt.Orientation.Vertical)
        self.middle.addWidget(self.reader)
        self.middle.addWidget(self.claims_view)
        self.middle.setStretchFactor(0, 3)
        self.middle.setStretchFactor(1, 1)

        # claim panel (right)
        self.panel = ClaimPanel(desk, self.undo, self.user_name)
        self.panel.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.panel.set_scale(self.scale, self.language)
        self.panel.history_model.set_scale(self.scale, self.language)  # verdict labels, not ids

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.left_tabs)
        self.splitter.addWidget(self.middle)
        self.splitter.addWidget(self.panel)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 5)
        self.splitter.setStretchFactor(2, 3)
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)
        self.counts_label = QLabel()
        self.statusBar().addPermanentWidget(self.counts_label)
        self.menu_actions = build_menus(self)
        if self.settings.value("claims/order", "position") == "score":  # the order the user chose last
            self.menu_actions["by_score"].setChecked(True)
            self.sort_claims_by("score")
        self._restore_layout()
        self.update_counts()

    # -- who and how -----------------------------------------------------------
    def user_name(self) -> str:
        """The name written into the history."""
        return self.settings.user_name()

    def role(self) -> str:
        """checker or lead, as this desk sees the user (a desk with leads decides; `roles`)."""
        from factdesk.gui.roles import acts_as_lead
        return "lead" if acts_as_lead(self.desk, self.settings) else "checker"

    def _ui_language(self) -> str:
        lang = self.settings.ui_language()
        if lang in ("de", "en"):
            return lang
        from PySide6.QtCore import QLocale
        return "de" if QLocale().name().startswith("de") else "en"

    # -- opening ---------------------------------------------------------------
    def select_first_article(self) -> bool:
        """Select the first article of the library (and its first claim)."""
        if self.library.rowCount() == 0:
            return False
        self.library_view.setCurrentIndex(self.library.index(0, 0))
        return True

    def show_article_id(self, article_id: str) -> None:
        """Select `article_id` in the library when it is loaded there, and open it."""
        row = self.library.row_of(article_id)
        if row >= 0:
            self.library_view.setCurrentIndex(self.library.index(row, 0))
            self.library_view.scrollTo(self.library.index(row, 0))
        if self.article is None or self.article.id != article_id:
            self.open_article(article_id)

    def _library_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            article_id = self.library.article_id(current.row())
            if article_id and (self.article is None or self.article.id != article_id):
                self.open_article(article_id)

    def open_article(self, article_id: str, claim_id: str | None = None) -> None:
        """Show an article with its highlights; select `claim_id` or the first claim."""
        self.panel.save_rationale()
        try:
            article = self.desk.get_article(article_id)
            claims = self.desk.claims_for_article(article_id, include_dismissed=self.show_dismissed)
        except FactDeskError as exc:
            Ask.error(self, tr("Open article"), refusals.message(exc))
            return
        self.article = article
        self.claims.set_claims(claims)
        target = claim_id or (self._claim_at_proxy_row(0) or None)
        self.reader.show_article(article, claims, target)
        self.panel.set_article_text(article.text, article.language, claims)
        self.setWindowTitle(f"{article.title or tr('(untitled)')} — FactDesk")
        self.select_claim(target)

    def _claim_at_proxy_row(self, row: int) -> str | None:
        index = self.claims_proxy.index(row, 0)
        return index.data(ID_ROLE) if index.isValid() else None

    # -- claims ----------------------------------------------------------------
    def current_claim(self) -> Claim | None:
        """The claim the panel shows."""
        return self.panel.claim

    def select_claim(self, claim_id: str | None) -> None:
        """Select a claim everywhere: reader, claims list, panel."""
        row = self.claims.row_of(claim_id) if claim_id else -1
        claim = self.claims.claim(row) if row >= 0 else None
        self.reader.view.select_claim(claim.id if claim else None)
        if claim is not None:
            proxy_index = self.claims_proxy.mapFromSource(self.claims.index(row, 0))
            if proxy_index.isValid() and self.claims_view.currentIndex().row() != proxy_index.row():
                self.claims_view.selectionModel().setCurrentIndex(
                    proxy_index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows)
                self.claims_view.scrollTo(proxy_index)
        if (self.panel.claim.id if self.panel.claim else None) != (claim.id if claim else None):
            self.panel.show_claim(claim, defer=self._stepping)

    def _claims_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        claim_id = current.data(ID_ROLE) if current.isValid() else None
        if claim_id and (self.panel.claim is None or self.panel.claim.id != claim_id):
            self.select_claim(claim_id)

    def step_claim(self, step: int) -> None:
        """J / K: the next or previous claim in the list's order."""
        n = self.claims_proxy.rowCount()
        if n == 0:
            return
        current = self.panel.claim
        row = -1
        if current is not None:
            source_row = self.claims.row_of(current.id)
            if source_row >= 0:
                row = self.claims_proxy.mapFromSource(self.claims.index(source_row, 0)).row()
        row = 0 if row < 0 and step > 0 else (n - 1 if row < 0 else max(0, min(n - 1, row + step)))
        self._stepping = True  # skimming: the panel looks for earlier checks once the selection rests
        try:
            self.select_claim(self._claim_at_proxy_row(row))
        finally:
            self._stepping = False

    def go_to_claim(self, article_id: str, claim_id: str | None = None) -> None:
        """Open an article at a claim (from search or the desk-wide claims list)."""
        if self.article is None or self.article.id != article_id:
            self.open_article(article_id, claim_id)
            row = self.library.row_of(article_id)
            if row >= 0:
                self.library_view.selectionModel().blockSignals(True)
                self.library_view.setCurrentIndex(self.library.index(row, 0))
                self.library_view.selectionModel().blockSignals(False)
        elif claim_id:
            self.select_claim(claim_id)

    def set_verdict_number(self, n: int) -> None:
        """Keys 1–9: the n-th verdict of the desk's scale."""
        if self.panel.claim is None or self.scale is None or not 1 <= n <= len(self.scale.verdicts):
            return
        self.panel.set_verdict(self.scale.verdicts[n - 1].id)

    def clear_verdict(self) -> None:
        """Key 0: no verdict."""
        if self.panel.claim is not None:
            self.panel.set_verdict(None)

    def mark_ready(self) -> None:
        """Ctrl+Enter: the claim is ready for a lead's review."""
        claim = self.panel.claim
        if claim is None:
            return
        self.panel.save_rationale()
        if claim.status == "ready_for_review":
            self.statusBar().showMessage(tr("Already waiting for review."), 3000)
            return
        self.panel.set_status("ready_for_review")

    def start_research(self) -> None:
        """Move the claim to "researching"."""
        if self.panel.claim is not None:
            self.panel.set_status("researching")

    def mark_claim(self, start: int, end: int, claim_type: str) -> None:
        """Make the selected text a manual claim of `claim_type` (undo dismisses it)."""
        if self.article is None:
            return
        article_id = self.article.id
        outcome = self.undo.run(tr("Mark as claim"), lambda: ops.add_manual_claim(
            self.desk, article_id, start, end, claim_type, self.user_name()))
        if outcome is not None:
            self.select_claim(outcome.claim.id)

    def mark_selection(self, claim_type: str) -> None:
        """Edit → Mark selection as claim."""
        span = self.reader.view.selection_span()
        if span is None:
            Ask.info(self, tr("Mark as claim"), tr("Select the words of the claim in the article first."))
            return
        self.mark_claim(span[0], span[1], claim_type)

    def dismiss_claim(self, claim_id: str | None = None) -> None:
        """Hide a claim that is not checkable (restorable with "Show dismissed claims")."""
        claim_id = claim_id or (self.panel.claim.id if self.panel.claim else None)
        if not claim_id:
            return
        step = self._neighbour(claim_id)
        self.undo.run(tr("Dismiss claim"), lambda: ops.dismiss_claim(self.desk, claim_id, self.user_name()))
        if not self.show_dismissed:
            self.select_claim(step)

    def restore_claim(self) -> None:
        """Bring back the selected dismissed, archived or deleted claim."""
        claim = self.panel.claim
        if claim is not None and claim.shelf is not None:
            from factdesk.gui.shelf_actions import shelve_claim
            shelve_claim(self, None)
            return
        if claim is None or claim.status != "dismissed":
            return
        self.undo.run(tr("Restore claim"), lambda: ops.restore_claim(self.desk, claim.id, self.user_name()))

    def _neighbour(self, claim_id: str) -> str | None:
        ids = [self._claim_at_proxy_row(r) for r in range(self.claims_proxy.rowCount())]
        if claim_id not in ids:
            return None
        i = ids.index(claim_id)
        rest = ids[i + 1:] + ids[:i][::-1]
        return rest[0] if rest else None

    def _change_type(self, claim_id: str, claim_type: str) -> None:
        row = self.claims.row_of(claim_id)
        claim = self.claims.claim(row)
        if claim is not None:
            self.undo.edit_claim(claim, tr("Change type"), type=claim_type)

    def set_show_dismissed(self, on: bool) -> None:
        """Show dismissed claims (struck through) so they can be restored."""
        self.show_dismissed = on
        self.reload_article()

    def sort_claims_by(self, key: str) -> None:
        """Order the claims list by position in the text or by check-worthiness (remembered)."""
        self.settings.set_value("claims/order", key)
        self.claims_view.horizontalHeader().setSectionHidden(6, key != "score")
        if key == "score":
            self.claims_view.sortByColumn(6, Qt.SortOrder.DescendingOrder)
        else:
            self.claims_view.sortByColumn(0, Qt.SortOrder.AscendingOrder)

    def _types_hidden(self, types) -> None:
        self.claims_proxy.set_hidden_types(types)

    # -- after edits -----------------------------------------------------------
    def reload_article(self) -> None:
        """Re-read the open article's claims after an edit, keeping the selection."""
        if self.article is None:
            return
        keep = self.panel.claim.id if self.panel.claim else None
        try:
            claims = self.desk.claims_for_article(self.article.id, include_dismissed=self.show_dismissed)
        except FactDeskError:
            return
        same = [c.id for c in claims] == [c.id for c in self.claims.claims()]
        if same:
            for claim in claims:
                self.claims.replace_claim(claim)
        else:
            self.claims.set_claims(claims)
        self.reader.view.set_claims(claims)
        self.panel.set_article_text(self.article.text, self.article.language, claims)
        if not same:
            self.reader.legend.set_counts(_type_counts(claims))
        if keep and self.claims.row_of(keep) >= 0:
            self.reader.view.select_claim(keep, scroll=False)
            if not same:
                self.select_claim(keep)
        shown = self.claims.claim(self.claims.row_of(keep)) if keep else None
        if shown is not None:
            self.panel.show_claim(shown)  # read with the article's claims just now
        else:
            self.panel.refresh()

    def _after_op(self, outcome: Any) -> None:
        """Called after every op the window ran and every undo/redo: show what its Changes name."""
        if self._refusal and self.statusBar().currentMessage() == self._refusal:
            self.statusBar().clearMessage()  # the refusal is over: this change went through
        self._refusal = None
        claim = getattr(outcome, "claim", None)
        if claim is not None and self.article is not None and claim.article_id != self.article.id:
            self.go_to_claim(claim.article_id, claim.id)  # an undo of an edit in another article
        fields_only = isinstance(outcome, ops.Edited) and set(outcome.fields) <= WORK_FIELDS
        self.apply_changes(outcome.changes, claim, fields_only=fields_only)
        if getattr(outcome, "kind", None) in ("article", "articles"):
            self._close_if_shelved(outcome.changes)

    def _close_if_shelved(self, changes: Changes) -> None:
        """The open article went to another shelf than the library shows (archived, deleted, restored): close it."""
        if self.article is None or self.article.id not in changes.articles:
            return
        try:
            shelf = self.desk.get_article(self.article.id).shelf
        except FactDeskError:
            return
        if shelf != self.library.shelf:
            self.close_article()

    def apply_changes(self, changes: Changes, claim: Claim | None = None, origin: Any = None,
                      fields_only: bool = False) -> None:
        """Refresh only the views showing what `changes` names; `claim` is an edited claim as it is now.

        `origin` is a view that made the change and shows it already (the review queue);
        `fields_only`: the op changed only the checker's work on the claim (verdict, status, rationale,
        assignee): its comments and earlier checks are as they were.
        """
        if changes.everything:
            self.refresh_from_desk()
            return
        open_id = self.article.id if self.article is not None else None
        if changes.touches_article(open_id):
            self.reload_article()
        elif claim is not None and self.claims.row_of(claim.id) >= 0:
            self._show_edited(claim, fields_only)
        elif any(self.claims.row_of(cid) >= 0 for cid in changes.claims):
            self.reload_article()
        if changes.library:
            self.library.refresh()
        elif changes.counts:
            self.library.invalidate()
        if changes.counts or changes.library:
            self.update_counts()
            self._refresh_review_queue(origin)  # e.g. a claim marked ready for review joins the queue
        if changes.claims or changes.articles:
            self.refresh_desk_claims()

    def _show_edited(self, claim: Claim, fields_only: bool = False) -> None:
        """One claim of the open article changed its fields: update its row, highlight and panel."""
        previous = self.claims.claim(self.claims.row_of(claim.id))
        if previous is not None:
            claim.sources = previous.sources  # a claim edit leaves its sources as they were
        type_changed = previous is not None and previous.type != claim.type
        self.claims.replace_claim(claim)
        claims = self.claims.claims()
        self.reader.view.set_claims(claims)
        if type_changed:
            self.reader.legend.set_counts(_type_counts(claims))
        if self.panel.claim is not None and self.panel.claim.id == claim.id:
            self.panel.show_claim(claim, attached=not fields_only)

    def refresh_desk_claims(self) -> None:
        """After an edit or import: re-read the desk-wide claims now if shown, else when its tab opens."""
        self._desk_claims_stale = True
        self._refresh_desk_claims_if_shown()

    def _refresh_desk_claims_if_shown(self) -> None:
        if self._desk_claims_stale and self.left_tabs.currentWidget() is self.desk_claims_view:
            self.desk_claims.refresh()
            self._desk_claims_stale = False

    def _edit_refused(self, exc: FactDeskError) -> None:
        """A workflow refusal (locked claim, a transition the workflow forbids, no verdict yet) is not
        a failure: say so calmly in the status bar instead of a modal box on every key press."""
        text = refusals.refusal(exc)
        if text is None:  # bad input (a source address, a value): the user needs to see it
            Ask.error(self, tr("Not changed"), refusals.message(exc))
        else:
            self.show_refusal(text)
        self.reload_article()

    def add_samples(self) -> None:
        """File → Add sample articles: the invented sample articles, on request only."""
        from factdesk.gui.sample import sample_paths
        paths = sample_paths(self.language)
        if paths:
            self.import_samples(paths)

    def close_article(self) -> None:
        """Show no article (the open one left the library's list); the first one left is opened."""
        self.article = None
        if not self.select_first_article():
            self.claims.set_claims([])
            self.reader.show_article(None, [], None)
            self.panel.show_claim(None)
            self.setWindowTitle("FactDesk")

    def import_samples(self, paths: list) -> None:
        """A new desk: import the bundled sample articles in the background and say so."""
        self.statusBar().showMessage(tr("Adding the sample articles to your new desk…"), 5000)
        self.importer.import_paths(paths)  # the window shows the last one imported: the preferred

    def show_refusal(self, text: str) -> None:
        """Tell the user, without a dialog, why nothing was changed (until the next change goes through)."""
        self._refusal = text
        self.statusBar().showMessage(text, 8000)

    def _imported(self, article_ids: list[str]) -> None:
        self.library.refresh()
        self.refresh_desk_claims()
        if article_ids:  # the last one imported is the newest: the top row of the library
            self.show_article_id(article_ids[-1])
        self.update_counts()

    def refresh_from_desk(self) -> None:
        """Re-read everything shown after the desk changed outside the undo stack.

        Used after a bundle import, a settled conflict and a review in the queue:
        the library, the claims lists, the open article and the claim panel.
        """
        try:
            scale = self.desk.rating_scale()
        except FactDeskError:
            scale = self.scale
        if scale is not None and (self.scale is None or scale.id != self.scale.id):
            self.scale = scale
            self.panel.set_scale(scale, self.language)
            self.panel.history_model.set_scale(scale, self.language)
            self.claims.set_scale(scale, self.language)
        self.library.refresh()
        if self.article is not None:
            row = self.library.row_of(self.article.id)
            if row >= 0:  # keep the open article selected without reopening it
                self.library_view.selectionModel().blockSignals(True)
                self.library_view.setCurrentIndex(self.library.index(row, 0))
                self.library_view.selectionModel().blockSignals(False)
        self.refresh_desk_claims()
        self.reload_article()
        self.update_counts()

    def update_counts(self) -> None:
        """The status bar: articles, claims, open and decided."""
        try:
            n_articles = self.desk.count_articles()
            counts = self.desk.status_counts()
        except FactDeskError:  # a busy or vanished desk file: keep the counts shown
            return
        from PySide6.QtCore import QLocale
        loc = QLocale()
        total = sum(v for k, v in counts.items() if k != "dismissed")
        from factdesk.gui.app import count_words
        parts = [count_words(n_articles, "article"), count_words(total, "claim")]
        for status in ("new", "researching", "ready_for_review", "approved", "returned"):
            if counts.get(status):
                from factdesk.gui.app import status_label
                parts.append(f"{status_label(status)}: {loc.toString(counts[status])}")
        self.counts_label.setText("   ·   ".join(parts))

    # -- other windows -----------------------------------------------------------
    def open_search(self) -> None:
        """Ctrl+F: search the desk."""
        dialog = getattr(self, "_search", None)
        if dialog is None:
            from factdesk.gui.search_dialog import SearchDialog  # lazy: not needed at start-up
            dialog = SearchDialog(self.desk, self)
            dialog.article_activated.connect(self.show_article_id)
            dialog.claim_activated.connect(self._search_claim)
            self._search = dialog
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()

    def _search_claim(self, claim_id: str) -> None:
        try:
            claim = self.desk.get_claim(claim_id)
        except FactDeskError as exc:
            Ask.error(self, tr("Search"), refusals.message(exc))
            return
        self.go_to_claim(claim.article_id, claim.id)

    # -- bundles and conflicts ---------------------------------------------------
    def export_bundle(self, everything: bool = False):
        """File → Export bundle…: write this desk's changes (or everything) for another desk."""
        from factdesk.gui.bundle_dialogs import export_bundle_dialog  # lazy: not needed at start-up
        return export_bundle_dialog(self.desk, self.settings, self, everything=everything,
                                    on_done=lambda report, _dialog: self.bundle_exported.emit(report))

    def import_bundle(self):
        """File → Import bundle…: merge another desk's bundle (on its own connection), then show it."""
        from factdesk.gui.bundle_dialogs import import_bundle_dialog  # lazy: not needed at start-up
        self.panel.save_rationale()
        return import_bundle_dialog(self.desk, self.settings, self, on_done=self._bundle_imported)

    def _bundle_imported(self, report: Any, dialog: Any) -> None:
        signal = getattr(dialog, "conflicts_changed", None)
        if signal is not None:
            signal.connect(self.refresh_from_desk)
        if getattr(report, "changed", True):
            # undoing an older edit would now silently overwrite what the bundle brought
            self.undo.clear()
            self.statusBar().showMessage(tr("Bundle merged; the undo history before it was cleared."), 5000)
        self.refresh_from_desk()
        self._refresh_review_queue()
        new_articles = list(getattr(report, "new_articles", []) or [])
        if new_articles and self.article is None:
            self.show_article_id(new_articles[-1])
        self.bundle_imported.emit(report)

    def open_conflicts(self):
        """Review → Conflicts…: the clashes of merged edits; a settled one refreshes the window."""
        from factdesk.gui.bundle_dialogs import ConflictsDialog  # lazy: not needed at start-up
        self.panel.save_rationale()
        dialog = ConflictsDialog(self.desk, self.settings, self)
        dialog.changed.connect(self.refresh_from_desk)
        dialog.changed.connect(self._refresh_review_queue)
        dialog.open()
        return dialog

    def _refresh_review_queue(self, origin: Any = None) -> None:
        """Re-read the review queue dock, if it is open (and did not make the change), keeping the lead's place."""
        dock = getattr(self, "_review_dock", None)
        widget = dock.widget() if dock is not None else None
        if dock is not None and widget is not None and widget is not origin and dock.isVisible():
            position = getattr(widget, "_position", lambda: 0)()
            widget.reload(select=position)

    # -- drag and drop, layout -------------------------------------------------
    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasUrls() and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.importer.import_paths(paths)

    def _restore_layout(self) -> None:
        """The remembered geometry and splitters, kept inside the screen; else sizes for this screen."""
        from factdesk.gui import window_fit
        geometry = self.settings.window_geometry("main")
        state = self.settings.window_state("main")
        splitter = self.settings.value("main/splitter")
        middle = self.settings.value("main/middle_splitter")
        remembered = geometry is not None and self.restoreGeometry(geometry)
        window_fit.place(self, remembered)
        if state:
            self.restoreState(state)
        if not (splitter and self.splitter.restoreState(splitter)):
            self.splitter.setSizes(window_fit.share(self.width(), window_fit.WIDTH_SHARES))
        if not (middle and self.middle.restoreState(middle)):
            self.middle.setSizes(window_fit.share(self.height(), window_fit.HEIGHT_SHARES))

    def save_layout(self) -> None:
        """Remember the window's geometry, docks and splitters."""
        self.settings.save_window("main", self.saveGeometry(), self.saveState())
        self.settings.set_value("main/splitter", self.splitter.saveState())
        self.settings.set_value("main/middle_splitter", self.middle.saveState())

    def closeEvent(self, event) -> None:
        self.panel.save_rationale()
        self.panel.hold_lookups()
        self.save_layout()
        super().closeEvent(event)


def _type_counts(claims: list[Claim]) -> dict[str, int]:
    """Claims per type, dismissed ones left out (the legend's numbers)."""
    counts: dict[str, int] = {}
    for c in claims:
        if c.status != "dismissed":
            counts[c.type] = counts.get(c.type, 0) + 1
    return counts
