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
from factdesk.core.detect.rules import WordSet, factor_alternatives, first_letters, rules_for, trie_rx, words_rx

_WORD = re.compile(r"[^\W_](?:[\w’']*[^\W_])?(?:-[^\W_][\w’']*)*|[^\w\s]")
# Words that end the search for the noun a number counts ("five of the", "drei in der").
FUNCTION_EN = frozenset("""of in at on for to from with by and or but was were is are be been being have has had
will would could should can may might must that which who whom whose the a an this these those its his her their
our your my as than after before during since until over under into about against between among per not also
said says according while when where if then so just only even still""".split())
FUNCTION_DE = frozenset("""und oder aber sowie als wie von vom der die das den dem des ein eine einen einem einer
in im an am auf aus bei mit nach seit zu zum zur für über unter vor hinter neben zwischen durch gegen ohne um
ist sind war waren wird werden wurde wurden hat haben hatte hatten sei seien soll sollen kann können muss müssen
nicht auch noch nur schon bereits davon dafür damit pro je jeweils insgesamt""".split())
PARTITIVE = frozenset({"von", "der", "den", "aus", "of", "out"})


_CACHE_WORDS = 50_000  # a per-word cache is emptied when it holds more words (a long-running app)
_BETWEEN = re.compile(r"(?<![\w])(?:zwischen|between)\s+$", re.IGNORECASE)
_AND = re.compile(r"[ \u00a0]*(?:%|Prozent|percent)?[ \u00a0]+(?:und|and)[ \u00a0]+(?=\w)")
_SIGN = re.compile(r"(?:(?<![^\s(\[/:;])([-−+])|(?<![\w-])(minus|plus)[ -])$", re.IGNORECASE)
_SPACED_SIGN = re.compile(r"(?:^|\n|[(:;] ?|[(:;]\s)([-−+]) $")
_PLUS_OR_MINUS = re.compile(r"(?:plus|\+)[\s-]*(?:or|oder)?[\s-]*$", re.IGNORECASE)


def _sign_before(text: str, start: int) -> tuple[int, bool] | None:
    """(where the sign starts, whether it is negative) when a number at `start` is signed."""
    head = text[max(0, start - 8):start]
    m = _SIGN.search(head)
    if m is None:
        m = _SPACED_SIGN.search(text[max(0, start - 4):start])
        if m is None:
            return None
        return start - 2, m.group(1) != "+"
    word = (m.group(1) or m.group(2)).lower()
    pos = start - (len(head) - m.start())
    if word in ("-", "−", "minus") and _PLUS_OR_MINUS.search(text, max(0, pos - 12), pos):
        return None  # "plus or minus 3 points": a margin, no negative number
    return pos, word in ("-", "−", "minus")


_TITLE_PART = re.compile(r"[ \u00a0-]([A-Z][a-z]+)(?![\w-])")
_EN_TENS = frozenset("twenty thirty forty fifty sixty seventy eighty ninety".split())
_EN_DIGIT_WORDS = frozenset("one two three four five six seven eight nine".split())


def _continues(prev: str, nxt: str) -> bool:
    """True when English number word `nxt` can follow `prev` inside one number: tens take a unit
    ("forty seven"), any number word takes a multiplier ("two hundred"), a multiplier takes what
    it multiplies ("hundred fifty"). Two units or a unit and a teen never join ("Seven Eleven")."""
    if nxt in N.EN_MULTIPLIERS:
        return prev != nxt and (prev in N.EN_UNITS or prev in N.EN_MULTIPLIERS)
    if prev in _EN_TENS:
        return nxt in _EN_DIGIT_WORDS
    return prev in N.EN_MULTIPLIERS and nxt in N.EN_UNITS


def _title_case_compound(text: str, num: Num, word: str) -> None:
    """Extend a capitalised number word over the capitalised words that continue it, as headlines
    spell numbers ("Forty Seven Percent", "Two Hundred Protesters"); lower-case ones the word
    pattern takes itself. Only words that continue an English number join (`_continues`), so a
    name made of number words stays apart ("Seven Eleven stores")."""
    parts = re.split(r"[\s-]+", word.lower())
    end = num.end
    while (m := _TITLE_PART.match(text, end)) and _continues(parts[-1], m.group(1).lower()):
        parts.append(m.group(1).lower())
        end = m.end()
    if end > num.end:
        value = N.word_value(" ".join(parts), "en")
        if value is not None:
            num.end, num.value = end, value


_RANGE = re.compile(r"[ \u00a0]*(?:bis|–|-|to)[ \u00a0]*(?=\w)")
_BIS_ZU = re.compile(r"\s*bis\s+zu")
_TALLY_NOUN = re.compile(r"\s+(?:Stimmen|Gegenstimmen|votes|Mandate|Sitze|seats)\b", re.IGNORECASE)
_DOZEN = re.compile(r"[\s-]+(?:Dutzend|dozen)(?![\w])")
_WEITERE = re.compile(r"weitere[nmrs]?\s+")


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
    denomination: bool = False  # "500-Euro-Schein": names a note, asserts no amount


class Scanner:
    """The compiled rules of one language and the claim finder that uses them."""

    def __init__(self, lang: str) -> None:
        r = rules_for(lang)
        self.lang = lang
        lex, num = r.lexicon, r.numbers
        self.scales = {k.lower(): float(v) for k, v in num["scales"].items()}
        self.currencies = {k.lower(): v for k, v in num["currencies"].items()}
        self.subunits = {k.lower(): (v[0], float(v[1])) for k, v in num.get("subunits", {}).items()}
        words = [re.escape(w) for w in sorted(self.subunits, key=len, reverse=True) if len(w) > 1]
        # "50 cents", "4p on a bottle": hundredths of a currency; a bare "p" only right after the digits
        self.subunit_after = (re.compile(r"(?:[ \u00a0]?(" + "|".join(words) + r")|(p))(?![\w])(?!\.m)", re.IGNORECASE)
                              if self.subunits else None)
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
        self.not_crowd = WordSet(lex.get("not_crowd_nouns", []))
        self.not_crowd_endings = tuple(lex.get("not_crowd_endings", []))
        self.term_words = WordSet(lex["term_words"])
        self.count_nouns = WordSet(lex.get("count_nouns", []))
        self.money_context = re.compile(words_rx(lex.get("money_context_words", [])), re.IGNORECASE)
        # German compounds whose last part names money: "Nachtragskredite", "Mehrausgaben", "Betriebskosten"
        stems = sorted({w.rstrip("*") for w in lex.get("money_compound_suffixes", [])}, key=len, reverse=True)
        self.money_compound_rx = (re.compile(r"\b[A-ZÄÖÜ]\w+?(?:" + "|".join(map(re.escape, stems)) + r")\w*", re.IGNORECASE)
                                  if lang == "de" and stems else None)
        self.rank_words = WordSet(lex["rank_words"])
        self.rank_nouns = WordSet(lex["rank_nouns"])
        self.money_person = WordSet(lex["money_person_words"])
        self.measure = {k.lower(): v for k, v in lex["measure_units"].items()}
        self.time_units = {k.lower(): float(v) for k, v in lex["time_units"].items()}
        flags = re.IGNORECASE
        self.verbs = re.compile(r"\b(?:" + "|".join(f"(?P<{t}>{words_rx(ws)})" for t, ws in lex["type_verbs"].items()) + ")", flags)
        vb = lex.get("verb_before_types") or {}
        self.verb_before = (re.compile(r"(?<![\w-])(?:" + "|".join(f"(?P<{t}>{words_rx(ws, bounded=False)})"
                                                                for t, ws in vb.items()) + r")\s*$", flags)
                            if vb else None)
        parts = lex.get("vote_compound_parts") or []  # word endings: "Bundestagswahl", "Austrittsbefürworter"
        endings = [re.escape(p) for p in parts]
        self.vote_rx = re.compile(words_rx(lex["vote_words"]) + (r"|\w" + first_letters(endings)
                                                                 + "(?:" + factor_alternatives(endings) + r")\b"
                                                                 if parts else ""), flags)
        self.not_vote = WordSet(lex["not_vote_words"])
        self.party_words = WordSet(lex.get("share_owners", {}).get("party", []))
        self.crowd_events = WordSet(lex.get("crowd_event_nouns", []))
        self.power_after = re.compile(r"\s*(?:" + words_rx(lex["power_after"], bounded=False) + r")(?![\w])", flags)
        self.power_before = re.compile(words_rx(lex["power_before"]) + r"\s*$", flags)
        self.power_since = re.compile(words_rx(lex["power_since_verbs"]) + r"[^.!?;]{0,40}?\b(?:seit|since|from)\s*$",
                                      flags)
        self.money_before = re.compile(words_rx(lex["money_nouns"])
                                       + r"(?:\s+(?:von|in\s+Höhe\s+von|of))?\s*$", flags)
        self.scale_rx = re.compile(r"[\s\u00a0\u202f\u2009]*-?\s*(" + words_rx(list(self.scales)) + r")", flags)
        cur_words = sorted(self.currencies, key=len, reverse=True)
        self.currency_after = re.compile(r"[\s\u00a0\u202f\u2009]*-?(" + "|".join(
            re.escape(c) + (r"(?![\w])" if c[-1].isalnum() else "") for c in cur_words) + r")", flags)
        self.percent_rx = re.compile(r"[\s\u00a0\u202f\u2009]*(" + "|".join(
            re.escape(p) if not p[0].isalpha() else rf"-?{re.escape(p)}(?![\w])"
            for p in sorted(num["percent_words"], key=len, reverse=True)) + ")", flags)
        self.stop_after = re.compile(r"\s*(?:" + words_rx(num["stop_after"], bounded=False) + r")(?![\w])", flags)
        self.candidates = self._candidate_rx(num, lex)
        # per-word answers of type_noun and is_person (pure functions of the word and the lexicons)
        self._type_of: dict[str, str | None] = {}
        self._persons: dict[str, bool] = {}

    def _candidate_rx(self, num: dict, lex: dict) -> tuple[re.Pattern[str], ...]:
        """Three patterns whose matches together are the candidates: digits, currency
        signs before digits, and words. `re` tries every branch at every position, so
        each pattern opens with a cheap test and all words form a single trie; the
        kind of a matched word is looked up afterwards (`read`)."""
        short = [s for s in self.scales if s.isalpha() and len(s) <= 2] if self.lang == "en" else []
        scales = trie_rx([s for s in self.scales if s.isalpha()] + [s.upper() for s in short], both_cases=False)
        prefixes = num["currency_prefixes"]
        symbols = "".join(re.escape(p) for p in prefixes if len(p) == 1 and not p.isalnum())
        self.cur_words = {p.lower() for p in prefixes if not (len(p) == 1 and not p.isalnum())}
        self.money_compounds = WordSet([f"{scale}{suffix.rstrip('*')}*" for scale in ("millionen", "milliarden", "billionen",
                                                                                  "multimillionen", "multimilliarden")
                                        for suffix in lex["money_compound_suffixes"]])
        rank_prefixes = ["zweit", "dritt", "viert", "fünft", "sechst", "siebt", "acht", "neunt", "zehnt"]
        rank_suffixes = ["größt", "stärkst", "platziert", "höchst", "wichtigst", "reichst", "best", "ältest", "meist",
                         "kleinst", "grösst", "bevölkerungsreichst", "mächtigst", "beliebtest"]
        self.rank_words_de = WordSet([p + r + "*" for p in rank_prefixes for r in rank_suffixes])
        words = list(num["vague_words"]) + lex["money_person_words"]
        cur_prefix = trie_rx([w for w in self.cur_words if w[:1].isalpha()]
                             + [w.upper() for w in self.cur_words if w[:1].isalpha()])
        if self.lang == "de":
            ordinals = [o + "e" + end for o in N.DE_ORDINALS for end in ("", "n", "m", "r", "s")]
            parts = [p for p in N.DE_CARDINAL_PARTS if p not in ("ein", "und")]
            words += ordinals + list(self.money_compounds.exact) + [p + "*" for p in self.money_compounds.prefixes]
            words += [p + "*" for p in self.rank_words_de.prefixes]
            words += [p + "+" for p in parts] + ["dutzend", "einhundert+", "eintausend+"]
            more = trie_rx(N.DE_CARDINAL_PARTS, both_cases=False)
            special = (r"(?P<fraction>[Dd]ie\s+Hälfte|[Dd]er\s+Hälfte|"
                       r"(?:[Ee]in(?:em)?|[Zz]wei|[Dd]rei)[\s-](?:Drittel|Viertel)n?|"
                       r"[Jj]ede[rsnm]?\s+(?i:zweite|dritte|vierte|fünfte|sechste|siebte|achte|neunte|zehnte)[nrs]?|"
                       r"halbe[nrs]?(?=\s+[A-ZÄÖÜ]))|"
                       r"(?P<one>[Ee]ine?[nmrs]?)\s+(?=(?:weitere[nmrs]?\s+)?"
                       r"(?:Million|Milliarde|Billion|Prozent|halbes\s+Dutzend|Dutzend)\b)")
        else:
            words += list(N.EN_ORDINALS) + [w + "+" for w in list(N.EN_UNITS) + list(N.EN_MULTIPLIERS)] + ["dozen"]
            more = r"[\s-]+(?:and\s+)?" + trie_rx(list(N.EN_UNITS) + list(N.EN_MULTIPLIERS), both_cases=False) + r"\b"
            special = (r"(?P<one>(?:[Aa]n?|[Hh]alf\s+a))\s+(?=(?:million|billion|trillion|dozen|hundred|thousand)\b)|"
                       r"(?P<fraction>[Hh]alf\s+of|(?:[Aa]|[Oo]ne|[Tt]wo)[\s-]thirds?\s+of|"
                       r"(?:[Aa]|[Oo]ne|[Tt]hree)[\s-]quarters?\s+of)")
        # The first digit is matched before the look-behind (which then looks past it), so that the
        # pattern starts with a digit and `re` skips every other character without trying it.
        # a dash right before the digit is a sign ("-0,7 Mrd.", "(-20)") unless it joins a word or
        # another number ("COVID-19", "2019-20", "5-7")
        # except after a sign word ("her minus-24 score") or in a hyphenated head-to-head ("86 percent-to-6 percent")
        pence = r"|(?=p(?![\w]))" if "p" in self.subunits else ""  # "4p on a bottle"
        digits = (rf"(?P<dig>\d(?<![\w.,/:#]\d)(?:(?<![\w.,/]-\d)|(?<=[Mm]inus-\d)|(?<=[Pp]lus-\d)|"
                  rf"(?<=percent-to-\d)|(?<=%-to-\d))(?<![\w.,/]–\d){N.DIGITS_AFTER_FIRST})"
                  rf"(?P<dsuf>{scales})?(?:(?![\w]){pence})")
        if self.lang == "en":
            digits += r"|(?P<ordd>\d(?<![\w.,/\-–:#]\d)\d{0,2}(?:st|nd|rd|th))\b"
        self.digits_rx = re.compile(digits)
        self.symbol_rx = re.compile(rf"(?P<cur>[{symbols}])[ \u00a0]?(?P<cdig>{N.DIGITS})"
                                    rf"(?:[ \u00a0]?-?(?P<csuf>{scales})(?![\w]))?")
        # A first-letter lookahead lets `re` drop most word starts before trying the trie.
        initials = {w[0] for w in words + list(self.cur_words) if w[:1].isalpha()} | set("EeDdZzHhAaOoTtJj")
        initials |= {c.upper() for c in initials}
        first = "".join(sorted(initials))
        self.word_rx = re.compile(rf"\b(?=[{first}])(?:(?P<curw>{cur_prefix})(?=[ \u00a0]?\d)|"
                                  rf"(?:{special}|(?P<w>{trie_rx(words, more=more)}))\b)")
        self.cur_digits = re.compile(rf"[ \u00a0]?(?P<cdig>{N.DIGITS})(?:[ \u00a0]?-?(?P<csuf>{scales})(?![\w]))?")
        return self.digits_rx, self.symbol_rx, self.word_rx

    def iter_candidates(self, text: str) -> list[re.Match[str]]:
        """All candidate matches of `text`, sorted by start."""
        found = list(self.digits_rx.finditer(text))
        found += self.symbol_rx.finditer(text)
        found += self.word_rx.finditer(text)
        found.sort(key=lambda m: m.start())
        return found

    def match_at(self, text: str, pos: int) -> re.Match[str] | None:
        """The candidate starting exactly at `pos`, if any."""
        return self.digits_rx.match(text, pos) or self.word_rx.match(text, pos)

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
                      currency=self.currencies.get(m.group("cur").lower().rstrip(".")) or
                      self.currencies.get(m.group("cur").lower()))
            if m.group("csuf"):
                num.scale = self.scales[m.group("csuf").lower()]
            return self._extend(text, num)
        if g in ("dig", "dsuf"):
            s = m.group("dig")
            value = N.parse_digits(s, lang)
            if value is None:
                return None
            num = Num(m.start(), m.end(), value, "card")
            num.year_like = len(s) == 4 and s.isdigit() and s[:2] in ("18", "19", "20")  # "19.5" is no year
            if m.group("dsuf"):
                num.scale = self.scales[m.group("dsuf").lower()]
            sign = _sign_before(text, m.start())
            if sign is not None:  # "-0,7 Mrd.", "+ 4 Getötete", "minus 45 Punkte": a signed change
                num.start, negative = sign
                num.year_like = False
                if negative:
                    num.value = -value
            return self._extend(text, num)
        word = m.group(g)
        if g == "w":
            g = self._word_kind(word)
        if g == "curw":
            return self._read_currency_word(text, m, word)
        if g == "one":
            num = Num(m.start(), m.end(), 1.0, "one")
            w = _WEITERE.match(text, m.end())
            if w:
                num.end = w.end()
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
            if lang == "en" and word[:1].isupper():
                _title_case_compound(text, num, word)
            d = _DOZEN.match(text, num.end, num.end + 12)  # "zwei Dutzend", "two dozen"
            if d:
                num.value = value * 12
                num.end = d.end()
            return self._extend(text, num)
        if g == "vague":
            num = Num(m.start(), m.end(), None, "vague")
            # "mehrere hundert", "einige Zehntausend": one vague number, not a vague word and a hundred
            d = re.match(r"\s+(?:Dutzend|Hundert|Tausend|Zehntausend|Hunderttausend)(?![\w])",
                         text[m.end():m.end() + 18], re.IGNORECASE)
            if d:
                num.end += d.end()
            return self._extend(text, num, allow_range=False)
        if g in ("ordinal", "ordd"):
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
            if low.startswith("jede"):  # "jeder Dritte": one in three
                n = N.ordinal_value(re.sub(r"[nrs]$", "", low.split()[1]) if not low.split()[1].endswith("te")
                                    else low.split()[1], lang)
                value = 1 / n if n else None
            elif value is None:
                n = N.word_value(low.split()[0].split("-")[0], lang) if not low.startswith("a") else 1.0
                if low.startswith("ein"):
                    n = 1.0
                value = (n or 1.0) * (1 / 3 if "third" in low or "drittel" in low else 0.25)
            return Num(m.start(), m.end(), value, "fraction")
        return None

    def _read_currency_word(self, text: str, m: re.Match[str], word: str) -> Num | None:
        """A currency written as a word before digits: "Rs 338 crore", "INR100-crore", "USD 5m"."""
        d = self.cur_digits.match(text, m.end())
        value = N.parse_digits(d.group("cdig"), self.lang) if d else None
        if value is None:
            return None
        low = word.lower()
        num = Num(m.start(), d.end(), value, "card", currency=self.currencies.get(low) or self.currencies.get(low.rstrip(".")))
        if d.group("csuf"):
            num.scale = self.scales[d.group("csuf").lower()]
        return self._extend(text, num)

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
            r = _RANGE.match(text, end, end + 8)
            if r is None and _BETWEEN.search(text, max(0, num.start - 12), num.start):
                r = _AND.match(text, end, end + 16)  # "zwischen 20 und 40", "between 3% and 5%"
            if r and not _BIS_ZU.match(text, end, end + 10):
                m2 = self.match_at(text, r.end())
                if m2 and (m2.lastgroup in ("dig", "dsuf") or (m2.lastgroup == "w" and self._word_kind(m2.group()) == "word")):
                    second = self.read(text, m2)
                    falling = (self.lang == "en" and second is not None and second.value is not None
                               and second.currency is None and num.value is not None and second.value < num.value)
                    # a range rises: "50 to 46 per cent" is a head-to-head, two numbers
                    if (second is not None and second.value is not None and not _TALLY_NOUN.match(text, second.end)
                            and not falling):
                        num.ranged = True
                        num.value = None
                        num.scale = num.scale or second.scale
                        num.currency = num.currency or second.currency
                        num.percent = second.percent
                        end = max(end, second.end)
                        num.end = end
                        return num
        sub = (self.subunit_after.match(text, end) if self.subunit_after is not None and num.currency is None
               and num.scale is None and num.value is not None and not num.percent else None)
        if sub and (sub.group(1) or num.value < 100) and (sub.group(1) or "").lower() in self.subunits | {"": 0}:
            code, fraction = self.subunits[(sub.group(1) or sub.group(2)).lower()]
            num.currency, num.value, num.end = code, round(num.value * fraction, 9), sub.end()
            return num
        c = self.currency_after.match(text, end)
        if c and text.startswith("-", c.end()) and c.group(0).lstrip()[:1] == "-":
            num.denomination = True
        if c and num.currency is None:
            num.currency = self.currencies[c.group(1).lower()]
            end = c.end()
        elif not num.currency:
            p = self.percent_rx.match(text, end)
            if p:
                num.percent = True
                end = p.end()
        if num.scale and num.scale < 1e6:
            s2 = self.scale_rx.match(text, end)  # Indian "12.5 lakh crore", "2 thousand crore"
            if s2 and self.scales[s2.group(1).lower()] >= 1e6 and len(s2.group(1)) > 1:
                num.scale *= self.scales[s2.group(1).lower()]
                end = s2.end()
                c = self.currency_after.match(text, end)
                if c and num.currency is None:
                    num.currency = self.currencies[c.group(1).lower()]
                    end = c.end()
        if num.scale and num.value is not None:
            num.value = float(f"{num.value * num.scale:.12g}")
        num.end = end
        return num

    def _word_kind(self, word: str) -> str | None:
        """What a word from the word trie is: vague, ordinal, rank, mcomp, mperson, cur or word."""
        low = word.lower()
        if low in self.vague:
            return "vague"
        if low in self.cur_words:
            return "cur"
        if N.ordinal_value(low, self.lang):
            return "ordinal"
        if self.lang == "de":
            if low in self.rank_words_de:
                return "rank"
            if low in self.money_compounds:
                return "mcomp"
        if low in self.money_person:
            return "mperson"
        return "word"

    # -- context helpers ---------------------------------------------------

    def words_after(self, text: str, pos: int, limit: int = 70, n: int = 8) -> list[tuple[int, int, str]]:
        """The first `n` words and punctuation marks after `pos` (within `limit` characters)."""
        out = []
        for m in _WORD.finditer(text, pos, min(len(text), pos + limit)):
            out.append((m.start(), m.end(), m.group()))
            if len(out) >= n:
                break
        return out

    def word_before(self, text: str, pos: int, n: int = 1) -> list[str]:
        """The `n` words right before `pos`, nearest last."""
        return _WORD.findall(text[max(0, pos - 30):pos])[-n:]

    def money_near(self, text: str, lo: int, hi: int) -> bool:
        """True when a word naming money stands in text[lo:hi] ("Kosten", "Nachtragskredite")."""
        if self.money_context.search(text, lo, hi):
            return True
        return self.money_compound_rx is not None and self.money_compound_rx.search(text, lo, hi) is not None

    def is_person(self, word: str) -> bool:
        """True when a noun names people."""
        got = self._persons.get(word)
        if got is None:
            if len(self._persons) > _CACHE_WORDS:
                self._persons.clear()
            got = self._persons[word] = self._is_person(word)
        return got

    def _is_person(self, word: str) -> bool:
        w = word.lower()
        if w in self.not_person:
            return False
        if w in self.person_nouns or any(t and w in t for t in self.type_nouns.values()):
            return True
        if self.lang == "en":
            if word[:1].isupper() and re.fullmatch(r"[A-Z][a-z]+(?:ians|ans|is|ese|ers|ists|s)", word) \
                    and not w.endswith("ss"):
                return True
        if "-" in w and self.is_person(word.rsplit("-", 1)[1]):
            return True  # "PKK-Kämpfer", "Hindu-Pilger"
        return w.endswith(self.person_suffixes) and len(w) > 5

    def type_noun(self, word: str) -> str | None:
        """The claim type a noun implies on its own ("Festnahmen" -> arrests), or None."""
        got = self._type_of.get(word, "")
        if got == "":
            if len(self._type_of) > _CACHE_WORDS:
                self._type_of.clear()
            got = next((t for t, ws in self.type_nouns.items() if word in ws), None)
            if got is None and self.lang == "de" and len(word) > 7:
                got = self._compound_type(word.lower())
            self._type_of[word] = got
        return got

    def _compound_type(self, low: str) -> str | None:
        """The type the last part of a German compound names: "Kriegsgefangene" (arrests),
        "Veranstaltungsteilnehmende" (crowd), "Verkehrstote" (casualties)."""
        for i in range(3, len(low) - 3):
            part = low[i:]
            if part.startswith(_AUDIENCE):
                return None  # "Fernsehzuschauer", "Museumsbesucher": an audience over time, no gathering
            for t, ws in self.type_nouns.items():
                if part in ws:
                    return t
        return None


_AUDIENCE = ("zuschauer", "besucher")


@lru_cache(maxsize=4)
def scanner(lang: str) -> Scanner:
    """The compiled scanner of `lang`."""
    return Scanner(lang)


def parse_number(phrase: str, lang: str) -> float | None:
    """Return the value of the first number phrase in `phrase` ("2,5 Millionen" -> 2500000.0), or None.

    Durations are not converted here; see `numbers.duration_years`.
    """
    sc = scanner(lang)
    for m in sc.iter_candidates(phrase):
        num = sc.read(phrase, m)
        if num is not None:
            return num.value
    return None
