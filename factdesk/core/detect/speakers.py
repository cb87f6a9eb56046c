"""Who said a quotation: speaker phrases read from the words next to an attribution cue.

The words and what the rule patterns say about them come from
`attribution.Tokens` (spaCy tokens marked by the pattern files in
`resources/rules/<lang>/`). A speaker is a noun phrase beside a speech verb
or a source word: a run of capitalized words, titles, honorifics and
collective nouns ("Kremlsprecher Dmitri Peskow", "the police"), or a
description opened by a determiner ("die 54-Jährige", "a spokesman for the
ministry"). A phrase never runs over a hard line break, into a quotation,
into page furniture ("Related Story"), or past a new title after a full
name ("CJI Surya Kant PM Modi"): headlines and lists glued together stay
apart.

The name reported is the one the text gives at the attribution, as
claims.md asks: titles and roles go ("Prime Minister Helen Marsh" -> "Helen
Marsh"), an honorific stays with a bare surname ("Mr Blair", "Professor
Allsop"), descriptions keep their article ("the police").
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from factdesk.core.detect.attribution import BREAK, CAP, QUOTED, AttributionRules, Tokens, bit, load_rules

__all__ = ["PRONOUN", "Speaker", "load_rules", "attribution_after", "attribution_before", "speech_speakers",
           "read_speaker", "read_speaker_backward", "clean_speaker"]

PRONOUN = "<pronoun>"  # what the readers return for "he said", "sagte er" (a Pronoun, equal to it)


class Pronoun(str):
    """PRONOUN, carrying the pronoun the text used (`word`: "he", "she", "er", ...)."""

    word: str = ""


def _pronoun(t: Tokens, k: int) -> Pronoun:
    found = Pronoun(PRONOUN)
    found.word = t.low[k]
    return found

TITLE, HONORIFIC, COLLECTIVE = bit("TITLE"), bit("HONORIFIC"), bit("COLLECTIVE")
PARTICLE, COUNTRY, FURNITURE, ORG = bit("PARTICLE"), bit("COUNTRY"), bit("FURNITURE"), bit("ORG")
PRONOUN_W, DETERMINER, ADVERB, OBJECT = bit("PRONOUN"), bit("DETERMINER"), bit("ADVERB"), bit("OBJECT")
ROLE = TITLE | COUNTRY  # words dropped from before a name
NOUNISH = CAP | TITLE | HONORIFIC | COLLECTIVE | COUNTRY
STOP = BREAK | QUOTED | FURNITURE  # a phrase never reads over these
_GENITIVE = frozenset({"des", "der", "for", "of"})
_BREAKS = frozenset("""in on at outside inside from to during after before with and but as while when who which
that near into by am im vom von bei auf aus nach gegenüber und mit während vor als der des dem""".split())
_PUNCT = frozenset(",.;:!?()[]")
_DECLINED = ("en", "er", "es", "em")  # German adjective endings after an article
APPOSITION_WORDS = 14  # at most so many words between commas: ", a local businessman helping to lead the effort,"
# German words opening a sentence with an adverb or adjective ending are no names ("Offiziell", "Natürlich")
_ADVERB_ENDINGS = ("lich", "ig", "isch", "ell", "bar", "sam", "haft", "los", "weise", "falls", "mals", "dings")
# what may follow an English speaker placed after its verb ("said the mayor, …", "said Lee on Monday")
_AFTER_INVERTED = frozenset("on in at during after before when while as from".split())


@dataclass(frozen=True, slots=True)
class Speaker:
    """A speaker as reported (`name`) and the words it was read from (`start`/`end` word indices)."""

    name: str
    start: int
    end: int


def _stops(t: Tokens, k: int, start: int) -> bool:
    """True when word k cannot join a phrase that began at `start` (a break before it, a quote, furniture)."""
    f = t.flags[k]
    return bool(f & (QUOTED | FURNITURE)) or (k > start and bool(f & BREAK))


def read_speaker(t: Tokens, i: int, limit: int | None = None, names_before_role: int = 2) -> tuple[int, int]:
    """Read a speaker noun phrase forward from word `i`; return its (start, end), empty when none.

    A title or country after `names_before_role` name words starts a new name and ends the phrase.
    """
    n = len(t) if limit is None else min(limit, len(t))
    j = i
    if j < n and t.flags[j] & DETERMINER and not t.flags[j] & QUOTED:
        j += 1
    content = named = 0
    while j < n and not _stops(t, j, i):
        f = t.flags[j]
        if f & NOUNISH:
            if named >= names_before_role and f & ROLE:
                break  # a new title after a full name starts a new name: "CJI Surya Kant PM Modi"
            if not f & (ROLE | COLLECTIVE | HONORIFIC):
                named += 1
            content += 1
            j += 1
        elif content and f & PARTICLE and j + 1 < n and t.flags[j + 1] & CAP and not (
                t.lang_de and t.low[j] in ("der", "den") and t.low[j - 1] not in ("von", "van")):
            j += 1
        else:
            break
    if not content:
        return i, i
    # a role may carry a genitive or "for/of the X" tail: "ein Sprecher des Ministeriums"
    head_is_role = not any(t.flags[k] & CAP and not t.flags[k] & (ROLE | COLLECTIVE | HONORIFIC) for k in range(i, j))
    if head_is_role and j < n and j > i and t.low[j - 1] in _GENITIVE:
        j -= 1  # the role phrase took its "for" along ("spokesman for" is one title): read the tail after it
    if head_is_role and j + 1 < n and t.low[j] in _GENITIVE:
        k = j + 1
        if k < n and t.low[k] in ("the", "des", "der"):
            k += 1
        while t.lang_de and k < n and t.words[k].islower() and t.low[k].endswith(_DECLINED):
            k += 1  # declined adjectives: "des russischen Föderationsrates"
        tail = k
        while k < n and not _stops(t, k, i) and t.flags[k] & (CAP | COLLECTIVE):
            k += 1
        if k > tail:
            j = k
    return i, j


def read_speaker_backward(t: Tokens, end: int, floor: int = 0) -> tuple[int, int]:
    """Read a speaker noun phrase that ends just before word `end` ("Keir Starmer| said").

    A time adverbial between the name and the verb is skipped: "Jane Doe on Tuesday| said".
    """
    e = end
    while e > floor and (start := t.cue_before(e, "ADVERB")) is not None and start >= floor:
        e = start
    j = e
    content = 0
    while j > floor:
        k = j - 1
        f = t.flags[k]
        if f & (QUOTED | FURNITURE) or (j < e and t.flags[j] & BREAK):
            break
        if f & NOUNISH:
            content += 1
            j -= 1
        elif content and f & PARTICLE and t.flags[j] & CAP and not (
                t.low[k] in ("der", "den") and (k < 1 or t.low[k - 1] not in ("von", "van"))):
            j -= 1
        else:
            break
    if not content:
        return e, e
    while t.lang_de and j - 2 >= floor and t.low[j - 1] in ("des", "der") and t.flags[j - 2] & NOUNISH \
            and not t.flags[j - 2] & QUOTED:
        j -= 2  # a genitive chain: "der Sekretär des Weltkongresses der Uiguren| sagte"
        while j - 1 >= floor and t.flags[j - 1] & NOUNISH and not t.flags[j - 1] & QUOTED:
            j -= 1
    if j - 2 >= floor and t.low[j - 1] in ("of", "for") and t.flags[j - 2] & (COLLECTIVE | TITLE):
        # "the interim government of Bangladesh said": the role is the speaker, not the place
        j -= 2
        k = j
        while k > floor and k > j - 2 and t.words[k - 1].isalpha() and t.words[k - 1].islower() \
                and not t.flags[k - 1] & DETERMINER and not t.verb(k - 1):
            k -= 1
        if k > floor and t.flags[k - 1] & DETERMINER:
            j = k
    if j > floor and t.flags[j - 1] & DETERMINER and not t.flags[j - 1] & QUOTED and not t.flags[j] & BREAK:
        j -= 1
    return j, e


def clean_speaker(t: Tokens, start: int, end: int) -> Speaker | None:
    """Turn a speaker phrase into the name to report: roles off names, an honorific kept with a bare
    surname, articles kept on descriptions; None when nothing is left."""
    idx = [k for k in range(start, end) if t.words[k] not in (",", ".")]
    # "England's Joe Root": the possessor is not the speaker; "Merkel's": the name without it
    for n in range(len(idx) - 1, -1, -1):
        if t.low[idx[n]] in ("'s", "’s"):
            idx = idx[n + 1:] if n < len(idx) - 1 else idx[:n]
            break
    while idx and t.flags[idx[-1]] & (DETERMINER | PARTICLE):
        idx.pop()
    if not idx:
        return None
    is_name = [bool(t.flags[k] & CAP) and not t.flags[k] & (ROLE | COLLECTIVE | HONORIFIC) for k in idx]
    if not any(is_name):
        if t.lang_de is False and len(idx) == 1 and t.words[idx[0]][:1].isupper() and t.unit_start(idx[0]) \
                and t.seen_lower(t.words[idx[0]]):
            return None  # a capitalized common word opening a sentence: "Protests continued"
        return _speaker(t, idx)
    first = is_name.index(True)
    genitive = next((n for n in range(first - 1, -1, -1) if t.low[idx[n]] in ("des", "der", "of", "for", "the")),
                    None)
    if genitive is not None and all(not is_name[n] for n in range(genitive)) and (
            first == genitive + 1 or t.lang_de and all(t.words[idx[n]].islower() for n in range(genitive + 1, first))):
        if t.lang_de and len(idx) - first >= 3 and all(is_name[first + 1:]):
            return _speaker(t, idx[first + 1:])  # "Abgeordneten des russischen Föderationsrates Viktor Oserow"
        if not t.lang_de and len(idx) - first >= 3 and all(is_name[first:]) and not any(
                t.flags[k] & ORG for k in idx[first:]):
            return _speaker(t, idx[-2:])  # "Minister for Citizenship Julian Hill": a full name closes the phrase
        if t.lang_de and t.flags[idx[0]] & DETERMINER:
            idx = idx[1:]
        return _speaker(t, idx)  # a role with its genitive: "Sprecher des Ministeriums"
    last_role = max((n for n in range(len(idx) - 1) if t.flags[idx[n]] & (ROLE | HONORIFIC) and any(is_name[n + 1:])),
                    default=-1)
    # an organisation glued before a name: "Cornell University Glenn Altschuler"
    org = max((n for n in range(last_role + 1, len(idx) - 2) if t.flags[idx[n]] & ORG
               and all(is_name[n + 1:])), default=-1)
    last_role = max(last_role, org)
    name = idx[last_role + 1:] if last_role >= 0 else idx[first:]
    while name and not t.flags[name[0]] & CAP:
        name.pop(0)
    if len(name) >= 2 and t.flags[name[-1]] & COLLECTIVE and t.words[name[-1]].islower() \
            and not t.flags[name[-2]] & (ROLE | COLLECTIVE | HONORIFIC):
        return _speaker(t, name)  # a place or group before a collective noun: "Portland police", "Thai royalists"
    while name and t.flags[name[-1]] & (ROLE | COLLECTIVE | HONORIFIC):
        name.pop()
    # a capitalized word opening the sentence that the text also writes in lower case is no name
    while name and t.unit_start(name[0]) and not t.flags[name[0]] & ROLE and (
            t.seen_lower(t.words[name[0]]) or t.lang_de and t.low[name[0]].endswith(_ADVERB_ENDINGS)):
        name.pop(0)
    for n in range(1, len(name)):  # an acronym after a name belongs to the next item: "Murmu EU"
        w, before = t.words[name[n]], t.words[name[n - 1]]
        if w.isupper() and len(w) > 1 and not before.isupper():
            name = name[:n]
            break
    if not name:
        return None
    # an honorific stays with a bare surname: "Mr Blair", "Professor Allsop"
    at = idx.index(name[0])
    if len(name) == 1 and at > 0 and t.flags[idx[at - 1]] & HONORIFIC:
        name = [idx[at - 1]] + name
    return _speaker(t, name)


def _speaker(t: Tokens, idx: list[int]) -> Speaker:
    return Speaker(" ".join(t.words[k] for k in idx), idx[0], idx[-1] + 1)


def _phrase(t: Tokens, i: int, limit: int | None = None) -> Speaker | None:
    s, e = read_speaker(t, i, limit)
    return clean_speaker(t, s, e) if e > s else None


def _skip_adverbs(t: Tokens, i: int, limit: int) -> int:
    """The first word from `i` that is no adverbial ("also", "on Tuesday", ", in a statement,")."""
    while i < limit:
        cue = t.cue(i, "ADVERB")
        if cue and cue[1] <= limit:
            i = cue[1]
        elif t.words[i] == "," and i + 1 < limit and t.cue(i + 1, "ADVERB"):
            i += 1
        else:
            break
    return i


def read_description(t: Tokens, j: int, limit: int) -> Speaker | None:
    """A described speaker after a verb: "the crowd", "die 54-Jährige", "the former minister"."""
    if j >= limit or not t.flags[j] & DETERMINER or t.flags[j] & STOP:
        return None
    k = j + 1
    while k < limit and k - j <= 4 and t.words[k][:1].isalnum() and not _stops(t, k, j) and (
            t.low[k] not in _BREAKS and not t.verb(k)):
        k += 1
    if k == j + 1:
        return None
    if k + 1 < limit and t.words[k] == ",":  # "the adviser, Robert Lane,": the name wins
        name = _phrase(t, k + 1, limit)
        if name and t.flags[name.start] & CAP and not t.flags[name.start] & (ROLE | COLLECTIVE):
            return name
    return _speaker(t, list(range(j, k)))


def _source_after(t: Tokens, j: int, limit: int) -> Speaker | None:
    """A source named a few words after an impersonal verb: "heißt es in einer Mitteilung der Polizei"."""
    for k in range(j, min(j + 8, limit)):
        if t.words[k] in (",", ".", ";", ":") or t.flags[k] & STOP:
            return None
        if t.low[k] in ("der", "des", "von", "vom", "from", "by") and k + 1 < limit:
            name = _phrase(t, k + 1, limit)
            if name and any(t.flags[x] & CAP for x in range(name.start, name.end)):
                return name
    return None


def attribution_after(t: Tokens, i: int, limit: int) -> Speaker | str | None:
    """Speaker from the words right after a closing quotation mark (words i..limit).

    Handles ", he said", ", said X", ", X said", ", sagte X", ", so X", ": X" (headlines),
    ", according to X", ", X zufolge", "– X", ", zitiert Y X", ", hieß es von X".
    Returns a Speaker, PRONOUN, or None.
    """
    if i >= limit:
        return None
    if t.words[i] == ":":  # headline: 'Quote': Speaker on ...
        return _headline_speaker(t, i + 1, limit)
    while i < limit and t.words[i] in (",", ";"):
        i += 1
    if i >= limit:
        return None
    if t.words[i] in ("–", "—", "-") and i + 1 < limit:
        found = _attribution_at(t, i + 1, limit)
        return found if found is not None else _attribution_at(t, i, limit)
    found = _attribution_at(t, i, limit)
    return found if found is not None else _subject_of_later_verb(t, i, limit)


# a headline speaker of this many plain name words is two names run together
_GLUED_NAME_WORDS = 4


def _headline_speaker(t: Tokens, i: int, limit: int) -> Speaker | None:
    """The speaker after a headline's colon ('…': Name).

    Where a list of headlines lost its line breaks, the next headline runs
    into the name: a title or country after a name word starts that next
    headline ("'…': Merkel Hungary Orban says"), and a run of four or more
    plain name words is two names, the speaker's the first two ("'…': Chuck
    Example Lena Sample likely to …").
    """
    s, e = read_speaker(t, i, limit, names_before_role=1)
    name = clean_speaker(t, s, e) if e > s else None
    if name is None:
        return None
    plain = [k for k in range(name.start, name.end) if t.flags[k] & CAP and not t.flags[k] & (
        ROLE | HONORIFIC | COLLECTIVE | PARTICLE)]
    if len(plain) >= _GLUED_NAME_WORDS and len(plain) == name.end - name.start:
        return _speaker(t, plain[:2])
    return name


def _subject_of_later_verb(t: Tokens, i: int, limit: int) -> Speaker | None:
    """The named subject of a speech verb later in the same clause: '"…" to boost jobs, Mr Weise added',
    '"…," Professor of Law at Northfield University Jane Example told reporters',
    '"…," pollster Peter Hart, who conducted the survey, says'."""
    for v in range(i + 1, min(limit, i + 16 + APPOSITION_WORDS)):
        if t.words[v] in (".", ";", "!", "?") or t.flags[v] & STOP:
            return None
        if t.verb(v):
            s, e = read_speaker_backward(t, v, i)
            if e == s and v - 1 > i and t.words[v - 1] == ",":
                s, e = _apposition_speaker(t, v - 1, i)
            name = clean_speaker(t, s, e) if e > s else None
            return name if name is not None and t.flags[name.start] & CAP else None
    return None


def _verb_first(t: Tokens, i: int, label: str, end: int, limit: int) -> Speaker | str | None:
    """The speaker after a verb that opens the attribution: "said X", "sagte er", "so Peskow"."""
    j = _skip_adverbs(t, end, limit)
    if j < limit and t.flags[j] & PRONOUN_W:
        return _pronoun(t, j)
    if label == "TELL" or (j < limit and (t.cue(j, "ADDRESSEE") or t.flags[j] & OBJECT)):
        return None  # "told reporters", "sagte dem Sender": the listener, not the speaker
    if label == "QUOTED":  # "zitiert ndr.de Polizeisprecher Ralf Meyer": the last name of the run
        s, e = read_speaker(t, j, limit)
        k = e
        if e == s and j < limit and not t.flags[j] & STOP:
            s, e = read_speaker(t, j + 1, limit)
        named = clean_speaker(t, s, e) if e > s else None
        return named if named is not None and k >= j else None
    if label == "IMPERSONAL":
        return _source_after(t, j, limit)
    s, e = read_speaker(t, j, limit)
    name = clean_speaker(t, s, e) if e > s else None
    if name and e + 1 < limit and t.words[e] == "," and any(t.flags[k] & (ROLE | COLLECTIVE) for k in range(s, e)):
        named = _phrase(t, e + 1, limit)  # "said Justice Department spokesman, Marc Ramondi": the name wins
        if named and t.flags[named.start] & CAP and not t.flags[named.start] & (ROLE | COLLECTIVE) and (
                named.end >= limit or t.words[named.end] in _PUNCT) and (
                t.flags[e - 1] & (ROLE | COLLECTIVE) or named.end - named.start >= 2):
            return named
    if name:
        return name
    # an unlisted role before the name: "said engineer Tom Vale", "said city treasurer Amy Cole"
    k = j
    while k < limit and k - j < 3 and t.words[k].replace("-", "").isalpha() and t.words[k].islower() \
            and t.low[k] not in _BREAKS and not t.flags[k] & (DETERMINER | STOP):
        k += 1
    if j < k < limit and t.flags[k] & CAP:
        name = _phrase(t, k, limit)
        if name:
            return name
    return read_description(t, j, limit) or _source_after(t, j, limit)


def _attribution_at(t: Tokens, i: int, limit: int) -> Speaker | str | None:
    """Speaker of an attribution clause starting at word `i`."""
    cue = t.verb(i) or t.cue(i, "QUOTED", "IMPERSONAL", "SO")
    if cue:
        return _verb_first(t, i, cue[0], cue[1], limit)
    cue = t.cue(i, "SOURCE")
    if cue:  # "according to police", "laut Polizei"
        return _phrase(t, cue[1], limit)
    if t.lang_de and t.low[i] in ("wird", "wurde") and i + 1 < limit:  # „…“, wird Panetta zitiert
        s, e = read_speaker(t, i + 1, limit)
        k = next((k for k in range(e, min(e + 6, limit)) if t.cue(k, "QUOTED") or t.words[k] in _PUNCT), limit)
        if e > s and k < limit and t.cue(k, "QUOTED"):  # "wurde Beispiel in der Zeitung zitiert"
            return clean_speaker(t, s, e)
    if t.words[i] in ("–", "—", "-"):  # "… – Jane Dorsey" closing a standalone quote
        s, e = read_speaker(t, i + 1, limit)
        if e > s and (e == limit or t.words[e] in (".", ",")):
            return clean_speaker(t, s, e)
        return None
    if t.flags[i] & PRONOUN_W:
        j = _skip_adverbs(t, i + 1, limit)
        if j + 1 < limit and t.low[j] in ("was", "were", "is", "wurde") and t.cue(j + 1, "QUOTED"):
            return _pronoun(t, i)  # "he was quoted as saying"
        return _pronoun(t, i) if j < limit and t.verb(j) else None
    s, e = read_speaker(t, i, limit)
    if e > s:  # "X said", "X zufolge", "X, 54, said", "X, a spokesman for Y, said", "X was quoted as saying"
        k = _skip_adverbs(t, _skip_apposition(t, e, limit), limit)
        if k < limit and t.low[k] in ("was", "were", "is") and k + 1 < limit and t.cue(k + 1, "QUOTED"):
            k += 1
        if k < limit and (t.verb(k) or t.cue(k, "SOURCE_AFTER", "QUOTED")):
            return clean_speaker(t, s, e)
    description = read_description(t, i, limit)
    if description:  # "a former British diplomat told NBC News"
        k = _skip_adverbs(t, description.end, limit)
        if k < limit and t.verb(k) and "," not in t.words[description.start:description.end]:
            return description
    return None


def _skip_apposition(t: Tokens, j: int, limit: int) -> int:
    """Skip ", 54," or ", a spokesman for the ministry," after a name; return where the verb should be."""
    if j < limit and t.words[j] == ",":
        for k in range(j + 1, min(j + APPOSITION_WORDS, limit)):
            if t.words[k] == ",":
                return k + 1
            if t.words[k] in (".", ";", ":") or t.flags[k] & STOP:
                break
    return j


def _apposition_speaker(t: Tokens, comma: int, floor: int) -> tuple[int, int]:
    """The speaker of "A, B, said": B when B is a name ("Der Bürgermeister, Kurt Laub, sagte"),
    else A ("Nikol Pashinyan, prime minister of Armenia, said")."""
    opening = next((k for k in range(comma - 1, max(floor - 1, comma - 20), -1) if t.words[k] == ","), None)
    if opening is None:
        return comma, comma
    end = comma
    if t.words[end - 1] == ")":  # a party after the name: "Sandra Boser (GRÜNE)"
        paren = next((k for k in range(end - 2, max(opening, end - 6), -1) if t.words[k] == "("), None)
        end = paren if paren is not None else end
    inner = range(opening + 1, end)
    if len(inner) and all(t.flags[k] & (CAP | ROLE | HONORIFIC) for k in inner) and not _party_tag(t, inner[0], end):
        return opening + 1, end
    s, e = read_speaker_backward(t, opening, floor)
    if _party_tag(t, s, e) and s - 1 > floor and t.words[s - 1] == ",":
        return read_speaker_backward(t, s - 1, floor)  # "Marco Rubio, R-Florida, who …, argued"
    return s, e


def _party_tag(t: Tokens, s: int, e: int) -> bool:
    """True when words s..e are a US party-and-state tag ("R-Florida", "D-Ill."), not a name."""
    return e - s == 1 and t.words[s][:2] in ("R-", "D-", "I-")


def attribution_before(t: Tokens, floor: int, end: int, people=None) -> Speaker | str | None:
    """Speaker from the words before an opening quotation mark in the same unit (words floor..end).

    Handles "X said:", "X sagte:", "sagte X:", "X told him", "According to X, …", and a colon after a
    sentence naming one person ("X zeigte sich unbeeindruckt: „…“"). Returns a Speaker, PRONOUN or None.
    """
    if end <= floor:
        return None
    colon = t.words[end - 1] in (":", ",")
    body_end = end - 1 if colon else end
    colon = colon and t.words[end - 1] == ":"
    # "According to the mayor, "…"", "Laut Innenminister Hans Beck „…“"
    for b in range(max(floor, body_end - 10), body_end):
        cue = t.cue(b, "SOURCE")
        if cue and not t.verb(b):
            s, e = read_speaker(t, cue[1], body_end)
            if e > s and e == body_end:
                return clean_speaker(t, s, e)
    # the last speech verb of the head, allowing object words after it ("told him", "told reporters")
    k = body_end
    while k > floor and (t.flags[k - 1] & (ADVERB | OBJECT) or t.words[k - 1] in (",", "that", "dass")):
        k -= 1
    for v in range(k - 1, max(floor - 1, k - 5), -1):
        cue = t.verb(v)
        if not cue:
            continue
        label, vend = cue
        # the verb ends the head, or only a short object follows it: "said the plan", "told him"
        if not (vend >= k or all(t.words[x].islower() and t.words[x].isalpha() for x in range(vend, k))):
            continue
        after = _skip_adverbs(t, vend, body_end)
        if after < body_end and t.flags[after] & PRONOUN_W:
            return _pronoun(t, after)
        if label != "TELL" and after < body_end and (colon or t.lang_de) and not (
                t.cue(after, "ADDRESSEE") or t.flags[after] & OBJECT):
            s, e = read_speaker(t, after, body_end)
            if e > s:
                return clean_speaker(t, s, e)
        s, e = read_speaker_backward(t, v, floor)
        if e == s and v - 1 > floor and t.words[v - 1] == ",":
            s, e = _apposition_speaker(t, v - 1, floor)
        if e > s:
            return clean_speaker(t, s, e)
        p = v - 1
        if p > floor and not t.lang_de and t.low[p].endswith("ly"):
            p -= 1  # "He recently said", "she later told"
        if p >= floor and t.flags[p] & PRONOUN_W:
            return _pronoun(t, p)
        if people is not None:
            return people.last_before(t.starts[end - 1] + 1, within=t.starts[end - 1] + 1 - t.starts[floor])
        return None
    if colon:  # "Die Ministerin sagte der Deutschen Presse-Agentur: „…“", "Das Fazit von Sandra Boser: „…“"
        named = speech_speakers(t, floor, body_end)
        if named:
            return named[-1]
        subject = next((x for x in range(floor, body_end) if t.flags[x] & PRONOUN_W and (
            x == floor or t.verb(x - 1) or _german_inverted_subject(t, x, floor))), None)
        if subject is not None:
            return _pronoun(t, subject)  # "He said: …", "In einer Nachricht würdigte er …: „…“"
        if people is not None:
            return people.first_in(t.starts[floor], t.starts[end - 1], strong_first=True)
    return None


def _german_inverted_subject(t: Tokens, x: int, floor: int) -> bool:
    """True when the pronoun at `x` is the subject right after the verb of a German main clause that opens
    the sentence or follows a comma ("…, lehnt er jedoch ab: „…“")."""
    return t.lang_de and t.low[x] in ("er", "sie") and x - 1 >= floor and t.words[x - 1].islower() \
        and t.words[x - 1].isalpha() and (x - 1 == floor or t.words[x - 2] == ",")


def speech_speakers(t: Tokens, start: int, end: int, strong: bool = False) -> list[Speaker]:
    """Speakers named next to a speech verb anywhere in words start..end (quotations are flagged and skipped).

    With `strong`, verbs that attribute only right beside a quotation (SAY_NEAR: "continued",
    "fragte") are left out.
    """
    found: list[Speaker] = []
    sources: list[Speaker] = []  # "laut X", "X zufolge", "according to X": used when no verb names anyone
    lo, hi = bisect.bisect_left(t.verb_starts, start), bisect.bisect_left(t.verb_starts, end)
    for i in t.verb_starts[lo:hi]:
        if t.flags[i] & QUOTED:
            continue
        cue = t.cue(i, "SOURCE")
        if cue and not t.verb(i):
            name = _phrase(t, cue[1], end)
            if name:
                sources.append(name)
            continue
        verb = t.verb(i)
        if verb is None or (strong and verb[0] == "SAY_NEAR"):
            if t.cue(i, "SOURCE_AFTER"):
                s, e = read_speaker_backward(t, i, start)
                if e > s and (name := clean_speaker(t, s, e)):
                    sources.append(name)
            continue
        label, vend = verb
        after = _skip_adverbs(t, vend, end)
        s, e = read_speaker_backward(t, i, start)
        if e == s and i - 1 > start and t.words[i - 1] == ",":  # "X, who leads the union, said"
            s, e = _apposition_speaker(t, i - 1, start)
        if e > s and s - 2 >= start and t.words[s - 1] == "," and t.flags[s] & DETERMINER:
            # "Dolkun Isa, der Sekretär des Weltkongresses der Uiguren sagte": the name before the apposition
            ns, ne = read_speaker_backward(t, s - 1, start)
            named = clean_speaker(t, ns, ne) if ne > ns else None
            if named and t.flags[named.start] & CAP and not t.flags[named.start] & (ROLE | COLLECTIVE) and (
                    ns == start or t.words[ns - 1] in (",", ":", ";", ".") or t.unit_start(ns)):
                found.append(named)
                continue
        if e > s and (s == start or t.words[s - 1] in (",", ":", ";") or t.unit_start(s)):
            if name := clean_speaker(t, s, e):  # the clause's subject: "Die Ministerin sagte der Zeitung"
                found.append(name)
                continue
        if label != "TELL" and not (after < end and (t.cue(after, "ADDRESSEE") or t.flags[after] & OBJECT)):
            ps, pe = read_speaker(t, after, end)
            name = clean_speaker(t, ps, pe) if pe > ps else None
            if name and not t.lang_de and (t.words[ps][:1].islower() and not t.flags[ps] & COLLECTIVE or not (
                    pe >= end or t.words[pe] in _PUNCT or t.cue(pe, "ADVERB") or t.low[pe] in _AFTER_INVERTED)):
                name = None  # "said a Matariki holiday sent …": the object of the verb, not its subject
            if name:
                found.append(name)
                continue
        if e > s and (name := clean_speaker(t, s, e)):
            found.append(name)
    return found or sources


def rules_for(lang: str) -> AttributionRules:
    """The attribution rules of `lang` (the compiled pattern files)."""
    return load_rules(lang)
