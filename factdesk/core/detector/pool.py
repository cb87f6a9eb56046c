"""Reading and detecting many files on both CPU cores, for imports.

Files are read, decoded and hashed where they are detected: in worker
processes, so the main process only writes and never competes with the
detector for the two cores, nor holds up its feeding while it writes a
batch. A worker does not detect content the desk already holds (it asks the
desk file read-only). Only the shipped detector runs in workers; another
one installed with `detector.use()` (a test's double) runs here, as do
small imports, for which a pool costs more than it saves.
This module stays light to import: workers import only it, intake and the detector.
"""

from __future__ import annotations

from collections.abc import Generator, Iterable, Iterator
from dataclasses import dataclass

from factdesk.core.errors import InputError
from factdesk.core.intake.document import IntakeDocument, content_hash
from factdesk.core.intake.readers import read_article
from factdesk.core.model import Detection
from factdesk.core import detector
from factdesk.core.store.lookup import known_article

N_PROCESS = 2
# Below this many files a worker pool costs more than it saves.
POOL_MIN_FILES = 8


@dataclass(slots=True)
class FileResult:
    """One file of a bulk import: read, hashed and detected, or known already, or failed."""

    path: str
    doc: IntakeDocument | None = None
    hash: str | None = None            # its content hash
    detection: Detection | None = None
    known_id: str | None = None        # the article already holding this content (not detected again)
    error: str | None = None           # one-line message when the file is not an article


def read_file(path: str, db_path: str | None = None) -> FileResult:
    """Read, decode and hash one article file; note the desk's article when its content is known.

    Whatever a file does to the readers (a broken PDF stream, a parser's own error), it fails
    alone: one line for that file, and the import goes on with the others.
    """
    try:
        doc = read_article(path)
    except InputError as exc:
        return FileResult(path, error=exc.message)
    except Exception as exc:  # noqa: BLE001 - a hostile file may make any parser fail
        return FileResult(path, error=f"{path}: cannot be read as an article "
                                      f"({type(exc).__name__}: {' '.join(str(exc).split())[:100]})")
    digest = content_hash(doc.text)
    return FileResult(path, doc, digest, known_id=known_article(db_path, digest))


def _detection_failed(result: FileResult, exc: Exception) -> FileResult:
    """`result` turned into one file's failure: the import goes on with the other files."""
    result.doc = result.detection = None
    result.error = (f"{result.path}: claims could not be detected "
                    f"({type(exc).__name__}: {' '.join(str(exc).split())[:100]})")
    return result


def _file_worker(args: tuple[str, str, str | None]) -> FileResult:
    """In a worker process: read one file and detect it with the shipped detector."""
    path, lang, db_path = args
    result = read_file(path, db_path)
    if result.doc is not None and result.known_id is None:
        try:
            result.detection = detector.SHIPPED.detect(result.doc.text, lang)
        except Exception as exc:  # noqa: BLE001 - one text the detector cannot take fails alone
            return _detection_failed(result, exc)
    return result


def detect_texts(texts: Iterable[str], lang: str = "auto", n_process: int = N_PROCESS,
                 expected: int | None = None) -> Iterator[Detection]:
    """Detect many texts in order; the shipped detector uses `n_process` worker processes for large batches."""
    current = detector.current()
    pooled = current.shipped and n_process > 1 and (expected is None or expected >= POOL_MIN_FILES)
    return current.detect_many(texts, lang=lang, n_process=n_process if pooled else 1)


def detect_files(paths: Iterable[str], lang: str = "auto", n_process: int = N_PROCESS,
                 expected: int | None = None, db_path: str | None = None) -> Generator[FileResult, None, None]:
    """Read, hash and detect many files; results come back in order.

    With the shipped detector, `n_process` > 1 and at least POOL_MIN_FILES
    files `expected`, worker processes read and detect, skipping content
    already on the desk at `db_path`. Otherwise files are read here and every
    readable one is detected here, one at a time (the writer skips known
    content either way). A text the detector cannot take fails alone, with a
    message, in both ways.
    """
    current = detector.current()
    if current.shipped and n_process > 1 and (expected is None or expected >= POOL_MIN_FILES):
        import multiprocessing

        # spawn: safe when the GUI's threads are running (fork is not)
        with multiprocessing.get_context("spawn").Pool(n_process) as pool:
            yield from pool.imap(_file_worker, ((str(p), lang, db_path) for p in paths), chunksize=4)
        return
    for p in paths:
        result = read_file(str(p))  # no second connection to the desk in this process
        if result.doc is not None:
            try:
                result.detection = next(iter(current.detect_many([result.doc.text], lang=lang, n_process=1)))
            except Exception as exc:  # noqa: BLE001 - one text the detector cannot take fails alone
                result = _detection_failed(result, exc)
        yield result
