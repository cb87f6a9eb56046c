"""Importing a bundle: idempotent, order-independent, convergent, all-or-nothing.

The history is the truth that merges. Every edit is a history row stamped
with an HLC that embeds its desk id; importing adds the rows this desk lacks
(matched by entity, HLC and field, so a second import adds nothing) and sets
each touched field to the value of its newest row — the same rule on every
desk, so desks that hold the same rows hold the same values, whatever order
the bundles came in. A losing value stays in the history; when it lost to an
edit made without seeing it, the clash is listed in `conflicts`.

Records are matched before they are added: an article by id, by an id
another desk gave it, or by its content hash; a claim likewise, or by span
and type within its article. Matches become aliases, never duplicates; where
two independent creations differ in a field nobody edited, the creation with
the smaller id wins, again the same on every desk.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from collections.abc import Sequence
from typing import Any

from factdesk.core import words
from factdesk.core.errors import InputError, RequestError
from factdesk.core.exchange import bundle_format, checks_records, comments_records, locks, trust
from factdesk.core.exchange.links import Reach, check_verdict
from factdesk.core.exchange.validate import APPLIED_FIELDS, validate_bundle
from factdesk.core.store.history import check_by, now_iso

# Fields set from history rows (user edits, and the detector's refresh of untouched claims).
APPLIED = APPLIED_FIELDS
# History rows handled at once: memory stays bounded whatever a bundle holds.
HISTORY_CHUNK = 5000
# Fields of independent creations settled by the smaller id (text and spans are equal by matching).
ARTICLE_SETTLED = ("title", "outlet", "url", "published", "author", "place", "language",
                   "imported_at", "imported_by")
CLAIM_SETTLED = ("value", "unit", "qualifier", "speaker", "sentence_start", "sentence_end", "score",
                 "origin", "status", "verdict", "rationale", "assignee", "created_at", "created_by")


@dataclass(slots=True)
class MergeReport:
    """What an import brought in."""

    from_desk: str
    new_articles: list[str] = field(default_factory=list)
    matched_articles: int = 0
    new_claims: list[str] = field(default_factory=list)
    matched_claims: int = 0
    skipped_claims: int = 0
    new_sources: int = 0
    new_reviews: int = 0
    new_history: int = 0
    fields_changed: int = 0
    verdicts_changed: list[tuple[str, Any, Any]] = field(default_factory=list)  # (claim id, old, new)
    conflicts: list[dict[str, Any]] = field(default_factory=list)
    new_checks: int = 0  # earlier fact-checks added or updated
    new_comments: int = 0  # comments added, or withdrawn or brought back

    @property
    def changed(self) -> bool:
        """True when the import changed anything on the desk."""
        return bool(self.new_articles or self.new_claims or self.new_sources or self.new_reviews
                    or self.new_history or self.fields_changed or self.new_checks or self.new_comments)

    def summary(self, language: str = "en") -> str:
        """One line for people, in English or German: "1 new article; 3 new claims; 0 verdicts changed; …"."""
        if not self.changed:
            return words.phrase("nothing_new", language)

        def count(n: int, noun: str) -> str:
            return words.count(n, noun, language)

        parts = [count(len(self.new_articles), "new article"), count(len(self.new_claims), "new claim"),
                 words.phrase("changed", language, counted=count(len(self.verdicts_changed), "verdict")),
                 count(len(self.conflicts), "conflict")]
        if self.matched_articles:
            parts.append(words.phrase("recognised", language, counted=count(self.matched_articles, "article")))
        if self.new_sources:
            parts.append(count(self.new_sources, "new source"))
        if self.new_checks:
            parts.append(words.phrase("added_or_updated", language,
                                      counted=count(self.new_checks, "earlier fact-check")))
        if self.new_comments:
            parts.append(count(self.new_comments, "comment"))
        if self.skipped_claims:
            parts.append(words.phrase("skipped_text_differs", language, counted=count(self.skipped_claims, "claim")))
        return "; ".join(parts)


def import_bundle(desk, path: Path | str, by: str,
                  limits: bundle_format.Limits = bundle_format.LIMITS) -> MergeReport:
    """Merge a bundle into the desk in one transaction; InputError (nothing changed) when it is unusable."""
    by = check_by(by)
    bundle = bundle_format.read_bundle(path, limits)
    scale = desk.rating_scale()
    reach = validate_bundle(bundle, scale)
    newest = bundle.manifest["created_hlc"]  # no record in the bundle is newer (checked)
    store = desk.exchange
    report = MergeReport(from_desk=bundle.manifest["desk_id"])
    try:
        with desk.transaction():
            store.ensure()  # inside the transaction: a refused bundle leaves no exchange tables behind
            _check_no_gap(store, bundle.manifest.get("since"))
            _Merger(store, bundle, report, desk.desk_id, reach).run()
            report.new_checks = checks_records.merge(desk, bundle.records["checks"])
            _check_verdicts(store, report, scale, bundle.manifest)
            if report.changed:  # later edits here must sort after what just came in
                store.receive(newest)
            at = now_iso()
            if bundle.manifest["desk_id"] != desk.desk_id:
                store.save_peer(bundle.manifest["desk_id"], bundle.manifest["knowledge"], newest, at, by)
            store.log("import", bundle.manifest["desk_id"], at, by, newest, report.summary())
    except sqlite3.IntegrityError as exc:
        raise InputError(f"bundle rejected: its records do not fit this desk ({exc})") from None
    return report


def _check_no_gap(store, since: dict[str, str] | None) -> None:
    """Refuse a bundle that assumes this desk already holds work it does not have."""
    if not since:
        return
    mine = store.knowledge()
    for origin, stamp in since.items():
        if mine.get(origin, "") < stamp:
            raise RequestError(f"bundle rejected: it only holds changes newer than work from desk "
                               f"{origin[:8]} that this desk has not received; ask for a full bundle "
                               f"(Export bundle with everything, or factdesk bundle export --all)")


class _Merger:
    """One import in progress (inside the caller's transaction)."""

    def __init__(self, store, bundle: bundle_format.Bundle, report: MergeReport, desk_id: str, reach: Reach):
        self.store, self.bundle, self.report = store, bundle, report
        self.desk_id, self.reach = desk_id, reach
        self.pairs: dict[str, set[str]] = {}  # the bundle's alias records, both ways
        for a in bundle.records["aliases"]:
            self.pairs.setdefault(a["alias"], set()).add(a["id"])
            self.pairs.setdefault(a["id"], set()).add(a["alias"])
        self.amap: dict[str, str] = {}
        self.cmap: dict[str, str] = {}
        self.local_text: dict[str, str] = {}
        self.resettle: set[tuple[str, str]] = set()
        self.verdict_before: dict[str, Any] = {}
        self.recheck_removed: set[str] = set()
        self.stamp = bundle.manifest["created_hlc"]

    def run(self) -> None:
        """Articles, claims, sources, reviews, then history and the fields it settles."""
        r = self.bundle.records
        trust.check_reviews_not_mine(self.store, r["reviews"], self.desk_id)
        self._aliases(r["aliases"])
        self._articles(r["articles"])
        self._claims(r["claims"])
        trust.check_aliases(self.store, r["aliases"], self._local)
        self._sources(r["sources"], r["history"])
        self._reviews(r["reviews"])
        self.report.new_comments = comments_records.merge(self.store, r["comments"], self.cmap)
        self._history(r["history"])
        for cid, old in sorted(self.verdict_before.items()):
            row = self.store.get_row("claim", cid)
            if row is not None and row["verdict"] != old:
                self.report.verdicts_changed.append((cid, old, row["verdict"]))

    # --- matching records -----------------------------------------------------
    def _local(self, entity: str, eid: str) -> str | None:
        """This desk's id for an id of the bundle's (mapped, held or removed here, or known as an alias).

        The bundle's alias records count too: a claim removed here may be named by another desk's id.
        """
        mapped = (self.amap if entity == "article" else self.cmap if entity == "claim" else {}).get(eid)
        if mapped:
            return mapped
        names = [eid, *sorted(self.pairs.get(eid, ()))]
        for name in names:
            if self.store.existing_ids(entity, [name]) or self.store.removed_entities(entity, [name]):
                return name
        targets = self.store.alias_targets(names)
        return next((targets[n] for n in names if n in targets), None)

    def _resolve(self, entity: str, ids: list[list[str]]) -> list[str | None]:
        """For each record's [id, *aliases], the local id it already has, if any."""
        flat = sorted({i for group in ids for i in group})
        exist = self.store.existing_ids(entity, flat)
        targets = self.store.alias_targets(flat)
        out = []
        for group in ids:
            hit = next((i for i in group if i in exist), None) or next(
                (targets[i] for i in group if i in targets), None)
            out.append(hit)
        return out

    def _aliases(self, recs: Sequence[dict[str, Any]]) -> None:
        """Learn the other desk's id pairs where this desk knows one side of the pair."""
        by_entity: dict[str, list[dict[str, Any]]] = {}
        for a in recs:
            by_entity.setdefault(a["entity"], []).append(a)
        for entity, pairs in by_entity.items():
            found = self._resolve(entity, [[p["alias"], p["id"]] for p in pairs])
            for p, local in zip(pairs, found):
                if local:
                    for other in (p["alias"], p["id"]):
                        if other != local:
                            self.store.add_alias(entity, other, local)

    def _link(self, entity: str, rec: dict[str, Any], local: str, settled: tuple[str, ...],
              mine_aliases: list[str], held: str) -> None:
        """Record `rec`'s ids as aliases of `local`; the smaller creation id settles unedited fields."""
        for alias in [rec["id"], *rec["aliases"]]:
            if alias != local and alias not in mine_aliases:
                self.store.add_alias(entity, alias, local)
        if rec["values_from"] < held:
            row = self.store.get_row(entity, local)
            values = {k: rec[k] for k in settled if row is not None and row[k] != rec[k]}
            if values and entity == "claim":
                self.verdict_before.setdefault(local, row["verdict"])
            if values:
                self.store.set_fields(entity, local, values)
                self.report.fields_changed += len(values)
                self.resettle.add((entity, local))
            self.store.set_values_from(local, rec["values_from"])

    def _articles(self, recs: Sequence[dict[str, Any]]) -> None:
        found = self._resolve("article", [[a["id"], *a["aliases"]] for a in recs])
        found = [f or self.store.article_by_hash(a["content_hash"]) for a, f in zip(recs, found)]
        matched = sorted({f for f in found if f})
        known, held = self.store.aliases_of(matched), self.store.values_from(matched)
        new = []
        for n, (a, local) in enumerate(zip(recs, found), 1):
            if local:
                trust.check_article(self.store, n, a, local)
                self.report.matched_articles += local != a["id"]
                self._link("article", a, local, ARTICLE_SETTLED, known.get(local, []), held[local])
                row = self.store.get_row("article", local)
                self.local_text[local] = row["text"]
            else:
                local = a["id"]
                new.append(a)
                self.local_text[local] = a["text"]
                for alias in a["aliases"]:
                    self.store.add_alias("article", alias, local)
                if a["values_from"] != local:
                    self.store.set_values_from(local, a["values_from"])
                self.report.new_articles.append(local)
            self.amap[a["id"]] = local
        self.store.insert_rows("article", new, self.stamp)

    def _claims(self, recs: Sequence[dict[str, Any]]) -> None:
        found = self._resolve("claim", [[c["id"], *c["aliases"]] for c in recs])
        taken = {f for f in found if f}
        present = self.store.existing_ids("claim", sorted(taken))
        known = self.store.aliases_of(sorted(taken))
        held = self.store.values_from(sorted(taken))
        fresh_articles = set(self.report.new_articles)
        spans: dict[str, dict[tuple[int, int, str], list[str]]] = {}
        new = []
        for n, (c, local) in enumerate(zip(recs, found), 1):
            article = self.amap[c["article_id"]]
            if local is not None:
                trust.check_claim(self.store, n, c, local, article)
            if local is None and article not in fresh_articles:
                if article not in spans:
                    spans[article] = self.store.claims_by_span(article)
                free = [i for i in spans[article].get((c["start"], c["end"], c["type"]), []) if i not in taken]
                local = free[0] if free else None
                if local:
                    taken.add(local)
                    present.add(local)
                    held[local] = self.store.values_from([local])[local]
            if local and local in present:
                self.report.matched_claims += 1
                self._link("claim", c, local, CLAIM_SETTLED, known.get(local, []), held[local])
            else:
                if self.local_text[article][c["start"]:c["end"]] != c["text"]:
                    self.report.skipped_claims += 1  # same content hash, other whitespace: spans differ
                    continue
                # a claim known here under another id but removed here comes back under that id,
                # and goes again below unless someone worked on it
                local = local or c["id"]
                new.append({**c, "id": local, "article_id": article})
                for alias in [c["id"], *c["aliases"]]:
                    if alias != local:
                        self.store.add_alias("claim", alias, local)
                if c["values_from"] != local:
                    self.store.set_values_from(local, c["values_from"])
                self.report.new_claims.append(local)
            self.cmap[c["id"]] = local
        self.store.insert_rows("claim", new, self.stamp)
        # a claim this desk already saw removed, sent again by a desk that had not seen the removal
        self.recheck_removed = self.store.removed_entities("claim", [c["id"] for c in new])

    def _sources(self, recs: Sequence[dict[str, Any]], history: Sequence[dict[str, Any]]) -> None:
        trust.check_children(self.store, "sources", "source", recs, self.cmap)
        ids = [s["id"] for s in recs]
        exist = self.store.existing_ids("source", ids)
        removed = self.store.removed_sources(ids) | {
            h["entity_id"] for h in history if h["entity"] == "source" and h["field"] == "removed"}
        new = []
        for s in recs:
            if s["id"] in exist or s["id"] in removed or s["claim_id"] not in self.cmap:
                continue
            if s["file_hash"]:
                self.store.insert_file(s["file_hash"], self.bundle.files[s["file_hash"]])
            new.append({**s, "claim_id": self.cmap[s["claim_id"]]})
        self.store.insert_rows("source", new, self.stamp)
        self.report.new_sources = len(new)

    def _reviews(self, recs: Sequence[dict[str, Any]]) -> None:
        trust.check_children(self.store, "reviews", "review", recs, self.cmap)
        exist = self.store.existing_ids("review", [v["id"] for v in recs])
        new = [{**v, "claim_id": self.cmap[v["claim_id"]]} for v in recs
               if v["id"] not in exist and v["claim_id"] in self.cmap]
        self.store.insert_rows("review", new, self.stamp)
        self.report.new_reviews = len(new)
        # a review opens or closes a lock: every field of its claim is settled again
        self.resettle.update(("claim", v["claim_id"]) for v in new)

    # --- history and the fields it settles ------------------------------------
    def _remap(self, h: dict[str, Any]) -> dict[str, Any]:
        """A history row with this desk's ids for its article and claim."""
        h = dict(h)
        if h["entity"] == "article":
            h["entity_id"] = self.amap.get(h["entity_id"], h["entity_id"])
        elif h["entity"] == "claim":
            h["entity_id"] = self.cmap.get(h["entity_id"], h["entity_id"])
        if h["article_id"]:
            h["article_id"] = self.amap.get(h["article_id"], h["article_id"])
        if h["claim_id"]:
            h["claim_id"] = self.cmap.get(h["claim_id"], h["claim_id"])
        return h

    def _history(self, recs) -> None:
        """Add the rows this desk lacks, in chunks, then settle every field they touched.

        Memory stays bounded by the chunk, whatever the bundle holds: only the newest incoming row
        and this desk's newest row before the import are kept per touched field.
        """
        # ids of records the bundle does not carry (e.g. a claim removed there) may still be aliases here
        loose = {h[k] for h in recs for k in ("entity_id", "article_id", "claim_id")
                 if h[k] and h[k] not in self.amap and h[k] not in self.cmap}
        for alias, local in self.store.alias_targets(sorted(loose)).items():
            (self.amap if self.store.get_row("article", local) else self.cmap).setdefault(alias, local)
        trust.check_reach(self.store, self.reach, self._local_or_self)
        touched: dict[tuple[str, str, str], dict[str, Any]] = {}   # field -> newest incoming row
        before: dict[tuple[str, str, str], dict[str, Any] | None] = {}
        for first in range(0, len(recs), HISTORY_CHUNK):
            rows = [self._remap(h) for h in recs[first:first + HISTORY_CHUNK]]
            have = self.store.history_keys_at(sorted({h["hlc"] for h in rows}))
            trust.check_rows(self.store, rows, have, self.desk_id, first)
            new = []
            for h in rows:
                key = (h["entity_id"], h["hlc"], h["field"])
                if key not in have:
                    have.add(key)
                    new.append(h)
            for h in new:
                if h["field"] in APPLIED.get(h["entity"], ()) or h["field"] == "removed":
                    k = (h["entity"], h["entity_id"], h["field"])
                    if k not in before:
                        before[k] = self.store.newest_history(k[1], k[2])
                    if k not in touched or h["hlc"] > touched[k]["hlc"]:
                        touched[k] = h
            self.store.insert_history(new)
            self.report.new_history += len(new)
        for (entity, eid, fld), incoming in sorted(touched.items()):
            self._settle(entity, eid, fld, before[(entity, eid, fld)], incoming)
        for eid in sorted(self.recheck_removed):
            self._removed("claim", eid)
        for entity, eid in sorted(self.resettle):
            for fld in self.store.fields_with_history(eid):
                if fld in APPLIED.get(entity, ()) and (entity, eid, fld) not in touched:
                    self._settle(entity, eid, fld, None, None)

    def _local_or_self(self, entity: str, eid: str) -> str:
        return self._local(entity, eid) or eid

    def _settle(self, entity: str, eid: str, fld: str, before: dict[str, Any] | None,
                incoming: dict[str, Any] | None) -> None:
        """Give one field the value of its newest history row; list a clash of concurrent edits.

        `before` is this desk's newest row before the import, `incoming` the bundle's newest.
        On a claim, rows made elsewhere while it was approved (not by a review) do not count:
        they lose to the approval and are listed as conflicts (see `locks`). Rows are read
        newest first and only as far as needed.
        """
        if fld == "removed":
            self._removed(entity, eid)
            return
        row = self.store.get_row(entity, eid)
        if row is None:
            return
        rows = self.store.field_history_newest_first(eid, fld)
        if entity == "claim":
            winner, locked_out = locks.Locks(self.store.claim_reviews(eid)).winner(rows, fld)
            if winner is None:  # only edits made while it was approved elsewhere: back to how it was created
                winner = {"new": self.store.creation_value(eid, fld), "hlc": None, "at": None, "by": None}
            if locked_out is not None:
                self._locked_conflict(row, fld, winner, locked_out)
        else:
            winner = next(rows, None)
            if winner is None:
                return
        if row[fld] != winner["new"]:
            self.store.set_fields(entity, eid, {fld: winner["new"]}, winner["hlc"], winner["at"], winner["by"])
            self.report.fields_changed += 1
            if entity == "claim" and fld == "verdict":
                self.verdict_before.setdefault(eid, row[fld])
        if before is None or incoming is None or winner["hlc"] is None:
            return
        if winner["hlc"] != before["hlc"]:
            loser = before                      # this desk's value lost
        else:
            loser = incoming                    # the bundle's newest value lost
        if loser["new"] == winner["new"] or self.store.value_seen(eid, fld, loser, winner):
            return
        conflict = {"entity": entity, "entity_id": eid, "article_id": None, "claim_id": None, "field": fld,
                    "kept_value": winner["new"], "kept_hlc": winner["hlc"], "kept_by": winner["by"],
                    "other_value": loser["new"], "other_hlc": loser["hlc"], "other_by": loser["by"],
                    "found_at": now_iso()}
        if entity == "claim":
            conflict["claim_id"] = eid
            conflict["article_id"] = row["article_id"]
        else:
            conflict["claim_id"] = row.get("claim_id")
        if self.store.add_conflict(conflict):
            self.report.conflicts.append(conflict)

    def _removed(self, entity: str, eid: str) -> None:
        """Apply a removal: a source goes; a claim goes unless someone worked on it (on any desk)."""
        if entity == "source":
            gone = self.store.delete_source(eid)
        elif entity == "claim" and not self.store.claim_has_work(eid):
            gone = self.store.delete_claim(eid)
            if gone and eid in self.report.new_claims:
                self.report.new_claims.remove(eid)
                return
        else:
            return
        self.report.fields_changed += gone


    def _locked_conflict(self, row: dict[str, Any], fld: str, winner: dict[str, Any],
                         loser: dict[str, Any]) -> None:
        """List an edit made elsewhere while the claim was approved, which lost to the approval."""
        if winner["new"] == loser["new"]:
            return
        conflict = {"entity": "claim", "entity_id": row["id"], "article_id": row["article_id"],
                    "claim_id": row["id"], "field": fld,
                    "kept_value": winner["new"], "kept_hlc": winner["hlc"] or "(as created)",
                    "kept_by": winner["by"],
                    "other_value": loser["new"], "other_hlc": loser["hlc"], "other_by": loser["by"],
                    "found_at": now_iso()}
        if self.store.add_conflict(conflict):
            self.report.conflicts.append(conflict)


def _check_verdicts(store, report: MergeReport, scale, manifest: dict[str, Any]) -> None:
    """Every verdict the import set or brought is on this desk's rating scale; approvals keep one."""
    changed = {cid for cid, _, _ in report.verdicts_changed} | set(report.new_claims)
    for cid in sorted(changed):
        row = store.get_row("claim", cid)
        if row is None:
            continue
        if row["verdict"] is not None:
            check_verdict(row["verdict"], scale, manifest, f"claim {cid[:8]}")
        elif row["status"] == "approved":
            raise InputError(f"bundle rejected: claim {cid[:8]} would be approved without a verdict")
