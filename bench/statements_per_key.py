"""SQL statements one keypress costs in the app, counted with SQLite's statement trace.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/statements_per_key.py

Opens the main window on a fresh desk holding the bundled German sample
article (real detector), selects its first claim and presses, in turn: a
verdict key (1), J, K, 0 (clear the verdict), Ctrl+Enter after 1 (ready for
review) and Ctrl+Z (undo). Prints the number of statements each key ran
(statements SQLite runs inside triggers are not counted) and, with -v, the
statements themselves. The test tests/gui/test_statements_per_key.py holds
the verdict key to <= 8 and J to <= 3.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("FACTDESK_OWN_ICONS", "1")
REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))


def main(argv: list[str] | None = None) -> int:
    """Print statements per key."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-v", "--verbose", action="store_true", help="print the statements too")
    args = ap.parse_args(argv)
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from factdesk.core.ops import import_paths
    from factdesk.core.store import Desk
    from factdesk.gui.main_window import MainWindow
    from factdesk.gui.sample import sample_article_path

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory(prefix="factdesk-keys-") as tmp:
        os.environ["FACTDESK_SETTINGS_FILE"] = str(Path(tmp) / "settings.ini")
        desk = Desk.open(Path(tmp) / "desk.sqlite")
        import_paths(desk, [sample_article_path("de")], by="bench")
        window = MainWindow(desk)
        window.settings.set_user_name("bench")
        window.show()
        window.select_first_article()
        app.processEvents()
        keys = [("1 (verdict)", Qt.Key.Key_1, Qt.KeyboardModifier.NoModifier),
                ("J (next claim)", Qt.Key.Key_J, Qt.KeyboardModifier.NoModifier),
                ("K (previous claim)", Qt.Key.Key_K, Qt.KeyboardModifier.NoModifier),
                ("0 (clear verdict)", Qt.Key.Key_0, Qt.KeyboardModifier.NoModifier),
                ("1 again", Qt.Key.Key_1, Qt.KeyboardModifier.NoModifier),
                ("Ctrl+Enter (ready for review)", Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier),
                ("Ctrl+Z (undo)", Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)]
        for label, key, modifiers in keys:
            statements: list[str] = []
            desk.db.conn.set_trace_callback(
                lambda sql, seen=statements: None if sql.startswith("--") else seen.append(sql))
            QTest.keyClick(window.reader.view, key, modifiers)
            app.processEvents()
            desk.db.conn.set_trace_callback(None)
            print(f"{label:<32} {len(statements):3d} statements")
            if args.verbose:
                for sql in statements:
                    print("    " + " ".join(sql.split())[:160])
        window.close()
        desk.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
