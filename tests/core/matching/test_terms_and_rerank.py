"""Match terms across German and English, and the shipped re-ranker."""

from __future__ import annotations

import datetime as dt
import json
import math

import pytest

from factdesk.core.matching import rerank
from factdesk.core.matching.features import FEATURES, Facts, Query
from factdesk.core.matching.post_signature import split_signature
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


def _candidate(**values: float) -> list[float]:
    """A feature vector: a middling candidate with the given features set."""
    x = [0.5] * len(FEATURES)
    for name in ("date_known", "date_log_days", "date_soon", "desk_verdict", "cross_language", "has_poster",
                 "poster_named", "numbers_conflict", "type_conflict", "value_conflict"):
        x[FEATURES.index(name)] = 0.0
    for name, v in values.items():
        x[FEATURES.index(name)] = v
    return x


def test_shipped_weights_fit_the_features():
    data = json.loads(resource_path(*rerank.WEIGHTS_FILE).read_text(encoding="utf-8"))
    assert data["features"] == list(FEATURES)
    assert set(data["trained_on"]) == {"2a-train", "2b-train"}
    model = rerank.shipped()
    strong = _candidate(bm25_rel=1.0, bm25_claim_rel=1.0, bm25_title_rel=1.0, rank_recip=1.0, char3=0.6,
                        idf_coverage=0.9, body_idf_any=0.9)
    weak = _candidate(bm25_rel=0.2, bm25_claim_rel=0.2, bm25_title_rel=0.0, rank_recip=0.01, char3=0.02,
                      idf_coverage=0.1, body_idf_any=0.1)
    assert 0.0 <= model.score(weak) < model.score(strong) <= 1.0
    assert 0.0 <= model.min_score < 0.05


def test_a_check_published_soon_after_the_post_ranks_above_one_from_years_before():
    model = rerank.shipped()
    soon = _candidate(date_known=1.0, date_log_days=math.log1p(6), date_soon=1.0)
    years_before = _candidate(date_known=1.0, date_log_days=-math.log1p(1500), date_soon=0.0)
    assert model.score(soon) > model.score(years_before)


def test_many_candidates_score_as_each_alone():
    model = rerank.shipped()
    xs = [_candidate(bm25_rel=v / 10, rank_recip=1 / (1 + v)) for v in range(10)]
    assert model.score_many(xs) == pytest.approx([model.score(x) for x in xs])
    assert model.score_many([]) == []


def _stump(feature: int = 0, threshold: float = 0.5) -> dict:
    """Weights with one tree of one split (written here, not trained)."""
    return {"features": list(FEATURES), "depth": 1, "calibration": [1.0, 0.0], "min_score": 0.01,
            "trees": [{"feature": [feature, -1, -1], "threshold": [threshold, 0, 0], "left": [1, 0, 0],
                       "right": [2, 0, 0], "value": [0.0, -2.0, 3.0]}]}


def test_trees_are_walked_left_at_or_below_the_threshold():
    model = rerank.from_json(_stump())
    assert list(model.raw([[0.5] + [0.0] * (len(FEATURES) - 1), [0.7] + [0.0] * (len(FEATURES) - 1)])) == [-2.0, 3.0]


def test_weights_for_other_features_are_refused():
    with pytest.raises(ValueError, match="retrain"):
        rerank.from_json({"features": ["bm25"], "mean": [0], "scale": [1], "coef": [1], "intercept": 0})


@pytest.mark.parametrize("damage", [
    lambda d: d.pop("trees"),
    lambda d: d["trees"][0]["feature"].__setitem__(0, len(FEATURES) + 3),
    lambda d: d["trees"][0]["left"].__setitem__(0, 9),
    lambda d: d.__setitem__("min_score", 1.5),
])
def test_damaged_weights_are_refused(damage):
    data = _stump()
    damage(data)
    with pytest.raises(ValueError, match="damaged"):
        rerank.from_json(data)


def test_a_post_signature_gives_poster_and_date_and_the_body_keeps_its_hyphens():
    s = split_signature("Anti-war marchers filled the square. https://t.co/x — Jane Roe (@jroe) March 3, 2019")
    assert (s.body, s.names, s.date) == ("Anti-war marchers filled the square. https://t.co/x",
                                        {"jane", "roe"}, dt.date(2019, 3, 3))
    assert split_signature("A well-known fact - nothing more.").date is None
    assert split_signature("Short year — Sam Poe (@sp) October 04, 19").date == dt.date(2019, 10, 4)


def test_a_query_keeps_the_signature_words_for_bm25_but_not_in_its_body():
    q = Query.of("Fuel prices doubled overnight — Jane Roe (@jroe) March 3, 2019", "en", Facts())
    assert {"jane", "roe"} <= set(q.terms.terms)
    assert "jane" not in q.body_terms and "fuel" in q.body_terms
    assert (q.poster, q.date) == ({"jane", "roe"}, dt.date(2019, 3, 3))
    assert Query.of("Fuel prices doubled", "en", Facts(), dt.date(2020, 1, 2)).date == dt.date(2020, 1, 2)
