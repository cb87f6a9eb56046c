"""Exceptions that carry a message meant for the user.

The command line prints `message` as one line and exits with `exit_code`;
the GUI shows it in a calm dialog. Anything else escaping is a bug.
"""

from __future__ import annotations


class FactDeskError(Exception):
    """A failure the user can understand and act on."""

    exit_code = 1

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


class InputError(FactDeskError):
    """Bad input: an unreadable, binary, oversized or malformed file or value (exit 2)."""

    exit_code = 2


class RequestError(FactDeskError):
    """A request that cannot be done: unknown id, invalid transition (exit 1)."""

    exit_code = 1


class ConflictError(RequestError):
    """Someone else changed the row since the caller read it; nothing was written (exit 1).

    `update_claim(..., expected={field: value you saw})` raises it so a window
    showing old values never silently overwrites another process's edit.
    """
