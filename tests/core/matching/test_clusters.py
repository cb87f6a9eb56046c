"""Claim clusters across articles, near-duplicate articles, splitting, one verdict for every occurrence."""

from __future__ import annotations

import pytest

from factdesk.core.errors import RequestError
from factdesk.core.matching import clusters
from factdesk.core.ops.clusters import apply_cluster_verdict, split_from_cluster
from factdesk.core import ops

WIRE = ("Minsk. Nach der umstrittenen Wahl haben die Sicherheitskräfte in Belarus mehr als 30 000 Menschen "
        "festgenommen, teilte eine Menschenrechtsgruppe am Montag mit. Die Regierung bestreitet die Zahl. "
        "Präsident Lukaschenko regiert das Land seit 26 Jahren. Die Opposition kündigte neue Proteste für das "
        "Wochenende an, die Polizei warnte vor nicht genehmigten Versammlungen in der Hauptstadt.\n")
RELEDE = "Neue Proteste angekündigt. " + WIRE.replace("Minsk. ", "")
OTHER_DAY = ("Die Menschenrechtsgruppe Wjasna zählt inzwischen mehr als 30 000 Festnahmen seit der Wahl in "
             "Belarus.\n")
UNRELATED = "Im Stadion in Hamburg sahen 30 000 Menschen das Spiel gegen Bremen.\n"


def claim_of(desk, article_id, type_="arrests"):
    return next(c for c in desk.claims_for_article(article_id) if c.type == type_)


@pytest.fixture
def desk_with_wire(desk):
    a = ops.import_text(desk, WIRE, by="anna", title="Wire").article_id
    b = ops.import_text(desk, RELEDE, by="anna", title="Wire, new lede").article_id
    c = ops.import_text(desk, OTHER_DAY, by="anna", title="Next day").article_id
    d = ops.import_text(desk, UNRELATED, by="anna", title="Football").article_id
    clusters.refresh(desk)
    return desk, a, b, c, d


def test_near_duplicate_articles_are_linked(desk_with_wire):
    desk, a, b, c, d = desk_with_wire
    from factdesk.core.store import clusters as store

    assert [x["id"] for x in store.near_duplicates(desk.db, a)] == [b]
    assert store.near_duplicates(desk.db, c) == []


def test_same_claim_in_several_articles_is_one_cluster_and_the_stadium_is_not(desk_with_wire):
    desk, a, b, c, d = desk_with_wire
    first = claim_of(desk, a)
    members = clusters.occurrences(desk, first.id)
    assert {m["article_id"] for m in members} == {a, b, c}
    assert {m["how"] for m in members} >= {"near_duplicate", "same_figure"}
    crowd = desk.claims_for_article(d)
    assert all(clusters.occurrences(desk, x.id) == [] for x in crowd)


def test_refresh_is_cheap_and_idempotent(desk_with_wire):
    desk = desk_with_wire[0]
    again = clusters.refresh(desk)
    assert (again.articles_indexed, again.claims_considered) == (0, 0)


def test_verdict_applied_to_every_occurrence_each_keeping_its_span(desk_with_wire):
    desk, a, b, c, d = desk_with_wire
    first = claim_of(desk, a)
    ops.edit_claim(desk, first.id, "anna", verdict="true", rationale="Wjasna lists the names.")
    ops.add_source(desk, first.id, "anna", url="https://spring96.example/list", title="List")
    report = apply_cluster_verdict(desk, first.id, "anna")
    assert len(report.updated) == 2 and report.skipped == []
    for article_id in (b, c):
        other = claim_of(desk, article_id)
        assert (other.verdict, other.rationale) == ("true", "Wjasna lists the names.")
        assert [s.url for s in other.sources] == ["https://spring96.example/list"]
        assert desk.get_article(article_id).text[other.start:other.end] == other.text
        assert any(h.field == "verdict" for h in desk.history(claim_id=other.id))


def test_locked_occurrence_is_left_and_reported(desk_with_wire):
    desk, a, b, c, d = desk_with_wire
    locked = claim_of(desk, c)
    ops.edit_claim(desk, locked.id, "anna", verdict="false", rationale="The count was lower.")
    ops.add_source(desk, locked.id, "anna", url="https://example.org/count")
    ops.edit_claim(desk, locked.id, "anna", status="ready_for_review")
    ops.review_claim(desk, locked.id, "approve", "lena")
    first = claim_of(desk, a)
    ops.edit_claim(desk, first.id, "anna", verdict="true")
    report = apply_cluster_verdict(desk, first.id, "anna")
    assert report.skipped == [(locked.id, "approved and locked")]
    assert desk.get_claim(locked.id).verdict == "false"


def test_split_takes_a_claim_out_for_good_and_is_recorded(desk_with_wire):
    desk, a, b, c, d = desk_with_wire
    other = claim_of(desk, c)
    split_from_cluster(desk, other.id, "anna")
    assert clusters.occurrences(desk, other.id) == []
    assert {m["article_id"] for m in clusters.occurrences(desk, claim_of(desk, a).id)} == {a, b}
    clusters.refresh(desk)
    assert clusters.occurrences(desk, other.id) == []
    assert [(h.field, h.new) for h in desk.history(claim_id=other.id)][-1] == ("cluster", None)
    with pytest.raises(RequestError, match="not part of a cluster"):
        split_from_cluster(desk, other.id, "anna")


def test_split_is_undone_and_redone_as_ordinary_recorded_steps(desk_with_wire):
    desk, a, b, c, d = desk_with_wire
    founder, other = claim_of(desk, a), claim_of(desk, c)
    split = split_from_cluster(desk, founder.id, "anna")  # the claim the cluster is named after leaves
    assert {m["article_id"] for m in clusters.occurrences(desk, other.id)} == {b, c}
    back = ops.apply(desk, split.inverse, "anna")
    assert {m["article_id"] for m in clusters.occurrences(desk, founder.id)} == {a, b, c}
    assert [(h.field, h.old is None, h.new is None) for h in desk.history(claim_id=founder.id)][-2:] == [
        ("cluster", False, True), ("cluster", True, False)]
    ops.apply(desk, back.inverse, "anna")  # redo: out again
    assert clusters.occurrences(desk, founder.id) == []
    assert {m["article_id"] for m in clusters.occurrences(desk, other.id)} == {b, c}


def test_undoing_a_split_after_its_mates_left_too_is_refused_and_changes_nothing(desk_with_wire):
    desk, a, b, c, d = desk_with_wire
    first = split_from_cluster(desk, claim_of(desk, a).id, "anna")
    split_from_cluster(desk, claim_of(desk, b).id, "anna")  # c is alone now: its cluster is gone
    assert clusters.occurrences(desk, claim_of(desk, c).id) == []
    ops.apply(desk, first.inverse, "anna")  # c was never taken out: a joins it again
    assert {m["article_id"] for m in clusters.occurrences(desk, claim_of(desk, a).id)} == {a, c}
    split_from_cluster(desk, claim_of(desk, c).id, "anna")  # now a's mates b and c have both left
    rows = len(desk.history(claim_id=claim_of(desk, a).id))
    with pytest.raises(RequestError) as refused:
        ops.apply(desk, first.inverse, "anna")
    assert refused.value.code == "cluster_gone"
    assert clusters.occurrences(desk, claim_of(desk, a).id) == []
    assert len(desk.history(claim_id=claim_of(desk, a).id)) == rows


def test_applying_a_verdict_to_the_cluster_is_one_undo_step(desk_with_wire):
    desk, a, b, c, d = desk_with_wire
    first = claim_of(desk, a)
    ops.edit_claim(desk, first.id, "anna", verdict="true", rationale="Wjasna lists the names.")
    ops.add_source(desk, first.id, "anna", url="https://spring96.example/list", title="List")
    report = apply_cluster_verdict(desk, first.id, "anna")
    undone = ops.apply(desk, report.inverse, "anna")
    for article_id in (b, c):
        other = claim_of(desk, article_id)
        assert (other.verdict, other.rationale, other.sources) == (None, None, [])
    assert undone.changes.claims >= {claim_of(desk, b).id, claim_of(desk, c).id}
    ops.apply(desk, undone.inverse, "anna")  # redo
    for article_id in (b, c):
        other = claim_of(desk, article_id)
        assert other.verdict == "true" and [s.url for s in other.sources] == ["https://spring96.example/list"]
    assert claim_of(desk, a).verdict == "true"


def test_apply_without_verdict_is_refused(desk_with_wire):
    desk, a, *_ = desk_with_wire
    with pytest.raises(RequestError, match="no verdict"):
        apply_cluster_verdict(desk, claim_of(desk, a).id, "anna")


def test_claimreview_lists_every_occurrence_as_an_appearance(desk_with_wire):
    from factdesk.core.reports import claimreview
    from factdesk.core.reports.collect import ReportFilter, collect

    desk, a, b, c, d = desk_with_wire
    for article_id, url in ((a, "https://wire.example/1"), (b, "https://paper.example/2")):
        desk.db.execute("UPDATE articles SET url = ? WHERE id = ?", [url, article_id])
    first = claim_of(desk, a)
    ops.edit_claim(desk, first.id, "anna", verdict="true")
    report = collect(desk, ReportFilter(article_id=a), base_url="https://desk.example/report.html")
    (review,) = [r for r in claimreview.to_data(report) if r["url"].endswith(first.id)]
    seen = review["itemReviewed"]["appearance"]
    assert [w.get("headline") for w in seen] == ["Wire", "Wire, new lede", "Next day"]
    assert [w.get("url") for w in seen][:2] == ["https://wire.example/1", "https://paper.example/2"]


def _key(claim_id, article_id, sentence, value=2.0):
    from factdesk.core.store.clusters import ClaimKey

    return ClaimKey(claim_id, article_id, "casualties", value, "two", sentence, "en")


def test_a_small_number_needs_a_shared_name_and_a_title_case_headline_names_nothing():
    report = _key("a", "A", "Two Soldiers Killed In Bombing Near Falluja In Iraq")
    prose = _key("b", "B", "Two soldiers were killed in a bombing near Falluja in Iraq on Monday, the army said.")
    elsewhere = _key("c", "C", "Planes bombed a town in Syria on Monday, killing two soldiers, the army said.")
    same_story = _key("d", "D", "Two soldiers died when a bomb went off near Falluja in Iraq, the army said on Monday.")
    assert clusters.same_claim(prose, same_story, set()) == "same_figure"
    assert clusters.same_claim(prose, elsewhere, set()) is None  # another place
    assert clusters.same_claim(report, prose, set()) is None    # the headline's capitals name nothing


def test_a_small_count_needs_nearly_the_same_sentence():
    first = _key("e", "E", "Rebels killed two soldiers in Kandahar, Afghanistan.")
    wounded = _key("f", "F", "Two soldiers were wounded by a bomb in Kandahar, Afghanistan, on Monday.")
    same = _key("g", "G", "Rebels killed two soldiers in Kandahar, Afghanistan, officials said.")
    assert clusters.same_claim(wounded, first, set()) is None
    assert clusters.same_claim(same, first, set()) == "same_figure"


def test_a_share_under_ten_needs_nearly_the_same_sentence_too():
    from factdesk.core.store.clusters import ClaimKey

    def share(claim_id, sentence):
        return ClaimKey(claim_id, claim_id, "statistic", 0.5, "die Hälfte", sentence, "de")

    survey = share("h", "Mehr als die Hälfte der befragten Manager in Österreich sieht eine wachsende Bedrohung.")
    other = share("i", "Mehr als die Hälfte der befragten Rentner in Österreich ist privat versichert.")
    assert clusters.same_claim(other, survey, set()) is None
