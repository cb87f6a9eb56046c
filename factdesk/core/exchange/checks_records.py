"""Earlier fact-checks in bundles: the `records/checks.jsonl` member, its checks, its export and merge.

Only imported fact-checks travel (origin 'import'); the desk's own approved
verdicts travel as the claims they are. A record carries the check as its
publisher gave it, never FactDesk's analysis of it: the receiving desk
detects and indexes the claim itself. The same check on two desks is the
same id; the newer `updated_hlc` wins, the same rule everywhere, so desks
converge whatever order bundles arrive in.

Untrusted like every record: exact field table (types, lengths, nulls), web
addresses only http(s), dates ISO, numbers finite and bounded, HLC times
valid and not in the future, no duplicate ids.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from factdesk.core.errors import InputError
from factdesk.core.exchange.fields import NUM, STR, Spec
from factdesk.core.store import clock
from factdesk.core.matching import collection, records

KIND = "checks"
MAX_APPEARANCES = 50
_WEB = re.compile(r"^https?://[^\s/]+[^\s]*$", re.IGNORECASE)
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_LANG = re.compile(r"^[a-z]{2,3}$")


def _web(v: Any) -> bool:
    return isinstance(v, str) and len(v) <= 4000 and _WEB.match(v) is not None


def _rating(v: Any) -> bool:
    return abs(v) <= 1e9


CHECK: dict[str, Spec] = {
    "id": (STR, False, records.MAX_ID, lambda v: bool(v.strip())),
    "claim": (STR, False, records.MAX_CLAIM, lambda v: bool(v.strip())),
    "title": (STR, True, records.MAX_FIELD, None), "rating": (STR, True, 200, None),
    "rating_value": (NUM, True, 0, _rating), "best_rating": (NUM, True, 0, _rating),
    "worst_rating": (NUM, True, 0, _rating), "url": (STR, True, 4000, _web),
    "published": (STR, True, 10, lambda v: _DATE.match(v) is not None),
    "lang": (STR, True, 3, lambda v: _LANG.match(v) is not None),
    "author": (STR, True, 500, None), "speaker": (STR, True, 500, None), "source": (STR, False, 200, None),
    "appearances": ((list,), False, MAX_APPEARANCES, _web),
    "imported_at": (STR, False, 40, None), "imported_by": (STR, False, 200, None),
    "updated_hlc": (STR, False, 60, clock.is_valid),
}
FIELDS = tuple(CHECK)


def check_links(rows: Sequence[dict[str, Any]], bad) -> None:
    """No check id twice in one bundle; `bad(number, why)` makes the InputError."""
    seen: set[str] = set()
    for number, rec in enumerate(rows, 1):
        if rec["id"] in seen:
            raise bad(number, "duplicate id")
        seen.add(rec["id"])
        try:
            records.clean_date(rec["published"], "published")
        except records.BadRecord as exc:
            raise bad(number, str(exc)) from None


def export_rows(store, since: dict[str, str] | None) -> list[dict[str, Any]]:
    """The imported checks a bundle carries: all of them, or those newer than the peer's clock vector."""
    rows = store.rows(origin="import")
    out = []
    for row in reversed(rows):  # oldest first
        if since is not None:
            stamp = clock.parse(row["updated_hlc"])
            known = since.get(stamp.desk_id)
            if known is not None and clock.is_valid(known) and stamp <= clock.parse(known):
                continue
        out.append({k: row[k] for k in FIELDS})
    return out


def merge(desk, rows: Sequence[dict[str, Any]]) -> int:
    """Add or update the bundle's checks (the newer HLC wins); return how many changed. In the caller's transaction."""
    if not rows:
        return 0
    store = desk.exchange
    held = {r["id"]: r for r in store.stamps([r["id"] for r in rows])}
    wanted = []
    for rec in rows:
        old = held.get(rec["id"])
        if old is not None and (old["origin"] != "import" or not clock.is_valid(old["updated_hlc"])
                                or clock.parse(old["updated_hlc"]) >= clock.parse(rec["updated_hlc"])):
            continue
        try:
            check = records.build(id=rec["id"], claim=rec["claim"], title=rec["title"], rating=rec["rating"],
                                  rating_value=rec["rating_value"], best_rating=rec["best_rating"],
                                  worst_rating=rec["worst_rating"], url=rec["url"], published=rec["published"],
                                  lang=rec["lang"], author=rec["author"], speaker=rec["speaker"],
                                  source=rec["source"], appearances=rec["appearances"])
        except records.BadRecord as exc:
            raise InputError(f"bundle rejected: records/checks.jsonl check {rec['id'][:60]!r}: {exc}") from None
        wanted.append((check, rec))
    if not wanted:
        return 0
    rows_out = collection.to_rows([c for c, _ in wanted], "", "", "")
    for row, (_, rec) in zip(rows_out, wanted):
        row.update(imported_at=rec["imported_at"], imported_by=rec["imported_by"], updated_hlc=rec["updated_hlc"])
    added, updated, _ = store.upsert(rows_out)
    return added + updated
