"""bronnenstrategie:report: a valid PDF with the expected pages and a map that is drawn."""

import re
import shutil
import subprocess

import pytest
from qgis.core import QgsVectorLayer


def _layer(gpkg, name):
    lyr = QgsVectorLayer(f"{gpkg}|layername={name}", name, "ogr")
    assert lyr.isValid(), name
    return lyr


def _pdf_pages(path):
    data = path.read_bytes()
    assert data[:5] == b"%PDF-"
    assert b"%%EOF" in data[-1024:]
    if shutil.which("pdfinfo"):
        info = subprocess.run(
            ["pdfinfo", str(path)], capture_output=True, text=True, check=True
        ).stdout
        return int(
            next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:"))
        )
    return data.count(b"/Type /Page\n") + data.count(b"/Type /Page ")


def _page_ink(pdf, page, tmp_path):
    """Fraction of pixels of a rendered page that are not white (pdftoppm)."""
    from PIL import Image  # python3-pil comes with matplotlib

    prefix = tmp_path / f"page{page}"
    subprocess.run(
        [
            "pdftoppm",
            "-f",
            str(page),
            "-l",
            str(page),
            "-r",
            "40",
            "-png",
            "-singlefile",
            str(pdf),
            str(prefix),
        ],
        check=True,
    )
    img = Image.open(str(prefix) + ".png").convert("L")
    pixels = list(img.getdata())
    return sum(1 for p in pixels if p < 240) / float(len(pixels))


def test_report_pages_and_map(run_alg, sample_gpkg, tmp_path):
    # make the balance first (table and chart), then the report
    balance = run_alg(
        "bronnenstrategie:heatbalance",
        {
            "DEMAND": _layer(sample_gpkg, "heat_demand_wijken"),
            "HT_FIELD": "ht_tj",
            "MT_FIELD": "mt_tj",
            "LT_FIELD": "lt_tj",
            "DEMAND_UNIT": 1,
            "OUTPUT_UNIT": 3,
            "SOURCES": [
                _layer(sample_gpkg, "residual_heat"),
                _layer(sample_gpkg, "heat_supply_fixed"),
            ],
            "OUTPUT_TABLE": str(tmp_path / "balance.gpkg"),
            "OUTPUT_AREAS": str(tmp_path / "heatbalance_areas.gpkg"),
            "OUTPUT_CHART": str(tmp_path / "chart.png"),
        },
    )
    areas = QgsVectorLayer(balance["OUTPUT_AREAS"], "heatbalance_areas", "ogr")
    residual = _layer(sample_gpkg, "residual_heat")
    pdf = tmp_path / "rapport.pdf"
    res = run_alg(
        "bronnenstrategie:report",
        {
            "LAYERS": [residual, areas],
            "TABLES": [areas, residual],
            "BALANCE_TABLE": balance["OUTPUT_TABLE"],
            "CHART": balance["OUTPUT_CHART"],
            "TITLE": "Bronnenstrategie test",
            "OUTPUT": str(pdf),
        },
    )
    # title + map of the sources + heat balance + map of the heat balance per area (the
    # layer heatbalance_areas among the map layers gets its own map) + one page for both
    # tables: the 20 rows (of 27) of the heat balance per area leave room for the one row
    # of residual heat below them (short tables share a page) = 5
    assert res["N_PAGES"] == 5
    assert _pdf_pages(pdf) == 5
    if not shutil.which("pdftoppm"):
        pytest.skip("pdftoppm not installed: the page rendering is not checked")
    # the map of the heat balance per area (page 4) is mostly drawn (areas styled by
    # deficit on a plain background); the title page (1) has text only, far less ink
    map_ink = _page_ink(pdf, 4, tmp_path)
    title_ink = _page_ink(pdf, 1, tmp_path)
    assert map_ink > 0.3
    assert 0.0 < title_ink < map_ink


def test_report_without_balance(run_alg, sample_gpkg, tmp_path):
    pdf = tmp_path / "r.pdf"
    res = run_alg(
        "bronnenstrategie:report",
        {"LAYERS": [_layer(sample_gpkg, "heat_demand_wijken")], "OUTPUT": str(pdf)},
    )
    # title + map only
    assert res["N_PAGES"] == 2
    assert _pdf_pages(pdf) == 2


# -- layout quality: fitting pages, rounded tables, labels, language ------------------


def _balance(run_alg, sample_gpkg, tmp_path):
    return run_alg(
        "bronnenstrategie:heatbalance",
        {
            "DEMAND": _layer(sample_gpkg, "heat_demand_wijken"),
            "HT_FIELD": "ht_tj",
            "MT_FIELD": "mt_tj",
            "LT_FIELD": "lt_tj",
            "DEMAND_UNIT": 1,
            "OUTPUT_UNIT": 3,
            "SOURCES": [
                _layer(sample_gpkg, "residual_heat"),
                _layer(sample_gpkg, "heat_supply_fixed"),
            ],
            "OUTPUT_TABLE": str(tmp_path / "balance.gpkg"),
            "OUTPUT_AREAS": str(tmp_path / "heatbalance_areas.gpkg"),
            "OUTPUT_CHART": str(tmp_path / "chart.png"),
        },
    )


def _long_layer(n=80, name="quaypotential_segments"):
    """n points with a long text, a heat in TJ, a length in m and a rank (n..1)."""
    from qgis_fixtures import make_memory_layer

    rows = [
        (
            f"POINT({80000 + 50 * i} {454000 + 30 * i})",
            {
                "quay_id": f"row {i:02d}",
                "rank": n - i + 1,
                "heat_tj": i * 1.234567,
                "length_m": 100.0 / 3 * i,
                "note": "a rather long text that has to wrap inside its column " * 2,
            },
        )
        for i in range(1, n + 1)
    ]
    return make_memory_layer(
        "Point",
        "EPSG:28992",
        [
            ("quay_id", "string"),
            ("rank", "int"),
            ("heat_tj", "double"),
            ("length_m", "double"),
            ("note", "string"),
        ],
        rows,
        name=name,
    )


def _pdftotext(pdf):
    if not shutil.which("pdftotext"):
        pytest.skip("pdftotext (poppler-utils) not installed")
    return subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout


def _report_alg():
    from bronnenstrategie.processing.warmtebalans.report import Report

    return Report()


def test_decimals_by_meaning():
    from bronnenstrategie.processing.warmtebalans.report import decimals_for

    assert decimals_for("heat_tj") == 2  # TJ: 2 decimals
    assert decimals_for("delivered_gj") == 0  # GJ: whole numbers
    assert decimals_for("length_m") == 0  # metres: whole numbers
    assert decimals_for("area_ha") == 1
    assert decimals_for("score") == 2
    assert decimals_for("usage_fraction") == 2
    # balance columns follow the layer's unit
    assert decimals_for("balance", "PJ") == 2
    assert decimals_for("mt_demand", "GJ") == 0
    assert decimals_for("something_else") == 2  # an unknown double: 2


def test_layout_fits_its_pages_and_rounds_numbers(provider, run_alg, sample_gpkg, tmp_path):
    from qgis.core import QgsLayoutItemAttributeTable, QgsLayoutItemLegend, QgsLayoutItemMap

    from bronnenstrategie.processing.warmtebalans.report import layout_problems

    balance = _balance(run_alg, sample_gpkg, tmp_path)
    areas = QgsVectorLayer(balance["OUTPUT_AREAS"], "heatbalance_areas", "ogr")
    table = QgsVectorLayer(balance["OUTPUT_TABLE"], "heatbalance_table", "ogr")
    long_layer = _long_layer(80)
    empty = _long_layer(0, name="wossiting_sites")
    layout = _report_alg().build_layout(
        [_layer(sample_gpkg, "residual_heat"), areas, _layer(sample_gpkg, "heat_demand_wijken")],
        [long_layer, empty, areas],
        table,
        balance["OUTPUT_CHART"],
        max_rows=80,
    )
    # nothing extends beyond its page, no legend overlaps an item, no table is wider
    # than its frame
    assert layout_problems(layout) == []
    items = layout.items()
    maps = [i for i in items if isinstance(i, QgsLayoutItemMap)]
    legends = [i for i in items if isinstance(i, QgsLayoutItemLegend)]
    # two maps, each with its own legend: the sources and the heat balance per area
    assert len(maps) == 2 and len(legends) == 2
    assert sorted(m.page() for m in maps) == sorted(lg.page() for lg in legends)
    # heatbalance_areas is not on the sources map (it has its own map)
    first = min(maps, key=lambda m: m.page())
    assert "Heat balance per area" not in [lyr.name() for lyr in first.layers()]
    assert len(first.layers()) == 2  # residual heat and the demand per district
    tables = {
        t.vectorLayer().name(): t
        for t in layout.multiFrames()
        if isinstance(t, QgsLayoutItemAttributeTable)
    }
    # the balance table: numbers in PJ with 2 decimals; the sample's HT demand is 4.3 PJ
    rows = tables["heatbalance_table"].contents()
    headers = [c.heading() for c in tables["heatbalance_table"].columns()]
    assert headers[:2] == ["Class", "Demand (PJ)"]
    assert "unit" not in [h.lower() for h in headers]
    ht = next(r for r in rows if r[0] == "HT")
    assert ht[1] == "4.30"
    for row in rows:
        for cell in row[1:]:
            assert re.match(r"^-?\d{1,3}(,\d{3})*\.\d\d$", str(cell)), (row, cell)
    # the long layer: 80 rows sorted by rank (row 80 has rank 1), TJ with 2 decimals,
    # metres whole: row 80 -> heat 80 * 1.234567 = 98.77, length 100 / 3 * 80 = 2,667
    long_table = tables["quaypotential_segments"]
    rows = long_table.contents()
    assert len(rows) == 80
    headers = [c.heading() for c in long_table.columns()]
    first_row = dict(zip(headers, rows[0]))
    assert first_row["Rank"] == 1 and first_row["Quay"] == "row 80"
    assert first_row["Heat (TJ/yr)"] == "98.77"
    assert first_row["Length (m)"] == "2,667"
    # ... and it continues over more than one page, one frame per page
    assert long_table.frameCount() >= 2
    pages = [long_table.frame(i).page() for i in range(long_table.frameCount())]
    assert pages == list(range(pages[0], pages[0] + len(pages)))


def test_labels_once_and_never_unknown(provider):
    from qgis.core import (
        QgsExpression,
        QgsExpressionContext,
        QgsExpressionContextUtils,
        QgsPalLayerSettings,
        QgsVectorLayerSimpleLabeling,
    )
    from qgis_fixtures import make_memory_layer

    from bronnenstrategie.processing.warmtebalans.report import Report

    layer = make_memory_layer(
        "Point",
        "EPSG:28992",
        [("name", "string")],
        [
            ("POINT(80000 454000)", {"name": "Binckhorst"}),  # drilling site
            ("POINT(80010 454000)", {"name": "Binckhorst"}),  # permanent site: same name
            ("POINT(81000 454000)", {"name": "onbekend"}),
            ("POINT(82000 454000)", {"name": None}),
            ("POINT(83000 454000)", {"name": "Leyweg"}),
        ],
    )
    settings = QgsPalLayerSettings()
    settings.fieldName = "name"
    layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
    layer.setLabelsEnabled(True)
    Report._label_once(layer)
    expression = QgsExpression(layer.labeling().settings().fieldName)
    context = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(layer))
    labels = []
    for feature in layer.getFeatures():
        context.setFeature(feature)
        value = expression.evaluate(context)
        assert not expression.hasEvalError(), expression.evalErrorString()
        labels.append(value if value not in ("",) else None)
    # one label per name, none for 'onbekend' or an empty name
    assert labels == ["Binckhorst", None, None, None, "Leyweg"]


def _run_report(run_alg, sample_gpkg, tmp_path, pdf):
    balance = _balance(run_alg, sample_gpkg, tmp_path)
    areas = QgsVectorLayer(balance["OUTPUT_AREAS"], "heatbalance_areas", "ogr")
    empty = _long_layer(0, name="wossiting_sites")
    return run_alg(
        "bronnenstrategie:report",
        {
            "LAYERS": [_layer(sample_gpkg, "residual_heat")],
            "BALANCE_AREAS": areas,
            "TABLES": [areas, empty],
            "BALANCE_TABLE": balance["OUTPUT_TABLE"],
            "CHART": balance["OUTPUT_CHART"],
            "INPUT_DATA": "denhaag_sample.gpkg",
            "OUTPUT": str(pdf),
        },
    )


def test_report_text_in_english(run_alg, sample_gpkg, tmp_path):
    pdf = tmp_path / "en.pdf"
    _run_report(run_alg, sample_gpkg, tmp_path, pdf)
    text = _pdftotext(pdf)
    for words in (
        "Heat source strategy",
        "Heat sources and spatial claims",
        "Legend",
        "Heat balance by temperature class",
        "Heat balance per area",
        "Residual heat (sources)",
        "Demand (PJ)",
        "No features.",
    ):
        assert words in text, words
    # readable names: no raw output names in the legend or titles
    assert "heatbalance_areas" not in text and "residual_heat" not in text
    assert "4.30" in text  # the HT demand, 4.3 PJ, rounded to 2 decimals


def test_report_text_in_dutch(run_alg, sample_gpkg, tmp_path):
    from bronnenstrategie.i18n_loader import install_translator, remove_translators

    pdf = tmp_path / "nl.pdf"
    assert install_translator("nl")
    try:
        _run_report(run_alg, sample_gpkg, tmp_path, pdf)
    finally:
        remove_translators()
    text = _pdftotext(pdf)
    for words in (
        "Bronnenstrategie",
        "Warmtebronnen en ruimteclaims",
        "Legenda",
        "Warmtebalans per temperatuurklasse",
        "Warmtebalans per gebied",
        "Vraag (PJ)",
        "Geen objecten.",
    ):
        assert words in text, words
    assert "Heat sources and spatial claims" not in text and "Legend\n" not in text
    assert "4,30" in text  # Dutch decimal comma
    # the cover, the footers and the tables are Dutch too: 5 pages (title, map, heat
    # balance, map per area, both tables on one page), each with its number and the date
    for words in (
        "Invoergegevens: denhaag_sample.gpkg",
        "Pagina 1 van 5",
        "Pagina 5 van 5",
        "Achtergrond: geen",
        "totaal",
        "27 objecten; de eerste 20 staan",
    ):
        assert words in text, words
    from qgis.PyQt.QtCore import QDate, QLocale

    assert QLocale("nl").toString(QDate.currentDate(), "d MMMM yyyy") in text
    # not one English word of the report's own texts is left
    english = (
        "Page ",
        "Input data",
        "Background",
        "features",
        "Heat balance",
        "Demand",
        "Supply",
        "Balance (",
        "No features",
        "total",
        "Made with",
    )
    assert [w for w in english if w in text] == []


def test_map_context_basemap_and_see_through_zones(provider, sample_gpkg, tmp_path):
    """The municipality outline (the wijken merged) and the water lie under the map
    layers, the zones are see-through, a basemap goes under everything and not into the
    legend, and the extent covers the municipality."""
    from qgis.core import QgsLayoutItemLegend, QgsLayoutItemMap, QgsRasterLayer, QgsRectangle
    from qgis_fixtures import make_memory_layer

    wijken = _layer(sample_gpkg, "heat_demand_wijken")
    water = [_layer(sample_gpkg, "aquathermie_water"), _layer(sample_gpkg, "restwarmte_water")]
    zones = make_memory_layer(
        "Polygon",
        "EPSG:28992",
        [("zone", "string")],
        [("POLYGON((80000 454000, 80100 454000, 80100 454100, 80000 454000))", {"zone": "warm"})],
        name="warmcoldzones_output",
    )
    # a small local raster stands in for a web basemap (no internet in tests)
    tif = tmp_path / "basemap.tif"
    from osgeo import gdal

    ds = gdal.GetDriverByName("GTiff").Create(str(tif), 10, 10, 1)
    ds.SetGeoTransform((74000, 1300, 0, 459000, 0, -1000))
    ds.SetProjection("EPSG:28992")
    ds.GetRasterBand(1).Fill(200)
    ds = None
    basemap = QgsRasterLayer(str(tif), "BRT-Achtergrondkaart grijs")
    layout = _report_alg().build_layout(
        [_layer(sample_gpkg, "residual_heat"), zones], outline=wijken, water=water, basemap=basemap
    )
    first = min(
        (i for i in layout.items() if isinstance(i, QgsLayoutItemMap)), key=lambda m: m.page()
    )
    names = [lyr.name() for lyr in first.layers()]
    # top first: the map layers, then the outline and the water, the basemap last
    assert names == [
        "Residual heat (sources)",
        "Soil energy: Warm and cold zones",
        "Municipality boundary",
        "Water",
        "BRT-Achtergrondkaart grijs",
    ]
    outline = first.layers()[2]
    assert outline.featureCount() == 1  # 27 wijken merged into one outline
    assert outline.extent().contains(wijken.extent().buffered(-1.0))
    # the sample water: 4 + 2 polygons in one layer
    water_count = sum(w.featureCount() for w in water)
    assert first.layers()[3].featureCount() == water_count
    assert first.layers()[1].opacity() == pytest.approx(0.25)
    # the map shows the whole municipality, not only the residual heat point
    assert first.extent().contains(QgsRectangle(wijken.extent()))
    legend = next(
        i for i in layout.items() if isinstance(i, QgsLayoutItemLegend) and i.page() == first.page()
    )
    in_legend = [n.layer().name() for n in legend.model().rootGroup().findLayers()]
    assert "BRT-Achtergrondkaart grijs" not in in_legend
    assert "Municipality boundary" in in_legend and "Water" in in_legend


def test_tables_as_csv(run_alg, sample_gpkg, tmp_path):
    """Every table of the report as CSV next to it: the report's headings, all rows,
    numbers rounded as in the report."""
    import csv

    balance = _balance(run_alg, sample_gpkg, tmp_path)
    areas = QgsVectorLayer(balance["OUTPUT_AREAS"], "heatbalance_areas", "ogr")
    pdf = tmp_path / "rapport.pdf"
    res = run_alg(
        "bronnenstrategie:report",
        {
            "TABLES": [areas],
            "BALANCE_TABLE": balance["OUTPUT_TABLE"],
            "MAX_ROWS": 5,
            "SPREADSHEETS": 1,
            "OUTPUT": str(pdf),
        },
    )
    files = res["SPREADSHEET_FILES"].split(";")
    assert files == [
        str(tmp_path / "rapport_heat-balance-by-temperature-class.csv"),
        str(tmp_path / "rapport_heat-balance-per-area.csv"),
    ]
    with open(files[0], encoding="utf-8") as handle:
        rows = {r["Class"]: r for r in csv.DictReader(handle)}
    # sample: HT demand 4.3 PJ against 2.0 PJ of residual heat -> -2.3 PJ
    assert rows["HT"]["Demand (PJ)"] == "4.3" and rows["HT"]["Balance (PJ)"] == "-2.3"
    with open(files[1], encoding="utf-8") as handle:
        areas_rows = list(csv.DictReader(handle))
    assert len(areas_rows) == 27  # all rows, though the PDF shows 5
    assert "fid" not in areas_rows[0]


def test_legend_and_codes_in_dutch(provider):
    """The texts of the plugin's styles and the codes in the tables follow the report's
    language: Dutch words, Dutch number forms (1,500 -> 1.500; 0.02 -> 0,02)."""
    from bronnenstrategie.i18n_loader import install_translator, remove_translators

    english = _report_alg()
    assert english.legend_text("500 - 1,500 GJ/yr") == "500 - 1,500 GJ/yr"
    assert english.legend_text("Boorterrein (drilling site)") == "Boorterrein (drilling site)"
    # the Dutch texts of the styles in English in an English report
    assert english.legend_text("tekort 0-25 % van de vraag") == "deficit 0-25 % of the demand"
    assert english.legend_text("koud") == "cold"
    assert install_translator("nl")
    try:
        dutch = _report_alg()
        assert dutch.language() == "nl"
        assert dutch.legend_text("500 - 1,500 GJ/yr") == "500 - 1.500 GJ/jr"
        assert dutch.legend_text("0.02 - 0.05") == "0,02 - 0,05"
        assert dutch.legend_text("Boorterrein (drilling site)") == "Boorterrein"
        assert dutch.legend_text("same system (warm-cold)") == "zelfde systeem (warm-koud)"
        assert dutch.legend_text("tekort 0-25 % van de vraag") == "tekort 0-25 % van de vraag"
        assert dutch.legend_text("koud") == "koud"
        labels = dutch._value_labels()
        assert labels["kind"]["permanent_site"] == "permanent terrein"
        assert labels["class"]["total"] == "totaal"
        assert labels["type_a"]["bodemenergie_zone_warm"] == "Bodemenergie: warme zone"
    finally:
        remove_translators()


def test_basemap_from_the_project(provider):
    """Without a BASEMAP the project's web map layer (WMS/WMTS/XYZ) is the background;
    without one the background is plain."""
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback, QgsProject, QgsRasterLayer
    from qgis_fixtures import make_memory_layer

    project = QgsProject()
    context = QgsProcessingContext()
    context.setProject(project)
    feedback = QgsProcessingFeedback()
    alg = _report_alg()
    assert alg.basemap({}, context, feedback) is None
    # a vector layer is no basemap; an XYZ layer (provider 'wms') is; nothing is fetched
    project.addMapLayer(make_memory_layer("Point", "EPSG:28992", [], []))
    xyz = QgsRasterLayer(
        "type=xyz&url=http://127.0.0.1/tiles/%7Bz%7D/%7Bx%7D/%7By%7D.png" "&zmax=19&zmin=0",
        "BRT-Achtergrondkaart",
        "wms",
    )
    assert xyz.isValid()
    project.addMapLayer(xyz)
    assert alg.basemap({}, context, feedback) is xyz
