"""The spaCy components of FactDesk's detector: one per step of `run.STEPS`.

Each component wraps a step's function (`run.py`): it passes the Doc, its
text (`tokens.doc_text`, no rebuild from tokens) and `doc._.claims` to the
step and stores what the step returns. The order of the components is
`run.STEPS`, used by `pipeline.get_pipeline`; importing this module registers
the factories "factdesk_claim_types", "factdesk_quotes" and "factdesk_score".
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import minibatch

from factdesk.core.detect.run import LANGS, step_named
from factdesk.core.detect.steps import Step
from factdesk.core.detect.tokens import doc_text, register_extensions

COMPONENT = "factdesk_claim_types"


class StepComponent:
    """spaCy component: run one detector step on the Doc's text, passing `doc._.claims` along."""

    def __init__(self, step: Step, lang: str, **options: Any) -> None:
        self.step = step
        self.lang = lang if lang in LANGS else "en"
        self.options = options

    def __call__(self, doc: Doc) -> Doc:
        claims = doc._.claims
        text = doc_text(doc)
        claims = [] if claims is None else claims
        if text.strip():
            claims = self.step.run(text, self.lang, claims, doc=doc, **self.options)
        doc._.claims = claims
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        """Process a stream of Docs a batch at a time (what `nlp.pipe` calls).

        Tokenizing a batch and then running each step over it keeps each
        stage's data warm in the CPU caches; interleaving one document at a
        time costs about a fifth more.
        """
        for batch in minibatch(docs, batch_size):
            if self.step.run_many is None or self.options:
                for doc in batch:
                    self(doc)
            else:
                self._run_many(batch)
            yield from batch

    def _run_many(self, batch: list[Doc]) -> None:
        """Run the step's `run_many` over the Docs of `batch` that have text (as __call__ would, one by one)."""
        todo = []
        for doc in batch:
            if doc._.claims is None:
                doc._.claims = []
            if doc_text(doc).strip():
                todo.append(doc)
        if not todo:
            return
        assert self.step.run_many is not None
        results = self.step.run_many([doc_text(d) for d in todo], [d._.claims for d in todo], self.lang, todo)
        for doc, claims in zip(todo, results):
            doc._.claims = claims


def _component(nlp: Language, name: str, **options: Any) -> StepComponent:
    register_extensions()
    return StepComponent(step_named(name), nlp.lang, **options)


@Language.factory("factdesk_claim_types")
def make_claim_types(nlp: Language, name: str) -> StepComponent:
    """Build the numeric claims component: rule candidates typed by the trained model (steps.claim_type_step)."""
    return _component(nlp, "factdesk_claim_types")


@Language.factory("factdesk_quotes")
def make_quotes(nlp: Language, name: str) -> StepComponent:
    """Build the quote component (steps.quote_step)."""
    return _component(nlp, "factdesk_quotes")


@Language.factory("factdesk_score")
def make_score(nlp: Language, name: str) -> StepComponent:
    """Build the check-worthiness component (run.score_step; the trained model loads on first use)."""
    return _component(nlp, "factdesk_score")


def register_components() -> None:
    """Make sure the factories are registered (importing this module does it)."""
