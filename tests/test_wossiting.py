"""bronnenstrategie:wossiting through processing.run, numbers worked out by hand.

Synthetic area (RD New): study area x 80000..81000, y 450000..451000, 10 m cells; the
main runs along the south edge on the row of cell centres y = 450005, the network along
the west edge on the column of cell centres x = 80005. With local coordinates
u = x - 80000, v = y - 450000 of a cell centre:
    d_main = v - 5, d_net = u - 5
    score  = (0.4 (1 - d_main/500) + 0.4 (1 - d_net/1000)) / 0.8
           = 1 - (v - 5)/1000 - (u - 5)/2000        (no demand; linear, so a plot's
                                                     mean score is the score at its centre)
A 2,000 m2 plot is 4 x 5 or 5 x 4 cells. ``_params`` sets the strip along the main to 0
to keep this geometry; the strip has its own test.
"""

import math

import numpy as np
import pytest
from qgis.core import QgsProcessingException, QgsVectorLayer

pytest.importorskip("scipy")
pytest.importorskip("shapely")

X0, Y0 = 80000.0, 450000.0
ALG = "bronnenstrategie:wossiting"


def _box(xmin, ymin, xmax, ymax):
    return (
        f"POLYGON(({X0 + xmin} {Y0 + ymin}, {X0 + xmax} {Y0 + ymin}, {X0 + xmax} {Y0 + ymax}, "
        f"{X0 + xmin} {Y0 + ymax}, {X0 + xmin} {Y0 + ymin}))"
    )


@pytest.fixture
def layers(memory_layer):
    def make(crs="EPSG:28992"):
        study = memory_layer(
            "Polygon", crs, [("name", "string")], [(_box(0, 0, 1000, 1000), {"name": "test"})]
        )
        main = memory_layer(
            "LineString",
            crs,
            [("name", "string")],
            [(f"LINESTRING({X0 - 100} {Y0 + 5}, {X0 + 1100} {Y0 + 5})", {})],
        )
        net = memory_layer(
            "LineString",
            crs,
            [("name", "string")],
            [(f"LINESTRING({X0 + 5} {Y0 - 100}, {X0 + 5} {Y0 + 1100})", {})],
        )
        return study, main, net

    return make


def _params(study, main, net, tmp_path, **extra):
    params = {
        "STUDY_AREA": study,
        "TRANSPORT_MAIN": main,
        "HEAT_NETWORK": net,
        "OUTPUT_RASTER": str(tmp_path / "score.tif"),
        "OUTPUT_SITES": "memory:",
        "MAIN_STRIP": 0.0,
    }
    params.update(extra)
    return params


def _sites(res):
    layer = res["OUTPUT_SITES"]
    if isinstance(layer, str):
        layer = QgsVectorLayer(layer, "sites", "ogr")
    return sorted(layer.getFeatures(), key=lambda f: f["rank"])


def _read_raster(path):
    from osgeo import gdal

    ds = gdal.Open(str(path))
    band = ds.GetRasterBand(1)
    return ds, band.ReadAsArray(), band.GetNoDataValue()


def test_best_site_near_crossing_and_50_m_from_homes(run_alg, layers, memory_layer, tmp_path):
    study, main, net = layers()
    homes = memory_layer(
        "Polygon", "EPSG:28992", [("id", "int")], [(_box(1, 1, 29, 29), {"id": 1})]
    )
    res = run_alg(ALG, _params(study, main, net, tmp_path, BUILDINGS=homes, N_SITES=1))
    (site,) = _sites(res)
    # The home touches the cells of u, v in [0, 30]; usable cells keep 50 m edge to edge,
    # so along the bottom the first usable cell starts at u = 80. Best plot 4 rows x 5
    # cols at u 80..130, v 0..40, centre (105, 20): 1 - 15/1000 - 100/2000 = 0.935
    # (5 x 4 at u 80..120, v 0..50: 1 - 20/1000 - 95/2000 = 0.9325; along the west edge
    #  from v = 80: centre (25, 100): 1 - 95/1000 - 20/2000 = 0.895)
    assert site["rank"] == 1
    assert site["score"] == pytest.approx(0.935, abs=1e-4)
    # least distances over the plot's cells: main 0 (bottom row, v = 5), network 85 - 5 = 80
    assert site["dist_main"] == pytest.approx(0.0)
    assert site["dist_network"] == pytest.approx(80.0)
    assert site["demand_gj"] is None or str(site["demand_gj"]) == "NULL"  # no demand layer
    assert site["why"] == "0 m from the main, 80 m from the network"
    geom = site.geometry()
    from qgis.core import QgsGeometry

    home = QgsGeometry.fromWkt(_box(1, 1, 29, 29))
    assert geom.distance(home) >= 50.0
    assert geom.contains(QgsGeometry.fromWkt(_box(80.5, 0.5, 129.5, 39.5)))
    # the site is the plot itself: 4 x 5 cells = 2,000 m2
    assert site["area_m2"] == pytest.approx(2000.0)
    assert geom.area() == pytest.approx(2000.0)
    assert site["patch_m2"] >= 2000.0
    assert res["SITES_FOUND"] == 1

    # the raster: CRS, geotransform, nodata where excluded, hand-computed values
    ds, arr, nodata = _read_raster(res["OUTPUT_RASTER"])
    assert nodata == -9999.0
    assert ds.GetGeoTransform() == (X0, 10.0, 0.0, Y0 + 1000.0, 0.0, -10.0)
    assert (ds.RasterXSize, ds.RasterYSize) == (100, 100)
    from osgeo import osr

    srs = osr.SpatialReference(wkt=ds.GetProjection())
    srs.AutoIdentifyEPSG()
    assert srs.GetAuthorityCode(None) == "28992"
    # bottom row is row 99: cells u 0..80 are within 50 m of the home -> nodata
    assert arr[99, 0] == nodata and arr[99, 7] == nodata
    # cell (99, 8), centre (85, 5): 1 - 0 - 80/2000 = 0.96
    assert arr[99, 8] == pytest.approx(0.96, abs=1e-6)
    # cell (0, 0), centre (5, 995): 990 m from the main (> 500) -> score 0
    assert arr[0, 0] == 0.0


def test_exclusion_layer_gives_nodata(run_alg, layers, memory_layer, tmp_path):
    study, main, net = layers()
    water = memory_layer(
        "Polygon", "EPSG:28992", [("name", "string")], [(_box(0, 0, 200, 200), {"name": "pond"})]
    )
    res = run_alg(ALG, _params(study, main, net, tmp_path, EXCLUSIONS=[water], N_SITES=3))
    _, arr, nodata = _read_raster(res["OUTPUT_RASTER"])
    # the 20 x 20 cells of the pond (rows 80..99, cols 0..19) are nodata, the rest is not
    assert (arr[80:100, 0:20] == nodata).all()
    assert (arr[:80] != nodata).all() and (arr[:, 20:] != nodata).all()
    from qgis.core import QgsGeometry

    pond = QgsGeometry.fromWkt(_box(0, 0, 200, 200))
    for site in _sites(res):
        assert site.geometry().intersection(pond).area() == pytest.approx(0.0)
    # best plot now right of the pond along the main: 4 x 5 at u 200..250, centre (225, 20)
    # -> 1 - 15/1000 - 220/2000 = 0.875 (above it on the west edge: centre (25, 220) ->
    # 1 - 215/1000 - 20/2000 = 0.775)
    assert _sites(res)[0]["score"] == pytest.approx(0.875, abs=1e-4)


def test_min_separation(run_alg, layers, tmp_path):
    study, main, net = layers()
    res = run_alg(ALG, _params(study, main, net, tmp_path, N_SITES=2, MIN_SEPARATION=300))
    a, b = _sites(res)
    # site 1: plot at the corner, centre (25, 20): 1 - 15/1000 - 20/2000 = 0.975.
    # site 2: centre at least 300 m from (25, 20); best along the main at (325, 20):
    # 1 - 15/1000 - 320/2000 = 0.825; its plot's cells start at u = 300 -> d_net 305 - 5
    assert a["score"] == pytest.approx(0.975, abs=1e-4)
    assert b["score"] == pytest.approx(0.825, abs=1e-4)
    assert b["dist_network"] == pytest.approx(300.0)
    assert a.geometry().intersection(b.geometry()).area() == pytest.approx(0.0)
    # with the default 500 m: centre (525, 20) -> 1 - 0.015 - 520/2000 = 0.725
    res = run_alg(ALG, _params(study, main, net, tmp_path, N_SITES=2))
    assert _sites(res)[1]["score"] == pytest.approx(0.725, abs=1e-4)


def test_candidates_mode(run_alg, layers, memory_layer, tmp_path, feedback):
    study, main, net = layers()
    parcels = memory_layer(
        "Polygon",
        "EPSG:28992",
        [("parcel", "string")],
        [
            (_box(500, 0, 600, 100), {"parcel": "B"}),
            (_box(0, 0, 100, 100), {"parcel": "A"}),
            (_box(200, 200, 230, 230), {"parcel": "C"}),  # 9 cells = 900 m2 < 2,000
        ],
    )
    res = run_alg(ALG, _params(study, main, net, tmp_path, CANDIDATES=parcels), feedback=feedback)
    sites = _sites(res)
    # A: centre (50, 50): 1 - 45/1000 - 45/2000 = 0.9325; B: centre (550, 50):
    # 1 - 0.045 - 545/2000 = 0.6825; 500 m apart (not less than 500): both kept
    assert [s["parcel"] for s in sites] == ["A", "B"]
    assert sites[0]["score"] == pytest.approx(0.9325, abs=1e-4)
    assert sites[1]["score"] == pytest.approx(0.6825, abs=1e-4)
    assert sites[0]["area_m2"] == pytest.approx(10000.0)
    # B's cells: u 505..595 -> least d_net 500; v 5..95 -> least d_main 0
    assert sites[1]["dist_network"] == pytest.approx(500.0)
    assert sites[1]["dist_main"] == pytest.approx(0.0)
    assert any("1 candidate(s) left out" in w for w in feedback.warnings)
    # candidates keep their geometry
    assert sites[1].geometry().area() == pytest.approx(10000.0)


def test_demand_and_why(run_alg, layers, memory_layer, tmp_path):
    study, main, _net = layers()
    demand = memory_layer(
        "Point",
        "EPSG:28992",
        [("gj", "double")],
        [(f"POINT({X0 + 505} {Y0 + 105})", {"gj": 45000.0})],
    )
    res = run_alg(
        ALG,
        _params(
            study,
            main,
            None,
            tmp_path,
            DEMAND=demand,
            DEMAND_FIELD="gj",
            DEMAND_RADIUS=200,
            N_SITES=1,
        ),
    )
    _, arr, _ = _read_raster(res["OUTPUT_RASTER"])
    # main and demand only: score = (0.4 (1 - d_main/500) + 0.2 D/45000) / 0.6.
    # cell centre (505, 305) (row 69, col 50): d_main 300, 200 m from the point so
    # D = 45000: (0.4 * 0.4 + 0.2) / 0.6 = 0.6; (505, 315) (row 68): d_main 310, 210 m
    # from the point so D = 0: 0.4 * 0.38 / 0.6 = 0.25333
    assert arr[69, 50] == pytest.approx(0.6, abs=1e-6)
    assert arr[68, 50] == pytest.approx(0.152 / 0.6, abs=1e-6)
    (site,) = _sites(res)
    # best plots: 4 x 5 cells on the bottom rows (mean d_main 15) wholly within 200 m of
    # the point: (0.4 * (1 - 15/500) + 0.2) / 0.6 = 0.588 / 0.6 = 0.98
    assert site["score"] == pytest.approx(0.98, abs=1e-4)
    assert site["demand_gj"] == pytest.approx(45000.0)
    assert site["dist_network"] is None or str(site["dist_network"]) == "NULL"
    # 45,000 GJ = 45 TJ; no network given, so no network part
    assert site["why"] == "0 m from the main, 45 TJ demand within 200 m"


def test_strip_along_the_main_hard_network_limit_and_patches(run_alg, layers, tmp_path):
    study, main, net = layers()
    # default strip 5 m each side of the main (v = 5): the buffer covers v 0..10, so the
    # bottom row (row 99) is nodata. Best plot 4 x 5 at u 0..50, v 10..50, centre (25, 30):
    # 1 - 25/1000 - 20/2000 = 0.965; least distance to the main (row centre v 15) 10 m.
    params = _params(
        study, main, net, tmp_path, N_SITES=1, SCORE_TOLERANCE=0.0525, OUTPUT_PATCHES="memory:"
    )
    del params["MAIN_STRIP"]
    res = run_alg(ALG, params)
    _, arr, nodata = _read_raster(res["OUTPUT_RASTER"])
    assert (arr[99] == nodata).all() and arr[98, 0] == pytest.approx(0.99, abs=1e-6)
    (site,) = _sites(res)
    assert site["score"] == pytest.approx(0.965, abs=1e-4)
    assert site["dist_main"] == pytest.approx(10.0)
    assert site.geometry().area() == pytest.approx(2000.0)
    # the patch: cells of score >= 0.965 - 0.0525 = 0.9125 from row v 15 up, connected:
    # 1 - (v - 5)/1000 - (u - 5)/2000 >= 0.9125 <=> for cell centres (5 + 10 i, 15 + 10 j)
    # 20 j + 10 i <= 155 (none on the limit) <=> 2 j + i <= 15: 72 cells = 7,200 m2
    patches = list(res["OUTPUT_PATCHES"].getFeatures())
    assert len(patches) == 1 and patches[0]["rank"] == 1
    assert patches[0]["patch_m2"] == pytest.approx(7200.0)
    assert patches[0].geometry().area() == pytest.approx(7200.0)
    assert site["patch_m2"] == pytest.approx(7200.0)
    assert patches[0].geometry().contains(site.geometry())
    # hard maximum of 200 m to the network (u = 5): the cells from u = 215 on score 0
    res = run_alg(
        ALG,
        _params(
            study, main, net, tmp_path, N_SITES=3, MIN_SEPARATION=100, HARD_MAX_DIST_NETWORK=200
        ),
    )
    _, arr, _ = _read_raster(res["OUTPUT_RASTER"])
    assert arr[99, 20] == pytest.approx(0.9, abs=1e-6)  # centre (205, 5): 1 - 0 - 0.1
    assert arr[99, 21] == 0.0
    for s in _sites(res):
        assert s.geometry().boundingBox().xMaximum() <= X0 + 210.0 + 1e-6


def test_geographic_study_area(run_alg, memory_layer, tmp_path):
    # the same 1 km square near RD (80000, 450000) drawn in WGS84 is computed in RD New
    from qgis.core import (
        QgsCoordinateReferenceSystem,
        QgsCoordinateTransform,
        QgsGeometry,
        QgsProject,
    )

    to_wgs = QgsCoordinateTransform(
        QgsCoordinateReferenceSystem("EPSG:28992"),
        QgsCoordinateReferenceSystem("EPSG:4326"),
        QgsProject.instance(),
    )

    def wgs(wkt):
        g = QgsGeometry.fromWkt(wkt)
        g.transform(to_wgs)
        return g.asWkt()

    study = memory_layer("Polygon", "EPSG:4326", [], [(wgs(_box(0, 0, 1000, 1000)), {})])
    main = memory_layer(
        "LineString",
        "EPSG:4326",
        [],
        [(wgs(f"LINESTRING({X0 - 100} {Y0 + 5}, {X0 + 1100} {Y0 + 5})"), {})],
    )
    # with the default strip of 5 m: the reprojected line lies a hair off the row of cell
    # centres; the strip (less 1 mm of rounding tolerance) still excludes only the bottom row
    res = run_alg(
        ALG,
        {
            "STUDY_AREA": study,
            "TRANSPORT_MAIN": main,
            "N_SITES": 1,
            "OUTPUT_RASTER": str(tmp_path / "g.tif"),
            "OUTPUT_SITES": "memory:",
        },
    )
    ds, arr, _ = _read_raster(res["OUTPUT_RASTER"])
    from osgeo import osr

    srs = osr.SpatialReference(wkt=ds.GetProjection())
    srs.AutoIdentifyEPSG()
    assert srs.GetAuthorityCode(None) == "28992"
    gt = ds.GetGeoTransform()
    assert gt[1] == 10.0 and gt[5] == -10.0
    layer = res["OUTPUT_SITES"]
    assert layer.crs().authid() == "EPSG:4326"
    # main only: the bottom row lies in the strip; best plot 4 rows above it (cell centres
    # at y 15-45, the main at y 5): mean d_main 25 -> 1 - 25/500 = 0.95
    assert _sites(res)[0]["score"] == pytest.approx(0.95, abs=1e-3)
    assert math.isfinite(arr.max())


def test_bad_input(run_alg, layers, memory_layer, tmp_path):
    study, main, net = layers()
    demand = memory_layer(
        "Point", "EPSG:28992", [("gj", "double")], [(f"POINT({X0 + 505} {Y0 + 505})", {"gj": 1.0})]
    )
    with pytest.raises(QgsProcessingException, match="DEMAND_FIELD"):
        run_alg(ALG, _params(study, main, net, tmp_path, DEMAND=demand))
    far = memory_layer(
        "LineString",
        "EPSG:28992",
        [],
        [(f"LINESTRING({X0 + 9000} {Y0}, {X0 + 9000} {Y0 + 1000})", {})],
    )
    with pytest.raises(QgsProcessingException, match="no line within"):
        run_alg(ALG, _params(study, far, net, tmp_path))


def test_sample_data_zuidwest(run_alg, sample_gpkg, tmp_path):
    def lyr(name):
        layer = QgsVectorLayer(f"{sample_gpkg}|layername={name}", name, "ogr")
        assert layer.isValid(), name
        return layer

    res = run_alg(
        ALG,
        {
            "STUDY_AREA": lyr("restwarmte_study_area"),
            "TRANSPORT_MAIN": lyr("restwarmte_main"),
            "HEAT_NETWORK": lyr("restwarmte_networks"),
            "DEMAND": lyr("restwarmte_ht_demand"),
            "DEMAND_FIELD": "demand_gj",
            "BUILDINGS": lyr("restwarmte_homes"),
            "EXCLUSIONS": [lyr("restwarmte_water")],
            "OUTPUT_RASTER": str(tmp_path / "zw.tif"),
            "OUTPUT_SITES": "memory:",
        },
    )
    sites = _sites(res)
    assert len(sites) == 5
    scores = [s["score"] for s in sites]
    assert scores == sorted(scores, reverse=True)
    # every site keeps 50 m from every home
    homes = lyr("restwarmte_homes")
    from qgis.core import QgsSpatialIndex

    index = QgsSpatialIndex(homes.getFeatures())
    for s in sites:
        g = s.geometry()
        box = g.boundingBox().buffered(60)
        for fid in index.intersects(box):
            assert g.distance(homes.getFeature(fid).geometry()) >= 50.0


@pytest.mark.parametrize(
    "geom_type, crs, null",
    [
        ("Point", "EPSG:28992", False),
        ("Point", "EPSG:28992", True),
        ("PointZ", "EPSG:4326", False),
        ("PointZ", "EPSG:4326", True),
        ("MultiPoint", "EPSG:28992", True),
        ("MultiPointZM", "EPSG:4326", True),
    ],
)
def test_point_layers_read_as_one_array(memory_layer, feedback, geom_type, crs, null):
    """Homes given as points are read as one coordinate array (no shapely point each);
    they mark the same cells, with the same skip counts, as the shapely path."""
    from qgis.core import (
        QgsCoordinateReferenceSystem,
        QgsCoordinateTransform,
        QgsGeometry,
        QgsProcessingContext,
        QgsProject,
    )

    from bronnenstrategie.core import wos
    from bronnenstrategie.processing.restwarmte.wossiting import WosSiting
    from bronnenstrategie.processing.utils import SkipCounter

    rd = QgsCoordinateReferenceSystem("EPSG:28992")
    to_crs = QgsCoordinateTransform(rd, QgsCoordinateReferenceSystem(crs), QgsProject.instance())
    coords = [(X0 + 5 + 33 * i, Y0 + 995 - 29 * i) for i in range(30)]

    def wkt(pts):
        g = QgsGeometry.fromWkt("MultiPoint({})".format(", ".join(f"({x} {y})" for x, y in pts)))
        g.transform(to_crs)
        if not geom_type.startswith("Multi"):
            g = QgsGeometry(g.constGet().geometryN(0).clone())
        if "Z" in geom_type:
            g.get().addZValue(7.0)
        if "M" in geom_type[-2:]:
            g.get().addMValue(3.0)
        return g.asWkt(12)

    parts = 3 if geom_type.startswith("Multi") else 1
    rows = [(wkt(coords[i : i + parts]), {}) for i in range(0, len(coords), parts)]
    if null:
        rows += [(None, {})]  # no geometry
    layer = memory_layer(geom_type, crs, [("id", "int")], rows)
    alg = WosSiting()
    context = QgsProcessingContext()
    grid = wos.Grid(X0, Y0 + 1000.0, 10.0, 100, 100)
    masks, counts, xys = [], [], []
    for point_array in (False, True):
        skips = SkipCounter(feedback)
        geoms = alg._read(
            layer, rd, context, None, skips, "homes", point_array=point_array
        ).geometries
        assert isinstance(geoms[0], wos.PointArray) == point_array
        masks.append(wos.rasterize_any(geoms, grid))
        counts.append(dict(skips.counts))
        if point_array:
            xys.append(sorted(zip(geoms[0].x.tolist(), geoms[0].y.tolist())))
        else:
            xys.append(sorted((p.x, p.y) for g in geoms for p in getattr(g, "geoms", [g])))
    assert xys[0] == xys[1]  # the same coordinates to the last bit
    assert masks[0].sum() == len(coords)
    assert np.array_equal(masks[0], masks[1])
    assert counts[0] == counts[1] == ({"homes:nogeom": 1} if null else {})


def test_point_blobs_with_empty_and_nan_points():
    from qgis.core import QgsGeometry, QgsMultiPoint, QgsPoint

    from bronnenstrategie.core.geometry import wkb_points_xy as _point_blobs_xy

    multi = QgsMultiPoint()
    multi.addGeometry(QgsPoint(1.0, 2.0, 5.0))
    multi.addGeometry(QgsPoint(3.0, 4.0, 6.0))
    blobs = [
        QgsGeometry.fromWkt("Point(10 20)").asWkb(),
        QgsGeometry().asWkb(),
        QgsGeometry(QgsPoint(float("nan"), 1.0)).asWkb(),
        QgsGeometry(multi).asWkb(),
        QgsGeometry.fromWkt("MultiPoint EMPTY").asWkb(),
        QgsGeometry.fromWkt("PointZM(30 40 1 2)").asWkb(),
    ]
    x, y, owner, empty = _point_blobs_xy(blobs)
    order = np.argsort(owner, kind="stable")
    assert x[order].tolist() == [10.0, 1.0, 3.0, 30.0]
    assert y[order].tolist() == [20.0, 2.0, 4.0, 40.0]
    assert owner[order].tolist() == [0, 3, 3, 5]
    assert empty.tolist() == [False, True, True, False, True, False]
    x, y, owner, empty = _point_blobs_xy([])
    assert len(x) == 0 and len(empty) == 0
