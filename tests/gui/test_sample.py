"""The bundled sample articles: fictional, found, and showing every scored claim type."""

from __future__ import annotations

import re

import pytest

from factdesk.core.model import SCORED_TYPES
from factdesk.gui.sample import sample_article_path


@pytest.mark.parametrize("language", ["de", "en", "de_DE", "en-GB"])
def test_sample_article_path(language):
    path = sample_article_path(language)
    assert path.is_file() and path.name == f"sample_{language[:2]}.txt"


def test_unknown_sample_language():
    with pytest.raises(ValueError, match="available: de, en"):
        sample_article_path("fr")


@pytest.mark.parametrize("language", ["de", "en"])
def test_sample_says_it_is_fictional(language):
    first_line = sample_article_path(language).read_text(encoding="utf-8").splitlines()[0]
    assert re.search(r"fiktives Beispiel|fictional example", first_line)
    readme = (sample_article_path(language).parent / "README.md").read_text(encoding="utf-8")
    assert "invented" in readme


@pytest.mark.parametrize("language", ["de", "en"])
def test_sample_shows_every_scored_type(language):
    detect = pytest.importorskip("factdesk.core.detect").detect
    text = sample_article_path(language).read_text(encoding="utf-8")
    found = {c.type for c in detect(text, lang=language).claims}
    assert set(SCORED_TYPES) <= found, sorted(set(SCORED_TYPES) - found)


def _shingles(text: str, n: int = 8) -> set[tuple[str, ...]]:
    words = re.findall(r"\w+", text.lower())
    return {tuple(words[i:i + n]) for i in range(len(words) - n + 1)}


def test_sample_copies_nothing_from_the_corpus(shared_dir):
    corpus = shared_dir / "corpus"
    if not corpus.is_dir():
        pytest.skip("no corpus")
    ours = set().union(*(_shingles(sample_article_path(lang).read_text(encoding="utf-8")) for lang in ("de", "en")))
    for path in corpus.rglob("*.txt"):
        overlap = ours & _shingles(path.read_text(encoding="utf-8", errors="replace"))
        assert not overlap, (path.name, sorted(overlap)[:3])
