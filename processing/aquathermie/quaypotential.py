"""bronnenstrategie:quaypotential - heat potential of surface water along quay walls (TEO)."""

import math
from dataclasses import asdict, dataclass, field

import numpy as np
from qgis.core import (
    QgsCoordinateTransform,
    QgsFeature,
    QgsFeatureSink,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsRectangle,
)

from ...compat import GeometryType, SourceType, WkbType
from ...core import aquathermal as aq
from ...core.constants import C_WATER, GJ_PER_HOME
from ...glue import geometry, writer
from ...glue.features import read_features, transform_or_none
from ...glue.writer import Field
from .. import utils
from ..base import BronnenstrategieAlgorithm

SEGMENT_VALUES = (
    "length_m",
    "water_area_m2",
    "source_gj",
    "delivered_gj",
    "electricity_gj",
    "homes",
    "demand_gj",
    "matched_gj",
    "demand_share_gj",
    "matched_share_gj",
)
SEGMENT_FIELDS = (
    [Field("seg_id", "Int"), Field("quay_id", "String", 80)]
    + [writer.double(name, 20, 2) for name in SEGMENT_VALUES]
    + [Field("renovation_year", "Int"), Field("rank", "Int")]
)
CATCHMENT_FIELDS = [Field("seg_id", "Int"), Field("quay_id", "String", 80)] + [
    writer.double(name, 20, 2) for name in ("water_area_m2", "source_gj", "delivered_gj")
]


def _rounded(values, digits=2):
    """round() of Python floats per value as written before; NaN/inf -> NULL."""
    return [
        round(v, digits) if math.isfinite(v) else None
        for v in np.asarray(values, dtype=float).tolist()
    ]


@dataclass(frozen=True)
class _Settings:
    """The numbers of a run, named as core.aquathermal.quay_potential takes them."""

    segment_length: float
    max_reach: float
    yield_still: float
    delta_t_max: float
    t_water: float
    t_min: float
    harvest_hours: float
    cop: float
    gj_per_home: float
    demand_distance: float
    spacing: float
    touch_tolerance: float
    c_water: float


@dataclass
class _Quays:
    """The quays in the metric CRS: shapely lines or polygons, their quay_id, renovation
    year (None when empty) and the extent of all of them."""

    shapes: list = field(default_factory=list)
    ids: list = field(default_factory=list)
    years: list = field(default_factory=list)
    extent: QgsRectangle = field(default_factory=QgsRectangle)


@dataclass
class _Water:
    """The water polygons near the quays (metric CRS), flow (m³/s) and temperature (°C)
    per polygon, None where not given or not usable; ``temperature_field``: whether a
    temperature field was given."""

    temperature_field: bool = False
    shapes: list = field(default_factory=list)
    flows: list = field(default_factory=list)
    temperatures: list = field(default_factory=list)


@dataclass
class _Demand:
    """Demand points (n, 2) in the metric CRS with their demand in GJ/yr."""

    points: np.ndarray
    gj: np.ndarray


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
        self._add_quay_parameters()
        self._add_water_parameters()
        self._add_heat_parameters()
        self._add_demand_parameters()
        self._add_outputs()

    def _number(self, key, label, default, lo, hi, help_text, advanced=False):
        self.add_param(
            QgsProcessingParameterNumber(
                key, label, QgsProcessingParameterNumber.Type.Double, default, False, lo, hi
            ),
            help_text,
            advanced,
        )

    def _add_quay_parameters(self):
        self.add_param(
            QgsProcessingParameterFeatureSource(
                self.QUAYS,
                self.tr("Quay walls"),
                [SourceType.VectorLine, SourceType.VectorPolygon],
            ),
            self.tr(
                "Quay walls as lines, or as polygons (BGT scheiding with bgt_type "
                "'kademuur'; their water-facing edges are used)."
            ),
        )
        self.add_param(
            QgsProcessingParameterField(
                self.QUAY_ID_FIELD,
                self.tr("Quay id field"),
                parentLayerParameterName=self.QUAYS,
                optional=True,
            ),
            self.tr("Optional field copied to quay_id; without it the feature id is used."),
        )
        self.add_param(
            QgsProcessingParameterField(
                self.RENOVATION_YEAR_FIELD,
                self.tr("Renovation year field"),
                parentLayerParameterName=self.QUAYS,
                optional=True,
            ),
            self.tr(
                "Optional field with the year the quay is renovated, copied to renovation_year."
            ),
        )

    def _add_water_parameters(self):
        self.add_param(
            QgsProcessingParameterFeatureSource(
                self.WATER, self.tr("Water"), [SourceType.VectorPolygon]
            ),
            self.tr("Water polygons (BGT waterdeel)."),
        )
        self.add_param(
            QgsProcessingParameterField(
                self.FLOW_FIELD,
                self.tr("Flow field (m³/s)"),
                parentLayerParameterName=self.WATER,
                type=QgsProcessingParameterField.DataType.Numeric,
                optional=True,
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
                self.WATER_TEMP_FIELD,
                self.tr("Water temperature field (°C)"),
                parentLayerParameterName=self.WATER,
                type=QgsProcessingParameterField.DataType.Numeric,
                optional=True,
            ),
            self.tr(
                "Optional numeric field with the mean temperature of a flowing water body over "
                "the harvest season (a monthly or seasonal mean, °C). Empty values use the "
                "water temperature parameter; text or a value outside -2..40 °C also does, "
                "with a counted warning."
            ),
        )

    def _add_heat_parameters(self):
        """Segments, reach, yields and the heat pump."""
        self._number(
            self.SEGMENT_LENGTH,
            self.tr("Segment length (m)"),
            aq.SEGMENT_LENGTH,
            1.0,
            100000.0,
            self.tr(
                "Quays are cut into equal pieces of about this length "
                "(default 100 m [assumption])."
            ),
        )
        self._number(
            self.MAX_REACH,
            self.tr("Maximum reach (m)"),
            aq.MAX_REACH,
            1.0,
            100000.0,
            self.tr(
                "Water farther than this from every quay segment is not assigned "
                "(default 150 m [assumption])."
            ),
        )
        self._number(
            self.YIELD_STILL,
            self.tr("Yield of still water (GJ/m²/yr)"),
            aq.YIELD_STILL,
            0.0,
            100.0,
            self.tr(
                "Heat harvested per m² of still water per year (default 0.5 "
                "[assumption]; the sun puts about 1.1 GJ/m²/yr into a lake; plausible "
                "0.3-1.5)."
            ),
        )
        self._number(
            self.DELTA_T_MAX,
            self.tr("Cooling of flowing water (K)"),
            aq.DELTA_T_MAX,
            0.0,
            50.0,
            self.tr("Maximum cooling of flowing water (default 4 K, PyPSA-Eur)."),
            True,
        )
        self._number(
            self.WATER_TEMPERATURE,
            self.tr("Water temperature (°C)"),
            aq.WATER_TEMPERATURE,
            -2.0,
            40.0,
            self.tr(
                "Mean temperature of flowing water over the harvest season, used where "
                "the water temperature field is empty (default 15 °C [assumption]: TEO "
                "is harvested in summer, when surface water is about 15-25 °C; in "
                "winter about 5 °C). The usable cooling is clip(T_water − T_min, 0, "
                "ΔT_max)."
            ),
        )
        self._number(
            self.T_MIN_OUTLET,
            self.tr("Minimum outlet temperature (°C)"),
            aq.T_MIN_OUTLET,
            -2.0,
            40.0,
            self.tr(
                "Flowing water is not cooled below this temperature (default 1 °C, " "PyPSA-Eur)."
            ),
            True,
        )
        self._number(
            self.HARVEST_HOURS,
            self.tr("Full-load hours (h/yr)"),
            aq.HARVEST_HOURS,
            0.0,
            8760.0,
            self.tr(
                "Full-load hours of harvest from flowing water (default 2,000 h/yr, "
                "PBL Vesta MAIS; combined with PyPSA-Eur's cooling limit as an "
                "assumption)."
            ),
            True,
        )
        self._number(
            self.COP,
            self.tr("COP of the heat pump"),
            aq.COP,
            1.01,
            20.0,
            self.tr(
                "Coefficient of performance of the water-source heat pump (default 4; "
                "aquathermie.nl gives 3-5)."
            ),
        )
        self._number(
            self.GJ_PER_HOME,
            self.tr("GJ per home-equivalent"),
            GJ_PER_HOME,
            0.1,
            1000.0,
            self.tr(
                "Heat demand of one home-equivalent (default 33 GJ/yr, derived from the "
                "Bronnenstrategie: 15 sources, 4 PJ, 8,000 homes per doublet)."
            ),
            True,
        )

    def _add_demand_parameters(self):
        """The optional demand and the finer settings of the allocation."""
        self.add_param(
            QgsProcessingParameterFeatureSource(
                self.DEMAND,
                self.tr("Heat demand"),
                [SourceType.VectorPoint, SourceType.VectorPolygon],
                optional=True,
            ),
            self.tr("Optional buildings or areas (points or polygons) with a heat demand."),
        )
        self.add_param(
            QgsProcessingParameterField(
                self.DEMAND_FIELD,
                self.tr("Demand field (GJ/yr)"),
                parentLayerParameterName=self.DEMAND,
                type=QgsProcessingParameterField.DataType.Numeric,
                optional=True,
            ),
            self.tr(
                "Numeric field with the heat demand in GJ/yr (takes precedence over the "
                "homes field)."
            ),
        )
        self.add_param(
            QgsProcessingParameterField(
                self.HOMES_FIELD,
                self.tr("Homes field"),
                parentLayerParameterName=self.DEMAND,
                type=QgsProcessingParameterField.DataType.Numeric,
                optional=True,
            ),
            self.tr("Numeric field with a number of homes; demand = homes × GJ per home."),
        )
        self._number(
            self.DEMAND_DISTANCE,
            self.tr("Demand distance (m)"),
            aq.DEMAND_DISTANCE,
            0.0,
            100000.0,
            self.tr(
                "Demand within this distance of a segment counts for it (default 500 m "
                "[assumption]; small aquathermal projects reach a few hundred metres)."
            ),
        )
        self._number(
            self.SPACING,
            self.tr("Point spacing of the allocation (m)"),
            aq.SPACING,
            0.1,
            1000.0,
            self.tr(
                "Segments are approximated by points at most this far apart to find the "
                "nearest segment (default 5 m). Smaller is more exact and slower."
            ),
            True,
        )
        self._number(
            self.TOUCH_TOLERANCE,
            self.tr("Touch tolerance of quay polygons (m)"),
            aq.TOUCH_TOLERANCE,
            0.0,
            100.0,
            self.tr(
                "An edge of a quay polygon within this distance of water, with the water "
                "on its outer side, is a quay line (default 1 m [assumption])."
            ),
            True,
        )
        self._number(
            self.C_WATER,
            self.tr("Heat capacity of water (MJ/m³K)"),
            C_WATER,
            1.0,
            10.0,
            self.tr("Volumetric heat capacity of water (4.18 MJ/m³K)."),
            True,
        )

    def _add_outputs(self):
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
                self.OUTPUT_CATCHMENT,
                self.tr("Water per segment"),
                SourceType.VectorPolygon,
                optional=True,
                createByDefault=True,
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

    # -- checks and reading -------------------------------------------------------------
    def checkParameterValues(self, parameters, context):  # noqa: N802
        if (
            parameters.get(self.DEMAND) not in (None, "")
            and not self.parameterAsString(parameters, self.DEMAND_FIELD, context)
            and not self.parameterAsString(parameters, self.HOMES_FIELD, context)
        ):
            return False, self.tr("A demand layer needs a demand field (GJ/yr) or a homes field.")
        return super().checkParameterValues(parameters, context)

    def _settings(self, parameters, context):
        def num(key):
            return self.parameterAsDouble(parameters, key, context)

        return _Settings(
            segment_length=num(self.SEGMENT_LENGTH),
            max_reach=num(self.MAX_REACH),
            yield_still=num(self.YIELD_STILL),
            delta_t_max=num(self.DELTA_T_MAX),
            t_water=num(self.WATER_TEMPERATURE),
            t_min=num(self.T_MIN_OUTLET),
            harvest_hours=num(self.HARVEST_HOURS),
            cop=num(self.COP),
            gj_per_home=num(self.GJ_PER_HOME),
            demand_distance=num(self.DEMAND_DISTANCE),
            spacing=num(self.SPACING),
            touch_tolerance=num(self.TOUCH_TOLERANCE),
            c_water=num(self.C_WATER),
        )

    def _read_quays(self, source, id_field, year_field, forward, context, feedback, skips):
        feedback.pushInfo(self.tr("Reading quays..."))
        quays = _Quays()
        message = self.tr("quay without a usable geometry")
        for feature in read_features(source, context, feedback, skips, "quay_geom", message):
            utils.raise_if_canceled(feedback)
            shape = geometry.to_shapely(feature.geometry(), forward, make_valid=False)
            if shape is None:
                skips.add("quay_geom", message, feature.id())
                continue
            quays.shapes.append(shape)
            quays.ids.append(utils.to_text(feature[id_field]) if id_field else str(feature.id()))
            year = utils.to_float(feature[year_field]) if year_field else None
            quays.years.append(int(round(year)) if year is not None else None)
            quays.extent.combineExtentWith(QgsRectangle(*shape.bounds))
        if not quays.shapes:
            raise QgsProcessingException(
                self.tr("The quay layer has no usable line or polygon geometry.")
            )
        return quays

    def _value_messages(self):
        """Warnings of unusable flow and temperature values, by read_number status."""
        flow = {
            utils.NUMBER_TEXT: self.tr(
                "{n} water polygon(s) with text in the flow field are " "treated as still water"
            ),
            utils.NUMBER_LOW: self.tr(
                "{n} water polygon(s) with a negative flow are treated " "as still water"
            ),
            utils.NUMBER_HIGH: self.tr(
                "{n} water polygon(s) with a flow above {max:,.0f} m³/s "
                "(implausible) are treated as still water"
            ),
        }
        temperature = {
            utils.NUMBER_TEXT: self.tr(
                "{n} water polygon(s) with text in the water temperature "
                "field use the water temperature parameter"
            ),
            utils.NUMBER_LOW: self.tr(
                "{n} water polygon(s) with a water temperature below "
                "{low:g} °C (implausible) use the water temperature "
                "parameter"
            ),
            utils.NUMBER_HIGH: self.tr(
                "{n} water polygon(s) with a water temperature above "
                "{high:g} °C (implausible) use the water temperature "
                "parameter"
            ),
        }
        return flow, temperature

    @staticmethod
    def _field_number(feature, name, low, high, messages, problems):
        """A number of a field, or None (empty, or a problem counted in ``problems``)."""
        if not name:
            return None
        value, status = utils.read_number(feature[name], low, high)
        if status in messages:
            problems.add(status, status, feature.id())
            return None
        return value

    def _report_problems(self, problems, messages, feedback):
        for status, count in problems.counts.items():
            ids = problems.examples.get(status, [])[:10]
            feedback.pushWarning(
                messages[status].format(
                    n=count,
                    max=aq.MAX_FLOW_SURFACE_M3_S,
                    low=aq.MIN_WATER_TEMPERATURE,
                    high=aq.MAX_WATER_TEMPERATURE,
                )
                + " "
                + self.tr("(feature ids: {ids}{more})").format(
                    ids=", ".join(str(i) for i in ids), more=", ..." if count > len(ids) else ""
                )
            )

    def _read_water(self, source, flow_field, temp_field, rect, metric, context, feedback, skips):
        feedback.pushInfo(self.tr("Reading water..."))
        to_metric = QgsCoordinateTransform(source.sourceCrs(), metric, context.transformContext())
        flow_messages, temp_messages = self._value_messages()
        flow_problems, temp_problems = utils.SkipCounter(None), utils.SkipCounter(None)
        message = self.tr("water polygon without a usable geometry")
        water = _Water(temperature_field=bool(temp_field))
        for feature in read_features(
            source, context, feedback, skips, "water_geom", message, rect, metric
        ):
            utils.raise_if_canceled(feedback)
            shape = geometry.to_shapely(feature.geometry(), to_metric)
            if shape is None or shape.area <= 0:
                skips.add("water_geom", message, feature.id())
                continue
            water.flows.append(
                self._field_number(
                    feature, flow_field, 0.0, aq.MAX_FLOW_SURFACE_M3_S, flow_messages, flow_problems
                )
            )
            water.temperatures.append(
                self._field_number(
                    feature,
                    temp_field,
                    aq.MIN_WATER_TEMPERATURE,
                    aq.MAX_WATER_TEMPERATURE,
                    temp_messages,
                    temp_problems,
                )
            )
            water.shapes.append(shape)
        self._report_problems(flow_problems, flow_messages, feedback)
        self._report_problems(temp_problems, temp_messages, feedback)
        if not water.shapes:
            feedback.pushWarning(
                self.tr("No water lies within reach of the quays: all potentials are zero.")
            )
        return water

    def _demand_point(self, feature, d_field, h_field, to_metric, gj_per_home, skips):
        """(x, y, GJ/yr) of a demand feature, or None (counted in ``skips``)."""
        if d_field:
            value = utils.to_float(feature[d_field])
        else:
            value = utils.to_float(feature[h_field])
            value = value * gj_per_home if value is not None else None
        if value is None or value < 0:
            skips.add(
                "demand_value",
                self.tr("demand feature without a valid (non-negative) demand"),
                feature.id(),
            )
            return None
        g = transform_or_none(feature.geometry(), to_metric)
        p = None
        if g is not None and not g.isNull() and not g.isEmpty():
            p = g.pointOnSurface() if g.type() == GeometryType.Polygon else g.centroid()
        if p is None or p.isNull() or p.isEmpty():
            skips.add("demand_geom", self.tr("demand feature without a geometry"), feature.id())
            return None
        pt = p.asPoint()
        return pt.x(), pt.y(), value

    def _read_demand(self, parameters, context, extent, metric, settings, feedback, skips):
        """The demand points near the quays, or None without a demand layer."""
        source = self.parameterAsSource(parameters, self.DEMAND, context)
        if source is None:
            return None
        d_field = self.field_or_raise(parameters, self.DEMAND_FIELD, context, source)
        h_field = self.field_or_raise(parameters, self.HOMES_FIELD, context, source)
        if not d_field and not h_field:
            raise QgsProcessingException(
                self.tr("A demand layer needs a demand field (GJ/yr) or a homes field.")
            )
        if d_field and h_field:
            feedback.pushInfo(
                self.tr("Both a demand and a homes field are given: the demand field is used.")
            )
        rect = QgsRectangle(extent)
        rect.grow(settings.demand_distance + settings.spacing)
        to_metric = QgsCoordinateTransform(source.sourceCrs(), metric, context.transformContext())
        rows = []
        for feature in read_features(
            source,
            context,
            feedback,
            skips,
            "demand_geom",
            self.tr("demand feature without a geometry"),
            rect,
            metric,
        ):
            utils.raise_if_canceled(feedback)
            row = self._demand_point(
                feature, d_field, h_field, to_metric, settings.gj_per_home, skips
            )
            if row is not None:
                rows.append(row)
        table = np.asarray(rows, dtype=float).reshape(-1, 3)
        return _Demand(points=table[:, :2].copy(), gj=table[:, 2].copy())

    # -- computing and writing ----------------------------------------------------------
    def _compute(self, quays, water, demand, settings, keep_geometry, feedback):
        feedback.pushInfo(self.tr("Assigning water to {n} quay(s)...").format(n=len(quays.shapes)))

        def progress(p):
            feedback.setProgress(10.0 + 0.8 * p)
            return feedback.isCanceled()

        try:
            res = aq.quay_potential(
                quays.shapes,
                water.shapes,
                water_flow=water.flows,
                demand_points=None if demand is None else demand.points,
                demand_gj=None if demand is None else demand.gj,
                keep_geometry=keep_geometry,
                feedback=progress,
                water_temperature=water.temperatures if water.temperature_field else None,
                **asdict(settings),
            )
        except ValueError as exc:
            raise QgsProcessingException(str(exc)) from exc
        utils.raise_if_canceled(feedback)
        if res["n_quays_without_water"]:
            feedback.pushWarning(
                self.tr(
                    "{n} quay polygon(s) touch no water: their segments have zero potential."
                ).format(n=res["n_quays_without_water"])
            )
        return res

    def _write(self, segments, catchments, res, quays, back, feedback):
        """The segments and (when wanted) the water of each; the number of segments."""
        n = len(res["segments"])
        cols = [_rounded(res[k]) for k in SEGMENT_VALUES]
        ranks = [int(r) for r in np.asarray(res["rank"]).tolist()]
        qidx = np.asarray(res["quay_index"], dtype=int).tolist()
        for start in range(0, n, writer.CHUNK):
            utils.raise_if_canceled(feedback)
            stop = min(n, start + writer.CHUNK)
            rows = [
                [i + 1, quays.ids[qidx[i]]]
                + [c[i] for c in cols]
                + [quays.years[qidx[i]], ranks[i]]
                for i in range(start, stop)
            ]
            segments.write_rows(
                rows,
                geometry.from_shapely_all(res["segments"][start:stop], multi=True, transform=back),
            )
            if catchments is None:
                continue
            keep = [
                i
                for i in range(start, stop)
                if res["catchment"][i] is not None and not res["catchment"][i].is_empty
            ]
            features = []
            for i, geom in zip(
                keep,
                geometry.from_shapely_all(
                    [res["catchment"][i] for i in keep], multi=True, transform=back
                ),
            ):
                feature = QgsFeature(catchments.fields)
                feature.setGeometry(geom)
                feature.setAttributes(
                    [i + 1, quays.ids[qidx[i]], cols[1][i], cols[2][i], cols[3][i]]
                )
                features.append(feature)
            catchments.sink.addFeatures(features, QgsFeatureSink.Flag.FastInsert)
        return n

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        quays_src = self.source_or_raise(parameters, self.QUAYS, context)
        water_src = self.source_or_raise(parameters, self.WATER, context)
        id_field = self.field_or_raise(parameters, self.QUAY_ID_FIELD, context, quays_src)
        year_field = self.field_or_raise(parameters, self.RENOVATION_YEAR_FIELD, context, quays_src)
        flow_field = self.field_or_raise(parameters, self.FLOW_FIELD, context, water_src)
        temp_field = self.field_or_raise(parameters, self.WATER_TEMP_FIELD, context, water_src)
        settings = self._settings(parameters, context)
        metric, forward, back = utils.metric_transforms(quays_src, context)
        if metric.authid() != quays_src.sourceCrs().authid():
            feedback.pushInfo(
                self.tr("Distances are computed in {crs}.").format(crs=metric.authid())
            )
        skips = utils.SkipCounter(feedback)
        quays = self._read_quays(quays_src, id_field, year_field, forward, context, feedback, skips)
        rect = QgsRectangle(quays.extent)
        rect.grow(settings.max_reach + settings.spacing + settings.touch_tolerance)
        water = self._read_water(
            water_src, flow_field, temp_field, rect, metric, context, feedback, skips
        )
        demand = self._read_demand(
            parameters, context, quays.extent, metric, settings, feedback, skips
        )
        crs = quays_src.sourceCrs()
        catchments = writer.Writer.open(
            self,
            parameters,
            self.OUTPUT_CATCHMENT,
            context,
            CATCHMENT_FIELDS,
            WkbType.MultiPolygon,
            crs,
            required=False,
        )
        res = self._compute(quays, water, demand, settings, catchments is not None, feedback)
        segments = writer.Writer.open(
            self, parameters, self.OUTPUT, context, SEGMENT_FIELDS, WkbType.MultiLineString, crs
        )
        n = self._write(segments, catchments, res, quays, back, feedback)
        skips.report()
        feedback.setProgress(100)
        feedback.pushInfo(
            self.tr(
                "{n} segments: {src:,.0f} GJ/yr from the water, {dl:,.0f} GJ/yr delivered, "
                "{homes:,.0f} home-equivalents."
            ).format(
                n=n,
                src=res["total_source_gj"],
                dl=res["total_delivered_gj"],
                homes=res["total_homes"],
            )
        )
        results = {
            self.OUTPUT: segments.dest,
            "TOTAL_SOURCE_GJ": res["total_source_gj"],
            "TOTAL_DELIVERED_GJ": res["total_delivered_gj"],
            "TOTAL_HOMES": res["total_homes"],
            "TOTAL_DEMAND_GJ": None if demand is None else res["total_demand_gj"],
            "TOTAL_MATCHED_GJ": None if demand is None else res["total_matched_gj"],
            "N_SEGMENTS": n,
        }
        if catchments is not None:
            results[self.OUTPUT_CATCHMENT] = catchments.dest
        return results
