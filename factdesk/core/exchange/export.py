"""Writing a bundle: the articles, claims, sources, reviews and history another desk may lack.

What another desk holds is tracked per desk id as a clock vector (the newest
HLC it has from each desk), learned from the manifests of the bundles it sent
us. By default a bundle carries every change newer than what *all* known
peers hold (so it suits any of them); `peer=` narrows it to one desk;
`everything=True` (`--all`) carries the whole desk. An article travels whole
(its text, claims, sources, reviews) whenever any of its history is sent, so
the receiver can always match it by content hash and span.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from factdesk.core import words
from factdesk.core.errors import InputError, RequestError
from factdesk.core.exchange import bundle_format, checks_records, comments_records
from factdesk.core.store.history import check_by, now_iso


@dataclass(slots=True)
class ExportReport:
    """What went into a bundle."""

    path: Path
    articles: int
    claims: int
    sources: int
    reviews: int
    history: int
    files: int
    since: dict[str, str] | None
    checks: int = 0

    def summary(self, language: str = "en") -> str:
        """One line for people, in English or German: "wrote a.fdbundle (everything): 1 article, 3 claims, …"."""
        scope = words.phrase("scope_everything" if self.since is None else "scope_changes", language)
        counted = [(self.articles, "article"), (self.claims, "claim"), (self.sources, "source"),
                   (self.reviews, "review"), (self.history, "history entry")]
        if self.checks:
            counted.append((self.checks, "earlier fact-check"))
        counts = ", ".join(words.count(n, noun, language) for n, noun in counted)
        return words.phrase("bundle_written", language, name=self.path.name, scope=scope, counts=counts)


def common_floor(vectors: list[dict[str, str]]) -> dict[str, str] | None:
    """The clock vector every peer holds at least (None when no peer is known: send everything)."""
    if not vectors:
        return None
    keys = set(vectors[0]).intersection(*vectors[1:])
    return {k: min(v[k] for v in vectors) for k in sorted(keys)}


def export_bundle(desk, path: Path | str, by: str, since: dict[str, str] | None = None,
                  peer: str | None = None, everything: bool = False) -> ExportReport:
    """Write a bundle of this desk's work to `path`; return what it holds.

    `since` (a clock vector) overrides the tracked state; `peer` (a desk id)
    sends what that desk lacks; `everything` sends the whole desk.
    """
    by = check_by(by)
    path = Path(path)
    if path.exists() and path.is_dir():
        raise InputError(f"{path}: is a folder; give a file name for the bundle")
    if not path.parent.exists():
        raise InputError(f"{path.parent}: no such folder")
    store = desk.exchange
    store.ensure()
    if everything:
        since = None
    elif since is None:
        vectors = store.peer_vectors(peer)
        if peer and not vectors:
            raise RequestError(f"no bundle from desk {peer} was ever imported here; use --all")
        since = common_floor(vectors)
    with desk.transaction():  # one consistent snapshot, and the clock moves on
        created = store.tick()
        article_ids = store.changed_article_ids(since)
        arts = store.rows_where_in("article", "id", article_ids)
        claims = store.rows_where_in("claim", "article_id", article_ids)
        claim_ids = [c["id"] for c in claims]
        sources = store.rows_where_in("source", "claim_id", claim_ids)
        reviews = store.rows_where_in("review", "claim_id", claim_ids)
        history = store.history_rows(article_ids, since)
        files = store.files(sorted({s["file_hash"] for s in sources if s["file_hash"]}))
        aliases = store.aliases_of(article_ids + claim_ids)
        held = store.values_from(article_ids + claim_ids)
        for rec in arts + claims:
            rec["aliases"] = aliases.get(rec["id"], [])
            # never send what every desk refuses: a values_from that is none of the record's own ids (a
            # twin's id this desk already files under another claim) goes as the record's own id
            own = held[rec["id"]] == rec["id"] or held[rec["id"]] in rec["aliases"]
            rec["values_from"] = held[rec["id"]] if own else rec["id"]
        # every id pair known here for what the history talks about, removed claims included
        talked_about = sorted({h["entity_id"] for h in history if h["entity"] == "claim"} | set(article_ids))
        alias_rows = store.alias_rows(talked_about)
        manifest = {"desk_id": desk.desk_id, "created_hlc": created, "created_at": now_iso(),
                    "created_by": by, "knowledge": store.knowledge(), "since": since,
                    "scale": desk.rating_scale().id}
        records = {"articles": arts, "claims": claims, "sources": sources, "reviews": reviews,
                   "history": history, "aliases": alias_rows,
                   "checks": checks_records.export_rows(store, since),
                   "comments": comments_records.export_rows(store, claim_ids)}
        bundle_format.write_bundle(path, manifest, records, files)
        report = ExportReport(path, len(arts), len(claims), len(sources), len(reviews), len(history),
                              len(files), since, len(records["checks"]))
        store.log("export", peer, manifest["created_at"], by, created, report.summary())
    return report
