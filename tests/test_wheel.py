"""The wheel carries everything: built from this checkout, installed outside it, FactDesk works.

Builds the wheel with pip (as a user or an index would), installs it with
--no-deps into a fresh virtual environment in a temporary folder, and runs the
installed `factdesk` from there: `--version`, `detect` on an article and
`--screenshot` of a fresh desk. The dependencies come from the test venv's
site-packages, added to the new venv as a plain path (a `.pth` line: the
editable install's own `.pth`, which would put this checkout on sys.path, is
not processed there), so the test takes seconds rather than a full install;
it then checks that `factdesk` and its resources were loaded from the new
venv, not from this checkout. Also checks that every file under resources/
(rules, scales, templates, trained models, ...) is in the wheel.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import sysconfig
import venv
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
IGNORED_PARTS = {"__pycache__", ".DS_Store"}

# Written for this test: a vote share, an arrest count and a quote.
ARTICLE = ("Wahl in Nordland: Die Wahlkommission meldete am Montag, Präsident Arvid Holm habe 71,4 Prozent "
           "der Stimmen erhalten. Bei Protesten nahm die Polizei mehr als 1200 Menschen fest. "
           "„Diese Zahlen hat niemand gesehen“, sagte die Oppositionsführerin Mira Lund.\n")


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The wheel pip builds from this checkout."""
    out = tmp_path_factory.mktemp("wheel")
    result = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet",
                             "--disable-pip-version-check", "-w", str(out), str(REPO)],
                            capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    (built,) = out.glob("factdesk-*.whl")
    return built


@pytest.fixture(scope="module")
def installed(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh venv outside the checkout with the wheel installed; returns its bin folder."""
    root = tmp_path_factory.mktemp("venv")
    venv.EnvBuilder(with_pip=False, symlinks=os.name != "nt").create(root / "env")
    env_python = root / "env" / ("Scripts" if os.name == "nt" else "bin") / "python"
    site = Path(subprocess.run([str(env_python), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
                               capture_output=True, text=True, check=True).stdout.strip())
    (site / "factdesk_test_deps.pth").write_text(sysconfig.get_path("purelib") + "\n", encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "pip", "--python", str(env_python), "install", "--no-deps",
                             "--no-index", "--quiet", "--disable-pip-version-check", str(wheel)],
                            capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    return env_python.parent


def _clean_env(home: Path) -> dict[str, str]:
    """The environment of a user's terminal: no source tree, no test settings, offscreen Qt."""
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("FACTDESK_", "PYTHON", "VIRTUAL_ENV"))}
    env.update(HOME=str(home), QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(home / ".config"),
               XDG_DATA_HOME=str(home / ".local" / "share"))
    return env


def test_the_wheel_holds_every_resource_file(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    expected = {"factdesk/_resources/" + p.relative_to(REPO / "resources").as_posix()
                for p in (REPO / "resources").rglob("*")
                if p.is_file() and not IGNORED_PARTS & set(p.parts) and p.suffix != ".pyc"}
    assert expected and not expected - names, sorted(expected - names)[:10]
    assert "factdesk/cli/__init__.py" in names and "factdesk/core/detect/run.py" in names
    assert not [n for n in names if "__pycache__" in n or n.endswith(".pyc")]


def test_the_wheel_metadata_is_modern(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as zf:
        (meta_name,) = [n for n in zf.namelist() if n.endswith(".dist-info/METADATA")]
        meta = zf.read(meta_name).decode("utf-8")
        entry_points = zf.read(meta_name.replace("METADATA", "entry_points.txt")).decode("utf-8")
    assert "License-Expression: MIT" in meta
    assert "Classifier: Environment :: X11 Applications :: Qt" in meta
    assert "Project-URL: Documentation, " in meta
    assert "[gui_scripts]\nfactdesk-gui = factdesk.cli:gui_main" in entry_points
    assert "[console_scripts]\nfactdesk = factdesk.cli:main" in entry_points


def test_installed_factdesk_runs_from_the_wheel_not_the_checkout(installed: Path, tmp_path: Path) -> None:
    probe = ("import factdesk, json; from factdesk.resources import resource_dir; "
             "print(json.dumps([factdesk.__file__, str(resource_dir()), factdesk.__version__]))")
    result = subprocess.run([str(installed / "python"), "-c", probe], cwd=tmp_path, env=_clean_env(tmp_path),
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    module, resources, version = json.loads(result.stdout)
    env_root = installed.parent
    assert Path(module).is_relative_to(env_root) and Path(resources).is_relative_to(env_root)
    assert Path(resources).name == "_resources"
    assert not Path(module).is_relative_to(REPO)
    version_run = subprocess.run([str(installed / "factdesk"), "--version"], env=_clean_env(tmp_path),
                                 capture_output=True, text=True, timeout=120)
    assert version_run.stdout == f"factdesk {version}\n"


def test_installed_factdesk_detects_claims(installed: Path, tmp_path: Path) -> None:
    (tmp_path / "artikel.txt").write_text(ARTICLE, encoding="utf-8")
    result = subprocess.run([str(installed / "factdesk"), "detect", "--format", "json", "artikel.txt"],
                            cwd=tmp_path, env=_clean_env(tmp_path), capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    doc = json.loads(result.stdout)
    (document,) = doc["documents"]
    types = {c["type"] for c in document["claims"]}
    assert doc["version"] == 1 and document["language"] == "de"
    assert {"vote_share", "arrests", "quote"} <= types


def test_installed_factdesk_renders_its_window(installed: Path, tmp_path: Path) -> None:
    shot = tmp_path / "shot.png"
    result = subprocess.run([str(installed / "factdesk"), "--screenshot", str(shot), "--db",
                             str(tmp_path / "desk.sqlite")], cwd=tmp_path, env=_clean_env(tmp_path),
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 20_000
    assert "Traceback" not in result.stderr
