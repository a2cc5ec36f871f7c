"""bronnenstrategie:thermalradius - thermal and hydraulic radius of soil-energy wells."""

import numpy as np
from qgis.core import (
    QgsFeatureSink,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
)

from ...compat import SourceType, WkbType
from ...core.buffers import point_buffer_rings
from ...glue.geometry import polygon_geometries
from ...glue.writer import Writer, double, make_fields
from ..base import BronnenstrategieAlgorithm
from ..utils import SkipCounter, metric_transforms, raise_if_canceled
from . import common

#: The values added to each well.
NEW_FIELDS = [double(name) for name in ("v_season", "screen_len", "r_th", "r_hyd")]
#: Segments per quarter circle of the thermal radius circles (as QgsGeometry.buffer(r, 16)).
QUAD_SEGMENTS = 16
#: Features written per batch (bounds the memory of the circles; cancel checks between).
CHUNK = 2000
#: Below this radius (m) a circle is made by GEOS itself: its vertices would come within
#: rounding distance of each other, and GEOS then drops vertices.
TINY_RADIUS = 1e-3


def circle_geometries(x, y, r, quad_segments=QUAD_SEGMENTS):
    """Polygons of circles of radius ``r`` around (x, y), vertex for vertex as GEOS buffers
    a point (QgsGeometry.buffer(r, quad_segments)): the shared numpy rings of
    core/buffers.py, written as one WKB buffer; radii below TINY_RADIUS go through GEOS."""
    x = np.asarray(x, dtype=float)
    y = np.asarray(y, dtype=float)
    r = np.asarray(r, dtype=float)
    tiny = r < TINY_RADIUS
    out = polygon_geometries(point_buffer_rings(x, y, np.where(tiny, 1.0, r), quad_segments))
    for k in np.flatnonzero(tiny):
        out[k] = QgsGeometry.fromPointXY(QgsPointXY(float(x[k]), float(y[k]))).buffer(
            float(r[k]), quad_segments
        )
    return out


class ThermalRadius(common.CheckedBySettings, BronnenstrategieAlgorithm):
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
            "top; no location) are skipped with one warning per reason and a count. Layers in a "
            "geographic CRS are computed in metres (RD "
            "New for Dutch data); the outputs keep the input CRS.</p>"
        )

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add_param(
            QgsProcessingParameterFeatureSource(
                self.INPUT, self.tr("Wells"), [SourceType.VectorPoint]
            ),
            self.tr("Point layer of soil-energy wells (one point per well)."),
        )
        common.add_well_parameters(self, self.INPUT)
        self.add_param(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT, self.tr("Wells with thermal radius"), SourceType.VectorPoint
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
                SourceType.VectorPolygon,
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

    def _settings(self, parameters, context, source):
        """The well parameters of the run (raises on a cross-parameter rule)."""
        return common.WellParameters(self, parameters, context, source)

    @staticmethod
    def _write(out, area_out, wells, fields, back, feedback):
        """Write the wells (their features with the four new values set by index: no
        conversion of all attributes) and their circles, CHUNK at a time."""
        n = len(wells)
        n_in = fields.count() - len(NEW_FIELDS)
        # the four new values, rounded as before (Python's round, value by value)
        values = [[round(v, 3) for v in getattr(wells, spec.name).tolist()] for spec in NEW_FIELDS]
        transform_back = not back.isShortCircuited()
        for start in range(0, n, CHUNK):
            raise_if_canceled(feedback)
            feedback.setProgress(50.0 + 50.0 * start / n)
            stop = min(start + CHUNK, n)
            batch = wells.features[start:stop]
            for feature, *new in zip(batch, *(column[start:stop] for column in values)):
                feature.setFields(fields, False)
                feature.resizeAttributes(fields.count())
                for k, value in enumerate(new):
                    feature.setAttribute(n_in + k, value)
            out.add_features(batch)
            if area_out is not None:
                circles = circle_geometries(
                    wells.x[start:stop], wells.y[start:stop], wells.r_th[start:stop]
                )
                for feature, circle in zip(batch, circles):
                    if transform_back:
                        circle.transform(back)
                    feature.setGeometry(circle)
                area_out.sink.addFeatures(batch, QgsFeatureSink.Flag.FastInsert)
            # written: let the features (and their circles) go, to keep the memory low
            wells.features[start:stop] = [None] * (stop - start)

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
        fields = make_fields(NEW_FIELDS, base=source.fields())
        out = Writer.open(
            self, parameters, self.OUTPUT, context, fields, source.wkbType(), source.sourceCrs()
        )
        area_out = Writer.open(
            self,
            parameters,
            self.OUTPUT_AREAS,
            context,
            fields,
            WkbType.Polygon,
            source.sourceCrs(),
            required=False,
        )
        self._write(out, area_out, wells, fields, back, feedback)
        n = len(wells)
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
            self.OUTPUT: out.dest,
            "N_WELLS": n,
            "N_SKIPPED": n_skipped,
            "MIN_R_TH": float(wells.r_th.min()) if n else None,
            "MAX_R_TH": float(wells.r_th.max()) if n else None,
        }
        if area_out is not None:
            results[self.OUTPUT_AREAS] = area_out.dest
        return results
