"""Comment threads in bundles: the optional `records/comments.jsonl` member, its checks, export and merge.

A bundle carries every comment of the claims it carries (an article travels
whole), withdrawn ones too. A comment is the same id on every desk; its text
never changes; its `withdrawn` state is settled by the newer `updated_hlc`,
the same rule on every desk, so desks converge whatever order bundles come
in. Untrusted like every record: an exact field table, the claim carried by
the bundle, times valid and not newer than the bundle, ids once.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Callable

from factdesk.core.exchange.fields import INT, STR, Spec, is_time, is_uuid
from factdesk.core.store import clock

KIND = "comments"

COMMENT: dict[str, Spec] = {
    "id": (STR, False, 36, is_uuid), "claim_id": (STR, False, 36, is_uuid),
    "author": (STR, False, 200, lambda v: bool(v.strip())), "body": (STR, False, 20_000, lambda v: bool(v.strip())),
    "created_at": (STR, False, 40, is_time), "hlc": (STR, False, 60, clock.is_valid),
    "withdrawn": (INT, False, 0, (0, 1)), "updated_hlc": (STR, False, 60, clock.is_valid),
}


def check_links(rows: Sequence[dict[str, Any]], claims: set[str], history: Sequence[dict[str, Any]],
                bad: Callable[[int, str], Exception]) -> None:
    """Each comment under a claim the bundle carries, once, its state no older than it; history rows
    about comments name one the bundle carries, under the same claim. `bad(n, why)` makes the error."""
    seen: dict[str, str] = {}
    for n, c in enumerate(rows, 1):
        if c["id"] in seen:
            raise bad(n, "duplicate id")
        if c["claim_id"] not in claims:
            raise bad(n, "its claim is not in the bundle")
        if clock.key(c["updated_hlc"]) < clock.key(c["hlc"]):
            raise bad(n, "its state is older than the comment itself")
        seen[c["id"]] = c["claim_id"]
    for n, h in enumerate(history, 1):
        if h["entity"] == "comment" and seen.get(h["entity_id"]) != h["claim_id"]:
            raise bad(n, f"a history row names comment {h['entity_id'][:8]}, which the bundle does not carry "
                         f"under that claim")


def newest(rows: Sequence[dict[str, Any]]) -> list[str]:
    """The times a bundle's comments carry (for its clock checks)."""
    return [c["updated_hlc"] for c in rows]


def export_rows(store, claim_ids: list[str]) -> list[dict[str, Any]]:
    """The comments a bundle carries: every comment of its claims (`store`: the desk's exchange store)."""
    return store.comment_rows(claim_ids)


def merge(store, rows: Sequence[dict[str, Any]], cmap: dict[str, str]) -> int:
    """Add new comments (under this desk's claim ids) and take newer states; return how many changed."""
    if not rows:
        return 0
    held = store.comment_stamps([c["id"] for c in rows])
    new, changed = [], 0
    for c in rows:
        if c["claim_id"] not in cmap:
            continue
        if c["id"] not in held:
            new.append({**c, "claim_id": cmap[c["claim_id"]]})
        elif clock.key(c["updated_hlc"]) > clock.key(held[c["id"]]):
            store.set_comment_state(c["id"], c["withdrawn"], c["updated_hlc"])
            changed += 1
    store.insert_comments(new)
    return len(new) + changed
