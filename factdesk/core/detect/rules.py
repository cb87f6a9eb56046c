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


def words_rx(entries: list[str], *, bounded: bool = True) -> str:
    """Regex source matching any entry as a whole word (longest first)."""
    alts = "|".join(_entry_rx(e) for e in sorted(set(entries), key=len, reverse=True) if e)
    if not alts:
        return r"(?!x)x"
    if not bounded:
        return f"(?:{alts})"
    return rf"(?<![\w-])(?:{alts})(?![\w])"


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
        alts = [re.escape(ch) + emit(sub) for ch, sub in sorted(node.items()) if ch not in ("", "*", "+")]
        if "*" in node:
            alts.append(r"[\w-]*")
        if "+" in node:
            alts.append(f"(?:{more})+")
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node or "+" in node else body

    return emit(trie) or r"(?!x)x"
