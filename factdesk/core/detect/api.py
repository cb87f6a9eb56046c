"""detect() and detect_many(): text in, Detection (language + claims sorted by start) out.

Both run the spaCy pipeline of `pipeline.get_pipeline`, whose components are
the steps of `run.STEPS`: the one detection path of the CLI, the app and the
import workers.
"""

from __future__ import annotations

import gc
import itertools
from collections.abc import Iterable, Iterator
from contextlib import contextmanager

from factdesk.core.detect.run import LANGS, sort_claims
from factdesk.core.detect.run import resolve_language as _language
from factdesk.core.model import DetectedClaim, Detection

__all__ = ["LANGS", "detect", "detect_many"]


def _result(doc, lang: str) -> Detection:
    claims: list[DetectedClaim] = sort_claims(list(doc._.claims or []))
    return Detection(language=lang, claims=claims)


@contextmanager
def _older_objects_set_aside() -> Iterator[None]:
    """Let Python's garbage collector skip the objects that existed before this block.

    Detection makes many small objects (and, the first time in a process,
    compiles the rules and loads the models); each full collection would walk
    every object of the process, spaCy's and the app's included (about a
    million). gc.freeze() sets the existing objects aside and gc.unfreeze()
    gives them back afterwards: the same objects are collected, those that
    died meanwhile at the next full collection. It saves ~0.04 s of the
    first detection in a process and ~6 % of a bulk import.
    """
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


def detect(text: str, lang: str = "auto") -> Detection:
    """Detect the claims of one document; `lang` is "de", "en" or "auto"."""
    from factdesk.core.detect.pipeline import get_pipeline

    with _older_objects_set_aside():
        language = _language(text, lang)
        return _result(get_pipeline(language)(text), language)


def _detect_star(args: tuple[str, str]) -> Detection:
    return detect(*args)


def detect_many(texts: Iterable[str], lang: str = "auto", n_process: int = 1,
                batch_size: int = 32) -> Iterator[Detection]:
    """Detect many documents in order (bulk import); n_process > 1 spreads them over processes."""
    from factdesk.core.detect.pipeline import get_pipeline

    if n_process > 1:
        import multiprocessing

        ctx = multiprocessing.get_context("spawn")
        with ctx.Pool(n_process) as pool:
            yield from pool.imap(_detect_star, ((t, lang) for t in texts), chunksize=max(1, batch_size // 4))
        return
    it = iter(texts)
    while True:
        chunk = list(itertools.islice(it, batch_size))
        if not chunk:
            return
        with _older_objects_set_aside():
            langs = [_language(t, lang) for t in chunk]
            for language in set(langs):
                nlp = get_pipeline(language)
                idx = [i for i, lg in enumerate(langs) if lg == language]
                docs = nlp.pipe([chunk[i] for i in idx])
                for i, doc in zip(idx, docs):
                    chunk[i] = _result(doc, language)  # type: ignore[call-overload]
        yield from chunk  # type: ignore[misc]
