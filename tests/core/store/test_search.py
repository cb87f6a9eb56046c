"""Full-text search over articles, claims, rationales and sources, grouped by kind."""

import pytest

from factdesk.core.errors import InputError
from factdesk.core import ops


@pytest.fixture
def worked(desk, article):
    claim = desk.claims_for_article(article)[0]
    ops.edit_claim(desk, claim.id, by="bea", rationale="Das Landeswahlamt bestätigt die Zahl.")
    ops.add_source(desk, claim.id, by="bea", url="https://example.org/ergebnis",
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
    ops.edit_claim(desk, claim.id, by="bea", rationale="Geändert")
    assert desk.search("Landeswahlamt") == []


@pytest.mark.parametrize("query", ['"Prozent', "Prozent AND", "NEAR(x", "Prozent -", "Prozent OR", "OR Prozent"])
def test_search_syntax_from_users_never_fails(worked, query):
    desk, _, _ = worked
    assert isinstance(desk.search(query), list)


def test_ss_finds_sharp_s_and_back(desk):
    a = ops.import_text(desk, "Die Hauptstraße ist gesperrt. Der Schlossgarten bleibt offen.\n", by="anna",
                            title="Verkehr").article_id
    for query in ("hauptstrasse", "Hauptstraße", "schloßgarten"):
        hits = [h for h in desk.search(query) if h.kind == "article"]
        assert [h.id for h in hits] == [a], query
    snippet = [h for h in desk.search("hauptstrasse") if h.kind == "article"][0].snippet
    assert "[Hauptstraße]" in snippet  # the original text, marked


def test_minus_excludes_quotes_make_a_phrase_or_offers_a_choice(desk):
    a = ops.import_text(desk, "Haushalt ohne neue Schulden, sagt die Ministerin.\n", by="anna",
                        title="Original").article_id
    b = ops.import_text(desk, "Haushalt ohne neue Schulden, sagt die Ministerin. Kopie\n", by="anna",
                        title="Kopie").article_id
    c = ops.import_text(desk, "Neue Schulden für den Haushalt? Nein.\n", by="anna", title="Frage").article_id

    def ids(q):
        return {h.id for h in desk.search(q) if h.kind == "article"}

    assert ids("Haushalt -Kopie") == {a, c}
    assert ids('"ohne neue Schulden"') == {a, b}
    assert ids('"ohne neue Schulden" -Kopie') == {a}
    assert ids("Ministerin OR Nein") == {a, b, c}
    for query in ("-Kopie", "-Prozent*"):
        with pytest.raises(InputError, match="not excluded"):
            desk.search(query)
