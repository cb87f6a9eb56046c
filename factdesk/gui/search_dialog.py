"""Search over the desk (FTS): results grouped by article, claim and source.

`SearchResultsModel` is a two-level Qt model over `desk.search()`'s hits
(groups, then hits); `SearchPanel` is the query field plus a tree view over
it, usable as a dock; `SearchDialog` wraps the panel in a non-modal dialog.
Both emit `article_activated(article_id)` and `claim_activated(claim_id)`
(a source activates its claim) on Enter or double-click.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import html
import re

from PySide6.QtCore import (
    QAbstractItemModel, QEvent, QModelIndex, QObject, QPersistentModelIndex, QRectF, QSize, Qt,
    QTimer, Signal,
)
from PySide6.QtGui import (QAbstractTextDocumentLayout, QFont, QKeyEvent, QKeySequence, QPalette, QShortcut,
                           QTextDocument)
from PySide6.QtWidgets import (
    QApplication, QDialog, QHeaderView, QLabel, QLineEdit, QStyle, QStyledItemDelegate,
    QStyleOptionViewItem, QTreeView, QVBoxLayout, QWidget,
)

from factdesk.core.errors import FactDeskError
from factdesk.gui.accessible import describe
from factdesk.gui.icons import icon
from factdesk.gui.workers import error_message, run_op

if TYPE_CHECKING:
    from factdesk.core.store import Desk

KIND_ORDER: tuple[str, ...] = ("article", "claim", "source")
_KIND_ICONS = {"article": "article", "claim": "claims", "source": "source"}

# Custom roles (Qt.UserRole + n)
KindRole = Qt.ItemDataRole.UserRole + 1        # "group" | "article" | "claim" | "source"
IdRole = Qt.ItemDataRole.UserRole + 2          # the hit's id (article, claim or source id)
ArticleIdRole = Qt.ItemDataRole.UserRole + 3
ClaimIdRole = Qt.ItemDataRole.UserRole + 4
SnippetHtmlRole = Qt.ItemDataRole.UserRole + 5  # snippet with the matched words in <b>

_MARK = re.compile(r"\[([^\[\]]*)\]")
_GROUP = 0  # internalId of group rows; hits carry their group's position + 1


def snippet_text(snippet: str) -> str:
    """The snippet without the store's [match] markers."""
    return _MARK.sub(r"\1", snippet or "").replace("\n", " ")


def snippet_html(snippet: str) -> str:
    """The snippet as HTML, matched words in bold, everything else escaped."""
    parts, last = [], 0
    text = (snippet or "").replace("\n", " ")
    for m in _MARK.finditer(text):
        parts.append(html.escape(text[last:m.start()]))
        parts.append(f"<b>{html.escape(m.group(1))}</b>")
        last = m.end()
    parts.append(html.escape(text[last:]))
    return "".join(parts)


def _group_title(kind: str, n: int) -> str:
    titles = {
        "article": QApplication.translate("SearchResultsModel", "Articles (%n)", None, n),
        "claim": QApplication.translate("SearchResultsModel", "Claims (%n)", None, n),
        "source": QApplication.translate("SearchResultsModel", "Sources (%n)", None, n),
    }
    return titles[kind]


class SearchResultsModel(QAbstractItemModel):
    """Search hits grouped by kind: a group row per kind that has hits, the hits below it.

    Columns: the matching text (snippet) and a title (the article's; a source's own).
    """

    COLUMNS = 2

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._groups: list[tuple[str, list]] = []  # (kind, hits)

    def set_hits(self, hits: list) -> None:
        """Replace the results with `hits` (SearchHit objects, any order within a kind)."""
        by_kind: dict[str, list] = {k: [] for k in KIND_ORDER}
        for hit in hits:
            by_kind.setdefault(hit.kind, []).append(hit)
        self.beginResetModel()
        self._groups = [(kind, found) for kind, found in by_kind.items() if found]
        self.endResetModel()

    def clear(self) -> None:
        """Remove all results."""
        self.set_hits([])

    def hit_count(self) -> int:
        """How many hits (not groups) the model holds."""
        return sum(len(found) for _, found in self._groups)

    def hit(self, index: QModelIndex):
        """The SearchHit at `index`, or None for group rows and invalid indexes."""
        if not index.isValid() or index.internalId() == _GROUP:
            return None
        return self._groups[index.internalId() - 1][1][index.row()]

    # -- QAbstractItemModel ---------------------------------------------------
    def index(self, row: int, column: int, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> QModelIndex:
        if column < 0 or column >= self.COLUMNS or row < 0:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, _GROUP) if row < len(self._groups) else QModelIndex()
        if parent.internalId() != _GROUP or parent.column() != 0:
            return QModelIndex()
        hits = self._groups[parent.row()][1]
        return self.createIndex(row, column, parent.row() + 1) if row < len(hits) else QModelIndex()

    def parent(self, index: QModelIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not index.isValid() or index.internalId() == _GROUP:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, _GROUP)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        if not parent.isValid():
            return len(self._groups)
        if parent.internalId() == _GROUP and parent.column() == 0:
            return len(self._groups[parent.row()][1])
        return 0

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return self.COLUMNS

    def hasChildren(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:
        return self.rowCount(parent) > 0

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            if section == 0:
                return QApplication.translate("SearchResultsModel", "Match")
            if section == 1:
                return QApplication.translate("SearchResultsModel", "Title")
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if index.internalId() == _GROUP:
            kind, hits = self._groups[index.row()]
            if role == KindRole:
                return "group"
            if index.column() != 0:
                return None
            if role == Qt.ItemDataRole.DisplayRole:
                return _group_title(kind, len(hits))
            if role == Qt.ItemDataRole.DecorationRole:
                return icon(_KIND_ICONS[kind])
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            return None
        hit = self._groups[index.internalId() - 1][1][index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return snippet_text(hit.snippet) if column == 0 else (hit.title or "")
        if role == Qt.ItemDataRole.ToolTipRole:
            return snippet_text(hit.snippet) if column == 0 else (hit.title or None)
        if role == SnippetHtmlRole and column == 0:
            return snippet_html(hit.snippet)
        if role == KindRole:
            return hit.kind
        if role == IdRole:
            return hit.id
        if role == ArticleIdRole:
            return hit.article_id
        if role == ClaimIdRole:
            return hit.claim_id
        return None


class SnippetDelegate(QStyledItemDelegate):
    """Paints a hit's snippet with the matched words in bold (no widgets, just painting)."""

    def paint(self, painter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        markup = index.data(SnippetHtmlRole)
        if markup is None:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        doc = QTextDocument()
        doc.setDefaultFont(opt.font)
        doc.setDocumentMargin(0)
        doc.setHtml(markup)
        rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, opt.widget)
        ctx = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        ctx.palette.setColor(QPalette.ColorRole.Text, opt.palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text))
        painter.save()
        top = rect.top() + max(0, (rect.height() - doc.size().height()) / 2)
        painter.translate(rect.left(), top)
        painter.setClipRect(QRectF(0, 0, rect.width(), rect.height()))
        doc.documentLayout().draw(painter, ctx)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width(), max(size.height(), option.fontMetrics.height() + 6))


class SearchPanel(QWidget):
    """A query field and the grouped results; put it in a dock or in `SearchDialog`."""

    article_activated = Signal(str)
    claim_activated = Signal(str)
    results_ready = Signal(int)   # number of hits after each finished search
    search_failed = Signal(str)

    DEBOUNCE_MS = 250

    def __init__(self, desk: Desk, parent: QWidget | None = None, threaded: bool = True, limit: int = 50):
        super().__init__(parent)
        self.desk = desk
        self.threaded = threaded
        self.limit = limit
        self._generation = 0
        self.query_edit = QLineEdit()
        self.query_edit.setPlaceholderText(self.tr("Search articles, claims, rationales and sources…"))
        self.query_edit.setClearButtonEnabled(True)
        self.query_edit.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        describe(self.query_edit, self.tr("Search the desk"),
                 self.tr("Words to find in articles, claims, rationales and sources; \"phrases\", OR and -word work"))
        self.model = SearchResultsModel(self)
        self.view = QTreeView()
        self.view.setModel(self.model)
        self.view.setItemDelegateForColumn(0, SnippetDelegate(self.view))
        self.view.setUniformRowHeights(True)
        self.view.setAlternatingRowColors(True)
        self.view.setAllColumnsShowFocus(True)
        self.view.setExpandsOnDoubleClick(False)
        describe(self.view, self.tr("Search results"), self.tr("Hits grouped by articles, claims and sources; "
                                                               "press Enter to open one"))
        self.view.header().setStretchLastSection(False)
        self.view.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.view.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        self.view.header().resizeSection(1, 200)
        self.status_label = QLabel()
        self.status_label.setProperty("role", "hint")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.query_edit)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.status_label)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(self.DEBOUNCE_MS)
        self._timer.timeout.connect(self.search_now)
        self.query_edit.textChanged.connect(lambda _text: self._timer.start())
        self.query_edit.returnPressed.connect(self._on_return_in_query)
        self.view.doubleClicked.connect(self.activate)
        self.view.installEventFilter(self)
        self.query_edit.installEventFilter(self)
        self.model.modelReset.connect(self.view.expandAll)

    # -- searching -------------------------------------------------------------
    def set_query(self, text: str) -> None:
        """Put `text` in the field and search at once."""
        self.query_edit.setText(text)
        self.search_now()

    def search_now(self) -> None:
        """Run the query in the field (on a worker thread unless `threaded` is False)."""
        self._timer.stop()
        query = self.query_edit.text().strip()
        self._generation += 1
        generation = self._generation
        if not query:
            self.model.clear()
            self.status_label.setText("")
            self.results_ready.emit(0)
            return
        if self.desk is None:
            self._failed(generation, FactDeskError(self.tr("Open a desk to search it.")))
            return
        desk, limit = self.desk, self.limit
        if not self.threaded:
            try:
                hits = desk.search(query, limit=limit)
            except FactDeskError as exc:
                self._failed(generation, exc)
                return
            self._show(generation, query, hits)
            return
        self.status_label.setText(self.tr("Searching…"))
        run_op(self, lambda: desk.search(query, limit=limit),
               lambda hits: self._show(generation, query, hits),
               lambda exc: self._failed(generation, exc))

    def _show(self, generation: int, query: str, hits: list) -> None:
        if generation != self._generation:
            return  # a newer search is under way
        self.model.set_hits(hits)
        n = self.model.hit_count()
        if n:
            self.status_label.setText(self.tr("1 result") if n == 1 else self.tr("{0} results").format(n))
            first_group = self.model.index(0, 0)
            self.view.setCurrentIndex(self.model.index(0, 0, first_group))
        else:
            self.status_label.setText(self.tr("Nothing found for “{0}”.").format(query))
        self.results_ready.emit(n)

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self.model.clear()
        if getattr(exc, "code", "") == "no_words":
            message = self.tr("Type at least one word to search for.")
        else:
            message = error_message(exc)
        message = message[:1].upper() + message[1:]  # sentence case, like the window's other messages
        self.status_label.setText(message)
        self.search_failed.emit(message)

    # -- activation --------------------------------------------------------------
    def activate(self, index: QModelIndex | None = None) -> bool:
        """Open the hit at `index` (default: the current one); groups expand or collapse."""
        index = index if index is not None else self.view.currentIndex()
        if not index.isValid():
            return False
        index = index.siblingAtColumn(0)
        hit = self.model.hit(index)
        if hit is None:
            self.view.setExpanded(index, not self.view.isExpanded(index))
            return False
        if hit.kind == "article":
            self.article_activated.emit(hit.article_id)
        elif hit.claim_id:
            self.claim_activated.emit(hit.claim_id)
        else:
            self.article_activated.emit(hit.article_id)
        return True

    def _on_return_in_query(self) -> None:
        if self._timer.isActive() or not self.model.hit_count():
            self.search_now()
        else:
            self.activate()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        """Enter in the results activates; Down in the query field moves into the results."""
        if isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if watched is self.view and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.activate()
                return True
            if watched is self.query_edit and key == Qt.Key.Key_Down and self.model.hit_count():
                self.view.setFocus()
                return True
        return super().eventFilter(watched, event)


class SearchDialog(QDialog):
    """A non-modal search window over `desk`; re-emits the panel's activation signals."""

    article_activated = Signal(str)
    claim_activated = Signal(str)

    def __init__(self, desk: Desk, parent: QWidget | None = None, threaded: bool = True):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Search the desk"))
        self.setWindowIcon(icon("search"))
        self.setModal(False)
        self.panel = SearchPanel(desk, self, threaded=threaded)
        self.panel.article_activated.connect(self.article_activated)
        self.panel.claim_activated.connect(self.claim_activated)
        layout = QVBoxLayout(self)
        layout.addWidget(self.panel)
        self.resize(720, 480)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self, self.focus_query)

    def focus_query(self) -> None:
        """Select the query text and put the cursor there (Ctrl+F)."""
        self.panel.query_edit.setFocus()
        self.panel.query_edit.selectAll()

    def set_desk(self, desk: Desk) -> None:
        """Search another desk (after the main window reopened one)."""
        self.panel.desk = desk
        self.panel.model.clear()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        """Focus the query field whenever the dialog appears."""
        super().showEvent(event)
        self.focus_query()
