"""Every public function and method of core/ carries type hints (checked by mypy in
'make test'): all its parameters and its return value."""

import ast
from pathlib import Path

CORE = Path(__file__).resolve().parents[2] / "core"


def _public_functions(tree):
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            yield node.name, node
        elif isinstance(node, ast.ClassDef) and not node.name.startswith("_"):
            for member in node.body:
                if isinstance(member, (ast.FunctionDef, ast.AsyncFunctionDef)):
                    yield f"{node.name}.{member.name}", member


def _missing(func):
    args = func.args
    params = args.posonlyargs + args.args + args.kwonlyargs
    params += [a for a in (args.vararg, args.kwarg) if a is not None]
    missing = [a.arg for a in params if a.annotation is None and a.arg not in ("self", "cls")]
    if func.returns is None:
        missing.append("return")
    return missing


def test_public_functions_of_core_have_type_hints():
    checked, offenders = 0, []
    for path in sorted(CORE.glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for name, func in _public_functions(tree):
            if name.split(".")[-1].startswith("_") and not name.endswith(".__init__"):
                continue
            checked += 1
            missing = _missing(func)
            if missing:
                offenders.append(
                    "{}:{} {} ({})".format(path.name, func.lineno, name, ", ".join(missing))
                )
    assert checked > 200  # the functions of every core module were found
    assert not offenders, offenders
