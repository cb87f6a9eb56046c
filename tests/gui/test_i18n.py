"""German translations load and translate (numbers and dates: tests/core/test_words.py)."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from factdesk.gui import i18n
from factdesk.resources import resource_path


@pytest.fixture(autouse=True)
def back_to_english(qapp):
    yield
    i18n.install_translator(qapp, "en")


def test_german_translates_known_strings(qapp):
    assert i18n.install_translator(qapp, "de") == "de"
    assert QCoreApplication.translate("SearchDialog", "Search the desk") == "Desk durchsuchen"
    assert QCoreApplication.translate("SettingsDialog", "Your &name:") == "Ihr &Name:"
    from factdesk.gui.app import type_label
    assert type_label("vote_share") == "Stimmenanteil"  # core/words.py, in the UI language
    assert QCoreApplication.translate("FactDesk", "Claim") == "Behauptung"  # from a *_LABELS table
    assert QCoreApplication.translate("SearchResultsModel", "Claims (%n)", None, 3) == "Behauptungen (3)"


def test_switching_back_to_english(qapp):
    i18n.install_translator(qapp, "de")
    assert i18n.install_translator(qapp, "en_GB") == "en"
    assert QCoreApplication.translate("SearchDialog", "Search the desk") == "Search the desk"


def test_qt_standard_dialogs_are_translated_when_qt_ships_german(qapp):
    from PySide6.QtCore import QLibraryInfo

    if not Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath), "qtbase_de.qm").exists():
        pytest.skip("this Qt has no qtbase_de.qm")
    i18n.install_translator(qapp, "de")
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Abbrechen"


def test_system_language_is_followed(qapp, monkeypatch):
    monkeypatch.setattr(i18n, "system_language", lambda: "de")
    assert i18n.install_translator(qapp, None) == "de"
    assert i18n.install_translator(qapp, "system") == "de"


def test_unknown_language_is_refused_and_changes_nothing(qapp):
    i18n.install_translator(qapp, "de")
    with pytest.raises(ValueError, match="German and English"):
        i18n.install_translator(qapp, "fr")
    assert QCoreApplication.translate("SearchDialog", "Search the desk") == "Desk durchsuchen"


def test_every_message_is_translated():
    root = ET.parse(resource_path("translations", "factdesk_de.ts")).getroot()
    unfinished = [m.findtext("source") for m in root.iter("message")
                  if m.find("translation").get("type") in ("unfinished", "obsolete", "vanished")]
    assert unfinished == []


def test_translations_keep_their_placeholders():
    import re

    root = ET.parse(resource_path("translations", "factdesk_de.ts")).getroot()
    for m in root.iter("message"):
        source, target = m.findtext("source"), m.find("translation")
        forms = target.findall("numerusform")
        texts = [f.text or "" for f in forms] if forms else [target.text or ""]
        for text in texts:
            for pattern in (r"%\d", r"\{\d\}", r"%n"):
                assert sorted(re.findall(pattern, source)) == sorted(re.findall(pattern, text)), source



def test_no_ui_string_hides_in_an_f_string_untranslated():
    """lupdate does not look inside f-strings: a tr() only there is never collected, so German shows English."""
    import io
    import re
    import tokenize
    from pathlib import Path

    import factdesk.gui
    root = ET.parse(resource_path("translations", "factdesk_de.ts")).getroot()
    known = {m.findtext("source") for m in root.iter("message")}
    hidden = []
    for path in sorted(Path(factdesk.gui.__file__).parent.glob("*.py")):
        for token in tokenize.generate_tokens(io.StringIO(path.read_text(encoding="utf-8")).readline):
            if token.type == tokenize.STRING and "f" in re.match(r"[a-zA-Z]*", token.string).group().lower():
                for text in re.findall(r"""\btr\((?:"([^"]*)"|'([^']*)')""", token.string):
                    if (text[0] or text[1]) not in known:
                        hidden.append(f"{path.name}:{token.start[0]} {text[0] or text[1]}")
    assert hidden == []
