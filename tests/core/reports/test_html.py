"""The HTML report: escaped text, safe links and colours, marks, summary chart, self-contained."""

from __future__ import annotations

from html.parser import HTMLParser

from factdesk.core.reports import html as html_report
from factdesk.core.reports.common import is_web_link, pieces, safe_colour

from .conftest import EMOJI, LONG, RTL, SCRIPT


class Collector(HTMLParser):
    """Record every start tag with its attributes, and the text inside the article bodies."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict]] = []
        self.body_text: list[str] = []
        self._in_text = 0
        self.data: list[str] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.tags.append((tag, attrs))
        if tag == "div" and attrs.get("class") == "text":
            self._in_text = 1
            self.body_text.append("")
        elif self._in_text and tag == "div":
            self._in_text += 1

    def handle_endtag(self, tag):
        if tag == "div" and self._in_text:
            self._in_text -= 1

    def handle_data(self, data):
        self.data.append(data)
        if self._in_text:
            self.body_text[-1] += data


def parse(report):
    page = html_report.render(report)
    collector = Collector()
    collector.feed(page)
    return page, collector


def test_script_and_html_in_text_are_escaped_never_markup(report):
    page, parsed = parse(report)
    scripts = [a for t, a in parsed.tags if t == "script"]
    assert scripts == [{"type": "application/ld+json"}]  # the ClaimReview data block, nothing executable
    assert page.lower().count("<script") == 1 and "<script>alert" not in page
    assert "<b>fett" not in page and "&lt;b&gt;fett" in page
    assert "<img" not in page
    assert not [t for t, a in parsed.tags if any(k.startswith("on") for k in a)]
    assert SCRIPT in "".join(parsed.data)  # shown as text


def test_links_only_http_and_javascript_urls_shown_as_text(report):
    page, parsed = parse(report)
    hrefs = [a["href"] for t, a in parsed.tags if "href" in a]
    assert hrefs
    assert all(h.startswith("#") or is_web_link(h) for h in hrefs)
    assert "javascript:alert(document.cookie)" in "".join(parsed.data)
    assert "https://ok.example/a?b=1&c=<2>" in hrefs


def test_article_text_survives_piecewise_with_every_claim_marked(report):
    _, parsed = parse(report)
    assert parsed.body_text == [a.article.text for a in report.articles]
    marks = [a for t, a in parsed.tags if t == "mark"]
    assert len(marks) == report.claim_count()
    assert marks[0]["class"] == "v0" and marks[-1]["class"] == "vx"


def test_verdict_colours_are_css_classes_from_the_scale(report):
    page, _ = parse(report)
    assert ".v0 { --vc: #2e7d32; --vf: #ffffff; }" in page
    assert ".vx { --vc: #9e9e9e;" in page
    assert 'class="claim v2"' in page  # the hostile claim's verdict: false


def test_long_rtl_and_emoji_text_kept_whole(report):
    page, parsed = parse(report)
    text = "".join(parsed.data)
    assert RTL in text and EMOJI in text and LONG in text
    assert 'dir="auto"' in page
    assert '<meta charset="utf-8">' in page


def test_self_contained_print_friendly_with_inline_svg_summary(report):
    page, parsed = parse(report)
    tags = {t for t, _ in parsed.tags}
    assert "svg" in tags and "rect" in tags
    assert "link" not in tags and "img" not in tags
    assert [a for t, a in parsed.tags if t == "script"] == [{"type": "application/ld+json"}]  # data, no code
    assert not [a for t, a in parsed.tags if "src" in a]
    assert "url(" not in page
    assert "@media print" in page and "page-break-before: always" in page


def test_summary_counts_per_verdict_in_chart(report):
    _, parsed = parse(report)
    titles = "".join(parsed.data)
    assert "True: 2" in titles and "False: 1" in titles and "no verdict: 1" in titles
    assert "Vote share: 1" in titles and "Statistic: 3" in titles


def test_bad_colour_never_reaches_style():
    assert safe_colour("red; background: url(http://x)") == "#9e9e9e"
    assert safe_colour("#ABCDEF") == "#abcdef"


def test_print_variant_has_no_svg_and_escapes(report):
    page = html_report.render(report, "print")
    assert "<svg" not in page and "<script" not in page.lower()
    assert "&lt;script&gt;" in page
    assert page.count("page-break-before: always") == len(report.articles)


def test_pieces_clip_overlapping_claims(report):
    c1 = report.articles[0].claims[0].claim
    c2 = report.articles[0].claims[1].claim
    c2.start, c2.end = c1.start + 2, c1.end + 5
    text = report.articles[0].article.text
    got = pieces(text, [c1, c2])
    assert "".join(p.text for p in got) == text


def test_german_report_words(report):
    report.language = "de"
    page = html_report.render(report)
    assert "Übersicht" in page and "Prüfer" in page and ">Richtig<" in page
    from factdesk.core.reports import markdown
    assert "## Übersicht" in markdown.render(report)


def _jsonld(page: str) -> list:
    """The JSON inside the page's <script type="application/ld+json"> element(s)."""
    import json
    import re
    blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', page, re.DOTALL)
    return [json.loads(b) for b in blocks]


def test_the_page_embeds_the_claimreview_its_urls_point_to(report):
    from factdesk.core.reports import claimreview
    page, parsed = parse(report)
    (embedded,) = _jsonld(page)
    assert embedded == claimreview.to_data(report, approved_only=True)
    assert embedded, "the test report holds approved verdicts"
    ids = {a["id"] for _, a in parsed.tags if "id" in a}
    for review in embedded:
        address, anchor = review["url"].split("#")
        assert address == report.base_url and anchor in ids  # the claim's own block on this page


def test_only_approved_verdicts_are_embedded_and_none_without_an_address(report):
    entry = report.articles[0].claims[0]
    entry.claim.status = "ready_for_review"
    (embedded,) = _jsonld(html_report.render(report))
    assert f"#claim-{entry.claim.id}" not in {r["url"][-len(entry.claim.id) - 7:] for r in embedded}
    report.base_url = ""
    assert _jsonld(html_report.render(report)) == []
    assert "<script" not in html_report.render(report, "print")
