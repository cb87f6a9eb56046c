"""Checking every record of a bundle on its own: types, lengths, enums from model.py, UUIDs, text.

Each record kind has a field table (type, nullable, maximum length, allowed
values). Unknown fields, missing fields and wrong types are refused; strings
must be real text (no lone surrogates, no NUL); numbers must be finite;
times, addresses and attached file names follow the desk's own rules.
`validate_bundle` then runs the rules that tie records together
(`links`: what a bundle may talk about, its clocks, reviews and verdicts).
The first problem found becomes one InputError line naming the member, the
record and the field. The rules are written down in docs/bundle-trust.md.
"""

from __future__ import annotations

import math
import re
from typing import Any, Callable

from factdesk.core.errors import InputError
from factdesk.core.exchange import checks_records, comments_records, links
from factdesk.core.exchange.bundle_format import Bundle
from factdesk.core.exchange.fields import (INT, NUM, STR, Spec, is_date, is_file_name, is_sha, is_time, is_url,
                                           is_uuid)
from factdesk.core.model import CLAIM_TYPES, ORIGINS, QUALIFIERS, SHELVES, STATUSES, RatingScale, plausible_value
from factdesk.core.store import clock

ENTITIES = ("article", "claim", "source", "review", "comment")
DECISIONS = ("approve", "return", "reopen", "withdraw")
MAX_TEXT = 2_000_000
MAX_ALIASES = 1000  # one per desk that imported the same article on its own

_TEXT_FAULT = re.compile("[\ud800-\udfff\x00]")


ARTICLE: dict[str, Spec] = {
    "id": (STR, False, 36, is_uuid), "text": (STR, False, MAX_TEXT, None),
    "title": (STR, True, 2000, None), "outlet": (STR, True, 500, None), "url": (STR, True, 4000, None),
    "published": (STR, True, 40, None), "author": (STR, True, 1000, None), "place": (STR, True, 500, None),
    "language": (STR, True, 16, None), "content_hash": (STR, False, 128, None),
    "imported_at": (STR, False, 40, is_time), "imported_by": (STR, False, 200, None),
    "aliases": ((list,), False, MAX_ALIASES, is_uuid), "values_from": (STR, False, 36, is_uuid),
    "shelf": (STR, True, 10, SHELVES),
}
CLAIM: dict[str, Spec] = {
    "id": (STR, False, 36, is_uuid), "article_id": (STR, False, 36, is_uuid),
    "start": (INT, False, 0, None), "end": (INT, False, 0, None), "text": (STR, False, 100_000, None),
    "type": (STR, False, 40, CLAIM_TYPES), "value": (NUM, True, 0, plausible_value), "unit": (STR, True, 100, None),
    "qualifier": (STR, True, 20, QUALIFIERS), "speaker": (STR, True, 1000, None),
    "sentence_start": (INT, False, 0, None), "sentence_end": (INT, False, 0, None),
    "score": (NUM, False, 0, None), "origin": (STR, False, 20, ORIGINS), "status": (STR, False, 30, STATUSES),
    "verdict": (STR, True, 100, None), "rationale": (STR, True, 100_000, None), "assignee": (STR, True, 200, None),
    "created_at": (STR, False, 40, is_time), "created_by": (STR, False, 200, None),
    "aliases": ((list,), False, MAX_ALIASES, is_uuid), "values_from": (STR, False, 36, is_uuid),
    "shelf": (STR, True, 10, SHELVES),
}
SOURCE: dict[str, Spec] = {
    "id": (STR, False, 36, is_uuid), "claim_id": (STR, False, 36, is_uuid),
    "url": (STR, True, 4000, is_url), "title": (STR, True, 2000, None), "publisher": (STR, True, 500, None),
    "published": (STR, True, 40, is_date), "accessed": (STR, True, 40, is_date),
    "excerpt": (STR, True, 100_000, None),
    "file_name": (STR, True, 500, is_file_name), "file_hash": (STR, True, 64, is_sha),
    "created_at": (STR, False, 40, is_time), "created_by": (STR, False, 200, None),
}
REVIEW: dict[str, Spec] = {
    "id": (STR, False, 36, is_uuid), "claim_id": (STR, False, 36, is_uuid),
    "decision": (STR, False, 10, DECISIONS), "reviewer": (STR, False, 200, None),
    "comment": (STR, True, 100_000, None), "created_at": (STR, False, 40, is_time),
    "hlc": (STR, False, 60, clock.is_valid),
    "withdraws": (STR, True, 36, is_uuid), "override": (STR, True, 100_000, None),
}
# Fields a record of a bundle written before they existed may lack (read as null).
LATER_FIELDS: dict[str, tuple[str, ...]] = {"reviews": ("withdraws", "override"), "articles": ("shelf",),
                                            "claims": ("shelf",)}
HISTORY: dict[str, Spec] = {
    "at": (STR, False, 40, is_time), "by": (STR, False, 200, None), "entity": (STR, False, 20, ENTITIES),
    "entity_id": (STR, False, 36, is_uuid), "article_id": (STR, True, 36, is_uuid),
    "claim_id": (STR, True, 36, is_uuid), "field": (STR, True, 64, None),
    "old": ((str, int, float), True, 200_000, None), "new": ((str, int, float), True, 200_000, None),
    "hlc": (STR, False, 60, clock.is_valid), "desk_id": (STR, False, 36, is_uuid),
}
ALIAS: dict[str, Spec] = {
    "alias": (STR, False, 36, is_uuid), "entity": (STR, False, 10, ("article", "claim")),
    "id": (STR, False, 36, is_uuid),
}
SPECS: dict[str, dict[str, Spec]] = {"articles": ARTICLE, "claims": CLAIM, "sources": SOURCE,
                                     "reviews": REVIEW, "history": HISTORY, "aliases": ALIAS,
                                     "checks": checks_records.CHECK, "comments": comments_records.COMMENT}


def _bad(kind: str, number: int, why: str) -> InputError:
    return InputError(f"bundle rejected: records/{kind}.jsonl record {number}: {why}")


def check_record(kind: str, number: int, rec: dict[str, Any]) -> None:
    """Check one record against its field table; InputError naming the first bad field."""
    spec = SPECS[kind]
    for name in LATER_FIELDS.get(kind, ()):
        if rec.__class__ is dict and name not in rec:
            rec[name] = None
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
        if v.__class__ is str and _TEXT_FAULT.search(v):
            raise _bad(kind, number, f"field '{name}' is not valid text (a lone surrogate or a NUL character)")
        if v.__class__ is int and not -2**53 <= v <= 2**53:
            raise _bad(kind, number, f"field '{name}' is out of range")
        if v.__class__ is float and not math.isfinite(v):
            raise _bad(kind, number, f"field '{name}' is not a finite number")
        if allowed is None:
            continue
        if v.__class__ is list:
            if not all(_check(allowed, item) for item in v):
                raise _bad(kind, number, f"field '{name}' holds an invalid entry")
        elif not _check(allowed, v):
            what = {is_url: "not a web address (http:// or https://)",
                    is_file_name: "not a plain file name"}.get(allowed, "an invalid value")
            raise _bad(kind, number, f"field '{name}' has {what}: {str(v)[:40]!r}")


def _check(allowed: tuple[str, ...] | Callable[[Any], bool], v: Any) -> bool:
    return v in allowed if isinstance(allowed, tuple) else allowed(v)


def validate_bundle(bundle: Bundle, scale: RatingScale | None = None, wall: int | None = None) -> links.Reach:
    """Check every record and the links between them; InputError on the first problem.

    `scale` is the receiving desk's rating scale (verdicts must be on it);
    `wall` its clock in ms (tests pass one). Returns what the bundle reaches
    beyond its own records, for the checks against the receiving desk.
    """
    m = bundle.manifest
    if not is_uuid(m.get("desk_id")):
        raise InputError("bundle rejected: the manifest has no valid desk id")
    if not clock.is_valid(m.get("created_hlc")):
        raise InputError("bundle rejected: the manifest's created_hlc is not an HLC time")
    for key in ("knowledge", "since"):
        vec = m.get(key)
        if vec is None and key == "since":
            continue
        if not isinstance(vec, dict) or not all(is_uuid(k) and clock.is_valid(v) for k, v in vec.items()):
            raise InputError(f"bundle rejected: the manifest's {key} is malformed")
    for kind, records in bundle.records.items():
        for number, rec in enumerate(records, 1):
            check_record(kind, number, rec)
    checks_records.check_links(bundle.records.get("checks", []), lambda n, why: _bad("checks", n, why))
    comments_records.check_links(bundle.records.get("comments", []), {c["id"] for c in bundle.records["claims"]},
                                 bundle.records["history"], lambda n, why: _bad("comments", n, why))
    for n, h in enumerate(bundle.records["history"], 1):
        _check_history_value(n, h)
    return links.check(bundle, scale, wall)


# The fields a merge may set from a history row, and what their new values must look like.
APPLIED_FIELDS: dict[str, tuple[str, ...]] = {
    # `text` is left out: a claim's text is its span of the (unchanging) article text
    "claim": ("status", "verdict", "rationale", "assignee", "type", "value", "unit", "qualifier", "speaker",
              "sentence_start", "sentence_end", "score", "shelf"),
    "source": ("url", "title", "publisher", "published", "accessed", "excerpt", "file_name", "file_hash"),
    "article": ("language", "shelf"),
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
            or (allowed is not None and not _check(allowed, v)) or (isinstance(v, int) and abs(v) > 2**53) \
            or (isinstance(v, float) and not math.isfinite(v)):
        raise _bad("history", n, f"invalid new value for '{fld}': {str(v)[:40]!r}")

