"""One set of translation helpers for the whole plugin: no module defines its own tr(),
translate() or QT_TRANSLATE_NOOP (they would drift apart in context and behaviour)."""

import ast
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
HELPERS = {"tr", "_tr", "translate", "QT_TRANSLATE_NOOP"}
#: Where the helpers live: the glue module, and the marker for the pure core.
ALLOWED = {"translation.py": {"tr", "translate"}, "core/translation.py": {"QT_TRANSLATE_NOOP"}}


def plugin_sources():
    for path in sorted(REPO.rglob("*.py")):
        rel = path.relative_to(REPO).as_posix()
        if rel.split("/")[0] in {"tests", "scripts", "benchmarks", ".venv", "build", "dist"}:
            continue
        if "__pycache__" in rel or "/." in "/" + rel:
            continue
        yield rel, path


def test_no_module_defines_its_own_translation_helper():
    found = []
    checked = 0
    for rel, path in plugin_sources():
        checked += 1
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in tree.body:  # module-level functions (methods: see below)
            if (
                isinstance(node, ast.FunctionDef)
                and node.name in HELPERS
                and node.name not in ALLOWED.get(rel, set())
            ):
                found.append(f"{rel}: def {node.name}")
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef) and node.name != "Translatable":
                found += [
                    f"{rel}: {node.name}.{item.name}"
                    for item in node.body
                    if isinstance(item, ast.FunctionDef) and item.name in HELPERS
                ]
    assert checked > 40  # the plugin's modules were seen
    assert found == []


def test_the_marker_returns_the_text():
    from bronnenstrategie.core.translation import QT_TRANSLATE_NOOP

    assert QT_TRANSLATE_NOOP("claims", "A name is required.") == "A name is required."
