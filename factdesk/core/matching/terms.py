"""Match terms: what a claim's text is indexed and compared by, in German and English alike.

A text becomes a list of terms:
- words, lower-cased and stemmed with the Snowball stemmer of the text's language;
- words of the bilingual lexicon (resources/matching/lexicon.tsv) as their concept
  (`~arrest` for "Festnahmen" and for "arrests"), so a German claim meets an English check;
- numbers as their plain value ("30.000", "30,000" and "30 000" all give `30000`);
- hashtags and CamelCase handles split into words ("#DefundTheCBC" → defund, the, cbc).

Names (capitalised words not at a sentence start) are collected as `subjects`:
they carry across languages unchanged and are what "the same claim" hinges on.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache

import snowballstemmer

from factdesk.resources import resource_path

STEMMERS = {"en": "english", "de": "german"}
CONCEPT_PREFIX = "~"
# URLs and picture links carry no claim; @handles and #hashtags are split into their words.
_NOISE = re.compile(r"https?://\S+|pic\.twitter\.com/\S+|www\.\S+")
_TOKEN = re.compile(r"\d+(?:[.,\u202f\u00a0 ]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?|[^\W\d_]+", re.UNICODE)
_CAMEL = re.compile(r"[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+|\d+")
_SPACED_THOUSANDS = re.compile(r"(?<=\d)[ \u202f\u00a0](?=\d{3}(?!\d))")
_THOUSANDS = re.compile(r"(?<=\d)[.,\u202f\u00a0 ](?=\d{3}\b)")
MAX_PHRASE = 3

# Function words that match everything and mean nothing; lexicon words are never dropped.
STOPWORDS = frozenset("""
a an the and or but if of to in on at by for with from as is are was were be been being it its this that
these those there their they them he she his her we our you your i me my not no so than then too very can
will would should could has have had do does did just about into over after before what which who whom
whose when where why how all any each also only own same such some rt via amp
der die das den dem des ein eine einer eines einem einen und oder aber wenn von zu im in am an auf aus bei
mit nach für als ist sind war waren sein wird werden wurde wurden hat haben hatte es er sie wir ihr ich
nicht kein keine so dass daß auch nur noch schon sich man zum zur vom beim um wie was wer wo
""".split())


@dataclass(frozen=True, slots=True)
class Terms:
    """A text as matching sees it: its terms in order, and the names it mentions."""

    terms: tuple[str, ...]
    subjects: frozenset[str]
    numbers: frozenset[str]


@lru_cache(maxsize=262_144)
def fold(word: str) -> str:
    """Lower-case, with diacritics removed and ß as ss (names compare across spellings)."""
    if word.isascii():  # nothing to decompose: the common case, and the slow path's per-character loop is costly
        return word.lower()
    decomposed = unicodedata.normalize("NFKD", word.lower().replace("ß", "ss"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@cache
def _stemmer(lang: str):
    return snowballstemmer.stemmer(STEMMERS.get(lang, "english"))


@lru_cache(maxsize=262_144)
def stem(word: str, lang: str) -> str:
    """The Snowball stem of a folded word in `lang` ("de" or "en"); cached, as words repeat."""
    return _stemmer(lang).stemWord(word)


@cache
def lexicon(lang: str) -> dict[tuple[str, ...], str]:
    """Stemmed word sequences of `lang` → concept term, from resources/matching/lexicon.tsv."""
    table: dict[tuple[str, ...], str] = {}
    path = resource_path("matching", "lexicon.tsv")
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#") or line.startswith("concept\t"):
            continue
        concept, en, de = (line.split("\t") + ["", ""])[:3]
        for phrase in (en if lang == "en" else de).split(","):
            key = tuple(stem(fold(w), lang) for w in phrase.split())
            if key:
                table.setdefault(key, CONCEPT_PREFIX + concept.strip())
    return table


@lru_cache(maxsize=262_144)
def _word(token: str, lang: str) -> tuple[str, str, bool, bool]:
    """A word token's fold, its stem, whether it is a content word and whether it can name a subject
    (capitalised, not a function word nor a lexicon word) when it does not start a sentence; cached."""
    folded = fold(token)
    stemmed = stem(folded, lang)
    content = folded not in STOPWORDS
    name = token[0].isupper() and len(token) > 1 and content and (stemmed,) not in lexicon(lang)
    return folded, stemmed, content, name


@cache
def _heads(lang: str) -> frozenset[str]:
    """The first stems of the lexicon's phrases in `lang`: where a phrase can start."""
    return frozenset(key[0] for key in lexicon(lang))


def number_term(value: float) -> str:
    """A number as a term: integers without a decimal point, others rounded to 4 places."""
    if float(value).is_integer() and abs(value) < 1e15:
        return str(int(value))
    return f"{value:.4f}".rstrip("0").rstrip(".")


def _number(token: str, lang: str) -> str:
    """A digit token as a plain number term ("30.000" → 30000, "80,1" in German → 80.1)."""
    plain = _THOUSANDS.sub("", token)
    if lang == "de":
        plain = plain.replace(",", ".")
    else:
        plain = plain.replace(",", "")
    try:
        return number_term(float(plain))
    except ValueError:
        return plain


def _words(text: str) -> list[tuple[str, bool]]:
    """Raw tokens with a flag telling whether each starts a sentence; hashtags split into words."""
    out: list[tuple[str, bool]] = []
    start = True
    text = _SPACED_THOUSANDS.sub("", _NOISE.sub(" ", text))
    for m in re.finditer(r"[#@](\w+)|(\S+)", text):
        if m.group(1):
            out.extend((w, False) for w in _CAMEL.findall(m.group(1)))
            continue
        chunk = m.group(2)
        for t in _TOKEN.findall(chunk):
            out.append((t, start))
            start = False
        if chunk[-1:] in ".!?:\"“”„»«" or chunk.startswith(("\"", "“", "„", "»")):
            start = True
    return out


def with_value(t: Terms, value: float | None) -> Terms:
    """The terms plus the detector's normalized value ("2,5 Millionen" → 2500000) when not already there."""
    if value is None:
        return t
    term = number_term(value)
    if term in t.numbers:
        return t
    return Terms(t.terms + (term,), t.subjects, t.numbers | {term})


def analyse(text: str, lang: str = "en") -> Terms:
    """The terms, subjects and numbers of `text` written in `lang` ("de"/"en"; others as "en")."""
    lang = lang if lang in STEMMERS else "en"
    table = lexicon(lang)
    stems: list[str] = []
    keep: list[bool] = []
    subjects: set[str] = set()
    numbers: set[str] = set()
    for token, sentence_start in _words(text):
        if token[0].isdigit():
            term = _number(token, lang)
            numbers.add(term)
            stems.append(term)
            keep.append(True)
            continue
        folded, stemmed, content, name = _word(token, lang)
        if name and not sentence_start:
            subjects.add(folded)
        stems.append(stemmed)
        keep.append(content)
    heads = _heads(lang)
    terms: list[str] = []
    i = 0
    while i < len(stems):
        if stems[i] not in heads:  # no lexicon phrase starts here: the common case, decided at once
            if keep[i]:
                terms.append(stems[i])
            i += 1
            continue
        for n in range(MAX_PHRASE, 0, -1):
            key = tuple(stems[i:i + n])
            if len(key) == n and key in table and (n > 1 or keep[i]):
                terms.append(table[key])
                i += n
                break
        else:
            if keep[i]:
                terms.append(stems[i])
            i += 1
    return Terms(tuple(terms), frozenset(subjects), frozenset(numbers))
