"""Small helpers the main window and its views share.

- `Ask`: every modal question or message goes through one of its classmethods,
  so tests replace them (pytest-qt's `ask()` pattern) and never block on a dialog.
- `load_settings()`: the user's settings (`factdesk.gui.settings.Settings`).
- `type_colour`: claim-type colours from `factdesk.gui.theme`; `is_dark(widget)`:
  whether a view's palette is dark; `get_icon(name)`: an icon from `factdesk.gui.icons`.
- `type_label`/`status_label`/`qualifier_label`/`format_value`/`format_date`: the
  words of `factdesk.core.words` in the UI language (Qt's translations are for
  the GUI's own chrome only).
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from factdesk.core import words
from factdesk.gui import icons, settings, theme


def tr(text: str, disambiguation: str | None = None) -> str:
    """Translate a UI string in the FactDesk context (i18n.py installs the translator)."""
    return QApplication.translate("FactDesk", text, disambiguation)


def is_dark(widget: QWidget | None = None) -> bool:
    """True when the palette in use (the widget's, else the application's) has a dark window.

    Not `theme.is_dark`: that compares an application's window with its text colour, while the
    views ask about their own palette, whose window colour alone decides (a dark window with
    the default dark text still counts as dark here).
    """
    pal = widget.palette() if widget is not None else QApplication.palette()
    return pal.window().color().lightness() < 128


def type_colour(claim_type: str, dark: bool = False) -> QColor:
    """The highlight colour of a claim type (`theme.type_colour`, cached; a fresh copy each call)."""
    return QColor(_type_colour(claim_type, dark))


@lru_cache(maxsize=None)
def _type_colour(claim_type: str, dark: bool) -> QColor:
    return theme.type_colour(claim_type, dark)


def ui_language() -> str:
    """The language the app speaks now: "de" or "en" (the one `i18n.install_translator` installed)."""
    from factdesk.gui.i18n import current_language

    return current_language()


def type_label(claim_type: str) -> str:
    """The name of a claim type in the UI language (`factdesk.core.words`)."""
    return words.type_label(claim_type, ui_language())


def status_label(status: str) -> str:
    """The name of a workflow status in the UI language."""
    return words.status_label(status, ui_language())


def qualifier_label(qualifier: str | None) -> str:
    """The words of a qualifier in the UI language ("more than", "mehr als")."""
    return words.qualifier_label(qualifier, ui_language())


def format_value(value: float | None, unit: str | None = None, qualifier: str | None = None) -> str:
    """A claim's normalized value in the UI language: 'more than 30,000 people', '2,5 Mrd. EUR', '6. Amtszeit'."""
    return words.format_value(value, unit, qualifier, ui_language())


def count_words(n: int, noun: str) -> str:
    """A count with its noun in the right number in the UI language: "1 article", "2 Artikel"."""
    return words.count(n, noun, ui_language())


def format_date(day) -> str:
    """A QDate in the UI language's medium format: 23.12.2013, 23 Dec 2013."""
    return words.format_date(day.toString(Qt.DateFormat.ISODate), ui_language(), with_time=False)


def format_date_time(when) -> str:
    """A QDateTime (in local time) like format_date, with hours and minutes."""
    return words.format_date(when.toString(Qt.DateFormat.ISODate)[:19], ui_language(), with_time=True)


class Ask:
    """Modal messages and questions; tests monkeypatch these classmethods."""

    @staticmethod
    def _box(parent: QWidget | None, icon: QMessageBox.Icon, title: str, message: str,
             buttons: QMessageBox.StandardButton = QMessageBox.StandardButton.Ok,
             details: str | None = None) -> QMessageBox.StandardButton:
        box = QMessageBox(icon, title, message, buttons, parent)
        box.setTextFormat(Qt.TextFormat.PlainText)  # file names and pasted text are never markup
        if details:
            box.setDetailedText(details)  # behind "Show Details…", never in the sentence itself
        try:
            return QMessageBox.StandardButton(box.exec())
        finally:
            box.deleteLater()

    @classmethod
    def error(cls, parent: QWidget | None, title: str, message: str) -> None:
        """Tell the user something went wrong and nothing was changed."""
        cls._box(parent, QMessageBox.Icon.Warning, title, message)

    @classmethod
    def failure(cls, parent: QWidget | None, title: str, message: str, details: str | None = None) -> None:
        """An unexpected failure: one sentence, the technical details collapsed under "Details"."""
        cls._box(parent, QMessageBox.Icon.Warning, title, message, details=details)

    @classmethod
    def info(cls, parent: QWidget | None, title: str, message: str) -> None:
        """Tell the user something worth knowing."""
        cls._box(parent, QMessageBox.Icon.Information, title, message)

    @classmethod
    def confirm(cls, parent: QWidget | None, title: str, message: str) -> bool:
        """Ask a yes/no question; True means yes."""
        answer = cls._box(parent, QMessageBox.Icon.Question, title, message,
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes


def load_settings() -> settings.Settings:
    """The user's settings object."""
    return settings.Settings()


def get_icon(name: str) -> QIcon:
    """The icon `name` from icons.py (the only place icon names live)."""
    return icons.icon(name)
