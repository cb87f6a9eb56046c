"""A claim as a whole, readable statement: its sentence, shortened at clause boundaries.

ClaimReview's `claimReviewed` must say what was claimed, so a reader of a
search result understands it without the article: "Lukaschenko erhielt 80,1
Prozent der Stimmen.", not "…mit 80,1 Prozent der Stimmen von der
Wahlkommission…". `statement()` starts from the line of the claim's sentence
(a wire dateline such as "MINSK (dpa-AFX) -" dropped) and, while it is longer
than Google's advice (less than 75 characters), leaves out whole clauses that do not
hold the claim, in this order: parentheses and dashed insertions, clauses
after the claim (attributions such as ", sagte er", relative clauses,
appendages), subordinate clauses between the subject and the claim, then (in
English) a leading subordinate clause. The clause holding the claim, and the subject at
the start of the sentence, always stay: a statement longer than 75
characters is better than a fragment. Only a single clause longer than
`HARD_LIMIT` is cut, on word boundaries around the claim, with "…".

No parser is needed: clause boundaries are commas, semicolons, colons,
dashes and parentheses outside quotation marks (a decimal comma such as
"80,1" is no boundary), and a clause is subordinate when it opens with a
subordinating conjunction or relative pronoun.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from factdesk.core.reports.common import shorten

TARGET = 74        # Google: "try to keep this less than 75 characters"
HARD_LIMIT = 200   # a single clause longer than this is cut around the claim
LINE_REACH = 1000  # characters either side of the claim looked at in a line that is no sentence

# Words that open a subordinate or relative clause (lower case).
SUBORDINATORS = {
    "de": {"der", "die", "das", "dem", "den", "deren", "dessen", "denen", "welche", "welcher", "welches",
           "weil", "da", "obwohl", "obgleich", "nachdem", "als", "wenn", "falls", "dass", "daß", "ob",
           "während", "wobei", "womit", "wodurch", "worauf", "wie", "wo", "sodass", "so", "seit", "seitdem",
           "bevor", "ehe", "damit", "indem", "um", "ohne", "statt", "anstatt", "bis", "sobald", "solange",
           "soweit", "sofern", "zumal", "wenngleich", "darunter", "davon", "etwa", "also"},
    "en": {"which", "who", "whom", "whose", "that", "because", "although", "though", "while", "whilst",
           "after", "before", "when", "whenever", "where", "whereas", "if", "unless", "since", "as",
           "until", "once", "so", "including", "according", "despite", "with"},
}
# Subject pronouns that stand for one person and may be replaced by the claimant's name.
PERSON_PRONOUNS = {"de": {"Er"}, "en": {"He", "She"}}

_QUOTES = {"„": "“", "“": "”", "\"": "\"", "»": "«", "«": "»", "‚": "‘", "‘": "’"}
_WORD = re.compile(r"\w+")
_SPECIAL = re.compile("[,;:()–—" + re.escape("".join(set(_QUOTES) | set(_QUOTES.values()))) + "]")
# A dateline before the story: "MINSK (dpa-AFX) - ", "BERLIN – ", "Berlin, 5. März 2024 (dpa) - ".
DATELINE = re.compile(
    r"^\s*(?:[A-ZÄÖÜ][A-ZÄÖÜ./ ]*[A-ZÄÖÜ](?:,[^()\n]{1,40}?)?(?:\s*\([^()\n]{1,30}\))?"
    r"|\S+(?: \S+){0,2}(?:,[^()\n]{1,40}?)?\s*\([^()\n]{1,30}\))"
    r"\s*[-–—]\s+")


@dataclass(slots=True)
class _Clause:
    start: int
    end: int
    kind: str           # "main", "sub" (opens with a subordinator) or "aside" (parentheses, dashes)
    holds_claim: bool = False


def statement(sentence: str, claim_text: str, at: int | None = None, lang: str = "de",
              claimant: str | None = None, avoid: re.Pattern[str] | None = None) -> str:
    """The claim's sentence as a statement of at most TARGET characters where clauses allow.

    `at` is where the claim is expected in `sentence` (the nearest occurrence
    of `claim_text` is used); `claimant` replaces a leading "Er"/"He"/"She";
    clauses matching `avoid` (rating labels) are left out unless they hold the
    claim. Returns "" when the sentence does not hold the claim's text on one line.
    """
    line, at = _claim_line(sentence, claim_text, at)
    if line is None:
        return ""
    if len(line) <= TARGET and (avoid is None or not avoid.search(line)) and not claimant:
        return " ".join(line.split())  # short enough as it is: no clause work
    end = at + len(claim_text)
    clauses = _clauses(line, lang, (at, end))
    for c in clauses:
        c.holds_claim = c.start < end and c.end > at
    kept = _shorten(line, clauses, lang)
    if avoid is not None:
        for i, c in enumerate(clauses):
            if not c.holds_claim and avoid.search(line[c.start:c.end]):
                kept[i] = False
    text = _join(line, clauses, kept)
    text = _with_subject(text, lang, claimant)
    if len(text) > HARD_LIMIT:
        text = _window(text, claim_text, HARD_LIMIT)
    return text


def _claim_line(sentence: str, claim_text: str, at: int | None) -> tuple[str | None, int]:
    """The line of `sentence` holding the claim (no dateline) and the claim's offset in it."""
    claim_text = claim_text.strip()
    if not claim_text or "\n" in claim_text:
        return None, 0
    hits, found = [], sentence.find(claim_text)
    while found >= 0:
        hits.append(found)
        found = sentence.find(claim_text, found + 1)
    if not hits:
        return None, 0
    pos = min(hits, key=lambda h: abs(h - (at or 0)))
    line_start = sentence.rfind("\n", 0, pos) + 1
    line_end = sentence.find("\n", pos + len(claim_text))
    line = sentence[line_start:line_end if line_end >= 0 else len(sentence)]
    pos -= line_start
    m = DATELINE.match(line)
    if m and m.end() <= pos:
        line, pos = line[m.end():], pos - m.end()
    if len(line) > 2 * LINE_REACH + len(claim_text):  # no sentence: keep clause work linear
        left = max(line.rfind(" ", 0, max(pos - LINE_REACH, 0)), 0)
        right = line.find(" ", pos + len(claim_text) + LINE_REACH)
        line, pos = line[left:right if right > 0 else len(line)], pos - left
    stripped = len(line) - len(line.lstrip())
    return line.strip(), pos - stripped


def _clauses(line: str, lang: str, claim: tuple[int, int] = (0, 0)) -> list[_Clause]:
    """Cut the line at clause boundaries outside quotation marks and the claim; asides are their own clauses."""
    bounds: list[tuple[int, int, str]] = []  # (start, end, kind) of each clause's text
    start, closing, aside = 0, None, None
    n = len(line)
    for m in _SPECIAL.finditer(line):
        i, ch = m.start(), m.group()
        if claim[0] <= i < claim[1]:
            pass  # the claim is never cut
        elif closing is not None:
            if ch == closing:
                closing = None
        elif ch in _QUOTES and (ch not in "\"'" or _opens_quote(line, i)):
            closing = _QUOTES[ch]
        elif ch == "(" and aside is None and (i == 0 or not line[i - 1].isalnum()):
            bounds.append((start, i, "main"))
            aside, start = ")", i + 1
        elif ch == ")" and aside == ")":
            bounds.append((start, i, "aside"))
            aside, start = None, i + 1
        elif ch in "–—" and line[i - 1:i] == " " and line[i + 1:i + 2] == " ":
            if aside == ch:
                bounds.append((start, i, "aside"))
                aside, start = None, i + 1
            elif aside is None and line.find(f" {ch} ", i + 1) > 0:
                bounds.append((start, i, "main"))
                aside, start = ch, i + 1
            elif aside is None:
                bounds.append((start, i, "main"))
                start = i + 1
        elif ch in ",;:" and aside is None and (i + 1 == n or line[i + 1].isspace()):
            bounds.append((start, i, "main"))
            start = i + 1
    bounds.append((start, n, "aside" if aside else "main"))
    clauses: list[_Clause] = []
    for s, e, kind in bounds:
        while s < e and line[s].isspace():
            s += 1
        while e > s and line[e - 1].isspace():
            e -= 1
        if e <= s:
            continue
        first = _WORD.match(line, s, e)
        if kind == "main" and clauses and first and first.group().lower() in SUBORDINATORS.get(lang, set()):
            kind = "sub"
        clauses.append(_Clause(s, e, kind))
    return clauses


def _opens_quote(line: str, i: int) -> bool:
    """A straight quote opens a quotation when it is at the start or after a space/opening bracket."""
    return i == 0 or line[i - 1] in " ([—–" and line.find(line[i], i + 1) > i


def _shorten(line: str, clauses: list[_Clause], lang: str) -> list[bool]:
    """Which clauses stay: drop clauses without the claim, in the documented order, until short enough."""
    keep = [True] * len(clauses)
    claim_ids = [i for i, c in enumerate(clauses) if c.holds_claim]
    if not claim_ids:
        return keep
    first_claim, last_claim = claim_ids[0], claim_ids[-1]

    def length() -> int:
        return len(_join(line, clauses, keep))

    order = [i for i, c in enumerate(clauses) if c.kind == "aside" and not c.holds_claim]
    order += [i for i in range(len(clauses) - 1, last_claim, -1)]
    order += [i for i in range(1, first_claim) if clauses[i].kind == "sub"]
    # German puts the verb first after a leading subordinate clause ("Wie die Polizei
    # mitteilte, nahm sie …"): without it the statement would start with the verb.
    if lang == "en" and first_claim > 0 and _is_leading_subordinate(line, clauses[0], lang):
        order.append(0)
    for i in dict.fromkeys(order):
        if length() <= TARGET:
            break
        keep[i] = False
    return keep


def _is_leading_subordinate(line: str, clause: _Clause, lang: str) -> bool:
    first = _WORD.match(line, clause.start, clause.end)
    return first is not None and first.group().lower() in SUBORDINATORS.get(lang, set())


def _join(line: str, clauses: list[_Clause], keep: list[bool]) -> str:
    """The kept clauses with their original punctuation between neighbours, ending like a sentence."""
    parts: list[str] = []
    last_kept = None
    for i, c in enumerate(clauses):
        if not keep[i]:
            continue
        if last_kept is None:
            parts.append(line[c.start:c.end])
        elif last_kept == i - 1:
            parts.append(line[clauses[last_kept].end:c.end])
        else:
            parts.append(" " + line[c.start:c.end])
        last_kept = i
    text = " ".join("".join(parts).split())
    if not text:
        return text
    ending = line.rstrip()[-1:] if line.rstrip()[-1:] in ".!?" else "."
    dropped_tail = last_kept is not None and last_kept < len(clauses) - 1
    if dropped_tail:
        text = text.rstrip(" ,;:-–—") + ending
    if not keep[0] and text[:1].islower():
        text = text[0].upper() + text[1:]
    return text


def _with_subject(text: str, lang: str, claimant: str | None) -> str:
    """Replace a leading "Er"/"He"/"She" with the claimant's name, so the statement names its subject."""
    if not claimant:
        return text
    first = re.match(r"(\w+)\b", text)
    if first and first.group(1) in PERSON_PRONOUNS.get(lang, set()):
        return claimant + text[first.end(1):]
    return text


def _window(text: str, claim_text: str, limit: int) -> str:
    """Cut a long clause on word boundaries to `limit` characters, with "…" where cut.

    Keeps the clause's start (its subject) when the claim is near enough to it,
    else a window around the claim. A claim longer than the limit is shortened itself.
    """
    at = text.find(claim_text)
    if at < 0 or len(claim_text) > limit - 2:
        return shorten(text if at < 0 else claim_text, limit)
    words = [(m.start(), m.end()) for m in re.finditer(r"\S+", text)]
    first = next(i for i, (_, e) in enumerate(words) if e > at)
    last = next(i for i in range(len(words) - 1, -1, -1) if words[i][0] < at + len(claim_text))

    def piece(i: int, j: int) -> str:
        body = text[words[i][0]:words[j][1]]
        if i > 0:
            body = "…" + body.lstrip(" ,;:-–—")
        if j < len(words) - 1:
            body = body.rstrip(" ,;:-–—") + "…"
        return body

    if len(piece(0, last)) <= limit:
        first = 0
    elif len(piece(first, last)) > limit:
        return shorten(claim_text, limit)
    grow_right = True
    while True:
        options = [(first, last + 1), (first - 1, last)] if grow_right else [(first - 1, last), (first, last + 1)]
        for i, j in options:
            if i >= 0 and j < len(words) and len(piece(i, j)) <= limit:
                first, last = i, j
                break
        else:
            return piece(first, last)
        grow_right = not grow_right
