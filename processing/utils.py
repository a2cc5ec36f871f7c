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
from ..translation import tr

STYLE_DIR = Path(__file__).resolve().parent.parent / "resources" / "styles"
RD_NEW = "EPSG:28992"
WGS84 = "EPSG:4326"
#: Longitude/latitude box of the Netherlands (with its territorial waters), where RD New
#: is the right metric CRS.
NL_BOX = (3.0, 50.6, 7.4, 53.8)
#: Projected CRSs in metres whose scale is too distorted to measure with.
DISTORTED = {"EPSG:3857", "EPSG:900913", "EPSG:3785", "EPSG:102100"}


# -- numbers ----------------------------------------------------------------------
def to_float(value):
    """A finite float from an attribute value, or None (null, empty, NaN, text, inf).

    Accepts numbers, numeric strings and Dutch decimal commas ("12,5").
    """
    if value is None:
        return None
    try:  # QVariant NULL
        if hasattr(value, "isNull") and value.isNull():
            return None
    except TypeError:
        pass
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        number = float(value)
    else:
        text = str(value).strip()
        if not text or text.upper() == "NULL":
            return None
        if "," in text and "." not in text:
            text = text.replace(",", ".")
        try:
            number = float(text)
        except ValueError:
            return None
    if math.isnan(number) or math.isinf(number):
        return None
    return number


#: Status of a number read from an attribute (see :func:`read_number`).
NUMBER_OK, NUMBER_MISSING, NUMBER_TEXT, NUMBER_LOW, NUMBER_HIGH = (
    "ok", "missing", "text", "low", "high")


def read_number(value, low=None, high=None, low_inclusive=True):
    """(number or None, status) of an attribute value, telling *why* it is unusable.

    status: ``"missing"`` (null, empty string, NaN), ``"text"`` (something that is not a
    number, e.g. 'veel'), ``"low"`` (below ``low``, or equal to it when not
    ``low_inclusive``), ``"high"`` (above ``high``: implausibly large), else ``"ok"``.
    Algorithms skip or warn per status with a SkipCounter, so that text in a number
    column is never silently taken for an empty value.
    """
    if value is None:
        return None, NUMBER_MISSING
    try:
        if hasattr(value, "isNull") and value.isNull():
            return None, NUMBER_MISSING
    except TypeError:
        pass
    if isinstance(value, str) and (not value.strip() or value.strip().upper() == "NULL"):
        return None, NUMBER_MISSING
    if isinstance(value, float) and math.isnan(value):
        return None, NUMBER_MISSING
    number = to_float(value)
    if number is None:
        return None, NUMBER_TEXT
    if low is not None and (number < low or (number == low and not low_inclusive)):
        return number, NUMBER_LOW
    if high is not None and number > high:
        return number, NUMBER_HIGH
    return number, NUMBER_OK


def to_text(value):
    """A stripped string from an attribute value, or '' for null."""
    if value is None:
        return ""
    try:
        if hasattr(value, "isNull") and value.isNull():
            return ""
    except TypeError:
        pass
    return str(value).strip()


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
    return QgsCoordinateReferenceSystem("EPSG:{}".format(epsg))


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


# -- cancellation -----------------------------------------------------------------
def raise_if_canceled(feedback):
    """Stop with a clear message when the user cancelled: no output is presented as complete."""
    from qgis.core import QgsProcessingException

    if feedback is not None and feedback.isCanceled():
        raise QgsProcessingException(
            tr("Cancelled by the user: the outputs are incomplete and were discarded.")
        )


# -- geometry -----------------------------------------------------------------------
def single_point(geometry):
    """The QgsPointXY of a point or single-part multipoint geometry, else None."""
    if geometry is None or geometry.isNull() or geometry.isEmpty():
        return None
    if geometry.isMultipart():
        parts = geometry.asMultiPoint()
        if len(parts) != 1:
            return None
        return parts[0]
    try:
        return geometry.asPoint()
    except (TypeError, ValueError):
        return None


# -- many polygons at once (numpy rings <-> QGIS) ------------------------------------
def transform_rings(rings, transform):
    """Coordinates (..., 2) through a QgsCoordinateTransform in one call.

    The points go through QGIS as one line string, i.e. the same per-point PROJ calls
    (with z = 0) as transforming each geometry; a failing point raises QgsCsException for
    the whole call, so a caller can fall back to one geometry at a time."""
    import numpy as np
    from qgis.core import QgsGeometry

    rings = np.asarray(rings, dtype=float)
    if transform.isShortCircuited() or rings.size == 0:
        return rings
    flat = rings.reshape(-1, 2)
    n = len(flat)
    if n < 2:  # a line string needs two points
        flat = np.vstack([flat, flat])
    wkb = (np.array([1], "<u1").tobytes() + np.array([2, len(flat)], "<u4").tobytes()
           + np.ascontiguousarray(flat, "<f8").tobytes())
    geom = QgsGeometry()
    geom.fromWkb(wkb)
    geom.transform(transform)
    out = np.frombuffer(bytes(geom.asWkb()), dtype="<f8", offset=9).reshape(-1, 2)[:n]
    return out.reshape(rings.shape)


def polygon_geometries(rings, multi=False):
    """QgsGeometry polygons (``multi``: single-part multipolygons) with the exterior rings
    (n, m, 2), written as one WKB buffer."""
    import numpy as np
    from qgis.core import QgsGeometry

    rings = np.asarray(rings, dtype=float)
    n, m = rings.shape[0], rings.shape[1] if rings.ndim == 3 else 0
    head = [("order", "u1"), ("type", "<u4"), ("rings", "<u4")]
    if multi:
        head = [("morder", "u1"), ("mtype", "<u4"), ("parts", "<u4")] + head
    rec = np.zeros(n, dtype=np.dtype(head + [("points", "<u4"), ("xy", "<f8", (m, 2))]))
    rec["order"], rec["type"], rec["rings"], rec["points"] = 1, 3, 1, m
    if multi:
        rec["morder"], rec["mtype"], rec["parts"] = 1, 6, 1
    rec["xy"] = rings
    buf, size = rec.tobytes(), rec.dtype.itemsize
    out = []
    for k in range(n):
        geom = QgsGeometry()
        geom.fromWkb(buf[k * size:(k + 1) * size])
        out.append(geom)
    return out
