"""What the app says when the desk refuses something: one translated sentence per error code.

Ops raise coded errors (`FactDeskError.code`, see factdesk/core/errors.py);
the GUI never reads their English messages to decide what to say.
`refusal(exc)` is the calm sentence for a refusal of the workflow (shown in
the status bar or beside the queue, not in a modal box); `message(exc)` is
what any error box shows: the refusal's sentence, else the error's own line.
"""

from __future__ import annotations

from factdesk.core.errors import FactDeskError
from factdesk.gui.app import status_label, tr


def _review_word(decision: str) -> str:
    return {"approve": tr("approve"), "return": tr("return"), "reopen": tr("reopen")}.get(decision, decision)


def when_text(iso: str | None) -> str:
    """A stored time (ISO, UTC) in the locale's short date and time format."""
    from PySide6.QtCore import QDateTime, Qt

    from factdesk.gui.app import format_date_time

    when = QDateTime.fromString(iso or "", Qt.DateFormat.ISODateWithMs)
    return format_date_time(when.toLocalTime()) if when.isValid() else tr("an unknown time")


def four_eyes_sentence(rules: list[str]) -> str:
    """Why the four-eyes rule refuses an approval, in one sentence naming every broken rule."""
    reasons = {"own_verdict": tr("you set its verdict yourself, so a second person must approve it"),
               "no_source": tr("its verdict rests on no source"),
               "no_rationale": tr("it has no rationale")}
    listed = "; ".join(reasons[r] for r in rules if r in reasons)
    return tr("Not approved (four-eyes rule): %1.").replace("%1", listed)


def refusal(exc: FactDeskError) -> str | None:
    """The workflow refusal `exc` as one calm sentence in the UI language; None when it is not one."""
    d = exc.details
    code = exc.code
    if code == "locked":
        return tr("Not changed: this claim is approved and locked. A lead can reopen it in the review queue.")
    if code == "needs_verdict":
        return tr("Not changed: set a verdict first, then mark the claim ready for review.")
    if code == "review_only":
        return tr("Not changed: only a lead's review can approve or return a claim.")
    if code == "bad_transition":
        return tr("Not changed: a claim cannot go from “%1” to “%2”.").replace(
            "%1", status_label(d.get("old", ""))).replace("%2", status_label(d.get("new", "")))
    if code == "not_ready":
        return tr("Not changed: only a claim that is “%1” can be given “%2”; this one is “%3”.").replace(
            "%1", status_label(d.get("needed", ""))).replace("%2", _review_word(d.get("decision", ""))).replace(
            "%3", status_label(d.get("status", "")))
    if code == "needs_comment":
        return tr("Not changed: say in a comment what the checker should fix.")
    if code == "four_eyes":
        return four_eyes_sentence(d.get("rules") or [d.get("rule", "own_verdict")])
    if code == "not_lead":
        names = ", ".join(d.get("leads") or [])
        return (tr("Not changed: only a lead of this desk can do this. Leads: %1.").replace("%1", names) if names
                else tr("Not changed: only a lead of this desk can do this."))
    if code == "not_yours":
        return tr("Not undone: this was done by %1; only they can undo it.").replace("%1", d.get("owner") or "")
    if code == "last_lead":
        return tr("Not changed: a desk keeps at least one lead. Add another lead first.")
    if code == "not_in_cluster":
        return tr("Not changed: this claim is not grouped with the same claim in other articles.")
    if code == "in_cluster":
        return tr("Not changed: this claim is grouped with the same claim in other articles already.")
    if code == "cluster_gone":
        return tr("Not changed: the claims it was grouped with have all been taken out of the group since.")
    if code == "stale":
        return tr("Not saved: this claim was changed by %1 at %2 since you opened it. "
                  "It was reloaded; please redo your change.").replace(
            "%1", d.get("who") or tr("someone else")).replace("%2", when_text(d.get("when")))
    return None


def message(exc: FactDeskError) -> str:
    """One line for an error box: the translated sentence for the code, else the error's own message."""
    sentence = refusal(exc)
    if sentence is not None:
        return sentence
    if exc.code == "read_only":
        return tr("The desk file is read-only. Check the file's permissions, or choose another desk.")
    if exc.code == "read_only_folder":
        return tr("The desk's folder is read-only, so the desk can be read but not changed. "
                  "Make the folder writable, or move the desk.")
    if exc.code == "busy":
        return tr("The desk is busy: another program has kept it locked. Try again when it has finished.")
    if exc.code == "disk_full":
        return tr("The desk cannot be written: the disk is full. Free some space and try again.")
    if exc.code == "disk_io":
        return tr("The desk cannot be read or written (disk I/O error). Is the drive still attached?")
    return exc.message
