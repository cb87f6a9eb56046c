"""Text of a Word document (.docx) via python-docx: paragraphs joined by newlines."""

from __future__ import annotations

import io
import zipfile

from factdesk.core.errors import InputError
from factdesk.core.intake.decode import normalize_newlines
from factdesk.core.intake.document import IntakeDocument


def read_docx(raw: bytes, name: str) -> IntakeDocument:
    """Extract paragraphs (and the core title/author) from .docx bytes."""
    import docx  # python-docx

    try:
        document = docx.Document(io.BytesIO(raw))
    except (zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise InputError(f"{name}: not a Word document (.docx) ({exc})") from None
    paragraphs = [p.text for p in document.paragraphs]
    text = normalize_newlines("\n".join(paragraphs)).strip()
    if not text:
        raise InputError(f"{name}: the Word document holds no text")
    props = document.core_properties
    published = props.created.date().isoformat() if props.created else None
    return IntakeDocument(text=text + "\n", title=props.title or None,
                          author=props.author or None, published=published)
