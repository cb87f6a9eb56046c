"""The shipped claim-type models: they match their training config, are small, and load lazily."""

import json
import subprocess
import sys
from pathlib import Path

import pytest
from spacy.util import load_config

from factdesk.core.detect.claim_types import load_components, model_dir
from factdesk.training.claims.train import CONFIG
from factdesk.training.claims.data import LABELS

REPO = Path(__file__).resolve().parents[3]


def _holds(shipped, repo) -> bool:
    """Every setting of `repo` is in `shipped` with the same value (spaCy adds its defaults when saving)."""
    if isinstance(repo, dict):
        return isinstance(shipped, dict) and all(k in shipped and _holds(shipped[k], v) for k, v in repo.items())
    return shipped == repo


@pytest.mark.parametrize("lang", ["de", "en"])
def test_shipped_model_matches_its_config(lang):
    path = model_dir(lang)
    shipped, repo = load_config(path / "config.cfg"), load_config(CONFIG)
    assert shipped["nlp"]["lang"] == lang
    assert shipped["nlp"]["pipeline"] == repo["nlp"]["pipeline"]
    assert _holds(shipped["components"], repo["components"])
    for key in ("seed", "max_epochs", "dropout", "optimizer", "batcher"):
        assert _holds(shipped["training"][key], repo["training"][key]), key
    assert shipped["system"]["seed"] == repo["system"]["seed"]
    meta = json.loads((path / "meta.json").read_text())
    assert meta["factdesk"]["config"] == CONFIG.name and meta["factdesk"]["articles"] > 0
    textcat, table = load_components(path)
    assert tuple(textcat.labels) == LABELS
    assert table.get("Festnahmen" if lang == "de" else "arrested") in ("Festnahme", "arrest")


def test_weights_are_small():
    size = sum(p.stat().st_size for p in (REPO / "resources" / "models").rglob("*") if p.is_file())
    assert size < 20 * 1024 * 1024


def test_model_loads_only_when_a_number_needs_it():
    code = ("import sys; from factdesk.core.detect import detect; detect('Kein Wort mit Zahl hier.', 'de'); "
            "import factdesk.core.detect.claim_types as ct; print(any(t._textcat is not None for t in ct._typers.values()))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_a_missing_model_says_how_to_train_it(tmp_path, monkeypatch):
    from factdesk.core.detect.claim_types import ClaimTyper

    with pytest.raises(RuntimeError, match="factdesk.training.claims train"):
        ClaimTyper("de", tmp_path / "claims-de").maker
