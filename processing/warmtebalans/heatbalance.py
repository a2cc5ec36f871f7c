"""bronnenstrategie:heatbalance - heat demand against supply per temperature class."""

import importlib.util
from collections import Counter
from dataclasses import dataclass

import numpy as np
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeature,
    QgsGeometry,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsRectangle,
    QgsSpatialIndex,
    QgsWkbTypes,
)

from ...compat import GeometryType, SourceType, WkbType
from ...core import files
from ...core import heatbalance as hb
from ...glue.writer import Field, Writer, make_fields
from ..base import BronnenstrategieAlgorithm
from ..paramtable import add_params, param
from ..utils import (
    NUMBER_HIGH,
    NUMBER_MISSING,
    NUMBER_OK,
    NUMBER_TEXT,
    SkipCounter,
    metric_transforms,
    raise_if_canceled,
    read_number,
    to_text,
)

#: Default candidate names of the heat field of source layers, first found is used. The
#: outputs of geothermalbuffers (heat_tj), quaypotential and wastewaterheat (delivered_gj).
DEFAULT_HEAT_FIELDS = "heat_gj, delivered_gj, heat_tj, heat_pj, heat"
DEFAULT_CLASS_FIELD = "temp_class"
DEFAULT_TYPE_FIELD = "source_type"
#: SOURCE_UNIT option: take the unit from the heat field's name (_gj, _tj, _pj).
UNIT_FROM_NAME = 3
#: Up to this many located queries (sources, demand points) the areas are searched by a
#: vectorised numpy test of all their bounding boxes instead of building a spatial index
#: (the build costs about as much as this many numpy tests).
BRUTE_QUERIES = 4000


def _find_field(fields, name):
    """The exact name of field ``name`` (case-insensitive) in ``fields``, or ''."""
    if not name:
        return ""
    wanted = name.strip().lower()
    for field in fields:
        if field.name().lower() == wanted:
            return field.name()
    return ""


class HeatBalance(BronnenstrategieAlgorithm):
    NAME = "heatbalance"
    GROUP_ID = "warmtebalans"
    STYLES = {"OUTPUT_AREAS": "heatbalance_areas.qml"}

    DEMAND = "DEMAND"
    HT_FIELD = "HT_FIELD"
    MT_FIELD = "MT_FIELD"
    LT_FIELD = "LT_FIELD"
    DEMAND_FIELD = "DEMAND_FIELD"
    DEMAND_CLASS_FIELD = "DEMAND_CLASS_FIELD"
    DEMAND_UNIT = "DEMAND_UNIT"
    SOURCES = "SOURCES"
    SOURCE_HEAT_FIELD = "SOURCE_HEAT_FIELD"
    SOURCE_UNIT = "SOURCE_UNIT"
    SOURCE_CLASS_FIELD = "SOURCE_CLASS_FIELD"
    DEFAULT_CLASS = "DEFAULT_CLASS"
    SOURCE_TYPE_FIELD = "SOURCE_TYPE_FIELD"
    CASCADE = "CASCADE"
    AREAS = "AREAS"
    SOURCE_RADIUS = "SOURCE_RADIUS"
    OUTPUT_UNIT = "OUTPUT_UNIT"
    OUTPUT_TABLE = "OUTPUT_TABLE"
    OUTPUT_AREAS = "OUTPUT_AREAS"
    OUTPUT_CHART = "OUTPUT_CHART"

    def displayName(self):  # noqa: N802
        return self.tr("Heat balance by temperature class")

    def shortDescription(self):  # noqa: N802
        return self.tr(
            "Demand against supply per temperature class (HT, MT, LT), with the cascade "
            "HT -> MT -> LT, for the city and per area."
        )

    def help_text(self):
        return self.tr(
            "<p>Compares the heat demand per temperature class with the supply of the heat "
            "sources: high temperature HT (&gt; 70 °C), medium temperature MT (50-70 °C) "
            "and low temperature LT (&lt; 50 °C), as section 3.1 of the Den Haag heat "
            "source strategy does. Writes a table for the whole input, optionally the "
            "balance per area, and a chart.</p>"
            "<p><b>Balance</b> per class: supply - demand. Negative is a deficit, positive "
            "an unused surplus. With the <b>cascade</b> a surplus at a higher temperature "
            "serves the demand at a lower one (HT → MT → LT), never the other way round: "
            "passed_on = max(supply + received - demand, 0) flows to the next class; "
            "balance = supply + received - passed_on - demand; supply_used = min(supply + "
            "received, demand).</p>"
            "<p><b>Check</b> (the Bronnenstrategie's figures, PJ): demand HT 4.3, MT 3.1, LT "
            "4.6; supply HT 2.0 (WarmtelinQ), MT 4.0 (geothermal), LT 1.0. Without cascade: "
            "HT -2.3, MT +0.9, LT -3.6. With cascade the MT surplus cannot serve HT, so HT "
            "stays -2.3 and LT becomes 1.0 + 0.9 - 4.6 = -2.7.</p>"
            "<p><b>Sources</b>: any number of layers or tables with a heat field (the first "
            "of the candidate names found in each layer; the unit from the field name, "
            "e.g. heat_tj of the geothermal sites or delivered_gj of the quay and "
            "waste-water potential) and a temperature class field (HT / MT / LT, any case; "
            "a layer without it gets the default class). The source type (for the chart) "
            "is the type field or else the layer name. A table or a feature without "
            "geometry is a fixed supply without a location.</p>"
            "<p><b>Areas</b>: a source belongs to the area its location lies in (a point on "
            "the surface of lines and polygons), or with a source radius to every area "
            "within that distance; a source reaching several areas is shared among them in "
            "proportion to their demand at the source's class, equally when none has "
            "demand there [assumption]. Sources without a location are shared over all "
            "areas the same way [assumption]. Demand features belong to the area their "
            "point on surface lies in. Without an area layer, a polygon demand layer is its "
            "own set of areas. Sources and demand outside every area are counted in the "
            "table but not in any area (a counted warning). Distances in metres (RD New for "
            "Dutch data).</p>"
        ) + self.tr(
            "<p><b>Checks</b>: a demand or source heat above 1,000 PJ a year for one feature "
            "is skipped with a counted warning [assumption: more than the heat use of the "
            "whole Netherlands, a typing or unit error]; so are negative values and text in "
            "a number field. An empty demand layer gives a warning.</p>"
        )

    def initAlgorithm(self, config=None):  # noqa: N802
        add_params(
            self, self._demand_params() + self._source_params() + self._area_and_output_params()
        )
        for key, text in (
            ("HT_BALANCE", self.tr("HT balance")),
            ("MT_BALANCE", self.tr("MT balance")),
            ("LT_BALANCE", self.tr("LT balance")),
            ("TOTAL_DEMAND", self.tr("Total demand")),
            ("TOTAL_SUPPLY", self.tr("Total supply")),
            ("TOTAL_DEFICIT", self.tr("Total deficit (sum of the class deficits)")),
            ("N_SOURCES", self.tr("Number of sources used")),
            ("N_AREAS", self.tr("Number of areas")),
        ):
            self.addOutput(QgsProcessingOutputNumber(key, text))
        self.addOutput(QgsProcessingOutputString("UNIT", self.tr("Unit of the figures")))

    def _unit_options(self):
        return [self.tr("GJ"), self.tr("TJ"), self.tr("PJ")]

    def _demand_params(self):
        """The demand layer and its fields."""
        unit_options = self._unit_options()
        class_fields = [
            param(
                QgsProcessingParameterField,
                key,
                label,
                parentLayerParameterName=self.DEMAND,
                type=QgsProcessingParameterField.DataType.Numeric,
                optional=True,
                help=self.tr(
                    "Numeric field with the {cls} demand per year, in the demand unit. "
                    "Give one to three of these fields, or the demand field plus the class "
                    "field. A class without a field has no demand; an empty value counts "
                    "as 0 (a counted warning)."
                ).format(cls=cls),
            )
            for key, label, cls in (
                (self.HT_FIELD, self.tr("HT demand field (> 70 °C)"), "HT"),
                (self.MT_FIELD, self.tr("MT demand field (50-70 °C)"), "MT"),
                (self.LT_FIELD, self.tr("LT demand field (< 50 °C)"), "LT"),
            )
        ]
        return (
            [
                param(
                    QgsProcessingParameterFeatureSource,
                    self.DEMAND,
                    self.tr("Heat demand"),
                    [SourceType.Vector],
                    help=self.tr(
                        "Areas (e.g. CBS buurten), buildings (points) or a table with the heat "
                        "demand per temperature class: three fields (HT, MT, LT) or one demand "
                        "field plus a class field."
                    ),
                ),
            ]
            + class_fields
            + [
                param(
                    QgsProcessingParameterField,
                    self.DEMAND_FIELD,
                    self.tr("Demand field (one class per feature)"),
                    parentLayerParameterName=self.DEMAND,
                    type=QgsProcessingParameterField.DataType.Numeric,
                    optional=True,
                    help=self.tr(
                        "Instead of the three class fields: one numeric field with the demand per "
                        "year of each feature, whose class is in the demand class field."
                    ),
                ),
                param(
                    QgsProcessingParameterField,
                    self.DEMAND_CLASS_FIELD,
                    self.tr("Demand class field (HT / MT / LT)"),
                    parentLayerParameterName=self.DEMAND,
                    optional=True,
                    help=self.tr(
                        "With the demand field: the temperature class of each feature, HT, MT or "
                        "LT in any case (also high/medium/low, hoog/midden/laag). Other values are "
                        "skipped with a counted warning."
                    ),
                ),
                param(
                    QgsProcessingParameterEnum,
                    self.DEMAND_UNIT,
                    self.tr("Demand unit"),
                    options=unit_options,
                    defaultValue=0,
                    help=self.tr("Unit of the demand fields: 0 = GJ, 1 = TJ, 2 = PJ (per year)."),
                ),
            ]
        )

    def _source_params(self):
        """The source layers and their fields."""
        unit_options = self._unit_options()
        return [
            param(
                QgsProcessingParameterMultipleLayers,
                self.SOURCES,
                self.tr("Heat sources"),
                SourceType.Vector,
                optional=True,
                help=self.tr(
                    "One or more layers or tables of heat sources with a yearly heat field, "
                    "e.g. the geothermal sites (heat_tj), the quay-wall and waste-water potential "
                    "(delivered_gj), a WarmtelinQ point with 2 PJ HT, or a table of fixed supply "
                    "without location. Without sources every class is a deficit."
                ),
            ),
            param(
                QgsProcessingParameterString,
                self.SOURCE_HEAT_FIELD,
                self.tr("Source heat field(s)"),
                defaultValue=DEFAULT_HEAT_FIELDS,
                help=self.tr(
                    "Name of the heat field of the source layers, or a comma-separated list of "
                    "candidate names: in each layer the first one found (any case) is used. "
                    "Default: heat_gj, delivered_gj, heat_tj, heat_pj, heat."
                ),
            ),
            param(
                QgsProcessingParameterEnum,
                self.SOURCE_UNIT,
                self.tr("Source unit"),
                options=unit_options + [self.tr("From the field name (_gj, _tj, _pj)")],
                defaultValue=UNIT_FROM_NAME,
                help=self.tr(
                    "Unit of the source heat: 0 = GJ, 1 = TJ, 2 = PJ, 3 = from the end of each "
                    "layer's heat field name (heat_tj is TJ, delivered_gj is GJ); with 3 a field "
                    "name without such an ending is an error."
                ),
            ),
            param(
                QgsProcessingParameterString,
                self.SOURCE_CLASS_FIELD,
                self.tr("Source class field"),
                defaultValue=DEFAULT_CLASS_FIELD,
                optional=True,
                help=self.tr(
                    "Name of the temperature class field of the source layers (values HT / MT / "
                    "LT in any case). A layer without this field gets the default class; an "
                    "empty value too (a counted warning); another value is skipped."
                ),
            ),
            param(
                QgsProcessingParameterEnum,
                self.DEFAULT_CLASS,
                self.tr("Default class of sources"),
                options=[
                    self.tr("HT (> 70 °C)"),
                    self.tr("MT (50-70 °C)"),
                    self.tr("LT (< 50 °C)"),
                ],
                defaultValue=2,
                help=self.tr(
                    "Class of sources in layers without the class field. Default LT: most "
                    "local sources (aquathermal, soil energy, heat pumps) deliver low "
                    "temperature [assumption]; set MT for geothermal and HT for residual heat."
                ),
            ),
            param(
                QgsProcessingParameterString,
                self.SOURCE_TYPE_FIELD,
                self.tr("Source type field"),
                defaultValue=DEFAULT_TYPE_FIELD,
                optional=True,
                help=self.tr(
                    "Name of a field with the source type, used to stack the chart (e.g. "
                    "geothermie, aquathermie, restwarmte). Without it, the layer name is the type."
                ),
                advanced=True,
            ),
        ]

    def _area_and_output_params(self):
        """The cascade, the areas and the outputs."""
        return [
            param(
                QgsProcessingParameterBoolean,
                self.CASCADE,
                self.tr("Cascade HT → MT → LT"),
                defaultValue=True,
                help=self.tr(
                    "A surplus at a higher temperature may serve the demand at a lower one "
                    "(HT → MT → LT), never the other way round."
                ),
            ),
            param(
                QgsProcessingParameterFeatureSource,
                self.AREAS,
                self.tr("Areas"),
                [SourceType.VectorPolygon],
                optional=True,
                help=self.tr(
                    "Optional polygons (e.g. wijken) to compute the balance per area. Without "
                    "it, a polygon demand layer gives the balance per demand polygon."
                ),
            ),
            param(
                QgsProcessingParameterNumber,
                self.SOURCE_RADIUS,
                self.tr("Source radius (m)"),
                type=QgsProcessingParameterNumber.Type.Double,
                defaultValue=0.0,
                minValue=0.0,
                maxValue=100000.0,
                help=self.tr(
                    "0 = a source serves only the area it lies in. Greater than 0: it serves "
                    "every area within this distance (m), shared in proportion to their demand "
                    "at its class [assumption]."
                ),
            ),
            param(
                QgsProcessingParameterEnum,
                self.OUTPUT_UNIT,
                self.tr("Output unit"),
                options=[
                    self.tr("Same as the demand unit"),
                    self.tr("GJ"),
                    self.tr("TJ"),
                    self.tr("PJ"),
                ],
                defaultValue=0,
                help=self.tr("Unit of the outputs; by default the demand unit."),
                advanced=True,
            ),
            param(
                QgsProcessingParameterFeatureSink,
                self.OUTPUT_TABLE,
                self.tr("Heat balance table"),
                SourceType.Vector,
                help=self.tr(
                    "A table without geometry, one row per class (HT, MT, LT) and one for the "
                    "total: demand, supply, received (from the class above), passed_on (to the "
                    "class below), supply_used, balance (negative = deficit), deficit (the "
                    "negative part; in the total row the sum of the deficits) and unit."
                ),
            ),
            param(
                QgsProcessingParameterFeatureSink,
                self.OUTPUT_AREAS,
                self.tr("Heat balance per area"),
                SourceType.VectorPolygon,
                optional=True,
                createByDefault=True,
                help=self.tr(
                    "The areas with all their fields plus per class ht_/mt_/lt_demand, _supply, "
                    "_received, _used, _balance, and demand, supply, balance, deficit (sum of the "
                    "class deficits, <= 0), deficit_pct (share of the demand not met, %) and "
                    "unit; styled by deficit_pct. Only written when there are areas."
                ),
            ),
            param(
                QgsProcessingParameterFileDestination,
                self.OUTPUT_CHART,
                self.tr("Heat balance chart"),
                self.tr("PNG image (*.png);;SVG image (*.svg)"),
                optional=True,
                createByDefault=True,
                help=self.tr(
                    "A bar chart (PNG or SVG, from the file's extension) of demand against "
                    "supply per class, the supply stacked by source type and the cascade hatched. "
                    "Needs matplotlib."
                ),
            ),
        ]

    # -- reading ------------------------------------------------------------------
    def _read_demand(
        self, parameters, context, feedback, source, factor, forward, skips, demand_unit
    ):
        """_Demand: the features kept, their demand (n, 3) in the output unit and their
        metric points (with ``forward``, else None)."""
        class_fields = [
            self.field_or_raise(parameters, key, context, source)
            for key in (self.HT_FIELD, self.MT_FIELD, self.LT_FIELD)
        ]
        demand_field = self.field_or_raise(parameters, self.DEMAND_FIELD, context, source)
        class_field = self.field_or_raise(parameters, self.DEMAND_CLASS_FIELD, context, source)
        three = any(class_fields)
        error = self._demand_fields_error(three, demand_field, class_field)
        if error:
            raise QgsProcessingException(error)
        kept, rows, points = [], [], []
        # bound in the demand unit: factor converts it to the output unit
        high = hb.MAX_HEAT_GJ / hb.unit_factor(demand_unit)
        total = source.featureCount() or 0
        fields = source.fields()
        # (class index, field name, field index) of the given class fields
        class_cols = [
            (k, name, fields.lookupField(name)) for k, name in enumerate(class_fields) if name
        ]
        n_read = 0
        for i, feature in enumerate(source.getFeatures()):
            n_read += 1
            if i % 1000 == 0:
                raise_if_canceled(feedback)
                if total:
                    feedback.setProgress(20.0 * i / total)
            if three:
                row = self._class_fields_row(feature, class_cols, high, factor, skips)
            else:
                row = self._class_value_row(feature, demand_field, class_field, high, factor, skips)
            if row is None:
                continue
            kept.append(feature)
            rows.append(row)
            points.append(_metric_point(feature, forward) if forward is not None else None)
        self._notes["demand_read"] += n_read
        return _Demand(kept, np.asarray(rows, dtype=float).reshape(-1, 3), points)

    def _class_fields_row(self, feature, class_cols, high, factor, skips):
        """The demand row of a feature with a field per class, or None (skipped)."""
        row = [0.0, 0.0, 0.0]
        attrs = feature.attributes()
        for k, name, idx in class_cols:
            value = attrs[idx]
            # fast path: a plain valid number (NaN fails the comparisons)
            if type(value) in (float, int) and 0.0 <= value <= high:
                row[k] = value * factor
                continue
            value, status = read_number(value, 0.0, high)
            if status == NUMBER_MISSING:
                self._notes["demand_null"] += 1
                continue
            if status == NUMBER_OK:
                row[k] = value * factor
                continue
            if status == NUMBER_TEXT:
                skips.add(
                    "demand_text",
                    self.tr("the demand in field '{}' is not a number").format(name),
                    feature.id(),
                )
            elif status == NUMBER_HIGH:
                skips.add(
                    "demand_huge",
                    self.tr(
                        "the demand in field '{}' is implausibly large (more than "
                        "1,000 PJ a year)"
                    ).format(name),
                    feature.id(),
                )
            else:
                skips.add(
                    "demand_negative",
                    self.tr("negative demand in field '{}'").format(name),
                    feature.id(),
                )
            return None
        return row

    def _class_value_row(self, feature, demand_field, class_field, high, factor, skips):
        """The demand row of a feature with a demand and a class field, or None."""
        value, status = read_number(feature[demand_field], 0.0, high)
        k = hb.class_index(to_text(feature[class_field]))
        if status == NUMBER_HIGH:
            skips.add(
                "demand_huge",
                self.tr(
                    "the demand in field '{}' is implausibly large (more than " "1,000 PJ a year)"
                ).format(demand_field),
                feature.id(),
            )
        elif status != NUMBER_OK:
            skips.add(
                "demand_value",
                self.tr("the demand in field '{}' is empty, negative or not a number").format(
                    demand_field
                ),
                feature.id(),
            )
        elif k is None:
            skips.add(
                "demand_class",
                self.tr("the class in field '{}' is not HT, MT or LT").format(class_field),
                feature.id(),
            )
        else:
            row = [0.0, 0.0, 0.0]
            row[k] = value * factor
            return row
        return None

    def _read_sources(self, layers, parameters, context, feedback, out_unit, metric, skips):
        """_Sources: heat (output unit), class (0..2), type names, metric geometries."""
        candidates = self._heat_field_candidates(parameters, context)
        if not candidates:
            raise QgsProcessingException(self.tr("Give the name of the source heat field."))
        unit_choice = self.parameterAsEnum(parameters, self.SOURCE_UNIT, context)
        class_name = (
            self.parameterAsString(parameters, self.SOURCE_CLASS_FIELD, context) or ""
        ).strip()
        default_cls = self.parameterAsEnum(parameters, self.DEFAULT_CLASS, context)
        type_name = (
            self.parameterAsString(parameters, self.SOURCE_TYPE_FIELD, context) or ""
        ).strip()
        out = _Sources([], [], [], [])
        for layer in layers:
            spec = self._source_layer(
                layer, candidates, unit_choice, class_name, type_name, out_unit, feedback
            )
            spec.default_cls = default_cls
            if not spec.cls_field:
                feedback.pushInfo(
                    self.tr(
                        "Source layer '{layer}' has no class field '{field}': its sources count "
                        "as {cls}."
                    ).format(layer=layer.name(), field=class_name, cls=hb.CLASSES[default_cls])
                )
            transform = None
            if metric is not None and layer.isSpatial():
                transform = QgsCoordinateTransform(layer.crs(), metric, context.transformContext())
            n_layer = self._read_source_layer(layer, spec, transform, out, feedback, skips)
            feedback.pushInfo(
                self.tr(
                    "Source layer '{layer}': {n} sources, heat field " "'{field}' in {unit}."
                ).format(layer=layer.name(), n=n_layer, field=spec.heat_field, unit=spec.unit)
            )
        out.heat = np.asarray(out.heat, dtype=float)
        out.cls = np.asarray(out.cls, dtype=int)
        return out

    def _source_layer(
        self, layer, candidates, unit_choice, class_name, type_name, out_unit, feedback
    ):
        """The fields and unit of one source layer (_SourceLayer)."""
        fields = layer.fields()
        heat_field = next((f for f in (_find_field(fields, c) for c in candidates) if f), "")
        if not heat_field:
            raise QgsProcessingException(
                self.tr(
                    "The source layer '{layer}' has none of the heat fields {cands}. Its "
                    "fields: {fields}. Give the heat field name in 'Source heat field(s)'."
                ).format(
                    layer=layer.name(),
                    cands=", ".join(candidates),
                    fields=", ".join(fields.names()),
                )
            )
        if unit_choice == UNIT_FROM_NAME:
            unit = hb.unit_from_field_name(heat_field)
            if unit is None:
                raise QgsProcessingException(
                    self.tr(
                        "The unit of the heat field '{field}' of '{layer}' cannot be read "
                        "from its name (no _gj, _tj or _pj at the end): choose the source "
                        "unit GJ, TJ or PJ."
                    ).format(field=heat_field, layer=layer.name())
                )
        else:
            unit = hb.UNITS[unit_choice]
        return _SourceLayer(
            heat_field=heat_field,
            unit=unit,
            factor=hb.unit_factor(unit) / hb.unit_factor(out_unit),
            cls_field=_find_field(fields, class_name),
            type_field=_find_field(fields, type_name),
        )

    def _read_source_layer(self, layer, spec, transform, out, feedback, skips):
        """Append the usable sources of one layer to ``out``; returns their number."""
        n_layer = 0
        high = hb.MAX_HEAT_GJ / hb.unit_factor(spec.unit)
        for feature in layer.getFeatures():
            if feedback.isCanceled():
                break
            value, status = read_number(feature[spec.heat_field], 0.0, high)
            if status == NUMBER_HIGH:
                skips.add(
                    "source_huge",
                    self.tr("source heat is implausibly large (more than 1,000 PJ a year)"),
                    feature.id(),
                )
                continue
            if status != NUMBER_OK:
                skips.add(
                    "source_heat",
                    self.tr("source heat is empty, negative or not a number"),
                    feature.id(),
                )
                continue
            k = self._source_class(feature, spec, skips)
            if k is None:
                continue
            geom = None
            if transform is not None:
                g = feature.geometry()
                if g is not None and not g.isNull() and not g.isEmpty():
                    geom = QgsGeometry(g)
                    try:
                        geom.transform(transform)
                    except Exception:  # noqa: BLE001 - QgsCsException
                        skips.add(
                            "source_transform",
                            self.tr("the source location cannot be transformed to metres"),
                            feature.id(),
                        )
                        continue
            source_type = to_text(feature[spec.type_field]) if spec.type_field else ""
            out.heat.append(value * spec.factor)
            out.cls.append(k)
            out.types.append(source_type or layer.name())
            out.geoms.append(geom)
            n_layer += 1
        return n_layer

    def _source_class(self, feature, spec, skips):
        """The class index of a source (the default without a class field or value), or
        None (skipped: not HT, MT or LT)."""
        if not spec.cls_field:
            return spec.default_cls
        text = to_text(feature[spec.cls_field])
        if not text:
            self._notes["source_class_null"] += 1
            return spec.default_cls
        k = hb.class_index(text)
        if k is None:
            skips.add("source_class", self.tr("source class is not HT, MT or LT"), feature.id())
        return k

    # -- processing ---------------------------------------------------------------
    def checkParameterValues(self, parameters, context):  # noqa: N802
        ok, message = super().checkParameterValues(parameters, context)
        if not ok:
            return ok, message
        error = self._demand_fields_error(
            any(parameters.get(k) for k in (self.HT_FIELD, self.MT_FIELD, self.LT_FIELD)),
            parameters.get(self.DEMAND_FIELD),
            parameters.get(self.DEMAND_CLASS_FIELD),
        )
        if error:
            return False, error
        if not self._heat_field_candidates(parameters, context):
            return False, self.tr("Give the name of the source heat field.")
        return True, ""

    def _demand_fields_error(self, three, demand_field, class_field):
        """The message when the demand fields do not say how to read the demand, or None."""
        if three and demand_field:
            return self.tr(
                "Give either the HT/MT/LT demand fields or the demand field with the class "
                "field, not both."
            )
        if not three and not (demand_field and class_field):
            return self.tr(
                "No demand fields: choose the HT, MT and/or LT demand fields, or the demand "
                "field together with the demand class field."
            )
        return None

    def _heat_field_candidates(self, parameters, context):
        return [
            c.strip()
            for c in (
                self.parameterAsString(parameters, self.SOURCE_HEAT_FIELD, context) or ""
            ).split(",")
            if c.strip()
        ]

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        run = self._settings(parameters, context)
        skips = SkipCounter(feedback)
        self._notes = Counter()
        factor = hb.unit_factor(run.demand_unit) / hb.unit_factor(run.out_unit)
        demand = self._read_demand(
            parameters,
            context,
            feedback,
            run.demand_source,
            factor,
            run.forward_demand,
            skips,
            run.demand_unit,
        )
        if not self._notes["demand_read"]:
            feedback.pushWarning(
                self.tr("The demand layer is empty: the demand of every class is 0.")
            )
        feedback.setProgress(25)
        sources = self._read_sources(
            run.source_layers, parameters, context, feedback, run.out_unit, run.metric, skips
        )
        raise_if_canceled(feedback)
        feedback.setProgress(45)
        city = hb.city_balance(demand.rows, sources.heat, sources.cls, run.cascade, run.out_unit)
        results = {self.OUTPUT_TABLE: self._write_table(parameters, context, city.rows)}
        n_areas = 0
        if run.has_areas:
            n_areas, area_dest = self._areas(
                parameters, context, feedback, run, demand, sources, skips
            )
            if area_dest is not None:
                results[self.OUTPUT_AREAS] = area_dest
        feedback.setProgress(85)
        chart_path = self._write_chart(parameters, context, feedback, city, sources, run)
        if chart_path:
            results[self.OUTPUT_CHART] = chart_path
        self._report(feedback, skips, city.rows, run.out_unit)
        feedback.setProgress(100)
        rows = city.rows
        results.update(
            {
                "HT_BALANCE": rows[0]["balance"],
                "MT_BALANCE": rows[1]["balance"],
                "LT_BALANCE": rows[2]["balance"],
                "TOTAL_DEMAND": rows[3]["demand"],
                "TOTAL_SUPPLY": rows[3]["supply"],
                "TOTAL_DEFICIT": rows[3]["deficit"],
                "N_SOURCES": int(sources.heat.size),
                "N_AREAS": int(n_areas),
                "UNIT": run.out_unit,
            }
        )
        return results

    def _settings(self, parameters, context):
        """The layers, units and transforms of a run."""
        demand_source = self.source_or_raise(parameters, self.DEMAND, context)
        demand_unit = hb.UNITS[self.parameterAsEnum(parameters, self.DEMAND_UNIT, context)]
        out_choice = self.parameterAsEnum(parameters, self.OUTPUT_UNIT, context)
        layers = self.parameterAsLayerList(parameters, self.SOURCES, context) or []
        run = _Settings(
            demand_source=demand_source,
            demand_unit=demand_unit,
            out_unit=demand_unit if out_choice == 0 else hb.UNITS[out_choice - 1],
            cascade=self.parameterAsBoolean(parameters, self.CASCADE, context),
            radius=self.parameterAsDouble(parameters, self.SOURCE_RADIUS, context),
            source_layers=[lyr for lyr in layers if hasattr(lyr, "getFeatures")],
        )
        if parameters.get(self.AREAS) not in (None, ""):
            run.area_source = self.parameterAsSource(parameters, self.AREAS, context)
            if run.area_source is None:
                raise QgsProcessingException(self.invalidSourceError(parameters, self.AREAS))
        demand_is_polygon = (
            QgsWkbTypes.geometryType(demand_source.wkbType()) == GeometryType.Polygon
        )
        run.has_areas = run.area_source is not None or demand_is_polygon
        if run.has_areas:
            base = run.area_source if run.area_source is not None else demand_source
            run.metric, run.forward_areas, _ = metric_transforms(base, context)
            if run.area_source is not None and demand_source.wkbType() != WkbType.NoGeometry:
                run.forward_demand = QgsCoordinateTransform(
                    demand_source.sourceCrs(), run.metric, context.transformContext()
                )
        return run

    def _write_table(self, parameters, context, rows):
        """The city-wide table, a row per class and the total; its destination."""
        writer = Writer.open(
            self,
            parameters,
            self.OUTPUT_TABLE,
            context,
            TABLE_FIELDS,
            WkbType.NoGeometry,
            QgsCoordinateReferenceSystem(),
        )
        writer.write_rows([row[f.name] for f in TABLE_FIELDS] for row in rows)
        return writer.dest

    def _write_chart(self, parameters, context, feedback, city, sources, run):
        """The chart (when asked for and matplotlib is there); its path or None."""
        chart_path = self.parameterAsFileOutput(parameters, self.OUTPUT_CHART, context)
        if not chart_path:
            return None
        if importlib.util.find_spec("matplotlib") is None:
            feedback.pushWarning(
                self.tr(
                    "No chart: the Python package matplotlib is not installed for QGIS "
                    "(Debian/Ubuntu: sudo apt install python3-matplotlib)."
                )
            )
            return None
        by_type = hb.supply_by_type(sources.heat, sources.cls, sources.types)
        # a temporary file renamed when complete: a failure keeps the previous chart
        with files.replacing(chart_path) as chart_tmp:
            hb.chart(
                chart_tmp,
                city.demand,
                by_type,
                unit=run.out_unit,
                received=city.result["received"] if run.cascade else None,
                balance=city.result["balance"],
                title=self.tr("Heat balance by temperature class"),
                labels={
                    "demand": self.tr("Demand"),
                    "supply": self.tr("Supply"),
                    "received": self.tr("Passed down (cascade)"),
                    "ylabel": self.tr("Heat ({unit} per year)"),
                    "balance": self.tr("balance {value:+.2f}"),
                    "classes": [
                        self.tr("HT (> 70 °C)"),
                        self.tr("MT (50-70 °C)"),
                        self.tr("LT (< 50 °C)"),
                    ],
                },
            )
        return chart_path

    def _report(self, feedback, skips, rows, out_unit):
        """The skips, the empty values counted and the balance per class."""
        skips.report()
        if self._notes["demand_null"]:
            feedback.pushWarning(
                self.tr("{n} empty demand value(s) counted as 0 (the features are kept).").format(
                    n=self._notes["demand_null"]
                )
            )
        if self._notes["source_class_null"]:
            feedback.pushWarning(
                self.tr("{n} source(s) with an empty class counted as the default class.").format(
                    n=self._notes["source_class_null"]
                )
            )
        for row in rows[:3]:
            feedback.pushInfo(
                self.tr("{cls}: demand {d:.3f}, supply {s:.3f}, balance {b:+.3f} {unit}").format(
                    cls=row["class"],
                    d=row["demand"],
                    s=row["supply"],
                    b=row["balance"],
                    unit=out_unit,
                )
            )

    # -- areas ----------------------------------------------------------------------
    def _areas(self, parameters, context, feedback, run, demand, sources, skips):
        """Write OUTPUT_AREAS; returns (number of areas, destination or None)."""
        if run.area_source is not None:
            area_feats = list(run.area_source.getFeatures())
            layer = run.area_source
        else:
            area_feats = demand.features
            layer = run.demand_source
        n_queries = sum(g is not None for g in sources.geoms)
        if run.area_source is not None:
            n_queries += sum(p is not None for p in demand.points)
        index = _AreaIndex(area_feats, run.forward_areas, n_queries)
        area_demand = self._area_demand(feedback, run, demand, index)
        pair_s, pair_a = self._source_pairs(feedback, sources, index, run.radius)
        unlocated = np.array([g is None for g in sources.geoms], dtype=bool)
        balance = hb.area_balance(
            area_demand, sources.heat, sources.cls, pair_s, pair_a, unlocated, run.cascade
        )
        n = len(area_feats)
        lost = ~balance.assigned
        if n and np.any(lost):
            feedback.pushWarning(
                self.tr(
                    "{n} source(s) with {heat:.3f} {unit} reach no area: counted in the table, "
                    "not in any area."
                ).format(n=int(lost.sum()), heat=float(sources.heat[lost].sum()), unit=run.out_unit)
            )
        if np.any(unlocated) and n:
            feedback.pushInfo(
                self.tr(
                    "{n} source(s) without a location are shared over all areas in proportion "
                    "to their demand."
                ).format(n=int(unlocated.sum()))
            )
        writer = Writer.open(
            self,
            parameters,
            self.OUTPUT_AREAS,
            context,
            make_fields(AREA_FIELDS, layer.fields()),
            QgsWkbTypes.multiType(QgsWkbTypes.flatType(layer.wkbType())),
            layer.sourceCrs(),
            required=False,
        )
        if writer is None:
            return n, None
        numbers = hb.area_numbers(balance.result).tolist()
        self._write_areas(writer, feedback, area_feats, numbers, run.out_unit)
        return n, writer.dest

    def _area_demand(self, feedback, run, demand, index):
        """The demand per area (n, 3): the demand rows themselves when the demand
        polygons are the areas, else summed over the area each demand point lies in."""
        if run.area_source is None:
            return demand.rows.copy()
        area_demand = np.zeros((index.n, 3))
        outside = 0
        for row, point in zip(demand.rows, demand.points):
            j = index.containing(point) if point is not None else -1
            if j < 0:
                outside += 1
                continue
            area_demand[j] += row
        if outside:
            feedback.pushWarning(
                self.tr(
                    "{n} demand feature(s) lie in no area: counted in the table, not in "
                    "any area."
                ).format(n=outside)
            )
        return area_demand

    @staticmethod
    def _source_pairs(feedback, sources, index, radius):
        """The (source, area) pairs: the area a source's point on surface lies in, or
        with a radius every area within it."""
        pair_s, pair_a = [], []
        for s, geom in enumerate(sources.geoms):
            if s % 500 == 0:
                raise_if_canceled(feedback)
            if geom is None:
                continue
            if radius <= 0:
                j = index.containing(QgsGeometry(geom.pointOnSurface()))
                if j >= 0:
                    pair_s.append(s)
                    pair_a.append(j)
            else:
                box = QgsRectangle(geom.boundingBox())
                box.grow(radius)
                for j in index.candidates(box):
                    area_geom, engine = index.metric_geom(j)
                    if engine is not False and geom.distance(area_geom) <= radius:
                        pair_s.append(s)
                        pair_a.append(j)
        return pair_s, pair_a

    @staticmethod
    def _write_areas(writer, feedback, area_feats, numbers, out_unit):
        """The areas with their own attributes and the numbers, as multi-geometries."""
        batch = []
        for i, feature in enumerate(area_feats):
            out = QgsFeature(writer.fields)
            geom = feature.geometry()
            if geom is not None and not geom.isNull():
                if not QgsWkbTypes.isMultiType(geom.wkbType()):
                    geom = QgsGeometry(geom)
                    geom.convertToMultiType()
                out.setGeometry(geom)
            out.setAttributes(feature.attributes() + numbers[i] + [out_unit])
            batch.append(out)
            if len(batch) >= 2000:
                raise_if_canceled(feedback)
                writer.add_features(batch)
                batch = []
        if batch:
            writer.add_features(batch)


#: Fields of the city-wide table.
TABLE_FIELDS = (
    [Field("class", "String", 10)]
    + [
        Field(name, "Double", 24, 6)
        for name in (
            "demand",
            "supply",
            "received",
            "passed_on",
            "supply_used",
            "balance",
            "deficit",
        )
    ]
    + [Field("unit", "String", 4)]
)
#: Fields added to the areas: per class the numbers of hb.area_numbers, the totals, unit.
AREA_FIELDS = (
    [
        Field(f"{c}_{suffix}", "Double", 24, 6)
        for c in ("ht", "mt", "lt")
        for suffix in hb.AREA_CLASS_COLUMNS
    ]
    + [Field(name, "Double", 24, 6) for name in hb.AREA_TOTALS]
    + [Field("unit", "String", 4)]
)


@dataclass
class _Settings:
    """The layers, units and transforms of a run."""

    demand_source: object
    demand_unit: str
    out_unit: str
    cascade: bool
    radius: float
    source_layers: list
    area_source: object = None
    has_areas: bool = False
    metric: object = None  # the metric CRS of the areas (None without areas)
    forward_areas: object = None  # areas -> metric
    forward_demand: object = None  # demand -> metric, with an area layer


@dataclass
class _SourceLayer:
    """How one source layer is read."""

    heat_field: str
    unit: str
    factor: float  # heat unit -> output unit
    cls_field: str
    type_field: str
    default_cls: int = 2


def _metric_point(feature, forward):
    """The point on surface of a feature's geometry in the metric CRS, or None."""
    geom = feature.geometry()
    if geom is None or geom.isNull() or geom.isEmpty():
        return None
    point = QgsGeometry(geom.pointOnSurface())
    try:
        point.transform(forward)
    except Exception:  # noqa: BLE001 - QgsCsException
        return None
    return point


@dataclass
class _Demand:
    """The demand features kept, their rows (n, 3) in the output unit and their metric
    points on surface (None without one, or without an area layer)."""

    features: list
    rows: np.ndarray
    points: list


@dataclass
class _Sources:
    """The sources read: heat (output unit) and class index per source, the type names
    and the metric geometries (None: no location)."""

    heat: np.ndarray
    cls: np.ndarray
    types: list
    geoms: list


class _AreaIndex:
    """The areas in the metric CRS, for point-in-area and distance queries.

    The metric geometries are indexed by the bounding box of the transformed input;
    validity repair and the prepared engine are made lazily, only for the areas a demand
    point or source is tested against (a repaired geometry lies within the box of the
    input, so the box stays a superset and the exact tests decide). Up to BRUTE_QUERIES
    queries use a numpy test against all area boxes, saving the build of the R-tree;
    above it the spatial index. Both give the candidates in ascending order."""

    def __init__(self, area_feats, forward, n_queries):
        self.n = len(area_feats)
        noop = forward is None or forward.isShortCircuited()
        self.geoms = [None] * self.n
        self.engines = [None] * self.n
        boxes = []
        for i, feature in enumerate(area_feats):
            geom = feature.geometry() if feature.hasGeometry() else None
            if geom is None or geom.isNull() or geom.isEmpty():
                continue
            if not noop:
                geom = QgsGeometry(geom)
                try:
                    geom.transform(forward)
                except Exception:  # noqa: BLE001 - QgsCsException
                    continue
            self.geoms[i] = geom
            boxes.append((i, geom.boundingBox()))
        self.index = None
        if n_queries <= BRUTE_QUERIES:
            self.ids = np.array([i for i, _ in boxes], dtype=int)
            self.bx = np.array(
                [[b.xMinimum(), b.yMinimum(), b.xMaximum(), b.yMaximum()] for _, b in boxes],
                dtype=float,
            ).reshape(-1, 4)
        else:
            self.index = QgsSpatialIndex()
            for i, box in boxes:
                self.index.addFeature(i, box)

    def candidates(self, rect):
        """The areas whose box meets ``rect``, ascending."""
        if self.index is not None:
            return sorted(self.index.intersects(rect))
        bx = self.bx
        hit = (
            (bx[:, 0] <= rect.xMaximum())
            & (bx[:, 2] >= rect.xMinimum())
            & (bx[:, 1] <= rect.yMaximum())
            & (bx[:, 3] >= rect.yMinimum())
        )
        return self.ids[hit].tolist()

    def metric_geom(self, j):
        """The metric, valid geometry of area j and its prepared engine (lazily; False
        for a repair without area)."""
        engine = self.engines[j]
        if engine is None:
            geom = self.geoms[j]
            if not geom.isGeosValid():
                geom = geom.makeValid()
            self.geoms[j] = geom
            engine = False  # a repair without area: no area
            if not geom.isNull() and not geom.isEmpty():
                engine = QgsGeometry.createGeometryEngine(geom.constGet())
                engine.prepareGeometry()
            self.engines[j] = engine
        return self.geoms[j], engine

    def containing(self, point):
        """The first area (ascending) a metric point geometry lies in, or -1."""
        for j in self.candidates(point.boundingBox()):
            engine = self.metric_geom(j)[1]
            if engine is not False and engine.intersects(point.constGet()):
                return j
        return -1
