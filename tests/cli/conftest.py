"""Fixtures of the command-line tests: a desk file holding one imported article."""

from __future__ import annotations

import json

import pytest

from tests.cli.test_desk_cli import TEXT, run


@pytest.fixture
def db(tmp_path, fake_detector, capsys):
    """A desk holding one imported article with two claims; returns (desk path, claim ids)."""
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    path = tmp_path / "desk.sqlite"
    assert run(capsys, "import", "--db", path, tmp_path / "a.txt")[0] == 0
    code, out, _ = run(capsys, "claims", "list", "--db", path, "--format", "json")
    return path, [c["id"] for c in json.loads(out)]
