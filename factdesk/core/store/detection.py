"""The store's door to the claim detector (`factdesk.core.detect`).

Detection is pure (text in, claims out); the store only turns its
`DetectedClaim`s into claim rows. Bulk imports use both CPU cores.
"""

from __future__ import annotations

from typing import Any, Iterable, Iterator

from factdesk.core.errors import RequestError
from factdesk.core.model import DetectedClaim, Detection

N_PROCESS = 2


def _detector():
    try:
        from factdesk.core import detect as module
        return module.detect, module.detect_many
    except (ImportError, AttributeError):
        raise RequestError("the claim detector is not available in this build of FactDesk") from None


def detect_one(text: str, lang: str = "auto") -> Detection:
    """Detect the claims of one text."""
    detect, _ = _detector()
    return detect(text, lang=lang)


def detect_texts(texts: Iterable[str], lang: str = "auto", n_process: int = N_PROCESS) -> Iterator[Detection]:
    """Detect the claims of many texts on `n_process` cores; Detections come back in order."""
    _, detect_many = _detector()
    yield from detect_many(texts, lang=lang, n_process=n_process)


def claim_values(c: DetectedClaim) -> dict[str, Any]:
    """The claims-table columns of a detected claim."""
    return {"start": c.start, "end": c.end, "text": c.text, "type": c.type,
            "value": None if c.value is None else float(c.value), "unit": c.unit,
            "qualifier": c.qualifier, "speaker": c.speaker, "sentence_start": c.sentence_start,
            "sentence_end": c.sentence_end, "score": float(c.score)}
