"""Command-line conventions: --version, `import -`, shell completion, a version in every JSON output."""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tomllib
from importlib.metadata import version as dist_version
from pathlib import Path

import pytest

from factdesk.cli import completion_cmd
from factdesk.cli import main as cli_main

REPO = Path(__file__).resolve().parents[2]

TEXT = "HAMBURG (dpa) - Bei der Wahl kam die Liste auf 41,2 Prozent. Rund 2500 Menschen feierten.\n"


def run(capsys, *argv, stdin: bytes | None = None, monkeypatch=None):
    """Run the CLI in-process; return (exit code, stdout, stderr)."""
    if stdin is not None:
        monkeypatch.setattr(sys, "stdin", _Stdin(stdin))
    try:
        code = cli_main([str(a) for a in argv])
    except SystemExit as exc:
        code = exc.code
    out, err = capsys.readouterr()
    return code, out, err


class _Stdin:
    def __init__(self, data: bytes):
        import io
        self.buffer = io.BytesIO(data)


@pytest.fixture
def desk(tmp_path, fake_detector, capsys):
    """A desk with one imported article (fake detector: two claims); returns (path, claim id)."""
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    path = tmp_path / "desk.sqlite"
    assert run(capsys, "import", "--db", path, tmp_path / "a.txt")[0] == 0
    out = run(capsys, "claims", "list", "--db", path, "--format", "json")[1]
    claim_id = json.loads(out)[0]["id"]
    assert run(capsys, "comments", "add", claim_id, "--text", "Quelle?", "--by", "lena", "--db", path)[0] == 0
    return path, claim_id


# ---- --version --------------------------------------------------------------

def test_version_is_the_one_in_pyproject(capsys):
    written = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
    code, out, err = run(capsys, "--version")
    assert (code, out, err) == (0, f"factdesk {written}\n", "")
    assert dist_version("factdesk") == written
    import factdesk
    assert factdesk.__version__ == written


def test_version_is_also_an_option_of_the_subcommand_parser(capsys):
    code, out, _ = run(capsys, "--version", "detect")
    assert code == 0 and out.startswith("factdesk ")


# ---- import - ---------------------------------------------------------------

def test_import_dash_reads_one_article_from_standard_input(desk, capsys, monkeypatch):
    path, _ = desk
    text = "Neu: Die Stadt zählte 1200 Gäste beim Fest.\n"
    code, out, err = run(capsys, "import", "--db", path, "--title", "Stadtfest", "-",
                         stdin=text.encode("utf-8"), monkeypatch=monkeypatch)
    assert (code, err) == (0, "") and out == "imported 1 article with 1 claim\n"
    articles = json.loads(run(capsys, "articles", "list", "--db", path, "--format", "json")[1])
    assert "Stadtfest" in [a["title"] for a in articles]


def test_import_dash_twice_is_a_duplicate_and_legacy_encodings_decode(desk, capsys, monkeypatch):
    path, _ = desk
    raw = "Die Behörde meldete 300 Fälle.\n".encode("cp1252")
    assert run(capsys, "import", "--db", path, "-", stdin=raw, monkeypatch=monkeypatch)[:2] == \
        (0, "imported 1 article with 1 claim\n")
    code, out, _ = run(capsys, "import", "--db", path, "-", stdin=raw, monkeypatch=monkeypatch)
    assert code == 0 and out.endswith("1 already on the desk\n")
    titles = [a["title"] for a in json.loads(run(capsys, "articles", "list", "--db", path, "--format", "json")[1])]
    assert "Die Behörde meldete 300 Fälle." in titles


@pytest.mark.parametrize("data, message", [
    (b"", "standard input: no text"),
    (b"\x00\x01\x02binary", "standard input: not a text file (binary data)"),
])
def test_import_dash_refuses_empty_or_binary_input_and_still_imports_the_files(desk, tmp_path, capsys,
                                                                             monkeypatch, data, message):
    path, _ = desk
    (tmp_path / "b.txt").write_text("Es kamen 40 Leute.\n", encoding="utf-8")
    code, out, err = run(capsys, "import", "--db", path, tmp_path / "b.txt", "-", stdin=data,
                         monkeypatch=monkeypatch)
    assert code == 1 and out == "imported 1, failed 1 (1 claim)\n"
    assert err == f"factdesk: {message}\n"


# ---- a version in every JSON output -----------------------------------------

def _json_commands(parser: argparse.ArgumentParser, prefix: tuple[str, ...] = ()) -> set[tuple[str, ...]]:
    """Every (sub)command path whose --format offers json."""
    found = set()
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                found |= _json_commands(sub, prefix + (name,))
        elif "--format" in action.option_strings and "json" in (action.choices or ()):
            found.add(prefix)
    return found


def _arguments(command: tuple[str, ...], desk_path: Path, claim_id: str, article: Path) -> list[str] | None:
    """The arguments that run `command` with JSON output against the test desk (None: not known here)."""
    known = {
        ("detect",): [article],
        ("rank",): [article],
        ("articles", "list"): ["--db", desk_path],
        ("claims", "list"): ["--db", desk_path],
        ("history",): [claim_id, "--db", desk_path],
        ("search",): ["Wahl", "--db", desk_path],
        ("checks", "list"): ["--db", desk_path],
        ("leads", "list"): ["--db", desk_path],
        ("comments", "list"): [claim_id, "--db", desk_path],
        ("checks", "match"): ["--db", desk_path, article],
        ("export",): ["--db", desk_path, "--status", "new", "-o", article.with_name("report.json")],
    }
    return known.get(command)


def test_every_json_output_carries_a_version(desk, tmp_path, capsys):
    """Walks every subcommand: a new one with --format json must be added to _arguments above."""
    desk_path, claim_id = desk
    article = tmp_path / "a.txt"
    commands = _json_commands(completion_cmd.full_parser())
    assert ("claims", "list") in commands and ("detect",) in commands
    for command in sorted(commands):
        extra = _arguments(command, desk_path, claim_id, article)
        assert extra is not None, f"add `factdesk {' '.join(command)}` to _arguments() in this test"
        code, out, err = run(capsys, *command, *extra, "--format", "json")
        assert code == 0, (command, err)
        if command == ("export",):  # the JSON report (docs/reports.md) names its key format_version
            report = json.loads(article.with_name("report.json").read_text(encoding="utf-8"))
            assert report["format_version"] == 1
            continue
        data = json.loads(out)
        if isinstance(data, list):  # cli.md defines these as lists of objects: each object carries it
            assert data, f"{command}: the test desk should give at least one object"
            assert all(item.get("version") == 1 for item in data), command
        else:
            assert data.get("version") == 1, command


def test_claims_list_keeps_the_documented_shape(desk, capsys):
    desk_path, _ = desk
    (claim, *_) = json.loads(run(capsys, "claims", "list", "--db", desk_path, "--format", "json")[1])
    documented = {"id", "article_id", "type", "text", "start", "end", "value", "unit", "qualifier", "speaker",
                  "status", "verdict", "rationale", "assignee", "sources", "updated_at", "updated_by"}
    assert documented <= set(claim) and claim["version"] == 1


# ---- shell completion -------------------------------------------------------

def _bash_complete(script: Path, words: list[str]) -> list[str]:
    """Ask the generated bash completion what it offers for `words` (the last one being typed)."""
    line = " ".join(words)
    program = (f"source {script}; COMP_WORDS=({' '.join(repr(w) for w in words)}); "
               f"COMP_CWORD={len(words) - 1}; COMP_LINE={line!r}; COMP_POINT={len(line)}; "
               "_shtab_factdesk; printf '%s\\n' \"${COMPREPLY[@]}\"")
    result = subprocess.run(["bash", "-c", program], capture_output=True, text=True, timeout=30)
    assert result.returncode == 0, result.stderr
    return [w for w in result.stdout.split("\n") if w]


@pytest.mark.skipif(shutil.which("bash") is None, reason="needs bash")
def test_bash_completion_offers_subcommands_options_and_choices(tmp_path, capsys):
    code, out, _ = run(capsys, "completion", "bash")
    assert code == 0
    script = tmp_path / "factdesk.bash"
    script.write_text(out, encoding="utf-8")
    assert _bash_complete(script, ["factdesk", "cla"]) == ["claims"]
    assert "--screenshot" in _bash_complete(script, ["factdesk", "--scr"])
    assert _bash_complete(script, ["factdesk", "claims", "list", "--format", ""]) == ["table", "json", "csv"]
    assert "--status" in _bash_complete(script, ["factdesk", "claims", "list", "--st"])
    (tmp_path / "artikel.txt").write_text("x", encoding="utf-8")
    assert str(tmp_path / "artikel.txt") in _bash_complete(script, ["factdesk", "detect", str(tmp_path / "art")])


def test_zsh_completion_names_every_subcommand(capsys):
    code, out, _ = run(capsys, "completion", "zsh")
    assert code == 0 and out.startswith("#compdef factdesk")
    for command in ("detect", "import", "claims", "export", "bundle", "completion"):
        assert f"\n    {command}:'" in out, command
    if shutil.which("zsh"):
        check = subprocess.run(["zsh", "-n"], input=out, capture_output=True, text=True, timeout=30)
        assert check.returncode == 0, check.stderr


def test_completion_refuses_an_unknown_shell(capsys):
    code, _, err = run(capsys, "completion", "fish")
    assert code == 2 and len(err.splitlines()) == 1


def test_gui_script_is_the_app_with_the_same_options(capsys):
    from factdesk.cli import gui_main

    try:
        code = gui_main(["--version"])
    except SystemExit as exc:
        code = exc.code
    assert code == 0 and capsys.readouterr().out.startswith("factdesk ")
