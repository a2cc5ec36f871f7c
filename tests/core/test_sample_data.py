"""The sample data's documentation and its one CR-plein (pure python, no QGIS)."""

import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent.parent
sys.path.insert(0, str(REPO / "scripts" / "sample"))

import geothermie  # noqa: E402
import make_sample_data  # noqa: E402
import restwarmte  # noqa: E402
import ruimteclaims  # noqa: E402
import warmtebalans  # noqa: E402


def test_readme_sample_table_lists_every_layer():
    text = (REPO / "README.md").read_text(encoding="utf-8")
    section = text.split("## Sample data", 1)[1].split("\n## ", 1)[0]
    listed = set()
    for line in section.splitlines():
        if line.startswith("| `"):
            listed.update(re.findall(r"`([a-z_]+)`", line.split("|")[1]))
    names = {layer["name"] for layer in make_sample_data.all_layers()}
    assert names - listed == set()
    assert listed - names == set()


def test_cr_plein_is_one_place_in_every_layer():
    # the Energiecentrale on the Verversingskanaal, RD about (80150, 456000)
    point = (80150.0, 456000.0)
    assert point == restwarmte.CR_PLEIN
    assert point == warmtebalans.CR_PLEIN
    (geo,) = [row for row in geothermie.LOCATIONS if row[0] == "CR-plein"]
    assert (geo[4], geo[5]) == point
    (claim,) = [row for row in ruimteclaims.CANDIDATES if row[0] == "Geothermie CR-plein"]
    assert (claim[5], claim[6]) == point
    # the WOS claim lies on the corner of the geothermal square, within 250 m
    (wos,) = [row for row in ruimteclaims.CANDIDATES if row[0] == "WOS CR-plein"]
    assert abs(wos[5] - point[0]) <= 150 and abs(wos[6] - point[1]) <= 150
