"""Main text and metadata of a saved web page, via trafilatura.

trafilatura parses the markup with lxml and returns text only: no script,
style or event handler is ever run, and nothing is fetched from the network.
"""

from __future__ import annotations

from typing import Any

from factdesk.core.errors import InputError
from factdesk.core.intake.decode import decode, normalize_newlines
from factdesk.core.intake.document import IntakeDocument


def read_html(raw: bytes, name: str) -> IntakeDocument:
    """Extract an article from HTML bytes; InputError when the page holds no article text."""
    import trafilatura  # imported on first use: it takes half a second

    decoded = decode(raw, name)
    markup = decoded.text
    doc = trafilatura.bare_extraction(markup, with_metadata=True, include_comments=False,
                                      include_tables=False, favor_recall=True)
    data: dict[str, Any] = {} if doc is None else doc if isinstance(doc, dict) else doc.as_dict()
    text = normalize_newlines(data.get("text") or "").strip()
    if not text:
        raise InputError(f"{name}: no article text found in this web page")
    return IntakeDocument(
        text=text + "\n",
        title=data.get("title") or None,
        author=data.get("author") or None,
        url=data.get("url") or None,
        published=data.get("date") or None,
        outlet=data.get("sitename") or None,
        notes=[decoded.note] if decoded.note else [],
    )
