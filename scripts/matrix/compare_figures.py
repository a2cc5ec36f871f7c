#!/usr/bin/env python3
"""Compare the demo's key figures of one QGIS environment with the host's.

    compare_figures.py HOST.json OTHER.json [--rtol 1e-6]

Every figure must be equal within the relative tolerance (counts exactly). Figures that
may differ between versions for a known reason are listed in EXPLAINED with that reason
and reported, not failed. Exit 0 when all agree, 1 otherwise.
"""

import argparse
import json
import math
import sys

# figure name -> why it may differ between QGIS/GEOS/PROJ versions (none known so far)
EXPLAINED = {}


def compare(host, other, rtol):
    problems, explained = [], []
    for key in sorted(set(host) | set(other)):
        a, b = host.get(key), other.get(key)
        if isinstance(a, (int, float)) and isinstance(b, (int, float)):
            same = math.isclose(a, b, rel_tol=rtol, abs_tol=1e-9)
        else:
            same = a == b
        if same:
            continue
        line = f"{key}: host {a} / here {b}"
        if key in EXPLAINED:
            explained.append(line + " (" + EXPLAINED[key] + ")")
        else:
            problems.append(line)
    return problems, explained


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("host")
    parser.add_argument("other")
    parser.add_argument("--rtol", type=float, default=1e-6)
    args = parser.parse_args(argv)
    with open(args.host) as f:
        host = json.load(f)
    with open(args.other) as f:
        other = json.load(f)
    problems, explained = compare(host, other, args.rtol)
    for line in explained:
        print("  differs, explained: " + line)
    for line in problems:
        print("  DIFFERS: " + line)
    if not host:
        print("  DIFFERS: the host's figures are empty")
        return 1
    print(
        "  demo: {} key figures, {} equal within {:g} (relative){}".format(
            len(host),
            len(host) - len(problems) - len(explained),
            args.rtol,
            f", {len(explained)} explained" if explained else "",
        )
    )
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
