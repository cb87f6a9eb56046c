"""What intake hands to the store: an article's text plus the metadata found in it."""

from __future__ import annotations

import hashlib
import unicodedata
from dataclasses import dataclass, field, fields
from typing import Any


@dataclass(slots=True)
class IntakeDocument:
    """An article read from a file or pasted: text as claims.md defines it, and metadata."""

    text: str
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: str | None = None
    author: str | None = None
    place: str | None = None
    source_path: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)
    # what reading the file changed that a person should be told (e.g. broken bytes replaced)
    notes: list[str] = field(default_factory=list)

    def meta(self) -> dict[str, Any]:
        """The metadata fields (everything but the text) that are set."""
        return {f.name: getattr(self, f.name) for f in fields(self)
                if f.name not in ("text", "extra", "notes") and getattr(self, f.name) is not None}


def content_hash(text: str) -> str:
    """sha256 of the normalized text: NFC, whitespace runs collapsed, trimmed.

    The same article saved as .txt and as .docx, or re-saved with other line
    breaks or trailing spaces, gets the same hash and is imported once.
    """
    norm = " ".join(unicodedata.normalize("NFC", text).split())
    return hashlib.sha256(norm.encode("utf-8")).hexdigest()
