"""Fit the calibrated combination of the text classifier and the PASTEL-style features.

On sentences the classifier never saw, a logistic regression (Platt scaling
with the features beside the classifier's logit) learns

    raw = bias + w_text × (logit(p) − centre) + Σ w_f × f

where `centre` is the mean logit on those sentences, so the wording's
contribution is above or below an average sentence. The reliability table
and the held-out figures are computed with 5-fold cross-fitting on the same
sentences, so no sentence is scored by a combination fitted on it.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from factdesk.core.detect import worthiness
from factdesk.core.detect.steps import unscored_claims
from factdesk.training.worthiness.data import Example

C = 1.0
BINS = 10


def design(model: Path, examples: list[Example], lang: str) -> tuple[np.ndarray, np.ndarray]:
    """(classifier logits, feature matrix in worthiness.FEATURES order) of `examples`."""
    return text_logits(model, examples), feature_rows(examples, lang)


def text_logits(model: Path, examples: list[Example]) -> np.ndarray:
    """The classifier's logit of each example (tokenized as at run time)."""
    textcat, model_lang = worthiness.load_textcat(Path(model))
    probs = worthiness.Scorer(textcat, None, model_lang).probabilities([e.text for e in examples])
    return np.array([worthiness.logit(p) for p in probs])


def feature_rows(examples: list[Example], lang: str) -> np.ndarray:
    """The PASTEL-style features of each example (worthiness.FEATURES order): they depend on the detector."""
    rows = []
    for e in examples:
        f = worthiness.features(e.text, lang, unscored_claims(e.text, lang))
        rows.append([f[name] for name in worthiness.FEATURES])
    return np.array(rows, dtype=float).reshape(len(rows), len(worthiness.FEATURES))


def fit(logits: np.ndarray, feats: np.ndarray, labels: np.ndarray):
    """A fitted LogisticRegression on [logit, features]."""
    from sklearn.linear_model import LogisticRegression

    return LogisticRegression(C=C, max_iter=5000).fit(np.column_stack([logits, feats]), labels)


def cross_fitted(logits: np.ndarray, feats: np.ndarray, labels: np.ndarray, groups: list[str],
                 folds: int = 5) -> np.ndarray:
    """Scores of each sentence from a combination fitted on the other folds (whole groups per fold)."""
    from sklearn.model_selection import GroupKFold

    out = np.zeros(len(labels))
    for a, b in GroupKFold(n_splits=folds).split(logits, labels, groups):
        m = fit(logits[a], feats[a], labels[a])
        out[b] = m.predict_proba(np.column_stack([logits[b], feats[b]]))[:, 1]
    return out


def reliability(scores: np.ndarray, labels: np.ndarray, bins: int = BINS) -> list[dict]:
    """Per score bin [k/bins, (k+1)/bins): sentences, mean score, share check-worthy."""
    table = []
    for k in range(bins):
        lo, hi = k / bins, (k + 1) / bins
        mask = (scores >= lo) & ((scores < hi) if k < bins - 1 else (scores <= hi))
        n = int(mask.sum())
        table.append({"bin": f"{lo:.1f}-{hi:.1f}", "sentences": n,
                      "mean_score": round(float(scores[mask].mean()), 3) if n else None,
                      "share_check_worthy": round(float(labels[mask].mean()), 3) if n else None})
    return table


def summary(scores: np.ndarray, labels: np.ndarray) -> dict:
    """Held-out figures: F1 of the check-worthy class at 0.5, average precision, Brier score, ECE."""
    from sklearn.metrics import average_precision_score, brier_score_loss, f1_score

    table = reliability(scores, labels)
    ece = sum(r["sentences"] * abs(r["mean_score"] - r["share_check_worthy"]) for r in table if r["sentences"])
    return {"sentences": len(labels), "check_worthy": int(labels.sum()),
            "f1_at_0.5": round(float(f1_score(labels, scores >= 0.5)), 4),
            "average_precision": round(float(average_precision_score(labels, scores)), 4),
            "brier": round(float(brier_score_loss(labels, scores)), 4),
            "ece": round(ece / len(labels), 4)}


def fit_combiner(model: Path, held: list[Example], lang: str) -> dict:
    """Fit the combination on the held-out sentences; return it with its reliability table, as JSON data."""
    logits, feats = design(model, held, lang)
    return combine(logits, feats, held, lang)


def combine(logits: np.ndarray, feats: np.ndarray, held: list[Example], lang: str) -> dict:
    """Fit the combination on classifier logits and features of sentences the classifier never saw."""
    labels = np.array([e.label for e in held])
    centre = float(logits.mean())
    m = fit(logits - centre, feats, labels)
    coef = m.coef_[0]
    scores = cross_fitted(logits - centre, feats, labels, [e.group for e in held])
    by_source = {}
    for source in sorted({e.source for e in held}):
        mask = np.array([e.source == source for e in held])
        if labels[mask].min() != labels[mask].max():
            by_source[source] = summary(scores[mask], labels[mask])
    text_only = cross_fitted(logits - centre, feats[:, :0], labels, [e.group for e in held])
    return {
        "_doc": "Check-worthiness combination for factdesk/core/detect/worthiness.py; see README.md here.",
        "lang": lang,
        "bias": round(float(m.intercept_[0]), 6),
        "text_weight": round(float(coef[0]), 6),
        "text_centre": round(centre, 6),
        "weights": {name: round(float(w), 6) for name, w in zip(worthiness.FEATURES, coef[1:])},
        "held_out": summary(scores, labels),
        "held_out_text_only": summary(text_only, labels),
        "held_out_by_source": by_source,
        "reliability": reliability(scores, labels),
    }
