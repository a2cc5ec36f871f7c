"""Robustness of every algorithm of the provider against bad input.

ONE table, ``ROWS``: one row per algorithm saying how to build a minimal valid run from a
given input layer (which parameter takes the layer, its fields, the other inputs) and how
to read a CRS-sensitive number from the results (``metric``). The cases below run over
every row where they apply. Each case asserts that the run either

* succeeds, with a counted warning naming the problem (a warning holding a number) when
  something was skipped or replaced, and the numbers of the good features unchanged
  (``metric`` equal to the run on the good features alone), or
* stops with a ``QgsProcessingException`` whose message a planner can read.

Another exception type fails the case, and so does the base class's last line of defence
("... stopped on an unexpected problem ..."): that message means an uncaught bug.

Adding an algorithm = adding its row; ``test_every_algorithm_has_a_row`` fails otherwise.
Bugs found in other engineers' algorithms are marked ``xfail(strict=True)`` in the row's
``xfail`` dict with the reason (the row is then a regression test for the fix).
"""

import math
import os
import time
from dataclasses import dataclass, field
from typing import Callable, Optional

import pytest
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeature,
    QgsField,
    QgsGeometry,
    QgsProcessingException,
    QgsProject,
    QgsVectorFileWriter,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QVariant
from qgis_fixtures import RecordingFeedback

RD = "EPSG:28992"
UNEXPECTED = "stopped on an unexpected problem"
CANCEL_MESSAGE = "Cancelled by the user"
X0, Y0 = 81000.0, 455000.0  # Den Haag, RD New
TYPES = {"int": QVariant.Int, "double": QVariant.Double, "string": QVariant.String}

NAMES = {
    "nonascii": "Scheveningse Bosjes \u2013 \u2018t Hofje \u00e9\u00ebn \u00df \u2603",
    "long": "Zoeklocatie " + "heel lang " * 60 + "einde",  # 617 characters
    "xml": 'Warm & "koud" <zone> \'t Hofje ]]> &amp;',
}
#: value kinds put in a numeric field; text kinds need a string field
BAD_VALUES = {
    "null": None,
    "emptystring": "",
    "nan": float("nan"),
    "negative": -5.0,
    "zero": 0.0,
    "huge": 1e15,
    "text": "veel",
}
TEXT_KINDS = {"emptystring", "text"}


# -- layers -------------------------------------------------------------------------
def _transform(geom, crs):
    if crs == RD or geom is None:
        return geom
    g = QgsGeometry(geom)
    g.transform(
        QgsCoordinateTransform(
            QgsCoordinateReferenceSystem(RD),
            QgsCoordinateReferenceSystem(crs),
            QgsProject.instance(),
        )
    )
    return g


def make_layer(geom_type, crs, fields, rows, name="test"):
    """Memory layer; rows (wkt in RD New or None, {field: value}), reprojected to crs."""
    uri = f"{geom_type}?crs={crs}"
    layer = QgsVectorLayer(uri, name, "memory")
    assert layer.isValid(), uri
    layer.dataProvider().addAttributes([QgsField(n, TYPES[t]) for n, t in fields])
    layer.updateFields()
    feats = []
    for wkt, attrs in rows:
        f = QgsFeature(layer.fields())
        if wkt is not None:
            g = QgsGeometry.fromWkt(wkt)
            assert not g.isNull(), wkt
            f.setGeometry(_transform(g, crs))
        for key, value in attrs.items():
            f[key] = value
        feats.append(f)
    assert layer.dataProvider().addFeatures(feats)
    layer.updateExtents()
    return layer


def write_gpkg(path, layer_name, geom_type, crs, fields, rows):
    """A GeoPackage layer (e.g. CurvePolygon) written through OGR; returns the layer."""
    mem = make_layer(geom_type, crs, fields, rows)
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    options.layerName = layer_name
    if os.path.exists(path):
        options.actionOnExistingFile = QgsVectorFileWriter.CreateOrOverwriteLayer
    err = QgsVectorFileWriter.writeAsVectorFormatV2(
        mem, str(path), QgsProject.instance().transformContext(), options
    )
    assert err[0] == QgsVectorFileWriter.NoError, err
    layer = QgsVectorLayer(f"{path}|layername={layer_name}", layer_name, "ogr")
    assert layer.isValid()
    return layer


def box(x0, y0, x1, y1):
    return (
        f"POLYGON (({X0 + x0} {Y0 + y0}, {X0 + x1} {Y0 + y0}, {X0 + x1} {Y0 + y1}, "
        f"{X0 + x0} {Y0 + y1}, {X0 + x0} {Y0 + y0}))"
    )


def pt(x, y):
    return f"POINT ({X0 + x} {Y0 + y})"


def line(*pts):
    return "LINESTRING ({})".format(", ".join(f"{X0 + x} {Y0 + y}" for x, y in pts))


def bowtie(x, y, size=50):
    return (
        f"POLYGON (({X0 + x} {Y0 + y}, {X0 + x + size} {Y0 + y + size}, "
        f"{X0 + x + size} {Y0 + y}, {X0 + x} {Y0 + y + size}, {X0 + x} {Y0 + y}))"
    )


def _to_layer(value):
    if isinstance(value, QgsVectorLayer):
        return value
    return QgsVectorLayer(value, "out", "ogr")


def rd_area(value):
    """Sum of the areas of a result layer, measured in RD New."""
    layer = _to_layer(value)
    to_rd = QgsCoordinateTransform(
        layer.crs(), QgsCoordinateReferenceSystem(RD), QgsProject.instance()
    )
    total = 0.0
    for f in layer.getFeatures():
        g = QgsGeometry(f.geometry())
        if g.isNull():
            continue
        g.transform(to_rd)
        total += g.area()
    return total


def field_sum(value, name):
    return sum(
        float(f[name])
        for f in _to_layer(value).getFeatures()
        if f[name] is not None and not (hasattr(f[name], "isNull") and f[name].isNull())
    )


# -- the context a row builds its run in --------------------------------------------------
class Ctx:
    """Per-case state: CRSs, tmp folder, the value transforms of the current case."""

    def __init__(self, tmp_path, crs=RD, other_crs=None):
        self.tmp_path = tmp_path
        self.crs = crs
        self.other_crs = other_crs or crs
        self.cat = lambda value: value  # category spelling of the case
        self.name = lambda value: value  # name of the case
        self.n = None  # feature count for the large (cancellation) input

    def other(self, geom_type, fields, rows, name="other"):
        return make_layer(geom_type, self.other_crs, fields, rows, name)


@dataclass
class Row:
    alg: str
    key: str  # parameter taking the layer
    geom: str  # geometry type of that layer
    fields: list  # [(name, type)]
    good: Callable  # good(ctx) -> [(wkt RD, attrs)]
    params: Callable  # params(ctx) -> the other parameters (fields, other layers, outputs)
    metric: Callable  # metric(results) -> tuple of numbers of the good features
    bad_wkt: str = None  # where a bad feature goes (near the good ones)
    bad_attrs: dict = field(default_factory=dict)  # attributes of a bad feature otherwise good
    numeric: tuple = ()  # numeric fields the algorithm reads
    ok: dict = field(default_factory=dict)  # field -> value kinds that are valid input
    category: Optional[str] = None  # "main": the category values are in the main layer
    name_field: Optional[str] = None  # field carrying names
    names_out: Optional[Callable] = None  # names_out(results, ctx) -> names found in outputs
    field_param: Optional[tuple] = None  # (parameter, numeric field) for missing/wrong type
    other_layers: bool = False  # other spatial inputs: the mixed-CRS case applies
    large: Optional[Callable] = None  # large(ctx) -> rows for the cancellation test
    only: Optional[set] = None  # the cases that apply (None: every case by geometry)
    special: dict = field(default_factory=dict)  # case -> fn(ctx) -> params (file rows)
    replaces: bool = False  # bad values are replaced (documented), not skipped: no metric check
    renders_only: bool = False  # draws what it gets (report): bad geometry only must not fail
    geometry_optional: bool = False  # a feature without geometry is valid input (tables)
    xfail: dict = field(default_factory=dict)  # case id -> reason (bug in the algorithm)

    @property
    def id(self):
        return "bronnenstrategie:" + self.alg

    def layer(self, ctx, rows=None, geom_type=None, fields=None, crs=None):
        return make_layer(
            geom_type or self.geom,
            crs or ctx.crs,
            fields or self.fields,
            self.good(ctx) if rows is None else rows,
            name="input",
        )

    def run_params(self, ctx, layer):
        p = dict(self.params(ctx))
        p[self.key] = [layer] if self.key in MULTI_KEYS else layer
        return p


MULTI_KEYS = {"LAYERS"}


# -- running ------------------------------------------------------------------------
class Outcome:
    def __init__(self, results=None, error=None, feedback=None):
        self.results, self.error, self.feedback = results, error, feedback

    @property
    def warnings(self):
        return self.feedback.warnings

    def counted_warning(self):
        """A warning that holds a count (a digit)."""
        return any(any(ch.isdigit() for ch in w) for w in self.feedback.warnings)


def run(alg_id, params, feedback=None):
    from qgis import processing

    feedback = feedback or RecordingFeedback()
    try:
        res = processing.run(alg_id, params, feedback=feedback)
        res["_params"] = params
    except QgsProcessingException as exc:
        message = str(exc)
        assert UNEXPECTED not in message, "uncaught error in the algorithm: " + message
        assert "Traceback" not in message and len(message) > 15, message
        return Outcome(error=message, feedback=feedback)
    return Outcome(results=res, feedback=feedback)


def same(a, b, rel=1e-6):
    assert len(a) == len(b)
    for x, y in zip(a, b):
        assert x == pytest.approx(y, rel=rel, abs=1e-6 + (abs(y) * rel)), (a, b)


_GOOD = {}


def good_metric(row, tmp_path):
    """The metric of the run on the good features alone in RD New (cached per row)."""
    if row.alg not in _GOOD:
        ctx = Ctx(tmp_path / "good")
        ctx.tmp_path.mkdir(exist_ok=True)
        out = run(row.id, row.run_params(ctx, row.layer(ctx)))
        assert out.error is None, out.error
        _GOOD[row.alg] = row.metric(out.results)
    return _GOOD[row.alg]


def expect_good_or_clear(row, out, tmp_path, what):
    """A case with one bad feature among good ones: clear error, or a counted warning and
    unchanged numbers for the good features."""
    if out.error is not None:
        return
    if row.renders_only:
        return
    assert out.counted_warning(), f"{what}: no counted warning (warnings: {out.warnings})"
    if not (row.replaces and what.startswith("num-")):
        same(row.metric(out.results), good_metric(row, tmp_path))


# -- the rows -------------------------------------------------------------------------
def _wells(ctx, n=None):
    """Two systems of a warm and a cold well (50,000 m3) and a single well."""
    rows = [
        (
            pt(0, 0),
            {
                "well": "A-W",
                "system": "A",
                "temp": ctx.cat("warm"),
                "vol": 50000.0,
                "top": 20.0,
                "bottom": 60.0,
            },
        ),
        (
            pt(50, 0),
            {
                "well": "A-K",
                "system": "A",
                "temp": ctx.cat("koud"),
                "vol": 50000.0,
                "top": 20.0,
                "bottom": 60.0,
            },
        ),
        (
            pt(2000, 0),
            {
                "well": "D-K",
                "system": "D",
                "temp": ctx.cat("koud"),
                "vol": 50000.0,
                "top": 20.0,
                "bottom": 60.0,
            },
        ),
        (
            pt(2060, 0),
            {
                "well": "E-W",
                "system": "E",
                "temp": ctx.cat("warm"),
                "vol": 50000.0,
                "top": 20.0,
                "bottom": 60.0,
            },
        ),
    ]
    for r in rows:
        r[1]["well"] = ctx.name(r[1]["well"])
    return rows


def _many_wells(ctx, n=20000):
    side = int(math.sqrt(n))
    return [
        (
            pt(40 * (i % side), 40 * (i // side)),
            {
                "well": str(i),
                "system": f"S{i // 2}",
                "temp": ("warm", "koud")[i % 2],
                "vol": 50000.0,
                "top": 20.0,
                "bottom": 60.0,
            },
        )
        for i in range(n)
    ]


WELL_FIELDS = [
    ("well", "string"),
    ("system", "string"),
    ("temp", "string"),
    ("vol", "double"),
    ("top", "double"),
    ("bottom", "double"),
]
#: screen depths: empty (null, "", NaN) means "use the default screen length" (help text)
SCREEN_OK = {
    "top": {"null", "emptystring", "nan", "zero"},
    "bottom": {"null", "emptystring", "nan"},
}
WELL_BAD = {
    "well": "bad",
    "system": "B",
    "temp": "warm",
    "vol": 50000.0,
    "top": 20.0,
    "bottom": 60.0,
}


def _names(key, field_name="well"):
    def names(res, ctx):
        return [f[field_name] for f in _to_layer(res[key]).getFeatures()]

    return names


def _wellconflict_names(res, ctx):
    out = []
    for f in _to_layer(res["OUTPUT"]).getFeatures():
        out += [f["well_a"], f["well_b"]]
    return out


def _interference_rows(ctx):
    rows = []
    for k in range(10):
        a = math.radians(36 * k)
        rows.append(
            (
                f"POINT ({80125 + 8 * math.cos(a)!r} {455125 + 8 * math.sin(a)!r})",
                {"system": f"S{k // 2}", "temp": ctx.cat(("warm", "koud")[k % 2]), "vol": 50000.0},
            )
        )
    return rows


def _study_square(ctx):
    return [(box(0, 0, 300, 300), {"name": ctx.name("gebied")})]


def _gb_sites(ctx):
    return [
        (pt(0, 0), {"name": ctx.name("Geo Noord"), "cat": 2.0, "dbl": 1.0, "az": 30.0}),
        (pt(6000, 0), {"name": ctx.name("Geo Zuid"), "cat": 1.0, "dbl": 2.0, "az": 0.0}),
    ]


def _quay_layers(ctx):
    quays = ctx.other(
        "LineString",
        [("name", "string"), ("renov", "int")],
        [
            (line((0, 0), (200, 0)), {"name": "zuid", "renov": 2030}),
            (line((0, 100), (200, 100)), {"name": "noord"}),
        ],
    )
    return quays


def _claim(cid, name, ctype, level, top, bottom):
    return {
        "claim_id": cid,
        "name": name,
        "claim_type": ctype,
        "status": "concept",
        "level": level,
        "depth_top_m": top,
        "depth_bottom_m": bottom,
        "initiator": "X",
    }


CLAIM_FIELDS = [
    ("claim_id", "string"),
    ("name", "string"),
    ("claim_type", "string"),
    ("status", "string"),
    ("level", "string"),
    ("depth_top_m", "double"),
    ("depth_bottom_m", "double"),
    ("initiator", "string"),
]


def _claims(ctx):
    # A 0-100 x 0-100 and B 60-160 x 70-170: overlap 40 x 30 = 1,200 m2 (depths 0-60 and
    # 20-80 overlap); C far away
    return [
        (
            box(0, 0, 100, 100),
            _claim(
                "a",
                ctx.name("WKO Noord"),
                ctx.cat("bodemenergie_interferentiegebied"),
                "beide",
                0.0,
                60.0,
            ),
        ),
        (
            box(60, 70, 160, 170),
            _claim("b", "Zoek", ctx.cat("geothermie_zoeklocatie"), "beide", 20.0, 80.0),
        ),
        (box(400, 0, 410, 10), _claim("c", "Ver weg", "overig", "beide", None, 60.0)),
    ]


U1 = "0b7f9c1e-3c1a-4d2e-9f00-111111111111"
U2 = "0b7f9c1e-3c1a-4d2e-9f00-222222222222"
GIO_FIELDS = [("claim_id", "string"), ("name", "string"), ("claim_type", "string")]


def _gio_rows(ctx):
    return [
        (
            box(0, 0, 100, 100),
            {"claim_id": U1, "name": ctx.name("Warm"), "claim_type": "bodemenergie_zone_warm"},
        ),
        (
            box(200, 0, 250, 40),
            {"claim_id": U2, "name": "Koud", "claim_type": "bodemenergie_zone_koud"},
        ),
    ]


def _gio_area(path):
    """Total area of the gml:posList rings of a GIO (exterior minus holes, RD metres)."""
    from bronnenstrategie.core import gio

    root = gio.parse(path)
    total = 0.0
    for tag, sign in (("exterior", 1.0), ("interior", -1.0)):
        for pos in root.iter(f"{{{gio.NS['gml']}}}{tag}"):
            nums = [float(v) for v in pos.find(".//gml:posList", gio.NS).text.split()]
            xy = list(zip(nums[::2], nums[1::2]))
            total += (
                sign * abs(sum(x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in zip(xy, xy[1:]))) / 2.0
            )
    return total


def _gio_names(res, ctx):
    from bronnenstrategie.core import gio

    assert gio.validate(res["OUTPUT"]) == []  # the names are escaped: it still validates
    return [e.text for e in gio.parse(res["OUTPUT"]).iter(f"{{{gio.NS['geo']}}}naam")]


def _register_metric(res):
    reg = _to_layer("{}|layername=ruimteclaims".format(res["_params"]["REGISTER"]))
    return (res["N_ADDED"], rd_area(reg))


def _demand_rows(ctx):
    # demand in TJ: area "west" 100/200/300, area "oost" 50/50/50
    return [
        (box(0, 0, 1000, 1000), {"name": ctx.name("west"), "ht": 100.0, "mt": 200.0, "lt": 300.0}),
        (box(1000, 0, 2000, 1000), {"name": "oost", "ht": 50.0, "mt": 50.0, "lt": 50.0}),
    ]


def _heat_sources(ctx):
    return ctx.other(
        "Point",
        [("name", "string"), ("heat_gj", "double"), ("temp_class", "string")],
        [
            (pt(500, 500), {"name": "rw", "heat_gj": 80000.0, "temp_class": ctx.cat("HT")}),
            (pt(1500, 500), {"name": "aq", "heat_gj": 20000.0, "temp_class": ctx.cat("LT")}),
        ],
    )


def _wos_params(ctx):
    main = ctx.other(
        "LineString", [("name", "string")], [(line((-100, 5), (500, 5)), {"name": "main"})]
    )
    return {
        "TRANSPORT_MAIN": main,
        "RESOLUTION": 10.0,
        "N_SITES": 1,
        "MIN_PLOT_AREA": 2000.0,
        "OUTPUT_RASTER": str(ctx.tmp_path / "score.tif"),
        "OUTPUT_SITES": "memory:",
    }


def _report_params(ctx):
    return {"OUTPUT": str(ctx.tmp_path / "rapport.pdf"), "TITLE": ctx.name("Strategie")}


def _validategio_file(ctx, content):
    path = ctx.tmp_path / "in.gml"
    path.write_bytes(content)
    return {"INPUT": str(path)}


def _validategio_good(ctx):
    from shapely.geometry import box as sbox

    from bronnenstrategie.core import gio

    res = gio.build_gio(
        [gio.GioLocation(sbox(X0, Y0, X0 + 100, Y0 + 100), naam=ctx.name("Warm"))],
        work_id="warmtebronnen",
        expression_date="2024-05-14",
    )
    return _validategio_file(ctx, res.xml)


def _tiny_gpkg(ctx, rows=None):
    path = ctx.tmp_path / "invoer.gpkg"
    write_gpkg(
        path,
        "wko_wells",
        "Point",
        ctx.crs,
        [
            ("well_id", "string"),
            ("system_id", "string"),
            ("temperature", "string"),
            ("volume_m3", "double"),
        ],
        rows
        if rows is not None
        else [
            (
                pt(0, 0),
                {"well_id": "a", "system_id": "A", "temperature": "warm", "volume_m3": 50000.0},
            ),
            (
                pt(50, 0),
                {"well_id": "b", "system_id": "A", "temperature": "koud", "volume_m3": 50000.0},
            ),
        ],
    )
    return path


ROWS = [
    Row(
        "thermalradius",
        "INPUT",
        "Point",
        WELL_FIELDS,
        _wells,
        lambda ctx: {
            "VOLUME_FIELD": "vol",
            "SCREEN_TOP_FIELD": "top",
            "SCREEN_BOTTOM_FIELD": "bottom",
            "OUTPUT": "memory:",
            "OUTPUT_AREAS": "memory:",
        },
        # R_th(50,000 m3, 40 m) = 24.37 m: four circles of pi 24.37^2 = 1,866 m2
        lambda r: (r["N_WELLS"], rd_area(r["OUTPUT_AREAS"])),
        bad_wkt=pt(10, 10),
        bad_attrs=WELL_BAD,
        numeric=("vol", "top", "bottom"),
        ok=SCREEN_OK,
        name_field="well",
        names_out=_names("OUTPUT"),
        field_param=("VOLUME_FIELD", "vol"),
        large=lambda ctx: _many_wells(ctx, 20000),
    ),
    Row(
        "wellconflicts",
        "INPUT",
        "Point",
        WELL_FIELDS,
        _wells,
        lambda ctx: {
            "VOLUME_FIELD": "vol",
            "SYSTEM_FIELD": "system",
            "ID_FIELD": "well",
            "TEMPERATURE_FIELD": "temp",
            "SCREEN_TOP_FIELD": "top",
            "SCREEN_BOTTOM_FIELD": "bottom",
            "OUTPUT": "memory:",
        },
        # A-W/A-K 50 m apart (same system: 3 R = 73.12 m), D-K/E-W 60 m (opposite: 73.12 m):
        # shortfalls 23.12 + 13.12 = 36.23 m
        lambda r: (r["N_CONFLICTS"], field_sum(r["OUTPUT"], "shortfall")),
        bad_wkt=pt(1000, 0),
        bad_attrs=dict(WELL_BAD, system="A"),
        numeric=("vol", "top", "bottom"),
        ok=SCREEN_OK,
        category="main",
        name_field="well",
        names_out=_wellconflict_names,
        field_param=("VOLUME_FIELD", "vol"),
        large=lambda ctx: _many_wells(ctx, 20000),
    ),
    Row(
        "interferenceareas",
        "INPUT",
        "Point",
        [("system", "string"), ("temp", "string"), ("vol", "double")],
        _interference_rows,
        lambda ctx: {
            "VOLUME_FIELD": "vol",
            "SYSTEM_FIELD": "system",
            "TEMPERATURE_FIELD": "temp",
            "CELL_SIZE": 250.0,
            "WINDOW_RADIUS": 400.0,
            "OUTPUT": "memory:",
        },
        # tests/test_interferenceareas.py: one area of 750 x 750 m = 562,500 m2
        lambda r: (r["N_AREAS"], rd_area(r["OUTPUT"])),
        bad_wkt="POINT (80125 455125)",
        bad_attrs={"system": "X", "temp": "warm", "vol": 50000.0},
        numeric=("vol",),
        category="main",
        field_param=("VOLUME_FIELD", "vol"),
        large=lambda ctx: [
            (w, {"system": a["system"], "temp": a["temp"], "vol": a["vol"]})
            for w, a in _many_wells(ctx, 20000)
        ],
    ),
    Row(
        "warmcoldzones",
        "AREA",
        "Polygon",
        [("name", "string")],
        _study_square,
        lambda ctx: {
            "ZONE_WIDTH": 100.0,
            "OUTPUT": "memory:",
            "OUTPUT_CHECK": "memory:",
            "WELLS": ctx.other(
                "Point",
                [("temp", "string")],
                [
                    (pt(50, 150), {"temp": ctx.cat("warm")}),
                    (pt(150, 150), {"temp": ctx.cat("warm")}),
                ],
            ),
            "TEMPERATURE_FIELD": "temp",
        },
        # 300 m square in three 100 m strips warm/koud/warm of 30,000 m2; the warm well in
        # the middle strip is in the wrong zone
        lambda r: (r["N_ZONES"], rd_area(r["OUTPUT"]), r["N_WRONG_ZONE"]),
        bad_wkt=box(1000, 0, 1100, 100),
        category="other",
        other_layers=True,
        large=lambda ctx: [(box(0, 0, 20000, 20000), {"name": "groot"})],
    ),
    Row(
        "geothermalbuffers",
        "INPUT",
        "Point",
        [("name", "string"), ("cat", "double"), ("dbl", "double"), ("az", "double")],
        _gb_sites,
        lambda ctx: {
            "NAME_FIELD": "name",
            "CATEGORY_FIELD": "cat",
            "DOUBLETS_FIELD": "dbl",
            "AZIMUTH_FIELD": "az",
            "OUTPUT_SITES": "memory:",
            "OUTPUT_NOISE": "memory:",
            "OUTPUT_RESERVOIR": "memory:",
            "OUTPUT_CONFLICTS": "memory:",
        },
        # 3 doublets of 11.611 MW = 34.83 MW; footprints 1,913,757 m2 each (tests of
        # geothermalbuffers) and the two of the double doublet overlap: area of the union
        lambda r: (r["TOTAL_POWER_MW"], rd_area(r["OUTPUT_RESERVOIR"])),
        bad_wkt=pt(3000, 5000),
        bad_attrs={"name": "bad", "cat": 2.0, "dbl": 1.0, "az": 0.0},
        numeric=("cat", "dbl", "az"),
        replaces=True,  # invalid values replaced (help text)
        ok={
            "az": {"null", "zero", "emptystring", "nan"},
            "dbl": {"null", "emptystring", "nan"},
            "cat": {"null", "zero", "emptystring", "nan"},
        },
        name_field="name",
        names_out=_names("OUTPUT_SITES", "name"),
        field_param=("DOUBLETS_FIELD", "dbl"),
        large=lambda ctx: [
            (
                pt(3000 * (i % 40), 3000 * (i // 40)),
                {"name": str(i), "cat": 2.0, "dbl": 1.0, "az": 0.0},
            )
            for i in range(1600)
        ],
    ),
    Row(
        "wastewaterheat",
        "INPUT",
        "Point",
        [("name", "string"), ("flow", "double"), ("dt", "double")],
        lambda ctx: [
            (pt(0, 0), {"name": ctx.name("Houtrust"), "flow": 79000.0, "dt": 4.0}),
            (pt(3000, 0), {"name": "gemaal", "flow": 1000.0, "dt": 6.0}),
        ],
        lambda ctx: {
            "FLOW_FIELD": "flow",
            "DELTA_T_FIELD": "dt",
            "SUPPLY_RADIUS": 500.0,
            "OUTPUT": "memory:",
            "OUTPUT_SUPPLY": "memory:",
        },
        # 79,000 * 365 * 4.18 * 4 / 1000 = 482,121.2 GJ + 1,000 * 365 * 4.18 * 6 / 1000 =
        # 9,154.2 GJ = 491,275.4 GJ; two supply circles of radius 500 m
        lambda r: (r["TOTAL_SOURCE_GJ"], rd_area(r["OUTPUT_SUPPLY"])),
        bad_wkt=pt(1500, 0),
        bad_attrs={"name": "bad", "flow": 1000.0, "dt": 4.0},
        numeric=("flow", "dt"),
        ok={"dt": {"null", "emptystring", "nan"}},
        name_field="name",
        names_out=_names("OUTPUT", "name"),
        field_param=("FLOW_FIELD", "flow"),
        large=lambda ctx: [
            (pt(10 * (i % 300), 10 * (i // 300)), {"name": str(i), "flow": 1000.0, "dt": 4.0})
            for i in range(30000)
        ],
    ),
    Row(
        "quaypotential",
        "WATER",
        "Polygon",
        [("flow", "double")],
        lambda ctx: [(box(0, 0, 200, 100), {"flow": None})],
        lambda ctx: {
            "QUAYS": _quay_layers(ctx),
            "QUAY_ID_FIELD": "name",
            "RENOVATION_YEAR_FIELD": "renov",
            "FLOW_FIELD": "flow",
            "OUTPUT": "memory:",
            "OUTPUT_CATCHMENT": "memory:",
        },
        # 200 x 100 m still water: 20,000 m2 * 0.5 GJ/m2 = 10,000 GJ over 4 segments
        lambda r: (r["TOTAL_SOURCE_GJ"], r["N_SEGMENTS"], rd_area(r["OUTPUT_CATCHMENT"])),
        # water north of the north quay; bad flow values are replaced by "still water"
        bad_wkt=box(0, 100, 200, 150),
        numeric=("flow",),
        replaces=True,
        ok={"flow": {"null", "zero", "emptystring", "nan"}},
        other_layers=True,
        field_param=("FLOW_FIELD", "flow"),
        large=lambda ctx: [(box(0, 0, 200000, 100), {"flow": None})],
    ),
    Row(
        "heatbalance",
        "DEMAND",
        "Polygon",
        [("name", "string"), ("ht", "double"), ("mt", "double"), ("lt", "double")],
        _demand_rows,
        lambda ctx: {
            "HT_FIELD": "ht",
            "MT_FIELD": "mt",
            "LT_FIELD": "lt",
            "DEMAND_UNIT": 1,
            "SOURCES": [_heat_sources(ctx)],
            "OUTPUT_TABLE": "memory:",
            "OUTPUT_AREAS": "memory:",
        },
        # demand 150 + 250 + 350 = 750 TJ; supply 80,000 + 20,000 GJ = 100 TJ; the areas
        # layer holds both 1 km2 squares
        lambda r: (r["TOTAL_DEMAND"], r["TOTAL_SUPPLY"], rd_area(r["OUTPUT_AREAS"])),
        bad_wkt=box(5000, 0, 6000, 1000),
        bad_attrs={"name": "bad", "ht": 10.0, "mt": 10.0, "lt": 10.0},
        # an empty class demand is 0 (the other classes of the area still count); the
        # demand layer may be a table: no geometry is valid
        numeric=("ht", "mt", "lt"),
        geometry_optional=True,
        ok={k: {"zero", "null", "emptystring", "nan"} for k in ("ht", "mt", "lt")},
        category="other",
        name_field="name",
        names_out=_names("OUTPUT_AREAS", "name"),
        other_layers=True,
        field_param=("HT_FIELD", "ht"),
        large=lambda ctx: [
            (
                box(
                    100 * (i % 100), 100 * (i // 100), 100 * (i % 100) + 100, 100 * (i // 100) + 100
                ),
                {"name": str(i), "ht": 1.0, "mt": 1.0, "lt": 1.0},
            )
            for i in range(10000)
        ],
    ),
    Row(
        "wossiting",
        "STUDY_AREA",
        "Polygon",
        [("name", "string")],
        lambda ctx: [(box(0, 0, 400, 400), {"name": "studie"})],
        _wos_params,
        lambda r: (r["SITES_FOUND"], r["BEST_SCORE"], rd_area(r["OUTPUT_SITES"])),
        bad_wkt=box(2000, 2000, 2100, 2100),
        other_layers=True,
        large=lambda ctx: [(box(0, 0, 8000, 8000), {"name": "groot"})],
    ),
    Row(
        "addclaims",
        "INPUT",
        "Polygon",
        [("naam", "string"), ("cat", "double"), ("top", "double"), ("bottom", "double")],
        lambda ctx: [
            (
                box(0, 0, 100, 100),
                {"naam": ctx.name("Zoeklocatie A"), "cat": 2.0, "top": 0.0, "bottom": 2500.0},
            ),
            (box(200, 0, 250, 40), {"naam": "B", "cat": 3.0, "top": 10.0, "bottom": 300.0}),
        ],
        lambda ctx: {
            "REGISTER": str(ctx.tmp_path / "register.gpkg"),
            "CREATE": True,
            "CLAIM_TYPE": "geothermie_zoeklocatie",
            "NAME_FIELD": "naam",
            "CATEGORY_FIELD": "cat",
            "DEPTH_TOP_FIELD": "top",
            "DEPTH_BOTTOM_FIELD": "bottom",
        },
        # two claims of 10,000 + 2,000 m2
        _register_metric,
        bad_wkt=box(400, 0, 500, 100),
        bad_attrs={"naam": "bad", "cat": 2.0, "top": 0.0, "bottom": 100.0},
        numeric=("cat", "top", "bottom"),
        ok={
            "top": {"null", "zero", "emptystring", "nan"},
            "bottom": {"null", "emptystring", "nan"},
            "cat": {"null", "emptystring", "nan"},
        },
        name_field="naam",
        field_param=("DEPTH_TOP_FIELD", "top"),
        large=lambda ctx: [
            (
                box(20 * (i % 100), 20 * (i // 100), 20 * (i % 100) + 10, 20 * (i // 100) + 10),
                {"naam": str(i), "cat": 2.0},
            )
            for i in range(5000)
        ],
    ),
    Row(
        "claimconflicts",
        "INPUT",
        "Polygon",
        CLAIM_FIELDS,
        _claims,
        lambda ctx: {"OUTPUT": "memory:"},
        lambda r: (r["N_CONFLICTS"], rd_area(r["OUTPUT"])),  # 1,200 m2
        bad_wkt=box(0, 0, 100, 100),
        bad_attrs=_claim("x", "bad", "restwarmte_wos", "beide", 10.0, 50.0),
        numeric=("depth_top_m", "depth_bottom_m"),
        # unusable depths are treated as "any depth" with a counted warning (help text)
        ok={
            "depth_top_m": {"null", "zero", "emptystring", "nan"},
            "depth_bottom_m": {"null", "emptystring", "nan"},
        },
        replaces=True,
        category="main",
        name_field="name",
        names_out=_names("OUTPUT", "name_a"),
        large=lambda ctx: [
            (
                box(30 * (i % 100), 30 * (i // 100), 30 * (i % 100) + 40, 30 * (i // 100) + 40),
                _claim(str(i), str(i), "overig", "beide", None, None),
            )
            for i in range(5000)
        ],
    ),
    Row(
        "exportgio",
        "INPUT",
        "Polygon",
        GIO_FIELDS,
        _gio_rows,
        lambda ctx: {
            "NAME_FIELD": "name",
            "OUTPUT": str(ctx.tmp_path / "gio.gml"),
            "WORK_ID": "warmtebronnen",
            "EXPRESSION_DATE": "2024-05-14",
        },
        # 10,000 + 2,000 m2
        lambda r: (r["N_LOCATIONS"], _gio_area(r["OUTPUT"])),
        bad_wkt=box(400, 0, 500, 100),
        bad_attrs={"claim_id": None, "name": "bad", "claim_type": "overig"},
        name_field="name",
        names_out=_gio_names,
        large=lambda ctx: [
            (
                box(20 * (i % 100), 20 * (i // 100), 20 * (i % 100) + 10, 20 * (i // 100) + 10),
                {"name": str(i)},
            )
            for i in range(10000)
        ],
    ),
    Row(
        "report",
        "LAYERS",
        "Polygon",
        [("name", "string")],
        lambda ctx: [(box(0, 0, 100, 100), {"name": ctx.name("Gebied")})],
        _report_params,
        lambda r: (r["N_PAGES"],),
        bad_wkt=box(200, 0, 300, 100),
        renders_only=True,
        only={
            "empty",
            "crs_4326",
            "crs_3857",
            "null_geom",
            "bowtie",
            "zm",
            "curve_gpkg",
            "name-nonascii",
            "name-long",
            "name-xml",
            "progress",
            "cancel",
        },
        name_field="name",
        large=lambda ctx: [
            (
                box(20 * (i % 100), 20 * (i // 100), 20 * (i % 100) + 10, 20 * (i // 100) + 10),
                {"name": str(i)},
            )
            for i in range(3000)
        ],
    ),
    Row(
        "validategio",
        "INPUT",
        "file",
        [],
        None,
        None,
        None,
        only={
            "empty",
            "only_bad",
            "missing_path",
            "name-nonascii",
            "name-long",
            "name-xml",
            "progress",
        },
        special={
            "good": _validategio_good,
            "empty": lambda ctx: _validategio_file(ctx, b""),
            "only_bad": lambda ctx: _validategio_file(ctx, "<geo:nee>\u00e9 & <".encode()),
            "missing_path": lambda ctx: {"INPUT": str(ctx.tmp_path / "bestaat_niet.gml")},
        },
    ),
    Row(
        "runstrategy",
        "INPUT",
        "file",
        [],
        None,
        None,
        None,
        only={"empty", "only_bad", "missing_path", "name-xml", "progress", "cancel"},
        special={
            "good": lambda ctx: {
                "INPUT": str(_tiny_gpkg(ctx)),
                "TITLE": ctx.name("Strategie"),
                "OUTPUT_FOLDER": str(ctx.tmp_path / "uit"),
            },
            "empty": lambda ctx: {
                "INPUT": str(_tiny_gpkg(ctx, rows=[])),
                "OUTPUT_FOLDER": str(ctx.tmp_path / "uit"),
            },
            "only_bad": lambda ctx: {
                "INPUT": str(
                    _tiny_gpkg(
                        ctx, rows=[(None, {"well_id": "x"}), (pt(0, 0), {"volume_m3": -1.0})]
                    )
                ),
                "OUTPUT_FOLDER": str(ctx.tmp_path / "uit"),
            },
            "missing_path": lambda ctx: {
                "INPUT": str(ctx.tmp_path / "nee.gpkg"),
                "OUTPUT_FOLDER": str(ctx.tmp_path / "uit"),
            },
        },
    ),
    Row(
        "createregister",
        "GEOPACKAGE",
        "file",
        [],
        None,
        None,
        None,
        only={"empty", "only_bad", "missing_path", "name-nonascii", "name-xml", "progress"},
        special={
            "good": lambda ctx: {
                "GEOPACKAGE": str(ctx.tmp_path / "{}.gpkg".format(ctx.name("register")))
            },
            # no location at all
            "empty": lambda ctx: {},
            # an existing file that is not a register is refused, never overwritten
            "only_bad": lambda ctx: (ctx.tmp_path / "geen.gpkg").write_text("tekst")
            and {"GEOPACKAGE": str(ctx.tmp_path / "geen.gpkg")},
            "missing_path": lambda ctx: {"GEOPACKAGE": "/proc/geen/map/register.gpkg"},
        },
    ),
    # a register with its own field names, mapped; bad values are repaired or left empty
    # with a counted warning (documented), rows without a location rejected
    Row(
        "importwells",
        "INPUT",
        "Point",
        WELL_FIELDS,
        _wells,
        lambda ctx: {
            "SCHEMA": 4,
            "MAP_WELL_ID": "well",
            "MAP_SYSTEM": "system",
            "MAP_TEMPERATURE": "temp",
            "MAP_VOLUME_SEASON": "vol",
            "MAP_SCREEN_TOP": "top",
            "MAP_SCREEN_BOTTOM": "bottom",
            "OUTPUT": "memory:",
            "OUTPUT_PROBLEMS": "memory:",
        },
        # four wells of 50,000 m3 per season
        lambda r: (r["N_WELLS"], field_sum(r["OUTPUT"], "volume_m3")),
        bad_wkt=pt(1000, 0),
        bad_attrs=WELL_BAD,
        numeric=("vol", "top", "bottom"),
        ok=SCREEN_OK,
        category="main",
        name_field="well",
        names_out=_names("OUTPUT", "well_id"),
        field_param=("MAP_VOLUME_SEASON", "vol"),
        replaces=True,
        large=lambda ctx: _many_wells(ctx, 20000),
    ),
]
BY_ALG = {row.alg: row for row in ROWS}

# -- known bugs (xfail strict: the case passes once the algorithm is fixed) -------------
_NO_EMPTY_WARNING = "an empty input layer gives an empty result without any warning"
_NO_PROGRESS = "reports no progress at all (setProgress never called)"
XFAIL = {}
for _alg, _cases in XFAIL.items():
    BY_ALG[_alg].xfail.update({k: v for k, v in _cases.items() if v})


# -- which cases apply ---------------------------------------------------------------------
GEOMETRY_CASES = {
    "Point": ["null_geom", "empty_geom", "multipart", "zm"],
    "Polygon": ["null_geom", "empty_geom", "bowtie", "multipart", "zm", "curve_gpkg"],
    "file": [],
}


def case_ids(row):
    ids = ["empty", "only_bad", "crs_4326", "crs_3857"]
    if row.other_layers:
        ids.append("mixed_crs")
    for fname in row.numeric:
        ids += [f"num-{fname}-{kind}" for kind in BAD_VALUES]
    ids += GEOMETRY_CASES[row.geom]
    if row.category:
        ids += ["case-upper", "case-padded", "case-misspelt"]
    if row.name_field:
        ids += ["name-" + k for k in NAMES]
    if row.field_param:
        ids += ["field_missing", "field_wrong_type"]
    if row.geom == "file":
        ids += ["missing_path", "name-" + "nonascii", "name-long", "name-xml"]
    if row.only is not None:
        ids = [i for i in ids if i in row.only]
    return list(dict.fromkeys(ids))


def _params():
    out = []
    for row in ROWS:
        for case in case_ids(row):
            marks = []
            if case in row.xfail:
                marks.append(pytest.mark.xfail(strict=True, reason=row.xfail[case]))
            out.append(pytest.param(row.alg, case, marks=marks, id=f"{row.alg}-{case}"))
    return out


# -- the cases -----------------------------------------------------------------------
def _bad_row(row, attrs_update=None, wkt=None):
    attrs = dict(row.bad_attrs)
    attrs.update(attrs_update or {})
    return (wkt if wkt is not None else row.bad_wkt, attrs)


def _file_case(row, case, tmp_path):
    ctx = Ctx(tmp_path)
    if case.startswith("name-"):
        ctx.name = lambda value: NAMES[case[5:]]
        out = run(row.id, row.special["good"](ctx))
        assert out.error is None, out.error
        if row.alg == "validategio":
            assert out.results["VALID"] is True and out.results["N_FINDINGS"] == 0
        if row.alg == "createregister":
            assert os.path.exists(out.results["REGISTER"])
        return
    out = run(row.id, row.special[case](ctx))
    if row.alg == "validategio" and case in ("empty", "only_bad") and out.error is None:
        # a broken file is a finding (not valid), never "valid"
        assert out.results["VALID"] is False and out.results["N_FINDINGS"] >= 1
    elif (
        case in ("missing_path", "empty", "only_bad")
        and row.alg == "createregister"
        or case == "missing_path"
    ):
        assert out.error is not None


@pytest.mark.parametrize("alg,case", _params())
def test_bad_input(provider, tmp_path, alg, case):
    row = BY_ALG[alg]
    if row.geom == "file":
        return _file_case(row, case, tmp_path)
    ctx = Ctx(tmp_path)
    geom = row.geom

    if case == "empty":
        out = run(row.id, row.run_params(ctx, row.layer(ctx, rows=[])))
        assert out.error is not None or out.warnings, "an empty input gives no warning"
        return
    if case == "only_bad":
        # every feature without a geometry, or with its first numeric field empty
        rows = [
            (
                None if not row.numeric else w,
                dict(a, **({row.numeric[0]: None} if row.numeric else {})),
            )
            for w, a in row.good(ctx)
        ]
        out = run(row.id, row.run_params(ctx, row.layer(ctx, rows=rows)))
        if out.error is None and not (row.numeric and "null" in row.ok.get(row.numeric[0], ())):
            assert out.counted_warning(), out.warnings
        return
    if case in ("crs_4326", "crs_3857", "mixed_crs"):
        crs = {"crs_4326": "EPSG:4326", "crs_3857": "EPSG:3857", "mixed_crs": "EPSG:4326"}[case]
        ctx = Ctx(tmp_path, crs=crs, other_crs=RD if case == "mixed_crs" else crs)
        out = run(row.id, row.run_params(ctx, row.layer(ctx)))
        assert out.error is None, out.error
        same(row.metric(out.results), good_metric(row, tmp_path), rel=0.005)
        return
    if case.startswith("num-"):
        _, fname, kind = case.split("-")
        value = BAD_VALUES[kind]
        fields = list(row.fields)
        ftype = "string" if kind in TEXT_KINDS else "double"
        fields = [(n, ftype if n == fname else t) for n, t in fields]
        good = row.good(ctx)
        if ftype == "string":
            good = [
                (
                    w,
                    {
                        k: (None if v is None else (str(v) if k == fname else v))
                        for k, v in a.items()
                    },
                )
                for w, a in good
            ]
        rows = good + [_bad_row(row, {fname: value})]
        out = run(row.id, row.run_params(ctx, row.layer(ctx, rows=rows, fields=fields)))
        if kind in row.ok.get(fname, ()):
            return  # a valid value (e.g. azimuth 0, no depth): it only must not crash
        expect_good_or_clear(row, out, tmp_path, case)
        return
    if case == "null_geom" and row.geometry_optional:
        run(
            row.id,
            row.run_params(ctx, row.layer(ctx, rows=row.good(ctx) + [(None, dict(row.bad_attrs))])),
        )
        return
    if case in ("null_geom", "empty_geom", "bowtie"):
        wkt = {
            "null_geom": None,
            "empty_geom": "POINT EMPTY" if geom == "Point" else "POLYGON EMPTY",
            "bowtie": bowtie(0, 0),
        }[case]
        rows = row.good(ctx) + [(wkt, dict(row.bad_attrs))]
        out = run(row.id, row.run_params(ctx, row.layer(ctx, rows=rows)))
        expect_good_or_clear(row, out, tmp_path, case)
        return
    if case == "multipart":
        # the good features as single-part multi geometries: the same numbers; and an
        # extra two-part feature must not crash (a clear message or a result)
        rows = []
        for w, a in row.good(ctx):
            g = QgsGeometry.fromWkt(w)
            assert g.convertToMultiType()
            rows.append((g.asWkt(), a))
        out = run(row.id, row.run_params(ctx, row.layer(ctx, rows=rows, geom_type="Multi" + geom)))
        assert out.error is None, out.error
        same(row.metric(out.results), good_metric(row, tmp_path))
        a = QgsGeometry.fromWkt(row.bad_wkt)
        b = QgsGeometry(a)
        b.translate(5000, 5000)
        two = QgsGeometry.collectGeometry([a, b]).asWkt()
        run(
            row.id,
            row.run_params(
                ctx,
                row.layer(
                    ctx, rows=row.good(ctx) + [(two, dict(row.bad_attrs))], geom_type="Multi" + geom
                ),
            ),
        )
        return
    if case == "zm":
        rows = []
        for w, a in row.good(ctx):
            g = QgsGeometry.fromWkt(w)
            g.get().addZValue(3.0)
            g.get().addMValue(7.0)
            rows.append((g.asWkt(), a))
        out = run(row.id, row.run_params(ctx, row.layer(ctx, rows=rows, geom_type=geom + "ZM")))
        assert out.error is None, out.error
        same(row.metric(out.results), good_metric(row, tmp_path))
        return
    if case == "curve_gpkg":
        # the good polygons as CurvePolygons (same rings) in a GeoPackage: same numbers
        rows = [(w.replace("POLYGON", "CURVEPOLYGON", 1), a) for w, a in row.good(ctx)]
        layer = write_gpkg(tmp_path / "curved.gpkg", "curved", "CurvePolygon", RD, row.fields, rows)
        assert QgsWkbTypes.flatType(layer.wkbType()) == QgsWkbTypes.CurvePolygon
        out = run(row.id, row.run_params(ctx, layer))
        assert out.error is None, out.error
        same(row.metric(out.results), good_metric(row, tmp_path), rel=1e-4)
        return
    if case.startswith("case-"):
        kind = case[5:]
        ctx.cat = {
            "upper": lambda v: v.upper(),
            "padded": lambda v: "  " + v.title() + " ",
            "misspelt": lambda v: "x" + v + "x",
        }[kind]
        out = run(row.id, row.run_params(ctx, row.layer(ctx)))
        if kind == "misspelt":
            if out.error is None:
                assert out.counted_warning(), "misspelt values: no counted warning"
            return
        assert out.error is None, out.error
        same(row.metric(out.results), good_metric(row, tmp_path))
        return
    if case.startswith("name-"):
        name = NAMES[case[5:]]
        ctx.name = lambda value: name
        out = run(row.id, row.run_params(ctx, row.layer(ctx)))
        assert out.error is None, out.error
        same(row.metric(out.results), good_metric(row, tmp_path))
        if row.names_out is not None:
            assert name in row.names_out(out.results, ctx)
        return
    if case == "field_missing":
        param, _ = row.field_param
        p = row.run_params(ctx, row.layer(ctx))
        p[param] = "bestaat_niet"
        out = run(row.id, p)
        assert out.error is not None, "a missing field name is not reported"
        return
    if case == "field_wrong_type":
        # the numeric field holds names (a string field): a clear error, or a counted
        # warning for every feature
        param, fname = row.field_param
        fields = [(n, "string" if n == fname else t) for n, t in row.fields]
        rows = [(w, dict(a, **{fname: f"naam {i}"})) for i, (w, a) in enumerate(row.good(ctx))]
        out = run(row.id, row.run_params(ctx, row.layer(ctx, rows=rows, fields=fields)))
        if out.error is None:
            assert out.counted_warning(), out.warnings
        return
    raise AssertionError("unknown case " + case)


# -- coverage of the table ------------------------------------------------------------------
def test_every_algorithm_has_a_row(provider):
    names = {a.name() for a in provider.algorithms()}
    missing = names - set(BY_ALG)
    assert not missing, f"algorithms without a row in tests/test_robustness.py: {sorted(missing)}"


# -- progress and cancellation --------------------------------------------------------------
class CancelAfterFirstProgress(RecordingFeedback):
    """Cancels at the first progress report (> 0) and notes when."""

    def __init__(self):
        super().__init__()
        self.cancelled_at = None
        self.progressChanged.connect(self._maybe_cancel)

    def _maybe_cancel(self, value):
        if self.cancelled_at is None and value > 0:
            self.cancelled_at = time.monotonic()
            self.cancel()


def _progress_params():
    out = []
    for row in ROWS:
        for case in ("progress", "cancel"):
            if row.only is not None and case not in row.only:
                continue
            if case == "cancel" and row.large is None and row.geom != "file":
                continue
            marks = []
            if case in row.xfail:
                marks.append(pytest.mark.xfail(strict=True, reason=row.xfail[case]))
            out.append(pytest.param(row.alg, case, marks=marks, id=f"{row.alg}-{case}"))
    return out


@pytest.mark.parametrize("alg,case", _progress_params())
def test_progress_and_cancel(provider, tmp_path, alg, case):
    row = BY_ALG[alg]
    ctx = Ctx(tmp_path)
    if case == "progress":
        params = (
            row.special["good"](ctx) if row.geom == "file" else row.run_params(ctx, row.layer(ctx))
        )
        out = run(row.id, params)
        assert out.error is None, out.error
        assert out.feedback.progress_values, "no progress reported"
        assert max(out.feedback.progress_values) >= 99.9, out.feedback.progress_values[-5:]
        return
    if row.geom == "file":
        params = row.special["good"](ctx)
    else:
        params = row.run_params(ctx, row.layer(ctx, rows=row.large(ctx)))
    feedback = CancelAfterFirstProgress()
    out = run(row.id, params, feedback)
    assert feedback.cancelled_at is not None, "no progress reported before the end"
    stopped = time.monotonic() - feedback.cancelled_at
    assert (
        out.error is not None and CANCEL_MESSAGE in out.error
    ), "not stopped with the cancel message ({:.2f} s after cancel): {}".format(
        stopped, out.error or "the run completed"
    )
    assert stopped < 1.0, f"stopped {stopped:.2f} s after the cancel"
