"""The desk's collection of earlier fact-checks: reading and analysing checks, the desk's own verdicts.

`read_file` reads a file (read_checks); `analyse_checks` detects each check's
claim with the same detector the desk uses (type, value, unit, qualifier) —
only for checks that are new or changed — and `rows_for` adds the match terms;
the import op (`core.ops.checks`) stores them. `refresh_desk_verdicts` keeps
the collection's 'desk' entries in step with the desk's approved claims (a
derived index, like the FTS tables); matching calls it first, so a verdict
approved a minute ago is already "checked before".
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Protocol

from factdesk.core import detector
from factdesk.core.errors import FactDeskError
from factdesk.core.matching.features import Facts
from factdesk.core.matching.read_checks import Problem, read
from factdesk.core.matching.records import PriorCheck
from factdesk.core.matching.terms import analyse, with_value
from factdesk.core.model import Detection
from factdesk.core.store import history
from factdesk.core.store.checks_store import ChecksStore

BATCH = 2000
# From this many checks on, detection runs in worker processes (starting them costs about a second).
POOL_MIN = 500
N_PROCESS = 2
DESK_SOURCE = "this desk"


@dataclass(slots=True)
class CheckImportReport:
    """What an import of fact-check files did: counts, and one line per skipped record or file."""

    added: int = 0
    updated: int = 0
    unchanged: int = 0
    problems: list[str] = field(default_factory=list)
    failed_files: list[str] = field(default_factory=list)
    cancelled: bool = False

    def summary(self) -> str:
        """One line for people."""
        parts = [f"{self.added} added", f"{self.updated} updated"]
        if self.unchanged:
            parts.append(f"{self.unchanged} unchanged")
        if self.problems:
            parts.append(f"{len(self.problems)} skipped")
        if self.failed_files:
            parts.append(f"{len(self.failed_files)} files failed")
        return "fact-checks: " + ", ".join(parts) + (" (cancelled)" if self.cancelled else "")


def main_facts(detection: Detection) -> Facts:
    """The facts of the most check-worthy numeric claim of a detection (else its quote's speaker).

    Without scores (`facts_many`) that is the first numeric claim.
    """
    numeric = [c for c in detection.claims if c.type != "quote"]
    best = max(numeric, key=lambda c: c.score) if numeric else None
    speaker = next((c.speaker for c in detection.claims if c.speaker), None)
    if best is None:
        return Facts(speaker=speaker)
    return Facts(best.type, best.value, best.unit, best.qualifier, best.speaker or speaker)


def to_rows(checks: list[PriorCheck], by: str, stamp: str, at: str,
            detections: Iterable[Detection] | None = None, detect_many: DetectMany | None = None) -> list[dict]:
    """Collection rows for checks: their detected facts and match terms added."""
    if detections is None:
        detections = _detect(checks, detect_many)
    out = []
    for check, det in zip(checks, detections):
        lang = check.lang if check.lang in ("de", "en") else det.language
        facts = main_facts(det)
        terms = with_value(analyse(check.claim, lang), facts.value)
        title = analyse(check.title, lang).terms if check.title else ()
        row = check.to_json()
        row.update(lang=check.lang or lang, appearances=json.dumps(check.appearances, ensure_ascii=False),
                   type=facts.type, value=facts.value, unit=facts.unit, qualifier=facts.qualifier,
                   speaker=check.speaker or facts.speaker,
                   terms=" ".join(terms.terms), title_terms=" ".join(title),
                   subjects=" ".join(sorted(terms.subjects)), analysed_from=analysed_from(check),
                   imported_at=at, imported_by=by, updated_hlc=stamp)
        out.append(row)
    return out


class DetectMany(Protocol):
    """detect_many(texts, lang, n_process, quotes=True) -> Detections in order; the ops pass their detector seam.

    `quotes=False` says the texts' speakers are known (the checks name them): a detector may
    then leave out what only finds speakers (the shipped one: its quote step); one that
    cannot just detects as usual.
    """

    def __call__(self, texts: list[str], lang: str, n_process: int, *, quotes: bool = True) -> Iterable[Detection]:
        ...


def installed_detect_many(texts: list[str], lang: str, n_process: int, *, quotes: bool = True) -> Iterable[Detection]:
    """The detector in place (`core.detector.current()`, the one seam): the shipped one detects facts only.

    What a bundle's checks and the desk's own verdicts are analysed with when no caller says.
    """
    current = detector.current()
    if current.shipped:
        return facts_many(texts, lang, n_process, quotes=quotes)
    return current.detect_many(texts, lang=lang, n_process=1)


def facts_many(texts: list[str], lang: str, n_process: int = 1, *, quotes: bool = True) -> list[Detection]:
    """The shipped detector's claims without their check-worthiness scores, in order, in this process.

    A check's facts (type, value, unit, qualifier, speaker) do not depend on the score, the
    detector's slowest step (a text classifier over each sentence): leaving it out detects a
    check about three times faster, fast enough that worker processes (each loading spaCy and
    the models) no longer pay off, so `n_process` is not used. Of several numeric claims in one
    check, `main_facts` then takes the first.

    `quotes=False` (the checks name their speakers) leaves out the quote step too: it only adds
    quote claims, whose speaker a check that names its own never takes (`to_rows`), and changes
    none of the numeric claims. The texts of one language go through the steps' batch paths
    (`StepComponent.pipe`, as `nlp.pipe` does), which give what one text at a time gives.
    """
    from factdesk.core.detect.pipeline import get_pipeline
    from factdesk.core.detect.run import SCORE_COMPONENT, resolve_language, sort_claims
    from factdesk.core.detect.steps import FIND_STEPS, quote_step

    skip = {SCORE_COMPONENT} | (set() if quotes else {s.component for s in FIND_STEPS if s.run is quote_step})
    langs = [resolve_language(text, lang) for text in texts]
    out: list[Detection | None] = [None] * len(texts)
    for language in dict.fromkeys(langs):
        nlp = get_pipeline(language)
        idx = [i for i, lg in enumerate(langs) if lg == language]
        docs: Iterable = (nlp.make_doc(texts[i]) for i in idx)
        for name, step in nlp.pipeline:
            if name not in skip:
                pipe = getattr(step, "pipe", None)
                docs = pipe(docs) if pipe is not None else map(step, docs)
        for i, doc in zip(idx, docs):
            out[i] = Detection(language=language, claims=sort_claims(list(doc._.claims or [])))
    return out  # type: ignore[return-value]


def _detect(checks: list[PriorCheck], detect_many: DetectMany | None = None) -> list[Detection]:
    """Detections of the checks' claims in input order; a check with a known language is detected in it.

    Checks that name their speaker are detected without the quote step (`facts_many`).
    A large batch is spread over worker processes, as the article import does.
    """
    detect_many = detect_many or installed_detect_many
    out: list[Detection | None] = [None] * len(checks)
    groups: dict[tuple[str, bool], list[int]] = {}
    for i, c in enumerate(checks):
        groups.setdefault((c.lang if c.lang in ("de", "en") else "auto", not c.speaker), []).append(i)
    for (lang, quotes), idx in sorted(groups.items()):
        many = detect_many([checks[i].claim for i in idx], lang, N_PROCESS if len(idx) >= POOL_MIN else 1,
                           quotes=quotes)
        for i, det in zip(idx, many):
            out[i] = det
    return out  # type: ignore[return-value]


def read_file(path: Path, source: str | None, report: CheckImportReport) -> list[PriorCheck]:
    """The usable checks of one file (the later of two records with one id wins); problems go to `report`.

    A file that cannot be read at all goes to `report.failed_files` and gives [].
    """
    checks: dict[str, PriorCheck] = {}
    try:
        for item in read(path, source):
            if isinstance(item, Problem):
                report.problems.append(str(item))
            else:
                checks[item.id] = item
    except FactDeskError as exc:
        report.failed_files.append(exc.message if str(path) in exc.message else f"{path}: {exc.message}")
        return []
    except OSError as exc:
        report.failed_files.append(f"{path}: cannot be read ({exc.strerror or exc})")
        return []
    return list(checks.values())


@dataclass(slots=True)
class Analysed:
    """A check with its detection, or the stored analysis it can keep (same claim, title, language)."""

    check: PriorCheck
    detection: Detection | None = None
    kept: dict | None = None


def analyse_checks(checks_store: ChecksStore, checks: list[PriorCheck],
                   detect_many: DetectMany | None = None) -> list[Analysed]:
    """Detect what is new or changed (all at once, so worker processes pay off); keep the rest's analysis."""
    known = checks_store.analysed([c.id for c in checks])
    fresh = [c for c in checks if known.get(c.id, {}).get("analysed_from") != analysed_from(c)]
    found = dict(zip((c.id for c in fresh), _detect(fresh, detect_many)))
    return [Analysed(c, found[c.id]) if c.id in found else Analysed(c, kept=known[c.id]) for c in checks]


def rows_for(batch: list[Analysed], by: str, stamp: str, at: str) -> list[dict]:
    """Collection rows for analysed checks, stamped with the importing action's HLC."""
    rows = []
    for a in batch:
        if a.detection is not None:
            rows.extend(to_rows([a.check], by, stamp, at, [a.detection]))
        else:
            rows.append(_reuse(a.check, a.kept or {}, by, stamp, at))
    return rows


def analysed_from(check: PriorCheck) -> str:
    """A digest of what a check's analysis depends on; unchanged on re-import means no new detection."""
    raw = json.dumps([check.claim, check.title, check.lang, check.speaker], ensure_ascii=False)
    return hashlib.sha1(raw.encode("utf-8")).hexdigest()


def _reuse(check: PriorCheck, old: dict, by: str, stamp: str, at: str) -> dict:
    row = check.to_json()
    row.update({k: old[k] for k in ("lang", "type", "value", "unit", "qualifier", "speaker", "terms",
                                     "title_terms", "subjects", "analysed_from")})
    row.update(appearances=json.dumps(check.appearances, ensure_ascii=False), imported_at=at, imported_by=by,
               updated_hlc=stamp)
    return row


def refresh_desk_verdicts(desk) -> int:
    """Bring the collection's 'desk' entries in step with the desk's approved verdicts; return rows changed."""
    checks_store = desk.checks
    fresh, stale = checks_store.desk_verdicts_to_refresh()
    changed = checks_store.remove(stale) if stale else 0
    if not fresh:
        return changed
    scale = desk.rating_scale()
    base = desk.get_setting("report_base_url")
    organisation = desk.get_setting("organisation") or DESK_SOURCE
    checks, detections = [], []
    for c in fresh:
        verdict = scale.verdict(c["verdict"])
        text = " ".join((c["sentence"] or c["text"]).split())
        checks.append(PriorCheck(
            id=f"desk:{c['claim_id']}", claim=text, title=c["article_title"],
            rating=verdict.label(c["language"] or "en") if verdict else c["verdict"],
            rating_value=verdict.rating if verdict else None, best_rating=scale.best_rating,
            worst_rating=scale.worst_rating, url=f"{base.split('#', 1)[0]}#claim-{c['claim_id']}" if base else None,
            published=(c["updated_at"] or "")[:10] or None, lang=c["language"], author=organisation,
            speaker=c["speaker"], source=DESK_SOURCE, origin="desk", claim_id=c["claim_id"],
            appearances=[c["article_url"]] if c["article_url"] else []))
        detections.append(Detection(c["language"] or "en", []))
    rows = to_rows(checks, "", "", history.now_iso(), detections)
    for row, c in zip(rows, fresh):
        # the checker's own type, value and qualifier, not a new detection of the sentence
        row.update(type=c["type"], value=c["value"], unit=c["unit"], qualifier=c["qualifier"],
                   imported_by=c["updated_by"], updated_hlc=c["updated_hlc"])
    added, updated, _ = checks_store.upsert(rows)
    return changed + added + updated
