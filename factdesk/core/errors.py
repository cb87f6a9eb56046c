"""Exceptions that carry a message meant for the user, and a code that says which refusal it is.

The command line prints `message` as one line and exits with `exit_code`.
The GUI chooses its translated sentence by `code` (never by matching the
English message), filling it from `details`; an error without a code is
shown with its message. Anything else escaping is a bug.

Codes in use (`CODES` lists them; the GUI has a sentence for each one a
checker can meet while editing):

- not_found, ambiguous_id: an id (or prefix) names no record, or several;
- locked: the claim is approved; a lead must reopen it first;
- needs_verdict: ready for review or approval without a verdict;
- bad_transition: a status change the workflow does not allow (details: old, new);
- review_only: only a lead's review approves or returns (details: new);
- not_ready: a review of a claim in the wrong status (details: decision, status, needed);
- needs_comment: returning a claim without saying what to fix;
- stale: someone else changed the claim since it was read (ConflictError);
- four_eyes: an approval the four-eyes rule refuses (details: rule = own_verdict | no_source |
  no_rationale, rules: all that apply); a lead may override it with a recorded reason;
- not_lead: a review, or a change of the desk's leads, by someone who is not a lead of the desk;
- not_yours: undoing someone else's action (details: owner); last_lead: removing a desk's last lead;
- unknown_verdict, unknown_value: a value outside a fixed vocabulary;
- no_words, empty_text: a search with nothing to look for, pasted text with nothing in it;
- read_only, busy, disk_full, disk_io, not_a_desk: the desk file cannot be used;
  read_only_folder: the desk's folder (where SQLite keeps its journal) may not be written;
  backup_failed: an older desk's backup copy could not be written, so it was not upgraded;
  cannot_write: a file FactDesk writes (a bundle) could not be written.
"""

from __future__ import annotations

from typing import Any

CODES: tuple[str, ...] = (
    "not_found", "ambiguous_id", "locked", "needs_verdict", "bad_transition", "review_only",
    "not_ready", "needs_comment", "stale", "four_eyes", "not_lead", "not_yours", "last_lead",
    "unknown_verdict", "unknown_value", "no_words", "empty_text",
    "read_only", "busy", "disk_full", "disk_io", "not_a_desk",
    "read_only_folder", "backup_failed", "cannot_write",
)


class FactDeskError(Exception):
    """A failure the user can understand and act on."""

    exit_code = 1

    def __init__(self, message: str, code: str = "", **details: Any):
        super().__init__(message)
        self.message = message
        self.code = code
        self.details = details


class InputError(FactDeskError):
    """Bad input: an unreadable, binary, oversized or malformed file or value (exit 2)."""

    exit_code = 2


class RequestError(FactDeskError):
    """A request that cannot be done: unknown id, invalid transition (exit 1)."""

    exit_code = 1


class ConflictError(RequestError):
    """Someone else changed the row since the caller read it; nothing was written (exit 1, code "stale").

    `ops.edit_claim(..., expected={field: value you saw})` raises it so a window
    showing old values never silently overwrites another process's edit.
    """

    def __init__(self, message: str, code: str = "stale", **details: Any):
        super().__init__(message, code, **details)
