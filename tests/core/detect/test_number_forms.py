"""Number forms the rules must read before any type is decided: fractions, signs, ranges
with "zwischen"/"between", capital scale letters, compound number words, vague hundreds, and
years attached with a hyphen (issue 10's candidate and value gaps). Sentences written for the test."""

import pytest

from factdesk.core.detect import detect
from factdesk.core.detect.numeric_claims import find_candidates


def _read(text: str, lang: str) -> list[tuple[str, float | None, bool]]:
    """(number phrase, value, ranged) of every candidate in `text`."""
    return [(text[c.num.start:c.num.end], c.num.value, c.num.ranged) for c in find_candidates(text, lang)]


@pytest.mark.parametrize("text, lang, phrase, value", [
    ("Ein Drittel der Befragten hält die Reform für falsch.", "de", "Ein Drittel", 1 / 3),
    ("Mit zwei Dritteln der Stimmen nahm der Rat den Antrag an.", "de", "zwei Dritteln", 2 / 3),
    ("Der Landtag änderte die Verfassung mit Zwei-Drittel-Mehrheit.", "de", "Zwei-Drittel", 2 / 3),
    ("Jeder Dritte will laut Umfrage nicht mehr wählen.", "de", "Jeder Dritte", 1 / 3),
    ("Jeder zweite Mieter zahlt mehr als ein Drittel seines Einkommens.", "de", "Jeder zweite", 1 / 2),
    ("A quarter of respondents said they had not decided.", "en", "A quarter of", 0.25),
])
def test_fractions_are_proportions(text, lang, phrase, value):
    found = {p: v for p, v, _ in _read(text, lang)}
    assert found[phrase] == pytest.approx(value)


@pytest.mark.parametrize("text, lang, phrase, value", [
    ("Der Saldo fiel schlechter aus (-0,7 Mrd.) als im Vorjahr.", "de", "-0,7 Mrd.", -7e8),
    ("Die Einnahmen lagen höher als budgetiert (+1,3 Mrd.).", "de", "+1,3 Mrd.", 1.3e9),
    ("Die Partei kam auf minus 45 Punkte in der Beliebtheitsskala.", "de", "minus 45", -45),
    ("Raubdelikte: - 4,7 % gegenüber dem Vorjahr.", "de", "- 4,7 %", -4.7),
    ("Her net rating stood at (-20) in the latest survey.", "en", "-20", -20),
    ("The index fell -2.5 percent on Monday.", "en", "-2.5 percent", -2.5),
])
def test_signed_numbers_keep_their_sign(text, lang, phrase, value):
    found = {p: v for p, v, _ in _read(text, lang)}
    assert found[phrase] == pytest.approx(value)


@pytest.mark.parametrize("text, lang", [
    ("Er erkrankte an COVID-19 im Frühjahr.", "de"),
    ("In der Saison 2019-20 spielte er für Köln.", "de"),
    ("The survey has a margin of plus or minus 3 points.", "en"),
])
def test_a_dash_or_minus_that_is_no_sign(text, lang):
    assert all(v is None or v >= 0 for _, v, _ in _read(text, lang))


@pytest.mark.parametrize("text, lang, phrase", [
    ("Die Polizei nahm zwischen 20 und 40 Menschen fest.", "de", "20 und 40"),
    ("Between 20 and 30 people were injured in the crush.", "en", "20 and 30"),
    ("Analysts expect growth of between 3% and 5% next year.", "en", "3% and 5%"),
])
def test_between_ranges_are_vague_spans(text, lang, phrase):
    [(p, value, ranged)] = [r for r in _read(text, lang) if r[0] == phrase]
    assert value is None and ranged


@pytest.mark.parametrize("text, lang, phrase, value", [
    ("The start-up reported a $1.35M loss for the quarter.", "en", "$1.35M", 1.35e6),
    ("The fund is now worth $2B after the merger.", "en", "$2B", 2e9),
    ("Mindestens eintausend Menschen zogen vor das Rathaus.", "de", "eintausend", 1000),
    ("Einhundertzwanzig Gäste kamen zur Eröffnung.", "de", "Einhundertzwanzig", 120),
])
def test_scale_letters_and_compound_number_words(text, lang, phrase, value):
    found = {p: v for p, v, _ in _read(text, lang)}
    assert found[phrase] == pytest.approx(value)


def test_a_few_hundred_is_vague():
    text = "Am Abend waren nur noch wenige Hundert Personen auf dem Platz."
    assert ("wenige Hundert", None, False) in _read(text, "de")


def test_a_hyphenated_age_is_no_time_but_a_reign_is():
    reign = detect("Mit dem Sturz endete die 42-jährige Herrschaft des Obersten.", "de").claims
    assert [(c.type, c.value) for c in reign] == [("duration_in_power", 42)]
    aged = detect("Die Polizei nahm zwei 25-Jährige fest.", "de").claims
    assert [(c.type, c.value) for c in aged] == [("arrests", 2)]
    assert not detect("Der 42-jährige Fahrer blieb unverletzt.", "de").claims


def test_a_fraction_of_voters_is_a_vote_share_in_percent():
    [claim] = detect("Laut der Umfrage will jeder Dritte die Partei wählen.", "de").claims
    assert (claim.type, claim.unit) == ("vote_share", "percent") and claim.value == pytest.approx(100 / 3)


def test_a_signed_budget_change_is_money():
    claims = detect("Das Defizit wuchs stärker als geplant (-0,7 Mrd. Franken).", "de").claims
    assert [(c.type, c.value) for c in claims] == [("money", -7e8)]


@pytest.mark.parametrize("text, lang, phrase, kind", [
    ("Police detained 50 people on Friday and another 900 on Saturday.", "en", "another 900", "arrests"),
    ("Am Freitag wurden 50 Menschen festgenommen, am Samstag weitere 900.", "de", "weitere 900", "arrests"),
    ("Two soldiers were killed on Monday and another three on Tuesday.", "en", "another three", "casualties"),
])
def test_an_elided_noun_counts_what_the_count_before_it_counted(text, lang, phrase, kind):
    proposals = {c.rule.text: c.rule.type for c in find_candidates(text, lang) if c.rule is not None}
    assert proposals[phrase] == kind


def test_another_of_something_else_is_not_people():
    proposals = [c.rule.type for c in find_candidates("The firm sold 50 cars and another 900 trucks.", "en")
                 if c.rule is not None]
    assert "arrests" not in proposals and "crowd_size" not in proposals
