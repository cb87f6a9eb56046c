"""The Debian packages a built FactDesk folder needs from the system, as a `Depends` line.

    python3 installer/linux/system_deps.py BUILD/factdesk

Reads every ELF file's NEEDED libraries (`readelf -d`); a library bundled in
the folder needs nothing. Each other library is looked up where this machine
has it (`ldconfig -p`) and named by the package that owns it (`dpkg -S`).
libc6 gets the folder's glibc floor as its lowest version (glibc_floor.py).
Prints e.g. "libc6 (>= 2.35), libegl1, libgl1, libstdc++6, ...". A library
found neither in the folder nor on this machine (one only an optional Qt
plugin uses, such as Wayland's libwayland-egl on an X11 build machine) is
named on standard error and left out.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from glibc_floor import floor, is_elf  # noqa: E402 - beside this script

_NEEDED = re.compile(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]")
# Provided by the C library itself (the loader, libm, libdl, libpthread, librt, ...): one package, libc6.
_LIBC = re.compile(r"^(ld-linux.*|libc|libm|libdl|libpthread|librt|libutil|libresolv|libanl|libmvec)\.so")


def needed(folder: Path) -> set[str]:
    """The sonames the folder's ELF files need that are not in the folder."""
    bundled: set[str] = set()
    wanted: set[str] = set()
    for path in folder.rglob("*"):
        if path.is_file() and is_elf(path):
            bundled.add(path.name)
            out = subprocess.run(["readelf", "-d", str(path)], capture_output=True, text=True).stdout
            wanted.update(_NEEDED.findall(out))
        elif path.is_symlink():
            bundled.add(path.name)
    return {name for name in wanted - bundled if not _LIBC.match(name)}


def system_paths() -> dict[str, str]:
    """soname -> path of that library on this machine, for the machine's architecture."""
    out = subprocess.run(["ldconfig", "-p"], capture_output=True, text=True).stdout
    paths: dict[str, str] = {}
    for line in out.splitlines()[1:]:
        m = re.match(r"\s*(\S+) \(([^)]*)\) => (\S+)", line)
        if m and ("x86-64" in m.group(2) or "64bit" in m.group(2) or "AArch64" in m.group(2)):
            paths.setdefault(m.group(1), m.group(3))
    return paths


def owner(path: str) -> str | None:
    """The Debian package owning a file (following the /usr merge), or None."""
    for candidate in (path, str(Path(path).resolve()), path.replace("/usr/lib", "/lib", 1)):
        out = subprocess.run(["dpkg", "-S", candidate], capture_output=True, text=True)
        if out.returncode == 0:
            return out.stdout.split(":")[0].strip()
    return None


def depends(folder: Path) -> tuple[list[str], list[str]]:
    """(the Depends entries, the sonames no package was found for)."""
    paths = system_paths()
    packages: set[str] = set()
    unknown: list[str] = []
    for soname in sorted(needed(folder)):
        package = owner(paths[soname]) if soname in paths else None
        if package:
            packages.add(package)
        else:
            unknown.append(soname)
    glibc = floor(folder)["newest"].get("GLIBC")
    entries = [f"libc6 (>= {glibc})" if glibc else "libc6"] + sorted(packages - {"libc6"})
    return entries, unknown


def main(argv: list[str] | None = None) -> int:
    """Print the Depends line; name the libraries no package was found for on standard error."""
    args = argv if argv is not None else sys.argv[1:]
    if len(args) != 1:
        print("usage: system_deps.py BUILD/factdesk", file=sys.stderr)
        return 2
    entries, unknown = depends(Path(args[0]))
    print(", ".join(entries))
    if unknown:
        print(f"system_deps.py: not on this machine, left out of Depends: {', '.join(unknown)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
