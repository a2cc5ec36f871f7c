"""bronnenstrategie:importwells through processing.run: every register form, numbers by hand.

Fixtures are built in code: shapefiles in Windows-1252 (with and without .cpg, with .cst),
a CSV with coordinate fields, GeoJSON in WGS84 (one point in France, duplicates), memory
layers of a provincial permit layer, and BRO GUF documents (tests/guf_documents.py).
"""

import json
import zipfile

import guf_documents as doc
import pytest
from qgis.core import (
    NULL,
    QgsCoordinateTransformContext,
    QgsProcessingException,
    QgsVectorFileWriter,
    QgsVectorLayer,
)

ALG = "bronnenstrategie:importwells"
OUT = {"OUTPUT": "memory:", "OUTPUT_PROBLEMS": "memory:"}


def _v(value):
    return None if value is None or value == NULL else value


def _rows(layer):
    return {
        f["well_id"]: {k: _v(f[k]) for k in layer.fields().names()} for f in layer.getFeatures()
    }


def _problems(res):
    return {(f["kind"], f["field"]): f["count"] for f in res["OUTPUT_PROBLEMS"].getFeatures()}


def _count(res, kind):
    return sum(c for (k, _), c in _problems(res).items() if k == kind)


PROVINCE_FIELDS = [
    ("LGR_inr_nr", "string"),
    ("Putcode", "string"),
    ("Vergund_m3_jaar", "string"),
    ("Vergund_m3_h", "string"),
    ("Filter_boven", "string"),
    ("Filter_onder", "string"),
    ("WVP", "string"),
    ("Status", "string"),
]


def _province(memory_layer, crs="EPSG:28992"):
    rows = [
        # a doublet: 200,000 m3/year (Dutch thousands) -> 100,000 per well per season
        (
            "POINT (81000 455000)",
            {
                "LGR_inr_nr": "Z1",
                "Putcode": "W1",
                "Vergund_m3_jaar": "200.000",
                "Vergund_m3_h": "<10",
                "Filter_boven": "20",
                "Filter_onder": "60,5",
                "WVP": "1",
                "Status": "In Gebruik",
            },
        ),
        (
            "POINT (81100 455000)",
            {
                "LGR_inr_nr": "Z1",
                "Putcode": "K1",
                "Vergund_m3_jaar": "200000",
                "Vergund_m3_h": "-",
                "Filter_boven": "onbekend",
                "Filter_onder": "60",
                "WVP": "1",
                "Status": "In Gebruik",
            },
        ),
        # the same K1 again: merged
        (
            "POINT (81100 455000)",
            {
                "LGR_inr_nr": "Z1",
                "Putcode": "K1",
                "Vergund_m3_jaar": "200000",
                "Vergund_m3_h": "-",
                "Filter_boven": "onbekend",
                "Filter_onder": "60",
                "WVP": "1",
                "Status": "In Gebruik",
            },
        ),
        # a mono well 80-120 m: two wells of 90,000 / 2 = 45,000 m3 per season
        (
            "POINT (82000 454000)",
            {
                "LGR_inr_nr": "Z2",
                "Putcode": "Mono",
                "Vergund_m3_jaar": "90000",
                "Filter_boven": "80",
                "Filter_onder": "120",
                "WVP": "2",
            },
        ),
        (
            "POINT (82500 454000)",
            {"LGR_inr_nr": "Z3", "Putcode": "Bronnen onbekend (niet aangelegd)"},
        ),
        ("POINT (83000 454000)", {"LGR_inr_nr": "Z4", "Putcode": "W1", "Status": "Buiten gebruik"}),
    ]
    return memory_layer("Point", crs, PROVINCE_FIELDS, rows)


def test_provincial_permit_layer(run_alg, memory_layer, feedback):
    res = run_alg(ALG, dict(OUT, INPUT=_province(memory_layer)), feedback)
    assert res["SCHEMA_USED"] == "province"
    assert any("provincial permit layer" in t for t in feedback.infos)
    assert any("volume_year <- 'Vergund_m3_jaar'" in t for t in feedback.infos)
    layer = res["OUTPUT"]
    assert layer.crs().authid() == "EPSG:28992"
    wells = _rows(layer)
    assert set(wells) == {"Z1-W1", "Z1-K1", "Z2-MONO-W", "Z2-MONO-K"}
    w1 = wells["Z1-W1"]
    assert (w1["temperature"], w1["role"], w1["aquifer"]) == ("warm", "both", "1")
    assert w1["volume_m3"] == 100000.0 and w1["volume_year_m3"] == 200000.0
    assert w1["capacity_m3h"] == 10.0  # '<10' kept as 10
    assert (w1["screen_top"], w1["screen_bottom"]) == (20.0, 60.5)
    assert "upper bound" in w1["problems"] and "decimal comma" in w1["problems"]
    assert wells["Z1-K1"]["screen_top"] is None  # 'onbekend'
    assert wells["Z2-MONO-W"]["volume_m3"] == 45000.0
    assert (wells["Z2-MONO-W"]["screen_top"], wells["Z2-MONO-W"]["screen_bottom"]) == (80.0, 100.0)
    assert (wells["Z2-MONO-K"]["screen_top"], wells["Z2-MONO-K"]["screen_bottom"]) == (100.0, 120.0)
    assert res["N_WELLS"] == 4
    # rejected: not a well, out of use; merged: the second K1
    assert (_count(res, "not_a_well"), _count(res, "inactive"), _count(res, "duplicate")) == (
        1,
        1,
        1,
    )
    assert res["N_REJECTED"] == 3
    assert _count(res, "placeholder") == 2 and _count(res, "upper_bound") == 1


def test_wgs84_geojson_wkotool_with_france_and_duplicates(run_alg, tmp_path):
    def feature(system, lon, lat, status="In Gebruik", **extra):
        props = {"Installatie ID": system, "Status put": status, "Status installatie": "In Gebruik"}
        props.update(extra)
        return {
            "type": "Feature",
            "properties": props,
            "geometry": {"type": "Point", "coordinates": [lon, lat]},
        }

    path = tmp_path / "wko.geojson"
    path.write_text(
        json.dumps(
            {
                "type": "FeatureCollection",
                "features": [
                    # the RD origin of Amersfoort: RD (155000, 463000)
                    feature(
                        "1",
                        5.38720621,
                        52.15517440,
                        pompcapaciteit=90,
                        maxhoeveelheidm3onttrekking=1203600,
                    ),
                    feature(
                        "1",
                        5.38720621,
                        52.15517440,
                        pompcapaciteit=90,
                        maxhoeveelheidm3onttrekking=1203600,
                    ),  # exact duplicate
                    feature(
                        "1", 5.3885, 52.1552, pompcapaciteit=90, maxhoeveelheidm3onttrekking=1203600
                    ),
                    feature("2", 3.31357, 47.97478),  # France
                    feature("3", 4.30, 52.08, status="Bron Gedempt"),
                ],
            }
        )
    )
    res = run_alg(ALG, dict(OUT, INPUT=str(path)))
    assert res["SCHEMA_USED"] == "wkotool"
    wells = _rows(res["OUTPUT"])
    assert set(wells) == {"1-1", "1-2"}
    one = res["OUTPUT"].getFeature(
        next(f.id() for f in res["OUTPUT"].getFeatures() if f["well_id"] == "1-1")
    )
    point = one.geometry().asPoint()
    assert point.x() == pytest.approx(155000.0, abs=2.0)
    assert point.y() == pytest.approx(463000.0, abs=2.0)
    # 1,203,600 m3 per year over the 2 wells left after the merge
    assert wells["1-1"]["volume_m3"] == 601800.0 and wells["1-1"]["capacity_m3h"] == 90.0
    problems = {f["kind"]: f for f in res["OUTPUT_PROBLEMS"].getFeatures()}
    assert problems["outside_nl"]["count"] == 1
    assert problems["outside_nl"]["examples"] == "3"  # GeoJSON feature ids from 0
    assert problems["duplicate"]["count"] == 1 and problems["inactive"]["count"] == 1


def _write_shapefile(folder, encoding):
    """A shapefile of two wells with 'Café' texts in Windows-1252 bytes; ``encoding``
    'cpg' or 'cst' writes that file naming the code page, None writes none."""
    from osgeo import ogr, osr

    path = folder / "wko.shp"
    drv = ogr.GetDriverByName("ESRI Shapefile")
    ds = drv.CreateDataSource(str(path))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(28992)
    lyr = ds.CreateLayer("wko", srs, ogr.wkbPoint, options=["ENCODING="])
    # a shapefile keeps 10 characters: 'temperatur' (found as 'temperature')
    for name in ("system_id", "well_id", "temperatur", "volume_m3"):
        lyr.CreateField(ogr.FieldDefn(name, ogr.OFTString))
    for k, (system, well, temp, vol) in enumerate(
        (("Caf~-1", "Caf~-1-W", "warm", "50000"), ("Caf~-1", "Caf~-1-K", "koud", "50000"))
    ):
        f = ogr.Feature(lyr.GetLayerDefn())
        f.SetField("system_id", system)
        f.SetField("well_id", well)
        f.SetField("temperatur", temp)
        f.SetField("volume_m3", vol)
        f.SetGeometry(ogr.CreateGeometryFromWkt(f"POINT ({81000 + 100 * k} 455000)"))
        lyr.CreateFeature(f)
    ds = None
    for extra in ("wko.cpg", "wko.cst"):
        (folder / extra).unlink(missing_ok=True)
    dbf = folder / "wko.dbf"
    data = bytearray(dbf.read_bytes().replace(b"Caf~", "Café".encode("cp1252")))
    data[29] = 0  # no code page in the header
    dbf.write_bytes(bytes(data))
    if encoding == "cpg":
        (folder / "wko.cpg").write_text("1252")
    elif encoding == "cst":
        (folder / "wko.cst").write_text("windows-1252")
    return path


@pytest.mark.parametrize("encoding", ["cpg", "cst", None])
def test_latin1_shapefile(run_alg, tmp_path, encoding, feedback):
    path = _write_shapefile(tmp_path, encoding)
    res = run_alg(ALG, dict(OUT, INPUT=str(path)), feedback)
    wells = _rows(res["OUTPUT"])
    assert set(wells) == {"Café-1-W", "Café-1-K"}
    assert wells["Café-1-W"]["system_id"] == "Café-1"
    assert any("windows-1252" in t for t in feedback.infos)
    if encoding is None:
        assert "windows-1252" in wells["Café-1-W"]["problems"]


def test_csv_with_coordinates_and_text_numbers(run_alg, tmp_path, feedback):
    path = tmp_path / "vergunningen.csv"
    path.write_text(
        "LGR_inr_nr,Putcode,X_coordinaat,Y_coordinaat,Vergund_m3_jaar,Vergund_m3_h\n"
        'A1,W1,"81000,5",455000,120000,"139,6"\n'
        "A1,K1,81100,455000,120000 m3/jaar,40 m3/h\n",
        encoding="utf-8",
    )
    res = run_alg(ALG, dict(OUT, INPUT=str(path)), feedback)
    assert res["SCHEMA_USED"] == "province"
    layer = res["OUTPUT"]
    wells = _rows(layer)
    assert wells["A1-W1"]["capacity_m3h"] == 139.6
    assert wells["A1-K1"]["volume_m3"] == 60000.0 and wells["A1-K1"]["capacity_m3h"] == 40.0
    xs = sorted(f.geometry().asPoint().x() for f in layer.getFeatures())
    assert xs == [81000.5, 81100.0]
    assert any("X_coordinaat" in t and "EPSG:28992" in t for t in feedback.infos)
    assert _count(res, "decimal_comma") == 2 and _count(res, "unit_text") == 2
    assert _count(res, "number_text") == 1  # "120000" of A1-W1


def test_custom_mapping(run_alg, memory_layer):
    layer = memory_layer(
        "Point",
        "EPSG:28992",
        [
            ("inst", "string"),
            ("put", "string"),
            ("m3_per_seizoen", "double"),
            ("bk", "double"),
            ("ok", "double"),
            ("laag", "string"),
        ],
        [
            (
                "POINT (81000 455000)",
                {
                    "inst": "X",
                    "put": "W1",
                    "m3_per_seizoen": 25000.0,
                    "bk": 30.0,
                    "ok": 50.0,
                    "laag": "PZWAz2",
                },
            )
        ],
    )
    params = dict(
        OUT,
        INPUT=layer,
        SCHEMA=4,
        MAP_SYSTEM="inst",
        MAP_WELL_CODE="put",
        MAP_VOLUME_SEASON="m3_per_seizoen",
        MAP_SCREEN_TOP="bk",
        MAP_SCREEN_BOTTOM="ok",
        MAP_AQUIFER="laag",
    )
    res = run_alg(ALG, params)
    row = _rows(res["OUTPUT"])["X-W1"]
    assert (row["volume_m3"], row["screen_top"], row["screen_bottom"], row["aquifer"]) == (
        25000.0,
        30.0,
        50.0,
        "PZWAz2",
    )
    assert res["SCHEMA_USED"] == "custom"


def test_no_schema_and_no_mapping_lists_fields_and_parameters(run_alg, memory_layer):
    layer = memory_layer(
        "Point",
        "EPSG:28992",
        [("naam", "string"), ("adres", "string")],
        [("POINT (81000 455000)", {"naam": "x"})],
    )
    with pytest.raises(QgsProcessingException) as err:
        run_alg(ALG, dict(OUT, INPUT=layer))
    text = str(err.value)
    assert "naam, adres" in text and "MAP_SYSTEM" in text and "MAP_VOLUME_YEAR" in text


def test_guf_that_is_not_guf_names_the_root(run_alg, tmp_path):
    path = tmp_path / "kaart.xml"
    path.write_text("<?xml version='1.0'?><kml><Document/></kml>")
    with pytest.raises(QgsProcessingException) as err:
        run_alg(ALG, dict(OUT, GUF=str(path)))
    assert "<kml>" in str(err.value)


def test_empty_result_is_an_error(run_alg, memory_layer):
    layer = memory_layer(
        "Point",
        "EPSG:28992",
        PROVINCE_FIELDS,
        [
            (
                "POINT (81000 455000)",
                {
                    "LGR_inr_nr": "Z",
                    "Putcode": "W1",
                    "Vergund_m3_jaar": "1000",
                    "Status": "Buiten gebruik",
                },
            )
        ],
    )
    with pytest.raises(QgsProcessingException) as err:
        run_alg(ALG, dict(OUT, INPUT=layer))
    assert "No well could be imported" in str(err.value) and "inactive" in str(err.value)


def test_guf_file_folder_and_zip(run_alg, tmp_path):
    single = tmp_path / "one.xml"
    single.write_text(doc.dispatch([doc.open_realised_rd(), doc.open_realised_etrs89()]))
    res = run_alg(ALG, dict(OUT, GUF=str(single)))
    assert res["SCHEMA_USED"] == "guf" and res["N_WELLS"] == 4
    wells = _rows(res["OUTPUT"])
    warm = wells["GUF000000000001-501"]
    assert (warm["temperature"], warm["screen_top"], warm["screen_bottom"]) == ("warm", 20.0, 40.0)
    assert warm["volume_m3"] == 120000.0  # 240,000 m3 per year / 2 wells
    etrs = (
        [f for f in res["OUTPUT"].getFeatures() if f["well_id"] == "GUF000000000002-501"][0]
        .geometry()
        .asPoint()
    )
    # 52.08 N 4.30 E lies in Den Haag: RD about (81,300, 455,000)
    assert 80000 < etrs.x() < 83000 and 454000 < etrs.y() < 456500
    folder = tmp_path / "bro"
    folder.mkdir()
    (folder / "a.xml").write_text(doc.dispatch([doc.ppo_history()]))
    with zipfile.ZipFile(folder / "b.zip", "w") as zf:
        zf.writestr("closed.xml", doc.dispatch([doc.closed_realised()]))
    res = run_alg(ALG, dict(OUT, GUF_FOLDER=str(folder), OUTPUT_CLOSED="memory:"))
    assert res["N_WELLS"] == 2 and res["N_CLOSED"] == 2
    loops = {f["loop_id"]: f for f in res["OUTPUT_CLOSED"].getFeatures()}
    assert loops["GUF000000000004-602"]["depth_bottom"] == 120.0
    assert loops["GUF000000000004-602"]["depth_top"] == 0.0
    # a zip given directly as INPUT
    res = run_alg(ALG, dict(OUT, INPUT=str(folder / "b.zip"), OUTPUT_CLOSED="memory:"))
    assert res["N_CLOSED"] == 2


# -- the imported layer in the soil-energy algorithms, default field parameters -------------
def _imported_gpkg(run_alg, memory_layer, tmp_path):
    """A GeoPackage with wko_wells (a provincial layer imported), closed_loops (BRO GUF
    imported) and a study area, as runstrategy finds them."""
    res = run_alg(ALG, dict(OUT, INPUT=_province(memory_layer)))
    loops_xml = tmp_path / "closed.xml"
    loops_xml.write_text(doc.dispatch([doc.closed_realised()]))
    closed = run_alg(ALG, dict(OUT, GUF=str(loops_xml), OUTPUT_CLOSED="memory:"))
    gpkg = tmp_path / "input.gpkg"
    area = memory_layer(
        "Polygon",
        "EPSG:28992",
        [("name", "string")],
        [
            (
                "POLYGON ((76000 448000, 85000 448000, 85000 458000, 76000 458000, 76000 448000))",
                {"name": "area"},
            )
        ],
    )
    for k, (layer, name) in enumerate(
        (
            (res["OUTPUT"], "wko_wells"),
            (closed["OUTPUT_CLOSED"], "closed_loops"),
            (area, "bodemenergie_study_area"),
        )
    ):
        options = QgsVectorFileWriter.SaveVectorOptions()
        options.driverName = "GPKG"
        options.layerName = name
        if k:
            options.actionOnExistingFile = QgsVectorFileWriter.CreateOrOverwriteLayer
        err = QgsVectorFileWriter.writeAsVectorFormatV3(
            layer, str(gpkg), QgsCoordinateTransformContext(), options
        )
        assert err[0] == QgsVectorFileWriter.NoError, err
    return gpkg


def test_algorithms_run_on_the_imported_layer_with_default_fields(run_alg, memory_layer, tmp_path):
    gpkg = _imported_gpkg(run_alg, memory_layer, tmp_path)
    wells = f"{gpkg}|layername=wko_wells"
    loops = f"{gpkg}|layername=closed_loops"
    area = f"{gpkg}|layername=bodemenergie_study_area"
    # no field parameter set: volume_m3, system_id, screen_top / _bottom, temperature,
    # well_id, depth_top / depth_bottom are the defaults
    res = run_alg(
        "bronnenstrategie:wellconflicts",
        {"INPUT": wells, "CLOSED_LOOPS": loops, "OUTPUT": "memory:"},
    )
    pairs = sorted((f["well_a"], f["well_b"], f["kind"]) for f in res["OUTPUT"].getFeatures())
    # Z1: W1 and K1 100 m apart, 100,000 m3 per season; R_th(W1, H 40.5 m)
    # = sqrt(4.18 * 100000 / (2.8 * pi * 40.5)) = 34.26 m, K1 (H 40 m default) 34.47 m:
    # 3 x 34.47 = 103.4 m > 100 m -> same_system conflict; the mono pair W/K of Z2 at one
    # point (45,000 m3, H 20 m: R_th 32.7 m) -> same_system at 0 m
    assert ("Z1-W1", "Z1-K1", "same_system") in pairs
    assert ("Z2-MONO-W", "Z2-MONO-K", "same_system") in pairs
    res = run_alg(
        "bronnenstrategie:interferenceareas",
        {"INPUT": wells, "STUDY_AREA": area, "OUTPUT": "memory:", "OUTPUT_GRID": "memory:"},
    )
    assert res["OUTPUT"] is not None
    res = run_alg(
        "bronnenstrategie:warmcoldzones",
        {
            "AREA": area,
            "ZONE_WIDTH": 150,
            "WELLS": wells,
            "OUTPUT": "memory:",
            "OUTPUT_CHECK": "memory:",
        },
    )
    assert res["OUTPUT_CHECK"].featureCount() == 4


def test_runstrategy_runs_on_the_imported_layer(run_alg, memory_layer, tmp_path):
    gpkg = _imported_gpkg(run_alg, memory_layer, tmp_path)
    out = tmp_path / "out"
    res = run_alg("bronnenstrategie:runstrategy", {"INPUT": str(gpkg), "OUTPUT_FOLDER": str(out)})
    result = out / "bronnenstrategie.gpkg"
    conflicts = QgsVectorLayer(f"{result}|layername=wellconflicts_output", "c", "ogr")
    assert conflicts.isValid() and conflicts.featureCount() >= 2
    assert res["N_STEPS"] >= 4


def test_menu_action_opens_the_algorithm(plugin):
    actions = {key: (text, callback) for key, text, _icon, callback in plugin.gui_actions()}
    assert actions["importwells"][0] == "Import a soil-energy register…"


def test_qgis_process_needs_no_field_parameter(run_alg, memory_layer, tmp_path, qgis_process):
    """Through qgis_process (which refuses a left-out required parameter even with a
    default) the imported layer runs with no field parameter at all."""
    gpkg = _imported_gpkg(run_alg, memory_layer, tmp_path)
    res = qgis_process(
        "bronnenstrategie:wellconflicts",
        {
            "INPUT": f"{gpkg}|layername=wko_wells",
            "CLOSED_LOOPS": f"{gpkg}|layername=closed_loops",
            "OUTPUT": str(tmp_path / "conflicts.gpkg"),
        },
    )["results"]
    # the Z1 doublet and the Z2 mono pair (see the in-process test above)
    assert res["N_CONFLICTS"] >= 2
