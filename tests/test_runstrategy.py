"""bronnenstrategie:runstrategy on the sample data through qgis_process: every file."""

import re
import shutil
import subprocess

import pytest
from qgis.core import QgsVectorLayer


def test_runstrategy_writes_every_file(provider, qgis_process, sample_gpkg, tmp_path):
    out = tmp_path / "out"
    res = qgis_process("bronnenstrategie:runstrategy", {
        "INPUT": str(sample_gpkg), "OUTPUT_FOLDER": str(out)})["results"]
    for name in ("bronnenstrategie.gpkg", "warmtebalans.png", "rapport.pdf"):
        assert (out / name).stat().st_size > 0, name
    assert res["REPORT"] == str(out / "rapport.pdf")
    # the GeoPackage holds the heat balance (and every other output that ran)
    areas = QgsVectorLayer("{}|layername=heatbalance_areas".format(out / "bronnenstrategie.gpkg"),
                           "a", "ogr")
    assert areas.isValid() and areas.featureCount() == 27
    # sample: HT demand 4.3 PJ against WarmtelinQ 2 PJ; nothing else is HT and heat never
    # flows up the cascade, so HT = 2.0 - 4.3 = -2.3 PJ whatever else ran
    assert res["HT_BALANCE_PJ"] == pytest.approx(-2.3, abs=0.002)
    # the register and the GIO exist whenever their algorithms exist
    from qgis.core import QgsApplication
    registry = QgsApplication.processingRegistry()
    if registry.algorithmById("bronnenstrategie:addclaims"):
        assert (out / "ruimteclaims.gpkg").exists()
        assert res["N_CLAIMS"] > 0
    if registry.algorithmById("bronnenstrategie:exportgio"):
        text = (out / "gio_ruimteclaims.gml").read_text(encoding="utf-8")
        assert "GeoInformatieObject" in text
    pdf = (out / "rapport.pdf").read_bytes()
    assert pdf[:5] == b"%PDF-"
    if shutil.which("pdfinfo"):
        info = subprocess.run(["pdfinfo", str(out / "rapport.pdf")], capture_output=True,
                              text=True, check=True).stdout
        pages = int(next(line.split()[-1] for line in info.splitlines()
                         if line.startswith("Pages:")))
        # title, map, heat balance, map of the heat balance per area, and at least the
        # heat balance per area as a table
        assert pages >= 5
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(out / "rapport.pdf"), "-"],
                              capture_output=True, text=True, check=True).stdout
        # the legend and the titles use readable names, never the raw output names
        for raw in ("claimconflicts_output", "geothermalbuffers_sites", "heatbalance_areas",
                    "residual_heat"):
            assert raw not in text, raw
        assert "Heat balance per area" in text
        # numbers are rounded: no float noise such as 3.1004999999999994
        assert not re.search(r"\d\.\d{5,}", text)
