#!/usr/bin/env python3
"""Build dist/bronnenstrategie-<version>.zip for QGIS's "Install from ZIP", checked first as
plugins.qgis.org checks an upload.

The zip holds one top-level folder ``bronnenstrategie/`` made with
``git archive --prefix=bronnenstrategie/`` (files marked export-ignore in .gitattributes,
such as tests/, scripts/ and the screenshots in docs/, are left out), plus the built Dutch
translation (.qm) and the generated sample GeoPackage. Tracked changes not yet committed are
included (git stash create); untracked files are not.

Before the zip is written to the output folder it is checked as the plugin repository
plugins.qgis.org checks an upload (see ``check``): errors stop the build (exit 1, no zip);
the metadata that the maintainers must set before publishing (e-mail, homepage, tracker,
repository: kept empty in metadata.txt until then) are reported as "to set before
publishing", and with ``--publish`` they are errors too.

Compiled files: the zip holds no Python bytecode (.pyc, __pycache__) and no native code
(.so, .pyd, .dll, .dylib, .exe). The Dutch translation is shipped compiled (.qm, built from
i18n/*.ts by scripts/i18n.py) on purpose: QGIS loads only .qm files.
"""

import argparse
import configparser
import io
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
import zipfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PACKAGE = "bronnenstrategie"
PREFIX = PACKAGE + "/"
GENERATED = ("i18n/bronnenstrategie_nl.qm", "resources/sample/denhaag_sample.gpkg")

MAX_SIZE = 25_000_000  # plugins.qgis.org's upload limit (bytes)
REQUIRED = (
    "name",
    "description",
    "version",
    "qgisMinimumVersion",
    "author",
    "email",
    "about",
    "tracker",
    "repository",
)
TO_SET_BEFORE_PUBLISHING = ("email", "homepage", "tracker", "repository")
BOOLEANS = ("experimental", "deprecated", "server", "supportsQt6")
COMPILED = (".pyc", ".pyo", ".so", ".pyd", ".dll", ".dylib", ".exe")
FORBIDDEN_DIRS = ("__MACOSX", ".git", "__pycache__")
QGIS_RELEASE = re.compile(r"^\d+\.\d+(\.\d+)?$")
PLUGIN_VERSION = re.compile(r"^\d+(\.\d+){1,3}([-.]?[A-Za-z0-9]+)?$")
URL = re.compile(r"^https?://[^\s/$.?#][^\s]*$")
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
PLACEHOLDER = re.compile(r"example\.(org|com|net)|localhost|^http://(bugs|repo|homepage)$")


def version():
    config = configparser.ConfigParser()
    config.read(REPO / "metadata.txt", encoding="utf-8")
    return config["general"]["version"]


def git(*args, binary=False):
    if shutil.which("git") is None:
        raise SystemExit(
            "package: git is needed (the zip holds the tracked files): " "apt-get install git"
        )
    result = subprocess.run(["git", *args], cwd=REPO, capture_output=True)
    if result.returncode != 0:
        raise SystemExit(
            "package: 'git {}' failed in {}: {}".format(
                " ".join(args), REPO, result.stderr.decode(errors="replace").strip()
            )
        )
    return result.stdout if binary else result.stdout.decode().strip()


def write_zip(target):
    """Write the plugin zip to ``target`` (tracked files + generated files)."""
    subprocess.run([sys.executable, str(REPO / "scripts" / "i18n.py"), "build"], check=True)
    sample = REPO / GENERATED[1]
    if not sample.exists():
        subprocess.run(
            [sys.executable, str(REPO / "scripts" / "sample" / "make_sample_data.py"), "--quiet"],
            check=True,
        )
    tree = git("stash", "create") or "HEAD"
    tar_bytes = git("archive", "--format=tar", "--prefix=" + PREFIX, tree, binary=True)
    with (
        tarfile.open(fileobj=io.BytesIO(tar_bytes)) as tar,
        zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zf,
    ):
        for member in tar.getmembers():
            if member.isfile():
                zf.writestr(member.name, tar.extractfile(member).read())
        for rel in GENERATED:
            path = REPO / rel
            if path.exists():
                zf.write(path, PREFIX + rel)
    return target


def check(zip_path, publish=False):
    """Check a plugin zip as plugins.qgis.org checks an upload.

    Returns ``(errors, to_set, notes)``: lists of strings. ``to_set`` names the metadata the
    maintainers must still set before publishing (errors too when ``publish``)."""
    errors, to_set, notes = [], [], []
    zip_path = Path(zip_path)
    size = zip_path.stat().st_size
    if size > MAX_SIZE:
        errors.append(f"the zip is {size:,d} bytes, more than the limit of {MAX_SIZE:,d}")
    notes.append(f"size {size:,d} bytes (limit {MAX_SIZE:,d})")
    try:
        zf = zipfile.ZipFile(zip_path)
    except zipfile.BadZipFile:
        return ["not a zip file"], to_set, notes
    with zf:
        names = zf.namelist()
        bad = zf.testzip()
        if bad:
            errors.append(f"bad zip (CRC error) at {bad}")
        tops = sorted({n.split("/", 1)[0] for n in names})
        if tops != [PACKAGE]:
            errors.append(
                "the zip must hold exactly one top-level folder '{}' (found: {})".format(
                    PACKAGE, ", ".join(tops)
                )
            )
        if not PACKAGE.isidentifier():
            errors.append("the top-level folder is no valid Python identifier")
        for name in names:
            parts = [p for p in name.split("/") if p]
            if ".." in name or name.startswith("/"):
                errors.append("path information in a file name: " + name)
            if any(p in FORBIDDEN_DIRS for p in parts[:-1]) or parts[-1] in FORBIDDEN_DIRS:
                errors.append("forbidden folder (__MACOSX, .git, __pycache__): " + name)
            if any(p.startswith(".") for p in parts):
                errors.append("hidden file or folder: " + name)
            if name.lower().endswith(COMPILED) or ".pyc" in name:
                errors.append("compiled file: " + name)
            if name.startswith(PREFIX + "docs/") and name.lower().endswith(
                (".png", ".jpg", ".jpeg", ".gif")
            ):
                errors.append("screenshot of the documentation in the zip: " + name)
        for required in ("__init__.py", "metadata.txt", "LICENSE"):
            if PREFIX + required not in names:
                errors.append(f"{required} is missing")
        if PREFIX + "metadata.txt" not in names:
            return errors, to_set, notes
        parser = configparser.ConfigParser(interpolation=None)
        parser.optionxform = str
        try:
            parser.read_string(zf.read(PREFIX + "metadata.txt").decode("utf-8"))
            meta = dict(parser.items("general"))
        except (configparser.Error, UnicodeDecodeError) as exc:
            return errors + [f"metadata.txt cannot be read: {exc}"], to_set, notes
        for field in REQUIRED:
            if field not in meta:
                errors.append(f"metadata: required field '{field}' is missing")
        for field in TO_SET_BEFORE_PUBLISHING:
            value = meta.get(field, "").strip()
            if not value or PLACEHOLDER.search(value):
                to_set.append(field)
            elif field == "email" and not EMAIL.match(value):
                errors.append(f"metadata: email '{value}' is not an e-mail address")
            elif field != "email" and not URL.match(value):
                errors.append(f"metadata: {field} '{value}' is not an http(s) URL")
        if not PLUGIN_VERSION.match(meta.get("version", "")):
            errors.append("metadata: version '{}' is not like 1.2.3".format(meta.get("version")))
        for field in ("qgisMinimumVersion", "qgisMaximumVersion"):
            if field in meta and not QGIS_RELEASE.match(meta[field]):
                errors.append(f"metadata: {field} '{meta[field]}' is not like 3.22")
        minimum = tuple(
            int(x) for x in meta.get("qgisMinimumVersion", "0.0").split(".") if x.isdigit()
        )
        maximum = tuple(
            int(x) for x in meta.get("qgisMaximumVersion", "99.99").split(".") if x.isdigit()
        )
        if minimum > maximum:
            errors.append("metadata: qgisMinimumVersion is above qgisMaximumVersion")
        if maximum >= (4, 0) and meta.get("supportsQt6", "").lower() not in ("true", "1"):
            errors.append(
                "metadata: qgisMaximumVersion {} needs supportsQt6=True".format(
                    meta.get("qgisMaximumVersion")
                )
            )
        for field in BOOLEANS:
            if field in meta and meta[field].lower() not in ("true", "false", "1", "0"):
                errors.append(f"metadata: {field} must be True or False")
        if "/" in meta.get("author", ""):
            errors.append("metadata: author cannot contain slashes")
        description, about = meta.get("description", ""), meta.get("about", "")
        if not 10 <= len(description) <= 400:
            errors.append(
                f"metadata: description has {len(description)} characters (10-400: one sentence)"
            )
        if len(about) < 100:
            errors.append(
                f"metadata: about has {len(about)} characters (at least 100: what the plugin "
                "does, how and what it needs)"
            )
        if about.strip() == description.strip():
            errors.append("metadata: about repeats the description")
        if not meta.get("changelog", "").strip():
            errors.append("metadata: changelog is empty")
        elif meta["version"] not in meta["changelog"]:
            errors.append("metadata: the changelog has no entry for version " + meta["version"])
        icon = meta.get("icon", "").lstrip("./")
        if not icon:
            errors.append("metadata: icon is missing")
        elif PREFIX + icon not in names:
            errors.append(f"metadata: the icon {icon} is not in the zip")
        if "license" in meta:
            notes.append("licence " + meta["license"])
        notes.append(
            "{} files, version {}, QGIS {} to {}, supportsQt6={}".format(
                len(names),
                meta.get("version"),
                meta.get("qgisMinimumVersion"),
                meta.get("qgisMaximumVersion", "-"),
                meta.get("supportsQt6", "False"),
            )
        )
        shipped = sorted(n for n in names if n.endswith(".qm"))
        if shipped:
            notes.append(
                "compiled translations shipped on purpose: "
                + ", ".join(n[len(PREFIX) :] for n in shipped)
            )
    if publish and to_set:
        errors.extend(f"metadata: {f} must be set before publishing" for f in to_set)
    return errors, to_set, notes


def report(errors, to_set, notes):
    lines = ["Package check (as plugins.qgis.org checks an upload):"]
    lines += ["  " + n for n in notes]
    if to_set:
        lines.append("  to set before publishing (metadata.txt): " + ", ".join(to_set))
    lines += ["  ERROR: " + e for e in errors]
    lines.append("  result: " + (f"FAILED ({len(errors)} errors)" if errors else "OK"))
    return "\n".join(lines)


def build(out_dir, publish=False):
    """Build, check and write the zip; returns ``(path or None, errors, to_set, notes)``."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    name = f"{PACKAGE}-{version()}.zip"
    with tempfile.TemporaryDirectory() as tmp:
        candidate = write_zip(Path(tmp) / name)
        errors, to_set, notes = check(candidate, publish=publish)
        if errors:
            return None, errors, to_set, notes
        target = out_dir / name
        shutil.move(str(candidate), str(target))
    return target, errors, to_set, notes


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(REPO / "dist"))
    parser.add_argument(
        "--publish",
        action="store_true",
        help="also fail on metadata still to set before publishing",
    )
    parser.add_argument("--check", metavar="ZIP", help="only check an existing zip")
    args = parser.parse_args(argv)
    if args.check:
        errors, to_set, notes = check(args.check, publish=args.publish)
        print(report(errors, to_set, notes))
        return 1 if errors else 0
    target, errors, to_set, notes = build(args.out, publish=args.publish)
    print(report(errors, to_set, notes))
    if target is None:
        return 1
    print(target)
    return 0


if __name__ == "__main__":
    sys.exit(main())
