"""Attaching, editing and removing a claim's sources, each with the request that undoes it.

A source of an approved (locked) claim cannot change. Removing a source and
undoing that attaches it again with the same fields and the same kept file.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from factdesk.core.model import Source
from factdesk.core.ops import workflow
from factdesk.core.ops.changes import Changes
from factdesk.core.store import Desk
from factdesk.core.store import sources as source_rules

FIELDS = source_rules.FIELDS


@dataclass(frozen=True, slots=True)
class SourceAdd:
    """Attach a source to a claim (with a file to keep, or a file the desk already keeps)."""

    claim_id: str
    fields: Mapping[str, Any]
    file_path: Path | str | None = None
    kept_file: tuple[str, str] | None = None  # (file name, sha256) of a file already in the desk


@dataclass(frozen=True, slots=True)
class SourceEdit:
    """Change fields of a source."""

    source_id: str
    fields: Mapping[str, Any]


@dataclass(frozen=True, slots=True)
class SourceRemove:
    """Detach a source from its claim."""

    source_id: str


@dataclass(slots=True)
class SourceChanged:
    """A source op's result: the source now (None once removed), what changed, how to undo it."""

    source: Source | None
    changes: Changes
    inverse: SourceAdd | SourceEdit | SourceRemove | None


def add_source(desk: Desk, claim_id: str, by: str, url: str | None = None, title: str | None = None,
               publisher: str | None = None, published: str | None = None, accessed: str | None = None,
               excerpt: str | None = None, file_path: Path | str | None = None) -> SourceChanged:
    """Attach a source (and optionally a file kept inside the desk) to a claim."""
    fields = dict(url=url, title=title, publisher=publisher, published=published, accessed=accessed,
                  excerpt=excerpt)
    return apply_add(desk, SourceAdd(claim_id, fields, file_path), by)


def apply_add(desk: Desk, request: SourceAdd, by: str) -> SourceChanged:
    """Attach a source as one action."""
    clean = source_rules.prepare(dict(request.fields), request.file_path or request.kept_file)
    claim = desk.get_claim(request.claim_id)
    workflow.check_unlocked(claim)
    file = source_rules.load_file(request.file_path) if request.file_path is not None else None
    with desk.action(by) as w:
        source = w.add_source(claim, clean, file, request.kept_file)
    return SourceChanged(source, Changes.of([claim.id]), SourceRemove(source.id))


def update_source(desk: Desk, source_id: str, by: str, **fields: Any) -> SourceChanged:
    """Edit a source's fields."""
    return apply_edit(desk, SourceEdit(source_id, fields), by)


def apply_edit(desk: Desk, request: SourceEdit, by: str) -> SourceChanged:
    """Edit a source as one action."""
    old = desk.get_source(request.source_id)
    claim = desk.get_claim(old.claim_id)
    workflow.check_unlocked(claim)
    with desk.action(by) as w:
        source = w.update_source(old.id, claim.article_id, dict(request.fields))
    undo = SourceEdit(old.id, {k: getattr(old, k) for k in request.fields if k in FIELDS})
    return SourceChanged(source, Changes.of([claim.id]), undo)


def remove_source(desk: Desk, source_id: str, by: str) -> SourceChanged:
    """Remove a source from its claim."""
    return apply_remove(desk, SourceRemove(source_id), by)


def apply_remove(desk: Desk, request: SourceRemove, by: str) -> SourceChanged:
    """Detach a source as one action."""
    old = desk.get_source(request.source_id)
    claim = desk.get_claim(old.claim_id)
    workflow.check_unlocked(claim)
    with desk.action(by) as w:
        w.remove_source(old.id, claim.article_id)
    kept = (old.file_name or "attachment", old.file_hash) if old.file_hash else None
    undo = SourceAdd(claim.id, {k: getattr(old, k) for k in FIELDS}, kept_file=kept)
    return SourceChanged(None, Changes.of([claim.id]), undo)
