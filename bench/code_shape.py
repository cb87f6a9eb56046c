"""The shape of the code issue 15 asks about: module sizes and the scaffolding left.

    .venv/bin/python bench/code_shape.py [--top 10]

Prints, for factdesk/ (the package) and per top-level part (core, gui, cli,
training): the number of modules and the median, 90th percentile and largest
module size in lines; then the counts of what issue 15 called scaffolding:
broad `except Exception`/`except BaseException` handlers without a
`# noqa: BLE001` reason, `hasattr(settings, …)` guards, "not built yet"
branches, modules without a docstring, and the import circles between
FactDesk's modules (strongly connected parts of grimp's import graph, the
graph import-linter checks; counted for this checkout only; `lint-imports`' "No import circles"
contract fails on any). `--package` measures another
checkout (issue 15's figures compare main before ops' first landing:
`git archive d13c3da^ factdesk | tar -x -C /tmp/before`). Lines are physical lines, blank
lines and comments included (what a reader scrolls through).
"""

from __future__ import annotations

import argparse
import ast
import re
import statistics
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "factdesk"
GUARD = re.compile(r"hasattr\(\s*settings\b")
NOT_BUILT = re.compile(r"not built yet", re.IGNORECASE)


def _sizes(paths: list[Path]) -> dict[str, float]:
    lines = sorted(len(p.read_text(encoding="utf-8").splitlines()) for p in paths)
    if not lines:
        return {"modules": 0, "median": 0, "p90": 0, "max": 0}
    return {"modules": len(lines), "median": statistics.median(lines),
            "p90": lines[min(len(lines) - 1, int(0.9 * len(lines)))], "max": lines[-1]}


def _broad(text: str) -> tuple[int, int, int]:
    """Broad handlers (`except Exception/BaseException`, bare `except`): (silent, with a stated reason, re-raising).

    "With a stated reason" is ruff's BLE001 waived by `# noqa: BLE001 - why`;
    a handler that ends in a bare `raise` (a rollback) is counted apart.
    """
    lines = text.splitlines()
    silent = reason = reraise = 0
    for node in ast.walk(ast.parse(text)):
        if not isinstance(node, ast.ExceptHandler):
            continue
        names = [n.id for n in ast.walk(node.type) if isinstance(n, ast.Name)] if node.type else ["bare"]
        if not {"Exception", "BaseException", "bare"} & set(names):
            continue
        if any(isinstance(n, ast.Raise) and n.exc is None for n in ast.walk(node)):
            reraise += 1
        elif "noqa: BLE001" in lines[node.lineno - 1]:
            reason += 1
        else:
            silent += 1
    return silent, reason, reraise


def _import_circles() -> list[list[str]]:
    """Groups of modules that import each other, directly or through others (Tarjan's algorithm)."""
    import grimp

    graph = grimp.build_graph("factdesk")
    edges = {m: sorted(i for i in graph.find_modules_directly_imported_by(m) if i.startswith("factdesk"))
             for m in sorted(graph.modules) if m.startswith("factdesk")}
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    out: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        for w in edges.get(v, []):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            part = []
            while True:
                w = stack.pop()
                part.append(w)
                if w == v:
                    break
            if len(part) > 1:
                out.append(sorted(part))

    sys.setrecursionlimit(max(sys.getrecursionlimit(), 10_000))
    for v in edges:
        if v not in index:
            visit(v)
    return out


def main(argv: list[str] | None = None) -> int:
    """Print the figures."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--top", type=int, default=5, help="list the N largest modules")
    ap.add_argument("--package", type=Path, default=PACKAGE,
                    help="another checkout's factdesk/ folder (e.g. of an older commit, from `git archive`)")
    args = ap.parse_args(argv)
    package = args.package.resolve()
    modules = sorted(p for p in package.rglob("*.py") if "_resources" not in p.parts)
    parts = {"factdesk": modules}
    for name in ("core", "gui", "cli", "training"):
        parts[name] = [p for p in modules if p.relative_to(package).parts[0] == name]
    print(f"{'part':10} {'modules':>7} {'median':>7} {'p90':>6} {'max':>6}   (lines per module)")
    for name, paths in parts.items():
        s = _sizes(paths)
        print(f"{name:10} {s['modules']:>7} {s['median']:>7g} {s['p90']:>6} {s['max']:>6}")
    texts = {p: p.read_text(encoding="utf-8") for p in modules}
    silent, reason, reraise = (sum(c) for c in zip(*(_broad(t) for t in texts.values())))
    guards = sum(len(GUARD.findall(t)) for t in texts.values())
    not_built = sum(len(NOT_BUILT.findall(t)) for t in texts.values())
    undocumented = [p for p, t in texts.items() if t.strip() and ast.get_docstring(ast.parse(t)) is None]
    print(f"\nbroad except handlers: {silent} silent, {reason} with a stated reason (`# noqa: BLE001 - why`), "
          f"{reraise} re-raising after cleanup")
    print(f"hasattr(settings, ...) guards: {guards}")
    print(f"'not built yet' branches: {not_built}")
    print(f"modules without a docstring: {len(undocumented)}"
          + ("" if not undocumented else " — " + ", ".join(str(p.relative_to(package)) for p in undocumented[:5])))
    if args.package.resolve() == PACKAGE.resolve():
        circles = _import_circles()
        print(f"import circles: {len(circles)}")
        for circle in circles:
            print(f"  {len(circle)} modules: {', '.join(circle[:6])}{' …' if len(circle) > 6 else ''}")
    print("\nlargest modules:")
    for p in sorted(modules, key=lambda p: -len(texts[p].splitlines()))[:args.top]:
        print(f"  {len(texts[p].splitlines()):>5}  {p.relative_to(package.parent)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
