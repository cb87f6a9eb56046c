"""Direct quotations as `quote` claims (the step behind the spaCy component "factdesk_quotes").

A quote claim (claims.md, annotating.md rule 6) is text in „…“, "…", “…”,
»…«, «…» or, in English, ‘…’ / '…' that

- holds at least one clause: enough words and a verb or subject pronoun
  (`resources/rules/<lang>/quote_clauses.json`), so scare quotes around a term
  or a short phrase ("vote theft", „Blüten“) are left alone;
- is attributed: a speaker next to it (", sagte er", "said X", "X said:",
  "'…': Name" in headlines), in the previous or next sentence, or it
  continues the previous quote.

The claim span is the quoted text without the marks and without a trailing
comma; a final ".", "!" or "?" inside the marks stays. A quote split by
"he said" gives one claim per part. The speaker comes from `speakers.py`.
"""

from __future__ import annotations

import bisect
import json
import re
from dataclasses import dataclass, replace
from functools import lru_cache

from factdesk.core.detect.quote_marks import Quotation, find_quotations
from factdesk.core.detect.sentences import sentence_spans
from factdesk.core.detect.speaker_names import PersonIndex
from factdesk.core.detect.speakers import (
    PRONOUN, load_rules, read_attribution_after, read_attribution_before, speech_speakers,
)
from factdesk.core.model import DetectedClaim
from factdesk.resources import resource_path

_WORD = re.compile(r"\w+(?:['’]\w+)*")


@lru_cache(maxsize=4)
def clause_rules(lang: str) -> dict:
    """The clause cues of `lang` from resources/rules/<lang>/quote_clauses.json."""
    with open(resource_path("rules", lang, "quote_clauses.json"), encoding="utf-8") as f:
        data = json.load(f)
    data["words"] = frozenset(w.replace("’", "'") for w in data["words"])
    cues = sorted((c.lower() for c in data.get("name_cues", [])), key=len, reverse=True)
    data["name_cue"] = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(c) for c in cues) + r")\W{0,3}$"
                                  if cues else r"(?!x)x", re.IGNORECASE)
    return data


def names_something(head: str, lang: str) -> bool:
    """True when the words before a quotation introduce a name or title: 'a report entitled "…"'."""
    return bool(clause_rules(lang)["name_cue"].search(head[-60:].rstrip()))


def is_clause(quoted: str, lang: str, headline: bool = False) -> bool:
    """True when quoted text holds a clause, not just a term or a short phrase."""
    rules = clause_rules(lang)
    words = [w.lower().replace("’", "'") for w in _WORD.findall(quoted)]
    # a contraction holds two words: "it's over", "we're done", "geht's"
    n = len(words) + sum(1 for w in words if "'" in w)
    if n < rules["min_words"]:
        return False
    if headline and n >= rules["headline_words"]:
        return True
    if any(_is_cue(w, lang, rules["words"]) for w in words):
        return True
    if lang == "de" and any(_german_finite(w) for w in _WORD.findall(quoted)[1:]):
        return True
    # long speech needs no cue word, unless it is the title of a work ("The Shape of Power: ...")
    return n >= rules["long_words"] and not _title_case(quoted)


def _title_case(quoted: str) -> bool:
    """True when most longer words are capitalized but not shouted: a title, not speech."""
    long_words = [w for w in _WORD.findall(quoted) if len(w) > 3 and not w.isdigit()]
    if len(long_words) < 2:
        return False
    caps = sum(1 for w in long_words if w[0].isupper() and not w.isupper())
    return caps / len(long_words) >= 0.7


_NOT_VERBS_DE = frozenset("""nicht jetzt erst zuletzt zuerst bereits selbst sonst fast meist längst komplett direkt
recht weit breit heut zumindest mindestens höchstens spätestens frühestens stets bisher seit samt nebst trotzt
etwa bereit bekannt echt leicht schlecht hart laut""".split())


def _german_finite(word: str) -> bool:
    """A lower-case German word that looks like a finite verb or participle ("beginnt", "fehlt")."""
    return (word.islower() and len(word) >= 5 and word.endswith("t") and word not in _NOT_VERBS_DE
            and not word.endswith(("heit", "keit", "schaft", "ist")))


def _is_cue(word: str, lang: str, cues: frozenset[str]) -> bool:
    if word in cues:
        return True
    if lang == "en":
        return (len(word) >= 5 and word.endswith("ed")) or word.endswith("n't")
    return len(word) >= 6 and word.startswith("ge") and word.endswith(("t", "en"))


@dataclass(frozen=True, slots=True)
class QuoteDecision:
    """What the detector made of one pair of quotation marks, and why (for error analysis).

    `claim` is the quote claim, or None when `reason` says why there is none
    ("not a clause", "names a work", "no speaker"); `how` says where the
    speaker was found ("after", "before", "sentence", "previous quote", ...).
    """

    quotation: Quotation
    claim: DetectedClaim | None
    reason: str
    how: str = ""


def detect_quotes(text: str, lang: str) -> list[DetectedClaim]:
    """Return the quote claims of a document, in text order."""
    return [d.claim for d in explain_quotes(text, lang) if d.claim is not None]


def explain_quotes(text: str, lang: str) -> list[QuoteDecision]:
    """Return a decision for every pair of quotation marks of a document, in text order."""
    lang = lang if lang in ("de", "en") else "en"
    quotations = find_quotations(text, lang)
    if not quotations:
        return []  # no sentence splitting or speaker search for a text without quotation marks
    return _QuoteReader(text, lang, quotations).read()


class _QuoteReader:
    """One pass over one document: quotations, their sentences and their speakers."""

    def __init__(self, text: str, lang: str, quotations: list[Quotation] | None = None):
        self.text, self.lang = text, lang
        self.rules = load_rules(lang)
        self.quotations = find_quotations(text, lang) if quotations is None else quotations
        self.sentences = sentence_spans(text, lang) or ((0, len(text)),)
        self.starts = [s for s, _ in self.sentences]
        chars = list(text)
        for q in self.quotations:
            chars[q.open:q.close + 1] = " " * (q.close + 1 - q.open)
        self.plain = "".join(chars)  # the text with every quotation blanked out
        self._people: PersonIndex | None = None
        self._how = ""
        self._hows: list[str] = []

    def sentence_of(self, offset: int) -> int:
        return max(bisect.bisect_right(self.starts, offset) - 1, 0)

    @property
    def people(self) -> PersonIndex:
        if self._people is None:
            seeds = [name for s, e in self.sentences for name in speech_speakers(self.plain[s:e], self.rules)]
            self._people = PersonIndex(self.plain, self.rules, seeds)
        return self._people

    def read(self) -> list[QuoteDecision]:
        decisions: list[QuoteDecision] = []
        candidates: list[tuple[bool, str | None, int, int, DetectedClaim]] = []
        last: tuple[int, str | None, int] | None = None  # (close sentence, speaker, close offset) of the last quote
        for idx, q in enumerate(self.quotations):
            so, sc = self.sentence_of(q.open), self.sentence_of(q.close)
            s_start, s_end = self.sentences[so][0], self.sentences[sc][1]
            nxt_open = self.quotations[idx + 1].open if idx + 1 < len(self.quotations) else len(self.text)
            prev_close = self.quotations[idx - 1].close + 1 if idx else 0
            tail = self.plain[q.close + 1:min(max(s_end, q.close + 1), nxt_open)]
            if not tail.strip() and sc + 1 < len(self.sentences):
                # the splitter ended the sentence at `?"`/`!"`/`."`: an attribution may follow
                # in lower case ("asked the mayor") or after a dash ("– Jane Dorsey")
                n_start, n_end = self.sentences[sc + 1]
                first = self.text[n_start:n_start + 1]
                if (first.islower() or first in "–—-") and n_start < nxt_open:
                    tail = self.plain[q.close + 1:min(n_end, nxt_open)]
            head_start = max(s_start, prev_close)
            head = self.plain[head_start:q.open]
            headline = tail.lstrip(" ").startswith(":")
            if not is_clause(self.text[q.start:q.end], self.lang, headline):
                decisions.append(QuoteDecision(q, None, "not a clause"))
                continue
            if names_something(self.text[max(s_start, q.open - 60):q.open], self.lang):
                decisions.append(QuoteDecision(q, None, "names a work"))
                continue
            found, speaker = self._speaker(q, so, sc, head, head_start, tail, last)
            self._hows.append(self._how)
            decisions.append(QuoteDecision(q, None, "", self._how))
            if found:
                last = (sc, speaker, q.close)
            candidates.append((found, speaker, so, sc, DetectedClaim(
                start=q.start, end=q.end, text=self.text[q.start:q.end], type="quote",
                speaker=speaker, sentence_start=min(s_start, q.start), sentence_end=max(s_end, q.end))))
        # A quote attributed only after the next one ('"A." "B," he said.', or a quote over several
        # paragraphs) takes the speaker of the quote that follows in the next sentence.
        for k in range(len(candidates) - 2, -1, -1):
            found, _, so, sc, claim = candidates[k]
            n_found, n_speaker, n_so, _, _ = candidates[k + 1]
            if not found and n_found and n_so <= sc + 1:
                candidates[k] = (True, n_speaker, so, sc, replace(claim, speaker=n_speaker))
                self._hows[k] = "next quote"
        it = iter(zip(candidates, self._hows))
        out = []
        for d in decisions:
            if d.reason:
                out.append(d)
                continue
            (found, _, _, _, claim), how = next(it)
            out.append(replace(d, claim=claim if found else None, reason="quote" if found else "no speaker", how=how))
        return out

    def _speaker(self, q: Quotation, so: int, sc: int, head: str, head_start: int, tail: str,
                 last: tuple[int, str | None, int] | None) -> tuple[bool, str | None]:
        """Return (attributed?, speaker) for a quotation."""
        rules = self.rules
        speaker, self._how = read_attribution_after(tail, rules), "after"
        if speaker is None or speaker == PRONOUN:
            before = read_attribution_before(head, rules, self.people, head_start)
            if before is not None and (speaker is None or before != PRONOUN):
                speaker, self._how = before, "before"
        if speaker is None and head.strip():
            # a speech verb with its speaker earlier in the quote's own sentence wins over the previous
            # quote's speaker: 'Minister X on Tuesday said that the protesters were "..."'
            names = [n for n in speech_speakers(head, rules) if len(n.split()) >= 2]  # a full name, not "View"
            speaker, self._how = (names[-1] if names else None), "sentence"
        if speaker is None and last is not None and last[0] >= so - 1 and self._only_quotes_between(last, so):
            self._how = "previous quote"
            return True, last[1]  # continues the previous quote
        if speaker is None and so > 0:
            s, e = self.sentences[so - 1]
            names = speech_speakers(self.plain[s:e], rules)
            speaker, self._how = (names[-1] if names else None), "previous sentence"
        if speaker is None and sc + 1 < len(self.sentences):
            s, e = self.sentences[sc + 1]
            if not any(s <= o.open < e for o in self.quotations):
                names = speech_speakers(self.plain[s:e], rules)
                speaker, self._how = (names[0] if names else None), "next sentence"
        if speaker is None:
            self._how = ""
            return False, None
        if speaker == PRONOUN:
            self._how += " pronoun"
            return True, self._resolve_pronoun(q, so, last)
        return True, self.people.canonical(speaker)

    def _only_quotes_between(self, last: tuple[int, str | None, int], so: int) -> bool:
        """True when the previous quote ended in this or the previous sentence."""
        return last[0] in (so, so - 1)

    def _resolve_pronoun(self, q: Quotation, so: int, last: tuple[int, str | None, int] | None) -> str | None:
        """The person a pronoun speaker ("he said", "meinte er") stands for, when clear.

        In order: a person named earlier in the same sentence; the speaker of the
        previous quote when nobody else was named since; the one titled or
        speaking person named in this or the previous sentence; the person the
        article names most; the one person named in the last three sentences.
        """
        people = self.people
        s_start = self.sentences[so][0]
        same = people.last_before(q.open, within=q.open - s_start)
        if same:
            return same
        if last is not None and last[1] and last[0] >= so - 3:
            others = [n for n in people.between(last[2], q.open) if n != last[1]]
            if not others:
                return last[1]
        recent = people.between(self.sentences[max(so - 1, 0)][0], q.open, strong_only=True)
        if len(recent) == 1:
            return recent[0]
        main = people.protagonist()
        if main:
            return main
        nearby = people.between(self.sentences[max(so - 2, 0)][0], q.open)
        return nearby[0] if len(nearby) == 1 else None


def register_component() -> None:
    """Register the spaCy factories of the detector, "factdesk_quotes" among them (see component.py)."""
    import factdesk.core.detect.component  # noqa: F401  registers the factories at import
