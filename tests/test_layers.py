"""The layers stay apart (issue 14): no import circle anywhere in ``game/`` (imports inside
functions count), no screen imports another screen (``game/ui/flows.py`` says which comes
next), and the App knows nothing of the self-playing demo."""
from __future__ import annotations

import ast
from pathlib import Path

GAME = Path(__file__).resolve().parents[1] / "game"


def module_name(path: Path) -> str:
    parts = path.relative_to(GAME.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports_of(path: Path, known: set[str]) -> set[str]:
    """Every game module ``path`` imports, at the top or inside a function."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            for alias in node.names:   # ``from game.ui import roundtext`` imports a module
                found.add(f"{node.module}.{alias.name}" if f"{node.module}.{alias.name}" in known else node.module)
    return {name for name in found if name in known}


def import_graph() -> dict[str, set[str]]:
    paths = {module_name(p): p for p in GAME.rglob("*.py")}
    known = set(paths)
    return {name: imports_of(path, known) - {name} for name, path in paths.items()}


def find_circle(graph: dict[str, set[str]]) -> list[str] | None:
    """One import circle, as the modules in it, or None."""
    state: dict[str, int] = {}   # 1: being visited, 2: done

    def visit(name: str, trail: list[str]) -> list[str] | None:
        state[name] = 1
        for target in sorted(graph[name]):
            if state.get(target) == 1:
                return trail[trail.index(target):] + [target] if target in trail else [name, target]
            if target not in state:
                found = visit(target, trail + [target])
                if found:
                    return found
        state[name] = 2
        return None

    for start in sorted(graph):
        if start not in state:
            found = visit(start, [start])
            if found:
                return found
    return None


def test_the_graph_sees_imports_inside_functions():
    graph = import_graph()
    assert "game.ui.flows" in graph["game.demo.runner"]        # imported inside run_demo
    assert "game.ui.confirm" in graph["game.app"]          # imported inside App.ask


def test_no_import_circle_anywhere_in_game():
    circle = find_circle(import_graph())
    assert circle is None, " -> ".join(circle)


def test_the_circle_finder_finds_a_circle():
    assert find_circle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert find_circle({"a": {"b"}, "b": set()}) is None


def test_no_screen_imports_another_screen():
    graph = import_graph()
    for name, targets in graph.items():
        if name.startswith("game.ui.scenes."):
            others = sorted(t for t in targets if t.startswith("game.ui.scenes."))
            assert not others, f"{name} imports {others}: say which screen comes next in game/ui/flows.py"


def test_the_app_imports_no_demo_code():
    graph = import_graph()
    assert not [t for t in graph["game.app"] if t.startswith("game.demo")]
    for name in graph:   # nor does any screen
        if name.startswith("game.ui."):
            assert not [t for t in graph[name] if t.startswith("game.demo")], name


def test_scenes_carry_no_demo_hooks():
    for path in (GAME / "ui").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        assert "demo_choice" not in text and "demo_wait" not in text and "demo_" not in text, path
