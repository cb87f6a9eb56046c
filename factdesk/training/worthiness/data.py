"""Labelled sentences for check-worthiness, read from ../shared.

- CheckThat! 2024 task 1 English (`Sentence_id, Text, class_label` Yes/No);
- CLEF CheckThat! 2019 task 1 debates (`line, speaker, text, label`);
- GermEval 2021 comments (`Sub3_FactClaiming`);
- news sentences of ../shared/corpus: a sentence holding a gold claim (every
  gold type is a scored type) is check-worthy, the other sentences are not.

Every example is an `Example(text, label, source, group)`: `group` names the
unit that must stay whole in a split (an article, a debate, a comment).
"""

from __future__ import annotations

import csv
import json
import re
from dataclasses import dataclass
from pathlib import Path

SHARED = Path(__file__).resolve().parents[3].parent / "shared"
BENCHMARKS = SHARED / "benchmarks"
CORPUS = SHARED / "corpus"
CT24_TRAIN = BENCHMARKS / "CT24_checkworthy_english_train.tsv"
CT24_DEV = BENCHMARKS / "CT24_checkworthy_english_dev.tsv"
CLEF_DIR = BENCHMARKS / "clef2019_task1_train"
GERMEVAL = BENCHMARKS / "GermEval21_TrainData.csv"
_NORM = re.compile(r"[^\w]+")


@dataclass(frozen=True)
class Example:
    """One labelled text: `label` 1 = check-worthy; `group` stays whole in any split."""

    text: str
    label: int
    source: str
    group: str


def norm(text: str) -> str:
    """Lower-case words only: how sentences are compared across data sets."""
    return _NORM.sub(" ", text.lower()).strip()


def read_ct24(path: Path = CT24_TRAIN) -> list[Example]:
    """The CheckThat! 2024 English sentences of `path` (train or dev)."""
    out = []
    with open(path, encoding="utf-8", newline="") as f:
        rows = csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE)
        next(rows, None)
        for rec in rows:
            if len(rec) >= 3 and rec[1].strip():
                out.append(Example(rec[1].strip(), int(rec[2].strip() == "Yes"), "ct24", f"ct24:{rec[0]}"))
    return out


def read_clef_debate(path: Path) -> list[Example]:
    """One CLEF 2019 debate, in order."""
    out = []
    with open(path, encoding="utf-8", newline="") as f:
        for rec in csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
            if len(rec) >= 4 and rec[0].strip().isdigit():
                out.append(Example(rec[2].strip(), int(rec[3]), "clef2019", f"clef:{path.stem}"))
    return out


def clef_debates(folder: Path = CLEF_DIR) -> dict[str, list[Example]]:
    """Every CLEF 2019 training debate, by file stem."""
    return {p.stem: read_clef_debate(p) for p in sorted(folder.glob("*.tsv"))}


def read_germeval(path: Path = GERMEVAL) -> list[Example]:
    """The GermEval 2021 comments with their fact-claiming label."""
    with open(path, encoding="utf-8", newline="") as f:
        return [Example(r["comment_text"].strip(), int(r["Sub3_FactClaiming"]), "germeval",
                        f"germeval:{r['comment_id']}") for r in csv.DictReader(f) if r["comment_text"].strip()]


def news_sentences(folder: Path, lang: str) -> list[Example]:
    """The sentences of the annotated articles in `folder` labelled by their gold claims."""
    from factdesk.core.detect.sentences import sentence_spans

    out = []
    for gold_path in sorted(folder.glob("*.gold.json")):
        text_path = gold_path.with_name(gold_path.name.removesuffix(".gold.json") + ".txt")
        if not text_path.exists():
            continue
        text = text_path.read_text(encoding="utf-8").replace("\r\n", "\n").replace("\r", "\n")
        spans = gold_spans(text, json.loads(gold_path.read_text(encoding="utf-8")))
        for s, e in sentence_spans(text, lang):
            label = int(any(a < e and s < b for a, b in spans))
            out.append(Example(text[s:e], label, f"news-{lang}", f"news:{text_path.stem}"))
    return out


def gold_spans(text: str, gold: dict) -> list[tuple[int, int]]:
    """The (start, end) of each gold claim's anchor (its `occurrence`-th appearance)."""
    spans = []
    for claim in gold.get("claims", []):
        anchor, nth, at = claim.get("anchor", ""), int(claim.get("occurrence", 1)), -1
        for _ in range(max(nth, 1)):
            at = text.find(anchor, at + 1)
            if at < 0:
                break
        if anchor and at >= 0:
            spans.append((at, at + len(anchor)))
    return spans


def without(examples: list[Example], exclude: list[Example]) -> list[Example]:
    """`examples` minus those whose text (normalized) is among `exclude`'s: no test sentence in training."""
    seen = {norm(e.text) for e in exclude}
    return [e for e in examples if norm(e.text) not in seen]
