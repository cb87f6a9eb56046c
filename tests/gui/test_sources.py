"""Sources: the dialog's validation, and adding/removing through the claim panel."""

from __future__ import annotations

import pytest

from factdesk.gui.app import Ask
from factdesk.gui.source_dialog import SourceDialog, validate_source


@pytest.mark.parametrize("fields,ok", [
    ({"url": "https://www.destatis.de/DE/Presse"}, True),
    ({"url": "http://example.org"}, True),
    ({"url": "destatis.de"}, False),
    ({"url": "javascript:alert(1)"}, False),
    ({"url": "https://localhost"}, False),
    ({"url": "https://exa mple.org"}, False),
    ({}, False),
    ({"url": "https://a.org", "published": "2024-02-30"}, False),
    ({"url": "https://a.org", "published": "12.03.2024"}, False),
    ({"url": "https://a.org", "published": "2024-03-12", "accessed": "2024-03-01"}, False),
    ({"url": "https://a.org", "published": "2024-03-01", "accessed": "2024-03-12"}, True),
])
def test_validate_source(fields, ok):
    assert (validate_source(fields) == []) is ok


def test_dialog_refuses_a_bad_url_with_a_message(qtbot):
    dialog = SourceDialog()
    qtbot.addWidget(dialog)
    dialog.url.setText("www.destatis.de")
    dialog.accept()
    assert dialog.result() != SourceDialog.DialogCode.Accepted
    assert dialog.errors.isVisibleTo(dialog) and "https://" in dialog.errors.text()
    dialog.url.setText("https://www.destatis.de")
    dialog.accept()
    assert dialog.result() == SourceDialog.DialogCode.Accepted
    assert dialog.fields()["url"] == "https://www.destatis.de"


def test_add_source_through_the_panel_is_stored(window, monkeypatch):
    monkeypatch.setattr(SourceDialog, "ask", classmethod(lambda cls, parent, source=None: {
        "url": "https://www.tagesschau.de/x", "title": "Tagesschau", "publisher": "ARD",
        "published": "2020-08-10", "accessed": "2024-01-05", "excerpt": "80,1 Prozent"}))
    claim_id = window.current_claim().id
    window.menu_actions["add_source"].trigger()
    sources = window.desk.get_claim(claim_id).sources
    assert [(s.url, s.publisher) for s in sources] == [("https://www.tagesschau.de/x", "ARD")]
    assert window.panel.sources_model.rowCount() == 1


def test_store_refusal_changes_nothing_and_is_shown(window, monkeypatch):
    messages = []
    monkeypatch.setattr(Ask, "error", classmethod(lambda cls, parent, title, msg: messages.append(msg)))
    monkeypatch.setattr(SourceDialog, "ask", classmethod(lambda cls, parent, source=None: {"url": "ftp://x"}))
    window.panel.add_source()
    assert messages
    assert window.desk.get_claim(window.current_claim().id).sources == []


def test_warning_when_a_verdict_rests_on_fewer_than_two_independent_sources(window, monkeypatch):
    panel = window.panel
    window.set_verdict_number(1)
    assert panel.warning.isVisibleTo(panel) and "no source" in panel.warning.text()
    for url, publisher in (("https://www.destatis.de/a", "Destatis"), ("https://www.bpb.de/b", "bpb")):
        monkeypatch.setattr(SourceDialog, "ask", classmethod(
            lambda cls, parent, source=None, u=url, p=publisher: {"url": u, "publisher": p}))
        panel.add_source()
        if publisher == "Destatis":
            assert "one independent source" in panel.warning.text()
    assert not panel.warning.isVisibleTo(panel)


def test_remove_source_and_undo(window, monkeypatch):
    monkeypatch.setattr(SourceDialog, "ask", classmethod(lambda cls, parent, source=None: {"url": "https://bpb.de/x"}))
    monkeypatch.setattr(Ask, "confirm", classmethod(lambda cls, parent, title, msg: True))
    claim_id = window.current_claim().id
    window.panel.add_source()
    window.panel.remove_source()
    assert window.desk.get_claim(claim_id).sources == []
    window.menu_actions["undo"].trigger()
    assert [s.url for s in window.desk.get_claim(claim_id).sources] == ["https://bpb.de/x"]


def test_attach_a_file_and_open_it(window, monkeypatch, tmp_path):
    from PySide6.QtGui import QDesktopServices
    evidence = tmp_path / "bericht.pdf"
    evidence.write_bytes(b"%PDF-1.4 evidence")
    monkeypatch.setattr(SourceDialog, "ask", classmethod(lambda cls, parent, source=None: {
        "title": "Bericht der Wahlbeobachter", "publisher": "OSZE", "file_path": str(evidence)}))
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url) or True))
    claim_id = window.current_claim().id
    window.panel.add_source()
    source = window.desk.get_claim(claim_id).sources[0]
    assert source.file_name == "bericht.pdf"
    window.panel.open_source()
    assert opened and opened[0].isLocalFile()
    assert open(opened[0].toLocalFile(), "rb").read() == b"%PDF-1.4 evidence"


def test_dialog_shows_a_missing_file(qtbot, tmp_path):
    dialog = SourceDialog()
    qtbot.addWidget(dialog)
    dialog.file_path = str(tmp_path / "weg.pdf")
    dialog.accept()
    assert "does not exist" in dialog.errors.text()
