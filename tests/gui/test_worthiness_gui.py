"""Check-worthiness in the app: why a claim ranks high, dimming the reader, the claims list by score."""

from __future__ import annotations

from PySide6.QtCore import Qt

from factdesk.gui.reader import ReaderPane
from factdesk.gui.settings import Settings
from tests.gui.conftest import ARTICLE


def _sentence(phrase: str) -> tuple[int, int]:
    at = ARTICLE.index(phrase)
    start = max(ARTICLE.rfind(". ", 0, at) + 2, ARTICLE.rfind("\n", 0, at) + 1)
    return start, ARTICLE.index(".", at) + 1


def _select(window, phrase: str):
    claim = next(c for c in window.claims.claims() if c.text.startswith(phrase))
    window.select_claim(claim.id)
    return claim


def test_claim_panel_says_why_the_claim_ranks_high(window, qtbot):
    claim = _select(window, "mehr als 30 000")
    box = window.panel.worthiness
    assert box.score_label.text() == f"{claim.score:.2f} — worth checking"
    qtbot.waitUntil(lambda: box.reasons_label.text() != "", timeout=20000)
    text = box.reasons_label.text()
    assert text.startswith("Raised by: ") and "a specific number" in text and "a hedged number" in text
    names = [r.feature for r in box.reasons]
    assert "specific_number" in names and "type:arrests" in names


def test_reasons_follow_the_selected_claim(window, qtbot):
    box = window.panel.worthiness
    _select(window, "1,5 Milliarden")
    _select(window, "mehr als 30 000")  # the money claim's reasons, if late, must not show
    qtbot.waitUntil(lambda: box.reasons_label.text() != "", timeout=20000)
    names = {r.feature for r in box.reasons}
    assert "type:arrests" in names and "type:money" not in names
    window.select_claim(None)
    assert box.score_label.text() == "" and box.reasons_label.text() == ""


def test_reader_dims_sentences_below_the_threshold(window, qtbot):
    # stub scores: the vote-share sentence 0.6, arrests 0.7, money 0.8, quote 0.9
    dim = window.reader.dim
    view = window.reader.view
    assert view.dimmed_spans() == []  # off by default
    dim.spin.setValue(0.75)
    dim.check.setChecked(True)
    qtbot.waitUntil(lambda: len(view._sentences) > 0, timeout=20000)
    dimmed = set(view.dimmed_spans())
    assert _sentence("80,1 Prozent") in dimmed and _sentence("mehr als 30 000") in dimmed
    assert _sentence("1,5 Milliarden") not in dimmed
    greyed = [s for s in view.extraSelections() if s.format.foreground().style() != Qt.BrushStyle.NoBrush
              and not s.format.property(s.format.Property.UserProperty)]
    assert len(greyed) == len(dimmed)
    dim.spin.setValue(0.65)
    assert _sentence("mehr als 30 000") not in set(view.dimmed_spans())
    dim.check.setChecked(False)
    assert view.dimmed_spans() == []


def test_dimming_choice_is_remembered(window, qtbot):
    window.reader.dim.spin.setValue(0.35)
    window.reader.dim.check.setChecked(True)
    assert Settings().reader_dim() == (True, 0.35)
    pane = ReaderPane(settings=Settings())
    qtbot.addWidget(pane)
    assert pane.dim.check.isChecked() and pane.dim.spin.value() == 0.35


def test_claims_list_by_check_worthiness_is_remembered(window, desk, qtbot):
    window.menu_actions["by_score"].trigger()
    proxy = window.claims_proxy
    scores = [proxy.index(r, 6).data(Qt.ItemDataRole.UserRole) for r in range(proxy.rowCount())]
    assert scores == sorted(scores, reverse=True) and len(scores) == 5
    assert not window.claims_view.horizontalHeader().isSectionHidden(6)
    from factdesk.gui.main_window import MainWindow
    again = MainWindow(desk, Settings())
    qtbot.addWidget(again)
    assert again.menu_actions["by_score"].isChecked()
    assert not again.claims_view.horizontalHeader().isSectionHidden(6)


def test_the_model_works_off_the_gui_thread_and_not_while_skimming(window, qtbot, monkeypatch):
    """Stepping through the claims with J starts no model work until the selection rests, and the
    worthiness model is loaded and run on worker threads only: the window never waits for spaCy."""
    import threading

    from factdesk.core.detect import worthiness
    from factdesk.gui import worthiness_box

    used_in, asked = [], []
    shipped, reasons = worthiness._shipped, worthiness_box._reasons
    monkeypatch.setattr(worthiness, "_shipped", lambda lang: used_in.append(threading.current_thread())
                        or shipped(lang))
    monkeypatch.setattr(worthiness_box, "_reasons", lambda s, lang, c: asked.append(s) or reasons(s, lang, c))
    for _ in range(4):
        window.menu_actions["next"].trigger()
    box = window.panel.worthiness
    qtbot.waitUntil(lambda: bool(box.reasons), timeout=20000)
    assert asked == [window.panel.sentence.text()]  # the claim the user stopped at, and only that one
    window.reader.dim.check.setChecked(True)
    qtbot.waitUntil(lambda: len(window.reader.view._sentences) > 0, timeout=20000)
    assert used_in and all(thread is not threading.main_thread() for thread in used_in)
