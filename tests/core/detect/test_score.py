"""Tests for the check-worthiness score (score.py, worthiness.py) with the shipped models. Sentences written here."""

from __future__ import annotations

import json

import pytest
import spacy
from spacy.tokens import Doc

from factdesk.core.detect import worthiness
from factdesk.core.detect.component import register_components
from factdesk.core.detect.api import detect
from factdesk.core.detect.score import score_claims, sentence_score
from factdesk.core.detect.sentence_cues import sentence_features
from factdesk.core.model import DetectedClaim

SENTENCE = "The ministry said 4,200 people were arrested after the protests in Harlow."


def claim(value=4200.0, qualifier="exact", type_="arrests", unit="people") -> DetectedClaim:
    start = SENTENCE.index("4,200")
    return DetectedClaim(start=start, end=start + 22, text=SENTENCE[start:start + 22], type=type_, value=value,
                         unit=unit, qualifier=qualifier, sentence_start=0, sentence_end=len(SENTENCE))


def test_scores_are_in_unit_interval_and_blank_is_zero():
    for text in (SENTENCE, "Yes.", "?", "Die Regierung hat 3 Milliarden Euro ausgegeben."):
        assert 0.0 <= sentence_score(text, "en") <= 1.0
    assert worthiness.score_texts(["", "   ", SENTENCE], "en")[:2] == [0.0, 0.0]


def test_specific_number_beats_vague_one():
    assert sentence_score(SENTENCE, "en", [claim()]) > sentence_score(SENTENCE, "en", [claim(None, "vague")])


def test_small_talk_scores_below_half_and_statistics_above():
    assert sentence_score("Thank you very much, good evening to all of you.", "en") < 0.5
    assert sentence_score("Unemployment rose to 7.4 percent last year in Ohio, the highest rate since 2009.",
                          "en") > 0.5
    assert sentence_score("Ich freue mich sehr, heute hier bei Ihnen zu sein.", "de") < 0.5
    assert sentence_score("Die Arbeitslosenquote ist im Mai auf 6,1 Prozent gestiegen.", "de") > 0.5


def test_a_question_scores_below_the_statement():
    assert sentence_score("Did the budget grow by 3 billion dollars?", "en") < \
        sentence_score("The budget grew by 3 billion dollars.", "en")


def test_german_common_nouns_are_not_names():
    assert sentence_features("Das Gesetz gilt für die Regierung.", "de")["named_subject"] == 0
    assert sentence_features("Das Gesetz gilt laut Kanzler Weber ab Mai.", "de")["named_subject"] == 1


def test_a_reader_comment_is_told_from_a_news_sentence():
    news = ["Die Polizei nahm am Samstag 120 Menschen fest.", "„Wir bleiben“, sagte die Ministerin.",
            "Turnout rose to 64 percent in the capital."]
    comments = ["@USER das glaubt doch keiner!!", "die haben doch alle gelogen", "Stimmt nicht. Lies mal nach.",
                "Mehr dazu unter https://example.org/zahlen", "Great, another tax hike :-("]
    assert [sentence_features(t, "de")["comment_style"] for t in news] == [0, 0, 0]
    assert [sentence_features(t, "de")["comment_style"] for t in comments] == [1, 1, 1, 1, 1]


def test_a_link_and_a_long_text_are_features():
    assert sentence_features("Die Zahlen stehen auf www.example.org im Bericht.", "de")["cites_link"] == 1
    assert sentence_features("Die Zahlen stehen im Bericht.", "de")["cites_link"] == 0
    long = "Der Landtag hat " + " ".join(["sehr"] * 26) + " lange beraten."
    assert sentence_features(long, "de")["long_text"] == 1
    assert sentence_features("Der Landtag hat lange beraten.", "de")["long_text"] == 0


def test_features_read_the_claims():
    f = worthiness.features(SENTENCE, "en", [claim(qualifier="more_than")])
    assert f["specific_number"] == f["hedged_number"] == f["type:arrests"] == 1
    assert f["vague_number"] == f["in_quote"] == 0
    assert set(f) == set(worthiness.FEATURES)


def test_every_claim_of_a_sentence_gets_the_sentence_score():
    text = ("Lakeport spent $14 million on 300 new buses in 2023. "
            "Good morning, everyone.")
    claims = detect(text, "en").claims
    first = [c for c in claims if c.sentence_start == 0]
    assert len(first) >= 2 and len({c.score for c in first}) == 1
    assert first[0].score == pytest.approx(sentence_score(text[:first[0].sentence_end], "en"), abs=1e-4)


def test_score_claims_keeps_everything_else():
    c = claim()
    [scored] = score_claims(SENTENCE, [c], "en")
    assert scored.score > 0 and scored.start == c.start and scored.text == c.text and scored.value == 4200.0


def test_reasons_name_the_strongest_features_first():
    reasons = worthiness.reasons("Police said more than 30,000 people were detained in Minsk since August.", "en")
    names = [r.feature for r in reasons]
    assert "specific_number" in names and "hedged_number" in names
    values = [r.contribution for r in reasons]
    assert values == sorted(values, reverse=True)
    assert worthiness.reasons("   ", "en") == []


def test_wording_reason_names_the_words_that_make_it_read_as_a_claim():
    text = "The unemployment rate doubled and taxes rose by twelve percent under this government."
    wording = next(r for r in worthiness.reasons(text, "en") if r.feature == worthiness.TEXT_FEATURE)
    if wording.contribution > 0:
        assert wording.words and all(w in text for w in wording.words)


def test_combination_file_drives_the_score(tmp_path):
    data = json.loads(worthiness.combiner_path("en").read_text(encoding="utf-8"))
    base = worthiness.shipped("en")
    before = worthiness.score_text(SENTENCE, "en", [claim()])
    data["weights"]["specific_number"] += 3.0
    path = tmp_path / "worthiness-en.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    changed = worthiness.Scorer(base.textcat, worthiness.read_combiner(path), base.lang)
    assert worthiness.score_texts([SENTENCE], "en", [[claim()]], scorer=changed)[0] > before


def test_spacy_component_scores_doc_claims():
    Doc.set_extension("claims", default=None, force=True)
    register_components()
    nlp = spacy.blank("en")
    nlp.add_pipe("factdesk_quotes")
    nlp.add_pipe("factdesk_score")
    text = '"Taxes will not rise this year," Premier Dana Ruiz said.'
    doc = nlp(text)
    assert len(doc._.claims) == 1
    assert doc._.claims[0].score == pytest.approx(sentence_score(text, "en"), abs=1e-4)


def test_sentence_scores_cover_every_sentence_and_keep_claim_scores():
    text = ("Good evening and welcome to our small town hall. "
            "The council spent $3.2 million on the new bridge, twice the budget. "
            "We will now hear from the mayor.")
    claims = detect(text, "en").claims
    scores = worthiness.sentence_scores(text, "en", claims)
    assert [text[s.start:s.end][:4] for s in scores] == ["Good", "The ", "We w"]
    assert scores[1].score == max(c.score for c in claims) and scores[1].score >= 0.5
    assert scores[0].score < 0.5 and scores[2].score < scores[1].score
