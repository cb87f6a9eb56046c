"""Comparing a claim on the desk with the figures of its sources (excerpts and attached files).

The use case behind the claim panel's "Source vs claim" part and
`compare_claim_sources`: for each source of the claim, the text is its
excerpt plus, when a file is attached, that file's text (txt, html, docx,
pdf via the intake readers); its figures are compared with `compare.py`.
"""

from __future__ import annotations

from dataclasses import dataclass

from factdesk.core.errors import FactDeskError
from factdesk.core.matching.compare import FigureComparison, Suggestion, source_figures, suggest
from factdesk.core.model import Source


@dataclass(frozen=True, slots=True)
class SourceComparison:
    """One source of a claim: its comparable figures (best first) and what they suggest."""

    source: Source
    figures: list[FigureComparison]
    suggestion: Suggestion
    note: str | None = None   # e.g. why an attached file could not be read


def source_text(desk, source: Source) -> tuple[str, str | None]:
    """The source's excerpt and its attached file's text, and a note when the file could not be read."""
    parts = [source.excerpt or ""]
    note = None
    if source.file_hash:
        try:
            from factdesk.core.intake.readers import read_article

            parts.append(read_article(desk.source_file(source.id)).text)
        except FactDeskError as exc:
            note = exc.message
    return "\n\n".join(p for p in parts if p.strip()), note


def compare_claim_sources(desk, claim_id: str, lang: str = "en") -> list[SourceComparison]:
    """Each source of the claim set against its value; the reasoning in `lang` ("de"/"en")."""
    claim = desk.get_claim(claim_id)
    article = desk.get_article(claim.article_id)
    scale = desk.rating_scale()
    out = []
    for source in claim.sources:
        text, note = source_text(desk, source)
        figures = source_figures(claim.type, claim.value, claim.unit, claim.qualifier, text,
                                 article.language or "auto") if claim.type != "quote" else []
        out.append(SourceComparison(source, figures,
                                    suggest(claim.type, claim.value, claim.unit, claim.qualifier, figures, scale, lang),
                                    note))
    return out
