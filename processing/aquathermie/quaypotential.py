"""bronnenstrategie:quaypotential - heat potential of surface water along quay walls (TEO)."""

import math

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
    QgsProcessingFeatureSource,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsRectangle,
    QgsWkbTypes,
)
from ...translation import tr

from ...compat import FieldType, GeometryType, SourceType, WkbType
from ...core import aquathermal as aq
from ...core.constants import C_WATER, GJ_PER_HOME
from .. import utils
from ..base import BronnenstrategieAlgorithm


def to_shapely(geom):
    """A 2D shapely geometry from a QgsGeometry (curves straightened), or None."""
    from shapely import wkb

    if geom is None or geom.isNull() or geom.isEmpty():
        return None
    g = QgsGeometry(geom)
    if QgsWkbTypes.isCurvedType(g.wkbType()):
        # segmentize(), not convertToStraightSegment(): the latter leaves a CurvePolygon
        # with straight rings (a GeoPackage's CURVEPOLYGON) curved, and shapely cannot
        # read curved WKB
        g = QgsGeometry(g.constGet().segmentize())
    abstract = g.get()
    abstract.dropZValue()
    abstract.dropMValue()
    shape = wkb.loads(bytes(g.asWkb()))
    return None if shape.is_empty else shape


def to_qgs(shape, multi=True):
    geom = QgsGeometry()
    geom.fromWkb(shape.wkb)
    if multi:
        geom.convertToMultiType()
    return geom


def to_wkbs(shapes):
    """``[s.wkb for s in shapes]``, vectorised under shapely 2 and with one WKB writer
    under shapely 1.8 (``.wkb`` makes a writer per call)."""
    import shapely

    if hasattr(shapely, "to_wkb"):
        arr = np.empty(len(shapes), dtype=object)
        arr[:] = list(shapes)
        return list(shapely.to_wkb(arr))
    from shapely.geos import WKBWriter, lgeos

    writer = WKBWriter(lgeos)
    return [writer.write(s) for s in shapes]


def wkb_to_qgs(wkb, transform):
    """A multi-type QgsGeometry from WKB, transformed (as ``to_qgs`` + ``transform``)."""
    geom = QgsGeometry()
    geom.fromWkb(wkb)
    geom.convertToMultiType()
    geom.transform(transform)
    return geom


def transform_or_none(geom, transform):
    """Transform a copy of ``geom``; None if it is empty or the transform fails."""
    if geom is None or geom.isNull() or geom.isEmpty():
        return None
    g = QgsGeometry(geom)
    try:
        g.transform(transform)
    except QgsCsException:
        return None
    return g


def read_features(source, context, feedback, skips, key, message, metric_rect=None,
                  metric_crs=None):
    """The features of ``source`` with a usable geometry, as a list.

    - A feature without a geometry (null or empty) is counted in ``skips`` under ``key``
      (a filter rectangle or QGIS's validity check would drop or refuse it without a
      count).
    - With ``metric_rect`` (in ``metric_crs``) only features whose bounding box meets it
      are returned.
    - Invalid geometries follow the Processing setting (``context.invalidGeometryCheck()``):
      stop with a clear QgsProcessingException, skip with a count, or keep. The check is
      done here rather than by the feature iterator: QGIS's own stop is a C++ exception
      thrown through the Python iteration, which corrupts the interpreter ("SystemError:
      unknown opcode").
    - The cancel is checked every 500 features.
    """
    rect = None
    if metric_rect is not None and not metric_rect.isNull():
        try:
            to_src = QgsCoordinateTransform(metric_crs, source.sourceCrs(),
                                            context.transformContext())
            rect = to_src.transformBoundingBox(metric_rect)
        except QgsCsException:
            rect = None
    check = context.invalidGeometryCheck()
    out = []
    features = source.getFeatures(QgsFeatureRequest(),
                                  QgsProcessingFeatureSource.Flag.FlagSkipGeometryValidityChecks)
    for i, feature in enumerate(features):
        if i % 500 == 0:
            utils.raise_if_canceled(feedback)
        geom = feature.geometry()
        if geom is None or geom.isNull() or geom.isEmpty():
            skips.add(key, message, feature.id())
            continue
        if rect is not None and not geom.boundingBox().intersects(rect):
            continue
        if check != QgsFeatureRequest.InvalidGeometryCheck.GeometryNoCheck and not geom.isGeosValid():
            if check == QgsFeatureRequest.InvalidGeometryCheck.GeometryAbortOnInvalid:
                raise QgsProcessingException(
                    tr("Feature {id} of the layer '{layer}' has an invalid geometry. Repair it "
                       "(Fix geometries), or set the Processing option 'Invalid features "
                       "filtering' to skip or not filter invalid features.").format(
                        id=feature.id(), layer=source.sourceName())
                )
            skips.add("invalid_" + key, tr("invalid geometry (Processing option: skip invalid "
                                           "features)"), feature.id())
            continue
        out.append(feature)
    return out


class QuayPotential(BronnenstrategieAlgorithm):
    NAME = "quaypotential"
    GROUP_ID = "aquathermie"
    STYLES = {
        "OUTPUT": "quaypotential_segments.qml",
        "OUTPUT_CATCHMENT": "quaypotential_catchment.qml",
    }

    QUAYS = "QUAYS"
    QUAY_ID_FIELD = "QUAY_ID_FIELD"
    RENOVATION_YEAR_FIELD = "RENOVATION_YEAR_FIELD"
    WATER = "WATER"
    FLOW_FIELD = "FLOW_FIELD"
    WATER_TEMP_FIELD = "WATER_TEMP_FIELD"
    WATER_TEMPERATURE = "WATER_TEMPERATURE"
    T_MIN_OUTLET = "T_MIN_OUTLET"
    SEGMENT_LENGTH = "SEGMENT_LENGTH"
    MAX_REACH = "MAX_REACH"
    YIELD_STILL = "YIELD_STILL"
    DELTA_T_MAX = "DELTA_T_MAX"
    HARVEST_HOURS = "HARVEST_HOURS"
    COP = "COP"
    GJ_PER_HOME = "GJ_PER_HOME"
    DEMAND = "DEMAND"
    DEMAND_FIELD = "DEMAND_FIELD"
    HOMES_FIELD = "HOMES_FIELD"
    DEMAND_DISTANCE = "DEMAND_DISTANCE"
    SPACING = "SPACING"
    TOUCH_TOLERANCE = "TOUCH_TOLERANCE"
    C_WATER = "C_WATER"
    OUTPUT = "OUTPUT"
    OUTPUT_CATCHMENT = "OUTPUT_CATCHMENT"

    def displayName(self):  # noqa: N802
        return self.tr("Heat potential of quay walls (TEO)")

    def shortDescription(self):  # noqa: N802
        return self.tr(
            "Cuts quays into segments, gives each the nearest water and computes the heat "
            "it can supply, the demand nearby and a ranking."
        )

    def required_modules(self):
        return ["shapely", "scipy"]

    def help_text(self):
        return self.tr(
            "<p>Heat from surface water (TEO, thermal energy from surface water) per stretch "
            "of quay wall. Each quay is cut into segments of about the segment length (the "
            "pieces of one quay are of equal length, so there are no slivers). Every square "
            "metre of water goes to the nearest segment, if that segment lies within the "
            "maximum reach; water farther from every quay is not assigned "
            "[assumption].</p>"
            "<p><b>Still water</b> (no flow): source = assigned area × yield "
            "(default 0.5 GJ/m²/yr [assumption]: no Dutch figure is published; the sun "
            "puts about 1.1 GJ/m²/yr into a lake (seethermie.ch), a deep lake such as the "
            "Sloterplas gives about 1.2-1.6 GJ/m²; harvest from shallow canals is a "
            "fraction; plausible range 0.3-1.5).<br>"
            "<b>Flowing water</b> (flow field > 0, m³/s): source of the water body = flow × "
            "4.18 MJ/m³K × ΔT × full-load hours, with the usable cooling ΔT = "
            "clip(T_water − T_min, 0, ΔT_max): the water is cooled by at most ΔT_max "
            "(default 4 K) and never below T_min (default 1 °C), both from PyPSA-Eur's "
            "river-water heat pumps. T_water is the mean water temperature over the "
            "harvest season (a monthly or seasonal mean, from the water temperature field "
            "or the parameter, default 15 °C [assumption]). Full-load hours: default "
            "2,000 h/yr (PBL Vesta MAIS, for a source of about 20 °C); combining PyPSA-Eur's "
            "cooling limit with Vesta's full-load hours is an assumption. The source is "
            "shared over the segments in proportion to the area of that body assigned to "
            "each. Check: 1 m³/s at 15 °C gives ΔT = 4 K and 1 × 4.18 × 4 × 2,000 × 3,600 "
            "/ 1,000 = 120,384 GJ/yr; at 3 °C ΔT = 2 K and 60,192 GJ/yr; at or below 1 °C "
            "nothing.<br>"
            "<b>Heat pump</b> (COP default 4, aquathermie.nl gives 3-5): delivered = source × "
            "COP/(COP−1); electricity = delivered/COP; homes = delivered / 33 GJ per "
            "home-equivalent.</p>"
            "<p><b>Check</b>: a 200 × 100 m basin with quays on both long sides and "
            "segments of 100 m gives 4 segments of 5,000 m² each, 2,500 GJ source and "
            "3,333 GJ delivered each.</p>"
            "<p><b>Demand</b> (optional): demand_gj is all demand (a GJ/yr field, or homes × "
            "33 GJ) whose point (the point on the surface of a polygon) lies within the "
            "demand distance of the segment; matched_gj = min(delivered, demand_gj). A "
            "demand feature near several segments counts for each of them there, so "
            "these columns must not be summed. For totals each feature's demand is "
            "shared over the segments near it in proportion to their delivered heat "
            "(demand_share_gj, matched_share_gj = min(delivered, share)) [assumption]; "
            "TOTAL_MATCHED_GJ sums matched_share_gj, TOTAL_DEMAND_GJ counts each feature "
            "once.</p>"
            "<p><b>Rank</b>: 1 = the segment with the most matched heat, then the most "
            "delivered heat; with the renovation year a planner picks the stretches where "
            "a quay renovation is the moment to build an intake.</p>"
            "<p><b>Quay polygons</b> (BGT scheiding, bgt_type 'kademuur'): only the edges "
            "that touch water (within the touch tolerance) and face it are used; a polygon "
            "that touches no water gets segments along its outline with zero potential. "
            "Quay lines are used as they are; a quay line far from water simply gets zero. "
            "Overlapping water polygons are counted twice: dissolve them first. Layers in "
            "a geographic CRS are computed in metres (RD New for Dutch data).</p>"
        )

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add_param(
            QgsProcessingParameterFeatureSource(
                self.QUAYS, self.tr("Quay walls"),
                [SourceType.VectorLine, SourceType.VectorPolygon],
            ),
            self.tr(
                "Quay walls as lines, or as polygons (BGT scheiding with bgt_type "
                "'kademuur'; their water-facing edges are used)."
            ),
        )
        self.add_param(
            QgsProcessingParameterField(
                self.QUAY_ID_FIELD, self.tr("Quay id field"), parentLayerParameterName=self.QUAYS,
                optional=True,
            ),
            self.tr("Optional field copied to quay_id; without it the feature id is used."),
        )
        self.add_param(
            QgsProcessingParameterField(
                self.RENOVATION_YEAR_FIELD, self.tr("Renovation year field"),
                parentLayerParameterName=self.QUAYS, optional=True,
            ),
            self.tr("Optional field with the year the quay is renovated, copied to renovation_year."),
        )
        self.add_param(
            QgsProcessingParameterFeatureSource(
                self.WATER, self.tr("Water"), [SourceType.VectorPolygon]
            ),
            self.tr("Water polygons (BGT waterdeel)."),
        )
        self.add_param(
            QgsProcessingParameterField(
                self.FLOW_FIELD, self.tr("Flow field (m³/s)"), parentLayerParameterName=self.WATER,
                type=QgsProcessingParameterField.DataType.Numeric, optional=True,
            ),
            self.tr(
                "Optional numeric field with the flow of a water body in m³/s; bodies with an "
                "empty or zero flow (and all bodies without this field) are still water. A "
                "negative flow, text or a flow above 10,000 m³/s (implausible as an average "
                "flow; the Rhine averages about 2,200 m³/s) is not used: that body is "
                "treated as still water, with a counted warning."
            ),
        )

        self.add_param(
            QgsProcessingParameterField(
                self.WATER_TEMP_FIELD, self.tr("Water temperature field (°C)"),
                parentLayerParameterName=self.WATER, type=QgsProcessingParameterField.DataType.Numeric,
                optional=True,
            ),
            self.tr(
                "Optional numeric field with the mean temperature of a flowing water body over "
                "the harvest season (a monthly or seasonal mean, °C). Empty values use the "
                "water temperature parameter; text or a value outside -2..40 °C also does, "
                "with a counted warning."
            ),
        )

        def number(key, label, default, lo, hi, help_text, advanced=False):
            self.add_param(
                QgsProcessingParameterNumber(
                    key, label, QgsProcessingParameterNumber.Type.Double, default, False, lo, hi
                ),
                help_text, advanced,
            )

        number(self.SEGMENT_LENGTH, self.tr("Segment length (m)"), aq.SEGMENT_LENGTH, 1.0, 100000.0,
               self.tr("Quays are cut into equal pieces of about this length "
                       "(default 100 m [assumption])."))
        number(self.MAX_REACH, self.tr("Maximum reach (m)"), aq.MAX_REACH, 1.0, 100000.0,
               self.tr("Water farther than this from every quay segment is not assigned "
                       "(default 150 m [assumption])."))
        number(self.YIELD_STILL, self.tr("Yield of still water (GJ/m²/yr)"), aq.YIELD_STILL,
               0.0, 100.0,
               self.tr("Heat harvested per m² of still water per year (default 0.5 "
                       "[assumption]; the sun puts about 1.1 GJ/m²/yr into a lake; plausible "
                       "0.3-1.5)."))
        number(self.DELTA_T_MAX, self.tr("Cooling of flowing water (K)"), aq.DELTA_T_MAX, 0.0, 50.0,
               self.tr("Maximum cooling of flowing water (default 4 K, PyPSA-Eur)."), True)
        number(self.WATER_TEMPERATURE, self.tr("Water temperature (°C)"), aq.WATER_TEMPERATURE,
               -2.0, 40.0,
               self.tr("Mean temperature of flowing water over the harvest season, used where "
                       "the water temperature field is empty (default 15 °C [assumption]: TEO "
                       "is harvested in summer, when surface water is about 15-25 °C; in "
                       "winter about 5 °C). The usable cooling is clip(T_water − T_min, 0, "
                       "ΔT_max)."))
        number(self.T_MIN_OUTLET, self.tr("Minimum outlet temperature (°C)"), aq.T_MIN_OUTLET,
               -2.0, 40.0,
               self.tr("Flowing water is not cooled below this temperature (default 1 °C, "
                       "PyPSA-Eur)."), True)
        number(self.HARVEST_HOURS, self.tr("Full-load hours (h/yr)"), aq.HARVEST_HOURS, 0.0, 8760.0,
               self.tr("Full-load hours of harvest from flowing water (default 2,000 h/yr, "
                       "PBL Vesta MAIS; combined with PyPSA-Eur's cooling limit as an "
                       "assumption)."), True)
        number(self.COP, self.tr("COP of the heat pump"), aq.COP, 1.01, 20.0,
               self.tr("Coefficient of performance of the water-source heat pump (default 4; "
                       "aquathermie.nl gives 3-5)."))
        number(self.GJ_PER_HOME, self.tr("GJ per home-equivalent"), GJ_PER_HOME, 0.1, 1000.0,
               self.tr("Heat demand of one home-equivalent (default 33 GJ/yr, derived from the "
                       "Bronnenstrategie: 15 sources, 4 PJ, 8,000 homes per doublet)."), True)
        self.add_param(
            QgsProcessingParameterFeatureSource(
                self.DEMAND, self.tr("Heat demand"),
                [SourceType.VectorPoint, SourceType.VectorPolygon], optional=True,
            ),
            self.tr("Optional buildings or areas (points or polygons) with a heat demand."),
        )
        self.add_param(
            QgsProcessingParameterField(
                self.DEMAND_FIELD, self.tr("Demand field (GJ/yr)"),
                parentLayerParameterName=self.DEMAND, type=QgsProcessingParameterField.DataType.Numeric,
                optional=True,
            ),
            self.tr("Numeric field with the heat demand in GJ/yr (takes precedence over the "
                    "homes field)."),
        )
        self.add_param(
            QgsProcessingParameterField(
                self.HOMES_FIELD, self.tr("Homes field"), parentLayerParameterName=self.DEMAND,
                type=QgsProcessingParameterField.DataType.Numeric, optional=True,
            ),
            self.tr("Numeric field with a number of homes; demand = homes × GJ per home."),
        )
        number(self.DEMAND_DISTANCE, self.tr("Demand distance (m)"), aq.DEMAND_DISTANCE, 0.0,
               100000.0,
               self.tr("Demand within this distance of a segment counts for it (default 500 m "
                       "[assumption]; small aquathermal projects reach a few hundred metres)."))
        number(self.SPACING, self.tr("Point spacing of the allocation (m)"), aq.SPACING, 0.1,
               1000.0,
               self.tr("Segments are approximated by points at most this far apart to find the "
                       "nearest segment (default 5 m). Smaller is more exact and slower."), True)
        number(self.TOUCH_TOLERANCE, self.tr("Touch tolerance of quay polygons (m)"),
               aq.TOUCH_TOLERANCE, 0.0, 100.0,
               self.tr("An edge of a quay polygon within this distance of water, with the water "
                       "on its outer side, is a quay line (default 1 m [assumption])."), True)
        number(self.C_WATER, self.tr("Heat capacity of water (MJ/m³K)"), C_WATER, 1.0, 10.0,
               self.tr("Volumetric heat capacity of water (4.18 MJ/m³K)."), True)
        self.add_param(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT, self.tr("Quay segments"), SourceType.VectorLine
            ),
            self.tr(
                "Segments with seg_id, quay_id, length_m, water_area_m2, source_gj, "
                "delivered_gj, electricity_gj, homes, demand_gj, matched_gj, demand_share_gj, "
                "matched_share_gj, renovation_year and rank."
            ),
        )
        self.add_param(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT_CATCHMENT, self.tr("Water per segment"),
                SourceType.VectorPolygon, optional=True, createByDefault=True,
            ),
            self.tr("Optional: the water assigned to each segment (same seg_id)."),
        )
        for key, text in (
            ("TOTAL_SOURCE_GJ", self.tr("Total heat from the water (GJ/yr)")),
            ("TOTAL_DELIVERED_GJ", self.tr("Total delivered heat (GJ/yr)")),
            ("TOTAL_HOMES", self.tr("Total home-equivalents")),
            ("TOTAL_DEMAND_GJ", self.tr("Total demand near the quays, each feature once (GJ/yr)")),
            ("TOTAL_MATCHED_GJ", self.tr("Total matched heat, no demand counted twice (GJ/yr)")),
            ("N_SEGMENTS", self.tr("Number of segments")),
        ):
            self.addOutput(QgsProcessingOutputNumber(key, text))

    # ------------------------------------------------------------------------------
    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        quays_src = self.source_or_raise(parameters, self.QUAYS, context)
        water_src = self.source_or_raise(parameters, self.WATER, context)
        id_field = self.field_or_raise(parameters, self.QUAY_ID_FIELD, context, quays_src)
        year_field = self.field_or_raise(parameters, self.RENOVATION_YEAR_FIELD, context, quays_src)
        flow_field = self.field_or_raise(parameters, self.FLOW_FIELD, context, water_src)
        temp_field = self.field_or_raise(parameters, self.WATER_TEMP_FIELD, context, water_src)
        num = {
            key: self.parameterAsDouble(parameters, key, context)
            for key in (self.SEGMENT_LENGTH, self.MAX_REACH, self.YIELD_STILL, self.DELTA_T_MAX,
                        self.WATER_TEMPERATURE, self.T_MIN_OUTLET, self.HARVEST_HOURS, self.COP, self.GJ_PER_HOME, self.DEMAND_DISTANCE,
                        self.SPACING, self.TOUCH_TOLERANCE, self.C_WATER)
        }
        metric, forward, back = utils.metric_transforms(quays_src, context)
        if metric.authid() != quays_src.sourceCrs().authid():
            feedback.pushInfo(self.tr("Distances are computed in {crs}.").format(crs=metric.authid()))
        skips = utils.SkipCounter(feedback)

        # quays ---------------------------------------------------------------------
        feedback.pushInfo(self.tr("Reading quays..."))
        quays, quay_ids, quay_years = [], [], []
        extent = QgsRectangle()
        for feature in read_features(quays_src, context, feedback, skips, "quay_geom",
                                     self.tr("quay without a usable geometry")):
            utils.raise_if_canceled(feedback)
            g = transform_or_none(feature.geometry(), forward)
            shape = to_shapely(g) if g is not None else None
            if shape is None:
                skips.add("quay_geom", self.tr("quay without a usable geometry"), feature.id())
                continue
            quays.append(shape)
            quay_ids.append(utils.to_text(feature[id_field]) if id_field else str(feature.id()))
            year = utils.to_float(feature[year_field]) if year_field else None
            quay_years.append(int(round(year)) if year is not None else None)
            extent.combineExtentWith(g.boundingBox())
        if not quays:
            raise QgsProcessingException(
                self.tr("The quay layer has no usable line or polygon geometry.")
            )

        # water ---------------------------------------------------------------------
        feedback.pushInfo(self.tr("Reading water..."))
        grow = num[self.MAX_REACH] + num[self.SPACING] + num[self.TOUCH_TOLERANCE]
        rect = QgsRectangle(extent)
        rect.grow(grow)
        to_metric_w = QgsCoordinateTransform(water_src.sourceCrs(), metric,
                                             context.transformContext())
        water, flows, temps = [], [], []
        flow_problems = utils.SkipCounter(None)
        temp_problems = utils.SkipCounter(None)
        temp_messages = {
            utils.NUMBER_TEXT: self.tr("{n} water polygon(s) with text in the water temperature "
                                       "field use the water temperature parameter"),
            utils.NUMBER_LOW: self.tr("{n} water polygon(s) with a water temperature below "
                                      "{low:g} °C (implausible) use the water temperature "
                                      "parameter"),
            utils.NUMBER_HIGH: self.tr("{n} water polygon(s) with a water temperature above "
                                       "{high:g} °C (implausible) use the water temperature "
                                       "parameter"),
        }
        flow_messages = {
            utils.NUMBER_TEXT: self.tr("{n} water polygon(s) with text in the flow field are "
                                       "treated as still water"),
            utils.NUMBER_LOW: self.tr("{n} water polygon(s) with a negative flow are treated "
                                      "as still water"),
            utils.NUMBER_HIGH: self.tr("{n} water polygon(s) with a flow above {max:,.0f} m³/s "
                                       "(implausible) are treated as still water"),
        }
        for feature in read_features(water_src, context, feedback, skips, "water_geom",
                                     self.tr("water polygon without a usable geometry"), rect,
                                     metric):
            utils.raise_if_canceled(feedback)
            g = transform_or_none(feature.geometry(), to_metric_w)
            if g is not None and not g.isGeosValid():
                g = g.makeValid()
            shape = to_shapely(g) if g is not None else None
            if shape is None or shape.area <= 0:
                skips.add("water_geom", self.tr("water polygon without a usable geometry"),
                          feature.id())
                continue
            flow = None
            if flow_field:
                flow, status = utils.read_number(feature[flow_field], 0.0,
                                                 aq.MAX_FLOW_SURFACE_M3_S)
                if status in flow_messages:
                    flow_problems.add(status, status, feature.id())
                    flow = None
            temp = None
            if temp_field:
                temp, status = utils.read_number(feature[temp_field], aq.MIN_WATER_TEMPERATURE,
                                                 aq.MAX_WATER_TEMPERATURE)
                if status in temp_messages:
                    temp_problems.add(status, status, feature.id())
                    temp = None
            water.append(shape)
            flows.append(flow)
            temps.append(temp)
        for status, count in flow_problems.counts.items():
            ids = flow_problems.examples.get(status, [])[:10]
            feedback.pushWarning(
                flow_messages[status].format(n=count, max=aq.MAX_FLOW_SURFACE_M3_S)
                + " " + self.tr("(feature ids: {ids}{more})").format(
                    ids=", ".join(str(i) for i in ids), more=", ..." if count > len(ids) else "")
            )
        for status, count in temp_problems.counts.items():
            ids = temp_problems.examples.get(status, [])[:10]
            feedback.pushWarning(
                temp_messages[status].format(n=count, low=aq.MIN_WATER_TEMPERATURE,
                                             high=aq.MAX_WATER_TEMPERATURE)
                + " " + self.tr("(feature ids: {ids}{more})").format(
                    ids=", ".join(str(i) for i in ids), more=", ..." if count > len(ids) else "")
            )
        if not water:
            feedback.pushWarning(self.tr("No water lies within reach of the quays: all potentials are zero."))

        # demand --------------------------------------------------------------------
        demand_pts, demand_gj = None, None
        demand_src = self.parameterAsSource(parameters, self.DEMAND, context)
        if demand_src is not None:
            d_field = self.field_or_raise(parameters, self.DEMAND_FIELD, context, demand_src)
            h_field = self.field_or_raise(parameters, self.HOMES_FIELD, context, demand_src)
            if not d_field and not h_field:
                raise QgsProcessingException(
                    self.tr("A demand layer needs a demand field (GJ/yr) or a homes field.")
                )
            if d_field and h_field:
                feedback.pushInfo(self.tr("Both a demand and a homes field are given: the demand field is used."))
            rect_d = QgsRectangle(extent)
            rect_d.grow(num[self.DEMAND_DISTANCE] + num[self.SPACING])
            to_metric_d = QgsCoordinateTransform(demand_src.sourceCrs(), metric,
                                                 context.transformContext())
            pts, vals = [], []
            for feature in read_features(demand_src, context, feedback, skips, "demand_geom",
                                         self.tr("demand feature without a geometry"), rect_d,
                                         metric):
                utils.raise_if_canceled(feedback)
                if d_field:
                    value = utils.to_float(feature[d_field])
                else:
                    value = utils.to_float(feature[h_field])
                    value = value * num[self.GJ_PER_HOME] if value is not None else None
                if value is None or value < 0:
                    skips.add("demand_value", self.tr("demand feature without a valid (non-negative) demand"),
                              feature.id())
                    continue
                g = transform_or_none(feature.geometry(), to_metric_d)
                if g is None or g.isNull() or g.isEmpty():
                    skips.add("demand_geom", self.tr("demand feature without a geometry"), feature.id())
                    continue
                p = g.pointOnSurface() if g.type() == GeometryType.Polygon else g.centroid()
                if p.isNull() or p.isEmpty():
                    skips.add("demand_geom", self.tr("demand feature without a geometry"), feature.id())
                    continue
                pt = p.asPoint()
                pts.append((pt.x(), pt.y()))
                vals.append(value)
            demand_pts = np.asarray(pts, dtype=float).reshape(-1, 2)
            demand_gj = np.asarray(vals, dtype=float)

        # compute -------------------------------------------------------------------
        feedback.pushInfo(self.tr("Assigning water to {n} quay(s)...").format(n=len(quays)))
        catch_sink, catch_dest = self.parameterAsSink(
            parameters, self.OUTPUT_CATCHMENT, context, self._catchment_fields(),
            WkbType.MultiPolygon, quays_src.sourceCrs(),
        )

        def progress(p):
            feedback.setProgress(10.0 + 0.8 * p)
            return feedback.isCanceled()

        try:
            res = aq.quay_potential(
                quays, water, water_flow=flows, demand_points=demand_pts, demand_gj=demand_gj,
                segment_length=num[self.SEGMENT_LENGTH], max_reach=num[self.MAX_REACH],
                yield_still=num[self.YIELD_STILL], delta_t_max=num[self.DELTA_T_MAX],
                harvest_hours=num[self.HARVEST_HOURS], cop=num[self.COP],
                gj_per_home=num[self.GJ_PER_HOME], demand_distance=num[self.DEMAND_DISTANCE],
                spacing=num[self.SPACING], touch_tolerance=num[self.TOUCH_TOLERANCE],
                c_water=num[self.C_WATER], keep_geometry=catch_sink is not None,
                feedback=progress, water_temperature=temps if temp_field else None,
                t_water=num[self.WATER_TEMPERATURE], t_min=num[self.T_MIN_OUTLET],
            )
        except ValueError as exc:
            raise QgsProcessingException(str(exc)) from exc
        utils.raise_if_canceled(feedback)
        if res["n_quays_without_water"]:
            feedback.pushWarning(
                self.tr("{n} quay polygon(s) touch no water: their segments have zero potential.")
                .format(n=res["n_quays_without_water"])
            )

        # write ---------------------------------------------------------------------
        fields = self._segment_fields()
        sink, dest = self.parameterAsSink(
            parameters, self.OUTPUT, context, fields, WkbType.MultiLineString,
            quays_src.sourceCrs(),
        )
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        n = len(res["segments"])

        def column(key, digits=2):
            # round() of Python floats per value as written before; NaN/inf -> NULL
            return [round(v, digits) if math.isfinite(v) else None
                    for v in np.asarray(res[key], dtype=float).tolist()]

        cols = [column(k) for k in ("length_m", "water_area_m2", "source_gj", "delivered_gj",
                                    "electricity_gj", "homes", "demand_gj", "matched_gj",
                                    "demand_share_gj", "matched_share_gj")]
        ranks = [int(r) for r in np.asarray(res["rank"]).tolist()]
        qidx = np.asarray(res["quay_index"], dtype=int).tolist()
        seg_wkb = to_wkbs(res["segments"])
        cats = res["catchment"] if catch_sink is not None else None
        cat_wkb = None
        if cats is not None:
            keep = [i for i, c in enumerate(cats) if c is not None and not c.is_empty]
            cat_wkb = dict(zip(keep, to_wkbs([cats[i] for i in keep])))
        catch_fields = self._catchment_fields()
        batch, catch_batch = [], []

        def flush():
            if batch and not sink.addFeatures(batch, QgsFeatureSink.Flag.FastInsert):
                raise QgsProcessingException(self.writeFeatureError(sink, parameters, self.OUTPUT))
            if catch_batch:
                catch_sink.addFeatures(catch_batch, QgsFeatureSink.Flag.FastInsert)
            batch.clear()
            catch_batch.clear()

        for i in range(n):
            if i % 500 == 0:
                utils.raise_if_canceled(feedback)
                flush()
            qi = qidx[i]
            attrs = [i + 1, quay_ids[qi]] + [c[i] for c in cols] + [quay_years[qi], ranks[i]]
            out = QgsFeature(fields)
            out.setGeometry(wkb_to_qgs(seg_wkb[i], back))
            out.setAttributes(attrs)
            batch.append(out)
            if cat_wkb is not None and i in cat_wkb:
                cf = QgsFeature(catch_fields)
                cf.setGeometry(wkb_to_qgs(cat_wkb[i], back))
                cf.setAttributes([i + 1, quay_ids[qi], cols[1][i], cols[2][i], cols[3][i]])
                catch_batch.append(cf)
        flush()
        skips.report()
        feedback.setProgress(100)
        feedback.pushInfo(
            self.tr("{n} segments: {src:,.0f} GJ/yr from the water, {dl:,.0f} GJ/yr delivered, "
                    "{homes:,.0f} home-equivalents.").format(
                n=n, src=res["total_source_gj"], dl=res["total_delivered_gj"],
                homes=res["total_homes"])
        )
        results = {
            self.OUTPUT: dest,
            "TOTAL_SOURCE_GJ": res["total_source_gj"],
            "TOTAL_DELIVERED_GJ": res["total_delivered_gj"],
            "TOTAL_HOMES": res["total_homes"],
            "TOTAL_DEMAND_GJ": None if demand_pts is None else res["total_demand_gj"],
            "TOTAL_MATCHED_GJ": None if demand_pts is None else res["total_matched_gj"],
            "N_SEGMENTS": n,
        }
        if catch_sink is not None:
            results[self.OUTPUT_CATCHMENT] = catch_dest
        return results

    @staticmethod
    def _segment_fields():
        fields = QgsFields()
        fields.append(QgsField("seg_id", FieldType.Int))
        fields.append(QgsField("quay_id", FieldType.String, "string", 80))
        for name in ("length_m", "water_area_m2", "source_gj", "delivered_gj", "electricity_gj",
                     "homes", "demand_gj", "matched_gj", "demand_share_gj", "matched_share_gj"):
            fields.append(QgsField(name, FieldType.Double, "double", 20, 2))
        fields.append(QgsField("renovation_year", FieldType.Int))
        fields.append(QgsField("rank", FieldType.Int))
        return fields

    @staticmethod
    def _catchment_fields():
        fields = QgsFields()
        fields.append(QgsField("seg_id", FieldType.Int))
        fields.append(QgsField("quay_id", FieldType.String, "string", 80))
        for name in ("water_area_m2", "source_gj", "delivered_gj"):
            fields.append(QgsField(name, FieldType.Double, "double", 20, 2))
        return fields
