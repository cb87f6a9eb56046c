"""Point 9 of issue 13: quitting never crashes. The window is opened, worked in and quit 20 times in a
subprocess, so an abort ("Fatal Python error: bool_dealloc", exit 134) is seen as a failure."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROUNDS = 20


def test_opening_and_quitting_the_window_twenty_times_never_crashes(desk, desk_path, tmp_path):
    desk.close()  # the subprocess opens the same desk file
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", FACTDESK_SETTINGS_FILE=str(tmp_path / "s.ini"))
    driver = Path(__file__).with_name("quit_driver.py")
    done = subprocess.run([sys.executable, str(driver), str(desk_path), str(ROUNDS)], env=env,
                          capture_output=True, text=True, timeout=600, cwd=str(Path(__file__).parents[2]))
    assert "Fatal Python error" not in done.stderr, done.stderr[-2000:]
    assert done.returncode == 0, (done.returncode, done.stderr[-2000:])
