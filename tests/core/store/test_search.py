"""Full-text search over articles, claims, rationales and sources, grouped by kind."""

import pytest


@pytest.fixture
def worked(desk, article):
    claim = desk.claims_for_article(article)[0]
    desk.update_claim(claim.id, by="bea", rationale="Das Landeswahlamt bestätigt die Zahl.")
    desk.add_source(claim.id, by="bea", url="https://example.org/ergebnis",
                    title="Endgültiges Ergebnis", publisher="Statistikamt Nord", excerpt="Stimmenanteil amtlich")
    return desk, article, claim


@pytest.mark.parametrize("query, kind", [
    ("Wahlabend", "article"),       # title
    ("Polizei zählte", "article"),  # text
    ("Prozent", "claim"),           # claim text
    ("Landeswahlamt", "claim"),     # rationale
    ("Statistikamt", "source"),     # publisher
    ("Stimmenanteil", "source"),    # excerpt
    ("Endgült", "source"),          # prefix of a title word
])
def test_search_finds_each_kind(worked, query, kind):
    desk, article, claim = worked
    hits = desk.search(query)
    assert kind in {h.kind for h in hits}
    assert all(h.article_id == article for h in hits)


def test_hits_are_grouped_by_kind_and_stay_in_sync(worked):
    desk, article, claim = worked
    assert [h.kind for h in desk.search("Prozent")] == ["article", "claim"]
    desk.update_claim(claim.id, by="bea", rationale="Geändert")
    assert desk.search("Landeswahlamt") == []


@pytest.mark.parametrize("query", ['"Prozent', "Prozent AND", "NEAR(x", "-Prozent*"])
def test_search_syntax_from_users_never_fails(worked, query):
    desk, _, _ = worked
    assert isinstance(desk.search(query), list)
