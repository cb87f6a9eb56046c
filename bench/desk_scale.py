"""Time a large desk: 100,000 articles and 1,000,000 claims built synthetically.

Usage: .venv/bin/python bench/desk_scale.py [--articles N] [--claims-per-article K] [--keep PATH]

The desk is created with `Desk.open` (all migrations, triggers and indexes)
and filled with executemany in large transactions — bulk loading for the
benchmark, not the per-edit API. Then it times, best of 5: opening the desk
(target < 0.5 s), a filtered claims list (status + type: first page of 100
plus the count; target < 50 ms) and an FTS search (target < 50 ms).
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
import uuid
from pathlib import Path

from factdesk.core.model import CLAIM_TYPES
from factdesk.core.store import ClaimFilter, Desk

STATUSES = (["new"] * 60 + ["researching"] * 15 + ["ready_for_review"] * 5 + ["approved"] * 10
            + ["returned"] * 3 + ["dismissed"] * 7)
SYLLABLES = ["ber", "lin", "wahl", "stadt", "land", "rat", "haus", "markt", "polizei", "gericht", "bund",
             "amt", "kreis", "ver", "an", "ge", "ung", "heit", "keit", "schaft", "nord", "süd", "ost", "west"]


def vocabulary(rng: random.Random, n: int = 20_000) -> list[str]:
    """Invented words; drawn with a Zipf-like skew so some are common and most are rare."""
    words = set()
    while len(words) < n:
        words.add("".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))))
    return sorted(words)


def build(path: Path, n_articles: int, per_article: int, seed: int = 7) -> None:
    """Create the desk and bulk-load synthetic articles and claims."""
    rng = random.Random(seed)
    vocab = vocabulary(rng)
    weights = [1 / (i + 1) for i in range(len(vocab))]
    desk = Desk.open(path)
    db, hlc = desk.db, f"{int(time.time() * 1000):013d}-0000-{desk.desk_id}"
    conn = db.conn
    conn.execute("PRAGMA synchronous=OFF")
    now = "2026-01-01T00:00:00.000Z"
    for start in range(0, n_articles, 10_000):
        articles, claims = [], []
        for a in range(start, min(start + 10_000, n_articles)):
            words = rng.choices(vocab, weights, k=90)
            text = " ".join(words) + f". Artikel {a}.\n"
            aid = str(uuid.UUID(int=rng.getrandbits(128), version=4))
            articles.append((aid, text, " ".join(words[:6]).capitalize(), "Synthetic", f"h{a:012d}", now, "bench", hlc))
            for _ in range(per_article):
                pos = rng.randrange(0, len(text) - 20)
                status = rng.choice(STATUSES)
                verdict = rng.choice(["true", "false", "mostly_true"]) if status == "approved" else None
                claims.append((str(uuid.UUID(int=rng.getrandbits(128), version=4)), aid, pos, pos + 12,
                               text[pos:pos + 12], rng.choice(CLAIM_TYPES), float(rng.randint(1, 10**6)),
                               status, verdict, now, "bench", now, "bench", hlc))
        conn.execute("BEGIN")
        conn.executemany("INSERT INTO articles(id, text, title, outlet, content_hash, imported_at, imported_by, "
                         "updated_hlc, language) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'de')", articles)
        conn.executemany('INSERT INTO claims(id, article_id, start, "end", text, type, value, status, verdict, '
                         "created_at, created_by, updated_at, updated_by, updated_hlc) "
                         "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", claims)
        conn.execute("COMMIT")
        print(f"  {start + len(articles):>7} articles", file=sys.stderr, end="\r")
    conn.execute("ANALYZE")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    desk.close()
    print(file=sys.stderr)


def best(fn, repeat: int = 5) -> tuple[float, object]:
    """The fastest of `repeat` calls of fn() in seconds, and its last result."""
    times, result = [], None
    for _ in range(repeat):
        t0 = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - t0)
    return min(times), result


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=100_000)
    ap.add_argument("--claims-per-article", type=int, default=10)
    ap.add_argument("--keep", type=Path, help="build (or reuse) the desk at this path")
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="factdesk-scale-") as tmp:
        path = args.keep or Path(tmp) / "desk.sqlite"
        if not path.exists():
            t0 = time.perf_counter()
            build(path, args.articles, args.claims_per_article)
            print(f"built in {time.perf_counter() - t0:.0f} s: {path.stat().st_size / 2**20:.0f} MB")

        def open_desk():
            d = Desk.open(path)
            d.rating_scale(), d.count_articles()
            d.close()

        t_open, _ = best(open_desk)
        desk = Desk.open(path)
        print(f"desk: {desk.count_articles():,} articles, "
              f"{desk.count_claims(ClaimFilter(include_dismissed=True)):,} claims")
        f = ClaimFilter(status="researching", type="money")
        t_list, (rows, n) = best(lambda: (desk.claim_rows(f, 0, 100), desk.count_claims(f)))
        f2 = ClaimFilter(status="approved", verdict="false")
        t_list2, (rows2, n2) = best(lambda: (desk.claim_rows(f2, 0, 100), desk.count_claims(f2)))
        vocab = vocabulary(random.Random(7))  # the same words build() drew from
        word, common = vocab[300], vocab[0]  # a word in a few % of articles; one in nearly all
        t_search, hits = best(lambda: desk.search(word))
        t_common, hits3 = best(lambda: desk.search(common))
        t_prefix, hits4 = best(lambda: desk.search("Artik"))
        t_rare, hits2 = best(lambda: desk.search("Artikel 4711"))
        t_page, _ = best(lambda: desk.article_rows(50_000, 100))
        desk.close()
    print(f"open desk:                              {t_open * 1000:7.1f} ms  (target < 500)")
    print(f"claims list status+type (100 of {n:,}): {t_list * 1000:7.1f} ms  (target < 50)")
    print(f"claims list status+verdict (100 of {n2:,}): {t_list2 * 1000:7.1f} ms")
    print(f"search '{word}' ({len(hits)} hits):     {t_search * 1000:7.1f} ms  (target < 50)")
    print(f"search '{common}' (in nearly every article): {t_common * 1000:7.1f} ms")
    print(f"search 'Artik' (prefix of a word in every article): {t_prefix * 1000:7.1f} ms")
    print(f"search 'Artikel 4711' ({len(hits2)} hits):  {t_rare * 1000:7.1f} ms")
    print(f"article list page at 50,000:           {t_page * 1000:7.1f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
