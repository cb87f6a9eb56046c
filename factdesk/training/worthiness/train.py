"""Train the check-worthiness model of each language and write it into resources/.

    python -m factdesk.training.worthiness [--lang de en] [--config NAME] [--folds N] [--no-dev] [--work DIR]
    python -m factdesk.training.worthiness --recalibrate [--lang de en]   # after a detector change

For each language:
1. collect the labelled sentences (`data.py`; `mix()` says which sets);
2. deal them by group (article, debate, comment) into 5 folds per data set,
   with a fixed seed;
3. for each fold, `spacy train` the text classifier of `configs/NAME.cfg` on
   the other folds (fixed seed; the last model is kept, so the held-out fold
   chooses nothing) and score the fold with it;
4. fit the calibrated combination of the classifier's logit with the
   PASTEL-style features on those out-of-fold scores (`calibrate.py`);
5. train the shipped classifier on every sentence, copy it to
   resources/models/worthiness-LANG/ and write resources/scoring/worthiness-LANG.json,
   with the out-of-fold logits of step 3 beside it
   (worthiness-LANG-held-out-logits.json): the features depend on the
   detector, the logits do not, so `--recalibrate` refits step 4 on them
   after a detector change without training again.

Needs the `train` extra (scikit-learn) and ../shared beside the repository.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import shutil
import sys
import tempfile
from collections import defaultdict
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from factdesk.training.worthiness import data
from factdesk.training.worthiness.data import Example

CONFIGS = Path(__file__).resolve().parent / "configs"
LABEL = "CHECK_WORTHY"
OTHER = "OTHER"
SEED = 11
HELD_OUT = 0.2
FOLDS = 5
# kept out-of-fold logits are rounded, and the combination is fitted on the rounded values, so that
# `--recalibrate` on the kept file reproduces it byte for byte
LOGIT_DECIMALS = 5
# the shipped classifiers' configs/NAME.cfg, by language (see resources/scoring/README.md for why they differ)
CONFIGS_BY_LANG = {"de": "charbow", "en": "ensemble"}
# how the shipped classifiers are calibrated, by language: English cross-fitted on five folds, German on one
# 80/20 split (the five-fold German model was not measured against it); `--folds` overrides
FOLDS_BY_LANG = {"de": 1, "en": FOLDS}


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


def fold_groups(examples: list[Example], folds: int = FOLDS, seed: int = SEED) -> list[set[str]]:
    """The groups of each fold: every data set's groups shuffled and dealt round-robin."""
    by_source: dict[str, list[str]] = defaultdict(list)
    for e in examples:
        by_source[e.source].append(e.group)
    parts: list[set[str]] = [set() for _ in range(folds)]
    rng = random.Random(seed)
    for source in sorted(by_source):
        groups = sorted(set(by_source[source]))
        rng.shuffle(groups)
        for i, group in enumerate(groups):
            parts[i % folds].add(group)
    return parts


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
    """`spacy train` the classifier of configs/CONFIG.cfg on `fit`; return the folder of the last model.

    When `work` already holds a model trained on the same sentences with the
    same config, seed and overrides (its `stamp` file says so), that model is
    returned without training again: benchmarks that vary only the
    calibration reuse their fold models.
    """
    from spacy.cli.train import train

    import factdesk.core.detect.worthiness_ngrams  # noqa: F401 - registers factdesk.CharNgramBOW.v1

    settings = {"nlp.lang": lang, "system.seed": seed, **(overrides or {})}
    stamp = training_stamp(fit, config, settings)
    model = work / "out" / "model-last"
    if (work / "stamp").is_file() and (work / "stamp").read_text() == stamp and model.is_dir():
        return model
    write_docbin(fit, lang, work / "train.spacy")
    write_docbin(held, lang, work / "dev.spacy")
    settings.update({"paths.train": str(work / "train.spacy"), "paths.dev": str(work / "dev.spacy")})
    train(config_path(config), work / "out", overrides=settings)
    (work / "stamp").write_text(stamp)
    return model


def training_stamp(fit: list[Example], config: str, settings: dict) -> str:
    """sha256 of what decides a trained classifier: its sentences and labels, its config text, its overrides."""
    digest = hashlib.sha256(config_path(config).read_bytes())
    digest.update(repr(sorted(settings.items())).encode())
    for e in fit:
        digest.update(f"{e.label}\t{e.text}\n".encode())
    return digest.hexdigest()


def config_path(config: str) -> Path:
    """configs/NAME.cfg for a name, or the path itself when `config` names a .cfg file."""
    return Path(config) if config.endswith(".cfg") else CONFIGS / f"{config}.cfg"


def file_hashes(model: Path) -> dict[str, str]:
    """sha256 of every file of a saved spaCy model, by relative path."""
    return {p.relative_to(model).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(model.rglob("*")) if p.is_file()}


def default_config(lang: str) -> str:
    """The config the shipped classifier of `lang` is trained with."""
    return CONFIGS_BY_LANG[lang]


def train_language(lang: str, config: str | None = None, with_dev: bool = True, news_weight: int = 1,
                   resources: Path | None = None, work: Path | None = None, folds: int = FOLDS) -> dict:
    """Train, calibrate and (when `resources` is given) install the model of `lang`; return the combination.

    A cross-fitted model (`folds` > 1) is installed with its out-of-fold
    logits, which `recalibrate` needs.
    """
    from factdesk.training.worthiness.calibrate import combine, feature_rows

    config = config or default_config(lang)
    examples = mix(lang, with_dev, news_weight)
    model, held, logits = train_with_held_out_logits(examples, lang, config, work, folds)
    combination = install(lang, examples, model, combine(logits, feature_rows(held, lang), held, lang), config,
                          folds, with_dev, news_weight, resources)
    if resources is not None:
        path = logits_path(resources, lang)
        if folds > 1:
            write_logits(resources, lang, resources / "models" / f"worthiness-{lang}", held, logits)
        elif path.exists():
            path.unlink()  # a 1-fold model recalibrates on its own held-out part
    return combination


def recalibrate(lang: str, config: str | None = None, with_dev: bool = True, news_weight: int = 1,
                resources: Path | None = None) -> dict:
    """Refit the combination of the shipped model on sentences it never saw (after a feature change).

    The classifier is not trained again: only the features (the detector's
    claims among them) are recomputed. A model shipped with `--folds 1` saw
    only the fitting part of the fixed split, so it scores its held-out 20 %
    again. A model shipped with more folds saw every sentence: the
    out-of-fold logits kept at training time (`logits_path`, one per
    calibration sentence, each from the fold model that never saw it) stand
    in for it, checked against the shipped model's hashes and the sentences.
    """
    from factdesk.training.worthiness.calibrate import combine, feature_rows, text_logits

    resources = resources or Path(__file__).resolve().parents[3] / "resources"
    shipped = json.loads((resources / "scoring" / f"worthiness-{lang}.json").read_text(encoding="utf-8"))
    config = config or shipped["training"]["config"].removesuffix(".cfg")
    folds = int(shipped["training"]["folds"])
    examples = mix(lang, with_dev, news_weight)
    held = calibration_sentences(examples, folds)
    model = resources / "models" / f"worthiness-{lang}"
    if folds <= 1:
        logits = text_logits(model, held)
    else:
        logits = read_logits(resources, lang, model, held)
    combination = combine(logits, feature_rows(held, lang), held, lang)
    return install(lang, examples, model, combination, config, folds, with_dev, news_weight, resources)


def calibration_sentences(examples: list[Example], folds: int = FOLDS) -> list[Example]:
    """The sentences the combination is fitted on, in a fixed order (repeated news sentences once).

    `folds` = 1: the held-out 20 % of the fixed split; more: every fold's
    sentences, fold after fold (each scored by the model trained without its fold).
    """
    if folds <= 1:
        return list(dict.fromkeys(split_by_group(examples)[1]))
    return [e for _, held in fold_splits(examples, folds) for e in held]


def fold_splits(examples: list[Example], folds: int = FOLDS) -> Iterator[tuple[list[Example], list[Example]]]:
    """(training sentences, held-out sentences once each) of every fold of `fold_groups`."""
    for groups in fold_groups(examples, folds):
        yield ([e for e in examples if e.group not in groups],
               list(dict.fromkeys(e for e in examples if e.group in groups)))


def logits_path(resources: Path, lang: str) -> Path:
    """Where the out-of-fold logits of a cross-fitted model are kept (needed by `recalibrate`)."""
    return resources / "scoring" / f"worthiness-{lang}-held-out-logits.json"


def sentences_digest(examples: list[Example]) -> str:
    """sha256 of the calibration sentences and labels, in order: the stored logits belong to exactly these."""
    digest = hashlib.sha256()
    for e in examples:
        digest.update(f"{e.label}\t{e.group}\t{e.text}\n".encode())
    return digest.hexdigest()


def write_logits(resources: Path, lang: str, model: Path, held: list[Example], logits) -> None:
    """Keep the out-of-fold logits beside the combination, tied to the model files and the sentences."""
    write_json({"_doc": "Out-of-fold classifier logits of the calibration sentences (see README.md here); "
                        "python -m factdesk.training.worthiness --recalibrate refits on them.",
                "lang": lang, "model_sha256": file_hashes(model), "sentences": len(held),
                "sentences_sha256": sentences_digest(held), "logits": [float(x) for x in logits]},
               logits_path(resources, lang), indent=None)


def read_logits(resources: Path, lang: str, model: Path, held: list[Example]):
    """The stored out-of-fold logits of `held`; a clear error when they belong to another model or data."""
    import numpy as np

    path = logits_path(resources, lang)
    if not path.is_file():
        raise SystemExit(f"{path} is missing: a cross-fitted model needs its out-of-fold logits; train again")
    stored = json.loads(path.read_text(encoding="utf-8"))
    if stored["model_sha256"] != file_hashes(model):
        raise SystemExit(f"{path} belongs to another {lang} model: train again (no --recalibrate)")
    if stored["sentences_sha256"] != sentences_digest(held):
        raise SystemExit(f"the {lang} training sentences changed since {path} was written: train again")
    return np.array(stored["logits"], dtype=float)


def install(lang: str, examples: list[Example], model: Path, combination: dict, config: str, folds: int,
            with_dev: bool, news_weight: int, resources: Path | None) -> dict:
    """Record how the model was made and, with `resources`, copy it there and write its combination."""
    combination["training"] = {
        "command": "python -m factdesk.training.worthiness", "config": config_path(config).name, "seed": SEED,
        "folds": folds, "with_dev": with_dev, "news_weight": news_weight, "sentences": len(examples),
        "calibration_sentences": combination["held_out"]["sentences"],
        "sources": sorted({e.source for e in examples})}
    if resources is not None:
        target = resources / "models" / f"worthiness-{lang}"
        if target.resolve() != model.resolve():
            if target.exists():
                shutil.rmtree(target)
            shutil.copytree(model, target)
        combination["model_sha256"] = file_hashes(target)
        write_json(combination, resources / "scoring" / f"worthiness-{lang}.json")
    return combination


def train_examples(examples: list[Example], lang: str, config: str | None = None, work: Path | None = None,
                   folds: int = FOLDS) -> tuple[Path, dict]:
    """Train a classifier on `examples` and fit its calibrated combination; return (model folder, combination)."""
    from factdesk.training.worthiness.calibrate import combine, feature_rows

    model, held, logits = train_with_held_out_logits(examples, lang, config, work, folds)
    return model, combine(logits, feature_rows(held, lang), held, lang)


def train_with_held_out_logits(examples: list[Example], lang: str, config: str | None = None,
                               work: Path | None = None, folds: int = FOLDS) -> tuple[Path, list[Example], Any]:
    """Train a classifier on `examples`; return (model folder, calibration sentences, their held-out logits).

    With `folds` > 1 the calibration is cross-fitted: a classifier is trained
    on all folds but one and scores the fold it never saw; the returned
    classifier is then trained on every sentence, and the logits are those
    out-of-fold scores. With `folds` = 1 one classifier is trained on 80 % and
    scores the other 20 % (a sixth of the training time).
    """
    import numpy as np

    from factdesk.training.worthiness.calibrate import text_logits

    config = config or default_config(lang)
    work = work or Path(tempfile.mkdtemp(prefix=f"worthiness-{lang}-"))
    if folds <= 1:
        fit, held = split_by_group(examples)
        held = list(dict.fromkeys(held))  # repeated news sentences count once when calibrating
        model = train_textcat(fit, held, lang, config, work)
        return model, held, text_logits(model, held)
    calibrated_on: list[Example] = []
    parts = []
    for k, (fit, held) in enumerate(fold_splits(examples, folds)):
        parts.append(text_logits(train_textcat(fit, held, lang, config, work / f"fold{k + 1}"), held))
        calibrated_on += held
    # the returned classifier sees every sentence; spaCy's dev set here only feeds its log
    model = train_textcat(examples, calibrated_on[:2000], lang, config, work / "all")
    return model, calibrated_on, np.round(np.concatenate(parts), LOGIT_DECIMALS)


def write_json(obj: dict, path: Path, indent: int | None = 1) -> None:
    """Write `obj` as JSON (indented unless `indent` is None) with a final newline."""
    path.write_text(json.dumps(obj, indent=indent, ensure_ascii=False) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m factdesk.training.worthiness",
                                     description="Train the check-worthiness models into resources/.")
    parser.add_argument("--lang", nargs="+", choices=("de", "en"), default=["de", "en"])
    parser.add_argument("--config", help="configs/NAME.cfg or a .cfg path (default: de charbow, en ensemble)")
    parser.add_argument("--folds", type=int,
                        help="cross-fitted calibration over N folds; 1: one 80/20 split (default: as shipped, "
                             + ", ".join(f"{lang} {n}" for lang, n in FOLDS_BY_LANG.items()) + ")")
    parser.add_argument("--no-dev", action="store_true", help="leave corpus/dev out of the training data")
    parser.add_argument("--news-weight", type=int, default=1, help="repeat the news sentences N times")
    parser.add_argument("--recalibrate", action="store_true",
                        help="refit the combination of the shipped model on its held-out logits and today's "
                             "features, without training it again (after a detector change)")
    parser.add_argument("--work", type=Path,
                        help="keep the trained classifiers here and reuse those whose sentences and config "
                             "are unchanged")
    parser.add_argument("--resources", type=Path, default=Path(__file__).resolve().parents[3] / "resources")
    args = parser.parse_args(argv)
    if not data.BENCHMARKS.is_dir():
        print(f"{data.BENCHMARKS} is missing: training needs ../shared", file=sys.stderr)
        return 2
    for lang in args.lang:
        if args.recalibrate:
            combination = recalibrate(lang, args.config, not args.no_dev, args.news_weight, args.resources)
        else:
            combination = train_language(lang, args.config, not args.no_dev, args.news_weight, args.resources,
                                         args.work / lang if args.work else None,
                                         args.folds or FOLDS_BY_LANG[lang])
        print(f"{lang}: held-out {combination['held_out']}")
    return 0
