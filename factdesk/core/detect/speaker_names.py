"""Person names in a text, for speakers given as pronouns ("meinte er", "he said").

No NER model: names are runs of capitalized words. `PersonIndex` keeps each
person's mentions in text order and their longest form ("Putin" ->
"Vladimir Putin"); the quote detector asks it for the last person named
before a quote, the persons named in a stretch of text, or the person the
article is about.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter

from factdesk.core.detect.speakers import _DOTTED, _STOP_CAPS, SpeechRules


class PersonIndex:
    """Person names mentioned in a text, for pronoun speakers ("meinte er", "he said").

    Strong mentions are names after a title ("Präsident Alexander Lukaschenko"),
    names next to a speech verb, and (English) runs of two to four capitalized
    words. A single word equal to the last word of a strong name is a mention of
    that person ("Putin"). Each person is reported in the longest form seen.
    """

    def __init__(self, text: str, rules: SpeechRules, speakers: list[str] = ()):
        self.rules = rules
        full: dict[str, str] = {}  # last word -> longest name
        strong: set[str] = set()  # last words of names seen with a title or as a speaker
        for name in speakers:
            self._add(full, name)
            strong.add(name.split()[-1].lower())
        runs = list(_cap_runs(text, rules))
        for start, words, titled in runs:
            if titled or (rules.lang == "en" and 2 <= len(words) <= 4 and not any(w.isupper() for w in words)):
                self._add(full, " ".join(words))
                if titled:
                    strong.add(words[-1].lower())
        self.full = full
        self.mentions: list[tuple[int, str]] = []
        self.strong: set[str] = set()
        for start, words, _ in runs:
            key = words[-1].lower()
            name = full.get(key)
            if name:
                self.mentions.append((start, name))
                if key in strong:
                    self.strong.add(name)

    @staticmethod
    def _add(full: dict[str, str], name: str) -> None:
        words = name.split()
        if not words or not words[-1][:1].isupper():
            return
        key = words[-1].lower()
        if len(name) > len(full.get(key, "")):
            full[key] = name

    def canonical(self, name: str) -> str:
        """The longest titled or speaking form of a name ("Putin" -> "Vladimir Putin")."""
        if not name:
            return name
        longer = self.full.get(name.split()[-1].lower())
        return longer if longer in self.strong and longer.endswith(name) else name

    def _slice(self, start: int, end: int) -> list[tuple[int, str]]:
        """The mentions starting in [start, end), found by bisection (mentions are in text order)."""
        if not hasattr(self, "_starts"):
            self._starts = [m[0] for m in self.mentions]
        lo = bisect.bisect_left(self._starts, start)
        hi = bisect.bisect_left(self._starts, end)
        return self.mentions[lo:hi]

    def last_before(self, offset: int, within: int | None = None) -> str | None:
        """The last person mentioned before `offset` (only within `within` characters when given)."""
        found = self._slice(0 if within is None else offset - within, offset)
        return found[-1][1] if found else None

    def first_in(self, start: int, end: int) -> str | None:
        """The first person mentioned in text[start:end]."""
        found = self._slice(start, end)
        return found[0][1] if found else None

    def between(self, start: int, end: int, strong_only: bool = False) -> list[str]:
        """Distinct persons mentioned in text[start:end], in order (only titled or speaking ones if asked)."""
        return list(dict.fromkeys(n for _, n in self._slice(start, end) if not strong_only or n in self.strong))

    def protagonist(self) -> str | None:
        """The person the article mentions most (at least twice)."""
        counts = Counter(n for _, n in self.mentions)
        if not counts:
            return None
        name, count = counts.most_common(1)[0]
        return name if count >= (2 if name in self.strong else 3) else None


def _cap_runs(text: str, rules: SpeechRules):
    """Yield (offset, name words, titled) for each run of capitalized words, titles removed."""
    run: list[tuple[int, str]] = []
    for m in re.finditer(r"\w+(?:[’'\-]\w+)*\.?", text):
        w = m.group()
        word = w[:-1] if w.endswith(".") and len(w) > 2 and w.lower() not in _DOTTED else w
        if word[:1].isupper() and word.lower() not in _STOP_CAPS and (not run or m.start() - run[-1][0] - len(run[-1][1]) <= 1):
            run.append((m.start(), word))
            if w.endswith(".") and word is not w:
                yield from _emit(run, rules)
                run = []
            continue
        yield from _emit(run, rules)
        run = [(m.start(), word)] if word[:1].isupper() and word.lower() not in _STOP_CAPS else []
    yield from _emit(run, rules)


def _emit(run: list[tuple[int, str]], rules: SpeechRules):
    if not run:
        return
    titled = False
    k = 0
    for i, (_, w) in enumerate(run):
        if rules.is_title(w):
            titled, k = True, i + 1
    rest = [(s, w.removesuffix("'s").removesuffix("’s")) for s, w in run[k:]
            if not rules.is_collective(w)]
    for i in range(1, len(rest)):  # an acronym after a name belongs to the next item: "Murmu EU leaders"
        if rest[i][1].isupper() and len(rest[i][1]) > 1 and not rest[i - 1][1].isupper():
            rest = rest[:i]
            break
    if rest:
        yield rest[0][0], [w for _, w in rest], titled
