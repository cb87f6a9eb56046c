"""The bundled sample articles (fictional, written for FactDesk) that `factdesk --demo` opens."""

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
