"""Who made a claim, for ClaimReview's `itemReviewed.author`: speaker, subject, else the outlet.

A quote, or a number a person is quoted with, has its speaker. Otherwise the
claim is about someone when its sentence names a person before the claim
("Lukaschenko erhielt 80,1 Prozent"), or when it opens with "Er"/"He"/"She"
after a person was named; the person is found by the detector's name index
(`PersonIndex`: titled names, speakers, their short forms) and given in the
longest form the article uses. A sentence that names nobody is the outlet's
own assertion.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from factdesk.core.model import Article, Claim

# How far back (characters) a pronoun at the start of a sentence may refer.
PRONOUN_REACH = 600
_PRONOUN_START = {"de": re.compile(r"\s*Er\b"), "en": re.compile(r"\s*(?:He|She)\b")}


@dataclass(frozen=True, slots=True)
class Claimant:
    """A schema.org author: "Person" or "Organization", with its name."""

    type: str
    name: str

    def to_json(self) -> dict[str, str]:
        """The schema.org object."""
        return {"@type": self.type, "name": self.name}


class ClaimantFinder:
    """Finds the claimant of each claim of one article (the article's name index is built once)."""

    def __init__(self, article: Article, claims: list[Claim]):
        self.article = article
        self.language = article.language if article.language in ("de", "en") else "de"
        self._speakers = [c.speaker for c in claims if c.speaker]
        self._people = None

    def people(self):
        """The article's person index (built on first use)."""
        if self._people is None:
            from factdesk.core.detect.speaker_names import PersonIndex
            from factdesk.core.detect.speakers import load_rules

            self._people = PersonIndex(self.article.text or "", load_rules(self.language), self._speakers)
        return self._people

    def subject(self, claim: Claim) -> str | None:
        """The person the claim's sentence is about, or None."""
        text = self.article.text or ""
        start, end = claim.sentence_start, claim.sentence_end
        if not (0 <= start < end <= len(text)) or not (start <= claim.start < end):
            return None
        people = self.people()
        named = people.first_in(start, claim.start) or people.first_in(start, end)
        if named:
            return people.canonical(named)
        pronoun = _PRONOUN_START[self.language].match(text, start)
        if pronoun:
            before = people.last_before(start, within=PRONOUN_REACH)
            return people.canonical(before) if before else None
        return None

    def claimant(self, claim: Claim) -> Claimant | None:
        """The speaker, else the subject (Person); else the outlet (Organization); else None."""
        if claim.speaker:
            return Claimant("Person", claim.speaker)
        person = self.subject(claim)
        if person:
            return Claimant("Person", person)
        if self.article.outlet:
            return Claimant("Organization", self.article.outlet)
        return None
