"""Person names in a text, for speakers given as pronouns ("meinte er", "he said") and for short forms.

No NER model: a name is a run of capitalized words (`attribution.Tokens`),
with the roles before it dropped. `PersonIndex` keeps each mention in text
order under its person's key (the last word: "Putin"), the longest form of
each person ("Vladimir Putin"), the honorifics the text gives them ("Mr",
"Ms": the pronoun they take) and which persons are surely persons: named
with a title or honorific, or as a speaker. In English, runs of two to four
capitalized words count as persons too; in German, where every noun is
capitalized, such a run counts only where no article stands before it and
none of its words has a noun ending ("-ung", "-heit"). A headline set in
title case ("Jane Doe Admits That Voters Still Have Doubts") names nobody by
its capitals alone: its runs lengthen no name ("Doe" stays "Jane Doe", not
"Jane Doe Admits").
"""

from __future__ import annotations

import bisect
from collections import Counter
from dataclasses import dataclass, replace

from factdesk.core.detect.attribution import BREAK, CAP, QUOTED, Tokens, bit

_ROLE = bit("TITLE") | bit("COUNTRY")
_HONORIFIC = bit("HONORIFIC")
_COLLECTIVE = bit("COLLECTIVE")
_PARTICLE = bit("PARTICLE")
_DETERMINER = bit("DETERMINER")
_FURNITURE = bit("FURNITURE")
_ORG = bit("ORG")
_NOUN_ENDINGS = ("ung", "heit", "keit", "schaft", "tion", "tät", "ismus", "nis", "ment", "chen", "lein", "tum",
                 "ik", "ie", "ei", "ur", "enz", "anz", "ität", "ling", "ern", "gen", "jahr", "jahren", "tag",
                 "tage", "tagen", "land", "stadt", "amt", "rat", "bund", "partei", "gesetz", "verband", "straße",
                 "platz", "markt", "haus", "werk", "dienst", "zeit", "welt", "wahl", "krieg", "frage", "politik",
                 "es")
# German words opening a sentence with an adverb or adjective ending are no names ("Offiziell", "Natürlich")
_ADVERB_ENDINGS = ("lich", "ig", "isch", "ell", "bar", "sam", "haft", "los", "weise", "falls", "mals", "dings")
MAX_NAME_WORDS = 4
_SHE = frozenset("ms ms. mrs mrs. miss lady dame sister frau".split())
_HE = frozenset("mr mr. sir lord father brother herr".split())
_OTHER_HONORIFICS = frozenset("dr dr. prof prof. professor rabbi reverend rev. imam sheikh".split())


@dataclass(frozen=True, slots=True)
class Mention:
    """One mention of a person: where, whose (the key: last word, lower case), in which form, how sure."""

    offset: int
    key: str
    form: str
    strong: bool


class PersonIndex:
    """Person names mentioned in a text, in order (see the module docstring).

    `text` is a str (tokenized here with the detector's tokenizer) or the
    reader's `Tokens`; `speakers` are names already known to speak.
    """

    def __init__(self, text, rules=None, speakers=()) -> None:
        if isinstance(text, str):
            from factdesk.core.detect.tokens import make_doc

            tokens = Tokens(make_doc(text, rules.lang), rules)
        else:
            tokens = text
        self.lang_de = tokens.lang_de
        runs = list(_runs(tokens))
        full: dict[str, str] = {}
        strong: set[str] = set()
        self.honorifics: dict[str, set[str]] = {}
        for name in speakers:
            words = [w for w in name.split() if w[:1].isupper()]
            if words and name.split()[-1][:1].isupper():  # a name, not a description ("Melbourne protesters")
                _longest(full, words)
                strong.add(words[-1].lower())
        for run in runs:
            if run.title_case:
                continue  # "Hillary Example Accepts That ...": where its name ends, the capitals do not say
            key = run.words[-1].lower()
            if run.honorific:
                self.honorifics.setdefault(key, set()).add(run.honorific.lower())
            if run.titled or run.honorific or (len(run.words) >= 2 and _looks_like_name(run, self.lang_de)):
                _longest(full, run.words)
                if run.titled or run.honorific:
                    strong.add(key)
        self.full = full
        self.strong_keys = strong
        self._honorifics_used = {h for hs in self.honorifics.values() for h in hs} | _SHE | _HE
        self._given: dict[str, set[str]] | None = None
        self.mentions: list[Mention] = []
        for run in runs:
            key = run.words[-1].lower()
            if key not in full:
                continue
            form = " ".join(([run.honorific] if run.honorific and len(run.words) == 1 else []) + run.words)
            self.mentions.append(Mention(run.offset, key, self.canonical(form), key in strong))
        self._starts = [m.offset for m in self.mentions]

    def canonical(self, name: str) -> str:
        """A name in its fullest form the text gives: a bare surname as its person's longest form ("Haddad" ->
        "Omar Haddad"), a surname after an honorific with the honorific kept ("Mr Blair" -> "Mr Tony Blair").
        Only persons the text surely names as persons are lengthened; other names stay as they are."""
        words = name.split()
        if not words or len(words) > 2 or (len(words) == 2 and words[0].lower() not in self._honorific_words()):
            return name
        key = words[-1].lower()
        longer = self.full.get(key)
        if not longer or key not in self.strong_keys or not longer.endswith(words[-1]) or longer == words[-1]:
            # a person named by a given name ("Mr Anwar" for Anwar Ibrahim): the one strong name holding it
            holders = self._holders().get(key, set())
            if len(holders) != 1:
                return name
            longer = next(iter(holders))
        return longer if len(words) == 1 else f"{words[0]} {longer}"

    def _holders(self) -> dict[str, set[str]]:
        """Each word that is not the last of a person's longest name -> those names ("anwar" -> {"Anwar Ibrahim"})."""
        if self._given is None:
            self._given = {}
            for n in self.full.values():
                for w in n.lower().split()[:-1]:
                    self._given.setdefault(w, set()).add(n)
        return self._given

    def _honorific_words(self) -> set[str]:
        return self._honorifics_used

    def surely_person(self, name: str) -> bool:
        """True when the text surely names `name` as a person (with a title or honorific, or as a speaker)."""
        words = name.split()
        return bool(words) and words[-1].lower() in self.strong_keys and words[-1][:1].isupper()

    def pronoun_fits(self, name: str, pronoun: str) -> bool:
        """False when the text's honorifics for the person contradict the pronoun ("Ms Hutt" for "he")."""
        hon = self.honorifics.get(name.split()[-1].lower(), set())
        if pronoun in ("he", "er"):
            return not hon & _SHE
        if pronoun == "she":
            return not hon & _HE
        return True

    def _slice(self, start: int, end: int) -> list[Mention]:
        lo = bisect.bisect_left(self._starts, start)
        hi = bisect.bisect_left(self._starts, end)
        return self.mentions[lo:hi]

    def mentions_in(self, start: int, end: int) -> list[Mention]:
        """The mentions in text[start:end], in order."""
        return self._slice(start, end)

    def last_before(self, offset: int, within: int | None = None) -> str | None:
        """The last person mentioned before `offset` (only within `within` characters when given)."""
        found = self._slice(0 if within is None else offset - within, offset)
        return found[-1].form if found else None

    def first_in(self, start: int, end: int, strong_first: bool = False) -> str | None:
        """The first person mentioned in text[start:end] (with `strong_first`: the first surely named as a
        person, when there is one: "Hartmann" before "Bezirk Weser-Ems")."""
        found = self._slice(start, end)
        if strong_first:
            found = [m for m in found if m.strong] or found
        return found[0].form if found else None

    def between(self, start: int, end: int, strong_only: bool = False) -> list[str]:
        """Distinct persons mentioned in text[start:end], in order of first mention, each in its last form."""
        last: dict[str, str] = {}
        for m in self._slice(start, end):
            if not strong_only or m.strong:
                last.setdefault(m.key, m.form)
                last[m.key] = m.form
        return list(last.values())

    def same_person(self, a: str | None, b: str | None) -> bool:
        """True when two forms name the same person (the same last word)."""
        if not a or not b:
            return False
        return a.split()[-1].lower() == b.split()[-1].lower()

    def protagonist(self) -> str | None:
        """The person the article mentions most (at least twice when surely a person, else three times)."""
        counts = Counter(m.key for m in self.mentions)
        if not counts:
            return None
        key, count = counts.most_common(1)[0]
        if count < (2 if key in self.strong_keys else 3):
            return None
        return self.full.get(key)


@dataclass(frozen=True, slots=True)
class _Run:
    offset: int
    words: list[str]
    titled: bool
    honorific: str
    after_determiner: bool
    title_case: bool = False


# a line is set in title case when this share of its longer words is capitalized (and it has enough of them)
_TITLE_CASE_SHARE = 0.7
_TITLE_CASE_MIN_WORDS = 4
_HEADLINE_MAX_WORDS = 30  # a longer line is body text, whatever its capitals


def _title_case_lines(t: Tokens) -> list[tuple[int, int]]:
    """The (start, end) word ranges of the lines set in title case: headlines, not sentences."""
    out = []
    bounds = t.breaks + [len(t)]
    for start, end in zip(bounds, bounds[1:]):
        if end - start > _HEADLINE_MAX_WORDS:
            continue
        long_words = [w for w in t.words[start:end] if len(w) > 3 and w.isalpha()]
        if len(long_words) < _TITLE_CASE_MIN_WORDS:
            continue
        caps = sum(1 for w in long_words if w[0].isupper() and not w.isupper())
        if caps >= _TITLE_CASE_SHARE * len(long_words):
            out.append((start, end))
    return out


def _longest(full: dict[str, str], words: list[str]) -> None:
    while len(words) > 1 and words[0].lower() in _SHE | _HE | _OTHER_HONORIFICS:
        words = words[1:]
    key = words[-1].lower()
    name = " ".join(words)
    if len(name) > len(full.get(key, "")):
        full[key] = name


def _looks_like_name(run: _Run, lang_de: bool) -> bool:
    if any(w.isupper() and len(w) > 1 for w in run.words) or len(run.words) > 4:
        return False
    if not lang_de:
        return True
    return not run.after_determiner and not any(w.lower().endswith(_NOUN_ENDINGS) for w in run.words)


def _runs(t: Tokens):
    """Yield each run of capitalized words as a _Run: roles and organisations before a name dropped,
    collectives left out."""
    n = len(t)
    flags, words = t.flags, t.words
    special = _ROLE | _HONORIFIC | _ORG | _COLLECTIVE | _PARTICLE
    title_case = _title_case_lines(t)
    title_starts = [s for s, _ in title_case]
    j = 0
    for i in [k for k, f in enumerate(flags) if f & (CAP | _ROLE) and not f & (QUOTED | _FURNITURE)]:
        if i < j:
            continue  # inside the run before
        j = i + 1  # capitalized words and roles in any case: "Russian dictator Vladimir Putin"
        while j < n and not flags[j] & (BREAK | QUOTED | _FURNITURE) and (
                flags[j] & (CAP | _ROLE) or flags[j] & _PARTICLE and j + 1 < n and flags[j + 1] & CAP
                and not (t.lang_de and t.low[j] in ("der", "den", "des") and t.low[j - 1] not in ("von", "van"))):
            j += 1
        if j == i + 1 and not flags[i] & special:  # one plain capitalized word: the common case, kept short
            after_determiner = i > 0 and bool(flags[i - 1] & _DETERMINER)
            w = words[i]
            if (t.lang_de and after_determiner) or (t.unit_start(i) and (
                    t.seen_lower(w) or t.lang_de and t.low[i].endswith(_ADVERB_ENDINGS))):
                continue
            yield _Run(t.starts[i], [w.removesuffix("'s").removesuffix("’s")], False, "", after_determiner)
            continue
        line = bisect.bisect_right(title_starts, i) - 1
        in_title = line >= 0 and i < title_case[line][1]
        for run in _run_names(t, i, j):
            yield replace(run, title_case=True) if in_title else run


def _run_names(t: Tokens, i: int, j: int):
    flags, words = t.flags, t.words
    start = i
    if t.lang_de and i > 0 and flags[i - 1] & _DETERMINER:
        # "das Fazit von Sandra Boser": a noun after an article, the name after the particle
        particle = next((k for k in range(i + 1, j - 1) if flags[k] & _PARTICLE), None)
        if particle is None:
            return
        start = particle + 1
    last_role = max((k for k in range(start, j) if flags[k] & (_ROLE | _HONORIFIC)), default=start - 1)
    # an organisation glued before a name: "Cornell University Glenn Altschuler"
    org = max((k for k in range(last_role + 1, j - 2) if flags[k] & _ORG), default=None)
    first = max(last_role, org if org is not None else -1) + 1
    honorific = words[last_role] if last_role >= start and flags[last_role] & _HONORIFIC else ""
    titled = any(flags[k] & _ROLE for k in range(start, j)) and last_role >= start
    rest = [k for k in range(first, j) if not flags[k] & _COLLECTIVE]
    # a capitalized word opening the sentence that the text also writes in lower case is no name
    while rest and t.unit_start(rest[0]) and (t.seen_lower(words[rest[0]]) or t.lang_de and (
            words[rest[0]].lower().endswith(_ADVERB_ENDINGS))):
        rest.pop(0)
    while rest and flags[rest[0]] & _PARTICLE:
        rest.pop(0)
    while rest and flags[rest[-1]] & _PARTICLE:
        rest.pop()
    out = [words[k].removesuffix("'s").removesuffix("’s") for k in rest]
    for k in range(1, len(out)):  # an acronym after a name belongs to the next item: "Murmu EU leaders"
        if out[k].isupper() and len(out[k]) > 1 and not out[k - 1].isupper():
            out = out[:k]
            break
    if 0 < len(out) <= MAX_NAME_WORDS:  # longer runs are headlines or tables, not names
        yield _Run(t.starts[rest[0]], out, titled, honorific, rest[0] > 0 and bool(flags[rest[0] - 1] & _DETERMINER))
