"""Attribution rules as spaCy patterns, and the tokens of a text marked with them.

The rules of each language are pattern files in spaCy's own format (the
format of `SpanRuler` / `EntityRuler`), one pattern per line:

- `resources/rules/<lang>/attribution.jsonl`: speech verbs by lemma (SAY,
  SAY_NEAR for verbs that attribute only right beside a quotation, TELL for
  verbs whose object is the listener), sources ("according to", "laut",
  "zufolge", "so"), "quoted as saying"/"zitiert", "hieß es", listeners
  ("told reporters", "gegenüber"), adverbials that may stand between a
  verb and its speaker, pronouns, determiners;
- `resources/rules/<lang>/speaker_words.jsonl`: titles and roles dropped
  from names, honorifics kept with a surname ("Mr", "Professor"),
  collective speakers ("police"), capitalized function words that start no
  name, name particles ("von", "bin"), country words, organisation words
  ("University", "Institut": an organisation glued before a person's name
  is no part of it), page furniture ("Related Story", "Story Continued
  Below") that no speaker runs into, and crowds that chant ("protesters",
  "die Demonstranten");
- in `attribution.jsonl` too: SLOGAN, the words that introduce chanted or
  written slogans ("chanting", "placards reading", "skandierten Parolen wie").

A string pattern is matched by a `PhraseMatcher` on lower-case text, a token
pattern by a `Matcher`. Token patterns may ask for a LEMMA: it matches every
form the lookup lemmatizer's table gives that lemma (`lemmas.json`:
spacy-lookups-data's table cut to the lemmas the patterns name, built by
`python -m factdesk.training.quotes lemmas`), so "said", "says" and
"saying" match {"LEMMA": "say"} without lemmatizing every token.

`Tokens` is the text as the detector's reader sees it: the spaCy tokens of a
Doc without whitespace tokens, hyphenated pieces joined back into one word
("Frank-Juergen"), each with flags for the labels matched over it, for a
hard line break before it (`lines.Layout`) and for standing inside a
quotation.
"""

from __future__ import annotations

import bisect
import itertools
import json
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from factdesk.resources import resource_path

# labels that mark words (a flag on every token they cover)
WORD_LABELS = ("TITLE", "HONORIFIC", "COLLECTIVE", "NOT_NAME", "PARTICLE", "COUNTRY", "ORG", "FURNITURE",
               "PRONOUN", "DETERMINER", "ADVERB", "OBJECT", "CROWD")
# labels that mark attribution cues (kept as spans: start token -> end)
CUE_LABELS = ("SAY", "SAY_NEAR", "TELL", "QUOTED", "IMPERSONAL", "SOURCE", "SOURCE_AFTER", "SO", "ADDRESSEE",
              "SLOGAN")
PATTERN_FILES = ("attribution.jsonl", "speaker_words.jsonl")
VERBS = ("SAY", "SAY_NEAR", "TELL")
_SPEAKER_CUES = frozenset(VERBS + ("SOURCE", "SOURCE_AFTER"))  # where speech_speakers looks
_SPEECH_LABELS = frozenset(VERBS + ("QUOTED", "IMPERSONAL", "SO"))
_SPAN_LABELS = frozenset(CUE_LABELS + ("ADVERB",))  # labels asked for as spans (start -> end), not only as flags

_BIT = {label: 1 << i for i, label in enumerate(WORD_LABELS + CUE_LABELS)}
CAP = 1 << 30  # a capitalized word that may start or continue a name
BREAK = 1 << 31  # a hard line break stands before the token
QUOTED = 1 << 32  # the token is inside a quotation (or is one of its marks)


def bit(label: str) -> int:
    """The flag bit of a label."""
    return _BIT[label]


@dataclass(frozen=True, eq=False)
class AttributionRules:
    """The compiled pattern files of one language."""

    lang: str
    matcher: Any  # spacy.matcher.Matcher: token patterns of several tokens
    phrases: Any  # spacy.matcher.PhraseMatcher: string patterns and one-token patterns, lower case
    title_suffixes: tuple[str, ...]  # title_suffixes.json: capitalized compounds ending so are titles
    has_matcher: bool
    speech_forms: frozenset[str]  # first words of the speech verb, source and "so" phrases (lower case)
    slogan_forms: frozenset[str] = frozenset()  # first words of the SLOGAN cues ("chanted", "placards")
    source_forms: frozenset[str] = frozenset()  # first words of the SOURCE cues ("according", "laut")


def _forms(value, lemmas_of: dict[str, set[str]]) -> list[str]:
    """The lower-case forms a LEMMA or LOWER value stands for (a lemma: itself and its lookup forms)."""
    values = value["IN"] if isinstance(value, dict) else [value]
    return sorted({f for v in values for f in {v.lower()} | lemmas_of.get(v, set())})


def _word_choices(pattern: list[dict], lemmas_of: dict[str, set[str]]) -> list[list[str]] | None:
    """For a pattern of plain words (LEMMA or LOWER, a value or an IN list, no operators), the forms each
    token may take; None for any other pattern."""
    choices = []
    for token in pattern:
        if len(token) != 1 or not set(token) <= {"LEMMA", "LOWER"}:
            return None
        value = token.get("LEMMA", token.get("LOWER"))
        if isinstance(value, dict) and set(value) != {"IN"}:
            return None
        choices.append(_forms(value, lemmas_of if "LEMMA" in token else {}))
    return choices


def _as_lower(token: dict, lemmas_of: dict[str, set[str]]) -> dict:
    """A token pattern with LEMMA (or LOWER) turned into LOWER IN its forms."""
    out = {k: v for k, v in token.items() if k not in ("LEMMA", "LOWER")}
    if "LEMMA" in token:
        out["LOWER"] = {"IN": _forms(token["LEMMA"], lemmas_of)}
    elif "LOWER" in token:
        out["LOWER"] = token["LOWER"] if isinstance(token["LOWER"], (str, dict)) and not (
            isinstance(token["LOWER"], dict) and "IN" in token["LOWER"]) else {"IN": _forms(token["LOWER"], {})}
    return out


@lru_cache(maxsize=4)
def load_rules(lang: str) -> AttributionRules:
    """The attribution rules of `lang` ("de" or "en"), compiled once with the detector pipeline's vocab.

    A LEMMA in a token pattern matches the lemma and every form the lookup
    table (`lemmas.json`) gives it, so the patterns run on lower-case text
    and need no lemmatizer at run time. Patterns of plain words join the
    PhraseMatcher (one pass over the text for all of them). German title
    compounds ("Kremlsprecher", "CDU-Politikerin") are found by their endings
    (`title_suffixes.json`).
    """
    from spacy.matcher import Matcher, PhraseMatcher
    from spacy.tokens import Doc

    from factdesk.core.detect.tokens import language

    nlp = language(lang)
    with open(resource_path("rules", lang, "lemmas.json"), encoding="utf-8") as f:
        lemmas_of: dict[str, set[str]] = {}
        for form, lemma in json.load(f)["lemmas"].items():
            lemmas_of.setdefault(lemma, set()).add(form)
    matcher = Matcher(nlp.vocab)
    phrases = PhraseMatcher(nlp.vocab, attr="LOWER")
    has_matcher = False
    speech_forms: set[str] = set()
    slogan_forms: set[str] = set()
    source_forms: set[str] = set()
    for name in PATTERN_FILES:
        with open(resource_path("rules", lang, name), encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                if not line.strip():
                    continue
                row = json.loads(line)
                label, pattern = row["label"], row["pattern"]
                if label not in _BIT:
                    raise ValueError(f"{name}:{n}: unknown label {label!r}")
                if isinstance(pattern, str):
                    # as the tokenizer splits it, and split at spaces only ("sen." is one token in "Sen. Lee")
                    docs = [nlp.make_doc(pattern)]
                    if [t.text for t in docs[0]] != pattern.split():
                        docs.append(Doc(nlp.vocab, words=pattern.split()))
                    phrases.add(label, docs)
                    if label in ("SLOGAN", "SOURCE"):
                        (slogan_forms if label == "SLOGAN" else source_forms).add(pattern.split()[0].lower())
                    continue
                choices = _word_choices(pattern, lemmas_of)
                if choices is not None:  # only words: as phrases, each combination of the words' forms
                    phrases.add(label, [Doc(nlp.vocab, words=list(ws)) for ws in itertools.product(*choices)])
                    if label in _SPEECH_LABELS:
                        speech_forms.update(choices[0])
                    elif label in ("SLOGAN", "SOURCE"):
                        (slogan_forms if label == "SLOGAN" else source_forms).update(choices[0])
                    continue
                matcher.add(label, [[_as_lower(t, lemmas_of) for t in pattern]])
                has_matcher = True
    suffixes: tuple[str, ...] = ()
    try:
        with open(resource_path("rules", lang, "title_suffixes.json"), encoding="utf-8") as f:
            suffixes = tuple(json.load(f)["suffixes"])
    except FileNotFoundError:
        pass
    return AttributionRules(lang, matcher, phrases, suffixes, has_matcher, frozenset(speech_forms),
                            frozenset(slogan_forms), frozenset(source_forms))


_CASE_ENDINGS = ("", "n", "en", "s", "es")  # German declension: "des Abgeordneten", "des Ministers"


def _german_title(word: str, suffixes: tuple[str, ...]) -> bool:
    """True when `word` (lower case) ends with a title ending, declined or not, with at least two letters
    before it ("kremlsprecher", "abgeordneten")."""
    for ending in _CASE_ENDINGS:
        stem = word[:len(word) - len(ending)] if ending else word
        if (not ending or word.endswith(ending)) and stem.endswith(suffixes) and (
                any(stem.endswith(s) and len(stem) >= len(s) + 2 for s in suffixes)
                or ending and len(stem) >= 5 and stem in suffixes):  # a declined bare title: "Abgeordneten"
            return True
    return False


class Tokens:
    """The words of a Doc (or of its first `end` characters) with their rule flags and cues."""

    def __init__(self, doc, rules: AttributionRules, layout=None, quotations=(), end: int | None = None) -> None:
        from factdesk.core.detect.tokens import doc_text

        text = doc_text(doc)
        stop = len(text) if end is None else end
        span = doc.char_span(0, stop, alignment_mode="expand") if stop < len(text) else doc[:]
        if span is None:
            span = doc[:]
        self.text = text
        self.lang_de = rules.lang == "de"
        from spacy.attrs import IDX, IS_SPACE, LENGTH

        columns = doc.to_array([IDX, LENGTH, IS_SPACE])[span.start:span.end]
        idxs = columns[:, 0].tolist()
        lengths = columns[:, 1].tolist()
        space = columns[:, 2].tolist()
        texts = [text[a:a + n] for a, n in zip(idxs, lengths)]
        n_tok = len(texts)
        # hyphenated pieces glued to their neighbours ("Frank" "-" "Juergen") join the word before them
        joined = [False] * n_tok
        for k in [k for k, t in enumerate(texts) if t == "-"]:
            if 0 < k < n_tok - 1 and not space[k - 1] and idxs[k - 1] + lengths[k - 1] == idxs[k] \
                    and idxs[k + 1] == idxs[k] + 1 and texts[k + 1][:1].isalpha():
                joined[k] = joined[k + 1] = True
        new_word = [not (sp or j) for sp, j in zip(space, joined)]
        entry_of = [c - 1 for c in itertools.accumulate(new_word)]  # doc token -> word (a space: the one before)
        firsts = [k for k in range(n_tok) if new_word[k]]
        self.words = words = [texts[k] for k in firsts]
        self.starts = starts = [idxs[k] for k in firsts]  # character offset of each word
        self.ends = ends = [idxs[k] + lengths[k] for k in firsts]
        for k in (k for k in range(n_tok) if joined[k]):
            at = entry_of[k]
            words[at] += texts[k]
            ends[at] = idxs[k] + lengths[k]
        flags = [0] * len(words)
        if flags:
            flags[0] = BREAK
        self.breaks = [0] if flags else []  # the words a hard line break stands before, in order
        for k in (k for k in range(n_tok) if space[k] and "\n" in texts[k]):
            nl = idxs[k] + texts[k].find("\n")
            if entry_of[k] + 1 < len(flags) and (layout is None or layout.is_hard_break(nl)):
                flags[entry_of[k] + 1] |= BREAK
                if self.breaks[-1] != entry_of[k] + 1:
                    self.breaks.append(entry_of[k] + 1)
        self.low = [w.lower() for w in words]
        self.cues: dict[int, list[tuple[str, int]]] = {}  # start word -> (label, end) of each match
        self.back: dict[int, list[tuple[str, int]]] = {}  # end word -> (label, start) of each match
        strings = doc.vocab.strings
        matches = list(rules.phrases(span))
        if rules.has_matcher:
            first = span.start
            matches += [(m, s + first, e + first) for m, s, e in rules.matcher(span)]
        for match_id, s, e in matches:
            self._add(strings[match_id], entry_of[s], entry_of[e - 1] + 1, flags)
        not_name, title = _BIT["NOT_NAME"], _BIT["TITLE"]
        suffixes = rules.title_suffixes
        for i, w in enumerate(words):
            if w[0].isupper():
                if suffixes and len(w) > 5 and _german_title(self.low[i], suffixes):
                    flags[i] |= title
                if not flags[i] & not_name:
                    flags[i] |= CAP
        for q in quotations:
            lo = bisect.bisect_left(starts, q.open)
            hi = bisect.bisect_right(starts, q.close)
            for k in range(lo, hi):
                flags[k] |= QUOTED
        self.flags = flags
        self._lower_seen: set[str] | None = None
        self.verb_starts = sorted(i for i, found in self.cues.items()
                                  if any(label in _SPEAKER_CUES for label, _ in found))

    def _add(self, label: str, ws: int, we: int, flags: list[int]) -> None:
        if ws < 0 or we <= ws:
            return
        if label in _SPAN_LABELS:
            self.cues.setdefault(ws, []).append((label, we))
            self.back.setdefault(we, []).append((label, ws))
        b = _BIT[label]
        flags[ws] |= b
        for k in range(ws + 1, we):
            flags[k] |= b

    def __len__(self) -> int:
        return len(self.words)

    def has(self, i: int, label_bits: int) -> bool:
        """True when word `i` exists and carries any of the flag bits."""
        return 0 <= i < len(self.words) and bool(self.flags[i] & label_bits)

    def cue(self, i: int, *labels: str) -> tuple[str, int] | None:
        """(label, end) of the longest cue of one of `labels` starting at word `i`, or None."""
        best = None
        for label, end in self.cues.get(i, ()):
            if label in labels and (best is None or end > best[1]):
                best = (label, end)
        return best

    def cue_before(self, end: int, *labels: str) -> int | None:
        """The start of the longest match of one of `labels` that ends just before word `end`, or None."""
        starts = [start for label, start in self.back.get(end, ()) if label in labels]
        return min(starts) if starts else None

    def verb(self, i: int) -> tuple[str, int] | None:
        """(label, end) of the speech verb at word `i` (a capitalized verb only at the start of a unit)."""
        found = self.cue(i, *VERBS)
        if found and self.words[i][:1].isupper() and not self.unit_start(i):
            return None
        return found

    def unit_start(self, i: int) -> bool:
        """True when word `i` starts a line or follows the end of a sentence."""
        return i == 0 or bool(self.flags[i] & BREAK) or self.words[i - 1] in (".", "!", "?", ":", "…")

    def at(self, offset: int) -> int:
        """The index of the first word starting at or after character `offset`."""
        return bisect.bisect_left(self.starts, offset)

    def seen_lower(self, word: str) -> bool:
        """True when `word` appears in lower case somewhere among the words ("Protests" -> "protests")."""
        if self._lower_seen is None:
            self._lower_seen = {w for w in self.words if w[:1].islower()}
        return word.lower() in self._lower_seen
