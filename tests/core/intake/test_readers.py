"""Reading each article format, folders, pasted text; refusing what is not an article."""

import docx
import pytest

from factdesk.core.errors import InputError
from factdesk.core.intake.document import content_hash
from factdesk.core.intake.readers import collect_paths, from_text, read_article

SENTENCE = "Die Behörden zählten am Sonntag mehr als 2000 Teilnehmer auf dem Marktplatz."


def _pdf(text: str | None) -> bytes:
    """A minimal one-page PDF, with `text` in its text layer (or none)."""
    stream = f"BT /F1 12 Tf 72 720 Td ({text}) Tj ET".encode("latin-1") if text else b""
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
            b"/Resources << /Font << /F1 5 0 R >> >> >>",
            b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for i, body in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return bytes(out)


@pytest.mark.parametrize("name, raw", [
    ("a.txt", SENTENCE.encode("cp1252")),
    ("a.md", ("\ufeff# Markt\r\n\r\n" + SENTENCE).encode("utf-8")),
    ("a.TXT", SENTENCE.encode("utf-8")),
])
def test_text_files(tmp_path, name, raw):
    (tmp_path / name).write_bytes(raw)
    doc = read_article(tmp_path / name)
    assert SENTENCE in doc.text and "\r" not in doc.text


def test_html_main_text_and_metadata_without_running_anything(tmp_path):
    page = (f"<html><head><title>Markt</title><meta name='author' content='Erika Muster'>"
            f"<meta property='og:url' content='https://example.org/markt'><meta name='date' content='2024-03-05'>"
            f"<script>document.write('injected')</script></head><body><nav>Startseite Impressum</nav>"
            f"<article><h1>Protest am Markt</h1><p>{SENTENCE} Die Veranstalter sprachen von deutlich mehr "
            f"Menschen als erwartet.</p><img src=x onerror=\"alert('x')\"></article></body></html>")
    (tmp_path / "markt.html").write_text(page, encoding="utf-8")
    doc = read_article(tmp_path / "markt.html")
    assert SENTENCE in doc.text and "injected" not in doc.text and "alert" not in doc.text
    assert (doc.author, doc.url, doc.published) == ("Erika Muster", "https://example.org/markt", "2024-03-05")


def test_docx(tmp_path):
    document = docx.Document()
    document.core_properties.title = "Markt"
    document.add_paragraph("Protest am Markt")
    document.add_paragraph(SENTENCE)
    document.save(tmp_path / "markt.docx")
    doc = read_article(tmp_path / "markt.docx")
    assert doc.text == f"Protest am Markt\n{SENTENCE}\n" and doc.title == "Markt"


def test_pdf_text_layer_and_pdf_without_text(tmp_path):
    (tmp_path / "a.pdf").write_bytes(_pdf("Mehr als 2000 Teilnehmer auf dem Marktplatz."))
    assert "2000 Teilnehmer" in read_article(tmp_path / "a.pdf").text
    (tmp_path / "scan.pdf").write_bytes(_pdf(None))
    with pytest.raises(InputError, match="no text layer"):
        read_article(tmp_path / "scan.pdf")


@pytest.mark.parametrize("name, raw, message", [
    ("photo.jpg", b"\xff\xd8\xff\xe0JFIF", "not an article"),
    ("photo.txt", b"\xff\xd8\xff\x00\x10JFIF\x00", "not a text file"),
    ("broken.docx", b"PK\x03\x04 not really a zip", "not a Word document"),
    ("broken.pdf", b"%PDF-1.4 garbage", "PDF"),
    ("empty.txt", b"  \n", "empty"),
    ("empty.html", b"<html><body><script>x()</script></body></html>", "no article text"),
])
def test_not_an_article(tmp_path, name, raw, message):
    (tmp_path / name).write_bytes(raw)
    with pytest.raises(InputError, match=message):
        read_article(tmp_path / name)


def test_oversized_file_is_refused(tmp_path):
    (tmp_path / "huge.txt").write_bytes(b"a" * (11 * 1024 * 1024))
    with pytest.raises(InputError, match="too large"):
        read_article(tmp_path / "huge.txt")


def test_folders_are_walked_recursively(tmp_path):
    for rel in ("a.txt", "sub/b.html", "sub/deeper/c.pdf", ".hidden/d.txt", "sub/notes.jpg"):
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text("x")
    files, errors = collect_paths([tmp_path, tmp_path / "missing"])
    assert [f.relative_to(tmp_path).as_posix() for f in files] == ["a.txt", "sub/b.html", "sub/deeper/c.pdf"]
    assert len(errors) == 1


def test_pasted_text_and_content_hash():
    doc = from_text(SENTENCE + "\r\n", title="Markt")
    assert doc.text == SENTENCE + "\n" and doc.title == "Markt"
    assert content_hash("  " + SENTENCE + "\n\n") == content_hash(SENTENCE)
    with pytest.raises(InputError, match="empty"):
        from_text(" \n ")
