"""A small real desk for report and CLI tests: invented sentences, claims by the fake detector."""

from __future__ import annotations

from factdesk.core import ops

ARTICLE_DE = ("Die Partei erhielt 34,5 Prozent der Stimmen. Mehr als 2000 Menschen kamen zur Kundgebung. "
              "Der Bürgermeister regiert seit 12 Jahren.")
ARTICLE_HOSTILE = ("<script>alert('x')</script> Laut Sprecher kamen 500 Gäste. "
                   "قال الوزير إن 40 بالمئة صوتوا. Jubel 👍🏽 bei 77 Fans. "
                   "=HYPERLINK(\"http://evil.example\") nannte 9 Fälle.")


def fill(desk) -> dict[str, str]:
    """Give an empty desk (with the fake detector) two articles in every review state; return the ids."""
    desk.set_setting("organisation", "Prüfstelle Nord", by="lea")
    desk.set_setting("report_base_url", "https://pruefstelle.example/report", by="lea")
    a1 = ops.import_text(desk, ARTICLE_DE, by="kim", title="Wahlabend in Musterstadt", lang="de",
                             outlet="Musterblatt", url="https://musterblatt.example/wahl",
                             published="2026-11-02").article_id
    a2 = ops.import_text(desk, ARTICLE_HOSTILE, by="kim", title="<b>Fest</b> 👍🏽", lang="de",
                             outlet="@Outlet", url="https://outlet.example/fest").article_id
    c = desk.claims_for_article(a1)
    h = desk.claims_for_article(a2)
    ids = {"a1": a1, "a2": a2, "approved": c[0].id, "ready": c[1].id, "returned": c[2].id,
           "hostile_ready": h[0].id, "new": h[1].id}
    ops.edit_claim(desk, c[0].id, by="kim", verdict="true", rationale="Amtliches Endergebnis.",
                      status="ready_for_review")
    ops.add_source(desk, c[0].id, by="kim", url="https://wahlen.example/ergebnis", title="Ergebnis")
    ops.review_claim(desk, c[0].id, "approve", by="lea", comment="gut")
    ops.edit_claim(desk, c[1].id, by="max", verdict="mostly_false", rationale="Polizei zählte 1200.",
                      assignee="max", status="ready_for_review")
    ops.edit_claim(desk, c[2].id, by="kim", verdict="half_true", status="ready_for_review")
    ops.review_claim(desk, c[2].id, "return", by="lea", comment="Quelle fehlt")
    ops.edit_claim(desk, h[0].id, by="ana", verdict="false", status="ready_for_review",
                      rationale="<script>alert(1)</script>\n=HYPERLINK(\"x\") قال 👍🏽")
    ops.add_source(desk, h[0].id, by="ana", url="https://ok.example/a?b=1&c=2", title="=cmd|' /C calc'!A0")
    return ids
