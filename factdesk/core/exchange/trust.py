"""The checks of a bundle against the receiving desk (docs/bundle-trust.md).

`links` checks what a bundle says about itself; these check that what it
says fits what this desk holds. They run inside the import's transaction,
as the merge maps the bundle's ids to this desk's, and refuse the whole
bundle (InputError, rolled back) when a record would reach outside the
articles the bundle carries:

- a record matched to something here by id or alias must be that thing:
  an article with the same content hash, a claim in the same article at
  the same span, a source or review under the same claim;
- a history row lands only on an entity in the place the row names;
- nothing arrives in this desk's own name that this desk did not make;
- a claim or source the bundle does not carry is one that was removed, and
  a review's status change is in the bundle or already here.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from factdesk.core.errors import InputError
from factdesk.core.store import clock
from factdesk.core.exchange.links import Reach


def _bad(kind: str, number: int | None, why: str) -> InputError:
    where = f"records/{kind}.jsonl record {number}" if number else f"records/{kind}.jsonl"
    return InputError(f"bundle rejected: {where}: {why}")


def check_article(store, n: int, rec: dict[str, Any], local: str) -> None:
    """An article matched by id or alias holds the same text (the same content hash) here."""
    row = store.get_row("article", local)
    if row is not None and row["content_hash"] != rec["content_hash"]:
        raise _bad("articles", n, f"it takes the id of article {local[:8]} of this desk, whose text differs")


def check_claim(store, n: int, rec: dict[str, Any], local: str, article: str) -> None:
    """A claim matched by id or alias lies here in the same article, at the same span."""
    placed = store.placements("claim", [local]).get(local)
    span = store.claim_spans([local]).get(local)
    if (placed is not None and placed != article) or (span is not None and span != (rec["start"], rec["end"])):
        raise _bad("claims", n, f"it takes the id or alias of claim {local[:8]} of this desk, "
                                f"which is another claim (another article or span)")


def check_children(store, kind: str, entity: str, recs: Sequence[dict[str, Any]], cmap: dict[str, str]) -> None:
    """Sources and reviews this desk already holds stay under the claim they belong to."""
    held = store.placements(entity, [r["id"] for r in recs])
    for n, r in enumerate(recs, 1):
        if r["id"] in held and held[r["id"]] != cmap.get(r["claim_id"], r["claim_id"]):
            raise _bad(kind, n, f"it names {entity} {r['id'][:8]} of this desk under another claim")


def check_aliases(store, recs: Sequence[dict[str, Any]], resolve) -> None:
    """Both ids of an alias record name the same live thing here (or at most one of them does).

    A claim removed here may have a twin that lives on: that is no clash.
    """
    for n, a in enumerate(recs, 1):
        left, right = resolve(a["entity"], a["alias"]), resolve(a["entity"], a["id"])
        live = store.existing_ids(a["entity"], [i for i in (left, right) if i])
        if left in live and right in live and left != right:
            raise _bad("aliases", n, f"it ties {a['entity']} {left[:8]} of this desk to another one")


def check_rows(store, rows: Sequence[dict[str, Any]], have: set[tuple[str, str, str | None]], desk_id: str,
               offset: int = 0) -> None:
    """History rows (with this desk's ids) land where they say, and none speaks in this desk's name.

    `rows` are records offset+1… of the bundle's history; `have` the keys this desk holds at their times.
    """
    for n, h in enumerate(rows, offset + 1):
        # a row of ours may come back under another desk's id for the same claim: the action
        # (its time), the field and the value must still be ours
        if h["desk_id"] == desk_id and (h["entity_id"], h["hlc"], h["field"]) not in have \
                and not store.has_history(None, h["hlc"], h["field"], h["new"]):
            raise _bad("history", n, "it holds an edit in this desk's name that this desk never made")
    for entity, parent in (("claim", "article_id"), ("source", "claim_id"), ("review", "claim_id")):
        mine = [(n, h) for n, h in enumerate(rows, offset + 1) if h["entity"] == entity]
        held = store.placements(entity, sorted({h["entity_id"] for _, h in mine}))
        for n, h in mine:
            where = held.get(h["entity_id"])
            if where is not None and where != h[parent]:
                raise _bad("history", n, f"it names {entity} {h['entity_id'][:8]} of this desk, which the "
                                         f"bundle does not carry (it lies elsewhere here)")


def check_reach(store, reach: Reach, local) -> None:
    """What the bundle does not carry was removed; reviews' status changes are in the bundle or here."""
    for entity, eid in sorted(reach.unproven):
        mine = local(entity, eid)
        if not store.removed_entities(entity, [mine]):
            raise _bad("history", None, f"it edits {entity} {eid[:8]}, which the bundle does not carry "
                                        f"and nobody removed")
    for cid, stamp, status in reach.reviews:
        if not store.has_history(local("claim", cid), stamp, "status", status):
            raise _bad("reviews", None, f"a review of claim {cid[:8]} at {stamp[:13]} comes without the "
                                        f"status change it made")


def check_reviews_not_mine(store, recs: Sequence[dict[str, Any]], desk_id: str) -> None:
    """A review in this desk's name must be one this desk made."""
    mine = [r for r in recs if clock.parse(r["hlc"]).desk_id == desk_id]
    held = store.existing_ids("review", [r["id"] for r in mine])
    for r in mine:
        if r["id"] not in held:
            raise _bad("reviews", None, f"review {r['id'][:8]} is in this desk's name, but this desk never made it")
