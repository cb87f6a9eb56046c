"""The desk's collection: import, re-import, the desk's own approved verdicts, matching with numbers."""

from __future__ import annotations

import json

from factdesk.core.matching.collection import refresh_desk_verdicts
from factdesk.core.ops.checks import import_checks as import_op
from factdesk.core.matching.match import match_claim, match_texts
from factdesk.core.store import prior_checks
from factdesk.core import ops

from .conftest import claim_review


def ids(matches) -> list[str]:
    return [m.check["id"] for m in matches]


def test_import_then_reimport_updates_without_duplicates(desk, checks_tsv):
    first = import_op(desk, [checks_tsv], "anna").report
    assert (first.added, first.updated, first.problems) == (3, 0, [])
    checks_tsv.write_text(checks_tsv.read_text().replace("\tTrue\t", "\tMostly true\t"), encoding="utf-8")
    second = import_op(desk, [checks_tsv], "anna").report
    assert (second.added, second.updated, second.unchanged) == (0, 1, 2)
    assert prior_checks.count(desk.db) == 3
    assert prior_checks.get(desk.db, "c1")["rating"] == "Mostly true"


def test_import_is_recorded_in_the_history(desk, checks_tsv):
    import_op(desk, [checks_tsv], "anna", source="Example Check archive")
    entry = desk.history()[-1]
    assert (entry.by, entry.entity, entry.entity_id, entry.new) == (
        "anna", "checks", "Example Check archive", "fact-checks: 3 added, 0 updated")


def test_checks_keep_detected_type_and_value(desk, checks_tsv):
    import_op(desk, [checks_tsv], "anna")
    row = prior_checks.get(desk.db, "c1")
    assert (row["type"], row["value"], row["qualifier"]) == ("arrests", 30000, "more_than")


def test_german_claim_finds_the_english_check_and_not_the_same_number_elsewhere(desk, checks_tsv):
    import_op(desk, [checks_tsv], "anna")
    (matches,) = match_texts(desk, ["Über 30.000 Festnahmen in Belarus seit der Wahl"], top=5)
    assert ids(matches)[0] == "c1"
    assert "c3" not in ids(matches)
    scores = {m.check["id"]: m.score for m in matches}
    assert scores["c1"] > scores.get("c2", 0.0)


def test_unrelated_claim_gets_no_match(desk, checks_tsv):
    import_op(desk, [checks_tsv], "anna")
    assert match_texts(desk, ["Der Zoo bekam zwei neue Pinguine."], top=5) == [[]]


def test_bad_file_is_reported_and_the_others_imported(desk, checks_tsv, tmp_path):
    bad = tmp_path / "broken.json"
    bad.write_text("{ this is not json", encoding="utf-8")
    report = import_op(desk, [bad, checks_tsv], "anna").report
    assert report.added == 3
    assert len(report.failed_files) == 1 and "broken.json" in report.failed_files[0]


def test_approved_verdict_joins_the_collection_and_leaves_it_when_reopened(desk, tmp_path):
    text = "Die Polizei nahm am Sonntag mehr als 30 000 Menschen in Belarus fest.\n"
    article_id = ops.import_text(desk, text, by="anna", title="Belarus").article_id
    claim = next(c for c in desk.claims_for_article(article_id) if c.type == "arrests")
    ops.edit_claim(desk, claim.id, "anna", verdict="true", rationale="Confirmed by the ministry.")
    ops.add_source(desk, claim.id, "anna", url="https://example.org/ministry")
    ops.edit_claim(desk, claim.id, "anna", status="ready_for_review")
    ops.review_claim(desk, claim.id, "approve", "lena")
    refresh_desk_verdicts(desk)
    row = prior_checks.get(desk.db, f"desk:{claim.id}")
    assert (row["origin"], row["rating"], row["type"], row["value"]) == ("desk", "Richtig", "arrests", 30000)
    (matches,) = match_texts(desk, ["More than 30,000 arrests in Belarus"], top=3)
    assert ids(matches) == [f"desk:{claim.id}"]
    ops.review_claim(desk, claim.id, "reopen", "lena")
    refresh_desk_verdicts(desk)
    assert prior_checks.get(desk.db, f"desk:{claim.id}") is None


def test_claim_on_the_desk_is_matched_without_its_own_entry(desk, tmp_path):
    path = tmp_path / "r.jsonl"
    path.write_text(json.dumps(claim_review("https://checks.example/belarus",
                                            "Belarus police detained over 30,000 people after the vote.",
                                            rating="True")) + "\n", encoding="utf-8")
    import_op(desk, [path], "anna")
    article_id = ops.import_text(desk, "In Belarus wurden nach der Wahl mehr als 30 000 Menschen festgenommen.\n",
                                     by="anna").article_id
    claim = next(c for c in desk.claims_for_article(article_id) if c.type == "arrests")
    assert ids(match_claim(desk, claim.id)) == ["https://checks.example/belarus"]


def test_checks_are_detected_for_their_facts_as_the_full_detector_finds_them():
    from factdesk.core.detect import detect
    from factdesk.core.matching.collection import facts_many, main_facts

    texts = ["More than 30,000 people were arrested in Belarus after the election.",
             "Lukaschenko erhielt nach offiziellen Angaben 80,1 Prozent der Stimmen.",
             "The mayor spent 2 million euros on a new fountain, not the 500,000 he promised.",
             "\"We will never give up,\" the opposition leader said."]
    fast = list(facts_many(texts, "auto"))
    for text, found in zip(texts, fast):
        full = detect(text)
        assert found.language == full.language
        assert [(c.type, c.value, c.unit, c.qualifier, c.start, c.end) for c in found.claims] == [
            (c.type, c.value, c.unit, c.qualifier, c.start, c.end) for c in full.claims]
    assert main_facts(fast[0]).value == 30000 and main_facts(fast[1]).value == 80.1


def test_checks_naming_their_speaker_skip_the_quote_step_and_store_the_same_facts(desk, tmp_path):
    from factdesk.core.detect import detect
    from factdesk.core.matching.collection import facts_many

    text = 'Finance Minister Anna Berg said: "Unemployment fell by 12 percent in two years."'
    full = detect(text, "en")
    assert "quote" in [c.type for c in full.claims]
    no_quotes = facts_many([text], "en", quotes=False)[0]
    assert [(c.type, c.value, c.unit, c.qualifier, c.start, c.end) for c in no_quotes.claims] == [
        (c.type, c.value, c.unit, c.qualifier, c.start, c.end) for c in full.claims if c.type != "quote"]

    named = claim_review("https://checks.example/named", text,
                         itemReviewed={"@type": "Claim", "author": {"@type": "Person", "name": "A. Berg"}})
    unnamed = claim_review("https://checks.example/unnamed", text)
    path = tmp_path / "two.jsonl"
    path.write_text(json.dumps(named) + "\n" + json.dumps(unnamed) + "\n", encoding="utf-8")
    import_op(desk, [path], "anna")
    rows = [prior_checks.get(desk.db, f"https://checks.example/{name}") for name in ("named", "unnamed")]
    assert [r["speaker"] for r in rows] == ["A. Berg", "Anna Berg"]
    assert [(r["type"], r["value"]) for r in rows] == [("statistic", 12.0)] * 2
    assert rows[0]["terms"] == rows[1]["terms"]
