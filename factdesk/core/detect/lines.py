"""Line structure of a text: which line breaks end a unit (a headline, a list item, a paragraph) and which
only wrap a long line.

News reaches FactDesk in two shapes. Most texts have one paragraph, headline
or list item per line: every line break ends what stands before it, so a
headline without a full stop ("Related Story Trump visits Kenosha", "Co
Derry") never runs into the next line. Wire copy and e-mails are often
hard-wrapped at about 70 characters: there a line break inside a paragraph
is only a space, and a paragraph starts after a blank line or an indented
line. `Layout` tells the two apart once per text and splits sentences
(`sentences.sentence_spans`) at the breaks that end a unit.
"""

from __future__ import annotations

import bisect
import re
from functools import cached_property

from factdesk.core.detect.sentences import sentence_spans

# A wrapped line ends without closing punctuation and the next line goes on in lower case ("a large deficit\nwill").
_ENDS_OPEN = re.compile(r"[\w,;\-–]$")
_MIN_JOINS = 3  # at least this many wrapped lines, and
_MIN_SHARE = 0.25  # at least this share of the line breaks between two non-empty lines


def _is_hard_wrapped(text: str) -> bool:
    """True when the text's lines are wrapped inside paragraphs (wire copy), not one paragraph per line."""
    breaks = joins = 0
    lines = text.split("\n")
    for line, following in zip(lines, lines[1:]):
        head, tail = line.rstrip(), following.strip()
        if not head or not tail:
            continue
        breaks += 1
        if _ENDS_OPEN.search(head) and not following[:1].isspace() and (tail[0].islower() or tail[0].isdigit()):
            joins += 1
    return joins >= _MIN_JOINS and joins >= _MIN_SHARE * breaks


class Layout:
    """The line structure of one text: hard line breaks and the units (sentences cut at them)."""

    def __init__(self, text: str, lang: str) -> None:
        self.text = text
        self.lang = lang
        self.wrapped = "\n" in text and _is_hard_wrapped(text)

    def is_hard_break(self, newline: int) -> bool:
        """True when the line break at offset `newline` ends a unit (wrapped text: a blank or indented line follows)."""
        if not self.wrapped:
            return True
        following = self.text[newline + 1:newline + 2]
        return following in ("\n", " ", "\t", "")

    @cached_property
    def hard_breaks(self) -> list[int]:
        """Offsets of the line breaks that end a unit, in order."""
        return [m.start() for m in re.finditer("\n", self.text) if self.is_hard_break(m.start())]

    def breaks_between(self, start: int, end: int) -> bool:
        """True when a hard line break lies in text[start:end]."""
        breaks = self.hard_breaks
        i = bisect.bisect_left(breaks, start)
        return i < len(breaks) and breaks[i] < end

    @cached_property
    def units(self) -> tuple[tuple[int, int], ...]:
        """The text's sentences, each cut at the hard line breaks inside it, as (start, end) spans."""
        out: list[tuple[int, int]] = []
        breaks = self.hard_breaks
        for start, end in sentence_spans(self.text, self.lang):
            i = bisect.bisect_left(breaks, start)
            while i < len(breaks) and breaks[i] < end:
                _append(self.text, start, breaks[i], out)
                start = breaks[i] + 1
                i += 1
            _append(self.text, start, end, out)
        return tuple(out)


def _append(text: str, start: int, end: int, out: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append((start, end))
