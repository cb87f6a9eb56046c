"""ops.edit_claim: fields and status in one action, the conflict check, and the inverse that undoes it."""

from __future__ import annotations

import pytest

from factdesk.core import ops
from factdesk.core.errors import ConflictError, InputError, RequestError

TEXT = "Die Partei erhielt 41,5 Prozent. Es kamen 3000 Menschen.\n"


@pytest.fixture
def claim(desk):
    article_id = ops.import_text(desk, TEXT, by="anna").article_id
    return desk.claims_for_article(article_id)[0]


def _actions(desk, claim_id):
    """The clock times of the actions that changed the claim's status (one per action)."""
    return [e.hlc for e in desk.history(claim_id=claim_id) if e.field == "status"]


def test_verdict_and_ready_for_review_in_one_action(desk, claim):
    edited = ops.edit_claim(desk, claim.id, "bea", status="ready_for_review", verdict="true")
    assert (edited.claim.status, edited.claim.verdict) == ("ready_for_review", "true")
    assert edited.changes.claims == {claim.id} and edited.changes.counts
    rows = [e for e in desk.history(claim_id=claim.id) if e.field in ("status", "verdict")]
    assert len({e.hlc for e in rows}) == 1


def test_the_inverse_walks_back_through_research_as_one_action(desk, claim):
    done = ops.edit_claim(desk, claim.id, "bea", status="ready_for_review", verdict="true")
    undone = ops.apply(desk, done.inverse, "bea")
    assert (undone.claim.status, undone.claim.verdict) == ("new", None)
    assert desk.get_claim(claim.id).status == "new"
    assert len(_actions(desk, claim.id)) == 2  # the edit and its undo: one history action each
    redone = ops.apply(desk, undone.inverse, "bea")
    assert (redone.claim.status, redone.claim.verdict) == ("ready_for_review", "true")


def test_a_direct_edit_does_not_walk(desk, claim):
    ops.edit_claim(desk, claim.id, "bea", status="ready_for_review", verdict="true")
    with pytest.raises(RequestError) as refused:
        ops.edit_claim(desk, claim.id, "bea", status="new")
    assert refused.value.code == "bad_transition"
    assert refused.value.details == {"old": "ready_for_review", "new": "new"}
    assert desk.get_claim(claim.id).status == "ready_for_review"


def test_an_inverse_is_refused_when_someone_changed_the_claim_since(desk, claim):
    done = ops.edit_claim(desk, claim.id, "bea", verdict="true")
    ops.edit_claim(desk, claim.id, "cli", verdict="false")
    with pytest.raises(ConflictError) as stale:
        ops.apply(desk, done.inverse, "bea")
    assert stale.value.code == "stale" and stale.value.details["fields"] == ["verdict"]
    assert desk.get_claim(claim.id).verdict == "false"


def test_nothing_changed_means_no_inverse_and_no_history(desk, claim):
    before = len(desk.history(claim_id=claim.id))
    edited = ops.edit_claim(desk, claim.id, "bea", rationale=None)
    assert edited.inverse is None and not edited.changes
    assert len(desk.history(claim_id=claim.id)) == before


@pytest.mark.parametrize("fields, code", [
    ({"status": "approved"}, "review_only"),
    ({"status": "ready_for_review"}, "needs_verdict"),
    ({"verdict": "no_such_verdict"}, "unknown_verdict"),
])
def test_refusals_carry_a_code(desk, claim, fields, code):
    with pytest.raises(RequestError) as refused:
        ops.edit_claim(desk, claim.id, "bea", **fields)
    assert refused.value.code == code


def test_dismissing_changes_the_article_list_and_undo_restores(desk, claim):
    dismissed = ops.dismiss_claim(desk, claim.id, "bea")
    assert dismissed.changes.articles == {claim.article_id}
    restored = ops.apply(desk, dismissed.inverse, "bea")
    assert restored.claim.status == "new"


def test_a_manual_claim_is_undone_by_dismissing_it(desk, claim):
    added = ops.add_manual_claim(desk, claim.article_id, 0, 10, "statistic", "bea")
    assert added.claim.origin == "manual" and added.claim.text == TEXT[:10] == "Die Partei"
    assert (added.claim.sentence_start, added.claim.sentence_end) == (0, TEXT.index(".") + 1)
    assert ops.apply(desk, added.inverse, "bea").claim.status == "dismissed"


@pytest.mark.parametrize("selected, stored", [
    ("l am 9. Aug", "Wahl am 9. August"),
    ("41,5 Proz", "41,5 Prozent"),
    (" 3000 Menschen. ", "3000 Menschen."),
    ("Wahl", "Wahl"),
])
def test_a_hand_marked_claim_snaps_to_whole_words(desk, selected, stored):
    text = "Die Partei erhielt bei der Wahl am 9. August 41,5 Prozent. Es kamen 3000 Menschen. Ende.\n"
    article_id = ops.import_text(desk, text, by="anna").article_id
    start = text.index(selected)
    claim = ops.add_manual_claim(desk, article_id, start, start + len(selected), "statistic", "anna").claim
    assert claim.text == stored == text[claim.start:claim.end]


@pytest.mark.parametrize("value", [float("inf"), float("nan"), "1e400", 1e300, -2e18])
def test_a_value_no_claim_can_mean_is_refused(desk, claim, value):
    """Finite numbers only: an infinite value made the CLI print Infinity and bundle export fail."""
    with pytest.raises(InputError, match="finite number"):
        ops.edit_claim(desk, claim.id, "bea", value=value)
    assert desk.get_claim(claim.id).value == claim.value


def test_a_large_value_a_claim_can_mean_is_kept(desk, claim):
    assert ops.edit_claim(desk, claim.id, "bea", value="2.5e12").claim.value == 2.5e12


@pytest.mark.parametrize("start, end", [(3, 4), (len(TEXT) - 1, len(TEXT))])  # " " and the final newline
def test_a_selection_of_only_spaces_or_separators_marks_no_claim(desk, claim, start, end):
    """An empty claim would be refused by every desk it is sent to (found by the bundle state machine)."""
    before = len(desk.claims_for_article(claim.article_id))
    with pytest.raises(InputError, match="no words"):
        ops.add_manual_claim(desk, claim.article_id, start, end, "statistic", "bea")
    assert len(desk.claims_for_article(claim.article_id)) == before
