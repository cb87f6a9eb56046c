"""Importing articles: files and folders in bulk, or pasted text → intake → detection → the desk.

Files are read, hashed and detected by `detector.pool` (worker processes on
both cores for the shipped detector); finished articles are stored with
their claims in batches, each batch one action. An import killed half-way
leaves a sound desk, and importing again adds only what is missing (the
content hash is unique). Problems with single files are collected in the
report; the other files are still imported. New articles are then linked to
near-duplicates on the desk and their claims clustered with repeated ones
(`core.matching.clusters.refresh`), whoever imports: the app or the CLI.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from factdesk.core import words
from factdesk.core.errors import RequestError
from factdesk.core.intake.document import content_hash
from factdesk.core.intake.readers import collect_paths, from_text
from factdesk.core import detector
from factdesk.core.detector import pool
from factdesk.core.ops.changes import Changes
from factdesk.core.store import Desk, NewArticle
from factdesk.core.store.history import check_by

BATCH_ARTICLES = 100
BATCH_SECONDS = 1.0


@dataclass(slots=True)
class ImportReport:
    """What an import did: articles added, duplicates skipped, files that failed, and the Changes."""

    imported: list[tuple[str, str]] = field(default_factory=list)    # (path, article id)
    duplicates: list[tuple[str, str]] = field(default_factory=list)  # (path, existing article id)
    failed: list[tuple[str, str]] = field(default_factory=list)      # (path, message)
    notes: list[tuple[str, str]] = field(default_factory=list)       # (path, what reading it changed)
    n_claims: int = 0
    cancelled: bool = False
    # why the import stopped before the end (the desk could not be written: a full disk, …);
    # everything in `imported` was written before that
    stopped: str | None = None
    near_duplicates: int = 0  # article pairs newly linked as the same story reprinted

    @property
    def changes(self) -> Changes:
        """New articles (and their claims) came: the library and the counts changed."""
        ids = [aid for _, aid in self.imported]
        return Changes.of((), ids, counts=bool(ids), library=bool(ids))

    def summary(self) -> str:
        """One line for people, e.g. "imported 3 articles with 41 claims; 1 already on the desk; 1 failed"."""
        parts = [f"imported {words.count(len(self.imported), 'article', 'en')} "
                 f"with {words.count(self.n_claims, 'claim', 'en')}"]
        if self.duplicates:
            parts.append(f"{len(self.duplicates)} already on the desk")
        if self.failed:
            parts.append(f"{len(self.failed)} failed")
        if self.notes:
            parts.append(f"{len(self.notes)} with characters replaced")
        if self.cancelled:
            parts.append("cancelled")
        if self.stopped:
            parts.append(f"stopped: {self.stopped}")
        return "; ".join(parts)


@dataclass(slots=True)
class Pasted:
    """The result of importing pasted text: its article, whether it is new, and the Changes."""

    article_id: str
    created: bool
    changes: Changes
    near_duplicates: int = 0


def _store(desk: Desk, by: str, batch: list[tuple[str, NewArticle]], report: ImportReport) -> None:
    """Store a batch of detected articles in one action; content added meanwhile counts as a duplicate."""
    with desk.action(by) as w:
        stored = w.add_articles([new for _, new in batch])
    for (path, new), (article_id, created) in zip(batch, stored):
        if created:
            report.imported.append((path, article_id))
            report.n_claims += len(new.claims)
        else:
            report.duplicates.append((path, article_id))


def _store_or_stop(desk: Desk, by: str, batch: list[tuple[str, NewArticle]], report: ImportReport) -> bool:
    """Store a batch; when the desk cannot be written (full disk, read-only, locked), note why and say stop.

    The batches written before stay written (each was its own action), and the report says how many.
    """
    try:
        _store(desk, by, batch, report)
    except RequestError as exc:
        report.stopped = exc.message
        return False
    return True


def import_paths(desk: Desk, paths: Iterable[Path | str], by: str, lang: str = "auto",
                 progress: Callable[[int, int, str], None] | None = None,
                 cancelled: Callable[[], bool] | None = None) -> ImportReport:
    """Import files and folders (recursively); per-file problems are collected in the report."""
    by = check_by(by)
    report = ImportReport()
    files, errors = collect_paths(paths)
    report.failed.extend((str(p), e.message) for p, e in errors)

    def wanted() -> Iterator[str]:
        # The detector's pool may pull this generator from its own thread.
        for path in files:
            if cancelled and cancelled():
                report.cancelled = True
                return
            yield str(path)

    total = len(files)
    seen: dict[str, str] = {}   # content hash -> path, for duplicates within this import
    batch: list[tuple[str, NewArticle]] = []
    last_write = time.monotonic()
    results = pool.detect_files(wanted(), lang=lang, expected=total, db_path=desk.sqlite_path())
    for result in results:
        if result.error is not None:
            report.failed.append((result.path, result.error))
        elif result.known_id is not None:
            report.duplicates.append((result.path, result.known_id))
        elif result.hash in seen:
            report.duplicates.append((result.path, seen[result.hash]))
        elif result.doc is not None and result.hash is not None and result.detection is not None:
            seen[result.hash] = result.path
            report.notes.extend((result.path, note) for note in result.doc.notes)
            det = result.detection
            batch.append((result.path, NewArticle(result.doc.text, result.hash, det.language,
                                                  result.doc.meta(), det.claims)))
        if cancelled and cancelled():
            # The detector reads ahead, so cancelling must also stop here; the
            # articles detected so far are complete and are kept.
            report.cancelled = True
            results.close()
            break
        if progress:
            # files done, counting those detected but not yet written
            done = len(report.failed) + len(report.duplicates) + len(report.imported) + len(batch)
            progress(min(done, total), total, result.path)
        if batch and (len(batch) >= BATCH_ARTICLES or time.monotonic() - last_write > BATCH_SECONDS):
            if not _store_or_stop(desk, by, batch, report):
                results.close()
                batch = []
                break
            batch, last_write = [], time.monotonic()
    if batch:
        _store_or_stop(desk, by, batch, report)
    if report.imported and not report.stopped:
        try:
            report.near_duplicates = _cluster(desk)
        except RequestError as exc:  # the articles are in; linking them can wait for the next import
            report.stopped = exc.message
    if progress:
        progress(total, total, "")
    return report


def _cluster(desk: Desk) -> int:
    """Link new articles to near-duplicates and cluster their claims; the number of new links."""
    from factdesk.core.matching.clusters import refresh

    return refresh(desk).near_duplicates


def import_text(desk: Desk, text: str, by: str, title: str | None = None, lang: str = "auto",
                **meta: str | None) -> Pasted:
    """Import pasted text as an article; known content gives the existing article (created False)."""
    by = check_by(by)
    doc = from_text(text, title=title, **meta)
    digest = content_hash(doc.text)
    known = desk.find_hashes([digest])
    if known:
        return Pasted(known[digest], False, Changes())
    det = detector.current().detect(doc.text, lang)
    report = ImportReport()
    _store(desk, by, [("<pasted>", NewArticle(doc.text, digest, det.language, doc.meta(), det.claims))], report)
    if report.imported:
        return Pasted(report.imported[0][1], True, report.changes, _cluster(desk))
    return Pasted(report.duplicates[0][1], False, Changes())
