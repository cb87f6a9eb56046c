"""Who the user is on this desk: the name they gave and whether the desk counts them as a lead.

The user's own settings hold a name and a wished-for role; the desk holds
its list of leads (`ops.leads`). On a desk with leads, only a listed lead
acts as one, whatever their settings say; on a desk without leads (a new
desk, or one made before leads existed), the role in the settings decides.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from factdesk.core import ops

if TYPE_CHECKING:
    from factdesk.core.store import Desk


def user_name(settings: Any) -> str:
    """The name written into the history."""
    try:
        return settings.user_name()
    except Exception:  # noqa: BLE001 - a settings stand-in without a name
        return "checker"


def acts_as_lead(desk: Desk, settings: Any) -> bool:
    """True when this user may review on this desk."""
    try:
        if ops.desk_leads(desk):
            return ops.is_lead(desk, user_name(settings))
    except Exception:  # noqa: BLE001 - a desk stand-in without settings
        pass
    try:
        return settings.role() == "lead"
    except Exception:  # noqa: BLE001
        return False
