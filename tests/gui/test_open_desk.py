"""Start-up on a desk that cannot be opened: a calm dialog, never a silent exit."""

from __future__ import annotations

import os
import subprocess
import sys

from PySide6.QtWidgets import QMessageBox

from factdesk.core.store import Desk
from factdesk.gui import open_desk as od


def test_unreadable_desk_asks_and_opens_the_chosen_one(qtbot, tmp_path, monkeypatch):
    bad = tmp_path / "bad.sqlite"
    bad.write_text("this is not a database, just text " * 20)
    good = tmp_path / "good.sqlite"
    asked = []
    monkeypatch.setattr(od.DeskProblem, "ask", classmethod(lambda cls, parent, path, msg: asked.append(
        (path, msg)) or od.CHOOSE))
    monkeypatch.setattr(od.DeskProblem, "choose_file", classmethod(lambda cls, parent, start: good))
    desk, path = od.open_desk(Desk.open, bad)
    try:
        assert path == good and desk is not None
        assert asked and asked[0][0] == bad and "not a FactDesk desk" in asked[0][1]
    finally:
        desk.close()


def test_quit_returns_no_desk(qtbot, tmp_path, monkeypatch):
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(b"SQLite format 3\x00" + b"\x00" * 50)  # truncated
    monkeypatch.setattr(od.DeskProblem, "ask", classmethod(lambda cls, parent, path, msg: od.QUIT))
    assert od.open_desk(Desk.open, bad) == (None, None)


def test_the_dialog_says_what_is_wrong_and_offers_the_ways_out(qtbot, tmp_path):
    box = od.DeskProblem.build(None, tmp_path / "bad.sqlite",
                               f"{tmp_path / 'bad.sqlite'}: not a FactDesk desk (file is not a database)")
    qtbot.addWidget(box)
    assert box.text().count("bad.sqlite") == 1 and str(tmp_path) not in box.text()
    assert "not a FactDesk desk" in box.text()
    labels = {b.text(): box.buttonRole(b) for b in box.buttons()}
    assert labels["Choose another desk…"] == QMessageBox.ButtonRole.AcceptRole
    assert labels["Create a new desk…"] == QMessageBox.ButtonRole.ActionRole
    assert labels["Quit"] == QMessageBox.ButtonRole.RejectRole


def test_offscreen_start_keeps_the_one_line_error(tmp_path):
    bad = tmp_path / "bad.sqlite"
    bad.write_text("not a database " * 20)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", FACTDESK_SETTINGS_FILE=str(tmp_path / "s.ini"))
    done = subprocess.run([sys.executable, "-m", "factdesk", "--db", str(bad)], env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 1
    assert done.stderr.count("\n") == 1 and "not a FactDesk desk" in done.stderr
