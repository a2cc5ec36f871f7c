"""Reading a feature source with the plugin's counted skips: features without a usable
geometry, the Processing setting for invalid geometries, a filter rectangle."""

from qgis.core import (
    QgsCoordinateTransform,
    QgsCsException,
    QgsFeatureRequest,
    QgsGeometry,
    QgsProcessingException,
    QgsProcessingFeatureSource,
)

from ..translation import tr
from .progress import raise_if_canceled


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


def read_features(
    source, context, feedback, skips, key, message, metric_rect=None, metric_crs=None
):
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
            to_src = QgsCoordinateTransform(
                metric_crs, source.sourceCrs(), context.transformContext()
            )
            rect = to_src.transformBoundingBox(metric_rect)
        except QgsCsException:
            rect = None
    check = context.invalidGeometryCheck()
    out = []
    features = source.getFeatures(
        QgsFeatureRequest(), QgsProcessingFeatureSource.Flag.FlagSkipGeometryValidityChecks
    )
    for i, feature in enumerate(features):
        if i % 500 == 0:
            raise_if_canceled(feedback)
        geom = feature.geometry()
        if geom is None or geom.isNull() or geom.isEmpty():
            skips.add(key, message, feature.id())
            continue
        if rect is not None and not geom.boundingBox().intersects(rect):
            continue
        if (
            check != QgsFeatureRequest.InvalidGeometryCheck.GeometryNoCheck
            and not geom.isGeosValid()
        ):
            if check == QgsFeatureRequest.InvalidGeometryCheck.GeometryAbortOnInvalid:
                raise QgsProcessingException(
                    tr(
                        "Feature {id} of the layer '{layer}' has an invalid geometry. Repair it "
                        "(Fix geometries), or set the Processing option 'Invalid features "
                        "filtering' to skip or not filter invalid features."
                    ).format(id=feature.id(), layer=source.sourceName())
                )
            skips.add(
                "invalid_" + key,
                tr("invalid geometry (Processing option: skip invalid " "features)"),
                feature.id(),
            )
            continue
        out.append(feature)
    return out
