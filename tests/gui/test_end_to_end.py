"""Issue 13's walk-through: a checker and a lead take one article from import to a published report.

Kim imports an article (File → Open), picks a claim, attaches two sources from different publishers,
sets a verdict (key 1) and a rationale, and marks it ready (Ctrl+Enter). Kim cannot approve it. Lena,
a lead, approves it in the review queue; Kim's Ctrl+Z would not touch her approval. Lena exports the
HTML report, and the report shows the verdict, the rationale, both sources, who checked and who approved.
"""

from __future__ import annotations

from factdesk.core import ops
from factdesk.core.reports.collect import ReportFilter
from factdesk.gui.app import load_settings
from factdesk.gui.export_dialog import ExportDialog, ExportRequest
from factdesk.gui.import_actions import Importer
from factdesk.gui.main_window import MainWindow
from factdesk.gui.source_dialog import SourceDialog

ARTICLE = ("Wahlabend in Musterstadt\n\n"
           "Die Partei des Bürgermeisters erhielt 41,5 Prozent der Stimmen. "
           "Es kamen 3000 Menschen zur Kundgebung am Rathaus.\n")
SOURCES = [dict(url="https://wahlen.example/musterstadt/ergebnis", title="Amtliches Endergebnis",
                publisher="Wahlleitung Musterstadt", published="2026-11-02"),
           dict(url="https://zeitung.example/wahl", title="Ergebnisse im Überblick",
                publisher="Musterblatt", published="2026-11-03")]


def test_a_checker_and_a_lead_take_an_article_to_the_report(file_desk, qtbot, tmp_path, monkeypatch):
    desk = file_desk
    ops.become_lead(desk, "Lena Lead")  # the desk's lead, set up on the first day
    settings = load_settings()
    settings.set_user_name("Kim Checker")
    settings.set_role("checker")
    settings.set_ui_language("en")
    window = MainWindow(desk, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)

    # import
    path = tmp_path / "wahl.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    monkeypatch.setattr(Importer, "ask_files", classmethod(lambda cls, parent: [str(path)]))
    with qtbot.waitSignal(window.importer.imported, timeout=30_000):
        window.menu_actions["open"].trigger()
    claim = next(c for c in window.claims.claims() if c.text == "41,5 Prozent")
    window.select_claim(claim.id)

    # two sources, a verdict, a rationale, ready for review
    for fields in SOURCES:
        monkeypatch.setattr(SourceDialog, "ask", classmethod(lambda cls, parent, source=None, f=fields: dict(f)))
        window.menu_actions["add_source"].trigger()
    assert not window.panel.warning.isVisibleTo(window.panel)  # two independent sources: no warning
    window.menu_actions["verdict_1"].trigger()  # key 1
    true = window.scale.verdicts[0]
    window.panel.rationale.setPlainText("Die Wahlleitung nennt 41,5 Prozent; das Musterblatt bestätigt es.")
    window.panel.save_rationale()
    window.menu_actions["ready"].trigger()  # Ctrl+Enter
    checked = desk.get_claim(claim.id)
    assert (checked.status, checked.verdict, len(checked.sources)) == ("ready_for_review", true.id, 2)
    assert window.role() == "checker" and not window.menu_actions["review_queue"].isEnabled()
    try:
        ops.review_claim(desk, claim.id, "approve", "Kim Checker")
        raise AssertionError("a checker approved a claim")
    except Exception as refused:  # noqa: BLE001 - the refusal is what is tested
        assert getattr(refused, "code", None) == "not_lead"

    # the lead approves in the queue
    settings.set_user_name("Lena Lead")
    settings.set_role("lead")
    window.undo.user_changed()
    window.menu_actions["review_queue"].setEnabled(window.role() == "lead")
    window.menu_actions["review_queue"].trigger()
    queue = window._review_dock.widget()
    queue.tree.setCurrentIndex(queue.model.index_of(claim.id))
    assert queue.approve()
    assert desk.get_claim(claim.id).status == "approved" and window.panel.locked.isVisibleTo(window.panel)
    settings.set_user_name("Kim Checker")  # back at Kim's desk, Ctrl+Z takes back Kim's own last step only
    window.undo.user_changed()
    window.menu_actions["undo"].trigger()
    assert desk.get_claim(claim.id).status == "approved"
    settings.set_user_name("Lena Lead")
    window.undo.user_changed()

    # the report
    notes: list[tuple[str, bool]] = []
    monkeypatch.setattr(ExportDialog, "notify", classmethod(lambda cls, parent, msg, ok: notes.append((msg, ok))))
    out = tmp_path / "bericht.html"
    monkeypatch.setattr(ExportDialog, "ask", classmethod(
        lambda cls, d, p=None: ExportRequest("html", ReportFilter(status="approved"), out,
                                             base_url="https://faktencheck.example/berichte")))
    window.menu_actions["export"].trigger()
    qtbot.waitUntil(lambda: bool(notes), timeout=30_000)
    assert notes == [(f"Wrote 1 claim from 1 article to {out}.", True)]
    html = out.read_text(encoding="utf-8")
    for shown in ("41,5 Prozent", true.label_en, "Die Wahlleitung nennt 41,5 Prozent",
                  "Amtliches Endergebnis", "Wahlleitung Musterstadt", "Ergebnisse im Überblick", "Musterblatt",
                  "Kim Checker", "Lena Lead", "Wahlabend in Musterstadt"):
        assert shown in html, shown
    assert "3000 Menschen" not in html.split("<body", 1)[1].split("Wahlabend", 1)[0]  # only approved claims
