"""The main window wired to bundles, conflicts, the review queue and the report settings.

Bundles go from the window of one desk to the window of another through the
File menu (file questions replaced through `BundleFiles`); a settled conflict
and a lead's approval show at once in the open claim; the settings dialog
stores the desk's report settings and refuses a report address that is not
http(s).
"""

from __future__ import annotations

import pytest
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QDialog

from factdesk.core.exchange.export import export_bundle
from factdesk.core.exchange.merge import import_bundle
from factdesk.core.reports.collect import collect
from factdesk.core.store import Desk
from factdesk.gui import bundle_dialogs
from factdesk.gui.app import load_settings
from factdesk.gui.bundle_dialogs import ConflictsDialog
from factdesk.gui.main_window import MainWindow
from factdesk.gui.settings_dialog import SettingsDialog
from factdesk.core import ops

from .conftest import ARTICLE

TITLE = "Lukaschenko lässt sich bestätigen"


def _close_dialogs(window) -> None:
    for dialog in window.findChildren(QDialog):
        dialog.close()


def _make_window(qtbot, desk, role: str = "checker") -> MainWindow:
    settings = load_settings()
    settings.set_user_name("tester")
    settings.set_role(role)
    settings.set_ui_language("en")
    w = MainWindow(desk, settings)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    w.select_first_article()
    return w


@pytest.fixture
def empty_desk(tmp_path, fake_detector):
    """A second desk, on another laptop, that has never seen an article."""
    d = Desk.open(tmp_path / "second.sqlite")
    yield d
    d.close()


def test_file_menu_holds_the_bundle_actions_with_their_shortcuts(window):
    file_menu = window.menuBar().actions()[0].menu()
    in_menu = file_menu.actions()
    for name, keys in (("export_bundle", "Ctrl+Shift+E"), ("import_bundle", "Ctrl+Shift+I")):
        action = window.menu_actions[name]
        assert action in in_menu
        assert action.shortcut().toString() == keys
    assert window.menu_actions["export_bundle_all"] in in_menu
    review_menu = next(a.menu() for a in window.menuBar().actions() if a.menu() and "Review" in a.text())
    assert window.menu_actions["conflicts"] in review_menu.actions()


def test_bundle_from_one_window_to_another(qtbot, window, empty_desk, tmp_path, monkeypatch):
    target = tmp_path / "handover.fdbundle"
    monkeypatch.setattr(bundle_dialogs.BundleFiles, "ask_save", staticmethod(lambda parent, start: target))
    monkeypatch.setattr(bundle_dialogs.BundleFiles, "ask_open", staticmethod(lambda parent, start: target))
    with qtbot.waitSignal(window.bundle_exported, timeout=10_000) as exported:
        window.menu_actions["export_bundle"].trigger()
    assert target.is_file() and exported.args[0].articles == 1
    _close_dialogs(window)

    other = _make_window(qtbot, empty_desk)
    assert other.library.rowCount() == 0 and other.article is None
    other.undo.push(QUndoCommand("an older edit"))
    with qtbot.waitSignal(other.bundle_imported, timeout=10_000) as imported:
        other.menu_actions["import_bundle"].trigger()
    report = imported.args[0]
    assert len(report.new_articles) == 1
    assert other.library.rowCount() == 1
    assert other.article is not None and other.article.title == TITLE
    assert other.claims.rowCount() == window.claims.rowCount() > 0
    assert other.panel.claim is not None
    assert TITLE in other.windowTitle()
    assert other.undo.count() == 0  # undoing an older edit must not overwrite what the bundle brought
    _close_dialogs(other)


@pytest.fixture
def conflict(desk, tmp_path):
    """The first claim's verdict set to 'true' here and to 'false' on another desk, then merged here."""
    cid = desk.claim_rows()[0].id
    with Desk.open(tmp_path / "olga.sqlite") as other:
        ops.import_text(other, ARTICLE, "olga", title="same article, other laptop")
        ops.edit_claim(other, other.claim_rows()[0].id, "olga", verdict="false")
        export_bundle(other, tmp_path / "o.zip", "olga")
    ops.edit_claim(desk, cid, "tester", verdict="true")
    assert len(import_bundle(desk, tmp_path / "o.zip", "tester").conflicts) == 1
    return cid


def test_taking_the_other_value_refreshes_the_open_claim(qtbot, conflict, window):
    window.select_claim(conflict)
    assert window.panel.claim.verdict == "true"
    window.menu_actions["conflicts"].trigger()
    dialog = window.findChild(ConflictsDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.view.model.rowCount() == 1
    dialog.view.table.selectRow(0)
    with qtbot.waitSignal(dialog.changed, timeout=5_000):
        dialog.view.take_button.click()
    assert window.panel.claim.id == conflict
    assert window.panel.claim.verdict == "false"
    assert window.claims.claim(window.claims.row_of(conflict)).verdict == "false"
    dialog.close()


def test_approving_in_the_queue_updates_the_claim_panel(qtbot, desk):
    claim = desk.claim_rows()[0]
    ops.edit_claim(desk, claim.id, by="kim", verdict="true", rationale="Amtliches Ergebnis.",
                      status="ready_for_review")
    ops.add_source(desk, claim.id, by="kim", url="https://example.org/result")
    w = _make_window(qtbot, desk, role="lead")
    w.select_claim(claim.id)
    assert w.panel.status_combo.currentData() == "ready_for_review"
    w.menu_actions["review_queue"].trigger()
    queue = w._review_dock.widget()
    assert queue.current_claim().id == claim.id
    with qtbot.waitSignal(queue.changed, timeout=5_000):
        assert queue.approve()
    assert w.panel.claim.status == "approved"
    assert w.panel.status_combo.currentData() == "approved"
    assert w.panel.locked.isVisibleTo(w.panel)
    assert w.claims.claim(w.claims.row_of(claim.id)).status == "approved"


def test_settings_dialog_stores_report_settings_and_refuses_a_non_http_address(qtbot, window, desk):
    dialog = SettingsDialog(window.settings, desk, window)
    qtbot.addWidget(dialog)
    dialog.organisation_edit.setText("  Faktencheck Nord ")
    dialog.report_url_edit.setText("ftp://faktencheck.example/berichte")
    dialog.report_language_combo.setCurrentIndex(dialog.report_language_combo.findData("de"))
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.error_label.isVisibleTo(dialog)
    assert "http://" in dialog.error_label.text() and "https://" in dialog.error_label.text()
    assert desk.get_setting("organisation") is None  # nothing written while a field is wrong

    dialog.report_url_edit.setText("https://faktencheck.example/berichte/")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert desk.get_setting("organisation") == "Faktencheck Nord"
    assert desk.get_setting("report_base_url") == "https://faktencheck.example/berichte/"
    assert desk.get_setting("report_language") == "de"
    assert any(h.field == "organisation" and h.by == "tester" for h in desk.history())
    report = collect(desk)  # the reports read exactly these settings
    assert (report.organisation, report.base_url, report.language) == \
        ("Faktencheck Nord", "https://faktencheck.example/berichte/", "de")

    again = SettingsDialog(window.settings, desk, window)
    qtbot.addWidget(again)
    assert again.organisation_edit.text() == "Faktencheck Nord"
    assert again.report_language_combo.currentData() == "de"


def test_a_claim_marked_ready_in_the_window_joins_the_open_queue(qtbot, desk):
    w = _make_window(qtbot, desk, role="lead")
    w.menu_actions["review_queue"].trigger()
    queue = w._review_dock.widget()
    assert queue.model.claim_count() == 0
    w.select_claim(desk.claim_rows()[0].id)
    w.set_verdict_number(1)  # a claim goes to review with a verdict
    w.menu_actions["ready"].trigger()
    assert w.panel.claim.status == "ready_for_review"
    assert queue.model.claim_count() == 1
    assert queue.current_claim().id == w.panel.claim.id


def test_conflicts_opened_from_the_import_summary_refresh_the_window(qtbot, window, desk, tmp_path, monkeypatch):
    cid = desk.claim_rows()[0].id
    with Desk.open(tmp_path / "olga.sqlite") as other:
        ops.import_text(other, ARTICLE, "olga", title="same article, other laptop")
        ops.edit_claim(other, other.claim_rows()[0].id, "olga", verdict="false")
        export_bundle(other, tmp_path / "o.zip", "olga")
    window.select_claim(cid)
    window.panel.set_verdict("true")
    monkeypatch.setattr(bundle_dialogs.BundleFiles, "ask_open", staticmethod(lambda parent, start: tmp_path / "o.zip"))
    got = []
    window.bundle_imported.connect(got.append)
    with qtbot.waitSignal(window.bundle_imported, timeout=10_000):
        window.menu_actions["import_bundle"].trigger()
    assert len(got[0].conflicts) == 1 and window.panel.claim.verdict == "true"
    summary = next(d for d in window.findChildren(bundle_dialogs.SummaryDialog) if d.isVisible())
    summary.conflicts_button.click()
    conflicts = summary.findChild(ConflictsDialog)
    conflicts.view.table.selectRow(0)
    with qtbot.waitSignal(summary.conflicts_changed, timeout=5_000):
        conflicts.view.take_button.click()
    assert window.panel.claim.verdict == "false"
    _close_dialogs(window)
