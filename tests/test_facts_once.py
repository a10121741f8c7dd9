"""Facts written once (issue 18): the core's modules import each other without a cycle, even through imports
made inside a function to dodge one, and the facts the issue names live in one module each."""

from __future__ import annotations

import ast
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PACKAGE = REPO / "snowball"


def _module(path: Path) -> str:
    parts = path.relative_to(REPO).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _type_checking_only(tree: ast.Module) -> set[ast.AST]:
    """Imports under `if TYPE_CHECKING:`: never run, so they cannot make a cycle."""
    out: set[ast.AST] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            out.update(n for child in node.body for n in ast.walk(child))
    return out


def imports_at_run_time() -> dict[str, set[str]]:
    """Every snowball module -> the snowball modules it imports when it runs (at the top or in a function)."""
    found: dict[str, set[str]] = {}
    for path in PACKAGE.rglob("*.py"):
        name = _module(path)
        package = name if path.name == "__init__.py" else name.rsplit(".", 1)[0]
        tree = ast.parse(path.read_text(encoding="utf-8"))
        skipped = _type_checking_only(tree)
        targets: set[str] = set()
        for node in ast.walk(tree):
            if node in skipped:
                continue
            if isinstance(node, ast.ImportFrom) and node.level:
                base = package.split(".")[: len(package.split(".")) - (node.level - 1)]
                target = ".".join(base + ([node.module] if node.module else []))
                targets.update([target] if node.module else [f"{target}.{a.name}" for a in node.names])
            elif isinstance(node, ast.Import):
                targets.update(a.name for a in node.names if a.name.startswith("snowball."))
        found[name] = targets
    modules = set(found)

    def known(target: str) -> str:
        while target and target not in modules:
            target = target.rpartition(".")[0]
        return target

    return {m: {known(t) for t in ts} - {"", m} for m, ts in found.items()}


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected groups of more than one module (Tarjan), each sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    out: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        for w in sorted(graph[v]):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            group = []
            while True:
                w = stack.pop()
                group.append(w)
                if w == v:
                    break
            if len(group) > 1:
                out.append(sorted(group))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return out


def test_no_module_of_the_core_imports_itself_back() -> None:
    """body -> scaffold -> hub -> body was dodged by an import inside a function; the body template now lives in
    the contract, which everyone reads and which reads nobody of theirs."""
    assert cycles(imports_at_run_time()) == []


def test_the_body_template_is_the_contracts() -> None:
    graph = imports_at_run_time()
    assert "snowball.scaffold" not in graph["snowball.body"]
    assert {"snowball.hub", "snowball.scaffold", "snowball.body"}.isdisjoint(graph["snowball.contract"])
