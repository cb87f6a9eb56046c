"""Properties that hold for any text: marked pieces rebuild the text, CSV cells never start a formula,
claimReviewed stays within its hard limit and keeps the claim, Markdown escaping never lets markup through."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factdesk.core.model import Claim
from factdesk.core.reports import csv_writer, markdown
from factdesk.core.reports.claimreview import claim_reviewed
from factdesk.core.reports.common import pieces, shorten
from factdesk.core.reports.data import ClaimEntry, Report
from factdesk.core.reports.statement import HARD_LIMIT, statement

from .conftest import SCALE

spans = st.lists(st.tuples(st.integers(-5, 60), st.integers(-5, 60)), max_size=8)


@given(st.text(max_size=60), spans)
def test_pieces_rebuild_the_text(text, raw):
    claims = [Claim(f"c{i}", "a", s, e, "", "statistic") for i, (s, e) in enumerate(raw)]
    got = pieces(text, claims)
    assert "".join(p.text for p in got) == text
    assert all(p.text for p in got)


@given(st.text())
def test_no_cell_starts_a_formula(cell):
    out = csv_writer.neutralize(cell)
    assert not out.startswith(csv_writer.FORMULA_STARTS)
    assert out in (cell, "'" + cell)


@settings(max_examples=200)
@given(st.text(min_size=1))
def test_claim_reviewed_within_limit_and_label_free(text):
    report = Report(SCALE)
    out = claim_reviewed(report, ClaimEntry(Claim("x", "a", 0, 1, text, "statistic"), sentence=text))
    assert len(out) <= HARD_LIMIT
    for v in SCALE.verdicts:
        for label in (v.label_en, v.label_de):
            assert not re.search(rf"(?<!\w){re.escape(label)}(?!\w)", out, re.IGNORECASE)


words = st.text(st.characters(codec="utf-8", exclude_characters="\n"), min_size=1, max_size=12)


@settings(max_examples=300)
@given(st.lists(words, max_size=40), st.lists(words, max_size=40),
       st.sampled_from(["34,5 Prozent", "mehr als 300 Menschen", "2.5 million"]), st.sampled_from(["de", "en"]))
def test_statement_keeps_the_claim_and_its_limit(before, after, claim, lang):
    sentence = " ".join(before + [claim] + after)
    out = statement(sentence, claim, len(" ".join(before)), lang)
    assert claim in out and len(out) <= HARD_LIMIT


@given(st.text(), st.integers(5, 100))
def test_shorten_never_exceeds(text, limit):
    assert len(shorten(text, limit)) <= limit


@given(st.text())
def test_markdown_escape_leaves_no_raw_markup(text):
    import html

    MarkdownIt = pytest.importorskip("markdown_it").MarkdownIt
    line = " ".join(text.split())
    page = MarkdownIt("commonmark").enable("table").enable("strikethrough").render(
        markdown._line_start(markdown.escape(text)))
    shown = html.escape(line, quote=False).replace('"', "&quot;").replace("\x00", "\ufffd")  # CommonMark: NUL -> U+FFFD
    assert page == (f"<p>{shown}</p>\n" if line else ""), page
