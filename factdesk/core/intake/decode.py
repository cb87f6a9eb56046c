"""Turn raw bytes into article text exactly as claims.md defines it.

- A byte-order mark decides: UTF-8, UTF-16 or UTF-32 (little or big endian).
- Valid UTF-8 is UTF-8.
- *Almost* valid UTF-8 (more well-formed non-ASCII characters than broken
  bytes) is UTF-8 too: the broken bytes become U+FFFD and `Decoded.note`
  says how many, rather than guessing a legacy code page that would turn
  every "ä" of the article into "√§".
- Anything else is a legacy code page: Windows-1252 when every non-ASCII
  character is one news text uses, else what charset-normalizer detects.

`\\r\\n` and `\\r` become `\\n`; nothing else changes. Binary data and
oversized inputs are refused.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass
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


@dataclass(frozen=True, slots=True)
class Decoded:
    """Decoded text, and what a person should be told about the decoding (None when nothing)."""

    text: str
    note: str | None = None


# UTF-32 first: its little-endian mark begins with UTF-16's.
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32-le", "UTF-32"), (codecs.BOM_UTF32_BE, "utf-32-be", "UTF-32"),
         (codecs.BOM_UTF8, "utf-8", "UTF-8"), (codecs.BOM_UTF16_LE, "utf-16-le", "UTF-16"),
         (codecs.BOM_UTF16_BE, "utf-16-be", "UTF-16"))
_REPLACEMENT = "\ufffd"


def _replaced(text: str, raw: bytes, codec: str) -> int:
    """How many broken sequences decoding `raw` with errors='replace' turned into U+FFFD."""
    return text.count(_REPLACEMENT) - raw.decode(codec, errors="ignore").count(_REPLACEMENT)


def _note(count: int, encoding: str) -> str:
    """The message for `count` broken sequences replaced with U+FFFD."""
    if count == 1:
        return f"1 character was not valid {encoding} and was replaced with \ufffd"
    return f"{count} characters were not valid {encoding} and were replaced with \ufffd"


def _with_bom(raw: bytes, name: str) -> Decoded | None:
    """The text of a file that starts with a byte-order mark, else None."""
    for bom, codec, label in _BOMS:
        if raw.startswith(bom):
            body = raw[len(bom):]
            text = body.decode(codec, errors="replace")
            if looks_binary(text.encode("utf-8", errors="replace")):
                raise InputError(f"{name}: not a text file (binary data)")
            bad = _replaced(text, body, codec)
            return Decoded(normalize_newlines(text), _note(bad, label) if bad else None)
    return None


def _almost_utf8(raw: bytes) -> Decoded | None:
    """UTF-8 with a few broken bytes (more good non-ASCII characters than bad ones), else None."""
    text = raw.decode("utf-8", errors="replace")
    bad = _replaced(text, raw, "utf-8")
    good = sum(1 for ch in text if ord(ch) > 127 and ch != _REPLACEMENT)
    if bad == 0 or good <= bad:
        return None
    return Decoded(normalize_newlines(text), _note(bad, "UTF-8"))


def decode(raw: bytes, name: str = "input") -> Decoded:
    """Decode article bytes (and say when broken bytes were replaced); InputError naming `name` if not text."""
    if len(raw) > MAX_TEXT_BYTES:
        raise InputError(f"{name}: too large ({len(raw) // (1024 * 1024)} MB; the limit is "
                         f"{MAX_TEXT_BYTES // (1024 * 1024)} MB for one article)")
    marked = _with_bom(raw, name)
    if marked is not None:
        return marked
    if looks_binary(raw):
        raise InputError(f"{name}: not a text file (binary data)")
    try:
        return Decoded(normalize_newlines(raw.decode("utf-8")))
    except UnicodeDecodeError:
        pass
    almost = _almost_utf8(raw)
    if almost is not None:
        return almost
    return Decoded(normalize_newlines(_legacy(raw, name)))


def decode_bytes(raw: bytes, name: str = "input") -> str:
    """Decode article bytes to text (see `decode`, which also says when bytes were replaced)."""
    return decode(raw, name).text


def _legacy(raw: bytes, name: str) -> str:
    """Text in a legacy code page: Windows-1252 when plausible, else what charset-normalizer finds."""
    text = _plausible_cp1252(raw)
    if text is None:
        # German and English news: prefer the Western code pages (charset-normalizer
        # alone guesses CJK encodings for short Windows-1252 texts), then any.
        best = from_bytes(raw, cp_isolation=WESTERN_ENCODINGS).best() or from_bytes(raw).best()
        if best is None:
            raise InputError(f"{name}: cannot decode the text (unknown encoding)") from None
        text = str(best)
    return text[1:] if text.startswith("\ufeff") else text


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
