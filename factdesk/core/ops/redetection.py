"""Detecting an article again after the detector improved, without losing anyone's work.

A claim a user touched — added by hand, edited, dismissed or moved along the
workflow, or given a verdict, rationale, assignee, source or review — is kept
exactly as it is. Untouched detected claims are refreshed when the detector
still finds them (same span and type), removed when it does not, and only
what is new is added. All of it is one action.
"""

from __future__ import annotations

from dataclasses import dataclass

from factdesk.core import detector
from factdesk.core.ops.changes import Changes
from factdesk.core.store import Desk
from factdesk.core.store.batches import claim_values

REFRESHED = ("text", "value", "unit", "qualifier", "speaker", "sentence_start", "sentence_end", "score")


@dataclass(slots=True)
class Redetected:
    """What detecting an article again did: claims added, removed and kept, and the Changes."""

    added: int
    removed: int
    kept: int
    changes: Changes

    def counts(self) -> dict[str, int]:
        """{"added": …, "removed": …, "kept": …}"""
        return {"added": self.added, "removed": self.removed, "kept": self.kept}


def redetect(desk: Desk, article_id: str, by: str) -> Redetected:
    """Detect the article again; keep every claim a user touched, refresh or drop the others, add what is new."""
    article = desk.get_article(article_id)
    det = detector.current().detect(article.text, article.language or "auto")
    added = removed = 0
    changed_ids: list[str] = []
    with desk.action(by) as w:
        touched = desk.touched_claim_ids(article.id)
        existing = desk.claims_for_article(article.id, include_dismissed=True)
        touched_spans = {(c.start, c.end) for c in existing if c.id in touched}
        untouched = {(c.start, c.end, c.type): c for c in existing if c.id not in touched}
        found = set()
        for new in det.claims:
            key = (new.start, new.end, new.type)
            if (new.start, new.end) in touched_spans or key in found:
                continue
            found.add(key)
            values = claim_values(new)
            old = untouched.get(key)
            if old is None:
                w.insert_claim(article.id, values, "detected")
                added += 1
                continue
            changed = {k: values[k] for k in REFRESHED if getattr(old, k) != values[k]}
            if changed:
                w.refresh_claim(old, changed)
                changed_ids.append(old.id)
        for key, old in untouched.items():
            if key not in found:
                w.remove_claim(old)
                removed += 1
        w.mark_detected(article, det.language)
    changes = Changes.of(changed_ids, [article.id], counts=bool(added or removed))
    return Redetected(added, removed, len(existing) - removed, changes)
