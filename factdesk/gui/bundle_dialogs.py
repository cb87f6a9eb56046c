"""File → Export bundle… / Import bundle…, the summary of what came in, and the conflicts view.

The main window calls `export_bundle_dialog(desk, settings, parent)` and
`import_bundle_dialog(desk, settings, parent)`; both ask for a file
(`BundleFiles.ask_save` / `ask_open`, which tests replace), run the work on a
worker thread and then show one plain summary — or one sentence why the
bundle was refused. `ConflictsView` lists the clashes of concurrent edits
and lets the user take the other value (an ordinary, recorded edit) or keep
the current one; its `changed` signal (relayed by `ConflictsDialog` and by the
import summary as `conflicts_changed`) tells the window to re-read the desk.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QFileDialog, QHBoxLayout,
                               QHeaderView, QLabel, QPushButton, QTableView, QVBoxLayout, QWidget)

from factdesk.core.errors import FactDeskError
from factdesk.core.exchange.conflicts import Conflict, keep_value, list_conflicts
from factdesk.core.exchange.export import ExportReport, export_bundle
from factdesk.core.exchange.merge import MergeReport, import_bundle
from factdesk.core.ops.exchange import take_other_value
from factdesk.gui.accessible import describe
from factdesk.gui.workers import Op, error_message, run_op, show_error
from factdesk.gui import refusals
from factdesk.gui.app import ui_language
from factdesk.gui.detail_models import field_label, value_label

if TYPE_CHECKING:
    from factdesk.core.store import Desk

FILTER = "FactDesk bundles (*.fdbundle *.zip);;All files (*)"
LAST_FOLDER = "bundle/last_folder"


def _tr(text: str) -> str:
    try:
        from factdesk.gui.app import tr
        return tr(text)
    except ImportError:  # the app module is optional for these dialogs
        return text


class BundleFiles:
    """The file questions; tests replace these static methods."""

    @staticmethod
    def ask_save(parent: QWidget | None, start: str) -> Path | None:
        """Where to write a bundle, or None when the user cancelled."""
        name, _ = QFileDialog.getSaveFileName(parent, _tr("Export bundle"), start, FILTER)
        return Path(name) if name else None

    @staticmethod
    def ask_open(parent: QWidget | None, start: str) -> Path | None:
        """Which bundle to import, or None when the user cancelled."""
        name, _ = QFileDialog.getOpenFileName(parent, _tr("Import bundle"), start, FILTER)
        return Path(name) if name else None


def _start_folder(settings) -> str:
    value = settings.value(LAST_FOLDER, "") if settings is not None else ""
    return str(value or Path.home())


def export_bundle_dialog(desk: Desk, settings, parent: QWidget | None = None, everything: bool = False,
                         on_done: Callable[[ExportReport, QDialog], None] | None = None) -> Op | None:
    """Ask for a file and write a bundle of the changes since the last exchange (or everything)."""
    start = str(Path(_start_folder(settings)) / f"{desk.path.stem}-bundle.fdbundle")
    path = BundleFiles.ask_save(parent, start)
    if path is None:
        return None
    settings.set_value(LAST_FOLDER, str(path.parent))
    by = settings.user_name()

    def done(report: ExportReport) -> None:
        dialog = SummaryDialog(_tr("Bundle written"), report.summary(ui_language()), [], parent)
        dialog.open()
        if on_done:
            on_done(report, dialog)

    return run_op(parent, lambda: _on_own_connection(desk, export_bundle, path, by, everything=everything),
                  done, progress_label=_tr("Writing the bundle…"))


def import_bundle_dialog(desk: Desk, settings, parent: QWidget | None = None,
                         on_done: Callable[[MergeReport, QDialog], None] | None = None,
                         on_error: Callable[[BaseException], None] | None = None) -> Op | None:
    """Ask for a bundle, merge it on a worker thread and show what came in."""
    path = BundleFiles.ask_open(parent, _start_folder(settings))
    if path is None:
        return None
    settings.set_value(LAST_FOLDER, str(path.parent))
    by = settings.user_name()

    def done(report: MergeReport) -> None:
        dialog = SummaryDialog(_tr("Bundle imported"), report.summary(ui_language()), summary_lines(report), parent,
                               desk=desk, settings=settings if report.conflicts else None)
        dialog.open()
        if on_done:
            on_done(report, dialog)

    def failed(exc: BaseException) -> None:
        show_error(parent, error_message(exc))
        if on_error:
            on_error(exc)

    return run_op(parent, lambda: _on_own_connection(desk, import_bundle, path, by), done, failed,
                  progress_label=_tr("Merging the bundle…"))


def _on_own_connection(desk: Desk, fn, *args, **kwargs):
    """Run `fn(desk, …)` on the worker thread with its own connection to the desk file.

    The GUI keeps reading through its connection meanwhile and sees the
    merge only once it is committed, all at once.
    """
    from factdesk.core.store import Desk

    with Desk.open(desk.path) as own:
        return fn(own, *args, **kwargs)


def summary_lines(report: MergeReport) -> list[str]:
    """The details under the summary: counts, verdicts changed, conflicts."""
    lines = [f"{_tr('New articles')}: {len(report.new_articles)}",
             f"{_tr('New claims')}: {len(report.new_claims)}",
             f"{_tr('Verdicts changed')}: {len(report.verdicts_changed)}",
             f"{_tr('Conflicts')}: {len(report.conflicts)}"]
    for cid, old, new in report.verdicts_changed[:20]:
        lines.append(f"  {cid[:8]}: {old or '–'} → {new or '–'}")  # ids: the bundle may use another scale
    return lines


class SummaryDialog(QDialog):
    """What a bundle export or import did, with a way to the conflicts when there are any.

    `conflicts_changed` is emitted when a conflict opened from here was settled.
    """

    conflicts_changed = Signal()

    def __init__(self, title: str, summary: str, lines: list[str], parent: QWidget | None = None,
                 desk=None, settings=None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        layout = QVBoxLayout(self)
        self.summary_label = QLabel(summary, self)
        self.summary_label.setWordWrap(True)
        layout.addWidget(self.summary_label)
        self.details_label = QLabel("\n".join(lines), self)
        self.details_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.details_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        self.conflicts_button: QPushButton | None = None
        if desk is not None and settings is not None:
            self.conflicts_button = buttons.addButton(_tr("Show conflicts…"),
                                                      QDialogButtonBox.ButtonRole.ActionRole)
            self.conflicts_button.clicked.connect(lambda: self.open_conflicts(desk, settings))
        layout.addWidget(buttons)

    def open_conflicts(self, desk: Desk, settings) -> "ConflictsDialog":
        """Open the conflicts window; its settlements are relayed as `conflicts_changed`."""
        dialog = ConflictsDialog(desk, settings, self)
        dialog.changed.connect(self.conflicts_changed)
        dialog.open()
        return dialog


class ConflictsModel(QAbstractTableModel):
    """Open conflicts of the desk as a table: what, kept value and who, other value and who."""

    HEADERS = ("Claim", "Field", "Kept value", "Kept by", "Other value", "Other by", "Found")

    def __init__(self, desk: Desk, parent=None):
        super().__init__(parent)
        self.desk = desk
        self.rows: list[Conflict] = []
        self.labels: dict[str, str] = {}
        try:
            self.scale = desk.rating_scale()
        except Exception:  # noqa: BLE001 - a desk stand-in without a scale: ids are shown
            self.scale = None
        self.language = ui_language()
        self.refresh()

    def refresh(self) -> None:
        """Reload the open conflicts."""
        self.beginResetModel()
        self.rows = list_conflicts(self.desk)
        self.labels = {}
        for c in self.rows:
            if c.claim_id and c.claim_id not in self.labels:
                try:
                    self.labels[c.claim_id] = self.desk.get_claim(c.claim_id).text
                except FactDeskError:
                    self.labels[c.claim_id] = c.claim_id[:8]
        self.endResetModel()

    def _value(self, field: str, value: Any) -> str:
        """A value as people read it: verdict labels on the desk's scale, status and type words."""
        return value_label(field, value, getattr(self, "scale", None), getattr(self, "language", "en"))

    def conflict(self, row: int) -> Conflict | None:
        """The conflict shown in `row`."""
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.HEADERS)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self.rows)):
            return None
        c = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            values = (self.labels.get(c.claim_id or "", c.entity_id[:8]), field_label(c.entity, c.field),
                      self._value(c.field, c.kept_value), c.kept_by or "", self._value(c.field, c.other_value),
                      c.other_by or "", c.found_at[:16].replace("T", " "))
            return values[index.column()]
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal \
                and 0 <= section < len(self.HEADERS):
            return _tr(self.HEADERS[section])
        return None


def _show(value: Any) -> str:
    return "–" if value is None else str(value)


class ConflictsView(QWidget):
    """The conflicts table with "Take the other value" and "Keep this value".

    `changed` is emitted after a conflict was settled (the desk may hold a new value).
    """

    changed = Signal()

    def __init__(self, desk: Desk, settings, parent: QWidget | None = None):
        super().__init__(parent)
        self.desk, self.settings = desk, settings
        self.model = ConflictsModel(desk, self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.take_button = QPushButton(_tr("Take the other value"), self)
        self.keep_button = QPushButton(_tr("Keep this value"), self)
        describe(self.table, _tr("Conflicts"), _tr("Edits from a bundle that clashed with this desk's: "
                                                  "the field, this desk's value and the other value"))
        self.take_button.setToolTip(_tr("Replace this desk's value with the one from the bundle"))
        self.keep_button.setToolTip(_tr("Keep this desk's value and close the conflict"))
        self.take_button.clicked.connect(self.take_other)
        self.keep_button.clicked.connect(self.keep)
        self.empty_label = QLabel(_tr("No conflicts: every merge was clear."), self)
        row = QHBoxLayout()
        row.addWidget(self.empty_label)
        row.addStretch(1)
        row.addWidget(self.keep_button)
        row.addWidget(self.take_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(row)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)
        self._update_buttons()

    def selected(self) -> Conflict | None:
        """The conflict of the selected row."""
        rows = self.table.selectionModel().selectedRows()
        return self.model.conflict(rows[0].row()) if rows else None

    def _update_buttons(self, *_args) -> None:
        has = self.selected() is not None
        self.take_button.setEnabled(has)
        self.keep_button.setEnabled(has)
        self.empty_label.setVisible(self.model.rowCount() == 0)

    def take_other(self) -> None:
        """Apply the other value of the selected conflict as a normal edit."""
        self._act(take_other_value)

    def keep(self) -> None:
        """Keep the current value and close the selected conflict."""
        self._act(keep_value)

    def _act(self, fn) -> None:
        c = self.selected()
        if c is None:
            return
        try:
            fn(self.desk, c.id, self.settings.user_name())
        except FactDeskError as exc:
            show_error(self, refusals.message(exc))
            return
        self.model.refresh()
        self.changed.emit()


class ConflictsDialog(QDialog):
    """A window holding the ConflictsView; relays its `changed` signal."""

    changed = Signal()

    def __init__(self, desk: Desk, settings, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(_tr("Conflicts"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.view = ConflictsView(desk, settings, self)
        self.view.changed.connect(self.changed)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addWidget(buttons)
        self.resize(800, 400)
