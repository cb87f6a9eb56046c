"""Tests for factdesk.core.detect.language (German vs English)."""

from __future__ import annotations

import pytest

from factdesk.core.detect.language import PREFIX_CHARS, detect_language, langid_language

GERMAN = ("Die Stadtverwaltung hat am Dienstag mitgeteilt, dass der neue Bahnhof "
          "nicht vor dem kommenden Jahr eröffnet werden kann. Die Kosten seien gestiegen.")
ENGLISH = ("The city council said on Tuesday that the new station would not open before "
           "next year because the costs of the project have risen sharply.")


@pytest.mark.parametrize("text, expected", [(GERMAN, "de"), (ENGLISH, "en")])
def test_prose(text, expected):
    assert detect_language(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Bürgermeisterin verspricht günstigere Busfahrkarten", "de"),
    ("Mayor promises cheaper bus tickets", "en"),
])
def test_short_headlines_fall_back_to_langid(text, expected):
    assert detect_language(text) == expected
    assert langid_language(text) == expected


@pytest.mark.parametrize("text", ["", "   \n", "12 345 678", "!!!"])
def test_no_words_still_gives_a_language(text):
    assert detect_language(text) in ("de", "en")


def test_only_a_prefix_is_read():
    # An English opening decides, however much German follows it.
    text = (ENGLISH + " ") * (PREFIX_CHARS // len(ENGLISH) + 2) + GERMAN * 1000
    assert detect_language(text) == "en"


def test_english_quote_in_german_text():
    text = GERMAN + ' "We will not give up," she said. ' + GERMAN
    assert detect_language(text) == "de"
