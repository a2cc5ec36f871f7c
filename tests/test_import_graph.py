"""The import graph of the plugin: no cycles, and each package imports only what it may.

Built with ``ast`` from the source (nothing is imported), over every module of the plugin
(the root modules and the packages core/, glue/, register/, processing/, dialogs/, gui/;
not tests/, scripts/ or benchmarks/). Imports inside functions count too: a lazy import
hides a cycle from Python, not from the reader.

What may import what (README, "How the code is organised"):

- ``core/``: the standard library, numpy, shapely, scipy and the like, and ``core/`` itself;
  never ``qgis`` or another package of the plugin;
- ``glue/``: ``core/`` and QGIS, never ``processing/``, ``dialogs/``/``gui/`` or ``register/``;
- ``register/``: ``core/``, ``glue/`` and QGIS, never ``processing/`` or ``dialogs/``/``gui/``;
- ``processing/`` and ``dialogs/``/``gui/``: anything below them.
"""

import ast
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
#: Folders at the root that are not part of the plugin.
NOT_PLUGIN = {"tests", "benchmarks", "scripts", "docs", "resources", "i18n", "build", "dist"}
#: The name of the plugin package (how the tests and QGIS import it).
PACKAGE = "bronnenstrategie"
#: Third-party packages core/ may import (pure python or numeric; no QGIS, no GDAL).
CORE_THIRD_PARTY = {"numpy", "shapely", "scipy", "matplotlib", "pyproj", "pandas"}
#: Top-level names that are QGIS (or its Qt bindings and GDAL bindings).
QGIS_NAMES = {"qgis", "PyQt5", "PyQt6", "sip", "osgeo", "processing"}
#: package -> packages of the plugin it must never import.
FORBIDDEN = {
    "glue": {"processing", "dialogs", "gui", "register"},
    "register": {"processing", "dialogs", "gui"},
}

#: Known breaches of FORBIDDEN, each to be removed by moving the code it needs: (module,
#: imported module). The test fails when one is no longer needed, so the list only shrinks.
#: (None left: the number readers glue/records.py needs are in core/values.py.)
KNOWN_BREACHES = set()


def plugin_modules(root=ROOT):
    """{dotted module name: path}; the root package is '' and its modules are top-level
    names ('plugin', 'compat'); a package's __init__ has the package's name."""
    out = {}
    for path in sorted(root.glob("*.py")):
        out["" if path.stem == "__init__" else path.stem] = path

    def walk(folder, prefix):
        for sub in sorted(folder.iterdir()):
            if not (sub.is_dir() and (sub / "__init__.py").exists()) or sub.name.startswith("."):
                continue
            if not prefix and sub.name in NOT_PLUGIN:
                continue
            name = prefix + sub.name
            for path in sorted(sub.glob("*.py")):
                out[name if path.stem == "__init__" else name + "." + path.stem] = path
            walk(sub, name + ".")

    walk(root, "")
    return out


def _join(*parts):
    return ".".join(p for p in parts if p)


def imports_of(name, path, known):
    """[(line, imported name, internal)] of a module: ``internal`` is True for a module of
    the plugin (then the name is its dotted name), False for anything else (then the
    name is the top-level package, e.g. 'qgis', 'numpy')."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    package = name if path.stem == "__init__" else name.rpartition(".")[0]
    found = []

    def internal(target, line, names):
        # "from .x import y": y is a module when the plugin has one of that name
        modules = [_join(target, n) for n in names if _join(target, n) in known]
        if len(modules) < len(names) and target in known:
            modules.append(target)
        for module in modules or [target]:
            found.append((line, module, True))

    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                top, _, rest = alias.name.partition(".")
                if top == PACKAGE:
                    internal(rest, node.lineno, [])
                else:
                    found.append((node.lineno, top, False))
        elif isinstance(node, ast.ImportFrom):
            names = [a.name for a in node.names if a.name != "*"]
            if node.level:
                base = package.split(".") if package else []
                base = base[: len(base) - (node.level - 1)] if node.level > 1 else base
                internal(_join(".".join(base), node.module or ""), node.lineno, names)
            else:
                top, _, rest = (node.module or "").partition(".")
                if top == PACKAGE:
                    internal(rest, node.lineno, names)
                else:
                    found.append((node.lineno, top, False))
    return found


def build_graph(root=ROOT):
    """(modules, {module: {imported module: first line}}, {module: [(line, external)]})."""
    modules = plugin_modules(root)
    graph, external = {}, {}
    for name, path in modules.items():
        graph[name], external[name] = {}, []
        for line, target, is_internal in imports_of(name, path, modules):
            if is_internal:
                if target != name:
                    graph[name].setdefault(target, line)
            else:
                external[name].append((line, target))
    return modules, graph, external


def find_cycle(graph):
    """One cycle [a, b, ..., a] of the graph, or None (iterative depth-first search)."""
    state = {}
    for start in sorted(graph):
        if state.get(start):
            continue
        stack = [(start, iter(sorted(graph[start])))]
        path = [start]
        state[start] = 1  # on the current path
        while stack:
            node, children = stack[-1]
            child = next(children, None)
            if child is None:
                stack.pop()
                path.pop()
                state[node] = 2  # done
                continue
            if child not in graph:
                continue
            if state.get(child) == 1:
                return path[path.index(child) :] + [child]
            if not state.get(child):
                state[child] = 1
                path.append(child)
                stack.append((child, iter(sorted(graph[child]))))
    return None


def _label(name):
    return name or "__init__"


def _where(modules, name, line):
    return f"{modules[name].relative_to(ROOT)}:{line}"


@pytest.fixture(scope="module")
def graph():
    return build_graph()


def test_the_graph_covers_the_plugin(graph):
    modules, edges, _ = graph
    for name in (
        "plugin",
        "core",
        "core.claims",
        "core.claim_schema",
        "register.base",
        "register.geopackage",
        "register.postgis",
        "register.qgis_layer",
        "processing.ruimteclaims.addclaims",
    ):
        assert name in modules, name
    assert not any(name.startswith(("tests", "scripts", "benchmarks")) for name in modules)
    # relative imports of every level are resolved to the module they name
    assert "core.claim_schema" in edges["core.claims"]
    assert "register.base" in edges["register.geopackage"]
    assert "register" in edges["processing.ruimteclaims.addclaims"]
    assert "core.claim_schema" in edges["register.postgis"]


def test_there_is_no_import_cycle(graph):
    modules, edges, _ = graph
    cycle = find_cycle(edges)
    if cycle:
        steps = [
            f"{_label(a)} ({_where(modules, a, edges[a][b])})" for a, b in zip(cycle, cycle[1:])
        ]
        pytest.fail("import cycle: " + " -> ".join(steps + [_label(cycle[-1])]))


def test_core_imports_no_qgis_and_nothing_outside_core(graph):
    modules, edges, external = graph
    stdlib = set(sys.stdlib_module_names)
    bad = []
    for name in modules:
        if not (name == "core" or name.startswith("core.")):
            continue
        for target, line in edges[name].items():
            if not (target == "core" or target.startswith("core.")):
                bad.append(f"{_where(modules, name, line)} imports {_label(target)}")
        for line, top in external[name]:
            if top in QGIS_NAMES or (top not in stdlib and top not in CORE_THIRD_PARTY):
                bad.append(f"{_where(modules, name, line)} imports {top}")
    assert not bad, "\n".join(bad)


@pytest.mark.parametrize("package", sorted(FORBIDDEN))
def test_package_imports_only_what_it_may(graph, package):
    modules, edges, _ = graph
    bad, known = [], set()
    for name in modules:
        if name.split(".")[0] != package:
            continue
        for target, line in edges[name].items():
            if target.split(".")[0] in FORBIDDEN[package]:
                if (name, target) in KNOWN_BREACHES:
                    known.add((name, target))
                else:
                    bad.append(f"{_where(modules, name, line)} imports {target}")
    assert not bad, "\n".join(bad)
    gone = {b for b in KNOWN_BREACHES if b[0].split(".")[0] == package} - known
    assert not gone, f"no longer needed, remove from KNOWN_BREACHES: {sorted(gone)}"


def _write(root, files):
    for relative, text in files.items():
        path = root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


def test_the_checks_find_a_cycle_and_a_forbidden_import(tmp_path):
    """The checks themselves: a made-up plugin with a lazy cycle two packages deep and a
    core module that imports qgis and the register."""
    _write(
        tmp_path,
        {
            "__init__.py": "",
            "plugin.py": "from .register import store\n",
            "core/__init__.py": "",
            "core/calc.py": "import math\nimport numpy\nfrom qgis.core import QgsGeometry\n"
            "from ..register import store\n",
            "register/__init__.py": "",
            "register/store.py": "def f():\n    from ..processing.alg import x\n",
            "processing/__init__.py": "",
            "processing/alg.py": "from ..register import store\n"
            "from bronnenstrategie.core import nothing\n",
            "tests/test_x.py": "from bronnenstrategie import plugin\n",
        },
    )
    modules, edges, external = build_graph(tmp_path)
    assert sorted(modules) == [
        "",
        "core",
        "core.calc",
        "plugin",
        "processing",
        "processing.alg",
        "register",
        "register.store",
    ]
    assert edges["plugin"] == {"register.store": 1}
    assert edges["core.calc"] == {"register.store": 4}
    assert edges["processing.alg"] == {"register.store": 1, "core": 2}
    assert external["core.calc"] == [(1, "math"), (2, "numpy"), (3, "qgis")]
    cycle = find_cycle(edges)
    assert cycle == ["register.store", "processing.alg", "register.store"]
    assert find_cycle({"a": {"b": 1}, "b": {"c": 1}, "c": {}}) is None
