"""The few spellings of the QGIS and Qt API that differ between QGIS 3.22 (Qt5) and QGIS 4
(Qt6), chosen once by ``Qgis.versionInt()``. Nothing else in the plugin knows about
versions: it writes ``FieldType.Double``, ``SourceType.VectorPolygon``, ``WkbType.Point``,
``GeometryType.Polygon`` and imports ``QAction`` from here.

- ``FieldType``: the type of a ``QgsField`` and of a field's values. QGIS 3.38 moved from
  ``QVariant.Type`` (deprecated there, gone with Qt6) to ``QMetaType.Type``. The names here
  are QVariant's (``Int``, ``LongLong``, ``Double``, ``String``, ``Bool``, ``Date``,
  ``DateTime``, ...).
- ``SourceType``: the layer types of Processing parameters. QGIS 3.36 moved
  ``QgsProcessing.TypeVectorPolygon`` and friends to ``Qgis.ProcessingSourceType``.
- ``WkbType`` and ``GeometryType``: QGIS 3.30 moved ``QgsWkbTypes.Type`` and
  ``QgsWkbTypes.GeometryType`` to ``Qgis.WkbType`` and ``Qgis.GeometryType`` (the geometry
  types renamed: ``PolygonGeometry`` became ``Polygon``). The names here are the new ones.
- ``QAction``: in QtWidgets with Qt5, in QtGui with Qt6.
- ``filter_legend_by_map``: a layout legend filtered by its map, waiting for QGIS 3.32+'s
  background filter.
- ``set_label_font``, ``set_legend_style_font``: fonts of layout labels and legends (text
  formats from QGIS 3.24 and 3.30).

scripts/qt6_rewrite.py rewrites code to these names; tests/test_qt6_readiness.py checks it.
"""

import contextlib

from qgis.core import Qgis, QgsProcessing, QgsWkbTypes
from qgis.PyQt.QtCore import QMetaType, QVariant

QGIS_VERSION = Qgis.versionInt()

try:  # Qt6
    from qgis.PyQt.QtGui import QAction
except ImportError:  # Qt5
    from qgis.PyQt.QtWidgets import QAction  # noqa: F401


class _Namespace:
    """Enum values under the names of this module, looked up in the version's enum."""

    def __init__(self, lookup, names):
        for name in names:
            # a value not in this version (a newer one) is left out
            with contextlib.suppress(AttributeError):
                setattr(self, name, lookup(name))


# QVariant.Type name -> QMetaType.Type name
_FIELD_TYPES = {
    "Invalid": "UnknownType",
    "Bool": "Bool",
    "Int": "Int",
    "UInt": "UInt",
    "LongLong": "LongLong",
    "ULongLong": "ULongLong",
    "Double": "Double",
    "Char": "QChar",
    "Map": "QVariantMap",
    "List": "QVariantList",
    "String": "QString",
    "StringList": "QStringList",
    "ByteArray": "QByteArray",
    "Date": "QDate",
    "Time": "QTime",
    "DateTime": "QDateTime",
    "Url": "QUrl",
    "Size": "QSize",
    "Rect": "QRect",
    "Point": "QPoint",
    "PointF": "QPointF",
    "Color": "QColor",
    "UserType": "User",
}

if QGIS_VERSION >= 33800:
    FieldType = _Namespace(lambda n: getattr(QMetaType.Type, _FIELD_TYPES[n]), _FIELD_TYPES)
else:
    FieldType = _Namespace(lambda n: getattr(QVariant, n), _FIELD_TYPES)

_SOURCE_TYPES = (
    "MapLayer",
    "VectorAnyGeometry",
    "VectorPoint",
    "VectorLine",
    "VectorPolygon",
    "Raster",
    "File",
    "Vector",
    "Mesh",
    "Plugin",
    "PointCloud",
    "Annotation",
    "VectorTile",
)
if QGIS_VERSION >= 33600:
    SourceType = Qgis.ProcessingSourceType
else:
    SourceType = _Namespace(lambda n: getattr(QgsProcessing, "Type" + n), _SOURCE_TYPES)

# Qgis.GeometryType name -> QgsWkbTypes.GeometryType name
_GEOMETRY_TYPES = {
    "Point": "PointGeometry",
    "Line": "LineGeometry",
    "Polygon": "PolygonGeometry",
    "Unknown": "UnknownGeometry",
    "Null": "NullGeometry",
}
if QGIS_VERSION >= 33000:
    WkbType = Qgis.WkbType
    GeometryType = Qgis.GeometryType
else:
    WkbType = QgsWkbTypes.Type
    GeometryType = _Namespace(lambda n: getattr(QgsWkbTypes, _GEOMETRY_TYPES[n]), _GEOMETRY_TYPES)


def filter_legend_by_map(legend):
    """Filter a layout legend by its linked map's content now. QGIS 3.32 moved the filter
    into a background task whose result a refresh of a layer's legend drops: wait for it."""
    legend.updateFilterByMap(False)
    if QGIS_VERSION >= 33200:
        legend.model().waitForHitTestBlocking()


def set_label_font(label, font, color):
    """Font and colour of a layout label: a QgsTextFormat from QGIS 3.24 (setFont and
    setFontColor are deprecated there), the font itself before."""
    if QGIS_VERSION >= 32400:
        from qgis.core import QgsTextFormat

        text_format = QgsTextFormat.fromQFont(font)
        text_format.setColor(color)
        label.setTextFormat(text_format)
    else:
        label.setFont(font)
        label.setFontColor(color)


def set_legend_style_font(legend, style, font):
    """Font of one style (title, group, item) of a layout legend: the style's text format
    from QGIS 3.30 (setStyleFont is deprecated there)."""
    if QGIS_VERSION >= 33000:
        from qgis.core import QgsTextFormat

        legend.rstyle(style).setTextFormat(QgsTextFormat.fromQFont(font))
    else:
        legend.setStyleFont(style, font)
