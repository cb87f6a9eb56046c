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
  list line, the title's topic words;
- for a share, what it is of, as a class ("OF=voters" for "Prozent der
  Wahlberechtigten", "OFB=people" for "Die Frauen (18 Prozent)"); the clause's
  lemmas by class ("VC=gather", "VC=opinion", "VC=vote"), and a gathering named
  just before a count ("EVENT=crowd": "die Demonstration mit 1.000 Personen").
"""

from __future__ import annotations

import re

from factdesk.core.detect.scanner import Scanner

_NEAR = 3           # words right next to the number get their distance in the feature
_LEFT, _RIGHT = 10, 12
_NUMBER_WORD = "<num>"  # another number next to the candidate: its digits are no feature
_CONTEXT_CHARS = 300  # how far the sentence's cue words are looked for, each way
_AUX = frozenset("sein haben werden be have do get".split())
_PARTICIPLE_DE = re.compile(r"(?:\w+)?ge\w{3,}(?:t|en|te|ten|tes|tem)")
_CLAUSE_END = re.compile(r",(?!\d)|[;:()\[\]–—]|\s-\s")  # "1,000 adults", "1,5 Millionen": no clause end
_RELATIVE = re.compile(r"\s*(?:der|die|das|denen|deren|dessen|welche[rsmn]?|who|which|that|whom|whose)\b", re.IGNORECASE)
_VERSUS = re.compile(r"\s*(?:%|Prozent|percent|per cent)?\s*(?:to|zu)\s+\d")
_VERSUS_BEFORE = re.compile(r"(?:\d\s*(?:%|Prozent|percent|per cent)?\s*(?:to|zu)\s*)$")
_POINTS_AFTER = re.compile(r"[\s-]*(?:percentage\s+)?(?:points?|Punkte[n]?|Prozentpunkte[n]?|Prozentpunkt)\b",
                           re.IGNORECASE)
_AGE_AFTER = re.compile(r"[ -]?-?(?:jährig\w*|Jährige\w*|years?[ -]old\w*|year-olds?)", re.IGNORECASE)
# "held an impromptu news conference", "held talks": holding something, nobody held in custody
_HELD_ACTIVE = re.compile(r"held\s+(?:a|an|the|his|her|their|its|our|talks|meetings?|rall(?:y|ies)|protests?|"
                          r"elections?|votes?|banners?|placards?|signs?)\b", re.IGNORECASE)
# "aged 18 to 21", "aged 20 and 22": both numbers are ages
_AGE_BEFORE = re.compile(r"\b(?:aged|ages)\s+(?:between\s+|from\s+)?(?:\d+\s*(?:and|to|-|–)\s*)?$", re.IGNORECASE)
_ACRONYM = re.compile(r"[A-ZÄÖÜ]{2,5}|[A-ZÄÖÜ][a-zäöü]?[A-ZÄÖÜ]{1,4}")  # SPÖ, CDU, AfD, GOP
_CLOCK_AFTER = re.compile(r"\s?(?:Uhr\b|[ap]\.\s?m\.|[ap]m\b|o['’]clock\b|GMT\b|UTC\b|MEZ\b|MESZ\b)",
                          re.IGNORECASE)
_PARTY_TOKEN = re.compile(r"[A-ZÄÖÜ][\w]*(?:/[\w]+)+(?:-\w+)?|\w*[A-ZÄÖÜ]{2,}\w*-\w+")  # CDU/CSU, CDU/CSU/FDP-Lager
_OF_WORDS = frozenset("der des aller von vom unter den dem of among".split())
_AGED = ("olds", "jährige", "jährigen")  # "18 to 24 year olds", "der 18- bis 24-Jährigen": people
_EVENT_LINKS = frozenset("mit von with of".split())
_SHARE_NOUNS = frozenset("anteil quote share proportion percentage".split())
_PARTICLES = frozenset("zusammen teil auf ein mit an aus".split())
_URLISH = re.compile(r"(?:https?:|www\.|\.(?:de|com|ch|org|net|html?|php)\b|/)")


_CACHE_WORDS = 50_000  # a per-word cache is emptied when it holds more words (a long-running app)
_UNKNOWN = object()


def _remember(cache: dict, word: str, value):
    """Store `value` as `word`'s entry of a per-word cache (emptied when full); return it."""
    if len(cache) > _CACHE_WORDS:
        cache.clear()
    cache[word] = value
    return value


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
        from factdesk.core.detect.rules import WordSet, rules_for, words_rx

        from factdesk.core.detect.scanner import FUNCTION_DE, FUNCTION_EN

        self.sc = sc
        self.function = FUNCTION_DE if sc.lang == "de" else FUNCTION_EN
        self.measured_units = frozenset(sc.measure.values()) - {"points"}
        self.lemmas = lemma or {}
        # per-word results (pure functions of the word and the lexicons): news repeats its words,
        # and the lemma table's own lookup hashes the string on every call
        self._classes: dict[str, list[str]] = {}
        self._lemma_of: dict[str, str] = {}
        self._heads: dict[str, list[str]] = {}
        self._verbs: dict[str, str | None] = {}
        lex = rules_for(sc.lang).lexicon
        self.power_rx = re.compile(words_rx(lex["power_after"] + lex["power_before"] + lex["power_since_verbs"]),
                                   re.IGNORECASE)
        self.poll_rx = re.compile(words_rx(lex.get("poll_words", [])), re.IGNORECASE)
        self.econ_rx = re.compile(words_rx(lex["not_vote_words"]), re.IGNORECASE)
        self.tally = WordSet(lex.get("tally_nouns", []))
        self.owners = [(c, WordSet(ws)) for c, ws in lex.get("share_owners", {}).items()]
        self.verb_classes = {w: c for c, ws in lex.get("verb_classes", {}).items() for w in ws}
        self.crowd_events = WordSet(lex.get("crowd_event_nouns", []))
        self._owner_of: dict[str, str] = {}
        self._compound_heads = [w for ws in lex["type_nouns"].values() for w in ws] + list(lex["person_nouns"])

    def lemma(self, word: str) -> str:
        """The lookup lemma of `word`, lower-cased (the word itself when the table lacks it)."""
        got = self._lemma_of.get(word)
        if got is None:
            got = self.lemmas.get(word)
            if got is None:
                low = word.lower()
                got = self.lemmas.get(low, low)
            got = got.lower()
            _remember(self._lemma_of, word, got)
        return got

    def classes(self, word: str) -> list[str]:
        """Lexicon classes of one word: people, type nouns, time, measure, term, rank."""
        got = self._classes.get(word)
        if got is None:
            got = _remember(self._classes, word, self._word_classes(word))
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
        if low in self.tally:
            out.append("tally")
        return out

    def compound_head(self, word: str) -> list[str]:
        """The classes of the last part of a German compound ("Demonstrationsteilnehmern" -> crowd noun)."""
        got = self._heads.get(word)
        if got is None:
            got = _remember(self._heads, word, self._compound_head(word))
        return got

    def _compound_head(self, word: str) -> list[str]:
        low = word.lower()
        sc = self.sc
        for i in range(1, len(low) - 3):
            part = low[i:]
            t = sc.type_noun(part)
            if t:
                return ["noun_" + t]
            if part in sc.person_nouns:
                return ["person"]
        return []

    def verb_lemma(self, word: str) -> str | None:
        """The lemma of `word` when it looks like an inflected verb or participle, else None."""
        got = self._verbs.get(word, _UNKNOWN)
        if got is _UNKNOWN:
            got = _remember(self._verbs, word, self._verb_lemma(word))
        return got  # type: ignore[return-value]

    def _verb_lemma(self, word: str) -> str | None:
        if not word[:1].islower() or len(word) < 3:
            return None
        lem = self.lemma(word)
        if lem in self.function or lem in _AUX:
            return None
        if self.sc.lang == "de":
            if lem != word.lower() and lem.endswith(("en", "ern", "eln")):
                return lem
            if _PARTICIPLE_DE.fullmatch(word):
                return lem
            return None
        if lem != word.lower() and word.endswith(("ed", "ing", "s", "en", "n", "t")):
            return lem
        return None

    def head_words(self, text: str, end: int) -> list[str]:
        """The counted noun right after the number: its lemma, lexicon classes, ending and compound head."""
        from factdesk.core.detect.numeric_claims import _head

        _, head = _head(self.sc, self.sc.words_after(text, end), end)
        if head is None:
            return ["N=none"]
        word = head[2]
        lem = self.lemma(word)
        out = [f"N={lem}", f"NSUF={lem[-4:]}"]
        out += [f"NC={c}" for c in self.classes(word)]
        out += [f"NH={c}" for c in self.compound_head(word)]
        return out

    def clause_verbs(self, text: str, doc, ns: int, ne: int, ss: int, se: int) -> list[str]:
        """Lemmas of the verbs of the number's clause, wherever they stand ("VB=festnehmen").

        The clause runs from the last comma, colon or bracket before the number to
        the next one after it, through a relative clause that describes the counted
        people ("50.000 Menschen, die an den Märschen teilnahmen").
        """
        lo = ss
        for m in _CLAUSE_END.finditer(text, ss, ns):
            lo = m.end()
        hi = se
        m = _CLAUSE_END.search(text, ne, se)
        if m is not None:
            hi = m.start()
            if text[m.start()] == "," and _RELATIVE.match(text, m.end()):
                m2 = _CLAUSE_END.search(text, m.end(), se)
                hi = m2.start() if m2 is not None else se
        hi = min(hi, ne + 200)
        lo = max(lo, ns - 200)
        span = doc.char_span(lo, hi, alignment_mode="expand")
        if span is None:
            return []
        out = set()
        lemmas = []
        particles = []
        for t in span:
            if ns <= t.idx < ne:
                continue
            v = self.verb_lemma(t.text)
            if v is not None:
                out.add(f"VB={v}")
                lemmas.append(v)
            elif t.text[:1].isalpha():  # nouns too: "der gegenteiligen Auffassung"
                lem = self.lemma(t.text)
                if lem in _PARTICLES:
                    particles.append(lem)
                lemmas.append(lem)
        # what the verbs and words of the clause are about, as classes: taking part in a
        # gathering ("kamen ... zusammen", "trafen sich", "marched"), an opinion ("glauben",
        # "der Auffassung", "support"); a separable particle joins its verb ("zusammenkommen")
        for lem in lemmas + [p + v for p in particles for v in lemmas if p != v]:
            c = self.verb_classes.get(lem)
            if c is not None:
                out.add(f"VC={c}")
        return sorted(out)

    def _at_crowd_event(self, doc, ns: int) -> bool:
        """True when the number counts the people of a gathering named just before it:
        "die Demonstration mit nunmehr etwa 1.000 Personen", "a rally of some 5,000 people"."""
        span = doc.char_span(ns, ns + 1, alignment_mode="expand")
        if span is None:
            return False
        left = doc[max(0, span.start - 5):span.start]
        for i in range(len(left) - 1, 0, -1):
            if left[i].lower_ in _EVENT_LINKS:
                return left[i - 1].lower_ in self.crowd_events
        return False

    def owner_class(self, word: str) -> str:
        """What a share is of, as a class: votes, seats, voters, respondents, ballots, a party,
        other people, an amount (budget, growth) or a thing."""
        got = self._owner_of.get(word)
        if got is None:
            got = _remember(self._owner_of, word, self._owner_class(word))
        return got

    def _owner_class(self, word: str) -> str:
        low = word.lower()
        for c, ws in self.owners:
            if low in ws:
                return c
        if self.sc.lang == "de":  # the last part of a compound: "Austrittsbefürworter", "Briefwahlstimmen"
            for i in range(2, len(low) - 3):
                for c, ws in self.owners:
                    if low[i:] in ws and c != "party":
                        return c
        if _ACRONYM.fullmatch(word) or _PARTY_TOKEN.fullmatch(word):
            return "party"
        if self.sc.is_person(word) or self.compound_head(word) == ["person"] or low.endswith(_AGED):
            return "people"
        if self.econ_rx.fullmatch(word) or self.sc.money_context.fullmatch(word):
            return "amount"
        return "thing"

    def share_owner(self, doc, span, ss: int, se: int) -> tuple[str, str]:
        """What the share at token span `span` is of, and where that was read: ("voters", "of")
        for "76 Prozent der Wahlberechtigten", ("people", "bracket") for "Die Frauen (18 Prozent)",
        ("party", "left") for "SPD 28 Prozent"; ("none", "none") when nothing says.

        Looked for, in order: the noun after "der/des/von/of/among" (skipping adjectives,
        participles and numbers: "der etwa 39.000 Wahlberechtigten", "of likely voters"), the
        noun after "Anteil der"/"share of" earlier in the clause, the noun before a bracket
        the number opens, a party name or acronym just before the number.
        """
        de = self.sc.lang == "de"
        right = [t for t in doc[span.end:span.end + 8] if t.idx < se]
        if right and right[0].lower_ in _OF_WORDS:
            got = self._owner_after(right[1:], de)
            if got:
                return got, "of"
        if (de and len(right) > 1 and right[0].text[:1].islower() and right[1].text[:1].isupper()
                and self.lemma(right[0].text) not in self.function and self.verb_lemma(right[0].text) is None):
            # the share describes the noun after its adjective: "1,9 Prozent höheren Einnahmen"
            return self.owner_class(right[1].text), "of"
        left = [t for t in doc[max(0, span.start - 12):span.start] if t.idx >= ss]
        for i in range(len(left) - 1, -1, -1):
            t = left[i]
            if t.text in ",;:" and i < len(left) - 2:
                break
            if self.lemma(t.text) in _SHARE_NOUNS and i + 1 < len(left) and left[i + 1].lower_ in _OF_WORDS:
                got = self._owner_after(left[i + 2:], de)
                if got:
                    return got, "of"
        if span.start > 0 and doc[span.start - 1].text == "(" and left[-2:-1]:
            w = left[-2].text
            if w[:1].isupper() or (not de and w[:1].isalpha()):
                return self.owner_class(w), "bracket"
            if de:  # after a predicate: what the clause counts ("der Wahlzettel waren ungültig (1,6 Prozent)")
                for t in reversed(left[:-2]):
                    if t.text in ",;:(":
                        break
                    c = self.owner_class(t.text) if t.text[:1].isupper() else "thing"
                    if c not in ("thing", "amount", "people", "place"):
                        return c, "bracket"
        for t in left[-3:]:
            if t.text[:1].isalpha() and self.owner_class(t.text) == "party":
                return "party", "left"
        return "none", "none"

    def _owner_after(self, toks, de: bool) -> str | None:
        """The class of the noun a share is of, from the words after "der"/"of" (`toks`).

        German: the first capitalized word, unless a lower-case word before it says more
        ("der befragten älteren Wohnbevölkerung"); English: the first word of a known class
        before the phrase ends ("of Democratic primary voters"), else "thing".
        """
        fallback = None
        content = False
        for i, t in enumerate(toks[:5]):
            w = t.text
            if not w[:1].isalpha():
                if w[:1].isdigit():
                    continue
                break
            c = self.owner_class(w)
            if de:
                if w[:1].islower():
                    if c not in ("thing", "amount") and fallback is None:
                        fallback = c
                    continue
                return fallback if c in ("thing", "people") and fallback is not None else c
            if self.lemma(w) in self.function:
                if content:
                    break
                continue
            content = True
            if c == "people" and i + 1 < len(toks) and self.owner_class(toks[i + 1].text) == "respondents":
                return "respondents"  # "of the 1,000 adults quizzed", "of those people polled"
            if c != "thing":
                return c
        return fallback or ("thing" if content else None)

    def cues(self, text: str, title_end: int = 0) -> CueIndex:
        """Where the sentence-level cue words of `text` stand (one pass over the text per cue kind)."""
        sc = self.sc
        found = [(m.start(), "verb_" + m.lastgroup) for m in sc.verbs.finditer(text)
                 if not (m.lastgroup == "arrests" and _HELD_ACTIVE.match(text, m.start()))]
        found += [(m.start(), "vote") for m in sc.vote_rx.finditer(text)]
        found += [(m.start(), "power") for m in self.power_rx.finditer(text)]
        found += [(m.start(), "poll") for m in self.poll_rx.finditer(text)]
        found += [(m.start(), "econ") for m in self.econ_rx.finditer(text)]
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
        if cand.tentative:
            f.append("TENTATIVE")  # the rules' type rests on a topic word nearby only
        if cand.stop:
            f.append("STOP")  # the rules read an age, a date, a time or a reference
        if cand.rule is not None and cand.rule.type == "statistic" and cand.rule.unit in self.measured_units:
            f.append("MEASURED")  # "1.24-km", "300 Tonnen": a measurement (all 25 such candidates of train/ are)
        if cand.no_event:
            f.append("NOEVENT")  # "would save 65 lives", "eight protesters have been charged": no event's count
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
        if _VERSUS.match(text, ne) or _VERSUS_BEFORE.search(text, max(0, ns - 20), ns):
            f.append("VERSUS")  # "54 percent to 39 percent": a head-to-head poll or a tally
        if _POINTS_AFTER.match(text, ne) or _POINTS_AFTER.search(text[ns:ne]):
            f.append("POINTS")
        if _CLOCK_AFTER.match(text, ne):
            f.append("CLOCK")  # "ab 23.10 Uhr", "at 5 p.m.": a time of day, never a claim
        from factdesk.core.detect.numeric_claims import MARGIN_BEFORE

        if MARGIN_BEFORE.search(text, max(0, ns - 80), ns):
            f.append("MARGIN")  # a poll's margin of error: its precision, no share of votes
        age = _AGE_AFTER.match(text, ne)
        if (age and not sc.power_after.match(text, age.end())) or _AGE_BEFORE.search(text, max(0, ns - 24), ns):
            f.append("AGE")  # "zwei 25-Jährige", "a 42-year-old": the age of someone, never a claim itself
        f += self.head_words(text, ne)
        if self._at_crowd_event(doc, ns):
            f.append("EVENT=crowd")  # "eine Demonstration mit etwa 1.000 Personen", "a rally of 5,000"
        f += self.clause_verbs(text, doc, ns, ne, ss, se)
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
        if num.percent or num.kind == "fraction":
            # for a share the small words say much: "auf 9 Prozent", "mit 27 Prozent" (a result),
            # "um 3 Prozent" (a change), "Prozent der Stimmen" (of the votes)
            if left_l:
                f.append(f"PL1={left_l[-1]}")
            if right_l:
                f.append(f"PR1={right_l[0]}")
            # a party or candidate next to it: "die SPÖ auf 39 Prozent", "Clinton 46 percent"
            if any(_ACRONYM.fullmatch(w) for w in left[-4:] + right[:4]):
                f.append("PARTY")
            owner, where = self.share_owner(doc, span, ss, se)
            f.append("OF=" + owner)
            if where == "of":  # "Prozent der Ausgaben": the share's own complement names it
                f.append("OFG=" + owner)
            elif where == "bracket":  # "Die Frauen (18 Prozent)", "Griechenland (180 Prozent)"
                f.append("OFB=" + owner)
            # an opinion, intention or vote of the people a share counts is poll support; their
            # state or behaviour is a statistic (annotating.md, gde's survey decision)
            said = "VC=opinion" in f or "VC=vote" in f
            f.append(f"OFV={owner}/{'opinion' if said else 'other'}")
            if self.sc.lang == "en" and any(w[:1].isupper() and i > 0 and left[-i - 1:][0] not in ".!?"
                                            for i, w in enumerate(reversed(left[-4:]), start=0)):
                f.append("NAME")
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
                                      for c in self.classes(w) + self.compound_head(w)) else "COUNT")
        f.append("SHAPE=" + shape)
        f += [f"{shape}&{c}" for c in context if _informs(shape, c)]
        f += [f"{shape}&{w}" for w in f if w.startswith("VC=")]
        if (num.percent or num.kind == "fraction") and "VC=opinion" in f and any(
                c in ("SPOLL", "D=poll", "T=poll") for c in context):
            f.append("POLLED_OPINION")  # "22 Prozent teilen die Meinung" in a poll story: poll support
        return f


# Which cues a candidate's shape is crossed with: each topic informs the decision it is about.
# Election, poll and economy words decide between a vote share and a statistic for a
# percentage (or a count of points or votes); arrest, casualty and crowd words decide what a
# count of people is; power words what a time span is. A poll story's topic says nothing about
# "300 people were arrested" at a poll protest.
_TOPIC_OF_SHAPE = {
    "PCT": ("VOTE", "POLL", "ECON", "vote", "poll", "econ"),
    "COUNT": ("VOTE", "POLL", "ECON", "vote", "poll", "econ", "verb_", "=arrests", "=casualties", "=crowd_size"),
    "PEOPLE": ("verb_", "=arrests", "=casualties", "=crowd_size"),
    "TIME": ("POWER", "power"),
    "YEARLIKE": ("POWER", "power"),
    "ORD": ("POWER", "power", "VOTE", "vote"),
}


def _informs(shape: str, cue: str) -> bool:
    return any(k in cue for k in _TOPIC_OF_SHAPE.get(shape, ()))


def quoted_ranges(text: str, lang: str) -> list[tuple[int, int]]:
    """(start, end) of every stretch inside quotation marks, in order."""
    from factdesk.core.detect.quotes import find_quotations

    return [(q.start, q.end) for q in find_quotations(text, lang)]


def candidates_with_words(text: str, lang: str, doc, maker, cands=None,
                          context=None) -> list[tuple[object, list[str]]]:
    """The number candidates of `text` (tokenized as `doc`), each with its feature words.

    `maker` is a FeatureMaker, or a function returning one (called only when
    there are candidates); `cands` the candidates when they are known already,
    `context` all candidates of the text when `cands` is a part of them.
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
    counted = _people_counts(context or cands)
    out = []
    for c in cands:
        i = bisect.bisect_right(starts, c.num.start) - 1
        quoted = i >= 0 and quotes[i][0] <= c.num.start < quotes[i][1]
        words = maker.words(text, doc, c, title_end, quoted, cues)
        if "N=none" in words:
            # a number with no counted noun counts what the count just before it counted: "die
            # Polizei sprach von 100.000 Demonstranten, die Veranstalter von 150.000", "rund 200
            # Personen, deren Anzahl auf 1.200 anstieg", "Twelve migrants set off. Eight made it"
            j = bisect.bisect_left(counted[0], c.num.start) - 1
            if j >= 0 and c.num.start - counted[0][j] <= _ELIDED_CHARS:
                words.append("ELIDED=" + counted[1][j])
        out.append((c, words))
    return out


_ELIDED_CHARS = 300


def _people_counts(cands) -> tuple[list[int], list[str]]:
    """(end, type) of every candidate the rules read as a count of people, in text order."""
    ends, types = [], []
    for c in cands:
        r = c.rule
        if r is not None and r.unit == "people":
            ends.append(c.num.end)
            types.append(r.type)
    return ends, types
