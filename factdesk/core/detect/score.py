"""Check-worthiness: an interpretable score in [0, 1] for claims and sentences.

In the spirit of Full Fact's PASTEL, the score is a weighted sum of a few
features a fact-checker can read and argue with, squashed by the logistic
function:

    score = 1 / (1 + exp(-(bias + type weight + sum(weight * feature))))

The weights live in `resources/scoring/weights.json`, the cue words in
`resources/scoring/cues.json`; `resources/scoring/README.md` says what each
feature is and why it weighs what it does. `explain()` lists each feature's
contribution, so a score can always be justified.

The spaCy component "factdesk_score" (component.py, via run.score_step)
scores `doc._.claims`; `sentence_score()` scores a whole sentence for ranking sentences.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

from factdesk.core.model import DetectedClaim
from factdesk.resources import resource_path

NUMERIC_TYPES = frozenset({"vote_share", "arrests", "casualties", "crowd_size", "duration_in_power",
                           "term_count", "money", "statistic"})
HEDGES = frozenset({"approx", "more_than", "less_than", "at_least", "up_to"})
LEXICAL_FEATURES = ("prediction", "comparison", "statistic_words", "past_action", "opinion", "question", "courtesy",
                    "attribution")
SHORT_SENTENCE_WORDS = 5
_WORD = re.compile(r"\w+", re.UNICODE)
_DE_ARTICLES = frozenset("der die das den dem des ein eine einen einem einer eines kein keine keinen".split())


@dataclass(frozen=True)
class Weights:
    """The bias, the feature weights and the per-type weights of the score."""

    bias: float
    features: dict[str, float]
    types: dict[str, float]


def load_weights(path: str | Path | None = None) -> Weights:
    """Load weights from `path`, or the shipped resources/scoring/weights.json."""
    return _load_weights(str(path) if path else str(resource_path("scoring", "weights.json")))


@lru_cache(maxsize=8)
def _load_weights(path: str) -> Weights:
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    return Weights(bias=float(data.get("bias", 0.0)),
                   features={k: float(v) for k, v in data.get("features", {}).items()},
                   types={k: float(v) for k, v in data.get("type", {}).items()})


@lru_cache(maxsize=4)
def _cues(lang: str) -> dict[str, re.Pattern[str]]:
    """One case-insensitive regex per lexical feature, from resources/scoring/cues.json.

    An entry matches as a whole word unless it starts or ends with a non-word
    character ("%", "?"); "*" at either end allows more word characters there.
    The word-start check (a negative look-behind for a word character) is written once before the alternatives
    that need it, so the engine tests it once per position, not once per
    entry (same matches, a fraction of the time).
    """
    with open(resource_path("scoring", "cues.json"), encoding="utf-8") as f:
        data = json.load(f).get(lang if lang in ("de", "en") else "en", {})
    patterns = {}
    for feature in LEXICAL_FEATURES:
        bounded, free = [], []
        for entry in data.get(feature, []):
            body = r"\s+".join(re.escape(w) for w in entry.strip("*").split())
            if entry.endswith("*"):
                body += r"\w*"
            if entry.startswith("*"):
                body = r"\w+" + body
            right = r"(?!\w)" if entry[-1:].isalnum() else ""
            (bounded if entry[:1].isalnum() or entry[:1] == "*" else free).append(body + right)
        parts = ([r"(?<!\w)(?:" + "|".join(bounded) + ")"] if bounded else []) + free
        patterns[feature] = re.compile("|".join(parts) or r"(?!x)x", re.IGNORECASE)
    return patterns


def sentence_features(sentence: str, lang: str) -> dict[str, float]:
    """The lexical features of a sentence: cue-word hits, a named subject, shortness."""
    features = {name: float(bool(p.search(sentence))) for name, p in _cues(lang).items()}
    words = _WORD.findall(sentence)
    features["short_sentence"] = float(len(words) < SHORT_SENTENCE_WORDS)
    features["named_subject"] = float(_has_name(words, lang))
    return features


def _has_name(words: list[str], lang: str) -> bool:
    """True when a capitalized word other than the first names someone or something."""
    for i in range(1, len(words)):
        w = words[i]
        if not w[:1].isupper() or w == "I" or w.isupper() and len(w) == 1:
            continue
        if lang == "de":
            prev = words[i - 1].lower()
            if prev in _DE_ARTICLES or (words[i - 1].islower() and prev.endswith(("e", "en", "er", "es", "em"))):
                continue  # a German common noun: "die Regierung", "neuen Gesetz"
        return True
    return False


def claim_features(claim: DetectedClaim, sentence: str, lang: str, in_quote: bool = False) -> dict[str, float]:
    """All features of one claim in its sentence."""
    return _with_claim(sentence_features(sentence, lang), claim, in_quote)


def _with_claim(features: dict[str, float], claim: DetectedClaim, in_quote: bool) -> dict[str, float]:
    """Add the claim's own features to (a copy of) its sentence's features; return them."""
    numeric = claim.type in NUMERIC_TYPES
    features["specific_number"] = float(numeric and claim.value is not None and claim.qualifier != "vague")
    features["vague_number"] = float(numeric and (claim.value is None or claim.qualifier == "vague"))
    features["hedged_number"] = float(numeric and claim.qualifier in HEDGES)
    features["in_quote"] = float(in_quote or claim.type == "quote")
    features["no_claim"] = 0.0
    return features


def _raw(features: dict[str, float], claim_type: str | None, weights: Weights) -> float:
    total = weights.bias + (weights.types.get(claim_type, 0.0) if claim_type else 0.0)
    return total + sum(weights.features.get(name, 0.0) * value for name, value in features.items())


def _squash(x: float) -> float:
    return 1.0 / (1.0 + math.exp(-x))


def explain(features: dict[str, float], claim_type: str | None = None,
            weights: Weights | None = None) -> list[tuple[str, float]]:
    """Each feature's contribution to the raw score, largest first (bias and type included)."""
    w = weights or load_weights()
    parts = [("bias", w.bias)]
    if claim_type:
        parts.append((f"type:{claim_type}", w.types.get(claim_type, 0.0)))
    parts += [(n, w.features.get(n, 0.0) * v) for n, v in features.items() if v and w.features.get(n)]
    return sorted(parts, key=lambda p: -abs(p[1]))


def score_claim(claim: DetectedClaim, sentence: str, lang: str, in_quote: bool = False,
                weights: Weights | None = None) -> float:
    """The check-worthiness of one claim, in [0, 1]."""
    w = weights or load_weights()
    return _squash(_raw(claim_features(claim, sentence, lang, in_quote), claim.type, w))


def score_claims(text: str, claims: list[DetectedClaim], lang: str,
                 weights: Weights | None = None) -> list[DetectedClaim]:
    """Return the claims of a document with their `score` set.

    The lexical features are computed once per sentence, however many claims it holds.
    """
    w = weights or load_weights()
    quotes = [(c.start, c.end) for c in claims if c.type == "quote"]
    by_sentence: dict[str, dict[str, float]] = {}
    out = []
    for c in claims:
        inside = c.type != "quote" and any(s <= c.start and c.end <= e for s, e in quotes)
        sentence = text[c.sentence_start:c.sentence_end] if c.sentence_end > c.sentence_start else c.text
        base = by_sentence.get(sentence)
        if base is None:
            base = by_sentence[sentence] = sentence_features(sentence, lang)
        features = _with_claim(dict(base), c, inside)
        out.append(replace(c, score=round(_squash(_raw(features, c.type, w)), 4)))
    return out


def sentence_score(sentence: str, lang: str, claims: list[DetectedClaim] | None = None,
                   weights: Weights | None = None) -> float:
    """The check-worthiness of a whole sentence, in [0, 1], for ranking sentences.

    With claims (by default the detector's claims in the sentence) it is the
    score of the sentence's best claim; without any, the lexical features
    alone with the `no_claim` weight.
    """
    w = weights or load_weights()
    if claims is None:
        claims = detector_claims(sentence, lang)
    has_quote = any(c.type == "quote" for c in claims)
    best = None
    for c in claims:
        s = _squash(_raw(claim_features(c, sentence, lang, has_quote), c.type, w))
        best = s if best is None else max(best, s)
    if best is not None:
        return best
    features = sentence_features(sentence, lang)
    features["no_claim"] = 1.0
    return _squash(_raw(features, None, w))


def detector_claims(text: str, lang: str) -> list[DetectedClaim]:
    """The claims FactDesk's detector finds in `text` (run.claims_for_text: numeric claims, quotes)."""
    from factdesk.core.detect.run import claims_for_text

    return claims_for_text(text, lang)


def register_component() -> None:
    """Register the spaCy factories of the detector, "factdesk_score" among them (see component.py)."""
    import factdesk.core.detect.component  # noqa: F401  registers the factories at import
