"""The rules that tie a bundle's records together: what it may talk about, its clocks, its reviews.

These are the checks that need only the bundle (docs/bundle-trust.md has the
whole trust model; `trust` holds the checks against the receiving desk):

- Clocks: the bundle's creation time lies at most MAX_SKEW_MS ahead of this
  laptop's clock, and no record in it is newer than the bundle itself; every
  history time carries the desk id of the row that holds it.
- Reach: every history row names an article the bundle carries; a row about
  a claim, source or review names one the bundle carries, in that same
  article and claim, or one the bundle says was removed (a removal the
  receiving desk may already hold instead: returned as `Reach`).
- Reviews: a claim reaches 'approved' or 'returned', or leaves 'approved',
  only in the action of the review that made it (same claim, same time);
  a claim record is approved or returned only with that review, and
  approved only with a verdict on the receiving desk's scale.
- Records: an article's content hash is the hash of its text; a record's
  `values_from` is one of its own ids.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from collections.abc import Sequence
from typing import Any

from factdesk.core.errors import InputError
from factdesk.core.store import clock
from factdesk.core.exchange.bundle_format import Bundle
from factdesk.core.intake.document import content_hash
from factdesk.core.model import RatingScale

# review decision -> the status its action gives the claim
TARGET = {"approve": "approved", "return": "returned", "reopen": "researching"}
# a withdrawal (the undo of a review) gives back the status the withdrawn review needed
BEFORE = {"approve": "ready_for_review", "return": "ready_for_review", "reopen": "approved"}


def target(review: dict[str, Any], reviews: dict[str, dict[str, Any]]) -> str | None:
    """The status a review's action gives its claim (a withdrawal: the one before the review it withdraws)."""
    if review["decision"] != "withdraw":
        return TARGET[review["decision"]]
    taken_back = reviews.get(review["withdraws"] or "")
    return BEFORE.get(taken_back["decision"]) if taken_back is not None else None


@dataclass(slots=True)
class Reach:
    """What a bundle's history talks about beyond the records it carries.

    `removed` maps claims and sources the bundle does not carry to where the
    history places them: a claim to its article id, a source to its claim id.
    `unproven` holds those of them the bundle gives no removal row for: the
    receiving desk must hold one. `reviews` lists (claim id, time, status) of
    carried reviews whose status change the bundle does not carry: the
    receiving desk must hold it.
    """

    removed: dict[tuple[str, str], str] = field(default_factory=dict)
    unproven: set[tuple[str, str]] = field(default_factory=set)
    reviews: list[tuple[str, str, str | None]] = field(default_factory=list)


def _bad(kind: str, number: int, why: str) -> InputError:
    return InputError(f"bundle rejected: records/{kind}.jsonl record {number}: {why}")


def check(bundle: Bundle, scale: RatingScale | None, wall: int | None) -> Reach:
    """Run every rule that needs only the bundle; return what must be checked against the desk."""
    newest = _check_clock(bundle, wall)
    r = bundle.records
    texts = _check_articles(r["articles"])
    claims = _check_claims(r["claims"], texts, r["reviews"], scale, bundle.manifest)
    sources: dict[str, str] = {}
    for n, s in enumerate(r["sources"], 1):
        if s["claim_id"] not in claims:
            raise _bad("sources", n, "its claim is not in the bundle")
        if s["file_hash"] is not None and s["file_hash"] not in bundle.files:
            raise _bad("sources", n, "its attached file is not in the bundle")
        if s["id"] in sources:
            raise _bad("sources", n, "duplicate id")
        sources[s["id"]] = s["claim_id"]
    reviews: dict[str, dict[str, Any]] = {}
    for n, v in enumerate(r["reviews"], 1):
        if v["claim_id"] not in claims:
            raise _bad("reviews", n, "its claim is not in the bundle")
        if v["id"] in reviews:
            raise _bad("reviews", n, "duplicate id")
        if clock.key(v["hlc"]) > newest:
            raise _bad("reviews", n, "its time lies in the future of the bundle itself (newer than the bundle)")
        reviews[v["id"]] = v
    for n, v in enumerate(r["reviews"], 1):
        taken_back = reviews.get(v["withdraws"] or "")
        if (v["decision"] == "withdraw") != (v["withdraws"] is not None):
            raise _bad("reviews", n, "only a withdrawal names a review it takes back, and it must name one")
        if v["withdraws"] is not None and (taken_back is None or taken_back["claim_id"] != v["claim_id"]
                                           or taken_back["decision"] == "withdraw"
                                           or clock.key(taken_back["hlc"]) >= clock.key(v["hlc"])):
            raise _bad("reviews", n, "it withdraws a review of its claim that the bundle does not carry")
    reach = _check_history(r["history"], texts, claims, sources, reviews)
    _check_aliases(r["aliases"], texts, claims, r["history"])
    return reach


def _check_clock(bundle: Bundle, wall: int | None) -> tuple[int, int, str]:
    """The bundle's creation time near this laptop's clock; nothing in it newer than that."""
    m = bundle.manifest
    created = m["created_hlc"]
    if clock.parse(created).desk_id != m["desk_id"]:
        raise InputError("bundle rejected: the manifest's creation time names another desk than the bundle's")
    try:
        clock.check_skew(created, wall)
    except ValueError as exc:
        raise InputError(f"bundle rejected: {exc}") from None
    newest = clock.key(created)
    for origin, stamp in m["knowledge"].items():
        if clock.key(stamp) > newest:
            raise InputError(f"bundle rejected: the manifest claims knowledge of desk {origin[:8]} "
                             f"newer than the bundle itself")
    for n, h in enumerate(bundle.records["history"], 1):
        stamp = clock.parse(h["hlc"])
        if stamp.desk_id != h["desk_id"]:
            raise _bad("history", n, "its time names another desk than the row's desk id")
        if tuple(stamp) > newest:
            raise _bad("history", n, "its time lies in the future of the bundle itself (newer than the bundle)")
    for kind in ("checks", "comments"):
        for n, c in enumerate(bundle.records.get(kind, []), 1):
            if clock.key(c["updated_hlc"]) > newest:
                raise _bad(kind, n, "its time lies in the future of the bundle itself (newer than the bundle)")
    return newest


def _check_articles(recs: Sequence[dict[str, Any]]) -> dict[str, str]:
    """Article ids to texts; each id once, each hash the hash of its text."""
    texts: dict[str, str] = {}
    for n, a in enumerate(recs, 1):
        if a["id"] in texts:
            raise _bad("articles", n, "duplicate id")
        if a["content_hash"] != content_hash(a["text"]):
            raise _bad("articles", n, "its content hash is not the hash of its text")
        _check_values_from("articles", n, a)
        texts[a["id"]] = a["text"]
    return texts


def _check_values_from(kind: str, n: int, rec: dict[str, Any]) -> None:
    if rec["values_from"] != rec["id"] and rec["values_from"] not in rec["aliases"]:
        raise _bad(kind, n, "its values_from is none of its own ids")


def _check_claims(recs: Sequence[dict[str, Any]], texts: dict[str, str], reviews: Sequence[dict[str, Any]],
                  scale: RatingScale | None, manifest: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Claim ids to records; inside their article, quoting it, with a status their reviews explain."""
    by_id = {v["id"]: v for v in reviews}
    last_review: dict[str, dict[str, Any]] = {}
    for v in reviews:
        seen = last_review.get(v["claim_id"])
        if seen is None or clock.key(v["hlc"]) > clock.key(seen["hlc"]):
            last_review[v["claim_id"]] = v
    claims: dict[str, dict[str, Any]] = {}
    for n, c in enumerate(recs, 1):
        text = texts.get(c["article_id"])
        if text is None:
            raise _bad("claims", n, "its article is not in the bundle")
        if c["id"] in claims:
            raise _bad("claims", n, "duplicate id")
        claims[c["id"]] = c
        if not (0 <= c["start"] < c["end"] <= len(text)):
            raise _bad("claims", n, f"offsets {c['start']}-{c['end']} lie outside the article (0-{len(text)})")
        if not (0 <= c["sentence_start"] <= c["sentence_end"] <= len(text)):
            raise _bad("claims", n, "sentence offsets lie outside the article")
        if text[c["start"]:c["end"]] != c["text"]:
            raise _bad("claims", n, "its text does not match the article at its offsets")
        _check_values_from("claims", n, c)
        if c["status"] in ("approved", "returned"):
            review = last_review.get(c["id"])
            if review is None or target(review, by_id) != c["status"]:
                raise _bad("claims", n, f"it is {c['status']} without the review that made it so")
        if c["status"] == "approved" and c["verdict"] is None:
            raise _bad("claims", n, "it is approved without a verdict")
        if c["verdict"] is not None and scale is not None:
            check_verdict(c["verdict"], scale, manifest, f"records/claims.jsonl record {n}")
    return claims


def check_verdict(verdict: str, scale: RatingScale, manifest: dict[str, Any], where: str) -> None:
    """InputError when a verdict is not on the receiving desk's scale, naming both desks' scales."""
    if scale.verdict(verdict) is not None:
        return
    theirs = manifest.get("scale")
    other = f"; the sending desk uses the scale '{theirs}'" if isinstance(theirs, str) and theirs != scale.id else ""
    raise InputError(f"bundle rejected: {where}: the verdict '{verdict[:40]}' is not on this desk's rating "
                     f"scale '{scale.id}'{other}; choose the same rating scale on both desks and export again")


def _check_history(rows: Sequence[dict[str, Any]], texts: dict[str, str], claims: dict[str, dict[str, Any]],
                   sources: dict[str, str], reviews: dict[str, dict[str, Any]]) -> Reach:
    """Each row inside the bundle's articles, about what it carries or says was removed; reviews paired."""
    reach = Reach()
    removals = {(h["entity"], h["entity_id"]) for h in rows if h["field"] == "removed"}
    review_at = {(v["claim_id"], v["hlc"]): v for v in reviews.values()}
    status_at = {(h["entity_id"], h["hlc"]) for h in rows if h["entity"] == "claim" and h["field"] == "status"}
    for n, h in enumerate(rows, 1):
        entity, eid, aid, cid = h["entity"], h["entity_id"], h["article_id"], h["claim_id"]
        if aid is None or aid not in texts:
            raise _bad("history", n, "its article is not in the bundle")
        if entity == "article":
            if eid != aid:
                raise _bad("history", n, "an article's row names another article")
            continue
        if cid is None or (entity == "claim" and cid != eid):
            raise _bad("history", n, "a claim's, source's or review's row must name its claim")
        if not _claim_reachable(reach, claims, removals, cid, aid):
            raise _bad("history", n, f"it names claim {cid[:8]}, which the bundle does not carry "
                                     f"in article {aid[:8]} (nor says was removed)")
        if entity == "source":
            if eid in sources:
                if sources[eid] != cid:
                    raise _bad("history", n, "it places a source under another claim than the bundle does")
            else:
                _removed(reach, removals, "source", eid, cid)
        elif entity == "review":
            if eid not in reviews or reviews[eid]["claim_id"] != cid:
                raise _bad("history", n, f"it names review {eid[:8]}, which the bundle does not carry")
        elif h["field"] == "status":
            _check_status_row(n, h, review_at.get((eid, h["hlc"])), reviews)
        if h["field"] in ("sentence_start", "sentence_end") and not 0 <= h["new"] <= len(texts[aid]):
            raise _bad("history", n, "sentence offset outside the article")
    for v in reviews.values():
        if (v["claim_id"], v["hlc"]) not in status_at:
            reach.reviews.append((v["claim_id"], v["hlc"], target(v, reviews)))
    return reach


def _claim_reachable(reach: Reach, claims: dict[str, dict[str, Any]], removals: set[tuple[str, str]],
                     cid: str, aid: str) -> bool:
    """True when the claim is carried in that article, or not carried and placed in it consistently."""
    if cid in claims:
        return claims[cid]["article_id"] == aid
    placed = reach.removed.setdefault(("claim", cid), aid)
    if placed != aid:
        return False
    if ("claim", cid) not in removals:
        reach.unproven.add(("claim", cid))
    return True


def _removed(reach: Reach, removals: set[tuple[str, str]], entity: str, eid: str, parent: str) -> None:
    """Note a source the bundle does not carry: it must have been removed (here or in the bundle)."""
    placed = reach.removed.setdefault((entity, eid), parent)
    if placed != parent:
        raise InputError(f"bundle rejected: records/history.jsonl places {entity} {eid[:8]} "
                         f"under two different claims")
    if (entity, eid) not in removals:
        reach.unproven.add((entity, eid))


def _check_status_row(n: int, h: dict[str, Any], review: dict[str, Any] | None,
                      reviews: dict[str, dict[str, Any]]) -> None:
    """Approving, returning and reopening (and undoing them) happen only in a review's own action."""
    needs_review = h["new"] in ("approved", "returned") or h["old"] == "approved"
    if review is None and h["new"] == "returned" and _standing_return(h, reviews):
        return  # a checker's step off "returned", undone: back to what the lead's return decided
    if review is not None and target(review, reviews) != h["new"]:
        raise _bad("history", n, f"its status '{h['new']}' is not what the review at that time decided")
    if needs_review and review is None:
        raise _bad("history", n, f"it sets claim {h['entity_id'][:8]} to '{h['new']}' without the review "
                                 f"that made it so")


def _standing_return(h: dict[str, Any], reviews: dict[str, dict[str, Any]]) -> bool:
    """True when the claim's newest review before this row, not withdrawn, is a return."""
    stamp = clock.key(h["hlc"])
    earlier = [v for v in reviews.values() if v["claim_id"] == h["entity_id"] and clock.key(v["hlc"]) < stamp]
    withdrawn = {v["withdraws"] for v in earlier if v["withdraws"]}
    standing = [v for v in earlier if v["decision"] != "withdraw" and v["id"] not in withdrawn]
    return bool(standing) and max(standing, key=lambda v: clock.key(v["hlc"]))["decision"] == "return"


def _check_aliases(recs: Sequence[dict[str, Any]], texts: dict[str, str], claims: dict[str, dict[str, Any]],
                   history: Sequence[dict[str, Any]]) -> None:
    """An alias record names an article the bundle carries, or a claim it carries or talks about."""
    talked = {h["entity_id"] for h in history if h["entity"] == "claim"}
    for n, a in enumerate(recs, 1):
        known = texts if a["entity"] == "article" else claims.keys() | talked
        if a["id"] not in known:
            raise _bad("aliases", n, f"it names {a['entity']} {a['id'][:8]}, which the bundle does not carry")
