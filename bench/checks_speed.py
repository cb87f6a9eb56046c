"""Speed of the earlier fact-check collection: importing 20,000 ClaimReview records, matching one claim.

    .venv/bin/python bench/checks_speed.py [--records 20000] [--queries 300] [--work DIR]

Builds a ClaimReview JSON Lines file of 20,000 real fact-checks (the PolitiFact
collection of CheckThat! 2B, topped up with Snopes claims of CLEF 2020), times
`factdesk checks import` on a fresh desk (wall time of the whole command,
start-up included) and a second import of the same file (all unchanged), then
matches real claims (CheckThat! dev queries) one at a time in-process against
the 20,000 checks and reports the median and 95th percentile per claim, after
one warm-up claim (what the claim panel does when a claim is selected).

Wall times depend on what else runs on the machine: each figure is printed with
its CPU time (the import's including its worker processes) and the load average.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from factdesk.training.matching import data  # noqa: E402


def build_file(work: Path, n: int) -> Path:
    """A JSON Lines file of `n` ClaimReview records."""
    politifact = data.write_collection("2b", work)
    lines = politifact.read_text(encoding="utf-8").splitlines()[:n]
    if len(lines) < n:
        snopes = data.write_collection("clef2020", work)
        with snopes.open(encoding="utf-8", newline="") as fh:
            for row in list(csv.DictReader(fh, delimiter="\t"))[: n - len(lines)]:
                lines.append(json.dumps({"@type": "ClaimReview", "claimReviewed": row["claim"],
                                         "headline": row["title"], "url": f"https://snopes.example/{row['id']}",
                                         "reviewRating": {"@type": "Rating", "alternateName": "False"}}))
    path = work / f"claimreview-{n}.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--records", type=int, default=20_000)
    ap.add_argument("--queries", type=int, default=300)
    ap.add_argument("--work", type=Path, default=None)
    args = ap.parse_args()
    work = args.work or Path(tempfile.mkdtemp(prefix="factdesk-checks-speed-"))
    work.mkdir(parents=True, exist_ok=True)
    source = build_file(work, args.records)
    desk_path = work / "speed.sqlite"
    for f in work.glob("speed.sqlite*"):
        f.unlink()
    exe = Path(sys.executable).with_name("factdesk")
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
    for label in ("import", "re-import"):
        t, before = time.perf_counter(), resource.getrusage(resource.RUSAGE_CHILDREN)
        done = subprocess.run([str(exe), "checks", "import", "--db", str(desk_path), "--by", "bench", str(source)],
                              capture_output=True, text=True, check=False)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
        print(f"{label} of {args.records} ClaimReview records: {time.perf_counter() - t:.1f} s wall, "
              f"{cpu:.1f} s CPU ({done.stdout.strip()})")

    from factdesk.core.matching.match import queries_for_texts, rank
    from factdesk.core.store import Desk

    splits = data.splits()
    texts = [t for name in ("2b-dev", "clef2020-dev", "2a-dev") for t in splits[name].queries.values()]
    texts = texts[: args.queries]
    queries = queries_for_texts(texts, "en")
    with Desk.open(desk_path) as desk:
        rank(desk.checks, queries[0])
        times, cpus = [], []
        for q in queries:
            t, c = time.perf_counter(), time.process_time()
            rank(desk.checks, q)
            times.append((time.perf_counter() - t) * 1000)
            cpus.append((time.process_time() - c) * 1000)
    times.sort()
    cpus.sort()
    print(f"matching one claim against {args.records} checks ({len(times)} claims): "
          f"median {statistics.median(times):.1f} ms, p95 {times[int(len(times) * 0.95) - 1]:.1f} ms, "
          f"max {times[-1]:.1f} ms wall; CPU median {statistics.median(cpus):.1f} ms, "
          f"p95 {cpus[int(len(cpus) * 0.95) - 1]:.1f} ms")
    print(f"load average {os.getloadavg()[0]:.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
