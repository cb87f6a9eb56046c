"""Fast rule-based sentence boundaries over raw text (German and English news).

A regex finds candidate ends (. ! ? … and closing quotes after them, or a
blank line); ends after abbreviations, initials, ordinals ("9. August") and
decimal points are skipped. Spans are (start, end) code-point offsets.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

_END = re.compile(r"""[.!?…]+["“”»«'’)\]]*(?=\s+\S)|\n\s*\n""")
_ABBREV = {
    "de": {"z.b", "u.a", "d.h", "bzw", "ca", "dr", "prof", "nr", "st", "mio", "mrd", "vgl", "usw",
           "etc", "inkl", "evtl", "ggf", "hrsg", "jh", "jhd", "abs", "art", "bzw", "sog", "u.s.w",
           "str", "tel", "mr", "mrs", "ms", "gen", "min", "max", "z", "s", "o.ä", "v.a", "u.ä"},
    "en": {"mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "inc", "ltd", "co", "corp", "vs", "etc",
           "e.g", "i.e", "u.s", "u.k", "u.n", "no", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
           "sep", "sept", "oct", "nov", "dec", "gen", "gov", "sen", "rep", "lt", "col", "capt", "sgt",
           "approx", "dept", "est", "fig", "mt", "ft", "a.m", "p.m"},
}


def _is_false_end(text: str, dot: int, lang: str) -> bool:
    """True when the '.' at `dot` ends an abbreviation, an initial or an ordinal number."""
    if text[dot] != ".":
        return False
    i = dot
    while i > 0 and (text[i - 1].isalnum() or text[i - 1] == "."):
        i -= 1
    word = text[i:dot].lower()
    if not word:
        return False
    if word.isdigit():
        # German ordinals and dates ("am 9. August", "9. 8. 2020") are not ends.
        nxt = text[dot + 1:dot + 30].lstrip()
        return lang == "de" and bool(nxt) and (nxt[0].islower() or nxt[0].isdigit() or _MONTH.match(nxt) is not None)
    if len(word) == 1 and word.isalpha():
        return True  # an initial: "George W. Bush"
    return word in _ABBREV.get(lang, set()) or word in _ABBREV["en"] and lang != "de"


_MONTH = re.compile(r"(Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)\b")


@lru_cache(maxsize=8)
def sentence_spans(text: str, lang: str = "de") -> tuple[tuple[int, int], ...]:
    """Return the sentences of `text` as (start, end) spans without surrounding whitespace."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _END.finditer(text):
        if m.group().startswith(".") and _is_false_end(text, m.start(), lang):
            continue
        end = m.end()
        _append(text, start, end, spans)
        start = end
    _append(text, start, len(text), spans)
    return tuple(spans)


def _append(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))


def sentence_at(text: str, offset: int, lang: str = "de") -> tuple[int, int]:
    """Return the (start, end) of the sentence holding `offset`."""
    spans = sentence_spans(text, lang)
    if not spans:
        return (0, len(text))
    i = bisect.bisect_right([s for s, _ in spans], offset) - 1
    return spans[max(i, 0)]


class SentenceIndex:
    """Sentence lookup for one document; the spans are computed on first use only."""

    def __init__(self, text: str, lang: str) -> None:
        self.text = text
        self.lang = lang
        self._spans: tuple[tuple[int, int], ...] | None = None
        self._starts: list[int] = []

    def at(self, offset: int) -> tuple[int, int]:
        """Return the (start, end) of the sentence holding `offset`."""
        if self._spans is None:
            self._spans = sentence_spans(self.text, self.lang) or ((0, len(self.text)),)
            self._starts = [s for s, _ in self._spans]
        i = bisect.bisect_right(self._starts, offset) - 1
        return self._spans[max(i, 0)]
