"""Time bundle export and import with 10,000 claims (each < 5 s).

Builds desk A through the desk API (articles imported with a stand-in
detector that makes every number a claim; 20 claims per article), gives a
tenth of the claims a verdict and a rationale and every twentieth a source,
then times:

- export of everything from A,
- import into an empty desk B (all new),
- the same import again (idempotent: nothing new),
- import into desk C that imported the same articles itself (every article
  recognised by content hash, every claim matched by span and type).

    .venv/bin/python bench/bundle_speed.py [--claims 10000]
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
import time
from pathlib import Path

from factdesk.core.exchange.export import export_bundle
from factdesk.core.exchange.merge import import_bundle
from factdesk.core.model import DetectedClaim, Detection
from factdesk.core import ops
from factdesk.core import detector
from factdesk.core.store import Desk

PER_ARTICLE = 20
SENTENCE = "Im Bezirk {n} meldeten die Behörden {v} Fälle, sagte die Sprecherin am Abend. "  # one number each
NUMBER = re.compile(r"\d+")


def _detect(text: str, lang: str = "auto") -> Detection:
    return Detection("de", [DetectedClaim(m.start(), m.end(), m.group(), "statistic", float(m.group()),
                                          sentence_end=len(text)) for m in NUMBER.finditer(text)])


def _detect_many(texts, lang: str = "auto", n_process: int = 1):
    for t in texts:
        yield _detect(t)


def article_text(a: int) -> str:
    """An article with PER_ARTICLE sentences of one number each; `a` makes every text unique."""
    return "Meldung: " + "".join(SENTENCE.format(n=chr(65 + i), v=a * 100 + i) for i in range(PER_ARTICLE))


def fill(desk: Desk, n_claims: int, edit: bool) -> None:
    """Import articles until the desk holds n_claims claims; optionally edit some of them."""
    for a in range(n_claims // PER_ARTICLE):
        ops.import_text(desk, article_text(a), by="anna", title=f"Artikel {a}")
    if edit:
        ids = [r[0] for r in desk.db.execute("SELECT id FROM claims ORDER BY rid")]
        for i, cid in enumerate(ids[::10]):
            ops.edit_claim(desk, cid, "anna", verdict="true", rationale=f"checked {i}")
        for cid in ids[::20]:
            ops.add_source(desk, cid, "anna", url="https://example.org/stat", title="Statistikamt")


def timed(label: str, fn):
    t0, c0 = time.perf_counter(), time.process_time()
    result = fn()
    took, cpu = time.perf_counter() - t0, time.process_time() - c0
    print(f"{label:<50} {took:6.2f} s  (CPU {cpu:5.2f} s)")
    return result, took


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print one line per figure."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--claims", type=int, default=10_000)
    args = ap.parse_args(argv)
    detector.use(detector.Detector(_detect, _detect_many))
    tmp = Path(tempfile.mkdtemp(prefix="factdesk-bundle-bench-"))
    a, b, c = (Desk.open(tmp / f"{n}.sqlite") for n in "abc")
    t0 = time.perf_counter()
    fill(a, args.claims, edit=True)
    fill(c, args.claims, edit=False)
    n = a.count_claims()
    print(f"desk A: {n} claims, {a.db.execute('SELECT count(*) FROM history').fetchone()[0]} history rows "
          f"(built in {time.perf_counter() - t0:.1f} s)")
    path = tmp / "a.fdbundle"
    report, t_exp = timed(f"export --all ({n} claims)", lambda: export_bundle(a, path, "anna", everything=True))
    print(f"  bundle: {path.stat().st_size / 1e6:.1f} MB, {report.history} history rows")
    r1, t_new = timed("import into an empty desk", lambda: import_bundle(b, path, "ben"))
    r2, t_again = timed("import again (idempotent)", lambda: import_bundle(b, path, "ben"))
    r3, t_match = timed("import into a desk holding the same articles", lambda: import_bundle(c, path, "carl"))
    assert len(r1.new_claims) == n and not r2.changed and not r3.new_claims and r3.matched_claims == n
    worst = max(t_exp, t_new, t_again, t_match)
    print(f"budget 5 s each: {'met' if worst < 5 else 'MISSED'} (worst {worst:.2f} s)")
    for d in (a, b, c):
        d.close()
    return 0 if worst < 5 else 1


if __name__ == "__main__":
    sys.exit(main())
