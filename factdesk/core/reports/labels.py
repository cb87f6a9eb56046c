"""The fixed words of a report in English and German (the desk setting `report_language`) and its filters' names.

The names of claim types, statuses and qualifiers come from the one
vocabulary, `factdesk.core.words` (re-exported here for the writers), so a
report says what the app says. Machine formats (JSON, CSV ids) keep the ids.
"""

from __future__ import annotations

from factdesk.core.words import lang, qualifier_label, status_label, type_label

__all__ = ["WORDS", "FILTERS", "words", "type_label", "status_label", "qualifier_label", "filter_labels"]

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


FILTERS: dict[str, dict[str, str]] = {
    "en": {"status": "status", "article": "article", "verdict": "verdict", "type": "type",
           "from": "from", "to": "to"},
    "de": {"status": "Status", "article": "Artikel", "verdict": "Bewertung", "type": "Art",
           "from": "ab", "to": "bis"},
}


def words(language: str) -> dict[str, str]:
    """Return the report words for a language (English unless it starts with 'de')."""
    return WORDS[lang(language)]


def filter_labels(filters: dict[str, str], language: str) -> dict[str, str]:
    """The report's filters with names (and status/type values) in the report's language."""
    names = FILTERS[lang(language)]
    out = {}
    for key, value in filters.items():
        if key == "status":
            value = status_label(value, language)
        elif key == "type":
            value = type_label(value, language)
        out[names.get(key, key)] = value
    return out
