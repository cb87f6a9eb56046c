"""The store's door to the claim detector (`factdesk.core.detect`).

Detection is pure (text in, claims out); the store only turns its
`DetectedClaim`s into claim rows. Bulk imports spread detection over both CPU
cores in worker processes while the main process reads files and writes.

The detector's spaCy-free path (`factdesk.core.detect.run.detect_text`, the
steps of the pipeline in its order) gives exactly `detect()`'s claims without
loading spaCy in every worker — the same path `factdesk detect` takes. When it
is not available, `detect`/`detect_many` are used.
This module stays light to import: workers import only it and the detector.
"""

from __future__ import annotations

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


def claim_values(c: DetectedClaim) -> dict[str, Any]:
    """The claims-table columns of a detected claim."""
    return {"start": c.start, "end": c.end, "text": c.text, "type": c.type,
            "value": None if c.value is None else float(c.value), "unit": c.unit,
            "qualifier": c.qualifier, "speaker": c.speaker, "sentence_start": c.sentence_start,
            "sentence_end": c.sentence_end, "score": float(c.score)}
