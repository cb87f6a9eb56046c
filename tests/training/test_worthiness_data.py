"""Training data for check-worthiness: news sentence labels and splits that keep groups whole (no training here)."""

from __future__ import annotations

import json

import pytest

from factdesk.training.worthiness import data, train
from factdesk.training.worthiness.data import Example

ARTICLE = ("Der Stadtrat von Lindau tagte am Montag. Er beschloss einen Kredit über 4,5 Millionen Euro. "
           "Die Sitzung dauerte lange.")


def test_a_news_sentence_holding_a_gold_claim_is_check_worthy(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    gold = {"language": "de", "claims": [{"type": "money", "anchor": "4,5 Millionen Euro", "value": 4.5e6}]}
    (tmp_path / "a.gold.json").write_text(json.dumps(gold), encoding="utf-8")
    examples = data.news_sentences(tmp_path, "de")
    assert [(e.text[:6], e.label) for e in examples] == [("Der St", 0), ("Er bes", 1), ("Die Si", 0)]
    assert {e.group for e in examples} == {"news:a"}


def test_occurrence_picks_the_later_anchor():
    text = "5 Tote hier. Dann 5 Tote dort."
    assert data.gold_spans(text, {"claims": [{"anchor": "5 Tote", "occurrence": 2}]}) == [(18, 24)]


def test_test_sentences_never_reach_training():
    kept = data.without([Example("Taxes rose 5%.", 1, "ct24", "a"), Example("Hello there", 0, "ct24", "b")],
                        [Example("taxes  ROSE 5 %", 0, "clef2019", "c")])
    assert [e.text for e in kept] == ["Hello there"]


def test_splits_keep_groups_whole_and_hold_out_each_data_set():
    examples = [Example(f"s{i}", i % 2, source, f"{source}:{i // 3}") for source in ("news-de", "germeval")
                for i in range(60)]
    fit, held = train.split_by_group(examples)
    assert not {e.group for e in fit} & {e.group for e in held}
    assert {e.source for e in held} == {"news-de", "germeval"} and 0.1 < len(held) / len(examples) < 0.3
    folds = train.fold_groups(examples, 5)
    assert sum(len(f) for f in folds) == len({e.group for e in examples})
    assert all(not a & b for i, a in enumerate(folds) for b in folds[i + 1:])
    assert train.split_by_group(examples) == (fit, held)  # a fixed seed: the same split every time


def test_calibration_sentences_cover_every_fold_once_in_a_fixed_order():
    examples = [Example(f"s{i}", i % 2, "ct24", f"ct24:{i}") for i in range(40)]
    examples += examples[:4]  # a repeated (weighted) sentence is calibrated on once
    held = train.calibration_sentences(examples, 5)
    assert sorted(e.text for e in held) == sorted(f"s{i}" for i in range(40))
    assert held == train.calibration_sentences(examples, 5)
    for fit, fold in train.fold_splits(examples, 5):
        assert not {e.group for e in fit} & {e.group for e in fold}


def test_kept_logits_refuse_another_model_or_other_sentences(tmp_path):
    model = tmp_path / "models" / "worthiness-en"
    (model / "textcat").mkdir(parents=True)
    (model / "textcat" / "model").write_bytes(b"weights one")
    (tmp_path / "scoring").mkdir()
    held = [Example("Taxes rose 5%.", 1, "ct24", "a"), Example("Hello there", 0, "ct24", "b")]
    train.write_logits(tmp_path, "en", model, held, [1.5, -2.25])
    assert list(train.read_logits(tmp_path, "en", model, held)) == [1.5, -2.25]
    with pytest.raises(SystemExit, match="changed"):
        train.read_logits(tmp_path, "en", model, [held[1], held[0]])
    (model / "textcat" / "model").write_bytes(b"weights two")
    with pytest.raises(SystemExit, match="another en model"):
        train.read_logits(tmp_path, "en", model, held)
