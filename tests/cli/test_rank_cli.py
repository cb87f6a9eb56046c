"""Tests for `factdesk rank` (claims.md "Check-worthiness ranking"). Lines written for FactDesk."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from factdesk.cli import main

REPO = Path(__file__).resolve().parents[2]
LINES = [
    "Thank you, and good evening to everyone here.",
    "",
    "Since 2019 the city has spent $240 million on roads, twice what it promised.",
    "  Police said more than 1,200 people were detained in Lakeport.  ",
    "What do you think about that?",
]


def rank(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(["rank", *argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def debate(tmp_path: Path) -> Path:
    path = tmp_path / "debate.txt"
    path.write_text("\n".join(LINES) + "\n", encoding="utf-8")
    return path


def test_tsv_has_one_line_per_input_line_in_order(debate, capsys):
    code, out, err = rank(capsys, "--lang", "en", str(debate))
    assert code == 0 and err == ""
    rows = [line.split("\t", 2) for line in out.splitlines()]
    assert [r[2] for r in rows] == LINES
    scores = [float(r[0]) for r in rows]
    assert all(len(r[0]) == 5 and 0 <= s <= 1 for r, s in zip(rows, scores))
    assert scores[1] == 0.0 and rows[1][1] == ""  # an empty line scores 0
    assert scores[2] >= 0.5 and scores[3] >= 0.5 and scores[0] < 0.5 and scores[4] < 0.5
    assert "money" in rows[2][1].split(",") and rows[3][1] == "arrests"


def test_json_items_carry_file_line_score_and_detect_claims(debate, capsys):
    code, out, _ = rank(capsys, "--format", "json", str(debate))
    data = json.loads(out)
    assert data["version"] == 1 and [i["line"] for i in data["items"]] == [1, 2, 3, 4, 5]
    item = data["items"][3]
    assert list(item) == ["file", "line", "score", "claims"] and item["file"] == str(debate)
    [c] = item["claims"]
    assert LINES[3][c["start"]:c["end"]] == c["text"] and c["value"] == 1200 and c["score"] == item["score"]
    assert data["items"][1] == {"file": str(debate), "line": 2, "score": 0.0, "claims": []}


def test_rank_gives_a_sentence_the_score_detect_gives_its_claims(debate, capsys):
    article = " ".join(line.strip() for line in LINES[2:4])
    path = debate.with_name("article.txt")
    path.write_text(article, encoding="utf-8")
    main(["detect", "--lang", "en", str(path)])
    claims = json.loads(capsys.readouterr()[0])["documents"][0]["claims"]
    _, out, _ = rank(capsys, "--lang", "en", "--format", "json", str(debate))
    by_line = {i["line"]: i["score"] for i in json.loads(out)["items"]}
    for c in claims:
        line = 3 if c["start"] < len(LINES[2]) else 4
        assert c["score"] == pytest.approx(by_line[line], abs=1e-4)


def test_german_lines(tmp_path, capsys):
    path = tmp_path / "de.txt"
    path.write_text("Die Stadt hat 2023 rund 14 Millionen Euro für Radwege ausgegeben.\nGuten Abend!\n",
                    encoding="utf-8")
    code, out, _ = rank(capsys, str(path))  # --lang auto: German for the whole file
    first, second = (float(line.split("\t")[0]) for line in out.splitlines())
    assert code == 0 and first >= 0.5 > second


def test_unreadable_input_exits_2_and_still_ranks_the_rest(debate, tmp_path, capsys):
    binary = tmp_path / "image.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    code, out, err = rank(capsys, str(binary), str(debate))
    assert code == 2 and len(out.splitlines()) == len(LINES)
    assert len(err.strip().splitlines()) == 1 and "image.txt" in err and "Traceback" not in err


def test_standard_input_as_a_subprocess():
    proc = subprocess.run([sys.executable, "-m", "factdesk", "rank", "--lang", "en", "-"],
                          input="The deficit fell by 40 percent in four years.\n\n", capture_output=True,
                          text=True, cwd=REPO, timeout=120)
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert len(lines) == 2 and lines[1] == "0.000\t\t" and float(lines[0].split("\t")[0]) >= 0.5
