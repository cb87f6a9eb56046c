"""The signature line of a pasted social-media post: who posted it and when.

A post copied from its embed ends in "— Name (@handle) Month D, YYYY". That
line says when the claim was made, and a fact-check of it is usually
published within days or weeks, so the matcher compares the two dates; and
who posted it is often whom the claim is about ("Donald Trump has called
global warming a hoax"). The line's words stay in the query's terms: BM25
over the whole post finds more than over the body alone.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from factdesk.core.matching.terms import fold

_MONTHS = {m: i for i, m in enumerate(
    ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december"), 1)}
_SIGNATURE = re.compile(
    r"(?:^|\s)[—–-]\s+(?P<name>[^—–\n]{0,80}?)\s*\(@(?P<handle>\w+)\)\s*"
    r"(?P<month>[A-Za-z]+)\.? (?P<day>\d{1,2}), (?P<year>\d{4}|\d{2})\s*[\"”]?\s*$")
_NAME_WORD = re.compile(r"[^\W\d_]{2,}")


@dataclass(frozen=True, slots=True)
class Signature:
    """The post's text without its signature line, the poster's name words (folded) and the date."""

    body: str
    names: frozenset[str]
    date: dt.date | None


def split_signature(text: str) -> Signature:
    """The body, poster's name words and date of a post; a text without a signature line is all body."""
    m = _SIGNATURE.search(text)
    if not m:
        return Signature(text, frozenset(), None)
    return Signature(text[:m.start()], frozenset(fold(w) for w in _NAME_WORD.findall(m["name"])),
                     _date(m["year"], m["month"], m["day"]))


def _date(year: str, month: str, day: str) -> dt.date | None:
    number = _MONTHS.get(month.lower())
    if number is None:
        return None
    y = int(year)
    try:
        return dt.date(y + 2000 if y < 100 else y, number, int(day))
    except ValueError:
        return None


def parse_date(value: str | None) -> dt.date | None:
    """An ISO date (YYYY-MM-DD, optionally with a time after it) or None."""
    try:
        return dt.date.fromisoformat((value or "")[:10])
    except ValueError:
        return None
