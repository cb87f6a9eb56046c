"""Sizes of what FactDesk ships: the wheel (size, file count), and a built app's folder, .tar.gz and .deb.

    .venv/bin/python bench/package_size.py [--build OUTDIR]

Builds the wheel with `pip wheel --no-deps` into a temporary folder and
prints its size and file count (and how much of it is resources/). With
--build (installer/build.sh's OUTDIR) also prints the app folder's size, the
.tar.gz and .deb sizes, the .deb's installed size and the glibc floor.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def mb(n: float) -> str:
    """Bytes as megabytes with one decimal."""
    return f"{n / 2**20:.1f} MB"


def wheel_figures() -> None:
    """Build the wheel and print its size and file count."""
    with tempfile.TemporaryDirectory() as out:
        subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "--disable-pip-version-check",
                        "-w", out, str(REPO)], check=True)
        (wheel,) = Path(out).glob("factdesk-*.whl")
        with zipfile.ZipFile(wheel) as zf:
            infos = zf.infolist()
        resources = [i for i in infos if i.filename.startswith("factdesk/_resources/")]
        print(f"wheel {wheel.name}: {mb(wheel.stat().st_size)}, {len(infos)} files "
              f"({len(resources)} under resources/, {mb(sum(i.file_size for i in resources))} unpacked; "
              f"{mb(sum(i.file_size for i in infos))} unpacked in all)")


def build_figures(outdir: Path) -> None:
    """Print the sizes of a build.sh output folder and the glibc floor of its app."""
    app = outdir / "factdesk"
    size = sum(p.stat().st_size for p in app.rglob("*") if p.is_file() and not p.is_symlink())
    files = sum(1 for p in app.rglob("*") if p.is_file())
    print(f"app folder {app}: {mb(size)}, {files} files")
    for tarball in outdir.glob("factdesk-*.tar.gz"):
        print(f"{tarball.name}: {mb(tarball.stat().st_size)}")
    for deb in outdir.glob("factdesk_*.deb"):
        installed = subprocess.run(["dpkg-deb", "-f", str(deb), "Installed-Size"], capture_output=True,
                                   text=True).stdout.strip()
        print(f"{deb.name}: {mb(deb.stat().st_size)}, installed {mb(int(installed or 0) * 1024)}")
    subprocess.run([sys.executable, str(REPO / "installer" / "linux" / "glibc_floor.py"), str(app), "--top", "3"])


def main() -> int:
    """Print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--build", type=Path, help="installer/build.sh's OUTDIR")
    args = parser.parse_args()
    wheel_figures()
    if args.build:
        build_figures(args.build)
    return 0


if __name__ == "__main__":
    sys.exit(main())
