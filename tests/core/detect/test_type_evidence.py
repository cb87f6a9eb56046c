"""Where the rules' evidence is explicit the type follows it; the form of a number rules types out.
Sentences written for the test (issue 10: poll shares read as statistics, crowds in protest reports,
attributes naming the event, "Mrd." as a vote share, "(-20)" as money)."""

import pytest

from factdesk.core.detect import detect
from factdesk.core.detect.claim_types import allowed_labels


def _typed(text: str, lang: str) -> list[tuple[str, str, float | None]]:
    return [(c.text, c.type, c.value) for c in detect(text, lang).claims if c.type != "quote"]


@pytest.mark.parametrize("text, lang, phrase", [
    ("In the new poll Clinton leads Trump 54 percent to 39 percent.", "en", "39 percent"),
    ("Laut der Umfrage kommt die SPD auf 28 Prozent, die CDU/CSU 31 Prozent.", "de", "31 Prozent"),
    ("Laut der Umfrage sind 62 Prozent der Befragten mit der Regierung zufrieden.", "de", "62 Prozent"),
    ("In the poll, 30 percent have a favorable view of the governor.", "en", "30 percent"),
])
def test_poll_shares_are_vote_shares(text, lang, phrase):
    assert (phrase, "vote_share") in [(t, k) for t, k, _ in _typed(text, lang)]


def test_a_rising_range_of_percentages_is_no_head_to_head():
    assert {k for _, k, _ in _typed("Economists forecast growth of 3% to 3.5% next year.", "en")} == {"statistic"}


def test_a_net_rating_after_poll_shares_is_no_money():
    found = _typed("In the poll, 41 percent view him positively and 58 percent negatively (-17).", "en")
    assert "money" not in {k for _, k, _ in found}


@pytest.mark.parametrize("text, lang, kind, value", [
    ("Die Küstenwache hat 14 tote Flüchtlinge geborgen.", "de", "casualties", 14),
    ("Die Armee meldete drei am Montag getötete Soldaten.", "de", "casualties", 3),
    ("Bei zwei im Raum Köln festgenommenen Männern fand man Waffen.", "de", "arrests", 2),
    ("Die Polizei hat acht mutmaßliche Schleuser festgenommen.", "de", "arrests", 8),
    ("Bei 74 Personen erfolgten Freiheitsbeschränkungen.", "de", "arrests", 74),
])
def test_the_attribute_or_the_police_word_names_the_event(text, lang, kind, value):
    assert [(k, v) for _, k, v in _typed(text, lang)] == [(kind, value)]


def test_a_count_of_people_in_a_protest_report_is_its_crowd_but_not_the_police():
    text = ("Großdemonstration gegen die Reform\n\nZu der Kundgebung kamen laut Polizei rund 2.000 Personen. "
            "Die Polizei war mit 800 Beamten im Einsatz. Bei 40 Personen wurden die Identitäten festgestellt.")
    found = {t: k for t, k, _ in _typed(text, "de")}
    assert found["rund 2.000 Personen"] == "crowd_size"
    assert found["800 Beamten"] == "statistic" and found["40 Personen"] == "statistic"


def test_outside_a_protest_story_the_rules_call_a_count_of_people_no_crowd():
    from factdesk.core.detect.numeric_claims import find_candidates

    text = "Die Stadt zählt nach der Volkszählung rund 2.000 neue Einwohner und 300 Personen mehr im Altenheim."
    assert {c.rule.type for c in find_candidates(text, "de") if c.rule is not None} == {"statistic"}


@pytest.mark.parametrize("words, ruled_out", [
    (["K=card", "AGE"], {"statistic", "arrests"}),
    (["K=card", "CUR", "SVOTE"], {"vote_share", "statistic"}),
    (["K=card", "PCT", "SVOTE"], {"money", "arrests"}),
    (["K=card", "SCALE", "SVOTE"], {"vote_share"}),
    (["K=ordinal", "SVOTE"], {"vote_share", "money"}),
    (["K=card", "NC=tally", "SVOTE"], {"crowd_size", "arrests"}),
    (["K=card", "PCT"], {"vote_share"}),  # a percentage with no election or poll word
    (["K=card"], {"money"}),  # a bare number is no amount of money
])
def test_the_form_of_a_number_rules_types_out(words, ruled_out):
    assert not set(allowed_labels(words)) & ruled_out


def test_millions_who_came_out_to_protest_are_a_crowd():
    assert _typed("More than 2m people came out to protest on Sunday.", "en") == [
        ("More than 2m people came out", "crowd_size", 2e6)]
