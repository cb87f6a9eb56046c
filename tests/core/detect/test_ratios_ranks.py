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


@pytest.mark.parametrize("text, lang, phrase", [
    ("The colonel seized power in a 2019 coup and has not held an election since.", "en", "seized power in a 2019"),
    ("She took office in March 2018 after a close vote.", "en", "took office in March 2018"),
    ("Seit seiner Machtübernahme 2011 regiert der Präsident per Dekret.", "de", "Machtübernahme 2011"),
])
def test_the_year_someone_came_to_power_is_a_time_in_power_without_a_length(text, lang, phrase):
    assert _claims(text, lang)[phrase] == ("duration_in_power", None)


def test_ruled_a_country_for_years_is_a_time_in_power():
    found = _claims("The president has ruled the island for 31 years without a break.", "en")
    assert found["has ruled the island for 31 years"] == ("duration_in_power", 31)


def test_a_founding_year_is_no_time_in_power():
    assert not any(kind == "duration_in_power"
                   for kind, _ in _claims("The company was founded in 2014 and took over a rival in 2019.",
                                          "en").values())


def test_a_number_without_its_noun_is_told_what_the_count_before_it_counted():
    from factdesk.core.detect.claim_types import typer
    from factdesk.core.detect.features import candidates_with_words
    from factdesk.core.detect.pipeline import get_pipeline

    text = ("Der Veranstalter sprach von 40.000 Demonstranten, die Polizei von 25.000. "
            "Die Stadt hat 300.000 Einwohner und 120 Schulen.")
    doc = get_pipeline("de").make_doc(text)
    words = {c.claim.text: w for c, w in candidates_with_words(text, "de", doc, typer("de").maker)}
    assert "ELIDED=crowd_size" in words["25.000"]
    assert not any(w.startswith("ELIDED=") for w in words["120 Schulen"])


@pytest.mark.parametrize("text, lang, phrase", [
    ("Nach der Demonstration prüfte die Polizei mehr als 2.000 Einträge in den Listen.", "de",
     "mehr als 2.000 Einträge"),
    ("After the protest march, officials checked over 5,000 entries in the voter rolls.", "en",
     "over 5,000 entries"),
])
def test_a_count_of_things_is_never_a_count_of_people(text, lang, phrase):
    kind, _ = _claims(text, lang).get(phrase, ("none", None))
    assert kind not in ("arrests", "casualties", "crowd_size")


def test_a_vague_hundreds_is_one_vague_count():
    found = _claims("Vor dem Rathaus versammelten sich mehrere hundert Personen, am Abend einige Zehntausend.", "de")
    assert found["mehrere hundert Personen"] == ("crowd_size", None)
    assert "hundert Personen" not in found


def test_a_signed_amount_in_brackets_is_no_age():
    found = _claims("Der Haushalt schliesst mit 3,1 Milliarden Franken, die Ausgaben sanken (-79 Mio.). "
                    "Die Ärztin Ana Beispiel (48) bestätigte das.", "de")
    assert found["-79 Mio."] == ("money", -79e6)
    assert not any(value == 48 for _, value in found.values())


@pytest.mark.parametrize("text, lang, phrase", [
    ("During the riot 40 inmates were injured, the prison service said.", "en", "40 inmates"),
    ("Bei dem Aufstand wurden zwölf Häftlinge getötet.", "de", "zwölf Häftlinge getötet"),
])
def test_people_held_who_are_hurt_or_killed_are_casualties(text, lang, phrase):
    assert _claims(text, lang)[phrase][0] == "casualties"


@pytest.mark.parametrize("text, lang, phrase, value, unit", [
    ("Offenders face fines of up to RM2,000 under the new rules.", "en", "up to RM2,000", 2000, "MYR"),
    ("The ministry set aside S$1.2 million for the scheme.", "en", "S$1.2 million", 1.2e6, "SGD"),
    ("The budget came to 900 trillion rials this year.", "en", "900 trillion rials", 9e14, "IRR"),
    ("Der Eintritt kostete 1936 noch 12 Reichsmark.", "de", "12 Reichsmark", 12, "DEM"),
])
def test_currencies_of_other_countries_and_times_are_money(text, lang, phrase, value, unit):
    [claim] = [c for c in detect(text, lang).claims if c.text == phrase]
    assert (claim.type, claim.value, claim.unit) == ("money", pytest.approx(value), unit)
