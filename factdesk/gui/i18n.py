"""German and English UI: Qt translators for the GUI's own chrome.

`install_translator(app, language)` loads ``resources/translations/factdesk_de.qm``
(made with Qt Linguist from ``factdesk_de.ts``; ``update.sh`` beside it
refreshes both) and Qt's own ``qtbase_de.qm`` for the standard dialogs. The
source strings are English, so English needs no translation file. Calling it
again switches the language: the old translators are removed first and Qt
sends every widget a LanguageChange event.

The words of claims (types, statuses, values, dates) come from
`factdesk.core.words` in the language `current_language()` names.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from factdesk.resources import resource_path

UI_LANGUAGES: tuple[str, ...] = ("de", "en")

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


