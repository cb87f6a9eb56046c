"""Direct quotations as `quote` claims (the step behind the spaCy component "factdesk_quotes").

A quote claim (claims.md, annotating.md rule 6) is text in „…“, "…", “…”,
»…«, «…» or, in English, ‘…’ / '…' that

- holds at least one clause: enough words and a verb or subject pronoun
  (`resources/rules/<lang>/quote_clauses.json`), so scare quotes around a term
  or a short phrase ("vote theft", „Blüten“) are left alone;
- is attributed: a speaker next to it (", sagte er", "said X", "X said:",
  "'…': Name" in headlines), in the previous or next sentence, or it
  continues the previous quote;
- or is a slogan: a short sentence chanted or carried by a crowd
  ("protesters chanted "Long live Belarus"", "Transparente mit Parolen wie
  „Stoppt den Krieg“"), attributed to the crowd named before it.

The claim span is the quoted text without the marks and without a trailing
comma; a final ".", "!" or "?" inside the marks stays. A quote split by
"he said" gives one claim per part.

How: the marks are paired on the text (`quote_marks.py`); the text's units
are its sentences cut at hard line breaks (`lines.py`), so a headline or a
list item is a unit of its own; the words around each quotation are the
Doc's spaCy tokens marked by the pattern files (`attribution.py`); the
speaker is read from them (`speakers.py`), a pronoun resolved with the
names of the text (`speaker_names.py`).
"""

from __future__ import annotations

import bisect
import json
import re
from dataclasses import dataclass, replace
from functools import lru_cache

from factdesk.core.detect.attribution import CAP, QUOTED, Tokens, bit
from factdesk.core.detect.lines import Layout
from factdesk.core.detect.quote_marks import Quotation, find_quotations
from factdesk.core.detect.speaker_names import PersonIndex
from factdesk.core.detect.speakers import PRONOUN, Speaker, attribution_after, attribution_before, load_rules, \
    speech_speakers
from factdesk.core.model import DetectedClaim
from factdesk.resources import resource_path

_WORD = re.compile(r"\w+(?:['’]\w+)*")
_PRONOUNS = frozenset("he she they we i it er sie wir ich es man".split())
# a quotation shorter than this that opens in lower case inside a sentence is a fragment ('was "engulfed in flames"')
FRAGMENT_WORDS = 5
# a slogan cue stands within this many words before the quotation
SLOGAN_WORDS = 8
# what may stand between two slogans of one list: 'chanting "A", "B" and "C"'
_LIST_GLUE = re.compile(r"[\s,;–—-]*(?:(?:and|or|und|oder|sowie)\b)?[\s,;–—-]*", re.IGNORECASE)
_CROWD, _DETERMINER, _COUNTRY = bit("CROWD"), bit("DETERMINER"), bit("COUNTRY")


def _colon_before(text: str, start: int, end: int) -> bool:
    """text[start:end].rstrip().endswith(":"), reading back over the spaces only: copying the whole
    sentence per quotation made a text without full stops quadratic (1 MB of '"a" ': minutes)."""
    i = end - 1
    while i >= start and text[i].isspace():
        i -= 1
    return i >= start and text[i] == ":"


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


def is_clause(quoted: str, lang: str, headline: bool = False, attributed: bool = False) -> bool:
    """True when quoted text holds a clause, not just a term or a short phrase.

    `headline`: the quotation opens a headline ("'…': Name"); `attributed`: a
    speech verb follows it or a colon introduces it, so fewer words suffice.
    """
    rules = clause_rules(lang)
    words = [w.lower().replace("’", "'") for w in _WORD.findall(quoted)]
    # a contraction holds two words: "it's over", "we're done", "geht's"
    n = len(words) + sum(1 for w in words if "'" in w)
    if n < rules["min_words"]:
        return False
    if headline and n >= rules["headline_words"]:
        return True
    if attributed and n >= rules["attributed_words"]:
        return True
    if any(_is_cue(w, lang, rules["words"]) for w in words):
        return True
    if lang == "de" and any(_german_finite(w) for w in _WORD.findall(quoted)[1:]):
        return True
    # long speech needs no cue word, unless it is the title of a work ("The Shape of Power: ...")
    return n >= rules["long_words"] and not (lang == "en" and _title_case(quoted))


def is_slogan(quoted: str, lang: str) -> bool:
    """True when quoted text after a slogan cue is a chanted sentence, not a word: at least `min_words`
    words ("Long live Belarus", not "freedom"); in German with a verb („Stoppt den Krieg“, not „Nazis raus“)."""
    rules = clause_rules(lang)
    words = [w.lower().replace("’", "'") for w in _WORD.findall(quoted)]
    if len(words) + sum(1 for w in words if "'" in w) < rules["min_words"]:
        return False
    if lang != "de":
        return True
    # the first word may be a verb written capitalized ("Stoppt"); after it, German nouns are
    as_written = _WORD.findall(quoted)
    return any(_is_cue(w, lang, rules["words"]) for w in words) or any(
        _german_finite(w) for w in [as_written[0].lower()] + as_written[1:])


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
    ("not a clause", "a fragment", "names a work", "no speaker"); `how` says where the
    speaker was found ("after", "before", "sentence", "previous quote", ...).
    """

    quotation: Quotation
    claim: DetectedClaim | None
    reason: str
    how: str = ""


def detect_quotes(text: str, lang: str, doc=None) -> list[DetectedClaim]:
    """Return the quote claims of a document (tokenized as `doc` when given), in text order."""
    return [d.claim for d in explain_quotes(text, lang, doc) if d.claim is not None]


def explain_quotes(text: str, lang: str, doc=None) -> list[QuoteDecision]:
    """Return a decision for every quotation of a document, in text order."""
    lang = lang if lang in ("de", "en") else "en"
    layout = Layout(text, lang)
    quotations = find_quotations(text, lang, layout)
    if not quotations:
        return []  # no sentences, tokens or speakers for a text without quotation marks
    return _QuoteReader(text, lang, quotations, layout, doc).read()


# a person named within the first words of a unit is most often its subject ("Labour deputy leader Kelvin Davis said")
SUBJECT_WORDS = 5


@dataclass(frozen=True, slots=True)
class _Last:
    """The last attributed quote: the unit its closing mark is in, its speaker, its closing mark."""

    unit: int
    speaker: str | None
    close: int


class _QuoteReader:
    """One pass over one document: quotations, their units and their speakers."""

    def __init__(self, text: str, lang: str, quotations: list[Quotation], layout: Layout, doc=None):
        self.text, self.lang, self.layout = text, lang, layout
        self.quotations = quotations
        self.units = layout.units or ((0, len(text)),)
        self.starts = [s for s, _ in self.units]
        self.doc = doc
        self._people: PersonIndex | None = None
        self.slogans: list[bool] = []
        self._slogan_cues: dict[int, int | None] = {}  # quotation -> its slogan cue (a list shares one)
        self._crowds: dict[int, str | None] = {}  # slogan cue -> its crowd

    def _verb_follows(self, after: str) -> bool:
        """True when a speech verb follows a closing mark: ", sagte er", ", he said", "hieß es"."""
        words = _WORD.findall(after[:40].lower())[:2]
        forms = load_rules(self.lang).speech_forms
        return bool(words) and (words[0] in forms or len(words) == 2 and words[1] in forms and words[0] in _PRONOUNS)

    def unit_of(self, offset: int) -> int:
        return max(bisect.bisect_right(self.starts, offset) - 1, 0)

    def words(self, start: int, end: int) -> tuple[int, int]:
        """The word range of text[start:end]."""
        return self.t.at(start), self.t.at(end)

    @property
    def people(self) -> PersonIndex:
        if self._people is None:
            t = self.t
            seeds = [s.name for s in speech_speakers(t, 0, len(t), strong=True)]
            self._people = PersonIndex(t, speakers=seeds)
        return self._people

    def read(self) -> list[QuoteDecision]:
        text, quotations = self.text, self.quotations
        checked: list[tuple[Quotation, str, bool]] = []
        self.slogans = slogans = []
        for idx, q in enumerate(quotations):
            so, sc = self.unit_of(q.open), self.unit_of(q.close)
            slogans.append(self._after_slogan_cue(idx, q, so))
            tail_end = min(max(self.units[sc][1], q.close + 1), quotations[idx + 1].open if idx + 1 < len(quotations)
                           else len(text))
            after = text[q.close + 1:tail_end]
            headline = after.lstrip(" ").startswith(":")
            attributed = _colon_before(text, self.units[so][0], q.open) or self._verb_follows(after)
            if not is_clause(text[q.start:q.end], self.lang, headline, attributed) and not (
                    slogans[-1] and is_slogan(text[q.start:q.end], self.lang)):
                checked.append((q, "not a clause", headline))
            elif not (attributed or headline or slogans[-1]) and self._fragment(q, so):
                checked.append((q, "a fragment", headline))
            elif names_something(text[max(self.units[so][0], q.open - 60):q.open], self.lang):
                checked.append((q, "names a work", headline))
            else:
                checked.append((q, "", headline))
        accepted = [q for q, reason, _ in checked if not reason]
        if not accepted:
            return [QuoteDecision(q, None, reason) for q, reason, _ in checked]
        doc = self.doc
        if doc is None:
            from factdesk.core.detect.tokens import make_doc

            doc = make_doc(text, self.lang)
        self.t = Tokens(doc, load_rules(self.lang), self.layout, quotations)
        decisions: list[QuoteDecision] = []
        found_list: list[tuple[bool, str | None, int, int, str]] = []
        last: _Last | None = None
        for idx, (q, reason, _) in enumerate(checked):
            if reason:
                decisions.append(QuoteDecision(q, None, reason))
                continue
            so, sc = self.unit_of(q.open), self.unit_of(q.close)
            s_start, s_end = self.units[so][0], self.units[sc][1]
            nxt_open = quotations[idx + 1].open if idx + 1 < len(quotations) else len(text)
            prev_close = quotations[idx - 1].close + 1 if idx else 0
            tail = self.words(q.close + 1, min(max(s_end, q.close + 1), nxt_open))
            if tail[0] == tail[1] and sc + 1 < len(self.units):
                # the sentence ended at `?"`/`!"`/`."`: an attribution may follow in lower case
                # ("asked the mayor") or after a dash ("– Jane Dorsey")
                n_start, n_end = self.units[sc + 1]
                first = text[n_start:n_start + 1]
                if (first.islower() or first in "–—-") and n_start < nxt_open \
                        and not self.layout.breaks_between(q.close, n_start):
                    tail = self.words(q.close + 1, min(n_end, nxt_open))
            head = self.words(max(s_start, prev_close), q.open)
            crowd: str | None = self._crowd(idx, q, so) if self.slogans[idx] else None
            speaker: str | None
            if crowd is not None:
                found, speaker, how = True, crowd, "slogan"
            elif not is_clause(text[q.start:q.end], self.lang, text[q.close + 1:s_end].lstrip(" ").startswith(":"),
                               True):
                decisions.append(QuoteDecision(q, None, "not a clause"))  # a slogan's words, but no crowd
                continue
            else:
                found, speaker, how = self._speaker(q, so, sc, head, tail, last)
            if found:
                last = _Last(sc, speaker, q.close)
            claim = DetectedClaim(start=q.start, end=q.end, text=text[q.start:q.end], type="quote", speaker=speaker,
                                  sentence_start=min(s_start, q.start), sentence_end=max(s_end, q.end))
            found_list.append((found, speaker, so, sc, how))
            decisions.append(QuoteDecision(q, claim, "quote" if found else "no speaker", how))
        # A quote attributed only after the next one ('"A." "B," he said.', or a quote over several
        # paragraphs) takes the speaker of the quote that follows in the next unit.
        kept = [k for k, d in enumerate(decisions) if d.claim is not None]
        for n in range(len(kept) - 2, -1, -1):
            found, _, so, sc, _ = found_list[n]
            n_found, n_speaker, n_so, _, _ = found_list[n + 1]
            if not found and n_found and n_so <= sc + 1:
                found_list[n] = (True, n_speaker, so, sc, "next quote")
                d = decisions[kept[n]]
                assert d.claim is not None
                decisions[kept[n]] = replace(d, claim=replace(d.claim, speaker=n_speaker), reason="quote",
                                             how="next quote")
        return [d if d.reason != "no speaker" else replace(d, claim=None) for d in decisions]

    def _fragment(self, q: Quotation, so: int) -> bool:
        """True when a short quotation opening in lower case carries on its sentence ('described him as
        "unwilling to lead"'), unless a speech verb stands right before it ('said "bring it on"') or a source
        names its speaker ('Laut Minister Beck „ist die Lage ernst“')."""
        quoted = self.text[q.start:q.end]
        if not quoted[:1].islower() or len(_WORD.findall(quoted)) >= FRAGMENT_WORDS:
            return False
        before = _WORD.findall(self.text[max(self.units[so][0], q.open - 60):q.open].lower())
        rules = load_rules(self.lang)
        return not before or before[-1] not in rules.speech_forms and not rules.source_forms.intersection(before[-6:])

    def _after_slogan_cue(self, idx: int, q: Quotation, so: int) -> bool:
        """True when a slogan cue ("chanting", "placards", "skandierten Parolen wie") is among the last words
        before the quotation in its unit, or the quotation goes on a list of slogans ('chanting "A" and "B"').
        A first look on the text; `_crowd` checks the cue on the tokens."""
        start = self.units[so][0]
        if idx:
            prev = self.quotations[idx - 1]
            if self.slogans[idx - 1] and prev.close >= start and _LIST_GLUE.fullmatch(self.text[prev.close + 1:q.open]):
                return True
            start = max(start, prev.close + 1)
        words = _WORD.findall(self.text[start:q.open].lower())[-SLOGAN_WORDS:]
        forms = load_rules(self.lang).slogan_forms
        return any(w in forms for w in words)

    def _slogan_cue(self, idx: int, q: Quotation, so: int) -> int | None:
        """The word index of the slogan cue before quotation `idx` (for a list of slogans: before the first)."""
        chain = []  # this quotation and the ones of its list before it whose cue is not known yet
        while idx not in self._slogan_cues:
            chain.append(idx)
            start = self.units[so][0]
            prev = self.quotations[idx - 1] if idx else None
            if prev is None or not (self.slogans[idx - 1] and prev.close >= start
                                    and _LIST_GLUE.fullmatch(self.text[prev.close + 1:q.open])):
                first, end = self.words(max(start, prev.close + 1) if prev is not None else start, q.open)
                t = self.t
                self._slogan_cues[idx] = next((k for k in range(end - 1, max(first, end - SLOGAN_WORDS) - 1, -1)
                                               if t.cue(k, "SLOGAN") and not t.flags[k] & QUOTED), None)
                break
            idx, q = idx - 1, prev
            so = self.unit_of(q.open)
        cue = self._slogan_cues[idx]
        for k in chain:
            self._slogan_cues[k] = cue
        return cue

    def _crowd(self, idx: int, q: Quotation, so: int) -> str | None:
        """The crowd a slogan is attributed to: the last crowd word ("protesters", "die Demonstranten") before
        its cue in its unit, else in the two units before; None when the cue or the crowd is missing."""
        t = self.t
        cue = self._slogan_cue(idx, q, so)
        if cue is None:
            return None
        if cue not in self._crowds:
            self._crowds[cue] = self._crowd_before(cue, self.unit_of(t.starts[cue]))
        return self._crowds[cue]

    def _crowd_before(self, cue: int, so: int) -> str | None:
        """The last crowd phrase before word `cue` in unit `so`, else in the two units before."""
        t = self.t
        for unit in range(so, max(so - 3, -1), -1):
            first = t.at(self.units[unit][0])
            last = cue if unit == so else t.at(self.units[unit][1])
            k = next((k for k in range(last - 1, first - 1, -1) if t.flags[k] & _CROWD and not t.flags[k] & QUOTED),
                     None)
            if k is None:
                continue
            start = k
            while start > first and start > k - 2 and t.flags[start - 1] & (_DETERMINER | _COUNTRY | _CROWD) \
                    and not t.flags[start - 1] & QUOTED:
                start -= 1
            end = k + 1
            while end < last and t.flags[end] & _CROWD:
                end += 1
            return " ".join(t.words[start:end])
        return None

    def _speaker(self, q: Quotation, so: int, sc: int, head: tuple[int, int], tail: tuple[int, int],
                 last: _Last | None) -> tuple[bool, str | None, str]:
        """Return (attributed?, speaker, where it was found) for a quotation."""
        t = self.t
        speaker, how = attribution_after(t, *tail), "after"
        if speaker is None or speaker == PRONOUN:
            before = attribution_before(t, *head, people=self.people)
            if before is not None and (speaker is None or before != PRONOUN):
                speaker, how = before, "before"
        if speaker is None and head[1] > head[0]:
            # a speech verb with its speaker earlier in the quote's own unit wins over the previous
            # quote's speaker: 'Minister X on Tuesday said that the protesters were "..."'
            # a full name or a person the text surely names ("But DiMicco said the threats are "…""), not "View"
            names = [n for n in speech_speakers(t, *head)
                     if len(n.name.split()) >= 2 or self.people.surely_person(n.name)]
            speaker, how = (names[-1] if names else None), "sentence"
        if speaker is None and last is not None and last.unit in (so, so - 1):
            return True, last.speaker, "previous quote"  # continues the previous quote
        if speaker is None and so > 0:
            names = speech_speakers(t, *self.words(*self.units[so - 1]), strong=True)
            speaker, how = (names[-1] if names else None), "previous sentence"
        if speaker is None and sc + 1 < len(self.units):
            s, e = self.units[sc + 1]
            if not any(s <= o.open < e for o in self.quotations):
                names = speech_speakers(t, *self.words(s, e), strong=True)
                speaker, how = (names[0] if names else None), "next sentence"
        if speaker is None:
            return False, None, ""
        if speaker == PRONOUN:
            return True, self._resolve_pronoun(q, so, last, getattr(speaker, "word", "")), how + " pronoun"
        name = speaker.name if isinstance(speaker, Speaker) else speaker
        return True, self.people.canonical(name), how

    def _resolve_pronoun(self, q: Quotation, so: int, last: _Last | None, pronoun: str) -> str | None:
        """The person a pronoun speaker ("he said", "meinte er") stands for, when clear.

        In order: a person named earlier in the same unit; the speaker of the
        previous quote when nobody else was named since; going back unit by
        unit (three at most), a person speaking there, or a person named at its
        start (its subject, most often); the person the article names most. A person the text calls "Ms" is no
        "he", one it calls "Mr" no "she".
        """
        people, t = self.people, self.t
        fits = lambda name: bool(name) and people.pronoun_fits(name, pronoun)  # noqa: E731
        s_start = self.units[so][0]
        same = [n for n in people.between(s_start, q.open) if fits(n)]
        if same:
            return same[-1]
        if last is not None and last.speaker and last.unit >= so - 3 and fits(last.speaker):
            # persons named after the previous quote's sentence (not in its attribution: "X, a lawyer for Y, said")
            since = max(last.close, self.units[last.unit][1]) if so > last.unit else last.close
            others = [n for n in people.between(since, q.open) if not people.same_person(n, last.speaker)]
            if not others:
                return last.speaker
        # back to (not into) the unit of the previous quote, whose speaker was weighed above
        for unit in range(so - 1, max(so - 4, -1 if last is None else last.unit), -1):
            start, end = self.units[unit]
            speaking = [sp.name for sp in speech_speakers(t, *self.words(start, end), strong=True)
                        if t.flags[sp.start] & CAP and fits(sp.name)]
            if speaking:
                return people.canonical(speaking[-1])
            first = t.at(start)
            # the subject: a person surely named so near the start, or a full name opening the unit
            subject = [m.form for m in people.mentions_in(start, end) if (
                m.strong and t.at(m.offset) - first <= SUBJECT_WORDS or m.offset == start and " " in m.form)]
            if subject and fits(subject[0]):
                return subject[0]
        main = people.protagonist()
        return main if fits(main) else None
