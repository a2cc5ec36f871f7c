"""runstrategy as a planner hands it on: claims with real, unique names, a GIO with one
part per kind of area, and the report's tables as a spreadsheet (one in-process run on the
sample data)."""

import re
import sqlite3
import xml.etree.ElementTree as ET

import pytest
from qgis.core import QgsVectorLayer

GEO = "{https://standaarden.overheid.nl/stop/imop/geo/}"
#: The 27 neighbourhoods (wijken) of the sample's heat_demand_wijken.
WIJKEN_LAYER = "heat_demand_wijken"


@pytest.fixture(scope="module")
def run(provider, sample_gpkg, tmp_path_factory):
    from qgis_fixtures import _run

    out = tmp_path_factory.mktemp("strategy")
    results = _run(
        "bronnenstrategie:runstrategy", {"INPUT": str(sample_gpkg), "OUTPUT_FOLDER": str(out)}
    )
    return out, results


def _claims(out):
    with sqlite3.connect(str(out / "ruimteclaims.gpkg")) as conn:
        return conn.execute("SELECT claim_type, name, imow_group FROM ruimteclaims").fetchall()


def _wijken(sample_gpkg):
    with sqlite3.connect(str(sample_gpkg)) as conn:
        return {n for (n,) in conn.execute(f"SELECT name FROM {WIJKEN_LAYER}")}


def test_claim_names_unique_and_meaningful(run, sample_gpkg):
    out, results = run
    claims = _claims(out)
    names = [name for _, name, _ in claims]
    assert len(claims) == results["N_CLAIMS"] > 0
    # every name once (before: 78 claims with 46 names, 32 of them twice)
    assert len(set(names)) == len(names)
    # no internal names such as 'warmcoldzones_output 1' or 'wossiting_sites 2'
    assert not [n for n in names if re.search(r"_output|_sites|^\w+_\w+ \d+$", n)]
    wijken = _wijken(sample_gpkg)
    kinds = {
        "bodemenergie_zone_warm": "Warme zone",
        "bodemenergie_zone_koud": "Koude zone",
        "bodemenergie_interferentiegebied": "Interferentiegebied bodemenergie",
        "restwarmte_wos": "Warmteoverdrachtstation",
    }
    for claim_type, name, _ in claims:
        if claim_type in kinds:
            # '<kind>[ <k>] (<wijk>)' with a neighbourhood of the input
            match = re.match(rf"^{kinds[claim_type]}( \d+)? \((.+)\)$", name)
            assert match and match.group(2) in wijken, name
    # geothermal locations keep the names of the input (sample: geothermal_locations)
    geothermal = {n for t, n, _ in claims if t == "geothermie_locatie"}
    assert {"Zoeklocatie Kijkduin", "Binckhorst", "CR-plein"} <= geothermal
    # the sample's warm/cold strips lie in a few wijken; numbered per wijk
    assert "Warme zone 3 (Schilderswijk)" in names
    assert "Koude zone 1 (Stationsbuurt)" in names


def test_register_names_are_taken_into_account(run, provider):
    """A second run into a register that has the names already gets new ones."""
    from bronnenstrategie.processing.warmtebalans.runstrategy import RunStrategy

    out, _ = run
    taken = RunStrategy.register_names(out / "ruimteclaims.gpkg")
    assert "zoeklocatie kijkduin" in taken and len(taken) == len(_claims(out))
    layer = QgsVectorLayer("Point?crs=EPSG:28992&field=name:string", "sites", "memory")
    from qgis.core import QgsFeature, QgsGeometry, QgsPointXY

    f = QgsFeature(layer.fields())
    f.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(80000, 454000)))
    f["name"] = "Zoeklocatie Kijkduin"
    layer.dataProvider().addFeature(f)
    copy = RunStrategy().named_copy(layer, "Geothermielocatie", "name", None, taken)
    assert [g["claim_name"] for g in copy.getFeatures()] == ["Zoeklocatie Kijkduin (2)"]


def test_gio_has_one_part_per_kind_of_area(run, run_alg):
    out, _ = run
    gml = out / "gio_ruimteclaims.gml"
    root = ET.parse(str(gml)).getroot()
    groups = {
        g.find(GEO + "groepID").text: g.find(GEO + "label").text for g in root.iter(GEO + "Groep")
    }
    kinds = {group for _, _, group in _claims(out)}
    # the sample's claims are energy production (geothermal, WOS) and soil energy
    # (interference areas, warm and cold zones): two kinds, two parts
    assert kinds == {"Energieproductiegebied", "Bodemenergiegebied"}
    assert sorted(groups.values()) == sorted(kinds)
    by_name = {name: group for _, name, group in _claims(out)}
    locations = list(root.iter(GEO + "Locatie"))
    assert len(locations) == len(by_name)
    for loc in locations:
        # each location in the part of its claim's kind of area (names are unique)
        assert groups[loc.find(GEO + "groepID").text] == by_name[loc.find(GEO + "naam").text]
    # and the GIO still passes the validation
    res = run_alg("bronnenstrategie:validategio", {"INPUT": str(gml)})
    assert res["VALID"] and res["N_FINDINGS"] == 0


def test_tables_as_spreadsheet(run):
    from osgeo import ogr

    out, results = run
    path = out / "rapport_tables.xlsx"
    assert results["SPREADSHEET_FILES"] == str(path)
    ds = ogr.Open(str(path))
    sheets = {ds.GetLayer(i).GetName(): ds.GetLayer(i) for i in range(ds.GetLayerCount())}
    # a sheet per table of the report, named after the table (at most 31 characters)
    assert {
        "Heat balance by temperature",
        "Geothermal locations and their",
        "Conflicting spatial claims",
        "Heat balance per area",
    } <= set(sheets)
    balance = {f["Class"]: f for f in sheets["Heat balance by temperature"]}
    # sample: HT demand 4.3 PJ, WarmtelinQ 2.0 PJ -> balance 2.0 - 4.3 = -2.3 PJ
    assert balance["HT"]["Demand (PJ)"] == pytest.approx(4.3)
    assert balance["HT"]["Balance (PJ)"] == pytest.approx(-2.3)
    # the geothermal table lists the 10 permanent sites, all rows
    assert sheets["Geothermal locations and their"].GetFeatureCount() == 10
    # the heat balance per area: all 27 wijken (the PDF shows the first 20)
    assert sheets["Heat balance per area"].GetFeatureCount() == 27


def test_report_of_the_run_in_dutch(provider, sample_gpkg, tmp_path):
    """Under the Dutch translator the report that runstrategy writes is Dutch throughout:
    titles, legend (also the styles' own texts), tables, cover and footers; the tables'
    workbook is rapport_tabellen.xlsx."""
    import shutil
    import subprocess

    from qgis_fixtures import _run

    from bronnenstrategie.i18n_loader import install_translator, remove_translators

    if not shutil.which("pdftotext"):
        pytest.skip("pdftotext (poppler-utils) not installed")
    assert install_translator("nl")
    try:
        results = _run(
            "bronnenstrategie:runstrategy",
            {"INPUT": str(sample_gpkg), "OUTPUT_FOLDER": str(tmp_path)},
        )
    finally:
        remove_translators()
    assert results["SPREADSHEET_FILES"] == str(tmp_path / "rapport_tabellen.xlsx")
    text = subprocess.run(
        ["pdftotext", "-layout", results["REPORT"], "-"], capture_output=True, text=True, check=True
    ).stdout
    for words in (
        "Warmtebronnen en ruimteclaims",
        "Legenda",
        "Gemeentegrens",
        "Geothermielocaties en hun vermogen",
        "10 objecten.",
        "permanent terrein",
        "Conflicterende ruimteclaims",
        "Bodemenergie: warme zone",
        "Boorterrein",
        "Invoergegevens: denhaag_sample.gpkg",
        "GJ/jr",
        "Pagina 1 van",
    ):
        assert words.replace("fl", "\ufb02") in text or words in text, words
    english = (
        "Heat sources",
        "Legend\n",
        " features",
        "Page ",
        "drilling site",
        "permanent_site",
        "GJ/yr",
        "Input data",
        "Municipality boundary",
        "geothermie_locatie",
    )
    assert [w for w in english if w in text] == []
