"""Time to detect crafted text: repetitions that once made detection quadratic, at 1 MB and 10 MB.

Each text is written to a file and detected the way a user would, with
`factdesk detect FILE --format json` in a fresh process (start-up, reading,
decoding, the whole pipeline and the JSON output included). The figures are
that process's wall time, CPU time and peak resident memory, its exit
status and how many claims it printed. Linear detection means the 10 MB
time is about ten times the 1 MB time; before issue 16, 1 MB of `1 % ` took
over 120 s and 10 MB about 320 s.

    nice -n 10 .venv/bin/python bench/hostile_detect.py [--sizes 1,10] [--only NAME]

Texts (the pattern repeated up to the size in bytes; 10 MB stays under
intake's limit of 10 MiB per article):
- percent:  "1 % " (German): a number on every fourth character, no full stop
- quotes:   '"a" ' (English): a quotation opening on every fourth character
- dead:     "„5 Tote“ " (German): a quoted casualty figure, over and over
- numbers:  "12 " (English): bare numbers only
- article:  an ordinary paragraph (written here) repeated: the baseline
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

REPO = Path(__file__).resolve().parent.parent
MB = 1_000_000

ARTICLE = ("Nach Angaben der Wahlkommission erhielt die Partei 41,5 Prozent der Stimmen. "
           "Bei den Protesten am Abend wurden mehr als 300 Menschen festgenommen, sagte ein Sprecher. "
           "Der Bürgermeister ist seit 12 Jahren im Amt und kündigte Investitionen von 2,5 Millionen Euro an.\n\n")

TEXTS = {
    "percent": ("1 % ", "de"),
    "quotes": ('"a" ', "en"),
    "dead": ("„5 Tote“ ", "de"),
    "numbers": ("12 ", "en"),
    "article": (ARTICLE, "de"),
}


def crafted(unit: str, size: int) -> bytes:
    """`unit` repeated to at most `size` bytes of UTF-8."""
    piece = unit.encode("utf-8")
    return piece * (size // len(piece))


def run_detect(path: Path, lang: str) -> dict:
    """Detect `path` with the CLI in a fresh process; wall, CPU (user+system), peak memory, exit, claims."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        t0 = time.perf_counter()
        proc = subprocess.Popen([sys.executable, "-m", "factdesk", "detect", str(path), "--lang", lang,
                                 "--format", "json"], stdout=out, stderr=err, cwd=REPO)
        _pid, status, usage = os.wait4(proc.pid, 0)  # this child's own resource use, not all children's
        wall = time.perf_counter() - t0
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read(), err.read().decode("utf-8", "replace")
    claims = None
    if proc.returncode == 0:
        result = json.loads(stdout)
        docs = result.get("documents", [result]) if isinstance(result, dict) else result
        claims = sum(len(doc.get("claims", [])) for doc in docs)
    return {"wall": wall, "cpu": usage.ru_utime + usage.ru_stime, "peak_mb": usage.ru_maxrss / 1024,
            "exit": proc.returncode, "claims": claims, "stderr": stderr.strip().splitlines()[-1:]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1,10", help="sizes in MB (10^6 bytes), comma-separated")
    parser.add_argument("--only", choices=sorted(TEXTS), action="append")
    args = parser.parse_args()
    sizes = [int(float(s) * MB) for s in args.sizes.split(",")]
    print(f"{'text':<9} {'size':>6} {'wall s':>8} {'CPU s':>8} {'peak MB':>8} {'exit':>4} {'claims':>7}")
    with tempfile.TemporaryDirectory() as tmp:
        for name in args.only or list(TEXTS):
            unit, lang = TEXTS[name]
            for size in sizes:
                path = Path(tmp) / f"{name}-{size}.txt"
                path.write_bytes(crafted(unit, size))
                r = run_detect(path, lang)
                print(f"{name:<9} {path.stat().st_size / MB:>5.1f}M {r['wall']:>8.1f} {r['cpu']:>8.1f} "
                      f"{r['peak_mb']:>8.0f} {r['exit']:>4} {r['claims'] if r['claims'] is not None else '-':>7}"
                      + (f"  {r['stderr'][0][:80]}" if r["exit"] else ""), flush=True)
                path.unlink()


if __name__ == "__main__":
    os.environ.setdefault("PYTHONUTF8", "1")
    main()
