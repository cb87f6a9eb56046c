"""Getting articles in from the window: File → Open, drop, paste, cancel, bad input."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from factdesk.gui.app import Ask
from factdesk.gui.import_actions import MAX_PASTE_CHARS, Importer
from tests.gui.conftest import ARTICLE


def _write(folder, n):
    """n different files holding ARTICLE; told apart by letters, as digits would be claims."""
    folder.mkdir(exist_ok=True)
    paths = []
    for i in range(n):
        p = folder / f"artikel_{i:02d}.txt"
        mark = "".join(chr(97 + int(d)) for d in str(i))
        p.write_text(f"Meldung {mark}\n\n{ARTICLE}\n\nNachtrag {mark}.", encoding="utf-8")
        paths.append(p)
    return paths


def _errors(monkeypatch):
    messages = []
    monkeypatch.setattr(Ask, "error", classmethod(lambda cls, parent, title, msg: messages.append(msg)))
    monkeypatch.setattr(Ask, "info", classmethod(lambda cls, parent, title, msg: messages.append(msg)))
    return messages


def test_file_open_imports_in_the_background_and_shows_the_article(window, qtbot, tmp_path, monkeypatch):
    paths = _write(tmp_path / "in", 2)
    monkeypatch.setattr(Importer, "ask_files", classmethod(lambda cls, parent: [str(p) for p in paths]))
    with qtbot.waitSignal(window.importer.imported, timeout=30_000) as blocker:
        window.menu_actions["open"].trigger()
    assert len(blocker.args[0]) == 2
    assert window.library.rowCount() == 3
    assert window.article.id == blocker.args[0][-1] == window.library.article_id(0)  # newest, on top
    assert len(window.reader.view.highlight_formats()) == 5


def test_dropping_a_folder_imports_its_articles(window, qtbot, tmp_path):
    folder = tmp_path / "drop"
    _write(folder, 3)
    (folder / "notes.bin").write_bytes(b"\x00\x01")  # not an article: skipped
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(folder))])
    event = QDropEvent(QPointF(50, 50), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    with qtbot.waitSignal(window.importer.imported, timeout=30_000):
        window.dropEvent(event)
    assert window.desk.count_articles() == 4


def test_cancelling_a_bulk_import_leaves_the_desk_consistent(window, qtbot, tmp_path):
    paths = _write(tmp_path / "bulk", 40)
    window.importer.import_paths(paths)
    job = window.importer.job
    assert job is not None
    with qtbot.waitSignal(job.finished, timeout=60_000) as blocker:
        job.cancel()
    report = blocker.args[0]
    assert report.cancelled
    assert window.desk.count_articles() == 1 + len(report.imported) < 41
    for _path, article_id in report.imported:  # every stored article has all its claims
        assert len(window.desk.claims_for_article(article_id)) == 5
    qtbot.waitUntil(lambda: window.importer.job is None)


def test_unreadable_file_gets_a_message_and_changes_nothing(window, qtbot, tmp_path, monkeypatch):
    messages = _errors(monkeypatch)
    bad = tmp_path / "kaputt.txt"
    bad.write_bytes(b"\x00\xff\xfe" * 1000)
    with qtbot.waitSignal(window.importer.imported, timeout=30_000):
        window.importer.import_paths([bad])
    assert messages and window.desk.count_articles() == 1


def test_paste_as_new_article(window, qtbot, monkeypatch):
    from factdesk.gui import import_dialog
    text = "Eingefügt\n\nDie Partei erhielt 80,1 Prozent der Stimmen."
    monkeypatch.setattr(import_dialog.PasteDialog, "ask", classmethod(lambda cls, parent=None, text=None:
                                                                      (text_, "Eingefügt", "de")))
    text_ = text
    with qtbot.waitSignal(window.importer.imported, timeout=30_000):
        window.menu_actions["paste"].trigger()
    assert window.desk.count_articles() == 2
    assert window.article.title == "Eingefügt"
    assert [c.type for c in window.claims.claims()] == ["vote_share"]


def test_a_paste_is_imported_on_a_connection_of_its_own(window, qtbot, monkeypatch):
    """The import runs on a worker thread; the window's desk connection must not carry its transaction."""
    from factdesk.core import ops

    used = []
    real = ops.import_text
    monkeypatch.setattr(ops, "import_text", lambda desk, *a, **kw: used.append(desk) or real(desk, *a, **kw))
    with qtbot.waitSignal(window.importer.imported, timeout=30_000):
        window.importer.import_text("Neu\n\nDie Partei erhielt 80,1 Prozent der Stimmen.", lang="de")
    assert len(used) == 1 and used[0] is not window.desk
    assert window.desk.count_articles() == 2  # and the window sees what it committed


def test_huge_or_empty_paste_is_refused(window, monkeypatch):
    messages = _errors(monkeypatch)
    window.importer.import_text("x" * (MAX_PASTE_CHARS + 1))
    window.importer.import_text("   \n ")
    assert len(messages) == 2 and window.desk.count_articles() == 1


def test_file_errors_name_each_file_once(window, qtbot, tmp_path, monkeypatch):
    messages = _errors(monkeypatch)
    folder = tmp_path / "messy"
    paths = _write(folder, 1)
    binary = folder / "binary.txt"
    binary.write_bytes(b"\x00\x01\x02\xff" * 100)
    with qtbot.waitSignal(window.importer.imported, timeout=30_000):
        window.importer.import_paths(paths + [binary])
    assert len(messages) == 1
    assert "binary.txt" in messages[0] and str(binary) not in messages[0]
    assert messages[0].count("binary.txt") == 1


def test_unexpected_import_error_is_one_sentence_with_details(window, qtbot, tmp_path, monkeypatch):
    from factdesk.core.ops import imports
    failures = []
    monkeypatch.setattr(Ask, "failure", classmethod(
        lambda cls, parent, title, msg, details=None: failures.append((msg, details))))
    _errors(monkeypatch)

    def broken(*args, **kwargs):
        raise KeyError("span_start")
    monkeypatch.setattr(imports, "import_paths", broken)
    with qtbot.waitSignal(window.importer.imported, timeout=30_000):
        window.importer.import_paths(_write(tmp_path / "in", 1))
    (message, details), = failures
    assert message.startswith("Import failed: ") and "\n" not in message and "Traceback" not in message
    assert "Traceback" in details and "span_start" in details


def test_replaced_bytes_are_said_after_the_import(window, qtbot, tmp_path, monkeypatch):
    """One bad byte: the article is imported as UTF-8 with the byte replaced, and the app says so."""
    messages = _errors(monkeypatch)
    folder = tmp_path / "bytes"
    folder.mkdir()
    broken = folder / "kaputt.txt"
    raw = f"Meldung z\n\n{ARTICLE}".encode()
    broken.write_bytes(raw.replace("bestätigen".encode(), b"best\xe4tigen", 1))  # one Latin-1 byte
    with qtbot.waitSignal(window.importer.imported, timeout=30_000) as blocker:
        window.importer.import_paths([broken])
    assert len(blocker.args[0]) == 1
    (message,) = messages
    assert "kaputt.txt" in message and "replaced" in message
    assert "„Wir geben nicht auf“" in window.desk.get_article(blocker.args[0][0]).text  # the rest is UTF-8


def test_an_import_stopped_by_a_full_disk_says_what_is_on_the_desk(window, qtbot, tmp_path, monkeypatch):
    from factdesk.core.ops import imports
    messages = _errors(monkeypatch)
    paths = _write(tmp_path / "in", 2)
    real = imports.import_paths

    def full_after_the_first(desk, files, *args, **kwargs):
        report = real(desk, files[:1], *args, **kwargs)
        report.stopped = "the disk is full"
        return report
    monkeypatch.setattr(imports, "import_paths", full_after_the_first)
    with qtbot.waitSignal(window.importer.imported, timeout=30_000) as blocker:
        window.importer.import_paths(paths)
    assert len(blocker.args[0]) == 1
    (message,) = messages
    assert "the disk is full" in message and "1 article" in message
