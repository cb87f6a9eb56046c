"""The ops package names every op it exports lazily, and each one is there."""

from __future__ import annotations

import factdesk.core.ops as ops


def test_all_lists_every_lazy_export_and_each_resolves():
    assert ops.__all__ == sorted(ops._EXPORTS)
    for name in ops.__all__:
        assert getattr(ops, name) is not None
