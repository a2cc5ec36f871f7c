#!/usr/bin/env python3
"""List the functions and methods of the plugin longer than a limit (default 80 lines).

    python3 scripts/function_lengths.py [--limit 80] [--all]

Counts the lines from the ``def`` line to the function's last line (docstring and comments
included), over every module of the plugin except tests, benchmarks and scripts. Exit code
0; the list is for reviews and for tracking the redesign.
"""

import argparse
import ast
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SKIP = {"tests", "benchmarks", "scripts", ".venv", ".venv-compat", ".git", "i18n", "resources"}


def modules():
    for path in sorted(REPO.rglob("*.py")):
        rel = path.relative_to(REPO)
        if rel.parts[0] in SKIP or rel.parts[0].startswith(".") or "__pycache__" in rel.parts:
            continue
        yield rel


def functions(rel):
    tree = ast.parse((REPO / rel).read_text(encoding="utf-8"), filename=str(rel))
    stack = [(tree, "")]
    while stack:
        node, prefix = stack.pop()
        for child in ast.iter_child_nodes(node):
            if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef)):
                name = prefix + child.name
                yield name, child.lineno, child.end_lineno - child.lineno + 1
                stack.append((child, name + "."))
            elif isinstance(child, ast.ClassDef):
                stack.append((child, prefix + child.name + "."))


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=80)
    args = parser.parse_args(argv)
    rows = []
    total = 0
    for rel in modules():
        for name, line, length in functions(rel):
            total += 1
            if length > args.limit:
                rows.append((length, f"{rel}:{line}", name))
    for length, where, name in sorted(rows, reverse=True):
        print(f"{length:5d}  {where}  {name}")
    print(f"{len(rows)} of {total} functions longer than {args.limit} lines")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
