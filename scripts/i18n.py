#!/usr/bin/env python3
"""Translations: one Dutch .ts file per toolbox group (+ 'base'), one .qm for the plugin.

    i18n.py update            pylupdate5 per group into i18n/bronnenstrategie_nl_<group>.ts
                              (existing translations are kept)
    i18n.py fill GROUP FILE   set translations from a JSON file {"English": "Nederlands"}
    i18n.py build             lrelease all .ts into i18n/bronnenstrategie_nl.qm
    i18n.py check             list unfinished or empty translations (exit 1 if any)
"""

import glob
import json
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
I18N = REPO / "i18n"
LOCALE = "nl"
GROUPS = ("bodemenergie", "geothermie", "aquathermie", "restwarmte", "ruimteclaims",
          "warmtebalans")
BASE_FILES = ["__init__.py", "plugin.py", "i18n_loader.py", "processing/base.py",
              "processing/provider.py", "processing/groups.py", "processing/utils.py"]


def sources_of(group):
    """Source files whose strings belong to a group's .ts file."""
    if group == "base":
        patterns = BASE_FILES
    elif group == "ruimteclaims_gio":
        patterns = ["processing/ruimteclaims/*gio*.py", "processing/ruimteclaims/claimconflicts.py",
                    "dialogs/ruimteclaims_gio*.py"]
    elif group == "ruimteclaims_postgis":  # the PostGIS register and createregister
        patterns = ["layers/register_postgis.py", "processing/ruimteclaims/createregister.py"]
    else:
        patterns = ["processing/{}/*.py".format(group), "dialogs/{}*.py".format(group),
                    "resources/ui/{}*.ui".format(group), "layers/{}*.py".format(group)]
        if group == "ruimteclaims":  # validation and register messages of the claims
            patterns += ["core/claims.py", "layers/register.py"]
    files = []
    for pattern in patterns:
        files.extend(sorted(glob.glob(str(REPO / pattern))))
    if group == "ruimteclaims":
        gio = set(sources_of("ruimteclaims_gio")) | set(sources_of("ruimteclaims_postgis"))
        files = [f for f in files if f not in gio]
    return [f for f in files if not f.endswith("__init__.py") or group == "base"]


def ts_path(group):
    return I18N / "bronnenstrategie_{}_{}.ts".format(LOCALE, group)


def all_groups():
    return ("base",) + GROUPS + ("ruimteclaims_gio", "ruimteclaims_postgis")


def update():
    I18N.mkdir(exist_ok=True)
    for group in all_groups():
        files = sources_of(group)
        if not files:
            continue
        subprocess.run(["pylupdate5", "-noobsolete"] + files + ["-ts", str(ts_path(group))],
                       check=True)
        print("updated", ts_path(group).name, "from", len(files), "files")


def fill(group, json_file):
    mapping = json.loads(Path(json_file).read_text(encoding="utf-8"))
    path = ts_path(group)
    tree = ET.parse(path)
    n = 0
    for message in tree.iter("message"):
        source = message.findtext("source")
        if source in mapping:
            translation = message.find("translation")
            translation.text = mapping[source]
            translation.attrib.pop("type", None)
            n += 1
    tree.write(path, encoding="utf-8", xml_declaration=True)
    print("filled", n, "translations in", path.name)


def unfinished():
    """(file, context, source) of every unfinished or empty translation."""
    found = []
    for path in sorted(I18N.glob("bronnenstrategie_{}_*.ts".format(LOCALE))):
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
    files = sorted(str(p) for p in I18N.glob("bronnenstrategie_{}_*.ts".format(LOCALE)))
    if not files:
        print("no .ts files")
        return
    lrelease = shutil.which("lrelease") or "/usr/lib/qt5/bin/lrelease"
    out = I18N / "bronnenstrategie_{}.qm".format(LOCALE)
    subprocess.run([lrelease, "-silent"] + files + ["-qm", str(out)], check=True)


def main(argv):
    if not argv:
        print(__doc__)
        return 2
    if argv[0] == "update":
        update()
    elif argv[0] == "fill":
        fill(argv[1], argv[2])
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
