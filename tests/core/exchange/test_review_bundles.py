"""Reviews travel in bundles: an approval, its undo (a withdrawal) and an override reason."""

from __future__ import annotations

from factdesk.core import ops
from factdesk.core.exchange.export import export_bundle
from factdesk.core.exchange.merge import import_bundle

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
