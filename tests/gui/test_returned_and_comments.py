"""Point 3 of issue 13: a returned claim says who returned it, when and why, until the checker acts;
the Returned filters; and the comment thread between checker and lead."""

from __future__ import annotations

from PySide6.QtCore import Qt

from factdesk.core import ops
from factdesk.gui.claims_model import ID_ROLE
from factdesk.gui.review_queue import ReviewQueueWidget


def _returned(desk, claim_id, comment="Die zweite Quelle fehlt noch."):
    ops.edit_claim(desk, claim_id, "tester", verdict="true", rationale="Amtlich.")
    ops.add_source(desk, claim_id, "tester", url="https://example.org/a")
    ops.edit_claim(desk, claim_id, "tester", status="ready_for_review")
    ops.review_claim(desk, claim_id, "return", "lena", comment=comment)


def test_a_returned_claim_shows_the_leads_comment_until_the_checker_acts(window):
    claim = window.current_claim()
    _returned(window.desk, claim.id)
    window.reload_article()
    banner = window.panel.review_banner
    assert banner.isVisibleTo(window.panel)
    assert banner.heading.text().startswith("Returned by lena on ")
    assert "Die zweite Quelle fehlt noch." in banner.comment.text()
    window.panel.set_status("researching")  # the checker works on it again
    assert not banner.isVisibleTo(window.panel)
    window.menu_actions["undo"].trigger()
    assert window.desk.get_claim(claim.id).status == "returned" and banner.isVisibleTo(window.panel)


def test_the_return_comment_is_readable_in_the_history_after_a_restart(window):
    claim = window.current_claim()
    _returned(window.desk, claim.id, comment="Bitte das amtliche Endergebnis verlinken, nicht die Hochrechnung.")
    window.reload_article()
    model = window.panel.history_model
    rows = [model.index(r).data() for r in range(model.rowCount())]
    assert any("Review comment: Bitte das amtliche Endergebnis verlinken" in r for r in rows)
    tips = [model.index(r).data(3) for r in range(model.rowCount())]
    assert "Review comment: Bitte das amtliche Endergebnis verlinken, nicht die Hochrechnung." in tips
    assert not any("None" in (t or "") for t in tips)


def test_returned_filters_in_the_queue_and_the_desk_claims(window, qtbot):
    desk = window.desk
    claim = window.current_claim()
    _returned(desk, claim.id)
    queue = ReviewQueueWidget(desk, window.settings)
    qtbot.addWidget(queue)
    queue.view_combo.setCurrentIndex(queue.view_combo.findData("returned"))
    assert [c.id for g in queue.model.groups for c in g.claims] == [claim.id]
    view = window.desk_claims_view
    window.left_tabs.setCurrentWidget(view)
    view.status_combo.setCurrentIndex(view.status_combo.findData("returned"))
    assert view.model.rowCount() == 1 and view.model.claim(0).id == claim.id


def test_checker_and_lead_talk_in_the_claims_thread(window, qtbot):
    thread = window.panel.comments
    claim = window.current_claim()
    thread.edit.setPlainText("Ist das Ergebnis schon amtlich?")
    thread.edit.setFocus()
    qtbot.keyClick(thread.edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # Ctrl+Return sends
    assert [c.body for c in window.desk.comments_for_claim(claim.id)] == ["Ist das Ergebnis schon amtlich?"]
    assert thread.model.rowCount() == 1 and thread.edit.toPlainText() == ""
    assert "tester ·" in thread.model.index(0).data() and thread.title() == "Comments (1)"
    window.menu_actions["undo"].trigger()  # takes the comment back
    assert window.desk.comments_for_claim(claim.id) == [] and thread.model.rowCount() == 0
    window.menu_actions["redo"].trigger()
    assert thread.model.rowCount() == 1


def test_only_returned_claims_in_the_articles_claims_list(window):
    claim = window.current_claim()
    n = window.claims_proxy.rowCount()
    _returned(window.desk, claim.id)
    window.reload_article()
    window.menu_actions["only_returned"].setChecked(True)
    assert window.claims_proxy.rowCount() == 1
    assert window.claims_proxy.index(0, 0).data(ID_ROLE) == claim.id
    window.menu_actions["only_returned"].setChecked(False)
    assert window.claims_proxy.rowCount() == n
