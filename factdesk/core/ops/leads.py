"""Who may review on this desk: the desk's list of leads, and the four-eyes rule switch.

Offline there are no accounts: a name is what a person says it is. What a
desk can control is who counts as a lead *on this desk file*, and that
every change of it is recorded. The rule:

- A desk without leads (a new desk) gets its first lead when someone says
  they are one (the first-run question, or Settings → role): they are added.
- Once a desk has leads, only a lead adds or removes one. Choosing "lead"
  in one's own settings does not make a checker a lead on such a desk.
- Only a listed lead approves, returns or reopens (`ops.review.check_review`).

The list and the four-eyes switch are desk settings: every change is a
history row (entity 'setting') with who and when.
"""

from __future__ import annotations

import json

from factdesk.core.errors import InputError, RequestError
from factdesk.core.ops.changes import Changes
from factdesk.core.store import Desk
from factdesk.core.store.history import check_by

LEADS_KEY = "leads"
FOUR_EYES_KEY = "four_eyes"


def desk_leads(desk: Desk) -> list[str]:
    """The desk's leads, in the order they were added (empty: no lead yet)."""
    raw = desk.get_setting(LEADS_KEY)
    try:
        names = json.loads(raw) if raw else []
    except (TypeError, ValueError):
        return []
    return [n for n in names if isinstance(n, str) and n.strip()] if isinstance(names, list) else []


def is_lead(desk: Desk, name: str) -> bool:
    """True when `name` is one of the desk's leads (names compare without case)."""
    key = (name or "").strip().casefold()
    return any(n.casefold() == key for n in desk_leads(desk))


def check_lead(desk: Desk, by: str, doing: str) -> None:
    """Refuse `doing` unless `by` is a lead of this desk (code 'not_lead', details: leads)."""
    if not is_lead(desk, by):
        names = desk_leads(desk)
        who = ", ".join(names) if names else "nobody yet"
        raise RequestError(f"only a lead of this desk may {doing}; {by} is not one (leads: {who})",
                           "not_lead", by=by, leads=names)


def _store(desk: Desk, names: list[str], by: str) -> Changes:
    desk.set_setting(LEADS_KEY, json.dumps(names, ensure_ascii=False), by)
    return Changes(settings=True)


def become_lead(desk: Desk, by: str) -> Changes:
    """Make `by` a lead: the first lead of a desk without one; refused (not_lead) once the desk has leads."""
    by = check_by(by)
    if is_lead(desk, by):
        return Changes()
    if desk_leads(desk):
        check_lead(desk, by, "make someone a lead")
    return _store(desk, [by], by)


def add_lead(desk: Desk, name: str, by: str) -> Changes:
    """A lead adds another lead (the first lead of a new desk may be added by anyone)."""
    name = check_by(name)
    if desk_leads(desk):
        check_lead(desk, by, "add a lead")
    if is_lead(desk, name):
        return Changes()
    return _store(desk, desk_leads(desk) + [name], by)


def remove_lead(desk: Desk, name: str, by: str) -> Changes:
    """A lead removes a lead; the last lead cannot be removed (a desk would be left without review)."""
    check_lead(desk, by, "remove a lead")
    kept = [n for n in desk_leads(desk) if n.casefold() != (name or "").strip().casefold()]
    if len(kept) == len(desk_leads(desk)):
        raise RequestError(f"{name} is not a lead of this desk", "not_found", name=name)
    if not kept:
        raise InputError("a desk keeps at least one lead; add another lead before removing the last one",
                         "last_lead")
    return _store(desk, kept, by)


def four_eyes(desk: Desk) -> bool:
    """Whether the four-eyes rule holds on this desk (on unless a lead switched it off)."""
    return str(desk.get_setting(FOUR_EYES_KEY, "1")) != "0"


def set_four_eyes(desk: Desk, on: bool, by: str) -> Changes:
    """A lead switches the four-eyes rule on or off for this desk (recorded)."""
    if desk_leads(desk):
        check_lead(desk, by, "change the four-eyes rule")
    if four_eyes(desk) == on:
        return Changes()
    desk.set_setting(FOUR_EYES_KEY, "1" if on else "0", by)
    return Changes(settings=True)
