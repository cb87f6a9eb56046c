"""Counts and amounts as press releases and police reports give them, on sentences written for
these tests (issue 10, source-held-out errors of the German folds).

- a German compound names what it counts by its last part ("Kriegsgefangene" are held,
  "Veranstaltungsteilnehmende" a crowd), but an audience over time is no gathering;
- people who gather ("kamen ... zusammen", "trafen sich", "formierten sich") are a crowd; people
  the police "konnten ... festnehmen" are arrests, and so are people "im Gefängnis"; people
  "hingerichtet" are deaths; a count after "Demonstration mit" is its crowd, and "verletzte
  Teilnehmer" are injured, not a crowd;
- "ihr Leben verloren" is a death; "die Zahl der Schwerverletzten stieg auf 410 Personen" counts
  the injured;
- a scaled amount with no noun of its own in a sentence about credits, spending or costs is
  money, also when the money word is a compound ("Nachtragskredite", "Mehrausgaben").
"""

import pytest

from factdesk.core.detect.scanner import scanner
from tests.core.detect.conftest import claim_holding


@pytest.mark.parametrize("word, expected", [
    ("Kriegsgefangene", "arrests"),
    ("Veranstaltungsteilnehmende", "crowd_size"),
    ("Verkehrstote", "casualties"),
    ("Fernsehzuschauer", None),
    ("Museumsbesuchern", None),
    ("Gesamtkosten", None),
])
def test_the_last_part_of_a_compound_names_the_count(word, expected):
    assert scanner("de").type_noun(word) == expected


def claim_of(text: str, number: str):
    return claim_holding(text, "de", number)


CASES = [
    ("Nach Angaben der Armee hält das Land noch rund 3500 Kriegsgefangene fest.", "3500", "arrests", 3500),
    ("Später bildeten etwa 600 ehemalige Versammlungsteilnehmende eine Kette vor dem Ministerium.", "600",
     "crowd_size", 600),
    ("Am Nachmittag kamen rund 250 Personen vor dem Rathaus zusammen.", "250", "crowd_size", 250),
    ("Auf dem Schlossplatz trafen sich am Sonntag etwa 900 Menschen zu einer Mahnwache.", "900",
     "crowd_size", 900),
    ("Im vergangenen Jahr haben 187 Menschen auf den Straßen des Landes ihr Leben verloren.", "187",
     "casualties", 187),
    ("Auf den Landstraßen wuchs die Zahl der Schwerverletzten im Herbst auf 410 Personen.", "410", "casualties", 410),
    ("Für den Winterdienst werden zwei Nachtragskredite beantragt (12,5 Mio.) und (0,8 Mio.).", "12,5",
     "money", 12.5e6),
    ("Für den Winterdienst werden zwei Nachtragskredite beantragt (12,5 Mio.) und (0,8 Mio.).", "0,8",
     "money", 0.8e6),
    ("Der Kanton rechnet bis Jahresende mit Mehrausgaben von 0,9 Milliarden für die Spitäler.", "0,9", "money", 0.9e9),
    ("Die Mehrausgaben betreffen vor allem die Asylzentren (-31 Mio.).", "-31", "money", -31e6),
    ("Am Abend konnten die Beamten vier Personen am Bahnhof festnehmen.", "vier", "arrests", 4),
    ("Neun Justizangestellte sind am Morgen festgenommen worden.", "Neun", "arrests", 9),
    ("Am Ende stand eine Demonstration mit knapp 700 Personen vor dem Landtag.", "700", "crowd_size", 700),
    ("Die Bilanz des Umzugs: rund 25 verletzte Teilnehmer.", "25", "casualties", 25),
    ("Im Iran wurden am Montag drei Oppositionelle hingerichtet.", "drei", "casualties", 3),
    ("Derzeit sitzen weltweit 41 Journalisten im Gefängnis.", "41", "arrests", 41),
    # a signed amount in brackets in an election-year budget is money, no poll's net rating
    ("Laut der Hochrechnung nach der Wahl stammt das Plus aus höheren Einnahmen (+1,4 Mrd.).", "+1,4",
     "money", 1.4e9),
]


@pytest.mark.parametrize("text, number, kind, value", CASES)
def test_counts_and_amounts_in_reports(text, number, kind, value):
    c = claim_of(text, number)
    assert c is not None and (c.type, c.value) == (kind, value)


def test_a_count_of_people_in_a_story_titled_with_a_gathering_is_its_crowd():
    text = "Kundgebung gegen hohe Mieten\n\nAm Samstag standen nach Polizeiangaben etwa 4.000 Menschen vor dem Rathaus."
    c = claim_of(text, "4.000")
    assert c is not None and (c.type, c.value) == ("crowd_size", 4000)


def test_police_at_a_gathering_are_no_crowd():
    c = claim_of("Die Polizei war bei mehreren Aufzügen mit insgesamt rund 900 Polizisten im Einsatz.", "900")
    assert c is None or c.type != "crowd_size"


def test_a_scaled_count_of_things_is_no_money():
    c = claim_of("Die Kosten stiegen, weil 2 Millionen Tonnen Abfall anfielen.", "2 Millionen")
    assert c is not None and c.type == "statistic"
