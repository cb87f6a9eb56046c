"""The app says refusals in its own words, chosen by the error's code, never by its English message."""

from __future__ import annotations

import pytest

from factdesk.core import ops
from factdesk.core.errors import ConflictError, InputError, RequestError
from factdesk.gui import i18n, refusals

CASES = [
    (RequestError("whatever the core says", "locked"), "approved and locked", "freigegeben und gesperrt"),
    (RequestError("x", "needs_verdict"), "set a verdict first", "Bewertung"),
    (RequestError("x", "review_only"), "only a lead's review", "Teamleitung"),
    (RequestError("x", "bad_transition", old="dismissed", new="ready_for_review"),
     "from “Dismissed” to “Ready for review”", "„Verworfen“"),
    (RequestError("x", "not_ready", decision="approve", status="new", needed="ready_for_review"),
     "“Ready for review” can be given “approve”; this one is “New”", "freigeben"),
    (InputError("x", "needs_comment"), "say in a comment", "Kommentar"),
    (RequestError("x", "not_in_cluster"), "not grouped with the same claim", "nicht mit derselben Behauptung"),
    (RequestError("x", "cluster_gone"), "have all been taken out of the group", "aus der Gruppe genommen"),
    (ConflictError("x", who="cli", when="2026-12-05T10:00:00.000Z"), "was changed by cli at", "cli"),
]


@pytest.fixture
def german(qapp):
    i18n.install_translator(qapp, "de")
    yield
    i18n.install_translator(qapp, "en")


@pytest.mark.parametrize("exc, english, _german", CASES)
def test_each_code_has_a_sentence_of_its_own(qapp, exc, english, _german):
    sentence = refusals.refusal(exc)
    assert english in sentence and "whatever" not in sentence and sentence.startswith("Not ")


@pytest.mark.parametrize("exc, _english, german_words", CASES)
def test_the_sentences_are_german_on_a_german_desk(german, exc, _english, german_words):
    sentence = refusals.refusal(exc)
    assert german_words in sentence and sentence.startswith("Nicht ")


def test_an_error_without_a_known_code_shows_its_own_message(qapp):
    exc = InputError("not a web address: 'ftp://x'")
    assert refusals.refusal(exc) is None and refusals.message(exc) == "not a web address: 'ftp://x'"


def test_the_queue_says_a_refused_return_in_the_ui_language(qtbot, desk, german):
    from factdesk.gui.app import load_settings
    from factdesk.gui.review_queue import ReviewQueueWidget

    claim = desk.claim_rows()[0]
    ops.edit_claim(desk, claim.id, "kim", verdict="true", status="ready_for_review")
    settings = load_settings()
    settings.set_user_name("lea")
    settings.set_role("lead")
    widget = ReviewQueueWidget(desk, settings)
    qtbot.addWidget(widget)
    assert widget._decide("return", comment="   ") is False
    assert widget.message.text().startswith("Nicht geändert: Schreiben Sie in einem Kommentar")
    assert desk.get_claim(claim.id).status == "ready_for_review"
