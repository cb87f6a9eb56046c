"""Offsets invariant: every claim's text equals doc_text[start:end], claims are sorted by start."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factdesk.core.detect.api import detect
from factdesk.core.detect.numeric_claims import find_claims

PIECES = [
    "30 000", "30.000", "30,000", "80,1", "1.5bn", "2,5 Millionen", "65 lakh", "Rs", "₹", "$", "€", "£", "Euro",
    "Dollar", "Prozent", "%", "percent", "sechs", "dreißigtausend", "zweiundzwanzig", "twenty-five", "a dozen",
    "ein halbes Dutzend", "third", "sechste", "Amtszeit", "term", "Hunderte", "thousands", "mehr als", "at least",
    "rund", "bis", "to", "-", "–", "Festnahmen", "Tote", "killed", "arrested", "protesters", "Jahren an der Macht",
    "years in power", "Millionen", "Mio.", "Mrd.", "crore", "cr", "„", "“", "\"", "'", "’", "»", "«", ".", ",", ";",
    "\n", "\n\n", "\u00a0", "\u202f", "\u2009", " ", "42-Jährige", "aged", "9.", "August", "Artikel", "G7",
    "COVID-19", "Menschen", "people", "wurden", "were", "getötet", "İ", "ß", "ﬁ", "Ω", "1979", "seit",
]

texts = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=6), st.integers(0, 10**7).map(str)),
                 max_size=40).map(" ".join)


def _check(text, claims):
    starts = [c.start for c in claims]
    assert starts == sorted(starts)
    for c in claims:
        assert 0 <= c.start < c.end <= len(text)
        assert text[c.start:c.end] == c.text
        assert c.sentence_start <= c.start and c.end <= c.sentence_end <= len(text)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts, st.sampled_from(["de", "en"]))
def test_find_claims_offsets(text, lang):
    _check(text, find_claims(text, lang))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts)
def test_detect_offsets(text):
    det = detect(text)
    assert det.language in ("de", "en")
    _check(text, det.claims)
