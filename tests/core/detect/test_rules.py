"""Lexicon patterns: factoring the word alternatives for speed finds exactly the same matches."""

import re

from factdesk.core.detect.rules import factor_alternatives, first_letters, rules_for, trie_rx, words_rx

# Words sharing first letters, one a prefix of another, "*" endings, a gap entry, several words,
# capitals, umlauts and a hyphen: every way an entry can overlap another one.
ENTRIES = ["Wahl", "wahlen", "Wahlbeteiligung*", "wähler*", "Welt", "weltweit", "nahmen ... fest", "festnahme*",
           "fest", "exit poll*", "exit", "US-Wahl", "Umfrage*", "um", "über", "Übergriff*", "Stimme", "Stimmen"]
TEXT = ("Die US-Wahl: Wahlen, Wahlbeteiligungen und WÄHLER. Weltweit nahmen Polizisten 40 Leute fest, "
        "die Festnahmen waren fest geplant. An exit poll, the Exit-Polls, um 5 Uhr über Übergriffe; "
        "Stimmen-Stimme stimmen Umfragewerte umfrage wahlen-wahl weltweite welt.")


def _matches(pattern: str, text: str) -> list[tuple[tuple[int, int], str | None]]:
    return [(m.span(), m.lastgroup) for m in re.finditer(pattern, text, re.IGNORECASE)]


def test_factored_words_find_the_same_matches_as_the_plain_alternation():
    for bounded in (True, False):
        plain = words_rx(ENTRIES, bounded=bounded, ignorecase=False)
        factored = words_rx(ENTRIES, bounded=bounded)
        assert factored != plain  # it is factored...
        assert _matches(factored, TEXT) == _matches(plain, TEXT)  # ...and finds the same
        assert _matches(factored, TEXT.lower()) == _matches(plain, TEXT.lower())


def test_factored_lexicons_match_like_the_plain_ones():
    text = TEXT * 2
    for lang in ("de", "en"):
        for key, entries in rules_for(lang).lexicon.items():
            if isinstance(entries, list) and entries and all(isinstance(e, str) for e in entries):
                assert (_matches(words_rx(entries), text)
                        == _matches(words_rx(entries, ignorecase=False), text)), (lang, key)


def test_word_endings_with_a_first_letter_lookahead():
    endings = ["befürworter", "befürwortern", "wähler", "wahl", "wahlen"]
    plain = r"\w(?:" + "|".join(endings) + r")\b"
    fast = r"\w" + first_letters(endings) + "(?:" + factor_alternatives(endings) + r")\b"
    text = "Bundestagswahl, Austrittsbefürwortern, Nichtwähler, Landtagswahlen, Wahl, Kommunalwahlenx"
    assert _matches(fast, text) == _matches(plain, text) != []


def test_alternatives_not_starting_with_a_letter_stay_as_they_are():
    assert factor_alternatives([r"\$", "dollar"]) == r"\$|dollar"
    assert first_letters([r"\$", "dollar"]) == ""


def test_a_trie_spells_each_continuation_once_and_finds_every_word():
    words = ["millionen*", "milliarden*", "acht+", "zwei+", "zweite", "Dutzend", "tausende"]
    source = trie_rx(words, more="(?:und|zwanzig|hundert)")
    assert source.count("onen") == 1  # "Millionen…" and "millionen…" share one continuation
    text = ("Millionenbetrag, millionenschwer, Milliarden-Paket; achtundzwanzig und Achthundert, "
            "zwei Zweite zweiten, Dutzend dutzend Tausende tausende Zweitausend")
    found = re.findall(rf"\b(?:{source})\b", text)
    assert found == ["Millionenbetrag", "millionenschwer", "Milliarden-Paket", "achtundzwanzig", "Achthundert",
                     "zwei", "Zweite", "Dutzend", "Tausende", "tausende"]
