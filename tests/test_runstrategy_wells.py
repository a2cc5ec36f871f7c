"""runstrategy with a well layer of its own (WELLS): an imported register replaces the
input GeoPackage's wko_wells in every soil-energy step and in the claims' depth range."""

import sqlite3

from qgis.core import QgsCoordinateTransformContext, QgsVectorFileWriter, QgsVectorLayer

PROVINCE_FIELDS = [
    ("LGR_inr_nr", "string"),
    ("Putcode", "string"),
    ("Vergund_m3_jaar", "string"),
    ("Filter_boven", "string"),
    ("Filter_onder", "string"),
    ("WVP", "string"),
]


def _write(gpkg, layer, name, first):
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName, options.layerName = "GPKG", name
    if not first:
        options.actionOnExistingFile = QgsVectorFileWriter.CreateOrOverwriteLayer
    error = QgsVectorFileWriter.writeAsVectorFormatV3(
        layer, str(gpkg), QgsCoordinateTransformContext(), options
    )[0]
    assert error == QgsVectorFileWriter.NoError


def _input_gpkg(memory_layer, path):
    """A study area and a decoy wko_wells far outside it (one lone well): a run that read
    the decoy would find no conflict and no interference area."""
    area = memory_layer(
        "Polygon",
        "EPSG:28992",
        [("name", "string")],
        [
            (
                "POLYGON ((79000 453000, 84000 453000, 84000 457000, 79000 457000, 79000 453000))",
                {"name": "area"},
            )
        ],
    )
    decoy = memory_layer(
        "Point",
        "EPSG:28992",
        [
            ("well_id", "string"),
            ("system_id", "string"),
            ("volume_m3", "double"),
            ("screen_top", "double"),
            ("screen_bottom", "double"),
            ("temperature", "string"),
        ],
        [
            (
                "POINT (10000 400000)",
                {
                    "well_id": "DECOY",
                    "system_id": "D",
                    "volume_m3": 1000.0,
                    "screen_top": 5.0,
                    "screen_bottom": 300.0,
                    "temperature": "warm",
                },
            )
        ],
    )
    _write(path, area, "bodemenergie_study_area", True)
    _write(path, decoy, "wko_wells", False)
    return path


def test_runstrategy_runs_on_an_imported_well_layer(run_alg, memory_layer, tmp_path):
    # a provincial register imported: Z1 a doublet 100 m apart, 200,000 m3/yr ->
    # 100,000 m3 per well per season, screens 20-60 m; Z2 a mono well 80-120 m (two wells
    # at one point, 45,000 m3 each)
    province = memory_layer(
        "Point",
        "EPSG:28992",
        PROVINCE_FIELDS,
        [
            (
                "POINT (81000 455000)",
                {
                    "LGR_inr_nr": "Z1",
                    "Putcode": "W1",
                    "Vergund_m3_jaar": "200000",
                    "Filter_boven": "20",
                    "Filter_onder": "60",
                    "WVP": "1",
                },
            ),
            (
                "POINT (81100 455000)",
                {
                    "LGR_inr_nr": "Z1",
                    "Putcode": "K1",
                    "Vergund_m3_jaar": "200000",
                    "Filter_boven": "20",
                    "Filter_onder": "60",
                    "WVP": "1",
                },
            ),
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
        ],
    )
    wells = run_alg(
        "bronnenstrategie:importwells",
        {"INPUT": province, "OUTPUT": "memory:", "OUTPUT_PROBLEMS": "memory:"},
    )["OUTPUT"]
    assert wells.featureCount() == 4
    gpkg = _input_gpkg(memory_layer, tmp_path / "input.gpkg")
    out = tmp_path / "out"
    res = run_alg(
        "bronnenstrategie:runstrategy",
        {"INPUT": str(gpkg), "WELLS": wells, "OUTPUT_FOLDER": str(out)},
    )
    result = out / "bronnenstrategie.gpkg"

    def layer(name):
        lyr = QgsVectorLayer(f"{result}|layername={name}", name, "ogr")
        assert lyr.isValid(), name
        return lyr

    # every soil-energy step read the imported wells, none the decoy
    radii = {f["well_id"] for f in layer("thermalradius_output").getFeatures()}
    assert radii == {"Z1-W1", "Z1-K1", "Z2-MONO-W", "Z2-MONO-K"}
    pairs = {
        (f["well_a"], f["well_b"], f["kind"]) for f in layer("wellconflicts_output").getFeatures()
    }
    # R_th(100,000 m3, H 40 m) = sqrt(4.18 * 100000 / (2.8 * pi * 40)) = 34.47 m;
    # 3 x 34.47 = 103.4 m > 100 m apart: a conflict within the system
    assert ("Z1-W1", "Z1-K1", "same_system") in pairs
    assert ("Z2-MONO-W", "Z2-MONO-K", "same_system") in pairs
    assert layer("interferenceareas_output").isValid()
    assert "warmcoldzones: not run" not in res["SUMMARY"]
    assert "DECOY" not in res["SUMMARY"]
    # the soil-energy claims reach from the shallowest imported screen top (20 m) to the
    # deepest bottom (120 m), not the decoy's 5-300 m
    with sqlite3.connect(str(out / "ruimteclaims.gpkg")) as conn:
        ranges = set(
            conn.execute(
                "SELECT DISTINCT depth_top_m, depth_bottom_m FROM ruimteclaims "
                "WHERE level = 'ondergronds'"
            )
        )
    assert ranges == {(20.0, 120.0)}


def test_without_wells_the_input_layer_is_used(run_alg, memory_layer, tmp_path):
    gpkg = _input_gpkg(memory_layer, tmp_path / "input.gpkg")
    out = tmp_path / "out"
    run_alg("bronnenstrategie:runstrategy", {"INPUT": str(gpkg), "OUTPUT_FOLDER": str(out)})
    radii = QgsVectorLayer(
        "{}|layername=thermalradius_output".format(out / "bronnenstrategie.gpkg"), "r", "ogr"
    )
    assert {f["well_id"] for f in radii.getFeatures()} == {"DECOY"}
