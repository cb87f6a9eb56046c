"""File → Export/Import bundle and the conflicts view (with qtmodeltester)."""

from __future__ import annotations

import pytest

from factdesk.core.exchange.export import export_bundle
from factdesk.core.exchange.merge import import_bundle
from factdesk.core.store import Desk
from factdesk.gui import bundle_dialogs
from factdesk.gui.bundle_dialogs import ConflictsModel, ConflictsView
from factdesk.core import ops

from .conftest import ARTICLE


class _Settings:
    """The two things the dialogs need from Settings."""

    def __init__(self):
        self.values = {}

    def user_name(self):
        return "tester"

    def value(self, key, default=None):
        return self.values.get(key, default)

    def set_value(self, key, value):
        self.values[key] = value


@pytest.fixture
def other(tmp_path):
    """A second desk holding the same article (imported there independently)."""
    d = Desk.open(tmp_path / "other.sqlite")
    ops.import_text(d, ARTICLE, "olga", title="same article, other laptop")
    yield d
    d.close()


@pytest.fixture
def conflict(desk, other, tmp_path):
    """One verdict edited on both desks; the merge into `desk` lists a conflict."""
    cid = desk.claim_rows()[0].id
    ocid = other.claim_rows()[0].id
    ops.edit_claim(desk, cid, "tester", verdict="true")
    ops.edit_claim(other, ocid, "olga", verdict="false")
    export_bundle(other, tmp_path / "o.zip", "olga")
    report = import_bundle(desk, tmp_path / "o.zip", "tester")
    assert len(report.conflicts) == 1
    return cid


def test_export_dialog_writes_a_bundle(qtbot, desk, tmp_path, monkeypatch):
    target = tmp_path / "out.fdbundle"
    monkeypatch.setattr(bundle_dialogs.BundleFiles, "ask_save", staticmethod(lambda parent, start: target))
    got = []
    settings = _Settings()
    bundle_dialogs.export_bundle_dialog(desk, settings, None, on_done=lambda r, d: got.append((r, d)))
    qtbot.waitUntil(lambda: bool(got), timeout=10_000)
    report, dialog = got[0]
    assert target.is_file() and report.claims == desk.count_claims()
    assert "wrote out.fdbundle" in dialog.summary_label.text()
    assert settings.values[bundle_dialogs.LAST_FOLDER] == str(tmp_path)
    dialog.close()


def test_cancelled_file_question_does_nothing(desk, monkeypatch):
    monkeypatch.setattr(bundle_dialogs.BundleFiles, "ask_open", staticmethod(lambda parent, start: None))
    assert bundle_dialogs.import_bundle_dialog(desk, _Settings(), None) is None


def test_import_dialog_shows_what_came_in(qtbot, desk, other, tmp_path, monkeypatch):
    ocid = other.claim_rows()[1].id
    ops.edit_claim(other, ocid, "olga", verdict="false")
    export_bundle(other, tmp_path / "o.zip", "olga")
    monkeypatch.setattr(bundle_dialogs.BundleFiles, "ask_open", staticmethod(lambda parent, start: tmp_path / "o.zip"))
    got = []
    bundle_dialogs.import_bundle_dialog(desk, _Settings(), None, on_done=lambda r, d: got.append((r, d)))
    qtbot.waitUntil(lambda: bool(got), timeout=10_000)
    report, dialog = got[0]
    assert report.matched_articles == 1 and not report.new_claims
    assert "Verdicts changed: 1" in dialog.details_label.text()
    assert desk.claim_rows()[1].verdict == "false"
    dialog.close()


def test_import_dialog_reports_a_broken_bundle(qtbot, desk, tmp_path, monkeypatch):
    bad = tmp_path / "bad.fdbundle"
    bad.write_bytes(b"not a zip")
    monkeypatch.setattr(bundle_dialogs.BundleFiles, "ask_open", staticmethod(lambda parent, start: bad))
    errors = []
    monkeypatch.setattr(bundle_dialogs, "show_error", lambda parent, msg: errors.append(msg))
    bundle_dialogs.import_bundle_dialog(desk, _Settings(), None, on_error=errors.append)
    qtbot.waitUntil(lambda: len(errors) == 2, timeout=10_000)
    assert "truncated or damaged" in errors[0]


def test_conflicts_model_passes_the_model_tester(qtmodeltester, desk, conflict):
    model = ConflictsModel(desk)
    assert model.rowCount() == 1
    qtmodeltester.check(model)


def test_empty_conflicts_model_passes_the_model_tester(qtmodeltester, desk):
    model = ConflictsModel(desk)
    assert model.rowCount() == 0
    qtmodeltester.check(model)


def test_take_the_other_value(qtbot, desk, conflict):
    view = ConflictsView(desk, _Settings())
    qtbot.addWidget(view)
    c = view.model.conflict(0)
    assert not view.take_button.isEnabled()
    view.table.selectRow(0)
    assert view.take_button.isEnabled()
    view.take_button.click()
    assert desk.get_claim(conflict).verdict == c.other_value
    assert view.model.rowCount() == 0
    last = desk.history(claim_id=conflict)[-1]
    assert (last.field, last.new, last.by) == ("verdict", c.other_value, "tester")
