"""Small helpers the main window and its views share.

- `Ask`: every modal question or message goes through one of its classmethods,
  so tests replace them (pytest-qt's `ask()` pattern) and never block on a dialog.
- `optional(name)`: imports a sibling GUI module another engineer owns, or
  returns None while it does not exist yet, so the window degrades gracefully.
- `load_settings()`: the user's name and role, through the settings dialog's
  `Settings` wrapper when it is there, else a minimal QSettings fallback.
- `claim_colour`/`type_label`: colours and labels of claim types.
"""

from __future__ import annotations

import getpass
from functools import lru_cache
import importlib
from types import ModuleType

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

# Fallback palette when theme.py is absent: distinct, calm, readable under black text.
_FALLBACK_COLOURS = {
    "vote_share": "#cfe3ff", "arrests": "#ffd6d1", "casualties": "#f6c6d6",
    "crowd_size": "#ffe3b8", "duration_in_power": "#dcd3f7", "term_count": "#e8d9f2",
    "money": "#cdeccf", "statistic": "#d3eef0", "quote": "#f2edc4",
    "date": "#e4e4e4", "duration": "#e9e2d6", "prediction": "#e0ecd9", "comparison": "#e6e0ee",
}
_FALLBACK_DARK = {
    "vote_share": "#2c4a73", "arrests": "#6e3530", "casualties": "#6b3247",
    "crowd_size": "#6b4c1f", "duration_in_power": "#463b6e", "term_count": "#56406a",
    "money": "#2f5a33", "statistic": "#2b5558", "quote": "#5c5626",
    "date": "#4a4a4a", "duration": "#544b3e", "prediction": "#3f5236", "comparison": "#4c4457",
}

TYPE_LABELS = {
    "vote_share": "Vote share", "arrests": "Arrests", "casualties": "Casualties",
    "crowd_size": "Crowd size", "duration_in_power": "Time in power", "term_count": "Term count",
    "money": "Money", "statistic": "Statistic", "quote": "Quote", "date": "Date",
    "duration": "Duration", "prediction": "Prediction", "comparison": "Comparison",
}

STATUS_LABELS = {
    "new": "New", "researching": "Researching", "ready_for_review": "Ready for review",
    "approved": "Approved", "returned": "Returned", "dismissed": "Dismissed",
}

QUALIFIER_LABELS = {
    "exact": "exactly", "approx": "about", "more_than": "more than", "less_than": "less than",
    "at_least": "at least", "up_to": "up to", "vague": "vague",
}


def tr(text: str, disambiguation: str | None = None) -> str:
    """Translate a UI string in the FactDesk context (i18n.py installs the translator)."""
    return QApplication.translate("FactDesk", text, disambiguation)


def optional(name: str) -> ModuleType | None:
    """Import `factdesk.gui.<name>` if that module exists yet, else return None."""
    full = f"factdesk.gui.{name}"
    try:
        return importlib.import_module(full)
    except ModuleNotFoundError as exc:
        if exc.name != full:
            raise
        return None


def is_dark(widget: QWidget | None = None) -> bool:
    """True when the palette in use is a dark one."""
    pal = widget.palette() if widget is not None else QApplication.palette()
    return pal.window().color().lightness() < 128


def type_colour(claim_type: str, dark: bool = False) -> QColor:
    """The highlight colour of a claim type (theme.py decides when it is there)."""
    return QColor(_type_colour(claim_type, dark))


@lru_cache(maxsize=None)
def _type_colour(claim_type: str, dark: bool) -> QColor:
    theme = optional("theme")
    if theme is not None and hasattr(theme, "type_colour"):
        try:
            return QColor(theme.type_colour(claim_type, dark))
        except Exception:  # an unknown type in an older theme: fall back
            pass
    table = _FALLBACK_DARK if dark else _FALLBACK_COLOURS
    return QColor(table.get(claim_type, "#5a5a5a" if dark else "#e0e0e0"))


def type_label(claim_type: str) -> str:
    """The readable name of a claim type."""
    return tr(TYPE_LABELS.get(claim_type, claim_type.replace("_", " ").capitalize()))


def status_label(status: str) -> str:
    """The readable name of a workflow status."""
    return tr(STATUS_LABELS.get(status, status))


# unit words of normalized values (plural, singular); currencies and symbols (EUR, km) stay as they are
UNIT_LABELS = {
    "years": "years", "people": "people", "copies": "copies", "pieces": "pieces", "points": "points",
    "percentage points": "percentage points", "times": "times", "degrees": "degrees", "votes": "votes",
    "seats": "seats", "barrel": "barrels", "acres": "acres", "miles": "miles", "lanes": "lanes",
    "storeys": "storeys", "basis points": "basis points",
}
UNIT_ONE_LABELS = {
    "years": "year", "people": "person", "copies": "copy", "pieces": "piece", "points": "point",
    "percentage points": "percentage point", "times": "time", "degrees": "degree", "votes": "vote",
    "seats": "seat", "barrel": "barrel", "acres": "acre", "miles": "mile", "lanes": "lane",
    "storeys": "storey", "basis points": "basis point",
}


def unit_label(unit: str, value: float) -> str:
    """A unit word in the UI language ('26 Jahre'); unknown units (EUR, km) as they are."""
    if unit not in UNIT_LABELS:
        return unit
    return tr(UNIT_ONE_LABELS.get(unit, unit)) if value == 1 else tr(UNIT_LABELS.get(unit, unit))


def format_value(value: float | None, unit: str | None = None, qualifier: str | None = None) -> str:
    """A claim's normalized value for people: 'more than 30,000 people', '2.5 billion EUR', '5th term';
    in German 'mehr als 30.000 Personen', '2,5 Mrd. EUR', '5. Amtszeit'."""
    from PySide6.QtCore import QLocale
    loc = QLocale()
    german = loc.language() == QLocale.Language.German
    if value is None:
        return tr("vague number") if qualifier == "vague" else ""
    if unit == "term" and float(value).is_integer():
        n = int(value)
        if german:
            return tr("%1. term").replace("%1", str(n))
        suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
        return f"{n}{suffix} {tr('term')}"
    text = _number_words(float(value), loc, german)
    if unit == "percent":
        text = f"{text} %" if german else f"{text}%"
    elif unit:
        text = f"{text} {unit_label(unit, float(value))}"
    if qualifier and qualifier != "exact":
        text = f"{tr(QUALIFIER_LABELS.get(qualifier, qualifier))} {text}".strip()
    return text


def _number_words(value: float, loc, german: bool) -> str:
    """30,000 / 2.5 million / 1.5 billion (German: 30.000 / 2,5 Mio. / 1,5 Mrd.) in the locale's digits."""
    for size, en, de in ((1e12, "trillion", "Bio."), (1e9, "billion", "Mrd."), (1e6, "million", "Mio.")):
        if abs(value) >= size:
            scaled = value / size
            digits = loc.toString(int(scaled)) if scaled.is_integer() else loc.toString(scaled, "g", 4)
            return f"{digits} {de if german else tr(en)}"
    if value.is_integer():
        return loc.toString(int(value))
    return loc.toString(value, "g", 12)


def _four_digit_year(fmt: str) -> str:
    """A locale's short date format with the year written out ('dd.MM.yy' -> 'dd.MM.yyyy')."""
    return fmt if "yyyy" in fmt else fmt.replace("yy", "yyyy")


def format_date(date) -> str:
    """A QDate in the locale's short format with a four-digit year: 23.12.2013, 23/12/2013."""
    from PySide6.QtCore import QLocale
    loc = QLocale()
    return loc.toString(date, _four_digit_year(loc.dateFormat(QLocale.FormatType.ShortFormat)))


def format_date_time(when) -> str:
    """A QDateTime like format_date, with hours and minutes."""
    from PySide6.QtCore import QLocale
    loc = QLocale()
    return loc.toString(when, _four_digit_year(loc.dateTimeFormat(QLocale.FormatType.ShortFormat)))


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


class _FallbackSettings:
    """Name and role from QSettings while settings_dialog.py is not there."""

    def __init__(self) -> None:
        self._q = QSettings()

    def user_name(self) -> str:
        name = self._q.value("user/name", "")
        if name:
            return str(name)
        try:
            return getpass.getuser()
        except Exception:
            return "checker"

    def role(self) -> str:
        return str(self._q.value("user/role", "checker"))

    def language(self) -> str | None:
        value = self._q.value("ui/language", "")
        return str(value) if value else None


def load_settings():
    """The user's settings object: settings.Settings when present, else a fallback."""
    for name in ("settings", "settings_dialog"):
        module = optional(name)
        if module is not None and hasattr(module, "Settings"):
            try:
                return module.Settings()
            except Exception:
                continue
    return _FallbackSettings()


def get_icon(name: str):
    """The icon `name` from icons.py (the only place icon names live); an empty icon without it."""
    from PySide6.QtGui import QIcon
    icons = optional("icons")
    if icons is None:
        return QIcon()
    try:
        return icons.icon(name)
    except Exception:
        return QIcon()
