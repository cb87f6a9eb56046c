"""Who said a quotation: speech verbs, titles and capitalized names, from rule files.

No NER model is needed. The rules live in `resources/rules/<lang>/`:

- `speech_verbs.json`: speech verbs ("sagte", "said", "told reporters"),
  words that put the speaker after them ("according to", "laut") or before
  them ("zufolge"), adverbs allowed between verb and speaker ("he *falsely*
  said"), pronouns, determiners, collective speakers ("police", "Polizei").
- `speaker_titles.json`: titles and roles dropped from a name ("Prime
  Minister", "Kremlsprecher" via the German suffix list).

A speaker is a noun phrase next to a speech verb: a run of capitalized words,
titles and collective nouns. Names lose their titles ("sagte Kremlsprecher
Dmitri Peskow" -> "Dmitri Peskow"); descriptions keep their article
("the police"). Pronouns are resolved by `PersonIndex` to the last person
named nearby, or to the article's protagonist when the nearby text is
ambiguous (`speaker_names.py`).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from factdesk.resources import resource_path

if TYPE_CHECKING:
    from factdesk.core.detect.speaker_names import PersonIndex

PRONOUN = "<pronoun>"  # what `read_attribution` returns for "he said", "sagte er"

_TOKEN = re.compile(r"\w+(?:[’'\-.]\w+)*\.?|[^\w\s]")
_PARTICLES = frozenset({"von", "van", "de", "da", "di", "du", "al", "bin", "ibn", "le", "la", "del", "der", "den"})
_STOP_CAPS = frozenset("""
the a an in on at but and or for if it its this that these those he she we i they you his her their
our my your as so then when while after before with by from of to all also yet still there here
what who how why where which not no yes one two three some many most more however meanwhile
der die das ein eine einer eines dem den des am im in an auf aus bei mit nach von vor zu zum zur und
oder aber doch auch als wie wenn weil dass er sie es wir ich ihr man diese dieser dieses jetzt nun
dann noch nur schon so da hier dort was wer wo warum wie welche kein keine nicht mehr viele
""".split())


Phrases = dict[str, tuple[tuple[str, ...], ...]]  # first word -> phrases starting with it, longest first


@dataclass(frozen=True, eq=False)
class SpeechRules:
    """The speech-attribution rules of one language, loaded from its rule files."""

    lang: str
    verbs: Phrases
    before_speaker: Phrases
    after_speaker: frozenset[str]
    adverbs: frozenset[str]
    pronouns: frozenset[str]
    determiners: frozenset[str]
    collectives: frozenset[str]
    object_words: Phrases
    titles: frozenset[str]
    title_suffixes: tuple[str, ...]

    def is_title(self, word: str) -> bool:
        """True for a title or role word ("minister", "Kremlsprecher", "Dr.")."""
        return _is_title(self, word)

    def _title(self, word: str) -> bool:
        low = word.lower()
        if low in self.titles:
            return True
        return self.lang == "de" and word[:1].isupper() and any(
            low.endswith(s) and len(low) > len(s) + 2 for s in self.title_suffixes)

    def is_collective(self, word: str) -> bool:
        """True for a collective or descriptive speaker noun ("police", "Polizei")."""
        return word.lower() in self.collectives

    def match_verb(self, words: list[str], i: int) -> int:
        """Return how many words from `i` form a speech verb (0 when none)."""
        return _match_phrase(self.verbs, words, i)


@lru_cache(maxsize=65536)
def _is_title(rules: SpeechRules, word: str) -> bool:
    return rules._title(word)


def _phrases(items: list[str]) -> Phrases:
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for phrase in {tuple(x.lower().split()) for x in items if x.strip()}:
        by_first.setdefault(phrase[0], []).append(phrase)
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in by_first.items()}


def _match_phrase(phrases: Phrases, words: list[str], i: int) -> int:
    """How many words from words[i] form one of the phrases (0 when none)."""
    if i >= len(words):
        return 0
    for phrase in phrases.get(words[i].lower(), ()):
        n = len(phrase)
        if n == 1 or tuple(w.lower() for w in words[i:i + n]) == phrase:
            return n
    return 0


@lru_cache(maxsize=4)
def load_rules(lang: str) -> SpeechRules:
    """Load the speech rules of `lang` ("de" or "en") from resources/rules/<lang>/."""
    def read(name: str) -> dict:
        with open(resource_path("rules", lang, name), encoding="utf-8") as f:
            return json.load(f)

    speech, titles = read("speech_verbs.json"), read("speaker_titles.json")
    low = lambda key, src=speech: frozenset(w.lower() for w in src.get(key, []))  # noqa: E731
    return SpeechRules(
        lang=lang,
        verbs=_phrases(speech.get("verbs", [])),
        before_speaker=_phrases(speech.get("before_speaker", [])),
        after_speaker=low("after_speaker"),
        adverbs=low("adverbs"),
        pronouns=low("pronouns"),
        determiners=low("determiners"),
        collectives=frozenset(w.lower() for w in speech.get("collectives", []) if " " not in w),
        object_words=_phrases(speech.get("object_words", [])),
        titles=frozenset(w.lower() for w in titles.get("titles", []) if " " not in w)
        | frozenset(p for w in titles.get("titles", []) if " " in w for p in w.lower().split()
                    if p not in _STOP_CAPS and p not in _PARTICLES)
        | frozenset(w.lower() for w in titles.get("countries", [])),
        title_suffixes=tuple(titles.get("suffixes", [])),
    )


def tokenize(text: str) -> list[str]:
    """Split text into words and punctuation; a final '.' stays only on initials and titles ("J.", "Dr.")."""
    out: list[str] = []
    for m in _TOKEN.finditer(text):
        tok = m.group()
        if len(tok) > 2 and tok.endswith(".") and tok.lower() not in _DOTTED:
            out.extend((tok[:-1], "."))
        else:
            out.append(tok)
    return out


_DOTTED = frozenset({"dr.", "mr.", "mrs.", "ms.", "sen.", "rep.", "gov.", "gen.", "prof.", "st.", "jr."})


_WEEKDAYS = frozenset("""monday tuesday wednesday thursday friday saturday sunday montag dienstag mittwoch donnerstag
freitag samstag sonnabend sonntag""".split())
_TIME_ADVERBS = frozenset("yesterday today earlier later also separately gestern heute".split())


def _is_cap(word: str) -> bool:
    return word[:1].isupper() and word.lower() not in _STOP_CAPS


def read_speaker(words: list[str], i: int, rules: SpeechRules) -> tuple[list[str], int]:
    """Read a speaker noun phrase forward from words[i]; return (its words, index after it)."""
    j = i
    phrase: list[str] = []
    if j < len(words) and words[j].lower() in rules.determiners:
        phrase.append(words[j])
        j += 1
    content = 0
    named = 0
    while j < len(words):
        w = words[j]
        if _is_cap(w) or rules.is_title(w) or rules.is_collective(w):
            if named >= 2 and rules.is_title(w):
                break  # a new title after a full name starts a new name: "CJI Surya Kant PM Modi"
            if not (rules.is_title(w) or rules.is_collective(w)):
                named += 1
            phrase.append(w)
            content += 1
            j += 1
        elif content and w.lower() in _PARTICLES and j + 1 < len(words) and words[j + 1][:1].isupper() \
                and not (rules.lang == "de" and w.lower() in {"der", "den"} and phrase[-1].lower() not in {"von", "van"}):
            phrase.append(w)
            j += 1
        else:
            break
    if not content:
        return [], i
    # A description may carry a genitive or "for/of the X" tail: "ein Sprecher des Ministeriums".
    head_is_role = not any(_is_cap(w) and not rules.is_title(w) and not rules.is_collective(w) for w in phrase)
    if head_is_role and j + 1 < len(words) and words[j].lower() in {"des", "der", "for", "of"}:
        k = j + 1
        if k < len(words) and words[k].lower() in {"the", "des", "der"}:
            k += 1
        tail = k
        while k < len(words) and (_is_cap(words[k]) or rules.is_collective(words[k])):
            k += 1
        if k > tail:
            phrase.extend(words[j:k])
            j = k
    return phrase, j


def read_speaker_backward(words: list[str], end: int, rules: SpeechRules) -> list[str]:
    """Read a speaker noun phrase that ends just before words[end] ("Keir Starmer| said").

    A time adverbial between the name and the verb is skipped: "Jane Doe on Tuesday| said".
    """
    if end >= 2 and words[end - 2].lower() in {"on", "am"} and words[end - 1].lower() in _WEEKDAYS:
        end -= 2
    elif end >= 1 and words[end - 1].lower() in _TIME_ADVERBS:
        end -= 1
    j = end
    content = 0
    while j > 0:
        w = words[j - 1]
        if _is_cap(w) or rules.is_title(w) or rules.is_collective(w):
            content += 1
            j -= 1
        elif content and w.lower() in _PARTICLES and words[j][:1].isupper() and not (
                w.lower() in {"der", "den"} and (j < 2 or words[j - 2].lower() not in {"von", "van"})):
            j -= 1
        else:
            break
    if not content:
        return []
    if j >= 2 and words[j - 1].lower() in {"of", "for"} and (rules.is_collective(words[j - 2])
                                                               or rules.is_title(words[j - 2])):
        # "the interim government of Bangladesh said": the role is the speaker, not the place
        j -= 2
        k = j
        while k > 0 and k > j - 2 and words[k - 1].isalpha() and words[k - 1].islower() \
                and words[k - 1].lower() not in rules.determiners and not rules.match_verb(words, k - 1):
            k -= 1
        if k > 0 and words[k - 1].lower() in rules.determiners:
            j = k
    if j > 0 and words[j - 1].lower() in rules.determiners:
        j -= 1
    return words[j:end]


def clean_speaker(phrase: list[str], rules: SpeechRules) -> str | None:
    """Turn a speaker phrase into the name to report: titles off names, articles kept on descriptions."""
    words = [w for w in phrase if w not in {",", "."}]
    if words and words[-1].endswith(("'s", "’s")):
        words[-1] = words[-1][:-2]
    while words and (words[-1].lower() in rules.determiners or words[-1].lower() in _PARTICLES):
        words.pop()
    for k in range(len(words) - 2, -1, -1):
        if words[k].endswith(("'s", "’s")):  # "England's Joe Root": the possessor is not the speaker
            words = words[k + 1:]
            break
    if not words:
        return None
    is_name = [(_is_cap(w) and not rules.is_title(w) and not rules.is_collective(w)) for w in words]
    if any(is_name):
        first = is_name.index(True)
        # keep a genitive/"of" description whole when it starts with a role ("Sprecher des Ministeriums")
        if first > 0 and words[first - 1].lower() in {"des", "der", "of", "for", "the"}:
            return " ".join(words)
        # the name follows the last title that has a name after it: "Finnish President Alexander Stubb"
        last_title = max((k for k in range(len(words) - 1) if rules.is_title(words[k]) and any(is_name[k + 1:])),
                         default=-1)
        name = words[last_title + 1:] if last_title >= 0 else words[first:]
        while name and not _is_cap(name[0]):
            name.pop(0)
        while name and (rules.is_title(name[-1]) or rules.is_collective(name[-1])):
            name.pop()
        # an acronym after a name belongs to the next item: "Murmu EU"
        for k in range(1, len(name)):
            if name[k].isupper() and len(name[k]) > 1 and not name[k - 1].isupper():
                name = name[:k]
                break
        return " ".join(name) or None
    return " ".join(words)


def read_attribution_after(tail: str, rules: SpeechRules) -> str | None:
    """Speaker from the text right after a closing quotation mark.

    Handles ", he said", ", said X", ", X said", ", sagte X", ", so X", ": X" (headlines),
    ", according to X", ", X zufolge". Returns a name, PRONOUN, or None.
    """
    words = tokenize(tail[:200])
    if not words:
        return None
    if words[0] == ":":  # headline: 'Quote': Speaker on ...
        phrase, _ = read_speaker(words, 1, rules)
        return clean_speaker(phrase, rules) if phrase else None
    i = 0
    while i < len(words) and words[i] in {",", ";"}:
        i += 1
    if i >= len(words):
        return None
    if words[i] in {"–", "—", "-"} and i + 1 < len(words):
        found = _attribution_at(words, i + 1, rules)
        return found if found is not None else _attribution_at(words, i, rules)
    return _attribution_at(words, i, rules)


def _skip_adverbs(words: list[str], i: int, rules: SpeechRules) -> int:
    while i < len(words) and words[i].lower() in rules.adverbs:
        i += 1
    return i


_BREAKS = frozenset("""in on at outside inside from to during after before with and but as while when who which
that near into by am im vom von bei auf aus nach gegenüber und mit während vor als der des dem""".split())


def read_description(words: list[str], j: int, rules: SpeechRules) -> str | None:
    """A described speaker after a verb: "the crowd", "die 54-Jährige", "the former minister"."""
    if j >= len(words) or words[j].lower() not in rules.determiners:
        return None
    k = j + 1
    while k < len(words) and k - j <= 4 and words[k][:1].isalnum() and (
            words[k].lower() not in _BREAKS and not rules.match_verb(words, k)):
        k += 1
    if k == j + 1:
        return None
    if k + 1 < len(words) and words[k] == ",":  # "the adviser, Robert Lane,": the name wins
        phrase, _ = read_speaker(words, k + 1, rules)
        if phrase and (name := clean_speaker(phrase, rules)) and _is_cap(name.split()[0]):
            return name
    return " ".join(words[j:k])


def _source_after(words: list[str], j: int, rules: SpeechRules) -> str | None:
    """A source named a few words after an impersonal verb: "heißt es in einer Mitteilung der Polizei"."""
    for k in range(j, min(j + 8, len(words))):
        if words[k] in {",", ".", ";", ":"}:
            return None
        if words[k].lower() in {"der", "des", "von", "vom", "from", "by"} and k + 1 < len(words):
            phrase, _ = read_speaker(words, k + 1, rules)
            if phrase and any(_is_cap(w) for w in phrase):
                return clean_speaker(phrase, rules)
    return None


def _attribution_at(words: list[str], i: int, rules: SpeechRules) -> str | None:
    """Speaker of an attribution clause starting at words[i]."""
    n = rules.match_verb(words, i)
    if n:  # verb first: "said X", "sagte er", "so Peskow"
        j = _skip_adverbs(words, i + n, rules)
        if j < len(words) and words[j].lower() in rules.pronouns:
            return PRONOUN
        phrase, _ = read_speaker(words, j, rules)
        if phrase:
            return clean_speaker(phrase, rules)
        # an unlisted role before the name: "said engineer Tom Vale", "said city treasurer Amy Cole"
        k = j
        while k < len(words) and k - j < 3 and words[k].isalpha() and words[k].islower() \
                and words[k] not in _BREAKS and words[k] not in rules.determiners:
            k += 1
        if k > j and k < len(words) and _is_cap(words[k]):
            phrase, _ = read_speaker(words, k, rules)
            if phrase and (name := clean_speaker(phrase, rules)):
                return name
        return read_description(words, j, rules) or _source_after(words, j, rules)
    n = _match_phrase(rules.before_speaker, words, i)
    if n:  # "according to police", "laut Polizei"
        phrase, _ = read_speaker(words, i + n, rules)
        return clean_speaker(phrase, rules) if phrase else None
    if words[i] in {"–", "—", "-"}:  # "… – Jane Dorsey" closing a standalone quote
        phrase, j = read_speaker(words, i + 1, rules)
        return clean_speaker(phrase, rules) if phrase and (j == len(words) or words[j] in {".", ","}) else None
    if words[i].lower() in rules.pronouns:
        j = _skip_adverbs(words, i + 1, rules)
        return PRONOUN if rules.match_verb(words, j) else None
    phrase, j = read_speaker(words, i, rules)
    if phrase:  # "X said", "X zufolge", "X, 54, said", "X, a spokesman for Y, said"
        k = _skip_adverbs(words, _skip_apposition(words, j), rules)
        if rules.match_verb(words, k) or (k < len(words) and words[k].lower() in rules.after_speaker):
            return clean_speaker(phrase, rules)
    description = read_description(words, i, rules)
    if description and "," not in description:  # "a former British diplomat told NBC News"
        k = _skip_adverbs(words, i + len(description.split()), rules)
        if rules.match_verb(words, k):
            return description
    return None


def _apposition_speaker(words: list[str], comma: int, rules: SpeechRules) -> list[str]:
    """The speaker of "A, B, said": B when B is a name ("Der Bürgermeister, Kurt Laub, sagte"),
    else A ("Nikol Pashinyan, prime minister of Armenia, said")."""
    opening = next((k for k in range(comma - 1, max(-1, comma - 10), -1) if words[k] == ","), None)
    if opening is None:
        return []
    inner = words[opening + 1:comma]
    if inner and all(_is_cap(w) or rules.is_title(w) for w in inner):
        return inner
    return read_speaker_backward(words, opening, rules)


def _skip_apposition(words: list[str], j: int) -> int:
    """Skip ", 54," or ", a spokesman for the ministry," after a name; return where the verb should be."""
    if j < len(words) and words[j] == ",":
        for k in range(j + 1, min(j + 9, len(words))):
            if words[k] == ",":
                return k + 1
            if words[k] in {".", ";", ":", '"'}:
                break
    return j


def read_attribution_before(head: str, rules: SpeechRules, people: PersonIndex | None = None,
                            offset: int = 0) -> str | None:
    """Speaker from the text before an opening quotation mark in the same sentence.

    Handles "X said:", "X sagte:", "sagte X:", "X told him", and "X zeigte sich unbeeindruckt:"
    (a colon after a sentence naming one person). Returns a name, PRONOUN, or None.
    """
    stripped = head.rstrip()
    words = tokenize(stripped[-300:])
    if not words:
        return None
    colon = words[-1] in {":", ","}
    body = words[:-1] if colon else words
    colon = colon and words[-1] == ":"
    # "According to the mayor, "…"", "Laut Innenminister Hans Beck „…“"
    for b in range(max(0, len(body) - 10), len(body)):
        n = _match_phrase(rules.before_speaker, body, b)
        if n and not rules.match_verb(body, b):
            phrase, j = read_speaker(body, b + n, rules)
            if phrase and j == len(body):
                return clean_speaker(phrase, rules)
    # the last speech verb in the head, allowing object words after it ("told him", "told reporters")
    end = len(body)
    k = end
    while k > 0 and (body[k - 1].lower() in rules.adverbs or _match_phrase(rules.object_words, body, k - 1)
                     or body[k - 1] in {",", "that", "dass"}):
        k -= 1
    for v in range(k - 1, max(-1, k - 5), -1):
        n = rules.match_verb(body, v)
        # the verb ends the head, or only a short object follows it: "said the plan", "told him"
        if n and (v + n >= k or all(w.islower() and w.isalpha() for w in body[v + n:k])):
            after = _skip_adverbs(body, v + n, rules)
            if after < len(body) and body[after].lower() in rules.pronouns:
                return PRONOUN
            phrase, _ = read_speaker(body, after, rules)
            if phrase and (colon or rules.lang == "de") and after < end:
                return clean_speaker(phrase, rules)
            back = read_speaker_backward(body, v, rules)
            if not back and v > 1 and body[v - 1] == ",":
                back = _apposition_speaker(body, v - 1, rules)
            if back:
                return clean_speaker(back, rules)
            if v > 0 and body[v - 1].lower() in rules.pronouns:
                return PRONOUN
            if people is not None:
                return people.last_before(offset + len(stripped), within=len(stripped))
            return None
    if colon:  # "Die Ministerin sagte der Deutschen Presse-Agentur: „…“"
        named = speech_speakers(" ".join(body), rules)
        if named:
            return named[-1]
        if people is not None:
            return people.first_in(offset, offset + len(stripped))
    return None


def speech_speakers(sentence: str, rules: SpeechRules) -> list[str]:
    """Speakers named next to a speech verb anywhere in a sentence (quotations already blanked)."""
    words = tokenize(sentence)
    found: list[str] = []
    sources: list[str] = []  # "laut X", "X zufolge", "according to X": used when no verb names anyone
    for i in range(len(words)):
        if _match_phrase(rules.before_speaker, words, i) and not rules.match_verb(words, i):
            phrase, _ = read_speaker(words, i + _match_phrase(rules.before_speaker, words, i), rules)
            if phrase and (name := clean_speaker(phrase, rules)):
                sources.append(name)
            continue
        n = rules.match_verb(words, i)
        if not n:
            if words[i].lower() in rules.after_speaker:
                back = read_speaker_backward(words, i, rules)
                if back and (name := clean_speaker(back, rules)):
                    sources.append(name)
            continue
        after = _skip_adverbs(words, i + n, rules)
        back = read_speaker_backward(words, i, rules)
        if back and (i - len(back) == 0 or words[i - len(back) - 1] in {",", ":", ";"}):
            if name := clean_speaker(back, rules):  # the clause's subject: "Die Ministerin sagte der Zeitung"
                found.append(name)
                continue
        phrase, _ = read_speaker(words, after, rules)
        if phrase and (name := clean_speaker(phrase, rules)) and not (
                rules.lang == "en" and phrase[0][:1].islower() and not rules.is_collective(phrase[0])):
            found.append(name)
            continue
        back = read_speaker_backward(words, i, rules)
        if back and (name := clean_speaker(back, rules)):
            found.append(name)
    return found or sources
