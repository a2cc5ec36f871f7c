"""bronnenstrategie:warmcoldzones - alternating warm and cold zones of a bodemenergieplan."""

import numpy as np
from qgis.core import (
    QgsCoordinateTransform,
    QgsFeature,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingUtils,
)

from ...compat import FieldType, SourceType, WkbType
from ...core import soilenergy
from ...core.constants import C_WATER
from ..base import BronnenstrategieAlgorithm
from ..utils import SkipCounter, metric_transforms, raise_if_canceled, single_point, to_text
from . import common


def _wkb_writer():
    """A function shapely geometry -> WKB bytes, the same bytes as ``geom.wkb`` (shapely
    1.8 makes a new WKB writer for every ``.wkb``; one writer serves all zones here)."""
    import shapely

    if hasattr(shapely, "to_wkb"):  # shapely >= 2
        return shapely.to_wkb
    from shapely.geos import WKBWriter, lgeos

    return WKBWriter(lgeos).write


class WarmColdZones(BronnenstrategieAlgorithm):
    NAME = "warmcoldzones"
    GROUP_ID = "bodemenergie"
    STYLES = {"OUTPUT": "warmcoldzones_output.qml", "OUTPUT_CHECK": "warmcoldzones_check.qml"}

    AREA = "AREA"
    FLOW_DIRECTION = "FLOW_DIRECTION"
    ZONE_WIDTH = "ZONE_WIDTH"
    WIDTH_FACTOR = "WIDTH_FACTOR"
    REFERENCE_VOLUME = "REFERENCE_VOLUME"
    REFERENCE_SCREEN = "REFERENCE_SCREEN"
    C_WATER = "C_WATER"
    C_AQUIFER = "C_AQUIFER"
    LAYOUT = "LAYOUT"
    FIRST_ZONE = "FIRST_ZONE"
    WELLS = "WELLS"
    OUTPUT = "OUTPUT"
    OUTPUT_CHECK = "OUTPUT_CHECK"

    LAYOUTS = (soilenergy.LAYOUT_STRIPS, soilenergy.LAYOUT_CHECKERBOARD)

    def displayName(self):  # noqa: N802
        return self.tr("Warm and cold zones (bodemenergieplan)")

    def shortDescription(self):  # noqa: N802
        return self.tr("Lays out alternating warm and cold zones inside an area.")

    def required_modules(self):
        return ["shapely"]

    def help_text(self):
        return self.tr(
            "<p>Lays out a bodemenergieplan: alternating warm and cold zones inside an area "
            "(e.g. a candidate interference area), so that the warm wells of all systems "
            "gather in warm zones and the cold wells in cold zones (Handreiking "
            "masterplannen bodemenergie; the Binckhorst bodemenergieplan 2019).</p>"
            "<p><b>Strips</b> run parallel to the groundwater flow and alternate across it: "
            "a warm plume drifts downstream along its own warm strip, and the two wells of a "
            "doublet sit across the flow in neighbouring strips. The first strip, on the "
            "left looking downstream, gets the first zone. <b>Checkerboard</b>: squares of "
            "the zone width, in the same orientation.</p>"
            "<p><b>Zone width</b>: give it, or leave 0 to derive it as width factor × R_th of "
            "a reference system: 3 × R_th(50,000 m³, 40 m) = 3 × 24.37 = 73.1 m "
            "[assumption: of the order of the NVOE distance 3 × R_th], with R_th = √(c_w V / "
            "(c_aq π H)).</p>"
            "<p>With a well layer and its temperature field, the wells are checked: "
            "<i>ok</i> in a zone of their own temperature (also on a border), "
            "<i>wrong_zone</i> in a zone of the other temperature, <i>outside</i> in no "
            "zone.</p>"
        )

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add_param(
            QgsProcessingParameterFeatureSource(
                self.AREA, self.tr("Area"), [SourceType.VectorPolygon]
            ),
            self.tr("Polygons to lay the zones out in, each on its own."),
        )
        self.add_param(
            QgsProcessingParameterNumber(
                self.FLOW_DIRECTION, self.tr("Groundwater flow direction (degrees)"),
                type=QgsProcessingParameterNumber.Type.Double, defaultValue=0.0,
                minValue=-360.0, maxValue=360.0,
            ),
            self.tr("Direction the groundwater flows to, in degrees clockwise from north "
                    "(0 = to the north, 90 = to the east). Default 0 [assumption: look it up "
                    "in the regional groundwater model]."),
        )
        self.add_param(
            QgsProcessingParameterNumber(
                self.ZONE_WIDTH, self.tr("Zone width (m), 0 = from the reference system"),
                type=QgsProcessingParameterNumber.Type.Double, defaultValue=0.0,
                minValue=0.0, maxValue=100000.0,
            ),
            self.tr("Width of a strip or side of a square. 0 = width factor × R_th of the "
                    "reference system."),
        )
        self.add_param(
            QgsProcessingParameterEnum(
                self.LAYOUT, self.tr("Layout"),
                options=[self.tr("Strips"), self.tr("Checkerboard")], defaultValue=0,
            ),
            self.tr("0 = strips parallel to the groundwater flow; 1 = checkerboard."),
        )
        self.add_param(
            QgsProcessingParameterEnum(
                self.FIRST_ZONE, self.tr("First zone"),
                options=[self.tr("warm"), self.tr("koud")], defaultValue=0,
            ),
            self.tr("Temperature of the first strip (on the left looking downstream) or of "
                    "the first square. Default warm [assumption]."),
            advanced=True,
        )
        for key, text, default, lo, hi, help_text in (
            (self.WIDTH_FACTOR, self.tr("Width factor"), soilenergy.WIDTH_FACTOR, 0.01, 100.0,
             self.tr("Zone width = factor × R_th of the reference system; default 3 "
                     "[assumption: the NVOE distance between warm and cold wells].")),
            (self.REFERENCE_VOLUME, self.tr("Reference volume (m³ per well per season)"),
             soilenergy.REFERENCE_VOLUME, 1.0, 1.0e9,
             self.tr("Volume of the reference system's wells; default 50,000 m³ "
                     "[assumption: a mid-sized utility-building system].")),
            (self.REFERENCE_SCREEN, self.tr("Reference screen length (m)"),
             soilenergy.REFERENCE_SCREEN, 0.1, 1000.0,
             self.tr("Screen length of the reference system; default 40 m (Den Haag's first "
                     "aquifer) [assumption].")),
            (self.C_WATER, self.tr("Heat capacity of water c_w (MJ/m³K)"), C_WATER, 0.1, 10.0,
             self.tr("Volumetric heat capacity of water, default 4.18 MJ/m³K.")),
            (self.C_AQUIFER, self.tr("Heat capacity of the aquifer c_aq (MJ/m³K)"),
             soilenergy.C_AQUIFER, 0.1, 10.0,
             self.tr("Volumetric heat capacity of the saturated aquifer, default 2.8 MJ/m³K "
                     "(SKB Meer met Bodemenergie).")),
        ):
            self.add_param(
                QgsProcessingParameterNumber(
                    key, text, type=QgsProcessingParameterNumber.Type.Double,
                    defaultValue=default, minValue=lo, maxValue=hi,
                ),
                help_text, advanced=True,
            )
        self.add_param(
            QgsProcessingParameterFeatureSource(
                self.WELLS, self.tr("Wells to check"), [SourceType.VectorPoint],
                optional=True,
            ),
            self.tr("Optional point layer of wells to check against the zones."),
        )
        self.add_param(
            QgsProcessingParameterField(
                common.TEMPERATURE_FIELD, self.tr("Temperature field of the wells"),
                parentLayerParameterName=self.WELLS, optional=True,
            ),
            self.tr("Field with warm / koud (also w, k, cold, c; any case) of the wells to "
                    "check; wells with another value are skipped with a counted warning."),
        )
        self.add_param(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT, self.tr("Warm and cold zones"), SourceType.VectorPolygon
            ),
            self.tr("Zones clipped to the area: area_id (feature id of the area), zone (warm "
                    "| koud), zone_nr, width_m, area_m2."),
        )
        self.add_param(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT_CHECK, self.tr("Checked wells"), SourceType.VectorPoint,
                optional=True, createByDefault=True,
            ),
            self.tr("The wells with zone_check = ok | wrong_zone | outside (only with a well "
                    "layer)."),
        )
        self.addOutput(QgsProcessingOutputNumber("N_ZONES", self.tr("Number of zones")))
        self.addOutput(QgsProcessingOutputNumber("N_WRONG_ZONE",
                                                 self.tr("Number of wells in the wrong zone")))
        self.addOutput(QgsProcessingOutputNumber("ZONE_WIDTH_USED", self.tr("Zone width used (m)")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        source = self.source_or_raise(parameters, self.AREA, context)
        flow = self.parameterAsDouble(parameters, self.FLOW_DIRECTION, context)
        width = self.parameterAsDouble(parameters, self.ZONE_WIDTH, context)
        if not width > 0:
            width = soilenergy.zone_width_from_reference(
                self.parameterAsDouble(parameters, self.REFERENCE_VOLUME, context),
                self.parameterAsDouble(parameters, self.REFERENCE_SCREEN, context),
                self.parameterAsDouble(parameters, self.WIDTH_FACTOR, context),
                self.parameterAsDouble(parameters, self.C_WATER, context),
                self.parameterAsDouble(parameters, self.C_AQUIFER, context),
            )
            feedback.pushInfo(self.tr("Zone width from the reference system: {w:.2f} m.")
                              .format(w=width))
        layout = self.LAYOUTS[self.parameterAsEnum(parameters, self.LAYOUT, context)]
        first = (soilenergy.WARM, soilenergy.COLD)[
            self.parameterAsEnum(parameters, self.FIRST_ZONE, context)]
        metric, forward, back = metric_transforms(source, context)
        if metric.authid() != source.sourceCrs().authid():
            feedback.pushInfo(self.tr("Distances are computed in {crs}.").format(
                crs=metric.authid()))
        skips = SkipCounter(feedback)

        fields = QgsFields()
        fields.append(QgsField("area_id", FieldType.LongLong))
        fields.append(QgsField("zone", FieldType.String))
        fields.append(QgsField("zone_nr", FieldType.Int))
        fields.append(QgsField("width_m", FieldType.Double, "double", 20, 3))
        fields.append(QgsField("area_m2", FieldType.Double, "double", 20, 1))
        sink, dest = self.parameterAsSink(parameters, self.OUTPUT, context, fields,
                                          WkbType.MultiPolygon, source.sourceCrs())
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        zones = []
        total = source.featureCount() or 1
        # the metric CRS is the layer's own for RD New input: no transform back
        to_source = None if back.isShortCircuited() else back
        to_wkb = _wkb_writer()
        for n, feature in enumerate(source.getFeatures()):
            raise_if_canceled(feedback)
            shp = common.to_shapely(feature.geometry(), forward)
            if shp is None or shp.area <= 0:
                skips.add("area", self.tr("area without a usable polygon"), feature.id())
                continue
            xmin, ymin, xmax, ymax = shp.bounds
            n_cells = (xmax - xmin) * (ymax - ymin) / (width * width)
            if n_cells > 1.0e6:
                raise QgsProcessingException(self.tr(
                    "Area {fid} would get about {n:,.0f} zones: choose a larger zone width.")
                    .format(fid=feature.id(), n=n_cells))
            def layout_progress(fraction, n=n):
                # cancel inside the layout of one (large) area; the layout is 50 %
                # of an area's share of the first 60 %, writing the other 50 %
                if feedback.isCanceled():
                    raise_if_canceled(feedback)
                feedback.setProgress(60.0 * (n + 0.5 * fraction) / total)

            layout_zones = soilenergy.zone_layout(shp, flow, width, layout, first,
                                                  progress=layout_progress)
            batch = []
            for k, z in enumerate(layout_zones):
                if k % 50 == 0:
                    raise_if_canceled(feedback)
                    feedback.setProgress(
                        60.0 * (n + 0.5 + 0.5 * k / len(layout_zones)) / total)
                zones.append((z["geometry"], z["zone"], z["bounds"]))
                f = QgsFeature(fields)
                g = QgsGeometry()
                g.fromWkb(to_wkb(z["geometry"]))
                if to_source is not None:
                    g.transform(to_source)
                g.convertToMultiType()
                f.setGeometry(g)
                f.setAttributes([feature.id(), z["zone"], z["zone_nr"], round(z["width_m"], 3),
                                 round(z["area_m2"], 1)])
                batch.append(f)
                if len(batch) >= 5000 or k == len(layout_zones) - 1:
                    if not sink.addFeatures(batch, QgsFeatureSink.Flag.FastInsert):
                        raise QgsProcessingException(self.writeFeatureError(
                            sink, parameters, self.OUTPUT))
                    batch = []
            feedback.setProgress(60.0 * (n + 1) / total)
        if not zones:
            feedback.pushWarning(self.tr("No zone was laid out: the area layer has no usable "
                                         "polygon."))
        results = {self.OUTPUT: dest, "N_ZONES": len(zones), "ZONE_WIDTH_USED": width,
                   "N_WRONG_ZONE": None}

        wells = self.parameterAsSource(parameters, self.WELLS, context)
        if wells is not None:
            temp_field = self.field_or_raise(parameters, common.TEMPERATURE_FIELD, context,
                                             wells, required=True)
            to_metric = QgsCoordinateTransform(wells.sourceCrs(), metric,
                                               context.transformContext())
            feats, xs, ys, warm = [], [], [], []
            for i, feature in enumerate(wells.getFeatures()):
                if i % 1000 == 0:
                    raise_if_canceled(feedback)
                point = single_point(feature.geometry())
                if point is None:
                    skips.add("well_geometry", self.tr("well without a point geometry"),
                              feature.id())
                    continue
                t = soilenergy.parse_temperature(to_text(feature[temp_field]) or None)
                if t is None:
                    skips.add("temperature", self.tr(
                        "temperature in field '{}' is not warm or koud").format(temp_field),
                        feature.id())
                    continue
                try:
                    xy = to_metric.transform(point)
                except Exception:  # noqa: BLE001 - QgsCsException
                    skips.add("transform", self.tr("the location cannot be transformed to "
                                                   "metres"), feature.id())
                    continue
                feats.append(feature)
                xs.append(xy.x())
                ys.append(xy.y())
                warm.append(t == soilenergy.WARM)
            def check_progress(fraction):
                # called per zone: the cancel check is cheap, the progress bar moves by
                # whole percents
                if feedback.isCanceled():
                    raise_if_canceled(feedback)
                percent = int(60.0 + 30.0 * fraction)
                if percent != last_percent[0]:
                    last_percent[0] = percent
                    feedback.setProgress(percent)

            last_percent = [None]

            check = soilenergy.zone_check(np.asarray(xs), np.asarray(ys), np.asarray(warm),
                                          zones, progress=check_progress) if feats else []
            cfields = QgsProcessingUtils.combineFields(wells.fields(), QgsFields())
            cfields.append(QgsField("zone_check", FieldType.String))
            csink, cdest = self.parameterAsSink(parameters, self.OUTPUT_CHECK, context,
                                                cfields, wells.wkbType(), wells.sourceCrs())
            if csink is not None:
                batch = []
                for feature, value in zip(feats, check):
                    f = QgsFeature(cfields)
                    f.setGeometry(feature.geometry())
                    f.setAttributes(feature.attributes() + [str(value)])
                    batch.append(f)
                    if len(batch) >= 5000:
                        csink.addFeatures(batch, QgsFeatureSink.Flag.FastInsert)
                        batch = []
                if batch:
                    csink.addFeatures(batch, QgsFeatureSink.Flag.FastInsert)
                results[self.OUTPUT_CHECK] = cdest
            n_wrong = int(sum(1 for v in check if v == soilenergy.ZONE_WRONG))
            results["N_WRONG_ZONE"] = n_wrong
            feedback.pushInfo(self.tr("{n} of {m} wells in the wrong zone, {o} outside the "
                                      "zones.").format(
                n=n_wrong, m=len(feats),
                o=int(sum(1 for v in check if v == soilenergy.ZONE_OUTSIDE))))
        skips.report()
        feedback.setProgress(100)
        return results
