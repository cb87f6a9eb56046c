"""Pairs of quotation marks in a text: where each quotation opens, where it ends, and its text.

Marks: „…“ „…” (German), “…”, "…", »…«, «…», and in English ‘…’ and '…'.
Straight marks open and close alike; a straight mark opens when it stands
after a space, a bracket or a dash and before text, and closes after text.
Typists mix the kinds ("…” opens straight and closes curly); that pairs too.

A quotation may lack its closing mark. News has two conventions for that:
a quote over several paragraphs opens each paragraph with a mark and
closes only the last, and copy that lost its paragraph breaks keeps the
marks ('He said: "We are ready. "We will win."'). When a new opening mark
of the same kind follows a finished sentence before the closing mark, the
first quotation ends there; otherwise the first mark was stray.

Line breaks: a quotation in straight or single marks ends at a line break
that ends a unit (see `lines.Layout`), unless the next paragraph opens with
the same mark; „…“, »…« and “…” run over single line breaks to their closing
mark (a quote set as several lines), and any quotation runs over the breaks
of hard-wrapped text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from factdesk.core.detect.lines import Layout

# opening mark -> the marks that close it
_CLOSERS = {"„": "“”\"", "“": "”\"", "»": "«", "«": "»", '"': '"”', "‘": "’'", "'": "'’"}
_SINGLE = frozenset("‘'")
_AMBIGUOUS = frozenset("\"'’‘")  # the same character opens, closes or is an apostrophe
_OVER_LINES = frozenset("„»«“")  # marks that pair over single line breaks
_GROUP = {"„": "double", "“": "double", '"': "double", "»": "guillemet", "«": "guillemet", "‘": "single", "'": "single"}
_OPEN_AFTER = set(" \t\n([{/—–-:;,") | set(_CLOSERS)
_SENTENCE_END = (".", "!", "?", "…", ".)")
MAX_QUOTE_CHARS = 3000
MAX_SINGLE_QUOTE_CHARS = 300
_TRIM_END = ",;:–—- \t\n"
_MARKS = {lang: re.compile("[" + re.escape("".join(m for m in _CLOSERS if lang == "en" or m not in _SINGLE)) + "]")
          for lang in ("de", "en")}
_STOPS = {mark: re.compile("[\n" + re.escape("".join(set(closers) | {m for m, g in _GROUP.items()
                                                                   if g == _GROUP[mark]})) + "]")
          for mark, closers in _CLOSERS.items()}


@dataclass(frozen=True, slots=True)
class Quotation:
    """A quotation: `open` is its opening mark, `close` its closing mark (or the last character before
    where it ends without one), `start`/`end` the quoted text without marks, spaces and a trailing comma."""

    open: int
    close: int
    start: int
    end: int


def find_quotations(text: str, lang: str, layout: Layout | None = None) -> list[Quotation]:
    """Return every quotation of `text` in order (no clause or attribution check)."""
    next_mark = _MARKS["en" if lang == "en" else "de"].search
    found: list[Quotation] = []
    i = 0
    while (m := next_mark(text, i)) is not None:
        i = m.start()
        if can_open(text, i):
            if layout is None:
                layout = Layout(text, lang)
            close = _find_end(text, i, layout)
            if close is not None:
                start, end = i + 1, close
                while start < end and text[start].isspace():
                    start += 1
                while end > start and text[end - 1] in _TRIM_END:
                    end -= 1
                if end > start:
                    found.append(Quotation(i, close, start, end))
                i = close + 1
                continue
        i += 1
    return found


def can_open(text: str, i: int) -> bool:
    """True when the mark at `i` stands where a quotation can begin."""
    mark = text[i]
    nxt = text[i + 1] if i + 1 < len(text) else ""
    if mark not in _CLOSERS or not nxt or nxt.isspace():
        return False
    prev = text[i - 1] if i else " "
    if mark in _AMBIGUOUS:
        return prev in _OPEN_AFTER
    return not prev.isalnum()


def _closes(text: str, k: int) -> bool:
    """True when the mark at `k` can close a quotation: after text, and not an apostrophe inside a word."""
    if text[k] not in _AMBIGUOUS:
        return True
    prev = text[k - 1]
    nxt = text[k + 1] if k + 1 < len(text) else " "
    return not prev.isspace() and not nxt.isalnum()


def _find_end(text: str, i: int, layout: Layout, depth: int = 0) -> int | None:
    """Where the quotation opened at `i` ends: its closing mark, or the last character before a new
    quotation or paragraph that continues it (see the module docstring); None when it never ends."""
    mark = text[i]
    closers = _CLOSERS[mark]
    limit = min(len(text), i + 1 + (MAX_SINGLE_QUOTE_CHARS if mark in _SINGLE else MAX_QUOTE_CHARS))
    next_stop = _STOPS[mark].search
    k = i
    while (m := next_stop(text, k + 1, limit)) is not None:
        k = m.start()
        ch = text[k]
        if ch == "\n":
            if not layout.is_hard_break(k):
                continue
            if mark in _OVER_LINES and text[k + 1:k + 2] != "\n":
                continue
            return _ends_at_line_end(text, i, k)
        if ch in closers and _closes(text, k):
            return k
        if can_open(text, k) and _GROUP.get(ch) == _GROUP[mark]:
            # a new quotation opens before this one closed: after a finished sentence in the same kind of
            # marks, this one ended there (its closing mark was left out); otherwise the new one is a
            # quotation inside this one ('„Diese „18-Uhr-Demo“ konnten wir verhindern.“'): skip it
            if ch == mark and text[i + 1:k].rstrip().endswith(_SENTENCE_END):
                return k - 1
            inner = _find_end(text, k, layout, depth + 1) if depth < 2 else None
            if inner is None:
                return None
            k = inner
    return _ends_at_line_end(text, i, len(text)) if limit == len(text) else None


def _ends_at_line_end(text: str, i: int, newline: int) -> int | None:
    """`newline` when the quotation opened at `i` ends with its line although its closing mark is missing:
    the next paragraph opens with the same mark (a quote over several paragraphs), or the quotation
    was introduced by a colon and ends a sentence or a paragraph ('X said: "…'); else None."""
    quoted = text[i:newline].rstrip()
    following = text[newline:newline + 20].lstrip()
    if quoted.endswith(_SENTENCE_END) and following[:1] == text[i]:
        return newline
    introduced = text[:i].rstrip().endswith(":")
    paragraph_end = not text[newline:].strip() or text[newline + 1:newline + 2] == "\n"
    if introduced and (quoted.endswith(_SENTENCE_END) or paragraph_end):
        return newline
    return None
