"""The Markdown verdict report: the HTML report's content as CommonMark text.

User text is backslash-escaped (every ASCII punctuation mark a renderer could
read as markup, `<` and `&` included, so no raw HTML gets through), and only
http(s) URLs become autolinks; anything else is shown as escaped text.
"""

from __future__ import annotations

import re
from pathlib import Path

from factdesk.core.reports.common import date_part, is_web_link, pieces
from factdesk.core.reports.data import Report
from factdesk.core.reports.labels import filter_labels, qualifier_label, status_label, type_label, words
from factdesk.core.reports.summary import type_counts, verdict_counts

_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>&~=:\"'$^@])")
_URL_UNSAFE = re.compile(r"[\s<>`\"'\\]")


def escape(text: str | None) -> str:
    """Escape text so Markdown shows it literally, on one line."""
    text = " ".join((text or "").split())
    return _SPECIAL.sub(r"\\\1", text)


def _escape_block(text: str) -> str:
    """Escape multi-line text, keeping its line breaks as hard breaks."""
    return "  \n".join(_SPECIAL.sub(r"\\\1", line) for line in text.splitlines())


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
    out += [" · ".join(meta), ""]
    if report.filters:
        out += [f"{t['filters']}: " + ", ".join(f"{escape(k)} = {escape(v)}" for k, v in filter_labels(report.filters, report.language).items()), ""]
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
            out += [" · ".join(meta), ""]
        marked = []
        for p in pieces(a.text, [e.claim for e in article.claims]):
            if p.claim is None:
                marked.append(_SPECIAL.sub(r"\\\1", p.text))
            else:
                label = escape(report.verdict_label(p.claim) or t["no_verdict"])
                marked.append(f"**{escape(p.text)}** _\\[{label}\\]_")
        out += ["> " + line for line in "".join(marked).splitlines() if line.strip()] + [""]
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
