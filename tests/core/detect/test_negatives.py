"""Numbers that are not claims: ages, dates, times, references, names, page numbers, agency codes."""

import pytest

from factdesk.core.detect.numeric_claims import find_claims

SCORED = {"vote_share", "arrests", "casualties", "crowd_size", "duration_in_power", "term_count", "money",
          "statistic"}

NEGATIVE = [
    ("de", "Der 42-Jährige wurde am Dienstag entlassen."),
    ("de", "Die 31-jährige Ärztin arbeitet in Graz."),
    ("de", "Ein Mann im Alter von 57 Jahren meldete sich bei der Polizei."),
    ("de", "Die Sitzung fand am 9. August statt."),
    ("de", "Das Treffen beginnt um 14.30 Uhr."),
    ("de", "Die Wahl war im Jahr 2019."),
    ("de", "Artikel 5 des Vertrags regelt den Beistand."),
    ("de", "Nach Paragraf 218 ist das strafbar."),
    ("de", "Die G7 treffen sich in Italien."),
    ("de", "Die COVID-19 Pandemie dauerte lange."),
    ("de", "Details stehen auf Seite 12."),
    ("de", "Wien (APA/dpa) - Die Regierung tagte."),
    ("de", "Der Angeklagte (34) schwieg."),
    ("de", "Ein Mann wurde festgenommen."),
    ("de", "Es gab Tote und Verletzte."),
    ("de", "Die Gruppe griff mehrere Ziele an."),
    ("de", "Er kam zum ersten Mal nach Wien."),
    ("en", "The 27-year-old was charged on Monday."),
    ("en", "A woman aged 31 was taken to hospital."),
    ("en", "The vote is scheduled for March 3."),
    ("en", "The meeting starts at 9:45 am."),
    ("en", "The law was passed in 2004."),
    ("en", "Article 5 commits members to mutual defence."),
    ("en", "The G20 summit ended on Sunday."),
    ("en", "COVID-19 cases fell sharply."),
    ("en", "See page 14 for details."),
    ("en", "A man was arrested."),
    ("en", "The company released Windows 11 last year."),
    ("en", "Reuters/AP 2216 - The statement was brief."),
]


@pytest.mark.parametrize("lang, text", NEGATIVE)
def test_no_scored_claim(lang, text):
    found = [(c.type, c.text) for c in find_claims(text, lang) if c.type in SCORED]
    assert found == []


def test_denomination_is_not_an_amount():
    assert [c for c in find_claims("Gefälscht wurden vor allem 50-Euro-Scheine.", "de") if c.type == "money"] == []


def test_age_next_to_a_real_claim():
    text = "Der 58-Jährige soll 2,4 Millionen Euro veruntreut haben."
    assert [(c.type, c.value) for c in find_claims(text, "de")] == [("money", 2.4e6)]


@pytest.mark.parametrize("lang, text", [
    ("de", "Die Schüler der Klasse 4 besuchten das Museum."),
    ("de", "In Zone 3 gilt Tempo 30."),
    ("en", "Voters approved Proposition 47 in 2014."),
    ("en", "The UN passed Resolution 2254 unanimously."),
    ("en", "The gunman was seen near Gate 12 and Exit 4."),
])
def test_more_references(lang, text):
    assert [c for c in find_claims(text, lang) if c.type in SCORED] == []
