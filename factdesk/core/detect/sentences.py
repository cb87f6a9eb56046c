"""Fast rule-based sentence boundaries over raw text (German and English news).

A regex finds candidate ends (. ! ? … and closing quotes after them, or a
blank line); ends after abbreviations, initials, ordinals ("9. August") and
decimal points are skipped. Spans are (start, end) code-point offsets.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

# A "sentence" longer than this (a table, a crafted text without full stops) is cut,
# so that finding the sentence of each number stays linear in the text.
MAX_SENTENCE_CHARS = 2000
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
    """Sentence lookup for one document, computed around the asked offsets only.

    A detector asks for the sentences of the few numbers it found; splitting
    the whole document for that would cost more than finding the numbers.
    The result equals `sentence_at` on the whole text, except that a sentence
    never reaches more than MAX_SENTENCE_CHARS before or after the offset.
    """

    def __init__(self, text: str, lang: str) -> None:
        self.text = text
        self.lang = lang
        self._starts: list[int] = []
        self._spans: list[tuple[int, int]] = []

    def _true_end(self, m: re.Match[str]) -> bool:
        return not (m.group().startswith(".") and _is_false_end(self.text, m.start(), self.lang))

    def at(self, offset: int) -> tuple[int, int]:
        """Return the (start, end) of the sentence holding `offset`."""
        i = bisect.bisect_right(self._starts, offset) - 1
        if i >= 0 and offset < self._spans[i][1]:
            return self._spans[i]
        text = self.text
        floor = max(0, offset - MAX_SENTENCE_CHARS)
        start, lo = floor, max(floor, offset - 150)
        while True:
            ends = [m.end() for m in _END.finditer(text, lo, min(len(text), offset + 1))
                    if m.end() <= offset and self._true_end(m)]
            if ends:
                start = ends[-1]
                break
            if lo == floor:
                break
            lo = max(floor, lo - 1000)
        end = min(len(text), max(offset, start) + MAX_SENTENCE_CHARS)
        for m in _END.finditer(text, max(offset, start), end):
            if m.end() > offset and self._true_end(m):
                end = m.end()
                break
        spans: list[tuple[int, int]] = []
        _append(text, start, end, spans)
        span = spans[0] if spans else (start, end)
        if span[0] <= offset < span[1]:
            i = bisect.bisect_left(self._starts, span[0])
            if i == len(self._starts) or self._starts[i] != span[0]:
                self._starts.insert(i, span[0])
                self._spans.insert(i, span)
        return span
