#!/usr/bin/env python3
"""Build dist/bronnenstrategie-<version>.zip for QGIS's "Install from ZIP".

The zip holds one top-level folder ``bronnenstrategie/`` made with
``git archive --prefix=bronnenstrategie/`` (files marked export-ignore in .gitattributes,
such as tests/ and scripts/, are left out), plus the built Dutch translation (.qm) and the
generated sample GeoPackage. Tracked changes not yet committed are included (git stash
create); untracked files are not.
"""

import argparse
import configparser
import io
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PREFIX = "bronnenstrategie/"
GENERATED = ("i18n/bronnenstrategie_nl.qm", "resources/sample/denhaag_sample.gpkg")


def version():
    config = configparser.ConfigParser()
    config.read(REPO / "metadata.txt", encoding="utf-8")
    return config["general"]["version"]


def build(out_dir):
    subprocess.run([sys.executable, str(REPO / "scripts" / "i18n.py"), "build"], check=True)
    sample = REPO / GENERATED[1]
    if not sample.exists():
        subprocess.run([sys.executable, str(REPO / "scripts" / "sample" /
                                            "make_sample_data.py"), "--quiet"], check=True)
    tree = subprocess.run(["git", "stash", "create"], cwd=REPO, capture_output=True,
                          text=True, check=True).stdout.strip() or "HEAD"
    tar_bytes = subprocess.run(["git", "archive", "--format=tar", "--prefix=" + PREFIX, tree],
                               cwd=REPO, capture_output=True, check=True).stdout
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / "bronnenstrategie-{}.zip".format(version())
    with tarfile.open(fileobj=io.BytesIO(tar_bytes)) as tar, \
            zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zf:
        for member in tar.getmembers():
            if member.isfile():
                zf.writestr(member.name, tar.extractfile(member).read())
        for rel in GENERATED:
            path = REPO / rel
            if path.exists():
                zf.write(path, PREFIX + rel)
    return target


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(REPO / "dist"))
    args = parser.parse_args(argv)
    print(build(args.out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
