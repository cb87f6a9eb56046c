"""The comment thread per claim: checker and lead write to each other beside the claim.

A comment is one action; its author may withdraw it (the undo of writing it)
and bring it back (the redo). Comments never change the claim itself, so a
locked (approved) claim can still be discussed.
"""

from __future__ import annotations

from dataclasses import dataclass

from factdesk.core.errors import InputError, RequestError
from factdesk.core.model import Claim, Comment
from factdesk.core.ops.changes import Changes
from factdesk.core.store import Desk

MAX_BODY = 20_000


@dataclass(frozen=True, slots=True)
class CommentWithdraw:
    """Take a comment back (the undo of writing it)."""

    comment_id: str


@dataclass(frozen=True, slots=True)
class CommentRestore:
    """Bring a withdrawn comment back (the redo of writing it)."""

    comment_id: str


@dataclass(slots=True)
class Commented:
    """A comment op's result: the comment now, what changed, how to undo it."""

    comment: Comment
    claim: Claim
    changes: Changes
    inverse: CommentWithdraw | CommentRestore | None = None


def add_comment(desk: Desk, claim_id: str, by: str, body: str) -> Commented:
    """Write a comment in a claim's thread."""
    text = (body or "").strip()
    if not text:
        raise InputError("write something in the comment first", "empty_text")
    if len(text) > MAX_BODY:
        raise InputError(f"a comment holds at most {MAX_BODY} characters (this one has {len(text)})")
    with desk.action(by) as w:
        claim = desk.find_claim(claim_id) or desk.get_claim(claim_id)
        comment = w.add_comment(claim, text)
    return Commented(comment, claim, Changes.of([claim.id]), CommentWithdraw(comment.id))


def _set(desk: Desk, comment_id: str, by: str, withdrawn: bool) -> Commented:
    with desk.action(by) as w:
        comment = desk.get_comment(comment_id)
        if comment.author.casefold() != w.by.casefold():
            raise RequestError(f"only {comment.author}, who wrote this comment, can take it back",
                               "not_yours", owner=comment.author)
        claim = desk.get_claim(comment.claim_id)
        if comment.withdrawn != withdrawn:
            comment = w.set_comment_withdrawn(comment, claim.article_id, withdrawn)
    inverse = CommentRestore(comment.id) if withdrawn else CommentWithdraw(comment.id)
    return Commented(comment, claim, Changes.of([claim.id]), inverse)


def withdraw_comment(desk: Desk, comment_id: str, by: str) -> Commented:
    """Its author takes a comment back (it stays in the history)."""
    return _set(desk, comment_id, by, True)


def restore_comment(desk: Desk, comment_id: str, by: str) -> Commented:
    """Its author brings a withdrawn comment back."""
    return _set(desk, comment_id, by, False)


def apply_request(desk: Desk, request: CommentWithdraw | CommentRestore, by: str) -> Commented:
    """Run an undo or redo request of a comment."""
    if isinstance(request, CommentWithdraw):
        return withdraw_comment(desk, request.comment_id, by)
    return restore_comment(desk, request.comment_id, by)
