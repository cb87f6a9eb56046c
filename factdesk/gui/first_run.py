"""The first start: who you are, your role, and where your desk lives — asked once.

Every change is recorded with a name, and reports print the checker's and
the lead's names, so FactDesk asks for a real name instead of quietly using
the computer's login. The role is a wish: on a desk that already has leads
only they review (`ops.leads`); on a new desk the first lead is the person
who says so here. The desk location defaults to the user data folder.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QHBoxLayout, QLabel,
                               QLineEdit, QPushButton, QVBoxLayout, QWidget)

from factdesk.gui.accessible import describe
from factdesk.gui.app import tr
from factdesk.gui.settings import MAX_NAME_LENGTH, check_user_name


def needs_introduction(settings: Any) -> bool:
    """True until the user has given a name (older settings with a name count as introduced)."""
    try:
        return not settings.introduced()
    except Exception:  # noqa: BLE001 - a settings stand-in
        return False


class FirstRunDialog(QDialog):
    """Name, role and desk location, asked on the first start."""

    def __init__(self, settings: Any, desk_path: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(tr("Welcome to FactDesk"))
        intro = QLabel(tr("Before you start: your name goes into the history of every change you make and into "
                          "the reports you check or approve. You can change all of this later in Settings."), self)
        intro.setWordWrap(True)
        self.name_edit = QLineEdit(self)
        self.name_edit.setMaxLength(MAX_NAME_LENGTH)
        self.name_edit.setPlaceholderText(tr("e.g. Anna Schmidt"))
        self.role_combo = QComboBox(self)
        self.role_combo.addItem(tr("Checker"), "checker")
        self.role_combo.addItem(tr("Team lead (reviews and approves)"), "lead")
        self.desk_edit = QLineEdit(str(desk_path), self)
        self.desk_edit.setMinimumWidth(320)
        choose = QPushButton(tr("Choose…"), self)
        choose.clicked.connect(self._choose_desk)
        desk_row = QHBoxLayout()
        desk_row.addWidget(self.desk_edit, 1)
        desk_row.addWidget(choose)
        role_hint = QLabel(tr("On a desk that has leads already, only they can make you a lead."), self)
        role_hint.setWordWrap(True)
        role_hint.setProperty("role", "hint")
        desk_hint = QLabel(tr("One file holds all your articles, claims and their history. Keep it on this "
                              "laptop, never on a network or cloud-synced folder."), self)
        desk_hint.setWordWrap(True)
        desk_hint.setProperty("role", "hint")
        self.error = QLabel(self)
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        self.error.hide()
        describe(self.name_edit, tr("Your name"), tr("Your name, written into the history of every change you make"))
        describe(self.role_combo, tr("Your role"), tr("Checkers check claims; team leads also review and approve"))
        describe(self.desk_edit, tr("Desk file"), tr("The file that holds your desk"))
        describe(choose, tr("Choose desk file"), tr("Choose another place for your desk file"))
        form = QFormLayout()
        form.addRow(tr("Your &name:"), self.name_edit)
        form.addRow(tr("&Role:"), self.role_combo)
        form.addRow("", role_hint)
        desk_label = QLabel(tr("&Desk file:"), self)
        desk_label.setBuddy(self.desk_edit)
        form.addRow(desk_label, desk_row)
        form.addRow("", desk_hint)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Start FactDesk"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Quit"))
        describe(buttons, tr("Start or quit"), tr("Start FactDesk with these answers, or quit"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        # Ctrl+Q quits FactDesk everywhere, and on the first start this dialog is all there is of it.
        # Spelled out: Qt binds no key to StandardKey.Quit on some platforms (offscreen).
        QShortcut(QKeySequence("Ctrl+Q"), self, self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def choose_desk_path(self) -> str | None:
        """Ask for a desk file (tests replace this)."""
        path, _ = QFileDialog.getSaveFileName(self, tr("Choose a desk file"), self.desk_edit.text(),
                                              tr("FactDesk desk (*.sqlite *.db);;All files (*)"),
                                              options=QFileDialog.Option.DontConfirmOverwrite)
        return path or None

    def _choose_desk(self) -> None:
        path = self.choose_desk_path()
        if path:
            self.desk_edit.setText(str(Path(path).expanduser()))

    def accept(self) -> None:
        """Check the name and the desk file, then remember them."""
        from factdesk.gui.settings_dialog import check_desk_path
        try:
            name = check_user_name(self.name_edit.text())
        except ValueError:
            self._show(tr("Please enter your name: it is written into the history of every change you make."))
            self.name_edit.setFocus()
            return
        desk = self.desk_edit.text().strip()
        problem = check_desk_path(desk) if desk else tr("Please choose where your desk file lives.")
        if problem:
            self._show(problem)
            return
        self.settings.set_user_name(name)
        self.settings.set_role(self.role_combo.currentData())
        self.settings.set_last_desk(desk)
        self.settings.set_introduced()
        self.settings.sync()
        super().accept()

    def _show(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()

    @classmethod
    def ask(cls, settings: Any, desk_path: Path, parent: QWidget | None = None) -> Path | None:
        """Show the dialog; the chosen desk file, or None when the user quits (tests replace this)."""
        dialog = cls(settings, desk_path, parent)
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted:
                return Path(dialog.desk_edit.text().strip()).expanduser()
            return None
        finally:
            dialog.deleteLater()
