"""Earlier fact-checks: importing them into the desk's collection, and using one as a starting point.

- `import_checks`: read files (ClaimReview, JSON Lines, TSV/CSV), analyse what
  is new or changed with the desk's detector, store it by id (a re-import
  updates, never duplicates); bad records and unreadable files are reported,
  not fatal; one history row per import.
- `use_prior_verdict`: "Use this verdict as a starting point" — the earlier
  check's rating (read on the desk's scale) becomes the claim's verdict and
  its link a source of the claim, in one action that can be undone.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from factdesk.core.errors import RequestError
from factdesk.core.matching import collection, ratings
from factdesk.core.matching.collection import CheckImportReport
from factdesk.core.model import Claim, Source
from factdesk.core import detector
from factdesk.core.detector import pool
from factdesk.core.ops import workflow
from factdesk.core.ops.changes import NOTHING, Changes
from factdesk.core.ops.claims import ClaimEdit, edit_claim
from factdesk.core.ops.sources import SourceRemove, add_source
from factdesk.core.store import Desk

BATCH = collection.BATCH


@dataclass(slots=True)
class ChecksImported:
    """An import's report and what it changed (the collection, when anything was added or updated)."""

    report: CheckImportReport
    changes: Changes


def _detect_many(texts: list[str], lang: str, n_process: int, *, quotes: bool = True):
    """Checks are detected for their facts only: the shipped detector skips its score step (and its quote
    step for checks that name their speaker, `quotes=False`); another runs as is."""
    if detector.current().shipped:
        return collection.facts_many(texts, lang, n_process, quotes=quotes)
    return pool.detect_texts(texts, lang=lang, n_process=n_process, expected=len(texts))


def import_checks(desk: Desk, files: Iterable[Path | str], by: str, source: str | None = None,
                  progress: Callable[[int, int, str], None] | None = None,
                  cancelled: Callable[[], bool] | None = None) -> ChecksImported:
    """Import fact-check files into the desk's collection; `progress(done, total, file name)`."""
    paths = [Path(p) for p in files]
    report = CheckImportReport()
    for number, path in enumerate(paths, 1):
        if cancelled and cancelled():
            report.cancelled = True
            break
        if progress:
            progress(number - 1, len(paths), path.name)
        checks = collection.read_file(path, source, report)
        analysed = collection.analyse_checks(desk.checks, checks, _detect_many) if checks else []
        for i in range(0, len(analysed), BATCH):
            if cancelled and cancelled():
                report.cancelled = True
                break
            with desk.action(by) as w:
                rows = collection.rows_for(analysed[i:i + BATCH], w.by, w.act.hlc, w.at)
                added, updated, unchanged = w.upsert_checks(rows)
            report.added += added
            report.updated += updated
            report.unchanged += unchanged
        if report.cancelled:
            break
    if progress:
        progress(len(paths), len(paths), "")
    if not (report.added or report.updated):
        return ChecksImported(report, NOTHING)
    with desk.action(by) as w:
        w.record_checks_import(source or ", ".join(p.name for p in paths), report.summary())
    return ChecksImported(report, Changes(checks=True))


@dataclass(slots=True)
class PriorUsed:
    """The claim after taking an earlier check as a starting point: verdict set (when the rating could
    be read on the desk's scale), the check attached as a source; `undo` reverses both."""

    claim: Claim
    source: Source
    verdict: str | None
    changes: Changes
    undo: tuple[SourceRemove, ClaimEdit | None]


@dataclass(frozen=True, slots=True)
class PriorPlan:
    """What taking an earlier check as a starting point does: the verdict to set (None: its rating
    cannot be read on the desk's scale, or the claim has it already) and the source to attach."""

    verdict: str | None
    source: dict[str, str | None]


def plan_prior_verdict(desk: Desk, claim_id: str, check_id: str) -> PriorPlan:
    """The verdict and source `use_prior_verdict` would set; RequestError for an unknown check or a locked claim."""
    check = desk.checks.get(check_id)
    if check is None:
        raise RequestError(f"no earlier fact-check '{check_id[:60]}' on this desk", "not_found")
    claim = desk.get_claim(claim_id)
    workflow.check_unlocked(claim)
    verdict = ratings.desk_verdict(desk.rating_scale(), check["rating"], check["rating_value"],
                                   check["best_rating"], check["worst_rating"])
    rated = f"Rated “{check['rating']}”" if check["rating"] else "Checked"
    who = f" by {check['author']}" if check["author"] else ""
    when = f" on {check['published']}" if check["published"] else ""
    source = dict(url=check["url"], title=check["title"] or check["claim"][:200], publisher=check["author"],
                  published=check["published"], excerpt=f"{rated}{who}{when}: {check['claim']}")
    return PriorPlan(verdict.id if verdict and verdict.id != claim.verdict else None, source)


def use_prior_verdict(desk: Desk, claim_id: str, check_id: str, by: str) -> PriorUsed:
    """Copy an earlier check's rating (as the desk's verdict) and link into the claim as a source."""
    plan = plan_prior_verdict(desk, claim_id, check_id)
    claim = desk.get_claim(claim_id)
    edit = edit_claim(desk, claim.id, by, verdict=plan.verdict).inverse if plan.verdict else None
    added = add_source(desk, claim.id, by, **plan.source)
    claim = desk.get_claim(claim.id)
    assert added.source is not None  # attaching a source gives it back
    return PriorUsed(claim, added.source, claim.verdict, Changes.of([claim.id], counts=True),
                     (SourceRemove(added.source.id), edit))
