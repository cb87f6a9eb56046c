"""Match terms across German and English, and the shipped re-ranker."""

from __future__ import annotations

import json

import pytest

from factdesk.core.matching import rerank
from factdesk.core.matching.features import FEATURES
from factdesk.core.matching.terms import analyse
from factdesk.resources import resource_path


@pytest.mark.parametrize("de, en", [
    ("Über 30.000 Festnahmen in Belarus", "More than 30,000 arrests in Belarus"),
    ("mehr als 30 000 Menschen wurden verhaftet", "more than 30000 people were detained"),
    ("80,1 Prozent der Stimmen", "80.1 percent of the votes"),
    ("Sechs Tote und 20 Verletzte", "six dead and 20 injured"),
])
def test_german_and_english_share_their_terms(de, en):
    g, e = analyse(de, "de"), analyse(en, "en")
    shared = set(g.terms) & set(e.terms)
    assert len(shared) >= len(set(e.terms)) - 1, (g.terms, e.terms)


def test_numbers_are_normalized_and_words_do_not_cross_languages_by_accident():
    assert analyse("Es waren 2 000 000 Euro", "de").numbers == {"2000000"}
    assert analyse("80,1 Prozent", "de").numbers == {"80.1"}
    assert analyse("80,100 people", "en").numbers == {"80100"}
    assert "~kill" not in analyse("Die Polizei kam", "de").terms  # German "die" is not English "die"
    assert "~war" not in analyse("Es waren viele", "de").terms


def test_hashtags_handles_and_links():
    t = analyse("#DefundTheCBC now https://t.co/abc pic.twitter.com/xyz @JoeBiden", "en")
    assert t.terms == ("defund", "cbc", "now", "joe", "biden")


def test_subjects_are_names_not_sentence_starts():
    t = analyse("Yesterday Lukashenko met Putin in Sochi.", "en")
    assert t.subjects == {"lukashenko", "putin", "sochi"}


def test_shipped_weights_fit_the_features():
    data = json.loads(resource_path(*rerank.WEIGHTS_FILE).read_text(encoding="utf-8"))
    assert data["features"] == list(FEATURES)
    assert set(data["trained_on"]) == {"2a-train", "2b-train"}
    model = rerank.shipped()
    strong = [1.0] * len(FEATURES)
    weak = [0.0] * len(FEATURES)
    assert 0.0 <= model.score(weak) < model.score(strong) <= 1.0


def test_weights_for_other_features_are_refused():
    with pytest.raises(ValueError, match="retrain"):
        rerank.from_json({"features": ["bm25"], "mean": [0], "scale": [1], "coef": [1], "intercept": 0})
