"""The fixed words of a report in English and German (the desk setting `report_language`)."""

from __future__ import annotations

WORDS: dict[str, dict[str, str]] = {
    "en": {
        "claims_in": "{claims} claims in {articles} articles", "scale": "rating scale", "generated": "generated",
        "filters": "Filters", "summary": "Summary", "verdicts": "Verdicts", "verdict": "Verdict",
        "types": "Claim types", "type": "Type", "claims": "Claims", "untitled": "(untitled)",
        "no_verdict": "no verdict", "speaker": "Speaker", "checker": "Checker", "reviewer": "Reviewer",
        "reviewed": "reviewed", "updated": "updated", "file": "File", "sources": "Sources",
        "per_verdict": "Claims per verdict", "per_type": "Claims per type", "made_with": "Made with FactDesk.",
        "status": "status",
    },
    "de": {
        "claims_in": "{claims} Behauptungen in {articles} Artikeln", "scale": "Bewertungsskala",
        "generated": "erstellt", "filters": "Filter", "summary": "Übersicht", "verdicts": "Bewertungen",
        "verdict": "Bewertung", "types": "Arten von Behauptungen", "type": "Art", "claims": "Behauptungen",
        "untitled": "(ohne Titel)", "no_verdict": "keine Bewertung", "speaker": "Sprecher",
        "checker": "Prüfer", "reviewer": "Freigabe", "reviewed": "geprüft", "updated": "geändert",
        "file": "Datei", "sources": "Quellen", "per_verdict": "Behauptungen je Bewertung",
        "per_type": "Behauptungen je Art", "made_with": "Erstellt mit FactDesk.", "status": "Status",
    },
}


def words(language: str) -> dict[str, str]:
    """Return the report words for a language (English unless it starts with 'de')."""
    return WORDS["de" if (language or "").startswith("de") else "en"]
