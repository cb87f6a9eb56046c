"""The store's door to the claim detector (`factdesk.core.detect`).

Detection is pure (text in, claims out); the store only turns its
`DetectedClaim`s into claim rows. Bulk imports spread detection over both CPU
cores in worker processes while the main process reads files and writes.

Files are read, decoded and hashed where they are detected: in the workers
(`detect_files`), so the main process only writes, and never competes with
the detector for the two cores by reading, nor holds up its feeding while
it writes a batch.

The detector's spaCy-free path (`factdesk.core.detect.run.detect_text`, the
steps of the pipeline in its order) gives exactly `detect()`'s claims without
loading spaCy in every worker — the same path `factdesk detect` takes. When it
is not available, `detect`/`detect_many` are used.
This module stays light to import: workers import only it and the detector.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass
from typing import Any, Callable, Iterable, Iterator

from factdesk.core.errors import RequestError
from factdesk.core.model import DetectedClaim, Detection

N_PROCESS = 2
# Below this many texts a worker pool costs more than it saves.
POOL_MIN_TEXTS = 8


def detect_rules(text: str, lang: str = "auto") -> Detection:
    """The detector's steps run in pipeline order on one text (run.detect_text; no spaCy needed)."""
    from factdesk.core.detect.run import detect_text

    return detect_text(text, lang)


def _worker(args: tuple[str, str]) -> Detection:
    return detect_rules(*args)


@dataclass(slots=True)
class FileResult:
    """One file of a bulk import: read, hashed and detected, or known already, or failed."""

    path: str
    doc: Any = None               # IntakeDocument when read
    hash: str | None = None       # its content hash
    detection: Detection | None = None
    known_id: str | None = None   # the article already holding this content (not detected again)
    error: str | None = None      # one-line message when the file is not an article


_known_db: dict[str, Any] = {}


def _known_article(db_path: str | None, digest: str) -> str | None:
    """The id of the desk's article with this content hash, read from a worker's read-only connection.

    Only spares detecting content the desk has already; the writer checks again
    in its transaction, so any failure here just means "not known".
    """
    if not db_path:
        return None
    import sqlite3
    from pathlib import Path

    try:
        con = _known_db.get(db_path)
        if con is None:
            con = _known_db[db_path] = sqlite3.connect(f"{Path(db_path).as_uri()}?mode=ro", uri=True)
        row = con.execute("SELECT id FROM articles WHERE content_hash = ?", [digest]).fetchone()
    except (sqlite3.Error, ValueError):
        return None
    return row[0] if row else None


def read_file(path: str, db_path: str | None = None) -> FileResult:
    """Read, decode and hash one article file; note the desk's article when its content is known."""
    from factdesk.core.errors import InputError
    from factdesk.core.intake.document import content_hash
    from factdesk.core.intake.readers import read_article

    try:
        doc = read_article(path)
    except InputError as exc:
        return FileResult(path, error=exc.message)
    digest = content_hash(doc.text)
    return FileResult(path, doc, digest, known_id=_known_article(db_path, digest))


def _file_worker(args: tuple[str, str, str | None]) -> FileResult:
    path, lang, db_path = args
    result = read_file(path, db_path)
    if result.doc is not None and result.known_id is None:
        result.detection = detect_rules(result.doc.text, lang)
    return result


def _rules_many(texts: Iterable[str], lang: str = "auto", n_process: int = N_PROCESS,
                expected: int | None = None) -> Iterator[Detection]:
    """detect_rules over many texts, in order, on `n_process` worker processes."""
    if n_process <= 1 or (expected is not None and expected < POOL_MIN_TEXTS):
        for text in texts:
            yield detect_rules(text, lang)
        return
    import multiprocessing

    # spawn: safe when the GUI's threads are running (fork is not)
    with multiprocessing.get_context("spawn").Pool(n_process) as pool:
        yield from pool.imap(_worker, ((t, lang) for t in texts), chunksize=4)


def _detector() -> tuple[Callable[..., Detection], Callable[..., Iterator[Detection]]]:
    """(detect one, detect many) from the detector package, the spaCy-free path when present."""
    try:
        import factdesk.core.detect.run  # noqa: F401
        return detect_rules, _rules_many
    except ImportError:
        pass
    try:
        from factdesk.core import detect as module
        return module.detect, module.detect_many
    except (ImportError, AttributeError):
        raise RequestError("the claim detector is not available in this build of FactDesk") from None


def detect_one(text: str, lang: str = "auto") -> Detection:
    """Detect the claims of one text."""
    detect, _ = _detector()
    return detect(text, lang=lang)


def detect_texts(texts: Iterable[str], lang: str = "auto", n_process: int | None = None,
                 expected: int | None = None) -> Iterator[Detection]:
    """Detect the claims of many texts on `n_process` cores; Detections come back in order."""
    _, detect_many = _detector()
    n_process = N_PROCESS if n_process is None else n_process
    if detect_many is _rules_many:
        yield from _rules_many(texts, lang, n_process, expected)
    else:
        yield from detect_many(texts, lang=lang, n_process=n_process)


def detect_files(paths: Iterable[str], lang: str = "auto", n_process: int | None = None,
                 expected: int | None = None, db_path: str | None = None) -> Iterator[FileResult]:
    """Read, hash and detect many files on `n_process` cores; results come back in order.

    Worker processes do the reading too, and do not detect content already on
    the desk at `db_path` (`known_id` is set; they look it up read-only).
    Otherwise (few files, one process, another detector: spaCy's, a test's)
    files are read here and every one is detected; the writer skips known
    content either way.
    """
    detect, detect_many = _detector()
    n_process = N_PROCESS if n_process is None else n_process
    if detect_many is _rules_many and n_process > 1 and (expected is None or expected >= POOL_MIN_TEXTS):
        import multiprocessing

        with multiprocessing.get_context("spawn").Pool(n_process) as pool:
            yield from pool.imap(_file_worker, ((str(p), lang, db_path) for p in paths), chunksize=4)
        return
    # Read here; detect those to detect with the detector's own bulk path, in order.
    pending: deque[FileResult] = deque()

    def texts() -> Iterator[str]:
        for p in paths:
            result = read_file(str(p))  # no second connection to the desk in this process
            pending.append(result)
            if result.doc is not None and result.known_id is None:
                yield result.doc.text

    detections = detect_texts(texts(), lang=lang, n_process=n_process, expected=expected)
    try:
        for det in detections:
            while pending and (pending[0].doc is None or pending[0].known_id is not None):
                yield pending.popleft()
            result = pending.popleft()
            result.detection = det
            yield result
        yield from pending
    finally:
        detections.close()


def claim_values(c: DetectedClaim) -> dict[str, Any]:
    """The claims-table columns of a detected claim."""
    return {"start": c.start, "end": c.end, "text": c.text, "type": c.type,
            "value": None if c.value is None else float(c.value), "unit": c.unit,
            "qualifier": c.qualifier, "speaker": c.speaker, "sentence_start": c.sentence_start,
            "sentence_end": c.sentence_end, "score": float(c.score)}
