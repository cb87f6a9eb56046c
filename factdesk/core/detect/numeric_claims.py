"""Classify number candidates into numeric claims (vote_share, arrests, money, ...).

`find_claims(text, lang)` walks the candidates the Scanner finds and, for
each, looks at its unit (currency, percent, time, measure), the noun it
counts and the verbs around it in its sentence:

- currency or money compound           -> money
- percent                              -> vote_share in a voting context, else statistic
- time span + "an der Macht"/"in power" -> duration_in_power (years)
- ordinal + "Amtszeit"/"term"           -> term_count
- people + arrest / casualty / crowd noun or verb -> arrests / casualties / crowd_size
- any other counted noun, measure, rank or fraction -> statistic
and drops ages, dates, times, references ("Artikel 5") and bare years.
It is the first step of `run.STEPS`; the spaCy component in `component.py` runs it over the Doc's text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from factdesk.core.detect.numbers import DIGITS, EN_UNITS, duration_years, parse_digits, plausible
from factdesk.core.detect.qualifiers import EXACT, VAGUE, qualifier_before
from factdesk.core.detect.scanner import FUNCTION_DE, FUNCTION_EN, PARTITIVE, Num, Scanner, scanner
from factdesk.core.detect.sentences import SentenceIndex
from factdesk.core.model import DetectedClaim

# "Die Zahl der Toten stieg auf 48", "the number of arrests rose to 300", "the death toll reached 45"
_COUNT_SUBJECT = re.compile(r"(?:\b(?:Zahl|Anzahl)\s+der\s+([\w-]+)|\bnumber\s+of\s+([\w-]+)|"
                            r"\b(death\s+toll|toll|Todeszahl|Opferzahl|Totenzahl)|"
                            r"\b(deaths|fatalities|casualties|injuries|arrests|detentions)\s+(?=(?:ris|rose|climb|"
                            r"increas|jump|reach|total|stood|stand|hit|soar)\w*\s))"
                            r"[^.;:!?]{0,40}?\b(?:auf|bei|to|at|reached|stood\s+at|hit|climbed\s+to|rose\s+to)\s+$",
                            re.IGNORECASE)
_TALLY = re.compile(rf"\s*(?:zu|gegen|to|against|:)\s*(?:{DIGITS})\s+(Stimmen|Gegenstimmen|votes|Mandate|Sitze|seats)\b",
                    re.IGNORECASE)
_AMONG = re.compile(r"(?:unter\s+den|among\s+the)\s+([\w-]+)(?:\s+\w+)?\s*$", re.IGNORECASE)
_POINTS_END = re.compile(r"\s*(?:percentage\s+points?|Prozentpunkte[n]?)\b", re.IGNORECASE)
_POINTS = re.compile(r".*(?:punkte|punkten|points?)\b", re.IGNORECASE)
_DASH = re.compile(r"\s[–—-]\s")
_COUNT_WORD = re.compile(r"\d|\b(?:zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|zwanzig|dreißig|hundert|"
                         r"tausend|Hunderte|Tausende|Dutzende|mehrere|zahlreiche|einige)\b", re.IGNORECASE)
_JOINERS = r"(?:,|und|sowie|oder|darunter|einschließlich|inklusive)"
_JOIN_AFTER = re.compile(rf"\s*{_JOINERS}(?:\s*{_JOINERS})*\s*(?:[\w-]+\s+){{0,2}}", re.IGNORECASE)
_JOIN_BEFORE = re.compile(rf"[\d.,]*\s*(?:[\w-]+\s*){{0,3}}?{_JOINERS}(?:\s*{_JOINERS})*\s*(?:[\w-]+\s+){{0,2}}",
                          re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?]\s+[A-ZÄÖÜ\d]")  # a list number ("2.") starts a sentence too
# a legal threshold is a statistic (annotating.md): "5-Prozent-Hürde", "Fünfprozentklausel", "a 5% threshold"
_THRESHOLD_AFTER = re.compile(r"-?\s?(?:Hürde|Klausel|Sperrklausel|Schwelle|Grenze|Quorum|threshold|hurdle|quorum)\b",
                              re.IGNORECASE)
_DEGREE = re.compile(r"(?<![\w-])(?:zu|um|by)\s+(?:weiteren\s+)?$", re.IGNORECASE)
_COORDINATED = re.compile(r"\s*(?:,|and|und|sowie|&)\s+(?:[\w.,’'-]+\s+){0,4}", re.IGNORECASE)
_ANNIVERSARY = frozenset("anniversary birthday jubilee edition annual session season".split())
_CENTURY_COUNT = re.compile(r"\b(?:scor\w*|hit|hits|made|makes|struck|smash\w*|notch\w*|fifties|half-centur\w*|"
                            r"innings|runs|wickets|Tests?|ODIs?)\b", re.IGNORECASE)
# "spread/paid/invested over five years": "over" after a verb (not "for over", "of over") is "during"
_OVER_DURING = re.compile(r"\b(?!(?:last|took|tak|span|serv|rul|reign|liv|wait|stay|jail|sentenc)\w*\s)"
                          r"[a-z]+(?:ed|en|ent|ing|ead|aid|id|ut)\s+$")
_ONE_IN = re.compile(r"\b(?:one|1|eine[rs]?)\s+(?:in|out\s+of|von)\s+$", re.IGNORECASE)
# "Eight out of 10 voters", "roughly 2-in-3 voters", "nine times out of ten", "acht von zehn Wählern":
# a ratio, reported in percent (docs: annotating.md's fractions); the second number is part of it
_TALLY_NOUN = re.compile(r"\s+(?:\w+\s+)?(?:Sitze\w*|Mandate\w*|Stimmen|Gegenstimmen|seats?|votes?|ballots?|"
                         r"delegates?|electoral\s+votes)\b", re.IGNORECASE)
_RATIO_DIGITS = re.compile(r"\d{1,4}(?![\w.,%])")
_RATIO_AFTER = re.compile(r"(?:\s+times)?(?:\s+out\s+of\s+|\s+in\s+|-in-)(?=\S)", re.IGNORECASE)
_ANOTHER = re.compile(r"(?<![\w])(?:another|a\s+further|further|weitere[nm]?|nochmals|noch\s+einmal)\s+$",
                      re.IGNORECASE)
_OF_THEM = re.compile(r"\s+of\s+(?:them|those|these|whom)\b", re.IGNORECASE)  # "74 of those were arrested"
_ELIDED_AUX = re.compile(r"\s+(?:were|have\s+been|had\s+been|are|wurden|worden|sind|waren)\s+(?:schwer\s+|leicht\s+|"
                         r"seriously\s+|critically\s+|badly\s+|later\s+)?", re.IGNORECASE)
# a verb right after a number word with no noun: "Eight made it", "Three were", "Acht wurden"
_ELIDED_SUBJECT = re.compile(r"\s+(?:were|was|are|is|have|had|has|will|would|could|can|did|do|remain\w*|[a-z]{2,}ed|"
                             r"made|took|went|got|came|left|fled|won|lost|said|told|saw|became|began|fell|found|gave|"
                             r"held|kept|led|met|ran|sent|spent|stood|chose|drove|flew|grew|rose|fought|paid|sold|"
                             r"wurden|waren|sind|haben|hatten|konnten|blieben|schafften|kamen|starben|gingen|"
                             r"erhielten)\b")
# an object right after a verb that follows the counted people: active voice, they are its agents
_ACTIVE_OBJECT = re.compile(r"[ \u00a0]+(?:a|an|the|his|her|their|its|our|my|your|several|dozens|hundreds|\d[\d,.]*)\s",
                            re.IGNORECASE)
_CHARGED_AFTER = re.compile(r"[^.;:!?]*?\b(?:charged|indicted|prosecuted|convicted|acquitted|fined|plead\w*|"
                            r"summonsed|bailed)\b", re.IGNORECASE)
_DASHED_ASIDE = re.compile(r"\s+[-–—]\s[^-–—.;:!?\n]{1,60}?\s[-–—](?=\s)")
_PLACE_AFTER = re.compile(r"\s+(?:from|in)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}(?=[\s,])")
_AGED_AFTER = re.compile(r",?\s+aged\s+(?:between\s+)?\d+(?:\s*(?:and|to|-|–)\s*\d+)?,?", re.IGNORECASE)
_SPARED_BEFORE = re.compile(r"\b(?:save[sd]?|saving|prevent(?:s|ed|ing)?|avert(?:s|ed|ing)?|spare[sd]?|sparing)\s+$",
                            re.IGNORECASE)
_NAME_AFTER = re.compile(r"[ \u00a0](?!(?:Der|Die|Das|The|And|Und)\b)[A-ZÄÖÜ][\w’'-]+(?:[ \u00a0][A-ZÄÖÜ][\w’'-]+)?(?=[\s,.;:!?)]|$)")
_DIMENSION = re.compile(rf"\s*[x×]\s*(?:{DIGITS})(?:\s*[x×]\s*(?:{DIGITS}))?(?:\s*[A-Za-zÄÖÜäöü]+)?(?![\w])")
_CODE_AFTER = re.compile(r" [A-Z]{1,3}(?![\w])")  # "9 X", "5 GT"
# "die 25-Jährige" counts people of an age; "die 42-jährige Herrschaft" is a time span
_AGED_PEOPLE = re.compile(r"Jährige[nr]?")
_AGE_NOUN = re.compile(r"\d+-(?:jährige[nr]?|(?:year|yr)s?-olds)")  # "16-Jährige", "16-year-olds": people
# Numbers examined per document: far more than any article holds (the densest news
# has a few hundred); a table dump or crafted text stops here, so detection stays
# linear and takes seconds on any input. The rest of such a text gets no numeric claims.
MAX_CANDIDATES = 3000
_MONEY_MEMORY = 2500  # a bare "36,4 Millionen" is money when a currency was named this close before
_BIG_VAGUE = re.compile(r"(?:hundert|tausend|million|milliard|billion|thousand|hundred)", re.IGNORECASE)
_DE_PREPOSITIONS = frozenset("in im an am auf aus bei nach seit vor zum zur mit für von vom und".split())
_DE_ARTICLES = frozenset("der die das dem den des einer einem eines".split())
_PARTICIPLE = re.compile(r"(?:t|en|end)(?:e|en|er|em|es)$")  # festgenommenen, getötete, lebenden
_OPINION = re.compile(r"\s*(?:favou?rable|unfavou?rable|approve|disapprove|(?:have|had|hold|held)\s+an?\s+"
                      r"(?:positive|negative|favou?rable|unfavou?rable)\s+(?:view|opinion)|zufrieden|unzufrieden)\b",
                      re.IGNORECASE)
# "54 percent to 39 percent", "an 86 percent-to-6 percent margin"; one of the two may leave its
# percent out: "backed Clinton 46 percent to 29;", "a four-point lead – 50 to 46 per cent"
_VERSUS_AFTER = re.compile(r"[\s-]*(?:to|zu)[\s-]+(\d[\d.,]*)(?:\s*(?:%|percent|per\s+cent|Prozent)|"
                           r"(?=\s*(?:[;,.)]|in\b|lead\b|among\b|margin\b|$)))", re.IGNORECASE)
_VERSUS_BEFORE = re.compile(r"(\d[\d.,]*)\s*(?:%|percent|per\s+cent|Prozent)?[\s-]*(?:to|zu)[\s-]*$", re.IGNORECASE)
_SHARE_TO_BEFORE = re.compile(r"\d[\d.,]*\s*(?:%|percent|per\s+cent)[\s-]*to[\s-]*$", re.IGNORECASE)
# A poll's net rating, a signed difference of two shares: "36 percent negative (+7)" in brackets
# after the shares, or named as a score ("her minus-24 score", "a net approval of -12")
_SHARE_BEFORE = re.compile(r"(?:%|\bpercent|\bper\s+cent|\bProzent)(?:\s+[\w’'-]+){0,6}\s*$", re.IGNORECASE)
_NET_AFTER = re.compile(r"\s*(?:net\s+)?(?:score|rating|approval(?:\s+rating)?|favou?rability)\b", re.IGNORECASE)
_NET_BEFORE = re.compile(r"\bnet\s+(?:score|rating|approval(?:\s+rating)?|favou?rability)\s+(?:of|at|is|was)\s+$",
                         re.IGNORECASE)
_OPINION_WORDS = re.compile(r"\b(?:positive|negative|(?:un)?favou?rab\w+|(?:dis)?approv\w+|ratings?|opinions?)\b",
                            re.IGNORECASE)
_SIGNED = re.compile(r"[-−+]|minus|plus", re.IGNORECASE)
# "62 Prozent der Befragten", "percent of likely voters": a poll's share (docs: annotating.md)
_OF_RESPONDENTS = re.compile(r"\s+(?:der|of|of\s+the)\s+(?:befragten|bundesbürger\w*|wähler\w*|wahlberechtigten|"
                             r"respondents|voters|likely\s+voters|registered\s+voters|those\s+(?:polled|surveyed))\b",
                             re.IGNORECASE)
# a party or alliance right before a share: "SPD 28 Prozent", "die ÖVP auf 9,24 Prozent", "CDU/CSU über 59"
_PARTY_BEFORE = re.compile(r"(?<![\w-])(?:[A-ZÄÖÜ][a-zäöü]?[A-ZÄÖÜ]+(?:/[A-ZÄÖÜ][a-zäöü]?[A-ZÄÖÜ]+)*)"
                           r"(?:\s+(?:auf|mit|bei|über|kommt\s+auf|käme\s+auf|kam\s+auf|erreicht\w*|erhielt|"
                           r"won|got|took|on|at|with))?\s+$")
_TOPIC_CHARS = 1500
# the word right before a share, past a verb of reaching ("Die Linke 9,8 Prozent", "ein CDU/CSU/FDP-Lager
# über 36,3 Prozent", "ein Bündnis aus CDU/CSU/Grüne käme auf 50,3 Prozent")
_WORD_BEFORE_SHARE = re.compile(r"(?<![\w/-])([\w/-]+)(?:\s+(?:auf|mit|bei|über|kommt\s+auf|käme\s+auf|kam\s+auf|"
                                r"bekäme|bekommt|erreicht\w*|erhielt|won|got|took|on|at|with))?\s+$")
_PARTY_LIST = re.compile(r"[A-ZÄÖÜ][\w-]*/[A-ZÄÖÜ][\w/-]*")  # CDU/CSU, SPD/Grüne-Lager
# the start of a time in power named by its year (docs/annotating.md: "since he swept to power in 2014")
_CAME_TO_POWER = re.compile(r"\b(?:came|swept|rose|seized|took|grabbed|assumed|come|risen|seizing|taking)"
                            r"\s+(?:to\s+)?(?:power|office|the\s+presidency)\s+(?:in|after|with|through|via)\s+"
                            r"(?:(?:a|an|the|his|her|their)\s+)?(?:[\w-]+\s+){0,2}?$|"
                            r"\b(?:Machtübernahme|Machtergreifung|Amtsantritt|Amtsübernahme)\s+(?:im\s+Jahr\s+|im\s+)?$",
                            re.IGNORECASE)
# a poll's margin of error is its precision, not a share of votes: "plus or minus 3.1 percentage
# points", "a margin of error of 3 percent", "Fehlertoleranz von 2,5 Prozentpunkten"
MARGIN_BEFORE = re.compile(r"(?:margin\s+of\s+(?:sampling\s+)?error|sampling\s+error|error\s+margin|"
                           r"plus[\s-]+(?:or[\s-]+)?minus|±|\+/-|\+-|Fehler(?:spanne|toleranz|marge|bereich)|"
                           r"statistische\w*\s+(?:Unsicherheit|Ungenauigkeit))"
                           r"(?:\s+(?:of|was|is|von|liegt\s+bei|beträgt|bei|at|about|around|rund|etwa|"
                           r"plus[\s-]+(?:or[\s-]+)?minus))*\s*$", re.IGNORECASE)
_IDIOM_RANK_NOUNS = frozenset({"stelle", "position"})  # "an erster Stelle": "first of all", seldom a rank
_IDENTITY = re.compile(r"\b(?:Identität\w*|Personalien|identit(?:y|ies))\b", re.IGNORECASE)  # checked, not a crowd  # how far an election or poll word makes a head-to-head a vote share
_GEN_DE = frozenset("der des ihrer seiner ihres seines aller dieser jener unserer".split())
_POSSESSIVE_EN = frozenset("his her their its the our these those them us".split())
_DE_BREAK = frozenset("""und oder sowie als wie in im an am auf aus bei mit nach seit zu zum zur für über unter
vor hinter neben zwischen durch gegen ohne um ist sind war waren wird werden wurde wurden hat haben hatte hatten
sei seien soll sollen kann können muss müssen nicht auch noch nur schon bereits davon dafür damit pro je jeweils
insgesamt sich es er sie wir man bis""".split())


@dataclass
class _State:
    """What the walk through one document remembers: the last currency and scaled money."""

    currency: str | None = None
    currency_pos: int = -10**9
    money: tuple[int, int, float, str | None] | None = None  # (sentence start, end, scale, currency)
    claims: list[DetectedClaim] = field(default_factory=list)
    protest: bool | None = None  # is the story about a protest (crowd words in its title or often)?
    stopped: bool = False  # the last number read is an age, a date, a time or a reference
    tentative: bool = False  # the last number's type rests on a topic word nearby only
    no_event: bool = False  # the last number counts people no arrest, casualty or crowd is about


def _protest_story(text: str, sc: Scanner, st: _State) -> bool:
    """True when crowd words stand in the first line or at least three times in the text (once per text);
    a gathering named in the first line counts too ("Demonstration gegen das ASEM-Treffen")."""
    if st.protest is None:
        first = text.find("\n")
        title = text[:first] if 0 <= first < 300 else ""
        cues = [m for m in sc.verbs.finditer(text) if m.lastgroup == "crowd_size"][:3]
        nouns = [w for w in re.findall(r"\w+", title)
                 if sc.type_noun(w.lower()) == "crowd_size" or w.lower() in sc.crowd_events]
        st.protest = len(cues) >= 3 or any(m.start() < len(title) for m in cues) or bool(nouns)
    return st.protest


def find_claims(text: str, lang: str) -> list[DetectedClaim]:
    """Return the numeric claims the rules alone give for `text` ("de"/"en"), sorted by start.

    This is the rule baseline; detection proper (`find_candidates` plus the
    trained claim-type component) decides types from data.
    """
    return [c.rule for c in find_candidates(text, lang) if c.rule is not None]


@dataclass(slots=True)
class Candidate:
    """A number phrase of the text with what the rules read from it.

    `rule` is the claim the hand-written rules make of it (None when they drop
    it); `claim` is the span, value, unit and qualifier to report when the
    trained component keeps it, whatever type it chooses. `years` is the length
    in years when a time unit follows the number.
    """

    num: Num
    claim: DetectedClaim
    rule: DetectedClaim | None
    years: float | None = None
    stop: bool = False  # the rules read it as an age, a date, a time or a reference: seldom a claim
    tentative: bool = False  # the rules' type rests on a topic word near it only: the model decides
    no_event: bool = False  # people no event befell or gathered: lives saved, people charged; a statistic or nothing


def find_candidates(text: str, lang: str) -> list[Candidate]:
    """Every number phrase of `text` in language `lang` as a Candidate, sorted by start."""
    sc = scanner(lang)
    sents = SentenceIndex(text, lang)
    state = _State()
    out: list[Candidate] = []
    skip_until = 0
    for m in sc.iter_candidates(text):
        if m.start() < skip_until:
            continue
        if len(out) >= MAX_CANDIDATES:
            break
        num = sc.read(text, m)
        if num is None or not plausible(num.value):
            continue
        skip_until = num.end
        dim = _DIMENSION.match(text, num.end)
        if dim and num.kind == "card":  # "1.024 x 768 Pixel": a resolution or size, no count
            skip_until = dim.end()
            continue
        ratio = _ratio(text, num, sc)
        if ratio is not None:
            num, skip_until = ratio, ratio.end
        state.stopped = state.tentative = state.no_event = False
        claim = _classify(text, num, sc, sents, state)
        if claim is not None and not plausible(claim.value):
            claim = None
        if claim is not None:
            state.claims.append(claim)
        out.append(_candidate(text, num, sc, sents, claim))
        out[-1].stop = state.stopped
        out[-1].tentative = state.tentative
        out[-1].no_event = state.no_event
    return out


def _ratio(text: str, num: Num, sc: Scanner) -> Num | None:
    """`num` read as the first number of a ratio ("Eight out of 10", "2-in-3"): a Num of kind "ratio"
    whose value is the share in percent and whose span ends after the second number, else None."""
    if num.kind not in ("card", "word", "one") or num.value is None or num.percent or num.currency or num.scale:
        return None
    m = _RATIO_AFTER.match(text, num.end)
    if m is None or (m.group().strip().lower() == "in" and num.value != 1 and "-" not in m.group()):
        return None  # "two in Berlin": only "one in five" reads "in" as a ratio without hyphens
    digits = _RATIO_DIGITS.match(text, m.end())
    if digits:  # read here: the number scanner takes no digit right after a word's hyphen ("2-in-3")
        value, end = parse_digits(digits.group(), sc.lang), digits.end()
    else:
        second = sc.match_at(text, m.end())
        other = sc.read(text, second) if second is not None else None
        if other is None or other.kind != "word" or other.percent or other.scale or other.currency:
            return None
        value, end = other.value, other.end
    if value is None or not (num.value < value <= 1000):
        return None
    if _TALLY_NOUN.match(text, end):
        return None  # "328 von 547 Sitzen": counts of seats and votes are statistics of their own
    return Num(num.start, end, round(100 * num.value / value, 9), "ratio")


def _candidate(text: str, num: Num, sc: Scanner, sents: SentenceIndex, rule: DetectedClaim | None) -> Candidate:
    """The Candidate of `num`: the rule's claim when there is one, else the number and its counted noun."""
    qual, qs = qualifier_before(text, num.start, sc.lang)
    if num.kind == "vague" or num.ranged:
        qual = VAGUE
    words = sc.words_after(text, num.end, 40, 3)
    years = None
    if words and num.value is not None:
        i = 1 if words[0][2] == "-" and len(words) > 1 else 0
        unit = words[i][2].lower()
        if unit in sc.time_units and words[i][0] - num.end <= 2 and not _AGED_PEOPLE.fullmatch(words[i][2]):
            years = duration_years(num.value, sc.time_units[unit])
    if rule is not None:
        return Candidate(num, rule, rule, years)
    _, head = _head(sc, sc.words_after(text, num.end), num.end)
    end = head[1] if head is not None and head[0] - num.end <= 2 else num.end
    value = num.value
    unit = "percent" if num.percent else num.currency
    claim = _claim(text, sents, qs, end, "none", value, unit, qual)
    return Candidate(num, claim, None, years)


def _claim(text, sents, start, end, type_, value, unit, qual) -> DetectedClaim:
    start, end = _trim(text, start, end)
    s_start, s_end = sents.at(start)
    return DetectedClaim(start=start, end=end, text=text[start:end], type=type_, value=value, unit=unit,
                         qualifier=qual, sentence_start=min(s_start, start), sentence_end=max(s_end, end))


def _window(text: str, s: int, e: int) -> tuple[int, int]:
    """A cheap stand-in for the sentence around [s, e): from the last ". " (or "!", "?", newline)
    before to the next one after, at most 250 characters each way. Classification runs for
    every number, so it must not split sentences exactly; the claims get exact sentences."""
    lo, hi = max(0, s - 250), min(len(text), e + 250)
    a = max(text.rfind(". ", lo, s), text.rfind("! ", lo, s), text.rfind("? ", lo, s), text.rfind("\n", lo, s))
    ends = [i for i in (text.find(". ", e, hi), text.find("! ", e, hi), text.find("? ", e, hi), text.find("\n", e, hi))
            if i >= 0]
    return (a + 1 if a >= 0 else lo), (min(ends) + 1 if ends else hi)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (text[start].isspace() or text[start] in ",;:"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:-–("):
        end -= 1
    return start, end


def _classify(text: str, num: Num, sc: Scanner, sents: SentenceIndex, st: _State) -> DetectedClaim | None:
    lang = sc.lang
    s, e = num.start, num.end
    # cheap exits first: most ordinals and bare years are not claims
    if num.kind == "ordinal":
        return _ordinal(text, sents, sc, num, s, EXACT)
    if num.year_like and not (num.scale or num.currency or num.percent):
        since = sc.power_since.search(text, max(0, s - 80), s)
        if since and "." not in text[since.start():s].rstrip("."):
            return _claim(text, sents, since.start(), e, "duration_in_power", None, "years", EXACT)
        came = _CAME_TO_POWER.search(text, max(0, s - 60), s)
        if came:  # "seized power in a 2014 coup", "took office in 2019": time in power without a length
            return _claim(text, sents, came.start(), e, "duration_in_power", None, "years", EXACT)
        nxt = sc.words_after(text, e, 40, 1)
        if not (nxt and nxt[0][2][:1].isalpha() and (sc.is_person(nxt[0][2]) or sc.type_noun(nxt[0][2]))):
            return None
    if num.kind == "vague":
        qual, qs = VAGUE, s
        q2, q2s = qualifier_before(text, s, lang)
        if q2 != EXACT:
            qs = q2s
    else:
        qual, qs = qualifier_before(text, s, lang)
    if num.ranged:
        qual = VAGUE
    before = sc.word_before(text, qs, 3)
    pw = before[-1].lower() if before else ""
    if pw == "." and len(before) >= 2:
        pw = before[-2].lower() + "."  # "No. 20", "Nr. 5", "Art. 3"

    if num.kind in ("card", "word", "one") and not num.currency and not num.percent:
        if pw == "from" and (part := _part_of_last(text, st, num, qs)):
            return _claim(text, sents, qs, e, part, num.value, "people", qual)  # "deaths rose to 748 from 104"
        if _stopped(text, num, sc, pw, before):
            st.stopped = True
            return None

    # German "6. Amtszeit": a digit with a dot is an ordinal
    if lang == "de" and num.kind == "card" and text.startswith(".", e) and num.value is not None:
        nxt = sc.words_after(text, e + 1, 40)
        if nxt and nxt[0][2] in sc.term_words:
            return _claim(text, sents, qs, nxt[0][1], "term_count", num.value, "term", qual)
        if nxt and (nxt[0][2][:1].islower() or nxt[0][2].lower() in sc.months):
            return None

    sa, sb = _window(text, s, e)
    if num.currency:
        if num.denomination:
            return None
        return _money(text, sents, st, qs, e, num, qual, sa)
    if num.kind == "mperson" and (text[s - 1:s] == "-" or _NAME_AFTER.match(text, e)):
        return None  # "Red-Bull-Milliardär", "billionaire Elon Musk": a label naming a person, no amount
    if num.kind in ("mcomp", "mperson"):
        return _claim(text, sents, s, e, "money", None, None, VAGUE)
    if num.percent:
        return _percent(text, sents, sc, num, qs, qual, sa, sb, st)
    if num.kind == "card" and not num.scale and _SIGNED.match(text, s):  # "(+1,3 Mrd.)" is an amount
        net = _net_rating(text, sents, sc, num, sa, sb)
        if net is not None:
            return net
    if num.kind == "rank":
        nxt = sc.words_after(text, e, 30)
        end = nxt[0][1] if nxt and nxt[0][2][:1].isupper() else e
        return _claim(text, sents, s, end, "statistic", num.value, "rank", EXACT)
    if pw in sc.rank_nouns and num.value is not None:
        return _claim(text, sents, s - len(before[-1]) - 1, e, "statistic", num.value, "rank", EXACT)
    if num.kind == "fraction":
        nxt = sc.words_after(text, e, 40)
        if nxt and nxt[0][2][:1].isalpha():
            local = text[max(sa, s - 100):min(sb, e + 60)]
            if num.value is not None and sc.vote_rx.search(local) and nxt[0][2].lower() not in sc.not_vote:
                # "jeder Dritte", "two-thirds of voters": a share of voters or respondents, in percent
                return _claim(text, sents, qs, nxt[0][1], "vote_share", round(num.value * 100, 9), "percent", qual)
            return _claim(text, sents, qs, nxt[0][1], "statistic", num.value, "fraction", qual)
        return None

    if num.kind == "ratio":
        hi, head = _head(sc, sc.words_after(text, e), e)
        end = head[1] if head is not None else e
        local = text[max(sa, s - 100):min(sb, end + 60)]
        if sc.vote_rx.search(local) and not (head is not None and head[2].lower() in sc.not_vote):
            # "Eight out of 10 voters": a share of voters or respondents
            return _claim(text, sents, qs, end, "vote_share", num.value, "percent", qual)
        return _claim(text, sents, qs, end, "statistic", num.value, "percent", qual)
    ratio = _ONE_IN.search(text, max(0, s - 12), s)
    if ratio and num.value and num.value > 1 and not text[s:e].lower().startswith(("a ", "an ")):
        # "one in eight people": a ratio, 1/8 = 12.5 percent
        hi, head = _head(sc, sc.words_after(text, e), e)
        end = head[1] if head is not None else e
        return _claim(text, sents, ratio.start(), end, "statistic", round(100 / num.value, 6), "percent", qual)
    words = sc.words_after(text, e, 40, 2)  # the unit right after; _count reads further
    # hyphenated unit: "1.24-km", "45-strong", "2,300-mile", "26-year"
    if text.startswith("-", e) and words and len(words) > 1 and words[0][2] == "-":
        unit = words[1][2].lower()
        if unit in sc.time_units and not _AGED_PEOPLE.fullmatch(words[1][2]):
            return _duration(text, sents, sc, num, qs, qual, words[1][1], sc.time_units[unit], before)
        if unit in sc.measure:
            if sc.measure[unit] == "points" and _lead_in_points(text, sc, sents, num.start, words[1][1]):
                return _claim(text, sents, qs, words[1][1], "vote_share", num.value, "percentage points", qual)
            return _claim(text, sents, qs, words[1][1], "statistic", num.value, sc.measure[unit], qual)
    mb = None if num.scale else sc.money_before.search(text, max(sa, s - 40), qs)
    if mb and _head(sc, sc.words_after(text, e), e)[1] is None:  # "worth 2 points" counts points
        cur = st.currency if s - st.currency_pos < _MONEY_MEMORY else None
        return _claim(text, sents, mb.start(), e, "money", num.value, cur, qual)
    term = _term_noun(sc, sc.words_after(text, e, 60, 4)) if words and num.value is not None else None
    if term is not None and term[2].lower().endswith(("s", "en", "n")):
        # "served two terms", "two successive full terms", "zwei Amtszeiten": a count of terms, not the 2nd term
        return _claim(text, sents, qs, term[1], "term_count", num.value, "terms", qual)
    if words and words[0][2].lower() in sc.time_units and num.value is not None:
        return _duration(text, sents, sc, num, qs, qual, words[0][1], sc.time_units[words[0][2].lower()], before)
    if words and num.value is not None and words[0][2].lower() in sc.measure and words[0][0] - e <= 1:
        unit_word = words[0][2].lower()
        if sc.measure[unit_word] == "points" and _lead_in_points(text, sc, sents, num.start, words[0][1]):
            return _claim(text, sents, qs, words[0][1], "vote_share", num.value, "percentage points", qual)
        if not (lang == "en" and unit_word in ("m", "point", "points", "times") and num.value < 2):
            return _claim(text, sents, qs, words[0][1], "statistic", num.value, sc.measure[unit_word], qual)
    return _count(text, sents, sc, st, num, qs, qual, words, sa, sb, before)


def _stopped(text: str, num: Num, sc: Scanner, pw: str, before: list[str]) -> bool:
    """True for ages, dates, times, references and page numbers."""
    s, e = num.start, num.end
    if pw in sc.stop_before or (len(before) >= 2 and f"{before[-2]} {before[-1]}".lower() in sc.stop_before):
        return True
    if num.year_like and pw in sc.stop_before_years:
        return True
    stop = sc.stop_after.match(text, e)
    if stop:
        # an age ("der 42-jährige Mann") unless a time in power follows ("die 42-jährige Herrschaft")
        return not (stop.group().lstrip().startswith("-") and sc.power_after.match(text, stop.end()))
    if pw in sc.months or pw.rstrip(".") in sc.months:
        return True
    if (num.kind == "word" and text[s:s + 1].isupper() and before and before[-1] in ("the", "die", "der", "den")
            and re.match(r"\s+[A-Z][a-z]", text[e:e + 3])):
        return True  # "after the Thirteen Colonies": a capitalised number word after "the" names something
    if sc.lang == "en" and num.kind == "word" and text[s:s + 1].isupper() and _number_word_name(text, e, before, sc):
        return True  # "two Seven Eleven stores": capitalised number words inside running text name something
    if before and before[-1][:1].isupper() and _CODE_AFTER.match(text, e):
        return True  # "die G 9 X", "Airbus A 3 XL": a number inside a model name
    nxt = re.match(r"\.?\s*([A-Za-zÄÖÜäöüß]+\.?)", text[e:e + 16])
    if nxt and nxt.group(1).lower() in sc.months and num.value is not None and num.value <= 31:
        return True
    if re.match(r"[:.]\d\d(?!\d)", text[e:e + 4]) and num.kind == "card" and text[e] == ":":
        return True
    if s > 0 and text[s - 1] == ":" and s > 1 and text[s - 2].isdigit():
        return True
    if (s > 0 and text[s - 1] == "(" and text.startswith(")", e) and num.value is not None
            and 0 < num.value < 120 and not num.scale and text[s] != "+"):
        return True  # "Chol Ri-mun (50)": an age in brackets; "(-79 Mio.)" is a signed amount
    return False


_TITLE_WORD_AFTER = re.compile(r"[ \u00a0]([A-Z][a-z]+)\b")
# small words a title-case headline leaves in lower case ("Police Arrest Thirty in Riots")
_HEADLINE_SMALL = frozenset("a an the and as at but by for from in into of on or over than to up vs with".split())


def _number_word_name(text: str, e: int, before: list[str], sc: Scanner) -> bool:
    """True when a capitalised English number word is part of a name, not a number: the scanner joins
    the words that continue a number ("Forty Seven Percent"), so a capitalised number word next to it
    is another part of a name ("Seven Eleven"); and in running text, where only names are capitalised,
    a capitalised number word after a lower-case word and before a capitalised one ("two Seven Eleven
    stores"), unless what follows is something a number counts or measures ("cost Ten Times more", "Ten
    People"). Title-case headlines capitalise every word but the small ones, so they keep their numbers."""
    nxt = _TITLE_WORD_AFTER.match(text, e)
    prev = before[-1] if before else ""
    if prev[:1].isupper() and prev.lower() in EN_UNITS:
        return True
    if nxt is None:
        return False
    word = nxt.group(1).lower()
    if word in EN_UNITS:
        return True
    if (word in ("times", "percent") or word in sc.measure or word in sc.time_units or word in sc.scales
            or word in sc.currencies or word in sc.count_nouns or sc.is_person(word) or sc.type_noun(word)):
        return False
    return prev[:1].islower() and prev.isalpha() and prev not in _HEADLINE_SMALL


def _money(text, sents, st: _State, qs, e, num: Num, qual, sa) -> DetectedClaim:
    st.currency, st.currency_pos = num.currency, num.start
    if num.scale:
        st.money = (sa, e, num.scale, num.currency)
    return _claim(text, sents, qs, e, "money", num.value, num.currency, qual)


def _percent(text, sents, sc: Scanner, num: Num, qs, qual, sa, sb, st: _State) -> DetectedClaim:
    e = num.end
    margin = MARGIN_BEFORE.search(text, max(0, qs - 60), qs)
    if margin:
        end = _POINTS_END.match(text, e)
        return _claim(text, sents, margin.start(), end.end() if end else e, "statistic", num.value, "percent", EXACT)
    tail = text[e:e + 40]
    m = re.match(r"\s+(?:der|of\s+the|of)\s+(?:abgegebenen\s+|gültigen\s+|popular\s+)?(?:Stimmen|votes?|ballots?|"
                 r"Wählerstimmen|Zweitstimmen|Erststimmen|Sitze|seats)(?![\w])", tail, re.IGNORECASE)
    if m:
        return _claim(text, sents, qs, e + m.end(), "vote_share", num.value, "percent", qual)
    if _THRESHOLD_AFTER.match(text, e):  # "die 5-Prozent-Hürde", "a 5 percent threshold": a legal threshold
        return _claim(text, sents, qs, e, "statistic", num.value, "percent", qual)
    if _POINTS.match(text, num.start, e) and _lead_in_points(text, sc, sents, num.start, e):
        return _claim(text, sents, qs, e, "vote_share", num.value, "percentage points", qual)
    if _POINTS.match(text, num.start, e):  # a change in points is no share: "(by) 2.5 percentage points"
        return _claim(text, sents, qs, e, "statistic", num.value, "percentage points", qual)
    nxt = sc.words_after(text, e, 30)
    if nxt and nxt[0][2] in sc.not_vote and not (nxt[0][2].lower() == "margin" and _head_to_head(text, num, sc.lang)):
        return _claim(text, sents, qs, nxt[0][1], "statistic", num.value, "percent", qual)
    if _OPINION.match(text, e):  # "30 percent favorable", "43 Prozent zufrieden": poll support
        return _claim(text, sents, qs, e, "vote_share", num.value, "percent", qual)
    if (_head_to_head(text, num, sc.lang) or _OF_RESPONDENTS.match(text, e)
            or _PARTY_BEFORE.search(text, max(0, num.start - 40), num.start)
            or _party_word_before(text, num.start, sc)) and sc.vote_rx.search(text, max(0, num.start - _TOPIC_CHARS), min(len(text), e + _TOPIC_CHARS)):
        # "Clinton leads 54 percent to 39 percent": a head-to-head in an election or poll story
        return _claim(text, sents, qs, e, "vote_share", num.value, "percent", qual)
    if _DEGREE.search(text, max(0, qs - 8), qs):
        return _claim(text, sents, qs, e, "statistic", num.value, "percent", qual)
    window = text[max(sa, num.start - 100):min(sb, e + 60)]
    support = re.match(r"\s+(?:für|gegen|for|against|in\s+favou?r\s+of)\s+(?:den|die|das|the)?\s*\w+", tail,
                       re.IGNORECASE)
    if support and not sc.vote_rx.search(text, max(0, num.start - 300), min(len(text), e + 100)):
        support = None  # "4% for all EVs": support only where votes or polls are the topic
    local = text[max(sa, num.start - 60):min(sb, e + 40)]
    if support or (sc.vote_rx.search(window) and not any(w[2] in sc.not_vote for w in sc.words_after(local, 0, 200))):
        end = e + support.end() if support else e
        # an election or poll word nearby is no evidence of what the share is of: a share of
        # the women elected, of invalid ballots or of a budget stands next to one too
        st.tentative = support is None
        return _claim(text, sents, qs, end, "vote_share", num.value, "percent", qual)
    return _claim(text, sents, qs, e, "statistic", num.value, "percent", qual)


_EVENT_WITH = re.compile(r"([\w-]+)\s+(?:mit|von|with|of)\s+(?:[a-zäöü]\w*\s+){0,2}$")


def _at_crowd_event(text: str, sc: Scanner, sa: int, qs: int) -> bool:
    """True when a gathering is named right before the count: "Kundgebung mit inzwischen rund"."""
    m = _EVENT_WITH.search(text, max(sa, qs - 60), qs)
    return m is not None and m.group(1).lower() in sc.crowd_events


def _party_word_before(text: str, start: int, sc: Scanner) -> bool:
    """True when a party, an alliance of parties or "others" stands right before a share:
    a party list or a poll's blocs ("Die Linke 9,8 Prozent", "sonstige 6,2 Prozent")."""
    m = _WORD_BEFORE_SHARE.search(text, max(0, start - 50), start)
    if m is None:
        return False
    word = m.group(1)
    return bool(_PARTY_LIST.fullmatch(word)) or word.lower() in sc.party_words \
        or ("-" in word and word.rsplit("-", 1)[1].lower() in sc.party_words)


# the gap between two candidates or parties ("a four-point lead", "19.5 points ahead", "her advantage has
# narrowed to three points", "Lead Over Trump Shrinks to 3 Points")
_LEAD_AFTER = re.compile(r"[\s-]*(?:lead|advantage|margin|edge|gap|ahead|behind|clear)\b(?!\s+of\s+error)", re.IGNORECASE)
_LEAD_BEFORE = re.compile(r"\b(?:lead\w*|led|advantage|margin|edge|gap|ahead|behind|trail\w*|narrow\w*|widen\w*|shr[iu]nk\w*|"
                          r"wins?|won|beat\w*)\b[^.;:!?()]{0,40}$", re.IGNORECASE)


_LEAD_CONTEXT = re.compile(r"\b(?:polls?|polling|pollsters?|surveys?|votes?|voters?|voting|elections?|electoral|ballots?|"
                           r"primar(?:y|ies)|candidates?|nominees?|percent|per\s+cent)\b|%", re.IGNORECASE)


_TERM_ADJECTIVES = frozenset("consecutive successive straight full presidential more further additional".split())


def _term_noun(sc: Scanner, words: list[tuple[int, int, str]]) -> tuple[int, int, str] | None:
    """The term noun a number counts, right after it or after adjectives of succession
    ("two successive full terms", "three more terms"), else None."""
    for w in words:
        if w[2] in sc.term_words:
            return w
        if w[2].lower() not in _TERM_ADJECTIVES:
            return None
    return None


def _lead_in_points(text: str, sc: Scanner, sents: SentenceIndex, s: int, end: int) -> bool:
    """True for a lead in points in an election or poll story: the gap between two shares of the vote,
    which annotating.md counts as a vote share (a poll's margin of error stays a statistic)."""
    if sc.lang != "en" or MARGIN_BEFORE.search(text, max(0, s - 60), s):
        return False
    sa, sb = sents.at(s)
    if not (_LEAD_AFTER.match(text, end) or _LEAD_BEFORE.search(text, max(sa, s - 60), s)):
        return False
    return bool(_LEAD_CONTEXT.search(text, sa, sb))


def _net_rating(text, sents, sc: Scanner, num: Num, sa: int, sb: int) -> DetectedClaim | None:
    """A poll's net rating (`_NET_AFTER`, `_SHARE_BEFORE`): a vote share in an election or poll story, else a
    statistic, in percentage points with its sign; None for any other signed number."""
    s, e = num.start, num.end
    after = _NET_AFTER.match(text, e)
    bracketed = text[s - 1:s] == "(" and text.startswith(")", e) and _SHARE_BEFORE.search(text, max(sa, s - 80), s - 1)
    if not (after or bracketed or _NET_BEFORE.search(text, max(sa, s - 40), s)):
        return None
    vote = sc.vote_rx.search(text, sa, sb) or _OPINION_WORDS.search(text, sa, sb)
    return _claim(text, sents, s, after.end() if after else e, "vote_share" if vote else "statistic", num.value,
                  "percentage points", EXACT)


def _head_to_head(text: str, num: Num, lang: str) -> bool:
    """True for a share paired with a smaller one: "54 percent to 39 percent" (a range rises: "3% to 3.5%")."""
    after = _VERSUS_AFTER.match(text, num.end)
    if after:
        other = parse_digits(after.group(1), lang)
        return other is not None and num.value is not None and other <= num.value
    before = _VERSUS_BEFORE.search(text, max(0, num.start - 24), num.start)
    if before:
        other = parse_digits(before.group(1), lang)
        return other is not None and num.value is not None and other >= num.value
    return False


def _ordinal(text, sents, sc: Scanner, num: Num, qs, qual) -> DetectedClaim | None:
    e = num.end
    nxt = sc.words_after(text, e, 50)
    i = 1 if nxt and nxt[0][2] == "-" else 0
    for j in range(i, min(i + 2, len(nxt))):
        w = nxt[j][2]
        if w in sc.term_words:
            return _claim(text, sents, num.start, nxt[j][1], "term_count", num.value, "term", EXACT)
        if w in sc.rank_words or (w in sc.rank_nouns and w.lower() not in _IDIOM_RANK_NOUNS):
            # "zweitgrößte Partei" runs to the noun ranked; "den ersten Platz", "second place" end at their noun
            noun = w in sc.rank_nouns
            end = nxt[j + 1][1] if not noun and j + 1 < len(nxt) and nxt[j + 1][2][:1].isalpha() else nxt[j][1]
            return _claim(text, sents, num.start, end, "statistic", num.value, "rank", EXACT)
        if not w[:1].isalpha() or w.lower() not in ("consecutive", "straight", "successive", "weitere",
                                                       "aufeinanderfolgende", "full", "presidential"):
            break
    if sc.lang == "en" and re.search(r"[’']s\s+$", text[max(0, num.start - 4):num.start]) and nxt:
        if nxt[0][2][:1].isupper() or nxt[0][2].lower() in _ANNIVERSARY:
            return None  # "India's 79th Independence Day", "the party's 100th anniversary": a count of years, no rank
        # "India's first emergency landing facility": a record, checkable
        end = nxt[min(2, len(nxt) - 1)][1] if all(w[2][:1].isalpha() for w in nxt[:3]) else nxt[0][1]
        return _claim(text, sents, num.start, end, "statistic", num.value, "rank", EXACT)
    return None


def _duration(text, sents, sc: Scanner, num: Num, qs, qual, unit_end, unit_years, before) -> DetectedClaim | None:
    if unit_years < 1 / 366:
        return None  # hours, minutes, seconds: a lap time or a delay, never a time span in years
    if unit_years >= 100 and _CENTURY_COUNT.search(text, max(0, qs - 40), min(len(text), unit_end + 40)):
        return None  # "scored one century and five fifties": a cricket hundred is a count, no time span
    if qual == "more_than" and text[qs:qs + 4].lower() == "over" and _OVER_DURING.search(text, max(0, qs - 30), qs):
        qual, qs = EXACT, num.start  # "spread over five years": "over" means "during", no hedge
    years = duration_years(num.value, unit_years) if num.value is not None else None
    after = sc.power_after.match(text, unit_end)
    if after:
        start = qs
        b = re.search(r"(?:nach|after|seit|for|since|in)\s+$", text[max(0, qs - 8):qs], re.IGNORECASE)
        if b:
            start = qs - (len(text[max(0, qs - 8):qs]) - b.start())
        return _claim(text, sents, start, after.end(), "duration_in_power", years, "years", qual)
    pb = sc.power_before.search(text, max(0, qs - 60), qs)
    if pb:
        return _claim(text, sents, pb.start(), unit_end, "duration_in_power", years, "years", qual)
    if num.kind == "vague" or years is None:
        return None
    return _claim(text, sents, qs, unit_end, "duration", years, "years", qual)


def _head(sc: Scanner, words: list[tuple[int, int, str]], e: int) -> tuple[int, tuple[int, int, str] | None]:
    """Find the noun a number counts; returns (index, word) or (-1, None)."""
    if not words or words[0][0] - e > 2:
        return -1, None
    if sc.lang == "de":
        prev = ""
        for i, (ws, we, w) in enumerate(words[:8]):
            if w[:1].isupper() and w.lower() not in FUNCTION_DE:
                return i, words[i]
            low = w.lower()
            if _AGE_NOUN.fullmatch(low):
                return i, words[i]  # "zwei 16-Jährige": people of an age
            if not w[:1].isalpha():
                if w[:1].isdigit() and prev in PARTITIVE:
                    prev = low
                    continue
                return -1, None
            if low in _DE_BREAK or i >= 6:
                if low in PARTITIVE:
                    prev = low
                    continue
                if i == 0 and low in _DE_PREPOSITIONS:
                    return _attributed_head(words)
                return -1, None
            prev = low
        return -1, None
    best = None
    prev = ""
    for i, (ws, we, w) in enumerate(words[:7]):
        low = w.lower()
        if _AGE_NOUN.fullmatch(low):
            return i, words[i]  # "two 16-year-olds": people of an age
        if not w[:1].isalpha():
            if w in ("’", "'") or (w[:1].isdigit() and prev in PARTITIVE):
                prev = low
                continue
            break
        if low == "of" and i <= 1:
            prev = low
            continue
        if prev == "of" and low in _POSSESSIVE_EN:
            continue
        if low in FUNCTION_EN:
            break
        if (low in sc.person_nouns or sc.type_noun(w) or low in sc.not_person or low in sc.measure
                or sc.is_person(w)):
            return i, words[i]
        if best is None and len(low) > 3 and low.endswith("s") and not low.endswith("ss"):
            best = i
        prev = low
        if i >= 4:
            break
    return (best, words[best]) if best is not None else (-1, None)


def _attributed_head(words: list[tuple[int, int, str]]) -> tuple[int, tuple[int, int, str] | None]:
    """The noun after a German extended attribute: "zwei im Raum Düsseldorf festgenommenen Männern".

    The attribute opens with a preposition and ends in an inflected participle right before
    the counted noun; only names, numbers and small words stand between.
    """
    for j in range(1, len(words) - 1):
        w = words[j][2]
        low = w.lower()
        if w[:1].isupper() or w[:1].isdigit() or low in _DE_PREPOSITIONS or low in _DE_ARTICLES:
            continue
        nxt = words[j + 1][2]
        if (w[:1].islower() and len(w) >= 6 and _PARTICIPLE.search(w) and nxt[:1].isupper()
                and nxt.lower() not in FUNCTION_DE):
            return j + 1, words[j + 1]
        break
    return -1, None


def _verb_type(text: str, sc: Scanner, s: int, he: int, sa: int, sb: int, big: bool) -> tuple[str | None, int]:
    """The claim type the verbs next to a counted noun imply, and the end of an adjacent verb."""
    def allowed(t):
        return t != "crowd_size" or big

    if sc.lang == "de":
        for vm in sc.verbs.finditer(text, he, min(sb, he + 130)):
            if allowed(vm.lastgroup):
                if _other_count_between(text, he, vm.start(), after=True):
                    break
                return vm.lastgroup, vm.end() if text[he:vm.start()].strip() == "" else -1
        found = None
        for vm in sc.verbs.finditer(text, max(sa, s - 80), min(sb, he + 130)):
            if vm.start() >= s:  # also "nahmen ... vier Männer fest", whose match spans the number
                break
            if allowed(vm.lastgroup) and not _other_count_between(text, vm.end(), s, after=False):
                found = vm.lastgroup
        return found, -1
    # what may stand between the people counted and their verb: an age ("31 people aged between 19 and
    # 54 have been arrested"), a dashed aside ("13 journalists - including a BBC team - were detained"),
    # where they are from ("three people from Scotland died")
    while (aside := _AGED_AFTER.match(text, he) or _DASHED_ASIDE.match(text, he) or _PLACE_AFTER.match(text, he)):
        he = aside.end()
    for vm in sc.verbs.finditer(text, he, min(sb, he + 60)):
        gap = text[he:vm.start()]
        if not allowed(vm.lastgroup):
            continue
        if gap.strip() == "":
            if _ACTIVE_OBJECT.match(text, vm.end()):
                break  # "eight men held a news conference": the people counted act, nothing befell them
            return vm.lastgroup, vm.end()
        words = gap.split()
        if _COORDINATED.fullmatch(gap):
            return vm.lastgroup, -1
        if len(words) <= 6 and words and re.fullmatch(
                r"(?:were|was|are|is|been|being|be|got|get|reportedly|allegedly|later|all|also|have|has|had|to)",
                words[-1], re.IGNORECASE):
            return vm.lastgroup, -1
        break
    return None, -1


def _count(text, sents, sc: Scanner, st: _State, num: Num, qs, qual, words, sa, sb, before) -> DetectedClaim | None:
    s, e = num.start, num.end
    lang = sc.lang
    vb_type, vb_start = None, qs
    if sc.verb_before is not None:
        vb = sc.verb_before.search(text, max(sa, qs - 45), qs)
        if vb:
            vb_type, vb_start = vb.lastgroup, vb.start()
            if vb_type == "crowd_size" and not (num.value is None or (num.value or 0) >= 50):
                vb_type = None
    words = sc.words_after(text, e)
    hi, head = _head(sc, words, e)
    if num.kind == "vague" and num.scale is None and head is None and words and words[0][2].lower() in sc.scales:
        hi = -1  # "mehrere Milliarden" without a currency: handled as money below
    value = num.value
    big = value is None or value >= 50
    if head is not None:
        hw = head[2]
        if num.kind == "vague" and hw.lower() in sc.currencies:  # "hundreds of millions of dollars"
            return _claim(text, sents, qs, head[1], "money", None, sc.currencies[hw.lower()], VAGUE)
        ttype = sc.type_noun(hw)
        if ttype == "casualties" and (_SPARED_BEFORE.search(text, max(sa, qs - 30), qs)
                                      or any(w[2].lower() == "fewer" for w in words[:hi])):
            # "would save 65 lives a year", "230 fewer serious injuries": deaths and injuries that do not
            # happen are a projection, no casualty count
            st.no_event = True
            return _claim(text, sents, qs, head[1], "statistic", value, "people", qual)
        person = ttype is not None or sc.is_person(hw) or bool(_AGE_NOUN.fullmatch(hw.lower()))
        if ttype is None and person and hi > 0 and words[hi - 1][2][:1].islower():
            # the attribute before the noun names the event: "20 tote Migranten", "60 getötete
            # Journalisten", "zwei im Raum Düsseldorf festgenommenen Männern", "two wounded soldiers"
            ttype = sc.type_noun(words[hi - 1][2].lower())
        if lang == "de" and not person and hw.lower() in sc.not_person:
            return None
        if (num.scale and not person and ttype is None and words[0][2][:1].islower() and hw.lower() not in sc.measure
                and hw.lower() not in sc.time_units and sc.money_near(text, max(sa, s - 80), min(sb, e + 40))):
            # "ein Mehrbedarf von 0,6 Milliarden aus Nachträgen": the scaled amount counts no noun of its
            # own (a preposition follows it) and money is the topic
            cur = st.currency if s - st.currency_pos < _MONEY_MEMORY else None
            return _claim(text, sents, qs, e, "money", value, cur, qual)
        if (ttype is None and person and not vb_type and hw.lower() not in sc.not_crowd
                and not hw.lower().endswith(sc.not_crowd_endings) and _at_crowd_event(text, sc, sa, qs)):
            # "die Demonstration mit nunmehr etwa 1.000 Personen", "a rally of some 5,000 people"
            return _claim(text, sents, qs, head[1], "crowd_size", value, "people", qual)
        if ttype is None and person and not vb_type:
            subject = _COUNT_SUBJECT.search(text, max(sa, qs - 90), qs)  # "Die Zahl der Schwerverletzten stieg
            stype = sc.type_noun(subject.group(1) or "") if subject else None  # um 6,3 Prozent auf 595 Personen"
            if stype:
                return _claim(text, sents, qs, head[1], stype, value, "people", qual)
        if vb_type and value == 1 and vb_type != "casualties":
            vb_type = None
        if value == 1 and num.kind in ("one", "word") and not vb_type and sc.type_noun(hw) != "casualties":
            return None  # "one of the two captives", "ein Mann": a single person is no count
        if vb_type and (person or ttype or lang == "en"):
            return _claim(text, sents, vb_start, head[1], vb_type, value, "people", qual)
        if ttype is None and person and not vb_type and lang == "en":
            among = _among_those(text, sc, head[1], sb)
            if among:  # "his two sons, who were among seven men detained"
                return _claim(text, sents, qs, head[1], among, value, "people", qual)
        if ttype is None and person and not vb_type:
            part = _part_of_last(text, st, num, qs)
            if part:  # "police arrest 16, including 2 opposition lawmakers"
                return _claim(text, sents, qs, head[1], part, value, "people", qual)
        if ttype is None and person:
            among = _AMONG.search(text, max(sa, qs - 45), qs)  # "Unter den Toten sind drei Soldaten"
            if among and sc.type_noun(among.group(1)) in ("arrests", "casualties"):
                return _claim(text, sents, qs, head[1], sc.type_noun(among.group(1)), value, "people", qual)
        if ttype is None and (person or lang == "de"):
            ttype, vend = _verb_type(text, sc, s, head[1], sa, sb, big)
            if ttype and not person:
                ttype = None  # "fünf Einrichtungen getroffen", "965 Delikte, bei denen ... verletzt"
            if ttype:
                return _claim(text, sents, qs, max(head[1], vend), ttype, value, "people", qual)
        elif ttype:
            end = head[1]
            if ttype == "crowd_size" and hi > 0 and words[hi - 1][2][:1].islower():
                attr = sc.type_noun(words[hi - 1][2].lower())  # "40 verletzte Teilnehmer" were hurt
                if attr in ("casualties", "arrests"):
                    return _claim(text, sents, qs, end, attr, value, "people", qual)
            if ttype in ("crowd_size", "arrests"):
                # the event decides: "45 Demonstranten festgenommen" are arrests, "83 inmates were
                # injured" casualties (people held who are hurt or killed, docs/annotating.md)
                vtype, vend = _verb_type(text, sc, s, head[1], sa, sb, False)
                if vtype == "casualties" or (vtype == "arrests" and ttype == "crowd_size"):
                    ttype, end = vtype, max(end, vend)
                elif (ttype == "crowd_size" and lang == "en" and vtype in (None, "crowd_size")
                      and _CHARGED_AFTER.match(text, head[1], min(sb, head[1] + 120))):
                    # "Eight protesters who stormed the chamber have been charged": people charged
                    # are a statistic (annotating.md), a handful named for a court is no crowd
                    st.no_event = True
                    return _claim(text, sents, qs, end, "statistic", value, "people", qual)
            return _claim(text, sents, qs, end, ttype, value, "people", qual)
        if num.kind == "vague" and not person:
            if not _BIG_VAGUE.search(text[s:e]) or num.kind == "one":
                return None
        if num.kind == "vague" and text[s:e].lower() in sc.vague_people_only:
            return None  # "mehrere Beamte": a vague count of people without an event is no claim
        if value == 1 and num.kind in ("one", "word"):
            return None
        if hw.lower() in sc.time_units:
            return None
        if lang == "en" and not person and hw.lower() not in sc.measure and hw.lower() not in sc.count_nouns:
            if value is not None and value < 10:
                return None  # "two options", "5 stocks": too weak to check
            if not hw.lower().endswith("s"):
                return None  # "Taipei 101 skyscraper": a name, not a count
        unit = "people" if person else hw.lower()
        if (person and ttype is None and (value is None or value >= 20) and hw.lower() not in sc.not_crowd
                and not hw.lower().endswith(sc.not_crowd_endings)
                and _protest_story(text, sc, st) and not sc.vote_rx.search(text, sa, sb)
                and not _IDENTITY.search(text, sa, sb)):
            # a count of people with no arrest or casualty in a protest story is its crowd:
            # "kamen laut Polizei gut 20.000 Personen", "mit noch circa 150 Verbliebenen"
            return _claim(text, sents, qs, head[1], "crowd_size", value, "people", qual)
        return _claim(text, sents, qs, head[1], "statistic", value, unit, qual)

    # no counted noun
    if num.scale and (value is not None or num.ranged) or (
            num.kind == "vague" and words and words[0][2].lower() in sc.scales):
        if num.kind == "vague":
            cur = sc.currency_after.match(text, words[0][1])
            if cur:
                return _claim(text, sents, qs, cur.end(), "money", None, sc.currencies[cur.group(1).lower()], VAGUE)
        if s - st.currency_pos < _MONEY_MEMORY:
            return _claim(text, sents, qs, e, "money", value, st.currency, qual)
        if sc.money_near(text, max(sa, s - 80), min(sb, e + 40)) or (
                st.claims and st.claims[-1].type == "money" and st.claims[-1].end >= sa):
            # "Die Kosten belaufen sich auf 3,4 Mio.", "Kredite für Aktionen (19,4 Mio.) und Projekte (0,6 Mio.)"
            return _claim(text, sents, qs, e, "money", value, None, qual)
        return _claim(text, sents, qs, e, "statistic", value, None, qual)
    if vb_type and not (value == 1 and vb_type != "casualties"):
        return _claim(text, sents, vb_start, e, vb_type, value, "people", qual)
    if num.kind == "vague":
        ttype, vend = _verb_type(text, sc, s, e, sa, sb, True)
        if ttype:
            return _claim(text, sents, qs, max(e, vend), ttype, None, "people", VAGUE)
        if (_BIG_VAGUE.search(text[s:e]) and words and words[0][2][:1].islower() and words[0][0] - e <= 1
                and _starts_clause(before, lang)):
            return _claim(text, sents, qs, e, "crowd_size", None, "people", VAGUE)  # "Tausende zogen ..."
        return None
    if value is None:
        return None
    part = _part_of_last(text, st, num, qs) if num.kind in ("card", "word", "one") else None
    if part:  # "15 arrests - 14 for breaching the rules and one for assault", "rising to 748 from 104"
        return _claim(text, sents, qs, e, part, value, "people", qual)
    another = _ANOTHER.search(text, max(sa, qs - 14), qs)
    if another and num.kind in ("card", "word") and st.claims:
        last = st.claims[-1]  # "50 people were detained on Friday and another 900 on Saturday"
        if last.type in ("arrests", "casualties", "crowd_size") and last.end >= sa and last.unit == "people":
            return _claim(text, sents, another.start(), e, last.type, value, "people", qual)
    of_them = _OF_THEM.match(text, e)
    aux = _ELIDED_AUX.match(text, of_them.end() if of_them else e)
    if aux and num.kind in ("card", "word"):  # "Three people died and 14 were wounded": the noun is elided
        vm = sc.verbs.match(text, aux.end())
        if vm and vm.lastgroup in ("arrests", "casualties"):
            return _claim(text, sents, qs, vm.end(), vm.lastgroup, value, "people", qual)
    if num.kind == "word" and value > 1 and _ELIDED_SUBJECT.match(text, e) and _sentence_start(text, s, before):
        # "Eight made it to the runoff", "Acht wurden freigelassen": a number word opening a
        # sentence as its subject counts what the text spoke of before; an event verb right
        # after it names the count ("Six have died", "Three had been detained")
        vm = sc.verbs.search(text, e, min(len(text), e + 30))
        if vm and vm.lastgroup in ("arrests", "casualties") and not _SENTENCE_END.search(text, e, vm.start()):
            return _claim(text, sents, qs, vm.end(), vm.lastgroup, value, "people", qual)
        return _claim(text, sents, qs, e, "statistic", value, None, qual)
    if (st.money and s - st.money[1] < 150 and value < 1000 and num.kind != "one"
            and "\n" not in text[st.money[1]:s] and not _SENTENCE_END.search(text, st.money[1], s + 1)):
        _, _, scale, cur = st.money
        return _claim(text, sents, qs, e, "money", value * scale, cur, qual)
    pct = re.match(rf"\s+(?:auf|bis|to|und|and|oder|or)\s+(?:{DIGITS})\s*(?:Prozent|%|percent|per\s+cent)",
                   text[e:e + 40], re.IGNORECASE)
    if pct or (lang == "en" and _SHARE_TO_BEFORE.search(text, max(0, s - 24), s)):
        # "3 to 5 percent"; "backed Clinton 46 percent to 29": the second share leaves its percent out
        fake = Num(s, e, value, "card", percent=True)
        return _percent(text, sents, sc, fake, qs, qual, sa, sb, st)
    subject = _COUNT_SUBJECT.search(text, max(sa, qs - 70), qs)
    if subject:
        stype = (sc.type_noun(subject.group(1) or subject.group(2) or subject.group(4) or "")
                 or ("casualties" if subject.group(3) else None))
        if stype:
            return _claim(text, sents, subject.start(), e, stype, value, "people", qual)
    tally = _TALLY.match(text, e)
    if tally:  # "mit 178 zu 120 Stimmen": both sides count votes
        return _claim(text, sents, qs, e, "statistic", value, tally.group(1).lower(), qual)
    if value >= 1000 and not num.year_like and num.kind == "card" and not text[s:e].isdigit():
        return _claim(text, sents, qs, e, "statistic", value, None, qual)
    return None


# what ties a count to the arrests or casualties just before it: a part of them ("arrest 16, including
# 2 lawmakers"; "15 arrests - 14 for breaching the rules and one for assault"), an earlier figure
# ("deaths rising to 748 from 104"), the same people named again ("arrested nine people. Among the nine")
_PART_GAP = re.compile(r"\s*,?\s*(?:including|among\s+them|among\s+whom|of\s+them|of\s+whom)\s+|\s+from\s+",
                       re.IGNORECASE)
_BREAKDOWN_GAP = re.compile(r"\s*[-–—:,]\s*|\s+for\s[^.;:!?\n]{1,60}?(?:,|\s+and)\s+", re.IGNORECASE)
_FOR_AFTER = re.compile(r"\s+for\s", re.IGNORECASE)
_AMONG_THE = re.compile(r"\bamong\s+the\s+$", re.IGNORECASE)


_AMONG_AFTER = re.compile(r"\b(?:are|were)\s+(?:also\s+)?among\s+", re.IGNORECASE)
_CLAUSE_END = re.compile(r"[.;:!?\n]")


def _among_those(text: str, sc: Scanner, he: int, sb: int) -> str | None:
    """"arrests" or "casualties" when the people counted before `he` "were among" people arrested or killed
    ("two lawmakers who are among the 16 arrested", "three politicians - … - were among those held")."""
    m = _AMONG_AFTER.search(text, he, min(sb, he + 120))
    if m is None or _CLAUSE_END.search(text, he, m.start()):
        return None
    vm = sc.verbs.search(text, m.end(), min(sb, m.end() + 40))
    if vm is None or vm.lastgroup not in ("arrests", "casualties") or _CLAUSE_END.search(text, m.end(), vm.start()):
        return None
    return vm.lastgroup


def _part_of_last(text: str, st: _State, num: Num, qs: int) -> str | None:
    """The type of the arrests or casualties claimed just before `num` when `num` counts a part of the
    same people, or names them again (`_PART_GAP`, `_BREAKDOWN_GAP`, `_AMONG_THE`); else None."""
    if not st.claims or st.claims[-1].type not in ("arrests", "casualties") or st.claims[-1].unit != "people":
        return None
    last = st.claims[-1]
    if not 0 <= qs - last.end <= 300:
        return None
    if _PART_GAP.fullmatch(text, last.end, qs) and (num.value or 0) > 1:
        return last.type  # "including one policeman" names a person more than it counts
    if _BREAKDOWN_GAP.fullmatch(text, last.end, qs) and _FOR_AFTER.match(text, num.end):
        return last.type
    if (_AMONG_THE.search(text, max(0, qs - 12), qs) and last.value == num.value and "\n\n\n" not in text[last.end:qs]):
        return last.type
    return None


def _other_count_between(text: str, a: int, b: int, after: bool) -> bool:
    """True when a verb at the far side of [a, b) belongs to another count or clause.

    "7.112 Tatverdächtige ermittelt, die Polizei nahm 161 Personen fest": the
    arrest is the 161's. Counts joined by "und"/"sowie"/"," share the verb
    ("drei Männer und zwei Frauen festgenommen"); a dash ends a headline clause.
    """
    if _DASH.search(text, a, b):
        return True
    m = _COUNT_WORD.search(text, a, b)
    if m is None:
        return False
    if after:
        return not _JOIN_AFTER.fullmatch(text, a, m.start())
    return not _JOIN_BEFORE.fullmatch(text, m.end(), b)


def _sentence_start(text: str, s: int, before: list[str]) -> bool:
    """True when the number opens a sentence or a line (nothing but a hedge stands before it)."""
    head = text[max(0, s - 3):s]
    return not before or before[-1] in (".", "!", "?", ":", ";") or "\n" in head or s == 0


def _starts_clause(before: list[str], lang: str) -> bool:
    """True when a bare quantity word is the subject: "Tausende zogen ...", not "paid millions to"."""
    if not before:
        return True
    prev = before[-1]
    if prev.lower() in ("und", "and", "but", "aber", "doch", "while", "als", "wo", "where", "when", "denn"):
        return True
    if not prev[:1].isalnum():
        return True
    return lang == "de" and prev[:1].isupper()  # a heading glued to the sentence


def _prep_before(before: list[str]) -> bool:
    """True when the number follows a preposition ("in drei Städten"): then it rarely counts people."""
    return bool(before) and before[-1].lower() in {"in", "an", "aus", "bei", "nach", "seit", "vor", "im", "am",
                                                   "auf", "für", "von", "mit", "zu"}
