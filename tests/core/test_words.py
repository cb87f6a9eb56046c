"""The one vocabulary: the same words for a claim in the app, the CLI, reports and summaries, in English and German."""

from __future__ import annotations

from datetime import date

import pytest

from factdesk.core import words
from factdesk.core.model import CLAIM_TYPES, QUALIFIERS, STATUSES
from factdesk.core.store.scales import get_scale


@pytest.mark.parametrize("t", CLAIM_TYPES)
def test_every_type_has_german_and_english_labels(t):
    en, de = words.type_label(t, "en"), words.type_label(t, "de_DE")
    assert en and de and "_" not in en + de


def test_every_status_and_qualifier_has_words():
    for s in STATUSES:
        assert "_" not in words.status_label(s, "en") + words.status_label(s, "de")
    for q in QUALIFIERS:
        assert words.qualifier_label(q, "de") and "_" not in words.qualifier_label(q, "en")


def test_known_labels():
    assert words.type_label("vote_share", "de") == "Stimmenanteil"
    assert words.type_label("vote_share", "en") == "Vote share"
    assert words.type_label("duration_in_power", "de") == "Amtsdauer"
    assert words.type_label("term_count", "en") == "Term of office"
    assert words.status_label("ready_for_review", "de") == "Bereit zur Abnahme"
    assert words.type_label("no_such_type", "en") == "No such type"


def test_reports_and_the_app_say_the_same():
    from factdesk.core.reports import labels
    for t in CLAIM_TYPES:
        assert labels.type_label(t, "de") == words.type_label(t, "de")
    for s in STATUSES:
        assert labels.status_label(s, "de") == words.status_label(s, "de")


@pytest.mark.parametrize("args, language, expected", [
    ((6, "term", None), "de", "6. Amtszeit"), ((6, "term", None), "en", "6th term"),
    ((2, "term", None), "en", "2nd term"), ((12, "term", None), "en", "12th term"),
    ((1200, "people", "approx"), "de", "etwa 1.200 Personen"), ((1200, "people", "approx"), "en", "about 1,200 people"),
    ((30000, "people", "more_than"), "en", "more than 30,000 people"),
    ((26, "years", None), "de", "26 Jahre"), ((1, "years", None), "en", "1 year"),
    ((80.1, "percent", "exact"), "de", "80,1 %"), ((80.1, "percent", None), "en", "80.1%"),
    ((1.5e9, "EUR", None), "de", "1,5 Mrd. EUR"), ((2.5e6, "USD", None), "en", "2.5 million USD"),
    ((1 / 3, "years", None), "de", "4 Monate"), ((2, "terms", None), "de", "2 Amtszeiten"),
    ((None, "people", "vague"), "de", "unbestimmte Zahl"),
    ((None, None, None), "en", ""),
])
def test_values_are_worded_in_each_language(args, language, expected):
    assert words.format_value(*args, language) == expected


def test_counts_say_one_and_many():
    assert words.count(1, "article", "en") == "1 article"
    assert words.count(2000, "claim", "en") == "2,000 claims"
    assert words.count(1, "claim", "de") == "1 Behauptung" and words.count(2, "claim", "de") == "2 Behauptungen"
    assert words.count(1, "new article", "de") == "1 neuer Artikel"


def test_verdict_labels_come_from_the_desk_scale():
    scale = get_scale("default")
    v = scale.verdicts[0]
    assert words.verdict_label(scale, v.id, "de") == v.label_de
    assert words.verdict_label(scale, None, "de") == "keine Bewertung"
    assert words.verdict_label(scale, "unknown", "en") == "unknown"


@pytest.mark.parametrize("value,language,expected", [
    (30000, "de", "30.000"), (30000, "en", "30,000"), (80.1, "de", "80,1"), (80.1, "en", "80.1"),
    (2500000000, "de_DE", "2.500.000.000"), (None, "de", ""),
])
def test_format_number(value, language, expected):
    assert words.format_number(value, language) == expected


def test_format_number_with_decimals():
    assert words.format_number(1234.5, "de", decimals=2) == "1.234,50"


@pytest.mark.parametrize("iso,language,expected", [
    ("2026-11-24", "de", "24.11.2026"), ("2026-11-24", "en", "24 Nov 2026"),
    (date(2020, 8, 9), "de", "09.08.2020"), ("", "de", ""), ("not a date", "de", "not a date"),
])
def test_format_date(iso, language, expected):
    assert words.format_date(iso, language) == expected


def test_format_date_with_time():
    assert words.format_date("2026-11-24T23:40:44", "de") == "24.11.2026, 23:40"
    assert words.format_date("2026-11-24T23:40:44", "de", with_time=False) == "24.11.2026"


def test_bundle_summaries_count_in_either_language(tmp_path):
    from factdesk.core.exchange.export import ExportReport
    from factdesk.core.exchange.merge import MergeReport
    report = ExportReport(tmp_path / "a.fdbundle", 1, 3, 0, 0, 5, 0, None)
    assert report.summary() == ("wrote a.fdbundle (everything): 1 article, 3 claims, 0 sources, 0 reviews, "
                                "5 history entries")
    assert report.summary("de").startswith("a.fdbundle geschrieben (alles): 1 Artikel, 3 Behauptungen")
    merged = MergeReport("d", new_articles=["a"], new_claims=["c1", "c2"])
    assert merged.summary("de").startswith("1 neuer Artikel; 2 neue Behauptungen; 0 Bewertungen geändert")


def test_reasons_for_check_worthiness_in_both_languages():
    assert words.reason_label("specific_number", "en") == "a specific number"
    assert words.reason_label("specific_number", "de") == "eine genaue Zahl"
    assert words.reason_label("type:arrests", "en").startswith("a claim about ")
    assert words.reason_label("wording", "de", ("Prozent",)) == "Wortwahl wie „Prozent“"
    assert words.reason_label("wording", "en") == "its wording"
    # a headline without a full stop has the comment feature too: the words must not call it a comment
    assert "headline" in words.reason_label("comment_style", "en")
    assert "Überschrift" in words.reason_label("comment_style", "de")
    assert words.worthiness_label(0.5, "en") == "worth checking"
    assert words.worthiness_label(0.49, "de") == "eher nicht prüfenswert"
