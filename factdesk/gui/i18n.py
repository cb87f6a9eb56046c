"""German and English UI: Qt translators, and numbers and dates formatted for the language.

`install_translator(app, language)` loads ``resources/translations/factdesk_de.qm``
(made with Qt Linguist from ``factdesk_de.ts``; ``update.sh`` beside it
refreshes both) and Qt's own ``qtbase_de.qm`` for the standard dialogs. The
source strings are English, so English needs no translation file. Calling it
again switches the language: the old translators are removed first and Qt
sends every widget a LanguageChange event.

`format_number` and `format_date` use Babel (imported only when first used,
to keep start-up fast).
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from factdesk.resources import resource_path

UI_LANGUAGES: tuple[str, ...] = ("de", "en")
_BABEL_LOCALES = {"de": "de_DE", "en": "en_GB"}

_installed: list[QTranslator] = []  # kept alive here; Qt does not own installed translators


def system_language() -> str:
    """The UI language the system locale asks for: "de" for German locales, else "en"."""
    for name in QLocale.system().uiLanguages() or [QLocale.system().name()]:
        code = name.replace("-", "_").split("_")[0].lower()
        if code in UI_LANGUAGES:
            return code
    return "en"


def normalize_language(language: str | None) -> str:
    """Map None/"system", "de_DE", "en-GB", "Deutsch"… to "de" or "en"."""
    if language is None or str(language).strip().lower() in ("", "system", "auto"):
        return system_language()
    code = str(language).strip().replace("-", "_").split("_")[0].lower()
    if code in ("de", "deutsch", "german"):
        return "de"
    if code in ("en", "english", "englisch"):
        return "en"
    raise ValueError(f"FactDesk speaks German and English, not {language!r}")


def translation_path(language: str) -> str:
    """The path of FactDesk's compiled translation for `language` (it may not exist)."""
    return str(resource_path("translations", f"factdesk_{language}.qm"))


def install_translator(app: QCoreApplication | None = None, language: str | None = None) -> str:
    """Install the translators for `language` (None: follow the system); return "de" or "en".

    Raises ValueError for languages other than German and English, leaving the
    current translators in place.
    """
    code = normalize_language(language)
    app = app or QCoreApplication.instance()
    for old in _installed:
        QCoreApplication.removeTranslator(old)
    _installed.clear()
    if code != "en":
        ours = QTranslator()
        if ours.load(translation_path(code)):
            QCoreApplication.installTranslator(ours)
            _installed.append(ours)
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        qt = QTranslator()
        if qt.load(f"qtbase_{code}", qt_dir):
            QCoreApplication.installTranslator(qt)
            _installed.append(qt)
    if app is not None:
        app.setProperty("factdesk_language", code)
    return code


def current_language() -> str:
    """The language installed last by `install_translator` (the system's before any call)."""
    app = QCoreApplication.instance()
    value = app.property("factdesk_language") if app is not None else None
    return value if value in UI_LANGUAGES else system_language()


def _babel_locale(language: str | None) -> str:
    return _BABEL_LOCALES[normalize_language(language)]


def format_number(x: float | int | None, language: str | None = None, decimals: int | None = None) -> str:
    """Format a number for people: "30.000" / "80,1" in German, "30,000" / "80.1" in English.

    `decimals` fixes the number of decimals; by default whole numbers have
    none and others up to three. None gives "".
    """
    if x is None:
        return ""
    from babel.numbers import format_decimal

    locale = _babel_locale(language or current_language())
    if decimals is not None:
        pattern = "#,##0" + ("." + "0" * decimals if decimals > 0 else "")
        return format_decimal(x, format=pattern, locale=locale)
    if float(x).is_integer():
        return format_decimal(int(x), locale=locale)
    return format_decimal(x, format="#,##0.###", locale=locale)


def format_date(iso: str | date | None, language: str | None = None, with_time: bool | None = None) -> str:
    """Format an ISO date or timestamp for people ("24.11.2026" / "24 Nov 2026", with time if it has one).

    Unparsable input is returned unchanged (so a view still shows something); None gives "".
    """
    if iso is None or iso == "":
        return ""
    value: date | datetime
    if isinstance(iso, (date, datetime)):
        value = iso
    else:
        text = str(iso).strip()
        try:
            value = datetime.fromisoformat(text.replace("Z", "+00:00")) if len(text) > 10 else \
                date.fromisoformat(text)
        except ValueError:
            return str(iso)
    locale = _babel_locale(language or current_language())
    from babel import dates

    if isinstance(value, datetime) and with_time is not False:
        if value.tzinfo is not None:
            value = value.astimezone()  # shown in the user's local time
        return f"{dates.format_date(value.date(), format='medium', locale=locale)}, " \
               f"{dates.format_time(value, format='short', locale=locale)}"
    day = value.date() if isinstance(value, datetime) else value
    return dates.format_date(day, format="medium", locale=locale)
