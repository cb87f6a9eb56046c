"""The Markdown report: user text escaped, only http(s) autolinks."""

from __future__ import annotations

import re

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
    assert "javascript\\:alert" in text
    assert "<https://ok.example/a?b=1&c=%3C2%3E>" in text


def test_markup_characters_cannot_start_structure(report):
    text = markdown.render(report)
    assert "\\=HYPERLINK\\(" in text
    for line in text.splitlines():
        assert not line.startswith(("<", "=", "@")), line


def test_rtl_and_emoji_kept(report):
    text = markdown.render(report)
    assert EMOJI.replace("-", "\\-").replace(".", "\\.") in text or "👍🏽" in text
    assert "قال الوزير" in text and "אמר השר" in text
    assert RTL.split()[0] in text


def test_every_claim_has_a_section(report):
    text = markdown.render(report)
    assert text.count("\n### ") == report.claim_count()
