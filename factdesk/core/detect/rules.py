"""Load the per-language rule files in resources/rules/<lang>/ and compile them.

The JSON files hold word lists a newsroom can extend without touching code.
A list entry ending in "*" matches any word ending ("festnahme*"); an entry
with " ... " matches a gap of up to 80 characters inside the sentence
("nahmen ... fest"). Everything is compiled once per language and cached.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from factdesk.resources import resource_path

LANGS = ("de", "en")


def load_json(lang: str, name: str) -> dict[str, Any]:
    """Return one rule file, e.g. load_json("de", "lexicon.json")."""
    with open(resource_path("rules", lang, name), encoding="utf-8") as f:
        return json.load(f)


def _entry_rx(entry: str) -> str:
    """Regex source for one lexicon entry (see module docstring)."""
    parts = []
    for i, piece in enumerate(entry.split(" ... ")):
        star = piece.endswith("*")
        piece = piece.rstrip("*")
        rx = r"\s+".join(re.escape(w) for w in piece.split())
        if star:
            rx += r"[\w-]*"
        parts.append(rx)
    return r"[^.!?;]{0,80}?\b".join(parts)


def words_rx(entries: list[str], *, bounded: bool = True, ignorecase: bool = True) -> str:
    """Regex source matching any entry as a whole word (longest first).

    With `ignorecase` (the pattern is compiled with re.IGNORECASE, as every
    lexicon pattern is), the alternatives are factored on their first
    letters (factor_alternatives): the same matches, found in about half
    the time.
    """
    sources = [_entry_rx(e) for e in sorted(set(entries), key=len, reverse=True) if e]
    alts = factor_alternatives(sources) if ignorecase else "|".join(sources)
    if not alts:
        return r"(?!x)x"
    if not bounded:
        return f"(?:{alts})"
    return rf"(?<![\w-])(?:{alts})(?![\w])"


_LETTER = re.compile(r"[^\W\d_]")
# letters whose case-insensitive matches are exactly their upper and lower case (no "ı" or "ſ" among them)
_SIMPLE_KEYS = frozenset("abcdefghijklmnopqrstuvwxyzäöüéèàáíóúçñ")


def factor_alternatives(alts: list[str]) -> str:
    """`"|".join(alts)` left-factored on leading letters, for a pattern compiled with re.IGNORECASE.

    Python's `re` tries every alternative at every position, and under
    IGNORECASE it cannot skip one whose first letter differs. Grouping the
    alternatives by their first letter ("a(?:bc|d)|x(?:y|z)") keeps the
    alternatives of each group in their order; alternatives of different
    groups never match at the same position (their first letters differ in
    any case), so the first alternative that matches, and with it every
    match, is the same as the plain alternation's. Each `alts[i]` is regex
    source whose leading letters are literal (as _entry_rx and re.escape
    write them).
    """
    if len(alts) < 2 or not all(a and _LETTER.match(a[0]) and a[0].lower() in _SIMPLE_KEYS for a in alts):
        return "|".join(alts)
    groups: dict[str, list[str]] = {}
    for a in alts:
        groups.setdefault(a[0].lower(), []).append(a)
    return "|".join(g[0] if len(g) == 1 else key + "(?:" + factor_alternatives([a[1:] for a in g]) + ")"
                    for key, g in groups.items())


def first_letters(alts: list[str]) -> str:
    """A look-ahead for the first letters of `alts` (both cases), "" when one does not start with a letter.

    Put before an alternation compiled with re.IGNORECASE, it rejects most
    positions with one character test and changes no match.
    """
    if not alts or not all(a and _LETTER.match(a[0]) for a in alts):
        return ""
    return "(?=[" + "".join(sorted({c for a in alts for c in (a[0].lower(), a[0].upper())})) + "])"


class WordSet:
    """Fast membership test for a lexicon list with '*' prefix entries."""

    def __init__(self, entries: list[str]) -> None:
        self.exact = {e.lower() for e in entries if not e.endswith("*")}
        self.prefixes = tuple(e[:-1].lower() for e in entries if e.endswith("*"))

    def __contains__(self, word: str) -> bool:
        w = word.lower()
        return w in self.exact or (bool(self.prefixes) and w.startswith(self.prefixes))


@dataclass
class Rules:
    """All compiled rule data for one language."""

    lang: str
    lexicon: dict[str, Any]
    numbers: dict[str, Any]
    qualifiers: dict[str, str]


@lru_cache(maxsize=4)
def rules_for(lang: str) -> Rules:
    """Return the rule data of `lang` ("de" or "en"), loaded once."""
    if lang not in LANGS:
        raise ValueError(f"no claim rules for language {lang!r}")
    return Rules(lang=lang, lexicon=load_json(lang, "lexicon.json"), numbers=load_json(lang, "numbers.json"),
                 qualifiers=load_json(lang, "qualifiers.json")["cues"])


def trie_rx(words: list[str], both_cases: bool = True, more: str = "") -> str:
    """Regex source matching any of `words`, factored as a trie so `re` fails fast.

    A trailing "*" on a word allows any word characters after it; a trailing
    "+" allows `more` (a regex) to repeat after it. With `both_cases`, the
    first letter may also be upper case ("Tausende").
    """
    trie: dict[str, dict] = {}
    for w in words:
        mark = w[-1] if w[-1] in "*+" else ""
        w = w.rstrip("*+")
        if not w:
            continue
        variants = {w, w[0].upper() + w[1:]} if both_cases else {w}
        for v in variants:
            node = trie
            for ch in v:
                node = node.setdefault(ch, {})
            node[mark] = {}

    def emit(node: dict) -> str:
        # Branches that start with different characters exclude each other, so characters
        # whose continuations are the same (the "M" and "m" of "Millionen…") share one class
        # and one copy of the continuation: the same matches, from half the pattern to compile.
        same: dict[str, list[str]] = {}
        for ch, sub in sorted(node.items()):
            if ch not in ("", "*", "+"):
                same.setdefault(emit(sub), []).append(ch)
        alts = [(re.escape(chs[0]) if len(chs) == 1 else "[" + "".join(map(re.escape, chs)) + "]") + rest
                for rest, chs in same.items()]
        if "*" in node:
            alts.append(r"[\w-]*")
        if "+" in node:
            alts.append(f"(?:{more})+")
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node or "+" in node else body

    return emit(trie) or r"(?!x)x"
