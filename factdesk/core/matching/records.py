"""An earlier fact-check as FactDesk keeps it, and the checks a record must pass to be kept.

The id rule is the contract's (prior-checks.md): the TSV `id`, else the
review's `url`, else a hash of the claim and author, so importing the same
fact-check again updates it instead of adding a second copy.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass, field, fields
from typing import Any

MAX_CLAIM = 10_000
MAX_FIELD = 2_000
MAX_ID = 1_000
LANGS = ("de", "en")
ORIGINS = ("import", "desk")
_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")


class BadRecord(ValueError):
    """A record that cannot be kept; its message says why, in a few words."""


@dataclass(slots=True)
class PriorCheck:
    """One earlier fact-check: the claim it reviewed, the rating it gave, who, when and where."""

    id: str
    claim: str
    title: str | None = None
    rating: str | None = None          # the rating as its publisher wrote it ("False", "Falsch", "3/5")
    rating_value: float | None = None  # numeric rating when the publisher gave one
    best_rating: float | None = None
    worst_rating: float | None = None
    url: str | None = None
    published: str | None = None      # ISO date YYYY-MM-DD
    lang: str | None = None
    author: str | None = None          # who published the fact-check
    speaker: str | None = None         # who made the claim (ClaimReview itemReviewed.author)
    source: str = ""                   # the collection it came from (--source, else the file name)
    origin: str = "import"             # "import", or "desk" for the desk's own approved verdicts
    claim_id: str | None = None        # the desk's claim, for origin "desk"
    appearances: list[str] = field(default_factory=list)  # where the claim was seen (URLs)

    def to_json(self) -> dict[str, Any]:
        """The check as `checks list --format json` prints it (what `dataclasses.asdict` gives, without its
        deep copy of every field, the costliest part of making a row when 20,000 checks are imported)."""
        out = {name: getattr(self, name) for name in _FIELDS}
        out["appearances"] = list(self.appearances)
        return out


_FIELDS = tuple(f.name for f in fields(PriorCheck))


def make_id(explicit: str | None, url: str | None, claim: str, author: str | None) -> str:
    """The contract's id: the given id, else the review's URL, else a hash of claim and author."""
    for candidate in (explicit, url):
        if candidate and candidate.strip():
            return candidate.strip()
    digest = hashlib.sha256(f"{' '.join(claim.split())}\x1f{author or ''}".encode("utf-8")).hexdigest()
    return f"sha256:{digest[:32]}"


def clean_text(value: Any, name: str, limit: int = MAX_FIELD) -> str | None:
    """A text field: whitespace collapsed, None when empty; BadRecord when not text or too long."""
    if value is None:
        return None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str):
        raise BadRecord(f"'{name}' is not text")
    text = " ".join(value.replace("\x00", " ").split())
    if len(text) > limit:
        raise BadRecord(f"'{name}' is too long ({len(text)} characters, at most {limit})")
    return text or None


def clean_url(value: Any, name: str = "url") -> str | None:
    """An http(s) address or None; BadRecord for anything else (javascript:, file:, …)."""
    text = clean_text(value, name, 4000)
    if text is None:
        return None
    if not re.match(r"^https?://[^\s/]+", text, re.IGNORECASE):
        raise BadRecord(f"'{name}' is not a web address: {text[:60]!r}")
    return text


def clean_date(value: Any, name: str = "date") -> str | None:
    """An ISO date (YYYY-MM-DD) from an ISO date or date-time; BadRecord when it is not one."""
    text = clean_text(value, name, 64)
    if text is None:
        return None
    m = _DATE.match(text)
    if m:
        try:
            return dt.date(int(m[1]), int(m[2]), int(m[3])).isoformat()
        except ValueError:
            pass
    for fmt in ("%d.%m.%Y", "%m/%d/%Y", "%B %d, %Y", "%b %d, %Y", "%d %B %Y"):
        try:
            return dt.datetime.strptime(text, fmt).date().isoformat()
        except ValueError:
            continue
    raise BadRecord(f"'{name}' is not a date: {text[:40]!r}")


def clean_number(value: Any, name: str) -> float | None:
    """A number (or numeric text) or None; BadRecord for anything else."""
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        raise BadRecord(f"'{name}' is not a number")
    if isinstance(value, (int, float)):
        number = float(value)
    elif isinstance(value, str):
        try:
            number = float(value.strip().replace(",", "."))
        except ValueError:
            return None  # a textual rating such as "False" in ratingValue: kept as the rating text
    else:
        raise BadRecord(f"'{name}' is not a number")
    if number != number or abs(number) > 1e9:
        raise BadRecord(f"'{name}' is out of range")
    return number


def clean_lang(value: Any) -> str | None:
    """A two-letter language code ("de-DE" → "de"), or None."""
    text = clean_text(value, "lang", 35)
    if text is None:
        return None
    code = text.split("-")[0].split("_")[0].lower()
    if not re.fullmatch(r"[a-z]{2,3}", code):
        raise BadRecord(f"'lang' is not a language code: {text[:20]!r}")
    return code


def build(*, id: Any = None, claim: Any, title: Any = None, rating: Any = None, rating_value: Any = None,
          best_rating: Any = None, worst_rating: Any = None, url: Any = None, published: Any = None,
          lang: Any = None, author: Any = None, speaker: Any = None, source: str = "",
          appearances: list[Any] | None = None) -> PriorCheck:
    """A checked PriorCheck from raw field values; BadRecord naming the first bad field."""
    text = clean_text(claim, "claim", MAX_CLAIM)
    if not text:
        raise BadRecord("it has no claim text")
    review_url = clean_url(url)
    who = clean_text(author, "author", 500)
    explicit = clean_text(id, "id", MAX_ID)
    seen = []
    for item in appearances or []:
        try:
            seen.append(clean_url(item, "appearance"))
        except BadRecord:
            continue  # an appearance that is not a web address is dropped, the check kept
    return PriorCheck(
        id=make_id(explicit, review_url, text, who), claim=text, title=clean_text(title, "title"),
        rating=clean_text(rating, "rating", 200), rating_value=clean_number(rating_value, "ratingValue"),
        best_rating=clean_number(best_rating, "bestRating"), worst_rating=clean_number(worst_rating, "worstRating"),
        url=review_url, published=clean_date(published), lang=clean_lang(lang), author=who,
        speaker=clean_text(speaker, "speaker", 500), source=source,
        appearances=[s for s in dict.fromkeys(seen) if s][:50])
