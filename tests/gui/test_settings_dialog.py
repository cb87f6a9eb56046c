"""Settings persist in an isolated INI file; the dialog validates before it writes."""

from __future__ import annotations


import pytest
from PySide6.QtCore import QSettings

from factdesk.core.store.scales import available_scales
from factdesk.gui.settings import Settings
from factdesk.gui.settings_dialog import SettingsDialog, check_desk_path


@pytest.fixture
def settings(tmp_path, monkeypatch):
    ini = tmp_path / "factdesk.ini"
    monkeypatch.setenv("FACTDESK_SETTINGS_FILE", str(ini))
    return Settings()


def test_settings_persist_across_objects(settings, tmp_path):
    settings.set_user_name("  Anna Schmidt ")
    settings.set_role("lead")
    settings.set_ui_language("de")
    settings.set_theme("dark")
    settings.set_last_desk(tmp_path / "desk.sqlite")
    settings.sync()
    again = Settings()
    assert again.user_name() == "Anna Schmidt"
    assert again.role() == "lead"
    assert again.ui_language() == "de"
    assert again.theme() == "dark"
    assert again.last_desk() == (tmp_path / "desk.sqlite").resolve()


def test_settings_use_the_isolated_file(settings, tmp_path):
    settings.set_role("lead")
    settings.sync()
    assert settings.qsettings.format() == QSettings.Format.IniFormat
    assert (tmp_path / "factdesk.ini").is_file()


@pytest.mark.parametrize("setter,value", [
    ("set_user_name", "   "), ("set_user_name", "x" * 200), ("set_role", "boss"),
    ("set_ui_language", "fr"), ("set_theme", "neon"),
])
def test_bad_values_are_refused_and_change_nothing(settings, setter, value):
    before = (settings.user_name(), settings.role(), settings.ui_language(), settings.theme())
    with pytest.raises(ValueError):
        getattr(settings, setter)(value)
    assert (settings.user_name(), settings.role(), settings.ui_language(), settings.theme()) == before


def test_defaults(settings):
    assert settings.user_name()
    assert settings.role() == "checker" and settings.theme() == "system" and settings.ui_language() == "system"
    assert settings.last_desk() is None


def test_dialog_writes_settings_and_scale(qtbot, settings, file_desk):
    desk = file_desk
    before = desk.rating_scale()
    dialog = SettingsDialog(settings, desk)
    qtbot.addWidget(dialog)
    dialog.name_edit.setText("Jonas Weber")
    dialog.role_combo.setCurrentIndex(dialog.role_combo.findData("lead"))
    dialog.theme_combo.setCurrentIndex(dialog.theme_combo.findData("dark"))
    other = [s.id for s in available_scales() if s.id != before.id]
    if other:
        dialog.scale_combo.setCurrentIndex(dialog.scale_combo.findData(other[0]))
    with qtbot.waitSignal(dialog.theme_changed) as blocker:
        dialog.accept()
    assert blocker.args == ["dark"]
    assert dialog.result() == dialog.DialogCode.Accepted
    assert settings.user_name() == "Jonas Weber" and settings.role() == "lead"
    if other:
        changed = [(h.new, h.by) for h in desk.history() if h.entity == "setting" and h.field == "rating_scale"]
        assert desk.rating_scale().id == other[0] and changed == [(other[0], "Jonas Weber")]


def test_dialog_refuses_an_empty_name_and_writes_nothing(qtbot, settings, file_desk):
    settings.set_user_name("Anna")
    dialog = SettingsDialog(settings, file_desk)
    qtbot.addWidget(dialog)
    dialog.name_edit.setText("  ")
    dialog.theme_combo.setCurrentIndex(dialog.theme_combo.findData("dark"))
    dialog.accept()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert not dialog.error_label.isHidden() and "name" in dialog.error_label.text()
    assert settings.user_name() == "Anna" and settings.theme() == "system"


def test_dialog_shows_a_refused_scale_change(qtbot, settings, file_desk):
    dialog = SettingsDialog(settings, file_desk)
    qtbot.addWidget(dialog)
    dialog.scale_combo.addItem("Refused", "refused")
    dialog.scale_combo.setCurrentIndex(dialog.scale_combo.count() - 1)
    dialog.name_edit.setText("Anna")
    dialog.accept()
    assert "refused" in dialog.error_label.text()
    assert settings.qsettings.value("user/name") is None


def test_choosing_a_desk_file(qtbot, settings, tmp_path, monkeypatch):
    dialog = SettingsDialog(settings, None)
    qtbot.addWidget(dialog)
    assert not dialog.scale_combo.isEnabled()
    target = tmp_path / "new.sqlite"
    monkeypatch.setattr(dialog, "choose_desk_path", lambda: str(target))
    dialog._on_choose_desk()
    assert dialog.desk_edit.text() == str(target.resolve())
    dialog.name_edit.setText("Anna")
    with qtbot.waitSignal(dialog.desk_path_chosen) as blocker:
        dialog.accept()
    assert blocker.args == [str(target.resolve())]
    assert settings.last_desk() == target.resolve()


def test_check_desk_path(tmp_path):
    assert check_desk_path(tmp_path / "new.sqlite") is None
    assert check_desk_path(tmp_path / "missing" / "x.sqlite")
    assert check_desk_path(tmp_path)
    bogus = tmp_path / "notes.sqlite"
    bogus.write_text("hello")
    assert "not a FactDesk desk" in check_desk_path(bogus)


def test_dialog_changes_a_real_desks_scale_with_the_users_name(qtbot, settings, tmp_path):
    from factdesk.core.store import Desk

    scales = available_scales()
    if len(scales) < 2:
        pytest.skip("only one rating scale is shipped")
    desk = Desk.open(tmp_path / "desk.sqlite")
    try:
        current = desk.rating_scale().id
        target = next(s.id for s in scales if s.id != current)
        dialog = SettingsDialog(settings, desk)
        qtbot.addWidget(dialog)
        dialog.name_edit.setText("Mira Sandor")
        dialog.scale_combo.setCurrentIndex(dialog.scale_combo.findData(target))
        with qtbot.waitSignal(dialog.scale_changed) as blocker:
            dialog.accept()
        assert blocker.args == [target]
        assert desk.rating_scale().id == target
        assert any(h.by == "Mira Sandor" for h in desk.history(limit=50))
    finally:
        desk.close()
