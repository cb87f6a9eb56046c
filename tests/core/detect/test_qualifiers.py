"""Qualifiers: one row per cue of docs/claims.md, plus every cue in the shipped rule files."""

import pytest

from factdesk.core.detect.numeric_claims import find_claims
from factdesk.core.detect.qualifiers import qualifier_before
from factdesk.core.detect.rules import rules_for

TABLE = [
    ("de", "rund", "approx"), ("de", "etwa", "approx"), ("de", "circa", "approx"), ("de", "ca.", "approx"),
    ("de", "knapp", "approx"), ("de", "gut", "approx"), ("de", "annähernd", "approx"), ("de", "fast", "approx"),
    ("de", "nahezu", "approx"), ("de", "mehr als", "more_than"), ("de", "über", "more_than"),
    ("de", "weit über", "more_than"), ("de", "weniger als", "less_than"), ("de", "unter", "less_than"),
    ("de", "mindestens", "at_least"), ("de", "wenigstens", "at_least"), ("de", "bis zu", "up_to"),
    ("de", "höchstens", "up_to"), ("de", "maximal", "up_to"),
    ("en", "about", "approx"), ("en", "around", "approx"), ("en", "roughly", "approx"), ("en", "nearly", "approx"),
    ("en", "almost", "approx"), ("en", "some", "approx"), ("en", "approximately", "approx"),
    ("en", "more than", "more_than"), ("en", "over", "more_than"), ("en", "upwards of", "more_than"),
    ("en", "less than", "less_than"), ("en", "fewer than", "less_than"), ("en", "under", "less_than"),
    ("en", "at least", "at_least"), ("en", "up to", "up_to"), ("en", "at most", "up_to"),
]


@pytest.mark.parametrize("lang, cue, qualifier", TABLE)
def test_cue_from_the_contract(lang, cue, qualifier):
    text = f"x {cue} 30 000"
    assert qualifier_before(text, text.index("30"), lang) == (qualifier, 2)


def _all_cues():
    return [(lang, cue, q) for lang in ("de", "en") for cue, q in rules_for(lang).qualifiers.items()]


@pytest.mark.parametrize("lang, cue, qualifier", _all_cues())
def test_every_cue_in_the_rule_files(lang, cue, qualifier):
    text = f"Es waren {cue} 500"
    assert qualifier_before(text, text.index("500"), lang)[0] == qualifier


@pytest.mark.parametrize("text, lang, qualifier", [
    ("Die Polizei meldete mehr als 400 Festnahmen.", "de", "more_than"),
    ("Bei dem Unglück starben mindestens zwölf Menschen.", "de", "at_least"),
    ("Der Schaden beträgt rund 3 Millionen Euro.", "de", "approx"),
    ("Hunderte Demonstranten zogen durch die Stadt.", "de", "vague"),
    ("Police said about 300 people were detained.", "en", "approx"),
    ("The storm killed at least 14 people.", "en", "at_least"),
    ("Dozens of protesters were arrested.", "en", "vague"),
    ("The fine could reach up to $2 million.", "en", "up_to"),
    ("Unter den zwölf Verdächtigen, die festgenommen wurden, ist ein Arzt.", "de", "exact"),
])
def test_claim_qualifier(text, lang, qualifier):
    claims = [c for c in find_claims(text, lang) if c.type != "duration"]
    assert claims and claims[0].qualifier == qualifier


def test_no_cue_is_exact_and_cue_must_touch_the_number():
    text = "Über die Lage wurde berichtet, 40 Menschen starben."
    assert qualifier_before(text, text.index("40"), "de") == ("exact", text.index("40"))
