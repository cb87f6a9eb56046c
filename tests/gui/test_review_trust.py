"""Point 1 and 2 of issue 13 in the app: undo is personal and covers reviews; the four-eyes rule in the queue."""

from __future__ import annotations

import pytest

from factdesk.core import ops
from factdesk.gui.app import load_settings
from factdesk.gui.comment_dialog import CommentDialog
from factdesk.gui.main_window import MainWindow


@pytest.fixture
def app_window(qtbot, desk):
    settings = load_settings()
    settings.set_user_name("kim")
    settings.set_role("checker")
    settings.set_ui_language("en")
    w = MainWindow(desk, settings)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    w.select_first_article()
    return w


def _checked(desk, claim_id, by="anna", source=True):
    ops.edit_claim(desk, claim_id, by, verdict="true", rationale="Amtliches Endergebnis.")
    if source:
        ops.add_source(desk, claim_id, by, url="https://example.org/result", publisher="Wahlleiter")
    ops.edit_claim(desk, claim_id, by, status="ready_for_review")


def _become(w, name, role):
    w.settings.set_user_name(name)
    w.settings.set_role(role)
    w.undo.user_changed()


def _queue(w):
    w.menu_actions["review_queue"].setEnabled(True)
    w.menu_actions["review_queue"].trigger()
    return w._review_dock.widget()


def test_undo_takes_back_only_your_own_work_and_redo_keeps_your_name(app_window, qtbot):
    w, desk = app_window, app_window.desk
    mine, theirs = desk.claim_rows()[:2]
    w.select_claim(mine.id)
    w.panel.set_status("researching")  # Kim's own edit
    _checked(desk, theirs.id)
    _become(w, "lena", "lead")
    queue = _queue(w)
    queue.tree.setCurrentIndex(queue.model.index_of(theirs.id))
    assert queue.approve()
    assert desk.get_claim(theirs.id).status == "approved"
    w.menu_actions["undo"].trigger()  # Lena's Ctrl+Z takes back her approval, not Kim's edit
    assert desk.get_claim(theirs.id).status == "ready_for_review"
    assert desk.get_claim(mine.id).status == "researching"
    (approval, withdrawal) = desk.reviews_for_claim(theirs.id)
    assert (approval.withdrawn, withdrawal.decision, withdrawal.reviewer) == (True, "withdraw", "lena")
    w.menu_actions["redo"].trigger()
    assert desk.get_claim(theirs.id).status == "approved"
    assert ops.latest_review(desk, theirs.id).reviewer == "lena"
    w.menu_actions["undo"].trigger()
    assert not w.menu_actions["undo"].isEnabled()  # nothing else of Lena's to undo
    _become(w, "kim", "checker")
    w.menu_actions["undo"].trigger()
    assert desk.get_claim(mine.id).status == "new"
    assert [e.by for e in desk.history(claim_id=mine.id) if e.field == "status"] == ["kim", "kim"]


def test_a_lead_cannot_approve_their_own_verdict_but_may_override_with_a_reason(app_window, monkeypatch):
    w, desk = app_window, app_window.desk
    claim = desk.claim_rows()[0]
    _checked(desk, claim.id, by="lena")
    _become(w, "lena", "lead")
    queue = _queue(w)
    queue.tree.setCurrentIndex(queue.model.index_of(claim.id))
    assert not queue.approve()
    assert "four-eyes" in queue.message.text() and "yourself" in queue.message.text()
    assert queue.override_button.isVisibleTo(queue)
    asked = []
    monkeypatch.setattr(CommentDialog, "ask", classmethod(
        lambda cls, parent, title, prompt, required=True, missing=None: asked.append(prompt) or
        "Only lead on duty today"))
    assert queue.approve_anyway()
    assert asked and desk.get_claim(claim.id).status == "approved"
    assert ops.latest_review(desk, claim.id).override == "Only lead on duty today"
    assert not queue.override_button.isVisibleTo(queue)


def test_true_without_a_source_is_not_approved(app_window):
    w, desk = app_window, app_window.desk
    claim = desk.claim_rows()[0]
    _checked(desk, claim.id, source=False)
    _become(w, "lena", "lead")
    queue = _queue(w)
    queue.tree.setCurrentIndex(queue.model.index_of(claim.id))
    assert not queue.approve()
    assert "no source" in queue.message.text()
    assert desk.get_claim(claim.id).status == "ready_for_review"


def test_a_checker_who_chose_lead_is_not_a_lead_on_a_desk_with_leads(app_window):
    w, desk = app_window, app_window.desk
    ops.become_lead(desk, "lena")
    _become(w, "kim", "lead")
    assert w.role() == "checker"
    _become(w, "lena", "lead")
    assert w.role() == "lead"


def test_settings_choosing_lead_on_a_desk_with_leads_is_refused_and_leads_edit_the_list(app_window, monkeypatch):
    from factdesk.gui.settings_dialog import SettingsDialog
    w, desk = app_window, app_window.desk
    dialog = SettingsDialog(w.settings, desk, w)
    dialog.role_combo.setCurrentIndex(dialog.role_combo.findData("lead"))
    dialog.accept()  # a desk without leads: Kim becomes its first lead, recorded
    assert ops.desk_leads(desk) == ["kim"] and dialog.result() == dialog.DialogCode.Accepted
    w.settings.set_user_name("otto")
    w.settings.set_role("checker")
    dialog = SettingsDialog(w.settings, desk, w)
    assert not dialog.review_box.leads_edit.isEnabled()
    dialog.role_combo.setCurrentIndex(dialog.role_combo.findData("lead"))
    dialog.accept()
    assert "not a lead of this desk" in dialog.error_label.text() and ops.desk_leads(desk) == ["kim"]
    w.settings.set_user_name("kim")
    dialog = SettingsDialog(w.settings, desk, w)
    dialog.review_box.leads_edit.setText("kim, Otto")
    dialog.review_box.four_eyes_check.setChecked(False)
    dialog.accept()
    assert ops.desk_leads(desk) == ["kim", "Otto"] and not ops.four_eyes(desk)
    recorded = [(e.by, e.field) for e in desk.history() if e.entity == "setting"]
    assert recorded[-3:] == [("kim", "leads"), ("kim", "leads"), ("kim", "four_eyes")]


def test_ctrl_z_after_an_import_moves_the_new_articles_to_the_bin_and_redo_brings_them_back(app_window, qtbot,
                                                                                            tmp_path):
    w, desk = app_window, app_window.desk
    before = desk.count_articles()
    folder = tmp_path / "in"
    folder.mkdir()
    for i, place in enumerate(("Terelin", "Orvik")):
        (folder / f"a{i}.txt").write_text(f"{place} meldet Ergebnis\n\nIn {place} kamen mehr als 30 000 Menschen "
                                          "zu einer Kundgebung, sagte die Polizei.", encoding="utf-8")
    with qtbot.waitSignal(w.importer.imported, timeout=30_000) as blocker:
        w.importer.import_paths([folder])
    new = blocker.args[0]
    assert len(new) == 2 and desk.count_articles() == before + 2 and w.article.id == new[-1]
    assert w.menu_actions["undo"].text().endswith("Import 2 articles")
    w.menu_actions["undo"].trigger()
    assert desk.count_articles() == before  # both went to the bin, nothing was removed
    assert {desk.get_article(a).shelf for a in new} == {"deleted"}
    assert w.article is None or w.article.id not in new  # the window does not keep showing a binned article
    assert w.library.rowCount() == before
    w.menu_actions["redo"].trigger()
    assert desk.count_articles() == before + 2
    assert [e.by for e in desk.history(article_id=new[0]) if e.field == "shelf"] == ["kim", "kim"]


def test_ctrl_z_after_a_paste_takes_the_pasted_article_back(app_window, qtbot):
    w, desk = app_window, app_window.desk
    before = desk.count_articles()
    with qtbot.waitSignal(w.importer.imported, timeout=30_000) as blocker:
        w.importer.import_text("Orvik zählt Stimmen\n\nDie Partei erhielt 41,2 Prozent der Stimmen.", title="Orvik")
    (pasted,) = blocker.args[0]
    assert desk.count_articles() == before + 1
    w.menu_actions["undo"].trigger()
    assert desk.get_article(pasted).shelf == "deleted" and desk.count_articles() == before
    with qtbot.waitSignal(w.importer.imported, timeout=30_000):  # the same text again: it comes out of the bin
        w.importer.import_text("Orvik zählt Stimmen\n\nDie Partei erhielt 41,2 Prozent der Stimmen.", title="Orvik")
    assert desk.get_article(pasted).shelf is None and desk.count_articles() == before + 1
    assert w.article.id == pasted and "brought back" in w.statusBar().currentMessage()
    w.menu_actions["undo"].trigger()  # and goes back to the bin
    assert desk.get_article(pasted).shelf == "deleted"


def test_the_window_follows_the_queue_so_the_lead_sees_the_claim_in_its_article(app_window):
    w, desk = app_window, app_window.desk
    first, _, third = desk.claim_rows()[:3]
    _checked(desk, third.id)
    w.select_claim(first.id)
    _become(w, "lena", "lead")
    queue = _queue(w)
    queue.tree.setFocus()
    queue.tree.setCurrentIndex(queue.model.index_of(third.id))
    assert w.panel.claim.id == third.id  # sources, comments and history of the claim under review
    assert w.current_claim().id == third.id
    assert w.panel.sources_model.rowCount() == 1


def test_the_return_dialog_names_its_action_and_has_room_to_write(qtbot):
    from PySide6.QtWidgets import QDialogButtonBox
    dialog = CommentDialog(None, "Return claim", "What should the checker change?", True)
    qtbot.addWidget(dialog)
    dialog.show()
    buttons = dialog.findChild(QDialogButtonBox)
    assert buttons.button(QDialogButtonBox.StandardButton.Ok).text() == "Return claim"
    assert dialog.width() >= 460
    dialog.accept()  # nothing written: refused, and said why
    assert dialog.isVisible() and dialog.error.text()


def test_a_queue_refresh_never_pulls_the_window_away_from_the_claim_being_edited(app_window):
    w, desk = app_window, app_window.desk
    first, second, third = desk.claim_rows()[:3]
    _checked(desk, third.id)
    _become(w, "lena", "lead")
    queue = _queue(w)
    assert w.current_claim().id == third.id  # the queue opened on it
    w.select_claim(second.id)
    w.panel.set_status("researching")  # the counts change, the queue re-reads itself
    assert w.current_claim().id == second.id
    queue.tree.setCurrentIndex(queue.model.index_of(third.id))
    w.select_claim(first.id)
    _checked(desk, second.id, by="kim")
    w.reload_article()
    queue.reload(select=0)
    assert w.current_claim().id == first.id
    queue.tree.setCurrentIndex(queue.model.index_of(third.id))
    assert queue.approve()  # the lead moves on: the window follows to the next one in the queue
    assert w.current_claim().id == queue.current_claim().id == second.id
