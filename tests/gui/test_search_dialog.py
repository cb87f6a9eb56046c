"""Search: hits grouped by kind in a checked Qt model; Enter and double-click activate."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from factdesk.core.errors import InputError
from factdesk.core import ops
from factdesk.core.store.search import SearchHit
from factdesk.gui.search_dialog import (
    ArticleIdRole, KindRole, SearchDialog, SearchResultsModel, snippet_html, snippet_text,
)

HITS = [
    SearchHit("claim", "c1", "a1", "c1", "Wahl in Norvalen", "[78,4] Prozent der Stimmen", -3.0),
    SearchHit("article", "a1", "a1", None, "Wahl in Norvalen", "… erhielt [Voss] 78,4 Prozent …", -5.0),
    SearchHit("source", "s1", "a1", "c2", "Wahlkommission: Endergebnis", "amtliches [Endergebnis]", -1.0),
    SearchHit("claim", "c3", "a2", "c3", "Haushalt <2026>", "rund 340 Millionen Euro", -2.0),
]


class FakeDesk:
    """The one desk method the search uses."""

    path = "fake.sqlite"

    def __init__(self, hits=HITS):
        self.hits = hits
        self.queries = []

    def search(self, query, limit=50):
        self.queries.append(query)
        if not any(ch.isalnum() for ch in query):
            raise InputError("the search needs at least one word")
        return list(self.hits)


def test_model_passes_the_model_tester(qapp, qtmodeltester):
    model = SearchResultsModel()
    model.set_hits(HITS)
    qtmodeltester.check(model)
    model.clear()
    qtmodeltester.check(model)


def test_hits_are_grouped_article_claim_source():
    model = SearchResultsModel()
    model.set_hits(HITS)
    groups = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert groups == ["Articles (1)", "Claims (2)", "Sources (1)"]
    claims = model.index(1, 0)
    assert model.rowCount(claims) == 2
    first = model.index(0, 0, claims)
    assert first.data() == "78,4 Prozent der Stimmen"
    assert first.data(KindRole) == "claim" and first.data(ArticleIdRole) == "a1"
    assert model.index(1, 1, claims).data() == "Haushalt <2026>"
    assert model.hit_count() == 4


def test_empty_groups_are_hidden():
    model = SearchResultsModel()
    model.set_hits([HITS[0]])
    assert model.rowCount() == 1 and model.index(0, 0).data() == "Claims (1)"


def test_snippet_markup_is_escaped():
    assert snippet_text("a [b] c") == "a b c"
    assert snippet_html("<i>x</i> [y]") == "&lt;i&gt;x&lt;/i&gt; <b>y</b>"


@pytest.fixture
def dialog(qtbot):
    dlg = SearchDialog(FakeDesk())
    qtbot.addWidget(dlg)
    dlg.show()
    return dlg


def _search(qtbot, dlg, text):
    with qtbot.waitSignal(dlg.panel.results_ready, timeout=5000):
        dlg.panel.set_query(text)


def test_enter_on_a_claim_emits_claim_activated(qtbot, dialog):
    _search(qtbot, dialog, "Stimmen")
    view, model = dialog.panel.view, dialog.panel.model
    view.setCurrentIndex(model.index(0, 0, model.index(1, 0)))
    with qtbot.waitSignal(dialog.claim_activated, timeout=1000) as blocker:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert blocker.args == ["c1"]


def test_enter_on_an_article_and_a_source(qtbot, dialog):
    _search(qtbot, dialog, "Voss")
    view, model = dialog.panel.view, dialog.panel.model
    assert view.currentIndex() == model.index(0, 0, model.index(0, 0))  # first hit selected
    with qtbot.waitSignal(dialog.article_activated, timeout=1000) as blocker:
        qtbot.keyClick(view, Qt.Key.Key_Enter)
    assert blocker.args == ["a1"]
    view.setCurrentIndex(model.index(0, 1, model.index(2, 0)))
    with qtbot.waitSignal(dialog.claim_activated, timeout=1000) as blocker:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert blocker.args == ["c2"]  # a source opens its claim


def test_double_click_activates(qtbot, dialog):
    _search(qtbot, dialog, "Euro")
    view, model = dialog.panel.view, dialog.panel.model
    index = model.index(1, 0, model.index(1, 0))
    rect = view.visualRect(index)
    # a real double-click is press, release, double-click: the view needs the press first
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(dialog.claim_activated, timeout=1000) as blocker:
        qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args == ["c3"]


def test_a_query_without_words_shows_the_message(qtbot, dialog):
    with qtbot.waitSignal(dialog.panel.search_failed, timeout=5000) as blocker:
        dialog.panel.set_query("?!")
    assert "at least one word" in blocker.args[0]
    assert blocker.args[0][0].isupper() and dialog.panel.status_label.text() == blocker.args[0]
    assert dialog.panel.model.rowCount() == 0


def test_typing_searches_after_a_pause(qtbot, dialog):
    with qtbot.waitSignal(dialog.panel.results_ready, timeout=5000):
        qtbot.keyClicks(dialog.panel.query_edit, "Norv")
    assert dialog.panel.desk.queries == ["Norv"]  # debounced: one search for four keys


def test_search_runs_off_the_gui_thread(qtbot):
    import threading

    threads = []

    class SlowDesk(FakeDesk):
        def search(self, query, limit=50):
            threads.append(threading.current_thread())
            return super().search(query, limit)

    dlg = SearchDialog(SlowDesk())
    qtbot.addWidget(dlg)
    _search(qtbot, dlg, "Voss")
    assert threads and threads[0] is not threading.main_thread()


def test_search_a_real_desk(qtbot, tmp_path):
    store = pytest.importorskip("factdesk.core.store")
    pytest.importorskip("factdesk.core.detect")
    from factdesk.gui.sample import sample_article_path

    desk = store.Desk.open(tmp_path / "desk.sqlite")
    try:
        article_id = ops.import_text(desk, sample_article_path("de").read_text(encoding="utf-8"), by="anna").article_id
        claim = desk.claims_for_article(article_id)[0]
        ops.add_source(desk, claim.id, "anna", url="https://example.org/wahlkommission",
                        title="Wahlkommission Endergebnis")
        dlg = SearchDialog(desk)
        qtbot.addWidget(dlg)
        _search(qtbot, dlg, "Wahlkommission")
        kinds = {dlg.panel.model.index(r, 0).data(KindRole) for r in range(dlg.panel.model.rowCount())}
        groups = [dlg.panel.model.index(r, 0).data() for r in range(dlg.panel.model.rowCount())]
        assert any(g.startswith("Articles") for g in groups) and any(g.startswith("Sources") for g in groups)
        assert kinds == {"group"}
    finally:
        desk.close()
