"""Points 5, 6 and 7 of issue 13: the first start asks who you are; samples only on request; archiving
and deleting articles and claims in the app; File → Open Folder…; a cancelled import says what it did."""

from __future__ import annotations

from types import SimpleNamespace

from factdesk.core import ops
from factdesk.gui.app import Ask, load_settings
from factdesk.gui.first_run import FirstRunDialog, needs_introduction
from factdesk.gui.import_actions import Importer
from tests.gui.test_import_window import _write


def test_the_first_start_asks_a_real_name_role_and_desk(qtbot, tmp_path):
    settings = load_settings()
    assert needs_introduction(settings)
    dialog = FirstRunDialog(settings, tmp_path / "desk.sqlite")
    qtbot.addWidget(dialog)
    assert dialog.name_edit.text() == ""  # never the computer's login name
    dialog.accept()
    assert dialog.error.isVisibleTo(dialog) and "name" in dialog.error.text() and needs_introduction(settings)
    dialog.name_edit.setText("Anna Schmidt")
    dialog.role_combo.setCurrentIndex(dialog.role_combo.findData("lead"))
    dialog.desk_edit.setText(str(tmp_path / "missing" / "desk.sqlite"))
    dialog.accept()
    assert "does not exist" in dialog.error.text()
    dialog.desk_edit.setText(str(tmp_path / "redaktion.sqlite"))
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert (settings.user_name(), settings.role()) == ("Anna Schmidt", "lead")
    assert settings.last_desk() == (tmp_path / "redaktion.sqlite").resolve() and not needs_introduction(settings)


def test_the_app_asks_before_opening_a_desk_and_quit_opens_nothing(monkeypatch, tmp_path):
    from factdesk.cli import app_cmd
    from factdesk.gui import startup
    asked = []
    monkeypatch.setattr(startup, "_interactive", lambda screenshot: True)
    monkeypatch.setattr(FirstRunDialog, "ask", classmethod(lambda cls, s, path, parent=None: asked.append(path)))
    args = SimpleNamespace(db=None, demo=False, screenshot=None, files=[])
    monkeypatch.setenv("FACTDESK_DB", str(tmp_path / "desk.sqlite"))
    assert app_cmd.run(args) == 0
    assert asked == [tmp_path / "desk.sqlite"] and not (tmp_path / "desk.sqlite").exists()


def test_a_lead_on_a_new_desk_becomes_its_first_lead(desk):
    from factdesk.gui.startup import _claim_lead_role
    settings = load_settings()
    settings.set_user_name("Lena")
    settings.set_role("lead")
    _claim_lead_role(desk, settings)
    assert ops.desk_leads(desk) == ["Lena"]
    settings.set_user_name("Otto")
    _claim_lead_role(desk, settings)  # the desk has a lead now: Otto's wish changes nothing
    assert ops.desk_leads(desk) == ["Lena"]


def test_samples_come_only_on_request(window, qtbot):
    assert window.desk.count_articles() == 1
    with qtbot.waitSignal(window.importer.imported, timeout=60_000):
        window.menu_actions["add_samples"].trigger()
    assert window.desk.count_articles() == 3


def test_archive_delete_and_restore_an_article_in_the_app(window, qtbot, monkeypatch):
    desk = window.desk
    article = window.article
    window.menu_actions["archive_article"].trigger()
    assert desk.count_articles() == 0 and window.library.rowCount() == 0 and window.article is None
    assert "Ctrl+Z" in window.statusBar().currentMessage()
    window.menu_actions["undo"].trigger()
    assert desk.count_articles() == 1 and window.library.rowCount() == 1
    window.select_first_article()
    monkeypatch.setattr(Ask, "confirm", classmethod(lambda cls, parent, title, message: False))
    window.menu_actions["delete_article"].trigger()  # asked, and the answer was no
    assert desk.count_articles() == 1
    monkeypatch.setattr(Ask, "confirm", classmethod(lambda cls, parent, title, message: True))
    window.menu_actions["delete_article"].trigger()
    assert desk.count_articles(shelf="deleted") == 1
    pane = window.left_tabs.widget(0)
    pane.shelf.setCurrentIndex(pane.shelf.findData("deleted"))
    assert window.library.rowCount() == 1
    window.library_view.setCurrentIndex(window.library.index(0, 0))
    assert window.article.id == article.id
    window.menu_actions["restore_article"].trigger()
    assert desk.get_article(article.id).shelf is None and window.library.rowCount() == 0
    assert [e.new for e in desk.history(article_id=article.id) if e.field == "shelf"] == \
        ["archived", None, "deleted", None]


def test_archive_a_claim_and_bring_it_back(window):
    claim = window.current_claim()
    n = window.claims.rowCount()
    window.menu_actions["archive_claim"].trigger()
    assert window.claims.rowCount() == n - 1 and window.current_claim().id != claim.id
    assert window.desk.get_claim(claim.id).shelf == "archived"
    window.menu_actions["show_dismissed"].setChecked(True)
    window.select_claim(claim.id)
    window.menu_actions["restore"].trigger()
    assert window.desk.get_claim(claim.id).shelf is None


def test_open_folder_imports_every_article_in_it(window, qtbot, tmp_path, monkeypatch):
    folder = tmp_path / "mappe"
    (folder / "sub").mkdir(parents=True)
    _write(folder / "sub", 2)
    monkeypatch.setattr(Importer, "ask_folder", classmethod(lambda cls, parent: str(folder)))
    with qtbot.waitSignal(window.importer.imported, timeout=30_000):
        window.menu_actions["open_folder"].trigger()
    assert window.desk.count_articles() == 3


def test_a_cancelled_import_says_what_it_did(window, qtbot, tmp_path):
    paths = _write(tmp_path / "bulk", 30)
    window.importer.import_paths(paths)
    job = window.importer.job
    with qtbot.waitSignal(window.importer.imported, timeout=60_000):
        job.cancel()
    summary = window.importer.cancelled_summary
    assert summary and summary.startswith("Import cancelled: ") and "imported before it stopped" in summary
    assert window.statusBar().currentMessage() == summary


def test_ctrl_q_in_the_welcome_dialog_quits_without_introducing(qtbot, tmp_path):
    """On the first start the welcome dialog is all there is of the app: Ctrl+Q quits there too."""
    from PySide6.QtCore import Qt

    settings = load_settings()
    dialog = FirstRunDialog(settings, tmp_path / "desk.sqlite")
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    dialog.name_edit.setFocus()
    with qtbot.waitSignal(dialog.rejected, timeout=2000):
        qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert dialog.result() == dialog.DialogCode.Rejected
    assert needs_introduction(settings)
