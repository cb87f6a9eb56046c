"""kill -9 during `factdesk import` never corrupts the desk; two imports at once never duplicate an article."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time

import pytest

CITIES = ["Nordstadt", "Altdorf", "Seehafen", "Bergheim", "Talburg", "Westfeld", "Ostmark", "Südhain"]


def _article(i: int) -> str:
    """A short invented news text with numbers the detector turns into claims."""
    city = CITIES[i % len(CITIES)]
    return (f"{city} (dpa) - Am Sonntag demonstrierten in {city} nach Angaben der Polizei rund {1000 + i} "
            f"Menschen gegen die Schließung des Krankenhauses. Die Behörden nahmen {i % 40 + 2} Personen fest. "
            f"Bei der Kommunalwahl im Frühjahr hatte die Bürgerliste {20 + i % 50},{i % 10} Prozent der "
            f"Stimmen erhalten. Der Bürgermeister sagte: „Wir werden das Haus nicht aufgeben.“ "
            f"Die Sanierung würde nach Schätzung der Stadt {i + 3} Millionen Euro kosten.\n")


def _count(path) -> int:
    try:
        con = sqlite3.connect(path, timeout=5)
        try:
            return con.execute("SELECT count(*) FROM articles").fetchone()[0]
        finally:
            con.close()
    except sqlite3.DatabaseError:
        return 0


def _import(desk, folder, **kw):
    return subprocess.Popen([sys.executable, "-m", "factdesk", "import", "--db", str(desk), "--lang", "de",
                             "--by", "test", str(folder)], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            start_new_session=True, **kw)


def test_kill_9_mid_import(tmp_path):
    pytest.importorskip("spacy")
    folder = tmp_path / "in"
    folder.mkdir()
    n = 150  # the first article is written as soon as the workers deliver; the kill lands long before the last
    for i in range(n):
        (folder / f"{i:03d}.txt").write_text(_article(i), encoding="utf-8")
    desk = tmp_path / "desk.sqlite"
    proc = _import(desk, folder)
    deadline = time.monotonic() + 120
    while _count(desk) == 0 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    if proc.poll() is not None:
        pytest.fail(f"import ended before it could be killed: {proc.stderr.read().decode()[-300:]}")
    os.killpg(proc.pid, signal.SIGKILL)  # the import and its detector workers
    proc.wait()
    partial = _count(desk)
    assert 0 < partial < n
    con = sqlite3.connect(desk)
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    # raises sqlite3.DatabaseError (SQLITE_CORRUPT_VTAB) when the index disagrees with the articles
    con.execute("INSERT INTO articles_fts(articles_fts) VALUES ('integrity-check')")
    con.close()
    again = _import(desk, folder)
    out, err = again.communicate(timeout=300)
    assert again.returncode == 0, err.decode()
    assert f"{partial} already on the desk" in out.decode()
    con = sqlite3.connect(desk)
    assert con.execute("SELECT count(*), count(DISTINCT content_hash) FROM articles").fetchone() == (n, n)
    # every article came with its claims: none was written without them
    assert con.execute("SELECT count(*) FROM articles a WHERE NOT EXISTS "
                       "(SELECT 1 FROM claims c WHERE c.article_id = a.id)").fetchone()[0] == 0
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_two_imports_of_one_folder_at_once(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(60):
        (folder / f"{i:03d}.txt").write_text(_article(i), encoding="utf-8")
    desk = tmp_path / "desk.sqlite"
    procs = [_import(desk, folder) for _ in range(2)]
    results = [p.communicate(timeout=300) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], [err.decode() for _, err in results]
    con = sqlite3.connect(desk)
    assert con.execute("SELECT count(*), count(DISTINCT content_hash) FROM articles").fetchone() == (60, 60)
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
