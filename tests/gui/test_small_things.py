"""Point 10 of issue 13, the small things, in the app: whole words when marking a claim, search by speaker
and by number, counts in the right number, unit words in the UI language, conflicts in words, a refusal
that goes away after the next success, and J/K never leaving a claim clipped at the edge."""

from __future__ import annotations

from PySide6.QtGui import QTextCursor

from factdesk.core import ops
from factdesk.gui.app import count_words
from tests.gui.conftest import ARTICLE


def test_mark_as_claim_snaps_a_ragged_selection_to_whole_words(window):
    view = window.reader.view
    phrase = "Protesten wurden mehr als"
    start = ARTICLE.index(phrase) + 3  # "testen wurden mehr a": from inside a word to inside a word
    cursor = QTextCursor(view.document())
    cursor.setPosition(start)
    cursor.setPosition(start + len(phrase) - 5, QTextCursor.MoveMode.KeepAnchor)
    view.setTextCursor(cursor)
    window.mark_selection("statistic")
    assert window.current_claim().text == "Protesten wurden mehr als"


def test_search_finds_a_speaker_and_a_number_however_written(window, qtbot):
    from factdesk.gui.search_dialog import SearchDialog
    desk = window.desk
    quote = next(c for c in desk.claim_rows() if c.type == "quote")
    ops.edit_claim(desk, quote.id, "tester", speaker="Alexander Lukaschenko")
    dialog = SearchDialog(desk, window)
    qtbot.addWidget(dialog)
    panel = dialog.panel
    panel.threaded = False
    for query, wanted in (("Alexander", quote.id), ("30000", None), ("30.000", None)):
        panel.query_edit.setText(query)
        panel.search_now()
        claims = [h.claim_id for kind, found in panel.model._groups if kind == "claim" for h in found]
        expected = wanted or next(c.id for c in desk.claim_rows() if c.value == 30000)
        assert expected in claims, query


def test_counts_are_in_the_right_number(window):
    assert count_words(1, "article") == "1 article" and count_words(2, "claim") == "2 claims"
    label = window.counts_label.text()
    assert label.startswith("1 article ") and "1 articles" not in label


def test_the_unit_field_speaks_the_ui_language_and_understands_it(window, monkeypatch):
    import factdesk.gui.app as app
    claim = next(c for c in window.desk.claim_rows() if c.unit == "years")
    window.select_claim(claim.id)
    monkeypatch.setattr(app, "ui_language", lambda: "de")
    window.panel.show_claim(window.desk.get_claim(claim.id))
    assert window.panel.unit_edit.text() == "Jahre"
    window.panel.unit_edit.setText("Prozent")
    window.panel._unit_edited()
    assert window.desk.get_claim(claim.id).unit == "percent" and window.panel.unit_edit.text() == "Prozent"


def test_conflicts_show_words_not_ids(window, qtbot, monkeypatch):
    from factdesk.core.exchange.conflicts import Conflict
    from factdesk.gui.bundle_dialogs import ConflictsModel
    model = ConflictsModel(window.desk)
    claim = window.current_claim()
    model.rows = [Conflict(1, "claim", claim.id, claim.article_id, claim.id, "status", "ready_for_review", "x",
                           "anna", "researching", "y", "ben", "2026-12-05T10:00:00Z")]
    cells = [model.index(0, col).data() for col in range(model.columnCount())]
    assert "Ready for review" in cells and "Researching" in cells and "Status" in cells
    assert "ready_for_review" not in cells and "status" not in cells


def test_a_refusal_leaves_the_status_bar_after_the_next_success(window):
    claim = window.current_claim()
    window.panel.set_status("ready_for_review")  # refused: no verdict yet
    refusal = window.statusBar().currentMessage()
    assert refusal.startswith("Not changed")
    window.panel.set_status("researching")
    assert window.statusBar().currentMessage() == ""
    assert window.desk.get_claim(claim.id).status == "researching"


def test_j_and_k_never_leave_the_claim_clipped(window, qtbot):
    view = window.reader.view
    window.middle.setSizes([330, 300])  # a short reader: most claims start off screen
    qtbot.wait(10)
    for _ in range(window.claims_proxy.rowCount()):
        window.menu_actions["next"].trigger()
        claim = window.current_claim()
        start, end = view._map.to_qt(claim.start), view._map.to_qt(claim.end)
        first, last = QTextCursor(view.document()), QTextCursor(view.document())
        first.setPosition(start)
        last.setPosition(end)
        top, bottom = view.cursorRect(first).top(), view.cursorRect(last).bottom()
        bar, margin = view.verticalScrollBar(), view.fontMetrics().lineSpacing()
        # room around it, unless the text cannot scroll further
        assert top >= margin or bar.value() == 0, claim.text
        assert bottom <= view.viewport().height() - margin or bar.value() == bar.maximum(), claim.text


def test_the_value_field_writes_and_reads_numbers_the_ui_languages_way(window, monkeypatch):
    import factdesk.gui.app as app
    monkeypatch.setattr(app, "ui_language", lambda: "de")
    panel = window.panel
    panel.value_edit.setText("78,4")
    panel.value_edit.editingFinished.emit()
    assert window.desk.get_claim(panel.claim.id).value == 78.4
    panel.show_claim(window.desk.get_claim(panel.claim.id))
    assert panel.value_edit.text() == "78,4"
    panel.value_edit.setText("1.500")  # a German thousands separator
    panel.value_edit.editingFinished.emit()
    assert window.desk.get_claim(panel.claim.id).value == 1500
    panel.value_edit.setText("12.5")  # typed the English way: still read
    panel.value_edit.editingFinished.emit()
    assert window.desk.get_claim(panel.claim.id).value == 12.5
    monkeypatch.setattr(app, "ui_language", lambda: "en")
    panel.show_claim(window.desk.get_claim(panel.claim.id))
    assert panel.value_edit.text() == "12.5"
