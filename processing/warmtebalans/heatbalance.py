"""bronnenstrategie:heatbalance - heat demand against supply per temperature class."""

import importlib.util
from collections import Counter

import numpy as np
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeature,
    QgsFeatureSink,
    QgsField,
    QgsFields,
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
    QgsProcessingUtils,
    QgsRectangle,
    QgsSpatialIndex,
    QgsWkbTypes,
)

from ...compat import FieldType, GeometryType, SourceType, WkbType
from ...core import files
from ...core import heatbalance as hb
from ..base import BronnenstrategieAlgorithm
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
        unit_options = [self.tr("GJ"), self.tr("TJ"), self.tr("PJ")]
        self.add_param(
            QgsProcessingParameterFeatureSource(
                self.DEMAND, self.tr("Heat demand"), [SourceType.Vector]
            ),
            self.tr(
                "Areas (e.g. CBS buurten), buildings (points) or a table with the heat "
                "demand per temperature class: three fields (HT, MT, LT) or one demand "
                "field plus a class field."
            ),
        )
        for key, label, cls in (
            (self.HT_FIELD, self.tr("HT demand field (> 70 °C)"), "HT"),
            (self.MT_FIELD, self.tr("MT demand field (50-70 °C)"), "MT"),
            (self.LT_FIELD, self.tr("LT demand field (< 50 °C)"), "LT"),
        ):
            self.add_param(
                QgsProcessingParameterField(
                    key, label, parentLayerParameterName=self.DEMAND,
                    type=QgsProcessingParameterField.DataType.Numeric, optional=True,
                ),
                self.tr(
                    "Numeric field with the {cls} demand per year, in the demand unit. "
                    "Give one to three of these fields, or the demand field plus the class "
                    "field. A class without a field has no demand; an empty value counts "
                    "as 0 (a counted warning)."
                ).format(cls=cls),
            )
        self.add_param(
            QgsProcessingParameterField(
                self.DEMAND_FIELD, self.tr("Demand field (one class per feature)"),
                parentLayerParameterName=self.DEMAND,
                type=QgsProcessingParameterField.DataType.Numeric, optional=True,
            ),
            self.tr(
                "Instead of the three class fields: one numeric field with the demand per "
                "year of each feature, whose class is in the demand class field."
            ),
        )
        self.add_param(
            QgsProcessingParameterField(
                self.DEMAND_CLASS_FIELD, self.tr("Demand class field (HT / MT / LT)"),
                parentLayerParameterName=self.DEMAND, optional=True,
            ),
            self.tr(
                "With the demand field: the temperature class of each feature, HT, MT or LT "
                "in any case (also high/medium/low, hoog/midden/laag). Other values are "
                "skipped with a counted warning."
            ),
        )
        self.add_param(
            QgsProcessingParameterEnum(
                self.DEMAND_UNIT, self.tr("Demand unit"), options=unit_options, defaultValue=0
            ),
            self.tr("Unit of the demand fields: 0 = GJ, 1 = TJ, 2 = PJ (per year)."),
        )
        self.add_param(
            QgsProcessingParameterMultipleLayers(
                self.SOURCES, self.tr("Heat sources"), SourceType.Vector, optional=True
            ),
            self.tr(
                "One or more layers or tables of heat sources with a yearly heat field, "
                "e.g. the geothermal sites (heat_tj), the quay-wall and waste-water potential "
                "(delivered_gj), a WarmtelinQ point with 2 PJ HT, or a table of fixed supply "
                "without location. Without sources every class is a deficit."
            ),
        )
        self.add_param(
            QgsProcessingParameterString(
                self.SOURCE_HEAT_FIELD, self.tr("Source heat field(s)"),
                defaultValue=DEFAULT_HEAT_FIELDS,
            ),
            self.tr(
                "Name of the heat field of the source layers, or a comma-separated list of "
                "candidate names: in each layer the first one found (any case) is used. "
                "Default: heat_gj, delivered_gj, heat_tj, heat_pj, heat."
            ),
        )
        self.add_param(
            QgsProcessingParameterEnum(
                self.SOURCE_UNIT, self.tr("Source unit"),
                options=unit_options + [self.tr("From the field name (_gj, _tj, _pj)")],
                defaultValue=UNIT_FROM_NAME,
            ),
            self.tr(
                "Unit of the source heat: 0 = GJ, 1 = TJ, 2 = PJ, 3 = from the end of each "
                "layer's heat field name (heat_tj is TJ, delivered_gj is GJ); with 3 a field "
                "name without such an ending is an error."
            ),
        )
        self.add_param(
            QgsProcessingParameterString(
                self.SOURCE_CLASS_FIELD, self.tr("Source class field"),
                defaultValue=DEFAULT_CLASS_FIELD, optional=True,
            ),
            self.tr(
                "Name of the temperature class field of the source layers (values HT / MT / "
                "LT in any case). A layer without this field gets the default class; an "
                "empty value too (a counted warning); another value is skipped."
            ),
        )
        self.add_param(
            QgsProcessingParameterEnum(
                self.DEFAULT_CLASS, self.tr("Default class of sources"),
                options=[self.tr("HT (> 70 °C)"), self.tr("MT (50-70 °C)"),
                         self.tr("LT (< 50 °C)")],
                defaultValue=2,
            ),
            self.tr(
                "Class of sources in layers without the class field. Default LT: most "
                "local sources (aquathermal, soil energy, heat pumps) deliver low "
                "temperature [assumption]; set MT for geothermal and HT for residual heat."
            ),
        )
        self.add_param(
            QgsProcessingParameterString(
                self.SOURCE_TYPE_FIELD, self.tr("Source type field"),
                defaultValue=DEFAULT_TYPE_FIELD, optional=True,
            ),
            self.tr(
                "Name of a field with the source type, used to stack the chart (e.g. "
                "geothermie, aquathermie, restwarmte). Without it, the layer name is the type."
            ),
            advanced=True,
        )
        self.add_param(
            QgsProcessingParameterBoolean(self.CASCADE, self.tr("Cascade HT → MT → LT"),
                                          defaultValue=True),
            self.tr(
                "A surplus at a higher temperature may serve the demand at a lower one "
                "(HT → MT → LT), never the other way round."
            ),
        )
        self.add_param(
            QgsProcessingParameterFeatureSource(
                self.AREAS, self.tr("Areas"), [SourceType.VectorPolygon], optional=True
            ),
            self.tr(
                "Optional polygons (e.g. wijken) to compute the balance per area. Without "
                "it, a polygon demand layer gives the balance per demand polygon."
            ),
        )
        self.add_param(
            QgsProcessingParameterNumber(
                self.SOURCE_RADIUS, self.tr("Source radius (m)"),
                type=QgsProcessingParameterNumber.Type.Double, defaultValue=0.0,
                minValue=0.0, maxValue=100000.0,
            ),
            self.tr(
                "0 = a source serves only the area it lies in. Greater than 0: it serves "
                "every area within this distance (m), shared in proportion to their demand "
                "at its class [assumption]."
            ),
        )
        self.add_param(
            QgsProcessingParameterEnum(
                self.OUTPUT_UNIT, self.tr("Output unit"),
                options=[self.tr("Same as the demand unit"), self.tr("GJ"), self.tr("TJ"),
                         self.tr("PJ")],
                defaultValue=0,
            ),
            self.tr("Unit of the outputs; by default the demand unit."),
            advanced=True,
        )
        self.add_param(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT_TABLE, self.tr("Heat balance table"), SourceType.Vector
            ),
            self.tr(
                "A table without geometry, one row per class (HT, MT, LT) and one for the "
                "total: demand, supply, received (from the class above), passed_on (to the "
                "class below), supply_used, balance (negative = deficit), deficit (the "
                "negative part; in the total row the sum of the deficits) and unit."
            ),
        )
        self.add_param(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT_AREAS, self.tr("Heat balance per area"),
                SourceType.VectorPolygon, optional=True, createByDefault=True,
            ),
            self.tr(
                "The areas with all their fields plus per class ht_/mt_/lt_demand, _supply, "
                "_received, _used, _balance, and demand, supply, balance, deficit (sum of the "
                "class deficits, <= 0), deficit_pct (share of the demand not met, %) and "
                "unit; styled by deficit_pct. Only written when there are areas."
            ),
        )
        self.add_param(
            QgsProcessingParameterFileDestination(
                self.OUTPUT_CHART, self.tr("Heat balance chart"),
                self.tr("PNG image (*.png);;SVG image (*.svg)"), optional=True,
                createByDefault=True,
            ),
            self.tr(
                "A bar chart (PNG or SVG, from the file's extension) of demand against "
                "supply per class, the supply stacked by source type and the cascade hatched. "
                "Needs matplotlib."
            ),
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

    # -- reading ------------------------------------------------------------------
    def _read_demand(self, parameters, context, feedback, source, factor, forward, skips,
                     demand_unit):
        """(features kept, demand (n, 3) in the output unit, metric points or None)."""
        class_fields = [self.field_or_raise(parameters, key, context, source)
                        for key in (self.HT_FIELD, self.MT_FIELD, self.LT_FIELD)]
        demand_field = self.field_or_raise(parameters, self.DEMAND_FIELD, context, source)
        class_field = self.field_or_raise(parameters, self.DEMAND_CLASS_FIELD, context, source)
        three = any(class_fields)
        if three and demand_field:
            raise QgsProcessingException(self.tr(
                "Give either the HT/MT/LT demand fields or the demand field with the class "
                "field, not both."
            ))
        if not three and not (demand_field and class_field):
            raise QgsProcessingException(self.tr(
                "No demand fields: choose the HT, MT and/or LT demand fields, or the demand "
                "field together with the demand class field."
            ))
        kept, rows, points = [], [], []
        # bound in the demand unit: factor converts it to the output unit
        high = hb.MAX_HEAT_GJ / hb.unit_factor(demand_unit)
        total = source.featureCount() or 0
        fields = source.fields()
        # (class index, field name, field index) of the given class fields
        class_cols = [(k, name, fields.lookupField(name))
                      for k, name in enumerate(class_fields) if name]
        n_read = 0
        for i, feature in enumerate(source.getFeatures()):
            n_read += 1
            if i % 1000 == 0:
                raise_if_canceled(feedback)
                if total:
                    feedback.setProgress(20.0 * i / total)
            row = [0.0, 0.0, 0.0]
            bad = False
            if three:
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
                    if status != NUMBER_OK:
                        if status == NUMBER_TEXT:
                            skips.add("demand_text", self.tr(
                                "the demand in field '{}' is not a number").format(name),
                                feature.id())
                        elif status == NUMBER_HIGH:
                            skips.add("demand_huge", self.tr(
                                "the demand in field '{}' is implausibly large (more than "
                                "1,000 PJ a year)").format(name), feature.id())
                        else:
                            skips.add("demand_negative", self.tr(
                                "negative demand in field '{}'").format(name), feature.id())
                        bad = True
                        break
                    row[k] = value * factor
            else:
                value, status = read_number(feature[demand_field], 0.0, high)
                k = hb.class_index(to_text(feature[class_field]))
                if status == NUMBER_HIGH:
                    skips.add("demand_huge", self.tr(
                        "the demand in field '{}' is implausibly large (more than "
                        "1,000 PJ a year)").format(demand_field), feature.id())
                    bad = True
                elif status != NUMBER_OK:
                    skips.add("demand_value", self.tr(
                        "the demand in field '{}' is empty, negative or not a number").format(
                        demand_field), feature.id())
                    bad = True
                elif k is None:
                    skips.add("demand_class", self.tr(
                        "the class in field '{}' is not HT, MT or LT").format(class_field),
                        feature.id())
                    bad = True
                else:
                    row[k] = value * factor
            if bad:
                continue
            point = None
            if forward is not None:
                geom = feature.geometry()
                if geom is not None and not geom.isNull() and not geom.isEmpty():
                    point = QgsGeometry(geom.pointOnSurface())
                    try:
                        point.transform(forward)
                    except Exception:  # noqa: BLE001 - QgsCsException
                        point = None
            kept.append(feature)
            rows.append(row)
            points.append(point)
        self._notes["demand_read"] += n_read
        demand = np.asarray(rows, dtype=float).reshape(-1, 3)
        return kept, demand, points

    def _read_sources(self, layers, parameters, context, feedback, out_unit, metric, skips):
        """Dict of arrays: heat (output unit), cls (0..2), type names, metric geometries."""
        candidates = [c.strip() for c in (self.parameterAsString(
            parameters, self.SOURCE_HEAT_FIELD, context) or "").split(",") if c.strip()]
        if not candidates:
            raise QgsProcessingException(self.tr("Give the name of the source heat field."))
        unit_choice = self.parameterAsEnum(parameters, self.SOURCE_UNIT, context)
        class_name = (self.parameterAsString(parameters, self.SOURCE_CLASS_FIELD, context)
                      or "").strip()
        default_cls = self.parameterAsEnum(parameters, self.DEFAULT_CLASS, context)
        type_name = (self.parameterAsString(parameters, self.SOURCE_TYPE_FIELD, context)
                     or "").strip()
        heat, cls, types, geoms = [], [], [], []
        for layer in layers:
            fields = layer.fields()
            heat_field = ""
            for cand in candidates:
                heat_field = _find_field(fields, cand)
                if heat_field:
                    break
            if not heat_field:
                raise QgsProcessingException(self.tr(
                    "The source layer '{layer}' has none of the heat fields {cands}. Its "
                    "fields: {fields}. Give the heat field name in 'Source heat field(s)'."
                ).format(layer=layer.name(), cands=", ".join(candidates),
                         fields=", ".join(fields.names())))
            if unit_choice == UNIT_FROM_NAME:
                unit = hb.unit_from_field_name(heat_field)
                if unit is None:
                    raise QgsProcessingException(self.tr(
                        "The unit of the heat field '{field}' of '{layer}' cannot be read "
                        "from its name (no _gj, _tj or _pj at the end): choose the source "
                        "unit GJ, TJ or PJ."
                    ).format(field=heat_field, layer=layer.name()))
            else:
                unit = hb.UNITS[unit_choice]
            factor = hb.unit_factor(unit) / hb.unit_factor(out_unit)
            cls_field = _find_field(fields, class_name)
            type_field = _find_field(fields, type_name)
            if not cls_field:
                feedback.pushInfo(self.tr(
                    "Source layer '{layer}' has no class field '{field}': its sources count "
                    "as {cls}."
                ).format(layer=layer.name(), field=class_name, cls=hb.CLASSES[default_cls]))
            transform = None
            if metric is not None and layer.isSpatial():
                transform = QgsCoordinateTransform(layer.crs(), metric,
                                                   context.transformContext())
            n_layer = 0
            high = hb.MAX_HEAT_GJ / hb.unit_factor(unit)
            for feature in layer.getFeatures():
                if feedback.isCanceled():
                    break
                value, status = read_number(feature[heat_field], 0.0, high)
                if status == NUMBER_HIGH:
                    skips.add("source_huge", self.tr(
                        "source heat is implausibly large (more than 1,000 PJ a year)"),
                        feature.id())
                    continue
                if status != NUMBER_OK:
                    skips.add("source_heat", self.tr(
                        "source heat is empty, negative or not a number"), feature.id())
                    continue
                k = default_cls
                if cls_field:
                    text = to_text(feature[cls_field])
                    if not text:
                        self._notes["source_class_null"] += 1
                    else:
                        k = hb.class_index(text)
                        if k is None:
                            skips.add("source_class", self.tr(
                                "source class is not HT, MT or LT"), feature.id())
                            continue
                source_type = to_text(feature[type_field]) if type_field else ""
                geom = None
                if transform is not None:
                    g = feature.geometry()
                    if g is not None and not g.isNull() and not g.isEmpty():
                        geom = QgsGeometry(g)
                        try:
                            geom.transform(transform)
                        except Exception:  # noqa: BLE001 - QgsCsException
                            skips.add("source_transform", self.tr(
                                "the source location cannot be transformed to metres"),
                                feature.id())
                            continue
                heat.append(value * factor)
                cls.append(k)
                types.append(source_type or layer.name())
                geoms.append(geom)
                n_layer += 1
            feedback.pushInfo(self.tr("Source layer '{layer}': {n} sources, heat field "
                                      "'{field}' in {unit}.").format(
                layer=layer.name(), n=n_layer, field=heat_field, unit=unit))
        return {
            "heat": np.asarray(heat, dtype=float),
            "cls": np.asarray(cls, dtype=int),
            "types": types,
            "geoms": geoms,
        }

    # -- processing ---------------------------------------------------------------
    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        demand_source = self.source_or_raise(parameters, self.DEMAND, context)
        demand_unit = hb.UNITS[self.parameterAsEnum(parameters, self.DEMAND_UNIT, context)]
        out_choice = self.parameterAsEnum(parameters, self.OUTPUT_UNIT, context)
        out_unit = demand_unit if out_choice == 0 else hb.UNITS[out_choice - 1]
        cascade = self.parameterAsBoolean(parameters, self.CASCADE, context)
        radius = self.parameterAsDouble(parameters, self.SOURCE_RADIUS, context)
        layers = self.parameterAsLayerList(parameters, self.SOURCES, context) or []
        layers = [lyr for lyr in layers if hasattr(lyr, "getFeatures")]

        area_source = None
        if parameters.get(self.AREAS) not in (None, ""):
            area_source = self.parameterAsSource(parameters, self.AREAS, context)
            if area_source is None:
                raise QgsProcessingException(self.invalidSourceError(parameters, self.AREAS))
        demand_is_polygon = (
            QgsWkbTypes.geometryType(demand_source.wkbType()) == GeometryType.Polygon
        )
        areas_from_demand = area_source is None and demand_is_polygon
        has_areas = area_source is not None or areas_from_demand

        metric = forward_areas = None
        forward_demand = None
        if has_areas:
            base = area_source if area_source is not None else demand_source
            metric, forward_areas, _ = metric_transforms(base, context)
            if area_source is not None and demand_source.wkbType() != WkbType.NoGeometry:
                forward_demand = QgsCoordinateTransform(
                    demand_source.sourceCrs(), metric, context.transformContext())
        skips = SkipCounter(feedback)
        self._notes = Counter()
        factor = hb.unit_factor(demand_unit) / hb.unit_factor(out_unit)
        demand_feats, demand, demand_points = self._read_demand(
            parameters, context, feedback, demand_source, factor, forward_demand, skips,
            demand_unit)
        if not self._notes["demand_read"]:
            feedback.pushWarning(self.tr(
                "The demand layer is empty: the demand of every class is 0."))
        feedback.setProgress(25)
        sources = self._read_sources(layers, parameters, context, feedback, out_unit,
                                     metric, skips)
        raise_if_canceled(feedback)
        feedback.setProgress(45)
        n_src = sources["heat"].size

        # city-wide table
        supply_city = np.bincount(sources["cls"], weights=sources["heat"], minlength=3) \
            if n_src else np.zeros(3)
        demand_city = demand.sum(axis=0) if len(demand) else np.zeros(3)
        rows = hb.balance_rows(demand_city, supply_city, cascade, out_unit)
        city = hb.cascade_balance(demand_city, supply_city, cascade)
        table_fields = QgsFields()
        table_fields.append(QgsField("class", FieldType.String, "string", 10))
        for name in ("demand", "supply", "received", "passed_on", "supply_used", "balance",
                     "deficit"):
            table_fields.append(QgsField(name, FieldType.Double, "double", 24, 6))
        table_fields.append(QgsField("unit", FieldType.String, "string", 4))
        table_sink, table_dest = self.parameterAsSink(
            parameters, self.OUTPUT_TABLE, context, table_fields, WkbType.NoGeometry,
            QgsCoordinateReferenceSystem())
        if table_sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT_TABLE))
        for row in rows:
            feature = QgsFeature(table_fields)
            feature.setAttributes([row["class"]] + [row[n] for n in (
                "demand", "supply", "received", "passed_on", "supply_used", "balance",
                "deficit")] + [row["unit"]])
            table_sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)

        results = {self.OUTPUT_TABLE: table_dest}
        n_areas = 0
        if has_areas:
            n_areas, area_dest = self._areas(
                parameters, context, feedback, area_source, demand_source, demand_feats,
                demand, demand_points, sources, metric, forward_areas, radius, cascade,
                out_unit, skips)
            if area_dest is not None:
                results[self.OUTPUT_AREAS] = area_dest
        feedback.setProgress(85)

        chart_path = self.parameterAsFileOutput(parameters, self.OUTPUT_CHART, context)
        if chart_path:
            if importlib.util.find_spec("matplotlib") is None:
                feedback.pushWarning(self.tr(
                    "No chart: the Python package matplotlib is not installed for QGIS "
                    "(Debian/Ubuntu: sudo apt install python3-matplotlib)."))
            else:
                by_type = {}
                for value, k, name in zip(sources["heat"], sources["cls"], sources["types"]):
                    by_type.setdefault(name, np.zeros(3))[k] += value
                # a temporary file renamed when complete: a failure keeps the previous chart
                with files.replacing(chart_path) as chart_tmp:
                    hb.chart(
                        chart_tmp, demand_city, by_type, unit=out_unit,
                        received=city["received"] if cascade else None,
                        balance=city["balance"],
                        title=self.tr("Heat balance by temperature class"),
                        labels={
                            "demand": self.tr("Demand"),
                            "supply": self.tr("Supply"),
                            "received": self.tr("Passed down (cascade)"),
                            "ylabel": self.tr("Heat ({unit} per year)"),
                            "balance": self.tr("balance {value:+.2f}"),
                            "classes": [self.tr("HT (> 70 °C)"), self.tr("MT (50-70 °C)"),
                                        self.tr("LT (< 50 °C)")],
                        },
                    )
                results[self.OUTPUT_CHART] = chart_path
        skips.report()
        if self._notes["demand_null"]:
            feedback.pushWarning(self.tr(
                "{n} empty demand value(s) counted as 0 (the features are kept).").format(
                n=self._notes["demand_null"]))
        if self._notes["source_class_null"]:
            feedback.pushWarning(self.tr(
                "{n} source(s) with an empty class counted as the default class.").format(
                n=self._notes["source_class_null"]))
        for row in rows[:3]:
            feedback.pushInfo(self.tr(
                "{cls}: demand {d:.3f}, supply {s:.3f}, balance {b:+.3f} {unit}").format(
                cls=row["class"], d=row["demand"], s=row["supply"], b=row["balance"],
                unit=out_unit))
        feedback.setProgress(100)
        results.update({
            "HT_BALANCE": rows[0]["balance"],
            "MT_BALANCE": rows[1]["balance"],
            "LT_BALANCE": rows[2]["balance"],
            "TOTAL_DEMAND": rows[3]["demand"],
            "TOTAL_SUPPLY": rows[3]["supply"],
            "TOTAL_DEFICIT": rows[3]["deficit"],
            "N_SOURCES": int(n_src),
            "N_AREAS": int(n_areas),
            "UNIT": out_unit,
        })
        return results

    def _areas(self, parameters, context, feedback, area_source, demand_source, demand_feats,
               demand, demand_points, sources, metric, forward, radius, cascade, out_unit,
               skips):
        """Write OUTPUT_AREAS; returns (number of areas, destination or None)."""
        if area_source is not None:
            area_feats = list(area_source.getFeatures())
            fields_in = area_source.fields()
            crs = area_source.sourceCrs()
        else:
            area_feats = demand_feats
            fields_in = demand_source.fields()
            crs = demand_source.sourceCrs()
        n = len(area_feats)
        # The metric geometries are indexed by the bounding box of the transformed input;
        # validity repair and the prepared engine are made lazily, only for the areas a
        # demand point or source is tested against (a repaired geometry lies within the
        # box of the input, so the box stays a superset and the exact tests decide).
        noop = forward is None or forward.isShortCircuited()
        geoms = [None] * n
        engines = [None] * n
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
            geoms[i] = geom
            boxes.append((i, geom.boundingBox()))
        # Candidate areas of a point or box: up to BRUTE_QUERIES queries a numpy test against all area boxes, saving the build of the R-tree; above it the
        # spatial index. Both give the candidates in ascending order.
        n_queries = sum(g is not None for g in sources["geoms"])
        if area_source is not None:
            n_queries += sum(p is not None for p in demand_points)
        if n_queries <= BRUTE_QUERIES:
            ids = np.array([i for i, _ in boxes], dtype=int)
            bx = np.array([[b.xMinimum(), b.yMinimum(), b.xMaximum(), b.yMaximum()]
                           for _, b in boxes], dtype=float).reshape(-1, 4)

            def candidates(rect):
                hit = ((bx[:, 0] <= rect.xMaximum()) & (bx[:, 2] >= rect.xMinimum())
                       & (bx[:, 1] <= rect.yMaximum()) & (bx[:, 3] >= rect.yMinimum()))
                return ids[hit].tolist()
        else:
            index = QgsSpatialIndex()
            for i, box in boxes:
                index.addFeature(i, box)

            def candidates(rect):
                return sorted(index.intersects(rect))

        def metric_geom(j):
            """The metric, valid geometry of area j and its prepared engine (lazily)."""
            engine = engines[j]
            if engine is None:
                geom = geoms[j]
                if not geom.isGeosValid():
                    geom = geom.makeValid()
                geoms[j] = geom
                engine = False  # a repair without area: no area
                if not geom.isNull() and not geom.isEmpty():
                    engine = QgsGeometry.createGeometryEngine(geom.constGet())
                    engine.prepareGeometry()
                engines[j] = engine
            return geoms[j], engine

        def containing(point):
            for j in candidates(point.boundingBox()):
                engine = metric_geom(j)[1]
                if engine is not False and engine.intersects(point.constGet()):
                    return j
            return -1

        # demand per area
        if area_source is None:
            area_demand = demand.copy()
        else:
            area_demand = np.zeros((n, 3))
            outside = 0
            for row, point in zip(demand, demand_points):
                j = containing(point) if point is not None else -1
                if j < 0:
                    outside += 1
                    continue
                area_demand[j] += row
            if outside:
                feedback.pushWarning(self.tr(
                    "{n} demand feature(s) lie in no area: counted in the table, not in "
                    "any area.").format(n=outside))

        # sources per area
        pair_s, pair_a = [], []
        unlocated = np.array([g is None for g in sources["geoms"]], dtype=bool)
        for s, geom in enumerate(sources["geoms"]):
            if s % 500 == 0:
                raise_if_canceled(feedback)
            if geom is None:
                continue
            if radius <= 0:
                j = containing(QgsGeometry(geom.pointOnSurface()))
                if j >= 0:
                    pair_s.append(s)
                    pair_a.append(j)
            else:
                box = QgsRectangle(geom.boundingBox())
                box.grow(radius)
                for j in candidates(box):
                    area_geom, engine = metric_geom(j)
                    if engine is not False and geom.distance(area_geom) <= radius:
                        pair_s.append(s)
                        pair_a.append(j)
        area_supply, assigned = hb.split_sources(
            n, sources["heat"], sources["cls"], pair_s, pair_a, area_demand, unlocated)
        lost = ~assigned
        if n and np.any(lost):
            feedback.pushWarning(self.tr(
                "{n} source(s) with {heat:.3f} {unit} reach no area: counted in the table, "
                "not in any area.").format(n=int(lost.sum()),
                                           heat=float(sources["heat"][lost].sum()),
                                           unit=out_unit))
        if np.any(unlocated) and n:
            feedback.pushInfo(self.tr(
                "{n} source(s) without a location are shared over all areas in proportion "
                "to their demand.").format(n=int(unlocated.sum())))
        res = hb.cascade_balance(area_demand, area_supply, cascade)

        new_fields = QgsFields()
        for c in ("ht", "mt", "lt"):
            for suffix in ("demand", "supply", "received", "used", "balance"):
                new_fields.append(QgsField("{}_{}".format(c, suffix), FieldType.Double,
                                           "double", 24, 6))
        for name in ("demand", "supply", "balance", "deficit", "deficit_pct"):
            new_fields.append(QgsField(name, FieldType.Double, "double", 24, 6))
        new_fields.append(QgsField("unit", FieldType.String, "string", 4))
        fields = QgsProcessingUtils.combineFields(fields_in, new_fields)
        sink, dest = self.parameterAsSink(
            parameters, self.OUTPUT_AREAS, context, fields,
            QgsWkbTypes.multiType(QgsWkbTypes.flatType(
                area_source.wkbType() if area_source is not None else demand_source.wkbType())),
            crs)
        if sink is None:
            return n, None
        # all numbers at once: per area ht_/mt_/lt_ demand, supply, received, used,
        # balance, then the totals (summed left to right over the classes, as before)
        per_class = np.stack([res["demand"], res["supply"], res["received"],
                              res["supply_used"], res["balance"]], axis=2).reshape(n, 15)
        d_tot = res["demand"][:, 0] + res["demand"][:, 1] + res["demand"][:, 2]
        s_tot = res["supply"][:, 0] + res["supply"][:, 1] + res["supply"][:, 2]
        b_tot = res["balance"][:, 0] + res["balance"][:, 1] + res["balance"][:, 2]
        defi = hb.deficit(res["balance"]).reshape(n, 3)
        def_tot = defi[:, 0] + defi[:, 1] + defi[:, 2]
        with np.errstate(divide="ignore", invalid="ignore"):
            pct = np.where(d_tot > 0, -100.0 * def_tot / np.where(d_tot > 0, d_tot, 1.0), 0.0)
        numbers = np.column_stack([per_class, d_tot, s_tot, b_tot, def_tot, pct]).tolist()
        batch = []
        for i, feature in enumerate(area_feats):
            out = QgsFeature(fields)
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
                sink.addFeatures(batch, QgsFeatureSink.Flag.FastInsert)
                batch = []
        if batch:
            sink.addFeatures(batch, QgsFeatureSink.Flag.FastInsert)
        return n, dest

