"""Claim detection: spaCy pipelines, FactDesk components, numbers, quotes, scoring.

`detect(text, lang="auto")` and `detect_many(texts, ...)` are the entry
points; they are imported lazily so that importing this package does not
load spaCy.
"""

from __future__ import annotations

from typing import Any

__all__ = ["detect", "detect_many"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from factdesk.core.detect import api

        return getattr(api, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
