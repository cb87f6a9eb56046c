"""Check-worthiness of sentences: a trained spaCy text classifier plus readable features, calibrated.

    raw   = bias + w_text × (logit(p_textcat) − centre) + Σ w_f × f
    score = 1 / (1 + e^(−raw))

`p_textcat` is the probability of the label CHECK_WORTHY from the spaCy
`textcat` model in `resources/models/worthiness-{lang}/` (trained with
`python -m factdesk.training.worthiness`); the features `f` are the
PASTEL-style ones (`sentence_cues.py`, and the claims: a specific number, a named subject, the claim
types, a hedge, a quote, future tense, ...), each 0 or 1. The bias and the
weights come from `resources/scoring/worthiness-{lang}.json`: a logistic
regression fitted on held-out sentences the text classifier never saw, so the
score is calibrated (Platt scaling with the features beside the model's
logit): 0.5 or more means a fact-checker would want to check the sentence.
`reasons()` lists each part's contribution, strongest first, so the app can
say why a sentence ranks high. The shipped scorer of each language loads
lazily, once (`shipped`); benchmarks pass their own `Scorer`.
"""

from __future__ import annotations

import json
import math
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from factdesk.core.detect.sentence_cues import sentence_features
from factdesk.core.detect.steps import unscored_claims
from factdesk.core.model import DetectedClaim
from factdesk.resources import resource_path

LABEL = "CHECK_WORTHY"
LANGS = ("de", "en")
TEXT_FEATURE = "wording"
SCORED_TYPES = ("vote_share", "arrests", "casualties", "crowd_size", "duration_in_power", "term_count", "money",
                "statistic", "quote")
NUMERIC_TYPES = frozenset(SCORED_TYPES) - {"quote"}
HEDGES = frozenset({"approx", "more_than", "less_than", "at_least", "up_to"})
CLAIM_FEATURES = ("specific_number", "vague_number", "hedged_number", "in_quote")
LEXICAL_FEATURES = ("named_subject", "prediction", "question", "short_sentence", "comparison", "statistic_words",
                    "attribution", "opinion", "courtesy", "past_action", "long_text", "cites_link", "comment_style")
# the quote type is `in_quote` already
FEATURES = CLAIM_FEATURES + LEXICAL_FEATURES + tuple(f"type:{t}" for t in SCORED_TYPES if t != "quote")
_EPS = 1e-6
_MODEL_LOCK = threading.RLock()  # the GUI scores from worker threads; one model call at a time
_BATCH = 256


@dataclass(frozen=True)
class Combiner:
    """The fitted combination of one language: bias, text weight and centre, feature weights."""

    lang: str
    bias: float
    text_weight: float
    text_centre: float
    weights: dict[str, float]
    meta: dict[str, Any]


@dataclass(frozen=True)
class Reason:
    """One part of a score: a feature (or the wording) and what it adds to the raw score."""

    feature: str
    contribution: float
    words: tuple[str, ...] = ()


def model_dir(lang: str):
    """The folder of the shipped text classifier for `lang`."""
    return resource_path("models", f"worthiness-{_lang(lang)}")


def combiner_path(lang: str):
    """The JSON file of the fitted combination for `lang`."""
    return resource_path("scoring", f"worthiness-{_lang(lang)}.json")


def _lang(lang: str) -> str:
    return lang if lang in LANGS else "en"


@dataclass(frozen=True)
class Scorer:
    """A trained text classifier (the `textcat` of a saved spaCy pipeline) with its fitted combination.

    Only the classifier's weights are loaded, not the saved pipeline: the
    texts are tokenized by the detector's blank pipeline of the same language
    (`tokens.make_doc`), the tokenizer the model was trained with, which
    `detect` and `rank` have built anyway. Building a second tokenizer cost
    more than the whole classifier (0.1–0.15 s CPU of ~0.17 s).
    """

    textcat: Any
    combiner: Combiner
    lang: str

    @classmethod
    def from_paths(cls, model: str | Path, combination: str | Path) -> Scorer:
        """A scorer from a saved spaCy model folder and a worthiness-LANG.json file."""
        textcat, lang = load_textcat(Path(model))
        return cls(textcat, read_combiner(combination), lang)

    def make_doc(self, text: str):
        """`text` tokenized as the model was trained (spaCy's blank tokenizer of the model's language)."""
        from factdesk.core.detect.tokens import make_doc

        return make_doc(text, self.lang)

    def probabilities(self, texts: Sequence[str], label: str = LABEL, docs: Sequence[Any] | None = None) -> list[float]:
        """P(`label`) of each text from the text classifier alone (`docs`: the texts already tokenized)."""
        column = list(self.textcat.labels).index(label)
        out: list[float] = []
        with _MODEL_LOCK:
            for start in range(0, len(texts), _BATCH):
                batch = (list(docs[start:start + _BATCH]) if docs is not None
                         else [self.make_doc(t) for t in texts[start:start + _BATCH]])
                out += [float(row[column]) for row in self.textcat.model.predict(batch)]
        return out


def load_textcat(model: Path) -> tuple[Any, str]:
    """(the text classifier component, its language) of the saved spaCy pipeline in folder `model`.

    Builds the component from the folder's config.cfg and reads its weights
    (`textcat/`); the pipeline's tokenizer and vocabulary are not loaded.
    """
    from spacy.pipeline.textcat import TextCategorizer
    from spacy.pipeline.textcat_multilabel import MultiLabel_TextCategorizer
    from spacy.util import load_config, registry
    from spacy.vocab import Vocab

    import factdesk.core.detect.worthiness_ngrams  # noqa: F401 - registers the architecture a config may name

    config = load_config(model / "config.cfg")
    settings = config["components"]["textcat"]
    factory = MultiLabel_TextCategorizer if settings["factory"] == "textcat_multilabel" else TextCategorizer
    network = registry.resolve({"model": settings["model"]})["model"]
    textcat = factory(Vocab(), network, "textcat", threshold=0.5, scorer=None)
    textcat.from_disk(model / "textcat", exclude=("vocab",))
    return textcat, config["nlp"]["lang"]


def shipped(lang: str) -> Scorer:
    """The shipped scorer of `lang` (loaded once, on first use, from any thread)."""
    with _MODEL_LOCK:
        return _shipped(lang)


@lru_cache(maxsize=2)
def _shipped(lang: str) -> Scorer:
    return Scorer.from_paths(model_dir(lang), combiner_path(lang))


def read_combiner(path: str | Path) -> Combiner:
    """Read a fitted combination (resources/scoring/worthiness-LANG.json)."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    return Combiner(lang=data.get("lang", "en"), bias=float(data["bias"]), text_weight=float(data["text_weight"]),
                    text_centre=float(data["text_centre"]),
                    weights={k: float(v) for k, v in data["weights"].items()}, meta=data)


def features(text: str, lang: str, claims: Sequence[DetectedClaim]) -> dict[str, float]:
    """The PASTEL-style features of one sentence (each 0 or 1) given the claims found in it."""
    lexical = sentence_features(text, lang)
    out = {name: float(lexical.get(name, 0.0)) for name in LEXICAL_FEATURES}
    numeric = [c for c in claims if c.type in NUMERIC_TYPES]
    out["specific_number"] = float(any(c.value is not None and c.qualifier != "vague" for c in numeric))
    out["vague_number"] = float(any(c.value is None or c.qualifier == "vague" for c in numeric))
    out["hedged_number"] = float(any(c.qualifier in HEDGES for c in numeric))
    out["in_quote"] = float(any(c.type == "quote" for c in claims))
    present = {c.type for c in claims}
    for t in SCORED_TYPES:
        if t != "quote":
            out[f"type:{t}"] = float(t in present)
    return out


def make_docs(texts: Sequence[str], lang: str) -> list[Any]:
    """`texts` tokenized once by the detector's tokenizer of `lang`, for both the claim steps and the classifier.

    The shipped classifiers were trained on this tokenization (`Scorer.make_doc`).
    """
    from factdesk.core.detect.tokens import language

    make_doc = language(_lang(lang)).make_doc
    with _MODEL_LOCK:
        return [make_doc(t) for t in texts]


def text_probabilities(texts: Sequence[str], lang: str, scorer: Scorer | None = None,
                       docs: Sequence[Any] | None = None) -> list[float]:
    """P(CHECK_WORTHY) of each text from the spaCy text classifier alone (`docs`: see `make_docs`)."""
    return (scorer or shipped(_lang(lang))).probabilities(texts, docs=docs)


def logit(p: float) -> float:
    """log(p / (1 − p)), clipped away from 0 and 1."""
    p = min(max(p, _EPS), 1 - _EPS)
    return math.log(p / (1 - p))


def raw_parts(prob: float, feats: dict[str, float], comb: Combiner) -> list[tuple[str, float]]:
    """The contributions to the raw score: wording first, then each present feature's weight."""
    parts = [(TEXT_FEATURE, comb.text_weight * (logit(prob) - comb.text_centre))]
    parts += [(name, comb.weights.get(name, 0.0) * v) for name, v in feats.items() if v]
    return parts


def combine(prob: float, feats: dict[str, float], comb: Combiner) -> float:
    """The calibrated score from the classifier's probability and the features."""
    raw = comb.bias + sum(c for _, c in raw_parts(prob, feats, comb))
    return 1.0 / (1.0 + math.exp(-max(min(raw, 50.0), -50.0)))


def score_texts(texts: Sequence[str], lang: str, claims: Sequence[Sequence[DetectedClaim]] | None = None,
                scorer: Scorer | None = None, docs: Sequence[Any] | None = None) -> list[float]:
    """The calibrated check-worthiness of each text (a sentence or a line) in [0, 1].

    `claims[i]` are the detector's claims inside `texts[i]`; by default they
    are detected here. Blank texts score 0. `scorer` defaults to the shipped
    one. `docs[i]` is `texts[i]` tokenized (`make_docs`); by default each text
    is tokenized once here, for the claims and the classifier alike.
    """
    lang = _lang(lang)
    scores = [0.0] * len(texts)
    todo = [i for i, t in enumerate(texts) if t.strip()]
    if not todo:
        return scores
    scorer = scorer or shipped(lang)
    comb = scorer.combiner
    todo_docs = [docs[i] for i in todo] if docs is not None else make_docs([texts[i] for i in todo], lang)
    probs = text_probabilities([texts[i] for i in todo], lang, scorer, todo_docs)
    for i, prob, doc in zip(todo, probs, todo_docs):
        found = claims[i] if claims is not None else unscored_claims(texts[i], lang, doc)
        scores[i] = combine(prob, features(texts[i], lang, found), comb)
    return scores


def score_text(text: str, lang: str, claims: Sequence[DetectedClaim] | None = None) -> float:
    """The calibrated check-worthiness of one sentence or line (see score_texts)."""
    return score_texts([text], lang, None if claims is None else [claims])[0]


def reasons(text: str, lang: str, claims: Sequence[DetectedClaim] | None = None,
            words: int = 3) -> list[Reason]:
    """Why `text` scores as it does: each part's contribution to the raw score, strongest first.

    The wording part carries the `words` words whose removal lowers the
    classifier's logit most (the words that make the sentence read as check-worthy).
    """
    lang = _lang(lang)
    if not text.strip():
        return []
    comb = shipped(lang).combiner
    found = unscored_claims(text, lang) if claims is None else claims
    prob = text_probabilities([text], lang)[0]
    parts = raw_parts(prob, features(text, lang, found), comb)
    out = [Reason(name, value, key_words(text, lang, prob, words) if name == TEXT_FEATURE and value > 0 else ())
           for name, value in parts]
    return sorted(out, key=lambda r: -r.contribution)


def key_words(text: str, lang: str, prob: float | None = None, limit: int = 3) -> tuple[str, ...]:
    """The words of `text` whose removal lowers the classifier's logit most (at most `limit`).

    Only content words are tried: numbers have their own features, and a stop
    word ("least", "the") explains nothing to a reader.
    """
    with _MODEL_LOCK:
        doc = shipped(_lang(lang)).make_doc(text)
    tokens = [t for t in doc if t.is_alpha and not t.is_stop]  # numbers have their own features
    if not tokens or limit <= 0:
        return ()
    base = logit(prob if prob is not None else text_probabilities([text], lang)[0])
    variants = ["".join(t.text_with_ws for t in doc if t.i != tok.i) for tok in tokens]
    drops = [(base - logit(p), tok.text) for tok, p in zip(tokens, text_probabilities(variants, lang))]
    out: list[str] = []
    for drop, word in sorted(drops, key=lambda d: -d[0]):
        if drop <= 0 or len(out) == limit:
            break
        if word.lower() not in {w.lower() for w in out}:
            out.append(word)
    return tuple(out)


@dataclass(frozen=True)
class SentenceScore:
    """One sentence of a text: its span (code-point offsets) and its check-worthiness."""

    start: int
    end: int
    score: float


def sentence_scores(text: str, lang: str, claims: Sequence[Any] = ()) -> list[SentenceScore]:
    """The score of every sentence of `text`, in order (the reader dims those below a threshold).

    A sentence holding any of `claims` (detected claims or desk claims: they
    need start, end, type, value, qualifier and score) keeps its claims' score,
    which the detector gave it from the same model, so the reader, the claims
    list and `factdesk rank` agree; the other sentences are scored here.
    """
    from factdesk.core.detect.sentences import sentence_spans

    spans = list(sentence_spans(text, _lang(lang)))
    known: dict[int, float] = {}
    for i, (s, e) in enumerate(spans):
        inside = [c.score for c in claims if s <= c.start < e]
        if inside:
            known[i] = max(inside)
    todo = [i for i in range(len(spans)) if i not in known]
    fresh = score_texts([text[spans[i][0]:spans[i][1]] for i in todo], lang, [[] for _ in todo])
    known.update(zip(todo, fresh))
    return [SentenceScore(s, e, known[i]) for i, (s, e) in enumerate(spans)]
