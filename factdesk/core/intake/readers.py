"""Reading article files and folders into IntakeDocuments.

`.txt` and `.md` are decoded as claims.md defines; `.html`/`.htm`, `.docx`
and `.pdf` go through their extractors. Wire-copy metadata fills what the
file format did not. Folders are walked recursively (hidden entries skipped).
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Iterable

from factdesk.core.errors import InputError
from factdesk.core.intake.decode import decode, normalize_newlines, read_bytes
from factdesk.core.intake.document import IntakeDocument
from factdesk.core.intake.wire import wire_metadata
from factdesk.core.printable import one_line

TEXT_SUFFIXES = {".txt", ".md", ".text", ""}
_UNDECODABLE = re.compile("[\udc80-\udcff]")
ARTICLE_SUFFIXES = {".txt", ".md", ".html", ".htm", ".docx", ".pdf"}


def read_article(path: Path | str) -> IntakeDocument:
    """Read one article file; InputError with a clear one-line message when it is not one."""
    p = Path(path)
    suffix = p.suffix.lower()
    name = str(p)
    if _UNDECODABLE.search(name):  # os.fsdecode keeps bytes that are not UTF-8 as lone surrogates
        raise InputError(f"{one_line(name)}: the file name is not valid UTF-8; rename the file to import it")
    raw = read_bytes(p)
    if suffix in (".html", ".htm"):
        from factdesk.core.intake.html_text import read_html
        doc = read_html(raw, name)
    elif suffix == ".docx":
        from factdesk.core.intake.docx_text import read_docx
        doc = read_docx(raw, name)
    elif suffix == ".pdf":
        from factdesk.core.intake.pdf_text import read_pdf
        doc = read_pdf(raw, name)
    elif suffix in TEXT_SUFFIXES:
        decoded = decode(raw, name)
        doc = IntakeDocument(text=decoded.text, notes=[decoded.note] if decoded.note else [])
    else:
        raise InputError(f"{name}: not an article (FactDesk reads .txt, .md, .html, .docx and .pdf)")
    if not doc.text.strip():
        raise InputError(f"{name}: the file is empty")
    doc.source_path = str(p.resolve())
    return _with_wire_metadata(doc)


def from_text(text: str, **meta) -> IntakeDocument:
    """An article from pasted text (newlines normalized) plus any metadata given."""
    clean = normalize_newlines(text)
    if not clean.strip():
        raise InputError("the pasted text is empty", "empty_text")
    known = {k: v for k, v in meta.items() if k in IntakeDocument.__slots__ and k not in ("text", "extra", "notes")}
    return _with_wire_metadata(IntakeDocument(text=clean, **known))


def _with_wire_metadata(doc: IntakeDocument) -> IntakeDocument:
    """Fill outlet, place and published from wire copy, and a title, where still empty."""
    for key, value in wire_metadata(doc.text).items():
        if getattr(doc, key) is None:
            setattr(doc, key, value)
    if doc.title is None:
        doc.title = guess_title(doc.text)
    return doc


def guess_title(text: str) -> str | None:
    """The first line that is not a "date" header, cut to 120 characters, as a stand-in title."""
    for line in text.split("\n"):
        line = line.strip()
        if not line or re.match(r"date\s+\d{4}", line, re.IGNORECASE):
            continue
        line = line.lstrip("#").strip() or line  # a Markdown heading
        return line if len(line) <= 120 else line[:119].rsplit(" ", 1)[0] + "…"
    return None


def collect_paths(paths: Iterable[Path | str],
                  suffixes: Iterable[str] = ARTICLE_SUFFIXES) -> tuple[list[Path], list[tuple[Path, InputError]]]:
    """Expand folders recursively into article files (sorted); errors for missing paths and for
    folders that cannot be read (a folder the user may not open is said, never silently skipped)."""
    files: list[Path] = []
    errors: list[tuple[Path, InputError]] = []
    wanted = set(suffixes)
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            found, unreadable = walk_folder(p, wanted)
            files.extend(found)
            errors.extend(unreadable)
        elif p.exists():
            files.append(p)
        else:
            errors.append((p, InputError(f"{p}: no such file or folder")))
    return files, errors


def walk_folder(folder: Path, suffixes: set[str]) -> tuple[list[Path], list[tuple[Path, InputError]]]:
    """The files with these suffixes under `folder` (hidden entries skipped), and the folders it could not read."""
    files: list[Path] = []
    errors: list[tuple[Path, InputError]] = []

    def refused(exc: OSError) -> None:
        where = Path(exc.filename) if exc.filename else folder
        why = "permission denied" if isinstance(exc, PermissionError) else (exc.strerror or str(exc))
        errors.append((where, InputError(f"{where}: folder cannot be read ({why}); its files were skipped")))

    for root, dirs, names in os.walk(folder, onerror=refused):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for n in sorted(names):
            if not n.startswith(".") and Path(n).suffix.lower() in suffixes:
                files.append(Path(root) / n)
    return files, errors
