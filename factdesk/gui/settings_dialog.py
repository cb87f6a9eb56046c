"""The Settings dialog: your name and role, the desk's rating scale and report settings, desk file,
language, theme.

The report settings are the desk's own (shared by everyone using the desk,
recorded in its history): `organisation` (the ClaimReview author),
`report_base_url` (where reports are published: each ClaimReview `url` is
this address + #claim-ID) and `report_language` ("en" or "de").

Nothing is written until OK, and then only after every field is valid: a bad
name, a report address that is not http(s) or a refused scale change shows a
message in the dialog and changes nothing. The dialog never opens a desk or switches the language itself; it
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
from factdesk.core.reports.common import is_web_link
from factdesk.gui.accessible import describe, describe_form
from factdesk.gui.desk_review_box import DeskReviewBox
from factdesk.gui.icons import icon
from factdesk.gui.settings import MAX_NAME_LENGTH, Settings, check_user_name
from factdesk.gui import refusals

SQLITE_HEADER = b"SQLite format 3\x00"
# The desk settings the reports read (factdesk.core.reports.collect) and this dialog edits.
ORGANISATION, REPORT_BASE_URL, REPORT_LANGUAGE = "organisation", "report_base_url", "report_language"
REPORT_LANGUAGES = ("en", "de")


def check_report_url(url: str) -> str | None:
    """Return a message when `url` is neither empty nor an absolute http(s) address, else None."""
    url = url.strip()
    if not url or is_web_link(url):
        return None
    return QCoreApplication.translate(
        "SettingsDialog", "The report address must be a web address starting with http:// or https:// "
        "(for example https://example.org/checks/), not “{0}”.").format(url)


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

        self.organisation_edit = QLineEdit(self._desk_setting(ORGANISATION, ""))
        self.organisation_edit.setPlaceholderText(self.tr("e.g. Faktencheck Nord"))
        self.organisation_edit.setToolTip(self.tr("Named as the author of every ClaimReview in the reports."))
        self.report_url_edit = QLineEdit(self._desk_setting(REPORT_BASE_URL, ""))
        self.report_url_edit.setPlaceholderText("https://…")
        self.report_url_edit.setToolTip(self.tr("Where the reports are published; each ClaimReview "
                                                "points to this address + #claim-ID."))
        self.report_language_combo = QComboBox()
        self.report_language_combo.addItem("English", "en")
        self.report_language_combo.addItem("Deutsch", "de")
        self._select(self.report_language_combo, self._desk_setting(REPORT_LANGUAGE, "en")[:2])
        has_desk_settings = self.desk is not None
        for w in (self.organisation_edit, self.report_url_edit, self.report_language_combo):
            w.setEnabled(has_desk_settings)

        name_hint = QLabel(self.tr("Written into the history of every change you make."))
        name_hint.setProperty("role", "hint")
        form = QFormLayout()
        form.addRow(self.tr("Your &name:"), self.name_edit)
        form.addRow("", name_hint)
        form.addRow(self.tr("&Role:"), self.role_combo)
        form.addRow(self.tr("Rating &scale:"), self.scale_combo)
        form.addRow(self.tr("&Organisation:"), self.organisation_edit)
        form.addRow(self.tr("Report &address:"), self.report_url_edit)
        form.addRow(self.tr("Re&port language:"), self.report_language_combo)
        report_hint = QLabel(self.tr("Settings of this desk, used by the reports (shared with everyone on the desk)."))
        report_hint.setProperty("role", "hint")
        report_hint.setWordWrap(True)
        form.addRow("", report_hint)
        desk_label = QLabel(self.tr("&Desk file:"))
        desk_label.setBuddy(choose)
        form.addRow(desk_label, desk_row)
        form.addRow(self.tr("&Language:"), self.language_combo)
        language_hint = QLabel(self.tr("A new language shows everywhere after FactDesk restarts."))
        language_hint.setProperty("role", "hint")
        language_hint.setWordWrap(True)
        form.addRow("", language_hint)
        form.addRow(self.tr("&Theme:"), self.theme_combo)
        describe_form(form, {
            self.name_edit: self.tr("Your name, written into the history of every change you make"),
            self.role_combo: self.tr("Checkers check claims; team leads also review and approve them"),
            self.scale_combo: self.tr("The verdicts this desk uses"),
            self.organisation_edit: self.tr("Named as the author of every ClaimReview in the reports"),
            self.report_url_edit: self.tr("Where the reports are published; each ClaimReview points to this "
                                          "address + #claim-ID"),
            self.report_language_combo: self.tr("The language of the reports' words and verdict labels"),
            self.language_combo: self.tr("The language of FactDesk's windows"),
            self.theme_combo: self.tr("Light or dark colours, or those of the system"),
        })
        describe(self.desk_edit, self.tr("Desk file"), self.tr("The file that holds this desk's articles, "
                                                               "claims and history"))
        choose.setToolTip(self.tr("Open another desk file, or create a new one"))

        self.error_label = QLabel()
        self.error_label.setProperty("role", "error")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.review_box = DeskReviewBox(desk, settings.user_name(), self)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.review_box)
        layout.addWidget(self.error_label)
        layout.addStretch(1)
        layout.addWidget(buttons)

    @classmethod
    def ask(cls, settings: Settings, desk=None, parent: QWidget | None = None) -> bool:
        """Show the dialog modally; True when the user pressed OK (tests replace this)."""
        return cls(settings, desk, parent).exec() == QDialog.DialogCode.Accepted

    # -- helpers --------------------------------------------------------------
    @staticmethod
    def _select(combo: QComboBox, data: str | None) -> None:
        index = combo.findData(data)
        combo.setCurrentIndex(max(index, 0))

    def _desk_setting(self, key: str, default: str) -> str:
        """A desk setting as text ('' or `default` without a desk that has settings)."""
        getter = getattr(self.desk, "get_setting", None)
        if getter is None:
            return default
        try:
            return str(getter(key, default) or default)
        except FactDeskError:
            return default

    def report_settings(self) -> dict[str, str]:
        """The report settings the form holds, by desk setting key."""
        return {ORGANISATION: self.organisation_edit.text().strip(),
                REPORT_BASE_URL: self.report_url_edit.text().strip(),
                REPORT_LANGUAGE: self.report_language_combo.currentData()}

    def _changed_report_settings(self) -> dict[str, str]:
        if self.desk is None:
            return {}
        return {key: value for key, value in self.report_settings().items()
                if value != self._desk_setting(key, "en" if key == REPORT_LANGUAGE else "")}

    def _load_scales(self) -> None:
        if self.desk is None:
            self.scale_combo.addItem(self.tr("(open a desk first)"), None)
            self.scale_combo.setEnabled(False)
            return
        from factdesk.core.store import available_scales

        try:
            self._current_scale = self.desk.rating_scale().id
            scales = available_scales()
        except FactDeskError as exc:
            self.scale_combo.addItem(refusals.message(exc), None)
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
        """Validate everything, then write: settings, and the desk's scale and report settings via the desk API."""
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
        problem = check_report_url(self.report_url_edit.text())
        if problem:
            self.show_error(problem)
            self.report_url_edit.setFocus()
            return
        scale_id = self.scale_combo.currentData()
        if self.desk is not None and scale_id and scale_id != self._current_scale:
            try:
                self.desk.set_rating_scale(scale_id, by=name)
            except FactDeskError as exc:
                self.show_error(refusals.message(exc))
                return
            self._current_scale = scale_id
            self.scale_changed.emit(scale_id)
        for key, value in self._changed_report_settings().items():
            try:
                self.desk.set_setting(key, value, by=name)
            except FactDeskError as exc:
                self.show_error(refusals.message(exc))
                return
        problem = self.review_box.apply(name, self.role_combo.currentData())
        if problem:
            self.show_error(problem)
            return
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
