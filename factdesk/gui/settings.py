"""The user's own preferences, kept by QSettings (not in the desk).

`Settings` wraps ``QSettings("FactDesk", "FactDesk")`` with typed accessors,
so no other module spells a settings key. Desk-wide settings (the rating
scale, the organisation's name) live in the desk instead.

Isolation for tests and portable installs: ``FACTDESK_SETTINGS_FILE=PATH``
keeps everything in that INI file; ``FACTDESK_SETTINGS_ORG=NAME`` uses
another organisation name in the platform's usual place.
"""

from __future__ import annotations

import getpass
import os
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

ROLES: tuple[str, ...] = ("checker", "lead")
UI_LANGUAGES: tuple[str, ...] = ("system", "de", "en")
THEMES: tuple[str, ...] = ("system", "light", "dark")
MAX_NAME_LENGTH = 80
DIM_BELOW_DEFAULT = 0.5  # claims.md: below 0.5 a sentence is less likely worth checking


def _default_user_name() -> str:
    try:
        return getpass.getuser() or "checker"
    except (OSError, KeyError, ImportError):  # getpass.getuser's failures: no variable, no pwd module or entry
        return "checker"


def check_user_name(name: str) -> str:
    """Return the stripped name, or raise ValueError with a message for the user."""
    name = (name or "").strip()
    if not name:
        raise ValueError("Your name must not be empty: it is written into the history of every change.")
    if len(name) > MAX_NAME_LENGTH or any(ch in name for ch in "\n\r\t"):
        raise ValueError(f"Your name must be one line of at most {MAX_NAME_LENGTH} characters.")
    return name


class Settings:
    """Typed access to the user's preferences; setters validate and raise ValueError."""

    def __init__(self, qsettings: QSettings | None = None):
        if qsettings is None:
            ini = os.environ.get("FACTDESK_SETTINGS_FILE")
            if ini:
                qsettings = QSettings(ini, QSettings.Format.IniFormat)
            else:
                qsettings = QSettings(os.environ.get("FACTDESK_SETTINGS_ORG") or "FactDesk", "FactDesk")
        self.qsettings = qsettings

    # -- who am I ---------------------------------------------------------
    def user_name(self) -> str:
        """The name written into the history as `by` (default: the login name)."""
        name = str(self.qsettings.value("user/name", "") or "").strip()
        return name or _default_user_name()

    def set_user_name(self, name: str) -> None:
        """Store the user's name; refuses an empty or over-long name."""
        self.qsettings.setValue("user/name", check_user_name(name))

    def introduced(self) -> bool:
        """True once the user gave their name (the first-run question, or Settings in an older version)."""
        return bool(self.qsettings.value("user/introduced", False) in (True, "true", "1", 1)
                    or str(self.qsettings.value("user/name", "") or "").strip())

    def set_introduced(self) -> None:
        """Remember that the first-run question was answered."""
        self.qsettings.setValue("user/introduced", True)

    def role(self) -> str:
        """"checker" or "lead" (a lead may approve and return claims)."""
        role = str(self.qsettings.value("user/role", "checker"))
        return role if role in ROLES else "checker"

    def set_role(self, role: str) -> None:
        """Store the role; one of ROLES."""
        self._check(role, ROLES, "role")
        self.qsettings.setValue("user/role", role)

    # -- look and language --------------------------------------------------
    def ui_language(self) -> str:
        """"system" (follow the locale), "de" or "en"."""
        lang = str(self.qsettings.value("ui/language", "system"))
        return lang if lang in UI_LANGUAGES else "system"

    def set_ui_language(self, language: str) -> None:
        """Store the UI language; one of UI_LANGUAGES."""
        self._check(language, UI_LANGUAGES, "language")
        self.qsettings.setValue("ui/language", language)

    def theme(self) -> str:
        """"system", "light" or "dark"."""
        mode = str(self.qsettings.value("ui/theme", "system"))
        return mode if mode in THEMES else "system"

    def set_theme(self, mode: str) -> None:
        """Store the theme; one of THEMES."""
        self._check(mode, THEMES, "theme")
        self.qsettings.setValue("ui/theme", mode)

    # -- desk ---------------------------------------------------------------
    def last_desk(self) -> Path | None:
        """The desk file opened last, or None."""
        value = self.qsettings.value("desk/last", "")
        return Path(str(value)) if value else None

    def set_last_desk(self, path: str | os.PathLike | None) -> None:
        """Remember the desk file (None forgets it)."""
        if path is None or str(path) == "":
            self.qsettings.remove("desk/last")
        else:
            self.qsettings.setValue("desk/last", str(Path(path).expanduser().resolve()))

    # -- window layout -------------------------------------------------------
    def window_geometry(self, window: str = "main") -> QByteArray | None:
        """Saved `saveGeometry()` bytes of a window, or None."""
        value = self.qsettings.value(f"windows/{window}/geometry")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def window_state(self, window: str = "main") -> QByteArray | None:
        """Saved `saveState()` bytes (docks, toolbars, splitters), or None."""
        value = self.qsettings.value(f"windows/{window}/state")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def save_window(self, window: str, geometry: QByteArray, state: QByteArray | None = None) -> None:
        """Remember a window's geometry and, for main windows, its dock/toolbar state."""
        self.qsettings.setValue(f"windows/{window}/geometry", geometry)
        if state is not None:
            self.qsettings.setValue(f"windows/{window}/state", state)

    # -- generic --------------------------------------------------------------
    def reader_dim(self) -> tuple[bool, float]:
        """(on, threshold): whether the reader dims sentences scoring below the threshold."""
        on = str(self.qsettings.value("reader/dim", "false")).lower() in ("true", "1")
        try:
            threshold = float(str(self.qsettings.value("reader/dim_below", DIM_BELOW_DEFAULT)))
        except (TypeError, ValueError):
            threshold = DIM_BELOW_DEFAULT
        return on, min(max(threshold, 0.0), 1.0)

    def set_reader_dim(self, on: bool, threshold: float) -> None:
        """Remember the reader's dimming choice."""
        self.qsettings.setValue("reader/dim", bool(on))
        self.qsettings.setValue("reader/dim_below", round(float(threshold), 2))

    def value(self, key: str, default=None):
        """Any other preference (e.g. a column layout); keys are "group/name"."""
        return self.qsettings.value(key, default)

    def set_value(self, key: str, value) -> None:
        """Store any other preference."""
        self.qsettings.setValue(key, value)

    def sync(self) -> None:
        """Write pending changes to disk now."""
        self.qsettings.sync()

    @staticmethod
    def _check(value: str, allowed: tuple[str, ...], what: str) -> None:
        if value not in allowed:
            raise ValueError(f"unknown {what} {value!r}; choose one of: {', '.join(allowed)}")
