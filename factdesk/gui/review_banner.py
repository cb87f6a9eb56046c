"""The claim panel's review banner: a returned claim shows who returned it, when, and what to fix.

It stays at the top of the claim panel while the claim is "returned", i.e.
until the checker acts on it (moves it on or sends it back for review).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QDateTime, Qt, QTimeZone
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from factdesk.core import ops
from factdesk.core.errors import FactDeskError
from factdesk.core.model import Claim
from factdesk.gui.accessible import describe
from factdesk.gui.app import format_date_time, is_dark, tr

if TYPE_CHECKING:
    from factdesk.core.store import Desk


def when_text(iso: str | None) -> str:
    """A stored UTC time in the locale's short date and time, local time."""
    when = QDateTime.fromString(str(iso or "")[:19], "yyyy-MM-ddTHH:mm:ss")
    if not when.isValid():
        return str(iso or "")
    when.setTimeZone(QTimeZone.utc())
    return format_date_time(when.toLocalTime())


class ReviewBanner(QFrame):
    """"Returned by Lena on 05.12.2026 14:02" and the lead's comment, for a returned claim."""

    def __init__(self, desk: Desk, parent: QWidget | None = None):
        super().__init__(parent)
        self.desk = desk
        self.setObjectName("review_banner")
        self.heading = QLabel(self)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)  # a long name or German words must not widen the claim panel
        self.comment = QLabel(self)
        self.comment.setTextFormat(Qt.TextFormat.PlainText)  # the lead's words are never markup
        self.comment.setWordWrap(True)
        self.comment.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hint = QLabel(tr("Shown until you work on the claim again."), self)
        self.hint.setProperty("role", "hint")
        self.hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        for w in (self.heading, self.comment, self.hint):
            layout.addWidget(w)
        describe(self, tr("Returned in review"), tr("Who returned this claim, when, and what to fix"))
        self.hide()

    def show_claim(self, claim: Claim | None) -> None:
        """Show the banner for a returned claim (with its standing return), else hide it."""
        review = None
        if claim is not None and claim.status == "returned":
            try:
                review = ops.latest_review(self.desk, claim.id)
            except FactDeskError:
                review = None
        if review is None or review.decision != "return":
            self.hide()
            return
        dark = is_dark(self)
        colours = ("#ffd0c2", "#4d2418", "#e8a390") if dark else ("#6b1d08", "#fde7df", "#e3a08b")
        self.setStyleSheet(f"#review_banner {{ background: {colours[1]}; border: 1px solid {colours[2]}; "
                           f"border-radius: 4px; }} #review_banner QLabel {{ color: {colours[0]}; }}")
        self.heading.setText(tr("Returned by %1 on %2").replace("%1", review.reviewer)
                             .replace("%2", when_text(review.created_at)))
        self.comment.setText(tr("“%1”", "quotation marks around a quoted comment").replace("%1", review.comment or ""))
        self.show()
