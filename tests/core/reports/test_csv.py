"""The CSV report: one row per claim, UTF-8 with BOM, formula cells neutralized."""

from __future__ import annotations

import csv

import pytest

from factdesk.core.reports import csv_writer

from .conftest import EMOJI, FORMULAS, LONG, RTL


def read(report, tmp_path):
    path = tmp_path / "r.csv"
    csv_writer.write(report, path)
    raw = path.read_bytes()
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return raw, list(csv.reader(handle))


def test_bom_header_and_one_row_per_claim(report, tmp_path):
    raw, rows = read(report, tmp_path)
    assert raw.startswith(b"\xef\xbb\xbf")
    assert rows[0] == list(csv_writer.COLUMNS)
    assert len(rows) == 1 + report.claim_count()
    assert rows[1][csv_writer.COLUMNS.index("value")] == "34.5"
    assert rows[1][csv_writer.COLUMNS.index("verdict_label")] == "True"


@pytest.mark.parametrize("cell", FORMULAS + ["-", "=", "@", "+"])
def test_formula_cells_get_a_quote(cell):
    assert csv_writer.neutralize(cell) == "'" + cell


@pytest.mark.parametrize("cell", ["34,5 Prozent", "'already", " =space first", "", "Größe"])
def test_plain_cells_unchanged(cell):
    assert csv_writer.neutralize(cell) == cell


def test_no_cell_in_the_file_starts_a_formula(report, tmp_path):
    _, rows = read(report, tmp_path)
    cells = [c for row in rows for c in row]
    assert not [c for c in cells if c[:1] in ("=", "+", "-", "@", "\t", "\r")]
    for formula in FORMULAS:
        assert "'" + formula in cells  # kept, only neutralized


def test_long_rtl_emoji_and_newlines_round_trip(report, tmp_path):
    _, rows = read(report, tmp_path)
    cells = [c for row in rows for c in row]
    assert RTL in cells and EMOJI in cells
    long_cell = rows[4][csv_writer.COLUMNS.index("rationale")]
    assert LONG.startswith(long_cell[:30000]) and len(long_cell) <= csv_writer.MAX_CELL
    assert long_cell.endswith("the JSON report has the whole text]")
    assert max(len(c) for c in cells) <= csv_writer.MAX_CELL
    rationale = rows[3][csv_writer.COLUMNS.index("rationale")]
    assert rationale.startswith("<script>") and "\n+cmd" in rationale


def test_short_long_texts_are_not_cut():
    text = "x" * csv_writer.MAX_CELL
    assert csv_writer.neutralize(text) == text
    assert len(csv_writer.neutralize("=" + text)) <= csv_writer.MAX_CELL
