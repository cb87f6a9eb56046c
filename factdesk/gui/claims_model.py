"""Qt models of claims: the claims of one article, and the desk-wide claims list.

`ArticleClaimsModel` holds the (few hundred at most) claims of the open article;
`ClaimsProxy` sorts it by position or check-worthiness and hides types the
reader's legend switched off. `DeskClaimsModel` is lazy like the library: it
pages through `desk.claim_rows(ClaimFilter, offset, limit)` and filters in the
store (type, status, verdict, assignee, text).
"""

from __future__ import annotations

from collections import OrderedDict
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (QAbstractTableModel, QModelIndex, QPersistentModelIndex,
                            QSortFilterProxyModel, Qt)
from PySide6.QtGui import QColor, QPixmap

from factdesk.core.errors import FactDeskError
from factdesk.core.model import Claim, RatingScale
from factdesk.core.store import ClaimFilter
from factdesk.gui.app import format_value, is_dark, status_label, tr, type_colour, type_label

if TYPE_CHECKING:
    from factdesk.core.store import Desk

ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole
CLAIM_ROLE = Qt.ItemDataRole.UserRole + 2

# column key, header
COLUMNS: tuple[tuple[str, str], ...] = (
    ("position", "#"), ("type", "Type"), ("text", "Claim"), ("value", "Value"),
    ("status", "Status"), ("verdict", "Verdict"), ("score", "Score"),
)


_SWATCHES: dict[tuple[str, int], QPixmap] = {}


# header texts, translated at run time (the translations' update script collects *_LABELS tables)
CLAIM_HEADER_LABELS = {"position": "#", "type": "Type", "text": "Claim", "value": "Value", "status": "Status",
                       "verdict": "Verdict", "score": "Score", "assignee": "Assignee",
                       "article": "Article"}


def swatch(colour: QColor | str, size: int = 12) -> QPixmap:
    """A small filled square in `colour` for a type or verdict column (cached)."""
    key = (QColor(colour).name(QColor.NameFormat.HexArgb), size)
    pix = _SWATCHES.get(key)
    if pix is None:
        pix = QPixmap(size, size)
        pix.fill(QColor(colour))
        _SWATCHES[key] = pix
    return pix


class _ClaimColumns:
    """Display logic shared by both claim models."""

    _scale: RatingScale | None = None
    _language = "en"

    def _cell(self, claim: Claim, key: str, position: int, role: int):
        if role == CLAIM_ROLE:
            return claim
        if role == ID_ROLE:
            return claim.id
        if role == Qt.ItemDataRole.DisplayRole:
            if key == "position":
                return str(position + 1)
            if key == "type":
                return type_label(claim.type)
            if key == "text":
                return " ".join(claim.text.split())
            if key == "value":
                return format_value(claim.value, claim.unit, claim.qualifier)
            if key == "status":
                return status_label(claim.status)
            if key == "verdict":
                v = self._scale.verdict(claim.verdict) if (self._scale and claim.verdict) else None
                return v.label(self._language) if v else (claim.verdict or "")
            if key == "score":
                return f"{claim.score:.2f}"
            if key == "assignee":
                return claim.assignee or ""
        if role == SORT_ROLE:
            return {"position": claim.start, "score": float(claim.score or 0.0),
                    "value": claim.value if claim.value is not None else float("-inf"),
                    }.get(key, str(self._cell(claim, key, position, Qt.ItemDataRole.DisplayRole) or ""))
        if role == Qt.ItemDataRole.DecorationRole:
            if key == "type":  # the same colour as the reader's highlight, in dark mode too
                return swatch(type_colour(claim.type, is_dark()))
            if key == "verdict" and self._scale and claim.verdict:
                v = self._scale.verdict(claim.verdict)
                return swatch(v.colour) if v else None
        if role == Qt.ItemDataRole.ToolTipRole and key == "text":
            return claim.text
        if role == Qt.ItemDataRole.TextAlignmentRole and key in ("position", "score"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and (claim.status == "dismissed" or claim.shelf):
            return QColor("#888888")
        return None


class ArticleClaimsModel(_ClaimColumns, QAbstractTableModel):
    """The claims of the open article, in text order."""

    def __init__(self, parent=None):
        QAbstractTableModel.__init__(self, parent)
        self._claims: list[Claim] = []

    def set_scale(self, scale: RatingScale | None, language: str = "en") -> None:
        """The rating scale whose labels and colours the verdict column shows."""
        self._scale, self._language = scale, language

    def set_claims(self, claims: list[Claim]) -> None:
        """Replace the claims (a new article, or the same one re-read)."""
        self.beginResetModel()
        self._claims = sorted(claims, key=lambda c: (c.start, c.end))
        self.endResetModel()

    def claims(self) -> list[Claim]:
        """The claims, in text order."""
        return list(self._claims)

    def claim(self, row: int) -> Claim | None:
        """The claim at source row `row`."""
        return self._claims[row] if 0 <= row < len(self._claims) else None

    def row_of(self, claim_id: str) -> int:
        """The source row of `claim_id`, or -1."""
        return next((i for i, c in enumerate(self._claims) if c.id == claim_id), -1)

    def replace_claim(self, claim: Claim) -> None:
        """Show the new state of one claim (after an edit) without a reset."""
        row = self.row_of(claim.id)
        if row < 0:
            return
        self._claims[row] = claim
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._claims)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(COLUMNS):
            return tr(CLAIM_HEADER_LABELS[COLUMNS[section][0]])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        row, column = index.row(), index.column()
        if not index.isValid() or not 0 <= row < len(self._claims) or column >= len(COLUMNS):
            return None
        if role == SORT_ROLE and column in (0, 6):  # fast path: the proxy sorts by these
            claim = self._claims[row]
            return claim.start if column == 0 else float(claim.score or 0.0)
        return self._cell(self._claims[row], COLUMNS[column][0], row, role)


class ClaimsProxy(QSortFilterProxyModel):
    """Sorts claims by position or score, hides the types the legend switched off, and can show one status
    only (View → Only returned claims)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._hidden: frozenset[str] = frozenset()
        self._status: str | None = None
        self.setSortRole(SORT_ROLE)

    def _refilter(self, change) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt >= 6.9
            self.beginFilterChange()
            change()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            change()
            self.invalidateFilter()

    def set_hidden_types(self, types: set[str] | frozenset[str]) -> None:
        """Hide claims of these types."""
        self._refilter(lambda: setattr(self, "_hidden", frozenset(types)))

    def set_status_filter(self, status: str | None) -> None:
        """Show only claims with this status (None: all)."""
        self._refilter(lambda: setattr(self, "_status", status))

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        if not self._hidden and self._status is None:
            return True
        claim = self.sourceModel().index(source_row, 0, source_parent).data(CLAIM_ROLE)
        if claim is None:
            return True
        return claim.type not in self._hidden and (self._status is None or claim.status == self._status)


DESK_COLUMNS: tuple[tuple[str, str], ...] = (
    ("type", "Type"), ("text", "Claim"), ("article", "Article"), ("value", "Value"), ("status", "Status"),
    ("verdict", "Verdict"), ("assignee", "Assignee"),
)
PAGE_SIZE = 200
MAX_PAGES = 10


class DeskClaimsModel(_ClaimColumns, QAbstractTableModel):
    """Every claim on the desk matching a filter, fetched page by page from the store."""

    def __init__(self, desk: Desk, parent=None):
        QAbstractTableModel.__init__(self, parent)
        self._desk = desk
        self._filter = ClaimFilter()
        self._count = 0
        self._pages: OrderedDict[int, list[Claim]] = OrderedDict()
        self._titles: dict[str, str | None] = {}  # article id -> title, for the Article column
        try:
            self._scale = desk.rating_scale()
        except FactDeskError:
            self._scale = None
        self.refresh()

    def set_filter(self, **fields: Any) -> None:
        """Filter by type, status, verdict, assignee and/or text (None or '' = any)."""
        clean = {k: (v or None) for k, v in fields.items()}
        self._filter = ClaimFilter(**clean)
        self.refresh()

    def refresh(self) -> None:
        """Re-count and forget cached pages."""
        self.beginResetModel()
        self._pages.clear()
        self._titles.clear()
        try:
            self._count = int(self._desk.count_claims(self._filter))
        except FactDeskError:
            self._count = 0
        self.endResetModel()

    def claim(self, row: int) -> Claim | None:
        """The claim at `row`, fetching its page when needed."""
        if not 0 <= row < self._count:
            return None
        number = row // PAGE_SIZE
        page = self._pages.get(number)
        if page is None:
            try:
                page = list(self._desk.claim_rows(self._filter, offset=number * PAGE_SIZE, limit=PAGE_SIZE))
                missing = {c.article_id for c in page} - set(self._titles)
                if missing:  # the Article column's titles, one query per page
                    self._titles.update(self._desk.article_titles(sorted(missing)))
            except FactDeskError:
                page = []
            self._pages[number] = page
            while len(self._pages) > MAX_PAGES:
                self._pages.popitem(last=False)
        offset = row % PAGE_SIZE
        return page[offset] if offset < len(page) else None

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(DESK_COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(DESK_COLUMNS):
            return tr(CLAIM_HEADER_LABELS[DESK_COLUMNS[section][0]])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.column() >= len(DESK_COLUMNS):
            return None
        claim = self.claim(index.row())
        if claim is None:
            return None
        key = DESK_COLUMNS[index.column()][0]
        if key == "article" and role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, SORT_ROLE):
            return self.article_title(claim.article_id)
        return self._cell(claim, key, index.row(), role)

    def article_title(self, article_id: str) -> str:
        """The title of a claim's article (cached until the next refresh), so claims of similar
        articles can be told apart."""
        if article_id not in self._titles:
            try:
                self._titles[article_id] = self._desk.article_titles([article_id]).get(article_id)
            except FactDeskError:
                self._titles[article_id] = None
        title = self._titles[article_id]
        return " ".join((title or "").split()) or tr("(untitled)")
