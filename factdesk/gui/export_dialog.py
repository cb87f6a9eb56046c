"""File → Export report…: choose a format, the filters and a file; the report is written in a worker.

`ExportDialog.run(desk, parent)` is what the menu calls. `ask()` shows the
modal dialog and returns an `ExportRequest` (tests replace it); `export()`
gathers the claims and writes the file on a worker thread (PDF is laid out
on the GUI thread, where Qt's text layout belongs), then says where the file
went — or, on failure, one plain sentence why.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QHBoxLayout,
                               QLabel, QLineEdit, QMessageBox, QPushButton, QVBoxLayout, QWidget)

from factdesk.core.errors import FactDeskError, InputError
from factdesk.core.model import CLAIM_TYPES, STATUSES
from factdesk.core.reports import EXTENSIONS, FORMATS, write_atomic
from factdesk.core.reports.collect import ReportFilter, check_base_url, check_date, collect
from factdesk.gui.accessible import describe, describe_form
from factdesk.gui.app import status_label, tr, type_label
from factdesk.gui.workers import error_message, run_op
from factdesk.gui import refusals

if TYPE_CHECKING:
    from factdesk.core.store import Desk

FORMAT_LABELS = {
    "html": "HTML report (one file, prints well)", "pdf": "PDF report", "md": "Markdown",
    "csv": "CSV table (one row per claim)", "json": "JSON (everything, documented schema)",
    "claimreview": "ClaimReview JSON-LD (schema.org)",
}
ARTICLE_CHOICES = 2000  # the article filter lists at most this many of the newest articles


@dataclass(slots=True)
class ExportRequest:
    """What to export where."""

    fmt: str
    filters: ReportFilter
    path: Path
    organisation: str | None = None   # None: the desk setting as it is
    base_url: str | None = None
    language: str | None = None


class ExportDialog(QDialog):
    """The export form: format, filters (status, article, verdict, type, dates) and the file."""

    def __init__(self, desk: Desk, parent: QWidget | None = None):
        super().__init__(parent)
        self.desk = desk
        self.setWindowTitle(tr("Export report"))
        self.format_combo = QComboBox(self)
        for fmt in FORMATS:
            self.format_combo.addItem(tr(FORMAT_LABELS[fmt]), fmt)
        self.format_combo.currentIndexChanged.connect(self._fix_extension)
        self.status_combo = self._combo([(s, status_label(s)) for s in STATUSES])
        self.status_combo.setCurrentIndex(self.status_combo.findData("approved"))
        self.article_combo = self._combo([(r.id, r.title or r.id[:8])
                                          for r in desk.article_rows(0, ARTICLE_CHOICES)])
        self.verdict_combo = self._combo([(v.id, v.label_en) for v in desk.rating_scale().verdicts])
        self.type_combo = self._combo([(t, type_label(t)) for t in CLAIM_TYPES])
        self.from_edit, self.to_edit = QLineEdit(self), QLineEdit(self)
        for edit in (self.from_edit, self.to_edit):
            edit.setPlaceholderText(tr("YYYY-MM-DD"))
        self.organisation_edit = QLineEdit(str(desk.get_setting("organisation", "") or ""), self)
        self.base_url_edit = QLineEdit(str(desk.get_setting("report_base_url", "") or ""), self)
        self.base_url_edit.setPlaceholderText("https://…")
        self.base_url_edit.setToolTip(tr("Where the HTML report will be published; each ClaimReview "
                                         "points to this address + #claim-ID."))
        self.language_combo = QComboBox(self)
        self.language_combo.addItem("English", "en")
        self.language_combo.addItem("Deutsch", "de")
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(
            str(desk.get_setting("report_language", "en") or "en")[:2])))
        self.path_edit = QLineEdit(self)
        choose = QPushButton(tr("Choose…"), self)
        choose.clicked.connect(self._choose)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(choose)
        form = QFormLayout()
        form.addRow(tr("Format"), self.format_combo)
        form.addRow(tr("Status"), self.status_combo)
        form.addRow(tr("Article"), self.article_combo)
        form.addRow(tr("Verdict"), self.verdict_combo)
        form.addRow(tr("Claim type"), self.type_combo)
        form.addRow(tr("Decided from"), self.from_edit)
        form.addRow(tr("Decided until"), self.to_edit)
        form.addRow(tr("Organisation"), self.organisation_edit)
        form.addRow(tr("Report address"), self.base_url_edit)
        form.addRow(tr("Report language"), self.language_combo)
        form.addRow(tr("File"), path_row)
        describe_form(form, {
            self.format_combo: tr("HTML, PDF, Markdown, CSV, JSON or schema.org ClaimReview"),
            self.status_combo: tr("Report only claims with this status"),
            self.article_combo: tr("Report only the claims of this article"),
            self.verdict_combo: tr("Report only claims with this verdict"),
            self.type_combo: tr("Report only claims of this type"),
            self.from_edit: tr("Report only claims decided on or after this day (YYYY-MM-DD)"),
            self.to_edit: tr("Report only claims decided on or before this day (YYYY-MM-DD)"),
            self.organisation_edit: tr("Named in the report and as the author of each ClaimReview"),
            self.base_url_edit: tr("Where the HTML report will be published; each ClaimReview points to this "
                                   "address + #claim-ID"),
            self.language_combo: tr("The language of the report's words and verdict labels"),
        })
        describe(self.path_edit, tr("File"), tr("Where the report is written"))
        choose.setToolTip(tr("Choose where the report is written"))
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Export"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def _combo(self, items: list[tuple[str, str]]) -> QComboBox:
        combo = QComboBox(self)
        combo.addItem(tr("Any"), None)
        for data, label in items:
            combo.addItem(label, data)
        return combo

    def _fix_extension(self) -> None:
        text = self.path_edit.text().strip()
        if text:
            self.path_edit.setText(str(Path(text).with_suffix(EXTENSIONS[self.format_combo.currentData()])))

    def _choose(self) -> None:
        fmt = self.format_combo.currentData()
        path, _ = QFileDialog.getSaveFileName(self, tr("Export report"),
                                              self.path_edit.text() or f"report{EXTENSIONS[fmt]}",
                                              f"{fmt.upper()} (*{EXTENSIONS[fmt]})")
        if path:
            self.path_edit.setText(path)

    def request(self) -> ExportRequest:
        """The request the form describes; InputError with a message when something is wrong."""
        path_text = self.path_edit.text().strip()
        if not path_text:
            raise InputError(tr("Choose the file to write."))
        filters = ReportFilter(status=self.status_combo.currentData(), article_id=self.article_combo.currentData(),
                               verdict=self.verdict_combo.currentData(), type=self.type_combo.currentData(),
                               date_from=check_date(self.from_edit.text().strip(), tr("From")),
                               date_to=check_date(self.to_edit.text().strip(), tr("Until")))
        return ExportRequest(self.format_combo.currentData(), filters, Path(path_text).expanduser(),
                             self.organisation_edit.text().strip(),
                             check_base_url(self.base_url_edit.text()), self.language_combo.currentData())

    def accept(self) -> None:
        try:
            request = self.request()
            if not request.path.parent.is_dir():
                raise InputError(tr("The folder %1 does not exist.").replace("%1", str(request.path.parent)))
            if request.fmt == "claimreview" and not request.base_url:
                raise InputError(tr("Set the report address first: ClaimReview needs the address where "
                                    "the HTML report is published."))
        except FactDeskError as exc:
            self.error.setText(refusals.message(exc))
            return
        super().accept()

    # -- entry points -------------------------------------------------------
    @classmethod
    def ask(cls, desk: Desk, parent: QWidget | None = None) -> ExportRequest | None:
        """Show the dialog; the request, or None when cancelled (tests replace this)."""
        dialog = cls(desk, parent)
        try:
            return dialog.request() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()

    @classmethod
    def notify(cls, parent: QWidget | None, message: str, ok: bool) -> None:
        """Tell the user how the export went (a non-blocking box; tests replace this)."""
        box = QMessageBox(QMessageBox.Icon.Information if ok else QMessageBox.Icon.Warning, tr("Export report"),
                          message, QMessageBox.StandardButton.Ok, parent)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    @classmethod
    def run(cls, desk: Desk, parent: QWidget | None = None):
        """Ask what to export, then export it; return the running worker op (None when cancelled)."""
        request = cls.ask(desk, parent)
        return None if request is None else cls.export(desk, request, parent)

    @staticmethod
    def remember(desk: Desk, request: ExportRequest, parent: QWidget | None) -> None:
        """Keep the organisation, report address and language as desk settings for next time."""
        settings = getattr(parent, "settings", None)
        by = settings.user_name() if settings is not None else "factdesk"
        for key, value in (("organisation", request.organisation), ("report_base_url", request.base_url),
                           ("report_language", request.language)):
            if value is not None and value != (desk.get_setting(key, "") or ""):
                desk.set_setting(key, value, by=by)

    @classmethod
    def export(cls, desk: Desk, request: ExportRequest, parent: QWidget | None = None):
        """Collect and write the report on a worker thread (PDF laid out on the GUI thread)."""
        try:
            cls.remember(desk, request, parent)
        except FactDeskError as exc:
            cls.notify(parent, tr("The report could not be written: %1").replace("%1", refusals.message(exc)), False)
            return None

        def work():
            report = collect(desk, request.filters, organisation=request.organisation,
                             base_url=request.base_url, language=request.language)
            counts = write_atomic(report, request.fmt, request.path) if request.fmt != "pdf" else None
            return report, counts

        def done(result):
            report, counts = result
            try:
                if request.fmt == "pdf":
                    from factdesk.gui.pdf_export import write_pdf
                    counts = write_atomic(report, "pdf", request.path, write_pdf)
            except Exception as exc:  # noqa: BLE001 - shown to the user, not raised into Qt
                failed(exc)
                return
            from factdesk.gui.app import count_words
            cls.notify(parent, tr("Wrote %1 from %2 to %3.")  # "1 claim", "2 Artikel": words.count
                       .replace("%1", count_words(counts[0], "claim")).replace("%2", count_words(counts[1], "article"))
                       .replace("%3", str(request.path)), True)

        def failed(exc: BaseException):
            cls.notify(parent, tr("The report could not be written: %1").replace("%1", error_message(exc)), False)

        return run_op(parent, work, done, failed, progress_label=tr("Writing the report…"))
