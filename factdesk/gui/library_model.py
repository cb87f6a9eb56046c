"""The library: a lazy Qt table model over `desk.article_rows`.

Like Anki's browser table, the model knows only how many rows there are
(`desk.count_articles`) and keeps a small cache of pages fetched on demand
(`desk.article_rows(offset, limit, ...)`), so 100,000 articles scroll without
ever loading them all. Sorting and the text filter happen in the store: a
QSortFilterProxyModel would have to read every row to sort it.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, QPersistentModelIndex, Qt

from factdesk.core.errors import FactDeskError
from factdesk.gui.app import tr

if TYPE_CHECKING:
    from factdesk.core.store import Desk

PAGE_SIZE = 200
MAX_PAGES = 20  # at most 4,000 rows in memory

# column key, header, store sort key
COLUMNS: tuple[tuple[str, str, str], ...] = (
    ("title", "Title", "title"),
    ("outlet", "Outlet", "outlet"),
    ("published", "Date", "published"),
    ("language", "Lang.", "language"),
    ("n_claims", "Claims", ""),  # the store sorts by its indexed columns only
    ("n_open", "Open", ""),
    ("n_decided", "Decided", ""),
)
NUMERIC = {"n_claims", "n_open", "n_decided"}
# header texts, translated at run time (the translations' update script collects *_LABELS tables)
LIBRARY_HEADER_LABELS = {key: header for key, header, _sort in COLUMNS}
LIBRARY_HEADER_LABELS["n_open"] = "Open claims"  # not the verb: "open" as in not yet decided
# short headers leave the title room in a narrow pane (German "Behauptungen" took a third of it);
# the tooltip gives the full name
SHORT_HEADERS = {"n_open": "Open", "n_claims": "Claims"}
ID_ROLE = Qt.ItemDataRole.UserRole + 1


class LibraryModel(QAbstractTableModel):
    """Articles on the desk, one row each, fetched page by page from the store."""

    def __init__(self, desk: Desk, parent=None):
        super().__init__(parent)
        self._desk = desk
        self._count = 0
        self._pages: OrderedDict[int, list] = OrderedDict()
        self._sort = "imported_at"
        self._descending = True
        self._text: str | None = None
        self._shelf: str | None = None  # None: articles in use; "archived" / "deleted"
        self.rows_fetched = 0  # how many rows the store has handed us (for the benchmark)
        self.refresh()

    # -- loading -------------------------------------------------------------
    def refresh(self) -> None:
        """Re-read the row count and forget every cached page (after an import or an edit)."""
        self.beginResetModel()
        self._pages.clear()
        try:
            self._count = int(self._desk.count_articles(text=self._text, **self._shelf_arg()))
        except FactDeskError:
            self._count = 0
        self.endResetModel()

    def invalidate(self) -> None:
        """Forget cached rows but keep the row count: counts of claims changed."""
        self._pages.clear()
        if self._count:
            self.dataChanged.emit(self.index(0, 0), self.index(self._count - 1, len(COLUMNS) - 1))

    def _shelf_arg(self) -> dict[str, str]:
        return {"shelf": self._shelf} if self._shelf else {}

    @property
    def shelf(self) -> str | None:
        """Which articles the library shows: None (in use), "archived" or "deleted"."""
        return self._shelf

    def set_shelf(self, shelf: str | None) -> None:
        """Show the articles in use, or those archived or deleted."""
        if shelf != self._shelf:
            self._shelf = shelf
            self.refresh()

    def set_filter(self, text: str) -> None:
        """Show only articles matching `text` (the store's filter over title, outlet, text)."""
        wanted = text.strip() or None
        if wanted != self._text:
            self._text = wanted
            self.refresh()

    def _page(self, number: int) -> list:
        page = self._pages.get(number)
        if page is not None:
            self._pages.move_to_end(number)
            return page
        try:
            page = list(self._desk.article_rows(number * PAGE_SIZE, PAGE_SIZE, sort=self._sort,
                                                descending=self._descending, text=self._text,
                                                **self._shelf_arg()))
        except FactDeskError:
            page = []
        self.rows_fetched += len(page)
        self._pages[number] = page
        while len(self._pages) > MAX_PAGES:
            self._pages.popitem(last=False)
        return page

    def row(self, row: int):
        """The ArticleRow at `row`, fetching its page if needed (None past the end)."""
        if row < 0 or row >= self._count:
            return None
        page = self._page(row // PAGE_SIZE)
        offset = row % PAGE_SIZE
        return page[offset] if offset < len(page) else None

    def article_id(self, row: int) -> str | None:
        """The article id at `row`."""
        r = self.row(row)
        return r.id if r is not None else None

    def row_of(self, article_id: str) -> int:
        """The row showing `article_id`, searching cached pages first, then the rest; -1 if absent."""
        for number, page in self._pages.items():
            for i, r in enumerate(page):
                if r.id == article_id:
                    return number * PAGE_SIZE + i
        if self._count > 20 * PAGE_SIZE:
            return -1  # never walk a huge library to find one row
        for row in range(self._count):
            if self.article_id(row) == article_id:
                return row
        return -1

    @property
    def cached_rows(self) -> int:
        """Rows currently held in memory."""
        return sum(len(p) for p in self._pages.values())

    # -- Qt model API --------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            key = COLUMNS[section][0]
            if role == Qt.ItemDataRole.DisplayRole:
                if key in SHORT_HEADERS:
                    return tr(SHORT_HEADERS[key], "short library column header: number of claims / not yet decided")
                return tr(LIBRARY_HEADER_LABELS[key])
            if role == Qt.ItemDataRole.ToolTipRole:
                return tr(LIBRARY_HEADER_LABELS[key])
            if role == Qt.ItemDataRole.TextAlignmentRole and COLUMNS[section][0] in NUMERIC:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.column() >= len(COLUMNS):
            return None
        r = self.row(index.row())
        if r is None:
            return None
        key = COLUMNS[index.column()][0]
        if role == ID_ROLE:
            return r.id
        value = getattr(r, key, None)
        if role == Qt.ItemDataRole.DisplayRole:
            if key == "title":
                return value or tr("(untitled)")
            if key == "published" and value:
                return _format_date(str(value))
            if key in NUMERIC:
                return QLocale().toString(int(value or 0))
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.ToolTipRole and key == "title":
            return value or None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if key in NUMERIC:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:  # raw value, for sorting or tests
            return value
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort in the store by this column."""
        if not 0 <= column < len(COLUMNS) or not COLUMNS[column][2]:
            return
        self.beginResetModel()
        self._sort = COLUMNS[column][2]
        self._descending = order == Qt.SortOrder.DescendingOrder
        self._pages.clear()
        self.endResetModel()


def _format_date(iso: str) -> str:
    """An ISO date (or date-time) in the locale's short format; unchanged when it is not ISO."""
    from PySide6.QtCore import QDate
    d = QDate.fromString(iso[:10], "yyyy-MM-dd")
    from factdesk.gui.app import format_date
    return format_date(d) if d.isValid() else iso
