"""Why a claim ranks where it does: its sentence's check-worthiness and the strongest reasons.

`WorthinessBox` sits in the claim panel. It shows the stored score of the
claim (the one the claims list sorts by) and, computed off the GUI thread by
`factdesk.core.detect.worthiness.reasons`, the features that raise it most
("a specific number", "wording like “unemployment”") and those that lower it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from factdesk.gui.app import tr, type_label

WORTH_CHECKING = 0.5  # claims.md: a score of 0.5 or more is worth checking
SHOWN_FOR = 3  # reasons shown for the score
SHOWN_AGAINST = 2  # reasons shown against it
MIN_CONTRIBUTION = 0.15  # smaller parts are noise to a reader

# the readable name of each reason (worthiness.FEATURES and the wording); translated at run time
REASON_LABELS = {
    "specific_number": "a specific number",
    "vague_number": "a vague number",
    "hedged_number": "a hedged number (about, more than …)",
    "in_quote": "a quotation",
    "named_subject": "names someone or something",
    "prediction": "future tense",
    "question": "a question",
    "short_sentence": "a very short sentence",
    "comparison": "a comparison or trend",
    "statistic_words": "statistical words",
    "attribution": "attributed to a source",
    "opinion": "a personal opinion",
    "courtesy": "courtesy or small talk",
    "past_action": "something done (past tense)",
    "wording": "its wording",
}


def reason_label(feature: str, words: Sequence[str] = ()) -> str:
    """The readable name of one reason ("a casualties claim", "wording like “rate”, “rose”")."""
    if feature.startswith("type:"):
        return tr("a claim about %1").replace("%1", type_label(feature[5:]).lower())
    if feature == "wording" and words:
        return tr("wording like %1").replace("%1", ", ".join(f"“{w}”" for w in words))
    return tr(REASON_LABELS.get(feature, feature.replace("_", " ")))


def verdict_words(score: float) -> str:
    """'worth checking' at 0.5 or more, else 'less likely worth checking'."""
    return tr("worth checking") if score >= WORTH_CHECKING else tr("less likely worth checking")


class WorthinessBox(QWidget):
    """The score of the shown claim's sentence and why (reasons arrive from a worker thread)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.score_label = QLabel(self)
        self.score_label.setTextFormat(Qt.TextFormat.PlainText)
        self.reasons_label = QLabel(self)
        self.reasons_label.setTextFormat(Qt.TextFormat.PlainText)
        self.reasons_label.setWordWrap(True)
        self.reasons_label.setStyleSheet("color: palette(placeholder-text);")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.score_label)
        layout.addWidget(self.reasons_label)
        self._generation = 0
        self.reasons: list[Any] = []

    def show_claim(self, claim: Any | None, sentence: str = "", lang: str = "en",
                   claims: Sequence[Any] = ()) -> None:
        """Show `claim`'s score now and its reasons once computed (None: clear)."""
        self._generation += 1
        self.reasons = []
        self.reasons_label.clear()
        if claim is None:
            self.score_label.clear()
            return
        score = float(claim.score or 0.0)
        self.score_label.setText(f"{score:.2f} — {verdict_words(score)}")
        if not sentence.strip():
            return
        from factdesk.gui.workers import run_op

        generation = self._generation
        run_op(self, lambda: _reasons(sentence, lang, claims),
               lambda found: self._show_reasons(generation, found),
               on_error=lambda _exc: None)  # no reasons is a quiet loss, never an error box

    def _show_reasons(self, generation: int, found: list[Any]) -> None:
        if generation != self._generation:
            return  # another claim was chosen meanwhile
        self.reasons = found
        up = [r for r in found if r.contribution >= MIN_CONTRIBUTION][:SHOWN_FOR]
        down = [r for r in reversed(found) if r.contribution <= -MIN_CONTRIBUTION][:SHOWN_AGAINST]
        lines = []
        if up:
            lines.append(tr("Raised by: %1").replace("%1", "; ".join(reason_label(r.feature, r.words) for r in up)))
        if down:
            lines.append(tr("Lowered by: %1").replace("%1", "; ".join(reason_label(r.feature) for r in down)))
        self.reasons_label.setText("\n".join(lines))


def _reasons(sentence: str, lang: str, claims: Sequence[Any]) -> list[Any]:
    from factdesk.core.detect.worthiness import reasons

    return reasons(sentence, lang, claims)
