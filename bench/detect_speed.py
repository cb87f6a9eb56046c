"""Time claim detection against plain spaCy tokenization on the 10kGNAD German test set.

Usage: .venv/bin/python bench/detect_speed.py [CSV] [--repeat N]

Prints the time of `spacy.blank("de")` tokenization (nlp.pipe) and of full
detection (tokenization + the components of run.STEPS, via detect_many, as
detect(), `factdesk detect`, the app and the import workers run them) over
the same 1,028 articles in the same run, their ratio (target <= 2.0, aim 1.5),
the time of the rule candidates alone, a per-component breakdown (one doc at a
time, and in batches as detect_many runs them), the peak memory of the process
(ru_maxrss, target < 500 MB) and the wall and CPU time of `factdesk detect` on
one article including start-up (target < 1 s wall, median of 5; see
cli_one_article; --one-article times only that). Times are process CPU time,
best of N runs taken in turns (the machine is shared).
"""

from __future__ import annotations

import argparse
import csv
import resource
import sys
import time
from pathlib import Path

DEFAULT_CSV = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "bulk" / "de_10kgnad_test.csv"


def read_articles(path: Path) -> list[str]:
    """Read `label;'title text'` rows (quote char ') as corpus_article.py does."""
    csv.field_size_limit(10**8)
    with open(path, encoding="utf-8", newline="") as f:
        return [row[1].strip() + "\n" for row in csv.reader(f, delimiter=";", quotechar="'") if len(row) > 1]


def best_times(fns: dict, repeat: int, clock=time.perf_counter) -> dict[str, float]:
    """The fastest of `repeat` runs of each function, run in turns (so load on a shared machine hits all alike)."""
    best = {name: float("inf") for name in fns}
    for _ in range(repeat):
        for name, fn in fns.items():
            t0 = clock()
            fn()
            best[name] = min(best[name], clock() - t0)
    return best


def component_times(nlp, texts: list[str], clock, batch_size: int = 0) -> dict[str, float]:
    """Time each pipeline component alone over docs tokenized beforehand (one pass, in pipeline order).

    With `batch_size` each component gets the docs in batches (`proc.pipe`, as detect_many and
    the import run them); without, one doc at a time (as detect() and `factdesk detect` do).
    """
    docs = [nlp.make_doc(t) for t in texts]
    times = {}
    for name, proc in nlp.pipeline:
        t0 = clock()
        if batch_size:
            for _ in proc.pipe(docs, batch_size=batch_size):
                pass
        else:
            for doc in docs:
                proc(doc)
        times[name] = clock() - t0
    return times


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("csv", nargs="?", type=Path, default=DEFAULT_CSV)
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--wall", action="store_true", help="time with the wall clock instead of process CPU time")
    ap.add_argument("--one-article", action="store_true", help="only time `factdesk detect` on one article")
    args = ap.parse_args(argv)
    if args.one_article:
        wall, cpu = cli_one_article()
        print(f"`factdesk detect` on one article incl. start-up: {wall:.2f} s wall, {cpu:.2f} s CPU, median of 5")
        return 0
    if not args.csv.exists():
        print(f"corpus not found: {args.csv}", file=sys.stderr)
        return 2
    texts = read_articles(args.csv)

    import spacy

    from factdesk.core.detect.api import detect_many
    from factdesk.core.detect.pipeline import get_pipeline

    blank = spacy.blank("de")
    get_pipeline("de")  # build (and load the rules) outside the timing
    list(detect_many(texts[:20], lang="de"))

    def tokenize() -> None:
        for _ in blank.pipe(texts, batch_size=32):
            pass

    n_claims = 0

    def detect_all() -> None:
        nonlocal n_claims
        n_claims = sum(len(d.claims) for d in detect_many(texts, lang="de", batch_size=32))

    from factdesk.core.detect.numeric_claims import find_candidates

    def candidates() -> None:
        for text in texts:
            find_candidates(text, "de")

    # CPU time of this process: on a shared machine, wall time mostly measures the neighbours.
    clock = time.perf_counter if args.wall else time.process_time
    best = best_times({"tok": tokenize, "cand": candidates, "det": detect_all}, args.repeat, clock)
    t_tok, t_cand, t_det = best["tok"], best["cand"], best["det"]
    print(f"clock: {'wall' if args.wall else 'process CPU'} time, best of {args.repeat}")
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # before the breakdown keeps all docs
    breakdown = component_times(get_pipeline("de"), texts, clock)
    batched = component_times(get_pipeline("de"), texts, clock, batch_size=32)
    chars = sum(map(len, texts))
    print(f"articles: {len(texts)}  characters: {chars:,}  claims: {n_claims}")
    print(f"spacy.blank('de') tokenization: {t_tok:.3f} s")
    print(f"rule candidates alone (no spaCy): {t_cand:.3f} s  ({t_cand / t_tok:.2f}x tokenization)")
    print(f"full detection:                 {t_det:.3f} s  (components: {', '.join(get_pipeline('de').pipe_names)})")
    print(f"ratio: {t_det / t_tok:.2f}x  (target <= 2.0, aim 1.5)")
    print("per component (one pass over tokenized docs): "
          + ", ".join(f"{name} {t:.3f} s ({t / t_tok:.2f}x tokenization)" for name, t in breakdown.items()))
    print("per component (batches of 32, as detect_many): "
          + ", ".join(f"{name} {t:.3f} s ({t / t_tok:.2f}x tokenization)" for name, t in batched.items()))
    print(f"peak memory (ru_maxrss): {peak_mb:.0f} MB  (target < 500)")
    wall, cpu = cli_one_article()
    print(f"`factdesk detect` on one article incl. start-up: {wall:.2f} s wall, {cpu:.2f} s CPU, median of 5"
          "  (target < 1 s wall)")
    return 0


def cli_one_article(runs: int = 5) -> tuple[float, float]:
    """Median wall and CPU time of `python -m factdesk detect` on one dev article (a new process each run).

    Runs as an installed FactDesk runs: with its compiled bytecode. A
    PYTHONDONTWRITEBYTECODE in the environment (set on some build machines)
    would make every run compile FactDesk's sources again, a cost no user
    pays, so the child runs without it after one warm-up run.
    """
    import os
    import statistics
    import subprocess

    article = DEFAULT_CSV.parents[1] / "dev" / "de" / "dpa_belarus_2021_02.txt"
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    cmd = [sys.executable, "-m", "factdesk", "detect", str(article)]
    subprocess.run(cmd, check=True, capture_output=True, env=env)  # warm-up: writes the bytecode
    walls, cpus = [], []
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        t0 = time.perf_counter()
        subprocess.run(cmd, check=True, capture_output=True, env=env)
        walls.append(time.perf_counter() - t0)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return statistics.median(walls), statistics.median(cpus)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
