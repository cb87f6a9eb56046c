"""Train the check-worthiness model of each language and write it into resources/.

    python -m factdesk.training.worthiness [--lang de en] [--config bow] [--no-dev]

For each language:
1. collect the labelled sentences (`data.py`; `mix()` says which sets);
2. split them by group (article, debate, comment) into a fitting part (80 %)
   and a held-out part (20 %), stratified by data set, with a fixed seed;
3. `spacy train` the text classifier of `configs/NAME.cfg` on the fitting part
   (fixed seed; the last model is kept, so the held-out part chooses nothing);
4. fit the calibrated combination of the classifier's logit with the
   PASTEL-style features on the held-out part (`calibrate.py`);
5. copy the model to resources/models/worthiness-LANG/ and write
   resources/scoring/worthiness-LANG.json.

Needs the `train` extra (scikit-learn) and ../shared beside the repository.
"""

from __future__ import annotations

import argparse
import hashlib
import random
import shutil
import sys
import tempfile
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path

from factdesk.training.worthiness import data
from factdesk.training.worthiness.data import Example

CONFIGS = Path(__file__).resolve().parent / "configs"
LABEL = "CHECK_WORTHY"
OTHER = "OTHER"
SEED = 11
HELD_OUT = 0.2


def mix(lang: str, with_dev: bool = True, news_weight: int = 1) -> list[Example]:
    """The training sentences of `lang` (no CT24 dev sentence and no CLEF 2019 debate sentence).

    en: CheckThat! 2024 train + English news sentences of corpus/train (and dev);
    de: GermEval 2021 + German news sentences of corpus/train (and dev).
    `news_weight` repeats the news sentences (they are the case FactDesk meets most).
    """
    news = data.news_sentences(data.CORPUS / "train" / lang, lang)
    if with_dev:
        news += data.news_sentences(data.CORPUS / "dev" / lang, lang)
    if lang == "en":
        held_back = data.read_ct24(data.CT24_DEV) + [e for d in data.clef_debates().values() for e in d]
        base = data.without(data.read_ct24(), held_back)
    else:
        base = data.read_germeval()
    return base + news * max(news_weight, 1)


def split_by_group(examples: list[Example], fraction: float = HELD_OUT,
                   seed: int = SEED) -> tuple[list[Example], list[Example]]:
    """(fitting part, held-out part): whole groups go to one side, `fraction` of each data set's groups held out."""
    by_source: dict[str, list[str]] = defaultdict(list)
    for e in examples:
        if e.group not in by_source[e.source]:
            by_source[e.source].append(e.group)
    held: set[str] = set()
    rng = random.Random(seed)
    for source in sorted(by_source):
        groups = sorted(by_source[source])
        rng.shuffle(groups)
        held.update(groups[:max(1, round(len(groups) * fraction))])
    return [e for e in examples if e.group not in held], [e for e in examples if e.group in held]


def write_docbin(examples: Iterable[Example], lang: str, path: Path) -> None:
    """Write `examples` as a spaCy DocBin with cats CHECK_WORTHY / OTHER."""
    import spacy
    from spacy.tokens import DocBin

    nlp = spacy.blank(lang)
    db = DocBin()
    for e in examples:
        doc = nlp.make_doc(e.text)
        doc.cats = {LABEL: float(e.label), OTHER: float(1 - e.label)}
        db.add(doc)
    path.parent.mkdir(parents=True, exist_ok=True)
    db.to_disk(path)


def train_textcat(fit: list[Example], held: list[Example], lang: str, config: str, work: Path,
                  seed: int = SEED, overrides: dict | None = None) -> Path:
    """`spacy train` the classifier of configs/CONFIG.cfg on `fit`; return the folder of the last model."""
    from spacy.cli.train import train

    write_docbin(fit, lang, work / "train.spacy")
    write_docbin(held, lang, work / "dev.spacy")
    settings = {"paths.train": str(work / "train.spacy"), "paths.dev": str(work / "dev.spacy"),
                "nlp.lang": lang, "system.seed": seed, **(overrides or {})}
    train(config_path(config), work / "out", overrides=settings)
    return work / "out" / "model-last"


def config_path(config: str) -> Path:
    """configs/NAME.cfg for a name, or the path itself when `config` names a .cfg file."""
    return Path(config) if config.endswith(".cfg") else CONFIGS / f"{config}.cfg"


def file_hashes(model: Path) -> dict[str, str]:
    """sha256 of every file of a saved spaCy model, by relative path."""
    return {p.relative_to(model).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(model.rglob("*")) if p.is_file()}


def train_language(lang: str, config: str = "bow", with_dev: bool = True, news_weight: int = 1,
                   resources: Path | None = None, work: Path | None = None) -> dict:
    """Train, calibrate and (when `resources` is given) install the model of `lang`; return the combination."""
    from factdesk.training.worthiness.calibrate import fit_combiner

    examples = mix(lang, with_dev, news_weight)
    fit, held = split_by_group(examples)
    held = list(dict.fromkeys(held))  # repeated news sentences count once when calibrating
    work = work or Path(tempfile.mkdtemp(prefix=f"worthiness-{lang}-"))
    model = train_textcat(fit, held, lang, config, work)
    combination = fit_combiner(model, held, lang)
    combination["training"] = {
        "command": "python -m factdesk.training.worthiness", "config": f"{config}.cfg", "seed": SEED,
        "with_dev": with_dev, "news_weight": news_weight, "fit_sentences": len(fit),
        "held_out_sentences": len(held), "sources": sorted({e.source for e in examples})}
    if resources is not None:
        target = resources / "models" / f"worthiness-{lang}"
        if target.exists():
            shutil.rmtree(target)
        shutil.copytree(model, target)
        combination["model_sha256"] = file_hashes(target)
        write_json(combination, resources / "scoring" / f"worthiness-{lang}.json")
    return combination


def write_json(obj: dict, path: Path) -> None:
    """Write `obj` as indented JSON with a final newline."""
    import json

    path.write_text(json.dumps(obj, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m factdesk.training.worthiness",
                                     description="Train the check-worthiness models into resources/.")
    parser.add_argument("--lang", nargs="+", choices=("de", "en"), default=["de", "en"])
    parser.add_argument("--config", default="bow", help="configs/NAME.cfg (default bow)")
    parser.add_argument("--no-dev", action="store_true", help="leave corpus/dev out of the training data")
    parser.add_argument("--news-weight", type=int, default=1, help="repeat the news sentences N times")
    parser.add_argument("--resources", type=Path, default=Path(__file__).resolve().parents[3] / "resources")
    args = parser.parse_args(argv)
    if not data.BENCHMARKS.is_dir():
        print(f"{data.BENCHMARKS} is missing: training needs ../shared", file=sys.stderr)
        return 2
    for lang in args.lang:
        combination = train_language(lang, args.config, not args.no_dev, args.news_weight, args.resources)
        print(f"{lang}: held-out {combination['held_out']}")
    return 0
