"""English forms found on the source-held-out folds of issue 10: a poll's net rating, compound number
words in title case, hospital and critical-condition casualties, parts of an arrest or casualty
count, lives saved, people holding something, and ages before a number. Sentences written for the test."""

import pytest

from factdesk.core.detect import detect


def _claims(text: str) -> dict[str, tuple[str, float | None]]:
    """{claim text: (type, value)} of the scored numeric claims detect() finds in English `text`."""
    return {c.text: (c.type, c.value) for c in detect(text, "en").claims if c.type != "quote"}


def _values(text: str) -> list[tuple[str, float | None]]:
    return sorted((t, v) for t, v in _claims(text).values())


# -- a poll's net rating ----------------------------------------------------------------------------

@pytest.mark.parametrize("text, phrase, value", [
    ("In the new survey of likely voters, 41 percent view the governor favorably and 52 percent "
     "unfavorably (-11).", "-11", -11),
    ("The senator is better liked: 48 percent of voters have a positive opinion of her, against 37 percent "
     "with a negative opinion (+11).", "+11", 11),
    ("The mayor's approval has recovered from a minus-18 rating in the spring poll.", "minus-18 rating", -18),
])
def test_a_signed_difference_after_poll_shares_is_a_net_rating(text, phrase, value):
    assert _claims(text)[phrase] == ("vote_share", value)


def test_a_signed_change_outside_a_poll_is_no_vote_share():
    found = _claims("Unemployment in the region rose to 6.2 percent last month (+0.4), the agency said.")
    assert found["+0.4"] == ("statistic", 0.4)


def test_a_signed_number_in_brackets_is_no_age():
    found = _claims("Among registered voters 44 percent approve and 40 percent disapprove of the council (+4).")
    assert found["+4"][1] == 4


def test_a_hyphenated_head_to_head_reads_both_shares():
    found = _claims("Likely voters in the district prefer the incumbent by a 61 percent-to-33 percent margin.")
    assert found["61 percent"] == ("vote_share", 61)
    assert found["33 percent"] == ("vote_share", 33)


# -- number words in title case ----------------------------------------------------------------------

@pytest.mark.parametrize("text, phrase, value", [
    ("Poll: Fifty Three Percent Back the New Stadium Plan\n\nVoters in the city were asked in June.",
     "Fifty Three Percent", 53),
    ("Police Say Two Hundred Fifty Protesters Arrested\n\nThe arrests came after a long night.",
     "Two Hundred Fifty Protesters Arrested", 250),
])
def test_title_case_number_words_make_one_number(text, phrase, value):
    found = _claims(text)
    assert found[phrase][1] == value
    assert not any(v in (50, 3, 200) for _, v in found.values())


def test_capitalised_number_words_that_cannot_join_are_a_name():
    found = _claims("The chain has opened 45 new stores, and its rival bought two Seven Eleven shops downtown.")
    assert not any(v in (7, 11, 18) for _, v in found.values())
    assert found["45 new stores"][1] == 45


def test_capitalised_number_word_opening_a_sentence_still_counts():
    found = _claims("Eleven people were arrested after the march.")
    assert ("arrests", 11) in found.values()


# -- casualties named by where the people are ------------------------------------------------------

def test_people_in_hospital_or_in_critical_condition_are_casualties():
    text = ("The warden said 14 inmates and three guards were in hospital after the riot. "
            "Two guards are in critical condition, the warden added.")
    values = _values(text)
    assert ("casualties", 14) in values
    assert ("casualties", 3) in values
    assert ("casualties", 2) in values
    assert not any(t == "arrests" for t, _ in values)


# -- parts and re-mentions of an arrest or casualty count ----------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Police detain 23, including 4 student leaders", [("arrests", 23), ("arrests", 4)]),
    ("Officers made 12 arrests - 9 for looting and two for carrying weapons.",
     [("arrests", 12), ("arrests", 9), ("arrests", 2)]),
    ("The fever has spread quickly, with deaths climbing to 312 from 45 in a month.",
     [("casualties", 312), ("casualties", 45)]),
    ("The army arrested 20 people at the border. 15 of them were arrested near the river crossing.",
     [("arrests", 20), ("arrests", 15)]),
])
def test_a_part_of_an_arrest_or_casualty_count_takes_its_type(text, expected):
    values = _values(text)
    for item in expected:
        assert item in values


def test_the_same_people_named_again_keep_their_type():
    text = "Police arrested six people in raids on Tuesday.\n\nAmong the six was a well-known blogger."
    assert _values(text) == [("arrests", 6), ("arrests", 6)]


def test_a_count_after_among_the_with_another_number_is_not_a_remention():
    text = "Police arrested six people in raids on Tuesday.\n\nAmong the 40 guests at the wedding was the mayor."
    assert ("arrests", 40) not in _values(text)


# -- lives saved, people who hold something, ages ------------------------------------------------------

@pytest.mark.parametrize("text, phrase", [
    ("Lower speed limits in towns would save 120 lives a year, the study says.", "120 lives"),
    ("Engineers say the new barriers should prevent about 40 deaths on the motorway.", "about 40 deaths"),
    ("The plan would mean 300 fewer serious injuries on rural roads.", "300 fewer serious injuries"),
])
def test_deaths_and_injuries_that_do_not_happen_are_no_casualties(text, phrase):
    assert _claims(text)[phrase][0] == "statistic"


def test_people_who_hold_something_are_not_held():
    found = _claims("After the hearing, four of the nine activists held a press conference on the steps.")
    assert not any(t == "arrests" for t, _ in found.values())


@pytest.mark.parametrize("text", [
    "Police said 31 people aged between 19 and 54 have been arrested since the riot.",
    "Police said 31 people aged 19 to 54 have been arrested since the riot.",
])
def test_an_age_range_is_no_count(text):
    assert _values(text) == [("arrests", 31)]


@pytest.mark.parametrize("text, phrase, kind", [
    ("The raids came a week after the editor and her three brothers, who were among 11 people detained "
     "at the airport, were questioned.", "three brothers", "arrests"),
    ("Four councillors who oppose the plan are among the 30 arrested by the police.", "Four councillors", "arrests"),
    ("Two nurses were among those killed when the clinic was shelled.", "Two nurses", "casualties"),
])
def test_people_who_were_among_those_arrested_or_killed_take_that_type(text, phrase, kind):
    assert _claims(text)[phrase][0] == kind


def test_being_among_guests_is_no_event():
    assert _claims("Two teachers were among the guests at the ceremony.").get("Two teachers", ("statistic",))[0] \
        == "statistic"


# -- a lead in points, falling pairs of shares -------------------------------------------------------

@pytest.mark.parametrize("text, phrase, value", [
    ("The latest poll gives the mayor a six-point lead over her rival.", "six-point", 6),
    ("In the new survey the Greens stand at 31 per cent, 7.5 points ahead of the Liberals.", "7.5 points", 7.5),
    ("The governor's advantage in the polls has shrunk to just two points.", "two points", 2),
])
def test_a_lead_in_points_in_a_poll_is_a_vote_share(text, phrase, value):
    assert _claims(text)[phrase] == ("vote_share", value)


def test_a_margin_of_error_in_points_stays_a_statistic():
    found = _claims("The poll of 900 voters has a margin of error of 3 points.")
    assert not any(t == "vote_share" for t, _ in found.values())


def test_a_decimal_is_no_year():
    found = _claims("The survey put the challenger 19.5 points behind the premier.")
    assert found["19.5 points"] == ("vote_share", 19.5)


def test_a_falling_pair_of_shares_is_no_range():
    values = _values("In March the senator held a lead in the poll of 52 to 44 per cent.")
    assert ("vote_share", 52) in values and ("vote_share", 44) in values


def test_a_rising_range_stays_one_vague_claim():
    found = _claims("Growth is forecast at 2 to 2.5 per cent next year.")
    assert found["2 to 2.5 per cent"] == ("statistic", None)


# -- terms, pence and cents, vague multiples of money --------------------------------------------------

def test_a_count_of_terms_may_have_adjectives_before_the_noun():
    assert _claims("She is the first premier since 1945 to win three successive full terms.")[
        "three successive full terms"] == ("term_count", 3)


@pytest.mark.parametrize("text, phrase, value, unit", [
    ("The duty on a pint of cider goes up by 2p from Monday.", "2p", 0.02, "GBP"),
    ("Stamps will cost 60 pence more.", "60 pence", 0.6, "GBP"),
    ("A litre of milk rose by 35 cents in a year.", "35 cents", 0.35, "USD"),
])
def test_pence_and_cents_are_hundredths_of_the_currency(text, phrase, value, unit):
    claim = next(c for c in detect(text, "en").claims if c.text == phrase)
    assert (claim.type, claim.unit) == ("money", unit)
    assert claim.value == pytest.approx(value)


def test_a_resolution_is_no_pence():
    assert not any(c.type == "money" for c in detect("The camera records 1080p video.", "en").claims)


@pytest.mark.parametrize("text, phrase", [
    ("The bank moved hundreds of millions of dollars through shell companies.", "hundreds of millions of dollars"),
    ("Tens of billions of euros are needed to rebuild the grid.", "Tens of billions of euros"),
])
def test_vague_multiples_of_money_are_one_vague_amount(text, phrase):
    assert _claims(text)[phrase] == ("money", None)


def test_representing_a_seat_for_years_is_time_in_power():
    found = _claims("The veteran MP represented Leeds seats for more than 30 years.")
    assert found["represented Leeds seats for more than 30 years"] == ("duration_in_power", 30)


def test_a_head_to_head_may_leave_one_percent_out():
    values = _values("In the May poll, voters under 30 backed the senator 58 percent to 31; older voters split evenly.")
    assert ("vote_share", 58) in values and ("vote_share", 31) in values


def test_holding_a_seat_between_two_years_is_time_in_power():
    found = _claims("She was the first woman since Ann Kerr, who represented the district from 1979 to 1983.")
    assert found["represented the district from 1979 to 1983"] == ("duration_in_power", None)


def test_protesters_charged_are_no_crowd():
    found = _claims("Six protesters who occupied the minister's office last week have been charged with trespass.")
    assert found["Six protesters"] == ("statistic", 6)
    assert _claims("About 4,000 protesters marched to the parliament.")["About 4,000 protesters"][0] == "crowd_size"


def test_ages_named_after_the_people_counted():
    values = _values("Two men, aged 20 and 22, were arrested at the scene.")
    assert values == [("arrests", 2)]


def test_a_measurement_is_a_statistic():
    found = _claims("The minister will open a 2.3-km, four-lane bridge over the river on Friday.")
    assert found["2.3-km"] == ("statistic", 2.3)


@pytest.mark.parametrize("text, kind, value", [
    ("At least nine reporters - two of them from a German channel - were detained near the square.", "arrests", 9),
    ("Four tourists from New Zealand died when the boat capsized.", "casualties", 4),
    ("Since 2010, 14 inmates have taken their own lives in the prison.", "casualties", 14),
])
def test_the_verb_of_a_count_of_people_may_stand_after_an_aside(text, kind, value):
    assert (kind, value) in _values(text)
