"""bronnenstrategie:wastewaterheat - heat from waste water (TEA)."""

from dataclasses import dataclass
from typing import Optional

import numpy as np
from qgis.core import (
    QgsCsException,
    QgsFeature,
    QgsFeatureSink,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
)

from ...compat import SourceType, WkbType
from ...core import aquathermal as aq
from ...core import buffers
from ...core.constants import C_WATER, GJ_PER_HOME
from ...glue import geometry, records, writer
from ...glue.features import read_features, transform_or_none
from .. import utils
from ..base import BronnenstrategieAlgorithm


@dataclass(frozen=True)
class _Settings:
    flow_field: str
    dt_field: str
    flow: float
    delta_t: float
    cop: float
    gj_per_home: float
    c_water: float
    supply_radius: Optional[float]


@dataclass
class _Sources:
    """The sources that are computed: geometry, attributes, flow (m³/day), cooling (K)."""

    geometries: list
    attributes: list
    flows: np.ndarray
    delta_ts: np.ndarray


class WasteWaterHeat(BronnenstrategieAlgorithm):
    NAME = "wastewaterheat"
    GROUP_ID = "aquathermie"
    STYLES = {
        "OUTPUT": "wastewaterheat_points.qml",
        "OUTPUT_SUPPLY": "wastewaterheat_supply.qml",
    }

    INPUT = "INPUT"
    FLOW_FIELD = "FLOW_FIELD"
    FLOW = "FLOW"
    DELTA_T = "DELTA_T"
    DELTA_T_FIELD = "DELTA_T_FIELD"
    COP = "COP"
    GJ_PER_HOME = "GJ_PER_HOME"
    C_WATER = "C_WATER"
    SUPPLY_RADIUS = "SUPPLY_RADIUS"
    OUTPUT = "OUTPUT"
    OUTPUT_SUPPLY = "OUTPUT_SUPPLY"

    #: Segments per quarter circle of the supply circles (QgsGeometry.buffer).
    SUPPLY_SEGMENTS = 16

    NEW_FIELDS = (
        "flow_m3_day",
        "delta_t",
        "source_gj",
        "delivered_gj",
        "electricity_gj",
        "homes",
        "mw_avg",
    )

    def displayName(self):  # noqa: N802
        return self.tr("Heat from waste water (TEA)")

    def shortDescription(self):  # noqa: N802
        return self.tr(
            "Heat a heat pump can take from the flow of treatment plants, pumping "
            "stations or pressure mains."
        )

    def help_text(self):
        return self.tr(
            "<p>Heat from waste water (TEA, thermal energy from waste water) at treatment plants "
            "(AWZI/RWZI), sewage pumping stations or pressure mains.</p>"
            "<p><b>Formulas</b>: source = flow (m³/day) × 365 × 4.18 MJ/m³K × ΔT / 1000 "
            "(GJ/yr); delivered = source × COP/(COP−1); electricity = delivered/COP; homes = "
            "delivered / 33 GJ per home-equivalent; mw_avg = source spread over the year "
            "(8,760 h). Defaults: ΔT 4 K (the Bronnenstrategie's 'cooling by 4 degrees'), COP 4 "
            "(aquathermie.nl gives 3-5).</p>"
            "<p><b>Check, AWZI Houtrust</b> (Delfland: about 79,000 m³/day, 430,000 population "
            "equivalents): 79,000 × 365 × 4.18 × 4 = 482,121 GJ (0.48 PJ) from the water, "
            "642,828 GJ delivered with COP 4, 19,480 homes at 33 GJ, on average 15.3 MW "
            "(COP 3: 723,182 GJ delivered). The Bronnenstrategie says 'about 1 PJ, 20,000 "
            "homes' (50 GJ per home): right in order of magnitude, but the computed "
            "0.64-0.72 PJ delivered is 28-36 % below its 1 PJ, i.e. the Bronnenstrategie's figure "
            "is 39-56 % above the computation (1 PJ at COP 4 would need about "
            "123,000 m³/day), unless wet-weather flow is counted.</p>"
            "<p>The supply radius (optional) draws a circle of where the heat can reasonably "
            "go [assumption: small projects a few hundred metres, large ones up to about "
            "5 km].</p>"
            "<p><b>Bad values</b>: an empty flow field uses the fallback flow and an empty "
            "cooling field the cooling parameter. A point is skipped, with a counted warning, "
            "when its flow or cooling is text, zero or negative, or implausibly large (a flow "
            "above 10,000,000 m³/day, a cooling above 30 K [assumption]), and when it has no "
            "geometry. Skipped points are left out of the output and the totals.</p>"
        )

    def initAlgorithm(self, config=None):  # noqa: N802
        self._add_input_parameters()
        self._add_heat_pump_parameters()
        self._add_outputs()

    def _add_input_parameters(self):
        """The sources, their flow and cooling fields and fallbacks."""
        self.add_param(
            QgsProcessingParameterFeatureSource(
                self.INPUT, self.tr("Waste-water sources"), [SourceType.VectorPoint]
            ),
            self.tr("Points of treatment plants, pumping stations or pressure mains."),
        )
        self.add_param(
            QgsProcessingParameterField(
                self.FLOW_FIELD,
                self.tr("Flow field (m³/day)"),
                parentLayerParameterName=self.INPUT,
                type=QgsProcessingParameterField.DataType.Numeric,
                optional=True,
            ),
            self.tr("Numeric field with the average flow in m³/day."),
        )
        self.add_param(
            QgsProcessingParameterNumber(
                self.FLOW,
                self.tr("Flow when the field is empty (m³/day)"),
                QgsProcessingParameterNumber.Type.Double,
                0.0,
                False,
                0.0,
                aq.MAX_FLOW_WASTEWATER_M3_DAY,
            ),
            self.tr(
                "Flow used where the flow field is missing or empty; 0 skips those points "
                "(text in the field is never replaced: that point is skipped)."
            ),
        )
        self.add_param(
            QgsProcessingParameterNumber(
                self.DELTA_T,
                self.tr("Cooling of the waste water (K)"),
                QgsProcessingParameterNumber.Type.Double,
                aq.DELTA_T_WASTEWATER,
                False,
                0.1,
                aq.MAX_DELTA_T_WASTEWATER,
            ),
            self.tr("How much the waste water is cooled (default 4 K, the Bronnenstrategie)."),
        )
        self.add_param(
            QgsProcessingParameterField(
                self.DELTA_T_FIELD,
                self.tr("Cooling field (K)"),
                parentLayerParameterName=self.INPUT,
                type=QgsProcessingParameterField.DataType.Numeric,
                optional=True,
            ),
            self.tr(
                "Optional numeric field that overrides the cooling per point; where it is "
                "empty the cooling parameter is used, where it is text, zero, negative or "
                "above 30 K the point is skipped with a warning."
            ),
            True,
        )

    def _add_heat_pump_parameters(self):
        """Heat pump, home-equivalent, water and supply radius."""
        self.add_param(
            QgsProcessingParameterNumber(
                self.COP,
                self.tr("COP of the heat pump"),
                QgsProcessingParameterNumber.Type.Double,
                aq.COP,
                False,
                1.01,
                20.0,
            ),
            self.tr(
                "Coefficient of performance of the heat pump (default 4; aquathermie.nl "
                "gives 3-5)."
            ),
        )
        self.add_param(
            QgsProcessingParameterNumber(
                self.GJ_PER_HOME,
                self.tr("GJ per home-equivalent"),
                QgsProcessingParameterNumber.Type.Double,
                GJ_PER_HOME,
                False,
                0.1,
                1000.0,
            ),
            self.tr(
                "Heat demand of one home-equivalent (default 33 GJ/yr, derived from the "
                "Bronnenstrategie)."
            ),
            True,
        )
        self.add_param(
            QgsProcessingParameterNumber(
                self.C_WATER,
                self.tr("Heat capacity of water (MJ/m³K)"),
                QgsProcessingParameterNumber.Type.Double,
                C_WATER,
                False,
                1.0,
                10.0,
            ),
            self.tr("Volumetric heat capacity of water (4.18 MJ/m³K)."),
            True,
        )
        self.add_param(
            QgsProcessingParameterNumber(
                self.SUPPLY_RADIUS,
                self.tr("Supply radius (m)"),
                QgsProcessingParameterNumber.Type.Double,
                0.0,
                True,
                0.0,
                100000.0,
            ),
            self.tr(
                "Optional radius of the supply area drawn around each source (0 or empty: "
                "none) [assumption]."
            ),
        )

    def _add_outputs(self):
        """The points, the optional supply circles and the totals."""
        self.add_param(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT, self.tr("Waste-water heat"), SourceType.VectorPoint
            ),
            self.tr(
                "The points with flow_m3_day, delta_t, source_gj, delivered_gj, "
                "electricity_gj, homes and mw_avg."
            ),
        )
        self.add_param(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT_SUPPLY,
                self.tr("Supply areas"),
                SourceType.VectorPolygon,
                optional=True,
                createByDefault=False,
            ),
            self.tr("Optional: circles of the supply radius, same attributes."),
        )
        for key, text in (
            ("TOTAL_SOURCE_GJ", self.tr("Total heat from the waste water (GJ/yr)")),
            ("TOTAL_DELIVERED_GJ", self.tr("Total delivered heat (GJ/yr)")),
            ("TOTAL_HOMES", self.tr("Total home-equivalents")),
            ("N_SKIPPED", self.tr("Number of points skipped")),
        ):
            self.addOutput(QgsProcessingOutputNumber(key, text))

    @staticmethod
    def _add_all(output, features, feedback, check=True):
        """Write features in blocks, checking the cancel between blocks; without
        ``check`` a refused block is not an error (the supply circles, as before)."""
        for start in range(0, len(features), writer.CHUNK):
            utils.raise_if_canceled(feedback)
            block = features[start : start + writer.CHUNK]
            if check:
                output.add_features(block)
            else:
                output.sink.addFeatures(block, QgsFeatureSink.Flag.FastInsert)

    def _supply_circles(self, geometries, radius, forward, back):
        """The supply circle of every feature, in the source CRS (None where the
        transform fails): QgsGeometry.buffer(radius, 16) of the point in the metric CRS.

        Single points go as one array: through the CRS transforms in one call each and
        with the vertices of GEOS's point buffer computed by core.buffers (checked
        against QgsGeometry.buffer on the first point); anything else, or where that
        check or a bulk transform fails, one by one as before."""
        segments = self.SUPPLY_SEGMENTS

        def one(geom):
            g = transform_or_none(geom, forward)
            if g is None:
                return None
            circle = g.buffer(radius, segments)
            circle.transform(back)
            return circle

        circles = [None] * len(geometries)
        where, xy = [], []
        for k, geom in enumerate(geometries):
            point = geometry.single_point(geom)
            if point is None:
                circles[k] = one(geom)
            else:
                where.append(k)
                xy.append((point.x(), point.y()))
        if not where:
            return circles
        try:
            metric = geometry.transform_rings(np.array(xy, dtype=float), forward)
        except QgsCsException:
            for k in where:
                circles[k] = one(geometries[k])
            return circles
        rings = buffers.point_buffer_rings(metric[:, 0], metric[:, 1], radius, segments)
        first = QgsGeometry.fromPointXY(QgsPointXY(metric[0, 0], metric[0, 1]))
        first = first.buffer(radius, segments)
        wkb = bytes(first.asWkb())
        if (
            first.wkbType() != WkbType.Polygon
            or len(wkb) != 13 + rings[0].nbytes
            or not buffers.same_ring(np.frombuffer(wkb, "<f8", offset=13).reshape(-1, 2), rings[0])
        ):
            for k in where:
                circles[k] = one(geometries[k])
            return circles
        try:
            geoms = geometry.polygon_geometries(geometry.transform_rings(rings, back))
        except QgsCsException:  # one at a time: raises where it did before
            geoms = geometry.polygon_geometries(rings)
            for geom in geoms:
                geom.transform(back)
        for k, geom in zip(where, geoms):
            circles[k] = geom
        return circles

    def checkParameterValues(self, parameters, context):  # noqa: N802
        flow_field = self.parameterAsString(parameters, self.FLOW_FIELD, context)
        if not flow_field and self.parameterAsDouble(parameters, self.FLOW, context) <= 0:
            return False, self.tr("Give a flow field (m³/day) or a flow larger than 0.")
        return super().checkParameterValues(parameters, context)

    def _reasons(self):
        """Why a source is skipped, by (value, read_number status)."""
        return {
            ("flow", utils.NUMBER_MISSING): self.tr(
                "no positive flow (field empty and no fallback flow)"
            ),
            ("flow", utils.NUMBER_TEXT): self.tr("text in the flow field"),
            ("flow", utils.NUMBER_LOW): self.tr("a flow of zero or less"),
            ("flow", utils.NUMBER_HIGH): self.tr(
                "a flow above {max:,.0f} m³/day (implausible)"
            ).format(max=aq.MAX_FLOW_WASTEWATER_M3_DAY),
            ("dt", utils.NUMBER_TEXT): self.tr("text in the cooling field"),
            ("dt", utils.NUMBER_LOW): self.tr("a cooling of zero or less"),
            ("dt", utils.NUMBER_HIGH): self.tr("a cooling above {max:,.0f} K (implausible)").format(
                max=aq.MAX_DELTA_T_WASTEWATER
            ),
        }

    @staticmethod
    def _column(attributes, index, default, maximum, fallback_if_missing):
        """(values, status codes) of one field of every source: as utils.read_number
        with the bounds (0, maximum], the default where the field is not set (and, with
        ``fallback_if_missing``, where a value is empty)."""
        n = len(attributes)
        if index < 0:
            return np.full(n, default, dtype=float), np.full(n, records.OK, dtype=np.int8)
        values, status = records.numbers([a[index] for a in attributes], 0.0, maximum, False)
        if fallback_if_missing:
            missing = status == records.MISSING
            values[missing] = default
            status[missing] = records.OK
        return values, status

    def _read_sources(self, source, settings, features, skips):
        """The sources with a usable flow and cooling, as one :class:`_Sources`; the
        others counted in ``skips`` (the flow checked first)."""
        fields = source.fields()
        attributes = [feature.attributes() for feature in features]
        flows, flow_status = self._column(
            attributes,
            fields.lookupField(settings.flow_field) if settings.flow_field else -1,
            settings.flow,
            aq.MAX_FLOW_WASTEWATER_M3_DAY,
            settings.flow > 0,
        )
        dts, dt_status = self._column(
            attributes,
            fields.lookupField(settings.dt_field) if settings.dt_field else -1,
            settings.delta_t,
            aq.MAX_DELTA_T_WASTEWATER,
            True,
        )
        reasons = records.SkipReasons(len(features))
        for (value, name), message in self._reasons().items():
            status = flow_status if value == "flow" else dt_status
            reasons.fail(status == records.STATUS_CODE[name], (value, name), message)
        reasons.report(skips, np.array([f.id() for f in features], dtype=np.int64))
        keep = np.nonzero(reasons.ok)[0].tolist()
        return _Sources(
            geometries=[features[k].geometry() for k in keep],
            attributes=[attributes[k] for k in keep],
            flows=flows[keep],
            delta_ts=dts[keep],
        )

    def _settings(self, parameters, context, source):
        radius = None
        if parameters.get(self.SUPPLY_RADIUS) not in (None, ""):
            radius = self.parameterAsDouble(parameters, self.SUPPLY_RADIUS, context) or None
        return _Settings(
            flow_field=self.field_or_raise(parameters, self.FLOW_FIELD, context, source),
            dt_field=self.field_or_raise(parameters, self.DELTA_T_FIELD, context, source),
            flow=self.parameterAsDouble(parameters, self.FLOW, context),
            delta_t=self.parameterAsDouble(parameters, self.DELTA_T, context),
            cop=self.parameterAsDouble(parameters, self.COP, context),
            gj_per_home=self.parameterAsDouble(parameters, self.GJ_PER_HOME, context),
            c_water=self.parameterAsDouble(parameters, self.C_WATER, context),
            supply_radius=radius,
        )

    def _write_sources(
        self, points, supply_output, sources, heat, feedback, source, context, radius
    ):
        """The points (and supply circles) with their heat; the number written."""
        columns = [heat[k].tolist() for k in self.NEW_FIELDS[2:]]
        outs = []
        for geom, values, flow, dt, *rest in zip(
            sources.geometries,
            sources.attributes,
            sources.flows.tolist(),
            sources.delta_ts.tolist(),
            *columns,
        ):
            out = QgsFeature(points.fields)
            out.setGeometry(geom)
            out.setAttributes(values + [flow, dt] + [round(v, 3) for v in rest])
            outs.append(out)
        feedback.setProgress(60)
        self._add_all(points, outs, feedback)
        if supply_output is not None:
            _metric, forward, back = utils.metric_transforms(source, context)
            circles = self._supply_circles(sources.geometries, radius, forward, back)
            supply = []
            for out, circle in zip(outs, circles):  # written above: reused, as before
                if circle is not None:
                    out.setGeometry(circle)
                    supply.append(out)
            self._add_all(supply_output, supply, feedback, check=False)
        return len(outs)

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        source = self.source_or_raise(parameters, self.INPUT, context)
        settings = self._settings(parameters, context, source)
        fields = writer.make_fields(
            [writer.double(name) for name in self.NEW_FIELDS], base=source.fields()
        )
        points = writer.Writer.open(
            self, parameters, self.OUTPUT, context, fields, source.wkbType(), source.sourceCrs()
        )
        supply = None
        if settings.supply_radius:
            supply = writer.Writer.open(
                self,
                parameters,
                self.OUTPUT_SUPPLY,
                context,
                fields,
                WkbType.Polygon,
                source.sourceCrs(),
                required=False,
            )

        skips = utils.SkipCounter(feedback)
        count = source.featureCount() or 0
        if count == 0:
            feedback.pushWarning(self.tr("The input layer is empty: nothing to compute."))
        features = read_features(
            source, context, feedback, skips, "geometry", self.tr("source without a geometry")
        )
        feedback.setProgress(40)
        sources = self._read_sources(source, settings, features, skips)
        heat = aq.wastewater_heat(
            sources.flows, sources.delta_ts, settings.cop, settings.gj_per_home, settings.c_water
        )
        totals = aq.wastewater_totals(heat)
        n_written = self._write_sources(
            points, supply, sources, heat, feedback, source, context, settings.supply_radius
        )
        n_skipped = skips.report()
        if count and not n_written:
            feedback.pushWarning(self.tr("No source could be computed."))
        feedback.setProgress(100)
        feedback.pushInfo(
            self.tr(
                "{src:,.0f} GJ/yr from the waste water, {dl:,.0f} GJ/yr delivered, "
                "{homes:,.0f} home-equivalents."
            ).format(src=totals["source_gj"], dl=totals["delivered_gj"], homes=totals["homes"])
        )
        results = {
            self.OUTPUT: points.dest,
            "TOTAL_SOURCE_GJ": totals["source_gj"],
            "TOTAL_DELIVERED_GJ": totals["delivered_gj"],
            "TOTAL_HOMES": totals["homes"],
            "N_SKIPPED": n_skipped,
        }
        if supply is not None:
            results[self.OUTPUT_SUPPLY] = supply.dest
        return results
