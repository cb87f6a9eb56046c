"""The one vocabulary: what claim types, statuses, qualifiers, units and verdicts are called, in English and German.

The app, the command line, the reports and the bundle summaries all take their
words from here, so a German desk reads "Amtsdauer" and "Bereit zur Abnahme"
everywhere. Numbers and dates are written with Babel in the language's
conventions; a claim's value is worded by `format_value` ("mehr als 30.000
Personen", "2,5 Mrd. EUR", "6. Amtszeit"); counts by `count` ("1 article",
"2 Behauptungen"). Qt's translation files hold only the GUI's own chrome.

Every function takes a `language`: "de…" means German, anything else English.
"""

from __future__ import annotations

from datetime import date, datetime

from factdesk.core.model import RatingScale

LANGUAGES = ("en", "de")
_BABEL = {"de": "de_DE", "en": "en_GB"}

# id -> (English, German)
TYPES: dict[str, tuple[str, str]] = {
    "vote_share": ("Vote share", "Stimmenanteil"),
    "arrests": ("Arrests", "Festnahmen"),
    "casualties": ("Casualties", "Opfer"),
    "crowd_size": ("Crowd size", "Teilnehmerzahl"),
    "duration_in_power": ("Time in power", "Amtsdauer"),
    "term_count": ("Term of office", "Amtszeit"),
    "money": ("Money", "Geldbetrag"),
    "statistic": ("Statistic", "Statistik"),
    "quote": ("Quote", "Zitat"),
    "date": ("Date", "Datum"),
    "duration": ("Duration", "Zeitspanne"),
    "prediction": ("Prediction", "Prognose"),
    "comparison": ("Comparison", "Vergleich"),
}
STATUSES: dict[str, tuple[str, str]] = {
    "new": ("New", "Neu"),
    "researching": ("Researching", "In Recherche"),
    "ready_for_review": ("Ready for review", "Bereit zur Abnahme"),
    "approved": ("Approved", "Freigegeben"),
    "returned": ("Returned", "Zurückgegeben"),
    "dismissed": ("Dismissed", "Verworfen"),
}
QUALIFIERS: dict[str, tuple[str, str]] = {
    "exact": ("exactly", "genau"),
    "approx": ("about", "etwa"),
    "more_than": ("more than", "mehr als"),
    "less_than": ("less than", "weniger als"),
    "at_least": ("at least", "mindestens"),
    "up_to": ("up to", "bis zu"),
    "vague": ("vague", "unbestimmt"),
}
# unit id of a normalized value -> ((English one, many), (German one, many)); currencies and symbols stay as they are
UNITS: dict[str, tuple[tuple[str, str], tuple[str, str]]] = {
    "years": (("year", "years"), ("Jahr", "Jahre")),
    "months": (("month", "months"), ("Monat", "Monate")),
    "terms": (("term", "terms"), ("Amtszeit", "Amtszeiten")),  # a count of terms ("zwei Amtszeiten"), not the 2nd
    "people": (("person", "people"), ("Person", "Personen")),
    "copies": (("copy", "copies"), ("Exemplar", "Exemplare")),
    "pieces": (("piece", "pieces"), ("Stück", "Stück")),
    "points": (("point", "points"), ("Punkt", "Punkte")),
    "percentage points": (("percentage point", "percentage points"), ("Prozentpunkt", "Prozentpunkte")),
    "times": (("time", "times"), ("Mal", "Mal")),
    "degrees": (("degree", "degrees"), ("Grad", "Grad")),
    "votes": (("vote", "votes"), ("Stimme", "Stimmen")),
    "seats": (("seat", "seats"), ("Sitz", "Sitze")),
    "barrel": (("barrel", "barrels"), ("Barrel", "Barrel")),
    "acres": (("acre", "acres"), ("Acre", "Acres")),
    "miles": (("mile", "miles"), ("Meile", "Meilen")),
    "lanes": (("lane", "lanes"), ("Fahrspur", "Fahrspuren")),
    "storeys": (("storey", "storeys"), ("Stockwerk", "Stockwerke")),
    "basis points": (("basis point", "basis points"), ("Basispunkt", "Basispunkte")),
    "percent": (("percent", "percent"), ("Prozent", "Prozent")),
    "term": (("term", "terms"), ("Amtszeit", "Amtszeiten")),
}
# things counted in summaries: (English one, many), (German one, many)
NOUNS: dict[str, tuple[tuple[str, str], tuple[str, str]]] = {
    "article": (("article", "articles"), ("Artikel", "Artikel")),
    "claim": (("claim", "claims"), ("Behauptung", "Behauptungen")),
    "source": (("source", "sources"), ("Quelle", "Quellen")),
    "review": (("review", "reviews"), ("Abnahme", "Abnahmen")),
    "history entry": (("history entry", "history entries"), ("Verlaufseintrag", "Verlaufseinträge")),
    "earlier fact-check": (("earlier fact-check", "earlier fact-checks"),
                           ("früherer Faktencheck", "frühere Faktenchecks")),
    "verdict": (("verdict", "verdicts"), ("Bewertung", "Bewertungen")),
    "conflict": (("conflict", "conflicts"), ("Konflikt", "Konflikte")),
    "comment": (("comment", "comments"), ("Kommentar", "Kommentare")),
    "file": (("file", "files"), ("Datei", "Dateien")),
    "new article": (("new article", "new articles"), ("neuer Artikel", "neue Artikel")),
    "new claim": (("new claim", "new claims"), ("neue Behauptung", "neue Behauptungen")),
    "new source": (("new source", "new sources"), ("neue Quelle", "neue Quellen")),
}
# the fixed phrases of the core's one-line summaries (bundles): id -> (English, German), with {placeholders}
PHRASES: dict[str, tuple[str, str]] = {
    "bundle_written": ("wrote {name} ({scope}): {counts}", "{name} geschrieben ({scope}): {counts}"),
    "scope_everything": ("everything", "alles"),
    "scope_changes": ("changes since the last exchange", "Änderungen seit dem letzten Austausch"),
    "nothing_new": ("nothing new: this desk already had everything in the bundle",
                    "nichts Neues: dieser Desk hatte schon alles aus dem Bündel"),
    "changed": ("{counted} changed", "{counted} geändert"),
    "recognised": ("{counted} recognised by content", "{counted} am Inhalt erkannt"),
    "added_or_updated": ("{counted} added or updated", "{counted} hinzugefügt oder aktualisiert"),
    "skipped_text_differs": ("{counted} skipped (article text differs)",
                             "{counted} übersprungen (Artikeltext weicht ab)"),
}
# why a sentence is (not) worth checking: check-worthiness features (core/detect/worthiness.py) -> (English, German)
REASONS: dict[str, tuple[str, str]] = {
    "wording": ("its wording", "die Wortwahl"),
    "specific_number": ("a specific number", "eine genaue Zahl"),
    "vague_number": ("a vague number", "eine unbestimmte Zahl"),
    "hedged_number": ("a hedged number (about, more than …)", "eine eingeschränkte Zahl (etwa, mehr als …)"),
    "in_quote": ("a quotation", "ein Zitat"),
    "named_subject": ("names someone or something", "nennt jemanden oder etwas"),
    "prediction": ("future tense", "Zukunftsform"),
    "question": ("a question", "eine Frage"),
    "short_sentence": ("a very short sentence", "ein sehr kurzer Satz"),
    "comparison": ("a comparison or trend", "ein Vergleich oder Trend"),
    "statistic_words": ("statistical words", "statistische Begriffe"),
    "attribution": ("attributed to a source", "einer Quelle zugeschrieben"),
    "opinion": ("a personal opinion", "eine persönliche Meinung"),
    "courtesy": ("courtesy or small talk", "Höflichkeit oder Smalltalk"),
    "past_action": ("something done (past tense)", "etwas Getanes (Vergangenheit)"),
    "long_text": ("a long text (30 words or more)", "ein langer Text (30 Wörter oder mehr)"),
    "cites_link": ("cites a web link", "nennt einen Weblink"),
    # also true of a headline without a full stop: the label must fit both
    "comment_style": ("not a full news sentence (a comment or a headline)",
                      "kein ganzer Nachrichtensatz (Kommentar oder Überschrift)"),
}
_REASON_TYPE = ("a claim about {type}", "eine Behauptung zu {type}")
_REASON_WORDING = ("wording like {words}", "Wortwahl wie {words}")
_WORTHINESS = (("less likely worth checking", "eher nicht prüfenswert"), ("worth checking", "prüfenswert"))
_SCALES = ((1e12, "trillion", "Bio."), (1e9, "billion", "Mrd."), (1e6, "million", "Mio."))
_NO_VERDICT = ("no verdict", "keine Bewertung")
_VAGUE_NUMBER = ("vague number", "unbestimmte Zahl")
_TERM = ("term", "Amtszeit")


def lang(language: str | None) -> str:
    """"de" for any German language code ("de", "de_DE", "de-AT"), else "en"."""
    return "de" if (language or "").lower().startswith("de") else "en"


def _pick(pair: tuple[str, str], language: str | None) -> str:
    return pair[1] if lang(language) == "de" else pair[0]


def _forms(pair: tuple[tuple[str, str], tuple[str, str]], language: str | None) -> tuple[str, str]:
    """(one, many) in the language."""
    return pair[1] if lang(language) == "de" else pair[0]


def _readable(identifier: str) -> str:
    return identifier.replace("_", " ").capitalize()


def type_label(claim_type: str, language: str | None) -> str:
    """The name of a claim type ("Time in power", "Amtsdauer"); an unknown id made readable."""
    pair = TYPES.get(claim_type)
    return _pick(pair, language) if pair else _readable(claim_type)


def status_label(status: str, language: str | None) -> str:
    """The name of a workflow status ("Ready for review", "Bereit zur Abnahme")."""
    pair = STATUSES.get(status)
    return _pick(pair, language) if pair else _readable(status)


def qualifier_label(qualifier: str | None, language: str | None) -> str:
    """The words of a qualifier ("more than", "mehr als"); "" for none."""
    if not qualifier:
        return ""
    pair = QUALIFIERS.get(qualifier)
    return _pick(pair, language) if pair else qualifier.replace("_", " ")


def unit_label(unit: str, value: float | None, language: str | None) -> str:
    """A unit word in the right number ("1 year", "26 Jahre"); currencies and symbols (EUR, km) as they are."""
    forms = UNITS.get(unit)
    if forms is None:
        return unit
    one, many = _forms(forms, language)
    return one if value == 1 else many


def unit_id(word: str | None) -> str | None:
    """The unit id a person typed as a word in either language ("Jahre", "Prozent", "people"); other
    words (currency codes, "km") stay as typed; "" is None."""
    text = " ".join((word or "").split())
    if not text:
        return None
    key = text.casefold()
    for unit, forms in UNITS.items():
        if key == unit.casefold() or any(key == w.casefold() for pair in forms for w in pair):
            return unit
    return text


def verdict_label(scale: RatingScale | None, verdict_id: str | None, language: str | None) -> str:
    """A verdict's label on the desk's rating scale; "no verdict" for None, the id when the scale lacks it."""
    if verdict_id is None:
        return _pick(_NO_VERDICT, language)
    verdict = scale.verdict(verdict_id) if scale is not None else None
    return verdict.label(lang(language)) if verdict is not None else verdict_id


def count(n: int, noun: str, language: str | None) -> str:
    """A count with its noun in the right number: "1 article", "2,000 claims", "2.000 Behauptungen"."""
    forms = NOUNS.get(noun)
    if forms is None:
        one, many = noun, noun + "s"
    else:
        one, many = _forms(forms, language)
    return f"{format_number(n, language)} {one if n == 1 else many}"


def reason_label(feature: str, language: str | None, examples: tuple[str, ...] | list[str] = ()) -> str:
    """Why a sentence scores as it does: "a specific number", "a claim about arrests", "wording like “rose”"."""
    if feature.startswith("type:"):
        return _pick(_REASON_TYPE, language).format(type=type_label(feature[5:], language).lower()
                                                    if lang(language) == "en" else type_label(feature[5:], language))
    if feature == "wording" and examples:
        quoted = ", ".join(f"„{w}“" if lang(language) == "de" else f"“{w}”" for w in examples)
        return _pick(_REASON_WORDING, language).format(words=quoted)
    pair = REASONS.get(feature)
    return _pick(pair, language) if pair else _readable(feature)


def worthiness_label(score: float, language: str | None) -> str:
    """"worth checking" at 0.5 or more (claims.md), else "less likely worth checking"."""
    return _pick(_WORTHINESS[score >= 0.5], language)


def phrase(key: str, language: str | None, **values: str) -> str:
    """One of the fixed `PHRASES`, filled in: phrase("changed", "de", counted="2 Bewertungen")."""
    return _pick(PHRASES[key], language).format(**values)


def format_number(x: float | int | None, language: str | None, decimals: int | None = None) -> str:
    """A number for people: "30.000" / "80,1" in German, "30,000" / "80.1" in English; None gives "".

    `decimals` fixes the number of decimals; by default whole numbers have
    none and others up to three.
    """
    if x is None:
        return ""
    from babel.numbers import format_decimal

    locale = _BABEL[lang(language)]
    if decimals is not None:
        pattern = "#,##0" + ("." + "0" * decimals if decimals > 0 else "")
        return format_decimal(x, format=pattern, locale=locale)
    if float(x).is_integer():
        return format_decimal(int(x), locale=locale)
    return format_decimal(x, format="#,##0.###", locale=locale)


def format_date(iso: str | date | None, language: str | None, with_time: bool | None = None) -> str:
    """An ISO date or time for people ("24.11.2026" / "24 Nov 2026", with the time when it has one).

    A time with a zone is shown in the computer's local time. Text that is not
    ISO comes back unchanged (so a view still shows something); None gives "".
    """
    if iso is None or iso == "":
        return ""
    value: date | datetime
    if isinstance(iso, (date, datetime)):
        value = iso
    else:
        text = str(iso).strip()
        try:
            value = datetime.fromisoformat(text.replace("Z", "+00:00")) if len(text) > 10 else \
                date.fromisoformat(text)
        except ValueError:
            return str(iso)
    from babel import dates

    locale = _BABEL[lang(language)]
    if isinstance(value, datetime) and with_time is not False:
        if value.tzinfo is not None:
            value = value.astimezone()
        return f"{dates.format_date(value.date(), format='medium', locale=locale)}, " \
               f"{dates.format_time(value, format='short', locale=locale)}"
    day = value.date() if isinstance(value, datetime) else value
    return dates.format_date(day, format="medium", locale=locale)


def ordinal(n: int, language: str | None) -> str:
    """1st, 2nd, 3rd, 11th (English); 1., 2., 3. (German)."""
    if lang(language) == "de":
        return f"{n}."
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _amount(value: float, language: str | None) -> str:
    """30,000 / 2.5 million / 1.5 billion (German: 30.000 / 2,5 Mio. / 1,5 Mrd.)."""
    for size, en, de in _SCALES:
        if abs(value) >= size:
            scaled = value / size
            digits = format_number(scaled, language) if scaled.is_integer() else \
                format_number(float(f"{scaled:.4g}"), language)
            return f"{digits} {de if lang(language) == 'de' else en}"
    return format_number(value, language)


def format_value(value: float | None, unit: str | None, qualifier: str | None, language: str | None) -> str:
    """A claim's normalized value for people, with its unit and qualifier.

    "more than 30,000 people", "2.5 billion EUR", "80.1%", "6th term"; in German
    "mehr als 30.000 Personen", "2,5 Mrd. EUR", "80,1 %", "6. Amtszeit". A vague
    number without a value is "vague number" / "unbestimmte Zahl"; no value "".
    """
    if value is None:
        return _pick(_VAGUE_NUMBER, language) if qualifier == "vague" else ""
    value = float(value)
    if unit == "years" and 0 < value < 1:  # "vier Monate" is stored as 0.333 years: show 4 months
        value, unit = round(value * 12, 6), "months"
    if unit == "term" and value.is_integer():
        text = f"{ordinal(int(value), language)} {_pick(_TERM, language)}"
    else:
        text = _amount(value, language)
        if unit == "percent":
            text = f"{text} %" if lang(language) == "de" else f"{text}%"
        elif unit:
            text = f"{text} {unit_label(unit, value, language)}"
    if qualifier and qualifier != "exact":
        text = f"{qualifier_label(qualifier, language)} {text}"
    return text
