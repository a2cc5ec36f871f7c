#!/usr/bin/env python3
"""Translations: one Dutch .ts file for the whole plugin, without source line numbers.

i18n.py update            pylupdate5 over every source file into i18n/bronnenstrategie_nl.ts
                          (existing translations are kept; <location> elements are
                          dropped so that moving code never changes the .ts file)
i18n.py fill FILE         set translations from a JSON file {"English": "Nederlands"}
                          (the older form `fill GROUP FILE` is still accepted)
i18n.py build             lrelease the .ts into i18n/bronnenstrategie_nl.qm
i18n.py check             list unfinished or empty translations (exit 1 if any)
"""

import io
import json
import shutil
import subprocess
import sys
import tempfile
import tokenize
import xml.etree.ElementTree as ET
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
I18N = REPO / "i18n"
LOCALE = "nl"
# Where translatable text lives. Tests, benchmarks and scripts are not translated.
SOURCE_DIRS = ("core", "dialogs", "glue", "processing", "register")
SOURCE_FILES = ("__init__.py", "plugin.py", "i18n_loader.py")


def ts_path():
    return I18N / f"bronnenstrategie_{LOCALE}.ts"


def source_files():
    """Every Python and .ui file whose strings the plugin shows."""
    files = [REPO / name for name in SOURCE_FILES if (REPO / name).exists()]
    for folder in SOURCE_DIRS:
        files.extend(sorted((REPO / folder).rglob("*.py")))
    files.extend(sorted((REPO / "resources").rglob("*.ui")))
    return [str(f) for f in files if "__pycache__" not in f.parts]


def strip_locations(path):
    """Drop <location> elements: the .ts file then changes only when texts change."""
    tree = ET.parse(path)
    for message in tree.iter("message"):
        for location in message.findall("location"):
            message.remove(location)
    _write(tree, path)


def _write(tree, path):
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    Path(path).write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )


def translations(path):
    """{(context, source): translation} of the finished translations in a .ts file."""
    found = {}
    for context in ET.parse(path).iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in (
                "unfinished",
                "obsolete",
                "vanished",
            ):
                continue
            if (translation.text or "").strip():
                found[(name, message.findtext("source"))] = translation.text
    return found


def _without_trailing_commas(text):
    """``text`` with every comma that only a comment or line break separates from a
    closing bracket replaced by a space (found with Python's tokenizer, so never a comma
    inside a string)."""
    lines = text.splitlines(keepends=True)
    tokens = [
        t
        for t in tokenize.generate_tokens(io.StringIO(text).readline)
        if t.type not in (tokenize.NL, tokenize.NEWLINE, tokenize.COMMENT)
    ]
    for token, following in zip(tokens, tokens[1:]):
        if token.string == "," and following.string == ")":
            row, col = token.start
            lines[row - 1] = lines[row - 1][:col] + " " + lines[row - 1][col + 1 :]
    return "".join(lines)


def readable_copies(files, folder):
    """Copies of the Python sources for pylupdate5, which misses a translate(context,
    text) call written with a trailing comma, as ruff format writes a call it splits:
    the comma before every closing bracket removed (the copies are only read for their
    texts). Other files are used as they are."""
    out = []
    for n, name in enumerate(files):
        source = Path(name)
        if source.suffix != ".py":
            out.append(name)
            continue
        copy = Path(folder) / f"{n}_{source.name}"
        text = source.read_text(encoding="utf-8")
        copy.write_text(_without_trailing_commas(text), encoding="utf-8")
        out.append(str(copy))
    return out


def update():
    I18N.mkdir(exist_ok=True)
    path = ts_path()
    # pylupdate5 takes its file list on the command line; write through a temp copy so a
    # failed run leaves the committed file as it was.
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp) / path.name
        if path.exists():
            shutil.copyfile(path, work)
        sources = readable_copies(source_files(), tmp)
        subprocess.run(
            ["pylupdate5", "-noobsolete"] + sources + ["-ts", str(work)],
            check=True,
            stdout=subprocess.DEVNULL,
        )
        strip_locations(work)
        shutil.copyfile(work, path)
    print("updated", path.name, "from", len(source_files()), "files")


def fill(json_file):
    """Fill translations by source text (any context) from a JSON file."""
    mapping = json.loads(Path(json_file).read_text(encoding="utf-8"))
    path = ts_path()
    tree = ET.parse(path)
    n = 0
    for message in tree.iter("message"):
        source = message.findtext("source")
        if source in mapping:
            translation = message.find("translation")
            translation.text = mapping[source]
            translation.attrib.pop("type", None)
            n += 1
    _write(tree, path)
    print("filled", n, "translations in", path.name)


def unfinished():
    """(file, context, source) of every unfinished or empty translation."""
    found = []
    for path in sorted(I18N.glob(f"bronnenstrategie_{LOCALE}*.ts")):
        for context in ET.parse(path).iter("context"):
            name = context.findtext("name")
            for message in context.iter("message"):
                translation = message.find("translation")
                if translation is None:
                    continue
                if translation.get("type") in ("obsolete", "vanished"):
                    continue
                if translation.get("type") == "unfinished" or not (translation.text or "").strip():
                    found.append((path.name, name, message.findtext("source")))
    return found


def build():
    path = ts_path()
    if not path.exists():
        print("no .ts file")
        return
    lrelease = shutil.which("lrelease") or "/usr/lib/qt5/bin/lrelease"
    out = I18N / f"bronnenstrategie_{LOCALE}.qm"
    subprocess.run([lrelease, "-silent", str(path), "-qm", str(out)], check=True)


def main(argv):
    if not argv:
        print(__doc__)
        return 2
    if argv[0] == "update":
        update()
    elif argv[0] == "fill":
        fill(argv[-1])
    elif argv[0] == "build":
        build()
    elif argv[0] == "check":
        missing = unfinished()
        for item in missing:
            print("unfinished: {}: [{}] {}".format(*item))
        return 1 if missing else 0
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
