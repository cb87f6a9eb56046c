"""When the desk cannot be opened at start-up: a calm dialog instead of a silent exit.

Launched from a desktop icon, a one-line message on stderr is never seen, so
`factdesk` asks here what to do: choose another desk, create a new one, or quit.
Every question goes through a classmethod so tests replace it and never block.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from factdesk.gui.app import tr
from factdesk.gui import refusals

CHOOSE, CREATE, QUIT = "choose", "create", "quit"
DESK_FILTER = "FactDesk desk (*.sqlite *.db);;All files (*)"


def problem_text(path: Path | str, message: str) -> str:
    """One calm sentence about what is wrong, naming the file once."""
    p = Path(path)
    detail = message
    for prefix in (f"{p}: ", f"{p.name}: "):
        if detail.startswith(prefix):
            detail = detail[len(prefix):]
    return tr("FactDesk cannot open the desk “%1”: %2.").replace("%1", p.name).replace(
        "%2", detail.rstrip("."))


class DeskProblem:
    """The start-up questions; tests monkeypatch these classmethods."""

    @classmethod
    def build(cls, parent: QWidget | None, path: Path | str, message: str) -> QMessageBox:
        """The message box with its three choices (not shown)."""
        box = QMessageBox(QMessageBox.Icon.Warning, tr("Cannot open the desk"),
                          problem_text(path, message), QMessageBox.StandardButton.NoButton, parent)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setInformativeText(tr("Your other desks are not affected. Choose another desk, "
                                  "create a new one, or quit."))
        box.setDetailedText(f"{path}\n{message}")
        choose = box.addButton(tr("Choose another desk…"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(tr("Create a new desk…"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(tr("Quit"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(choose)
        return box

    @classmethod
    def ask(cls, parent: QWidget | None, path: Path | str, message: str) -> str:
        """Show the problem; return CHOOSE, CREATE or QUIT."""
        box = cls.build(parent, path, message)
        try:
            box.exec()
            clicked = box.clickedButton()
            role = box.buttonRole(clicked) if clicked is not None else QMessageBox.ButtonRole.RejectRole
            return {QMessageBox.ButtonRole.AcceptRole: CHOOSE,
                    QMessageBox.ButtonRole.ActionRole: CREATE}.get(role, QUIT)
        finally:
            box.deleteLater()

    @classmethod
    def choose_file(cls, parent: QWidget | None, start: Path | str) -> Path | None:
        """An existing desk file, or None when cancelled."""
        name, _ = QFileDialog.getOpenFileName(parent, tr("Choose a desk"), str(Path(start).parent),
                                              tr(DESK_FILTER))
        return Path(name) if name else None

    @classmethod
    def new_file(cls, parent: QWidget | None, start: Path | str) -> Path | None:
        """Where to create a new desk, or None when cancelled."""
        name, _ = QFileDialog.getSaveFileName(parent, tr("Create a new desk"),
                                              str(Path(start).parent / "desk.sqlite"), tr(DESK_FILTER))
        return Path(name) if name else None


def open_desk(opener, path: Path, parent: QWidget | None = None):
    """`opener(path)` until it works or the user quits: (desk, path), or (None, None) on Quit."""
    from factdesk.core.errors import FactDeskError
    while True:
        try:
            return opener(path), path
        except FactDeskError as exc:
            answer = DeskProblem.ask(parent, path, refusals.message(exc))
            if answer == QUIT:
                return None, None
            chosen = DeskProblem.choose_file(parent, path) if answer == CHOOSE else \
                DeskProblem.new_file(parent, path)
            if chosen is not None:
                path = chosen
