"""The Settings dialog: your name and role, the desk's rating scale, desk file, language, theme.

Nothing is written until OK, and then only after every field is valid: a bad
name or a refused scale change shows a message in the dialog and changes
nothing. The dialog never opens a desk or switches the language itself; it
emits signals the main window acts on.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Signal
from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QPushButton, QVBoxLayout, QWidget,
)

from factdesk.core.errors import FactDeskError
from factdesk.gui.icons import icon
from factdesk.gui.settings import MAX_NAME_LENGTH, Settings, check_user_name

SQLITE_HEADER = b"SQLite format 3\x00"


def check_desk_path(path: str | Path) -> str | None:
    """Return a message when `path` cannot be a desk file, else None.

    A desk file is an existing SQLite database or a new file in an existing folder.
    """
    p = Path(path).expanduser()
    if p.is_dir():
        return QCoreApplication.translate("SettingsDialog",
                                          "This is a folder; choose or name a desk file inside it.")
    if not p.parent.is_dir():
        return QCoreApplication.translate("SettingsDialog", "The folder {0} does not exist.").format(p.parent)
    if p.exists():
        try:
            with p.open("rb") as fh:
                header = fh.read(16)
        except OSError as exc:
            return QCoreApplication.translate("SettingsDialog", "Cannot read {0}: {1}").format(
                p.name, exc.strerror)
        if header and header != SQLITE_HEADER:
            return QCoreApplication.translate(
                "SettingsDialog", "{0} is not a FactDesk desk (not an SQLite file).").format(p.name)
    return None


class SettingsDialog(QDialog):
    """Edits the user's `Settings` and the desk's rating scale (`desk` may be None)."""

    desk_path_chosen = Signal(str)   # a different desk file was chosen: reopen it
    language_changed = Signal(str)   # "system" | "de" | "en"
    theme_changed = Signal(str)      # "system" | "light" | "dark"
    scale_changed = Signal(str)      # the desk's new rating scale id

    def __init__(self, settings: Settings, desk=None, parent: QWidget | None = None):
        super().__init__(parent)
        self.settings = settings
        self.desk = desk
        self.setWindowTitle(self.tr("Settings"))
        self.setWindowIcon(icon("settings"))

        self.name_edit = QLineEdit(settings.user_name())
        self.name_edit.setMaxLength(MAX_NAME_LENGTH)
        self.name_edit.setPlaceholderText(self.tr("e.g. Anna Schmidt"))
        self.role_combo = QComboBox()
        self.role_combo.addItem(self.tr("Checker"), "checker")
        self.role_combo.addItem(self.tr("Team lead (reviews and approves)"), "lead")
        self._select(self.role_combo, settings.role())

        self.scale_combo = QComboBox()
        self._current_scale = None
        self._load_scales()

        self.desk_edit = QLineEdit(str(desk.path) if desk is not None else str(settings.last_desk() or ""))
        self.desk_edit.setReadOnly(True)
        self.desk_edit.setMinimumWidth(280)
        choose = QPushButton(icon("open"), self.tr("Choose…"))
        choose.clicked.connect(self._on_choose_desk)
        desk_row = QHBoxLayout()
        desk_row.setContentsMargins(0, 0, 0, 0)
        desk_row.addWidget(self.desk_edit, 1)
        desk_row.addWidget(choose)

        self.language_combo = QComboBox()
        self.language_combo.addItem(self.tr("System"), "system")
        self.language_combo.addItem("Deutsch", "de")
        self.language_combo.addItem("English", "en")
        self._select(self.language_combo, settings.ui_language())
        self.theme_combo = QComboBox()
        self.theme_combo.addItem(self.tr("System"), "system")
        self.theme_combo.addItem(self.tr("Light"), "light")
        self.theme_combo.addItem(self.tr("Dark"), "dark")
        self._select(self.theme_combo, settings.theme())

        name_hint = QLabel(self.tr("Written into the history of every change you make."))
        name_hint.setProperty("role", "hint")
        form = QFormLayout()
        form.addRow(self.tr("Your &name:"), self.name_edit)
        form.addRow("", name_hint)
        form.addRow(self.tr("&Role:"), self.role_combo)
        form.addRow(self.tr("Rating &scale:"), self.scale_combo)
        desk_label = QLabel(self.tr("&Desk file:"))
        desk_label.setBuddy(choose)
        form.addRow(desk_label, desk_row)
        form.addRow(self.tr("&Language:"), self.language_combo)
        language_hint = QLabel(self.tr("A new language shows everywhere after FactDesk restarts."))
        language_hint.setProperty("role", "hint")
        language_hint.setWordWrap(True)
        form.addRow("", language_hint)
        form.addRow(self.tr("&Theme:"), self.theme_combo)

        self.error_label = QLabel()
        self.error_label.setProperty("role", "error")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addStretch(1)
        layout.addWidget(buttons)

    @classmethod
    def ask(cls, settings: Settings, desk=None, parent: QWidget | None = None) -> bool:
        """Show the dialog modally; True when the user pressed OK (tests replace this)."""
        return cls(settings, desk, parent).exec() == QDialog.DialogCode.Accepted

    # -- helpers --------------------------------------------------------------
    @staticmethod
    def _select(combo: QComboBox, data: str) -> None:
        index = combo.findData(data)
        combo.setCurrentIndex(max(index, 0))

    def _load_scales(self) -> None:
        if self.desk is None:
            self.scale_combo.addItem(self.tr("(open a desk first)"), None)
            self.scale_combo.setEnabled(False)
            return
        from factdesk.core.store.scales import available_scales

        try:
            self._current_scale = self.desk.rating_scale().id
            scales = available_scales()
        except FactDeskError as exc:
            self.scale_combo.addItem(exc.message, None)
            self.scale_combo.setEnabled(False)
            return
        for scale in scales:
            self.scale_combo.addItem(scale.name, scale.id)
            labels = ", ".join(v.label(self._language_code()) for v in scale.verdicts)
            self.scale_combo.setItemData(self.scale_combo.count() - 1, labels, 3)  # ToolTipRole
        self._select(self.scale_combo, self._current_scale)

    def _language_code(self) -> str:
        lang = self.settings.ui_language()
        if lang == "system":
            return QLocale.system().name()[:2]
        return lang

    def choose_desk_path(self) -> str | None:
        """Ask for a desk file (existing or new); None when cancelled. Tests replace this."""
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Choose a desk file"), self.desk_edit.text(),
            self.tr("FactDesk desk (*.sqlite *.db);;All files (*)"),
            options=QFileDialog.Option.DontConfirmOverwrite)
        return path or None

    def _on_choose_desk(self) -> None:
        path = self.choose_desk_path()
        if not path:
            return
        problem = check_desk_path(path)
        if problem:
            self.show_error(problem)
            return
        self.error_label.hide()
        self.desk_edit.setText(str(Path(path).expanduser().resolve()))

    def show_error(self, message: str) -> None:
        """Show a one-line problem inside the dialog."""
        self.error_label.setText(message)
        self.error_label.show()

    # -- OK -------------------------------------------------------------------
    def accept(self) -> None:
        """Validate everything, then write: settings, and the desk's scale via the desk API."""
        name = self.name_edit.text().strip()
        if not name:
            self.show_error(self.tr("Please enter your name: it is written into the history of every change."))
            self.name_edit.setFocus()
            return
        try:
            check_user_name(name)
        except ValueError as exc:
            self.show_error(str(exc))
            return
        desk_path = self.desk_edit.text().strip()
        old_desk = str(self.desk.path) if self.desk is not None else str(self.settings.last_desk() or "")
        desk_moved = bool(desk_path) and Path(desk_path) != Path(old_desk)
        if desk_moved:
            problem = check_desk_path(desk_path)
            if problem:
                self.show_error(problem)
                return
        scale_id = self.scale_combo.currentData()
        if self.desk is not None and scale_id and scale_id != self._current_scale:
            try:
                self.desk.set_rating_scale(scale_id, by=name)
            except FactDeskError as exc:
                self.show_error(exc.message)
                return
            self._current_scale = scale_id
            self.scale_changed.emit(scale_id)
        self.settings.set_user_name(name)
        self.settings.set_role(self.role_combo.currentData())
        language, mode = self.language_combo.currentData(), self.theme_combo.currentData()
        language_changed = language != self.settings.ui_language()
        theme_changed = mode != self.settings.theme()
        self.settings.set_ui_language(language)
        self.settings.set_theme(mode)
        if desk_moved:
            self.settings.set_last_desk(desk_path)
        self.settings.sync()
        super().accept()
        if language_changed:
            self.language_changed.emit(language)
        if theme_changed:
            self.theme_changed.emit(mode)
        if desk_moved:
            self.desk_path_chosen.emit(desk_path)
