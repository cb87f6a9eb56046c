"""The review queue: grouped by article, approve with A (persists, locks), return with R, reopen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from factdesk.core.errors import RequestError
from factdesk.gui import review_queue
from factdesk.gui.review_queue import CLAIM_ID_ROLE, ReviewQueueWidget
from factdesk.gui.review_stats import CountsModel
from factdesk.gui.settings import Settings
from factdesk.core import ops


@pytest.fixture
def lead():
    settings = Settings()
    settings.set_user_name("lea")
    settings.set_role("lead")
    settings.set_ui_language("en")
    return settings


@pytest.fixture
def queued(desk):
    """Three claims ready for review (verdicts set), two untouched."""
    claims = desk.claim_rows(limit=100)
    for claim, verdict in zip(claims[:3], ("true", "false", "misleading")):
        ops.edit_claim(desk, claim.id, by="kim", verdict=verdict, rationale=f"Geprüft: {verdict}",
                          assignee="kim", status="ready_for_review")
    ops.add_source(desk, claims[0].id, by="kim", url="https://amt.example/zahl", title="Amt")
    return desk, [c.id for c in claims[:3]]


@pytest.fixture
def widget(qtbot, queued, lead):
    desk, _ = queued
    w = ReviewQueueWidget(desk, lead)
    qtbot.addWidget(w)
    w.show()
    return w


def test_models_pass_qmodeltester(qtmodeltester, widget):
    qtmodeltester.check(widget.model)
    qtmodeltester.check(CountsModel(widget.desk))


def test_queue_grouped_by_article_with_verdict_colour(widget, queued):
    _, ids = queued
    model = widget.model
    assert model.rowCount() == 1 and model.claim_count() == 3
    article = model.index(0, 0)
    claim_ids = [model.index(r, 0, article).data(CLAIM_ID_ROLE) for r in range(model.rowCount(article))]
    assert claim_ids == ids
    verdict_cell = model.index(0, 1, article)
    assert verdict_cell.data() == "True"
    assert verdict_cell.data(Qt.ItemDataRole.BackgroundRole).name().lower() == \
        widget.desk.rating_scale().verdict("true").colour.lower()
    assert widget.current_claim().id == ids[0]
    assert widget.sources_model.rowCount() == 1 and widget.history_model.rowCount() > 0
    assert widget.rationale.toPlainText() == "Geprüft: true"


def test_key_a_approves_persists_and_locks(qtbot, widget, queued):
    desk, ids = queued
    widget.tree.setFocus()
    qtbot.keyClick(widget.tree, Qt.Key.Key_A)
    claim = desk.get_claim(ids[0])
    assert claim.status == "approved"
    assert [r.decision for r in desk.reviews_for_claim(ids[0])] == ["approve"]
    assert desk.reviews_for_claim(ids[0])[0].reviewer == "lea"
    with pytest.raises(RequestError):
        ops.edit_claim(desk, ids[0], by="kim", rationale="changed later")
    assert widget.model.claim_count() == 2 and widget.current_claim().id == ids[1]


def test_key_r_returns_with_the_comment(qtbot, widget, queued, monkeypatch):
    desk, ids = queued
    monkeypatch.setattr(review_queue.CommentDialog, "ask", classmethod(lambda cls, *a, **k: "Zweite Quelle fehlt"))
    qtbot.keyClick(widget.tree, Qt.Key.Key_R)
    assert desk.get_claim(ids[0]).status == "returned"
    review = desk.reviews_for_claim(ids[0])[-1]
    assert (review.decision, review.comment, review.reviewer) == ("return", "Zweite Quelle fehlt", "lea")


def test_cancelled_return_changes_nothing(qtbot, widget, queued, monkeypatch):
    desk, ids = queued
    monkeypatch.setattr(review_queue.CommentDialog, "ask", classmethod(lambda cls, *a, **k: None))
    qtbot.keyClick(widget.tree, Qt.Key.Key_R)
    assert desk.get_claim(ids[0]).status == "ready_for_review"


def test_reopen_is_recorded_and_unlocks(qtbot, widget, queued, monkeypatch):
    desk, ids = queued
    assert widget.approve()
    widget.view_combo.setCurrentIndex(1)  # approved (locked)
    assert widget.current_claim().id == ids[0]
    assert "locked" in widget.lock_label.text()
    assert widget.reopen_button.isEnabled() and not widget.approve_button.isEnabled()
    monkeypatch.setattr(review_queue.CommentDialog, "ask", classmethod(lambda cls, *a, **k: "Neue Zahlen"))
    assert widget.reopen()
    reviews = desk.reviews_for_claim(ids[0])
    assert [r.decision for r in reviews] == ["approve", "reopen"] and reviews[-1].comment == "Neue Zahlen"
    assert desk.get_claim(ids[0]).status == "researching"
    ops.edit_claim(desk, ids[0], by="kim", rationale="Korrigiert")  # no longer locked
    assert any(h.new == "reopen" for h in desk.history(claim_id=ids[0]))


def test_checker_role_cannot_approve(qtbot, queued, lead):
    desk, ids = queued
    lead.set_role("checker")
    w = ReviewQueueWidget(desk, lead)
    qtbot.addWidget(w)
    qtbot.keyClick(w.tree, Qt.Key.Key_A)
    assert desk.get_claim(ids[0]).status == "ready_for_review"
    assert not w.approve_button.isEnabled()


def test_counts_per_desk_and_checker(widget, queued):
    model = widget.stats.model
    headers = [model.headerData(r, Qt.Orientation.Vertical) for r in range(model.rowCount())]
    assert headers[1:] == ["kim"]
    assert model.count(0, "ready_for_review") == 3 and model.count(1, "ready_for_review") == 3
    assert model.count(1, "true") == 1
    widget.approve()
    assert model.count(0, "approved") == 1


def test_activation_signal_carries_article_and_claim(qtbot, widget, queued):
    _, ids = queued
    with qtbot.waitSignal(widget.claim_activated) as blocker:
        widget.tree.activated.emit(widget.tree.currentIndex())
    assert blocker.args[1] == ids[0]


def test_verdict_labels_follow_the_ui_language(qtbot, queued, lead):
    lead.set_ui_language("de")
    w = ReviewQueueWidget(queued[0], lead)
    qtbot.addWidget(w)
    assert w.model.index(0, 1, w.model.index(0, 0)).data() == "Richtig"
    assert w.verdict_label.text() == "Richtig"


def test_refresh_picks_up_claims_marked_ready_elsewhere(qtbot, widget, queued):
    desk, _ = queued
    other = desk.claim_rows(limit=10)[3]
    ops.edit_claim(desk, other.id, by="kim", verdict="false", status="ready_for_review")
    assert widget.model.claim_count() == 3
    qtbot.keyClick(widget.tree, Qt.Key.Key_F5)
    assert widget.model.claim_count() == 4
