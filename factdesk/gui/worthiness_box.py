"""Why a claim ranks where it does: its sentence's check-worthiness and the strongest reasons.

`WorthinessBox` sits in the claim panel. It shows the stored score of the
claim (the one the claims list sorts by) and, computed off the GUI thread by
`factdesk.core.detect.worthiness.reasons`, the features that raise it most
("a specific number", "wording like “unemployment”") and those that lower it,
named by `factdesk.core.words.reason_label`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from factdesk.core import words
from factdesk.gui.app import tr, ui_language

SHOWN_FOR = 3  # reasons shown for the score
SHOWN_AGAINST = 2  # reasons shown against it
MIN_CONTRIBUTION = 0.15  # smaller parts are noise to a reader
REST_MS = 250  # stepping with J/K: reasons are computed once the selection rests this long


def reason_label(feature: str, examples: Sequence[str] = ()) -> str:
    """The readable name of one reason in the UI language (`factdesk.core.words.reason_label`)."""
    return words.reason_label(feature, ui_language(), tuple(examples))


def verdict_words(score: float) -> str:
    """'worth checking' at 0.5 or more, else 'less likely worth checking' (in the UI language)."""
    return words.worthiness_label(score, ui_language())


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
        self._asked: tuple[int, str, str, list[Any]] | None = None  # the reasons waiting for the rest
        self._rest = QTimer(self)
        self._rest.setSingleShot(True)
        self._rest.setInterval(REST_MS)
        self._rest.timeout.connect(self._compute_reasons)

    def show_claim(self, claim: Any | None, sentence: str = "", lang: str = "en",
                   claims: Sequence[Any] = (), defer: bool = False) -> None:
        """Show `claim`'s score now and its reasons once computed (None: clear).

        With `defer` (stepping through claims) the reasons are computed only
        once the selection has rested REST_MS: skimming starts no model work.
        """
        self._generation += 1
        self.reasons = []
        self.reasons_label.clear()
        self._asked = None
        self._rest.stop()
        if claim is None:
            self.score_label.clear()
            return
        score = float(claim.score or 0.0)
        self.score_label.setText(f"{words.format_number(score, ui_language(), 2)} — {verdict_words(score)}")
        if not sentence.strip():
            return
        self._asked = (self._generation, sentence, lang, list(claims))
        if defer:
            self._rest.start()
        else:
            self._compute_reasons()

    def _compute_reasons(self) -> None:
        """Compute the asked-for reasons on a worker thread (the model loads there, never here)."""
        if self._asked is None:
            return
        generation, sentence, lang, claims = self._asked
        self._asked = None
        from factdesk.gui.workers import run_op

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
