"""Helpers shared by the algorithms: metric CRS, number parsing, skip counts, styles."""

import math
from collections import OrderedDict
from pathlib import Path

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsProcessingLayerPostProcessorInterface,
    QgsRectangle,
    QgsUnitTypes,
)

# moved: the number readers to core/values.py, the geometry helpers to the geometry
# bridge, the cancel check to glue.progress; importable here until every caller uses
# them there
from ..core.values import (  # noqa: F401
    NUMBER_HIGH,
    NUMBER_LOW,
    NUMBER_MISSING,
    NUMBER_OK,
    NUMBER_TEXT,
    read_number,
    to_float,
    to_text,
)
from ..glue.geometry import (  # noqa: F401
    polygon_geometries,
    single_point,
    transform_rings,
)
from ..glue.progress import raise_if_canceled  # noqa: F401 - one place, used here too
from ..translation import tr

STYLE_DIR = Path(__file__).resolve().parent.parent / "resources" / "styles"
RD_NEW = "EPSG:28992"
WGS84 = "EPSG:4326"
#: Longitude/latitude box of the Netherlands (with its territorial waters), where RD New
#: is the right metric CRS.
NL_BOX = (3.0, 50.6, 7.4, 53.8)
#: Projected CRSs in metres whose scale is too distorted to measure with.
DISTORTED = {"EPSG:3857", "EPSG:900913", "EPSG:3785", "EPSG:102100"}


# -- CRS --------------------------------------------------------------------------
def metric_crs(crs, extent, transform_context):
    """A CRS in metres to compute distances and areas for data in ``crs``.

    RD New (EPSG:28992) for data in the Netherlands, the layer's own CRS when it is
    projected in metres and not Web Mercator, otherwise the UTM zone of the data.
    ``extent`` is a QgsRectangle in ``crs``.
    """
    if crs.authid() == RD_NEW:
        return crs
    wgs84 = QgsCoordinateReferenceSystem(WGS84)
    centre = None
    if extent is not None and not extent.isNull() and math.isfinite(extent.xMinimum()):
        try:
            to_wgs = QgsCoordinateTransform(crs, wgs84, transform_context)
            centre = to_wgs.transform(extent.center())
        except Exception:  # noqa: BLE001 - fall back to the layer CRS below
            centre = None
    if centre is not None:
        lon, lat = centre.x(), centre.y()
        if NL_BOX[0] <= lon <= NL_BOX[2] and NL_BOX[1] <= lat <= NL_BOX[3]:
            return QgsCoordinateReferenceSystem(RD_NEW)
    if (
        crs.isValid()
        and not crs.isGeographic()
        and crs.mapUnits() == QgsUnitTypes.DistanceUnit.DistanceMeters
        and crs.authid() not in DISTORTED
    ):
        return crs
    if centre is None:
        return QgsCoordinateReferenceSystem(RD_NEW)
    zone = int((centre.x() + 180.0) // 6.0) + 1
    zone = min(max(zone, 1), 60)
    epsg = (32600 if centre.y() >= 0 else 32700) + zone
    return QgsCoordinateReferenceSystem(f"EPSG:{epsg}")


def metric_transforms(source, context, extent=None):
    """(metric crs, transform to it, transform back) for a feature source."""
    crs = source.sourceCrs()
    if extent is None:
        extent = source.sourceExtent()
    target = metric_crs(crs, extent or QgsRectangle(), context.transformContext())
    forward = QgsCoordinateTransform(crs, target, context.transformContext())
    back = QgsCoordinateTransform(target, crs, context.transformContext())
    return target, forward, back


# -- skipped features -------------------------------------------------------------
class SkipCounter:
    """Counts skipped features per reason and reports one warning per reason."""

    def __init__(self, feedback):
        self.feedback = feedback
        self.counts = OrderedDict()
        self.messages = {}
        self.examples = {}

    def add(self, key, message, feature_id=None):
        self.counts[key] = self.counts.get(key, 0) + 1
        self.messages.setdefault(key, message)
        if feature_id is not None:
            self.examples.setdefault(key, []).append(feature_id)

    @property
    def total(self):
        return sum(self.counts.values())

    def report(self):
        for key, count in self.counts.items():
            ids = self.examples.get(key, [])[:10]
            text = tr("{count} feature(s) skipped: {reason}").format(
                count=count, reason=self.messages[key]
            )
            if ids:
                text += " " + tr("(feature ids: {ids}{more})").format(
                    ids=", ".join(str(i) for i in ids), more=", ..." if count > len(ids) else ""
                )
            if self.feedback is not None:
                self.feedback.pushWarning(text)
        return self.total


# -- styles -----------------------------------------------------------------------
class StylePostProcessor(QgsProcessingLayerPostProcessorInterface):
    """Applies a QML style to an output when QGIS loads it."""

    _instances = []

    def __init__(self, qml):
        super().__init__()
        self.qml = str(qml)

    def postProcessLayer(self, layer, context, feedback):  # noqa: N802
        if layer is not None and layer.isValid():
            layer.loadNamedStyle(self.qml)
            layer.triggerRepaint()

    @classmethod
    def create(cls, qml):
        # keep a reference: QGIS does not own the Python object
        instance = cls(qml)
        cls._instances.append(instance)
        return instance


def style_path(qml):
    return STYLE_DIR / qml


def apply_style_on_load(context, dest_id, qml):
    """Style the output ``dest_id`` with resources/styles/<qml> when it is loaded."""
    path = style_path(qml)
    if not path.exists() or not context.willLoadLayerOnCompletion(dest_id):
        return False
    details = context.layerToLoadOnCompletionDetails(dest_id)
    details.setPostProcessor(StylePostProcessor.create(path))
    return True
