"""The source's number beside the claim's: deviation, the qualifier's range, a suggested band."""

from __future__ import annotations

import pytest

from factdesk.core.matching.compare import band_verdict, source_figures, suggest
from factdesk.core.store.scales import get_scale
from factdesk.core import ops


def test_more_than_claim_against_a_larger_source_figure_is_consistent():
    found = source_figures("arrests", 30000, "people", "more_than",
                           "Das Ministerium meldete später 33.000 Festnahmen.", "de")
    best = found[0]
    assert (best.figure.value, best.consistent, best.band) == (33000, True, 0)
    s = suggest("arrests", 30000, "people", "more_than", found, get_scale("default"), "de")
    assert s.verdict.id == "true"
    assert s.reasoning.startswith("Die Quelle nennt 33.000")
    assert "mehr als 30.000" in s.reasoning and "passt" in s.reasoning


def test_vote_share_off_by_points_is_outside_and_the_band_says_so():
    found = source_figures("vote_share", 80.1, "percent", "exact",
                           "Unabhängige Beobachter zählten 76,2 Prozent der Stimmen.", "de")
    best = found[0]
    assert best.consistent is False
    assert best.deviation == pytest.approx(-3.9)
    s = suggest("vote_share", 80.1, "percent", "exact", found, get_scale("default"), "en")
    assert "3.9 points below" in s.reasoning
    assert s.verdict.id in ("half_true", "mostly_false")


@pytest.mark.parametrize("qualifier, source, consistent", [
    ("more_than", "Es waren 29.000 Festnahmen.", False),
    ("less_than", "Es waren 29.000 Festnahmen.", True),
    ("approx", "Es waren 31.500 Festnahmen.", True),
    ("exact", "Es waren 31.500 Festnahmen.", False),
    ("up_to", "Es waren 30.000 Festnahmen.", True),
])
def test_qualifier_ranges(qualifier, source, consistent):
    (best, *_) = source_figures("arrests", 30000, "people", qualifier, source, "de")
    assert best.consistent is consistent


def test_figures_of_another_kind_are_not_compared():
    assert source_figures("arrests", 30000, "people", "exact",
                          "Die Inflation lag bei 4,5 Prozent.", "de") == []
    s = suggest("arrests", 30000, "people", "exact", [], get_scale("default"), "en")
    assert s.verdict is None and s.reasoning == "The source gives no comparable figure."


def test_bands_follow_each_scale():
    assert [band_verdict(get_scale("default"), b).id for b in range(5)] == [
        "true", "mostly_true", "half_true", "mostly_false", "false"]
    assert [band_verdict(get_scale("dpa"), b).id for b in (0, 4)] == ["stimmt", "stimmt_nicht"]
    assert band_verdict(get_scale("meta"), 4).id == "false"


def test_claim_sources_on_the_desk_are_compared_including_an_attached_file(desk, tmp_path):
    from factdesk.core.matching.source_check import compare_claim_sources

    article_id = ops.import_text(desk, "Bei den Protesten wurden mehr als 30 000 Menschen festgenommen.\n",
                                 by="anna").article_id
    claim = next(c for c in desk.claims_for_article(article_id) if c.type == "arrests")
    ops.add_source(desk, claim.id, "anna", url="https://ministry.example/a",
                   excerpt="Festgenommen wurden 33 000 Menschen.")
    attached = tmp_path / "report.txt"
    attached.write_text("Laut dem Bericht gab es 12.000 Festnahmen.", encoding="utf-8")
    ops.add_source(desk, claim.id, "anna", url="https://ngo.example/b", file_path=attached)
    first, second = compare_claim_sources(desk, claim.id, "en")
    assert first.figures[0].figure.value == 33000 and first.suggestion.verdict.id == "true"
    assert second.figures[0].figure.value == 12000 and second.figures[0].consistent is False
    assert second.suggestion.verdict.id == "false"
    assert desk.get_claim(claim.id).verdict is None  # suggested, never set
