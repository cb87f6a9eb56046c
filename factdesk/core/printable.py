"""Text as people are shown it: control characters made visible, so text can never act on a terminal.

An article, a bundle or a file name may hold escape sequences that retitle
a terminal, clear its screen or forge a second line of a message. Every
text FactDesk prints, and every report it writes, passes through
`printable`: each control character becomes one visible character (ESC
becomes ␛, a carriage return ␍, C1 controls and direction overrides �), so
offsets into the text stay valid. Lone surrogates (which no file can hold)
become � too.
"""

from __future__ import annotations

import re

_SYMBOL_BASE = 0x2400          # Unicode's "control pictures": ␀ ␁ … ␟
_DEL, _NEWLINE = "\u2421", "\u2424"  # ␡ and ␤
_REPLACEMENT = "\ufffd"
# right-to-left overrides and isolates can reorder what a terminal shows (a file name read backwards)
_BIDI = [*range(0x202A, 0x202F), *range(0x2066, 0x206A)]

_TABLE: dict[int, str] = {c: chr(_SYMBOL_BASE + c) for c in range(0x20) if c not in (0x09, 0x0A)}
_TABLE[0x7F] = _DEL
_TABLE.update({c: _REPLACEMENT for c in range(0x80, 0xA0)})
_TABLE.update({c: _REPLACEMENT for c in _BIDI})
_TABLE.update({c: _REPLACEMENT for c in range(0xD800, 0xE000)})
_ONE_LINE = {**_TABLE, 0x0A: _NEWLINE}

# characters a JSON text may not carry raw to a terminal: escaped (the data stays the same)
_JSON_RISKY = re.compile("[\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


def printable(text: str, lines: bool = True) -> str:
    """`text` with every control character replaced by one visible character.

    Tabs stay; newlines stay when `lines` is True, else they become ␤ (one-line messages).
    """
    return text.translate(_TABLE if lines else _ONE_LINE)


def one_line(text: str) -> str:
    """`text` made printable as a single line (for messages that name files or values)."""
    return text.translate(_ONE_LINE)


def escape_json(text: str) -> str:
    """A JSON text with DEL, C1 controls and direction overrides written as \\u escapes (same data)."""
    return _JSON_RISKY.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
