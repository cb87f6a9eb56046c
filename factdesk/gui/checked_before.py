"""'Checked before?' in the claim panel: earlier fact-checks, the same claim elsewhere, the sources' figures.

`CheckedBeforeBox` shows for the selected claim:
- the best earlier fact-checks (the desk's collection and its own approved
  verdicts): rating in the colour of the desk verdict it reads as, who, when,
  the link; "Use this verdict as a starting point" sets that verdict and
  attaches the check as a source (one undo step);
- the other occurrences of the claim (its cluster) with "Apply verdict to all"
  and "Take out of cluster";
- each source's figures beside the claim's value, with the suggested band and
  its reasoning (computed off the GUI thread; never set).
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING, Any, Callable

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, QUrl
from PySide6.QtGui import QColor, QDesktopServices, QIcon
from PySide6.QtWidgets import (QAbstractItemView, QGroupBox, QHeaderView, QLabel, QTableView, QVBoxLayout,
                               QWidget)

from factdesk.core import ops
from factdesk.core.errors import FactDeskError
from factdesk.core.matching import clusters, ratings
from factdesk.core.matching.match import Match, match_claim
from factdesk.core.model import Claim, RatingScale
from factdesk.core.ops import checks as check_ops
from factdesk.core.ops import clusters as cluster_ops
from factdesk.gui import refusals
from factdesk.gui.accessible import describe
from factdesk.gui.app import get_icon, tr
from factdesk.gui.claims_model import swatch
from factdesk.gui.flow_layout import FlowLayout

if TYPE_CHECKING:
    from factdesk.core.store import Desk

SHOWN = 5
NO_RATING_COLOUR = "#757575"


class MatchesModel(QAbstractTableModel):
    """Earlier fact-checks found for a claim: the rating (in its desk colour), and the claim with who and when.

    Two columns so that the list stays readable in a narrow claim panel.
    """

    HEADERS = ("Rating", "Fact-check")

    def __init__(self, parent=None):
        super().__init__(parent)
        self.matches: list[Match] = []
        self.scale: RatingScale | None = None
        self.language = "en"

    def set_matches(self, matches: list[Match], scale: RatingScale | None, language: str) -> None:
        """Show these matches, colours read on `scale`."""
        self.beginResetModel()
        self.matches, self.scale, self.language = list(matches), scale, language
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self.matches)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802 - Qt API
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return tr(self.HEADERS[section])
        return None

    def colour(self, row: int) -> str:
        """The colour of the desk verdict a match's rating reads as (grey when it cannot be told)."""
        c = self.matches[row].check
        verdict = ratings.desk_verdict(self.scale, c["rating"], c["rating_value"], c["best_rating"],
                                       c["worst_rating"]) if self.scale else None
        return verdict.colour if verdict else NO_RATING_COLOUR

    def who_when(self, row: int) -> str:
        """Who published the check, and when ("Example Check · 2020-11-02")."""
        c = self.matches[row].check
        return " · ".join(p for p in (c["author"] or c["source"], c["published"]) if p)

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        c = self.matches[index.row()].check
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return c["rating"] or "—"
            if col == 1:
                return f"{c['claim']}\n{self.who_when(index.row())}"
        if role == Qt.ItemDataRole.DecorationRole and col == 0:
            return QIcon(swatch(self.colour(index.row()), 12))
        if role == Qt.ItemDataRole.ToolTipRole:
            # The place in the list, not the score: the re-ranker's score is relative to the other
            # candidates, so a second right answer can score 0.002 and "0.00" would read as "no match".
            place = tr("Match %1 of %2").replace("%1", str(index.row() + 1)).replace("%2", str(len(self.matches)))
            return "\n".join(p for p in (c["claim"], c["url"] or "", place,
                                         tr("From: %1").replace("%1", c["source"])) if p)
        return None


class CheckedBeforeBox(QGroupBox):
    """Earlier fact-checks, the claim's other occurrences and its sources' figures."""

    def __init__(self, desk: Desk, undo: Any, by: Callable[[], str], parent=None):
        super().__init__(tr("Checked before"), parent)
        self.desk, self.undo, self.by = desk, undo, by
        self.claim: Claim | None = None
        self.language = "en"
        self._generation = 0
        layout = QVBoxLayout(self)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.model = MatchesModel(self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().hide()
        self.view.setWordWrap(True)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(0, 100)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.setMinimumHeight(70)
        self.view.setMaximumHeight(170)
        self.view.doubleClicked.connect(lambda _i: self.open_link())
        describe(self.view, tr("Earlier fact-checks"),
                 tr("Fact-checks of this claim or one like it, best first; double-click to open the link"))
        layout.addWidget(self.view)
        row = QWidget(self)
        buttons = FlowLayout(row, margin=0, spacing=6)
        self.use_button = _button(get_icon("verdict"), tr("Use this verdict as a starting point"), row)
        self.use_button.setToolTip(tr("Set the verdict this rating reads as and attach the fact-check as a source"))
        self.use_button.clicked.connect(self.use_selected)
        self.open_button = _button(get_icon("link"), tr("Open link"), row)
        self.open_button.clicked.connect(self.open_link)
        buttons.addWidget(self.use_button)
        buttons.addWidget(self.open_button)
        layout.addWidget(row)

        self.cluster_label = QLabel(self)
        self.cluster_label.setWordWrap(True)
        self.cluster_label.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.cluster_label)
        crow = QWidget(self)
        cbuttons = FlowLayout(crow, margin=0, spacing=6)
        self.apply_button = _button(get_icon("approve"), tr("Apply verdict to all occurrences"), crow)
        self.apply_button.setToolTip(tr("Copy this claim's verdict, rationale and sources to the same claim "
                                        "in the other articles"))
        self.apply_button.clicked.connect(self.apply_to_cluster)
        self.split_button = _button(get_icon("remove"), tr("Take out of cluster"), crow)
        self.split_button.setToolTip(tr("This is not the same claim: check it on its own"))
        self.split_button.clicked.connect(self.split)
        cbuttons.addWidget(self.apply_button)
        cbuttons.addWidget(self.split_button)
        layout.addWidget(crow)
        self.cluster_row = crow

        self.compare_label = QLabel(self)
        self.compare_label.setWordWrap(True)
        self.compare_label.setTextFormat(Qt.TextFormat.RichText)
        self.compare_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        describe(self.compare_label, tr("Source figures"),
                 tr("The figures in the claim's sources beside the claim's value, and a suggested verdict"))
        layout.addWidget(self.compare_label)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.show_claim(None)

    # -- showing -------------------------------------------------------------
    def show_claim(self, claim: Claim | None, sentence: str = "", language: str = "en") -> None:
        """Find and show what was checked before for `claim` (None: clear)."""
        self.claim, self.language = claim, language
        self._generation += 1
        if claim is None:
            self.model.set_matches([], None, language)
            self.summary.setText(tr("Select a claim to see whether it was checked before."))
            self.cluster_label.hide()
            self.cluster_row.hide()
            self.compare_label.hide()
            self._update_buttons()
            return
        try:
            found = match_claim(self.desk, claim.id, SHOWN)
            scale = self.desk.rating_scale()
        except FactDeskError:
            found, scale = [], None
        self.model.set_matches(found, scale, language)
        self.summary.setText(tr("No earlier fact-check found.") if not found else
                             tr("Earlier fact-checks of this claim or one like it, best first:"))
        if found:
            self.view.selectRow(0)
        self._show_cluster(claim)
        self._show_comparison(claim)
        self._update_buttons()

    def _show_cluster(self, claim: Claim) -> None:
        members = [m for m in clusters.occurrences(self.desk, claim.id) if m["id"] != claim.id]
        if not members:
            self.cluster_label.hide()
            self.cluster_row.hide()
            return
        lines = [html.escape(tr("The same claim in another article:") if len(members) == 1 else
                             tr("The same claim in %1 other articles:").replace("%1", str(len(members))))]
        for m in members[:6]:
            verdict = f" — {html.escape(m['verdict'])}" if m["verdict"] else ""
            lines.append(f"• {html.escape(m['article_title'] or tr('(untitled)'))}: "
                         f"<i>{html.escape(m['text'])}</i>{verdict}")
        self.cluster_label.setText("<br>".join(lines))
        self.cluster_label.show()
        self.cluster_row.show()

    def _show_comparison(self, claim: Claim) -> None:
        self.compare_label.hide()
        if claim.value is None or not claim.sources:
            return
        from factdesk.core.matching.source_check import compare_claim_sources
        from factdesk.gui.workers import run_op

        generation, desk, lang = self._generation, self.desk, self.language
        run_op(self, lambda: compare_claim_sources(desk, claim.id, lang),
               lambda found: self._comparison_done(generation, found), on_error=lambda _exc: None)

    def _comparison_done(self, generation: int, found: list[Any]) -> None:
        if generation != self._generation:
            return  # another claim was chosen meanwhile
        parts = []
        for item in found:
            name = item.source.title or item.source.publisher or item.source.url or tr("Source")
            colour = item.suggestion.verdict.colour if item.suggestion.verdict else NO_RATING_COLOUR
            parts.append(f"<b>{html.escape(name)}</b> "
                         f"<span style='color:{QColor(colour).name()}'>■</span> "
                         f"{html.escape(item.suggestion.reasoning)}")
        if parts:
            heading = tr("Source vs claim")  # outside the f-string, where lupdate finds it
            only = tr("A suggestion only; the verdict is yours.")
            self.compare_label.setText(f"<b>{html.escape(heading)}</b><br>" + "<br>".join(parts)
                                       + f"<br><i>{html.escape(only)}</i>")
            self.compare_label.show()

    def _selected(self) -> Match | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.matches[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        chosen = self._selected()
        locked = self.claim is None or self.claim.status == "approved"
        self.use_button.setEnabled(chosen is not None and not locked)
        self.open_button.setEnabled(chosen is not None and bool(chosen.check["url"]))
        self.apply_button.setEnabled(self.claim is not None and self.claim.verdict is not None)
        self.split_button.setEnabled(self.claim is not None)

    # -- actions -------------------------------------------------------------
    def use_selected(self) -> None:
        """Set the selected check's rating as the verdict and attach it as a source (one undo step)."""
        chosen = self._selected()
        if chosen is None or self.claim is None:
            return
        claim_id, check_id = self.claim.id, chosen.check["id"]
        try:
            plan = check_ops.plan_prior_verdict(self.desk, claim_id, check_id)
        except FactDeskError as exc:
            self.summary.setText(refusals.refusal(exc) or refusals.message(exc))
            return
        stack = self.undo.stack()  # the user's own undo stack: both steps undo together
        stack.beginMacro(tr("Use earlier verdict"))
        try:
            if plan.verdict:
                self.undo.run(tr("Set verdict"), lambda: ops.edit_claim(self.desk, claim_id, self.by(),
                                                                        verdict=plan.verdict))
            self.undo.run(tr("Add source"), lambda: ops.add_source(self.desk, claim_id, self.by(), **plan.source))
        finally:
            stack.endMacro()

    def open_link(self) -> None:
        """Open the selected check's web page."""
        chosen = self._selected()
        if chosen is not None and chosen.check["url"]:
            QDesktopServices.openUrl(QUrl(chosen.check["url"]))

    def apply_to_cluster(self) -> None:
        """Copy this claim's verdict, rationale and sources to its other occurrences."""
        if self.claim is None:
            return
        claim_id = self.claim.id
        outcome = self.undo.run(tr("Apply verdict to all occurrences"),
                                lambda: cluster_ops.apply_cluster_verdict(self.desk, claim_id, self.by()))
        if outcome is not None and outcome.skipped:
            self.cluster_label.setText(self.cluster_label.text() + "<br><i>" + html.escape(
                tr("%1 left as they were (approved and locked, or not allowed now).")
                .replace("%1", str(len(outcome.skipped)))) + "</i>")

    def split(self) -> None:
        """Take this claim out of its cluster."""
        if self.claim is None:
            return
        claim_id = self.claim.id
        self.undo.run(tr("Take out of cluster"),
                      lambda: cluster_ops.split_from_cluster(self.desk, claim_id, self.by()))
        if self.claim is not None and self.claim.id == claim_id:
            self._show_cluster(self.claim)


def _button(icon, text: str, parent) -> Any:
    from PySide6.QtWidgets import QToolButton

    b = QToolButton(parent)
    b.setIcon(icon)
    b.setText(text)
    b.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    describe(b, text, b.toolTip() or text)
    return b
