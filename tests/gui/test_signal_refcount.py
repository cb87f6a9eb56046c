"""The Qt binding must not leak references to True/None on signal emits.

PySide6 6.12.0 dropped a reference to `True` (and `None`) on every signal
emitted from Python; on Python 3.11, where those objects are not immortal,
the app aborted with "Fatal Python error: bool_dealloc" after a few hundred
edits. pyproject.toml pins the binding below that release; this test fails
on any binding that leaks again.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    changed = Signal(bool)
    touched = Signal(object)


def test_emitting_signals_keeps_the_refcount_of_true_and_none(qtbot):
    emitter = _Emitter()
    seen: list[object] = []
    emitter.changed.connect(lambda flag: seen.append(flag))
    emitter.touched.connect(lambda value: seen.append(value))
    before_true, before_none = sys.getrefcount(True), sys.getrefcount(None)
    for _ in range(5000):
        emitter.changed.emit(True)
        emitter.touched.emit(None)
    seen.clear()
    # Other code may take or drop a handful of references meanwhile; a leak
    # drops one per emit, i.e. thousands.
    assert sys.getrefcount(True) >= before_true - 100
    assert sys.getrefcount(None) >= before_none - 100
