"""The fixed words of a report in English and German (the desk setting `report_language`).

Also the names of claim types, workflow statuses, qualifiers and filters: the
reports show these in the report's language (the core has no Qt, so the GUI's
translated labels cannot be used here). Machine formats (JSON, CSV ids) keep the ids.
"""

from __future__ import annotations

WORDS: dict[str, dict[str, str]] = {
    "en": {
        "claims_in": "{claims} claims in {articles} articles", "scale": "rating scale", "generated": "generated",
        "filters": "Filters", "summary": "Summary", "verdicts": "Verdicts", "verdict": "Verdict",
        "types": "Claim types", "type": "Type", "claims": "Claims", "untitled": "(untitled)",
        "no_verdict": "no verdict", "speaker": "Speaker", "checker": "Checker", "reviewer": "Reviewer",
        "reviewed": "reviewed", "updated": "updated", "file": "File", "sources": "Sources",
        "per_verdict": "Claims per verdict", "per_type": "Claims per type", "made_with": "Made with FactDesk.",
        "status": "status", "title": "Verdict report", "qualifier": "qualifier",
    },
    "de": {
        "claims_in": "{claims} Behauptungen in {articles} Artikeln", "scale": "Bewertungsskala",
        "generated": "erstellt", "filters": "Filter", "summary": "Übersicht", "verdicts": "Bewertungen",
        "verdict": "Bewertung", "types": "Arten von Behauptungen", "type": "Art", "claims": "Behauptungen",
        "untitled": "(ohne Titel)", "no_verdict": "keine Bewertung", "speaker": "Sprecher",
        "checker": "Prüfer", "reviewer": "Freigabe", "reviewed": "geprüft", "updated": "geändert",
        "file": "Datei", "sources": "Quellen", "per_verdict": "Behauptungen je Bewertung",
        "per_type": "Behauptungen je Art", "made_with": "Erstellt mit FactDesk.", "status": "Status",
        "title": "Prüfbericht", "qualifier": "Angabe",
    },
}


TYPES: dict[str, dict[str, str]] = {
    "en": {
        "vote_share": "vote share", "arrests": "arrests", "casualties": "casualties", "crowd_size": "crowd size",
        "duration_in_power": "time in power", "term_count": "term count", "money": "money",
        "statistic": "statistic", "quote": "quote", "date": "date", "duration": "duration",
        "prediction": "prediction", "comparison": "comparison",
    },
    "de": {
        "vote_share": "Stimmenanteil", "arrests": "Festnahmen", "casualties": "Opferzahl",
        "crowd_size": "Teilnehmerzahl", "duration_in_power": "Zeit an der Macht", "term_count": "Amtszeiten",
        "money": "Geldbetrag", "statistic": "Statistik", "quote": "Zitat", "date": "Datum", "duration": "Dauer",
        "prediction": "Prognose", "comparison": "Vergleich",
    },
}
STATUSES: dict[str, dict[str, str]] = {
    "en": {"new": "new", "researching": "researching", "ready_for_review": "ready for review",
           "approved": "approved", "returned": "returned", "dismissed": "dismissed"},
    "de": {"new": "neu", "researching": "in Recherche", "ready_for_review": "zur Freigabe",
           "approved": "freigegeben", "returned": "zurückgegeben", "dismissed": "verworfen"},
}
QUALIFIERS: dict[str, dict[str, str]] = {
    "en": {"exact": "exactly", "approx": "about", "more_than": "more than", "less_than": "less than",
           "at_least": "at least", "up_to": "up to", "vague": "vague"},
    "de": {"exact": "genau", "approx": "etwa", "more_than": "mehr als", "less_than": "weniger als",
           "at_least": "mindestens", "up_to": "bis zu", "vague": "unbestimmt"},
}
FILTERS: dict[str, dict[str, str]] = {
    "en": {"status": "status", "article": "article", "verdict": "verdict", "type": "type",
           "from": "from", "to": "to"},
    "de": {"status": "Status", "article": "Artikel", "verdict": "Bewertung", "type": "Art",
           "from": "ab", "to": "bis"},
}


def _lang(language: str | None) -> str:
    return "de" if (language or "").startswith("de") else "en"


def words(language: str) -> dict[str, str]:
    """Return the report words for a language (English unless it starts with 'de')."""
    return WORDS[_lang(language)]


def type_label(claim_type: str, language: str) -> str:
    """The name of a claim type in the report's language (an unknown id made readable)."""
    return TYPES[_lang(language)].get(claim_type, claim_type.replace("_", " "))


def status_label(status: str, language: str) -> str:
    """The name of a workflow status in the report's language."""
    return STATUSES[_lang(language)].get(status, status.replace("_", " "))


def qualifier_label(qualifier: str | None, language: str) -> str:
    """The word for a qualifier ('about', 'etwa'); '' for none."""
    if not qualifier:
        return ""
    return QUALIFIERS[_lang(language)].get(qualifier, qualifier.replace("_", " "))


def filter_labels(filters: dict[str, str], language: str) -> dict[str, str]:
    """The report's filters with names (and status/type values) in the report's language."""
    names = FILTERS[_lang(language)]
    out = {}
    for key, value in filters.items():
        if key == "status":
            value = status_label(value, language)
        elif key == "type":
            value = type_label(value, language)
        out[names.get(key, key)] = value
    return out
