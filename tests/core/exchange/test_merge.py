"""Merging bundles: idempotent, order-independent, convergent, matching by content hash and span."""

from __future__ import annotations

import itertools

import pytest

from factdesk.core.errors import RequestError
from factdesk.core.exchange.conflicts import list_conflicts
from factdesk.core.ops.exchange import take_other_value
from factdesk.core.exchange.export import export_bundle
from factdesk.core.exchange.merge import import_bundle
from factdesk.core import ops

from .helpers import ARTICLES, dump, history_count, history_edits


def _exchange(src, dst, tmp_path, name, **kw):
    path = tmp_path / f"{name}.zip"
    export_bundle(src, path, "tester", **kw)
    return import_bundle(dst, path, "tester")


def test_new_articles_and_claims_arrive(desks, tmp_path):
    a, b = desks("a"), desks("b")
    aid = ops.import_text(a, ARTICLES[0], by="anna", title="Wahl").article_id
    report = _exchange(a, b, tmp_path, "ab")
    assert len(report.new_articles) == 1 and len(report.new_claims) == 3
    assert dump(a) == dump(b)
    assert b.get_article(aid).title == "Wahl"


def test_second_import_changes_nothing(desks, tmp_path):
    a, b = desks("a"), desks("b")
    aid = ops.import_text(a, ARTICLES[0], by="anna").article_id
    claim = a.claims_for_article(aid)[0]
    ops.edit_claim(a, claim.id, "anna", verdict="true", rationale="checked")
    ops.add_source(a, claim.id, "anna", url="https://example.org/x", title="Stat office")
    path = tmp_path / "a.zip"
    export_bundle(a, path, "anna")
    first = import_bundle(b, path, "ben")
    state, n = dump(b), history_count(b)
    second = import_bundle(b, path, "ben")
    assert first.changed and not second.changed
    assert dump(b) == state and history_count(b) == n
    assert second.summary().startswith("nothing new")


def test_order_does_not_matter(desks, tmp_path):
    a, b = desks("a"), desks("b")
    aid = ops.import_text(a, ARTICLES[0], by="anna").article_id
    ops.import_text(b, ARTICLES[1], by="ben")
    c1 = a.claims_for_article(aid)[0]
    export_bundle(a, tmp_path / "a1.zip", "anna", everything=True)
    ops.edit_claim(a, c1.id, "anna", verdict="false")
    export_bundle(a, tmp_path / "a2.zip", "anna", everything=True)
    export_bundle(b, tmp_path / "b1.zip", "ben", everything=True)
    bundles = ["a1", "a2", "b1"]
    states = []
    for i, order in enumerate(itertools.permutations(bundles)):
        d = desks(f"x{i}")
        for name in order:
            import_bundle(d, tmp_path / f"{name}.zip", "x")
        states.append((dump(d), history_edits(d)))
    assert all(s == states[0] for s in states)


def test_concurrent_edits_converge_and_keep_the_loser(desks, tmp_path):
    a, b = desks("a"), desks("b")
    aid = ops.import_text(a, ARTICLES[0], by="anna").article_id
    _exchange(a, b, tmp_path, "init")
    cid = a.claims_for_article(aid)[0].id
    ops.edit_claim(a, cid, "anna", verdict="true")
    ops.edit_claim(b, cid, "ben", verdict="false")
    stamp = {h.new: h.hlc for h in a.history(claim_id=cid) + b.history(claim_id=cid) if h.field == "verdict"}
    win, lose = sorted(stamp, key=stamp.get, reverse=True)   # newest HLC wins (desk id breaks ties)
    to_b = _exchange(a, b, tmp_path, "ab")
    to_a = _exchange(b, a, tmp_path, "ba")
    assert a.get_claim(cid).verdict == b.get_claim(cid).verdict == win
    assert dump(a) == dump(b) and history_edits(a) == history_edits(b)
    assert [(c["field"], c["other_value"]) for c in to_b.conflicts] == [("verdict", lose)]
    assert [(c["field"], c["other_value"]) for c in to_a.conflicts] == [("verdict", lose)]
    loser_desk = to_a if win == "false" else to_b
    assert loser_desk.verdicts_changed == [(cid, lose, win)]
    # the loser stays in the history
    assert any(h.field == "verdict" and h.new == lose for h in a.history(claim_id=cid))


def test_take_the_other_value_is_a_normal_edit_that_wins_everywhere(desks, tmp_path):
    a, b = desks("a"), desks("b")
    aid = ops.import_text(a, ARTICLES[0], by="anna").article_id
    _exchange(a, b, tmp_path, "init")
    cid = a.claims_for_article(aid)[0].id
    ops.edit_claim(a, cid, "anna", rationale="mine")
    ops.edit_claim(b, cid, "ben", rationale="theirs")
    _exchange(b, a, tmp_path, "ba")
    [conflict] = list_conflicts(a)
    assert {conflict.kept_value, conflict.other_value} == {"mine", "theirs"}
    assert a.get_claim(cid).rationale == conflict.kept_value
    take_other_value(a, conflict.id, "anna")
    assert a.get_claim(cid).rationale == conflict.other_value and list_conflicts(a) == []
    _exchange(a, b, tmp_path, "ab")
    assert b.get_claim(cid).rationale == conflict.other_value
    assert dump(a) == dump(b)


def test_same_article_imported_on_two_desks_is_matched_not_duplicated(desks, tmp_path):
    a, b = desks("a"), desks("b")
    aid = ops.import_text(a, ARTICLES[0], by="anna", title="from anna").article_id
    bid = ops.import_text(b, ARTICLES[0], by="ben", title="from ben").article_id
    ops.edit_claim(b, b.claims_for_article(bid)[1].id, "ben", verdict="true")
    to_a = _exchange(b, a, tmp_path, "ba")
    _exchange(a, b, tmp_path, "ab")
    assert to_a.new_articles == [] and to_a.new_claims == [] and to_a.matched_articles == 1
    assert a.count_articles() == 1 and len(a.claims_for_article(aid)) == 3
    assert a.claims_for_article(aid)[1].verdict == "true"
    assert dump(a) == dump(b)
    # a third desk learns both names of the article and still holds one copy
    c = desks("c")
    _exchange(a, c, tmp_path, "ac", everything=True)
    _exchange(b, c, tmp_path, "bc", everything=True)
    assert c.count_articles() == 1 and dump(c) == dump(a)


def test_default_export_sends_only_what_the_peer_lacks(desks, tmp_path):
    a, b = desks("a"), desks("b")
    ops.import_text(a, ARTICLES[0], by="anna")
    _exchange(a, b, tmp_path, "ab1")
    _exchange(b, a, tmp_path, "ba1")            # a learns what b holds
    ops.import_text(a, ARTICLES[1], by="anna")
    report = export_bundle(a, tmp_path / "ab2.zip", "anna")
    assert report.articles == 1 and report.since is not None
    assert import_bundle(b, tmp_path / "ab2.zip", "ben").new_claims


def test_a_bundle_that_assumes_missing_work_is_refused(desks, tmp_path):
    a, b, c = desks("a"), desks("b"), desks("c")
    ops.import_text(a, ARTICLES[0], by="anna")
    _exchange(a, b, tmp_path, "ab1")
    _exchange(b, a, tmp_path, "ba1")
    ops.import_text(a, ARTICLES[1], by="anna")
    export_bundle(a, tmp_path / "for_b.zip", "anna", peer=b.desk_id)
    before = dump(c), history_count(c)
    with pytest.raises(RequestError, match="--all"):
        import_bundle(c, tmp_path / "for_b.zip", "carl")
    assert (dump(c), history_count(c)) == before


def test_removed_source_stays_removed(desks, tmp_path):
    a, b = desks("a"), desks("b")
    aid = ops.import_text(a, ARTICLES[0], by="anna").article_id
    cid = a.claims_for_article(aid)[0].id
    src = ops.add_source(a, cid, "anna", url="https://example.org/a").source
    _exchange(a, b, tmp_path, "ab")
    ops.remove_source(a, src.id, "anna")
    _exchange(a, b, tmp_path, "ab2", everything=True)
    _exchange(b, a, tmp_path, "ba", everything=True)
    assert b.get_claim(cid).sources == [] and a.get_claim(cid).sources == []


def test_attached_files_travel(desks, tmp_path):
    a, b = desks("a"), desks("b")
    aid = ops.import_text(a, ARTICLES[0], by="anna").article_id
    cid = a.claims_for_article(aid)[0].id
    f = tmp_path / "evidence.txt"
    f.write_bytes(b"official figures")
    src = ops.add_source(a, cid, "anna", title="figures", file_path=f).source
    _exchange(a, b, tmp_path, "ab")
    assert b.source_file(src.id).read_bytes() == b"official figures"


def _redetect_without_first_number(desk, aid, monkeypatch):
    """Re-detect with a detector that no longer finds the article's first number."""
    from factdesk.core import detector

    from .helpers import FINDS_LESS

    previous = detector.use(FINDS_LESS)
    try:
        ops.redetect(desk, aid, "anna")
    finally:
        detector.use(previous)


def test_redetection_removal_travels_unless_someone_worked_on_the_claim(desks, tmp_path, monkeypatch):
    a, b, c = desks("a"), desks("b"), desks("c")
    aid = ops.import_text(a, ARTICLES[0], by="anna").article_id
    _exchange(a, b, tmp_path, "ab0")
    _exchange(a, c, tmp_path, "ac0")
    first = a.claims_for_article(aid)[0]
    ops.edit_claim(c, first.id, "carl", verdict="true")          # carl works on it meanwhile
    _redetect_without_first_number(a, aid, monkeypatch)
    assert len(a.claims_for_article(aid)) == 2
    _exchange(a, b, tmp_path, "ab1", everything=True)
    assert len(b.claims_for_article(aid)) == 2                 # untouched on b: removed there too
    _exchange(a, c, tmp_path, "ac1", everything=True)
    assert c.get_claim(first.id).verdict == "true"             # carl's work survives
    for src, dst in [(c, a), (c, b), (a, b), (b, a), (a, c), (b, c)]:
        _exchange(src, dst, tmp_path, f"x{src.desk_id[:4]}{dst.desk_id[:4]}", everything=True)
    assert dump(a) == dump(b) == dump(c)
    assert len(a.claims_for_article(aid)) == 3


def test_removal_of_a_claim_known_under_two_ids(desks, tmp_path, monkeypatch):
    """b removes its copy of a claim a also has under another id; both end without it."""
    a, b = desks("a"), desks("b")
    aid = ops.import_text(a, ARTICLES[0], by="anna").article_id
    bid = ops.import_text(b, ARTICLES[0], by="ben").article_id
    _exchange(a, b, tmp_path, "ab0")                  # b learns a's ids as aliases
    _redetect_without_first_number(b, bid, monkeypatch)
    _exchange(a, b, tmp_path, "ab1", everything=True)  # a sends the claim again: it stays removed on b
    assert len(b.claims_for_article(bid)) == 2
    _exchange(b, a, tmp_path, "ba", everything=True)  # the removal reaches a under a's id
    assert len(a.claims_for_article(aid)) == 2
    assert dump(a) == dump(b)


def test_a_failure_half_way_leaves_nothing_behind(desks, tmp_path, monkeypatch):
    from factdesk.core.store import exchange_queries

    a, b = desks("a"), desks("b")
    ops.import_text(a, ARTICLES[0], by="anna")
    ops.import_text(b, ARTICLES[1], by="ben")
    export_bundle(a, tmp_path / "a.zip", "anna")
    before = dump(b), history_count(b)

    def broken(db, rows):
        raise RuntimeError("disk full")

    monkeypatch.setattr(exchange_queries, "insert_history", broken)
    with pytest.raises(RuntimeError):
        import_bundle(b, tmp_path / "a.zip", "ben")     # articles and claims were already written
    assert (dump(b), history_count(b)) == before
    monkeypatch.undo()
    assert import_bundle(b, tmp_path / "a.zip", "ben").new_claims
