"""Status workflow, verdicts, the approved lock, reopening, dismissing and restoring."""

import pytest

from factdesk.core.errors import InputError, RequestError
from factdesk.core import ops

from .conftest import add_article


def _claim(desk, article, status=None, verdict="true"):
    claim = desk.claims_for_article(article)[0]
    if verdict:
        claim = ops.edit_claim(desk, claim.id, by="bea", verdict=verdict).claim
    for step in {"researching": ["researching"],
                 "ready_for_review": ["ready_for_review"]}.get(status, []):
        ops.edit_claim(desk, claim.id, by="bea", status=step)
    return claim


@pytest.mark.parametrize("path", [
    ["researching", "ready_for_review", "researching"],
    ["dismissed", "new"],
    ["ready_for_review"],
])
def test_valid_transitions(desk, article, path):
    claim = _claim(desk, article)
    for status in path:
        assert ops.edit_claim(desk, claim.id, by="bea", status=status).claim.status == status


@pytest.mark.parametrize("status, message", [
    ("approved", "only a review"),
    ("returned", "only a review"),
])
def test_approve_and_return_only_through_review(desk, article, status, message):
    claim = _claim(desk, article, "ready_for_review")
    with pytest.raises(RequestError, match=message):
        ops.edit_claim(desk, claim.id, by="bea", status=status)
    assert desk.get_claim(claim.id).status == "ready_for_review"


@pytest.mark.parametrize("decision", ["approve", "return"])
def test_review_needs_ready_for_review(desk, article, decision):
    claim = _claim(desk, article, "researching")
    with pytest.raises(RequestError, match="not 'ready_for_review'"):
        ops.review_claim(desk, claim.id, decision, by="lead")
    assert desk.reviews_for_claim(claim.id) == []


def test_dismissed_cannot_jump_to_ready_for_review(desk, article):
    claim = _claim(desk, article)
    ops.dismiss_claim(desk, claim.id, by="bea")
    with pytest.raises(RequestError, match="cannot go from 'dismissed'"):
        ops.edit_claim(desk, claim.id, by="bea", status="ready_for_review")
    assert ops.restore_claim(desk, claim.id, by="bea").claim.status == "new"


def test_approved_claims_are_locked_until_reopened(desk, article):
    claim = _claim(desk, article, "ready_for_review")
    ops.edit_claim(desk, claim.id, by="bea", rationale="Amtliches Endergebnis.")
    ops.add_source(desk, claim.id, by="bea", url="https://example.org/result")
    ops.review_claim(desk, claim.id, "approve", by="lead", comment="Sauber belegt")
    for edit in ({"rationale": "neu"}, {"verdict": "false"}, {"status": "researching"}):
        with pytest.raises(RequestError, match="locked"):
            ops.edit_claim(desk, claim.id, by="bea", **edit)
    with pytest.raises(RequestError, match="locked"):
        ops.add_source(desk, claim.id, by="bea", url="https://example.org/a")
    ops.review_claim(desk, claim.id, "reopen", by="lead")
    assert ops.edit_claim(desk, claim.id, by="bea", rationale="neu").claim.rationale == "neu"
    assert [r.decision for r in desk.reviews_for_claim(claim.id)] == ["approve", "reopen"]


@pytest.mark.parametrize("fields, error", [
    ({"verdict": "wahrscheinlich"}, RequestError),
    ({"status": "done"}, InputError),
    ({"type": "gossip"}, InputError),
    ({"value": "viele"}, InputError),
    ({"score": 1.0}, InputError),
])
def test_bad_edits_change_nothing(desk, article, fields, error):
    claim = _claim(desk, article)
    before = len(desk.history())
    with pytest.raises(error):
        ops.edit_claim(desk, claim.id, by="bea", **fields)
    assert desk.get_claim(claim.id) == claim
    assert len(desk.history()) == before


def test_verdicts_follow_the_desks_scale(desk, article):
    claim = _claim(desk, article)
    desk.set_rating_scale("dpa", by="lead")
    assert ops.edit_claim(desk, claim.id, by="bea", verdict="stimmt_teilweise").claim.verdict == "stimmt_teilweise"
    with pytest.raises(RequestError, match="unknown verdict"):
        ops.edit_claim(desk, claim.id, by="bea", verdict="pants_on_fire")


def test_unknown_and_prefix_claim_ids(desk, article):
    claim = _claim(desk, article)
    assert desk.get_claim(claim.id[:8]).id == claim.id
    with pytest.raises(RequestError, match="no claim"):
        desk.get_claim("00000000-0000-0000-0000-000000000000")
    with pytest.raises(RequestError, match="no claim"):
        desk.get_claim(claim.id[:5])


def test_ready_for_review_needs_a_verdict(desk, article):
    claim = _claim(desk, article, verdict=None)
    with pytest.raises(RequestError, match="set a verdict before"):
        ops.edit_claim(desk, claim.id, by="bea", status="ready_for_review")
    assert desk.get_claim(claim.id).status == "new"
    # the verdict may come in the same edit
    assert ops.edit_claim(desk, claim.id, by="bea", status="ready_for_review", verdict="false").claim.status \
        == "ready_for_review"


def test_approve_needs_a_verdict(desk, article):
    claim = _claim(desk, article, "ready_for_review")
    # an older desk (or a bundle) may hold a claim ready for review without a verdict
    desk.db.execute("UPDATE claims SET verdict = NULL WHERE id = ?", [claim.id])
    with pytest.raises(RequestError, match="set a verdict before approving"):
        ops.review_claim(desk, claim.id, "approve", by="lead")
    assert desk.get_claim(claim.id).status == "ready_for_review"


def test_return_needs_a_comment(desk, article):
    claim = _claim(desk, article, "ready_for_review")
    for comment in (None, "   "):
        with pytest.raises(InputError, match="with a comment"):
            ops.review_claim(desk, claim.id, "return", by="lead", comment=comment)
    assert desk.reviews_for_claim(claim.id) == []
    assert ops.review_claim(desk, claim.id, "return", by="lead", comment="Quelle fehlt").review.decision == "return"


def test_update_with_stale_expected_values_is_a_conflict(file_desk):
    from factdesk.core.errors import ConflictError
    from factdesk.core.store import Desk

    desk = file_desk
    claim = _claim(desk, add_article(desk), verdict=None)
    with Desk.open(desk.path) as other:  # another process, e.g. the CLI
        ops.edit_claim(other, claim.id, by="cli", rationale="geprüft", verdict="false")
    with pytest.raises(ConflictError, match=r"was changed by cli at .* since you opened it"):
        ops.edit_claim(desk, claim.id, by="gui", expected={"rationale": None}, rationale="alt")
    assert desk.get_claim(claim.id).rationale == "geprüft"
    # values that still match: the edit goes through; without `expected` nothing changes for callers
    assert ops.edit_claim(desk, claim.id, by="gui", expected={"rationale": "geprüft"},
                             rationale="neu").claim.rationale == "neu"
    assert ops.edit_claim(desk, claim.id, by="gui", verdict="true").claim.verdict == "true"
