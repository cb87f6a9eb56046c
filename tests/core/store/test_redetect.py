"""Detecting an article again keeps every claim a user touched and adds only what is new."""

import pytest
from factdesk.core import ops


@pytest.mark.parametrize("touch", [
    lambda d, c: ops.edit_claim(d, c.id, by="bea", status="researching"),
    lambda d, c: ops.edit_claim(d, c.id, by="bea", verdict="true"),
    lambda d, c: ops.edit_claim(d, c.id, by="bea", rationale="belegt"),
    lambda d, c: ops.edit_claim(d, c.id, by="bea", assignee="bea"),
    lambda d, c: ops.edit_claim(d, c.id, by="bea", value=41.0),
    lambda d, c: ops.dismiss_claim(d, c.id, by="bea"),
    lambda d, c: ops.add_source(d, c.id, by="bea", url="https://example.org/q"),
])
def test_touched_claims_survive_redetection(desk, article, fake_detector, touch):
    claim = desk.claims_for_article(article)[0]
    touch(desk, claim)
    before = desk.get_claim(claim.id)
    fake_detector.EXTRA["quote"] = "Die Polizei"
    result = ops.redetect(desk, article, by="anna")
    assert desk.get_claim(claim.id) == before
    assert result.added == 1
    spans = [(c.start, c.type) for c in desk.claims_for_article(article, include_dismissed=True)]
    assert len(spans) == len(set(spans)) == 4


def test_manual_claims_survive_and_untouched_ones_keep_their_ids(desk, article):
    text = desk.get_article(article).text
    manual = ops.add_manual_claim(desk, article, text.index("Es kamen"), text.index(" Menschen"), "crowd_size",
                                   by="bea", value=3000).claim
    ids = {c.id for c in desk.claims_for_article(article)}
    assert ops.redetect(desk, article, by="anna").counts() == {"added": 0, "removed": 0, "kept": 4}
    assert {c.id for c in desk.claims_for_article(article)} == ids
    assert desk.get_claim(manual.id).origin == "manual"


def test_untouched_claims_the_rules_no_longer_find_are_removed(desk, article, fake_detector, monkeypatch):
    keep = desk.claims_for_article(article)[1]
    ops.edit_claim(desk, keep.id, by="bea", verdict="false")
    monkeypatch.setattr(fake_detector, "_NUMBER", __import__("re").compile(r"(?!x)x"))
    assert ops.redetect(desk, article, by="anna").counts()["removed"] == 2
    assert [c.id for c in desk.claims_for_article(article)] == [keep.id]
