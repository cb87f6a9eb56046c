"""The Markdown report: user text escaped, only http(s) autolinks."""

from __future__ import annotations

import re

import pytest

from factdesk.core.reports import markdown

from .conftest import EMOJI, RTL


def test_html_and_script_escaped(report):
    text = markdown.render(report)
    unescaped = re.findall(r"(?<!\\)<[^>]*>", text)
    assert all(tag.startswith("<http") for tag in unescaped), unescaped
    assert "\\<script\\>" in text and "\\<img" in text


def test_only_web_urls_become_links(report):
    text = markdown.render(report)
    autolinks = re.findall(r"(?<!\\)<([^<>\s]+)>", text)
    assert autolinks and all(u.startswith(("https://", "http://")) for u in autolinks)
    assert "](javascript" not in text and "<javascript" not in text
    assert "javascript:alert" in text  # shown as text: only <http…> and [..](..) could link
    assert "<https://ok.example/a?b=1&c=%3C2%3E>" in text


def test_markup_characters_cannot_start_structure(report):
    text = markdown.render(report)
    assert "=HYPERLINK(" in text
    for line in text.splitlines():
        assert not line.startswith(("<", "=")), line  # "@" is no Markdown markup


def test_rtl_and_emoji_kept(report):
    text = markdown.render(report)
    assert EMOJI.replace("-", "\\-").replace(".", "\\.") in text or "👍🏽" in text
    assert "قال الوزير" in text and "אמר השר" in text
    assert RTL.split()[0] in text


def test_every_claim_has_a_section(report):
    text = markdown.render(report)
    assert text.count("\n### ") == report.claim_count()


def test_dates_and_numbers_are_not_escaped(report):
    report.generated_at = "2026-11-25T00:39:10Z"
    report.articles[0].article.title = "1.200 Menschen: 34,5 % (vorläufig) - Stand 2026-11-02!"
    text = markdown.render(report)
    assert "2026-11-25T00:39:10Z" in text
    assert "## 1.200 Menschen: 34,5 % (vorläufig) - Stand 2026-11-02!" in text


def test_only_needed_escapes():
    assert markdown.escape("a *b* _c_ [d](e) <f> `g` | h ~~i~~ &amp; & j\\k") == \
        "a \\*b\\* \\_c\\_ \\[d\\](e) \\<f\\> \\`g\\` \\| h \\~\\~i\\~\\~ \\&amp; & j\\\\k"
    for start, escaped in [("# x", "\\# x"), ("- x", "\\- x"), ("+ x", "\\+ x"), ("1. x", "1\\. x"),
                           ("12) x", "12\\) x"), ("> x", "\\> x"), ("===", "\\==="), ("1.200 x", "1.200 x")]:
        assert markdown._escape_block(start) == escaped, start


def test_injected_markup_and_links_stay_text(report):
    MarkdownIt = pytest.importorskip("markdown_it").MarkdownIt
    evil = "[x](javascript:alert(1)) <script>alert(1)</script> ![i](http://e.example/i.png) <b>b</b>"
    report.articles[0].article.title = evil
    report.articles[0].claims[0].claim.rationale = f"- {evil}\n# {evil}\n1. {evil}\n---"
    report.organisation = evil
    page = MarkdownIt("commonmark").enable("table").enable("strikethrough").render(markdown.render(report))
    assert "<script" not in page and "<b>" not in page and "<img" not in page
    assert 'href="javascript' not in page
    hrefs = __import__("re").findall(r'href="([^"]*)"', page)
    assert all(h.startswith(("http://", "https://")) for h in hrefs), hrefs
    assert "<h1>- " not in page and "<hr" not in page and "<ol" not in page
