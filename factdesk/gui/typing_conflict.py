"""The note shown when someone else saved a rationale while this window held unsaved typing.

Another window on the same desk, another laptop's bundle or `factdesk claims
set` may store a claim's rationale while the checker here is still typing
one. The claim panel then keeps the typed text in its editor (with the
editor's own undo) and shows this note: who saved what and when, and three
ways on — keep both texts (theirs first), keep mine (theirs stays in the
history), or take theirs (Ctrl+Z in the editor brings mine back).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QVBoxLayout, QWidget

from factdesk.gui.accessible import describe
from factdesk.gui.app import is_dark, tr
from factdesk.gui.flow_layout import FlowLayout
from factdesk.gui.refusals import when_text

QUOTE_CHARS = 400  # the note quotes this much of their text; the history keeps all of it


class TypingConflict(QFrame):
    """The other rationale, who saved it and when, with Keep both / Keep mine / Take theirs."""

    keep_both = Signal()
    keep_mine = Signal()
    take_theirs = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        layout.addWidget(self.label)
        buttons = QWidget(self)
        row = FlowLayout(buttons, margin=0, spacing=6)  # wraps in a narrow panel or with German labels
        self.both_button = QPushButton(tr("Keep both"), self)
        self.mine_button = QPushButton(tr("Keep mine"), self)
        self.theirs_button = QPushButton(tr("Take theirs"), self)
        describe(self.both_button, tr("Keep both"),
                 tr("Put their rationale above yours in the editor and save both"))
        describe(self.mine_button, tr("Keep mine"),
                 tr("Save your rationale in place of theirs; theirs stays in the claim's history"))
        describe(self.theirs_button, tr("Take theirs"),
                 tr("Show their rationale in the editor; Ctrl+Z in the editor brings yours back"))
        self.both_button.clicked.connect(self.keep_both)
        self.mine_button.clicked.connect(self.keep_mine)
        self.theirs_button.clicked.connect(self.take_theirs)
        for button in (self.both_button, self.mine_button, self.theirs_button):
            row.addWidget(button)
        layout.addWidget(buttons)
        self.hide()

    def show_theirs(self, who: str | None, when: str | None, text: str | None) -> None:
        """Say that `who` saved `text` as the rationale at `when` (ISO) while this window was typing."""
        colours = ("#ffd98a", "#4a3a12") if is_dark(self) else ("#7a4a00", "#fff4d6")
        self.setStyleSheet(f"TypingConflict {{ background: {colours[1]}; border-radius: 4px; }}"
                           f" QLabel {{ color: {colours[0]}; }}")
        theirs = " ".join((text or "").split())
        if len(theirs) > QUOTE_CHARS:
            theirs = theirs[:QUOTE_CHARS].rstrip() + "…"
        if theirs:
            said = tr("%1 saved another rationale at %2 while you were typing: “%3”.").replace("%3", theirs)
        else:
            said = tr("%1 removed the rationale at %2 while you were typing.")
        sentence = said.replace("%1", who or tr("someone else")).replace("%2", when_text(when))
        self.label.setText(sentence + " " + tr("Your text stays in the editor and is not saved yet."))
        self.show()
