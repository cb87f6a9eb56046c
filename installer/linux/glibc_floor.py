"""The oldest glibc a built FactDesk folder can start on: the newest GLIBC_x.y symbol version it needs.

    python3 installer/linux/glibc_floor.py BUILD/factdesk [--json] [--top N]

Reads the version-needs section (`readelf -V`) of every ELF file in the folder
(the executable, Python, Qt, the extension modules, bundled libraries) and
prints the highest GLIBC version any of them requires, with the files that
require it. The dynamic loader refuses to start a program whose libraries
need a newer glibc than the system has ("version `GLIBC_2.34' not found"),
so this is the floor; libraries only loaded later (a Qt plugin) would fail
later, which is why every file is read, not only the executable.
Needs `readelf` (binutils).
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

_NEED = re.compile(r"Name: (GLIBC|GLIBCXX|CXXABI)_([0-9.]+)")


def is_elf(path: Path) -> bool:
    """True for an ELF file (program or shared library)."""
    try:
        with path.open("rb") as fh:
            return fh.read(4) == b"\x7fELF"
    except OSError:
        return False


def version_key(version: str) -> tuple[int, ...]:
    """'2.34' -> (2, 34), for comparing versions."""
    return tuple(int(part) for part in version.split(".") if part.isdigit())


def needs(path: Path) -> dict[str, str]:
    """The newest version of each of GLIBC, GLIBCXX and CXXABI the file needs ({} when none)."""
    out = subprocess.run(["readelf", "-V", "--wide", str(path)], capture_output=True, text=True).stdout
    found: dict[str, str] = {}
    for lib, version in _NEED.findall(out):
        if lib not in found or version_key(version) > version_key(found[lib]):
            found[lib] = version
    return found


def floor(folder: Path) -> dict:
    """Per library (GLIBC, GLIBCXX, CXXABI): the newest version needed and the files needing it."""
    newest: dict[str, str] = {}
    files: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    count = 0
    for path in sorted(p for p in folder.rglob("*") if p.is_file() and not p.is_symlink() and is_elf(p)):
        count += 1
        for lib, version in needs(path).items():
            files[lib][version].append(str(path.relative_to(folder)))
            if lib not in newest or version_key(version) > version_key(newest[lib]):
                newest[lib] = version
    return {"elf_files": count, "newest": newest,
            "by_version": {lib: {v: sorted(f) for v, f in sorted(vs.items(), key=lambda kv: version_key(kv[0]))}
                           for lib, vs in files.items()}}


def main(argv: list[str] | None = None) -> int:
    """Print the glibc floor of a folder; exit 2 when the folder holds no ELF file."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--json", action="store_true", help="print the full result as JSON")
    parser.add_argument("--top", type=int, default=8, help="files listed for the newest versions (default 8)")
    args = parser.parse_args(argv)
    result = floor(args.folder)
    if not result["elf_files"]:
        print(f"glibc_floor: no ELF files in {args.folder}", file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps(result, indent=2))
        return 0
    glibc = result["newest"].get("GLIBC", "?")
    print(f"needs glibc >= {glibc} ({result['elf_files']} ELF files read)")
    for lib in ("GLIBC", "GLIBCXX", "CXXABI"):
        versions = result["by_version"].get(lib, {})
        for version in list(versions)[-2:][::-1]:
            shown = versions[version][:args.top]
            more = len(versions[version]) - len(shown)
            print(f"  {lib}_{version}: {', '.join(shown)}{f' (+{more} more)' if more > 0 else ''}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
