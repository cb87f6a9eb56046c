"""Tell German from English news text: `detect_language(text) -> "de" | "en"`.

FactDesk only knows two languages, so the question is binary and cheap:

1. Only a bounded prefix of the text is looked at (`PREFIX_CHARS`), so a
   50-page document costs the same as a headline.
2. Function words ("der", "und", "nicht" / "the", "and", "of") decide when the
   evidence is clear: news prose has dozens of them per paragraph, and
   counting them takes microseconds.
3. Otherwise (a headline, a list of names, mixed text) py3langid, restricted
   to de/en, decides. Its model takes ~0.6 s to load, so it is loaded lazily,
   once, and only when step 2 is not sure — which keeps `factdesk detect`
   within its start-up budget.

Empty or letter-free text is reported as "en" (the contract needs a language;
nothing will be detected in it either way).
"""

from __future__ import annotations

import re
from functools import lru_cache

LANGUAGES: tuple[str, ...] = ("de", "en")
PREFIX_CHARS = 4000
DEFAULT_LANGUAGE = "en"

# Frequent words that are unambiguous between German and English. Words that
# exist in both ("in", "so", "man", "will", "war", "die", "also", "hat") are left out.
_DE_WORDS = frozenset("""
der das und ist nicht mit von den dem des ein eine einen einem einer sich auf für auch
wurde wurden werden sind sagte noch nach bei aus wie wir ich sie zum zur vom oder aber
dass daß sein seine ihre ihr hatte haben wird über unter gegen zwischen durch wieder
schon nur mehr nun dann damit keine kein jetzt heute laut seit sowie bereits sollen soll
""".split())
_EN_WORDS = frozenset("""
the and of to is was that for with said on has have are it by from at this which were
be been their they he she his her its not but had would will after about who what more
than when there into could also new said says an or can should do did other over
""".split()) - {"will", "also"}

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
# Evidence needed before function words alone decide.
_MIN_HITS = 6
_MIN_SHARE = 0.8


def detect_language(text: str) -> str:
    """Return "de" or "en" for `text`, looking only at its first few thousand characters."""
    sample = text[:PREFIX_CHARS]
    vote = _function_word_vote(sample)
    if vote is not None:
        return vote
    if not _WORD.search(sample):
        return DEFAULT_LANGUAGE
    lang, _ = _identifier().classify(sample)
    return lang if lang in LANGUAGES else DEFAULT_LANGUAGE


def _function_word_vote(sample: str) -> str | None:
    """Return the language the function words clearly point to, or None when unsure."""
    de = en = 0
    for match in _WORD.finditer(sample.lower()):
        word = match.group()
        if word in _DE_WORDS:
            de += 1
        elif word in _EN_WORDS:
            en += 1
    total = de + en
    if total < _MIN_HITS:
        return None
    if de / total >= _MIN_SHARE:
        return "de"
    if en / total >= _MIN_SHARE:
        return "en"
    return None


@lru_cache(maxsize=1)
def _identifier():
    """Load py3langid's model once, restricted to German and English."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=False)
    identifier.set_languages(list(LANGUAGES))
    return identifier


def langid_language(text: str) -> str:
    """Return py3langid's de/en decision for `text` (no function-word shortcut; for tests and checks)."""
    lang, _ = _identifier().classify(text[:PREFIX_CHARS])
    return lang if lang in LANGUAGES else DEFAULT_LANGUAGE
