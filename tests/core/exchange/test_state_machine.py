"""Three desks make random edits and exchange bundles in random orders; in the end all agree.

After a final all-to-all exchange every desk holds the same articles, claims,
sources and reviews (compared by content hash, span and type, so independent
imports of one article count as one), and every edit made anywhere is in
every desk's history.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, settings, strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, rule

from factdesk.core.errors import FactDeskError, RequestError
from factdesk.core.exchange.conflicts import list_conflicts
from factdesk.core.ops.exchange import take_other_value
from factdesk.core.exchange.export import export_bundle
from factdesk.core.exchange.merge import import_bundle
from factdesk.core.model import CLAIM_TYPES, STATUSES
from factdesk.core import ops
from factdesk.core import detector
from factdesk.core.store import Desk
from tests import fake_detector

from .helpers import ARTICLES, FINDS_LESS, dump, history_edits

DESKS = st.integers(0, 2)
PICK = st.integers(0, 3)  # few claims: edits on different desks often meet
VERDICTS = st.sampled_from(["true", "mostly_true", "false", "misleading", None])
TEXTS = st.sampled_from(["checked", "needs source", "Quelle fehlt", None])
NAMES = st.sampled_from(["anna", "ben", "carl"])


class ThreeDesks(RuleBasedStateMachine):
    """Random edits on three desks, random exchanges between them."""

    def __init__(self):
        super().__init__()
        self._saved = detector.use(fake_detector.FAKE)
        self.tmp = Path(tempfile.mkdtemp(prefix="factdesk-sm-"))
        self.desks = [Desk.open(self.tmp / f"{i}.sqlite") for i in range(3)]
        self.n = 0
        self.verdicts = [v.id for v in self.desks[0].rating_scale().verdicts]

    def teardown(self):
        try:
            for d in self.desks:
                d.close()
        finally:
            detector.use(self._saved)
            shutil.rmtree(self.tmp, ignore_errors=True)

    def _claim(self, d: int, pick: int):
        rows = self.desks[d].db.execute("SELECT id FROM claims ORDER BY rid").fetchall()
        return rows[pick % len(rows)][0] if rows else None

    def _try(self, fn, *args, **kw):
        try:
            fn(*args, **kw)
        except FactDeskError:
            pass  # locked, invalid transition, unknown verdict: the desk refused, as it should

    @initialize(d=DESKS, i=st.integers(0, 1))
    def first_article(self, d, i):
        ops.import_text(self.desks[d], ARTICLES[i], by="anna")

    @rule(d=DESKS, i=st.integers(0, 1), by=NAMES)
    def import_article(self, d, i, by):
        ops.import_text(self.desks[d], ARTICLES[i], by=by, title=f"{by}'s copy")

    @rule(d=DESKS, pick=PICK, verdict=VERDICTS, by=NAMES)
    def set_verdict(self, d, pick, verdict, by):
        cid = self._claim(d, pick)
        if cid and (verdict is None or verdict in self.verdicts):
            self._try(ops.edit_claim, self.desks[d], cid, by, verdict=verdict)

    @rule(d=DESKS, pick=PICK, text=TEXTS, by=NAMES)
    def set_rationale(self, d, pick, text, by):
        cid = self._claim(d, pick)
        if cid:
            self._try(ops.edit_claim, self.desks[d], cid, by, rationale=text)

    @rule(d=DESKS, pick=PICK, status=st.sampled_from([s for s in STATUSES if s not in ("approved", "returned")]),
          by=NAMES)
    def set_status(self, d, pick, status, by):
        cid = self._claim(d, pick)
        if cid:
            self._try(ops.edit_claim, self.desks[d], cid, by, status=status)

    @rule(d=DESKS, pick=PICK, decision=st.sampled_from(["approve", "return", "reopen"]), by=NAMES)
    def review(self, d, pick, decision, by):
        cid = self._claim(d, pick)
        if cid:
            if decision != "reopen":
                self._try(ops.edit_claim, self.desks[d], cid, by, status="ready_for_review")
            self._try(ops.review_claim, self.desks[d], cid, decision, by)

    @rule(d=DESKS, pick=PICK, n=st.integers(0, 99), by=NAMES)
    def add_source(self, d, pick, n, by):
        cid = self._claim(d, pick)
        if cid:
            self._try(ops.add_source, self.desks[d], cid, by, url=f"https://example.org/{n}", title=f"source {n}")

    @rule(d=DESKS, pick=PICK, start=st.integers(0, 40), length=st.integers(1, 12),
          type=st.sampled_from(CLAIM_TYPES[:3]), value=st.one_of(st.none(), st.integers(0, 3)), by=NAMES)
    def add_manual_claim(self, d, pick, start, length, type, value, by):
        rows = self.desks[d].db.execute("SELECT id FROM articles ORDER BY rid").fetchall()
        if rows:
            aid = rows[pick % len(rows)][0]
            self._try(ops.add_manual_claim, self.desks[d], aid, start, start + length, type, by, value=value)

    @rule(d=DESKS, pick=PICK, by=NAMES)
    def take_the_other_value(self, d, pick, by):
        open_ones = list_conflicts(self.desks[d])
        if open_ones:
            self._try(take_other_value, self.desks[d], open_ones[pick % len(open_ones)].id, by)

    @rule(d=DESKS, pick=PICK)
    def redetect_with_better_rules(self, d, pick):
        """Re-detection that no longer finds the first number: untouched claims go, worked ones stay."""
        rows = self.desks[d].db.execute("SELECT id FROM articles ORDER BY rid").fetchall()
        if not rows:
            return

        detector.use(FINDS_LESS)
        try:
            ops.redetect(self.desks[d], rows[pick % len(rows)][0], "anna")
        finally:
            detector.use(fake_detector.FAKE)

    @rule(src=DESKS, dst=DESKS, everything=st.booleans())
    def exchange(self, src, dst, everything):
        if src != dst:
            self._exchange(src, dst, everything)

    def _exchange(self, src: int, dst: int, everything: bool = False) -> None:
        self.n += 1
        path = self.tmp / f"b{self.n}.zip"
        export_bundle(self.desks[src], path, "tester", everything=everything)
        try:
            import_bundle(self.desks[dst], path, "tester")
        except RequestError:  # the bundle assumed work dst has not got: ask for everything
            export_bundle(self.desks[src], path, "tester", everything=True)
            import_bundle(self.desks[dst], path, "tester")
        before = dump(self.desks[dst])
        import_bundle(self.desks[dst], path, "tester")       # idempotent
        assert dump(self.desks[dst]) == before

    @invariant()
    def no_duplicate_articles(self):
        for d in self.desks:
            hashes = [r[0] for r in d.db.execute("SELECT content_hash FROM articles")]
            assert len(hashes) == len(set(hashes))

    def check_convergence(self):
        """The final all-to-all exchange, then everything equal."""
        made = set().union(*(history_edits(d) for d in self.desks))
        for src in range(3):
            for dst in range(3):
                if src != dst:
                    self._exchange(src, dst)
        dumps = [dump(d) for d in self.desks]
        assert dumps[0] == dumps[1] == dumps[2]
        edits = [history_edits(d) for d in self.desks]
        assert edits[0] == edits[1] == edits[2]
        assert made <= edits[0]


class Converging(ThreeDesks):
    """Runs the final exchange at the end of every example."""

    def teardown(self):
        try:
            self.check_convergence()
        finally:
            super().teardown()


Converging.TestCase.settings = settings(max_examples=12, stateful_step_count=14, deadline=None,
                                        suppress_health_check=[HealthCheck.too_slow])
test_three_desks_converge = Converging.TestCase
