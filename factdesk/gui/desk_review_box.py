"""The Settings dialog's "Review on this desk" box: the desk's leads and the four-eyes rule.

Both are the desk's own settings (`ops.leads`), recorded in its history.
Only a lead of the desk edits them; on a desk without leads, whoever first
says they are a lead becomes one. `apply(name, role)` writes the changes
after the dialog's other fields were checked and returns a refusal to show,
or None.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QCheckBox, QFormLayout, QGroupBox, QLabel, QLineEdit, QWidget

from factdesk.core import ops
from factdesk.core.errors import FactDeskError
from factdesk.gui import refusals
from factdesk.gui.accessible import describe
from factdesk.gui.app import tr

if TYPE_CHECKING:
    from factdesk.core.store import Desk


def _names(text: str) -> list[str]:
    seen: dict[str, str] = {}
    for part in text.replace(";", ",").split(","):
        name = " ".join(part.split())
        if name and name.casefold() not in seen:
            seen[name.casefold()] = name
    return list(seen.values())


class DeskReviewBox(QGroupBox):
    """Leads and the four-eyes rule of one desk (disabled without a desk)."""

    def __init__(self, desk: Desk, user: str, parent: QWidget | None = None):
        super().__init__(tr("Review on this desk"), parent)
        self.desk = desk
        usable = desk is not None and hasattr(desk, "get_setting")
        self._leads = ops.desk_leads(desk) if usable else []
        self._four_eyes = ops.four_eyes(desk) if usable else True
        editable = usable and (not self._leads or ops.is_lead(desk, user))
        self.leads_edit = QLineEdit(", ".join(self._leads), self)
        self.leads_edit.setPlaceholderText(tr("nobody yet: the first person who says they are a lead"))
        self.four_eyes_check = QCheckBox(tr("Four-eyes rule: nobody approves a verdict they set, "
                                            "and approving needs a source and a rationale"), self)
        self.four_eyes_check.setChecked(self._four_eyes)
        for w in (self.leads_edit, self.four_eyes_check):
            w.setEnabled(editable)
        hint = QLabel(tr("Only the leads listed here review on this desk, and only they change this list. "
                         "Every change is recorded in the desk's history.") if editable else
                      tr("Only a lead of this desk can change these."), self)
        hint.setWordWrap(True)
        hint.setProperty("role", "hint")
        describe(self.leads_edit, tr("Leads of this desk"), tr("The names, separated by commas, of the people "
                                                               "who review and approve on this desk"))
        describe(self.four_eyes_check, tr("Four-eyes rule"), tr("Whether a second person must approve every "
                                                                "verdict, with a source and a rationale"))
        form = QFormLayout(self)
        form.addRow(tr("Leads:"), self.leads_edit)
        form.addRow(self.four_eyes_check)
        form.addRow(hint)

    def apply(self, name: str, role: str) -> str | None:
        """Write the changed leads and rule as `name` (choosing the lead role on a desk without leads
        makes them its first lead); a refusal to show, or None."""
        if self.desk is None:
            return None
        try:
            wanted = _names(self.leads_edit.text()) if self.leads_edit.isEnabled() else self._leads
            if role == "lead" and not wanted:
                wanted = [name]
            if role == "lead" and self._leads and not ops.is_lead(self.desk, name) \
                    and not any(n.casefold() == name.casefold() for n in wanted):
                return tr("You are not a lead of this desk. Leads: %1. Ask one of them to add you.").replace(
                    "%1", ", ".join(self._leads))
            if [n.casefold() for n in wanted] != [n.casefold() for n in self._leads]:
                # on a desk without leads anyone names the first; from then on only a lead changes the list
                for other in wanted:
                    ops.add_lead(self.desk, other, name)
                for gone in self._leads:
                    if all(gone.casefold() != n.casefold() for n in wanted):
                        ops.remove_lead(self.desk, gone, name)
                self._leads = ops.desk_leads(self.desk)
            if self.four_eyes_check.isChecked() != self._four_eyes:
                ops.set_four_eyes(self.desk, self.four_eyes_check.isChecked(), name)
                self._four_eyes = self.four_eyes_check.isChecked()
        except FactDeskError as exc:
            return refusals.message(exc)
        return None
