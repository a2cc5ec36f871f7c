"""Helpers shared by claimconflicts and exportgio: the filter parameter and reading
attribute values (geometries go through glue/geometry.py)."""

from qgis.core import (
    QgsExpression,
    QgsFeatureRequest,
    QgsProcessingException,
    QgsProcessingParameterExpression,
)
from qgis.PyQt.QtCore import QCoreApplication

from ...core import claim_schema as schema
from ..utils import to_text

TR_CONTEXT = "ClaimsGio"

#: Register fields read by the algorithms (names written once in core/claim_schema.py).
F_CLAIM_ID = schema.F_CLAIM_ID
F_NAME = schema.F_NAME
F_CLAIM_TYPE = schema.F_CLAIM_TYPE
F_STATUS = schema.F_STATUS
F_LEVEL = schema.F_LEVEL
F_DEPTH_TOP = schema.F_DEPTH_TOP
F_DEPTH_BOTTOM = schema.F_DEPTH_BOTTOM
F_INITIATOR = schema.F_INITIATOR
F_IMOW_TYPE = schema.F_IMOW_TYPE
F_IMOW_GROUP = schema.F_IMOW_GROUP
IMOW_DEFAULTS = schema.IMOW_DEFAULTS


def add_filter_param(alg, key, parent):
    alg.add_param(
        QgsProcessingParameterExpression(
            key,
            QCoreApplication.translate("ClaimsGio", "Filter (expression)"),
            defaultValue="",
            parentLayerParameterName=parent,
            optional=True,
        ),
        QCoreApplication.translate(
            "ClaimsGio",
            "Optional: only claims for which this expression is true, e.g. "
            "\"status\" <> 'ingetrokken' to leave out withdrawn claims. Empty: all claims "
            "(or the selected ones when 'selected features only' is ticked).",
        ),
    )


def request(alg, parameters, key, context, source):
    """A QgsFeatureRequest with the filter expression of ``key`` (checked)."""
    req = QgsFeatureRequest()
    text = (alg.parameterAsExpression(parameters, key, context) or "").strip()
    raw = parameters.get(key)
    if not text and isinstance(raw, str):  # QGIS 3.22 returns '' for an expression it cannot parse
        text = raw.strip()
    if text:
        expr = QgsExpression(text)
        if expr.hasParserError():
            raise QgsProcessingException(
                QCoreApplication.translate(
                    "ClaimsGio", "The filter expression is not valid: {error}"
                ).format(error=expr.parserErrorString())
            )
        req.setFilterExpression(text)
        req.setExpressionContext(alg.createExpressionContext(parameters, context, source))
    return req, text


def field_value(feature, index):
    """The attribute at ``index`` as a python value (None for null or a missing field)."""
    if index is None or index < 0:
        return None
    return python_value(feature.attribute(index))


def value_at(values, index):
    """:func:`field_value` on the list of a feature's ``attributes()`` (read once)."""
    if index is None or index < 0:
        return None
    value = values[index]
    return value if value.__class__ is str else python_value(value)


def text_at(values, index):
    """``utils.to_text(value_at(values, index))``: a stripped string, '' for null."""
    if index is not None and index >= 0:
        value = values[index]
        if value.__class__ is str:
            return value.strip()
    return to_text(value_at(values, index))


def python_value(value):
    """An attribute value as a python value (None for null)."""
    try:
        if value is None or (hasattr(value, "isNull") and value.isNull()):
            return None
    except TypeError:
        pass
    if hasattr(value, "toPyDate"):
        return value.toPyDate()
    if hasattr(value, "toPyDateTime"):
        return value.toPyDateTime()
    return value


def field_indices(fields, names):
    return {name: fields.lookupField(name) for name in names}
