"""What the benchmark runs: per algorithm its data, sizes, parameters and native baseline.

A case is a :class:`Case`. ``params(n)`` and every native step's parameters are dicts of
processing parameters in which strings may hold placeholders, filled in per run:

- ``{data}``: the GeoPackage of the case's data at size n (``datagen``), e.g.
  ``"{data}|layername=wells"``;
- ``{out}``: a fresh, empty output folder of this run;
- a value ``"@k:NAME"``: output NAME of step k of the same chain (native chains).

Sizes: ``smoke`` (tiny, for the smoke test) and the three sizes ``small``,
``medium``, ``large``. ``targets`` maps a size to the time limit in seconds through
qgis_process (and ``mem_targets`` to a peak-memory limit in MB).
"""

import math

import datagen

TIERS = ("smoke", "small", "medium", "large")


class Case:
    def __init__(
        self,
        alg,
        unit,
        data,
        sizes,
        params,
        native=None,
        native_note="",
        targets=None,
        mem_targets=None,
        note="",
    ):
        self.alg = alg  # e.g. "bronnenstrategie:wellconflicts"
        self.name = alg.split(":", 1)[1]
        self.unit = unit  # what n counts: "wells", "km quay", ...
        self.data = data  # datagen function of n -> gpkg path
        self.sizes = dict(zip(TIERS, sizes))
        self.params = params  # n -> parameters of our algorithm
        self.native = native  # n -> [(alg id, params), ...] or None
        self.native_note = native_note  # what the native chain does
        self.targets = targets or {}  # n -> seconds (qgis_process, median)
        self.mem_targets = mem_targets or {}  # n -> MB peak
        self.note = note


def lyr(name):
    return "{data}|layername=" + name


def out(name):
    return "{out}/" + name


def nout(name):
    """Output of a native step: FlatGeobuf, because QGIS 3.22's GeoPackage sink drops every
    feature whose copied ``fid`` repeats (split lines, one-to-many joins, self-intersections)."""
    return "{out}/" + name + ".fgb"


def _r_th_expr(volume='"volume_m3"', screen=40.0):
    # R_th = sqrt(c_w V / (c_a pi L)), c_w 4.18, c_a 2.8 MJ/m3K (docs/method.md)
    return f"sqrt(4.18 * {volume} / (2.8 * pi() * {screen}))"


def _extent(side_m):
    return (
        f"{datagen.X0:.2f},{datagen.X0 + side_m:.2f},"
        f"{datagen.Y0:.2f},{datagen.Y0 + side_m:.2f} [EPSG:28992]"
    )


WELLS_PARAMS = {
    "INPUT": lyr("wells"),
    "VOLUME_FIELD": "volume_m3",
    "SYSTEM_FIELD": "system_id",
    "SCREEN_TOP_FIELD": "screen_top",
    "SCREEN_BOTTOM_FIELD": "screen_bottom",
}


def _thermalradius(n):
    return dict(WELLS_PARAMS, OUTPUT=out("wells.gpkg"), OUTPUT_AREAS=out("circles.gpkg"))


def _thermalradius_native(n):
    return [
        (
            "native:geometrybyexpression",
            {
                "INPUT": lyr("wells"),
                "OUTPUT_GEOMETRY": 0,
                "WITH_Z": False,
                "WITH_M": False,
                "EXPRESSION": f"buffer($geometry, {_r_th_expr()}, 8)",
                "OUTPUT": nout("circles"),
            },
        )
    ]


def _wellconflicts(n):
    return dict(
        WELLS_PARAMS,
        TEMPERATURE_FIELD="temperature",
        ID_FIELD="well_id",
        CLOSED_LOOPS=lyr("closed_loops"),
        CLOSED_TOP_FIELD="depth_top",
        CLOSED_BOTTOM_FIELD="depth_bottom",
        OUTPUT=out("conflicts.gpkg"),
    )


def _wellconflicts_native(n):
    # the native chain: buffer by a data-defined distance (geometry by expression, as
    # qgis_process 3.22 cannot pass data-defined values), join the circles with
    # themselves by location, keep pairs of different systems (field-calculator filter)
    return [
        (
            "native:geometrybyexpression",
            {
                "INPUT": lyr("wells"),
                "OUTPUT_GEOMETRY": 0,
                "WITH_Z": False,
                "WITH_M": False,
                "EXPRESSION": f"buffer($geometry, {_r_th_expr()}, 8)",
                "OUTPUT": nout("circles"),
            },
        ),
        (
            "native:joinattributesbylocation",
            {
                "INPUT": "@0:OUTPUT",
                "JOIN": "@0:OUTPUT",
                "PREDICATE": 0,
                "METHOD": 0,
                "DISCARD_NONMATCHING": True,
                "PREFIX": "j_",
                "OUTPUT": nout("joined"),
            },
        ),
        (
            "native:extractbyexpression",
            {
                "INPUT": "@1:OUTPUT",
                "EXPRESSION": '"system_id" <> "j_system_id"',
                "OUTPUT": nout("conflicts"),
            },
        ),
    ]


def _interference(n):
    return dict(
        WELLS_PARAMS,
        TEMPERATURE_FIELD="temperature",
        OUTPUT=out("areas.gpkg"),
        OUTPUT_GRID=out("grid.gpkg"),
    )


def _interference_native(n):
    side = datagen.well_arrays(n)["side"]
    # 250 m cells; 10 wells per km2 is 0.625 well per cell
    return [
        (
            "native:creategrid",
            {
                "TYPE": 2,
                "EXTENT": _extent(side),
                "HSPACING": 250,
                "VSPACING": 250,
                "HOVERLAY": 0,
                "VOVERLAY": 0,
                "CRS": "EPSG:28992",
                "OUTPUT": nout("grid"),
            },
        ),
        (
            "native:countpointsinpolygon",
            {
                "POLYGONS": "@0:OUTPUT",
                "POINTS": lyr("wells"),
                "FIELD": "n_wells",
                "OUTPUT": nout("count"),
            },
        ),
        (
            "native:extractbyexpression",
            {"INPUT": "@1:OUTPUT", "EXPRESSION": '"n_wells" >= 1', "OUTPUT": nout("dense")},
        ),
        ("native:dissolve", {"INPUT": "@2:OUTPUT", "OUTPUT": nout("areas")}),
    ]


def _zones(n):
    return {
        "AREA": lyr("areas"),
        "ZONE_WIDTH": 150,
        "WELLS": lyr("wells"),
        "TEMPERATURE_FIELD": "temperature",
        "OUTPUT": out("zones.gpkg"),
        "OUTPUT_CHECK": out("check.gpkg"),
    }


def _zones_native(n):
    side = math.ceil(math.sqrt(n)) * 1000.0
    return [
        (
            "native:creategrid",
            {
                "TYPE": 2,
                "EXTENT": _extent(side),
                "HSPACING": 150,
                "VSPACING": side,
                "HOVERLAY": 0,
                "VOVERLAY": 0,
                "CRS": "EPSG:28992",
                "OUTPUT": nout("strips"),
            },
        ),
        (
            "native:intersection",
            {"INPUT": "@0:OUTPUT", "OVERLAY": lyr("areas"), "OUTPUT": nout("zones")},
        ),
        (
            "native:joinattributesbylocation",
            {
                "INPUT": lyr("wells"),
                "JOIN": "@1:OUTPUT",
                "PREDICATE": 5,
                "METHOD": 1,
                "PREFIX": "z_",
                "OUTPUT": nout("check"),
            },
        ),
    ]


def _geothermal(n):
    return {
        "INPUT": lyr("locations"),
        "NAME_FIELD": "name",
        "CATEGORY_FIELD": "category",
        "DOUBLETS_FIELD": "doublets",
        "AZIMUTH_FIELD": "azimuth",
        "SENSITIVE": lyr("sensitive"),
        "OUTPUT_SITES": out("sites.gpkg"),
        "OUTPUT_NOISE": out("noise.gpkg"),
        "OUTPUT_RESERVOIR": out("reservoir.gpkg"),
        "OUTPUT_CONFLICTS": out("conflicts.gpkg"),
    }


def _geothermal_native(n):
    return [
        (
            "native:buffer",
            {"INPUT": lyr("locations"), "DISTANCE": 300, "SEGMENTS": 8, "OUTPUT": nout("noise")},
        ),
        (
            "native:buffer",
            {
                "INPUT": lyr("locations"),
                "DISTANCE": 1300,
                "SEGMENTS": 8,
                "OUTPUT": nout("reservoir"),
            },
        ),
        (
            "native:intersection",
            {"INPUT": "@1:OUTPUT", "OVERLAY": "@1:OUTPUT", "OUTPUT": nout("conflicts")},
        ),
    ]


def _quays(n):
    return {
        "QUAYS": lyr("quays"),
        "QUAY_ID_FIELD": "quay_id",
        "RENOVATION_YEAR_FIELD": "renovation_year",
        "WATER": lyr("water"),
        "FLOW_FIELD": "flow_m3s",
        "DEMAND": lyr("demand"),
        "DEMAND_FIELD": "demand_gj",
        "OUTPUT": out("segments.gpkg"),
        "OUTPUT_CATCHMENT": out("catchment.gpkg"),
    }


def _quays_native(n):
    return [
        (
            "native:splitlinesbylength",
            {"INPUT": lyr("quays"), "LENGTH": 100, "OUTPUT": nout("segments")},
        ),
        ("native:centroids", {"INPUT": "@0:OUTPUT", "ALL_PARTS": False, "OUTPUT": nout("mid")}),
        ("qgis:voronoipolygons", {"INPUT": "@1:OUTPUT", "BUFFER": 0, "OUTPUT": nout("voronoi")}),
        (
            "native:intersection",
            {"INPUT": "@2:OUTPUT", "OVERLAY": lyr("water"), "OUTPUT": nout("catchment")},
        ),
    ]


def _wastewater(n):
    return {
        "INPUT": lyr("sources"),
        "FLOW_FIELD": "flow_m3_day",
        "DELTA_T_FIELD": "delta_t",
        "SUPPLY_RADIUS": 2000,
        "OUTPUT": out("heat.gpkg"),
        "OUTPUT_SUPPLY": out("supply.gpkg"),
    }


def _wastewater_native(n):
    # Q [m3/day] * 365 * dT * 4.18 MJ/m3K / 1000 = GJ/yr, times COP/(COP-1) delivered
    return [
        (
            "native:fieldcalculator",
            {
                "INPUT": lyr("sources"),
                "FIELD_NAME": "heat_gj",
                "FIELD_TYPE": 0,
                "FIELD_LENGTH": 20,
                "FIELD_PRECISION": 3,
                "FORMULA": '"flow_m3_day" * 365 * "delta_t" * 4.18 / 1000 * 4 / 3',
                "OUTPUT": nout("heat"),
            },
        ),
        (
            "native:buffer",
            {"INPUT": "@0:OUTPUT", "DISTANCE": 2000, "SEGMENTS": 8, "OUTPUT": nout("supply")},
        ),
    ]


def _wos(n):
    return {
        "STUDY_AREA": lyr("study_area"),
        "TRANSPORT_MAIN": lyr("main"),
        "HEAT_NETWORK": lyr("network"),
        "DEMAND": lyr("demand"),
        "DEMAND_FIELD": "demand_gj",
        "BUILDINGS": lyr("homes"),
        "EXCLUSIONS": [lyr("water")],
        "RESOLUTION": 10,
        "OUTPUT_RASTER": out("suitability.tif"),
        "OUTPUT_SITES": out("sites.gpkg"),
    }


def _wos_native(n):
    ext = _extent(math.sqrt(n) * 1000.0)
    steps = []
    for k, layer in enumerate(("main", "network")):
        steps.append(
            (
                "gdal:rasterize",
                {
                    "INPUT": lyr(layer),
                    "BURN": 1,
                    "UNITS": 1,
                    "WIDTH": 10,
                    "HEIGHT": 10,
                    "EXTENT": ext,
                    "NODATA": 0,
                    "DATA_TYPE": 0,
                    "INIT": 0,
                    "OUTPUT": out(f"{layer}.tif"),
                },
            )
        )
        steps.append(
            (
                "gdal:proximity",
                {
                    "INPUT": f"@{2 * k}:OUTPUT",
                    "BAND": 1,
                    "VALUES": "1",
                    "UNITS": 0,
                    "MAX_DISTANCE": 0,
                    "DATA_TYPE": 5,
                    "OUTPUT": out(f"dist_{layer}.tif"),
                },
            )
        )
    steps.append(
        (
            "gdal:rastercalculator",
            {
                "INPUT_A": "@1:OUTPUT",
                "BAND_A": 1,
                "INPUT_B": "@3:OUTPUT",
                "BAND_B": 1,
                "FORMULA": "0.4*(A<500)*(1-A/500.0)+0.4*(B<1000)*(1-B/1000.0)",
                "RTYPE": 5,
                "OUTPUT": out("score.tif"),
            },
        )
    )
    return steps


def _importwells(n):
    return {
        "INPUT": lyr("register"),
        "OUTPUT": out("wells.gpkg"),
        "OUTPUT_PROBLEMS": out("problems.gpkg"),
    }


def _importwells_native(n):
    # the plain part a specialist would chain: reproject to RD New and drop duplicate
    # points (no value repair, no well codes, no season volumes)
    return [
        (
            "native:reprojectlayer",
            {"INPUT": lyr("register"), "TARGET_CRS": "EPSG:28992", "OUTPUT": nout("rd")},
        ),
        ("native:deleteduplicategeometries", {"INPUT": "@0:OUTPUT", "OUTPUT": nout("wells")}),
    ]


CLAIMS = lyr("claims")


def _addclaims(n):
    return {
        "INPUT": CLAIMS,
        "REGISTER": out("register.gpkg"),
        "CREATE": True,
        "CLAIM_TYPE": "overig",
        "STATUS": "concept",
        "NAME_FIELD": "name",
        "DEPTH_TOP_FIELD": "depth_top_m",
        "DEPTH_BOTTOM_FIELD": "depth_bottom_m",
    }


def _claimconflicts(n):
    return {"INPUT": CLAIMS, "OUTPUT": out("conflicts.gpkg")}


def _claimconflicts_native(n):
    return [
        ("native:intersection", {"INPUT": CLAIMS, "OVERLAY": CLAIMS, "OUTPUT": nout("overlaps")})
    ]


def _exportgio(n):
    return {
        "INPUT": CLAIMS,
        "GROUP_FIELD": "claim_type",
        "NAME_FIELD": "name",
        "OUTPUT": out("gio.gml"),
    }


def _exportgio_native(n):
    return [("gdal:convertformat", {"INPUT": CLAIMS, "OPTIONS": "", "OUTPUT": out("claims.gml")})]


def _heatbalance(n):
    return {
        "DEMAND": lyr("areas"),
        "HT_FIELD": "ht_tj",
        "MT_FIELD": "mt_tj",
        "LT_FIELD": "lt_tj",
        "DEMAND_UNIT": 1,
        "SOURCES": [lyr("sources")],
        "OUTPUT_TABLE": out("table.gpkg"),
        "OUTPUT_AREAS": out("areas.gpkg"),
    }


def _heatbalance_native(n):
    return [
        (
            "qgis:joinbylocationsummary",
            {
                "INPUT": lyr("areas"),
                "JOIN": lyr("sources"),
                "PREDICATE": 0,
                "JOIN_FIELDS": "heat_tj",
                "SUMMARIES": 5,
                "DISCARD_NONMATCHING": False,
                "OUTPUT": nout("joined"),
            },
        ),
        (
            "native:fieldcalculator",
            {
                "INPUT": "@0:OUTPUT",
                "FIELD_NAME": "balance",
                "FIELD_TYPE": 0,
                "FIELD_LENGTH": 20,
                "FIELD_PRECISION": 3,
                "FORMULA": 'coalesce("heat_tj_sum", 0) - "ht_tj" - "mt_tj" - "lt_tj"',
                "OUTPUT": nout("balance"),
            },
        ),
    ]


CASES = [
    Case(
        "bronnenstrategie:wellconflicts",
        "wells",
        datagen.wells,
        (200, 1000, 10000, 50000),
        _wellconflicts,
        _wellconflicts_native,
        "geometry by expression buffer(R_th) + join by location with itself + filter",
        targets={10000: 5.0, 50000: 10.0},
        note="+ closed loops (one per ten wells)",
    ),
    Case(
        "bronnenstrategie:interferenceareas",
        "wells",
        datagen.wells,
        (200, 1000, 10000, 50000),
        _interference,
        _interference_native,
        "create grid 250 m + count points in polygon + extract + dissolve",
        targets={50000: 20.0},
    ),
    Case(
        "bronnenstrategie:thermalradius",
        "wells",
        datagen.wells,
        (200, 1000, 10000, 50000),
        _thermalradius,
        _thermalradius_native,
        "geometry by expression buffer(R_th)",
    ),
    Case(
        "bronnenstrategie:warmcoldzones",
        "km2",
        datagen.zones,
        (2, 10, 100, 400),
        _zones,
        _zones_native,
        "create grid (150 m strips) + intersection with the areas + join wells by location",
        note="1 km2 blocks, 17 wells per km2",
    ),
    Case(
        "bronnenstrategie:geothermalbuffers",
        "locations",
        datagen.geothermal,
        (5, 10, 100, 1000),
        _geothermal,
        _geothermal_native,
        "buffer 300 m + buffer 1,300 m + intersection of the footprints with themselves",
    ),
    Case(
        "bronnenstrategie:quaypotential",
        "km quay",
        datagen.quays,
        (2, 10, 100, 500),
        _quays,
        _quays_native,
        "split lines by length 100 m + centroids + Voronoi + intersection with the water",
        targets={100: 30.0},
    ),
    Case(
        "bronnenstrategie:wastewaterheat",
        "sources",
        datagen.wastewater,
        (20, 100, 1000, 10000),
        _wastewater,
        _wastewater_native,
        "field calculator (heat) + buffer 2 km",
    ),
    Case(
        "bronnenstrategie:wossiting",
        "km2 at 10 m",
        datagen.wos,
        (1, 10, 100, 400),
        _wos,
        _wos_native,
        "rasterize + proximity for main and network + raster calculator "
        "(covers two of the five criteria)",
        targets={100: 20.0},
        mem_targets={100: 2048.0},
    ),
    Case(
        "bronnenstrategie:addclaims",
        "claims",
        datagen.claims,
        (100, 1000, 10000, 50000),
        _addclaims,
        None,
        "no native equivalent (register with history and checks)",
    ),
    Case(
        "bronnenstrategie:claimconflicts",
        "claims",
        datagen.claims,
        (100, 1000, 10000, 50000),
        _claimconflicts,
        _claimconflicts_native,
        "intersection of the layer with itself",
        targets={10000: 10.0},
    ),
    Case(
        "bronnenstrategie:exportgio",
        "claims",
        datagen.claims,
        (100, 1000, 10000, 50000),
        _exportgio,
        _exportgio_native,
        "convert format to GML (no STOP structure)",
    ),
    Case(
        "bronnenstrategie:importwells",
        "wells",
        datagen.register,
        (200, 1000, 10000, 50000),
        _importwells,
        _importwells_native,
        "reproject to RD New + delete duplicate geometries (no value repair)",
        note="WKO-tool-like export in WGS84 with messy values (the real export of 6,156 "
        "wells: README, Your own data)",
    ),
    Case(
        "bronnenstrategie:heatbalance",
        "areas",
        datagen.heatbalance,
        (20, 100, 1000, 12000),
        _heatbalance,
        _heatbalance_native,
        "join by location (summary, sum) + field calculator",
        note="one source per ten areas",
    ),
]


def by_name(name):
    for case in CASES:
        if name in (case.name, case.alg):
            return case
    raise KeyError(name)
