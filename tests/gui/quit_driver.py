"""Run by test_quit.py in a subprocess: open the main window, work in it, quit — `rounds` times.

Each round opens a window on the desk, steps through the claims (J), sets and
clears verdicts (1, 0), undoes and redoes, opens the review queue, then
closes the window and lets Qt delete it. The process then quits the
application and exits normally; a binding that corrupts reference counts
(PySide6 6.12.0: "Fatal Python error: bool_dealloc") aborts instead.
"""

from __future__ import annotations

import os
import sys
import tempfile


def main(desk_path: str, rounds: int) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("FACTDESK_OWN_ICONS", "1")
    os.environ.setdefault("FACTDESK_SETTINGS_FILE", os.path.join(tempfile.mkdtemp(), "settings.ini"))
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from factdesk.core.store import Desk
    from factdesk.gui.app import load_settings
    from factdesk.gui.main_window import MainWindow

    app = QApplication(sys.argv[:1])
    settings = load_settings()
    settings.set_user_name("Lena")
    settings.set_role("lead")
    desk = Desk.open(desk_path)
    for _ in range(rounds):
        window = MainWindow(desk, settings)
        window.show()
        window.select_first_article()
        for step in range(6):
            window.menu_actions["next"].trigger()
            window.menu_actions[f"verdict_{1 + step % 3}"].trigger()
            window.menu_actions["clear_verdict"].trigger()
            window.menu_actions["undo"].trigger()
            window.menu_actions["redo"].trigger()
            app.processEvents()
        window.menu_actions["review_queue"].trigger()
        app.processEvents()
        window.close()
        window.deleteLater()
        app.processEvents()
    QTimer.singleShot(0, app.quit)
    code = app.exec()
    desk.close()
    return code


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], int(sys.argv[2])))
