"""Small helpers the main window and its views share.

- `Ask`: every modal question or message goes through one of its classmethods,
  so tests replace them (pytest-qt's `ask()` pattern) and never block on a dialog.
- `load_settings()`: the user's settings (`factdesk.gui.settings.Settings`).
- `type_colour`: claim-type colours from `factdesk.gui.theme`; `is_dark(widget)`:
  whether a view's palette is dark; `get_icon(name)`: an icon from `factdesk.gui.icons`.
- `type_label`/`status_label`/`format_value`/`format_date`: readable labels
  and numbers in the UI language.
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from factdesk.gui import icons, settings, theme

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


def load_settings() -> settings.Settings:
    """The user's settings object."""
    return settings.Settings()


def get_icon(name: str) -> QIcon:
    """The icon `name` from icons.py (the only place icon names live)."""
    return icons.icon(name)
