"""What the quote step misses, gets wrong, and why: per source prefix of an annotated corpus.

Each gold quote is matched as the shared scorer matches it (the first unused
predicted quote overlapping it). Every error gets one cause:

- missed: "no marks" (no pair of quotation marks found over it), "merged"
  (its marks were read as part of another quote), or the detector's own reason
  for dropping the quotation ("not a clause", "a fragment", "names a work", "no speaker");
- false: "split" (it overlaps a gold quote that another part already found),
  "short" (under six words: a fragment or scare quote), "speech" (longer);
- wrong speaker: "form" (the same person in another form: "Tony Blair" for
  "Mr Blair"), "lines" (the speaker runs over a line break: page furniture or
  a headline glued to it), else "person" with where the speaker was found.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

from factdesk.training.quotes.corpus import Article, articles, same_speaker


@dataclass
class Error:
    """One error: its kind (missed, false, speaker), its cause, and what to show."""

    kind: str
    cause: str
    article: str
    text: str
    gold: str | None = None
    got: str | None = None

    def line(self) -> str:
        """One line for the report."""
        text = re.sub(r"\s+", " ", self.text)[:70]
        speakers = f"  gold={self.gold!r} got={self.got!r}" if self.kind != "false" else f"  got={self.got!r}"
        return f"{self.kind:7} {self.cause:24} {self.article}  {text!r}{speakers}"


@dataclass
class Tally:
    """Quote and speaker counts of one prefix."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    speakers: int = 0

    def f1(self) -> float:
        return 2 * self.tp / (2 * self.tp + self.fp + self.fn) if self.tp else 0.0


def article_errors(article: Article, tally: Tally) -> list[Error]:
    """Score one article's quotes into `tally` and return its errors with their causes."""
    from factdesk.core.detect.quotes import explain_quotes

    decisions = explain_quotes(article.text, article.lang)
    claims = [d.claim for d in decisions if d.claim is not None]
    how = {id(d.claim): d.how for d in decisions if d.claim is not None}
    name = article.path.name
    errors: list[Error] = []
    used: dict[int, dict] = {}
    for g in article.quotes():
        hit = next((i for i, c in enumerate(claims) if i not in used and c.start < g["end"] and g["start"] < c.end),
                   None)
        if hit is None:
            tally.fn += 1
            errors.append(Error("missed", _miss_cause(g, decisions, claims, used), name, g["anchor"], g["speaker"]))
            continue
        used[hit] = g
        tally.tp += 1
        got = claims[hit].speaker
        if same_speaker(g["speaker"], got):
            tally.speakers += 1
        else:
            errors.append(Error("speaker", _speaker_cause(article.text, g["speaker"], got, how[id(claims[hit])]),
                                name, g["anchor"], g["speaker"], got))
    for i, c in enumerate(claims):
        if i in used:
            continue
        tally.fp += 1
        split = any(g["start"] < c.end and c.start < g["end"] for g in used.values())
        cause = "split" if split else "short" if len(c.text.split()) < 6 else "speech"
        errors.append(Error("false", cause, name, c.text, got=c.speaker))
    return errors


def _miss_cause(g: dict, decisions, claims, used) -> str:
    over = [d for d in decisions if d.quotation.start < g["end"] and g["start"] < d.quotation.end]
    if not over:
        return "no marks"
    for d in over:
        if d.claim is not None:
            return "merged"
    return over[0].reason


def _speaker_cause(text: str, gold: str, got: str | None, how: str) -> str:
    if not got:
        return f"none ({how})"
    if got not in text and re.search(r"\s+".join(map(re.escape, got.split())), text):
        return "lines"
    last = lambda s: s.split()[-1].lower().strip(".,")  # noqa: E731
    if last(gold) == last(got) or last(got) in gold.lower().split() or last(gold) in got.lower().split():
        return "form"
    return f"person ({how})"


def report(folder: Path, show: bool = False, prefixes: tuple[str, ...] | None = None) -> str:
    """The per-prefix table of quote F1 and speaker accuracy, the causes, and (with `show`) every error."""
    tallies: dict[str, Tally] = defaultdict(Tally)
    errors: dict[str, list[Error]] = defaultdict(list)
    for article in articles(folder, prefixes):
        errors[article.prefix] += article_errors(article, tallies[article.prefix])
    out = [f"{'prefix':8}{'tp':>5}{'fp':>5}{'fn':>5}{'F1':>7}  speakers"]
    total = Tally()
    for prefix in sorted(tallies):
        t = tallies[prefix]
        out.append(f"{prefix:8}{t.tp:5}{t.fp:5}{t.fn:5}{t.f1():7.3f}  {t.speakers}/{t.tp}")
        for field in ("tp", "fp", "fn", "speakers"):
            setattr(total, field, getattr(total, field) + getattr(t, field))
    out.append(f"{'all':8}{total.tp:5}{total.fp:5}{total.fn:5}{total.f1():7.3f}  {total.speakers}/{total.tp}")
    out.append("")
    for prefix in sorted(errors):
        causes = Counter(f"{e.kind}: {e.cause}" for e in errors[prefix])
        out.append(f"{prefix}: " + "; ".join(f"{c} {n}" for c, n in causes.most_common()))
    if show:
        out.append("")
        out.extend(e.line() for prefix in sorted(errors) for e in errors[prefix])
    return "\n".join(out)
