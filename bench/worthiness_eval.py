"""Check-worthiness figures of issue 11, each on data the scored model never saw.

    .venv/bin/python bench/worthiness_eval.py [ct24] [clef] [clef-lodo] [germeval] [news-de] [--work DIR]

- ct24: CheckThat! 2024 English dev, F1 of the check-worthy class at score >= 0.5,
  with the shipped English model (never trained on CT24 dev).
- clef: CLEF 2019 task 1 training debates, mean average precision per debate,
  with the shipped English model; it never saw any CLEF debate (CT24 training
  sentences that also occur in a CLEF debate are removed before training), so
  every debate is held out, which is stricter than leave-one-debate-out.
- clef-lodo: the same debates, leave one debate out: the calibrated combination
  (logit + features) is fitted on the other 18 debates and ranks the 19th.
- germeval: GermEval 2021 comments, 5-fold by comment: for each fold a German
  model is trained (with `train.train_language`'s steps: fit, held-out
  calibration) on the other four folds plus the news sentences of corpus/train,
  and scored on the fold; macro F1 at 0.5, mean over folds.
- news-de: German news sentences of corpus/dev/de (a sentence holding a gold
  claim is check-worthy), average precision per article and its mean, with a
  German model trained without corpus/dev.

germeval and news-de train their own models (train.train_examples, the shipped
config; `--folds 1` by default: one 80/20 calibration split, as the shipped
German model is made; `--folds 5` cross-fits as English is, in six times the
time); each run takes minutes.
With `--work DIR` those models are kept and reused while their sentences and
config stay the same, so a change of the features or the calibration is
measured in seconds.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from factdesk.core.detect import worthiness  # noqa: E402
from factdesk.training.worthiness import data, train  # noqa: E402


def average_precision(scores: list[float], labels: list[int]) -> float:
    """Average precision of ranking by descending score (ties in input order); 0 with no positives."""
    order = sorted(range(len(scores)), key=lambda i: -scores[i])
    hits, total = 0, 0.0
    for k, i in enumerate(order, start=1):
        if labels[i]:
            hits += 1
            total += hits / k
    return total / hits if hits else 0.0


def f1(scores: list[float], labels: list[int], positive: int = 1) -> float:
    """F1 of class `positive` when score >= 0.5 predicts class 1."""
    pred = [int(s >= 0.5) for s in scores]
    tp = sum(1 for p, y in zip(pred, labels) if p == y == positive)
    fp = sum(1 for p, y in zip(pred, labels) if p == positive and y != positive)
    fn = sum(1 for p, y in zip(pred, labels) if p != positive and y == positive)
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def scores_of(examples: list[data.Example], lang: str, scorer: worthiness.Scorer | None = None) -> list[float]:
    """The calibrated scores of `examples` (the shipped scorer unless `scorer`)."""
    return worthiness.score_texts([e.text for e in examples], lang, scorer=scorer)


def ct24(_: argparse.Namespace) -> None:
    dev = data.read_ct24(data.CT24_DEV)
    scores = scores_of(dev, "en")
    labels = [e.label for e in dev]
    print(f"CT24 English dev: {len(dev)} sentences, {sum(labels)} check-worthy; "
          f"F1 (check-worthy, >= 0.5) {f1(scores, labels):.3f}; AP {average_precision(scores, labels):.3f}")


def clef(_: argparse.Namespace) -> None:
    aps = []
    print(f"{'debate':32} {'lines':>6} {'pos':>4} {'AP':>7}")
    for name, rows in data.clef_debates().items():
        labels = [e.label for e in rows]
        ap = average_precision(scores_of(rows, "en"), labels)
        aps.append(ap)
        print(f"{name:32} {len(rows):6d} {sum(labels):4d} {ap:7.4f}")
    print(f"CLEF 2019 task 1 train, every debate held out: MAP {sum(aps) / len(aps):.4f} ({len(aps)} debates)")


def clef_lodo(_: argparse.Namespace) -> None:
    """Leave one debate out: the combination is fitted on the other 18 debates, then ranks the one left out.

    The text classifier is the shipped English one, which never saw a CLEF
    debate; the combination (calibrate.fit: the classifier's logit and the
    features, as shipped) is the part fitted on CLEF here, 19 times, each time
    without the debate it ranks. Training the classifier itself on 18 debates
    19 times is not done (each English training takes minutes of CPU).
    """
    import numpy as np

    from factdesk.training.worthiness import calibrate

    debates = data.clef_debates()
    parts = {name: calibrate.design(worthiness.model_dir("en"), rows, "en") for name, rows in debates.items()}
    labels = {name: np.array([e.label for e in rows]) for name, rows in debates.items()}
    aps = []
    print(f"{'debate left out':32} {'lines':>6} {'pos':>4} {'AP':>7}")
    for name in debates:
        rest = [other for other in debates if other != name]
        model = calibrate.fit(np.concatenate([parts[o][0] for o in rest]), np.vstack([parts[o][1] for o in rest]),
                              np.concatenate([labels[o] for o in rest]))
        scores = model.decision_function(np.column_stack(parts[name]))
        aps.append(average_precision(list(scores), list(labels[name])))
        print(f"{name:32} {len(labels[name]):6d} {int(labels[name].sum()):4d} {aps[-1]:7.4f}")
    print(f"CLEF 2019 task 1 train, leave one debate out (combination fitted on the other 18): "
          f"MAP {sum(aps) / len(aps):.4f} ({len(aps)} debates)")


def germeval(args: argparse.Namespace) -> None:
    comments = data.read_germeval()
    folds = list(range(len(comments)))
    random.Random(2021).shuffle(folds)
    news = data.news_sentences(data.CORPUS / "train" / "de", "de")
    results = []
    for k in range(5):
        test_ids = set(folds[k::5])
        test = [c for i, c in enumerate(comments) if i in test_ids]
        rest = [c for i, c in enumerate(comments) if i not in test_ids] + news
        scorer = _train("de", rest, args, f"germeval-fold{k + 1}")
        scores = scores_of(test, "de", scorer)
        labels = [e.label for e in test]
        macro = (f1(scores, labels, 1) + f1(scores, labels, 0)) / 2
        results.append(macro)
        print(f"fold {k + 1}: {len(test)} comments, macro F1 {macro:.3f} "
              f"(fact-claiming F1 {f1(scores, labels, 1):.3f})", flush=True)
    print(f"GermEval 2021 5-fold macro F1 {sum(results) / len(results):.4f}")


def news_de(args: argparse.Namespace) -> None:
    examples = train.mix("de", with_dev=False)
    scorer = _train("de", examples, args, "news-de")
    dev = data.news_sentences(data.CORPUS / "dev" / "de", "de")
    by_article: dict[str, list[data.Example]] = {}
    for e in dev:
        by_article.setdefault(e.group, []).append(e)
    aps, f1s = [], []
    for group, rows in sorted(by_article.items()):
        labels = [e.label for e in rows]
        scores = scores_of(rows, "de", scorer)
        if sum(labels):
            aps.append(average_precision(scores, labels))
            f1s.append(f1(scores, labels))
            print(f"{group.removeprefix('news:'):32} {len(rows):4d} sentences {sum(labels):3d} check-worthy "
                  f"AP {aps[-1]:.3f}")
    print(f"German news (corpus/dev/de), model trained without dev: mean AP per article {sum(aps) / len(aps):.4f} "
          f"({len(aps)} articles); mean F1 at 0.5 {sum(f1s) / len(f1s):.3f}")


def _train(lang: str, examples: list[data.Example], args: argparse.Namespace, name: str) -> worthiness.Scorer:
    """Train and calibrate a model on `examples` with train.train_examples; return its scorer.

    With `--work DIR` the model lives in DIR/NAME and is reused by the next
    run when its sentences and config are unchanged (only the calibration is refitted).
    """
    work = args.work / name if args.work else Path(tempfile.mkdtemp(prefix=f"worthiness-bench-{lang}-"))
    model, combination = train.train_examples(examples, lang, args.config, work, args.folds)
    train.write_json(combination, work / "combination.json")
    return worthiness.Scorer.from_paths(model, work / "combination.json")


TASKS = {"ct24": ct24, "clef": clef, "clef-lodo": clef_lodo, "germeval": germeval, "news-de": news_de}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("tasks", nargs="*", choices=[*TASKS, []], default=list(TASKS))
    parser.add_argument("--config", help="training config for germeval/news-de (default: the shipped German one)")
    parser.add_argument("--folds", type=int, default=1,
                        help="calibration folds for germeval/news-de models (1, as the shipped German model; "
                             "5 cross-fits as English is shipped, six times the time)")
    parser.add_argument("--work", type=Path, help="keep the trained models here and reuse them when unchanged")
    args = parser.parse_args(argv)
    if not data.BENCHMARKS.is_dir():
        print(f"{data.BENCHMARKS} is missing", file=sys.stderr)
        return 2
    for task in args.tasks or TASKS:
        started = time.perf_counter()
        TASKS[task](args)
        print(f"({task}: {time.perf_counter() - started:.0f} s)\n", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
