"""`Changes`: what an op changed on the desk, so that views refresh only that.

Every op returns its result with a `Changes` record, as Anki's operations
return `OpChanges`: the claims whose fields changed, the articles whose own
fields or list of claims changed, and whether the per-status counts (the
library's open/decided columns, the status bar, the review queue) moved.
A view that shows none of what a record names does not read the desk again.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Changes:
    """What one op (or several, joined with `|`) changed."""

    claims: frozenset[str] = frozenset()    # claims whose fields, sources or reviews changed
    articles: frozenset[str] = frozenset()  # articles whose fields or list of claims changed
    counts: bool = False                    # claims came, went or changed status: counts moved
    library: bool = False                   # articles came or went: the library's rows changed
    settings: bool = False                  # desk settings (the rating scale, …) changed
    everything: bool = False                # too much to name (a merged bundle): re-read all
    checks: bool = False                    # the collection of earlier fact-checks changed

    @classmethod
    def of(cls, claims: Iterable[str] = (), articles: Iterable[str] = (), **flags: bool) -> Changes:
        """A record naming these claims and articles, with the given flags."""
        return cls(frozenset(claims), frozenset(articles), **flags)

    def __or__(self, other: Changes) -> Changes:
        return Changes(self.claims | other.claims, self.articles | other.articles,
                       self.counts or other.counts, self.library or other.library,
                       self.settings or other.settings, self.everything or other.everything,
                       self.checks or other.checks)

    def __bool__(self) -> bool:
        return bool(self.claims or self.articles or self.counts or self.library or self.settings
                    or self.everything or self.checks)

    def touches_claim(self, claim_id: str | None) -> bool:
        """True when a view showing this claim must show it anew."""
        return self.everything or (claim_id is not None and claim_id in self.claims)

    def touches_article(self, article_id: str | None) -> bool:
        """True when a view showing this article's claims must re-read them."""
        return self.everything or (article_id is not None and article_id in self.articles)


NOTHING = Changes()
EVERYTHING = Changes(counts=True, library=True, settings=True, everything=True, checks=True)
