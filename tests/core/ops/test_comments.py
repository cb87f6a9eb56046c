"""The comment thread per claim: write, withdraw (undo) and bring back (redo), only your own."""

from __future__ import annotations

import pytest

from factdesk.core import ops
from factdesk.core.errors import InputError, RequestError

TEXT = "Die Partei erhielt 41,5 Prozent. Es kamen 3000 Menschen.\n"


@pytest.fixture
def claim(desk):
    return desk.claims_for_article(ops.import_text(desk, TEXT, by="anna").article_id)[0]


def test_a_thread_in_order_with_who_and_when(desk, claim):
    ops.add_comment(desk, claim.id, "anna", "Die Quelle nennt 41,4 – Rundung?")
    ops.add_comment(desk, claim.id, "lena", "Ja, vorläufiges Ergebnis. Bitte das amtliche nehmen.")
    thread = desk.comments_for_claim(claim.id)
    assert [(c.author, c.body[:7]) for c in thread] == [("anna", "Die Que"), ("lena", "Ja, vor")]
    assert all(c.created_at for c in thread)
    assert [e.entity for e in desk.history(claim_id=claim.id) if e.entity == "comment"] == ["comment"] * 2


def test_an_empty_comment_is_refused(desk, claim):
    with pytest.raises(InputError):
        ops.add_comment(desk, claim.id, "anna", "   ")
    assert desk.comments_for_claim(claim.id) == []


def test_undo_withdraws_and_redo_brings_back_only_for_the_author(desk, claim):
    written = ops.add_comment(desk, claim.id, "anna", "Zweite Quelle folgt.")
    with pytest.raises(RequestError) as caught:
        ops.apply(desk, written.inverse, "lena")
    assert caught.value.code == "not_yours"
    undone = ops.apply(desk, written.inverse, "anna")
    assert desk.comments_for_claim(claim.id) == [] and undone.comment.withdrawn
    assert len(desk.comments_for_claim(claim.id, include_withdrawn=True)) == 1
    ops.apply(desk, undone.inverse, "anna")
    assert [c.body for c in desk.comments_for_claim(claim.id)] == ["Zweite Quelle folgt."]


def test_a_locked_claim_can_still_be_discussed(desk, claim):
    ops.edit_claim(desk, claim.id, "anna", verdict="true", rationale="Amtlich.")
    ops.add_source(desk, claim.id, "anna", url="https://example.org/a")
    ops.edit_claim(desk, claim.id, "anna", status="ready_for_review")
    ops.review_claim(desk, claim.id, "approve", "lena")
    assert ops.add_comment(desk, claim.id, "anna", "Danke!").comment.author == "anna"
