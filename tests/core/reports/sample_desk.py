"""A small real desk for report, CLI and review-queue tests (invented sentences, fake detector).

The detector is replaced by a test double that makes every number a claim, so
no spaCy pipeline is needed.
"""

from __future__ import annotations

import re
from pathlib import Path

from factdesk.core.model import DetectedClaim, Detection

ARTICLE_DE = ("Die Partei erhielt 34,5 Prozent der Stimmen. Mehr als 2000 Menschen kamen zur Kundgebung. "
              "Der Bürgermeister regiert seit 12 Jahren.")
ARTICLE_HOSTILE = ("<script>alert('x')</script> Laut Sprecher kamen 500 Gäste. "
                   "قال الوزير إن 40 بالمئة صوتوا. Jubel 👍🏽 bei 77 Fans. =HYPERLINK(\"http://evil.example\") nannte 9 Fälle.")


def fake_detect(text: str, lang: str = "auto") -> Detection:
    """Every run of digits is a statistic claim inside its sentence."""
    claims = []
    for m in re.finditer(r"\d+(?:,\d+)?", text):
        s_start = max(text.rfind(". ", 0, m.start()) + 2, 0) if text.rfind(". ", 0, m.start()) >= 0 else 0
        s_end = text.find(".", m.end())
        s_end = len(text) if s_end < 0 else s_end + 1
        claims.append(DetectedClaim(m.start(), m.end(), m.group(), "statistic", None, None, "exact",
                                    None, s_start, s_end, 0.9))
    return Detection("de", claims)


def fake_detect_many(texts, lang="auto", n_process=1):
    """Detect many texts one by one."""
    for text in texts:
        yield fake_detect(text, lang)


def patch_detector(monkeypatch) -> None:
    """Replace the store's detector with the fake one."""
    from factdesk.core.store import detection
    monkeypatch.setattr(detection, "_detector", lambda: (fake_detect, fake_detect_many))


def build(path: Path):
    """Create a desk at path with two articles in every review state; return (desk, ids)."""
    from factdesk.core.store import Desk

    desk = Desk.open(path)
    desk.set_setting("organisation", "Prüfstelle Nord", by="lea")
    desk.set_setting("report_base_url", "https://pruefstelle.example/report", by="lea")
    a1, _ = desk.import_text(ARTICLE_DE, by="kim", title="Wahlabend in Musterstadt", lang="de",
                             outlet="Musterblatt", url="https://musterblatt.example/wahl",
                             published="2026-11-02")
    a2, _ = desk.import_text(ARTICLE_HOSTILE, by="kim", title="<b>Fest</b> 👍🏽", lang="de",
                             outlet="@Outlet", url="https://outlet.example/fest")
    c = desk.claims_for_article(a1)
    h = desk.claims_for_article(a2)
    ids = {"a1": a1, "a2": a2, "approved": c[0].id, "ready": c[1].id, "returned": c[2].id,
           "hostile_ready": h[0].id, "new": h[1].id}
    desk.update_claim(c[0].id, by="kim", verdict="true", rationale="Amtliches Endergebnis.",
                      status="ready_for_review")
    desk.add_source(c[0].id, by="kim", url="https://wahlen.example/ergebnis", title="Ergebnis")
    desk.review(c[0].id, "approve", by="lea", comment="gut")
    desk.update_claim(c[1].id, by="max", verdict="mostly_false", rationale="Polizei zählte 1200.",
                      assignee="max", status="ready_for_review")
    desk.update_claim(c[2].id, by="kim", verdict="half_true", status="ready_for_review")
    desk.review(c[2].id, "return", by="lea", comment="Quelle fehlt")
    desk.update_claim(h[0].id, by="ana", verdict="false", status="ready_for_review",
                      rationale="<script>alert(1)</script>\n=HYPERLINK(\"x\") قال 👍🏽")
    desk.add_source(h[0].id, by="ana", url="https://ok.example/a?b=1&c=2", title="=cmd|' /C calc'!A0")
    return desk, ids
