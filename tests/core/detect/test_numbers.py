"""Number normalization: digits with either language's separators, scale words, words, ordinals, ranges."""

import pytest

from factdesk.core.detect.numbers import duration_years, ordinal_value, parse_digits, word_value
from factdesk.core.detect.scanner import parse_number

NORMALIZATION = [
    ("30 000", "de", 30000), ("30.000", "de", 30000), ("30,000", "en", 30000), ("30\u202f000", "de", 30000),
    ("30\u00a0000", "de", 30000), ("30\u2009000", "de", 30000), ("80,1", "de", 80.1), ("1.5", "en", 1.5),
    ("1.234.567,89", "de", 1234567.89), ("1,234,567.89", "en", 1234567.89), ("2.5", "de", 2.5),
    ("2,5 Millionen", "de", 2_500_000), ("1,153 Milliarden", "de", 1_153_000_000), ("5 Mio.", "de", 5_000_000),
    ("3 Mrd.", "de", 3_000_000_000), ("1 Billion", "de", 1e12), ("fünfzig Tausend", "de", 50_000),
    ("1.5bn", "en", 1.5e9), ("$10m", "en", 1e7), ("2.27 billion", "en", 2.27e9), ("4.5 trillion", "en", 4.5e12),
    ("65 lakh", "en", 6_500_000), ("2 crore", "en", 20_000_000), ("₹1,500 cr", "en", 1.5e10),
    ("Rs 35,000 crore", "en", 3.5e11), ("12.5 lakh crore", "en", 1.25e13), ("€5bn", "en", 5e9),
    ("sechs", "de", 6), ("zwölf", "de", 12), ("zweiundzwanzig", "de", 22), ("dreißigtausend", "de", 30000),
    ("eine Million", "de", 1e6), ("ein halbes Dutzend", "de", 6), ("twenty-five", "en", 25),
    ("two hundred thousand", "en", 200_000), ("a dozen", "en", 12), ("half a dozen", "en", 6),
    ("a million", "en", 1e6), ("third", "en", 3), ("sechste", "de", 6), ("die Hälfte", "de", 0.5),
    ("two-thirds of", "en", 2 / 3), ("drei bis vier Millionen", "de", None), ("10 to 20 people", "en", None),
    ("Dutzende", "de", None), ("hundreds", "en", None),
]


@pytest.mark.parametrize("phrase, lang, expected", NORMALIZATION)
def test_normalization(phrase, lang, expected):
    value = parse_number(phrase, lang)
    if expected is None:
        assert value is None
    else:
        assert value == pytest.approx(expected, rel=1e-9)


@pytest.mark.parametrize("value, unit_years, years", [(18, 1 / 12, 1.5), (6, 1 / 12, 0.5), (26, 1, 26),
                                                      (4, 10, 40), (3, 1 / 12, 0.25)])
def test_duration_years(value, unit_years, years):
    assert duration_years(value, unit_years) == pytest.approx(years)


def test_eighteen_months_is_a_year_and_a_half():
    from factdesk.core.detect.numeric_claims import find_claims

    claims = find_claims("Die Übergangsregierung blieb 18 Monate im Amt.", "de")
    assert [(c.type, c.value) for c in claims] == [("duration_in_power", 1.5)]


@pytest.mark.parametrize("text, lang, value", [("30.000", "de", 30000), ("30,000", "en", 30000),
                                               ("2,5", "de", 2.5), ("1,5", "en", 1.5), ("1.2.3", "de", None)])
def test_parse_digits(text, lang, value):
    assert parse_digits(text, lang) == value


@pytest.mark.parametrize("word, lang, value", [("sechste", "de", 6), ("dritten", "de", 3), ("third", "en", 3),
                                               ("6.", "de", 6), ("3rd", "en", 3), ("Tisch", "de", None)])
def test_ordinal_value(word, lang, value):
    assert ordinal_value(word, lang) == value


@pytest.mark.parametrize("word, lang, value", [("sieben", "de", 7), ("Sieben", "de", 7), ("hundert", "de", 100),
                                               ("ninety-nine", "en", 99), ("Wein", "de", None)])
def test_word_value(word, lang, value):
    assert word_value(word, lang) == value
