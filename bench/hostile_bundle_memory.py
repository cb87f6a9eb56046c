"""Peak memory of importing the worst hostile bundles that the default limits let through to reading.

Each bundle is built in a temporary folder, then imported into a fresh desk
in a child process, which reports how much its peak resident memory (VmHWM,
reset just before the import) lies above its memory before the import.
The limits' largest allowed member is `Limits().member_bytes`; the aim is
that an import adds less than twice that to the process's resident memory.

    .venv/bin/python bench/hostile_bundle_memory.py [--only NAME] [--scale 1.0]

Bundles (sizes are of the default limits, times --scale):
- newlines:  a 400 MB member of newlines with some noise, compressing 1:123 (the issue's 3.4 MB bundle)
- newlines-under-cap: the same at just under the member cap (so its stream is read)
- records:   record lines up to the member cap (random ids, so the zip-bomb rule passes)
- files:     attached files up to the bundle's total, each at the file cap
- history:   valid history rows about the carried claims, up to the member cap: read, checked, merged
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import subprocess
import sys
import tempfile
import uuid
import zipfile
from pathlib import Path

MB = 1 << 20
# The child resets the kernel's peak-RSS mark just before the import (/proc/self/clear_refs), so the
# figure is what the import itself added, not what starting Python and FactDesk once took.
CHILD = r"""
import sys
from factdesk.core.errors import FactDeskError
from factdesk.core.exchange.merge import import_bundle
from factdesk.core.store import Desk

def status(key):
    for line in open("/proc/self/status"):
        if line.startswith(key + ":"):
            return int(line.split()[1]) * 1024

with Desk.open(sys.argv[2]) as desk:
    start = status("VmRSS")
    with open("/proc/self/clear_refs", "w") as fh:
        fh.write("5")
    try:
        r = import_bundle(desk, sys.argv[1], "bench")
        outcome = f"imported: {r.summary()[:70]}; {r.new_history} history rows"
    except FactDeskError as exc:
        outcome = "refused: " + exc.message[:110]
print(start, status("VmHWM"), outcome)
"""


def _good(folder: Path) -> Path:
    """A small real bundle of one article with claims."""
    from factdesk.core import ops
    from factdesk.core.exchange.export import export_bundle
    from factdesk.core.store import Desk

    with Desk.open(folder / "source.sqlite") as desk:
        text = "Die Partei erhielt 41,5 Prozent. Es kamen 3000 Menschen. Die Polizei zählte 12 Busse.\n"
        ops.import_text(desk, text, by="anna", lang="de")
        path = folder / "good.zip"
        export_bundle(desk, path, "anna")
    return path


def _rewrite(good: Path, out: Path, members: dict[str, bytes | Path], counts: dict[str, int] | None = None) -> Path:
    """The good bundle with members added or replaced (bytes, or a file to stream in); manifest consistent."""
    with zipfile.ZipFile(good) as zf:
        old = {n: zf.read(n) for n in zf.namelist()}
    manifest = json.loads(old.pop("manifest.json"))
    for name, data in members.items():
        if isinstance(data, Path):
            h = hashlib.sha256()
            with data.open("rb") as fh:
                while chunk := fh.read(MB):
                    h.update(chunk)
            manifest["members"][name] = {"sha256": h.hexdigest(), "size": data.stat().st_size}
        else:
            manifest["members"][name] = {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}
    manifest["counts"].update(counts or {})
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as zf:
        zf.writestr("manifest.json", json.dumps(manifest))
        for n, d in old.items():
            if n not in members:
                zf.writestr(n, d)
        for n, d in members.items():
            if isinstance(d, Path):
                method = zipfile.ZIP_STORED if n.startswith("files/") else zipfile.ZIP_DEFLATED
                zf.write(d, n, compress_type=method)
            else:
                zf.writestr(n, d)
    return out


def _lines_file(path: Path, size: int, make) -> int:
    """Write JSON lines from `make(i)` until `size` bytes; return how many."""
    n = 0
    with path.open("wb") as fh:
        written = 0
        while True:
            line = (json.dumps(make(n), separators=(",", ":")) + "\n").encode()
            if written + len(line) > size:
                return n
            fh.write(line)
            written += len(line)
            n += 1


def build(name: str, good: Path, folder: Path, scale: float) -> Path:
    """One hostile bundle."""
    from factdesk.core.exchange import bundle_format

    limits = bundle_format.Limits()
    cap = int(limits.member_bytes * scale)
    out = folder / f"{name}.zip"
    if name.startswith("newlines"):
        blob = folder / "newlines.bin"
        size = int(400 * MB * scale) if name == "newlines" else cap - MB
        with blob.open("wb") as fh:
            for _ in range(size // MB):
                fh.write(b"\n" * (MB - 4096) + os.urandom(2048).hex().encode())  # noise: ratio ~1:120
        return _rewrite(good, out, {"records/history.jsonl": blob})
    if name == "records":
        blob = folder / "aliases.jsonl"
        n = _lines_file(blob, cap - MB, lambda i: {"alias": str(uuid.uuid4()), "entity": "claim",
                                                  "id": str(uuid.uuid4())})
        return _rewrite(good, out, {"records/aliases.jsonl": blob}, {"aliases": n})
    if name == "files":
        size = int(limits.file_bytes * scale)
        members: dict[str, bytes | Path] = {}
        for i in range(int(limits.total_bytes * scale) // size - 1):
            blob = folder / f"file{i}.bin"
            data = os.urandom(size)
            blob.write_bytes(data)
            members[f"files/{hashlib.sha256(data).hexdigest()}"] = blob
        return _rewrite(good, out, members)
    if name == "history":
        b = bundle_format.read_bundle(good)
        recs = b.parsed()
        claim = recs["claims"][0]
        desk = b.manifest["desk_id"]
        created = b.manifest["created_hlc"]
        physical = int(created.split("-")[0]) - 10**7
        blob = folder / "history.jsonl"
        # a history member of rationale edits, each a new row: valid, inside what the bundle carries
        n = _lines_file(blob, cap - MB, lambda i: {
            "at": "2026-01-01T00:00:00.000Z", "by": "mallory", "entity": "claim", "entity_id": claim["id"],
            "article_id": claim["article_id"], "claim_id": claim["id"], "field": "rationale", "old": None,
            "new": f"r{i}", "hlc": f"{physical + i // 1000:013d}-{i % 1000:04d}-{desk}", "desk_id": desk})
        return _rewrite(good, out, {"records/history.jsonl": blob}, {"history": n})
    raise SystemExit(f"unknown bundle {name}")


def measure(bundle: Path, folder: Path) -> tuple[int, int, str]:
    """Import `bundle` into a fresh desk in a child process; (RSS before, peak RSS during, outcome)."""
    desk = folder / f"desk-{uuid.uuid4().hex[:6]}.sqlite"
    out = subprocess.run([sys.executable, "-c", CHILD, str(bundle), str(desk)], capture_output=True, text=True,
                         check=True)
    start, peak, outcome = out.stdout.strip().split(" ", 2)
    return int(start), int(peak), outcome


def main(argv: list[str] | None = None) -> int:
    """Build each bundle, import it, print its peak memory."""
    from factdesk.core.exchange import bundle_format

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--only", default=None, help="newlines, newlines-under-cap, records, files or history")
    ap.add_argument("--scale", type=float, default=1.0, help="scale the sizes (0.1 for a quick run)")
    args = ap.parse_args(argv)
    names = [args.only] if args.only else ["newlines", "newlines-under-cap", "records", "files", "history"]
    member = bundle_format.Limits().member_bytes
    with tempfile.TemporaryDirectory(prefix="factdesk-hostile-") as tmp:
        folder = Path(tmp)
        good = _good(folder)
        start, peak, _ = measure(good, folder)
        print(f"a small good bundle: {start / MB:.0f} MB before the import, +{(peak - start) / MB:.0f} MB during it; "
              f"largest allowed member {member / MB:.0f} MB, aim: below +{2 * member / MB:.0f} MB")
        worst = 0
        for name in names:
            path = build(name, good, folder, args.scale)
            start, peak, outcome = measure(path, folder)
            worst = max(worst, peak - start)
            print(f"{name:<18} {path.stat().st_size / MB:7.1f} MB on disk  +{(peak - start) / MB:5.0f} MB  {outcome}")
            for p in folder.iterdir():
                if p.suffix in (".bin", ".jsonl") or p.name == path.name:
                    p.unlink()
        print(f"worst: +{worst / MB:.0f} MB during an import ({'met' if worst < 2 * member else 'MISSED'})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
