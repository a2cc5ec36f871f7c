#!/usr/bin/env python3
"""Make the plugin's code ready for QGIS 4 (Qt6) while it keeps running on QGIS 3.22, and
list what cannot be rewritten mechanically.

    python3 scripts/qt6_rewrite.py            # rewrite every module in place, then report
    python3 scripts/qt6_rewrite.py --check    # only report (exit 1 on findings)
    python3 scripts/qt6_rewrite.py FILE ...   # only these files

Run it with the Python that has QGIS (``/usr/bin/python3`` on Debian): enum values are
resolved with the installed PyQt and QGIS. It is idempotent: a second run changes nothing.
The rewrite, on every non-test module of the repository:

- Qt and QGIS enum values written fully scoped: ``Qt.AlignLeft`` becomes
  ``Qt.AlignmentFlag.AlignLeft``, ``QDialogButtonBox.Ok`` becomes
  ``QDialogButtonBox.StandardButton.Ok`` (the enum's name as the installed QGIS gives it);
- the spellings that changed between QGIS versions go through compat.py: ``QVariant.Double``
  (a field type) becomes ``FieldType.Double``, ``QgsProcessing.TypeVectorPolygon`` becomes
  ``SourceType.VectorPolygon``, ``QgsWkbTypes.MultiPolygon`` becomes ``WkbType.MultiPolygon``,
  ``QgsWkbTypes.PolygonGeometry`` becomes ``GeometryType.Polygon``, and ``QAction`` is
  imported from compat.py; the import of compat is added and imports no longer used are
  removed;
- ``exec_()`` becomes ``exec()``, ``PyQt5``/``PyQt6`` imports become ``qgis.PyQt`` imports,
  ``import sip`` becomes ``from qgis.PyQt import sip``, ``QVariant()`` (NULL) becomes
  ``NULL`` from qgis.core, ``activated[str]`` becomes ``textActivated``.

Reported, not rewritten (they need a person): ``QRegExp`` (use QRegularExpression),
``QDesktopWidget`` (use QScreen), ``resources_rc`` (use file paths), and enum values or
attributes the installed QGIS does not know. tests/test_qt6_readiness.py runs ``scan`` on
every module and fails on any finding, with file:line.
"""

import argparse
import ast
import enum
import importlib
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
COMPAT = "compat.py"
COMPAT_NAMES = ("FieldType", "SourceType", "WkbType", "GeometryType", "QAction")
# folders that are not part of the plugin's code: not scanned
SKIP_DIRS = {
    "tests",
    ".venv",
    ".venv-compat",
    ".roots",
    ".git",
    "out",
    "dist",
    "i18n",
    "resources",
    "__pycache__",
    ".pytest_cache",
    ".ruff_cache",
    ".hypothesis",
}
FORBIDDEN_NAMES = {
    "QRegExp": "QRegExp is gone in Qt6: use QRegularExpression",
    "QDesktopWidget": "QDesktopWidget is gone in Qt6: use QScreen (QGuiApplication.screens())",
}
# QgsWkbTypes.GeometryType value -> Qgis.GeometryType value (compat.GeometryType)
GEOMETRY_TYPES = {
    "PointGeometry": "Point",
    "LineGeometry": "Line",
    "PolygonGeometry": "Polygon",
    "UnknownGeometry": "Unknown",
    "NullGeometry": "Null",
}


class Finding:
    def __init__(self, path, line, message, fix=None):
        self.path, self.line, self.message, self.fix = path, line, message, fix

    def __str__(self):
        return f"{self.path}:{self.line}: {self.message}"


def modules(root=REPO):
    """Every non-test Python module of the repository (tracked or not), sorted."""
    found = []
    for path in sorted(root.iterdir()):
        if path.name in SKIP_DIRS or path.name.startswith("."):
            continue
        if path.is_dir():
            found.extend(modules(path))
        elif path.suffix == ".py":
            found.append(path)
    return found


def in_plugin_package(path):
    """Part of the plugin's package (imports compat.py relatively), not scripts/benchmarks.
    A file outside the repository counts as a module beside compat.py."""
    if not path.resolve().is_relative_to(REPO):
        return path.name != COMPAT
    rel = path.resolve().relative_to(REPO)
    return rel.parts[0] not in ("scripts", "benchmarks") and rel.name != COMPAT


def compat_import(path):
    """The relative import of compat.py from ``path``: 'from ..compat import'."""
    if not path.resolve().is_relative_to(REPO):
        return "from .compat import"
    depth = len(path.resolve().relative_to(REPO).parts) - 1
    return "from {}compat import".format("." * (depth + 1))


def _is_enum_value(value):
    if isinstance(value, enum.Enum):
        return True
    meta = type(type(value))
    return meta.__name__ in ("enumtype", "EnumType") and meta.__module__ in (
        "sip",
        "PyQt5.sip",
        "PyQt6.sip",
    )


def _imported_names(tree):
    """name -> (module, attribute) of every 'from qgis... import X' / PyQt import."""
    names = {}
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.ImportFrom)
            and node.module
            and node.level == 0
            and (node.module.startswith("qgis") or node.module.startswith("PyQt"))
        ):
            for alias in node.names:
                names[alias.asname or alias.name] = (node.module, alias.name)
    return names


def _resolve(module, attribute):
    try:
        return getattr(importlib.import_module(module), attribute)
    except (ImportError, AttributeError):
        return None


def _chain(node):
    """['Qt', 'AlignmentFlag', 'AlignLeft'] of an attribute chain on a name, else None."""
    parts = []
    while isinstance(node, ast.Attribute):
        parts.append(node.attr)
        node = node.value
    if isinstance(node, ast.Name):
        parts.append(node.id)
        return parts[::-1]
    return None


class _Scanner(ast.NodeVisitor):
    def __init__(self, path, source, tree):
        self.path = path
        self.rel = path.resolve().relative_to(REPO) if path.resolve().is_relative_to(REPO) else path
        self.source = source
        self.lines = source.splitlines(keepends=True)
        self.tree = tree
        self.imported = _imported_names(tree)
        self.bindings = {}  # name -> the first (outermost) import binding it
        for node in ast.walk(tree):
            if isinstance(node, (ast.Import, ast.ImportFrom)):
                for alias in node.names:
                    self.bindings.setdefault(alias.asname or alias.name.split(".")[0], node)
        self.findings = []
        self.edits = []  # (start, end, text) in absolute offsets
        self.needs_compat = set()
        self.needs_null = False
        self.needs_core = set()  # names to import from qgis.core
        self.is_compat = path.name == COMPAT and path.resolve().parent == REPO
        self.package = in_plugin_package(path)
        self._offsets = [0]
        for line in self.lines:
            self._offsets.append(self._offsets[-1] + len(line))

    def offset(self, line, col):
        # ast columns are UTF-8 byte offsets
        text = self.lines[line - 1].encode("utf-8")[:col].decode("utf-8", errors="replace")
        return self._offsets[line - 1] + len(text)

    def span(self, node):
        return (
            self.offset(node.lineno, node.col_offset),
            self.offset(node.end_lineno, node.end_col_offset),
        )

    def anchor(self, name):
        """Where the compat import for a use of ``name`` goes: None (the module's top) when
        ``name`` is imported at the top, else the line of the local import that binds it (a
        module that imports QGIS only inside functions keeps doing so)."""
        node = self.bindings.get(name)
        return None if node is None or node in self.tree.body else node.lineno

    def add(self, node, message, replacement=None, compat=None, root=None):
        self.findings.append(Finding(self.rel, node.lineno, message, replacement))
        if replacement is not None:
            start, end = self.span(node)
            self.edits.append((start, end, replacement))
            if compat:
                self.needs_compat.add((compat, self.anchor(root)))

    # -- imports ------------------------------------------------------------------------
    def visit_Import(self, node):  # noqa: N802
        for alias in node.names:
            if alias.name.split(".")[0] in ("PyQt5", "PyQt6"):
                self.add(node, f"import {alias.name}: import from qgis.PyQt instead")
            elif alias.name == "sip":
                self.add(
                    node,
                    "import sip: use 'from qgis.PyQt import sip'",
                    None if alias.asname else "from qgis.PyQt import sip",
                )
            elif alias.name.split(".")[-1] in ("resources_rc", "resources"):
                self.add(
                    node, f"import {alias.name}: Qt resource files are gone in Qt6; use file paths"
                )

    def visit_ImportFrom(self, node):  # noqa: N802
        module = node.module or ""
        if node.level == 0 and module.split(".")[0] in ("PyQt5", "PyQt6"):
            new = "qgis.PyQt" + module[len(module.split(".")[0]) :]
            start, end = self.span(node)
            text = self.source[start:end].replace(module, new, 1)
            self.add(node, f"from {module} import: import from {new} instead", text)
        for alias in node.names:
            if alias.name in ("resources_rc",) or module.endswith("resources_rc"):
                self.add(node, "resources_rc: Qt resource files are gone in Qt6; use file paths")
            if (
                alias.name == "QAction"
                and not self.is_compat
                and module in ("qgis.PyQt.QtWidgets", "qgis.PyQt.QtGui")
            ):
                self.add(
                    node,
                    f"QAction from {module}: it is in QtWidgets with Qt5 and in QtGui "
                    "with Qt6; import it from compat.py",
                )
                if self.package:
                    self.needs_compat.add(
                        ("QAction", None if node in self.tree.body else node.lineno)
                    )
                    self._drop_import.add(("QAction", module))
        self.generic_visit(node)

    # -- calls ----------------------------------------------------------------------------
    def visit_Call(self, node):  # noqa: N802
        func = node.func
        if isinstance(func, ast.Attribute) and func.attr == "exec_":
            start, end = self.span(func)
            # the attribute name is at the end of func's span
            self.findings.append(Finding(self.rel, node.lineno, "exec_(): use exec()"))
            self.edits.append((end - len("exec_"), end, "exec"))
        if (
            isinstance(func, ast.Name)
            and func.id == "QVariant"
            and not node.args
            and not node.keywords
        ):
            self.add(node, "QVariant() as NULL: use NULL from qgis.core", "NULL")
            self.needs_null = True
        self.generic_visit(node)

    def visit_Subscript(self, node):  # noqa: N802
        if (
            isinstance(node.value, ast.Attribute)
            and node.value.attr == "activated"
            and isinstance(node.slice, ast.Name)
            and node.slice.id == "str"
        ):
            start, end = self.span(node.value)
            text = self.source[start:end]
            self.add(
                node,
                "activated[str]: gone in Qt6, use textActivated",
                text[: -len("activated")] + "textActivated",
            )
        self.generic_visit(node)

    def visit_Name(self, node):  # noqa: N802
        if node.id in FORBIDDEN_NAMES and node.id in self.imported:
            self.add(node, FORBIDDEN_NAMES[node.id])

    # -- enum values ------------------------------------------------------------------------
    def visit_Attribute(self, node):  # noqa: N802
        chain = _chain(node)
        if chain is None or chain[0] not in self.imported:
            self.generic_visit(node)
            return
        if self.is_compat:
            return
        module, attribute = self.imported[chain[0]]
        obj = _resolve(module, attribute)
        if obj is None:
            return
        parent = obj
        for i, name in enumerate(chain[1:], start=1):
            try:
                value = getattr(parent, name)
            except AttributeError:
                self.add(
                    node, "{} does not exist in this QGIS/PyQt".format(".".join(chain[: i + 1]))
                )
                return
            if _is_enum_value(value):
                self._enum_value(node, chain, i, parent, value)
                return
            parent = value
        # a chain ending on a class or function: nothing to check

    def _enum_value(self, node, chain, i, parent, value):
        enum_class = type(value)
        enum_name = enum_class.__name__
        written = ".".join(chain[: i + 1])
        owner, member = chain[i - 1], chain[i]
        root_module = self.imported[chain[0]][0]
        # the spellings that changed between versions: through compat.py
        if chain[0] == "QVariant" and root_module == "qgis.PyQt.QtCore" and enum_name == "Type":
            return self._compat(node, chain, i, "FieldType", member)
        if chain[0] == "QgsProcessing" and enum_name in ("SourceType", "ProcessingSourceType"):
            name = (
                member[len("Type") :] if member.startswith("Type") and member != "Type" else member
            )
            return self._compat(node, chain, i, "SourceType", name)
        if chain[0] == "QgsWkbTypes" and enum_name in ("Type", "WkbType"):
            return self._compat(node, chain, i, "WkbType", member)
        if chain[0] == "QgsWkbTypes" and enum_name == "GeometryType":
            return self._compat(node, chain, i, "GeometryType", GEOMETRY_TYPES.get(member, member))
        if parent is enum_class:
            return  # written scoped
        target = self._chain_node(node, len(chain) - 1 - i)
        # the enum's name as reachable from the owner: its own name, or an alias of it
        names = [enum_name] + sorted(
            n for n in dir(parent) if n != enum_name and getattr(parent, n, None) is enum_class
        )
        for name in names:
            scoped_class = getattr(parent, name, None)
            candidate = getattr(scoped_class, member, None) if scoped_class is not None else None
            if type(candidate) is enum_class and candidate == value:
                scoped = ".".join(chain[:i] + [name, member])
                self.add(target, f"{written} is not scoped: write {scoped}", scoped)
                return
        # an enum moved to another class (e.g. to Qgis): its own class and member name
        qualname = getattr(enum_class, "__qualname__", enum_name).split(".")
        outer = (
            importlib.import_module("qgis.core")
            if qualname[0].startswith("Qgs") or qualname[0] == "Qgis"
            else None
        )
        holder = getattr(outer, qualname[0], None) if outer is not None else None
        for part in qualname[1:]:
            holder = getattr(holder, part, None)
        if holder is enum_class:
            names = [
                n
                for n in dir(enum_class)
                if not n.startswith("_") and getattr(enum_class, n, None) is value
            ]
            if names:
                scoped = ".".join(qualname + [names[0]])
                self.add(target, f"{written} is not scoped: write {scoped}", scoped)
                self.needs_core.add(qualname[0])
                return
        self.add(
            target,
            f"{written} is not scoped, and {owner}.{enum_name}.{member} does not exist: "
            "write the enum value fully scoped",
        )

    def _chain_node(self, node, up):
        """The attribute node ``up`` levels inside ``node`` (for a chain longer than the value)."""
        for _ in range(up):
            node = node.value
        return node

    def _compat(self, node, chain, i, compat_name, member):
        target = self._chain_node(node, len(chain) - 1 - i)
        written = ".".join(chain[: i + 1])
        new = f"{compat_name}.{member}"
        if not self.package:
            self.add(
                target,
                f"{written}: its spelling changed between QGIS versions; use {new} from "
                "compat.py",
            )
            return
        self.add(
            target,
            f"{written}: its spelling changed between QGIS versions: {new} (compat.py)",
            new,
            compat=compat_name,
            root=chain[0],
        )

    def run(self):
        self._drop_import = set()
        self.visit(self.tree)
        return self


def _apply(source, edits):
    # the outermost edit wins where edits overlap
    chosen = []
    for start, end, text in sorted(edits, key=lambda e: (e[0], -(e[1] - e[0]))):
        if chosen and start < chosen[-1][1]:
            continue
        chosen.append((start, end, text))
    for start, end, text in reversed(chosen):
        source = source[:start] + text + source[end:]
    return source


def _used_names(tree):
    used = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Name):
            used.add(node.id)
        elif isinstance(node, ast.Attribute):
            chain = _chain(node)
            if chain:
                used.add(chain[0])
    # names listed in __all__ count as used
    return used


def _format_import(prefix, names, indent, width=100, one_per_line=False):
    line = "{}{} {}\n".format(indent, prefix, ", ".join(names))
    if one_per_line:
        return "{}{} (\n{}{})\n".format(
            indent, prefix, "".join(f"{indent}    {n},\n" for n in names), indent
        )
    if len(line) <= width:
        return line
    out = f"{indent}{prefix} (\n"
    current = indent + "    "
    for name in names:
        piece = name + ","
        if len(current) + len(piece) + 1 > width and current.strip():
            out += current.rstrip() + "\n"
            current = indent + "    "
        current += piece + " "
    out += current.rstrip() + "\n" + indent + ")\n"
    return out


def _fix_imports(path, source, needs_compat, needs_null, dropped, needs_core=()):
    """Add the compat import (and NULL), drop the imports no longer used."""
    tree = ast.parse(source)
    used = _used_names(tree)
    needs_core = set(needs_core)
    lines = source.splitlines(keepends=True)
    edits = []
    compat_prefix = compat_import(path)
    existing_compat = None
    for node in tree.body:
        if isinstance(node, ast.ImportFrom) and node.module == "compat" and node.level >= 1:
            existing_compat = node
    droppable = {"QVariant", "QgsWkbTypes", "QgsProcessing", "QAction", "QMetaType"}
    for node in ast.walk(tree):
        if not isinstance(node, ast.ImportFrom) or not node.module or node.level != 0:
            continue
        if not (node.module.startswith("qgis") or node.module.startswith("PyQt")):
            continue
        keep = []
        changed = False
        for alias in node.names:
            bound = alias.asname or alias.name
            if (alias.name in droppable and bound not in used) or (
                alias.name,
                node.module,
            ) in dropped:
                changed = True
                continue
            keep.append(alias.name if not alias.asname else f"{alias.name} as {alias.asname}")
        if node.module == "qgis.core" and node in tree.body:
            present = {a.asname or a.name for a in node.names}
            for name in sorted(needs_core - present):
                keep.append(name)
                changed = True
            needs_core = set()
            if needs_null and "NULL" not in present:
                keep.append("NULL")
                changed = True
            needs_null = False
            original = [a.name for a in node.names]
            if changed and original == sorted(original, key=str.lower):
                keep = sorted(keep, key=str.lower)
        if not changed:
            continue
        start = sum(len(x) for x in lines[: node.lineno - 1])
        end = sum(len(x) for x in lines[: node.end_lineno])
        indent = lines[node.lineno - 1][
            : len(lines[node.lineno - 1]) - len(lines[node.lineno - 1].lstrip())
        ]
        multi = node.end_lineno > node.lineno and len(keep) > 1
        text = (
            _format_import(f"from {node.module} import", keep, indent, one_per_line=multi)
            if keep
            else (indent + "pass\n" if _only_statement(tree, node) else "")
        )
        edits.append((start, end, text))
    if needs_null or needs_core:  # no top-level 'from qgis.core import': add one
        names = sorted(needs_core | ({"NULL"} if needs_null else set()))
        edits.append(
            _insert_after_imports(tree, lines, _format_import("from qgis.core import", names, ""))
        )
    local = {}
    for name, line in needs_compat:
        if line is not None:
            local.setdefault(line, set()).add(name)
    for line, names in sorted(local.items()):
        node = next(
            n
            for n in ast.walk(tree)
            if isinstance(n, (ast.Import, ast.ImportFrom)) and n.lineno == line
        )
        indent = lines[line - 1][: len(lines[line - 1]) - len(lines[line - 1].lstrip())]
        pos = sum(len(x) for x in lines[: node.end_lineno])
        edits.append((pos, pos, _format_import(compat_prefix, sorted(names), indent)))
    needs_compat = {name for name, line in needs_compat if line is None}
    if needs_compat:
        names = set(needs_compat)
        if existing_compat is not None:
            names |= {a.name for a in existing_compat.names}
            start = sum(len(x) for x in lines[: existing_compat.lineno - 1])
            end = sum(len(x) for x in lines[: existing_compat.end_lineno])
            edits.append((start, end, _format_import(compat_prefix, sorted(names), "")))
        else:
            edits.append(
                _insert_compat_import(
                    tree,
                    lines,
                    compat_prefix.count("."),
                    _format_import(compat_prefix, sorted(names), ""),
                )
            )
    return _apply(source, edits)


def _only_statement(tree, target):
    for node in ast.walk(tree):
        for field in ("body", "orelse", "finalbody"):
            body = getattr(node, field, None)
            if isinstance(body, list) and target in body:
                return len(body) == 1
    return False


def _insert_after_imports(tree, lines, text):
    """An edit inserting ``text`` after the last top-level import of the first import block
    that imports from qgis (else after the last top-level import, else after the docstring)."""
    last = None
    for node in tree.body:
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            last = node
        elif last is not None and not isinstance(node, ast.Expr):
            break
    if last is None:
        first = tree.body[0] if tree.body else None
        if (
            first is not None
            and isinstance(first, ast.Expr)
            and isinstance(getattr(first, "value", None), ast.Constant)
        ):
            last = first
    pos = sum(len(x) for x in lines[: last.end_lineno]) if last is not None else 0
    return (pos, pos, text)


def _insert_compat_import(tree, lines, level, text):
    """An edit inserting the compat import among the top-level relative imports, in the
    order of the repository's isort (more dots first, then by module), else after the last
    top-level import (a blank line after absolute imports)."""
    key = (-level, "compat")
    relative = [n for n in tree.body if isinstance(n, ast.ImportFrom) and n.level > 0]
    for node in relative:
        if (-node.level, node.module or "") > key:
            pos = sum(len(x) for x in lines[: node.lineno - 1])
            return (pos, pos, text)
    if relative:
        pos = sum(len(x) for x in lines[: relative[-1].end_lineno])
        return (pos, pos, text)
    pos, _, _ = _insert_after_imports(tree, lines, text)
    return (pos, pos, "\n" + text)


def scan(path):
    """Findings in one module (``Finding`` objects with path, line and message)."""
    source = Path(path).read_text(encoding="utf-8")
    return _Scanner(Path(path), source, ast.parse(source)).run().findings


def rewrite(path):
    """Rewrite one module in place; returns the findings that remain after the rewrite."""
    path = Path(path)
    source = path.read_text(encoding="utf-8")
    for _ in range(3):  # the import edits can make new chains resolvable: repeat to a fixpoint
        scanner = _Scanner(path, source, ast.parse(source)).run()
        if (
            not scanner.edits
            and not scanner.needs_compat
            and not scanner._drop_import
            and not scanner.needs_core
        ):
            break
        new = _apply(source, scanner.edits)
        new = _fix_imports(
            path,
            new,
            scanner.needs_compat,
            scanner.needs_null,
            scanner._drop_import,
            scanner.needs_core,
        )
        if new == source:
            break
        ast.parse(new)  # never write broken code
        source = new
    if source != path.read_text(encoding="utf-8"):
        path.write_text(source, encoding="utf-8")
    return [f for f in scan(path)]


def test_modules(root=REPO):
    """The tests: only their exec_() calls and monkeypatched exec_ follow the rewrite."""
    return sorted((root / "tests").rglob("*.py")) if (root / "tests").is_dir() else []


def rewrite_test(path):
    """In a test module: ``x.exec_()`` becomes ``x.exec()`` and ``setattr(X, "exec_", f)``
    (monkeypatch) becomes ``setattr(X, "exec", f)``, as in the rewritten plugin code."""
    path = Path(path)
    source = path.read_text(encoding="utf-8")
    scanner = _Scanner(path, source, ast.parse(source))
    edits = []
    for node in ast.walk(scanner.tree):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        if isinstance(func, ast.Attribute) and func.attr == "exec_":
            end = scanner.span(func)[1]
            edits.append((end - len("exec_"), end, "exec"))
        if (
            isinstance(func, ast.Attribute)
            and func.attr == "setattr"
            and len(node.args) >= 2
            and isinstance(node.args[1], ast.Constant)
            and node.args[1].value == "exec_"
        ):
            start, end = scanner.span(node.args[1])
            quote = source[start]
            edits.append((start, end, quote + "exec" + quote))
    if edits:
        new = _apply(source, edits)
        ast.parse(new)
        path.write_text(new, encoding="utf-8")
    return bool(edits)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--check", action="store_true", help="report only, change nothing")
    args = parser.parse_args(argv)
    files = [f.resolve() for f in args.files] or modules()
    before = {f: f.read_text(encoding="utf-8") for f in files}
    findings = []
    for path in files:
        findings.extend(scan(path) if args.check else rewrite(path))
    if not args.files and not args.check:
        for path in test_modules():
            text = path.read_text(encoding="utf-8")
            if rewrite_test(path):
                files.append(path)
                before[path] = text
    changed = [f for f in files if f.read_text(encoding="utf-8") != before[f]]
    for path in changed:
        print(f"rewritten: {path.relative_to(REPO)}")
    for finding in findings:
        print(finding)
    if changed and not args.check:
        ruff = REPO / ".venv" / "bin" / "ruff"
        if ruff.exists():  # the import order, layout and line length the repository's ruff wants
            files = [str(f) for f in changed]
            for command in (["check", "--fix", "--exit-zero", "--quiet"], ["format", "--quiet"]):
                subprocess.run([str(ruff), *command, *files], cwd=REPO, check=False)
    print(f"qt6_rewrite: {len(changed)} files rewritten, {len(findings)} findings left")
    return 1 if findings else 0


if __name__ == "__main__":
    sys.exit(main())
