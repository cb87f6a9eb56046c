"""ClaimReview JSON-LD: Google's required and recommended properties, readable statements, valid JSON-LD."""

from __future__ import annotations

import json
import re

import pytest

from factdesk.core.model import Article, Claim
from factdesk.core.reports import claimreview
from factdesk.core.reports.data import ArticleEntry, ClaimEntry, Report
from factdesk.core.reports.statement import HARD_LIMIT, statement

from . import google_claimreview
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
        assert 0 < len(text) <= HARD_LIMIT
        for label in labels:
            assert not re.search(rf"(?<!\w){re.escape(label)}(?!\w)", text, re.IGNORECASE), (label, text)
        assert review["reviewRating"]["@type"] == "Rating"
        assert review["reviewRating"]["alternateName"] in {v.label_en for v in SCALE.verdicts}
        assert review["reviewRating"]["name"] == review["reviewRating"]["alternateName"]
        assert review["url"].startswith("https://pruefstelle.example/report#claim-")


def test_recommended_fields(reviews):
    first = reviews[0]
    assert first["claimReviewed"] == "Die Partei erhielt 34,5 Prozent der Stimmen."
    assert first["author"] == {"@type": "Organization", "name": "Prüfstelle <Nord>"}
    assert first["datePublished"] == "2026-11-21"
    item = first["itemReviewed"]
    assert item["@type"] == "Claim"
    assert item["author"] == {"@type": "Organization", "name": "Musterblatt"}  # nobody named: the outlet says it
    assert item["datePublished"] == "2026-11-02"
    article = {"@type": "CreativeWork", "url": "https://musterblatt.example/wahl",
               "headline": "Wahlabend in Musterstadt", "datePublished": "2026-11-02",
               "publisher": {"@type": "Organization", "name": "Musterblatt"}}
    assert item["appearance"] == article and item["firstAppearance"] == article
    rating = first["reviewRating"]
    assert (rating["ratingValue"], rating["bestRating"], rating["worstRating"]) == (1, 1, 0)


def test_speaker_is_person_and_unsafe_article_url_left_out(reviews):
    hostile = [r for r in reviews if r["url"].endswith("c-5")][0]
    assert hostile["itemReviewed"]["author"]["@type"] == "Person"
    assert "url" not in hostile["itemReviewed"]["appearance"]  # javascript: article URL


def test_no_numeric_rating_when_the_verdict_has_none(reviews):
    unprovable = [r for r in reviews if r["reviewRating"]["alternateName"] == "Unprovable"][0]
    assert set(unprovable["reviewRating"]) == {"@type", "alternateName", "name"}


# ---- Google's required and recommended properties, on an article as a desk holds it ----------

NEWS = ("Wahl in Weißland: Präsident bleibt im Amt\n"
        "MINSK (dpa-AFX) - Präsident Alexander Lukaschenko hat die Wahl in Weißland nach offiziellen Angaben "
        "gewonnen. Lukaschenko, der seit 1994 regiert, erhielt nach Angaben der Wahlkommission 80,1 Prozent "
        "der Stimmen, teilte die Behörde am Montag mit. Er hatte sich nach 26 Jahren an der Macht für eine "
        "sechste Amtszeit beworben. Bei Protesten in der Hauptstadt wurden mehr als 3000 Menschen festgenommen. "
        "„Diese Wahl war nicht frei“, sagte die Oppositionspolitikerin Maria Kolesnikowa.")


def _news_report() -> Report:
    def claim(cid: str, text: str, kind: str, verdict: str, speaker: str | None = None) -> ClaimEntry:
        start = NEWS.index(text)
        s0 = max(NEWS.rfind(". ", 0, start) + 2, NEWS.rfind(" - ", 0, start) + 3 if cid == "k-0" else 0)
        s1 = NEWS.find(".", start + len(text))
        s1 = len(NEWS) if s1 < 0 else s1 + 1
        c = Claim(cid, "n-1", start, start + len(text), text, kind, verdict=verdict, status="approved",
                  speaker=speaker, sentence_start=s0, sentence_end=s1, updated_at="2026-11-20T10:00:00Z")
        return ClaimEntry(c, "kim", "lea", "2026-11-21T09:00:00Z", [], NEWS[s0:s1].strip())

    article = Article("n-1", NEWS, title="Wahl in Weißland: Präsident bleibt im Amt", outlet="Nordkurier",
                      url="https://nordkurier.example/weissland", published="2026-11-02", language="de")
    entries = [claim("k-1", "80,1 Prozent der Stimmen", "vote_share", "true"),
               claim("k-2", "26 Jahren an der Macht", "duration_in_power", "mostly_false"),
               claim("k-3", "mehr als 3000 Menschen festgenommen", "arrests", "false"),
               claim("k-4", "„Diese Wahl war nicht frei“", "quote", "true", speaker="Maria Kolesnikowa")]
    return Report(SCALE, [ArticleEntry(article, entries)], organisation="Prüfstelle Nord",
                  base_url="https://pruefstelle.example/berichte/weissland.html")


def test_every_review_meets_googles_required_and_recommended_properties():
    reviews = claimreview.to_data(_news_report())
    assert len(reviews) == 4
    for review in reviews:
        errors, warnings = google_claimreview.check(review)
        assert errors == [], (review["claimReviewed"], errors)
        assert [w for w in warnings if "recommended" in w] == [], (review["claimReviewed"], warnings)


def test_claim_reviewed_is_a_whole_statement_with_its_subject():
    by_id = {r["url"].rsplit("#claim-", 1)[1]: r for r in claimreview.to_data(_news_report())}
    # the relative clause and the attribution go, the subject stays
    assert by_id["k-1"]["claimReviewed"] == ("Lukaschenko erhielt nach Angaben der Wahlkommission "
                                             "80,1 Prozent der Stimmen.")
    # "Er" becomes the person the sentence is about
    assert by_id["k-2"]["claimReviewed"] == ("Alexander Lukaschenko hatte sich nach 26 Jahren an der Macht für "
                                             "eine sechste Amtszeit beworben.")
    assert by_id["k-3"]["claimReviewed"] == ("Bei Protesten in der Hauptstadt wurden mehr als 3000 Menschen "
                                             "festgenommen.")
    assert by_id["k-4"]["claimReviewed"] == "„Diese Wahl war nicht frei“"


def test_the_claimant_is_the_speaker_or_subject_and_the_outlet_the_appearance():
    by_id = {r["url"].rsplit("#claim-", 1)[1]: r for r in claimreview.to_data(_news_report())}
    person = {"@type": "Person", "name": "Alexander Lukaschenko"}
    assert by_id["k-1"]["itemReviewed"]["author"] == person  # "Lukaschenko" in its longest form
    assert by_id["k-2"]["itemReviewed"]["author"] == person  # "Er" after Lukaschenko was named
    assert by_id["k-3"]["itemReviewed"]["author"] == {"@type": "Organization", "name": "Nordkurier"}
    assert by_id["k-4"]["itemReviewed"]["author"] == {"@type": "Person", "name": "Maria Kolesnikowa"}
    for review in by_id.values():
        assert review["itemReviewed"]["appearance"]["publisher"] == {"@type": "Organization", "name": "Nordkurier"}
        assert review["itemReviewed"]["firstAppearance"]["url"] == "https://nordkurier.example/weissland"


# ---- claimReviewed on single sentences -------------------------------------------------------

def test_claim_reviewed_leaves_out_a_clause_holding_a_label(report):
    claim = Claim("x", "a", 0, 12, "34,5 Prozent", "vote_share", verdict="false")
    entry = ClaimEntry(claim, sentence="Es ist falsch, dass die Partei 34,5 Prozent der Stimmen bekam.")
    assert claimreview.claim_reviewed(report, entry) == "Dass die Partei 34,5 Prozent der Stimmen bekam."
    claim.text = "Das Gerücht ist wahr und falsch zugleich"
    entry.sentence = claim.text
    out = claimreview.claim_reviewed(report, entry)
    assert "falsch" not in out.lower()


def test_claim_reviewed_keeps_a_single_clause_whole(report):
    sentence = ("Die Regierung hat in den vergangenen zwölf Monaten insgesamt 4,2 Milliarden Euro für neue "
                "Schulen ausgegeben.")
    entry = ClaimEntry(Claim("x", "a", 0, 5, "4,2 Milliarden Euro", "money"), sentence=sentence)
    assert claimreview.claim_reviewed(report, entry) == sentence


def test_claim_reviewed_cuts_only_a_very_long_clause_around_the_claim(report):
    sentence = ("Die Regierung hat " + "nach eigenen und sehr ausführlichen Angaben " * 8
                + "4,2 Milliarden Euro ausgegeben.")
    entry = ClaimEntry(Claim("x", "a", 0, 5, "4,2 Milliarden Euro", "money"), sentence=sentence)
    out = claimreview.claim_reviewed(report, entry)
    assert len(out) <= HARD_LIMIT and "4,2 Milliarden Euro" in out and out.startswith("…")


DPA = ("Lukaschenko lässt sich zum Sieger erklären\n"
       "MINSK (dpa-AFX) - Nach 26 Jahren an der Macht hat sich Alexander Lukaschenko bei der "
       "Präsidentenwahl mit 80,1 Prozent der Stimmen zum Sieger erklären lassen.")


def _dpa_entry(claim_text, claim_type="vote_share"):
    start = DPA.index(claim_text)
    claim = Claim("x", "a", start, start + len(claim_text), claim_text, claim_type,
                  sentence_start=0, sentence_end=len(DPA))
    return ClaimEntry(claim, sentence=DPA)


def test_claim_reviewed_strips_dateline_and_headline_line(report):
    whole = ("Nach 26 Jahren an der Macht hat sich Alexander Lukaschenko bei der Präsidentenwahl mit "
             "80,1 Prozent der Stimmen zum Sieger erklären lassen.")
    assert claimreview.claim_reviewed(report, _dpa_entry("80,1 Prozent der Stimmen")) == whole
    assert claimreview.claim_reviewed(report, _dpa_entry("26 Jahren", "duration_in_power")) == whole
    short = "MINSK (dpa-AFX) - Lukaschenko erhielt 80,1 Prozent."
    entry = ClaimEntry(Claim("x", "a", 38, 42, "80,1", "vote_share"), sentence=short)
    assert claimreview.claim_reviewed(report, entry) == "Lukaschenko erhielt 80,1 Prozent."
    dated = "Berlin, 5. März 2024 (dpa) - Die Polizei nahm mehr als 300 Menschen fest."
    entry = ClaimEntry(Claim("x", "a", 0, 5, "mehr als 300 Menschen", "arrests"), sentence=dated)
    assert claimreview.claim_reviewed(report, entry) == "Die Polizei nahm mehr als 300 Menschen fest."


def test_claim_reviewed_of_a_quote_is_the_quote(report):
    quote = "„Wir haben die Wahl mit großem Vorsprung gewonnen“"
    sentence = f"Der Präsident sagte am Abend in Minsk: {quote}, und verließ den Saal."
    entry = ClaimEntry(Claim("x", "a", 39, 39 + len(quote), quote, "quote"), sentence=sentence)
    assert claimreview.claim_reviewed(report, entry) == quote


@pytest.mark.parametrize("sentence, claim, lang, expected", [
    # a parenthesis and an appendage after the claim go; the decimal comma is no boundary
    ("Die Arbeitslosigkeit stieg im Oktober (nach Zahlen der Bundesagentur) auf 6,1 Prozent, den höchsten Wert "
     "seit Jahren.", "6,1 Prozent", "de", "Die Arbeitslosigkeit stieg im Oktober auf 6,1 Prozent."),
    # an inserted subordinate clause between subject and claim goes
    ("Die Regierung hat, wie sie am Dienstag in Berlin mitteilte, 300 Millionen Euro für den Wiederaufbau "
     "bereitgestellt.",
     "300 Millionen Euro", "de", "Die Regierung hat 300 Millionen Euro für den Wiederaufbau bereitgestellt."),
    # German keeps a leading subordinate clause (the main clause starts with its verb) ...
    ("Wie die Polizei am Abend auf Anfrage mitteilte, wurden in der Hauptstadt mehr als 300 Menschen festgenommen.",
     "mehr als 300 Menschen", "de",
     "Wie die Polizei am Abend auf Anfrage mitteilte, wurden in der Hauptstadt mehr als 300 Menschen festgenommen."),
    # ... English drops it
    ("After the polls closed on Sunday evening in the capital, officials said turnout had reached 61.2 percent.",
     "61.2 percent", "en", "Officials said turnout had reached 61.2 percent."),
    # commas inside a quotation are no boundaries
    ("The minister said the plan, which was \"late, costly and badly run\", cost 2.5 billion euros, more than planned.",
     "2.5 billion euros", "en", "The minister said the plan cost 2.5 billion euros."),
])
def test_statement_shortens_at_clause_boundaries(sentence, claim, lang, expected):
    assert statement(sentence, claim, sentence.index(claim), lang) == expected


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
    assert RTL.startswith(by_id["c-5"]["claimReviewed"].rstrip("…"))
    assert len(by_id["c-5"]["claimReviewed"]) <= HARD_LIMIT
    assert len(by_id["c-4"]["claimReviewed"]) <= HARD_LIMIT and FORMULAS[0] in by_id["c-4"]["claimReviewed"]
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
