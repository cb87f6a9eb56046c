"""'Checked before' in the claim panel: File → Import fact-checks…, earlier checks, clusters, source figures."""

from __future__ import annotations

from PySide6.QtCore import Qt

from factdesk.core import ops
from factdesk.gui import checks_import
from tests.gui.conftest import ARTICLE

CHECKS = ("id\tclaim\ttitle\trating\turl\tdate\tauthor\tlang\n"
          "c1\tMore than 30,000 people were arrested in Belarus after the election.\tArrests in Belarus\tTrue\t"
          "https://checks.example/c1\t2020-11-02\tExample Check\ten\n"
          "c2\tThe zoo got two new penguins.\tPenguins\tFalse\thttps://checks.example/c2\t2021-01-01\t"
          "Example Check\ten\n")


def _select(window, phrase: str):
    claim = next(c for c in window.claims.claims() if c.text.startswith(phrase))
    window.select_claim(claim.id)
    return claim


def _import(window, qtbot, tmp_path, monkeypatch):
    path = tmp_path / "checks.tsv"
    path.write_text(CHECKS, encoding="utf-8")
    monkeypatch.setattr(checks_import.ChecksFiles, "ask", classmethod(lambda cls, parent: [str(path)]))
    window.menu_actions["import_checks"].trigger()
    qtbot.waitUntil(lambda: "Fact-checks: 2 added" in window.statusBar().currentMessage(), timeout=20000)


def test_import_then_the_panel_shows_the_earlier_check_in_its_colour(window, qtbot, tmp_path, monkeypatch):
    _import(window, qtbot, tmp_path, monkeypatch)
    _select(window, "mehr als 30 000")
    box = window.panel.checked_before
    model = box.model
    assert model.rowCount() >= 1
    assert model.index(0, 0).data() == "True"
    assert model.index(0, 1).data().splitlines() == [
        "More than 30,000 people were arrested in Belarus after the election.", "Example Check · 2020-11-02"]
    true_colour = window.desk.rating_scale().verdict("true").colour
    assert model.colour(0) == true_colour
    assert box.use_button.isEnabled() and box.open_button.isEnabled()


def test_use_this_verdict_sets_it_and_attaches_the_check_in_one_undo_step(window, qtbot, tmp_path, monkeypatch):
    _import(window, qtbot, tmp_path, monkeypatch)
    claim = _select(window, "mehr als 30 000")
    box = window.panel.checked_before
    qtbot.mouseClick(box.use_button, Qt.MouseButton.LeftButton)
    now = window.desk.get_claim(claim.id)
    assert now.verdict == "true"
    assert [s.url for s in now.sources] == ["https://checks.example/c1"]
    assert window.panel.verdict_combo.currentData() == "true"
    window.undo.undo()
    after = window.desk.get_claim(claim.id)
    assert (after.verdict, after.sources) == (None, [])


def test_the_same_claim_in_another_article_is_shown_and_can_be_split(window, qtbot):
    ops.import_text(window.desk, ARTICLE.replace("Lukaschenko lässt sich bestätigen", "Nachdruck"), "tester",
                    title="Nachdruck")
    claim = _select(window, "mehr als 30 000")
    window.panel.refresh()
    box = window.panel.checked_before
    assert box.cluster_label.isVisibleTo(window) and "Nachdruck" in box.cluster_label.text()
    qtbot.mouseClick(box.split_button, Qt.MouseButton.LeftButton)
    assert not box.cluster_label.isVisibleTo(window)
    assert [h.field for h in window.desk.history(claim_id=claim.id)][-1] == "cluster"


def test_taking_a_claim_out_of_its_cluster_is_undone_with_ctrl_z(window, qtbot):
    ops.import_text(window.desk, ARTICLE.replace("Lukaschenko lässt sich bestätigen", "Nachdruck"), "tester",
                    title="Nachdruck")
    claim = _select(window, "mehr als 30 000")
    window.panel.refresh()
    box = window.panel.checked_before
    qtbot.mouseClick(box.split_button, Qt.MouseButton.LeftButton)
    assert not box.cluster_label.isVisibleTo(window)
    assert window.menu_actions["undo"].text().endswith("Take out of cluster")
    window.menu_actions["undo"].trigger()
    assert box.cluster_label.isVisibleTo(window) and "Nachdruck" in box.cluster_label.text()
    assert [(h.field, h.by) for h in window.desk.history(claim_id=claim.id)][-2:] == [
        ("cluster", "tester"), ("cluster", "tester")]
    window.menu_actions["redo"].trigger()
    assert not box.cluster_label.isVisibleTo(window)


def test_applying_the_verdict_to_all_occurrences_is_one_undo_step(window, qtbot):
    other = ops.import_text(window.desk, ARTICLE.replace("Lukaschenko lässt sich bestätigen", "Nachdruck"),
                            "tester", title="Nachdruck").article_id
    claim = _select(window, "mehr als 30 000")
    ops.edit_claim(window.desk, claim.id, "tester", verdict="true")
    window.panel.refresh()
    box = window.panel.checked_before
    qtbot.mouseClick(box.apply_button, Qt.MouseButton.LeftButton)
    copy = next(c for c in window.desk.claims_for_article(other) if c.text.startswith("mehr als 30 000"))
    assert window.desk.get_claim(copy.id).verdict == "true"
    window.menu_actions["undo"].trigger()
    assert window.desk.get_claim(copy.id).verdict is None
    assert window.desk.get_claim(claim.id).verdict == "true"  # the claim's own verdict was set before


def test_source_figure_beside_the_claim(window, qtbot):
    claim = _select(window, "mehr als 30 000")
    ops.add_source(window.desk, claim.id, "tester", url="https://ministry.example/a",
                   title="Ministry", excerpt="Laut Ministerium wurden 33.000 Menschen festgenommen.")
    window.panel.refresh()
    label = window.panel.checked_before.compare_label
    qtbot.waitUntil(lambda: label.isVisibleTo(window), timeout=30000)
    assert "The source gives 33,000" in label.text() and "is consistent with the claim" in label.text()
    assert window.desk.get_claim(claim.id).verdict is None


def test_a_match_far_down_the_list_is_named_by_its_place_not_a_score_that_reads_as_none(window):
    from factdesk.core.matching.match import Match
    box = window.panel.checked_before
    check = {"id": "c9", "claim": "Turnout was 71 percent.", "url": "", "source": "Example Check",
             "rating": "True", "rating_value": None, "best_rating": None, "worst_rating": None,
             "author": "Example Check", "published": "2021-03-01"}
    box.model.set_matches([Match(0.93, dict(check, id="c8")), Match(0.0021, check)], None, "en")
    tip = box.model.index(1, 1).data(Qt.ItemDataRole.ToolTipRole)
    assert "Match 2 of 2" in tip.splitlines()
    assert "0.00" not in tip
