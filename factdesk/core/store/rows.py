"""Turning SQLite rows into the model's dataclasses, and the column lists that go with them."""

from __future__ import annotations

import math
import sqlite3
from collections.abc import Iterator
from typing import Any

from factdesk.core.model import Article, Claim, Review, Source

ARTICLE_COLUMNS = ("id", "text", "title", "outlet", "url", "published", "author", "place",
                   "language", "content_hash", "source_path", "imported_at", "imported_by", "shelf")
CLAIM_COLUMNS = ("id", "article_id", "start", "end", "text", "type", "value", "unit", "qualifier",
                 "speaker", "sentence_start", "sentence_end", "score", "origin", "status",
                 "verdict", "rationale", "assignee", "created_at", "updated_at", "updated_by", "shelf")
SOURCE_COLUMNS = ("id", "claim_id", "url", "title", "publisher", "published", "accessed",
                  "excerpt", "file_name", "file_hash", "created_at", "created_by")
REVIEW_COLUMNS = ("id", "claim_id", "decision", "reviewer", "comment", "created_at", "withdraws", "override")


CHUNK = 500  # ids per IN (...) list: well under SQLite's bound on host parameters


def chunks(items: list[Any]) -> Iterator[list[Any]]:
    """`items` in slices of CHUNK, for one `IN (...)` statement each."""
    for i in range(0, len(items), CHUNK):
        yield items[i:i + CHUNK]


def marks(n: int) -> str:
    """`n` parameter marks for an `IN (...)` list: "?, ?, ?"."""
    return ", ".join("?" * n)


def select_list(columns: tuple[str, ...], alias: str = "") -> str:
    """A SELECT column list, quoting `end` (an SQL keyword)."""
    prefix = f"{alias}." if alias else ""
    return ", ".join(f'{prefix}"{c}"' for c in columns)


def _dict(columns: tuple[str, ...], row: sqlite3.Row | tuple) -> dict[str, Any]:
    return dict(zip(columns, row))


def article(row: tuple) -> Article:
    """An Article from a row selected with ARTICLE_COLUMNS."""
    return Article(**_dict(ARTICLE_COLUMNS, row))


def claim(row: tuple) -> Claim:
    """A Claim (without sources) from a row selected with CLAIM_COLUMNS.

    A value that is not a finite number (a desk made before detection refused
    309-digit numbers may hold infinity) reads as no value: no claim means it.
    """
    values = _dict(CLAIM_COLUMNS, row)
    if isinstance(values.get("value"), float) and not math.isfinite(values["value"]):
        values["value"] = None
    return Claim(**values)


def source(row: tuple) -> Source:
    """A Source from a row selected with SOURCE_COLUMNS."""
    return Source(**_dict(SOURCE_COLUMNS, row))


def review(row: tuple) -> Review:
    """A Review from a row selected with REVIEW_COLUMNS."""
    return Review(**_dict(REVIEW_COLUMNS, row))
