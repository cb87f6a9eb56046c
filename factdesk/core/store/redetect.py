"""Detecting an article again after the rules improved, without losing anyone's work.

A claim a user touched — added by hand, edited, dismissed or moved along the
workflow, or given a verdict, rationale, assignee, source or review — is kept
exactly as it is. Untouched detected claims are refreshed when the detector
still finds them (same span and type), removed when it does not, and only
what is new is added.
"""

from __future__ import annotations

from sqlite_utils import Database

from factdesk.core.model import Detection
from factdesk.core.store import articles, claims, detection
from factdesk.core.store.history import Action

_TOUCHED = """
    SELECT id FROM claims c WHERE c.article_id = ? AND (
        c.origin = 'manual' OR c.edited = 1 OR c.status != 'new' OR c.verdict IS NOT NULL
        OR c.rationale IS NOT NULL OR c.assignee IS NOT NULL
        OR EXISTS (SELECT 1 FROM sources s WHERE s.claim_id = c.id)
        OR EXISTS (SELECT 1 FROM reviews r WHERE r.claim_id = c.id))"""
REFRESHED = ("text", "value", "unit", "qualifier", "speaker", "sentence_start", "sentence_end", "score")


def redetect(db: Database, act: Action, article_id: str, det: Detection) -> dict[str, int]:
    """Merge a fresh detection of the article inside `act`; return counts of added, removed, kept."""
    article = articles.get(db, article_id)
    touched_ids = {r[0] for r in db.execute(_TOUCHED, [article_id]).fetchall()}
    existing = claims.for_article(db, article_id, include_dismissed=True)
    touched_spans = {(c.start, c.end) for c in existing if c.id in touched_ids}
    untouched = {(c.start, c.end, c.type): c for c in existing if c.id not in touched_ids}
    found = set()
    added = 0
    for new in det.claims:
        key = (new.start, new.end, new.type)
        values = detection.claim_values(new)
        if (new.start, new.end) in touched_spans or key in found:
            continue
        found.add(key)
        old = untouched.get(key)
        if old is None:
            claims.insert(db, act, article_id, values, "detected")
            added += 1
            continue
        changed = {k: values[k] for k in REFRESHED if getattr(old, k) != values[k]}
        if changed:
            sets = ", ".join(f'"{k}" = ?' for k in changed)
            db.execute(f"UPDATE claims SET {sets}, updated_hlc = ? WHERE id = ?",
                       [*changed.values(), act.hlc, old.id])
            for k, v in changed.items():
                act.record("claim", old.id, k, getattr(old, k), v, article_id, old.id)
    removed = 0
    for key, old in untouched.items():
        if key not in found:
            db.execute("DELETE FROM claims WHERE id = ?", [old.id])
            act.record("claim", old.id, "removed", None, True, article_id, old.id)
            removed += 1
    db.execute("UPDATE articles SET detected_at = ?, updated_hlc = ? WHERE id = ?",
               [act.at, act.hlc, article_id])
    if det.language and det.language != article.language:
        db.execute("UPDATE articles SET language = ? WHERE id = ?", [det.language, article_id])
        act.record("article", article_id, "language", article.language, det.language, article_id)
    return {"added": added, "removed": removed, "kept": len(existing) - removed}
