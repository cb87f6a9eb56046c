"""Checking every record of a bundle: types, lengths, enums from model.py, UUIDs, offsets.

Each record kind has a field table (type, nullable, maximum length, allowed
values). Unknown fields, missing fields and wrong types are refused; claims
must lie inside their article's text and quote it exactly; sources, reviews
and history rows must refer to records the bundle carries. The first problem
found becomes one InputError line naming the member, the record and the field.
"""

from __future__ import annotations

import re
from typing import Any, Callable

from factdesk.core.errors import InputError
from factdesk.core.exchange import checks_records, hlc
from factdesk.core.exchange.bundle_format import Bundle
from factdesk.core.model import CLAIM_TYPES, ORIGINS, QUALIFIERS, STATUSES

UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
SHA256 = re.compile(r"^[0-9a-f]{64}$")
ENTITIES = ("article", "claim", "source", "review")
DECISIONS = ("approve", "return", "reopen")
MAX_TEXT = 2_000_000
MAX_ALIASES = 1000  # one per desk that imported the same article on its own

# (json types, nullable, max length for strings, allowed values or a checker)
Spec = tuple[tuple[type, ...], bool, int, Any]
STR, NUM, INT = (str,), (int, float), (int,)


def _is_uuid(v: Any) -> bool:
    return isinstance(v, str) and UUID.match(v) is not None


def _is_sha(v: Any) -> bool:
    return isinstance(v, str) and SHA256.match(v) is not None


ARTICLE: dict[str, Spec] = {
    "id": (STR, False, 36, _is_uuid), "text": (STR, False, MAX_TEXT, None),
    "title": (STR, True, 2000, None), "outlet": (STR, True, 500, None), "url": (STR, True, 4000, None),
    "published": (STR, True, 40, None), "author": (STR, True, 1000, None), "place": (STR, True, 500, None),
    "language": (STR, True, 16, None), "content_hash": (STR, False, 128, None),
    "imported_at": (STR, False, 40, None), "imported_by": (STR, False, 200, None),
    "aliases": ((list,), False, MAX_ALIASES, _is_uuid), "values_from": (STR, False, 36, _is_uuid),
}
CLAIM: dict[str, Spec] = {
    "id": (STR, False, 36, _is_uuid), "article_id": (STR, False, 36, _is_uuid),
    "start": (INT, False, 0, None), "end": (INT, False, 0, None), "text": (STR, False, 100_000, None),
    "type": (STR, False, 40, CLAIM_TYPES), "value": (NUM, True, 0, None), "unit": (STR, True, 100, None),
    "qualifier": (STR, True, 20, QUALIFIERS), "speaker": (STR, True, 1000, None),
    "sentence_start": (INT, False, 0, None), "sentence_end": (INT, False, 0, None),
    "score": (NUM, False, 0, None), "origin": (STR, False, 20, ORIGINS), "status": (STR, False, 30, STATUSES),
    "verdict": (STR, True, 100, None), "rationale": (STR, True, 100_000, None), "assignee": (STR, True, 200, None),
    "created_at": (STR, False, 40, None), "created_by": (STR, False, 200, None),
    "aliases": ((list,), False, MAX_ALIASES, _is_uuid), "values_from": (STR, False, 36, _is_uuid),
}
SOURCE: dict[str, Spec] = {
    "id": (STR, False, 36, _is_uuid), "claim_id": (STR, False, 36, _is_uuid),
    "url": (STR, True, 4000, None), "title": (STR, True, 2000, None), "publisher": (STR, True, 500, None),
    "published": (STR, True, 40, None), "accessed": (STR, True, 40, None), "excerpt": (STR, True, 100_000, None),
    "file_name": (STR, True, 500, None), "file_hash": (STR, True, 64, _is_sha),
    "created_at": (STR, False, 40, None), "created_by": (STR, False, 200, None),
}
REVIEW: dict[str, Spec] = {
    "id": (STR, False, 36, _is_uuid), "claim_id": (STR, False, 36, _is_uuid),
    "decision": (STR, False, 10, DECISIONS), "reviewer": (STR, False, 200, None),
    "comment": (STR, True, 100_000, None), "created_at": (STR, False, 40, None),
    "hlc": (STR, False, 60, hlc.is_valid),
}
HISTORY: dict[str, Spec] = {
    "at": (STR, False, 40, None), "by": (STR, False, 200, None), "entity": (STR, False, 20, ENTITIES),
    "entity_id": (STR, False, 36, _is_uuid), "article_id": (STR, True, 36, _is_uuid),
    "claim_id": (STR, True, 36, _is_uuid), "field": (STR, True, 64, None),
    "old": ((str, int, float), True, 200_000, None), "new": ((str, int, float), True, 200_000, None),
    "hlc": (STR, False, 60, hlc.is_valid), "desk_id": (STR, False, 36, _is_uuid),
}
ALIAS: dict[str, Spec] = {
    "alias": (STR, False, 36, _is_uuid), "entity": (STR, False, 10, ("article", "claim")),
    "id": (STR, False, 36, _is_uuid),
}
SPECS: dict[str, dict[str, Spec]] = {"articles": ARTICLE, "claims": CLAIM, "sources": SOURCE,
                                     "reviews": REVIEW, "history": HISTORY, "aliases": ALIAS,
                                     "checks": checks_records.CHECK}


def _bad(kind: str, number: int, why: str) -> InputError:
    return InputError(f"bundle rejected: records/{kind}.jsonl record {number}: {why}")


def check_record(kind: str, number: int, rec: dict[str, Any]) -> None:
    """Check one record against its field table; InputError naming the first bad field."""
    spec = SPECS[kind]
    if len(rec) != len(spec) or rec.keys() != spec.keys():
        extra = set(rec) - set(spec)
        if extra:
            raise _bad(kind, number, f"unknown field '{sorted(extra)[0][:40]}'")
        missing = sorted(set(spec) - set(rec))
        raise _bad(kind, number, f"field '{missing[0]}' is missing")
    for name, (types, nullable, max_len, allowed) in spec.items():
        v = rec[name]
        if v is None:
            if not nullable:
                raise _bad(kind, number, f"field '{name}' must not be null")
            continue
        if v.__class__ not in types:  # exact types: no bool for int, no subclasses
            raise _bad(kind, number, f"field '{name}' has the wrong type ({type(v).__name__})")
        if max_len and v.__class__ in (str, list) and len(v) > max_len:
            raise _bad(kind, number, f"field '{name}' is too long ({len(v)} > {max_len})")
        if v.__class__ is int and not -2**53 <= v <= 2**53:
            raise _bad(kind, number, f"field '{name}' is out of range")
        if allowed is None:
            continue
        if v.__class__ is list:
            if not all(_check(allowed, item) for item in v):
                raise _bad(kind, number, f"field '{name}' holds an invalid entry")
        elif not _check(allowed, v):
            raise _bad(kind, number, f"field '{name}' has an invalid value {str(v)[:40]!r}")


def _check(allowed: tuple[str, ...] | Callable[[Any], bool], v: Any) -> bool:
    return v in allowed if allowed.__class__ is tuple else allowed(v)


def validate_bundle(bundle: Bundle) -> None:
    """Check every record and the links between them; InputError on the first problem."""
    m = bundle.manifest
    if not _is_uuid(m.get("desk_id")):
        raise InputError("bundle rejected: the manifest has no valid desk id")
    for key in ("created_hlc",):
        if not hlc.is_valid(m.get(key)):
            raise InputError(f"bundle rejected: the manifest's {key} is not an HLC time")
    for key in ("knowledge", "since"):
        vec = m.get(key)
        if vec is None and key == "since":
            continue
        if not isinstance(vec, dict) or not all(_is_uuid(k) and hlc.is_valid(v) for k, v in vec.items()):
            raise InputError(f"bundle rejected: the manifest's {key} is malformed")
    try:
        hlc.check_not_future(m["created_hlc"])
    except ValueError as exc:
        raise InputError(f"bundle rejected: {exc}") from None
    for kind, records in bundle.records.items():
        for number, rec in enumerate(records, 1):
            check_record(kind, number, rec)
    _check_links(bundle)
    checks_records.check_links(bundle.records.get("checks", []), lambda n, why: _bad("checks", n, why))


def _check_links(bundle: Bundle) -> None:
    """Claims inside their article's text; sources, reviews, history pointing into the bundle."""
    r = bundle.records
    texts: dict[str, str] = {}
    for n, a in enumerate(r["articles"], 1):
        if a["id"] in texts:
            raise _bad("articles", n, "duplicate id")
        texts[a["id"]] = a["text"]
    claims: set[str] = set()
    for n, c in enumerate(r["claims"], 1):
        text = texts.get(c["article_id"])
        if text is None:
            raise _bad("claims", n, "its article is not in the bundle")
        if c["id"] in claims:
            raise _bad("claims", n, "duplicate id")
        claims.add(c["id"])
        if not (0 <= c["start"] < c["end"] <= len(text)):
            raise _bad("claims", n, f"offsets {c['start']}-{c['end']} lie outside the article (0-{len(text)})")
        if not (0 <= c["sentence_start"] <= c["sentence_end"] <= len(text)):
            raise _bad("claims", n, "sentence offsets lie outside the article")
        if text[c["start"]:c["end"]] != c["text"]:
            raise _bad("claims", n, "its text does not match the article at its offsets")
    sources: set[str] = set()
    for n, s in enumerate(r["sources"], 1):
        if s["claim_id"] not in claims:
            raise _bad("sources", n, "its claim is not in the bundle")
        if s["file_hash"] is not None and s["file_hash"] not in bundle.files:
            raise _bad("sources", n, "its attached file is not in the bundle")
        sources.add(s["id"])
    reviews: set[str] = set()
    for n, v in enumerate(r["reviews"], 1):
        if v["claim_id"] not in claims:
            raise _bad("reviews", n, "its claim is not in the bundle")
        reviews.add(v["id"])
    for n, h in enumerate(r["history"], 1):
        _check_history_value(n, h)
        if h["entity"] == "claim" and h["field"] in ("sentence_start", "sentence_end") and h["article_id"] \
                and h["article_id"] in texts and not 0 <= h["new"] <= len(texts[h["article_id"]]):
            raise _bad("history", n, "sentence offset outside the article")
        if h["article_id"] is not None and h["article_id"] not in texts:
            raise _bad("history", n, "its article is not in the bundle")
        if h["entity"] == "article" and h["entity_id"] not in texts:
            raise _bad("history", n, "its article is not in the bundle")
        if h["entity"] == "claim" and h["entity_id"] not in claims and h["article_id"] is None:
            raise _bad("history", n, "its claim is not in the bundle")


# The fields a merge may set from a history row, and what their new values must look like.
APPLIED_FIELDS: dict[str, tuple[str, ...]] = {
    # `text` is left out: a claim's text is its span of the (unchanging) article text
    "claim": ("status", "verdict", "rationale", "assignee", "type", "value", "unit", "qualifier", "speaker",
              "sentence_start", "sentence_end", "score"),
    "source": ("url", "title", "publisher", "published", "accessed", "excerpt", "file_name", "file_hash"),
    "article": ("language",),
}
_ENTITY_SPECS = {"claim": CLAIM, "source": SOURCE, "article": ARTICLE}


def _check_history_value(n: int, h: dict[str, Any]) -> None:
    """A history row's new value must be valid for the field it would set."""
    fld = h["field"]
    if fld == "removed":
        if h["entity"] not in ("claim", "source") or h["new"] != 1:
            raise _bad("history", n, "invalid removal")
        return
    if fld not in APPLIED_FIELDS.get(h["entity"], ()):
        return
    types, nullable, max_len, allowed = _ENTITY_SPECS[h["entity"]][fld]
    v = h["new"]
    if v is None:
        if not nullable:
            raise _bad("history", n, f"'{fld}' must not be null")
        return
    if v.__class__ not in types or (max_len and isinstance(v, str) and len(v) > max_len) \
            or (allowed is not None and not _check(allowed, v)) or (isinstance(v, int) and abs(v) > 2**53):
        raise _bad("history", n, f"invalid new value for '{fld}': {str(v)[:40]!r}")
