"""The main window driven like a user: highlights, keyboard verdicts, J/K, manual claims, undo."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from factdesk.core.store import Desk
from factdesk.core import ops
from tests.gui.conftest import ARTICLE, PHRASES


def _span(phrase: str) -> tuple[int, int]:
    start = ARTICLE.index(phrase)
    return start, start + len(phrase)


def test_import_highlights_every_claim_at_its_span(window):
    view = window.reader.view
    spans = {(s, e) for s, e, _fmt in view.highlight_formats()}
    assert spans == {_span(p) for p in PHRASES}
    assert view.toPlainText() == ARTICLE


def test_each_type_has_its_own_colour_and_the_selected_claim_stands_out(window):
    view = window.reader.view
    formats = {(s, e): f for s, e, f in view.highlight_formats()}
    vote, money = formats[_span("80,1 Prozent der Stimmen")], formats[_span("1,5 Milliarden Dollar")]
    assert vote.background().color() != money.background().color()
    selected = window.current_claim()
    assert selected is not None and selected.text == "26 Jahren an der Macht"  # first claim selected
    chosen = formats[_span(selected.text)]
    assert chosen.fontUnderline()
    assert chosen.background().color() != vote.background().color()


def test_legend_hides_a_type(window, qtbot):
    button = window.reader.legend.button("money")
    assert button is not None and button.isChecked()
    button.click()
    spans = {(s, e) for s, e, _f in window.reader.view.highlight_formats()}
    assert _span("1,5 Milliarden Dollar") not in spans
    assert window.claims_proxy.rowCount() == len(PHRASES) - 1


def test_clicking_a_highlight_selects_the_claim(window, qtbot):
    view = window.reader.view
    start, _end = _span("mehr als 30 000 Menschen festgenommen")
    cursor = QTextCursor(view.document())
    cursor.setPosition(start + 5)
    point = view.cursorRect(cursor).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert window.current_claim().type == "arrests"


def test_tooltip_names_type_value_and_qualifier(window):
    claim = next(c for c in window.claims.claims() if c.type == "arrests")
    tip = window.reader.view.tooltip(claim)
    assert "Arrests" in tip and "30" in tip and "more than" in tip


def test_j_and_k_move_between_claims(window, qtbot):
    window.claims_view.setFocus()
    texts = [window.current_claim().text]
    for _ in range(2):
        qtbot.keyClick(window.claims_view, Qt.Key.Key_J)
        texts.append(window.current_claim().text)
    assert texts == ["26 Jahren an der Macht", "80,1 Prozent der Stimmen", "mehr als 30 000 Menschen festgenommen"]
    qtbot.keyClick(window.claims_view, Qt.Key.Key_K)
    assert window.current_claim().text == "80,1 Prozent der Stimmen"
    assert window.reader.view._selected == window.current_claim().id


def test_verdict_by_key_is_stored_in_the_desk(window, qtbot, desk_path):
    window.reader.view.setFocus()
    qtbot.keyClick(window.reader.view, Qt.Key.Key_J)
    claim_id = window.current_claim().id
    qtbot.keyClick(window.reader.view, Qt.Key.Key_1)
    first = window.scale.verdicts[0].id
    assert window.current_claim().verdict == first
    assert window.panel.verdict_combo.currentData() == first
    with Desk.open(desk_path) as other:  # a second connection reads what is on disk
        assert other.get_claim(claim_id).verdict == first
        assert any(h.field == "verdict" and h.by == "tester" for h in other.history(claim_id=claim_id))


def test_typing_a_digit_in_the_rationale_does_not_set_a_verdict(window, qtbot):
    window.panel.rationale.setFocus()
    qtbot.keyClicks(window.panel.rationale, "12 Quellen")
    window.panel.save_rationale()
    claim = window.desk.get_claim(window.current_claim().id)
    assert claim.verdict is None
    assert claim.rationale == "12 Quellen"


def test_undo_restores_the_old_verdict(window, qtbot):
    claim_id = window.current_claim().id
    window.set_verdict_number(2)
    second = window.scale.verdicts[1].id
    assert window.desk.get_claim(claim_id).verdict == second
    window.set_verdict_number(1)
    window.menu_actions["undo"].trigger()
    assert window.desk.get_claim(claim_id).verdict == second
    window.menu_actions["undo"].trigger()
    assert window.desk.get_claim(claim_id).verdict is None
    assert window.panel.verdict_combo.currentData() is None
    window.menu_actions["redo"].trigger()
    assert window.desk.get_claim(claim_id).verdict == second
    fields = [h.field for h in window.desk.history(claim_id=claim_id)]
    assert fields.count("verdict") == 5  # 2 edits, 2 undos, 1 redo: each one is in the history


def test_ctrl_enter_marks_ready_for_review(window, qtbot):
    claim_id = window.current_claim().id
    window.set_verdict_number(1)
    qtbot.keyClick(window.reader.view, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert window.desk.get_claim(claim_id).status == "ready_for_review"


def test_manual_claim_from_a_selection(window, qtbot):
    view = window.reader.view
    phrase = "Protesten"
    start = ARTICLE.index(phrase)
    cursor = QTextCursor(view.document())
    cursor.setPosition(start - 1)  # a leading space is trimmed
    cursor.setPosition(start + len(phrase), QTextCursor.MoveMode.KeepAnchor)
    view.setTextCursor(cursor)
    menu = view.build_context_menu(view.cursorRect(cursor).center())
    mark = next(a for a in menu.actions() if a.menu() and a.text() == "Mark as claim").menu()
    next(a for a in mark.actions() if a.text() == "Crowd size").trigger()
    claim = window.current_claim()
    assert (claim.start, claim.end, claim.type, claim.origin) == (start, start + len(phrase), "crowd_size", "manual")
    assert (start, start + len(phrase)) in {(s, e) for s, e, _f in view.highlight_formats()}
    window.menu_actions["undo"].trigger()  # undo dismisses it
    assert window.desk.get_claim(claim.id).status == "dismissed"


def test_dismiss_hides_and_show_dismissed_restores(window):
    claim = window.current_claim()
    window.menu_actions["dismiss"].trigger()
    assert claim.id not in [c.id for c in window.claims.claims()]
    assert window.current_claim() is not None and window.current_claim().id != claim.id
    window.menu_actions["show_dismissed"].setChecked(True)
    assert claim.id in [c.id for c in window.claims.claims()]
    window.select_claim(claim.id)
    window.menu_actions["restore"].trigger()
    assert window.desk.get_claim(claim.id).status != "dismissed"


def test_correcting_type_and_value(window, qtbot):
    panel = window.panel
    claim_id = panel.claim.id
    panel.type_combo.setCurrentIndex(panel.type_combo.findData("statistic"))
    panel.type_combo.activated.emit(panel.type_combo.currentIndex())
    panel.value_edit.setText("27")
    panel.value_edit.editingFinished.emit()
    claim = window.desk.get_claim(claim_id)
    assert (claim.type, claim.value) == ("statistic", 27)


def test_bad_value_is_refused_with_a_message(window, monkeypatch):
    from factdesk.gui.app import Ask
    messages = []
    monkeypatch.setattr(Ask, "error", classmethod(lambda cls, parent, title, msg: messages.append(msg)))
    panel = window.panel
    panel.value_edit.setText("zwanzig")
    panel.value_edit.editingFinished.emit()
    assert messages and window.desk.get_claim(panel.claim.id).value == 26


def test_rationale_is_saved_when_switching_claims(window, qtbot):
    claim_id = window.current_claim().id
    window.panel.rationale.setPlainText("Laut Wahlkommission korrekt.")
    window.step_claim(1)  # no focus-out, no timer: switching must save it
    assert window.desk.get_claim(claim_id).rationale == "Laut Wahlkommission korrekt."


def test_status_bar_counts(window):
    parts = window.counts_label.text().split("   ·   ")
    assert parts[:2] == ["1 article", "5 claims"]  # one article, not "1 articles"


def test_layout_is_remembered(window, qtbot, desk):
    from factdesk.gui.main_window import MainWindow
    window.resize(760, 560)  # fits the offscreen screen, so the geometry is restored as is
    qtbot.wait(10)
    window.splitter.setSizes([200, 360, 190])
    sizes = window.splitter.sizes()
    window.close()
    again = MainWindow(desk, window.settings)
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    assert again.size() == window.size()
    assert again.splitter.sizes() == sizes


def test_hostile_markup_in_an_article_is_shown_as_text(window, qtbot):
    article_id = ops.import_text(window.desk, "<img src=x onerror=alert(1)><b>Fett</b>\n\n"
                                 "Es kamen 80,1 Prozent der Stimmen.", "tester", title="<h1>Titel</h1>").article_id
    window.library.refresh()
    window.show_article_id(article_id)
    assert window.reader.title.text() == "<h1>Titel</h1>"
    assert window.reader.title.textFormat() == Qt.TextFormat.PlainText
    assert window.reader.view.toPlainText().startswith("<img src=x")


def test_desk_wide_claims_view_filters_and_opens_a_claim(window, qtbot):
    view = window.desk_claims_view
    view.type_combo.setCurrentIndex(view.type_combo.findData("money"))
    assert window.desk_claims.rowCount() == 1
    index = window.desk_claims.index(0, 1)
    view.view.clicked.emit(index)
    assert window.current_claim().type == "money"


def test_hovering_a_highlight_shows_its_tooltip(window, qtbot):
    from PySide6.QtCore import QEvent, QPoint
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QApplication, QToolTip
    view = window.reader.view
    start, _end = _span("1,5 Milliarden Dollar")
    cursor = QTextCursor(view.document())
    cursor.setPosition(start + 3)
    point = view.cursorRect(cursor).center()
    event = QHelpEvent(QEvent.Type.ToolTip, point, view.viewport().mapToGlobal(point))
    QApplication.sendEvent(view.viewport(), event)
    assert "Money" in QToolTip.text() and "1.5 billion USD" in QToolTip.text()
    QToolTip.hideText()
    assert view.claim_at_point(QPoint(view.viewport().width() - 3, 2)) is None  # beside the short title line


def test_rationale_is_saved_after_a_pause_in_typing(window, qtbot):
    claim_id = window.current_claim().id
    window.panel.rationale.setFocus()
    qtbot.keyClicks(window.panel.rationale, "Quelle: Wahlkommission")
    qtbot.waitUntil(lambda: window.desk.get_claim(claim_id).rationale == "Quelle: Wahlkommission", timeout=3000)


def test_undo_of_ready_for_review_steps_back_through_research(window, qtbot):
    from factdesk.core.ops.workflow import status_path
    assert status_path("ready_for_review", "new") == ["researching", "new"]
    claim_id = window.current_claim().id
    window.set_verdict_number(1)
    window.menu_actions["ready"].trigger()
    assert window.desk.get_claim(claim_id).status == "ready_for_review"
    window.menu_actions["undo"].trigger()
    assert window.desk.get_claim(claim_id).status == "new"
    window.menu_actions["redo"].trigger()
    assert window.desk.get_claim(claim_id).status == "ready_for_review"


def test_desk_wide_claims_are_re_read_when_their_tab_opens(window):
    window.set_verdict_number(1)
    first = window.scale.verdicts[0].id
    window.menu_actions["all_claims"].trigger()
    view = window.desk_claims_view
    view.verdict_combo.setCurrentIndex(view.verdict_combo.findData(first))
    assert window.desk_claims.rowCount() == 1
    window.menu_actions["library"].trigger()
    window.step_claim(1)
    window.set_verdict_number(1)
    assert window.desk_claims.rowCount() == 1  # stale while hidden: no work for an unseen list
    window.menu_actions["all_claims"].trigger()
    assert window.desk_claims.rowCount() == 2


def _approve(window):
    claim_id = window.current_claim().id
    desk = window.desk
    ops.edit_claim(desk, claim_id, "tester", verdict=window.scale.verdicts[0].id, rationale="Stimmt.")
    ops.add_source(desk, claim_id, "tester", url="https://example.org/a")
    ops.edit_claim(desk, claim_id, "tester", status="researching")
    ops.edit_claim(desk, claim_id, "tester", status="ready_for_review")
    ops.review_claim(desk, claim_id, "approve", "lead")
    window.reload_article()
    return claim_id


def test_verdict_key_on_a_locked_claim_is_refused_calmly(window, qtbot, monkeypatch):
    from factdesk.gui.app import Ask
    boxes = []
    monkeypatch.setattr(Ask, "error", classmethod(lambda cls, parent, title, msg: boxes.append(msg)))
    claim_id = _approve(window)
    for key in (Qt.Key.Key_2, Qt.Key.Key_3):
        qtbot.keyClick(window.reader.view, key)
    assert boxes == []  # no modal box on every key press
    assert window.desk.get_claim(claim_id).status == "approved"
    message = window.statusBar().currentMessage()
    assert "approved and locked" in message and message[0].isupper() and "'" not in message


def test_ready_without_verdict_is_refused_in_the_status_bar(window, qtbot, monkeypatch):
    from factdesk.gui.app import Ask
    boxes = []
    monkeypatch.setattr(Ask, "error", classmethod(lambda cls, parent, title, msg: boxes.append(msg)))
    window.panel.set_status("researching")
    window.mark_ready()
    assert boxes == []
    assert "set a verdict first" in window.statusBar().currentMessage()


def test_sample_import_message_is_translated(window, qtbot, monkeypatch, qapp):
    from factdesk.gui import i18n
    monkeypatch.setattr(window.importer, "import_paths", lambda paths: None)
    i18n.install_translator(qapp, "de")
    try:
        window.import_samples([])
        assert window.statusBar().currentMessage().startswith("Die Beispielartikel")
    finally:
        i18n.install_translator(qapp, "en")
