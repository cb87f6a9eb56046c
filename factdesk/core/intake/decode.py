"""Turn raw bytes into article text exactly as claims.md defines it.

UTF-8 (a BOM removed) when the bytes are valid UTF-8, else the encoding
charset-normalizer detects (e.g. Windows-1252); `\\r\\n` and `\\r` become
`\\n`; nothing else changes. Binary data and oversized inputs are refused.
"""

from __future__ import annotations

from pathlib import Path

from charset_normalizer import from_bytes

from factdesk.core.errors import InputError

# A news article is a few hundred KB at most; anything far bigger is not an article.
MAX_TEXT_BYTES = 10 * 1024 * 1024
WESTERN_ENCODINGS = ["cp1252", "iso8859_15", "cp850", "mac_roman"]


def normalize_newlines(text: str) -> str:
    """Turn `\\r\\n` and lone `\\r` into `\\n`."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13))


def looks_binary(raw: bytes) -> bool:
    """Return True for data that is not text (NUL bytes or many control bytes)."""
    head = raw[:8192]
    if b"\x00" in head:
        return True
    controls = len(head) - len(head.translate(None, _CONTROL_BYTES))
    return bool(head) and controls / len(head) > 0.05


# Non-ASCII characters German and English news text uses; Windows-1252 text
# whose non-ASCII characters are all among these is taken as Windows-1252
# (charset-normalizer picks Mac Roman for some short German texts).
_NEWS_CHARS = set("äöüÄÖÜßéèêáàâíóúñçÉÈ€„“”‚‘’«»–—…•°§²³½¼¾×·\u00a0©®™")


def _plausible_cp1252(raw: bytes) -> str | None:
    """The text as Windows-1252 when every non-ASCII character is one news text uses, else None."""
    try:
        text = raw.decode("cp1252")
    except UnicodeDecodeError:
        return None
    return text if all(ch in _NEWS_CHARS for ch in text if ord(ch) > 127) else None


def decode_bytes(raw: bytes, name: str = "input") -> str:
    """Decode article bytes; raise InputError naming `name` when they are not text."""
    if len(raw) > MAX_TEXT_BYTES:
        raise InputError(f"{name}: too large ({len(raw) // (1024 * 1024)} MB; the limit is "
                         f"{MAX_TEXT_BYTES // (1024 * 1024)} MB for one article)")
    if looks_binary(raw):
        raise InputError(f"{name}: not a text file (binary data)")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = _plausible_cp1252(raw)
        if text is None:
            # German and English news: prefer the Western code pages (charset-normalizer
            # alone guesses CJK encodings for short Windows-1252 texts), then any.
            best = from_bytes(raw, cp_isolation=WESTERN_ENCODINGS).best() or from_bytes(raw).best()
            if best is None:
                raise InputError(f"{name}: cannot decode the text (unknown encoding)") from None
            text = str(best)
        if text.startswith("\ufeff"):
            text = text[1:]
    return normalize_newlines(text)


def read_bytes(path: Path | str, limit: int = MAX_TEXT_BYTES) -> bytes:
    """Read a file's bytes, refusing missing, unreadable or oversized files with InputError."""
    p = Path(path)
    try:
        size = p.stat().st_size
        if not p.is_file():
            raise InputError(f"{p}: not a file")
        if size > limit:
            raise InputError(f"{p}: too large ({size // (1024 * 1024)} MB; the limit is "
                             f"{limit // (1024 * 1024)} MB for one article)")
        return p.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{p}: no such file") from None
    except PermissionError:
        raise InputError(f"{p}: permission denied") from None
    except IsADirectoryError:
        raise InputError(f"{p}: is a folder, not a file") from None
    except OSError as exc:
        raise InputError(f"{p}: cannot be read ({exc.strerror or exc})") from None


def read_text_file(path: Path | str) -> str:
    """Read and decode a plain-text article file."""
    return decode_bytes(read_bytes(path), str(path))
