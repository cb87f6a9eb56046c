"""Detection never raises and keeps offsets exact on any input (issue 16's detector points; linear time: test_linear_time.py)."""

import math

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factdesk.core.detect import detect

SCORED_VALUES = ("vote_share", "arrests", "casualties", "crowd_size", "duration_in_power", "term_count", "money",
                 "statistic")


def _check(text: str, lang: str) -> None:
    det = detect(text, lang)
    for c in det.claims:
        assert text[c.start:c.end] == c.text
        assert 0 <= c.start < c.end <= len(text)
        assert c.sentence_start <= c.start and c.end <= c.sentence_end <= len(text)
        assert c.value is None or math.isfinite(c.value)
        assert 0.0 <= c.score <= 1.0


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=400), st.sampled_from(["de", "en"]))
def test_random_unicode_never_raises_and_keeps_offsets(text, lang):
    _check(text, lang)


_PIECES = st.sampled_from(["1", "2,5", "30.000", "80,1", " ", "\n", "%", " Prozent", " Menschen", " festgenommen",
                           " people", " killed", "„", "“", '"', "'", "»", "«", "$", "€", " Mio.", "bn", "-", ".",
                           "seit 2016 im Amt", " sagte er", " said", "Jahre", " years", "ß", "\u00a0", "\u202f"])


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_PIECES, max_size=60).map("".join), st.sampled_from(["de", "en"]))
def test_number_and_quote_soup_never_raises(text, lang):
    _check(text, lang)


def test_a_309_digit_number_is_no_claim_and_never_infinite():
    huge = "9" * 400
    for text, lang in ((f"Es wurden {huge} Menschen festgenommen.", "de"),
                       (f"Police arrested {huge} people and {huge[:320]} more.", "en"),
                       (f"Der Schaden beträgt {huge} Milliarden Euro.", "de")):
        det = detect(text, lang)
        assert all(c.value is None or math.isfinite(c.value) for c in det.claims)
        assert not any(c.text.startswith("999") for c in det.claims if c.type != "quote")


def test_a_normal_big_number_is_still_read():
    det = detect("Der Staat nahm 2,5 Billionen Euro an neuen Schulden auf.", "de")
    assert [(c.type, c.value) for c in det.claims if c.type == "money"] == [("money", 2.5e12)]


def test_a_text_over_a_million_characters_detects():
    # spaCy refuses texts over nlp.max_length (1,000,000 by default); intake accepts 10 MB
    filler = "Der Ausschuss tagte lange und ohne Ergebnis über die Vorlage. " * 20_000
    text = filler + "Am Ende wurden 120 Demonstranten festgenommen."
    assert len(text) > 1_200_000
    det = detect(text, "de")
    [claim] = [c for c in det.claims if c.type != "quote"]
    assert (claim.type, claim.value, text[claim.start:claim.end]) == ("arrests", 120, claim.text)
    assert claim.start > 1_200_000
