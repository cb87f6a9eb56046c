"""ClaimReview JSON-LD: Google's required and recommended fields, valid JSON-LD shape."""

from __future__ import annotations

import json
import re

import pytest

from factdesk.core.model import Claim
from factdesk.core.reports import claimreview
from factdesk.core.reports.data import ClaimEntry

from .conftest import SCALE

JSONLD_KEYWORDS = {"@context", "@type", "@id", "@graph", "@value", "@language", "@list", "@set"}


@pytest.fixture
def reviews(report):
    return json.loads(claimreview.render(report))


def test_one_review_per_claim_with_a_verdict(report, reviews):
    assert isinstance(reviews, list)
    assert len(reviews) == sum(1 for _, e in report.entries() if e.claim.verdict)


def test_required_fields(reviews, report):
    labels = {v.label_en.lower() for v in SCALE.verdicts} | {v.label_de.lower() for v in SCALE.verdicts}
    for review in reviews:
        assert review["@context"] == "https://schema.org"
        assert review["@type"] == "ClaimReview"
        text = review["claimReviewed"]
        assert 0 < len(text) <= 75
        for label in labels:
            assert not re.search(rf"(?<!\w){re.escape(label)}(?!\w)", text, re.IGNORECASE), (label, text)
        assert review["reviewRating"]["@type"] == "Rating"
        assert review["reviewRating"]["alternateName"] in {v.label_en for v in SCALE.verdicts}
        assert review["url"].startswith("https://pruefstelle.example/report#claim-")


def test_recommended_fields(reviews):
    first = reviews[0]
    assert first["author"] == {"@type": "Organization", "name": "Prüfstelle <Nord>"}
    assert first["datePublished"] == "2026-11-21"
    item = first["itemReviewed"]
    assert item["@type"] == "Claim"
    assert item["author"] == {"@type": "Organization", "name": "Musterblatt"}
    assert item["datePublished"] == "2026-11-02"
    assert item["appearance"] == {"@type": "CreativeWork", "url": "https://musterblatt.example/wahl",
                                  "headline": "Wahlabend in Musterstadt"}
    rating = first["reviewRating"]
    assert (rating["ratingValue"], rating["bestRating"], rating["worstRating"]) == (1, 1, 0)


def test_speaker_is_person_and_unsafe_article_url_left_out(reviews):
    hostile = [r for r in reviews if r["url"].endswith("c-5")][0]
    assert hostile["itemReviewed"]["author"]["@type"] == "Person"
    assert "url" not in hostile["itemReviewed"]["appearance"]  # javascript: article URL


def test_no_numeric_rating_when_the_verdict_has_none(reviews):
    unprovable = [r for r in reviews if r["reviewRating"]["alternateName"] == "Unprovable"][0]
    assert set(unprovable["reviewRating"]) == {"@type", "alternateName"}


def test_claim_reviewed_drops_a_sentence_holding_a_label(report):
    claim = Claim("x", "a", 0, 12, "34,5 Prozent", "vote_share", verdict="false")
    entry = ClaimEntry(claim, sentence="Es ist falsch, dass die Partei 34,5 Prozent der Stimmen bekam.")
    assert claimreview.claim_reviewed(report, entry) == "34,5 Prozent"
    claim.text = "Das Gerücht ist wahr und falsch zugleich"
    entry.sentence = claim.text
    out = claimreview.claim_reviewed(report, entry)
    assert "falsch" not in out.lower()


def test_claim_reviewed_shortened_on_word_boundary(report):
    sentence = "Die Regierung hat in den vergangenen zwölf Monaten insgesamt 4,2 Milliarden Euro für neue Schulen ausgegeben."
    entry = ClaimEntry(Claim("x", "a", 0, 5, "4,2 Milliarden Euro", "money"), sentence=sentence)
    out = claimreview.claim_reviewed(report, entry)
    assert len(out) <= 75 and out.endswith("…") and out.startswith("…")
    assert "4,2 Milliarden Euro" in out
    assert " " + out.strip("…") + " " in " " + sentence + " "  # whole words of the sentence


DPA = ("Lukaschenko lässt sich zum Sieger erklären\n"
       "MINSK (dpa-AFX) - Nach 26 Jahren an der Macht hat sich Alexander Lukaschenko bei der "
       "Präsidentenwahl mit 80,1 Prozent der Stimmen zum Sieger erklären lassen.")


def _dpa_entry(claim_text, claim_type="vote_share"):
    start = DPA.index(claim_text)
    claim = Claim("x", "a", start, start + len(claim_text), claim_text, claim_type,
                  sentence_start=0, sentence_end=len(DPA))
    return ClaimEntry(claim, sentence=DPA)


def test_claim_reviewed_holds_the_claim_not_the_start_of_the_sentence(report):
    out = claimreview.claim_reviewed(report, _dpa_entry("80,1 Prozent der Stimmen"))
    assert "80,1 Prozent der Stimmen" in out and len(out) <= 75
    assert out.startswith("…") and "MINSK" not in out and "Sieger erklären\n" not in out


def test_claim_reviewed_strips_dateline_and_headline_line(report):
    out = claimreview.claim_reviewed(report, _dpa_entry("26 Jahren", "duration_in_power"))
    assert out.startswith("Nach 26 Jahren an der Macht")
    assert "dpa" not in out and "Sieger erklären lassen" not in out.split("Nach")[0]
    short = "MINSK (dpa-AFX) - Lukaschenko erhielt 80,1 Prozent."
    entry = ClaimEntry(Claim("x", "a", 38, 42, "80,1", "vote_share"), sentence=short)
    assert claimreview.claim_reviewed(report, entry) == "Lukaschenko erhielt 80,1 Prozent."


def test_claim_reviewed_of_a_quote_is_the_quote(report):
    quote = "„Wir haben die Wahl mit großem Vorsprung gewonnen“"
    sentence = f"Der Präsident sagte am Abend in Minsk: {quote}, und verließ den Saal."
    entry = ClaimEntry(Claim("x", "a", 39, 39 + len(quote), quote, "quote"), sentence=sentence)
    assert claimreview.claim_reviewed(report, entry) == quote


def test_valid_json_ld_shape(reviews):
    def walk(node):
        if isinstance(node, dict):
            for key, value in node.items():
                assert not key.startswith("@") or key in JSONLD_KEYWORDS, key
                if key == "@type":
                    assert isinstance(value, str) and re.fullmatch(r"[A-Z][A-Za-z]+", value)
                walk(value)
        elif isinstance(node, list):
            for item in node:
                walk(item)
    walk(reviews)
    json.loads(json.dumps(reviews))


def test_markup_in_claims_is_safe_to_embed_in_a_script_element(report):
    entry = report.articles[1].claims[0]
    entry.sentence = "Er sagte </script><script>alert(1)</script> über 40 % & mehr"
    text = claimreview.render(report)
    assert "<" not in text and ">" not in text
    reviews = json.loads(text)
    assert any("</script>" in r["claimReviewed"] for r in reviews)  # same values once parsed


def test_rtl_emoji_and_long_claims(report):
    from .conftest import EMOJI, FORMULAS, LONG, RTL
    entries = [e for _, e in report.entries()]
    entries[4].sentence = RTL                                  # c-5, whose text is RTL
    entries[3].sentence = f"{LONG} {FORMULAS[0]} {LONG}"       # c-4, a formula inside a long text
    entries[0].sentence = f"{EMOJI}: 34,5 Prozent"             # c-1
    by_id = {r["url"].rsplit("#claim-", 1)[1]: r for r in json.loads(claimreview.render(report))}
    assert RTL.startswith(by_id["c-5"]["claimReviewed"].rstrip("…")) and len(by_id["c-5"]["claimReviewed"]) <= 75
    assert len(by_id["c-4"]["claimReviewed"]) <= 75 and FORMULAS[0] in by_id["c-4"]["claimReviewed"]
    assert "👍🏽" in by_id["c-1"]["claimReviewed"] and "34,5 Prozent" in by_id["c-1"]["claimReviewed"]


def test_url_keeps_one_fragment_and_falls_back_to_the_anchor(report):
    report.base_url = "https://p.example/bericht.html#oben"
    assert json.loads(claimreview.render(report))[0]["url"] == "https://p.example/bericht.html#claim-c-1"


def test_no_report_address_no_claimreview(report, tmp_path):
    from factdesk.core.errors import RequestError
    from factdesk.core.reports import write_atomic
    report.base_url = ""
    with pytest.raises(RequestError, match="set the report address first"):
        claimreview.render(report)
    with pytest.raises(RequestError, match="--base-url URL or Settings → Report address"):
        write_atomic(report, "claimreview", tmp_path / "r.jsonld")
    assert not list(tmp_path.iterdir())
