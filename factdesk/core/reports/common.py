"""Small helpers every report writer shares: safe links and colours, marked text, shortening.

Each one is the single place a safety rule lives: which URLs become links,
which colours reach a style attribute, how an article's text is cut into
plain and marked pieces.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urlsplit

from factdesk.core.model import Claim

_HEX_COLOUR = re.compile(r"#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})")
DEFAULT_COLOUR = "#9e9e9e"


def is_web_link(url: str | None) -> bool:
    """Return True only for an absolute http or https URL with a host (anything else is shown as text)."""
    if not url or any(ch in url for ch in "\r\n\t\x00") or url != url.strip():
        return False
    try:
        parts = urlsplit(url)
    except ValueError:
        return False
    return parts.scheme.lower() in ("http", "https") and bool(parts.netloc)


def safe_colour(colour: str | None) -> str:
    """Return the colour if it is a plain #rgb/#rrggbb hex colour, else a neutral grey."""
    if colour and _HEX_COLOUR.fullmatch(colour.strip()):
        return colour.strip().lower()
    return DEFAULT_COLOUR


def text_colour(background: str) -> str:
    """Return black or white, whichever reads better on the (safe) background colour."""
    hex_digits = safe_colour(background)[1:]
    if len(hex_digits) == 3:
        hex_digits = "".join(ch * 2 for ch in hex_digits)
    r, g, b = (int(hex_digits[i:i + 2], 16) for i in (0, 2, 4))
    luminance = 0.299 * r + 0.587 * g + 0.114 * b
    return "#000000" if luminance > 150 else "#ffffff"


@dataclass(slots=True)
class Piece:
    """A run of article text: plain (claim is None) or the span of one claim."""

    text: str
    claim: Claim | None = None


def pieces(text: str, claims: list[Claim]) -> list[Piece]:
    """Cut text into plain and claim pieces; overlapping claims are clipped, never nested."""
    out: list[Piece] = []
    pos = 0
    for claim in sorted(claims, key=lambda c: (c.start, c.end)):
        start = max(claim.start, pos, 0)
        end = min(claim.end, len(text))
        if end <= start:
            continue
        if start > pos:
            out.append(Piece(text[pos:start]))
        out.append(Piece(text[start:end], claim))
        pos = end
    if pos < len(text):
        out.append(Piece(text[pos:]))
    return out


def shorten(text: str, limit: int) -> str:
    """Shorten text to at most `limit` characters on a word boundary, ending with '…' when cut."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    if space > limit // 3:
        cut = cut[:space]
    return cut.rstrip(" ,;:.-–—") + "…"


def date_part(stamp: str | None) -> str:
    """Return the YYYY-MM-DD part of an ISO timestamp ('' for None)."""
    return (stamp or "")[:10]
