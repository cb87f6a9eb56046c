"""How much SQL one keypress costs: a verdict key and J (next claim), counted with SQLite's statement trace.

A verdict key is one action (begin, read the scale and the claim, tick the
clock, update, record the history, commit) plus re-reading the claim's
history for the panel; moving to the next claim reads only its history.
Statements SQLite runs inside triggers (the search index) are not counted.
"""

from __future__ import annotations

from PySide6.QtCore import Qt

VERDICT_KEY_MAX = 8
J_MAX = 3


def _count(window, qtbot, key):
    statements: list[str] = []
    conn = window.desk.db.conn
    conn.set_trace_callback(lambda sql: statements.append(sql) if not sql.startswith("--") else None)
    try:
        qtbot.keyClick(window.reader.view, key)
    finally:
        conn.set_trace_callback(None)
    return statements


def test_a_verdict_key_costs_at_most_eight_statements(window, qtbot):
    claim_id = window.current_claim().id
    statements = _count(window, qtbot, Qt.Key.Key_1)
    assert window.desk.get_claim(claim_id).verdict == window.scale.verdicts[0].id  # it was stored
    assert len(statements) <= VERDICT_KEY_MAX, "\n".join(statements)


def test_the_next_claim_costs_at_most_three_statements(window, qtbot):
    first = window.current_claim().id
    statements = _count(window, qtbot, Qt.Key.Key_J)
    assert window.current_claim().id != first
    assert len(statements) <= J_MAX, "\n".join(statements)
