"""The claim panel never overwrites an edit another process made since it loaded the claim."""

from __future__ import annotations

from factdesk.core.store import Desk
from factdesk.core import ops


def test_rationale_changed_by_the_cli_is_not_overwritten(window, qtbot):
    claim = window.current_claim()
    panel = window.panel
    assert panel.claim.id == claim.id
    # a second process (the CLI) edits the same claim while the window shows it
    with Desk.open(window.desk.path) as other:
        ops.edit_claim(other, claim.id, by="cli", rationale="Amtliches Endergebnis geprüft")
    panel.rationale.setPlainText("Meine ältere Begründung")
    panel.save_rationale()
    assert window.desk.get_claim(claim.id).rationale == "Amtliches Endergebnis geprüft"
    assert "was changed by cli" in panel.notice.text() and not panel.notice.isHidden()
    assert panel.rationale.toPlainText() == "Amtliches Endergebnis geprüft"  # reloaded


def test_verdict_changed_elsewhere_is_not_overwritten(window):
    claim = window.current_claim()
    verdicts = [v.id for v in window.desk.rating_scale().verdicts]
    with Desk.open(window.desk.path) as other:
        ops.edit_claim(other, claim.id, by="cli", verdict=verdicts[0])
    window.panel.set_verdict(verdicts[1])
    assert window.desk.get_claim(claim.id).verdict == verdicts[0]
    assert "since you opened it" in window.panel.notice.text()
