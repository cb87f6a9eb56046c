"""What the claim-type model sees of one number candidate: its clause as feature words.

`candidate_words(...)` turns a candidate (`numeric_claims.Candidate`) and the
spaCy Doc of its article into a list of short strings that become the words
of a small Doc the trained text classifier reads (`claim_types.py`; training
builds the same Docs in `factdesk.training.claims.data`). The number itself is
abstracted (its shape and size bucket, never its digits), so the model learns
the phenomenon and not the figures:

- the candidate: kind (digits, words, vague, ordinal, fraction), percent,
  currency, scale, range, year-like, the hedge, a time unit after it;
- its clause around the number as lookup lemmas with their side and distance
  ("R1=festnahme", "L2=mit": the number itself is the mark between them);
- cue classes of nearby and sentence words from the rule lexicons
  (people nouns, arrest/casualty/crowd nouns and verbs, vote and poll words,
  time-in-power phrases);
- where it stands: headline or body, inside a quotation, in a URL or a
  list line, the title's topic words.
"""

from __future__ import annotations

import re

from factdesk.core.detect.scanner import Scanner

_NEAR = 3           # words right next to the number get their distance in the feature
_LEFT, _RIGHT = 10, 12
_NUMBER_WORD = "<num>"  # another number next to the candidate: its digits are no feature
_CONTEXT_CHARS = 300  # how far the sentence's cue words are looked for, each way
_URLISH = re.compile(r"(?:https?:|www\.|\.(?:de|com|ch|org|net|html?|php)\b|/)")


def _bucket(value: float | None) -> str:
    if value is None:
        return "none"
    if value < 0:
        return "neg"
    if value < 1:
        return "frac"
    if value == 1:
        return "one"
    for limit, name in ((10, "lt10"), (50, "lt50"), (100, "lt100"), (1000, "lt1k"), (1e5, "lt100k"), (1e6, "lt1m")):
        if value < limit:
            return name
    return "big"


class CueIndex:
    """Cue words of one text by position, to look up those near each candidate."""

    def __init__(self, found: list[tuple[int, str]], title_end: int = 0) -> None:
        self.pos = [p for p, _ in found]
        self.cue = [c for _, c in found]
        counts: dict[str, int] = {}
        for c in self.cue:
            counts[c] = counts.get(c, 0) + 1
        self._doc = sorted({f"D={c}" for c, n in counts.items() if n >= 2}
                           | {f"T={c}" for p, c in found if p < title_end})

    def near(self, lo: int, hi: int) -> list[tuple[int, str]]:
        """Every cue starting in [lo, hi) with its position."""
        import bisect

        i, j = bisect.bisect_left(self.pos, lo), bisect.bisect_left(self.pos, hi)
        return list(zip(self.pos[i:j], self.cue[i:j]))

    def document_cues(self) -> list[str]:
        """Cues the article repeats (D=...) or has in its title (T=...): its topic."""
        return self._doc

    def between(self, lo: int, hi: int) -> list[tuple[int, str]]:
        """The distinct cues starting in [lo, hi), with the position of the first of each."""
        import bisect

        i, j = bisect.bisect_left(self.pos, lo), bisect.bisect_left(self.pos, hi)
        seen: dict[str, int] = {}
        for k in range(i, j):
            seen.setdefault(self.cue[k], self.pos[k])
        return [(p, c) for c, p in seen.items()]


class FeatureMaker:
    """The feature words of candidates in one language.

    `lemma` maps a word to its lemma: the lemmatizer's lookup Table (or a dict
    of spacy-lookups-data's table while training).
    """

    def __init__(self, sc: Scanner, lemma=None) -> None:
        from factdesk.core.detect.rules import rules_for, words_rx

        from factdesk.core.detect.scanner import FUNCTION_DE, FUNCTION_EN

        self.sc = sc
        self.function = FUNCTION_DE if sc.lang == "de" else FUNCTION_EN
        self.lemmas = lemma or {}
        self._classes: dict[str, list[str]] = {}
        lex = rules_for(sc.lang).lexicon
        self.power_rx = re.compile(words_rx(lex["power_after"] + lex["power_before"] + lex["power_since_verbs"]),
                                   re.IGNORECASE)

    def lemma(self, word: str) -> str:
        """The lookup lemma of `word`, lower-cased (the word itself when the table lacks it)."""
        got = self.lemmas.get(word)
        if got is None:
            low = word.lower()
            got = self.lemmas.get(low, low)
        return got.lower()

    def classes(self, word: str) -> list[str]:
        """Lexicon classes of one word: people, type nouns, time, measure, term, rank."""
        got = self._classes.get(word)
        if got is None:
            if len(self._classes) > 50_000:
                self._classes.clear()
            got = self._classes[word] = self._word_classes(word)
        return got

    def _word_classes(self, word: str) -> list[str]:
        sc = self.sc
        low = word.lower()
        out = []
        t = sc.type_noun(low)
        if t:
            out.append("noun_" + t)
        if word[:1].isalpha() and sc.is_person(word):
            out.append("person")
        if low in sc.time_units:
            out.append("time")
        if low in sc.measure:
            out.append("measure")
        if low in sc.term_words:
            out.append("term")
        if low in sc.rank_words:
            out.append("rank")
        if low in sc.months:
            out.append("month")
        return out

    def cues(self, text: str, title_end: int = 0) -> CueIndex:
        """Where the sentence-level cue words of `text` stand (one pass over the text per cue kind)."""
        sc = self.sc
        found = [(m.start(), "verb_" + m.lastgroup) for m in sc.verbs.finditer(text)]
        found += [(m.start(), "vote") for m in sc.vote_rx.finditer(text)]
        found += [(m.start(), "power") for m in self.power_rx.finditer(text)]
        return CueIndex(sorted(found), title_end)

    def words(self, text: str, doc, cand, title_end: int, quoted: bool, cues: CueIndex) -> list[str]:
        """The feature words of candidate `cand` in article `text` (tokenized as `doc`)."""
        sc = self.sc
        num, claim = cand.num, cand.claim
        ns, ne = num.start, num.end
        ss, se = min(claim.sentence_start, ns), max(claim.sentence_end, ne)
        f = [f"K={num.kind}", f"V={_bucket(num.value)}", f"Q={claim.qualifier}"]
        if num.currency:
            f.append("CUR")
        if num.percent:
            f.append("PCT")
        if num.scale:
            f.append("SCALE")
        if num.ranged:
            f.append("RANGE")
        if num.year_like:
            f.append("YEAR")
        if cand.years is not None:
            f.append("TIMEUNIT")
        if cand.rule is not None:
            f.append("RULE=" + cand.rule.type)
        else:
            f.append("RULE=none")
        if ns < title_end:
            f.append("TITLE")
        line_start = text.rfind("\n", 0, ns) + 1
        line_end = text.find("\n", ne)
        line_end = len(text) if line_end < 0 else line_end
        line = text[line_start:line_end].rstrip()
        if line and line[-1:] not in ".!?:\"“”»«'’)" and len(line) < 160:
            f.append("HEADLINE")
        if not text[line_start:ns].strip():
            f.append("LINESTART")
        if quoted:
            f.append("INQUOTE")
        around = text[max(0, ns - 30):min(len(text), ne + 30)]
        tok_around = text[max(line_start, ns - 12):min(line_end, ne + 12)].split()
        if any(_URLISH.search(t) for t in tok_around) or "http" in around:
            f.append("URL")
        if text[ns - 1:ns] == "(" or text[ne:ne + 1] == ")":
            f.append("PAREN")
        if text[ns - 1:ns] in ("-", "+", "−") and text[ns - 2:ns - 1] in (" ", "(", ""):
            f.append("SIGNED")
        # the clause as words and lemmas, the number marked and abstracted
        span = doc.char_span(ns, ne, alignment_mode="expand")
        if span is None:
            return f
        left = [t.text for t in doc[max(0, span.start - _LEFT):span.start] if t.idx >= ss]
        right_end = claim.end if claim.end > ne else ne
        right = [t.text for t in doc[span.end:span.end + _RIGHT + 8] if t.idx < se and t.idx >= ne]
        right = [w for w in right][:_RIGHT + 8]
        inside_n = sum(1 for t in doc[span.end:span.end + _RIGHT] if t.idx < right_end)
        right = right[:max(_RIGHT, inside_n)]
        left_l = [_NUMBER_WORD if w[:1].isdigit() else self.lemma(w) for w in left]
        right_l = [_NUMBER_WORD if w[:1].isdigit() else self.lemma(w) for w in right[:_RIGHT]]
        # function words ("als", "in", "of") say nothing about the type and, summed by a
        # linear model, drown the words that do: only content words get a feature
        for i, w in enumerate(reversed(left_l), start=1):
            if i <= _NEAR and w not in self.function:
                f.append(f"L{i}={w}")
        for i, w in enumerate(right_l, start=1):
            if i <= _NEAR and w not in self.function:
                f.append(f"R{i}={w}")
        for i, w in enumerate(reversed(left), start=1):
            for c in self.classes(w):
                f.append(f"LC{'n' if i <= 4 else 'f'}={c}")
        for i, w in enumerate(right[:_RIGHT], start=1):
            for c in self.classes(w):
                f.append(f"RC{'n' if i <= 3 else 'f'}={c}")
        lo, hi = max(ss, ns - _CONTEXT_CHARS), min(se, ne + _CONTEXT_CHARS)
        context = []
        nearest = None
        for pos, cue in cues.between(lo, hi):
            if cue.startswith("verb_"):
                context.append(f"SV{'n' if abs(pos - ns) < 70 else 'f'}={cue[5:]}")
            else:
                context.append("S" + cue.upper())
        for pos, cue in cues.near(max(ss, ns - 70), min(se, ne + 70)):
            if cue.startswith("verb_") and (nearest is None or abs(pos - ns) < abs(nearest[0] - ns)):
                nearest = (pos, cue[5:])
        if nearest is not None:  # the event word closest to the number, and on which side
            context.append(f"NV={nearest[1]}")
            context.append(f"NV{'r' if nearest[0] > ns else 'l'}={nearest[1]}")
        context += cues.document_cues()
        f += context
        # the shape of the candidate with each cue around it: a linear model needs the pair
        # ("a percentage in a poll story", "a count of people where arrests are reported")
        shape = ("PCT" if num.percent else "CUR" if num.currency else "TIME" if cand.years is not None
                 else "ORD" if num.kind in ("ordinal", "rank") else "YEARLIKE" if num.year_like
                 else "PEOPLE" if any(c == "person" or c.startswith("noun_") for w in right[:3]
                                      for c in self.classes(w)) else "COUNT")
        f.append("SHAPE=" + shape)
        f += [f"{shape}&{c}" for c in context]
        return f


def quoted_ranges(text: str, lang: str) -> list[tuple[int, int]]:
    """(start, end) of every stretch inside quotation marks, in order."""
    from factdesk.core.detect.quotes import find_quotations

    return [(q.start, q.end) for q in find_quotations(text, lang)]


def candidates_with_words(text: str, lang: str, doc, maker, cands=None) -> list[tuple[object, list[str]]]:
    """The number candidates of `text` (tokenized as `doc`), each with its feature words.

    `maker` is a FeatureMaker, or a function returning one (called only when
    there are candidates); `cands` the candidates when they are known already.
    """
    import bisect

    from factdesk.core.detect.numeric_claims import find_candidates

    if cands is None:
        cands = find_candidates(text, lang)
    if not cands:
        return []
    if not isinstance(maker, FeatureMaker):
        maker = maker()
    quotes = quoted_ranges(text, lang)
    starts = [q[0] for q in quotes]
    first_nl = text.find("\n")
    title_end = first_nl if 0 <= first_nl < 300 else 0
    cues = maker.cues(text, title_end)
    out = []
    for c in cands:
        i = bisect.bisect_right(starts, c.num.start) - 1
        quoted = i >= 0 and quotes[i][0] <= c.num.start < quotes[i][1]
        out.append((c, maker.words(text, doc, c, title_end, quoted, cues)))
    return out
