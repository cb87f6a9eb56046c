"""Test helpers for bundles: desks on tmp files, a canonical dump of a desk, a detector that finds less."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from factdesk.core.model import Detection
from factdesk.core.detector import Detector
from factdesk.core.store import Desk
from tests import fake_detector

def _fewer(text: str, lang: str = "auto") -> Detection:
    det = fake_detector.detect(text, lang)
    det.claims.pop(0)
    return det


# Re-detection after the rules "improved" so that an article's first number is no longer a claim.
FINDS_LESS = Detector(_fewer, fake_detector.detect_many)

ARTICLES = [
    "Die Partei erhielt 41,5 Prozent. Es kamen 3000 Menschen. Die Polizei zählte 12 Busse.\n",
    "The minister said 250 people were arrested and 17 were injured in 2024.\n",
    "Ein Haushalt von 900 Millionen Euro, 35 Prozent mehr als 2019.\n",
]


def open_desk(path: Path) -> Desk:
    """A desk on a file (install the fake detector first: the `fake_detector` fixture)."""
    return Desk.open(path)


def dump(desk: Desk) -> dict[str, Any]:
    """The desk's shared content keyed by natural keys (content hash, span and type), without local columns."""
    db = desk.db
    art = {r[0]: r for r in db.execute(
        "SELECT id, content_hash, text, title, outlet, url, published, author, place, language "
        "FROM articles")}
    hash_of = {aid: r[1] for aid, r in art.items()}
    claims = {}
    rows = []
    for r in db.execute('SELECT id, article_id, start, "end", text, type, value, unit, qualifier, speaker, '
                        "sentence_start, sentence_end, score, origin, status, verdict, rationale, assignee "
                        "FROM claims"):
        key = (hash_of[r[1]], r[2], r[3], r[5])
        claims[r[0]] = key
        rows.append((key, r[4:]))
    sources = sorted((claims[r[0]], r[1:]) for r in db.execute(
        "SELECT claim_id, id, url, title, publisher, published, accessed, excerpt, file_name, file_hash, "
        "created_by FROM sources"))
    reviews = sorted((claims[r[0]], r[1:]) for r in db.execute(
        "SELECT claim_id, id, decision, reviewer, comment, created_at FROM reviews"))
    return {"articles": sorted(tuple(r[1:]) for r in art.values()), "claims": sorted(rows, key=repr),
            "sources": sorted(sources, key=repr), "reviews": sorted(reviews, key=repr)}


def history_edits(desk: Desk) -> set[tuple]:
    """Every recorded edit, independent of local ids: (hlc, entity, field, new)."""
    return {tuple(r) for r in desk.db.execute(
        "SELECT hlc, entity, field, CAST(new AS TEXT) FROM history WHERE entity != 'setting'")}


def history_count(desk: Desk) -> int:
    """Rows in the history."""
    return desk.db.execute("SELECT count(*) FROM history").fetchone()[0]
