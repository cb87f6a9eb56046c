"""Text layer of a PDF via pypdf; a scanned PDF without text is refused clearly."""

from __future__ import annotations

import io
import logging

from factdesk.core.errors import InputError
from factdesk.core.intake.decode import normalize_newlines
from factdesk.core.intake.document import IntakeDocument


def read_pdf(raw: bytes, name: str) -> IntakeDocument:
    """Extract the text of every page; InputError for a broken PDF or one without text."""
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    logging.getLogger("pypdf").setLevel(logging.ERROR)  # pypdf warns loudly about harmless quirks
    try:
        reader = PdfReader(io.BytesIO(raw))
        if reader.is_encrypted:
            raise InputError(f"{name}: the PDF is encrypted; save an unprotected copy first")
        pages = [page.extract_text() or "" for page in reader.pages]
        info = reader.metadata
    except InputError:
        raise
    except (PyPdfError, ValueError, KeyError, TypeError, NotImplementedError, AttributeError,
            IndexError, RecursionError, ArithmeticError, AssertionError) as exc:
        # a damaged or hostile PDF makes pypdf fail in many ways (an unknown filter, a stream too long)
        raise InputError(f"{name}: not a readable PDF ({' '.join(str(exc).split())[:100]})") from None
    text = normalize_newlines("\n\n".join(p.strip() for p in pages if p.strip())).strip()
    if not text:
        raise InputError(f"{name}: the PDF has no text layer (a scan?); run OCR on it first "
                         "or paste the text")
    title = (info.title if info else None) or None
    author = (info.author if info else None) or None
    return IntakeDocument(text=text + "\n", title=title, author=author)
