"""Qt models for the claim panel: the claim's sources and its history.

Both are plain list models over what the desk returns (`Claim.sources`,
`desk.history(claim_id=...)`); the panel's views show them, they hold no widgets.
`independent_sources(sources)` counts distinct publishers / web domains, for
the "fewer than two independent sources" warning.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

from PySide6.QtCore import QAbstractListModel, QAbstractTableModel, QDateTime, QModelIndex, \
    QPersistentModelIndex, Qt, QTimeZone

from factdesk.core.model import Source
from factdesk.gui.app import format_date_time, qualifier_label, status_label, tr, type_label

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


# the history's field and event names, shown in the UI language (update.sh collects *_LABELS tables)
FIELD_LABELS = {
    "status": "Status", "verdict": "Verdict", "type": "Type", "value": "Value", "unit": "Unit",
    "qualifier": "Qualifier", "speaker": "Speaker", "assignee": "Assignee", "rationale": "Rationale",
    "text": "Text", "language": "Language", "start": "Start", "end": "End", "claim": "Claim",
    "article": "Article", "setting": "Setting",
}
SOURCE_FIELD_LABELS = {
    "url": "Source address", "title": "Source title", "publisher": "Publisher", "published": "Published",
    "accessed": "Accessed", "excerpt": "Excerpt", "file": "File", "kind": "Kind of source",
}
REVIEW_FIELD_LABELS = {"decision": "Review", "comment": "Review comment", "override": "Four-eyes rule overridden",
                       "withdraws": "Undoes an earlier review"}
REVIEW_LABELS = {"approve": "Approved in review", "return": "Returned in review", "reopen": "Reopened",
                 "withdraw": "Review undone"}
CREATED_LABELS = {"claim": "Claim created", "article": "Article imported", "source": "Source added"}
REMOVED_LABELS = {"claim": "Claim removed", "source": "Source removed", "article": "Article removed"}


def field_label(entity: str, field: str | None) -> str:
    """A recorded field's name for people, in the UI language ("Verdict", "Review comment")."""
    if entity == "review":
        return tr(REVIEW_FIELD_LABELS.get(field or "", field or "review"))
    if entity == "source":
        return tr(SOURCE_FIELD_LABELS.get(field or "", field or "source"))
    return tr(FIELD_LABELS.get(field or "", field or entity))


def value_label(field: str, value: Any, scale: Any = None, language: str = "en") -> str:
    """A recorded value for people: status, type, qualifier, unit and verdict words, never raw ids."""
    if value is None or value == "":
        return "—"
    if field == "status":
        return status_label(str(value))
    if field in ("type", "claim_type"):
        return type_label(str(value))
    if field == "qualifier":
        return qualifier_label(str(value))
    if field == "unit":
        from factdesk.core import words
        from factdesk.gui.app import ui_language
        return words.unit_label(str(value), 2, ui_language())
    if field == "verdict":
        verdict = scale.verdict(str(value)) if scale is not None else None
        return verdict.label(language) if verdict else str(value)
    if field == "shelf":
        return {"archived": tr("Archived"), "deleted": tr("Deleted")}.get(str(value), str(value))
    return _short(value)


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
                when_text = format_date_time(when.toLocalTime())
            else:
                when_text = str(e.at or "")
            change = self._change(e)
            return f"{when_text} · {e.by} · {change}"
        if role == Qt.ItemDataRole.ToolTipRole:
            if e.entity in ("review", "comment") or e.old is None:  # a text said once: show it whole
                return f"{self._field(e)}: {e.new}" if e.new is not None else self._field(e)
            before, after = tr("before"), tr("after")  # outside the f-string, where lupdate finds them
            return f"{self._field(e)}\n{before}: {self._value(e.field or '', e.old)}\n" \
                   f"{after}: {self._value(e.field or '', e.new)}"
        return None

    def set_scale(self, scale: Any, language: str = "en") -> None:
        """The rating scale whose verdict labels the history shows (instead of verdict ids)."""
        self._scale, self._language = scale, language
        if self._entries:
            self.dataChanged.emit(self.index(0), self.index(len(self._entries) - 1))

    def _field(self, e: Any) -> str:
        return field_label(e.entity, e.field)

    def _value(self, field: str, value: Any) -> str:
        return value_label(field, value, getattr(self, "_scale", None), getattr(self, "_language", "en"))

    def _change(self, e: Any) -> str:
        """'Status: Researching → Ready for review', 'Claim created', in the UI language."""
        if e.field == "removed":
            return tr(REMOVED_LABELS.get(e.entity, "Removed"))
        if e.entity == "review" and e.field == "decision":
            return tr(REVIEW_LABELS.get(str(e.new), "Reviewed"))
        if e.entity == "review" and e.field == "withdraws":
            return tr("Undoes an earlier review")
        if e.entity == "review":  # the comment or override reason: the words themselves
            return f"{self._field(e)}: {_short(e.new, 120)}"
        if e.entity == "comment":
            if e.field == "withdrawn":
                return tr("Comment taken back") if e.new else tr("Comment brought back")
            return tr("Comment: %1").replace("%1", _short(e.new, 120))
        if e.field and not (e.entity == "source" and e.old is None):
            return f"{self._field(e)}: {self._value(e.field, e.old)} → {self._value(e.field, e.new)}"
        if e.entity == "source":  # a source added: one entry per field, the address says most
            return tr("Source added") + f": {self._field(e)} {_short(e.new)}"
        if e.old is None:
            return tr(CREATED_LABELS.get(e.entity, "Created"))
        return tr(REMOVED_LABELS.get(e.entity, "Removed"))


def _short(value: Any, limit: int = 40) -> str:
    if value is None or value == "":
        return "—"
    text = " ".join(str(value).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
