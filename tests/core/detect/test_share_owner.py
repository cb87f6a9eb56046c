"""What a share is of, and who takes part in a gathering: the clause features behind them and
the types they decide, on sentences written for these tests (issue 10, source-held-out errors).

A percentage near an election or poll word is a vote share only when it is a share of votes,
seats, voters, respondents' opinions or a party (docs: vote_share; annotating.md): a share of a
budget, of ballots or of the women elected is a statistic. A count of people who gather, march
or take part is a crowd.
"""

import pytest

from factdesk.core.detect.claim_types import typer
from factdesk.core.detect.features import candidates_with_words
from factdesk.core.detect.tokens import make_doc
from tests.core.detect.conftest import claim_holding


def type_of(text: str, lang: str, number: str) -> str | None:
    """The type of the claim whose text holds `number`, or None when no claim does."""
    claim = claim_holding(text, lang, number)
    return claim.type if claim else None


def words_of(text: str, lang: str, number: str) -> list[str]:
    """The feature words the claim-type model sees for the candidate `number`."""
    doc = make_doc(text, lang)
    for cand, words in candidates_with_words(text, lang, doc, typer(lang).maker):
        if text[cand.num.start:cand.num.end] == number:
            return words
    raise AssertionError(f"no candidate {number!r}")


OWNERS = [
    ("de", "Nach der Abstimmung gaben 71 Prozent der rund 52.000 Stimmberechtigten an, zufrieden zu sein.",
     "71 Prozent", "OFG=voters"),
    ("de", "Die Sozialdemokraten holten 18 Prozent der Mandate im neuen Landtag.", "18 Prozent", "OFG=seats"),
    ("de", "Im Wahlkreis waren 2,1 Prozent der abgegebenen Stimmzettel ungültig.", "2,1 Prozent", "OFG=ballots"),
    ("de", "Der Nachtrag entspricht 0,7 Prozent der bewilligten Ausgaben des Jahres.", "0,7 Prozent", "OFG=amount"),
    ("de", "Die älteren Männer (12 Prozent) leben häufiger allein als die Frauen.", "12 Prozent", "OFB=people"),
    ("de", "Laut der Umfrage liegt die FDP bei 7 Prozent.", "7 Prozent", "OF=party"),
    ("en", "Only 38 percent of likely voters said the mayor deserved a second term.", "38 percent", "OFG=voters"),
    ("en", "The tariff covers 6 percent of all imported machinery.", "6 percent", "OFG=thing"),
    ("en", "Turnout among 18 to 24 year olds was lower: 41 percent of 18 to 24 year olds went to the polls.",
     "41 percent", "OFG=people"),
]


@pytest.mark.parametrize("lang, text, number, feature", OWNERS)
def test_what_a_share_is_of(lang, text, number, feature):
    assert feature in words_of(text, lang, number)


def test_a_comma_inside_a_number_does_not_end_the_clause():
    words = words_of("Some 64% of the 1,200 adults surveyed by the institute said they trust the courts.",
                     "en", "64%")
    assert "VC=opinion" in words  # "said" stands after "1,200": the clause runs on to it


CLASSES = [
    ("de", "Am Samstag strömten etwa 3.000 Menschen auf den Marktplatz.", "3.000", "VC=gather"),
    ("de", "Am Sonntag marschierten etwa 1.500 Menschen durch die Altstadt.", "1.500", "VC=gather"),
    ("de", "Vor dem Rathaus kamen am Abend rund 400 Personen zusammen.", "400", "VC=gather"),
    ("de", "Danach zog die Kundgebung mit inzwischen etwa 2.500 Personen zum Bahnhof.", "2.500", "EVENT=crowd"),
    ("en", "Later that day about 800 people marched to the parliament.", "800", "VC=gather"),
    ("de", "Jeder Vierte glaubt nicht an eine baldige Einigung der Koalition.", "Jeder Vierte", "VC=opinion"),
]


@pytest.mark.parametrize("lang, text, number, feature", CLASSES)
def test_clause_verb_and_event_classes(lang, text, number, feature):
    assert feature in words_of(text, lang, number)


NOT_VOTE_SHARES = [
    # near an election or poll word, but a share of a budget, of ballots, of a country, of people's state
    ("de", "Nach der Hochrechnung zur Wahl sinken die Schulden auf 0,4 Prozent der Voranschlagskredite.",
     "0,4 Prozent"),
    ("de", "Bei der Wahl im Kanton kamen 58 Prozent der Wahlzettel per Post.", "58 Prozent"),
    ("de", "Vor der Wahl waren Griechenland (170 Prozent) und Italien (140 Prozent) am höchsten verschuldet.",
     "170 Prozent"),
    ("de", "In der Umfrage sind die Frauen (22 Prozent) häufiger von Einsamkeit betroffen als die Männer.",
     "22 Prozent"),
    ("en", "Before the election, the deficit reached 4.5 percent of national income.", "4.5 percent"),
    ("de", "Bei der Wahl waren 12'400 der eingelegten Wahlzettel ungültig (1.2 Prozent).", "1.2 Prozent"),
    ("de", "Nach der Hochrechnung ergibt sich das Plus aus 2,2 Prozent höheren Einnahmen als erwartet.",
     "2,2 Prozent"),
    ("de", "Bei der Wahl scheiterte die Partei an der 5-Prozent-Hürde.", "5-Prozent"),
]


@pytest.mark.parametrize("lang, text, number", NOT_VOTE_SHARES)
def test_shares_of_other_things_are_statistics(lang, text, number):
    assert type_of(text, lang, number) == "statistic"


VOTE_SHARES = [
    ("de", "Die neue Umfrage zur Bundestagswahl: Die Linke 8,5 Prozent; sonstige 5,1 Prozent.", "8,5 Prozent"),
    ("de", "Die neue Umfrage zur Bundestagswahl: Die Linke 8,5 Prozent; sonstige 5,1 Prozent.", "5,1 Prozent"),
    ("de", "Laut der Umfrage vor der Wahl käme ein Bündnis aus SPD/Grüne auf 44,2 Prozent.", "44,2 Prozent"),
    ("de", "Laut der Umfrage vor der Wahl läge ein CDU/FDP-Lager bei 39,5 Prozent.", "39,5 Prozent"),
    # an opinion of the people a poll asked is poll support
    ("de", "In der neuen Umfrage teilen 31 Prozent die Auffassung, die Regierung handle zu spät.", "31 Prozent"),
    ("de", "Laut der Befragung glaubt jeder Vierte nicht mehr an eine Einigung.", "jeder Vierte"),
]


@pytest.mark.parametrize("lang, text, number", VOTE_SHARES)
def test_party_shares_are_vote_shares(lang, text, number):
    assert type_of(text, lang, number) == "vote_share"
