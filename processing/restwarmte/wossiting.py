"""bronnenstrategie:wossiting - suitability raster and ranked sites for heat transfer
stations (warmteoverdrachtsstations, WOS) of a residual-heat transport main."""

import math

import numpy as np
from qgis.core import (
    QgsCoordinateTransform,
    QgsFeature,
    QgsFeatureRequest,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsLineString,
    QgsPoint,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterDistance,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterDestination,
    QgsProcessingUtils,
    QgsRectangle,
    QgsVectorLayer,
    QgsWkbTypes,
)

from ...compat import FieldType, GeometryType, SourceType, WkbType
from ...core import files, wos
from ..base import BronnenstrategieAlgorithm
from ..utils import SkipCounter, metric_transforms, raise_if_canceled, to_float


def _to_shapely(geom):
    """A shapely geometry (2D, linear) of a QgsGeometry, or None."""
    from shapely import wkb

    if geom is None or geom.isNull() or geom.isEmpty():
        return None
    wkb_type = geom.wkbType()
    g = geom
    if QgsWkbTypes.isCurvedType(wkb_type) or QgsWkbTypes.hasZ(wkb_type) \
            or QgsWkbTypes.hasM(wkb_type):
        g = QgsGeometry(geom)
        if QgsWkbTypes.isCurvedType(wkb_type):
            g = QgsGeometry(g.constGet().segmentize())
        abstract = g.get()
        abstract.dropMValue()
        abstract.dropZValue()
    try:
        shp = wkb.loads(bytes(g.asWkb()))
    except Exception:  # noqa: BLE001 - unreadable geometry: counted by the caller
        return None
    return None if shp.is_empty else shp


def _point_blobs_xy(blobs):
    """Coordinates of WKB blobs of points and multipoints (as QgsGeometry.asWkb writes
    them), without an object per point: (x, y, owner, empty) with owner the blob index of
    each point and empty a boolean per blob (null, empty or NaN point, multipoint without
    parts); the parts of multipoints are read one by one."""
    import struct

    import numpy as np

    n = len(blobs)
    lens = np.fromiter(map(len, blobs), dtype=np.int64, count=n)
    buf = np.frombuffer(b"".join(map(bytes, blobs)), dtype=np.uint8)
    starts = np.cumsum(lens) - lens
    empty = lens < 21
    idx = np.flatnonzero(~empty)
    if len(buf) < 32:  # room for the gathers below
        buf = np.concatenate([buf, np.zeros(32, dtype=np.uint8)])
    st = starts[idx]
    little = buf[st] == 1
    tbytes = buf[st[:, None] + np.arange(1, 5)]
    wtype = np.where(little, tbytes.copy().view("<u4")[:, 0], tbytes.copy().view(">u4")[:, 0])
    flat = (wtype & 0x7FFFFFFF) % 1000
    coords = buf[st[:, None] + np.arange(5, 21)].copy()
    xy = np.where(little[:, None], coords.view("<f8"), coords.view(">f8"))
    single = flat == 1
    x, y = xy[single, 0], xy[single, 1]
    owner = idx[single]
    ok = ~(np.isnan(x) | np.isnan(y))
    empty[owner[~ok]] = True
    x, y, owner = x[ok], y[ok], owner[ok]
    # multipoints and anything else: part by part
    mx, my, mo = [], [], []
    for i in idx[~single]:
        blob = bytes(blobs[i])
        found = False
        if (struct.unpack("<I" if blob[0] == 1 else ">I", blob[1:5])[0] & 0x7FFFFFFF) % 1000 == 4:
            nparts = struct.unpack("<I" if blob[0] == 1 else ">I", blob[5:9])[0]
            pos = 9
            for _ in range(nparts):
                fmt = "<" if blob[pos] == 1 else ">"
                t = struct.unpack(fmt + "I", blob[pos + 1 : pos + 5])[0]
                px, py = struct.unpack(fmt + "dd", blob[pos + 5 : pos + 21])
                # 2.5D flag: x y z; ISO: +1000 z, +2000 m, +3000 z m
                dims = 3 if t & 0x80000000 else 2 + (0, 1, 1, 2)[(t // 1000) % 4]
                pos += 5 + 8 * dims
                if not (math.isnan(px) or math.isnan(py)):
                    mx.append(px)
                    my.append(py)
                    mo.append(i)
                    found = True
        if not found:
            empty[i] = True
    if mx:
        x = np.concatenate([x, mx])
        y = np.concatenate([y, my])
        owner = np.concatenate([owner, np.asarray(mo, dtype=np.int64)])
    return x, y, owner, empty


def _single_points_xy(blob, count):
    """(x, y) arrays of a multipoint WKB blob of ``count`` parts all of one type, else None
    (another part count, a NaN coordinate, a mixed blob)."""
    import numpy as np

    buf = np.frombuffer(bytes(blob), dtype=np.uint8)
    if len(buf) < 9 or buf[0] != 1 or int(buf[5:9].copy().view("<u4")[0]) != count:
        return None
    stride, rest = divmod(len(buf) - 9, count)
    if rest or stride not in (21, 29, 37):
        return None
    parts = buf[9:].reshape(count, stride)
    if not (parts[:, 0] == 1).all() or not (parts[:, 1:5] == parts[0, 1:5]).all():
        return None
    xy = parts[:, 5:21].copy().view("<f8")
    if np.isnan(xy).any():
        return None
    return xy[:, 0].copy(), xy[:, 1].copy()


def _transform_xy(transform, x, y):
    """x, y arrays through a QgsCoordinateTransform in one call (as the coordinates of
    one line string), point by point when that fails; returns (x, y, ok)."""
    import numpy as np

    ok = np.ones(len(x), dtype=bool)
    if transform.isShortCircuited() or len(x) == 0:
        return x, y, ok
    try:
        line = QgsLineString(x.tolist(), y.tolist())
        line.transform(transform)
        xy = np.frombuffer(bytes(line.asWkb()), dtype="<f8", offset=9).reshape(-1, 2)
        if len(xy) == len(x) and np.isfinite(xy).all():
            return xy[:, 0].copy(), xy[:, 1].copy(), ok
    except Exception:  # noqa: BLE001 - some point cannot be transformed: one by one
        pass
    x, y = x.copy(), y.copy()
    for i in range(len(x)):
        geom = QgsGeometry(QgsPoint(float(x[i]), float(y[i])))
        try:
            geom.transform(transform)
        except Exception:  # noqa: BLE001
            ok[i] = False
            continue
        point = geom.constGet()
        x[i], y[i] = point.x(), point.y()
    return x, y, ok


def _to_qgs(shp):
    g = QgsGeometry()
    g.fromWkb(shp.wkb)
    return g


class WosSiting(BronnenstrategieAlgorithm):
    NAME = "wossiting"
    GROUP_ID = "restwarmte"
    STYLES = {"OUTPUT_RASTER": "wossiting_raster.qml", "OUTPUT_SITES": "wossiting_sites.qml",
              "OUTPUT_PATCHES": "wossiting_patches.qml"}

    STUDY_AREA = "STUDY_AREA"
    TRANSPORT_MAIN = "TRANSPORT_MAIN"
    MAX_DIST_MAIN = "MAX_DIST_MAIN"
    MAIN_STRIP = "MAIN_STRIP"
    HEAT_NETWORK = "HEAT_NETWORK"
    MAX_DIST_NETWORK = "MAX_DIST_NETWORK"
    HARD_MAX_DIST_NETWORK = "HARD_MAX_DIST_NETWORK"
    DEMAND = "DEMAND"
    DEMAND_FIELD = "DEMAND_FIELD"
    DEMAND_RADIUS = "DEMAND_RADIUS"
    BUILDINGS = "BUILDINGS"
    BUILDING_DISTANCE = "BUILDING_DISTANCE"
    EXCLUSIONS = "EXCLUSIONS"
    EXCLUSION_DISTANCE = "EXCLUSION_DISTANCE"
    WEIGHT_MAIN = "WEIGHT_MAIN"
    WEIGHT_NETWORK = "WEIGHT_NETWORK"
    WEIGHT_DEMAND = "WEIGHT_DEMAND"
    RESOLUTION = "RESOLUTION"
    MIN_PLOT_AREA = "MIN_PLOT_AREA"
    N_SITES = "N_SITES"
    MIN_SEPARATION = "MIN_SEPARATION"
    SCORE_TOLERANCE = "SCORE_TOLERANCE"
    CANDIDATES = "CANDIDATES"
    OUTPUT_RASTER = "OUTPUT_RASTER"
    OUTPUT_SITES = "OUTPUT_SITES"
    OUTPUT_PATCHES = "OUTPUT_PATCHES"

    SITE_FIELDS = (
        ("rank", FieldType.Int, "integer", 5, 0),
        ("score", FieldType.Double, "double", 10, 4),
        ("area_m2", FieldType.Double, "double", 14, 1),
        ("patch_m2", FieldType.Double, "double", 14, 1),
        ("dist_main", FieldType.Double, "double", 12, 1),
        ("dist_network", FieldType.Double, "double", 12, 1),
        ("demand_gj", FieldType.Double, "double", 16, 1),
        ("why", FieldType.String, "string", 254, 0),
    )

    def required_modules(self):
        return ["numpy", "scipy", "shapely"]

    def displayName(self):  # noqa: N802
        return self.tr("Siting heat transfer stations (WOS)")

    def shortDescription(self):  # noqa: N802
        return self.tr(
            "Suitability raster and ranked candidate sites for heat transfer stations "
            "along a residual-heat transport main such as WarmtelinQ."
        )

    def help_text(self):
        return self.tr(
            "<p>Finds and ranks sites for heat transfer stations (warmteoverdrachtsstations, "
            "WOS) where a residual-heat transport main (such as WarmtelinQ, Rotterdam - Den "
            "Haag) hands its heat over to a district-heating network, and writes the whole "
            "suitability surface as a GeoTIFF.</p>"
            "<p><b>Score</b> of each raster cell (0..1):<br>"
            "score = Σ w_i · (1 − min(d_i / dmax_i, 1)) / Σ w_used<br>"
            "with d the distance to the transport main and to the heat network, and for "
            "demand the demand within the demand radius divided by its maximum in the study "
            "area. Criteria without a layer are left out of the sum. Cells farther than the "
            "maximum distance to the main score 0 [assumption]; so do cells farther than the "
            "optional hard maximum distance to the heat network. Distances are measured "
            "between cell centres with a Euclidean distance transform: accurate to about "
            "one cell.</p>"
            "<p><b>Excluded</b> (nodata): cells outside the study area, cells closer than "
            "the building distance to a building (edge to edge, counting every cell a "
            "building touches as building, so the margin is kept or exceeded by up to one "
            "cell), cells touched by, or closer than the exclusion distance to, an "
            "exclusion layer (water, protected areas), and cells touched by the strip along "
            "the transport main (default 5 m on each side [assumption: the usual "
            "right-of-way of a heat pipeline]): a station stands next to the main, not on "
            "it.</p>"
            "<p><b>Sites</b>: a plot is a rectangle of whole cells of at least the minimum "
            "plot area. The plot with the highest mean score is site 1: the site's polygon "
            "is that plot (area_m2). Its patch (optional second output, patch_m2) is the "
            "connected area of usable cells around it whose score lies within the score "
            "tolerance of the plot's score, up to half the minimum separation from the "
            "plot's centre: the room to move the plot without losing much. The next site "
            "lies at least the minimum separation from every earlier one and outside their "
            "patches, and so on. With a candidates layer (parcels, municipal land) the "
            "candidates are scored instead: the mean score of their usable cells; a "
            "candidate needs the minimum plot area of usable cells.</p>"
            "<p><b>Defaults</b>: no published siting rules for a WOS were found, so all are "
            "assumptions [A] and parameters: within 500 m of the main but outside a strip of "
            "5 m on each side of it, within 1,000 m of the network (no hard maximum), demand within 1,000 m, weights 0.4 / 0.4 / 0.2, plot 2,000 m² "
            "(plots of 1,000-2,500 m²), 50 m from homes (a margin on the VNG list's 30 m "
            "for pump stations of pipelines, category 2, used as a proxy), 500 m between "
            "sites. Context: WarmtelinQ brings 2 PJ of residual heat to Den Haag; WOS are "
            "needed at the CR-plein, in Zuidwest and in Ypenburg (Bronnenstrategie).</p>"
            "<p>Layers in a geographic CRS are computed in metres (RD New for Dutch data); "
            "the sites keep the study area's CRS. The raster is written in the study area's "
            "CRS when that is in metres, otherwise in the metric CRS used.</p>"
        )

    def initAlgorithm(self, config=None):  # noqa: N802
        poly = [SourceType.VectorPolygon]
        line = [SourceType.VectorLine]
        self.add_param(
            QgsProcessingParameterFeatureSource(self.STUDY_AREA, self.tr("Study area"), poly),
            self.tr("Polygon(s) of the area to search; the raster covers their extent."),
        )
        self.add_param(
            QgsProcessingParameterFeatureSource(
                self.TRANSPORT_MAIN, self.tr("Transport main"), line
            ),
            self.tr("Lines of the residual-heat transport main (e.g. the WarmtelinQ route)."),
        )
        self.add_param(
            QgsProcessingParameterDistance(
                self.MAX_DIST_MAIN, self.tr("Maximum distance to the main"),
                wos.MAX_DIST_MAIN, self.STUDY_AREA, minValue=1.0, maxValue=100000.0,
            ),
            self.tr(
                "Beyond this distance (m) from the main a cell scores 0; closer, the main's "
                "term falls linearly from 1 at the main to 0 here. Default 500 m "
                "[assumption]."
            ),
        )
        self.add_param(
            QgsProcessingParameterDistance(
                self.MAIN_STRIP, self.tr("Strip along the main (each side)"),
                wos.MAIN_STRIP, self.STUDY_AREA, minValue=0.0, maxValue=1000.0,
            ),
            self.tr(
                "No station stands within this distance (m) of the transport main, on either "
                "side: every cell the strip touches is excluded. Default 5 m [assumption: "
                "the usual right-of-way of a heat pipeline; the WarmtelinQ strip is 10-15 m "
                "wide]. 0 = no strip."
            ),
        )
        self.add_param(
            QgsProcessingParameterFeatureSource(
                self.HEAT_NETWORK, self.tr("Heat network"), line, optional=True
            ),
            self.tr("Optional lines of existing or planned district-heating networks to feed."),
        )
        self.add_param(
            QgsProcessingParameterDistance(
                self.MAX_DIST_NETWORK, self.tr("Maximum distance to the network"),
                wos.MAX_DIST_NETWORK, self.STUDY_AREA, minValue=1.0, maxValue=100000.0,
            ),
            self.tr(
                "Distance (m) at which the network's term reaches 0. Default 1,000 m "
                "[assumption]."
            ),
        )
        self.add_param(
            QgsProcessingParameterDistance(
                self.HARD_MAX_DIST_NETWORK, self.tr("Hard maximum distance to the network"),
                wos.HARD_MAX_DIST_NETWORK, self.STUDY_AREA, minValue=0.0, maxValue=100000.0,
            ),
            self.tr(
                "Optional (0 = none): cells farther than this (m) from the heat network score "
                "0, so no site lies farther, whatever the other criteria. Default 0 "
                "[assumption]."
            ),
        )
        self.add_param(
            QgsProcessingParameterFeatureSource(
                self.DEMAND, self.tr("Heat demand"),
                [SourceType.VectorPolygon, SourceType.VectorPoint],
                optional=True,
            ),
            self.tr(
                "Optional polygons or points with a heat demand in GJ/yr (e.g. "
                "high-temperature neighbourhoods). A polygon spreads its demand evenly over "
                "its area."
            ),
        )
        self.add_param(
            QgsProcessingParameterField(
                self.DEMAND_FIELD, self.tr("Demand field (GJ/yr)"), None, self.DEMAND,
                QgsProcessingParameterField.DataType.Numeric, optional=True,
            ),
            self.tr("Field of the demand layer with the heat demand in GJ per year."),
        )
        self.add_param(
            QgsProcessingParameterDistance(
                self.DEMAND_RADIUS, self.tr("Demand radius"), wos.DEMAND_RADIUS,
                self.STUDY_AREA, minValue=0.0, maxValue=20000.0,
            ),
            self.tr(
                "The demand criterion of a cell is the demand within this distance (m). "
                "Default 1,000 m [assumption]."
            ),
        )
        self.add_param(
            QgsProcessingParameterFeatureSource(
                self.BUILDINGS, self.tr("Homes (buildings)"),
                [SourceType.VectorPolygon, SourceType.VectorPoint],
                optional=True,
            ),
            self.tr("Optional homes or other sensitive buildings, as polygons or points."),
        )
        self.add_param(
            QgsProcessingParameterDistance(
                self.BUILDING_DISTANCE, self.tr("Distance to homes"), wos.BUILDING_DISTANCE,
                self.STUDY_AREA, minValue=0.0, maxValue=5000.0,
            ),
            self.tr(
                "Minimum distance (m) between a site and a home. Default 50 m [assumption: "
                "a margin on the 30 m of the VNG list for pump stations of pipelines, SBI "
                "603, category 2, used as a proxy]."
            ),
        )
        self.add_param(
            QgsProcessingParameterMultipleLayers(
                self.EXCLUSIONS, self.tr("Exclusion layers"), SourceType.VectorAnyGeometry,
                optional=True,
            ),
            self.tr(
                "Optional layers where no station may stand: water, protected areas, the "
                "pipeline strip where nothing may be built, ..."
            ),
        )
        self.add_param(
            QgsProcessingParameterDistance(
                self.EXCLUSION_DISTANCE, self.tr("Distance to exclusions"),
                wos.EXCLUSION_DISTANCE, self.STUDY_AREA, minValue=0.0, maxValue=5000.0,
            ),
            self.tr("Extra distance (m) kept from the exclusion layers. Default 0."),
        )
        for key, label, default in (
            (self.WEIGHT_MAIN, self.tr("Weight of the main"), wos.WEIGHT_MAIN),
            (self.WEIGHT_NETWORK, self.tr("Weight of the network"), wos.WEIGHT_NETWORK),
            (self.WEIGHT_DEMAND, self.tr("Weight of the demand"), wos.WEIGHT_DEMAND),
        ):
            self.add_param(
                QgsProcessingParameterNumber(
                    key, label, QgsProcessingParameterNumber.Type.Double, default,
                    minValue=0.0, maxValue=100.0,
                ),
                self.tr(
                    "Relative weight of this criterion in the score; only the weights of the "
                    "criteria with a layer count. Defaults 0.4 main, 0.4 network, 0.2 demand "
                    "[assumption]."
                ),
                advanced=True,
            )
        self.add_param(
            QgsProcessingParameterNumber(
                self.RESOLUTION, self.tr("Cell size (m)"), QgsProcessingParameterNumber.Type.Double,
                wos.RESOLUTION, minValue=1.0, maxValue=1000.0,
            ),
            self.tr(
                "Cell size of the suitability raster in metres. Default 10 m: a city of "
                "100 km² is 1 million cells and takes seconds."
            ),
        )
        self.add_param(
            QgsProcessingParameterNumber(
                self.MIN_PLOT_AREA, self.tr("Minimum plot area (m²)"),
                QgsProcessingParameterNumber.Type.Double, wos.MIN_PLOT_AREA,
                minValue=1.0, maxValue=1.0e6,
            ),
            self.tr(
                "Area a station needs, in m². Default 2,000 m² [assumption; plots of "
                "1,000-2,500 m²]."
            ),
        )
        self.add_param(
            QgsProcessingParameterNumber(
                self.N_SITES, self.tr("Number of sites"), QgsProcessingParameterNumber.Type.Integer,
                wos.N_SITES, minValue=1, maxValue=1000,
            ),
            self.tr("How many ranked sites to return (at most). Default 5."),
        )
        self.add_param(
            QgsProcessingParameterDistance(
                self.MIN_SEPARATION, self.tr("Minimum separation between sites"),
                wos.MIN_SEPARATION, self.STUDY_AREA, minValue=0.0, maxValue=100000.0,
            ),
            self.tr(
                "Centres of two sites lie at least this far apart (m), so that the second "
                "site is not a neighbour of the best. Default 500 m [assumption]."
            ),
        )
        self.add_param(
            QgsProcessingParameterNumber(
                self.SCORE_TOLERANCE, self.tr("Score tolerance of a site's patch"),
                QgsProcessingParameterNumber.Type.Double, wos.SCORE_TOLERANCE,
                minValue=0.0, maxValue=1.0,
            ),
            self.tr(
                "A site's polygon takes in the connected cells whose score is at most this "
                "much below the plot's score. Default 0.05 [assumption]."
            ),
            advanced=True,
        )
        self.add_param(
            QgsProcessingParameterFeatureSource(
                self.CANDIDATES, self.tr("Candidate parcels"), poly, optional=True
            ),
            self.tr(
                "Optional parcels (e.g. municipal land). When given, these are scored and "
                "ranked instead of searching the raster for patches."
            ),
        )
        self.add_param(
            QgsProcessingParameterRasterDestination(
                self.OUTPUT_RASTER, self.tr("Suitability raster")
            ),
            self.tr(
                "GeoTIFF with the score 0..1 of every cell; excluded cells and cells outside "
                "the study area are nodata (-9999)."
            ),
        )
        self.add_param(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT_SITES, self.tr("WOS sites"), SourceType.VectorPolygon
            ),
            self.tr(
                "The ranked sites, each a plot of the minimum plot area: rank, score, "
                "area_m2, patch_m2 (area of its patch), dist_main and dist_network (m, least "
                "over the plot), demand_gj (GJ/yr within the demand radius) and why (the "
                "reasons in words). In candidates mode the candidate's fields are kept."
            ),
        )
        self.add_param(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT_PATCHES, self.tr("WOS site patches"),
                SourceType.VectorPolygon, optional=True, createByDefault=False,
            ),
            self.tr(
                "Optional: for every site the connected area of near-equal score around its "
                "plot (rank, score, patch_m2). Not written in candidates mode."
            ),
        )
        self.addOutput(QgsProcessingOutputNumber("SITES_FOUND", self.tr("Number of sites found")))
        self.addOutput(QgsProcessingOutputNumber("BEST_SCORE", self.tr("Score of the best site")))

    # -- reading ----------------------------------------------------------------------
    def _read(self, source, metric_crs, context, rect, skips, label, value_field=None,
              attributes=False, point_array=False):
        """(shapely geometries in the metric CRS, values, features) of a source, only the
        features inside ``rect`` (metric CRS) when given. The features carry their
        attributes only with ``attributes``. With ``point_array`` a point layer comes back
        as one :class:`wos.PointArray` (values and features empty)."""
        tr_fwd = QgsCoordinateTransform(source.sourceCrs(), metric_crs, context.transformContext())
        request = QgsFeatureRequest()
        if rect is not None:
            back = QgsCoordinateTransform(metric_crs, source.sourceCrs(), context.transformContext())
            try:
                request.setFilterRect(back.transformBoundingBox(rect))
            except Exception:  # noqa: BLE001 - fall back to all features
                pass
        if value_field:
            value_index = source.fields().lookupField(value_field)
            if not attributes:
                request.setSubsetOfAttributes([value_index])
        elif not attributes:
            request.setNoAttributes()
        if point_array and not value_field and QgsWkbTypes.geometryType(
                source.wkbType()) == GeometryType.Point:
            return self._read_points(source, request, tr_fwd, skips, label), [], []
        short_circuit = tr_fwd.isShortCircuited()
        geoms, values, feats = [], [], []
        for feature in source.getFeatures(request):
            geom = feature.geometry()
            if geom is None or geom.isNull() or geom.isEmpty():
                skips.add(label + ":nogeom", self.tr("{layer}: no geometry").format(layer=label))
                continue
            if not short_circuit:
                geom = QgsGeometry(geom)
                try:
                    geom.transform(tr_fwd)
                except Exception:  # noqa: BLE001
                    skips.add(label + ":transform",
                              self.tr("{layer}: cannot be transformed").format(layer=label))
                    continue
            shp = _to_shapely(geom)
            if shp is None:
                skips.add(label + ":invalid",
                          self.tr("{layer}: unreadable geometry").format(layer=label))
                continue
            value = None
            if value_field:
                value = to_float(feature.attribute(value_index))
                if value is None or value < 0:
                    skips.add(label + ":value", self.tr(
                        "{layer}: demand is empty, not a number or negative").format(layer=label))
                    continue
            geoms.append(shp)
            values.append(value)
            feats.append(feature)
        return geoms, values, feats

    def _read_points(self, source, request, tr_fwd, skips, label):
        """[PointArray] of a point layer: the coordinates of all points read in one pass
        and transformed in one call, with the skips of :meth:`_read` (no geometry,
        cannot be transformed)."""
        geoms = [feature.geometry() for feature in source.getFeatures(request)]
        xy = None
        if geoms and QgsWkbTypes.flatType(source.wkbType()) == WkbType.Point:
            # one multipoint of all the points, one WKB: fixed-size parts when every
            # feature gave exactly one point (else the blobs one by one)
            xy = _single_points_xy(QgsGeometry.collectGeometry(geoms).asWkb(), len(geoms))
        if xy is not None:
            x, y = xy
            owner = np.arange(len(x))
            empty = np.zeros(len(x), dtype=bool)
        else:
            x, y, owner, empty = _point_blobs_xy([g.asWkb() for g in geoms])
        if empty.any():
            message = self.tr("{layer}: no geometry").format(layer=label)
            for _ in range(int(empty.sum())):
                skips.add(label + ":nogeom", message)
        x, y, ok = _transform_xy(tr_fwd, x, y)
        if not ok.all():
            bad = set(owner[~ok].tolist())
            message = self.tr("{layer}: cannot be transformed").format(layer=label)
            for _ in bad:
                skips.add(label + ":transform", message)
            keep = ~np.isin(owner, list(bad))
            x, y = x[keep], y[keep]
        return [wos.PointArray(x, y)] if len(x) else []

    # -- writing ----------------------------------------------------------------------
    @staticmethod
    def _write_raster(path, array, grid, crs_wkt):
        """GeoTIFF with rasterio, else GDAL."""
        try:
            import rasterio
            from rasterio.transform import Affine
        except ImportError:
            rasterio = None
        if rasterio is not None:
            transform = Affine(grid.res, 0.0, grid.x0, 0.0, -grid.res, grid.y0)
            with rasterio.open(
                path, "w", driver="GTiff", height=grid.nrows, width=grid.ncols, count=1,
                dtype="float32", crs=crs_wkt, transform=transform, nodata=wos.NODATA,
                compress="deflate",
            ) as dst:
                dst.write(array.astype("float32"), 1)
            return
        from osgeo import gdal

        driver = gdal.GetDriverByName("GTiff")
        ds = driver.Create(path, grid.ncols, grid.nrows, 1, gdal.GDT_Float32,
                           options=["COMPRESS=DEFLATE"])
        ds.SetGeoTransform(grid.geotransform)
        ds.SetProjection(crs_wkt)
        band = ds.GetRasterBand(1)
        band.SetNoDataValue(wos.NODATA)
        band.WriteArray(array.astype("float32"))
        band.FlushCache()
        ds = None

    def _why(self, site, use_network, use_demand, radius, max_main):
        parts = []
        if math.isnan(site.dist_main):
            parts.append(self.tr("more than {d:.0f} m from the main").format(d=max_main))
        else:
            parts.append(self.tr("{d:.0f} m from the main").format(d=site.dist_main))
        if use_network:
            if math.isnan(site.dist_network):
                parts.append(self.tr("no network nearby"))
            else:
                parts.append(self.tr("{d:.0f} m from the network").format(d=site.dist_network))
        if use_demand and not math.isnan(site.demand_gj):
            tj = site.demand_gj / 1000.0
            parts.append(
                self.tr("{tj} TJ demand within {r:.0f} m").format(
                    tj=("{:.0f}" if tj >= 10 else "{:.1f}").format(tj), r=radius
                )
            )
        return ", ".join(parts)

    # -- run --------------------------------------------------------------------------
    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        study_src = self.source_or_raise(parameters, self.STUDY_AREA, context)
        main_src = self.source_or_raise(parameters, self.TRANSPORT_MAIN, context)
        net_src = self.parameterAsSource(parameters, self.HEAT_NETWORK, context)
        dem_src = self.parameterAsSource(parameters, self.DEMAND, context)
        bld_src = self.parameterAsSource(parameters, self.BUILDINGS, context)
        cand_src = self.parameterAsSource(parameters, self.CANDIDATES, context)
        excl_layers = self.parameterAsLayerList(parameters, self.EXCLUSIONS, context) or []

        num = lambda key: self.parameterAsDouble(parameters, key, context)  # noqa: E731
        p = dict(
            resolution=num(self.RESOLUTION),
            max_dist_main=num(self.MAX_DIST_MAIN),
            max_dist_network=num(self.MAX_DIST_NETWORK),
            main_strip=num(self.MAIN_STRIP),
            hard_max_dist_network=num(self.HARD_MAX_DIST_NETWORK),
            demand_radius=num(self.DEMAND_RADIUS),
            building_distance=num(self.BUILDING_DISTANCE),
            exclusion_distance=num(self.EXCLUSION_DISTANCE),
            weight_main=num(self.WEIGHT_MAIN),
            weight_network=num(self.WEIGHT_NETWORK),
            weight_demand=num(self.WEIGHT_DEMAND),
            min_plot_area=num(self.MIN_PLOT_AREA),
            n_sites=self.parameterAsInt(parameters, self.N_SITES, context),
            min_separation=num(self.MIN_SEPARATION),
            score_tolerance=num(self.SCORE_TOLERANCE),
        )
        demand_field = ""
        if dem_src is not None:
            demand_field = self.field_or_raise(parameters, self.DEMAND_FIELD, context, dem_src,
                                               required=True)

        metric, _fwd, back = metric_transforms(study_src, context)
        if metric.authid() != study_src.sourceCrs().authid():
            feedback.pushInfo(self.tr("Distances are computed in {crs}.").format(
                crs=metric.authid()))
        skips = SkipCounter(feedback)
        study, _, _ = self._read(study_src, metric, context, None, skips, self.tr("study area"))
        if not study:
            raise QgsProcessingException(self.tr("The study area layer has no usable polygon."))
        # features farther than this from the study area cannot matter
        xmin, ymin, xmax, ymax = (
            min(g.bounds[0] for g in study), min(g.bounds[1] for g in study),
            max(g.bounds[2] for g in study), max(g.bounds[3] for g in study),
        )
        pad = max(p["max_dist_main"], p["max_dist_network"], p["demand_radius"],
                  p["building_distance"], p["exclusion_distance"]) + 2 * p["resolution"]
        rect = QgsRectangle(xmin - pad, ymin - pad, xmax + pad, ymax + pad)
        cells = (rect.width() / p["resolution"]) * (rect.height() / p["resolution"])
        if cells > wos.MAX_CELLS:
            raise QgsProcessingException(self.tr(
                "The raster would have {cells:,.0f} cells (with the margin for the distances), "
                "more than {max:,.0f}: choose a larger cell size or a smaller study area."
            ).format(cells=cells, max=wos.MAX_CELLS))

        mains, _, _ = self._read(main_src, metric, context, rect, skips, self.tr("main"))
        if not mains:
            raise QgsProcessingException(self.tr(
                "The transport main has no line within {d:.0f} m of the study area: no cell "
                "can be suitable. Check the layers and the maximum distance to the main."
            ).format(d=p["max_dist_main"]))
        networks = []
        if net_src is not None:
            networks, _, _ = self._read(net_src, metric, context, rect, skips,
                                        self.tr("network"))
            if not networks:
                feedback.pushWarning(self.tr(
                    "The heat network has no line near the study area; its criterion scores "
                    "0 everywhere."))
        dem_geoms, dem_values = None, None
        if dem_src is not None:
            dem_geoms, dem_values, _ = self._read(dem_src, metric, context, rect, skips,
                                                  self.tr("demand"), demand_field)
            if not dem_geoms:
                feedback.pushWarning(self.tr(
                    "No demand near the study area; the demand criterion is left out."))
                dem_geoms = None
        buildings = []
        if bld_src is not None:
            buildings, _, _ = self._read(bld_src, metric, context, rect, skips,
                                         self.tr("homes"), point_array=True)
        exclusions = []
        for layer in excl_layers:
            if not isinstance(layer, QgsVectorLayer):
                feedback.pushWarning(self.tr(
                    "Exclusion layer {name} is not a vector layer; ignored.").format(
                        name=layer.name()))
                continue
            geoms, _, _ = self._read(layer, metric, context, rect, skips, layer.name(),
                                     point_array=True)
            exclusions.extend(geoms)
        candidates, cand_feats = None, []
        if cand_src is not None:
            candidates, _, cand_feats = self._read(cand_src, metric, context, None, skips,
                                                   self.tr("candidates"), attributes=True)
        raise_if_canceled(feedback)
        wsum = p["weight_main"] + (p["weight_network"] if net_src is not None else 0.0) + (
            p["weight_demand"] if dem_geoms is not None else 0.0)
        if wsum <= 0:
            raise QgsProcessingException(self.tr(
                "The weights of the criteria used add up to 0: give at least one a weight."))

        def progress(pct):
            feedback.setProgress(10.0 + 0.85 * pct)
            return feedback.isCanceled()

        try:
            result = wos.site_analysis(
                study, mains, networks if net_src is not None else None, dem_geoms, dem_values,
                buildings, exclusions, candidates, progress=progress, **p,
            )
        except InterruptedError:
            raise_if_canceled(feedback)
            raise
        except wos.WosError as exc:
            raise QgsProcessingException(
                self.tr("The siting could not be computed: {error}").format(error=exc)
            ) from exc
        skips.report()

        # raster
        raster_path = self.parameterAsOutputLayer(parameters, self.OUTPUT_RASTER, context)
        raster_crs = study_src.sourceCrs() if metric.authid() == study_src.sourceCrs().authid() \
            else metric
        if raster_crs != study_src.sourceCrs():
            feedback.pushInfo(self.tr(
                "The study area's CRS is not in metres: the raster is written in {crs}."
            ).format(crs=metric.authid()))
        # a temporary file renamed when complete: a failure keeps the previous raster
        with files.replacing(raster_path) as raster_tmp:
            self._write_raster(raster_tmp, result.score, result.grid,
                               raster_crs.toWkt(raster_crs.WKT_PREFERRED_GDAL))

        # sites
        fields = QgsFields()
        for name, qtype, tname, length, prec in self.SITE_FIELDS:
            fields.append(QgsField(name, qtype, tname, length, prec))
        if cand_src is not None:
            fields = QgsProcessingUtils.combineFields(cand_src.fields(), fields)
        sink, dest = self.parameterAsSink(
            parameters, self.OUTPUT_SITES, context, fields, WkbType.MultiPolygon,
            study_src.sourceCrs(),
        )
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT_SITES))
        use_network = net_src is not None and bool(networks)
        use_demand = dem_geoms is not None
        nan_none = lambda v: None if v is None or math.isnan(v) else round(v, 1)  # noqa: E731
        for site in result.sites:
            geom = _to_qgs(site.geometry)
            geom.transform(back)
            geom.convertToMultiType()
            f = QgsFeature(fields)
            f.setGeometry(geom)
            attrs = []
            if cand_src is not None:
                attrs = list(cand_feats[site.source_index].attributes())
            attrs += [
                site.rank, round(site.score, 4), round(site.area_m2, 1),
                nan_none(site.patch_area_m2),
                nan_none(site.dist_main),
                nan_none(site.dist_network) if use_network else None,
                nan_none(site.demand_gj) if use_demand else None,
                self._why(site, use_network, use_demand, p["demand_radius"],
                          p["max_dist_main"]),
            ]
            f.setAttributes(attrs)
            if not sink.addFeature(f, QgsFeatureSink.Flag.FastInsert):
                raise QgsProcessingException(self.writeFeatureError(sink, parameters,
                                                                    self.OUTPUT_SITES))
        patch_fields = QgsFields()
        for name, qtype, tname, length, prec in self.SITE_FIELDS:
            if name in ("rank", "score", "patch_m2"):
                patch_fields.append(QgsField(name, qtype, tname, length, prec))
        patch_sink, patch_dest = self.parameterAsSink(
            parameters, self.OUTPUT_PATCHES, context, patch_fields, WkbType.MultiPolygon,
            study_src.sourceCrs(),
        )
        if patch_sink is not None:
            if cand_src is not None:
                feedback.pushInfo(self.tr("Candidates mode: the patches output stays empty."))
            for site in result.sites:
                if site.patch is None:
                    continue
                geom = _to_qgs(site.patch)
                geom.transform(back)
                geom.convertToMultiType()
                f = QgsFeature(patch_fields)
                f.setGeometry(geom)
                f.setAttributes([site.rank, round(site.score, 4), nan_none(site.patch_area_m2)])
                if not patch_sink.addFeature(f, QgsFeatureSink.Flag.FastInsert):
                    raise QgsProcessingException(self.writeFeatureError(
                        patch_sink, parameters, self.OUTPUT_PATCHES))
        if result.n_candidates_too_small:
            feedback.pushWarning(self.tr(
                "{n} candidate(s) left out: less than {a:.0f} m² of usable cells with a "
                "score above 0 (after exclusions, inside the study area, within the maximum "
                "distance to the main).").format(
                    n=result.n_candidates_too_small, a=p["min_plot_area"]))
        if not result.sites:
            feedback.pushWarning(self.tr(
                "No site found: no plot of {a:.0f} m² of usable cells with a score above 0. "
                "Check the exclusions, the distance to homes and the maximum distance to the "
                "main.").format(a=p["min_plot_area"]))
        else:
            feedback.pushInfo(self.tr("{n} site(s); best score {s:.3f}: {why}").format(
                n=len(result.sites), s=result.sites[0].score,
                why=self._why(result.sites[0], use_network, use_demand, p["demand_radius"],
                              p["max_dist_main"])))
        feedback.setProgress(100)
        return {
            self.OUTPUT_RASTER: raster_path,
            self.OUTPUT_SITES: dest,
            self.OUTPUT_PATCHES: patch_dest,
            "SITES_FOUND": len(result.sites),
            "BEST_SCORE": result.sites[0].score if result.sites else None,
        }
