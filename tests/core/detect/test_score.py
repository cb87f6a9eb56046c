"""Tests for check-worthiness scoring (factdesk.core.detect.score). Sentences written for FactDesk."""

from __future__ import annotations

import json

import pytest
import spacy
from spacy.tokens import Doc

from factdesk.core.detect import quotes, score
from factdesk.core.detect.score import (
    claim_features, explain, load_weights, score_claim, score_claims, sentence_features, sentence_score,
)
from factdesk.core.model import DetectedClaim
from factdesk.resources import resource_path

SENTENCE = "The ministry said 4,200 people were arrested after the protests in Harlow."


def claim(value=4200.0, qualifier="exact", type_="arrests", unit="people") -> DetectedClaim:
    start = SENTENCE.index("4,200")
    return DetectedClaim(start=start, end=start + 22, text=SENTENCE[start:start + 22], type=type_, value=value,
                         unit=unit, qualifier=qualifier, sentence_start=0, sentence_end=len(SENTENCE))


def test_scores_are_in_unit_interval():
    for c in (claim(), claim(None, "vague"), claim(type_="date", value=None, unit=None)):
        assert 0.0 <= score_claim(c, SENTENCE, "en") <= 1.0


def test_specific_number_beats_vague_one():
    assert score_claim(claim(), SENTENCE, "en") > score_claim(claim(None, "vague"), SENTENCE, "en")


def test_question_and_courtesy_score_low():
    assert sentence_score("Thank you very much, good evening.", "en", claims=[]) < \
        sentence_score("Unemployment rose to 7 percent last year in Ohio.", "en")
    assert sentence_score("Did the budget grow?", "en", claims=[]) < \
        sentence_score("The budget grew by 3 billion dollars.", "en", claims=[])


def test_sentence_with_number_outranks_small_talk():
    assert sentence_score("We have lost 70,000 factories since China joined the WTO.", "en") > \
        sentence_score("I am very happy to be here tonight.", "en")
    assert sentence_score("Die Arbeitslosigkeit ist auf 6,1 Prozent gestiegen.", "de") > \
        sentence_score("Ich freue mich, heute hier zu sein.", "de")


def test_features_are_readable():
    f = claim_features(claim(), SENTENCE, "en")
    assert f["specific_number"] == 1 and f["vague_number"] == 0 and f["attribution"] == 1
    assert f["past_action"] == 1 and f["named_subject"] == 1
    parts = dict(explain(f, "arrests"))
    assert "bias" in parts and "type:arrests" in parts and "specific_number" in parts


def test_german_common_nouns_are_not_names():
    assert sentence_features("Das Gesetz gilt für die Regierung.", "de")["named_subject"] == 0
    assert sentence_features("Das Gesetz gilt laut Kanzler Weber ab Mai.", "de")["named_subject"] == 1


def test_weights_file_drives_the_score(tmp_path):
    data = json.loads(resource_path("scoring", "weights.json").read_text(encoding="utf-8"))
    before = score_claim(claim(), SENTENCE, "en", weights=load_weights())
    data["features"]["specific_number"] += 2.0
    path = tmp_path / "weights.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    after = score_claim(claim(), SENTENCE, "en", weights=load_weights(path))
    assert after > before
    data["type"]["arrests"] -= 5.0
    path2 = tmp_path / "weights2.json"
    path2.write_text(json.dumps(data), encoding="utf-8")
    assert score_claim(claim(), SENTENCE, "en", weights=load_weights(path2)) < after


def test_score_claims_sets_scores_and_keeps_everything_else():
    c = claim()
    [scored] = score_claims(SENTENCE, [c], "en")
    assert scored.score > 0 and scored.start == c.start and scored.text == c.text


def test_number_inside_quote_counts_as_quoted():
    text = '"We counted 4,200 arrests," the ministry said.'
    quote = DetectedClaim(start=1, end=25, text=text[1:25], type="quote", speaker="the ministry",
                          sentence_end=len(text))
    number = DetectedClaim(start=12, end=25, text=text[12:25], type="arrests", value=4200.0, unit="people",
                           qualifier="exact", sentence_end=len(text))
    scored = {c.type: c for c in score_claims(text, [quote, number], "en")}
    alone = score_claims(text, [number], "en")[0]
    assert scored["arrests"].score > alone.score


@pytest.mark.parametrize("weights_path", [None])
def test_spacy_component_scores_doc_claims(weights_path):
    Doc.set_extension("claims", default=None, force=True)
    quotes.register_component()
    score.register_component()
    nlp = spacy.blank("en")
    nlp.add_pipe("factdesk_quotes")
    nlp.add_pipe("factdesk_score", config={"weights_path": weights_path})
    doc = nlp('"Taxes will not rise this year," Premier Dana Ruiz said.')
    assert len(doc._.claims) == 1 and 0 < doc._.claims[0].score < 1
