"""The append-only history: every change recorded with who, when and an HLC; rows cannot be altered."""

import sqlite3

import pytest

from factdesk.core.store import clock
from factdesk.core import ops


def _claim(desk, article):
    return desk.claims_for_article(article)[0]


@pytest.mark.parametrize("fields", [
    {"status": "researching"},
    {"verdict": "false"},
    {"rationale": "Die Kommission nennt 39,2 Prozent."},
    {"assignee": "bea"},
    {"value": 42.0, "qualifier": "approx"},
])
def test_every_edited_field_gets_a_history_row(desk, article, fields):
    claim = _claim(desk, article)
    ops.edit_claim(desk, claim.id, by="bea", **fields)
    rows = [h for h in desk.history(claim.id) if h.field in fields]
    assert {h.field: h.new for h in rows} == fields
    assert all(h.by == "bea" and h.desk_id == desk.desk_id for h in rows)


def test_sources_reviews_and_settings_are_recorded(desk, article):
    claim = _claim(desk, article)
    ops.add_source(desk, claim.id, by="bea", url="https://example.org/wahl", title="Amtliches Ergebnis")
    ops.edit_claim(desk, claim.id, by="bea", verdict="true", status="ready_for_review")
    ops.review_claim(desk, claim.id, "return", by="lead", comment="Quelle fehlt")
    desk.set_setting("organisation", "Faktenbüro", by="lead")
    entities = {h.entity for h in desk.history(claim.id)}
    assert {"claim", "source", "review"} <= entities
    assert any(h.entity == "setting" and h.new == "Faktenbüro" for h in desk.history())


@pytest.mark.parametrize("sql", ["UPDATE history SET by = 'mallory'", "DELETE FROM history"])
def test_triggers_refuse_changing_history(desk, article, sql):
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        desk.db.execute(sql)
    assert all(h.by == "anna" for h in desk.history())


def test_hlc_times_increase_with_each_action(desk, article):
    claim = _claim(desk, article)
    for status in ("researching", "new", "researching"):
        ops.edit_claim(desk, claim.id, by="bea", status=status)
    hlcs = [h.hlc for h in desk.history(claim.id)]
    assert hlcs == sorted(hlcs) and len(set(hlcs)) == len(hlcs)
    assert clock.parse(hlcs[-1]).desk_id == desk.desk_id


def test_the_clock_never_runs_backwards(desk):
    with desk.db.conn:
        first = clock.tick(desk.db, desk.desk_id, now_ms=2_000_000_000_000)
        second = clock.tick(desk.db, desk.desk_id, now_ms=1_000_000_000_000)
    assert second > first and second.startswith("2000000000000-0001")


def test_an_empty_author_is_refused(desk, article):
    from factdesk.core.errors import InputError
    with pytest.raises(InputError, match="--by"):
        ops.edit_claim(desk, _claim(desk, article).id, by=" ", status="researching")
