"""bronnenstrategie:report: a valid PDF with the expected pages and a map that is drawn."""

import shutil
import subprocess

import pytest
from qgis.core import QgsVectorLayer


def _layer(gpkg, name):
    lyr = QgsVectorLayer("{}|layername={}".format(gpkg, name), name, "ogr")
    assert lyr.isValid(), name
    return lyr


def _pdf_pages(path):
    data = path.read_bytes()
    assert data[:5] == b"%PDF-"
    assert b"%%EOF" in data[-1024:]
    if shutil.which("pdfinfo"):
        info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True,
                              check=True).stdout
        return int(next(line.split()[-1] for line in info.splitlines()
                        if line.startswith("Pages:")))
    return data.count(b"/Type /Page\n") + data.count(b"/Type /Page ")


def _page_ink(pdf, page, tmp_path):
    """Fraction of pixels of a rendered page that are not white (pdftoppm)."""
    from PIL import Image  # python3-pil comes with matplotlib

    prefix = tmp_path / "page{}".format(page)
    subprocess.run(["pdftoppm", "-f", str(page), "-l", str(page), "-r", "40", "-png",
                    "-singlefile", str(pdf), str(prefix)], check=True)
    img = Image.open(str(prefix) + ".png").convert("L")
    pixels = list(img.getdata())
    return sum(1 for p in pixels if p < 240) / float(len(pixels))


def test_report_pages_and_map(run_alg, sample_gpkg, tmp_path):
    # make the balance first (table and chart), then the report
    balance = run_alg("bronnenstrategie:heatbalance", {
        "DEMAND": _layer(sample_gpkg, "heat_demand_wijken"), "HT_FIELD": "ht_tj",
        "MT_FIELD": "mt_tj", "LT_FIELD": "lt_tj", "DEMAND_UNIT": 1, "OUTPUT_UNIT": 3,
        "SOURCES": [_layer(sample_gpkg, "residual_heat"),
                    _layer(sample_gpkg, "heat_supply_fixed")],
        "OUTPUT_TABLE": str(tmp_path / "balance.gpkg"),
        "OUTPUT_AREAS": str(tmp_path / "heatbalance_areas.gpkg"),
        "OUTPUT_CHART": str(tmp_path / "chart.png"),
    })
    areas = QgsVectorLayer(balance["OUTPUT_AREAS"], "heatbalance_areas", "ogr")
    residual = _layer(sample_gpkg, "residual_heat")
    pdf = tmp_path / "rapport.pdf"
    res = run_alg("bronnenstrategie:report", {
        "LAYERS": [residual, areas],
        "TABLES": [areas, residual],
        "BALANCE_TABLE": balance["OUTPUT_TABLE"],
        "CHART": balance["OUTPUT_CHART"],
        "TITLE": "Bronnenstrategie test",
        "OUTPUT": str(pdf),
    })
    # title + map + heat balance + one page per table (2) = 5
    assert res["N_PAGES"] == 5
    assert _pdf_pages(pdf) == 5
    if not shutil.which("pdftoppm"):
        pytest.skip("pdftoppm not installed: the page rendering is not checked")
    # the map page (2) is mostly drawn (areas styled by deficit on a plain background);
    # the title page (1) has text only, far less ink
    map_ink = _page_ink(pdf, 2, tmp_path)
    title_ink = _page_ink(pdf, 1, tmp_path)
    assert map_ink > 0.3
    assert 0.0 < title_ink < map_ink


def test_report_without_balance(run_alg, sample_gpkg, tmp_path):
    pdf = tmp_path / "r.pdf"
    res = run_alg("bronnenstrategie:report", {
        "LAYERS": [_layer(sample_gpkg, "heat_demand_wijken")], "OUTPUT": str(pdf)})
    # title + map only
    assert res["N_PAGES"] == 2
    assert _pdf_pages(pdf) == 2
