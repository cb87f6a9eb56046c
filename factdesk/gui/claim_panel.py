"""The claim panel: everything about the selected claim, and the checker's work on it.

Every change is stored at once through the window's undo stack (`Undo.edit_claim`
→ `ops.edit_claim`); the rationale is saved when the editor loses focus,
after a short pause in typing, and before another claim is shown, so nothing
typed is ever lost. When another window or process saved a rationale while
this editor held unsaved typing, the typing stays in the editor and the other
text is shown (`TypingConflict`: keep both, keep mine, take theirs); leaving
the claim with that question open keeps both. Sources are added, edited and removed through
`SourceDialog.ask`; a warning appears when a verdict rests on fewer than two
independent sources.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Callable

from PySide6.QtCore import QLocale, QSignalBlocker, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QIcon, QStandardItemModel
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QFormLayout, QFrame, QGroupBox, QHeaderView, QLabel,
                               QLineEdit, QListView, QPlainTextEdit, QScrollArea, QTableView, QToolButton,
                               QVBoxLayout, QWidget)

from factdesk.core import ops, words
from factdesk.core.errors import FactDeskError
from factdesk.core.model import CLAIM_TYPES, QUALIFIERS, STATUSES, Claim, RatingScale, can_transition
from factdesk.gui import refusals
from factdesk.gui.accessible import describe
from factdesk.gui.app import (Ask, get_icon, is_dark, qualifier_label, status_label, tr, type_colour,
                              type_label)
from factdesk.gui.claims_model import swatch
from factdesk.gui.comment_thread import CommentThread
from factdesk.gui.review_banner import ReviewBanner
from factdesk.gui.detail_models import HistoryModel, SourcesModel, independent_sources
from factdesk.gui.source_dialog import SourceDialog
from factdesk.gui.typing_conflict import TypingConflict
from factdesk.gui.worthiness_box import WorthinessBox

if TYPE_CHECKING:
    from factdesk.core.store import Desk

RATIONALE_DELAY_MS = 800
LOOKUP_DELAY_MS = 250  # stepping with J/K: look for earlier checks once the selection rests this long


class RationaleEdit(QPlainTextEdit):
    """A plain-text editor that reports losing focus."""

    focus_lost = Signal()

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        self.focus_lost.emit()


class ClaimPanel(QScrollArea):
    """Details and work of one claim."""

    def __init__(self, desk: Desk, undo: Any, by: Callable[[], str], parent=None):
        super().__init__(parent)
        self.desk, self.undo, self.by = desk, undo, by
        self.claim: Claim | None = None
        self._scale: RatingScale | None = None
        self._language = "en"
        self.setWidgetResizable(True)
        describe(self, tr("Claim details"),
                 tr("The selected claim: its facts, verdict, rationale, sources and history"))
        self.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget(self)
        self.setWidget(body)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(10, 8, 10, 8)

        self.quote = QLabel(body)
        self.quote.setWordWrap(True)
        self.quote.setTextFormat(Qt.TextFormat.RichText)
        self.quote.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        quote_font = self.quote.font()
        quote_font.setPointSizeF(quote_font.pointSizeF() * 1.15)
        self.quote.setFont(quote_font)
        layout.addWidget(self.quote)
        self.review_banner = ReviewBanner(desk, body)  # a returned claim: who, when, what to fix
        layout.addWidget(self.review_banner)

        facts = QGroupBox(tr("Claim"), body)
        form = QFormLayout(facts)
        self.type_combo = QComboBox(facts)
        for claim_type in CLAIM_TYPES:
            self.type_combo.addItem(QIcon(swatch(type_colour(claim_type))), type_label(claim_type), claim_type)
        self.type_combo.activated.connect(self._type_chosen)
        self.value_edit = QLineEdit(facts)
        self.value_edit.setPlaceholderText(tr("no number"))
        self.value_edit.editingFinished.connect(self._value_edited)
        self.unit_edit = QLineEdit(facts)
        self.unit_edit.editingFinished.connect(self._unit_edited)
        self.qualifier_combo = QComboBox(facts)
        self.qualifier_combo.addItem("—", None)
        for q in QUALIFIERS:
            self.qualifier_combo.addItem(qualifier_label(q), q)
        self.qualifier_combo.activated.connect(
            lambda: self._edit(tr("Change qualifier"), qualifier=self.qualifier_combo.currentData()))
        self.speaker_edit = QLineEdit(facts)
        self.speaker_edit.editingFinished.connect(
            lambda: self._text_field("speaker", self.speaker_edit, tr("Change speaker")))
        self.sentence = QLabel(facts)
        self.sentence.setTextFormat(Qt.TextFormat.PlainText)
        self.sentence.setWordWrap(True)
        self.sentence.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.sentence.setStyleSheet("color: palette(placeholder-text);")
        form.addRow(tr("Type"), self.type_combo)
        form.addRow(tr("Value"), self.value_edit)
        form.addRow(tr("Unit"), self.unit_edit)
        form.addRow(tr("Qualifier"), self.qualifier_combo)
        form.addRow(tr("Speaker"), self.speaker_edit)
        form.addRow(tr("Sentence"), self.sentence)
        describe(self.type_combo, tr("Claim type"), tr("What kind of claim this is; choose another type to correct it"))
        describe(self.value_edit, tr("Value"), tr("The claim's number as FactDesk read it; type a corrected number"))
        describe(self.unit_edit, tr("Unit"), tr("What the number counts: percent, people, years, a currency code"))
        describe(self.qualifier_combo, tr("Qualifier"),
                 tr("How the text hedges the number: exact, about, more than, at least, up to"))
        describe(self.speaker_edit, tr("Speaker"), tr("Who said it, for a quote or an attributed figure"))
        self.worthiness = WorthinessBox(facts)
        self.worthiness.setToolTip(tr("How check-worthy the claim's sentence is (0 to 1; 0.5 or more: "
                                      "worth checking), and what raises or lowers it"))
        form.addRow(tr("Check-worthiness"), self.worthiness)
        layout.addWidget(facts)

        work = QGroupBox(tr("Check"), body)
        wform = QFormLayout(work)
        self.status_combo = QComboBox(work)
        for status in STATUSES:
            self.status_combo.addItem(status_label(status), status)
        self.status_combo.activated.connect(self._status_chosen)
        self.verdict_combo = QComboBox(work)
        self.verdict_combo.activated.connect(self._verdict_chosen)
        self.assignee_edit = QLineEdit(work)
        self.assignee_edit.setPlaceholderText(tr("nobody"))
        self.assignee_edit.editingFinished.connect(
            lambda: self._text_field("assignee", self.assignee_edit, tr("Change assignee")))
        self.rationale = RationaleEdit(work)
        self.rationale.setPlaceholderText(tr("Why this verdict? What did the sources say?"))
        self.rationale.setMinimumHeight(80)
        self.rationale.setMaximumHeight(120)
        self._rationale_timer = QTimer(self)
        self._rationale_timer.setSingleShot(True)
        self._rationale_timer.setInterval(RATIONALE_DELAY_MS)
        self._rationale_timer.timeout.connect(self._autosave)
        self._lookup_timer = QTimer(self)
        self._lookup_timer.setSingleShot(True)
        self._lookup_timer.setInterval(LOOKUP_DELAY_MS)
        self._lookup_timer.timeout.connect(self._look_up_earlier_checks)
        self.rationale.textChanged.connect(self._rationale_typed)
        self.rationale.focus_lost.connect(self._autosave)
        # the claim as stored when someone else saved a rationale over this editor's unsaved typing
        self._theirs: Claim | None = None
        self.typing_conflict = TypingConflict(work)
        self.typing_conflict.keep_both.connect(self.keep_both)
        self.typing_conflict.keep_mine.connect(self.keep_mine)
        self.typing_conflict.take_theirs.connect(self.take_theirs)
        self.warning = QLabel(work)
        self.warning.setWordWrap(True)
        self.warning.hide()
        # a calm note when an edit met a newer change from another window or the CLI
        self.notice = QLabel(work)
        self.notice.setWordWrap(True)
        self.notice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)  # copy what was typed
        self.notice.hide()
        if isinstance(getattr(undo, "on_conflict", None), list):
            undo.on_conflict.append(self.edit_conflicted)
        self.locked = QLabel(tr("Approved — locked until a lead reopens it."), work)
        self.locked.setWordWrap(True)
        self.locked.hide()
        describe(self.status_combo, tr("Status"), tr("Where the claim is in the check: new, researching, "
                                                     "ready for review, approved, returned, dismissed"))
        describe(self.verdict_combo, tr("Verdict"), tr("The verdict on the desk's rating scale (keys 1 to 9)"))
        describe(self.assignee_edit, tr("Assignee"), tr("The checker who works on this claim"))
        describe(self.rationale, tr("Rationale"), tr("Why this verdict: what the sources say; saved as you type"))
        wform.addRow(tr("Status"), self.status_combo)
        wform.addRow(tr("Verdict"), self.verdict_combo)
        wform.addRow(self.warning)
        wform.addRow(tr("Assignee"), self.assignee_edit)
        wform.addRow(tr("Rationale"), self.rationale)
        wform.addRow(self.typing_conflict)
        wform.addRow(self.locked)
        wform.addRow(self.notice)
        layout.addWidget(work)

        sources_box = QGroupBox(tr("Sources"), body)
        sl = QVBoxLayout(sources_box)
        self.sources_model = SourcesModel(self)
        self.sources_view = QTableView(sources_box)
        self.sources_view.setModel(self.sources_model)
        self.sources_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.sources_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.sources_view.verticalHeader().hide()
        self.sources_view.setWordWrap(False)
        sh = self.sources_view.horizontalHeader()
        sh.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        fm = self.sources_view.fontMetrics()
        for col, sample in {1: "Destatis", 2: "2024-12-31", 3: "File"}.items():
            sh.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            label = str(self.sources_model.headerData(col, Qt.Orientation.Horizontal) or "")
            sh.resizeSection(col, max(fm.horizontalAdvance(sample), fm.horizontalAdvance(label)) + 20)
        self.sources_view.setMinimumHeight(70)
        self.sources_view.setMaximumHeight(120)
        self.sources_view.doubleClicked.connect(lambda _i: self.edit_source())
        describe(self.sources_view, tr("Sources"), tr("The sources the verdict rests on; double-click one to edit it"))
        from factdesk.gui.flow_layout import FlowLayout
        button_row = QWidget(sources_box)
        buttons = FlowLayout(button_row, margin=0, spacing=6)  # wraps in a narrow panel or long labels
        self.add_source_button = _button(get_icon("add"), tr("Add…"), sources_box)
        self.add_source_button.clicked.connect(self.add_source)
        self.edit_source_button = _button(get_icon("edit"), tr("Edit…"), sources_box)
        self.edit_source_button.clicked.connect(self.edit_source)
        self.remove_source_button = _button(get_icon("remove"), tr("Remove"), sources_box)
        self.remove_source_button.clicked.connect(self.remove_source)
        self.open_source_button = _button(get_icon("open_file"), tr("Open", "a source's file or web page"),
                                              sources_box)
        self.open_source_button.setToolTip(tr("Open the attached file, or the web address"))
        self.add_source_button.setToolTip(tr("Add a source: a web address, a publisher, an excerpt or a file"))
        self.edit_source_button.setToolTip(tr("Edit the selected source"))
        self.remove_source_button.setToolTip(tr("Remove the selected source from this claim"))
        self.open_source_button.clicked.connect(self.open_source)
        for b in (self.add_source_button, self.edit_source_button, self.remove_source_button,
                  self.open_source_button):
            buttons.addWidget(b)
        sl.addWidget(self.sources_view)
        sl.addWidget(button_row)
        layout.addWidget(sources_box)

        from factdesk.gui.checked_before import CheckedBeforeBox
        self.checked_before = CheckedBeforeBox(desk, undo, by, body)
        layout.addWidget(self.checked_before)
        self.comments = CommentThread(desk, undo, by, body)  # checker and lead talk beside the claim
        layout.addWidget(self.comments)

        history_box = QGroupBox(tr("History"), body)
        hl = QVBoxLayout(history_box)
        self.history_model = HistoryModel(self)
        self.history_view = QListView(history_box)
        self.history_view.setModel(self.history_model)
        self.history_view.setMinimumHeight(70)
        self.history_view.setMaximumHeight(140)
        self.history_view.setWordWrap(True)
        describe(self.history_view, tr("History"), tr("Every change to this claim: who changed what, and when"))
        hl.addWidget(self.history_view)
        layout.addWidget(history_box)
        layout.addStretch(1)
        self._editors = [self.type_combo, self.value_edit, self.unit_edit, self.qualifier_combo,
                         self.speaker_edit, self.verdict_combo, self.assignee_edit, self.rationale,
                         self.add_source_button, self.edit_source_button, self.remove_source_button]
        self.show_claim(None)

    # -- showing -------------------------------------------------------------
    def set_scale(self, scale: RatingScale | None, language: str = "en") -> None:
        """Fill the verdict list from the desk's rating scale, each in its colour."""
        self._scale, self._language = scale, language
        with QSignalBlocker(self.verdict_combo):
            self.verdict_combo.clear()
            self.verdict_combo.addItem(tr("— no verdict —"), None)
            for n, verdict in enumerate(scale.verdicts if scale else (), start=1):
                label = verdict.label(language)
                self.verdict_combo.addItem(QIcon(swatch(verdict.colour, 14)), label, verdict.id)
                self.verdict_combo.setItemData(self.verdict_combo.count() - 1,
                                               tr("Shortcut: %1").replace("%1", str(n)), Qt.ItemDataRole.ToolTipRole)

    def show_claim(self, claim: Claim | None, attached: bool = True, defer: bool = False) -> None:
        """Show `claim` as given (with its sources; None: an empty panel); its history is read.

        What hangs on the claim — its comment thread and what was checked
        before — is read too, unless `attached` is False (the claim shown
        already, after an edit of its verdict, status, rationale or assignee,
        which changes neither). With `defer` (stepping through claims with J
        and K) the search for earlier checks waits until the selection has
        stayed for LOOKUP_DELAY_MS, so skimming stays instant.
        Saves a pending rationale of the claim shown before first.
        """
        if self.claim is not None and (claim is None or claim.id != self.claim.id):
            self.save_rationale()
        if claim is None or self.claim is None or claim.id != self.claim.id:
            self.notice.hide()
            self._close_conflict()
        self.claim = claim
        enabled = claim is not None
        for w in self._editors + [self.status_combo, self.open_source_button, self.sources_view]:
            w.setEnabled(enabled)
        if claim is None:
            self.quote.setText("<i>" + tr("Select a claim in the text or in the list.") + "</i>")
            self.sentence.clear()
            self._show_worthiness(None)
            for edit in (self.value_edit, self.unit_edit, self.speaker_edit, self.assignee_edit):
                edit.clear()
            with QSignalBlocker(self.rationale):
                self.rationale.clear()
            self.sources_model.set_sources([])
            self.history_model.set_entries([])
            self._lookup_timer.stop()
            self.checked_before.show_claim(None)
            self.warning.hide()
            self.locked.hide()
            self.review_banner.show_claim(None)
            self.comments.show_claim(None)
            return
        self._fill(claim, attached, defer)

    def refresh(self) -> None:
        """Re-read the shown claim from the desk and update every field."""
        if self.claim is None:
            return
        try:
            claim = self.desk.get_claim(self.claim.id)
        except FactDeskError:
            self.show_claim(None)
            return
        self.claim = claim
        self._fill(claim)

    def _fill(self, claim: Claim, attached: bool = True, defer: bool = False) -> None:
        dark = is_dark(self)  # the header follows the palette, like the reader's highlights
        colour = type_colour(claim.type, dark).name()
        ink = "#E4E6E8" if dark else "#111"
        self.quote.setText(
            f"<span style='background:{colour}; color:{ink}; padding:2px'>&nbsp;{_html(claim.text)}&nbsp;</span>")
        with QSignalBlocker(self.type_combo):
            self.type_combo.setCurrentIndex(max(0, self.type_combo.findData(claim.type)))
        self.value_edit.setText("" if claim.value is None else _number(claim.value))
        self.unit_edit.setText(_unit_text(claim.unit))  # "Jahre", "Prozent" in German: never the raw id
        with QSignalBlocker(self.qualifier_combo):
            self.qualifier_combo.setCurrentIndex(max(0, self.qualifier_combo.findData(claim.qualifier)))
        self.speaker_edit.setText(claim.speaker or "")
        self.sentence.setText(self._sentence(claim))
        self._show_worthiness(claim, defer)
        with QSignalBlocker(self.status_combo):
            self.status_combo.setCurrentIndex(max(0, self.status_combo.findData(claim.status)))
            model = self.status_combo.model()
            assert isinstance(model, QStandardItemModel)  # a combo box's own model
            for row in range(self.status_combo.count()):
                status = self.status_combo.itemData(row)
                item = model.item(row)
                # approve/return happen in the review queue; leaving "approved" is a lead's reopen
                allowed = can_transition(claim.status, status) and status not in ("approved", "returned") \
                    or status == claim.status
                item.setEnabled(bool(allowed))
        with QSignalBlocker(self.verdict_combo):
            self.verdict_combo.setCurrentIndex(max(0, self.verdict_combo.findData(claim.verdict)))
        self.assignee_edit.setText(claim.assignee or "")
        if self._theirs is None and not self.rationale.hasFocus() and not self._rationale_timer.isActive():
            with QSignalBlocker(self.rationale):
                self.rationale.setPlainText(claim.rationale or "")
        self.sources_model.set_sources(claim.sources)
        try:
            self.history_model.set_entries(self.desk.history(claim_id=claim.id, limit=200))
        except FactDeskError:
            self.history_model.set_entries([])
        self._update_warning()
        self.review_banner.show_claim(claim)
        if attached:
            self.comments.show_claim(claim)
            self._lookup_timer.stop()
            if defer:
                self._lookup_timer.start()
            else:
                self._look_up_earlier_checks()
        locked = claim.status == "approved"
        self.locked.setVisible(locked)
        for w in self._editors:
            w.setEnabled(not locked)

    def hold_lookups(self) -> None:
        """Forget a search for earlier checks still waiting (the window is closing)."""
        self._lookup_timer.stop()

    def _look_up_earlier_checks(self) -> None:
        """Show what was checked before for the claim shown (the reasoning in the UI language)."""
        if self.claim is not None:
            self.checked_before.show_claim(self.claim, self._sentence(self.claim), self._language)

    def _sentence(self, claim: Claim) -> str:
        text = getattr(self, "_article_text", None)
        if text and claim.sentence_end > claim.sentence_start:
            return " ".join(text[claim.sentence_start:claim.sentence_end].split())
        return ""

    def set_article_text(self, text: str | None, language: str | None = None,
                         claims: list[Claim] | None = None) -> None:
        """The open article's text, language and claims, for a claim's sentence and why it ranks high."""
        if text != getattr(self, "_article_text", None):
            self._worthiness_key: tuple[Any, ...] | None = None
        self._article_text = text
        self._article_language = language or "en"
        self._article_claims = list(claims or [])

    def _show_worthiness(self, claim: Claim | None, defer: bool = False) -> None:
        """The sentence's score and its reasons; recomputed only when what they depend on changed
        (with `defer`, stepping with J/K: once the selection rests)."""
        text = getattr(self, "_article_text", None) or ""
        key = None if claim is None else (claim.id, claim.type, claim.value, claim.qualifier, claim.score,
                                          claim.sentence_start, claim.sentence_end, len(text))
        if key is not None and key == getattr(self, "_worthiness_key", None):
            return
        self._worthiness_key = key
        if claim is None:
            self.worthiness.show_claim(None)
            return
        s, e = claim.sentence_start, claim.sentence_end
        sentence = text[s:e] if text and e > s else ""
        inside = [c for c in getattr(self, "_article_claims", []) if c.status != "dismissed"
                  and s <= c.start and c.end <= e]
        self.worthiness.show_claim(claim, sentence, getattr(self, "_article_language", "en"), inside, defer=defer)

    def _update_warning(self) -> None:
        claim = self.claim
        n = independent_sources(claim.sources) if claim else 0
        if claim is not None and claim.verdict and n < 2:
            colours = ("#ffd98a", "#4a3a12") if is_dark(self) else ("#7a4a00", "#fff4d6")
            self.warning.setStyleSheet(f"color: {colours[0]}; background: {colours[1]}; "
                                       "border-radius: 4px; padding: 4px 6px;")
            text = tr("This verdict rests on no source yet.") if n == 0 else \
                tr("This verdict rests on one independent source only.")
            self.warning.setText(text + " " + tr("Two or more from different publishers are safer."))
            self.warning.show()
        else:
            self.warning.hide()

    # -- editing -------------------------------------------------------------
    def edit_conflicted(self, exc: FactDeskError) -> None:
        """Another window or process changed the claim: reload it and say so, never overwrite."""
        self.refresh()
        self.notice.setText(refusals.message(exc))
        self.notice.show()

    def _edit(self, text: str, typed: str | None = None, **fields: Any) -> None:
        """Store `fields`; when someone changed the claim meanwhile, reload it and quote what was `typed`."""
        if self.claim is None:
            return
        on_stale = None if typed is None else (lambda exc: self._typed_conflicted(exc, typed))
        self.undo.edit_claim(self.claim, text, on_stale=on_stale, **fields)

    def _typed_conflicted(self, exc: FactDeskError, typed: str) -> None:
        """A typed field met a newer change: the field shows theirs, the note keeps what was typed."""
        self.edit_conflicted(exc)
        if typed.strip():
            self.notice.setText(self.notice.text() + " " + tr("You typed: “%1”.").replace("%1", typed.strip()))

    def _text_field(self, key: str, edit: QLineEdit, text: str) -> None:
        if self.claim is not None:
            value = edit.text().strip() or None
            if value != getattr(self.claim, key):
                self._edit(text, typed=edit.text(), **{key: value})

    def _unit_edited(self) -> None:
        """A unit typed as a word in either language is stored as its id ("Jahre" -> years)."""
        if self.claim is None:
            return
        typed = self.unit_edit.text()
        unit = words.unit_id(typed)
        if unit != self.claim.unit:
            self._edit(tr("Change unit"), typed=typed, unit=unit)
        self.unit_edit.setText(_unit_text(unit))

    def _type_chosen(self, _index: int) -> None:
        self._edit(tr("Change type"), type=self.type_combo.currentData())

    def _value_edited(self) -> None:
        if self.claim is None:
            return
        text = self.value_edit.text().strip()
        if not text:
            value = None
        else:
            value, ok = _locale().toDouble(text)  # "78,4" in German; "78.4" still reads below
            if not ok:
                try:
                    value = float(text.replace(" ", "").replace("\u202f", ""))
                except ValueError:
                    Ask.error(self, tr("Value"), tr("“%1” is not a number.").replace("%1", text))
                    self.value_edit.setText("" if self.claim.value is None else _number(self.claim.value))
                    return
        if value != self.claim.value:
            self._edit(tr("Change value"), typed=text, value=value)

    def _status_chosen(self, _index: int) -> None:
        self.set_status(self.status_combo.currentData())

    def set_status(self, status: str) -> None:
        """Move the claim to `status` (undoable)."""
        self._edit(tr("Set status to %1").replace("%1", status_label(status)), status=status)
        self._show_status()

    def _verdict_chosen(self, _index: int) -> None:
        self.set_verdict(self.verdict_combo.currentData())

    def set_verdict(self, verdict_id: str | None) -> None:
        """Give the claim a verdict (None clears it)."""
        label = verdict_id or tr("no verdict")
        verdict = self._scale.verdict(verdict_id) if self._scale and verdict_id else None
        if verdict is not None:
            label = verdict.label(self._language)
        self._edit(tr("Set verdict %1").replace("%1", label), verdict=verdict_id)
        self._show_status()

    def _show_status(self) -> None:
        """Show the claim's stored status and verdict again (after a refused or unchanged choice)."""
        if self.claim is None:
            return
        with QSignalBlocker(self.status_combo):
            self.status_combo.setCurrentIndex(max(0, self.status_combo.findData(self.claim.status)))
        with QSignalBlocker(self.verdict_combo):
            self.verdict_combo.setCurrentIndex(max(0, self.verdict_combo.findData(self.claim.verdict)))

    def _rationale_typed(self) -> None:
        self._rationale_timer.start()

    def _autosave(self) -> None:
        """A pause in typing or focus-out: save, unless the checker still has to answer a typing conflict."""
        if self._theirs is None:
            self.save_rationale()
        else:
            self._rationale_timer.stop()

    def save_rationale(self) -> None:
        """Store the rationale now if it changed (pause in typing, focus-out, claim switch, close).

        With a typing conflict open (someone else saved meanwhile) this keeps both texts.
        """
        self._rationale_timer.stop()
        if self._theirs is not None:
            self.keep_both()
            return
        self._store_rationale(self.rationale.toPlainText())

    def _store_rationale(self, text: str) -> None:
        if self.claim is None or self.claim.status == "approved":
            return
        value = text if text.strip() else None
        if value != (self.claim.rationale or None):
            result = self.undo.edit_claim(self.claim, tr("Edit rationale"), on_stale=self._typing_conflicted,
                                          rationale=value)
            if result is not None and self.claim is not None and self.claim.id == result.claim.id:
                self.claim.rationale = value

    def _typing_conflicted(self, exc: FactDeskError) -> None:
        """Someone saved this claim since it was loaded: keep the typing, show theirs (or only reload)."""
        if self.claim is None:
            return
        try:
            fresh = self.desk.get_claim(self.claim.id)
        except FactDeskError:
            fresh = None
        mine = self.rationale.toPlainText()
        if fresh is None or (fresh.rationale or "").strip() == mine.strip():
            self.edit_conflicted(exc)  # nothing typed is at stake (or the claim is gone): reload and say so
            return
        if fresh.status == "approved":  # approved meanwhile: no rationale can change, so the typing becomes a comment
            claim_id = fresh.id
            self.undo.run(tr("Write comment"), lambda: ops.add_comment(self.desk, claim_id, self.by(), mine))
            self.edit_conflicted(exc)
            self.notice.setText(self.notice.text() + " " + tr("Your rationale was kept as a comment."))
            return
        if "rationale" not in (exc.details.get("fields") or []):
            self.edit_conflicted(exc)
            return
        self._theirs = fresh
        self.claim = fresh
        self._fill(fresh)  # every other field shows theirs; the editor keeps the typing
        self.typing_conflict.show_theirs(exc.details.get("who"), exc.details.get("when"), fresh.rationale)

    def _close_conflict(self) -> None:
        self._theirs = None
        self.typing_conflict.hide()

    def _replace_rationale(self, text: str) -> None:
        """Put `text` in the editor as one edit of its own, so Ctrl+Z there brings the old text back."""
        cursor = self.rationale.textCursor()
        cursor.beginEditBlock()
        cursor.select(cursor.SelectionType.Document)
        cursor.insertText(text)
        cursor.endEditBlock()
        self._rationale_timer.stop()

    def keep_both(self) -> None:
        """Their rationale first, then the typed one, in the editor and saved."""
        theirs = (self._theirs.rationale or "").strip() if self._theirs is not None else ""
        mine = self.rationale.toPlainText()
        self._close_conflict()
        if theirs and theirs not in mine:
            self._replace_rationale(theirs + "\n\n" + mine.strip())
        self._store_rationale(self.rationale.toPlainText())

    def keep_mine(self) -> None:
        """Save the typed rationale over theirs (theirs stays in the claim's history)."""
        self._close_conflict()
        self._store_rationale(self.rationale.toPlainText())

    def take_theirs(self) -> None:
        """Show their rationale in the editor; the typed text is one Ctrl+Z away there, and not saved."""
        theirs = self._theirs.rationale if self._theirs is not None else None
        self._close_conflict()
        self._replace_rationale(theirs or "")

    # -- sources -------------------------------------------------------------
    def _selected_source(self):
        rows = self.sources_view.selectionModel().selectedRows()
        return self.sources_model.source(rows[0].row()) if rows else self.sources_model.source(0)

    def add_source(self) -> None:
        """Ask for a source and attach it to the claim."""
        if self.claim is None:
            return
        fields = SourceDialog.ask(self, None)
        if not fields:
            return
        claim_id = self.claim.id
        self.undo.run(tr("Add source"), lambda: ops.add_source(self.desk, claim_id, self.by(), **fields))

    def edit_source(self) -> None:
        """Edit the selected source."""
        source = self._selected_source()
        if source is None or self.claim is None:
            return
        fields = SourceDialog.ask(self, source)
        if not fields:
            return
        self.undo.run(tr("Edit source"), lambda: ops.update_source(self.desk, source.id, self.by(), **fields))

    def remove_source(self) -> None:
        """Remove the selected source after asking."""
        source = self._selected_source()
        if source is None:
            return
        if not Ask.confirm(self, tr("Remove source"),
                           tr("Remove “%1” from this claim?").replace("%1", source.title or source.url or "")):
            return
        self.undo.run(tr("Remove source"), lambda: ops.remove_source(self.desk, source.id, self.by()))

    def open_source(self) -> None:
        """Open the selected source's attached file, else its web address."""
        source = self._selected_source()
        if source is None:
            return
        if source.file_name:
            try:
                path = self.desk.source_file(source.id)
            except FactDeskError as exc:
                Ask.error(self, tr("Open source"), refusals.message(exc))
                return
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        elif source.url:
            QDesktopServices.openUrl(QUrl(source.url))


def _button(icon: QIcon, text: str, parent: QWidget) -> QToolButton:
    """A compact button with icon and text (push buttons have a wide minimum in most styles)."""
    button = QToolButton(parent)
    button.setIcon(icon)
    button.setText(text)
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    return button


def _unit_text(unit: str | None) -> str:
    """A unit id as the word the UI language uses (plural form); currency codes and symbols as they are."""
    from factdesk.gui.app import ui_language
    return words.unit_label(unit, 2, ui_language()) if unit else ""


def _html(text: str) -> str:
    return " ".join(text.split()).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _locale() -> QLocale:
    """The UI language's number format (not the system's), without thousands separators in the field."""
    from factdesk.gui.app import ui_language
    locale = QLocale(ui_language())
    locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
    return locale


def _number(value: float) -> str:
    """A claim's value as the value field shows it: 78,4 in German, 78.4 in English."""
    if float(value).is_integer() and abs(value) < 1e15:
        return _locale().toString(int(value))
    return _locale().toString(float(value), "g", 12)
