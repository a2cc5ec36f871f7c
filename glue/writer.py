"""The shared writer of the algorithms' outputs.

An algorithm declares its output fields once as :class:`Field` specs (name, type, length,
precision), opens the sink with :meth:`Writer.open` and writes features, or attribute rows
with geometries, in bulk. A failed write stops the run with the sink's error; an
optional output that is not wanted gives ``None`` from :meth:`Writer.open`, so callers
write ``if writer:``.
"""

from dataclasses import dataclass

from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsProcessingException,
    QgsProcessingUtils,
)

from ..compat import FieldType

#: Rows per addFeatures call: a bulk write without holding every feature twice.
CHUNK = 5000

_TYPE_NAMES = {
    "Double": "double",
    "Int": "integer",
    "LongLong": "int8",
    "String": "string",
    "Bool": "boolean",
    "Date": "date",
    "DateTime": "datetime",
}


@dataclass(frozen=True)
class Field:
    """One output field: ``type`` a compat.FieldType name ("Double", "Int", "String",
    ...); length and precision as QgsField takes them (0 = the provider's default);
    ``type_name`` the QgsField type name (None: the usual name of the type, e.g.
    "double"; "" for none)."""

    name: str
    type: str = "Double"
    length: int = 0
    precision: int = 0
    type_name: str = None

    def qgs_field(self):
        type_name = _TYPE_NAMES.get(self.type, "") if self.type_name is None else self.type_name
        return QgsField(
            self.name, getattr(FieldType, self.type), type_name, self.length, self.precision
        )


def double(name, length=20, precision=3):
    """A Double field spec (the plugin's usual 20.3)."""
    return Field(name, "Double", length, precision)


def make_fields(specs, base=None):
    """QgsFields of the specs (Field or QgsField), after the fields of ``base`` when given
    (as QgsProcessingUtils.combineFields: a clashing new name gets a suffix)."""
    fields = QgsFields()
    for spec in specs:
        fields.append(spec.qgs_field() if isinstance(spec, Field) else spec)
    if base is not None:
        return QgsProcessingUtils.combineFields(base, fields)
    return fields


class Writer:
    """A processing feature sink with its destination id, written in bulk."""

    def __init__(self, alg, parameters, key, sink, dest, fields):
        self.alg = alg
        self.parameters = parameters
        self.key = key
        self.sink = sink
        self.dest = dest
        self.fields = fields
        self.count = 0

    @classmethod
    def open(cls, alg, parameters, key, context, fields, wkb_type, crs, required=True):
        """The writer of output ``key``; None when an optional output is not wanted, a
        QgsProcessingException when a required one cannot be created."""
        if not isinstance(fields, QgsFields):
            fields = make_fields(fields)
        sink, dest = alg.parameterAsSink(parameters, key, context, fields, wkb_type, crs)
        if sink is None:
            if required:
                raise QgsProcessingException(alg.invalidSinkError(parameters, key))
            return None
        return cls(alg, parameters, key, sink, dest, fields)

    def add_features(self, features):
        """Write QgsFeatures in one call; a failed write stops the run."""
        if not self.sink.addFeatures(features, QgsFeatureSink.Flag.FastInsert):
            raise QgsProcessingException(
                self.alg.writeFeatureError(self.sink, self.parameters, self.key)
            )
        self.count += len(features)

    def write_rows(self, rows, geometries=None):
        """Write attribute rows (lists in the order of the fields), each with the geometry
        of the same index in ``geometries`` (None: no geometry), CHUNK at a time."""
        rows = list(rows)
        geometries = [None] * len(rows) if geometries is None else list(geometries)
        for start in range(0, len(rows), CHUNK):
            batch = []
            for row, geom in zip(rows[start : start + CHUNK], geometries[start : start + CHUNK]):
                feature = QgsFeature(self.fields)
                feature.setAttributes(list(row))
                if geom is not None:
                    feature.setGeometry(geom)
                batch.append(feature)
            self.add_features(batch)


def open_output(alg, parameters, key, context, fields, wkb_type, crs, required=True):
    """Shortcut for :meth:`Writer.open`."""
    return Writer.open(alg, parameters, key, context, fields, wkb_type, crs, required)
