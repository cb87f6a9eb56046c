"""'Use this verdict as a starting point', and other organisations' ratings read on the desk's scale."""

from __future__ import annotations

import pytest

from factdesk.core import ops
from factdesk.core.errors import RequestError
from factdesk.core.matching.ratings import desk_verdict
from factdesk.core.ops.checks import import_checks, use_prior_verdict
from factdesk.core.store.scales import get_scale


@pytest.mark.parametrize("scale, rating, expected", [
    ("default", "False", "false"), ("default", "Pants on Fire", "false"), ("default", "Falsch", "false"),
    ("default", "Mostly True", "mostly_true"), ("default", "half-true", "half_true"),
    ("default", "Größtenteils richtig", "mostly_true"), ("default", "Satire", None),
    ("correctiv", "barely-true", "groesstenteils_falsch"), ("politifact", "pants-fire", "pants_on_fire"),
    ("dpa", "Stimmt nicht", "stimmt_nicht"),
])
def test_ratings_on_the_desks_scale(scale, rating, expected):
    verdict = desk_verdict(get_scale(scale), rating)
    assert (verdict.id if verdict else None) == expected


def test_numeric_rating_between_worst_and_best():
    assert desk_verdict(get_scale("default"), None, 1, 5, 1).id == "false"
    assert desk_verdict(get_scale("default"), None, 5, 5, 1).id == "true"
    assert desk_verdict(get_scale("default"), "3/5", 9, 5, 1) is None  # outside its own range: not read


def test_use_prior_verdict_sets_rating_and_attaches_the_check_and_can_be_undone(desk, checks_tsv):
    import_checks(desk, [checks_tsv], "anna")
    article_id = ops.import_text(desk, "In Belarus wurden mehr als 30 000 Menschen festgenommen.\n",
                                 by="anna").article_id
    claim = next(c for c in desk.claims_for_article(article_id) if c.type == "arrests")
    used = use_prior_verdict(desk, claim.id, "c1", "anna")
    assert (used.verdict, used.claim.verdict) == ("true", "true")
    (source,) = used.claim.sources
    assert (source.url, source.publisher, source.published) == (
        "https://checks.example/c1", "Example Check", "2020-11-02")
    assert source.excerpt.startswith("Rated “True” by Example Check on 2020-11-02: More than 30,000")
    remove, edit = used.undo
    ops.apply(desk, remove, "anna")
    ops.apply(desk, edit, "anna")
    after = desk.get_claim(claim.id)
    assert (after.verdict, after.sources) == (None, [])


def test_unknown_check_or_locked_claim_is_refused(desk, checks_tsv):
    import_checks(desk, [checks_tsv], "anna")
    article_id = ops.import_text(desk, "Es wurden 300 Menschen festgenommen.\n", by="anna").article_id
    claim = desk.claims_for_article(article_id)[0]
    with pytest.raises(RequestError, match="no earlier fact-check"):
        use_prior_verdict(desk, claim.id, "nope", "anna")
