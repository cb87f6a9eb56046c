"""The one place that knows where FactDesk's shipped data (`resources/`) lives.

Three layouts are supported: a source checkout or editable install (the
top-level `resources/` folder), an installed wheel (`factdesk/_resources`),
and a PyInstaller bundle (`sys._MEIPASS/resources`).
"""

from __future__ import annotations

import os
import sys
from functools import cache
from pathlib import Path


@cache
def resource_dir() -> Path:
    """Return the folder holding rules, rating scales, templates, icons and translations."""
    override = os.environ.get("FACTDESK_RESOURCES")
    if override:
        return Path(override)
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    here = Path(__file__).resolve().parent
    for candidate in (here / "_resources", here.parent / "resources"):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("FactDesk's resources folder is missing from this installation")


def resource_path(*parts: str) -> Path:
    """Return the path of a shipped resource, e.g. ``resource_path("rules", "de", "lexicon.json")``."""
    return resource_dir().joinpath(*parts)
