"""Archiving, deleting and restoring articles and claims: out of every list, count, search and export."""

from __future__ import annotations

import pytest

from factdesk.core import ops
from factdesk.core.errors import RequestError
from factdesk.core.reports.collect import collect
from factdesk.core.store import ClaimFilter

SAMPLE = "Beispiel: Die Partei erhielt 41,5 Prozent. Es kamen 3000 Menschen.\n"
REAL = "Wirklich: Die Wahlbeteiligung lag bei 61,2 Prozent.\n"


@pytest.fixture
def two(desk):
    sample = ops.import_text(desk, SAMPLE, by="anna", title="Beispiel").article_id
    real = ops.import_text(desk, REAL, by="anna", title="Wahl").article_id
    return sample, real


def _claim_ids(desk, f=None):
    return {c.id for c in desk.claim_rows(f or ClaimFilter(), 0, -1)}


@pytest.mark.parametrize("shelf", ["archived", "deleted"])
def test_a_shelved_article_leaves_lists_counts_search_queue_and_reports(desk, two, shelf):
    sample, real = two
    sample_claims = {c.id for c in desk.claims_for_article(sample)}
    for cid in sample_claims:
        ops.edit_claim(desk, cid, "anna", verdict="true", status="ready_for_review")
    done = ops.shelve_article(desk, sample, shelf, "anna")
    assert done.changes.library and done.changes.counts
    assert [r.id for r in desk.article_rows()] == [real] and desk.count_articles() == 1
    assert [r.id for r in desk.article_rows(shelf=shelf)] == [sample] and desk.count_articles(shelf=shelf) == 1
    assert not (_claim_ids(desk) & sample_claims) and _claim_ids(desk, ClaimFilter(shelf=shelf)) == sample_claims
    assert sum(desk.status_counts().values()) == desk.count_claims() == 1
    assert desk.review_queue() == []
    assert not [h for h in desk.search("Partei") if h.article_id == sample]
    report = collect(desk, None)
    assert [a.article.id for a in report.articles] == [real]
    assert len(desk.claims_for_article(sample)) == len(sample_claims)  # opened from the bin, it still shows them
    assert desk.shelf_counts() == {("article", shelf): 1}


def test_restoring_is_the_undo_and_everything_is_recorded(desk, two):
    sample, _ = two
    done = ops.shelve_article(desk, sample, "deleted", "anna")
    back = ops.apply(desk, done.inverse, "anna")
    assert back.shelf is None and desk.count_articles() == 2
    again = ops.apply(desk, back.inverse, "anna")
    assert again.shelf == "deleted"
    rows = [(e.by, e.old, e.new) for e in desk.history(article_id=sample) if e.field == "shelf"]
    assert rows == [("anna", None, "deleted"), ("anna", "deleted", None), ("anna", None, "deleted")]


def test_a_claim_is_archived_on_its_own_but_not_while_approved(desk, two):
    _, real = two
    claim = desk.claims_for_article(real)[0]
    done = ops.shelve_claim(desk, claim.id, "archived", "anna")
    assert claim.id not in _claim_ids(desk) and desk.claims_for_article(real) == []
    assert [c.id for c in desk.claims_for_article(real, include_dismissed=True)] == [claim.id]
    ops.apply(desk, done.inverse, "anna")
    ops.edit_claim(desk, claim.id, "anna", verdict="true", rationale="Amtlich.")
    ops.add_source(desk, claim.id, "anna", url="https://example.org/a")
    ops.edit_claim(desk, claim.id, "anna", status="ready_for_review")
    ops.review_claim(desk, claim.id, "approve", "lena")
    with pytest.raises(RequestError) as caught:
        ops.shelve_claim(desk, claim.id, "deleted", "anna")
    assert caught.value.code == "locked"


def test_an_unknown_shelf_is_refused(desk, two):
    with pytest.raises(Exception) as caught:
        ops.shelve_article(desk, two[0], "trash", "anna")
    assert caught.value.code == "unknown_value" and desk.count_articles() == 2


def test_search_finds_speakers_and_normalized_numbers(desk):
    text = ("Es wurden mehr als 30 000 Menschen festgenommen. „Wir geben nicht auf“, sagte Lukaschenko. "
            "Der Kredit beträgt 1,5 Milliarden Dollar.\n")
    article_id = ops.import_text(desk, text, by="anna").article_id
    claims = desk.claims_for_article(article_id)
    quote = next(c for c in claims if c.type == "quote")
    ops.edit_claim(desk, quote.id, "anna", speaker="Alexander Lukaschenko")
    hits = [h for h in desk.search("Alexander") if h.kind == "claim"]
    assert [h.claim_id for h in hits] == [quote.id]
    arrests = next(c for c in claims if c.value == 30000)
    for query in ("30000", "30.000", "30,000"):
        assert arrests.id in [h.claim_id for h in desk.search(query) if h.kind == "claim"], query
    money = next(c for c in claims if c.value == 1.5e9)
    assert money.id in [h.claim_id for h in desk.search("1,5 Milliarden") if h.kind == "claim"]
    ops.shelve_article(desk, article_id, "archived", "anna")
    assert not [h for h in desk.search("30000") if h.kind == "claim"]
