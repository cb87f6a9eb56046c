"""The JSON verdict report: every field FactDesk holds about the reported claims.

The shape is documented by the JSON Schema in
`resources/schemas/report.schema.json` (`format_version` 1); a test validates
the output against it. Keys keep their order; text is UTF-8, not escaped.
"""

from __future__ import annotations

from dataclasses import asdict
from pathlib import Path
from typing import Any

from factdesk.core import strict_json
from factdesk.core.reports.data import Report
from factdesk.core.reports.summary import type_counts, verdict_counts

FORMAT_VERSION = 1


def to_data(report: Report) -> dict[str, Any]:
    """Return the report as plain JSON-ready data."""
    scale = report.scale
    articles = []
    for article in report.articles:
        claims = []
        for entry in article.claims:
            claim = entry.claim.to_json()
            claim["verdict_label"] = report.verdict_label(entry.claim) or None
            claim["checker"] = entry.checker
            claim["reviewer"] = entry.reviewer
            claim["reviewed_at"] = entry.reviewed_at
            claim["sentence"] = entry.sentence
            claim["reviews"] = [asdict(r) for r in entry.reviews]
            claims.append(claim)
        data = asdict(article.article)
        data["claims"] = claims
        articles.append(data)
    return {
        "format": "factdesk-report",
        "format_version": FORMAT_VERSION,
        "title": report.title,
        "organisation": report.organisation,
        "base_url": report.base_url,
        "language": report.language,
        "generated_at": report.generated_at,
        "filters": dict(report.filters),
        "scale": {
            "id": scale.id, "name": scale.name,
            "best_rating": scale.best_rating, "worst_rating": scale.worst_rating,
            "verdicts": [asdict(v) for v in scale.verdicts],
        },
        "summary": {
            "claims": report.claim_count(),
            "articles": len(report.articles),
            "verdicts": {r.key: r.count for r in verdict_counts(report)},
            "types": {r.key: r.count for r in type_counts(report)},
        },
        "articles": articles,
    }


def render(report: Report) -> str:
    """Return the report as indented JSON text."""
    return strict_json.dumps(to_data(report), indent=2) + "\n"


def write(report: Report, path: Path | str) -> None:
    """Write the JSON report to path as UTF-8."""
    Path(path).write_text(render(report), encoding="utf-8")
