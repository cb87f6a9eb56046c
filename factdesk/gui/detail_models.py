"""Qt models for the claim panel: the claim's sources and its history.

Both are plain list models over what the desk returns (`Claim.sources`,
`desk.history(claim_id=...)`); the panel's views show them, they hold no widgets.
`independent_sources(sources)` counts distinct publishers / web domains, for
the "fewer than two independent sources" warning.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

from PySide6.QtCore import QAbstractListModel, QAbstractTableModel, QDateTime, QLocale, QModelIndex, \
    QPersistentModelIndex, Qt, QTimeZone

from factdesk.core.model import Source
from factdesk.gui.app import tr

ID_ROLE = Qt.ItemDataRole.UserRole + 1

SOURCE_COLUMNS: tuple[tuple[str, str], ...] = (
    ("title", "Source"), ("publisher", "Publisher"), ("published", "Published"), ("file_name", "File"),
)
# header texts, translated at run time (the translations' update script collects *_LABELS tables)
SOURCE_HEADER_LABELS = dict(SOURCE_COLUMNS)


def source_key(source: Source) -> str | None:
    """What makes a source independent of another: its publisher, else its web domain."""
    if source.publisher and source.publisher.strip():
        return source.publisher.strip().casefold()
    if source.url:
        host = (urlsplit(source.url).hostname or "").casefold()
        if host.startswith("www."):
            host = host[4:]
        return host or None
    return None


def independent_sources(sources: list[Source]) -> int:
    """The number of distinct publishers/domains among `sources`."""
    return len({k for k in (source_key(s) for s in sources) if k})


class SourcesModel(QAbstractTableModel):
    """The sources of one claim."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._sources: list[Source] = []

    def set_sources(self, sources: list[Source]) -> None:
        """Replace the list."""
        self.beginResetModel()
        self._sources = list(sources)
        self.endResetModel()

    def source(self, row: int) -> Source | None:
        """The source at `row`."""
        return self._sources[row] if 0 <= row < len(self._sources) else None

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._sources)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(SOURCE_COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(SOURCE_COLUMNS):
            return tr(SOURCE_HEADER_LABELS[SOURCE_COLUMNS[section][0]])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._sources) \
                or index.column() >= len(SOURCE_COLUMNS):
            return None
        s = self._sources[index.row()]
        key = SOURCE_COLUMNS[index.column()][0]
        if role == ID_ROLE:
            return s.id
        if role == Qt.ItemDataRole.DisplayRole:
            if key == "title":
                return s.title or s.url or s.file_name or ""
            if key == "publisher":
                return s.publisher or (source_key(s) or "")
            return getattr(s, key) or ""
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(x for x in (s.title, s.url, s.excerpt) if x) or None
        return None


class HistoryModel(QAbstractListModel):
    """The history of one claim, newest first: 'Anna · 12:03 · verdict: — → false'."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._entries: list[Any] = []

    def set_entries(self, entries: list[Any]) -> None:
        """Replace the entries (any order; shown newest first)."""
        self.beginResetModel()
        self._entries = sorted(entries, key=lambda e: (e.hlc or "", e.at or "", e.id), reverse=True)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._entries)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        e = self._entries[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            when = QDateTime.fromString(str(e.at or "")[:19], "yyyy-MM-ddTHH:mm:ss")
            if when.isValid():
                when.setTimeZone(QTimeZone.utc())
                when_text = QLocale().toString(when.toLocalTime(), QLocale.FormatType.ShortFormat)
            else:
                when_text = str(e.at or "")
            if e.field:
                change = f"{tr(e.field)}: {_short(e.old)} → {_short(e.new)}"
            elif e.old is None:
                change = tr("%1 created").replace("%1", tr(e.entity))
            else:
                change = tr("%1 removed").replace("%1", tr(e.entity))
            return f"{when_text} · {e.by} · {change}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{e.field or e.entity}\n{tr('before')}: {e.old}\n{tr('after')}: {e.new}"
        return None


def _short(value: Any, limit: int = 40) -> str:
    if value is None or value == "":
        return "—"
    text = " ".join(str(value).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
