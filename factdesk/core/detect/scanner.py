"""Find number candidates in raw text and read them (value, scale, currency, percent).

One compiled regex per language finds every candidate in the whole text
(digits, number words, vague quantity words, ordinals, money compounds,
fractions); `Scanner.read` then looks only at the characters right after a
candidate to extend it over scale words, ranges, currencies and percent
signs. The compiled lexicons used by the classifier live here too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from factdesk.core.detect import numbers as N
from factdesk.core.detect.rules import WordSet, rules_for, words_rx

_WORD = re.compile(r"[^\W_](?:[\w’']*[^\W_])?(?:-[^\W_][\w’']*)*|[^\w\s]")
_FUNCTION_EN = frozenset("""of in at on for to from with by and or but was were is are be been being have has had
will would could should can may might must that which who whom whose the a an this these those its his her their
our your my as than after before during since until over under into about against between among per not also
said says according while when where if then so just only even still""".split())
_FUNCTION_DE = frozenset("""und oder aber sowie als wie von vom der die das den dem des ein eine einen einem einer
in im an am auf aus bei mit nach seit zu zum zur für über unter vor hinter neben zwischen durch gegen ohne um
ist sind war waren wird werden wurde wurden hat haben hatte hatten sei seien soll sollen kann können muss müssen
nicht auch noch nur schon bereits davon dafür damit pro je jeweils insgesamt""".split())
_PARTITIVE = frozenset({"von", "der", "den", "aus", "of", "out"})
_AUX_EN = re.compile(r"(?:were|was|are|is|have\s+been|has\s+been|had\s+been|been|being|got|get|reportedly|"
                     r"also|all|later|allegedly|since|now|already)(?:\s+|$)", re.IGNORECASE)


@dataclass
class Num:
    """A number phrase found in the text."""

    start: int
    end: int
    value: float | None
    kind: str  # card, word, vague, ordinal, rank, mcomp, mperson, fraction, one
    currency: str | None = None
    percent: bool = False
    scale: float | None = None
    ranged: bool = False
    year_like: bool = False
    unit_word: str | None = None  # measure or time unit attached with a hyphen


class Scanner:
    """The compiled rules of one language and the claim finder that uses them."""

    def __init__(self, lang: str) -> None:
        r = rules_for(lang)
        self.lang = lang
        lex, num = r.lexicon, r.numbers
        self.scales = {k.lower(): float(v) for k, v in num["scales"].items()}
        self.currencies = {k.lower(): v for k, v in num["currencies"].items()}
        self.vague = WordSet(num["vague_words"])
        self.vague_people_only = WordSet(num["vague_people_only"])
        self.months = WordSet(num["months"])
        years_only = set(num.get("stop_before_years_only", []))
        self.stop_before = WordSet([w for w in num["stop_before"] if w not in years_only])
        self.stop_before_years = WordSet(list(years_only))
        self.type_nouns = {t: WordSet(ws) for t, ws in lex["type_nouns"].items()}
        self.person_nouns = WordSet(lex["person_nouns"])
        self.person_suffixes = tuple(lex["person_suffixes"])
        self.not_person = WordSet(lex["not_person_nouns"])
        self.term_words = WordSet(lex["term_words"])
        self.rank_words = WordSet(lex["rank_words"])
        self.rank_nouns = WordSet(lex["rank_nouns"])
        self.money_person = WordSet(lex["money_person_words"])
        self.measure = {k.lower(): v for k, v in lex["measure_units"].items()}
        self.time_units = {k.lower(): float(v) for k, v in lex["time_units"].items()}
        flags = re.IGNORECASE
        self.verbs = re.compile("|".join(f"(?P<{t}>{words_rx(ws)})" for t, ws in lex["type_verbs"].items()), flags)
        vb = lex.get("verb_before_types") or {}
        self.verb_before = (re.compile("|".join(f"(?P<{t}>{words_rx(ws, bounded=False)})" for t, ws in vb.items())
                                       + r"\s*$", flags) if vb else None)
        parts = lex.get("vote_compound_parts") or []
        self.vote_rx = re.compile(words_rx(lex["vote_words"]) + ("|(?:" + "|".join(map(re.escape, parts)) + ")"
                                                                 if parts else ""), flags)
        self.not_vote = WordSet(lex["not_vote_words"])
        self.power_after = re.compile(r"\s*(?:" + words_rx(lex["power_after"], bounded=False) + r")(?![\w])", flags)
        self.power_before = re.compile(words_rx(lex["power_before"]) + r"\s*$", flags)
        self.power_since = re.compile(words_rx(lex["power_since_verbs"]) + r"[^.!?;]{0,40}?\b(?:seit|since|from)\s*$",
                                      flags)
        self.money_before = re.compile(words_rx(lex["money_nouns"]) + r"\s*$", flags)
        self.scale_rx = re.compile(r"[\s\u00a0\u202f\u2009]*-?\s*(" + words_rx(list(self.scales)) + r")", flags)
        cur_words = sorted(self.currencies, key=len, reverse=True)
        self.currency_after = re.compile(r"[\s\u00a0\u202f\u2009]*-?(" + "|".join(
            re.escape(c) + (r"(?![\w])" if c[-1].isalnum() else "") for c in cur_words) + r")", flags)
        self.percent_rx = re.compile(r"[\s\u00a0\u202f\u2009]*(" + "|".join(
            re.escape(p) if not p[0].isalpha() else rf"-?{re.escape(p)}(?![\w])"
            for p in sorted(num["percent_words"], key=len, reverse=True)) + ")", flags)
        self.stop_after = re.compile(r"\s*(?:" + words_rx(num["stop_after"], bounded=False) + r")(?![\w])", flags)
        self.candidates = self._candidate_rx(num, lex)

    def _candidate_rx(self, num: dict, lex: dict) -> re.Pattern[str]:
        prefixes = sorted(num["currency_prefixes"], key=len, reverse=True)
        cur = "|".join((r"(?<![\w])" if p[0].isalpha() else "") + re.escape(p) for p in prefixes)
        scales = "|".join(re.escape(s) for s in sorted(self.scales, key=len, reverse=True) if s.isalpha())
        parts = [
            rf"(?P<cur>{cur})[ \u00a0]?(?P<cdig>{N.DIGITS})(?:[ \u00a0]?-?(?P<csuf>{scales})(?![\w]))?",
            rf"(?<![\w.,/\-–:#])(?P<dig>{N.DIGITS})(?P<dsuf>{scales})?(?![\w])",
        ]
        vague = words_rx(num["vague_words"])
        if self.lang == "de":
            parts += [
                r"(?<![\w-])(?P<one>[Ee]ine?[nmrs]?)\s+(?=(?:weitere[nmrs]?\s+)?"
                r"(?:Million|Milliarde|Billion|Prozent|halbes\s+Dutzend|Dutzend|Drittel|Viertel)(?![\w]))",
                rf"(?P<vague>{vague})",
                r"(?<![\w-])(?P<word>(?!(?:ein|eine|einen|und)(?![\w]))" + N.DE_CARDINAL + r")(?![\w])",
                r"(?<![\w-])(?P<ordinal>" + N.DE_ORDINAL + r")(?![\w])",
                r"(?<![\w-])(?P<rank>(?:zweit|dritt|viert|fünft|sechst|siebt|acht|neunt|zehnt)"
                r"(?:größt|stärkst|platziert|höchst|wichtigst|reichst|best|ältest|meist|kleinst|grösst|"
                r"bevölkerungsreichst|mächtigst|beliebtest)\w*)",
                r"(?<![\w-])(?P<mcomp>(?:[Mm]ulti)?(?:Millionen|Milliarden|Billionen)(?:"
                + words_rx([w for w in lex["money_compound_suffixes"]], bounded=False) + r"))(?![\w])",
                r"(?<![\w-])(?P<mperson>" + words_rx(lex["money_person_words"], bounded=False) + r")(?![\w])",
                r"(?<![\w-])(?P<fraction>(?:die|der)\s+Hälfte|(?:ein|zwei|drei)\s+(?:Drittel|Viertel)|"
                r"halbe[nrs]?(?=\s+[A-ZÄÖÜ]))(?![\w])",
            ]
        else:
            parts += [
                r"(?<![\w-])(?P<one>(?:[Aa]n?|[Hh]alf\s+a))\s+(?=(?:million|billion|trillion|dozen|hundred|thousand)(?![\w]))",
                rf"(?P<vague>{vague})",
                r"(?<![\w-])(?P<word>" + N.EN_CARDINAL + r"|dozen)(?![\w])",
                r"(?<![\w-])(?P<ordinal>" + N.EN_ORDINAL + r"|\d{1,3}(?:st|nd|rd|th))(?![\w])",
                r"(?<![\w-])(?P<mperson>" + words_rx(lex["money_person_words"], bounded=False) + r")(?![\w])",
                r"(?<![\w-])(?P<fraction>half\s+of|(?:a|one|two)[\s-]thirds?\s+of|(?:a|one|three)[\s-]quarters?\s+of)"
                r"(?![\w])",
            ]
        return re.compile("|".join(parts), re.IGNORECASE)

    # -- reading numbers -------------------------------------------------

    def read(self, text: str, m: re.Match[str]) -> Num | None:
        """Turn a candidate match into a Num (value, scale, currency, percent), or None."""
        g = m.lastgroup
        lang = self.lang
        if g in ("cdig", "csuf", "cur"):
            value = N.parse_digits(m.group("cdig"), lang)
            if value is None:
                return None
            num = Num(m.start(), m.end(), value, "card",
                      currency=self.currencies.get(m.group("cur").lower()))
            if m.group("csuf"):
                num.scale = self.scales[m.group("csuf").lower()]
            return self._extend(text, num)
        if g in ("dig", "dsuf"):
            s = m.group("dig")
            value = N.parse_digits(s, lang)
            if value is None:
                return None
            num = Num(m.start(), m.end(), value, "card")
            num.year_like = bool(re.fullmatch(r"(1[89]|20)\d\d", s))
            if m.group("dsuf"):
                num.scale = self.scales[m.group("dsuf").lower()]
            return self._extend(text, num)
        word = m.group(g)
        if g == "one":
            num = Num(m.start(), m.end(), 1.0, "one")
            nxt = re.match(r"\s*(?:weitere[nmrs]?\s+)?(halbes\s+)?dutzend|\s*dozen", text[m.end():m.end() + 30],
                           re.IGNORECASE)
            if word.lower().startswith("half"):
                num.value = 0.5
            if nxt:
                num.value = (6.0 if nxt.group(0).lower().count("halb") else 12.0) * (num.value or 1)
                num.end = m.end() + nxt.end()
                num.kind = "word"
            return self._extend(text, num)
        if g == "word":
            if word.lower() == "dozen":
                value = 12.0
            else:
                value = N.word_value(word, lang)
            if value is None:
                return None
            num = Num(m.start(), m.end(), value, "word")
            d = re.match(r"\s+Dutzend(?![\w])", text[m.end():m.end() + 12])
            if d:
                num.value = value * 12
                num.end += d.end()
            return self._extend(text, num)
        if g == "vague":
            num = Num(m.start(), m.end(), None, "vague")
            d = re.match(r"\s+(?:Dutzend|Hundert|Tausend)(?![\w])", text[m.end():m.end() + 12])
            if d:
                num.end += d.end()
            return self._extend(text, num, allow_range=False)
        if g == "ordinal":
            value = N.ordinal_value(word, lang)
            return Num(m.start(), m.end(), float(value), "ordinal") if value else None
        if g == "rank":
            value = N.ordinal_value(re.match(r"(zweit|dritt|viert|fünft|sechst|siebt|acht|neunt|zehnt)", word,
                                             re.IGNORECASE).group(1).lower() + "e", lang)
            return Num(m.start(), m.end(), float(value), "rank") if value else None
        if g == "mcomp":
            return Num(m.start(), m.end(), None, "mcomp")
        if g == "mperson":
            return Num(m.start(), m.end(), None, "mperson")
        if g == "fraction":
            low = word.lower()
            value = 0.5 if "hälfte" in low or "half" in low or low.startswith("halb") else None
            if value is None:
                n = N.word_value(low.split()[0].split("-")[0], lang) if not low.startswith("a") else 1.0
                value = (n or 1.0) * (1 / 3 if "third" in low or "drittel" in low else 0.25)
            return Num(m.start(), m.end(), value, "fraction")
        return None

    def _extend(self, text: str, num: Num, allow_range: bool = True) -> Num:
        """Extend a number over a following scale word, range, currency or percent sign."""
        end = num.end
        if num.scale is None:
            s = self.scale_rx.match(text, end)
            if s and not (s.group(1).lower() in ("m", "b", "k") and text[s.start(1) - 1].isspace()):
                num.scale = self.scales[s.group(1).lower()]
                end = s.end()
                if s.group(1).lower() in ("mio", "mrd", "tsd") and text.startswith(".", end):
                    end += 1
        if allow_range:
            r = re.match(r"[ \u00a0]*(?:bis|–|-|to)[ \u00a0]*(?=\w)", text[end:end + 8])
            if r and not re.match(r"\s*bis\s+zu", text[end:end + 10]):
                m2 = self.candidates.match(text, end + r.end())
                if m2 and m2.lastgroup in ("dig", "dsuf", "word"):
                    second = self.read(text, m2)
                    if second is not None and second.value is not None:
                        num.ranged = True
                        num.value = None
                        num.scale = num.scale or second.scale
                        num.currency = num.currency or second.currency
                        num.percent = second.percent
                        end = max(end, second.end)
                        num.end = end
                        return num
        c = self.currency_after.match(text, end)
        if c and num.currency is None:
            num.currency = self.currencies[c.group(1).lower()]
            end = c.end()
        elif not num.currency:
            p = self.percent_rx.match(text, end)
            if p:
                num.percent = True
                end = p.end()
        if num.scale and num.value is not None:
            num.value = num.value * num.scale
        num.end = end
        return num

    # -- context helpers ---------------------------------------------------

    def words_after(self, text: str, pos: int, limit: int = 120) -> list[tuple[int, int, str]]:
        """The words and punctuation marks after `pos` (a short window)."""
        return [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text, pos, min(len(text), pos + limit))]

    def word_before(self, text: str, pos: int, n: int = 1) -> list[str]:
        """The `n` words right before `pos`, nearest last."""
        window = text[max(0, pos - 40):pos]
        return [m.group() for m in _WORD.finditer(window)][-n:]

    def is_person(self, word: str) -> bool:
        """True when a noun names people."""
        w = word.lower()
        if w in self.not_person:
            return False
        if w in self.person_nouns or any(t and w in t for t in self.type_nouns.values()):
            return True
        if self.lang == "en":
            if word[:1].isupper() and re.fullmatch(r"[A-Z][a-z]+(?:ians|ans|is|ese|ers|ists|s)", word) \
                    and not w.endswith("ss"):
                return True
        return w.endswith(self.person_suffixes) and len(w) > 5

    def type_noun(self, word: str) -> str | None:
        """The claim type a noun implies on its own ("Festnahmen" -> arrests), or None."""
        for t, ws in self.type_nouns.items():
            if word in ws:
                return t
        return None


@lru_cache(maxsize=4)
def scanner(lang: str) -> Scanner:
    """The compiled scanner of `lang`."""
    return Scanner(lang)
