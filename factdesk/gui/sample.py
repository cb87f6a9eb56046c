"""The bundled sample articles (fictional, written for FactDesk): `factdesk --demo` and File → Add sample articles.

A real desk never gets them on its own: a newsroom's desk must not hold
invented articles unless someone asked for them.
"""

from __future__ import annotations

from pathlib import Path

from factdesk.resources import resource_path

SAMPLE_LANGUAGES: tuple[str, ...] = ("de", "en")


def sample_article_path(language: str = "de") -> Path:
    """Return the sample article for "de" or "en" (also "de_DE", "en-GB", …).

    Raises ValueError for other languages and FileNotFoundError when the
    installation lacks the file.
    """
    code = (language or "").strip().lower()[:2]
    if code not in SAMPLE_LANGUAGES:
        raise ValueError(f"no sample article in {language!r}; available: {', '.join(SAMPLE_LANGUAGES)}")
    path = resource_path("sample", f"sample_{code}.txt")
    if not path.is_file():
        raise FileNotFoundError(f"the sample article {path.name} is missing from this installation")
    return path


def sample_paths(language: str) -> list[Path]:
    """Both sample articles, the one in `language` last (it is imported last and so listed first)."""
    code = (language or "").strip().lower()[:2]
    order = [c for c in SAMPLE_LANGUAGES if c != code] + ([code] if code in SAMPLE_LANGUAGES else [])
    paths = []
    for c in order:
        try:
            paths.append(sample_article_path(c))
        except (ValueError, FileNotFoundError):
            continue
    return paths
