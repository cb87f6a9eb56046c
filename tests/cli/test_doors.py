"""Point 8 of issue 13: wrong doors. A mistyped command is a usage error listing the commands; an existing
path still opens the app; no usable display is one line of FactDesk's own and exit 1, before Qt can abort."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from factdesk.cli import _first_command
from factdesk.cli import display
from tests.cli.test_desk_cli import run


@pytest.mark.parametrize("argv", [["rnak", "a.txt"], ["chekcs"], ["--db", "x.sqlite", "exprot"]])
def test_an_unknown_command_is_a_usage_error_listing_the_commands(argv, capsys, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    code, out, err = run(capsys, *argv)
    assert code == 2 and out == "" and len(err.splitlines()) == 1
    assert "is not a command" in err and "detect, rank, import" in err and "factdesk FILE" in err


def test_the_closest_command_is_suggested(capsys, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert "Did you mean 'rank'?" in run(capsys, "rnak")[2]


def test_an_existing_file_named_like_a_word_still_opens_the_app(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "notizen").write_text("Es kamen 3000 Menschen.", encoding="utf-8")
    assert _first_command(["notizen"]) is None  # the app, with the file
    assert _first_command(["--db", "d.sqlite", "artikel.txt"]) is None  # looks like a file: the app says if not found
    assert _first_command(["claims", "list"]) == "claims"


def _app(env_changes: dict[str, str | None], tmp_path) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env.update({k: v for k, v in env_changes.items() if v is not None})
    env["FACTDESK_SETTINGS_FILE"] = str(tmp_path / "s.ini")
    return subprocess.run([sys.executable, "-m", "factdesk", "--db", str(tmp_path / "d.sqlite")], env=env,
                          capture_output=True, text=True, timeout=120)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the display check is for Linux")
def test_no_display_is_one_line_and_exit_1(tmp_path):
    done = _app({}, tmp_path)
    assert done.returncode == 1 and done.stdout == ""
    assert done.stderr.count("\n") == 1 and done.stderr.startswith("factdesk: no display:")
    assert not (tmp_path / "d.sqlite").exists()


def test_missing_xcb_libraries_are_named_with_their_packages(monkeypatch):
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setattr(display, "missing_libraries", lambda files=None: ["libxcb-cursor.so.0", "libxcb-icccm.so.4"])
    line = display.problem({"DISPLAY": ":0"})
    assert line.startswith("cannot open a window:") and "\n" not in line
    assert "libxcb-cursor.so.0, libxcb-icccm.so.4" in line and "apt install libxcb-cursor0 libxcb-icccm4" in line
    assert display.problem({"DISPLAY": ":0", "QT_QPA_PLATFORM": "offscreen"}) is None
    assert display.problem({"WAYLAND_DISPLAY": "wayland-0"}) is None


def test_an_x_display_that_does_not_answer_is_said(monkeypatch):
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setattr(display, "missing_libraries", lambda files=None: [])
    monkeypatch.setattr(display, "_x_display_reachable", lambda: False)
    assert "does not answer" in display.problem({"DISPLAY": ":7"})


@pytest.mark.parametrize("soname, package", [
    ("libxcb-cursor.so.0", "libxcb-cursor0"), ("libxcb-icccm.so.4", "libxcb-icccm4"),
    ("libxkbcommon-x11.so.0", "libxkbcommon-x11-0"), ("libEGL.so.1", "libegl1"), ("libdbus-1.so.3", "libdbus-1-3"),
])
def test_debian_package_names(soname, package):
    assert display.debian_package(soname) == package


def test_missing_libraries_reads_ldd(tmp_path):
    if not sys.platform.startswith("linux"):
        pytest.skip("ldd is Linux's")
    assert display.missing_libraries([tmp_path / "nothing.so"]) == [
        s for s in display.RUNTIME_LIBS if not _loadable(s)]


def _loadable(soname: str) -> bool:
    import ctypes
    try:
        ctypes.CDLL(soname)
        return True
    except OSError:
        return False
