"""Score the detector on the annotated dev corpus (../shared/corpus/dev) with the shared scorer.

The detector runs through `factdesk detect --format json` when the CLI has
that command, else through tests/core/detect/detect_json.py, which prints the
same JSON from the same API in-process.
"""

import importlib.util
import re
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent


def _command() -> list[str]:
    if importlib.util.find_spec("factdesk.cli.detect_cmd") is not None:
        return [sys.executable, "-m", "factdesk", "detect", "--format", "json"]
    return [sys.executable, str(HERE / "detect_json.py")]


def _score(shared: Path, corpus: Path) -> tuple[float, float]:
    run = subprocess.run([sys.executable, str(shared / "tools" / "score_claims.py"), str(corpus), "--", *_command()],
                         capture_output=True, text=True, cwd=HERE.parents[2])
    m = re.search(r"core F1 ([\d.]+) all F1 ([\d.]+)", run.stdout)
    assert m, run.stdout + run.stderr
    return float(m.group(1)), float(m.group(2))


@pytest.mark.parametrize("part, minimum", [("", 0.90), ("de", 0.85), ("en", 0.85)])
def test_core_f1_on_dev(shared_dir, part, minimum):
    corpus = shared_dir / "corpus" / "dev" / part if part else shared_dir / "corpus" / "dev"
    core, _ = _score(shared_dir, corpus)
    assert core >= minimum
