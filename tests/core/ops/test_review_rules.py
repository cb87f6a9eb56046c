"""The lead's review: the four-eyes rule, overrides, the desk's leads, and undoing a review."""

from __future__ import annotations

import pytest

from factdesk.core import ops
from factdesk.core.errors import ConflictError, RequestError

TEXT = "Die Partei erhielt 41,5 Prozent. Es kamen 3000 Menschen.\n"


@pytest.fixture
def claim(desk):
    article_id = ops.import_text(desk, TEXT, by="anna").article_id
    return desk.claims_for_article(article_id)[0]


def _ready(desk, claim_id, by="anna", source=True, rationale="Amtliches Endergebnis."):
    ops.edit_claim(desk, claim_id, by, verdict="true", rationale=rationale)
    if source:
        ops.add_source(desk, claim_id, by, url="https://example.org/result", publisher="Wahlleiter")
    ops.edit_claim(desk, claim_id, by, status="ready_for_review")


def test_a_checked_claim_is_approved_by_a_second_person(desk, claim):
    _ready(desk, claim.id)
    done = ops.review_claim(desk, claim.id, "approve", "lena")
    assert done.claim.status == "approved" and done.review.override is None


@pytest.mark.parametrize("source, rationale, by, rules", [
    (True, "Belegt.", "anna", ["own_verdict"]),
    (False, "Belegt.", "lena", ["no_source"]),
    (True, None, "lena", ["no_rationale"]),
    (False, None, "anna", ["own_verdict", "no_source", "no_rationale"]),
])
def test_the_four_eyes_rule_refuses_and_says_why(desk, claim, source, rationale, by, rules):
    _ready(desk, claim.id, source=source, rationale=rationale)
    with pytest.raises(RequestError) as caught:
        ops.review_claim(desk, claim.id, "approve", by)
    assert caught.value.code == "four_eyes" and caught.value.details["rules"] == rules
    assert "--override" in caught.value.message
    assert desk.get_claim(claim.id).status == "ready_for_review"
    assert desk.reviews_for_claim(claim.id) == []


def test_the_four_eyes_rule_follows_who_set_the_verdict_last(desk, claim):
    _ready(desk, claim.id)
    ops.edit_claim(desk, claim.id, "lena", verdict="mostly_true" if desk.rating_scale().verdict("mostly_true")
                   else "false")
    with pytest.raises(RequestError, match="lena set its verdict"):
        ops.review_claim(desk, claim.id, "approve", "lena")
    assert ops.review_claim(desk, claim.id, "approve", "otto").claim.status == "approved"


def test_a_lead_overrides_with_a_reason_that_is_recorded(desk, claim):
    _ready(desk, claim.id, source=False)
    with pytest.raises(Exception, match="say why"):
        ops.review_claim(desk, claim.id, "approve", "lena", override="  ")
    done = ops.review_claim(desk, claim.id, "approve", "lena", override="Agenturmeldung, Quelle folgt")
    assert done.review.override == "Agenturmeldung, Quelle folgt"
    rows = [(e.field, e.new) for e in desk.history(claim_id=claim.id) if e.entity == "review"]
    assert ("override", "Agenturmeldung, Quelle folgt") in rows
    assert desk.reviews_for_claim(claim.id)[0].override == "Agenturmeldung, Quelle folgt"


def test_an_unneeded_override_is_a_plain_approval(desk, claim):
    _ready(desk, claim.id)
    assert ops.review_claim(desk, claim.id, "approve", "lena", override="just in case").review.override is None


def test_the_desk_can_switch_the_rule_off_and_that_is_recorded(desk, claim):
    ops.set_four_eyes(desk, False, "lena")
    _ready(desk, claim.id, source=False, rationale=None)
    assert ops.review_claim(desk, claim.id, "approve", "anna").claim.status == "approved"
    setting = [e for e in desk.history() if e.entity == "setting" and e.field == "four_eyes"]
    assert [(e.by, e.new) for e in setting] == [("lena", "0")]


def test_on_a_desk_with_leads_only_a_lead_reviews(desk, claim):
    assert ops.become_lead(desk, "lena").settings
    _ready(desk, claim.id)
    with pytest.raises(RequestError) as caught:
        ops.review_claim(desk, claim.id, "approve", "otto")
    assert caught.value.code == "not_lead" and caught.value.details["leads"] == ["lena"]
    assert ops.review_claim(desk, claim.id, "approve", "Lena").claim.status == "approved"


def test_only_a_lead_changes_the_leads_and_every_change_is_recorded(desk):
    ops.become_lead(desk, "lena")
    with pytest.raises(RequestError) as caught:
        ops.become_lead(desk, "otto")  # a checker choosing "lead" in their settings
    assert caught.value.code == "not_lead"
    with pytest.raises(RequestError):
        ops.add_lead(desk, "otto", by="otto")
    ops.add_lead(desk, "otto", by="lena")
    assert ops.desk_leads(desk) == ["lena", "otto"]
    ops.remove_lead(desk, "lena", by="otto")
    with pytest.raises(Exception) as last:
        ops.remove_lead(desk, "otto", by="otto")
    assert last.value.code == "last_lead"
    changes = [(e.by, e.new) for e in desk.history() if e.entity == "setting" and e.field == "leads"]
    assert changes == [("lena", '["lena"]'), ("lena", '["lena", "otto"]'), ("otto", '["otto"]')]


@pytest.mark.parametrize("decision, comment, before, after", [
    ("approve", None, "ready_for_review", "approved"),
    ("return", "Quelle fehlt", "ready_for_review", "returned"),
])
def test_undoing_a_review_is_a_recorded_withdrawal_and_redo_decides_again(desk, claim, decision, comment,
                                                                           before, after):
    _ready(desk, claim.id)
    done = ops.review_claim(desk, claim.id, decision, "lena", comment=comment)
    undone = ops.apply(desk, done.inverse, "lena")
    assert undone.claim.status == before == desk.get_claim(claim.id).status
    reviews = desk.reviews_for_claim(claim.id)
    assert [(r.decision, r.withdrawn) for r in reviews] == [(decision, True), ("withdraw", False)]
    assert reviews[1].withdraws == reviews[0].id
    assert ops.latest_review(desk, claim.id) is None
    redone = ops.apply(desk, undone.inverse, "lena")
    assert redone.claim.status == after and redone.review.comment == comment
    assert ops.latest_review(desk, claim.id).id == redone.review.id


def test_undoing_a_reopen_locks_the_claim_again(desk, claim):
    _ready(desk, claim.id)
    ops.review_claim(desk, claim.id, "approve", "lena")
    reopened = ops.review_claim(desk, claim.id, "reopen", "lena", comment="Zahl prüfen")
    assert ops.apply(desk, reopened.inverse, "lena").claim.status == "approved"


def test_only_the_reviewer_undoes_a_review(desk, claim):
    _ready(desk, claim.id)
    done = ops.review_claim(desk, claim.id, "approve", "lena")
    with pytest.raises(RequestError) as caught:
        ops.apply(desk, done.inverse, "anna")
    assert caught.value.code == "not_yours" and caught.value.details["owner"] == "lena"
    assert desk.get_claim(claim.id).status == "approved"


def test_a_review_is_not_undone_after_the_claim_moved_on(desk, claim):
    _ready(desk, claim.id)
    done = ops.review_claim(desk, claim.id, "return", "lena", comment="Zweite Quelle")
    ops.edit_claim(desk, claim.id, "anna", status="researching")
    with pytest.raises(ConflictError):
        ops.apply(desk, done.inverse, "lena")
    assert desk.get_claim(claim.id).status == "researching"


def test_a_checkers_step_off_returned_can_be_undone_but_returned_is_not_settable(desk, claim):
    _ready(desk, claim.id)
    ops.review_claim(desk, claim.id, "return", "lena", comment="Quelle?")
    step = ops.edit_claim(desk, claim.id, "anna", status="researching")
    assert ops.apply(desk, step.inverse, "anna").claim.status == "returned"
    ops.edit_claim(desk, claim.id, "anna", status="researching")
    with pytest.raises(RequestError) as caught:
        ops.edit_claim(desk, claim.id, "anna", status="returned")
    assert caught.value.code == "review_only"
