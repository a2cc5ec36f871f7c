"""bronnenstrategie:thermalradius - thermal and hydraulic radius of soil-energy wells."""

from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsPointXY,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingUtils,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QVariant

from ..base import BronnenstrategieAlgorithm
from ..utils import SkipCounter, metric_transforms, raise_if_canceled
from . import common


class ThermalRadius(BronnenstrategieAlgorithm):
    NAME = "thermalradius"
    GROUP_ID = "bodemenergie"
    STYLES = {"OUTPUT": "thermalradius_output.qml", "OUTPUT_AREAS": "thermalradius_areas.qml"}

    INPUT = "INPUT"
    OUTPUT = "OUTPUT"
    OUTPUT_AREAS = "OUTPUT_AREAS"

    def displayName(self):  # noqa: N802
        return self.tr("Thermal radius of soil-energy wells")

    def shortDescription(self):  # noqa: N802
        return self.tr("Thermal and hydraulic radius of WKO/ATES wells from volume and screen.")

    def help_text(self):
        return self.tr(
            "<p>Computes for each well of an open soil-energy system (WKO / ATES) the "
            "thermal radius, the radius of the cylinder of aquifer that the stored heat or "
            "cold occupies, and the hydraulic radius, the cylinder the stored water itself "
            "fills.</p>"
            "<p><b>Formulas</b> (SKB <i>Meer met Bodemenergie</i> report 2, 4.3.6, after "
            "Drijver 2010; also SKB <i>Cahier Bodemenergie</i>):<br>"
            "R_th = √(c_w · V / (c_aq · π · H))<br>"
            "R_hyd = √(V / (π · H · n))<br>"
            "with V the volume stored in one well in one season (m³), H the screen length "
            "(m), c_w = 4.18 MJ/m³K (water), c_aq = 2.8 MJ/m³K (saturated aquifer; sources "
            "give 2.45-2.9) and n = 0.30 (porosity).</p>"
            "<p><b>Check</b>: V = 50,000 m³, H = 40 m gives R_th = 24.37 m and R_hyd = "
            "36.42 m.</p>"
            "<p><b>Volumes</b>: permit volumes are usually about 1.5 × the design volume; "
            "use the volume factor 0.67 for expected use (the Den Haag centre study, SKB "
            "report 7). With the basis 'per system per year' each well stores the yearly "
            "volume divided by the number of wells of its system per season "
            "[assumption].</p>"
            "<p>Wells that cannot be computed (empty, zero, negative, non-numeric or "
            "implausibly large volume, above 10,000,000 m³ per well per season; a screen "
            "depth that is text, negative or deeper than 1,000 m; screen bottom not below "
            "top; no location) are skipped with one warning per reason and a count. Layers in a geographic CRS are computed in metres (RD "
            "New for Dutch data); the outputs keep the input CRS.</p>"
        )

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add_param(
            QgsProcessingParameterFeatureSource(
                self.INPUT, self.tr("Wells"), [QgsProcessing.TypeVectorPoint]
            ),
            self.tr("Point layer of soil-energy wells (one point per well)."),
        )
        common.add_well_parameters(self, self.INPUT)
        self.add_param(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT, self.tr("Wells with thermal radius"), QgsProcessing.TypeVectorPoint
            ),
            self.tr(
                "The wells with all input fields plus v_season (m³), screen_len (m), r_th "
                "(m) and r_hyd (m)."
            ),
        )
        self.add_param(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT_AREAS,
                self.tr("Thermal radius circles"),
                QgsProcessing.TypeVectorPolygon,
                optional=True,
                createByDefault=True,
            ),
            self.tr("Optional: a circle of radius r_th around each well, same attributes."),
        )
        for key, text in (
            ("N_WELLS", self.tr("Number of wells computed")),
            ("N_SKIPPED", self.tr("Number of wells skipped")),
            ("MIN_R_TH", self.tr("Smallest thermal radius (m)")),
            ("MAX_R_TH", self.tr("Largest thermal radius (m)")),
        ):
            self.addOutput(QgsProcessingOutputNumber(key, text))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        source = self.source_or_raise(parameters, self.INPUT, context)
        p = common.WellParameters(self, parameters, context, source)
        metric, forward, back = metric_transforms(source, context)
        if metric.authid() != source.sourceCrs().authid():
            feedback.pushInfo(
                self.tr("Distances are computed in {crs}.").format(crs=metric.authid())
            )
        skips = SkipCounter(feedback)
        wells = common.read_wells(source, p, forward, feedback, skips)

        new_fields = QgsFields()
        for name in ("v_season", "screen_len", "r_th", "r_hyd"):
            new_fields.append(QgsField(name, QVariant.Double, "double", 20, 3))
        fields = QgsProcessingUtils.combineFields(source.fields(), new_fields)

        sink, dest = self.parameterAsSink(
            parameters, self.OUTPUT, context, fields, source.wkbType(), source.sourceCrs()
        )
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        area_sink, area_dest = self.parameterAsSink(
            parameters, self.OUTPUT_AREAS, context, fields, QgsWkbTypes.Polygon,
            source.sourceCrs(),
        )

        n = len(wells)
        for i in range(n):
            if i % 500 == 0:
                raise_if_canceled(feedback)
                feedback.setProgress(50.0 + 50.0 * i / n)
            feature = wells.features[i]
            values = [
                round(float(wells.v_season[i]), 3),
                round(float(wells.screen_len[i]), 3),
                round(float(wells.r_th[i]), 3),
                round(float(wells.r_hyd[i]), 3),
            ]
            out = QgsFeature(fields)
            out.setGeometry(feature.geometry())
            out.setAttributes(list(feature.attributes()) + values)
            if not sink.addFeature(out, QgsFeatureSink.FastInsert):
                raise QgsProcessingException(self.writeFeatureError(sink, parameters, self.OUTPUT))
            if area_sink is not None:
                circle = QgsGeometry.fromPointXY(
                    QgsPointXY(float(wells.x[i]), float(wells.y[i]))
                ).buffer(float(wells.r_th[i]), 16)
                circle.transform(back)
                out.setGeometry(circle)
                area_sink.addFeature(out, QgsFeatureSink.FastInsert)
        n_skipped = skips.report()
        feedback.setProgress(100)
        if n:
            feedback.pushInfo(
                self.tr("{n} wells: thermal radius {lo:.1f} to {hi:.1f} m.").format(
                    n=n, lo=float(wells.r_th.min()), hi=float(wells.r_th.max())
                )
            )
        else:
            feedback.pushWarning(self.tr("No well could be computed."))
        results = {
            self.OUTPUT: dest,
            "N_WELLS": n,
            "N_SKIPPED": n_skipped,
            "MIN_R_TH": float(wells.r_th.min()) if n else None,
            "MAX_R_TH": float(wells.r_th.max()) if n else None,
        }
        if area_sink is not None:
            results[self.OUTPUT_AREAS] = area_dest
        return results
