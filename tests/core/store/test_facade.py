"""All SQL lives in the store package: code outside it reads and writes through the desk's facades."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import factdesk
from factdesk.core.store import Desk

PACKAGE = Path(factdesk.__file__).parent
STORE = PACKAGE / "core" / "store"
CONNECTION_USES = {"execute", "executemany", "executescript", "conn", "query", "table", "tables"}


def _names_a_desk(node: ast.expr) -> bool:
    """`desk`, `self.desk`, `window.desk`, `a_desk`: an expression whose last name says it is a desk."""
    name = node.id if isinstance(node, ast.Name) else node.attr if isinstance(node, ast.Attribute) else ""
    return "desk" in name.lower()


def _bypasses(tree: ast.AST) -> list[int]:
    """Lines that reach a desk's database: `desk.db`, or `<anything>.db.execute(...)` and the like."""
    lines = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Attribute):
            continue
        if node.attr == "db" and _names_a_desk(node.value):
            lines.append(node.lineno)
        elif node.attr in CONNECTION_USES and isinstance(node.value, ast.Attribute) and node.value.attr == "db":
            lines.append(node.lineno)
    return sorted(set(lines))


def test_no_module_outside_the_store_touches_the_desks_database():
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if STORE in path.parents:
            continue
        for line in _bypasses(ast.parse(path.read_text(encoding="utf-8"), str(path))):
            found.append(f"{path.relative_to(PACKAGE.parent)}:{line}")
    assert found == [], "use desk.<read>, desk.checks, desk.exchange or desk.action(by) instead:\n" + "\n".join(found)


def test_the_guard_sees_a_bypass():
    code = "def f(desk, window):\n    desk.db\n    window.desk.db.execute('SELECT 1')\n    args.db.is_file()\n"
    assert _bypasses(ast.parse(code)) == [2, 3]


def test_the_checks_facade_binds_the_store_functions_to_the_desk(tmp_path):
    with Desk.open(tmp_path / "desk.sqlite") as desk:
        assert (desk.checks.count(), desk.checks.rows(), desk.checks.get("c1")) == (0, [], None)
        with pytest.raises(AttributeError, match="no 'nothing'"):
            desk.checks.nothing()
