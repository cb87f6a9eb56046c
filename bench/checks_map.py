"""MAP@5 of `factdesk checks import` + `factdesk checks match` on the CheckThat! claim-retrieval dev splits.

    .venv/bin/python bench/checks_map.py [--splits clef2020-dev,2a-dev,2b-dev] [--work DIR] [--bm25]

For each split the collection is written as a file (factdesk/training/matching/data.py),
imported into a fresh desk with the real command line, and the split's queries
(one per line) are matched with `checks match --format json --top 5`. AP@k
divides by the number of gold checks of a query, as the official scorer does;
the mean is taken over *all* the split's queries (a query the matcher returns
nothing for counts 0), which is stricter than the scorer's mean over the run.

`--bm25` adds, in-process, the ranking by the FTS5 BM25 score alone over the
same terms (the re-ranker switched off) for comparison.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from factdesk.training.matching import data  # noqa: E402

SPLITS = ("clef2020-dev", "2a-dev", "2b-dev")
KS = (1, 3, 5)


def factdesk(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    """Run the real command line."""
    exe = Path(sys.executable).with_name("factdesk")
    cmd = [str(exe)] if exe.exists() else [sys.executable, "-m", "factdesk"]
    return subprocess.run(cmd + list(args), input=stdin, capture_output=True, text=True, check=False)


def scores(ranked: dict[str, list[str]], split: data.Split) -> dict[int, float]:
    """MAP@k over all queries of the split."""
    out = {}
    for k in KS:
        aps = [data.average_precision(ranked.get(q, []), split.gold.get(q, set()), k) for q in split.queries]
        out[k] = sum(aps) / len(aps)
    return out


def bm25_only(desk_path: Path, qids: list[str], split: data.Split, ids: dict[str, str] | None) -> dict[int, float]:
    """MAP@k when candidates are ordered by BM25 alone (the re-ranker's first feature stage)."""
    from factdesk.core.matching.match import queries_for_texts
    from factdesk.core.store import Desk, prior_checks

    ranked = {}
    with Desk.open(desk_path) as desk:
        for qid, query in zip(qids, queries_for_texts([split.queries[q] for q in qids], "en")):
            found = prior_checks.candidates(desk.db, query.terms.terms, 5)
            ranked[qid] = [ids.get(c.row["id"], c.row["id"]) if ids else c.row["id"] for c in found]
    return scores(ranked, split)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--splits", default=",".join(SPLITS))
    ap.add_argument("--work", type=Path, default=None, help="folder for collection files and desks (reused)")
    ap.add_argument("--bm25", action="store_true", help="also report BM25 alone")
    args = ap.parse_args()
    work = args.work or Path(tempfile.mkdtemp(prefix="factdesk-map-"))
    work.mkdir(parents=True, exist_ok=True)
    all_splits = data.splits()
    for name in args.splits.split(","):
        split = all_splits[name]
        source = data.write_collection(split.collection, work)
        desk = work / f"bench-{split.collection}.sqlite"
        if not desk.exists():
            t = time.time()
            done = factdesk("checks", "import", "--db", str(desk), "--by", "bench", str(source))
            if done.returncode not in (0, 2):
                print(done.stderr, file=sys.stderr)
                return 1
            print(f"{name}: imported {source.name} in {time.time() - t:.1f} s: {done.stdout.strip()}")
        qids = sorted(split.queries)
        queries = work / f"{name}.queries.txt"
        queries.write_text("".join(split.queries[q] + "\n" for q in qids), encoding="utf-8")
        t = time.time()
        done = factdesk("checks", "match", "--db", str(desk), "--format", "json", "--top", "5", "--lang", "en",
                        str(queries))
        if done.returncode != 0:
            print(done.stderr, file=sys.stderr)
            return 1
        elapsed = time.time() - t
        ids = data.politifact_ids(source) if split.collection == "2b" else None
        ranked = {}
        for q in json.loads(done.stdout)["queries"]:
            qid = qids[q["line"] - 1]
            ranked[qid] = [ids.get(m["id"], m["id"]) if ids else m["id"] for m in q["matches"]]
        s = scores(ranked, split)
        print(f"{name}: {len(qids)} queries, {len(split.gold)} with gold; "
              + ", ".join(f"MAP@{k} {v:.4f}" for k, v in s.items()) + f"  (match {elapsed:.1f} s)")
        if args.bm25:
            b = bm25_only(desk, qids, split, ids)
            print(f"{name}: BM25 alone: " + ", ".join(f"MAP@{k} {v:.4f}" for k, v in b.items()))
    return 0


if __name__ == "__main__":
    os.environ.setdefault("FACTDESK_DEBUG", "")
    raise SystemExit(main())
