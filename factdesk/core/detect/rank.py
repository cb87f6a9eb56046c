"""Check-worthiness ranking of line-by-line text (`factdesk rank`, claims.md "Check-worthiness ranking").

Each line is one item, scored on its own (leading and trailing blanks
ignored): its claims are what `detect` finds in the line, its score is
`worthiness.score_texts` of the line, which is exactly what `detect` gives
each claim of that sentence. Blank lines score 0 and hold no claims.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from factdesk.core.model import DetectedClaim


@dataclass(frozen=True)
class RankedLine:
    """One input line: its number (from 1), its text, its score and its claims (offsets into the line)."""

    line: int
    text: str
    score: float
    claims: list[DetectedClaim]

    @property
    def types(self) -> list[str]:
        """The distinct claim types of the line, in order of appearance."""
        return list(dict.fromkeys(c.type for c in self.claims))


def split_lines(text: str) -> list[str]:
    """The lines of a decoded text (`\\n` ends a line; a final newline adds no empty item)."""
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return lines


def rank_lines(lines: list[str], lang: str) -> list[RankedLine]:
    """Score each line (in input order) in language `lang` ("de" or "en")."""
    from factdesk.core.detect.score import score_claims
    from factdesk.core.detect.steps import unscored_claims
    from factdesk.core.detect.worthiness import make_docs, score_texts

    stripped = [line.strip() for line in lines]
    docs = make_docs(stripped, lang)  # one tokenization per line, for the claims and the classifier
    claims = [unscored_claims(s, lang, doc) if s else [] for s, doc in zip(stripped, docs)]
    scores = score_texts(stripped, lang, claims, docs=docs)
    out = []
    for n, (line, s, found, score) in enumerate(zip(lines, stripped, claims, scores), start=1):
        offset = len(line) - len(line.lstrip())
        if found and all((c.sentence_start, c.sentence_end) == (0, len(s)) for c in found):
            found = [replace(c, score=round(score, 4)) for c in found]  # one sentence: the line's own score
        elif found:
            found = score_claims(s, found, lang)  # several sentences: each claim gets its sentence's score
        out.append(RankedLine(n, line, score, [_shift(c, offset) for c in found]))
    return out


def _shift(claim: DetectedClaim, offset: int) -> DetectedClaim:
    """The claim with offsets into the unstripped line."""
    if not offset:
        return claim
    return replace(claim, start=claim.start + offset, end=claim.end + offset,
                   sentence_start=claim.sentence_start + offset, sentence_end=claim.sentence_end + offset)
