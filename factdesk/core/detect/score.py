"""The score step of the detector: each claim gets the check-worthiness of its sentence.

The score itself is `worthiness.py` (a trained spaCy text classifier plus
PASTEL-style features, calibrated). This module holds the readable lexical
features in the spirit of Full Fact's PASTEL (cue words from
`resources/scoring/cues.json`: future tense, comparisons, statistical words,
attribution, opinion, questions, courtesy, past actions; a named subject; a
very short or a long text; a web link; the style of a reader's comment) and
puts the sentence scores on the claims.

The spaCy component "factdesk_score" (component.py, via run.score_step)
scores `doc._.claims`; `sentence_score()` scores one sentence or line.
"""

from __future__ import annotations

import json
import re
from dataclasses import replace
from functools import lru_cache

from factdesk.core.model import DetectedClaim
from factdesk.resources import resource_path

LEXICAL_FEATURES = ("prediction", "comparison", "statistic_words", "past_action", "opinion", "question", "courtesy",
                    "attribution")
SHORT_SENTENCE_WORDS = 5
LONG_TEXT_WORDS = 30
_WORD = re.compile(r"\w+", re.UNICODE)
_LINK = re.compile(r"https?://|www\.\w", re.IGNORECASE)
# a mention, a link, "!", an ellipsis or an emoticon: how comments are written, not news sentences
_INFORMAL = re.compile(r"@\w|https?://|www\.\w|!|\.\.\.|…|[:;]-?[()DP]")
_OPENS = re.compile(r"""[\w"'„“”‚‘’»«(\[]""")
_CLOSES = re.compile(r"""[.!?:;…"'“”‘’»«)\]]$""")
_DE_ARTICLES = frozenset("der die das den dem des ein eine einen einem einer eines kein keine keinen".split())


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
    features["long_text"] = float(len(words) >= LONG_TEXT_WORDS)
    features["named_subject"] = float(_has_name(words, lang))
    features["cites_link"] = float(bool(_LINK.search(sentence)))
    features["comment_style"] = float(_comment_style(sentence, lang))
    return features


def _comment_style(text: str, lang: str) -> bool:
    """True when `text` is written like a reader's comment rather than a sentence of news or a transcript.

    Several sentences in one item, a mention, a link, "!", an ellipsis, an
    emoticon, a lower-case start or no closing punctuation. The score's
    combination learns what this says: comments (GermEval) and news sentences
    need different offsets to stay calibrated.
    """
    from factdesk.core.detect.sentences import sentence_spans

    body = text.strip()
    if not body:
        return False
    if _INFORMAL.search(body) or not _CLOSES.search(body):
        return True
    first = body[0]
    if first.isalpha() and first.islower() or not (_OPENS.match(first) or first.isdigit()):
        return True
    return len(sentence_spans(body, lang)) > 1


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


def sentence_spans_of(claims: list[DetectedClaim]) -> list[tuple[int, int]]:
    """The distinct (sentence_start, sentence_end) spans of `claims`, in order of first appearance."""
    return list(dict.fromkeys((c.sentence_start, c.sentence_end) if c.sentence_end > c.sentence_start
                              else (c.start, c.end) for c in claims))


def score_claims(text: str, claims: list[DetectedClaim], lang: str) -> list[DetectedClaim]:
    """Return the claims of a document, each with the check-worthiness `score` of its sentence.

    Each sentence is scored once (worthiness.score_texts) with the claims that
    lie inside it as its features, so every claim of a sentence gets the same
    score, and `factdesk rank` gives that sentence the same score as a line.
    """
    from factdesk.core.detect.worthiness import score_texts

    if not claims:
        return claims
    spans = sentence_spans_of(claims)
    inside = [[c for c in claims if s <= c.start and c.end <= e] for s, e in spans]
    scores = dict(zip(spans, score_texts([text[s:e] for s, e in spans], lang, inside)))
    return [replace(c, score=round(scores[span], 4)) for c, span in zip(claims, _span_of_each(claims))]


def score_claims_many(texts: list[str], claims_lists: list[list[DetectedClaim]], lang: str) -> list[list[DetectedClaim]]:
    """`score_claims` of several documents at once: every sentence of them goes to the classifier in one batch.

    The scores are those of `score_claims` on each document alone (the text
    classifier scores each sentence on its own; batching only saves the
    model's per-call overhead, about a third of the score step on news).
    """
    from factdesk.core.detect.worthiness import score_texts

    sentences: list[str] = []
    inside: list[list[DetectedClaim]] = []
    spans_of: list[list[tuple[int, int]]] = []
    for text, claims in zip(texts, claims_lists):
        spans = sentence_spans_of(claims)
        spans_of.append(spans)
        sentences += [text[s:e] for s, e in spans]
        inside += [[c for c in claims if s <= c.start and c.end <= e] for s, e in spans]
    flat = iter(score_texts(sentences, lang, inside)) if sentences else iter(())
    out = []
    for claims, spans in zip(claims_lists, spans_of):
        scores = dict(zip(spans, flat))
        out.append([replace(c, score=round(scores[span], 4)) for c, span in zip(claims, _span_of_each(claims))])
    return out


def _span_of_each(claims: list[DetectedClaim]) -> list[tuple[int, int]]:
    return [(c.sentence_start, c.sentence_end) if c.sentence_end > c.sentence_start else (c.start, c.end)
            for c in claims]


def sentence_score(sentence: str, lang: str, claims: list[DetectedClaim] | None = None) -> float:
    """The check-worthiness of one sentence (or line) in [0, 1]; claims default to the detector's."""
    from factdesk.core.detect.worthiness import score_text

    return score_text(sentence, lang, claims)
