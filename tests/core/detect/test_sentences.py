"""Sentence spans: the local lookup used for claims equals splitting the whole text."""

import pytest

from factdesk.core.detect.sentences import SentenceIndex, sentence_at, sentence_spans

TEXTS = [
    ("de", "Am 9. August wurde gewählt. Dr. Müller sagte, es seien ca. 30 Personen. Danach kam nichts mehr.\n\nNeu."),
    ("en", "Mr. Smith arrived at 5 p.m. on Friday. He said: \"We won.\" The U.S. team left. Fine!"),
    ("de", "Kein Punkt am Ende"),
]


@pytest.mark.parametrize("lang, text", TEXTS)
def test_local_lookup_equals_global_split(lang, text):
    index = SentenceIndex(text, lang)
    for start, end in sentence_spans(text, lang):
        for offset in (start, (start + end) // 2, end - 1):
            assert index.at(offset) == (start, end) == sentence_at(text, offset, lang)


def test_german_ordinal_date_is_not_an_end():
    text = "Am 9. August wurde gewählt. Danach nicht."
    assert sentence_spans(text, "de")[0] == (0, text.index(" Danach"))
