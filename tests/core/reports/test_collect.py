"""collect(): filters, grouping by article, checker and reviewer from the desk."""

from __future__ import annotations

import pytest

from factdesk.core import ops
from factdesk.core.errors import InputError, RequestError
from factdesk.core.reports.collect import ReportFilter, collect

from . import sample_desk


@pytest.fixture
def built(desk):
    return desk, sample_desk.fill(desk)


def test_only_approved(built):
    desk, ids = built
    report = collect(desk, ReportFilter(status="approved"))
    assert [e.claim.id for _, e in report.entries()] == [ids["approved"]]
    _, entry = next(report.entries())
    assert entry.checker == "kim" and entry.reviewer == "lea" and entry.reviewed_at
    assert entry.claim.sources[0].url == "https://wahlen.example/ergebnis"
    assert entry.sentence == "Die Partei erhielt 34,5 Prozent der Stimmen."
    assert report.organisation == "Prüfstelle Nord"
    assert report.base_url == "https://pruefstelle.example/report"
    assert report.filters == {"status": "approved"}


@pytest.mark.parametrize("f, expected", [
    (ReportFilter(verdict="mostly_false"), ["ready"]),
    (ReportFilter(status="returned"), ["returned"]),
    (ReportFilter(status="ready_for_review"), ["ready", "hostile_ready"]),
])
def test_filters(built, f, expected):
    desk, ids = built
    got = {e.claim.id for _, e in collect(desk, f).entries()}
    assert got == {ids[k] for k in expected}


def test_article_filter_and_assignee_as_checker(built):
    desk, ids = built
    report = collect(desk, ReportFilter(article_id=ids["a1"]))
    assert len(report.articles) == 1 and report.articles[0].article.id == ids["a1"]
    checkers = {e.claim.id: e.checker for _, e in report.entries()}
    assert checkers[ids["ready"]] == "max"


def test_date_range(built):
    desk, _ = built
    assert collect(desk, ReportFilter(date_from="2000-01-01", date_to="2999-12-31")).claim_count() > 0
    assert collect(desk, ReportFilter(date_to="2000-01-01")).claim_count() == 0


@pytest.mark.parametrize("f", [ReportFilter(status="done"), ReportFilter(verdict="nonsense"),
                               ReportFilter(type="weather"), ReportFilter(date_from="24.11.2026"),
                               ReportFilter(date_from="2026-12-01", date_to="2026-01-01")])
def test_bad_filters_are_input_errors(built, f):
    with pytest.raises(InputError):
        collect(built[0], f)


def test_unknown_article_is_request_error(built):
    with pytest.raises(RequestError):
        collect(built[0], ReportFilter(article_id="no-such-article"))


def _statements(desk, **kw) -> list[str]:
    seen: list[str] = []
    desk.db.conn.set_trace_callback(lambda sql: seen.append(sql) if not sql.startswith("--") else None)
    try:
        report = collect(desk, ReportFilter(**kw))
    finally:
        desk.db.conn.set_trace_callback(None)
    assert report.articles
    return seen


def test_a_report_reads_a_few_statements_per_page_not_per_claim(built):
    """A report of many claims costs what a report of a few costs (was: 2 or more statements per claim)."""
    desk, ids = built
    few = _statements(desk, status="any")
    for i in range(6):  # three times the claims, with verdicts, sources and reviews
        more = ops.import_text(desk, f"{sample_desk.ARTICLE_DE} Meldung {i}.", by="kim", lang="de").article_id
        for claim in desk.claims_for_article(more):
            ops.edit_claim(desk, claim.id, by="kim", verdict="true", rationale="Amtlich.", status="ready_for_review")
            ops.add_source(desk, claim.id, by="kim", url="https://wahlen.example/ergebnis", title="Ergebnis")
            ops.review_claim(desk, claim.id, "approve", by="lea")
    many = _statements(desk, status="any")
    assert desk.count_claims() >= 3 * 6
    assert len(many) <= 16, "\n".join(many)  # a dozen per page of 1,000 claims: nothing per claim or article
    assert len(many) <= len(few) + 1  # (the cluster members are read only once some claim is in a cluster)
