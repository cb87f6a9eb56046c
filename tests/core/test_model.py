"""The workflow vocabulary: which status changes a user may make."""

import pytest

from factdesk.core.model import DetectedClaim, can_transition


@pytest.mark.parametrize("old, new, ok", [
    ("new", "researching", True),
    ("researching", "ready_for_review", True),
    ("ready_for_review", "approved", True),
    ("ready_for_review", "returned", True),
    ("new", "approved", False),
    ("researching", "returned", False),
    ("approved", "ready_for_review", False),
    ("dismissed", "new", True),
])
def test_status_transitions(old, new, ok):
    assert can_transition(old, new) is ok


def test_detected_claim_json_keeps_contract_keys_and_integral_values():
    claim = DetectedClaim(0, 4, "sechs", "term_count", 6.0, "term", "exact", None, 0, 10, 0.51234)
    data = claim.to_json()
    assert list(data) == ["start", "end", "text", "type", "value", "unit", "qualifier",
                          "speaker", "sentence_start", "sentence_end", "score"]
    assert data["value"] == 6 and isinstance(data["value"], int)
    assert data["score"] == 0.5123
