"""Two windows (or the app and the CLI) on one desk: nothing typed is lost, no edit is overwritten.

The claim panel never overwrites an edit another window or process made since
it loaded the claim; when that edit met unsaved typing in the rationale, the
typing stays in the editor and the other text is shown, and both can be kept.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from factdesk.core import ops
from factdesk.core.store import Desk

THEIRS = "Amtliches Endergebnis geprüft"
MINE = "Wahlkommission: 80,1 Prozent laut Protokoll"


@pytest.fixture
def second(qtbot, window):
    """A second main window on the same desk file, its own connection, showing the same claim."""
    from factdesk.gui.app import load_settings
    from factdesk.gui.main_window import MainWindow
    settings = load_settings()
    settings.set_user_name("bea")
    other = Desk.open(window.desk.path)
    w = MainWindow(other, settings)
    qtbot.addWidget(w)
    w.show()
    w.select_first_article()
    w.select_claim(window.current_claim().id)
    yield w
    w.close()
    other.close()


def _type(qtbot, panel, text):
    """Type `text` into the rationale (as one edit of the editor: keyClicks only knows ASCII)."""
    panel.rationale.setFocus()
    panel.rationale.insertPlainText(text)


def _history_rationales(desk, claim_id):
    return [h.new for h in desk.history(claim_id=claim_id) if h.field == "rationale"]


def test_the_other_windows_rationale_never_overwrites_unsaved_typing(qtbot, window, second):
    claim_id = window.current_claim().id
    _type(qtbot, window.panel, MINE)                 # window A: typed, not saved yet
    _type(qtbot, second.panel, THEIRS)               # window B saves first
    second.panel.save_rationale()
    assert second.desk.get_claim(claim_id).rationale == THEIRS

    window.panel.save_rationale()                    # A's pause in typing
    panel = window.panel
    assert panel.rationale.toPlainText() == MINE     # the typing stays, nothing overwritten
    assert not panel.typing_conflict.isHidden()
    assert "bea" in panel.typing_conflict.label.text() and THEIRS in panel.typing_conflict.label.text()
    assert window.desk.get_claim(claim_id).rationale == THEIRS   # theirs is not overwritten either
    panel.rationale.document().undo()                # the editor's own undo still works on the typing
    assert panel.rationale.toPlainText() != MINE


def test_keep_both_saves_theirs_then_mine(qtbot, window, second):
    claim_id = window.current_claim().id
    _type(qtbot, window.panel, MINE)
    _type(qtbot, second.panel, THEIRS)
    second.panel.save_rationale()
    window.panel.save_rationale()

    qtbot.mouseClick(window.panel.typing_conflict.both_button, Qt.MouseButton.LeftButton)
    stored = window.desk.get_claim(claim_id).rationale
    assert stored == f"{THEIRS}\n\n{MINE}" == window.panel.rationale.toPlainText()
    assert window.panel.typing_conflict.isHidden()
    assert _history_rationales(window.desk, claim_id)[-2:] == [THEIRS, stored]


def test_keep_mine_saves_it_and_theirs_stays_in_the_history(qtbot, window, second):
    claim_id = window.current_claim().id
    _type(qtbot, window.panel, MINE)
    _type(qtbot, second.panel, THEIRS)
    second.panel.save_rationale()
    window.panel.save_rationale()

    qtbot.mouseClick(window.panel.typing_conflict.mine_button, Qt.MouseButton.LeftButton)
    assert window.desk.get_claim(claim_id).rationale == MINE
    assert _history_rationales(window.desk, claim_id)[-2:] == [THEIRS, MINE]


def test_take_theirs_leaves_mine_one_undo_away_in_the_editor(qtbot, window, second):
    claim_id = window.current_claim().id
    _type(qtbot, window.panel, MINE)
    _type(qtbot, second.panel, THEIRS)
    second.panel.save_rationale()
    window.panel.save_rationale()

    qtbot.mouseClick(window.panel.typing_conflict.theirs_button, Qt.MouseButton.LeftButton)
    assert window.panel.rationale.toPlainText() == THEIRS
    assert window.desk.get_claim(claim_id).rationale == THEIRS
    window.panel.rationale.document().undo()
    assert window.panel.rationale.toPlainText() == MINE


def test_leaving_the_claim_with_the_question_open_keeps_both(qtbot, window, second):
    claim_id = window.current_claim().id
    _type(qtbot, window.panel, MINE)
    _type(qtbot, second.panel, THEIRS)
    second.panel.save_rationale()
    window.panel.save_rationale()
    window.panel.rationale.clearFocus()               # a focus-out does not decide for the checker
    assert window.desk.get_claim(claim_id).rationale == THEIRS

    other_claim = next(c for c in window.desk.claims_for_article(window.article.id) if c.id != claim_id)
    window.select_claim(other_claim.id)
    assert window.desk.get_claim(claim_id).rationale == f"{THEIRS}\n\n{MINE}"
    assert window.panel.typing_conflict.isHidden()


def test_rationale_typed_while_the_cli_saved_one_is_kept(qtbot, window):
    claim = window.current_claim()
    panel = window.panel
    with Desk.open(window.desk.path) as other:   # a second process (the CLI) edits the shown claim
        ops.edit_claim(other, claim.id, by="cli", rationale=THEIRS)
    _type(qtbot, panel, MINE)
    panel.save_rationale()
    assert window.desk.get_claim(claim.id).rationale == THEIRS
    assert panel.rationale.toPlainText() == MINE
    assert "cli" in panel.typing_conflict.label.text()


def test_typing_on_a_claim_approved_meanwhile_becomes_a_comment(qtbot, window):
    claim = window.current_claim()
    verdict = window.desk.rating_scale().verdicts[0].id
    with Desk.open(window.desk.path) as other:   # the checker's verdict, then a lead approves elsewhere
        ops.add_source(other, claim.id, "tester", url="https://example.org/a", publisher="A")
        ops.add_source(other, claim.id, "tester", url="https://example.com/b", publisher="B")
        ops.edit_claim(other, claim.id, by="tester", verdict=verdict, rationale="Zwei Quellen bestätigen es",
                       status="ready_for_review")
        ops.become_lead(other, "lea")
        ops.review_claim(other, claim.id, "approve", "lea", None)
    panel = window.panel
    _type(qtbot, panel, MINE)
    panel.save_rationale()
    assert [c.body for c in window.desk.comments_for_claim(claim.id)] == [MINE]
    assert "comment" in panel.notice.text()


def test_verdict_changed_elsewhere_is_not_overwritten(window):
    claim = window.current_claim()
    verdicts = [v.id for v in window.desk.rating_scale().verdicts]
    with Desk.open(window.desk.path) as other:
        ops.edit_claim(other, claim.id, by="cli", verdict=verdicts[0])
    window.panel.set_verdict(verdicts[1])
    assert window.desk.get_claim(claim.id).verdict == verdicts[0]
    assert "since you opened it" in window.panel.notice.text()


def test_a_typed_field_that_met_a_newer_change_is_quoted_in_the_note(qtbot, window, second):
    claim_id = window.current_claim().id
    second.panel.speaker_edit.setText("Lukaschenkos Sprecher")
    second.panel.speaker_edit.editingFinished.emit()
    window.panel.speaker_edit.setText("Wahlkommission Belarus")
    window.panel.speaker_edit.editingFinished.emit()
    assert window.desk.get_claim(claim_id).speaker == "Lukaschenkos Sprecher"
    assert window.panel.speaker_edit.text() == "Lukaschenkos Sprecher"          # theirs shown
    assert "Wahlkommission Belarus" in window.panel.notice.text()               # mine kept in the note
