"""No text a user or maintainer reads may point to material they cannot open: the
development workspace's shared folder, its domain reference file, or issue numbers of the
tracker the plugin was built with. Sources are cited directly or through docs/method.md.

Checked: every tracked text file of the repository (code, README, docs, translations,
scripts, benchmarks, metadata), and the tests' own docstrings and comments.
"""

import re
import subprocess
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent.parent

PATTERNS = {
    "the shared workspace folder": re.compile(
        r"\.\./shared|\bshared/(domain|seed|realdata|conventions)\b"
    ),
    "the internal reference file": re.compile(r"REFERENCE\.md|\bREFERENCE \d"),
    "an issue number": re.compile(r"\b[Ii]ssues?\s*#?\d+|(?<![&\w])#\d{1,4}\b"),
}
BINARY = (".png", ".svg", ".qm", ".gpkg", ".ico", ".jpg", ".tif", ".zip")
#: this file names the patterns it looks for
SELF = Path(__file__).resolve().relative_to(REPO).as_posix()


def tracked_files():
    try:
        out = subprocess.run(
            ["git", "ls-files"], cwd=REPO, capture_output=True, text=True, check=True
        ).stdout.split()
    except (OSError, subprocess.CalledProcessError):  # no git: walk the tree
        out = [
            p.relative_to(REPO).as_posix()
            for p in REPO.rglob("*")
            if p.is_file() and ".git" not in p.parts and ".venv" not in p.parts
        ]
    return [f for f in out if not f.lower().endswith(BINARY) and f != SELF]


def hits(text):
    for line_no, line in enumerate(text.splitlines(), 1):
        for what, pattern in PATTERNS.items():
            if pattern.search(line):
                yield line_no, what, line.strip()


def test_patterns_catch_what_they_should():
    bad = [
        "see ../shared/domain/REFERENCE.md",
        "(REFERENCE 1.3)",
        "issue 7",
        "Issue #12",
        "fixes #12",
        "(issues 3 and 8)",
    ]
    assert all(list(hits(b)) for b in bad)
    good = [
        'color="#222222"',
        "&#13;&#10;",
        "docs/method.md",
        "a reference volume",
        "REFERENCE_VOLUME",
        "# noqa: E731",
        "#: Default",
        "STOP3013",
    ]
    assert not any(list(hits(g)) for g in good)


def test_no_internal_references_in_the_repository():
    found = []
    for name in tracked_files():
        path = REPO / name
        if not path.is_file():
            continue
        try:
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            continue
        found += [f"{name}:{n}: {line[:120]} ({what})" for n, what, line in hits(text)]
    if found:
        pytest.fail("References users cannot open:\n" + "\n".join(found))


def test_method_document_exists_with_every_algorithm():
    text = (REPO / "docs" / "method.md").read_text(encoding="utf-8")
    for name in (
        "thermalradius",
        "wellconflicts",
        "interferenceareas",
        "warmcoldzones",
        "geothermalbuffers",
        "quaypotential",
        "wastewaterheat",
        "wossiting",
        "claimconflicts",
        "exportgio",
        "validategio",
        "heatbalance",
        "addclaims",
        "createregister",
        "report",
        "runstrategy",
    ):
        assert f"`{name}`" in text, name
    assert "## Soil energy per aquifer" in text
