"""Claim clusters and near-duplicate articles on a desk of ~9,000 real articles: time, and a sample to check.

    .venv/bin/python bench/cluster_desk.py [--work DIR] [--sample 40] [--seed 12] [--max-chars N]

Imports every article of ../shared/corpus/bulk (10kGNAD test, English news 2025, AG News test as
title + description) and of the annotated corpora into a fresh desk (in-process), then drops
what the import op clustered and times `core.matching.clusters.refresh` — MinHash signatures and near-duplicate
links for every article, then clustering of every claim — and prints the counts. It writes a
sample of clusters and of near-duplicate pairs (seeded) to WORK/cluster-sample.txt for checking
by hand (each cluster: its first claim and up to three other members drawn at random, so a
large cluster's precision is not judged on its best members); that file holds corpus text and
stays outside the repository.

Texts longer than --max-chars are left out and counted (default 0: keep every text). The
precision figures of issue 12 were taken with --max-chars 1000000, before detect2's fix let the
one 1.2 M-character article of en_news_2025 through the import.
"""

from __future__ import annotations

import argparse
import csv
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from factdesk.core import ops  # noqa: E402
from factdesk.core.matching import clusters  # noqa: E402
from factdesk.core.store import Desk  # noqa: E402
from factdesk.core.store import clusters as cluster_store  # noqa: E402

SHARED = Path(__file__).resolve().parents[2] / "shared" / "corpus"


def write_articles(folder: Path, max_chars: int = 0) -> tuple[list[Path], int]:
    """One .txt file per bulk article and per annotated corpus article; (paths, texts left out as too long)."""
    csv.field_size_limit(10**8)
    folder.mkdir(parents=True, exist_ok=True)
    paths: list[Path] = []
    too_long = 0

    def put(name: str, text: str) -> None:
        nonlocal too_long
        if max_chars and len(text) > max_chars:
            too_long += 1
            return
        if text.strip():
            path = folder / name
            path.write_text(text.strip() + "\n", encoding="utf-8")
            paths.append(path)

    with open(SHARED / "bulk" / "de_10kgnad_test.csv", encoding="utf-8", newline="") as f:
        for i, row in enumerate(csv.reader(f, delimiter=";", quotechar="'")):
            if len(row) >= 2:
                put(f"gnad_{i:04d}.txt", row[1])
    with open(SHARED / "bulk" / "en_news_2025.csv", encoding="utf-8", newline="") as f:
        for i, row in enumerate(csv.DictReader(f)):
            put(f"news_{i:04d}.txt", row.get("text", ""))
    with open(SHARED / "bulk" / "en_agnews_test.csv", encoding="utf-8", newline="") as f:
        for i, row in enumerate(csv.reader(f)):
            if len(row) >= 3:
                put(f"agnews_{i:05d}.txt", f"{row[1]}\n\n{row[2].replace(chr(92), ' ')}")
    for split in ("dev", "train"):
        for path in sorted((SHARED / split).rglob("*.txt")):
            put(f"{split}_{path.parent.name}_{path.name}", path.read_text(encoding="utf-8"))
    return paths, too_long


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--work", type=Path, default=None)
    ap.add_argument("--sample", type=int, default=40)
    ap.add_argument("--seed", type=int, default=12)
    ap.add_argument("--max-chars", type=int, default=0, help="leave out longer texts (0: keep all)")
    args = ap.parse_args()
    work = args.work or Path(tempfile.mkdtemp(prefix="factdesk-cluster-"))
    desk_path = work / "cluster.sqlite"
    if not desk_path.exists():
        files, too_long = write_articles(work / "articles", args.max_chars)
        if too_long:
            print(f"left out {too_long} text(s) over {args.max_chars:,} characters")
        t, c = time.perf_counter(), time.process_time()
        with Desk.open(desk_path) as desk:
            report = ops.import_paths(desk, files, by="bench")
        print(f"imported {len(report.imported)} articles ({report.n_claims} claims) in {time.perf_counter() - t:.0f} s "
              f"(CPU of this process {time.process_time() - c:.0f} s, detection runs in worker processes); "
              f"{len(report.duplicates)} duplicates, {len(report.failed)} failed")
        for _path, why in report.failed[:5]:
            print(f"  failed: {why}")
    with Desk.open(desk_path) as desk:
        db = desk.db
        db.execute("DELETE FROM article_links")  # a rerun measures the whole work again
        db.execute("DELETE FROM article_bands")
        db.execute("DELETE FROM article_signatures")
        db.execute("DELETE FROM claim_clusters")
        n_articles = db.execute("SELECT count(*) FROM articles").fetchone()[0]
        n_claims = db.execute("SELECT count(*) FROM claims").fetchone()[0]
        t0, c0 = time.perf_counter(), time.process_time()
        report = clusters.index_articles(desk)
        t1, c1 = time.perf_counter(), time.process_time()
        clusters.cluster_claims(desk, report)
        t2, c2 = time.perf_counter(), time.process_time()
        sizes = cluster_store.cluster_sizes(db)
        pairs = db.execute("SELECT count(*) FROM article_links").fetchone()[0] // 2
        print(f"desk: {n_articles} articles, {n_claims} claims")
        print(f"near-duplicates: {pairs} article pairs linked; signatures and links in {t1 - t0:.1f} s "
              f"(CPU {c1 - c0:.1f} s)")
        print(f"clusters: {len(sizes)} of 2+ claims holding {sum(sizes.values())} claims "
              f"(largest {max(sizes.values(), default=0)}); clustering {report.claims_considered} claims in "
              f"{t2 - t1:.1f} s (CPU {c2 - c1:.1f} s)")
        how = dict(db.execute("SELECT how, count(*) FROM claim_clusters WHERE how != 'alone' GROUP BY how"))
        print(f"joined by: {how}")
        rng = random.Random(args.seed)
        lines = []
        for n, cid in enumerate(rng.sample(sorted(sizes), min(args.sample, len(sizes))), 1):
            members = cluster_store.members(db, cid)
            lines.append(f"## cluster {n} ({len(members)} claims; the first, then up to 3 others at random)")
            for m in members[:1] + rng.sample(members[1:], min(3, len(members) - 1)):
                sentence = db.execute(
                    "SELECT substr(a.text, c.sentence_start + 1, c.sentence_end - c.sentence_start) "
                    "FROM claims c JOIN articles a ON a.id = c.article_id WHERE c.id = ?", [m["id"]]).fetchone()[0]
                lines.append(f"- [{m['how']}] {m['type']} {m['value']} | {m['article_title']!s:.60} | "
                             f"{' '.join(sentence.split())[:220]}")
        links = db.execute("SELECT l.article_id, l.other_id, l.similarity FROM article_links l "
                           "WHERE l.article_id < l.other_id ORDER BY l.article_id").fetchall()
        for n, (a, b, s) in enumerate(rng.sample(links, min(args.sample, len(links))), 1):
            ta, tb = (db.execute("SELECT title, substr(text, 1, 160) FROM articles WHERE id = ?", [x]).fetchone()
                      for x in (a, b))
            lines.append(f"## near-duplicate pair {n} (similarity {s})\n- {ta[0]!s:.80} | {' '.join(ta[1].split())}"
                         f"\n- {tb[0]!s:.80} | {' '.join(tb[1].split())}")
        (work / "cluster-sample.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"sample for checking by hand: {work / 'cluster-sample.txt'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
