"""One bad file never aborts a folder import; unreadable folders, broken bytes and a full disk are said.

Each test builds the hostile input the way an unlucky user meets it (a PDF
with a broken stream, a .docx that unpacks to far more than it weighs, a file
name that is not UTF-8, a subfolder one may not open, one bad byte in an
otherwise UTF-8 article, a disk that fills up half-way) and runs the real
command line in-process.
"""

from __future__ import annotations

import os
import zipfile
import zlib
from pathlib import Path

import pytest

from factdesk.cli import main as cli_main
from factdesk.core.intake import docx_text
from factdesk.core.ops import imports

GOOD = "Meldung {i}: Die Partei erhielt {v},5 Prozent der Stimmen.\n"  # {i}: a letter, no number


def run(capsys, *argv):
    try:
        code = cli_main([str(a) for a in argv])
    except SystemExit as exc:
        code = exc.code
    out, err = capsys.readouterr()
    return code, out, err


def _pdf(stream: bytes, filters: bytes) -> bytes:
    """A well-formed PDF (correct cross-reference table) whose one content stream is `stream`."""
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
            b"/Resources << /Font << /F1 5 0 R >> >> >>",
            b"<< /Length %d %s >>\nstream\n" % (len(stream), filters) + stream + b"\nendstream",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out, offsets = b"%PDF-1.4\n", []
    for i, body in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    return out + b"trailer << /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)


def _docx_bomb(path: Path, megabytes: int) -> None:
    """A .docx whose document part is `megabytes` MB of spaces: a few KB on disk."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/'
                    'package/2006/content-types"/>')
        with zf.open("word/document.xml", "w", force_zip64=True) as fh:
            fh.write(b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">')
            for _ in range(megabytes):
                fh.write(b" " * (1 << 20))
            fh.write(b"</w:document>")


@pytest.fixture
def folder(tmp_path):
    f = tmp_path / "eingang"
    f.mkdir()
    for i in range(6):
        (f / f"good{i}.txt").write_text(GOOD.format(i=chr(65 + i), v=40 + i), encoding="utf-8")
    return f


def test_a_bad_pdf_stream_fails_alone(folder, desk_path, capsys):
    stream = zlib.compress(b"BT /F1 12 Tf 72 712 Td (Die Partei erhielt 41 Prozent) Tj ET")
    (folder / "kaputt.pdf").write_bytes(_pdf(stream, b"/Filter /FlaeDecode"))  # a damaged filter name
    code, out, err = run(capsys, "import", folder, "--db", desk_path, "--by", "anna")
    assert (code, out) == (1, "imported 6, failed 1 (6 claims)\n")
    assert err.count("\n") == 1 and "kaputt.pdf: not a readable PDF" in err


def test_a_docx_that_unpacks_to_far_more_is_refused_before_it_is_unpacked(folder, desk_path, capsys, monkeypatch):
    monkeypatch.setattr(docx_text, "MAX_UNPACKED", 8 << 20)
    _docx_bomb(folder / "bombe.docx", 16)
    code, out, err = run(capsys, "import", folder, "--db", desk_path, "--by", "anna")
    assert (code, out) == (1, "imported 6, failed 1 (6 claims)\n")
    assert "bombe.docx: the Word document would unpack to 16 MB" in err


def test_a_docx_part_compressed_suspiciously_well_is_refused(tmp_path):
    from factdesk.core.errors import InputError

    path = tmp_path / "bombe.docx"
    _docx_bomb(path, 4)
    with pytest.raises(InputError, match="compressed suspiciously well"):
        docx_text.read_docx(path.read_bytes(), "bombe.docx")


def test_a_parser_that_fails_unexpectedly_fails_one_file(folder, desk_path, capsys, monkeypatch):
    """Whatever a reader raises for one file (here: an lxml error that cannot cross a process) stays with it."""
    from factdesk.core.detector import pool as detect_pool

    real = detect_pool.read_article

    def reader(path):
        if str(path).endswith("good3.txt"):
            raise RuntimeError("parser exploded")
        return real(path)

    monkeypatch.setattr(detect_pool, "read_article", reader)
    code, out, err = run(capsys, "import", folder, "--db", desk_path, "--by", "anna")
    assert (code, out) == (1, "imported 5, failed 1 (5 claims)\n")
    assert "good3.txt: cannot be read as an article (RuntimeError: parser exploded)" in err


def test_a_file_name_that_is_not_utf8_is_said_in_one_line_and_skipped(folder, desk_path, capsys):
    try:
        with open(os.fsencode(folder) + b"/schlecht\xff name.txt", "wb") as fh:
            fh.write(b"Es kamen 3000 Menschen.\n")
    except OSError:
        pytest.skip("this file system refuses names that are not UTF-8")
    code, out, err = run(capsys, "import", folder, "--db", desk_path, "--by", "anna")
    assert (code, out) == (1, "imported 6, failed 1 (6 claims)\n")
    assert err.count("\n") == 1 and "schlecht\ufffd name.txt: the file name is not valid UTF-8" in err


def test_every_input_bad_is_exit_2(tmp_path, desk_path, capsys):
    (tmp_path / "logo.txt").write_bytes(b"\x89PNG\x00\x00\x00")
    code, out, _ = run(capsys, "import", tmp_path / "logo.txt", "--db", desk_path, "--by", "anna")
    assert (code, out) == (2, "imported 0, failed 1 (0 claims)\n")


def _unreadable(monkeypatch, folder: Path) -> None:
    """Make `folder` unreadable to this process (root may read anything, so os.scandir is told)."""
    real = os.scandir

    def scandir(path="."):
        if Path(os.fsdecode(path)) == folder:
            raise PermissionError(13, "Permission denied", str(folder))
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)


def test_an_unreadable_subfolder_is_said(folder, desk_path, capsys, monkeypatch):
    secret = folder / "gesperrt"
    secret.mkdir()
    (secret / "x.txt").write_text(GOOD.format(i="Z", v=9), encoding="utf-8")
    _unreadable(monkeypatch, secret)
    code, out, err = run(capsys, "import", folder, "--db", desk_path, "--by", "anna")
    assert (code, out) == (1, "imported 6, failed 1 (6 claims)\n")
    assert "gesperrt: folder cannot be read (permission denied)" in err


def test_detect_says_which_folder_it_could_not_read(tmp_path, capsys, monkeypatch):
    folder = tmp_path / "eingang"
    (folder / "gesperrt").mkdir(parents=True)
    _unreadable(monkeypatch, folder / "gesperrt")
    code, out, err = run(capsys, "detect", folder)
    assert code == 2 and "gesperrt: folder cannot be read (permission denied)" in err
    assert "holds no" not in err


def test_one_bad_byte_is_replaced_and_said(tmp_path, desk_path, capsys):
    text = "Die Behörden müssen bestätigen, dass über 3000 Menschen kamen.\n".encode("utf-8")
    (tmp_path / "a.txt").write_bytes(text.replace("über".encode(), b"\xfcber"))
    code, out, err = run(capsys, "import", tmp_path / "a.txt", "--db", desk_path, "--by", "anna")
    assert code == 0 and out.startswith("imported 1 article")
    assert "a.txt: 1 character was not valid UTF-8 and was replaced with \ufffd" in err
    code, out, _ = run(capsys, "articles", "list", "--db", desk_path)
    assert "Die Behörden müssen bestätigen" in out and "√" not in out


def test_utf16_with_a_mark_is_imported(tmp_path, desk_path, capsys):
    (tmp_path / "a.txt").write_bytes("Die Behörden zählten 3000 Menschen.\r\n".encode("utf-16"))
    code, out, err = run(capsys, "import", tmp_path / "a.txt", "--db", desk_path, "--by", "anna")
    assert (code, err) == (0, "") and out.startswith("imported 1 article")


def test_a_full_disk_mid_import_reports_the_batches_already_written(tmp_path, desk_path, capsys, monkeypatch):
    """SQLite's page limit makes the desk full after the first batches, as a full disk would."""
    from factdesk.core.store import Desk

    folder = tmp_path / "viele"
    folder.mkdir()
    for i in range(60):
        (folder / f"m{i:02}.txt").write_text(GOOD.format(i=chr(65 + i), v=i) + "Text " * 400, encoding="utf-8")
    monkeypatch.setattr(imports, "BATCH_ARTICLES", 10)
    real_open = Desk.open

    def cramped(path):
        desk = real_open(path)
        pages = desk.db.execute("PRAGMA page_count").fetchone()[0]
        desk.db.execute(f"PRAGMA max_page_count = {pages + 40}")
        return desk

    monkeypatch.setattr(Desk, "open", staticmethod(cramped))
    code, out, err = run(capsys, "import", folder, "--db", desk_path, "--by", "anna")
    written = int(out.split()[1].rstrip(","))
    assert code == 1 and 0 < written < 60 and written % 10 == 0
    assert "the import stopped" in err and "disk is full" in err
    assert "stopped before the end" in out
    with real_open(desk_path) as desk:
        assert desk.count_articles() == written


def test_a_full_disk_on_bundle_export_is_one_line_and_leaves_nothing(tmp_path, desk_path, capsys, monkeypatch):
    import errno

    (tmp_path / "a.txt").write_text(GOOD.format(i="A", v=41), encoding="utf-8")
    assert run(capsys, "import", tmp_path / "a.txt", "--db", desk_path, "--by", "anna")[0] == 0
    out_dir = tmp_path / "stick"
    out_dir.mkdir()
    written = []

    def writestr(self, name, data, *args, **kwargs):  # the stick fills up after the manifest
        written.append(name)
        if len(written) > 1:
            raise OSError(errno.ENOSPC, "No space left on device")
        return real(self, name, data, *args, **kwargs)

    real = zipfile.ZipFile.writestr
    monkeypatch.setattr(zipfile.ZipFile, "writestr", writestr)
    code, out, err = run(capsys, "bundle", "export", "-o", out_dir / "b.fdbundle", "--by", "anna",
                         "--db", desk_path)
    assert code == 1 and err.count("\n") == 1
    assert "the bundle could not be written (the disk is full" in err and "internal error" not in err
    assert list(out_dir.iterdir()) == []
