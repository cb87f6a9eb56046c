"""Claim types decided by the trained model, on sentences written for these tests.

Each case is one of the failures the detector had on news it had never seen
(issue 10): the number was found but its type fell back to `statistic`, or a
number that is no claim was reported. The sentences are invented; the facts
need not be true.
"""

import pytest

from factdesk.core.detect import detect

NUMERIC = ("vote_share", "arrests", "casualties", "crowd_size", "duration_in_power", "term_count", "money",
           "statistic")


def typed(text: str, lang: str) -> list[tuple[str, str, float | None]]:
    return [(c.type, c.text, c.value) for c in detect(text, lang).claims if c.type in NUMERIC]


def type_of(text: str, lang: str, number: str) -> tuple[str, float | None] | None:
    """(type, value) of the claim whose text holds `number`, or None when no claim does."""
    for t, span, value in typed(text, lang):
        if number in span:
            return t, value
    return None


CASES = [
    ("de", "Dem Erdbeben in der Provinz sind mehr als 300 Menschen zum Opfer gefallen.", "300",
     ("casualties", 300)),
    ("de", "Drei weitere Menschen kamen bei dem Unglück am Bahnhof ums Leben.", "Drei", ("casualties", 3)),
    ("de", "Bei der Landtagswahl kam die Partei auf 31,72 Prozent der Stimmen.", "31,72", ("vote_share", 31.72)),
    ("de", "Die Polizei zählte rund 350 Teilnehmende bei der Kundgebung vor dem Rathaus.", "350",
     ("crowd_size", 350)),
    ("de", "Der Präsident regiert das Land seit 26 Jahren und strebt eine sechste Amtszeit an.", "sechste",
     ("term_count", 6)),
    ("de", "Die Bank vergab einen Kredit über 2,5 Millionen Euro an die Stadt.", "2,5", ("money", 2.5e6)),
    ("en", "At least nine people were shot dead during the night in the capital.", "nine", ("casualties", 9)),
    ("en", "Police said 45 demonstrators had been arrested after the march.", "45", ("arrests", 45)),
    ("en", "A new poll found that 54 percent of voters back the governor.", "54", ("vote_share", 54)),
    ("en", "The company agreed to pay $168m to settle the claims.", "168", ("money", 1.68e8)),
]


@pytest.mark.parametrize("lang, text, number, expected", CASES)
def test_claim_type_from_its_clause(lang, text, number, expected):
    assert type_of(text, lang, number) == expected


NOT_CLAIMS = [
    ("de", "Der 42-jährige Fahrer wurde am 3. Mai 2021 um 14.30 Uhr befragt.", "42"),
    ("en", "Read more at https://example.org/news/2021/04/12345-story.html today.", "12345"),
    ("de", "Das Gesetz steht in Artikel 5 des Grundgesetzes.", "5"),
]


@pytest.mark.parametrize("lang, text, number", NOT_CLAIMS)
def test_numbers_that_are_no_claim(lang, text, number):
    assert type_of(text, lang, number) is None


def test_a_count_of_terms_is_not_the_nth_term():
    claims = [c for c in detect("Er hatte bereits zwei Amtszeiten als Bürgermeister hinter sich.", "de").claims
              if c.type == "term_count"]
    assert [(c.value, c.unit) for c in claims] == [(2, "terms")]
