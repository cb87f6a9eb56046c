"""`factdesk --screenshot`: a PNG of the right size, even without QT_QPA_PLATFORM set."""

from __future__ import annotations

import os
import subprocess
import sys

from PySide6.QtGui import QImage

from factdesk.gui.startup import SCREENSHOT_SIZE


def test_screenshot_writes_a_png_of_the_window(desk, desk_path, tmp_path):
    desk.close()  # the subprocess opens the same file
    out = tmp_path / "shot.png"
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    env["FACTDESK_SETTINGS_FILE"] = str(tmp_path / "settings.ini")
    done = subprocess.run([sys.executable, "-m", "factdesk", "--screenshot", str(out), "--db", str(desk_path)],
                          env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    image = QImage(str(out))
    assert (image.width(), image.height()) == SCREENSHOT_SIZE
    assert image.pixelColor(10, 10).isValid()


def test_exit_after_show_reports_start_up_time(desk, desk_path, tmp_path):
    desk.close()
    env = dict(os.environ, FACTDESK_EXIT_AFTER_SHOW="1", FACTDESK_SETTINGS_FILE=str(tmp_path / "s.ini"))
    done = subprocess.run([sys.executable, "-m", "factdesk", "--db", str(desk_path)],
                          env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("shown after ")


def test_first_start_on_an_empty_desk_adds_no_sample_articles(tmp_path):
    from factdesk.core.store import Desk
    path = tmp_path / "new.sqlite"
    env = dict(os.environ, FACTDESK_EXIT_AFTER_SHOW="1", FACTDESK_SETTINGS_FILE=str(tmp_path / "s.ini"))
    done = subprocess.run([sys.executable, "-m", "factdesk", "--db", str(path)], env=env,
                          capture_output=True, text=True, timeout=180)
    assert done.returncode == 0, done.stderr
    with Desk.open(path) as desk:
        assert desk.count_articles() == 0


def test_demo_screenshot_uses_a_temporary_desk(tmp_path):
    out = tmp_path / "demo.png"
    env = dict(os.environ, FACTDESK_SETTINGS_FILE=str(tmp_path / "s.ini"), FACTDESK_DB=str(tmp_path / "no.sqlite"))
    done = subprocess.run([sys.executable, "-m", "factdesk", "--demo", "--screenshot", str(out)], env=env,
                          capture_output=True, text=True, timeout=180)
    assert done.returncode == 0, done.stderr
    assert QImage(str(out)).width() == SCREENSHOT_SIZE[0]
    assert not (tmp_path / "no.sqlite").exists()


def test_quitting_waits_for_a_running_import(window, tmp_path, monkeypatch):
    """Quit right after the start (samples still importing): no worker thread may outlive the app."""
    import time

    from PySide6.QtCore import QThreadPool

    from factdesk.gui.startup import finish_background_work
    from factdesk.core import detector
    from factdesk.gui.import_actions import Importer
    from tests import fake_detector

    def slow(texts, lang="auto", n_process=1):
        for text in texts:
            time.sleep(0.3)
            yield fake_detector.detect(text, lang)

    previous = detector.use(detector.Detector(fake_detector.detect, slow))
    try:
        monkeypatch.setattr(Importer, "_progress_dialog", lambda self, job, n: None)
        files = []
        for i in range(4):
            files.append(tmp_path / f"a{i}.txt")
            files[-1].write_text(f"Artikel {i}: Es kamen 30{i} Menschen.", encoding="utf-8")
        window.importer.import_paths(files)
        assert window.importer.job is not None
        assert finish_background_work(window, timeout_ms=30_000)
        assert QThreadPool.globalInstance().activeThreadCount() == 0
    finally:
        detector.use(previous)
