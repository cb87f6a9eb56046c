"""The reader: the article's text with every claim highlighted by type.

`ReaderView` draws claims as ExtraSelections (a background colour per type;
the selected claim gets a stronger colour and an underline), shows a tooltip
with type, normalized value and qualifier on hover, selects a claim when its
highlight is clicked, and offers "Mark as claim" / "Dismiss claim" /
"Change type" in its context menu. `TypeLegend` names the colours and doubles
as a type filter. `ReaderPane` puts a header, the legend and the view together;
its "Dim sentences below" control greys out the sentences whose check-worthiness
(`core.detect.worthiness.sentence_scores`, computed off the GUI thread) is
below the threshold the user chose (kept in the settings).

Claim offsets are Python string indices (code points); Qt counts UTF-16 code
units, so offsets are converted when the text holds characters outside the BMP.
"""

from __future__ import annotations

import bisect
from itertools import accumulate
from typing import cast

from PySide6.QtCore import QEvent, QPoint, QRectF, Qt, Signal
from PySide6.QtGui import (QAction, QColor, QFont, QHelpEvent, QIcon, QPainter, QPen, QTextBlockFormat,
                           QTextCharFormat, QTextCursor, QTextLine)
from PySide6.QtWidgets import (QCheckBox, QDoubleSpinBox, QHBoxLayout, QLabel, QMenu, QSizePolicy, QTextEdit,
                               QToolButton, QToolTip, QVBoxLayout, QWidget)

from factdesk.core.model import CLAIM_TYPES, Article, Claim
from factdesk.gui.accessible import describe
from factdesk.gui.app import format_value, is_dark, status_label, tr, type_colour, type_label
from factdesk.gui.claims_model import swatch

LINE_HEIGHT_PERCENT = 145



def _x_at(line: QTextLine, position: int) -> float:
    """The x of a cursor at `position` in `line` (PySide6 returns C++'s (x, position) pair; its stub says object)."""
    x, _ = cast(tuple[float, int], line.cursorToX(position))
    return x

class Utf16Map:
    """Converts between Python string offsets and Qt's UTF-16 positions."""

    def __init__(self, text: str):
        self._cum: list[int] | None = None
        if not text.isascii() and len(text.encode("utf-16-le")) != 2 * len(text):
            self._cum = [0, *accumulate(2 if ord(ch) > 0xFFFF else 1 for ch in text)]

    def to_qt(self, index: int) -> int:
        """Python index -> UTF-16 position."""
        if self._cum is None:
            return index
        return self._cum[max(0, min(index, len(self._cum) - 1))]

    def to_py(self, pos: int) -> int:
        """UTF-16 position -> Python index."""
        if self._cum is None:
            return pos
        return bisect.bisect_right(self._cum, pos) - 1


def display_text(text: str) -> str:
    """The text as the reader shows it, with the same length (carriage returns become spaces)."""
    return text.replace("\r", " ").replace("\x00", " ")


class ReaderView(QTextEdit):
    """A read-only view of one article with its claims highlighted."""

    claim_clicked = Signal(str)
    mark_requested = Signal(int, int, str)  # start, end (Python offsets), type
    dismiss_requested = Signal(str)
    type_change_requested = Signal(str, str)  # claim id, new type

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setReadOnly(True)
        self.setUndoRedoEnabled(False)
        describe(self, tr("Article text"), tr("The article with its claims highlighted by type; click a "
                                              "highlight to select the claim, select text to mark a claim"))
        self.setMouseTracking(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                     | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.document().setDocumentMargin(18)
        font = QFont(self.font())
        font.setPointSizeF(max(font.pointSizeF(), 10.0) * 1.15)
        self.document().setDefaultFont(font)
        self._article: Article | None = None
        self._claims: list[Claim] = []
        self._spans: list[tuple[int, int, Claim]] = []  # UTF-16 spans, sorted by start
        self._starts: list[int] = []
        self._map = Utf16Map("")
        self._hidden: frozenset[str] = frozenset()
        self._selected: str | None = None
        self._sentences: list = []  # worthiness.SentenceScore of the open article
        self._dim_below: float | None = None

    # -- content -------------------------------------------------------------
    def set_article(self, article: Article | None, claims: list[Claim], selected: str | None = None) -> None:
        """Show `article` with `claims` highlighted and `selected` framed (None clears the view)."""
        self._article = article
        text = display_text(article.text) if article else ""
        self._map = Utf16Map(text)
        doc = self.document()
        doc.clear()
        if text:
            # blocks inherit the first block's format: one insert instead of a format pass
            cursor = QTextCursor(doc)
            block = QTextBlockFormat()
            block.setLineHeight(LINE_HEIGHT_PERCENT, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
            block.setBottomMargin(8)
            cursor.setBlockFormat(block)
            cursor.insertText(text)
        self._selected = selected
        self._sentences = []
        self.set_claims(claims)
        self.moveCursor(QTextCursor.MoveOperation.Start)

    def set_sentence_scores(self, scores: list) -> None:
        """The check-worthiness of each sentence (SentenceScore: start, end, score) of the open article."""
        self._sentences = list(scores)
        self._refresh()

    def set_dim_threshold(self, threshold: float | None) -> None:
        """Dim the sentences scoring below `threshold` (None: dim nothing)."""
        if threshold != self._dim_below:
            self._dim_below = threshold
            self._refresh()

    def dimmed_spans(self) -> list[tuple[int, int]]:
        """The (start, end) Python offsets of the sentences shown dimmed."""
        if self._dim_below is None:
            return []
        return [(s.start, s.end) for s in self._sentences if s.score < self._dim_below]

    def set_claims(self, claims: list[Claim]) -> None:
        """Re-highlight with a new list of claims (after an edit)."""
        self._claims = list(claims)
        spans = [(self._map.to_qt(c.start), self._map.to_qt(c.end), c) for c in claims if c.end > c.start]
        spans.sort(key=lambda s: (s[0], s[1]))
        self._spans = spans
        self._starts = [s[0] for s in spans]
        self._refresh()

    def set_hidden_types(self, types: set[str] | frozenset[str]) -> None:
        """Do not highlight claims of these types."""
        if frozenset(types) != self._hidden:
            self._hidden = frozenset(types)
            self._refresh()

    def select_claim(self, claim_id: str | None, scroll: bool = True) -> None:
        """Make `claim_id` stand out and scroll it into view."""
        if claim_id != self._selected:
            self._selected = claim_id
            self._refresh()
        if scroll and claim_id:
            span = next((s for s in self._spans if s[2].id == claim_id), None)
            if span is not None:
                cursor = QTextCursor(self.document())
                cursor.setPosition(min(span[1], self.document().characterCount() - 1))
                self.setTextCursor(cursor)
                self.scroll_into_view(span[0], span[1])

    def scroll_into_view(self, start: int, end: int) -> None:
        """Show the whole span with room around it: a claim near an edge (or off screen) is centred,
        never left clipped at the bottom or top edge (J / K)."""
        last = self.document().characterCount() - 1
        first, final = QTextCursor(self.document()), QTextCursor(self.document())
        first.setPosition(min(start, last))
        final.setPosition(min(end, last))
        top, bottom = self.cursorRect(first).top(), self.cursorRect(final).bottom()
        margin = 2 * self.fontMetrics().lineSpacing()
        height = self.viewport().height()
        if top < margin or bottom > height - margin:
            bar = self.verticalScrollBar()
            bar.setValue(bar.value() + (top + bottom) // 2 - height // 2)

    def highlight_formats(self) -> list[tuple[int, int, QTextCharFormat]]:
        """(start, end, format) of each claim highlight as Qt positions (for tests; dimming not included)."""
        return [(s.cursor.selectionStart(), s.cursor.selectionEnd(), QTextCharFormat(s.format))
                for s in self.extraSelections() if s.format.property(QTextCharFormat.Property.UserProperty)]

    def _refresh(self) -> None:
        dark = is_dark(self)
        limit = max(0, self.document().characterCount() - 1)
        selections = self._dim_selections(dark, limit)  # first: claim highlights draw over them
        chosen = None
        for start, end, claim in self._spans:
            if claim.type in self._hidden and claim.id != self._selected:
                continue
            sel = QTextEdit.ExtraSelection()
            cursor = QTextCursor(self.document())
            cursor.setPosition(min(start, limit))
            cursor.setPosition(min(end, limit), QTextCursor.MoveMode.KeepAnchor)
            sel.cursor = cursor
            fmt = QTextCharFormat()
            colour = type_colour(claim.type, dark)
            if claim.status == "dismissed" or claim.shelf:  # shown only with "Show dismissed claims"
                fmt.setFontStrikeOut(True)
                fmt.setForeground(QColor("#8a8a8a"))
            elif claim.id == self._selected:
                # the selected claim keeps its type colour and gets a frame (drawn in paintEvent)
                # plus an underline, so it stands out without looking like another type
                fmt.setBackground(colour)
                fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
                fmt.setUnderlineColor(self._frame_colour())
                fmt.setFontUnderline(True)
            else:
                fmt.setBackground(colour)
            fmt.setProperty(QTextCharFormat.Property.UserProperty, claim.id)
            sel.format = fmt
            if claim.id == self._selected:
                chosen = sel
            else:
                selections.append(sel)
        if chosen is not None:
            selections.append(chosen)  # drawn last: on top of overlapping highlights
        self.setExtraSelections(selections)

    def _dim_selections(self, dark: bool, limit: int) -> list[QTextEdit.ExtraSelection]:
        ink = QColor("#6f7378") if dark else QColor("#a4a8ad")
        out = []
        for start, end in self.dimmed_spans():
            sel = QTextEdit.ExtraSelection()
            cursor = QTextCursor(self.document())
            cursor.setPosition(min(self._map.to_qt(start), limit))
            cursor.setPosition(min(self._map.to_qt(end), limit), QTextCursor.MoveMode.KeepAnchor)
            sel.cursor = cursor
            fmt = QTextCharFormat()
            fmt.setForeground(ink)
            sel.format = fmt
            out.append(sel)
        return out

    def _frame_colour(self) -> QColor:
        return QColor("#f0f0f0") if is_dark(self) else QColor("#1f1f1f")

    def _span_rects(self, start: int, end: int) -> list[QRectF]:
        """Document rectangles covering Qt positions start..end, one per line."""
        doc = self.document()
        layout = doc.documentLayout()
        rects: list[QRectF] = []
        block = doc.findBlock(start)
        while block.isValid() and block.position() < end:
            text_layout = block.layout()
            origin = layout.blockBoundingRect(block).topLeft()
            for i in range(text_layout.lineCount()):
                line = text_layout.lineAt(i)
                line_start = block.position() + line.textStart()
                s, e = max(start, line_start), min(end, line_start + line.textLength())
                if s >= e:
                    continue
                x1, x2 = _x_at(line, s - block.position()), _x_at(line, e - block.position())
                rects.append(QRectF(x1, line.y(), x2 - x1, line.height()).translated(origin))
            block = block.next()
        return rects

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        span = next((s for s in self._spans if s[2].id == self._selected), None) if self._selected else None
        if span is None:
            return
        painter = QPainter(self.viewport())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.translate(-self.horizontalScrollBar().value(), -self.verticalScrollBar().value())
        painter.setPen(QPen(self._frame_colour(), 1.6))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for rect in self._span_rects(span[0], span[1]):
            painter.drawRoundedRect(rect.adjusted(-2, -1, 2, 1), 3, 3)
        painter.end()

    # -- lookups -------------------------------------------------------------
    def claim_at(self, pos: int) -> Claim | None:
        """The innermost visible claim covering Qt position `pos`."""
        best = None
        hi = bisect.bisect_right(self._starts, pos)
        for start, end, claim in self._spans[max(0, hi - 50):hi]:
            if start <= pos < end and (claim.type not in self._hidden):
                if best is None or (end - start) < (best[1] - best[0]):
                    best = (start, end, claim)
        return best[2] if best else None

    def claim_at_point(self, point: QPoint) -> Claim | None:
        """The claim under a viewport point."""
        cursor = self.cursorForPosition(point)
        rect = self.cursorRect(cursor)
        if abs(rect.center().y() - point.y()) > rect.height():
            return None  # below the last line
        pos = cursor.position()
        claim = self.claim_at(pos)
        if claim is None and pos > 0:
            claim = self.claim_at(pos - 1)
            if claim is not None and point.x() > rect.right() + 4:
                claim = None
        return claim

    @staticmethod
    def tooltip(claim: Claim) -> str:
        """Type, normalized value, qualifier (and speaker/status) of a claim, as rich text."""
        rows = [f"<b>{type_label(claim.type)}</b>"]
        value = format_value(claim.value, claim.unit, None)
        if value:
            rows.append(tr("Value") + f": {value}")
        if claim.qualifier:
            rows.append(tr("Qualifier") + f": {claim.qualifier.replace('_', ' ')}")
        if claim.speaker:
            rows.append(tr("Speaker") + f": {_escape(claim.speaker)}")
        rows.append(tr("Status") + f": {status_label(claim.status)}")
        return "<br>".join(rows)

    # -- events --------------------------------------------------------------
    def viewportEvent(self, event: QEvent) -> bool:
        if isinstance(event, QHelpEvent) and event.type() == QEvent.Type.ToolTip:
            claim = self.claim_at_point(event.pos())
            if claim is not None:
                QToolTip.showText(event.globalPos(), self.tooltip(claim), self.viewport())
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(event)

    def mouseMoveEvent(self, event) -> None:
        super().mouseMoveEvent(event)
        over = self.claim_at_point(event.position().toPoint()) is not None
        self.viewport().setCursor(Qt.CursorShape.PointingHandCursor if over else Qt.CursorShape.IBeamCursor)

    def mouseReleaseEvent(self, event) -> None:
        super().mouseReleaseEvent(event)
        if event.button() == Qt.MouseButton.LeftButton and not self.textCursor().hasSelection():
            claim = self.claim_at_point(event.position().toPoint())
            if claim is not None:
                self.claim_clicked.emit(claim.id)

    def selection_span(self) -> tuple[int, int] | None:
        """The selected text as Python offsets (start, end), trimmed of spaces; None if empty."""
        cursor = self.textCursor()
        if not cursor.hasSelection() or self._article is None:
            return None
        start, end = self._map.to_py(cursor.selectionStart()), self._map.to_py(cursor.selectionEnd())
        text = self._article.text
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        return (start, end) if end > start else None

    def contextMenuEvent(self, event) -> None:
        menu = self.build_context_menu(event.pos())
        menu.exec(event.globalPos())
        menu.deleteLater()

    def build_context_menu(self, point: QPoint) -> QMenu:
        """The context menu at a viewport point: copy, mark as claim, dismiss, change type."""
        menu = self.createStandardContextMenu(self.viewport().mapTo(self, point))
        span = self.selection_span()
        if span is not None:
            menu.addSeparator()
            mark = menu.addMenu(tr("Mark as claim"))
            for claim_type in CLAIM_TYPES:
                action = mark.addAction(QIcon(swatch(type_colour(claim_type))), type_label(claim_type))
                action.triggered.connect(lambda _=False, t=claim_type, s=span: self.mark_requested.emit(s[0], s[1], t))
        claim = self.claim_at_point(point)
        if claim is not None and span is None:
            menu.addSeparator()
            change = menu.addMenu(tr("Change type"))
            for claim_type in CLAIM_TYPES:
                action = change.addAction(QIcon(swatch(type_colour(claim_type))), type_label(claim_type))
                action.setCheckable(True)
                action.setChecked(claim_type == claim.type)
                action.triggered.connect(lambda _=False, t=claim_type, cid=claim.id:
                                         self.type_change_requested.emit(cid, t))
            dismiss = QAction(tr("Dismiss claim"), menu)
            dismiss.triggered.connect(lambda _=False, cid=claim.id: self.dismiss_requested.emit(cid))
            menu.addAction(dismiss)
        return menu


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class TypeLegend(QWidget):
    """One checkable chip per claim type present: names the colours, and unchecking hides a type."""

    hidden_types_changed = Signal(object)  # frozenset[str]

    def __init__(self, parent=None):
        super().__init__(parent)
        from factdesk.gui.flow_layout import FlowLayout
        self._layout = FlowLayout(self, margin=0, spacing=4)
        self._buttons: dict[str, QToolButton] = {}
        self._hidden: set[str] = set()
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)

    def set_counts(self, counts: dict[str, int]) -> None:
        """Show a chip for each type with its number of claims, in the contract's order."""
        for button in self._buttons.values():
            self._layout.removeWidget(button)
            button.deleteLater()
        self._buttons.clear()
        dark = is_dark(self)
        for claim_type in CLAIM_TYPES:
            n = counts.get(claim_type, 0)
            if not n:
                continue
            button = QToolButton(self)
            button.setCheckable(True)
            button.setChecked(claim_type not in self._hidden)
            button.setAutoRaise(True)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            button.setIcon(QIcon(swatch(type_colour(claim_type, dark), 14)))
            button.setText(f"{type_label(claim_type)} {n}")
            button.setToolTip(tr("Show or hide claims of this type"))
            button.setProperty("claim_type", claim_type)
            button.toggled.connect(lambda on, t=claim_type: self._toggle(t, on))
            self._layout.addWidget(button)
            self._buttons[claim_type] = button
        self.updateGeometry()

    def button(self, claim_type: str) -> QToolButton | None:
        """The chip of a type (for tests)."""
        return self._buttons.get(claim_type)

    def hidden_types(self) -> frozenset[str]:
        """The types switched off."""
        return frozenset(self._hidden)

    def _toggle(self, claim_type: str, on: bool) -> None:
        (self._hidden.discard if on else self._hidden.add)(claim_type)
        self.hidden_types_changed.emit(frozenset(self._hidden))


class DimControl(QWidget):
    """"Dim sentences below [0.50]": a check box and a threshold, remembered in the settings."""

    changed = Signal(object)  # the threshold, or None when dimming is off

    def __init__(self, settings=None, parent=None):
        super().__init__(parent)
        self.settings = settings
        on, threshold = settings.reader_dim() if settings is not None else (False, 0.5)
        self.check = QCheckBox(tr("Dim sentences scoring below"), self)
        describe(self.check, tr("Dim sentences scoring below"),
                 tr("Grey out the sentences that are less likely worth checking "
                    "(check-worthiness below the threshold)"))
        self.check.setToolTip(self.check.accessibleDescription())
        self.check.setChecked(on)
        self.spin = QDoubleSpinBox(self)
        self.spin.setRange(0.05, 0.95)
        self.spin.setSingleStep(0.05)
        self.spin.setDecimals(2)
        self.spin.setValue(threshold)
        self.spin.setEnabled(on)
        describe(self.spin, tr("Check-worthiness threshold"),
                 tr("Sentences scoring below this (0 to 1) are dimmed; 0.5 or more means worth checking"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.check)
        layout.addWidget(self.spin)
        layout.addStretch(1)
        self.check.toggled.connect(self._changed)
        self.spin.valueChanged.connect(self._changed)

    def threshold(self) -> float | None:
        """The threshold in force, or None when dimming is off."""
        return self.spin.value() if self.check.isChecked() else None

    def _changed(self, *_args) -> None:
        self.spin.setEnabled(self.check.isChecked())
        if self.settings is not None:
            self.settings.set_reader_dim(self.check.isChecked(), self.spin.value())
        self.changed.emit(self.threshold())


class ReaderPane(QWidget):
    """Title and metadata, the type legend, the dimming control and the reader view, stacked."""

    def __init__(self, parent=None, settings=None):
        super().__init__(parent)
        self.title = QLabel(self)
        self.title.setTextFormat(Qt.TextFormat.PlainText)  # article text is never markup
        self.title.setWordWrap(True)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setWeight(QFont.Weight.DemiBold)
        self.title.setFont(font)
        self.meta = QLabel(self)
        self.meta.setTextFormat(Qt.TextFormat.PlainText)
        self.meta.setWordWrap(True)
        self.meta.setForegroundRole(self.meta.foregroundRole())
        self.meta.setStyleSheet("color: palette(placeholder-text);")
        self.legend = TypeLegend(self)
        self.dim = DimControl(settings, self)
        self.view = ReaderView(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 0)
        layout.setSpacing(6)
        layout.addWidget(self.title)
        layout.addWidget(self.meta)
        layout.addWidget(self.legend)
        layout.addWidget(self.dim)
        layout.addWidget(self.view, 1)
        self.legend.hidden_types_changed.connect(self.view.set_hidden_types)
        self.dim.changed.connect(self._dim_changed)
        self._article: Article | None = None
        self._claims: list[Claim] = []
        self._scored: str | None = None  # the article whose sentence scores the view holds
        self._generation = 0
        self.show_article(None, [])

    def show_article(self, article: Article | None, claims: list[Claim], selected: str | None = None) -> None:
        """Show an article with `selected` framed (None: an empty state with a hint)."""
        if article is None:
            self.title.setText(tr("No article open"))
            self.meta.setText(tr("Choose an article in the library, or import one with File → Open "
                                 "or by dropping files on this window."))
        else:
            self.title.setText(article.title or tr("(untitled)"))
            self.meta.setText(article_meta(article, len(claims)))
        counts: dict[str, int] = {}
        for claim in claims:
            if claim.status != "dismissed":
                counts[claim.type] = counts.get(claim.type, 0) + 1
        self.legend.set_counts(counts)
        self.view._hidden = self.legend.hidden_types()
        self._article, self._claims = article, [c for c in claims if c.status != "dismissed"]
        self._scored = None
        self._generation += 1
        self.view.set_article(article, claims, selected)
        self.view.set_dim_threshold(self.dim.threshold())
        if self.dim.threshold() is not None:
            self.score_sentences()

    def score_sentences(self) -> None:
        """Compute the open article's sentence scores off the GUI thread, then dim what falls below."""
        article = self._article
        if article is None or not article.text.strip() or self._scored == article.id:
            return
        from factdesk.gui.workers import run_op

        generation = self._generation
        text, lang, claims = article.text, article.language or "en", list(self._claims)

        def work():
            from factdesk.core.detect.worthiness import sentence_scores

            return sentence_scores(text, lang, claims)

        def done(scores) -> None:
            if generation == self._generation:  # still the same article
                self._scored = article.id
                self.view.set_sentence_scores(scores)

        run_op(self, work, done, on_error=lambda _exc: None)  # without scores nothing is dimmed

    def _dim_changed(self, threshold: float | None) -> None:
        self.view.set_dim_threshold(threshold)
        if threshold is not None:
            self.score_sentences()


def article_meta(article: Article, n_claims: int) -> str:
    """'Outlet · 12.03.2024 · Deutsch · 14 claims' for the reader header."""
    from PySide6.QtCore import QDate, QLocale
    parts = []
    if article.outlet:
        parts.append(article.outlet)
    if article.author:
        parts.append(article.author)
    if article.published:
        d = QDate.fromString(article.published[:10], "yyyy-MM-dd")
        parts.append(QLocale().toString(d, QLocale.FormatType.LongFormat) if d.isValid() else article.published)
    if article.language:
        parts.append({"de": tr("German"), "en": tr("English")}.get(article.language, article.language))
    parts.append(tr("1 claim") if n_claims == 1 else tr("%1 claims").replace("%1", QLocale().toString(n_claims)))
    return " · ".join(parts)
