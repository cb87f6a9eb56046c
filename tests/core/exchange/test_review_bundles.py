"""Reviews travel in bundles: an approval, its undo (a withdrawal) and an override reason."""

from __future__ import annotations

from factdesk.core import ops
from factdesk.core.exchange.export import export_bundle
from factdesk.core.exchange.merge import import_bundle
from tests.core.exchange.test_hostile import _refused, _rewrite

TEXT = "Die Partei erhielt 41,5 Prozent. Es kamen 3000 Menschen.\n"


def test_a_withdrawn_approval_arrives_as_such(desks, tmp_path):
    a, b = desks("a"), desks("b")
    claim = a.claims_for_article(ops.import_text(a, TEXT, by="anna").article_id)[0]
    ops.edit_claim(a, claim.id, "anna", verdict="true", rationale="Amtlich.")
    ops.add_source(a, claim.id, "anna", url="https://example.org/wahl")
    ops.edit_claim(a, claim.id, "anna", status="ready_for_review")
    done = ops.review_claim(a, claim.id, "approve", "lena")
    ops.apply(a, done.inverse, "lena")
    ops.review_claim(a, claim.id, "approve", "anna", override="Vertretung")
    report = import_bundle(b, export_bundle(a, tmp_path / "a.zip", "anna").path, "ben")
    assert report.new_reviews == 3
    got = b.get_claim(claim.id)
    assert got.status == "approved"
    assert [r.decision for r in b.reviews_for_claim(claim.id)] == ["approve", "withdraw", "approve"]
    assert any(e.field == "override" and e.new == "Vertretung" for e in b.history(claim_id=claim.id))


def test_the_withdrawn_review_is_known_as_withdrawn_on_the_other_desk(desks, tmp_path):
    a, b = desks("a"), desks("b")
    claim = a.claims_for_article(ops.import_text(a, TEXT, by="anna").article_id)[0]
    ops.edit_claim(a, claim.id, "anna", verdict="true", rationale="Amtlich.")
    ops.add_source(a, claim.id, "anna", url="https://example.org/wahl")
    ops.edit_claim(a, claim.id, "anna", status="ready_for_review")
    ops.review_claim(a, claim.id, "approve", "lena")
    reopened = ops.review_claim(a, claim.id, "reopen", "lena", comment="Zahl prüfen")
    ops.apply(a, reopened.inverse, "lena")  # undoing the reopen locks it again
    import_bundle(b, export_bundle(a, tmp_path / "a.zip", "anna").path, "ben")
    reviews = b.reviews_for_claim(claim.id)
    assert [(r.decision, r.withdrawn) for r in reviews] == [("approve", False), ("reopen", True),
                                                             ("withdraw", False)]
    assert b.get_claim(claim.id).status == "approved"
    assert ops.latest_review(b, claim.id).decision == "approve"


def test_a_withdrawal_that_names_no_review_is_refused(desks, tmp_path):
    def forget_what_it_withdraws(records):
        records["reviews"] = [{**r, "withdraws": None} for r in records["reviews"]]

    a, b = desks("a"), desks("b")
    claim = a.claims_for_article(ops.import_text(a, TEXT, by="anna").article_id)[0]
    ops.edit_claim(a, claim.id, "anna", verdict="true", rationale="Amtlich.")
    ops.add_source(a, claim.id, "anna", url="https://example.org/wahl")
    ops.edit_claim(a, claim.id, "anna", status="ready_for_review")
    done = ops.review_claim(a, claim.id, "return", "lena", comment="Quelle?")
    ops.apply(a, done.inverse, "lena")
    path = export_bundle(a, tmp_path / "a.zip", "anna").path
    forged = _rewrite(path, tmp_path / "forged.zip", forget_what_it_withdraws)
    _refused(b, forged, "withdraw")


def test_reviews_of_a_bundle_written_before_withdrawals_existed_are_read(desks, tmp_path):
    a, b = desks("a"), desks("b")
    claim = a.claims_for_article(ops.import_text(a, TEXT, by="anna").article_id)[0]
    ops.edit_claim(a, claim.id, "anna", verdict="true", rationale="Amtlich.")
    ops.add_source(a, claim.id, "anna", url="https://example.org/wahl")
    ops.edit_claim(a, claim.id, "anna", status="ready_for_review")
    ops.review_claim(a, claim.id, "approve", "lena")
    path = export_bundle(a, tmp_path / "a.zip", "anna").path

    def older(records):
        records["reviews"] = [{k: v for k, v in r.items() if k not in ("withdraws", "override")}
                              for r in records["reviews"]]
    import_bundle(b, _rewrite(path, tmp_path / "old.zip", older), "ben")
    assert b.get_claim(claim.id).status == "approved"


def test_comment_threads_travel_and_converge(desks, tmp_path):
    a, b = desks("a"), desks("b")
    claim = a.claims_for_article(ops.import_text(a, TEXT, by="anna").article_id)[0]
    ops.add_comment(a, claim.id, "anna", "Quelle nennt 41,4.")
    gone = ops.add_comment(a, claim.id, "anna", "Vertippt.")
    ops.apply(a, gone.inverse, "anna")
    report = import_bundle(b, export_bundle(a, tmp_path / "a.zip", "anna", everything=True).path, "ben")
    assert report.new_comments == 2
    assert [c.body for c in b.comments_for_claim(claim.id)] == ["Quelle nennt 41,4."]
    ops.add_comment(b, claim.id, "ben", "Passt, amtlich 41,5.")
    ops.withdraw_comment(b, b.comments_for_claim(claim.id)[0].id, "anna")  # Anna on Ben's laptop
    import_bundle(a, export_bundle(b, tmp_path / "b.zip", "ben", everything=True).path, "anna")
    assert [c.body for c in a.comments_for_claim(claim.id)] == ["Passt, amtlich 41,5."]
    assert [c.body for c in b.comments_for_claim(claim.id)] == ["Passt, amtlich 41,5."]
    assert import_bundle(a, tmp_path / "b.zip", "anna").new_comments == 0


def test_a_comment_under_a_claim_the_bundle_does_not_carry_is_refused(desks, tmp_path):
    import uuid
    a, b = desks("a"), desks("b")
    claim = a.claims_for_article(ops.import_text(a, TEXT, by="anna").article_id)[0]
    ops.add_comment(a, claim.id, "anna", "Hallo")
    path = export_bundle(a, tmp_path / "a.zip", "anna").path

    def move(records):
        records["comments"][0]["claim_id"] = str(uuid.uuid4())
    _refused(b, _rewrite(path, tmp_path / "forged.zip", move), "comments")


def test_an_undone_step_off_returned_travels(desks, tmp_path):
    a, b = desks("a"), desks("b")
    claim = a.claims_for_article(ops.import_text(a, TEXT, by="anna").article_id)[0]
    ops.edit_claim(a, claim.id, "anna", verdict="true", rationale="Amtlich.")
    ops.add_source(a, claim.id, "anna", url="https://example.org/wahl")
    ops.edit_claim(a, claim.id, "anna", status="ready_for_review")
    ops.review_claim(a, claim.id, "return", "lena", comment="Quelle?")
    step = ops.edit_claim(a, claim.id, "anna", status="researching")
    ops.apply(a, step.inverse, "anna")
    import_bundle(b, export_bundle(a, tmp_path / "a.zip", "anna").path, "ben")
    assert b.get_claim(claim.id).status == "returned"


def test_archived_and_deleted_travel_and_restore_travels_too(desks, tmp_path):
    a, b = desks("a"), desks("b")
    sample = ops.import_text(a, TEXT, by="anna").article_id
    claim = a.claims_for_article(ops.import_text(a, "Es kamen 4000 Menschen.\n", by="anna").article_id)[0]
    ops.shelve_article(a, sample, "deleted", "anna")
    ops.shelve_claim(a, claim.id, "archived", "anna")
    import_bundle(b, export_bundle(a, tmp_path / "a.zip", "anna").path, "ben")
    assert b.count_articles() == 1 and b.count_articles(shelf="deleted") == 1
    assert b.get_claim(claim.id).shelf == "archived"
    ops.shelve_article(b, sample, None, "ben")
    import_bundle(a, export_bundle(b, tmp_path / "b.zip", "ben").path, "anna")
    assert a.get_article(sample).shelf is None and a.count_articles() == 2
