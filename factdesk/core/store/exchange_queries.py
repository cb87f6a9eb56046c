"""The SQL behind bundles: reading changes since a clock, applying remote records, conflicts, peers.

Column names always come from the tuples below, never from a bundle: records
are checked by `factdesk.core.exchange.validate` and then written through
these fixed lists with bound parameters. Callers wrap writes in one
`write_transaction` so an import is all-or-nothing.
"""

from __future__ import annotations

import json
from typing import Any, Iterable, Iterator

from sqlite_utils import Database

from factdesk.core.store.migrations_exchange import ensure
from factdesk.core.store.rows import chunks, marks

__all__ = ["ensure"]

ENTITIES = ("article", "claim", "source", "review", "comment")
# Columns a bundle carries (everything else is local: rid, edited, updated_*, source_path, detected_at).
ARTICLE_COLS = ("id", "text", "title", "outlet", "url", "published", "author", "place", "language",
                "content_hash", "imported_at", "imported_by", "shelf")
CLAIM_COLS = ("id", "article_id", "start", "end", "text", "type", "value", "unit", "qualifier", "speaker",
              "sentence_start", "sentence_end", "score", "origin", "status", "verdict", "rationale",
              "assignee", "created_at", "created_by", "shelf")
SOURCE_COLS = ("id", "claim_id", "url", "title", "publisher", "published", "accessed", "excerpt",
               "file_name", "file_hash", "created_at", "created_by")
REVIEW_COLS = ("id", "claim_id", "decision", "reviewer", "comment", "created_at", "hlc", "withdraws", "override")
HISTORY_COLS = ("at", "by", "entity", "entity_id", "article_id", "claim_id", "field", "old", "new",
                "hlc", "desk_id")
TABLES = {"article": ("articles", ARTICLE_COLS), "claim": ("claims", CLAIM_COLS),
          "source": ("sources", SOURCE_COLS), "review": ("reviews", REVIEW_COLS)}


def _q(cols: Iterable[str]) -> str:
    return ", ".join(f'"{c}"' for c in cols)


def _since_where(since: dict[str, str] | None) -> tuple[str, list[Any]]:
    """WHERE fragment selecting history rows newer than a per-desk clock vector (None: all rows)."""
    if since is None:
        return "1", []
    parts: list[str] = []
    params: list[Any] = []
    if since:
        parts.append(f"desk_id NOT IN ({marks(len(since))})")
        params.extend(since)
        for desk_id, stamp in since.items():
            parts.append("(desk_id = ? AND hlc > ?)")
            params.extend([desk_id, stamp])
    else:
        parts.append("1")
    return "(" + " OR ".join(parts) + ")", params


# --- reading for export -------------------------------------------------------

def knowledge(db: Database) -> dict[str, str]:
    """The newest HLC this desk holds from each desk (its own included): what it knows."""
    sql = (f"SELECT desk_id, max(hlc) FROM history WHERE entity IN ({marks(len(ENTITIES))}) "
           "GROUP BY desk_id")
    return {d: h for d, h in db.execute(sql, list(ENTITIES)).fetchall()}


def changed_article_ids(db: Database, since: dict[str, str] | None) -> list[str]:
    """Articles with history newer than `since` (every article when since is None)."""
    if since is None:
        return [r[0] for r in db.execute("SELECT id FROM articles ORDER BY rid")]
    where, params = _since_where(since)
    sql = (f"SELECT DISTINCT article_id FROM history WHERE entity IN ({marks(len(ENTITIES))}) "
           f"AND article_id IS NOT NULL AND {where}")
    found = {r[0] for r in db.execute(sql, [*ENTITIES, *params])}
    return [r[0] for r in db.execute("SELECT id FROM articles ORDER BY rid") if r[0] in found]


def history_rows(db: Database, article_ids: list[str], since: dict[str, str] | None) -> list[dict[str, Any]]:
    """History rows of these articles newer than `since`, oldest first, as bundle records."""
    where, params = _since_where(since)
    out: list[tuple[int, dict[str, Any]]] = []
    for chunk in chunks(article_ids):
        sql = (f"SELECT id, {_q(HISTORY_COLS)} FROM history WHERE article_id IN ({marks(len(chunk))}) "
               f"AND entity IN ({marks(len(ENTITIES))}) AND {where}")
        for row in db.execute(sql, [*chunk, *ENTITIES, *params]):
            out.append((row[0], dict(zip(HISTORY_COLS, row[1:]))))
    out.sort(key=lambda t: t[0])
    return [r for _, r in out]


def rows_where_in(db: Database, entity: str, key: str, values: list[str]) -> list[dict[str, Any]]:
    """Bundle columns of the rows of `entity` whose `key` column is one of `values` (key is ours)."""
    table, cols = TABLES[entity]
    assert key in ("id", "article_id", "claim_id")
    out: list[dict[str, Any]] = []
    for chunk in chunks(values):
        sql = f"SELECT {_q(cols)} FROM {table} WHERE {key} IN ({marks(len(chunk))}) ORDER BY rid" \
            if entity != "review" else \
            f"SELECT {_q(cols)} FROM {table} WHERE {key} IN ({marks(len(chunk))}) ORDER BY created_at, id"
        out.extend(dict(zip(cols, r)) for r in db.execute(sql, chunk))
    return out


def files(db: Database, hashes: list[str]) -> dict[str, bytes]:
    """Attached files by sha256."""
    out: dict[str, bytes] = {}
    for chunk in chunks(hashes):
        sql = f"SELECT sha256, data FROM files WHERE sha256 IN ({marks(len(chunk))})"
        out.update({h: bytes(d) for h, d in db.execute(sql, chunk)})
    return out


def aliases_of(db: Database, local_ids: list[str]) -> dict[str, list[str]]:
    """Other desks' ids for these local ids."""
    out: dict[str, list[str]] = {}
    for chunk in chunks(local_ids):
        sql = f"SELECT local_id, alias FROM exchange_aliases WHERE local_id IN ({marks(len(chunk))}) ORDER BY alias"
        for local, alias in db.execute(sql, chunk):
            out.setdefault(local, []).append(alias)
    return out


def alias_rows(db: Database, local_ids: list[str]) -> list[dict[str, Any]]:
    """The alias table's rows for these local ids (removed claims included), as bundle records."""
    out: list[dict[str, Any]] = []
    for chunk in chunks(local_ids):
        sql = (f"SELECT alias, entity, local_id FROM exchange_aliases WHERE local_id IN ({marks(len(chunk))}) "
               "ORDER BY local_id, alias")
        out.extend({"alias": a, "entity": e, "id": i} for a, e, i in db.execute(sql, chunk))
    return out


def values_from(db: Database, local_ids: list[str]) -> dict[str, str]:
    """For each local id, the id of the creation whose values it holds (itself unless recorded)."""
    out = {i: i for i in local_ids}
    for chunk in chunks(local_ids):
        sql = f"SELECT local_id, values_from FROM exchange_settled WHERE local_id IN ({marks(len(chunk))})"
        out.update(dict(db.execute(sql, chunk).fetchall()))
    return out


def set_values_from(db: Database, local_id: str, source_id: str) -> None:
    """Remember that `local_id` now holds the values of the creation `source_id`."""
    db.execute("INSERT INTO exchange_settled(local_id, values_from) VALUES (?, ?) "
               "ON CONFLICT(local_id) DO UPDATE SET values_from = excluded.values_from", [local_id, source_id])


def peer_vectors(db: Database, desk_id: str | None = None) -> list[dict[str, str]]:
    """What each known peer (or the one named) said it holds."""
    if desk_id:
        rows = db.execute("SELECT knowledge FROM exchange_peers WHERE desk_id = ?", [desk_id]).fetchall()
    else:
        rows = db.execute("SELECT knowledge FROM exchange_peers ORDER BY desk_id").fetchall()
    return [json.loads(r[0]) for r in rows]


def peers(db: Database) -> list[tuple[str, str | None, str | None]]:
    """Known peers: (desk id, last import time, who imported)."""
    return db.execute("SELECT desk_id, last_import_at, last_import_by FROM exchange_peers ORDER BY desk_id").fetchall()


# --- applying an import -------------------------------------------------------

def existing_ids(db: Database, entity: str, ids: list[str]) -> set[str]:
    """Which of these ids exist in the entity's table."""
    table, _ = TABLES[entity]
    out: set[str] = set()
    for chunk in chunks(ids):
        out.update(r[0] for r in db.execute(f"SELECT id FROM {table} WHERE id IN ({marks(len(chunk))})", chunk))
    return out


def alias_targets(db: Database, aliases: list[str]) -> dict[str, str]:
    """Local ids recorded for these foreign ids."""
    out: dict[str, str] = {}
    for chunk in chunks(aliases):
        sql = f"SELECT alias, local_id FROM exchange_aliases WHERE alias IN ({marks(len(chunk))})"
        out.update(dict(db.execute(sql, chunk).fetchall()))
    return out


def add_alias(db: Database, entity: str, alias: str, local_id: str) -> None:
    """Remember that another desk calls `local_id` by `alias`."""
    db.execute("INSERT OR IGNORE INTO exchange_aliases(alias, entity, local_id) VALUES (?, ?, ?)",
               [alias, entity, local_id])


def article_by_hash(db: Database, content_hash: str) -> str | None:
    """The local article with this content hash, if any."""
    row = db.execute("SELECT id FROM articles WHERE content_hash = ?", [content_hash]).fetchone()
    return row[0] if row else None


def claims_by_span(db: Database, article_id: str) -> dict[tuple[int, int, str], list[str]]:
    """The article's claim ids by (start, end, type), smallest id first."""
    out: dict[tuple[int, int, str], list[str]] = {}
    for cid, s, e, t in db.execute('SELECT id, start, "end", type FROM claims WHERE article_id = ? ORDER BY id',
                                   [article_id]):
        out.setdefault((s, e, t), []).append(cid)
    return out


def get_row(db: Database, entity: str, row_id: str) -> dict[str, Any] | None:
    """One row's bundle columns."""
    table, cols = TABLES[entity]
    row = db.execute(f"SELECT {_q(cols)} FROM {table} WHERE id = ?", [row_id]).fetchone()
    return dict(zip(cols, row)) if row else None


def insert_rows(db: Database, entity: str, rows: list[dict[str, Any]], stamp: str) -> None:
    """Insert records of another desk (their bundle columns; local columns filled here)."""
    if not rows:
        return
    table, cols = TABLES[entity]
    extra: tuple[str, ...] = ()
    if entity == "article":
        extra = ("detected_at", "updated_hlc")
    elif entity == "claim":
        extra = ("updated_at", "updated_by", "updated_hlc")
    elif entity == "source":
        extra = ("updated_hlc",)

    def values(r: dict[str, Any]) -> list[Any]:
        base = [r[c] for c in cols]
        if entity == "article":
            return base + [r["imported_at"], stamp]
        if entity == "claim":
            return base + [r["created_at"], r["created_by"], stamp]
        if entity == "source":
            return base + [stamp]
        return base

    sql = f"INSERT INTO {table}({_q(cols + extra)}) VALUES ({marks(len(cols) + len(extra))})"
    db.conn.executemany(sql, [values(r) for r in rows])


def set_fields(db: Database, entity: str, row_id: str, values: dict[str, Any],
               stamp: str | None = None, at: str | None = None, by: str | None = None) -> None:
    """Set merged field values on a local row (field names checked against the bundle columns)."""
    table, cols = TABLES[entity]
    assert set(values) <= set(cols) - {"id"}, values
    sets = [f'"{k}" = ?' for k in values]
    params = list(values.values())
    if stamp and entity in ("article", "claim", "source"):
        sets.append("updated_hlc = max(updated_hlc, ?)")
        params.append(stamp)
    if entity == "claim" and at and by:
        sets += ["updated_at = ?", "updated_by = ?"]
        params += [at, by]
    if entity == "claim" and set(values) & {"type", "value", "unit", "qualifier", "speaker"}:
        sets.append("edited = 1")
    db.execute(f"UPDATE {table} SET {', '.join(sets)} WHERE id = ?", [*params, row_id])


def delete_source(db: Database, source_id: str) -> bool:
    """Remove a source another desk removed; True when there was one."""
    return db.execute("DELETE FROM sources WHERE id = ?", [source_id]).rowcount > 0


def removed_entities(db: Database, entity: str, ids: list[str]) -> set[str]:
    """Which of these sources or claims were removed on some desk (a 'removed' history row)."""
    out: set[str] = set()
    for chunk in chunks(ids):
        sql = (f"SELECT entity_id FROM history WHERE entity_id IN ({marks(len(chunk))}) "
               "AND entity = ? AND field = 'removed'")
        out.update(r[0] for r in db.execute(sql, [*chunk, entity]))
    return out


def removed_sources(db: Database, ids: list[str]) -> set[str]:
    """Which of these sources were removed on some desk."""
    return removed_entities(db, "source", ids)


# History that shows a person worked on a claim: such a claim survives a re-detection elsewhere.
WORK_FIELDS = ("status", "verdict", "rationale", "assignee", "type")


def claim_has_work(db: Database, claim_id: str) -> bool:
    """True when any desk recorded work on the claim (workflow, verdict, sources, reviews) or added it by hand."""
    row = db.execute(
        f"SELECT 1 FROM history WHERE entity_id = ? AND entity = 'claim' AND field IN ({marks(len(WORK_FIELDS))}) "
        "UNION ALL SELECT 1 FROM history WHERE claim_id = ? AND entity IN ('source', 'review') "
        "UNION ALL SELECT 1 FROM claims WHERE id = ? AND origin = 'manual' LIMIT 1",
        [claim_id, *WORK_FIELDS, claim_id, claim_id]).fetchone()
    return row is not None


def delete_claim(db: Database, claim_id: str) -> bool:
    """Remove a claim another desk's re-detection removed; True when there was one."""
    return db.execute("DELETE FROM claims WHERE id = ?", [claim_id]).rowcount > 0


def insert_file(db: Database, digest: str, data: bytes) -> None:
    """Keep an attached file (stored once by sha256)."""
    db.execute("INSERT OR IGNORE INTO files(sha256, size, data) VALUES (?, ?, ?)", [digest, len(data), data])


def history_keys_at(db: Database, stamps: list[str]) -> set[tuple[str, str, str | None]]:
    """(entity id, hlc, field) of the history rows this desk holds at these times."""
    out: set[tuple[str, str, str | None]] = set()
    for chunk in chunks(stamps):
        sql = f"SELECT entity_id, hlc, field FROM history WHERE hlc IN ({marks(len(chunk))})"
        out.update(db.execute(sql, chunk).fetchall())
    return out


def insert_history(db: Database, rows: list[dict[str, Any]]) -> None:
    """Append other desks' history rows, keeping their time, HLC and desk id."""
    sql = f"INSERT INTO history({_q(HISTORY_COLS)}) VALUES ({marks(len(HISTORY_COLS))})"
    db.conn.executemany(sql, [[r[c] for c in HISTORY_COLS] for r in rows])


_FIELD_COLS = ("new", "old", "hlc", "by", "at", "desk_id")


def field_history_newest_first(db: Database, entity_id: str, field: str) -> Iterator[dict[str, Any]]:
    """The recorded changes of one field of one entity, newest first, read a page at a time as consumed."""
    sql = ("SELECT new, old, hlc, by, at, desk_id FROM history WHERE entity_id = ? AND field = ? "
           "ORDER BY hlc DESC LIMIT ? OFFSET ?")
    skip, size = 0, 16
    while True:
        page = db.execute(sql, [entity_id, field, size, skip]).fetchall()
        for r in page:
            yield dict(zip(_FIELD_COLS, r))
        if len(page) < size:
            return
        skip, size = skip + len(page), min(size * 4, 1024)


def newest_history(db: Database, entity_id: str, field: str) -> dict[str, Any] | None:
    """The newest recorded change of one field of one entity, or None."""
    sql = ("SELECT new, old, hlc, by, at, desk_id FROM history WHERE entity_id = ? AND field = ? "
           "ORDER BY hlc DESC LIMIT 1")
    row = db.execute(sql, [entity_id, field]).fetchone()
    return dict(zip(_FIELD_COLS, row)) if row else None


def value_seen(db: Database, entity_id: str, field: str, loser: dict[str, Any], winner: dict[str, Any]) -> bool:
    """True when some edit after the loser and up to the winner started from the loser's value."""
    sql = ("SELECT 1 FROM history WHERE entity_id = ? AND field = ? AND hlc > ? AND hlc <= ? AND old IS ? "
           "LIMIT 1")
    return db.execute(sql, [entity_id, field, loser["hlc"], winner["hlc"], loser["new"]]).fetchone() is not None


def fields_with_history(db: Database, entity_id: str) -> list[str]:
    """The fields of an entity that have recorded edits."""
    sql = "SELECT DISTINCT field FROM history WHERE entity_id = ? AND field IS NOT NULL"
    return [r[0] for r in db.execute(sql, [entity_id])]


def history_count(db: Database) -> int:
    """How many history rows the desk holds."""
    return db.execute("SELECT count(*) FROM history").fetchone()[0]


# --- conflicts, peers, log ----------------------------------------------------

CONFLICT_COLS = ("id", "entity", "entity_id", "article_id", "claim_id", "field", "kept_value", "kept_hlc",
                 "kept_by", "other_value", "other_hlc", "other_by", "found_at", "resolved_at", "resolved_by")


def add_conflict(db: Database, c: dict[str, Any]) -> bool:
    """Record a conflict once; True when it is new."""
    cols = CONFLICT_COLS[1:13]
    sql = f"INSERT OR IGNORE INTO conflicts({_q(cols)}) VALUES ({marks(len(cols))})"
    return db.execute(sql, [c.get(k) for k in cols]).rowcount > 0


def conflicts(db: Database, include_resolved: bool = False) -> list[dict[str, Any]]:
    """Conflicts, newest first (open ones only unless asked)."""
    where = "" if include_resolved else " WHERE resolved_at IS NULL"
    sql = f"SELECT {_q(CONFLICT_COLS)} FROM conflicts{where} ORDER BY id DESC"
    return [dict(zip(CONFLICT_COLS, r)) for r in db.execute(sql)]


def get_conflict(db: Database, conflict_id: int) -> dict[str, Any] | None:
    """One conflict by id."""
    row = db.execute(f"SELECT {_q(CONFLICT_COLS)} FROM conflicts WHERE id = ?", [conflict_id]).fetchone()
    return dict(zip(CONFLICT_COLS, row)) if row else None


def mark_resolved(db: Database, conflict_id: int, at: str, by: str) -> None:
    """Mark a conflict as dealt with."""
    db.execute("UPDATE conflicts SET resolved_at = ?, resolved_by = ? WHERE id = ?", [at, by, conflict_id])


def save_peer(db: Database, desk_id: str, vector: dict[str, str], bundle_hlc: str, at: str, by: str) -> None:
    """Remember what a peer holds (merged with what we knew), after importing its bundle."""
    old = peer_vectors(db, desk_id)
    merged = dict(old[0]) if old else {}
    for k, v in vector.items():
        if v > merged.get(k, ""):
            merged[k] = v
    db.execute("INSERT INTO exchange_peers(desk_id, knowledge, last_bundle_hlc, last_import_at, last_import_by) "
               "VALUES (?, ?, ?, ?, ?) ON CONFLICT(desk_id) DO UPDATE SET knowledge = excluded.knowledge, "
               "last_bundle_hlc = max(coalesce(last_bundle_hlc, ''), excluded.last_bundle_hlc), "
               "last_import_at = excluded.last_import_at, last_import_by = excluded.last_import_by",
               [desk_id, json.dumps(merged, sort_keys=True), bundle_hlc, at, by])


def log(db: Database, direction: str, peer: str | None, at: str, by: str, bundle_hlc: str, summary: str) -> None:
    """One line in the exchange log."""
    db.execute("INSERT INTO exchange_log(direction, peer_desk_id, at, by, bundle_hlc, summary) "
               "VALUES (?, ?, ?, ?, ?, ?)", [direction, peer, at, by, bundle_hlc, summary])


# --- what the trust checks ask of the receiving desk ---------------------------

def placements(db: Database, entity: str, ids: list[str]) -> dict[str, str]:
    """Where these claims (their article id), sources or reviews (their claim id) live on this desk.

    A live row answers first; for a claim or source removed here, its history does.
    """
    table, _ = TABLES[entity]
    parent = "article_id" if entity == "claim" else "claim_id"
    out: dict[str, str] = {}
    for chunk in chunks(ids):
        in_list = marks(len(chunk))
        out.update(db.execute(f"SELECT id, {parent} FROM {table} WHERE id IN ({in_list})", chunk).fetchall())
        rest = [i for i in chunk if i not in out]
        if rest:
            sql = (f"SELECT entity_id, {parent} FROM history WHERE entity = ? AND entity_id IN "
                   f"({marks(len(rest))}) AND {parent} IS NOT NULL")
            for eid, where in db.execute(sql, [entity, *rest]):
                out.setdefault(eid, where)
    return out


def claim_spans(db: Database, ids: list[str]) -> dict[str, tuple[int, int]]:
    """(start, end) of these live claims."""
    out: dict[str, tuple[int, int]] = {}
    for chunk in chunks(ids):
        sql = f'SELECT id, start, "end" FROM claims WHERE id IN ({marks(len(chunk))})'
        out.update({i: (s, e) for i, s, e in db.execute(sql, chunk)})
    return out


def has_history(db: Database, entity_id: str | None, stamp: str, field: str | None, new: Any = None) -> bool:
    """True when this desk holds a history row of `field` made at `stamp` (of `entity_id`, with `new`)."""
    sql = "SELECT new FROM history WHERE hlc = ? AND field IS ?"
    params: list[Any] = [stamp, field]
    if entity_id is not None:
        sql += " AND entity_id = ?"
        params.append(entity_id)
    rows = db.execute(sql, params).fetchall()
    return any(new is None or r[0] == new for r in rows)


def claim_reviews(db: Database, claim_id: str) -> list[tuple[str, str, str | None]]:
    """The claim's review decisions as (decision, hlc, decision a withdrawal took back), in no particular order."""
    return db.execute("SELECT r.decision, r.hlc, w.decision FROM reviews r LEFT JOIN reviews w ON w.id = r.withdraws "
                      "WHERE r.claim_id = ?", [claim_id]).fetchall()


_CREATED_DEFAULTS = {"status": "new", "verdict": None, "rationale": None, "assignee": None, "shelf": None}


def creation_value(db: Database, claim_id: str, field: str) -> Any:
    """The value a claim's field had when it was created (its creation row, or the workflow default)."""
    if field in _CREATED_DEFAULTS:
        return _CREATED_DEFAULTS[field]
    row = db.execute("SELECT new FROM history WHERE entity = 'claim' AND entity_id = ? AND field IS NULL "
                     "ORDER BY hlc LIMIT 1", [claim_id]).fetchone()
    try:
        return json.loads(row[0]).get(field) if row else None
    except (TypeError, ValueError, AttributeError):
        return None


# -- comment threads (factdesk.core.exchange.comments_records) ----------------
COMMENT_COLS = ("id", "claim_id", "author", "body", "created_at", "hlc", "withdrawn", "updated_hlc")


def comment_rows(db: Database, claim_ids: list[str]) -> list[dict[str, Any]]:
    """Every comment (withdrawn ones too) of these claims, as bundle records, oldest first."""
    out: list[dict[str, Any]] = []
    for chunk in chunks(claim_ids):
        sql = (f"SELECT {_q(COMMENT_COLS)} FROM comments WHERE claim_id IN ({marks(len(chunk))}) "
               "ORDER BY created_at, hlc")
        out += [dict(zip(COMMENT_COLS, r)) for r in db.execute(sql, chunk).fetchall()]
    return out


def comment_stamps(db: Database, ids: list[str]) -> dict[str, str]:
    """Each held comment's `updated_hlc`, by id."""
    found: dict[str, str] = {}
    for chunk in chunks(ids):
        sql = f"SELECT id, updated_hlc FROM comments WHERE id IN ({marks(len(chunk))})"
        found.update(dict(db.execute(sql, chunk).fetchall()))
    return found


def insert_comments(db: Database, records: list[dict[str, Any]]) -> None:
    """Store comments a bundle brought (checked, and mapped to this desk's claims)."""
    if records:
        db.conn.executemany(f"INSERT INTO comments({_q(COMMENT_COLS)}) VALUES ({marks(len(COMMENT_COLS))})",
                            [[r[c] for c in COMMENT_COLS] for r in records])


def set_comment_state(db: Database, comment_id: str, withdrawn: int, updated_hlc: str) -> None:
    """Take a newer withdrawn state of a comment from a bundle."""
    db.execute("UPDATE comments SET withdrawn = ?, updated_hlc = ? WHERE id = ?", [withdrawn, updated_hlc, comment_id])
