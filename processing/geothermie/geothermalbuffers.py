"""bronnenstrategie:geothermalbuffers: space claims, capacity and conflicts of deep
geothermal (search) locations."""

from collections import OrderedDict

import numpy as np

from qgis.core import (
    QgsCoordinateTransform,
    QgsCsException,
    QgsFeature,
    QgsFeatureRequest,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsSpatialIndex,
    QgsWkbTypes,
)

from ...compat import FieldType, GeometryType, SourceType, WkbType
from ...core import buffers, constants, geothermal
from .. import utils
from ..base import BronnenstrategieAlgorithm

KIND_DRILLING = "drilling_site"
KIND_PERMANENT = "permanent_site"
KIND_SEARCH = "search_area"


class _Notes:
    """Counts locations whose field value was replaced by a fallback, per reason."""

    def __init__(self, feedback):
        self.feedback = feedback
        self.counts = OrderedDict()
        self.messages = {}
        self.examples = {}

    def add(self, key, message, example):
        self.counts[key] = self.counts.get(key, 0) + 1
        self.messages.setdefault(key, message)
        self.examples.setdefault(key, []).append(str(example))

    def report(self, template):
        for key, count in self.counts.items():
            names = self.examples[key][:10]
            more = ", ..." if count > len(names) else ""
            self.feedback.pushWarning(
                template.format(
                    count=count, reason=self.messages[key], names=", ".join(names) + more
                )
            )
        return sum(self.counts.values())


def _to_shapely(geom):
    from shapely import wkb

    if QgsWkbTypes.isCurvedType(geom.wkbType()):
        # a CurvePolygon search area (e.g. from a GeoPackage): shapely reads no curves
        geom = QgsGeometry(geom.constGet().segmentize())
    return wkb.loads(bytes(geom.asWkb()))


def _to_qgs(shape):
    geom = QgsGeometry()
    geom.fromWkb(shape.wkb)
    geom.convertToMultiType()
    return geom


class _Shapes:
    """The polygons of one output in the metric CRS, for all locations at once.

    ``rings`` (n, m, 2): the vectorised rings of core.geothermal, used when they equal
    shapely's buffer on this GEOS (checked on the first location); else ``geoms``: the
    shapely polygons built one by one."""

    def __init__(self, rings=None, geoms=None):
        self.rings = rings
        self.geoms = geoms

    @classmethod
    def sites(cls, xs, ys, area):
        if len(xs):
            rings = buffers.point_buffer_rings(
                xs, ys, geothermal.circle_radius_for_area(area), geothermal.QUAD_SEGS)
            if buffers.rings_match(rings[0], geothermal.site_circle(xs[0], ys[0], area)):
                return cls(rings=rings)
        return cls(geoms=[geothermal.site_circle(x, y, area) for x, y in zip(xs, ys)])

    @classmethod
    def noise(cls, drill, distance):
        if drill.rings is not None and distance >= 1.0e-3:
            rings = buffers.circle_polygon_buffer_rings(drill.rings, distance,
                                                        geothermal.QUAD_SEGS)
            first = geothermal.noise_contour(buffers.polygons(drill.rings[:1])[0], distance)
            if buffers.rings_match(rings[0], first):
                return cls(rings=rings)
        return cls(geoms=[geothermal.noise_contour(g, distance) for g in drill.shapely()])

    @classmethod
    def footprints(cls, xs, ys, azimuths, spacing, r_cf, doublets):
        """(shapes, location index, doublet number) of every doublet."""
        x0, y0, x1, y1, loc, num = geothermal.footprint_segments(
            xs, ys, azimuths, spacing, doublets)
        if len(x0) and spacing > 0 and r_cf > 0:
            rings = buffers.segment_buffer_rings(x0, y0, x1, y1, r_cf, geothermal.QUAD_SEGS)
            first = geothermal.reservoir_footprints(
                xs[0], ys[0], azimuths[0], spacing, r_cf, doublets[0])[0]
            if rings is not None and buffers.rings_match(rings[0], first):
                return cls(rings=rings), loc, num
        geoms = [fp for x, y, az, d in zip(xs, ys, azimuths, doublets)
                 for fp in geothermal.reservoir_footprints(x, y, az, spacing, r_cf, d)]
        return cls(geoms=geoms), loc, num

    def shapely(self):
        if self.geoms is None:
            self.geoms = buffers.polygons(self.rings)
        return self.geoms

    def areas(self):
        if self.rings is not None:
            return buffers.ring_areas(self.rings).tolist()
        return [g.area for g in self.geoms]

    def bounds(self):
        if self.rings is not None:
            return buffers.ring_bounds(self.rings)
        return np.array([g.bounds for g in self.geoms], dtype=float).reshape(-1, 4)

    def qgs(self, back=None):
        """Single-part multipolygons, transformed with ``back`` when given."""
        if self.rings is None:
            out = [_to_qgs(g) for g in self.geoms]
            if back is not None:
                for geom in out:
                    geom.transform(back)
            return out
        if back is None:
            return utils.polygon_geometries(self.rings, multi=True)
        try:
            return utils.polygon_geometries(utils.transform_rings(self.rings, back), multi=True)
        except QgsCsException:  # one geometry at a time: raises where it did before
            out = utils.polygon_geometries(self.rings, multi=True)
            for geom in out:
                geom.transform(back)
            return out


class GeothermalBuffers(BronnenstrategieAlgorithm):
    NAME = "geothermalbuffers"
    GROUP_ID = "geothermie"
    STYLES = {
        "OUTPUT_SITES": "geothermalbuffers_sites.qml",
        "OUTPUT_NOISE": "geothermalbuffers_noise.qml",
        "OUTPUT_RESERVOIR": "geothermalbuffers_reservoir.qml",
        "OUTPUT_CONFLICTS": "geothermalbuffers_conflicts.qml",
    }

    INPUT = "INPUT"
    NAME_FIELD = "NAME_FIELD"
    CATEGORY_FIELD = "CATEGORY_FIELD"
    DOUBLETS_FIELD = "DOUBLETS_FIELD"
    AZIMUTH_FIELD = "AZIMUTH_FIELD"
    DOUBLETS = "DOUBLETS"
    AZIMUTH = "AZIMUTH"
    DRILLING_SITE_AREA = "DRILLING_SITE_AREA"
    PERMANENT_SITE_AREA = "PERMANENT_SITE_AREA"
    NOISE_DISTANCE = "NOISE_DISTANCE"
    WELL_SPACING = "WELL_SPACING"
    RESERVOIR_DEPTH = "RESERVOIR_DEPTH"
    RESERVOIR_THICKNESS = "RESERVOIR_THICKNESS"
    POROSITY = "POROSITY"
    C_ROCK = "C_ROCK"
    C_WATER = "C_WATER"
    FLOW_RATE = "FLOW_RATE"
    DELTA_T = "DELTA_T"
    FULL_LOAD_HOURS = "FULL_LOAD_HOURS"
    LIFETIME = "LIFETIME"
    GJ_PER_HOME = "GJ_PER_HOME"
    SENSITIVE = "SENSITIVE"
    OUTPUT_SITES = "OUTPUT_SITES"
    OUTPUT_NOISE = "OUTPUT_NOISE"
    OUTPUT_RESERVOIR = "OUTPUT_RESERVOIR"
    OUTPUT_CONFLICTS = "OUTPUT_CONFLICTS"
    TOTAL_POWER_MW = "TOTAL_POWER_MW"
    TOTAL_HEAT_TJ = "TOTAL_HEAT_TJ"
    TOTAL_HOMES = "TOTAL_HOMES"
    N_CONFLICTS = "N_CONFLICTS"
    N_LOCATIONS = "N_LOCATIONS"

    def displayName(self):  # noqa: N802
        return self.tr("Geothermal location buffers, footprints and conflicts")

    def shortDescription(self):  # noqa: N802
        return self.tr(
            "Surface sites, noise contour, reservoir footprints, capacity and overlapping "
            "claims of deep geothermal (search) locations."
        )

    def help_text(self):
        return self.tr(
            "<p>For every deep geothermal location (a point, or a polygon search area whose "
            "centroid is used for the wells) this algorithm draws the space it claims above "
            "and below ground, computes what it can deliver and finds where claims of "
            "different locations collide.</p>"
            "<p><b>Surface</b>: a drilling site and a permanent site, circles of the given "
            "areas on the location (a polygon search area is kept as kind 'search_area'); the "
            "noise contour is the drilling site buffered by the noise distance, and counts "
            "the sensitive objects (homes, schools) that intersect it.</p>"
            "<p><b>Capacity</b> per doublet: P = Q x c_w x dT (MW, Q in m3/s); heat = P x "
            "full-load hours (TJ/yr); homes = heat / GJ per home-equivalent. With Q 250 m3/h "
            "and dT 40 K: 11.61 MW, 250.8 TJ/yr, 7,600 homes (15 doublets: 3.76 PJ). The "
            "Bronnenstrategie's 8,000 homes per doublet (4 PJ for 15 sources, 0.267 PJ each) "
            "is reproduced by Q = 266 m3/h at 40 K: 12.35 MW, 266.9 TJ/yr, 8,086 homes. "
            "A double doublet doubles these. The capacity fields are repeated on every site feature of a location: "
            "sum them over kind = 'permanent_site' only (the output numbers give the "
            "totals).</p>"
            "<p><b>Reservoir footprint</b> per doublet: the producer-injector segment of "
            "length 'well spacing', centred on the location along the azimuth, buffered by "
            "the cold-front radius after the lifetime: r_cf = sqrt(c_w V / (pi H c_aq)), "
            "V = Q x hours x years, c_aq = n c_w + (1 - n) c_rock. Defaults: c_aq = "
            "2.715 MJ/m3K, r_cf = 469.6 m; area = 2 r_cf L + pi r_cf^2. <b>Conflicts</b> are "
            "the overlaps of the footprints of different locations.</p>"
            "<p><b>Sources</b>: well spacing 1,300 m, reservoir 2,300 m deep and 100 m thick, "
            "porosity 0.21, rock 2,720 kg/m3 x 855 J/kgK and 6,000 full-load hours are the "
            "TNO reference case (Willems et al. 2017); 300 m is the Barmm 2008 noise "
            "check distance; 8,000 homes per doublet (and double for a double doublet) is "
            "the Bronnenstrategie (footnote 6), which with 15 sources for 4 PJ gives the "
            "shared 33 GJ per home-equivalent. <b>Assumptions</b> [A]: the flow rate "
            "(250 m3/h) and temperature difference (40 K, e.g. about 75 C produced and 35 C "
            "injected) are typical values for the West Netherlands Basin chosen to come close "
            "to the 8,000 homes, not published figures; the lifetime of 30 years is a usual "
            "design life, not a rule; the drilling site "
            "area (1 ha) and permanent site area (2,500 m2), the noise contour measured "
            "from the edge of the drilling site, the straight producer-injector line "
            "centred on the location, and the double-doublet layout: the second footprint "
            "is offset by the well spacing perpendicular to the azimuth, to the right "
            "(azimuth + 90 degrees). The reservoir depth is recorded in the output; the "
            "formulas do not use it.</p>"
            "<p>Invalid field values (a category other than 0-3, an azimuth outside 0-360, "
            "a number of doublets other than 1 or 2) are replaced (category: empty; "
            "azimuth and doublets: the parameter value) and counted in a warning.</p>"
        )

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add_param(
            QgsProcessingParameterFeatureSource(
                self.INPUT,
                self.tr("Geothermal locations"),
                [SourceType.VectorPoint, SourceType.VectorPolygon],
            ),
            self.tr(
                "Points (well sites) or polygons (search areas; the centroid is used for "
                "the wells and the polygon is kept as the search area)."
            ),
        )
        fields = (
            (self.NAME_FIELD, self.tr("Name field"), self.tr(
                "Name of the location; empty: 'location <feature id>'.")),
            (self.CATEGORY_FIELD, self.tr("Category field"), self.tr(
                "0 = operational, 1 = designated location, 2 and 3 = search locations "
                "(Bronnenstrategie). Other values are written as empty with a warning.")),
            (self.DOUBLETS_FIELD, self.tr("Doublets field"), self.tr(
                "1 = doublet, 2 = double doublet. Empty: the 'Doublets' parameter; other "
                "values: the parameter, with a warning.")),
            (self.AZIMUTH_FIELD, self.tr("Azimuth field"), self.tr(
                "Direction of the producer-injector line at reservoir depth, degrees "
                "clockwise from north (0-360). Empty: the 'Azimuth' parameter; values "
                "outside 0-360: the parameter, with a warning.")),
        )
        for key, label, help_text in fields:
            self.add_param(
                QgsProcessingParameterField(
                    key, label, parentLayerParameterName=self.INPUT, optional=True
                ),
                help_text,
            )
        self.add_param(
            QgsProcessingParameterNumber(
                self.DOUBLETS, self.tr("Doublets (when no field value)"),
                QgsProcessingParameterNumber.Type.Integer, geothermal.DOUBLETS, minValue=1,
                maxValue=2,
            ),
            self.tr("1 = doublet, 2 = double doublet (doubles power, heat and homes and "
                    "adds a second reservoir footprint)."),
        )
        self.add_param(
            QgsProcessingParameterNumber(
                self.AZIMUTH, self.tr("Azimuth of the well line (when no field value)"),
                QgsProcessingParameterNumber.Type.Double, 0.0, minValue=0.0, maxValue=360.0,
            ),
            self.tr("Degrees clockwise from north; 0 = producer and injector north-south "
                    "[A: the real trajectory comes from the operator's well plan]."),
        )
        numbers = (
            (self.DRILLING_SITE_AREA, self.tr("Drilling site area (m2)"),
             geothermal.DRILLING_SITE_AREA, 1.0, 1.0e6, False,
             self.tr("Area of the drilling pad while drilling; default 10,000 m2 "
                     "[A: about 1 ha, no published rule].")),
            (self.PERMANENT_SITE_AREA, self.tr("Permanent site area (m2)"),
             geothermal.PERMANENT_SITE_AREA, 1.0, 1.0e6, False,
             self.tr("Area of the permanent site; default 2,500 m2 [S: geothermie.nl about "
                     "0.5 ha with margin, Leyweg plant about 0.2 ha; the value is a "
                     "choice, A].")),
            (self.NOISE_DISTANCE, self.tr("Noise check distance (m)"),
             geothermal.NOISE_DISTANCE, 0.0, 10000.0, False,
             self.tr("Distance around the drilling site within which sensitive objects "
                     "are counted; default 300 m [S: Barmm 2008, limits at 300 m from "
                     "the rig; measured from the site edge, A].")),
            (self.FLOW_RATE, self.tr("Flow rate per doublet (m3/h)"),
             geothermal.FLOW_RATE, 0.001, 2000.0, False,
             self.tr("Default 250 m3/h [A: a typical doublet flow; with 40 K and 6,000 h it "
                     "gives 7,600 homes, close to the Bronnenstrategie's 8,000 per doublet, "
                     "which needs about 266 m3/h].")),
            (self.DELTA_T, self.tr("Temperature difference production - injection (K)"),
             geothermal.DELTA_T, 0.001, 200.0, False,
             self.tr("Default 40 K [A: about 75 C produced, 35 C injected; no published "
                     "figure for Den Haag].")),
            (self.FULL_LOAD_HOURS, self.tr("Full-load hours (h/yr)"),
             geothermal.FULL_LOAD_HOURS, 1.0, 8760.0, False,
             self.tr("Default 6,000 h/yr [S: TNO reference].")),
            (self.LIFETIME, self.tr("Lifetime (years)"), geothermal.LIFETIME, 0.1, 200.0,
             False, self.tr("Time after which the cold-front radius is drawn; default 30 "
                            "years [A: a usual design life of a doublet].")),
            (self.GJ_PER_HOME, self.tr("Heat per home-equivalent (GJ/yr)"),
             constants.GJ_PER_HOME, 0.1, 1000.0, False,
             self.tr("Default 33 GJ/yr, shared by all algorithms [D: Bronnenstrategie, 15 "
                     "sources for 4 PJ at 8,000 homes per doublet].")),
            (self.WELL_SPACING, self.tr("Well spacing at reservoir depth (m)"),
             geothermal.WELL_SPACING, 1.0, 10000.0, True,
             self.tr("Distance between producer and injector bottom holes; default "
                     "1,300 m [S: TNO reference case, West Netherlands Basin 1,000-1,500 "
                     "m]; also the offset of a second doublet [A].")),
            (self.RESERVOIR_DEPTH, self.tr("Reservoir depth (m)"),
             geothermal.RESERVOIR_DEPTH, 500.0, 10000.0, True,
             self.tr("Top of the reservoir; default 2,300 m [S: TNO reference case]. "
                     "Recorded in the reservoir output only.")),
            (self.RESERVOIR_THICKNESS, self.tr("Reservoir thickness (m)"),
             geothermal.RESERVOIR_THICKNESS, 0.1, 2000.0, True,
             self.tr("Default 100 m [S: TNO reference case].")),
            (self.POROSITY, self.tr("Porosity"), geothermal.POROSITY, 0.0, 1.0, True,
             self.tr("Default 0.21 [S: TNO reference case].")),
            (self.C_ROCK, self.tr("Heat capacity of the rock (MJ/m3K)"), geothermal.C_ROCK,
             0.01, 10.0, True,
             self.tr("Default 2.3256 = 2,720 kg/m3 x 855 J/kgK [S: TNO reference case].")),
            (self.C_WATER, self.tr("Heat capacity of water (MJ/m3K)"), constants.C_WATER,
             0.01, 10.0, True, self.tr("Default 4.18 MJ/m3K [S].")),
        )
        for key, label, default, lo, hi, advanced, help_text in numbers:
            self.add_param(
                QgsProcessingParameterNumber(
                    key, label, QgsProcessingParameterNumber.Type.Double, default,
                    minValue=lo, maxValue=hi,
                ),
                help_text,
                advanced=advanced,
            )
        self.add_param(
            QgsProcessingParameterFeatureSource(
                self.SENSITIVE,
                self.tr("Sensitive objects (homes, schools)"),
                [SourceType.VectorPoint, SourceType.VectorPolygon],
                optional=True,
            ),
            self.tr("Optional points or polygons counted inside each noise contour "
                    "(field n_sensitive)."),
        )
        sinks = (
            (self.OUTPUT_SITES, self.tr("Geothermal sites"), self.tr(
                "Drilling and permanent sites (and polygon search areas), field 'kind', "
                "with capacity per location.")),
            (self.OUTPUT_NOISE, self.tr("Geothermal noise contours"), self.tr(
                "Noise check contour around each drilling site with n_sensitive.")),
            (self.OUTPUT_RESERVOIR, self.tr("Geothermal reservoir footprints"), self.tr(
                "One footprint per doublet: the well line buffered by the cold-front "
                "radius.")),
            (self.OUTPUT_CONFLICTS, self.tr("Geothermal reservoir conflicts"), self.tr(
                "Overlaps of reservoir footprints of different locations, with both names "
                "and the overlap area.")),
        )
        for key, label, help_text in sinks:
            self.add_param(
                QgsProcessingParameterFeatureSink(
                    key, label, SourceType.VectorPolygon
                ),
                help_text,
            )
        outputs = (
            (self.TOTAL_POWER_MW, self.tr("Total power (MW)")),
            (self.TOTAL_HEAT_TJ, self.tr("Total heat (TJ/yr)")),
            (self.TOTAL_HOMES, self.tr("Total home-equivalents")),
            (self.N_CONFLICTS, self.tr("Number of reservoir conflicts")),
            (self.N_LOCATIONS, self.tr("Number of locations")),
        )
        for key, label in outputs:
            self.addOutput(QgsProcessingOutputNumber(key, label))

    def required_modules(self):
        return ["shapely"]

    # -- helpers --------------------------------------------------------------------
    @staticmethod
    def _fields(spec):
        fields = QgsFields()
        for name, kind in spec:
            fields.append(QgsField(name, kind))
        return fields

    def _sink(self, parameters, key, context, fields, crs):
        sink, dest = self.parameterAsSink(
            parameters, key, context, fields, WkbType.MultiPolygon, crs
        )
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, key))
        return sink, dest

    def _write(self, sink, fields, rows, feedback):
        """Write (geometry, attributes) rows in bulk, checking the cancel between blocks."""
        for start in range(0, len(rows), 2000):
            utils.raise_if_canceled(feedback)
            features = []
            for geom, values in rows[start:start + 2000]:
                feature = QgsFeature(fields)
                feature.setGeometry(geom)
                feature.setAttributes(values)
                features.append(feature)
            sink.addFeatures(features, QgsFeatureSink.Flag.FastInsert)

    def _sensitive_index(self, parameters, context, target_crs, feedback):
        source = self.parameterAsSource(parameters, self.SENSITIVE, context)
        if source is None:
            return None, {}
        xform = QgsCoordinateTransform(source.sourceCrs(), target_crs,
                                       context.transformContext())
        short = xform.isShortCircuited()
        index = QgsSpatialIndex()
        geoms = {}
        request = QgsFeatureRequest().setNoAttributes()
        for i, feature in enumerate(source.getFeatures(request)):
            if i % 500 == 0:
                utils.raise_if_canceled(feedback)
            geom = feature.geometry()
            if geom is None or geom.isNull() or geom.isEmpty():
                continue
            if not short:
                geom = QgsGeometry(geom)
                try:
                    geom.transform(xform)
                except QgsCsException:
                    continue
            geoms[feature.id()] = geom
            index.addFeature(feature.id(), geom.boundingBox())
        return index, geoms

    def _count_inside(self, index, geoms, contour):
        if index is None:
            return None
        candidates = index.intersects(contour.boundingBox())
        if not candidates:
            return 0
        engine = QgsGeometry.createGeometryEngine(contour.constGet())
        engine.prepareGeometry()
        n = 0
        for fid in candidates:
            if engine.intersects(geoms[fid].constGet()):
                n += 1
        return n

    # -- run ----------------------------------------------------------------------
    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        from shapely.ops import unary_union

        source = self.source_or_raise(parameters, self.INPUT, context)
        name_field = self.field_or_raise(parameters, self.NAME_FIELD, context, source)
        cat_field = self.field_or_raise(parameters, self.CATEGORY_FIELD, context, source)
        dbl_field = self.field_or_raise(parameters, self.DOUBLETS_FIELD, context, source)
        az_field = self.field_or_raise(parameters, self.AZIMUTH_FIELD, context, source)

        def num(key):
            return self.parameterAsDouble(parameters, key, context)

        doublets_default = self.parameterAsInt(parameters, self.DOUBLETS, context)
        azimuth_default = num(self.AZIMUTH)
        drill_area = num(self.DRILLING_SITE_AREA)
        perm_area = num(self.PERMANENT_SITE_AREA)
        noise_distance = num(self.NOISE_DISTANCE)
        spacing = num(self.WELL_SPACING)
        depth = num(self.RESERVOIR_DEPTH)
        thickness = num(self.RESERVOIR_THICKNESS)
        porosity = num(self.POROSITY)
        c_rock = num(self.C_ROCK)
        c_water = num(self.C_WATER)
        flow = num(self.FLOW_RATE)
        delta_t = num(self.DELTA_T)
        hours = num(self.FULL_LOAD_HOURS)
        years = num(self.LIFETIME)
        gj_per_home = num(self.GJ_PER_HOME)

        # capacity and cold front are the same for every doublet
        p_doublet = geothermal.power_mw(flow, delta_t, c_water)
        c_aq = geothermal.c_aquifer(porosity, c_water, c_rock)
        r_cf = geothermal.cold_front_radius(flow, hours, years, thickness, c_aq, c_water)
        feedback.pushInfo(
            self.tr("Per doublet: {p:.2f} MW, {e:.1f} TJ/yr, {h:,.0f} homes; c_aq = "
                    "{c:.3f} MJ/m3K, cold-front radius {r:.1f} m.").format(
                p=p_doublet, e=geothermal.heat_tj(p_doublet, hours),
                h=geothermal.homes(geothermal.heat_tj(p_doublet, hours), gj_per_home),
                c=c_aq, r=r_cf,
            )
        )

        crs = source.sourceCrs()
        metric, forward, back = utils.metric_transforms(source, context)
        if metric.authid() != crs.authid():
            feedback.pushInfo(
                self.tr("Distances and areas are computed in {crs}.").format(crs=metric.authid())
            )
        is_polygon = (
            QgsWkbTypes.geometryType(source.wkbType()) == GeometryType.Polygon
        )

        site_fields = self._fields((
            ("name", FieldType.String), ("category", FieldType.Int), ("kind", FieldType.String),
            ("area_m2", FieldType.Double), ("doublets", FieldType.Int),
            ("power_mw", FieldType.Double), ("heat_tj", FieldType.Double),
            ("homes", FieldType.Double), ("r_cold_front", FieldType.Double),
        ))
        noise_fields = self._fields((
            ("name", FieldType.String), ("category", FieldType.Int),
            ("noise_m", FieldType.Double), ("n_sensitive", FieldType.Int),
        ))
        res_fields = self._fields((
            ("name", FieldType.String), ("category", FieldType.Int),
            ("doublet", FieldType.Int), ("azimuth", FieldType.Double),
            ("spacing_m", FieldType.Double), ("depth_m", FieldType.Double),
            ("r_cold_front", FieldType.Double), ("area_m2", FieldType.Double),
            ("power_mw", FieldType.Double),
        ))
        conf_fields = self._fields((
            ("name_a", FieldType.String), ("category_a", FieldType.Int),
            ("name_b", FieldType.String), ("category_b", FieldType.Int),
            ("area_m2", FieldType.Double), ("area_ha", FieldType.Double),
        ))
        sites, sites_id = self._sink(parameters, self.OUTPUT_SITES, context, site_fields, crs)
        noise, noise_id = self._sink(parameters, self.OUTPUT_NOISE, context, noise_fields, crs)
        res, res_id = self._sink(parameters, self.OUTPUT_RESERVOIR, context, res_fields, crs)
        conf, conf_id = self._sink(parameters, self.OUTPUT_CONFLICTS, context, conf_fields,
                                   crs)

        sens_index, sens_geoms = self._sensitive_index(parameters, context, metric, feedback)

        def back_geom(shape):
            geom = _to_qgs(shape)
            geom.transform(back)
            return geom

        # -- 1. the locations: names, field values, centres (metric CRS) ------------------
        skips = utils.SkipCounter(feedback)
        notes = _Notes(feedback)
        fields = source.fields()
        used = [fields.lookupField(f) for f in (name_field, cat_field, dbl_field, az_field) if f]
        request = QgsFeatureRequest().setSubsetOfAttributes(sorted(set(used)))
        short = forward.isShortCircuited()
        locs = []  # [name, category, doublets, azimuth, x, y, search geometry, search area]
        n = source.featureCount()
        step = 100.0 / n if n and n > 0 else 0.0
        for i, feature in enumerate(source.getFeatures(request)):
            if i % 100 == 0:
                utils.raise_if_canceled(feedback)
                feedback.setProgress(int(i * step * 0.4))
            fid = feature.id()
            geom = feature.geometry()
            if geom is None or geom.isNull() or geom.isEmpty():
                skips.add("nogeom", self.tr("no geometry"), fid)
                continue
            name = utils.to_text(feature[name_field]) if name_field else ""
            if not name:
                name = self.tr("location {fid}").format(fid=fid)

            category = None
            if cat_field:
                value = utils.to_float(feature[cat_field])
                raw = utils.to_text(feature[cat_field])
                if value is not None and value == int(value) and int(value) in \
                        geothermal.CATEGORIES:
                    category = int(value)
                elif raw:
                    notes.add("category", self.tr(
                        "category is not 0, 1, 2 or 3; written as empty"), name)

            doublets = doublets_default
            if dbl_field:
                value = utils.to_float(feature[dbl_field])
                raw = utils.to_text(feature[dbl_field])
                if value is not None and value in (1.0, 2.0):
                    doublets = int(value)
                elif raw:
                    notes.add("doublets", self.tr(
                        "number of doublets is not 1 or 2; the 'Doublets' parameter "
                        "({d}) was used").format(d=doublets_default), name)

            azimuth = azimuth_default
            if az_field:
                value = utils.to_float(feature[az_field])
                raw = utils.to_text(feature[az_field])
                if value is not None and 0.0 <= value <= 360.0:
                    azimuth = value
                elif raw:
                    notes.add("azimuth", self.tr(
                        "azimuth is not a number from 0 to 360 degrees; the 'Azimuth' "
                        "parameter ({a:g}) was used").format(a=azimuth_default), name)

            mgeom = geom
            if not short:
                mgeom = QgsGeometry(geom)
                try:
                    mgeom.transform(forward)
                except QgsCsException:
                    skips.add("transform", self.tr(
                        "the geometry could not be transformed to a metric CRS"), fid)
                    continue
            search = search_area = None
            if QgsWkbTypes.flatType(mgeom.wkbType()) == WkbType.Point:
                # a point is its own centroid: no shapely round trip
                point = mgeom.constGet()
                x, y = point.x(), point.y()
            else:
                shape = _to_shapely(mgeom)
                centre = shape.centroid
                if is_polygon and not shape.is_empty and shape.is_valid and \
                        not shape.contains(centre):
                    centre = shape.representative_point()
                    notes.add("centroid", self.tr(
                        "the centroid lies outside the search area; a point inside it was "
                        "used for the wells"), name)
                if centre.is_empty:
                    skips.add("nogeom", self.tr("no geometry"), fid)
                    continue
                x, y = centre.x, centre.y
                if is_polygon:
                    search = QgsGeometry(geom)
                    search.convertToMultiType()
                    search_area = round(shape.area, 1)
            locs.append((name, category, doublets, azimuth, x, y, search, search_area))

        # -- 2. geometries of all locations at once (metric CRS) --------------------------
        feedback.setProgress(40)
        utils.raise_if_canceled(feedback)
        xs = np.array([loc[4] for loc in locs], dtype=float)
        ys = np.array([loc[5] for loc in locs], dtype=float)
        drill = _Shapes.sites(xs, ys, drill_area)
        perm = _Shapes.sites(xs, ys, perm_area)
        contours = _Shapes.noise(drill, noise_distance)
        footprints, fp_loc, fp_num = _Shapes.footprints(
            xs, ys, [loc[3] for loc in locs], spacing, r_cf, [loc[2] for loc in locs])

        # -- 3. outputs ---------------------------------------------------------------
        feedback.setProgress(50)
        totals = {"power": 0.0, "heat": 0.0, "homes": 0.0}
        capacities = {}
        site_rows, noise_rows, res_rows = [], [], []
        drill_geoms, drill_areas = drill.qgs(back), drill.areas()
        perm_geoms, perm_areas = perm.qgs(back), perm.areas()
        noise_geoms = contours.qgs(back)
        metric_contours = contours.qgs(None) if sens_index is not None else None
        fp_geoms, fp_areas = footprints.qgs(back), footprints.areas()
        r_cf_out, p_doublet_out = round(r_cf, 2), round(p_doublet, 3)
        n_double = 0
        k = 0
        for i, (name, category, doublets, azimuth, _x, _y, search, search_area) in \
                enumerate(locs):
            if doublets not in capacities:
                power = doublets * p_doublet
                heat = geothermal.heat_tj(power, hours)
                n_homes = geothermal.homes(heat, gj_per_home)
                capacities[doublets] = (power, heat, n_homes, [
                    doublets, round(power, 3), round(heat, 2), round(n_homes), r_cf_out])
            power, heat, n_homes, capacity = capacities[doublets]
            totals["power"] += power
            totals["heat"] += heat
            totals["homes"] += n_homes
            if search is not None:
                site_rows.append((search, [name, category, KIND_SEARCH, search_area]
                                  + capacity))
            site_rows.append((drill_geoms[i], [name, category, KIND_DRILLING,
                                               round(drill_areas[i], 1)] + capacity))
            site_rows.append((perm_geoms[i], [name, category, KIND_PERMANENT,
                                              round(perm_areas[i], 1)] + capacity))
            n_sens = None
            if metric_contours is not None:
                if i % 100 == 0:
                    utils.raise_if_canceled(feedback)
                n_sens = self._count_inside(sens_index, sens_geoms, metric_contours[i])
            noise_rows.append((noise_geoms[i], [name, category, noise_distance, n_sens]))
            while k < len(fp_loc) and fp_loc[k] == i:
                res_rows.append((fp_geoms[k], [
                    name, category, int(fp_num[k]), azimuth, spacing, depth, r_cf_out,
                    round(fp_areas[k], 1), p_doublet_out]))
                k += 1
            n_double += doublets > 1
        feedback.setProgress(60)
        self._write(sites, site_fields, site_rows, feedback)
        self._write(noise, noise_fields, noise_rows, feedback)
        self._write(res, res_fields, res_rows, feedback)
        del site_rows, noise_rows, res_rows, drill_geoms, perm_geoms, noise_geoms, fp_geoms

        if n_double and spacing < 2.0 * r_cf:
            feedback.pushWarning(self.tr(
                "The well spacing ({s:.0f} m) is less than twice the cold-front radius "
                "({d:.0f} m): the two footprints of each of the {n} double doublet(s) "
                "overlap each other."
            ).format(s=spacing, d=2.0 * r_cf, n=n_double))

        # -- 4. conflicts between the footprints of different locations -------------------
        feedback.setProgress(80)
        utils.raise_if_canceled(feedback)
        fp_shapes = footprints.shapely()
        fp_bounds = footprints.bounds()
        unions, bounds = [], np.empty((len(locs), 4))
        start = 0
        for i in range(len(locs)):
            stop = start
            while stop < len(fp_loc) and fp_loc[stop] == i:
                stop += 1
            parts = fp_shapes[start:stop]
            # the union of a single footprint is that footprint
            unions.append(parts[0] if len(parts) == 1 else unary_union(parts))
            b = fp_bounds[start:stop]
            bounds[i] = (b[:, 0].min(), b[:, 1].min(), b[:, 2].max(), b[:, 3].max())
            start = stop
        conflicts = geothermal.footprint_conflicts(unions, bounds=bounds)
        conf_rows = []
        for a, b, inter, area in conflicts:
            conf_rows.append((back_geom(inter), [
                locs[a][0], locs[a][1], locs[b][0], locs[b][1],
                round(area, 1), round(area / 1.0e4, 3)]))
        self._write(conf, conf_fields, conf_rows, feedback)
        feedback.setProgress(100)

        skips.report()
        if not locs:
            if not n:
                feedback.pushWarning(self.tr("The input layer is empty: nothing to compute."))
            else:
                feedback.pushWarning(self.tr("No location could be computed."))
        notes.report(self.tr("{count} location(s): {reason} ({names})."))
        feedback.pushInfo(self.tr(
            "{n} location(s): {p:.1f} MW, {e:.1f} TJ/yr ({pj:.2f} PJ/yr), {h:,.0f} "
            "home-equivalents; {c} reservoir conflict(s).").format(
            n=len(locs), p=totals["power"], e=totals["heat"],
            pj=totals["heat"] / 1000.0, h=totals["homes"], c=len(conflicts)))
        return {
            self.OUTPUT_SITES: sites_id,
            self.OUTPUT_NOISE: noise_id,
            self.OUTPUT_RESERVOIR: res_id,
            self.OUTPUT_CONFLICTS: conf_id,
            self.TOTAL_POWER_MW: totals["power"],
            self.TOTAL_HEAT_TJ: totals["heat"],
            self.TOTAL_HOMES: totals["homes"],
            self.N_CONFLICTS: len(conflicts),
            self.N_LOCATIONS: len(locs),
        }
