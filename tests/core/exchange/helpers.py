"""Test helpers for bundles: a fake detector, desks on tmp files, a canonical dump of a desk."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from factdesk.core.model import DetectedClaim, Detection
from factdesk.core.store import Desk, detection

NUMBER = re.compile(r"\d+(?:,\d+)?")


def fake_detect(text: str, lang: str = "auto") -> Detection:
    """Numbers become 'statistic' claims: predictable and instant."""
    claims = [DetectedClaim(m.start(), m.end(), m.group(), "statistic", float(m.group().replace(",", ".")),
                            sentence_start=0, sentence_end=len(text), score=0.5)
              for m in NUMBER.finditer(text)]
    return Detection("de", claims)


def fake_detect_many(texts, lang: str = "auto", n_process: int = 1):
    """Many texts, in order."""
    for t in texts:
        yield fake_detect(t, lang)


def use_fake_detector() -> None:
    """Install the fake detector (module-wide; harmless for other tests of this folder)."""
    detection._detector = lambda: (fake_detect, fake_detect_many)


ARTICLES = [
    "Die Partei erhielt 41,5 Prozent. Es kamen 3000 Menschen. Die Polizei zählte 12 Busse.\n",
    "The minister said 250 people were arrested and 17 were injured in 2024.\n",
    "Ein Haushalt von 900 Millionen Euro, 35 Prozent mehr als 2019.\n",
]


def open_desk(path: Path) -> Desk:
    """A desk on a file, with the fake detector."""
    use_fake_detector()
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
