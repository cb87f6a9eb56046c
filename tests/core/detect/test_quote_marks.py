"""Pairing quotation marks (core.detect.quote_marks) and line structure (lines). Sentences written for FactDesk."""

from __future__ import annotations

from factdesk.core.detect.lines import Layout
from factdesk.core.detect.quote_marks import find_quotations
from factdesk.core.detect.quotes import detect_quotes


def quoted(text: str, lang: str = "en") -> list[str]:
    return [text[q.start:q.end] for q in find_quotations(text, lang)]


def test_paragraphs_run_together_keep_one_quote_per_paragraph():
    # copy that lost its paragraph breaks: each paragraph opens with a mark, only the last one closes
    text = 'Union leader Ann Brook said: "We are ready to strike. "Our members voted for it." The talks failed.'
    assert quoted(text) == ["We are ready to strike.", "Our members voted for it."]
    assert [c.speaker for c in detect_quotes(text, "en")] == ["Ann Brook", "Ann Brook"]


def test_a_stray_mark_before_a_new_quote_is_not_a_quote():
    text = 'Critics called it a "deal, "We will fix it," said Rosa Lind.'
    assert quoted(text) == ["We will fix it"]


def test_straight_opening_and_curly_closing_marks_pair():
    assert quoted('"The deal is done,” said the mayor, Ray Holt.') == ["The deal is done"]


def test_a_quotation_inside_a_quotation_does_not_end_it():
    text = '"We want “fair” pay and we will get it," she said.'
    assert quoted(text) == ["We want “fair” pay and we will get it"]


def test_a_quote_after_a_colon_may_lack_its_closing_mark_at_the_end_of_its_paragraph():
    text = 'The ministry said: "The strike is about national issues. It is not about local pay\n\nTalks resume today.'
    assert quoted(text) == ["The strike is about national issues. It is not about local pay"]
    assert quoted('He wrote: "We need more time\nThe vote is on Friday.') == []  # no colon rule without an end


def test_german_quote_over_several_lines_runs_to_its_closing_mark():
    text = "Die Präsidentin sagte: „Der Tag war ruhig.\nAm Abend gab es Proteste.“\nDie Polizei zog ab."
    assert quoted(text, "de") == ["Der Tag war ruhig.\nAm Abend gab es Proteste."]


WRAPPED = (
    "The finance minister said the deficit\n"
    "would be cut this year, and that spending on\n"
    "roads would fall. Traders doubted it.\n"
    '    "There is doubt\n'
    "in the market. Nobody believes the\n"
    'figures," said broker Anil Varma.\n'
    "    Shares fell in early trading.\n"
)


def test_hard_wrapped_text_joins_its_lines_and_quotes_run_over_them():
    layout = Layout(WRAPPED, "en")
    assert layout.wrapped
    assert quoted(WRAPPED) == ["There is doubt\nin the market. Nobody believes the\nfigures"]
    assert [c.speaker for c in detect_quotes(WRAPPED, "en")] == ["Anil Varma"]


def test_one_line_per_paragraph_is_not_wrapped_and_each_line_is_a_unit():
    text = "Kenosha braces for a visit\nThe President arrives on Tuesday. He meets police.\nRelated Story Trump visits"
    layout = Layout(text, "en")
    assert not layout.wrapped
    assert [text[s:e] for s, e in layout.units] == [
        "Kenosha braces for a visit", "The President arrives on Tuesday.", "He meets police.",
        "Related Story Trump visits"]
