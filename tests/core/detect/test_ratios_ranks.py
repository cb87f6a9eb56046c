"""Ratios, ranks, a poll's margin of error, times of day and number words that open a sentence
(issue 10's remaining number forms: "Eight made it", "ersten Platz"). Sentences written for the test."""

import pytest

from factdesk.core.detect import detect


def _claims(text: str, lang: str) -> dict[str, tuple[str, float | None]]:
    """{claim text: (type, value)} of the scored numeric claims detect() finds in `text`."""
    return {c.text: (c.type, c.value) for c in detect(text, lang).claims if c.type != "quote"}


@pytest.mark.parametrize("text, lang, phrase, kind, value", [
    ("Seven out of 10 voters named the economy as the issue of this election.", "en",
     "Seven out of 10 voters", "vote_share", 70),
    ("In the poll, roughly 3-in-4 voters backed the new mayor.", "en", "roughly 3-in-4 voters", "vote_share", 75),
    ("At that speed, nine times out of ten a pedestrian does not survive a crash.", "en",
     "nine times out of ten", "statistic", 90),
    ("Only about one in 40 drivers was over the limit at the checkpoints.", "en", "about one in 40 drivers", "statistic", 2.5),
])
def test_a_ratio_is_a_share_in_percent(text, lang, phrase, kind, value):
    found = _claims(text, lang)
    assert found[phrase][0] == kind
    assert found[phrase][1] == pytest.approx(value)


@pytest.mark.parametrize("text, lang, share", [
    ("The ruling alliance holds 310 out of 500 seats in parliament.", "en", 62),
    ("Die Koalition hält 310 von 500 Sitzen im Parlament.", "de", 62),
    ("Das Gericht sprach drei von zwölf Angeklagten frei.", "de", 25),
])
def test_counts_of_seats_and_partitives_are_no_ratio(text, lang, share):
    found = _claims(text, lang)
    assert found and not any(value == pytest.approx(share) for _, value in found.values())
    assert not any(kind == "vote_share" for kind, _ in found.values())


@pytest.mark.parametrize("text, lang, phrase, value", [
    ("Die Stadt belegte im Vergleich den ersten Platz.", "de", "ersten Platz", 1),
    ("Im Länderranking liegt Österreich auf dem vierten Platz.", "de", "vierten Platz", 4),
    ("Die Schule kam beim Wettbewerb auf den zweiten Rang.", "de", "zweiten Rang", 2),
    ("The team took second place in the national final.", "en", "second place", 2),
])
def test_an_ordinal_with_a_rank_noun_is_a_rank(text, lang, phrase, value):
    assert _claims(text, lang)[phrase] == ("statistic", value)


def test_a_rank_after_a_plural_rank_noun_is_no_money():
    text = ("An der Spitze liegt die Firma mit 600 Milliarden Euro Börsenwert, auf den Plätzen drei "
            "und vier folgen zwei Banken.")
    found = _claims(text, "de")
    assert found["Plätzen drei"] == ("statistic", 3)
    assert not any(kind == "money" and value == 3e9 for kind, value in found.values())


def test_an_idiom_with_stelle_is_no_rank():
    assert _claims("Für die Regierung steht die Sicherheit an erster Stelle.", "de") == {}


@pytest.mark.parametrize("text, lang, phrase, value", [
    ("The survey of 900 likely voters has a margin of error of plus or minus 3.4 percentage points.", "en",
     "margin of error of plus or minus 3.4 percentage points", 3.4),
    ("In the election poll the margin of sampling error is 4 percent.", "en",
     "margin of sampling error is 4 percent", 4),
])
def test_a_margin_of_error_is_a_statistic_not_a_vote_share(text, lang, phrase, value):
    assert _claims(text, lang)[phrase] == ("statistic", value)


def test_a_margin_of_error_beside_poll_shares():
    text = ("In the poll before the election the senator leads with 48 percent to 41 percent; "
            "the margin of error is plus or minus 3 percentage points.")
    found = _claims(text, "en")
    assert found["48 percent"] == ("vote_share", 48)
    assert [kind for phrase, (kind, _) in found.items() if "margin" in phrase] == ["statistic"]


@pytest.mark.parametrize("text, lang", [
    ("Ab etwa 22.40 Uhr kam es zu mehreren Festnahmen am Bahnhof.", "de"),
    ("The crowd gathered at 6.30 p.m. outside the ministry, police said.", "en"),
])
def test_a_time_of_day_is_no_claim(text, lang):
    found = _claims(text, lang)
    assert not any(value in (22.4, 6.3) for _, value in found.values())


@pytest.mark.parametrize("text, lang, phrase, value", [
    ("Candidates who paid for their own campaigns mostly lost. Nine made it to the runoff, but only "
     "two won a seat.", "en", "Nine", 9),
    ("Zwölf Bewerber traten an. Acht schafften es in die zweite Runde.", "de", "Acht", 8),
])
def test_a_number_word_opening_a_sentence_as_its_subject_is_a_count(text, lang, phrase, value):
    assert _claims(text, lang)[phrase] == ("statistic", value)
