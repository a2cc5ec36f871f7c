"""scripts/package.py checks the plugin zip as plugins.qgis.org checks an upload."""

import zipfile

import package

ABOUT = (
    "Bronnenstrategie turns a municipality's heat-source strategy into maps, numbers and "
    "spatial claims, with Processing algorithms for every source."
)
METADATA = """[general]
name=Bronnenstrategie
qgisMinimumVersion=3.22
qgisMaximumVersion=4.99
supportsQt6=True
description=Plan clean heat sources for a municipality.
about={about}
version=0.1.0
author=Bronnenstrategie developers
email={email}
homepage={homepage}
tracker={tracker}
repository={repository}
icon=resources/icons/bronnenstrategie.svg
experimental=True
changelog=0.1.0 - First release.
"""


def _zip(path, files):
    with zipfile.ZipFile(path, "w") as zf:
        for name, data in files.items():
            zf.writestr(name, data)
    return path


def _plugin(email="", homepage="", tracker="", repository="", **extra):
    files = {
        "bronnenstrategie/__init__.py": "def classFactory(iface):\n    pass\n",
        "bronnenstrategie/metadata.txt": METADATA.format(
            about=ABOUT, email=email, homepage=homepage, tracker=tracker, repository=repository
        ),
        "bronnenstrategie/LICENSE": "GNU GENERAL PUBLIC LICENSE Version 2",
        "bronnenstrategie/resources/icons/bronnenstrategie.svg": "<svg/>",
        "bronnenstrategie/i18n/bronnenstrategie_nl.qm": b"\x3c\xb8\x64\x18",
    }
    files.update(extra)
    return files


def test_a_good_zip_passes_and_names_the_fields_to_set(tmp_path):
    errors, to_set, notes = package.check(_zip(tmp_path / "p.zip", _plugin()))
    assert errors == []
    assert to_set == ["email", "homepage", "tracker", "repository"]
    assert any("compiled translations shipped on purpose" in n for n in notes)
    report = package.report(errors, to_set, notes)
    assert (
        "to set before publishing (metadata.txt): email, homepage, tracker, repository" in report
        and report.endswith("result: OK")
    )
    # for publishing they are errors, until set
    errors, _, _ = package.check(_zip(tmp_path / "p.zip", _plugin()), publish=True)
    assert len(errors) == 4 and all("must be set before publishing" in e for e in errors)
    done = _plugin(
        email="gis@denhaag.nl",
        homepage="https://gis.denhaag.nl/bronnen",
        tracker="https://gis.denhaag.nl/bronnen/issues",
        repository="https://gis.denhaag.nl/bronnen.git",
    )
    assert package.check(_zip(tmp_path / "p.zip", done), publish=True)[:2] == ([], [])


def test_example_org_values_count_as_not_set(tmp_path):
    files = _plugin(
        email="x@example.org",
        homepage="https://example.org/x",
        tracker="https://example.org/x/issues",
        repository="https://example.org/x",
    )
    _, to_set, _ = package.check(_zip(tmp_path / "p.zip", files))
    assert to_set == ["email", "homepage", "tracker", "repository"]


def test_each_refusal_is_reported(tmp_path):
    files = _plugin(
        **{
            "bronnenstrategie/core/x.pyc": b"\0",
            "bronnenstrategie/core/__pycache__/y.py": "",
            "bronnenstrategie/lib/z.so": b"\0",
            "bronnenstrategie/.hidden": "",
            "__MACOSX/bronnenstrategie/._x": "",
            "bronnenstrategie/docs/img/screenshot.png": b"\x89PNG",
        }
    )
    del files["bronnenstrategie/LICENSE"]
    files["bronnenstrategie/metadata.txt"] = (
        files["bronnenstrategie/metadata.txt"]
        .replace("version=0.1.0", "version=first")
        .replace("supportsQt6=True", "supportsQt6=False")
        .replace("about=" + ABOUT, "about=Short.")
    )
    errors, _, _ = package.check(_zip(tmp_path / "bad.zip", files))
    text = "\n".join(errors)
    for expected in (
        "exactly one top-level folder",
        "compiled file: bronnenstrategie/core/x.pyc",
        "__pycache__",
        "compiled file: bronnenstrategie/lib/z.so",
        "hidden file or folder: bronnenstrategie/.hidden",
        "__MACOSX",
        "screenshot of the documentation",
        "LICENSE is missing",
        "version 'first' is not like 1.2.3",
        "needs supportsQt6=True",
        "about has 6 characters",
        "no entry for version first",
    ):
        assert expected in text, expected


def test_size_limit_and_missing_icon(tmp_path, monkeypatch):
    files = _plugin()
    del files["bronnenstrategie/resources/icons/bronnenstrategie.svg"]
    monkeypatch.setattr(package, "MAX_SIZE", 100)
    errors, _, _ = package.check(_zip(tmp_path / "p.zip", files))
    assert any("more than the limit of 100" in e for e in errors)
    assert any(
        "the icon resources/icons/bronnenstrategie.svg is not in the zip" in e for e in errors
    )
