"""qtmodeltester on every Qt model of the window, and the library's lazy paging."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from factdesk.gui.claims_model import ArticleClaimsModel, ClaimsProxy, DeskClaimsModel
from factdesk.gui.detail_models import HistoryModel, SourcesModel, independent_sources
from factdesk.gui.library_model import PAGE_SIZE, LibraryModel
from factdesk.core import ops


def test_library_model(qtmodeltester, desk):
    model = LibraryModel(desk)
    assert model.rowCount() == 1
    assert model.index(0, 0).data() == "Lukaschenko lässt sich bestätigen"
    assert model.index(0, 4).data() == "5"
    qtmodeltester.check(model)


def test_library_model_sorts_and_filters_in_the_store(qtmodeltester, desk):
    ops.import_text(desk, "Ein anderer Text über 80,1 Prozent der Stimmen.", "tester", title="Aaa erster")
    model = LibraryModel(desk)
    model.sort(0, Qt.SortOrder.AscendingOrder)
    assert model.index(0, 0).data() == "Aaa erster"
    model.set_filter("Lukaschenko")
    assert model.rowCount() == 1
    qtmodeltester.check(model)


class Library:
    """A library of `n` made-up articles: the two desk methods the library model reads, counting rows served
    (a real desk of 100,000 articles takes minutes to build)."""

    def __init__(self, n: int):
        from factdesk.core.store import ArticleRow

        self.n, self.rows_served, self._row = n, 0, ArticleRow

    def count_articles(self, text=None, shelf=None):
        return self.n

    def article_rows(self, offset, limit, sort="imported_at", descending=True, text=None, shelf=None):
        end = min(offset + limit, self.n)
        self.rows_served += max(0, end - offset)
        return [self._row(f"a{i}", f"Article {i}", "Outlet", "2024-01-01", "de", 3, 2, 1) for i in range(offset, end)]


def test_library_of_100000_articles_is_read_page_by_page():
    desk = Library(100_000)
    model = LibraryModel(desk)
    assert model.rowCount() == 100_000
    assert model.index(99_999, 0).data() == "Article 99999"
    assert model.index(0, 0).data() == "Article 0"
    assert desk.rows_served == 2 * PAGE_SIZE
    for row in range(0, 100_000, 997):  # reading through the whole library keeps few pages
        model.index(row, 0).data()
    assert model.cached_rows <= 20 * PAGE_SIZE


def test_a_library_of_several_pages_passes_the_model_tester(qtmodeltester):
    model = LibraryModel(Library(2 * PAGE_SIZE + 7))  # the 100,000-row library cost it 12 CPU-seconds
    qtmodeltester.check(model)
    assert model.rowCount() == 2 * PAGE_SIZE + 7


def test_library_view_scrolls_to_the_end_without_reading_everything(qtbot):
    from PySide6.QtWidgets import QTableView
    desk = Library(100_000)
    model = LibraryModel(desk)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(600, 400)
    view.show()
    qtbot.waitExposed(view)
    view.scrollToBottom()
    qtbot.wait(20)
    view.scrollToTop()
    qtbot.wait(20)
    assert desk.rows_served <= 6 * PAGE_SIZE


def test_article_claims_model_and_proxy(qtmodeltester, desk):
    article_id = desk.article_rows(0, 1)[0].id
    model = ArticleClaimsModel()
    model.set_scale(desk.rating_scale())
    model.set_claims(desk.claims_for_article(article_id))
    assert model.rowCount() == 5
    qtmodeltester.check(model)
    proxy = ClaimsProxy()
    proxy.setSourceModel(model)
    proxy.sort(6, Qt.SortOrder.DescendingOrder)  # by check-worthiness score
    scores = [float(proxy.index(r, 6).data()) for r in range(proxy.rowCount())]
    assert scores == sorted(scores, reverse=True)
    proxy.set_hidden_types({"quote", "money"})
    assert proxy.rowCount() == 3
    qtmodeltester.check(proxy)


@pytest.mark.parametrize("fields,expected", [
    ({}, 5), ({"type": "money"}, 1), ({"status": "new"}, 5), ({"text": "Prozent"}, 1), ({"verdict": "x"}, 0),
])
def test_desk_claims_model_filters(qtmodeltester, desk, fields, expected):
    model = DeskClaimsModel(desk)
    model.set_filter(**fields)
    assert model.rowCount() == expected
    qtmodeltester.check(model)


def test_sources_and_history_models(qtmodeltester, desk):
    article_id = desk.article_rows(0, 1)[0].id
    claim = desk.claims_for_article(article_id)[0]
    ops.add_source(desk, claim.id, "tester", url="https://www.destatis.de/a", title="Destatis")
    ops.add_source(desk, claim.id, "tester", url="https://destatis.de/b", title="Destatis again")
    ops.edit_claim(desk, claim.id, "tester", verdict=desk.rating_scale().verdicts[0].id)
    claim = desk.get_claim(claim.id)
    sources = SourcesModel()
    sources.set_sources(claim.sources)
    assert sources.rowCount() == 2
    qtmodeltester.check(sources)
    assert independent_sources(claim.sources) == 1  # same domain: not independent
    history = HistoryModel()
    history.set_entries(desk.history(claim_id=claim.id))
    assert history.rowCount() >= 2
    assert "Verdict: — → true" in history.index(0, 0).data()
    history.set_scale(desk.rating_scale(), "en")
    label = desk.rating_scale().verdict("true").label("en")
    assert history.index(0, 0).data().endswith(f"Verdict: — → {label}")  # the scale's label, not the id
    texts = [history.index(r, 0).data() for r in range(history.rowCount())]
    assert any(t.endswith("Claim created") for t in texts)
    qtmodeltester.check(history)


def test_history_shows_status_labels_and_four_digit_years(qapp, desk):
    from PySide6.QtCore import QDate
    from factdesk.gui.app import format_date
    claim = desk.claims_for_article(desk.article_rows(0, 1)[0].id)[0]
    ops.edit_claim(desk, claim.id, "tester", status="researching")
    history = HistoryModel()
    history.set_entries(desk.history(claim_id=claim.id))
    assert history.index(0, 0).data().endswith("Status: New → Researching")
    from factdesk.gui import i18n
    i18n.install_translator(qapp, "de")  # dates follow the UI language, like every word of the app
    try:
        assert format_date(QDate(2013, 12, 23)) == "23.12.2013"
    finally:
        i18n.install_translator(qapp, "en")


def test_german_values_use_german_unit_words(qapp):
    from PySide6.QtCore import QLocale
    from factdesk.gui import i18n
    from factdesk.gui.app import format_value
    old = QLocale()
    i18n.install_translator(qapp, "de")
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    try:
        assert format_value(6, "term") == "6. Amtszeit"
        assert format_value(1200, "people", "approx") == "etwa 1.200 Personen"
        assert format_value(26, "years") == "26 Jahre"
        assert format_value(80.1, "percent") == "80,1 %"
        assert format_value(1.5e9, "EUR") == "1,5 Mrd. EUR"
    finally:
        QLocale.setDefault(old)
        i18n.install_translator(qapp, "en")


def test_library_columns_can_be_shown_from_the_header_menu(qtbot, desk):
    from factdesk.gui.library_view import HIDDEN_COLUMNS, LibraryPane
    pane = LibraryPane(desk)
    qtbot.addWidget(pane)
    header = pane.view.horizontalHeader()
    assert all(header.isSectionHidden(c) for c in HIDDEN_COLUMNS)
    language = next(a for a in pane.header_menu().actions() if a.text() == "Lang.")
    language.setChecked(True)
    assert not header.isSectionHidden(3)


def test_library_header_sorts_by_title_but_not_by_counts(qtbot, desk):
    from factdesk.gui.library_view import LibraryPane
    ops.import_text(desk, "Ein anderer Text über 80,1 Prozent der Stimmen.", "tester", title="Aaa erster")
    pane = LibraryPane(desk)
    qtbot.addWidget(pane)
    header = pane.view.horizontalHeader()
    header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
    assert pane.model.index(0, 0).data() == "Aaa erster"
    header.setSortIndicator(4, Qt.SortOrder.AscendingOrder)  # claims count: not sortable in the store
    assert header.sortIndicatorSection() == 0
    assert pane.model.index(0, 0).data() == "Aaa erster"


def test_desk_claims_show_the_article_title(qtmodeltester, desk):
    from tests.gui.conftest import ARTICLE
    ops.import_text(desk, ARTICLE + "\n\nNachtrag.", "tester", title="Lukaschenko: zweite Meldung")
    model = DeskClaimsModel(desk)
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    column = headers.index("Article")
    titles = {model.index(r, column).data() for r in range(model.rowCount())}
    assert titles == {"Lukaschenko lässt sich bestätigen", "Lukaschenko: zweite Meldung"}
    assert model.index(0, column).data(Qt.ItemDataRole.ToolTipRole) in titles
    qtmodeltester.check(model)


def test_library_headers_leave_the_title_room_in_german(qapp, desk):
    from factdesk.gui import i18n
    i18n.install_translator(qapp, "de")
    try:
        model = LibraryModel(desk)
        headers = {model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())}
        assert "Behauptungen" not in headers and {"Anzahl", "Offen"} <= headers
        assert model.headerData(4, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) == "Behauptungen"
    finally:
        i18n.install_translator(qapp, "en")


def test_type_swatches_follow_the_dark_palette(qapp, desk):
    from PySide6.QtGui import QColor, QPalette
    from factdesk.gui import theme
    claims = desk.claims_for_article(desk.article_rows(0, 1)[0].id)
    model = ArticleClaimsModel()
    model.set_claims(claims)
    old = qapp.palette()
    dark = QPalette(old)
    dark.setColor(QPalette.ColorRole.Window, QColor("#202428"))
    qapp.setPalette(dark)
    try:
        pixmap = model.index(0, 1).data(Qt.ItemDataRole.DecorationRole)
        assert pixmap.toImage().pixelColor(2, 2).name() == theme.type_colour(model.claim(0).type, dark=True).name()
    finally:
        qapp.setPalette(old)
