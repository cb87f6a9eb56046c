"""A checker for Google's fact-check (ClaimReview) structured-data rules, for the report tests.

The property tables follow Google Search Central's "Fact check (ClaimReview)
structured data" page: required properties are errors when missing or
malformed, recommended ones are reported as warnings, like Google's Rich
Results Test does. Extra constraints from the same page: `url` is absolute
(same site as the page) and may carry an anchor; `claimReviewed` should stay
under 75 characters and must not hold the rating; a Rating with
`bestRating` needs `worstRating` and the reverse, and `ratingValue` lies
between them; `author` (of the review and of the claim) is an Organization
or a Person with a name; `appearance`/`firstAppearance` are a URL or a
CreativeWork.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any
from urllib.parse import urlsplit

REQUIRED = {
    "ClaimReview": ("claimReviewed", "reviewRating", "url"),
    "Rating": ("alternateName",),
}
RECOMMENDED = {
    "ClaimReview": ("author", "datePublished", "itemReviewed"),
    "Claim": ("appearance", "author", "datePublished", "firstAppearance"),
    "Rating": ("bestRating", "name", "ratingValue", "worstRating"),
}
CLAIM_REVIEWED_ADVICE = 75


def _absolute(url: Any) -> bool:
    if not isinstance(url, str):
        return False
    parts = urlsplit(url)
    return parts.scheme in ("http", "https") and bool(parts.netloc)


def _iso_date(value: Any) -> bool:
    try:
        date.fromisoformat(str(value)[:10])
        return True
    except ValueError:
        return False


def _party(node: Any, where: str, errors: list[str]) -> None:
    if not isinstance(node, dict) or node.get("@type") not in ("Organization", "Person"):
        errors.append(f"{where}: must be an Organization or a Person")
    elif not str(node.get("name") or "").strip():
        errors.append(f"{where}.name: missing")


def _work(node: Any, where: str, errors: list[str]) -> None:
    if isinstance(node, str):
        if not _absolute(node):
            errors.append(f"{where}: not an absolute URL")
        return
    if not isinstance(node, dict) or node.get("@type") != "CreativeWork":
        errors.append(f"{where}: must be a URL or a CreativeWork")
    elif "url" in node and not _absolute(node["url"]):
        errors.append(f"{where}.url: not an absolute URL")


def check(review: dict[str, Any]) -> tuple[list[str], list[str]]:
    """Return (errors, warnings) for one ClaimReview object."""
    errors: list[str] = []
    warnings: list[str] = []
    if review.get("@context") not in ("https://schema.org", "http://schema.org"):
        errors.append("@context: not schema.org")
    if review.get("@type") != "ClaimReview":
        errors.append("@type: not ClaimReview")
    nodes = {"ClaimReview": review, "Rating": review.get("reviewRating"), "Claim": review.get("itemReviewed")}
    for kind, props in REQUIRED.items():
        node = nodes[kind]
        for prop in props:
            if not isinstance(node, dict) or node.get(prop) in (None, "", [], {}):
                errors.append(f"{kind}.{prop}: required, missing")
    for kind, props in RECOMMENDED.items():
        node = nodes[kind]
        for prop in props:
            if not isinstance(node, dict) or node.get(prop) in (None, "", [], {}):
                warnings.append(f"{kind}.{prop}: recommended, missing")
    if not _absolute(review.get("url")):
        errors.append("url: not an absolute http(s) URL")
    text = review.get("claimReviewed")
    rating = review.get("reviewRating") if isinstance(review.get("reviewRating"), dict) else {}
    if isinstance(text, str):
        if len(text) >= CLAIM_REVIEWED_ADVICE:
            warnings.append(f"claimReviewed: {len(text)} characters (advice: less than 75)")
        for label in (rating.get("alternateName"), rating.get("name")):
            if label and re.search(rf"(?<!\w){re.escape(label)}(?!\w)", text, re.IGNORECASE):
                errors.append(f"claimReviewed holds the rating {label!r}")
    if rating:
        if rating.get("@type") != "Rating":
            errors.append("reviewRating: not a Rating")
        best, worst, value = rating.get("bestRating"), rating.get("worstRating"), rating.get("ratingValue")
        if (best is None) != (worst is None):
            errors.append("Rating: bestRating and worstRating go together")
        if value is not None and best is not None and worst is not None and not worst <= value <= best:
            errors.append("Rating.ratingValue: outside worstRating..bestRating")
    if "author" in review:
        _party(review["author"], "author", errors)
    if "datePublished" in review and not _iso_date(review["datePublished"]):
        errors.append("datePublished: not an ISO 8601 date")
    claim = review.get("itemReviewed")
    if isinstance(claim, dict):
        if claim.get("@type") != "Claim":
            errors.append("itemReviewed: not a Claim")
        if "author" in claim:
            _party(claim["author"], "itemReviewed.author", errors)
        for prop in ("appearance", "firstAppearance"):
            if prop in claim:
                _work(claim[prop], f"itemReviewed.{prop}", errors)
        if "datePublished" in claim and not _iso_date(claim["datePublished"]):
            errors.append("itemReviewed.datePublished: not an ISO 8601 date")
    return errors, warnings
