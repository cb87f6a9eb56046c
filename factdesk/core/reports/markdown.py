"""The Markdown verdict report: the HTML report's content as CommonMark (GFM) text.

User text is escaped only where Markdown would read it as markup, so dates and
numbers stay readable (`2026-11-25T00:39:10Z`, `1.200`):

- anywhere: `\\ ` ` * _ [ ] < > |` and `~~` (emphasis, code, links and images, raw
  HTML, table cells, strikethrough) and `&` before an entity name (`&lt;`);
- at the start of a line: `#`, `>`, `-`, `+`, `=` and a number followed by `.` or
  `)` and a space (headings, quotes, lists, setext underlines).

So no raw HTML gets through and `[x](javascript:…)` never becomes a link; only
http(s) URLs become autolinks, anything else is shown as text.
"""

from __future__ import annotations

import re
from pathlib import Path

from factdesk.core.reports.common import date_part, is_web_link, pieces
from factdesk.core.reports.data import Report
from factdesk.core.reports.labels import filter_labels, qualifier_label, status_label, type_label, words
from factdesk.core.reports.summary import type_counts, verdict_counts

_INLINE = re.compile(r"([\\`*_\[\]<>|])|(~~)|(&)(?=#?[A-Za-z0-9]+;)")
_LINE_START = re.compile(r"^([ \t]*)(?:([#>+\-=])|(\d{1,9})([.)])(?=\s|$))")
_URL_UNSAFE = re.compile(r"[\s<>`\"'\\]")


def _inline(text: str) -> str:
    """Backslash-escape the characters that are markup anywhere in a line."""
    return _INLINE.sub(lambda m: "\\" + m.group() if m.group(2) is None else "\\~\\~", text)


def _line_start(line: str) -> str:
    """Escape a (already inline-escaped) line's first character when it would start a block."""
    m = _LINE_START.match(line)
    if not m:
        return line
    if m.group(2):
        return f"{m.group(1)}\\{m.group(2)}{line[m.end():]}"
    return f"{m.group(1)}{m.group(3)}\\{m.group(4)}{line[m.end():]}"


def escape(text: str | None) -> str:
    """Escape text so Markdown shows it literally, on one line, after something that starts the line."""
    return _inline(" ".join((text or "").split()))


def _escape_block(text: str) -> str:
    """Escape multi-line text, keeping its line breaks as hard breaks."""
    return "  \n".join(_line_start(_inline(line.strip())) for line in text.splitlines())


def link(url: str | None) -> str:
    """Return an autolink for an http(s) URL, else the URL as escaped text."""
    if not url:
        return ""
    if is_web_link(url):
        return "<" + _URL_UNSAFE.sub(lambda m: "%{:02X}".format(ord(m.group())), url) + ">"
    return escape(url)


def render(report: Report) -> str:
    """Render the report as Markdown text."""
    t = words(report.language)
    out: list[str] = [f"# {escape(report.title)}", ""]
    meta = [escape(report.organisation)] if report.organisation else []
    meta.append(t["claims_in"].format(claims=report.claim_count(), articles=len(report.articles)))
    meta.append(f"{t['scale']}: {escape(report.scale.name)}")
    if report.generated_at:
        meta.append(f"{t['generated']} {escape(report.generated_at)}")
    out += [_line_start(" · ".join(meta)), ""]
    if report.filters:
        shown = filter_labels(report.filters, report.language)
        out += [f"{t['filters']}: " + ", ".join(f"{escape(k)} = {escape(v)}" for k, v in shown.items()), ""]
    out += [f"## {t['summary']}", "", f"| {t['verdict']} | {t['claims']} |", "| --- | ---: |"]
    out += [f"| {escape(r.label)} | {r.count} |" for r in verdict_counts(report)]
    out += ["", f"| {t['type']} | {t['claims']} |", "| --- | ---: |"]
    out += [f"| {escape(r.label)} | {r.count} |" for r in type_counts(report)]
    out.append("")
    for article in report.articles:
        a = article.article
        out += [f"## {escape(a.title or t['untitled'])}", ""]
        meta = [escape(x) for x in (a.outlet, date_part(a.published), a.author) if x]
        if a.url:
            meta.append(link(a.url))
        if meta:
            out += [_line_start(" · ".join(meta)), ""]
        marked = []
        for p in pieces(a.text, [e.claim for e in article.claims]):
            if p.claim is None:
                marked.append(_inline(p.text))
            else:
                label = escape(report.verdict_label(p.claim) or t["no_verdict"])
                marked.append(f"**{escape(p.text)}** _\\[{label}\\]_")
        out += ["> " + _line_start(line.strip()) for line in "".join(marked).splitlines() if line.strip()] + [""]
        for entry in article.claims:
            c = entry.claim
            out += [f"### {escape(report.verdict_label(c) or t['no_verdict'])}: {escape(c.text)}", ""]
            kind = type_label(c.type, report.language)
            if c.qualifier:
                kind += f" ({qualifier_label(c.qualifier, report.language)})"
            out.append(f"- {t['type']}: {escape(kind)} · {t['status']}: "
                       f"{escape(status_label(c.status, report.language))}")
            if c.speaker:
                out.append(f"- {t['speaker']}: {escape(c.speaker)}")
            out.append(f"- {t['checker']}: {escape(entry.checker) or '—'} · {t['reviewer']}: "
                       f"{escape(entry.reviewer) or '—'}"
                       + (f" · {t['reviewed']} {date_part(entry.reviewed_at)}" if entry.reviewed_at else ""))
            out.append("")
            if c.rationale:
                out += [_escape_block(c.rationale), ""]
            if c.sources:
                out += [f"{t['sources']}:", ""]
                for s in c.sources:
                    parts = [escape(x) for x in (s.title, s.publisher, date_part(s.published)) if x]
                    if s.url:
                        parts.append(link(s.url))
                    if s.excerpt:
                        parts.append("“" + escape(s.excerpt) + "”")
                    out.append("- " + " — ".join(parts or ["(no details)"]))
                out.append("")
    return "\n".join(out).rstrip() + "\n"


def write(report: Report, path: Path | str) -> None:
    """Write the Markdown report to path as UTF-8."""
    Path(path).write_text(render(report), encoding="utf-8")
