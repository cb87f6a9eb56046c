"""The annotated corpus for the quote tools: the claims training's reader (one home), and the scorer's speaker rule."""

from __future__ import annotations

from factdesk.training.claims.corpus import REPO, Article, articles, default_shared, read_article, read_text

__all__ = ["REPO", "Article", "articles", "default_shared", "read_article", "read_text", "same_speaker"]


def same_speaker(gold: str, said: str | None) -> bool:
    """claims.md's speaker rule: the gold name, a shorter form of it, or it with one extra word."""
    def words(s: str) -> list[str]:
        return [w.strip(".,;:()\"'’“”„") for w in s.lower().split()]

    g, p = words(gold), words(said or "")
    if not p:
        return False
    return set(p) <= set(g) or (set(g) <= set(p) and len(p) - len(g) <= 1)
