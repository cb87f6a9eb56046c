"""schema.org ClaimReview JSON-LD for the reported claims that carry a verdict.

One ClaimReview object per claim (a JSON array of them), with Google's required
fields and the recommended ones:

- `claimReviewed`: built around the claim, at most 75 characters. A quote is its own
  text; any other claim is a window of the line of its sentence that holds the claim
  span (a leading dateline like "MINSK (dpa-AFX) -" dropped, never a headline line
  before it), cut on word boundaries with "…" where cut; the claim's text when the
  sentence does not hold it. It never contains a rating label: if the window holds
  one of the scale's labels the claim text is used instead, and a label still left is removed.
- `reviewRating`: a Rating whose `alternateName` is the verdict label, with
  `ratingValue`, `bestRating` and `worstRating` only when the scale maps verdicts
  to numbers.
- `url`: the desk setting `report_base_url` + "#claim-" + claim id, i.e. the
  claim's anchor in the published HTML report. Without that address the export
  is refused (`NEEDS_BASE_URL`): Google rejects a relative URL.
- `author`: an Organization named by the desk setting `organisation` (left out
  when unset); `datePublished`: the day of the approval (else of the last change).
- `itemReviewed`: a Claim whose `author` is the speaker (Person) or else the
  outlet (Organization), with the article's `datePublished` and `appearance`,
  a CreativeWork with the article's URL (http(s) only) and headline.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from factdesk.core.reports.common import date_part, is_web_link, shorten
from factdesk.core.errors import RequestError
from factdesk.core.model import Claim
from factdesk.core.reports.data import ArticleEntry, ClaimEntry, Report

CLAIM_REVIEWED_MAX = 75
# Google rejects a ClaimReview whose `url` is not absolute: without the report's address there is none.
NEEDS_BASE_URL = "set the report address first: factdesk export --base-url URL or Settings → Report address"


def check_ready(report: Report) -> None:
    """Raise RequestError (one line) when the report has no address to point each ClaimReview to."""
    if not (report.base_url or "").strip():
        raise RequestError(NEEDS_BASE_URL)


def _labels(report: Report) -> list[str]:
    """Every label of the scale in both languages, longest first."""
    labels = {v.label_en for v in report.scale.verdicts} | {v.label_de for v in report.scale.verdicts}
    return sorted((lab for lab in labels if lab.strip()), key=len, reverse=True)


def _label_pattern(labels: list[str]) -> re.Pattern[str] | None:
    """A case-insensitive pattern matching any label as whole words."""
    if not labels:
        return None
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(lab) for lab in labels) + r")(?!\w)", re.IGNORECASE)


# A news agency's dateline before the story: "MINSK (dpa-AFX) - ", "BERLIN – ", "Frankfurt (Reuters) — ".
_DATELINE = re.compile(
    r"^\s*(?:[A-ZÄÖÜ][A-ZÄÖÜ./ ]*[A-ZÄÖÜ](?:\s*\([^()\n]{1,30}\))?"    # CAPITALS, agency optional
    r"|\S+(?: \S+){0,2}\s*\([^()\n]{1,30}\))"                          # Place (Agency)
    r"\s*[-–—]\s+")


def _strip_dateline(line: str, at: int) -> tuple[str, int]:
    """Drop a leading dateline when the claim starts after it; return (line, claim offset in it)."""
    m = _DATELINE.match(line)
    if m and m.end() <= at:
        return line[m.end():], at - m.end()
    return line, at


def _claim_window(sentence: str, claim: Claim, limit: int) -> str | None:
    """The part of `sentence` around the claim span: its line, no dateline, ≤ limit characters.

    Cut on word boundaries with "…" on each side that was cut. None when the
    sentence does not hold the claim's text.
    """
    text = claim.text.strip()
    if not text or not sentence:
        return None
    hits = [m.start() for m in re.finditer(re.escape(text), sentence)]
    if not hits:
        return None
    expected = claim.start - claim.sentence_start if claim.sentence_end > claim.sentence_start else 0
    at = min(hits, key=lambda h: abs(h - expected))
    # only the line holding the claim: never a headline or title line glued onto it
    line_start = sentence.rfind("\n", 0, at) + 1
    line_end = sentence.find("\n", at + len(text))
    line = sentence[line_start:line_end if line_end >= 0 else len(sentence)]
    at -= line_start
    if "\n" in text:
        return None
    line, at = _strip_dateline(line, at)
    words = [(m.start(), m.end()) for m in re.finditer(r"\S+", line)]
    first = next(i for i, (_, e) in enumerate(words) if e > at)
    last = next(i for i in range(len(words) - 1, -1, -1) if words[i][0] < at + len(text))

    def piece(i: int, j: int) -> str:
        body = " ".join(line[s:e] for s, e in words[i:j + 1])
        if i > 0:
            body = "…" + body.lstrip(" ,;:.-–—")
        if j < len(words) - 1:
            body = body.rstrip(" ,;:-–—") + "…"
        return body

    if len(piece(first, last)) > limit:
        return None
    grow_left = True
    while True:
        options = [(first - 1, last), (first, last + 1)] if grow_left else [(first, last + 1), (first - 1, last)]
        for i, j in options:
            if i >= 0 and j < len(words) and len(piece(i, j)) <= limit:
                first, last = i, j
                break
        else:
            return piece(first, last)
        grow_left = not grow_left


def claim_reviewed(report: Report, entry: ClaimEntry, pattern: re.Pattern[str] | None = None) -> str:
    """Return the `claimReviewed` text: ≤ 75 characters, built around the claim, no rating label in it.

    A quote is its own text (the full statement); any other claim is a window of
    its sentence around the claim span (see `_claim_window`), else the claim's text.
    """
    if pattern is None:
        pattern = _label_pattern(_labels(report))
    claim = entry.claim
    window = None if claim.type == "quote" else _claim_window(entry.sentence, claim, CLAIM_REVIEWED_MAX)
    candidates = [t for t in (window, claim.text) if t and t.strip()]
    if not candidates:
        return ""
    text = next((t for t in candidates if not (pattern and pattern.search(t))), None)
    if text is None:
        text = candidates[0]
        if pattern:
            text = pattern.sub(" ", text)
    text = shorten(text, CLAIM_REVIEWED_MAX)
    if pattern and pattern.search(text):  # shortening can join words into a label only in theory
        text = shorten(pattern.sub(" ", text), CLAIM_REVIEWED_MAX)
    return text


def _number(value: float) -> float | int:
    """Return integral floats as ints so `1.0` prints as `1`."""
    return int(value) if float(value).is_integer() else value


def claim_review(report: Report, article: ArticleEntry, entry: ClaimEntry,
                 pattern: re.Pattern[str] | None = None) -> dict[str, Any]:
    """Return the ClaimReview object of one claim (which must carry a verdict)."""
    claim, a = entry.claim, article.article
    verdict = report.verdict_of(claim)
    rating: dict[str, Any] = {"@type": "Rating", "alternateName": report.verdict_label(claim)}
    scale = report.scale
    if verdict is not None and verdict.rating is not None and scale.best_rating is not None \
            and scale.worst_rating is not None:
        rating["ratingValue"] = _number(verdict.rating)
        rating["bestRating"] = _number(scale.best_rating)
        rating["worstRating"] = _number(scale.worst_rating)
    item: dict[str, Any] = {"@type": "Claim"}
    if claim.speaker:
        item["author"] = {"@type": "Person", "name": claim.speaker}
    elif a.outlet:
        item["author"] = {"@type": "Organization", "name": a.outlet}
    if a.published:
        item["datePublished"] = date_part(a.published)
    appearance: dict[str, Any] = {"@type": "CreativeWork"}
    if is_web_link(a.url):
        appearance["url"] = a.url
    if a.title:
        appearance["headline"] = a.title
    if len(appearance) > 1:
        item["appearance"] = appearance
    review: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "url": f"{report.base_url.split('#', 1)[0]}#claim-{claim.id}",  # the claim's anchor, one fragment
        "claimReviewed": claim_reviewed(report, entry, pattern),
        "reviewRating": rating,
        "itemReviewed": item,
    }
    published = date_part(entry.reviewed_at or claim.updated_at)
    if published:
        review["datePublished"] = published
    if report.organisation:
        review["author"] = {"@type": "Organization", "name": report.organisation}
    return review


def to_data(report: Report) -> list[dict[str, Any]]:
    """Return one ClaimReview per reported claim that has a verdict; RequestError without a report address."""
    check_ready(report)
    pattern = _label_pattern(_labels(report))
    return [claim_review(report, article, entry, pattern)
            for article, entry in report.entries() if entry.claim.verdict]


# Escaped so the JSON-LD can be pasted into <script type="application/ld+json"> as it is:
# no "</script>" or "<!--" can close the element early (still the same JSON values).
_EMBED_SAFE = str.maketrans({"<": "\\u003c", ">": "\\u003e", "&": "\\u0026",
                             "\u2028": "\\u2028", "\u2029": "\\u2029"})


def render(report: Report) -> str:
    """Return the ClaimReview JSON-LD text (a JSON array), safe to embed in an HTML script element."""
    return json.dumps(to_data(report), ensure_ascii=False, indent=2).translate(_EMBED_SAFE) + "\n"


def write(report: Report, path: Path | str) -> None:
    """Write the ClaimReview JSON-LD to path as UTF-8."""
    Path(path).write_text(render(report), encoding="utf-8")
