"""Annotated articles of a corpus folder (`NAME.txt` with `NAME.gold.json`), read as the scorer reads them."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]

NUMERIC_TYPES = ("vote_share", "arrests", "casualties", "crowd_size", "duration_in_power", "term_count", "money",
                 "statistic")


@dataclass
class Article:
    """One annotated article: its text (decoded as claims.md says) and its gold claims with offsets."""

    path: Path
    lang: str
    text: str
    gold: list[dict] = field(default_factory=list)

    @property
    def prefix(self) -> str:
        """The source prefix of the file name ("gde", "ben", ...; "gnad", "news" in dev)."""
        return self.path.name.split("_")[0]

    def quotes(self) -> list[dict]:
        """The gold quote claims, in text order."""
        return [g for g in self.gold if g["type"] == "quote"]


def default_shared() -> Path:
    """../shared beside the checkout."""
    return REPO.parent / "shared"


def read_text(path: Path) -> str:
    """The text of `path`: UTF-8 (BOM removed) or cp1252, with \\r\\n and \\r turned into \\n."""
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("cp1252")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def read_article(path: Path) -> Article:
    """Read one article and place its gold anchors (by `occurrence`)."""
    text = read_text(path)
    gold = json.loads(path.with_suffix(".gold.json").read_text(encoding="utf-8"))
    claims = []
    for g in gold["claims"]:
        pos = -1
        for _ in range(g.get("occurrence", 1)):
            pos = text.find(g["anchor"], pos + 1)
            if pos < 0:
                raise ValueError(f"{path.name}: anchor not found: {g['anchor']!r}")
        claims.append({**g, "start": pos, "end": pos + len(g["anchor"])})
    return Article(path, gold.get("language") or path.parent.name, text, claims)


def articles(folder: Path, prefixes: tuple[str, ...] | None = None) -> list[Article]:
    """Every annotated article under `folder`, sorted by path; only `prefixes` when given."""
    paths = sorted(p for p in folder.rglob("*.txt") if p.with_suffix(".gold.json").exists())
    out = [read_article(p) for p in paths]
    return [a for a in out if prefixes is None or a.prefix in prefixes]
