"""The shipped check-worthiness weights match their training config and their calibration (no training here)."""

from __future__ import annotations

import json

import pytest
from spacy.util import load_config

from factdesk.core.detect import worthiness
from factdesk.resources import resource_dir
from factdesk.training.worthiness.train import CONFIGS, file_hashes, logits_path

LANGS = ("de", "en")
SIZE_LIMIT = 20 * 1024 * 1024  # every shipped weight of the project together (issue 11)


@pytest.mark.parametrize("lang", LANGS)
def test_shipped_model_was_built_from_its_config(lang):
    combination = worthiness.shipped(lang).combiner.meta
    config_name = combination["training"]["config"]
    repo = load_config(CONFIGS / config_name, overrides={"nlp.lang": lang}, interpolate=True)
    shipped = load_config(worthiness.model_dir(lang) / "config.cfg", interpolate=True)
    assert shipped["nlp"]["lang"] == lang
    assert_within(repo["components"], shipped["components"])
    for key in ("seed", "dropout", "max_epochs", "optimizer", "batcher"):
        assert_within(repo["training"][key], shipped["training"][key])


def assert_within(written, saved, path="") -> None:
    """Every setting the repo config writes is the one the saved model has (spaCy adds its defaults)."""
    if isinstance(written, dict):
        assert isinstance(saved, dict), path
        for key, value in written.items():
            assert key in saved, f"{path}.{key} missing from the shipped config"
            assert_within(value, saved[key], f"{path}.{key}")
    else:
        assert saved == written, f"{path}: shipped {saved!r}, config {written!r}"


@pytest.mark.parametrize("lang", LANGS)
def test_shipped_files_are_the_ones_calibrated(lang):
    """The combination was fitted on this very model: a retrained model needs a new calibration."""
    recorded = worthiness.shipped(lang).combiner.meta["model_sha256"]
    assert file_hashes(worthiness.model_dir(lang)) == recorded


@pytest.mark.parametrize("lang", LANGS)
def test_combination_covers_every_feature_and_is_calibrated(lang):
    comb = worthiness.shipped(lang).combiner
    assert set(comb.weights) == set(worthiness.FEATURES)
    assert comb.text_weight > 0  # a sentence that reads as check-worthy scores higher
    assert comb.meta["held_out"]["ece"] < 0.05
    table = comb.meta["reliability"]
    assert sum(row["sentences"] for row in table) == comb.meta["held_out"]["sentences"]


def test_shipped_weights_stay_small():
    total = sum(p.stat().st_size for folder in ("models", "scoring") for p in (resource_dir() / folder).rglob("*")
                if p.is_file())
    assert total < SIZE_LIMIT


@pytest.mark.parametrize("lang", LANGS)
def test_a_cross_fitted_model_keeps_the_held_out_logits_it_was_calibrated_on(lang):
    """`--recalibrate` refits on these after a detector change: they must belong to the shipped model."""
    meta = worthiness.shipped(lang).combiner.meta
    path = logits_path(resource_dir(), lang)
    if meta["training"]["folds"] <= 1:
        assert not path.exists()  # a 1-fold model recalibrates on its own held-out part
        return
    stored = json.loads(path.read_text(encoding="utf-8"))
    assert stored["model_sha256"] == meta["model_sha256"]
    assert len(stored["logits"]) == stored["sentences"] == meta["held_out"]["sentences"]
