"""A small report built by hand (no store): a friendly article and a hostile one."""

from __future__ import annotations

import pytest

from factdesk.core.model import Article, Claim, RatingScale, Review, Source, Verdict
from factdesk.core.reports.data import ArticleEntry, ClaimEntry, Report

SCALE = RatingScale(
    "test-scale", "Test scale",
    (Verdict("true", "True", "Richtig", "#2e7d32", 1.0),
     Verdict("mostly_false", "Mostly false", "Überwiegend falsch", "#ef6c00", 0.5),
     Verdict("false", "False", "Falsch", "#c62828", 0.0),
     Verdict("unprovable", "Unprovable", "Nicht belegbar", "#757575", None)),
    best_rating=1.0, worst_rating=0.0,
)

SCRIPT = "<script>alert('x')</script>"
FORMULAS = ["=HYPERLINK(\"http://evil.example\",\"klick\")", "+cmd|' /C calc'!A0", "-2+3", "@SUM(A1:A9)",
            "\t=1+1", "\r=1+1"]
RTL = "قال الوزير إن 40 بالمئة صوتوا — אמר השר ש-40 אחוז הצביעו"
EMOJI = "Zustimmung 👍🏽 bei 55 % 🇩🇪 — Ärger über Größe"
LONG = ("Sehr lange Begründung mit vielen Wörtern und Zahlen wie 12 345 " * 2000).strip()


def _claim(cid, article_id, text, start, **kw) -> Claim:
    return Claim(id=cid, article_id=article_id, start=start, end=start + len(text), text=text,
                 type=kw.pop("type", "statistic"), status=kw.pop("status", "approved"),
                 updated_at="2026-11-20T10:00:00Z", updated_by="kim", **kw)


def build_report() -> Report:
    """Return a report with one plain German article and one hostile one."""
    text1 = "Die Partei erhielt 34,5 Prozent der Stimmen. Mehr als 2000 Menschen kamen zur Kundgebung."
    c1 = _claim("c-1", "a-1", "34,5 Prozent", text1.index("34,5"), type="vote_share", verdict="true",
                value=34.5, unit="percent", qualifier="exact", rationale="Amtliches Endergebnis bestätigt.",
                assignee="kim",
                sources=[Source("s-1", "c-1", url="https://wahlen.example/ergebnis", title="Ergebnis",
                                publisher="Wahlleitung", published="2026-11-01")])
    c2 = _claim("c-2", "a-1", "Mehr als 2000 Menschen", text1.index("Mehr als"), type="crowd_size",
                verdict="mostly_false", rationale="Polizei zählte 1200.", assignee=None)
    a1 = ArticleEntry(Article("a-1", text1, title="Wahlabend in Musterstadt", outlet="Musterblatt",
                              url="https://musterblatt.example/wahl", published="2026-11-02T08:00:00Z",
                              language="de"),
                      [ClaimEntry(c1, "kim", "lea", "2026-11-21T09:00:00Z",
                                  [Review("r-1", "c-1", "approve", "lea", "ok", "2026-11-21T09:00:00Z")],
                                  text1[:44]),
                       ClaimEntry(c2, "max", "lea", "2026-11-21T09:05:00Z", [], text1[45:])])
    hostile_text = (f"{SCRIPT} Der Sprecher sagte {FORMULAS[0]} und <b>fett</b>. {RTL} {EMOJI} "
                    "Alles ist wahr.")
    h1 = _claim("c-3", "a-2", SCRIPT, 0, verdict="false", rationale=f"{SCRIPT}\n{FORMULAS[1]}",
                speaker="<img src=x onerror=alert(1)>",
                sources=[Source("s-2", "c-3", url="javascript:alert(document.cookie)", title=SCRIPT),
                         Source("s-3", "c-3", url="data:text/html,<script>alert(1)</script>"),
                         Source("s-4", "c-3", url="https://ok.example/a?b=1&c=<2>", title=FORMULAS[3])])
    h2 = _claim("c-4", "a-2", FORMULAS[0], hostile_text.index(FORMULAS[0]), verdict="unprovable",
                rationale=LONG, assignee=FORMULAS[2])
    h3 = _claim("c-5", "a-2", RTL, hostile_text.index(RTL), verdict="true", rationale=RTL, speaker=RTL)
    h4 = _claim("c-6", "a-2", EMOJI, hostile_text.index(EMOJI), verdict=None, status="ready_for_review",
                rationale=FORMULAS[4], type="quote", speaker=FORMULAS[1])
    a2 = ArticleEntry(Article("a-2", hostile_text, title=f"{SCRIPT}{EMOJI}", outlet=FORMULAS[3],
                              url="javascript:alert(1)", published="2026-11-03", language="de"),
                      [ClaimEntry(h1, FORMULAS[5], SCRIPT, "2026-11-22", [], hostile_text[:60]),
                       ClaimEntry(h2, "-2+3", None, None, [], FORMULAS[0]),
                       ClaimEntry(h3, "ana", "lea", "2026-11-22", [], RTL),
                       ClaimEntry(h4, None, None, None, [], EMOJI)])
    return Report(SCALE, [a1, a2], title="Test report", organisation="Prüfstelle <Nord>",
                  base_url="https://pruefstelle.example/report", generated_at="2026-11-24T12:00:00Z",
                  filters={"status": "approved"})


@pytest.fixture
def report() -> Report:
    """The hand-built test report."""
    return build_report()
