"""The lexical features of a sentence that its check-worthiness score reads.

Readable features in the spirit of Full Fact's PASTEL: cue words from
`resources/scoring/cues.json` (future tense, comparisons, statistical words,
attribution, opinion, questions, courtesy, past actions), a named subject, a
very short or a long text, a web link, the style of a reader's comment. Each
is 0 or 1; `worthiness.features` adds the claims' features and the fitted
combination weighs them.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache

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
