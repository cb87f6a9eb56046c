"""Time the report writers: HTML of 10,000 claims (< 3 s), CSV (< 1 s), PDF of 500 claims (< 10 s).

The writer timings use a synthetic `Report` built directly from the report
dataclasses (no store), so they measure the writers alone. `--desk` also
builds a real desk through the desk API (articles imported with a stand-in
detector that makes every number a claim), times `collect()` on it and counts
the SQL statements one `collect()` runs (SQLite's statement trace).

    .venv/bin/python bench/report_speed.py [--claims 10000] [--pdf-claims 500] [--desk]
"""

from __future__ import annotations

import argparse
import os
import random
import re
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from factdesk.core.model import Article, Claim, DetectedClaim, Detection, Source  # noqa: E402
from factdesk.core.reports import csv_writer, html  # noqa: E402
from factdesk.core.reports.data import ArticleEntry, ClaimEntry, Report  # noqa: E402
from factdesk.core.store.scales import get_scale  # noqa: E402

PER_ARTICLE = 20
SENTENCE = "Im Bezirk {n} meldeten die Behörden {v} Fälle, sagte die Sprecherin am Abend. "


def synthetic_report(n_claims: int, seed: int = 7) -> Report:
    """A report of n_claims claims, 20 per article, with rationales and a source each."""
    rng = random.Random(seed)
    scale = get_scale("default")
    verdicts = [v.id for v in scale.verdicts]
    articles = []
    for a in range((n_claims + PER_ARTICLE - 1) // PER_ARTICLE):
        count = min(PER_ARTICLE, n_claims - a * PER_ARTICLE)
        parts, claims = [], []
        pos = 0
        for i in range(count):
            value = str(rng.randint(10, 99999))
            sentence = SENTENCE.format(n=i, v=value)
            start = pos + sentence.index(value)
            cid = f"c{a:05d}-{i:02d}"
            claim = Claim(cid, f"a{a:05d}", start, start + len(value), value, "statistic",
                          value=float(value), status="approved", verdict=rng.choice(verdicts),
                          rationale="Die amtliche Statistik nennt eine andere Zahl. " * 3,
                          updated_at="2026-11-20T10:00:00Z", updated_by="kim",
                          sources=[Source(f"s{cid}", cid, url=f"https://amt.example/{cid}",
                                          title="Statistik", publisher="Amt")])
            claims.append(ClaimEntry(claim, "kim", "lea", "2026-11-21T09:00:00Z", [], sentence))
            parts.append(sentence)
            pos += len(sentence)
        article = Article(f"a{a:05d}", "".join(parts), title=f"Artikel {a}", outlet="Musterblatt",
                          url=f"https://musterblatt.example/{a}", published="2026-11-01")
        articles.append(ArticleEntry(article, claims))
    return Report(scale, articles, organisation="Prüfstelle", base_url="https://p.example/r")


def timed(label: str, func, budget: float) -> float:
    """Run func once, print its time against the budget, return the seconds."""
    start = time.perf_counter()
    func()
    seconds = time.perf_counter() - start
    print(f"{label:<44} {seconds:7.2f} s   (budget {budget:g} s) {'ok' if seconds < budget else 'OVER'}")
    return seconds


def desk_collect(n_articles: int, out: Path) -> None:
    """Build a desk through the desk API and time collect() over all its claims."""
    from factdesk.core.reports.collect import ReportFilter, collect
    from factdesk.core import ops
    from factdesk.core import detector
    from factdesk.core.store import Desk

    def detect(text, lang="auto"):
        return Detection("de", [DetectedClaim(m.start(), m.end(), m.group(), "statistic")
                                for m in re.finditer(r"\d+", text)])
    detector.use(detector.Detector(detect, lambda texts, lang="auto", n_process=1: map(detect, texts)))
    desk = Desk.open(out / "bench.sqlite")
    start = time.perf_counter()
    for a in range(n_articles):
        text = "".join(SENTENCE.format(n=i, v=1000 * a + i) for i in range(PER_ARTICLE // 2))
        ops.import_text(desk, text, by="bench", title=f"Artikel {a}", lang="de")
    n = desk.count_claims()
    print(f"{'desk built via import_text (' + str(n) + ' claims)':<44} {time.perf_counter() - start:7.2f} s")
    timed(f"collect() of {n} claims", lambda: collect(desk, ReportFilter()), 30)
    seen: list[str] = []
    desk.db.conn.set_trace_callback(lambda sql: seen.append(sql) if not sql.startswith("--") else None)
    collect(desk, ReportFilter())
    desk.db.conn.set_trace_callback(None)
    print(f"{'SQL statements of one collect()':<44} {len(seen):7d}")
    desk.close()


def main() -> int:
    """Print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=int, default=10_000)
    parser.add_argument("--pdf-claims", type=int, default=500)
    parser.add_argument("--desk", action="store_true", help="also time collect() on a real desk")
    args = parser.parse_args()
    out = Path(tempfile.mkdtemp(prefix="factdesk-bench-"))
    report = synthetic_report(args.claims)
    print(f"synthetic report: {args.claims} claims in {len(report.articles)} articles (writers only)")
    timed(f"HTML report of {args.claims} claims", lambda: html.write(report, out / "r.html"), 3)
    timed(f"CSV of {args.claims} claims", lambda: csv_writer.write(report, out / "r.csv"), 1)
    from factdesk.gui.pdf_export import ensure_app, write_pdf
    ensure_app()
    small = synthetic_report(args.pdf_claims)
    timed(f"PDF report of {args.pdf_claims} claims", lambda: write_pdf(small, out / "r.pdf"), 10)
    if args.desk:
        desk_collect(args.claims // PER_ARTICLE, out)  # 10 sentences of 2 numbers each
    print(f"files in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
