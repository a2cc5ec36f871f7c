"""The spatial-claims (ruimteclaims) layer, defined once.

Field names, value maps, defaults (IMOW type and group per claim type) and constraints
of the register layer ``ruimteclaims``. Everything at module level is plain Python so
``core.claims``, the register, the algorithms and other groups (claim conflicts, GIO
export) import the names from here; the QGIS-specific helpers at the bottom import
``qgis`` inside the functions.

Stored values (codes) are Dutch and stable; display labels are English source strings
marked for translation (Dutch in ``i18n/bronnenstrategie_nl.ts``) and, for
the saved style, written in Dutch in ``ruimteclaims.qml``.
"""

from collections import OrderedDict, namedtuple
from pathlib import Path

from ..translation import QT_TRANSLATE_NOOP, translate

#: Translation context of every label in this module.
TR_CONTEXT = "Ruimteclaims"


def translated(text):
    """A label of this module (marked with QT_TRANSLATE_NOOP in TR_CONTEXT), translated."""
    return translate(TR_CONTEXT, text)


# -- names --------------------------------------------------------------------------
LAYER_NAME = "ruimteclaims"
HISTORY_TABLE = "ruimteclaims_historie"
SESSION_TABLE = "ruimteclaims_sessie"
CRS_AUTHID = "EPSG:28992"
SRS_ID = 28992
GEOMETRY_COLUMN = "geom"
GEOMETRY_TYPE = "MULTIPOLYGON"
FID = "fid"
QML_PATH = Path(__file__).resolve().parent / "ruimteclaims.qml"

F_CLAIM_ID = "claim_id"
F_NAME = "name"
F_CLAIM_TYPE = "claim_type"
F_CATEGORY = "category"
F_STATUS = "status"
F_LEVEL = "level"
F_DEPTH_TOP = "depth_top_m"
F_DEPTH_BOTTOM = "depth_bottom_m"
F_OMGEVINGSPLAN_REF = "omgevingsplan_ref"
F_IMOW_TYPE = "imow_type"
F_IMOW_GROUP = "imow_group"
F_INITIATOR = "initiator"
F_MOTIVATION = "motivation"
F_VALID_FROM = "valid_from"
F_VALID_TO = "valid_to"
F_SOURCE_REF = "source_ref"
F_CREATED_BY = "created_by"
F_CREATED_AT = "created_at"
F_MODIFIED_AT = "modified_at"

# history table columns
H_ID = "fid"
H_CLAIM_ID = "claim_id"
H_ACTION = "action"
H_TIME = "time"
H_USER = "user"
H_OLD = "old_values"
H_NEW = "new_values"

#: One field of the layer: name, SQL type in the GeoPackage, kind ("text", "int",
#: "real", "date", "datetime"), English alias, required (not null).
FieldDef = namedtuple("FieldDef", "name sql_type kind alias required")

FIELDS = (
    FieldDef(F_CLAIM_ID, "TEXT", "text", QT_TRANSLATE_NOOP("Ruimteclaims", "Claim id"), True),
    FieldDef(F_NAME, "TEXT", "text", QT_TRANSLATE_NOOP("Ruimteclaims", "Name"), True),
    FieldDef(F_CLAIM_TYPE, "TEXT", "text", QT_TRANSLATE_NOOP("Ruimteclaims", "Claim type"), True),
    FieldDef(F_CATEGORY, "INTEGER", "int", QT_TRANSLATE_NOOP("Ruimteclaims", "Category"), False),
    FieldDef(F_STATUS, "TEXT", "text", QT_TRANSLATE_NOOP("Ruimteclaims", "Status"), True),
    FieldDef(F_LEVEL, "TEXT", "text", QT_TRANSLATE_NOOP("Ruimteclaims", "Level"), False),
    FieldDef(F_DEPTH_TOP, "REAL", "real", QT_TRANSLATE_NOOP("Ruimteclaims", "Depth top (m)"), False),
    FieldDef(
        F_DEPTH_BOTTOM, "REAL", "real", QT_TRANSLATE_NOOP("Ruimteclaims", "Depth bottom (m)"), False
    ),
    FieldDef(
        F_OMGEVINGSPLAN_REF,
        "TEXT",
        "text",
        QT_TRANSLATE_NOOP("Ruimteclaims", "Omgevingsplan reference"),
        False,
    ),
    FieldDef(F_IMOW_TYPE, "TEXT", "text", QT_TRANSLATE_NOOP("Ruimteclaims", "IMOW type"), False),
    FieldDef(F_IMOW_GROUP, "TEXT", "text", QT_TRANSLATE_NOOP("Ruimteclaims", "IMOW group"), False),
    FieldDef(F_INITIATOR, "TEXT", "text", QT_TRANSLATE_NOOP("Ruimteclaims", "Initiator"), False),
    FieldDef(F_MOTIVATION, "TEXT", "text", QT_TRANSLATE_NOOP("Ruimteclaims", "Motivation"), False),
    FieldDef(F_VALID_FROM, "DATE", "date", QT_TRANSLATE_NOOP("Ruimteclaims", "Valid from"), False),
    FieldDef(F_VALID_TO, "DATE", "date", QT_TRANSLATE_NOOP("Ruimteclaims", "Valid to"), False),
    FieldDef(F_SOURCE_REF, "TEXT", "text", QT_TRANSLATE_NOOP("Ruimteclaims", "Source"), False),
    FieldDef(F_CREATED_BY, "TEXT", "text", QT_TRANSLATE_NOOP("Ruimteclaims", "Created by"), False),
    FieldDef(
        F_CREATED_AT, "DATETIME", "datetime", QT_TRANSLATE_NOOP("Ruimteclaims", "Created at"), False
    ),
    FieldDef(
        F_MODIFIED_AT,
        "DATETIME",
        "datetime",
        QT_TRANSLATE_NOOP("Ruimteclaims", "Modified at"),
        False,
    ),
)
FIELD_NAMES = tuple(f.name for f in FIELDS)
FIELDS_BY_NAME = {f.name: f for f in FIELDS}
#: Fields the user fills in (the others are set by the register).
USER_FIELDS = tuple(
    n for n in FIELD_NAMES if n not in (F_CLAIM_ID, F_CREATED_BY, F_CREATED_AT, F_MODIFIED_AT)
)

# -- value maps (code -> English label, translated with translated()) -----------------------
CLAIM_TYPES = OrderedDict(
    [
        ("geothermie_locatie", QT_TRANSLATE_NOOP("Ruimteclaims", "Geothermal location")),
        ("geothermie_zoeklocatie", QT_TRANSLATE_NOOP("Ruimteclaims", "Geothermal search location")),
        ("aquathermie", QT_TRANSLATE_NOOP("Ruimteclaims", "Aquathermal site (TEO/TEA)")),
        ("restwarmte_wos", QT_TRANSLATE_NOOP("Ruimteclaims", "Residual heat / heat transfer station")),
        (
            "bodemenergie_interferentiegebied",
            QT_TRANSLATE_NOOP("Ruimteclaims", "Soil energy: interference area"),
        ),
        ("bodemenergie_zone_warm", QT_TRANSLATE_NOOP("Ruimteclaims", "Soil energy: warm zone")),
        ("bodemenergie_zone_koud", QT_TRANSLATE_NOOP("Ruimteclaims", "Soil energy: cold zone")),
        ("warmtenet_trace", QT_TRANSLATE_NOOP("Ruimteclaims", "Heat network route")),
        ("overig", QT_TRANSLATE_NOOP("Ruimteclaims", "Other")),
    ]
)
#: Claim types that may carry a geothermal category (1/2/3).
GEOTHERMAL_TYPES = ("geothermie_locatie", "geothermie_zoeklocatie")

STATUSES = OrderedDict(
    [
        ("concept", QT_TRANSLATE_NOOP("Ruimteclaims", "Draft")),
        ("in_procedure", QT_TRANSLATE_NOOP("Ruimteclaims", "In procedure")),
        ("vastgesteld", QT_TRANSLATE_NOOP("Ruimteclaims", "Adopted")),
        ("ingetrokken", QT_TRANSLATE_NOOP("Ruimteclaims", "Withdrawn")),
    ]
)
DEFAULT_STATUS = "concept"

LEVELS = OrderedDict(
    [
        ("bovengronds", QT_TRANSLATE_NOOP("Ruimteclaims", "Above ground")),
        ("ondergronds", QT_TRANSLATE_NOOP("Ruimteclaims", "Underground")),
        ("beide", QT_TRANSLATE_NOOP("Ruimteclaims", "Both")),
    ]
)

#: Geothermal categories of the Bronnenstrategie (designated location 1, search locations
#: 2 and 3).
CATEGORIES = OrderedDict(
    [
        (1, QT_TRANSLATE_NOOP("Ruimteclaims", "Category 1")),
        (2, QT_TRANSLATE_NOOP("Ruimteclaims", "Category 2")),
        (3, QT_TRANSLATE_NOOP("Ruimteclaims", "Category 3")),
    ]
)

#: IMOW Gebiedsaanwijzing type and group per claim type [A: suggested mapping of the
#: domain reference, section 5, on IMOW value list TypeGebiedsaanwijzing 4.0.0].
IMOW_DEFAULTS = {
    "geothermie_locatie": ("Energievoorziening", "Energieproductiegebied"),
    "geothermie_zoeklocatie": ("Energievoorziening", "Energieproductiegebied"),
    "aquathermie": ("Energievoorziening", "Energieproductiegebied"),
    "restwarmte_wos": ("Energievoorziening", "Energieproductiegebied"),
    "bodemenergie_interferentiegebied": ("Energievoorziening", "Bodemenergiegebied"),
    "bodemenergie_zone_warm": ("Energievoorziening", "Bodemenergiegebied"),
    "bodemenergie_zone_koud": ("Energievoorziening", "Bodemenergiegebied"),
    "warmtenet_trace": ("Leiding", "Buisleiding"),
    "overig": ("", ""),
}
#: IMOW value-list URI of a group (domain reference, section 5) [S].
IMOW_URI = "http://standaarden.omgevingswet.overheid.nl/typegebiedsaanwijzing/id/concept/{}"

#: Default level per claim type [A: wells, soil and heat-network pipes lie underground;
#: aquathermal and WOS sites are buildings with intakes or pipes, so both].
DEFAULT_LEVELS = {
    "geothermie_locatie": "beide",
    "geothermie_zoeklocatie": "beide",
    "aquathermie": "beide",
    "restwarmte_wos": "bovengronds",
    "bodemenergie_interferentiegebied": "ondergronds",
    "bodemenergie_zone_warm": "ondergronds",
    "bodemenergie_zone_koud": "ondergronds",
    "warmtenet_trace": "ondergronds",
    "overig": "beide",
}

#: Fill colour per claim type (used by the style).
COLOURS = {
    "geothermie_locatie": "#d7301f",
    "geothermie_zoeklocatie": "#fc8d59",
    "aquathermie": "#2b8cbe",
    "restwarmte_wos": "#88419d",
    "bodemenergie_interferentiegebied": "#41ab5d",
    "bodemenergie_zone_warm": "#fdae61",
    "bodemenergie_zone_koud": "#74add1",
    "warmtenet_trace": "#737373",
    "overig": "#bdbdbd",
}


def value_map(name):
    """The value map (OrderedDict code -> English label) of a field, or None."""
    return {
        F_CLAIM_TYPE: CLAIM_TYPES,
        F_STATUS: STATUSES,
        F_LEVEL: LEVELS,
        F_CATEGORY: CATEGORIES,
    }.get(name)


def label(name, code):
    """Translated label of a code of a value-mapped field ('' for empty, the code if unknown)."""
    if code is None or code == "":
        return ""
    mapping = value_map(name) or {}
    text = mapping.get(code)
    return translated(text) if text else str(code)


def defaults_for_type(claim_type):
    """Default values that follow from a claim type: IMOW type/group and level."""
    imow_type, imow_group = IMOW_DEFAULTS.get(claim_type, ("", ""))
    return {
        F_IMOW_TYPE: imow_type,
        F_IMOW_GROUP: imow_group,
        F_LEVEL: DEFAULT_LEVELS.get(claim_type, ""),
    }


# -- QGIS helpers (qgis imported inside) -------------------------------------------
def qgs_fields():
    """QgsFields of the layer (without the fid)."""
    from qgis.core import QgsField, QgsFields
    from ..compat import FieldType

    kinds = {
        "text": FieldType.String,
        "int": FieldType.Int,
        "real": FieldType.Double,
        "date": FieldType.Date,
        "datetime": FieldType.DateTime,
    }
    fields = QgsFields()
    for definition in FIELDS:
        fields.append(QgsField(definition.name, kinds[definition.kind]))
    return fields


def _imow_default_expression(index):
    cases = " ".join(
        "WHEN '{}' THEN '{}'".format(code, pair[index]) for code, pair in IMOW_DEFAULTS.items()
    )
    return 'CASE "{}" {} ELSE NULL END'.format(F_CLAIM_TYPE, cases)


def apply_layer_setup(layer):
    """Aliases, editor widgets (value maps with translated labels), constraints and
    default values of the definition on a QgsVectorLayer of the register."""
    from qgis.core import (
        QgsDefaultValue,
        QgsEditorWidgetSetup,
        QgsFieldConstraints,
    )

    fields = layer.fields()
    for definition in FIELDS:
        index = fields.indexOf(definition.name)
        if index < 0:
            continue
        layer.setFieldAlias(index, translated(definition.alias))
        mapping = value_map(definition.name)
        if mapping is not None:
            entries = [] if definition.required else [{"": None}]
            entries += [{translated(text): code} for code, text in mapping.items()]
            layer.setEditorWidgetSetup(
                index, QgsEditorWidgetSetup("ValueMap", {"map": entries})
            )
        elif definition.name == F_CLAIM_ID:
            layer.setEditorWidgetSetup(index, QgsEditorWidgetSetup("UuidGenerator", {}))
        elif definition.kind in ("date", "datetime"):
            fmt = "yyyy-MM-dd" if definition.kind == "date" else "yyyy-MM-dd HH:mm:ss"
            layer.setEditorWidgetSetup(
                index,
                QgsEditorWidgetSetup(
                    "DateTime",
                    {"allow_null": True, "calendar_popup": True, "display_format": fmt,
                     "field_format": fmt},
                ),
            )
        elif definition.name == F_MOTIVATION:
            layer.setEditorWidgetSetup(
                index, QgsEditorWidgetSetup("TextEdit", {"IsMultiline": True})
            )
        if definition.required:
            layer.setFieldConstraint(
                index, QgsFieldConstraints.Constraint.ConstraintNotNull, QgsFieldConstraints.ConstraintStrength.ConstraintStrengthHard
            )
    defaults = {
        F_IMOW_TYPE: (_imow_default_expression(0), True),
        F_IMOW_GROUP: (_imow_default_expression(1), True),
        F_STATUS: ("'{}'".format(DEFAULT_STATUS), False),
        F_CREATED_BY: ("@user_account_name", False),
        F_CREATED_AT: ("now()", False),
        F_MODIFIED_AT: ("now()", True),
    }
    for name, (expression, on_update) in defaults.items():
        index = fields.indexOf(name)
        if index >= 0:
            layer.setDefaultValueDefinition(index, QgsDefaultValue(expression, on_update))
    # geothermal category only for geothermal types; depth and date order
    constraints = {
        F_CATEGORY: (
            '"{c}" IS NULL OR ("{t}" IN ({types}) AND "{c}" IN (1, 2, 3))'.format(
                c=F_CATEGORY, t=F_CLAIM_TYPE, types=", ".join("'%s'" % t for t in GEOTHERMAL_TYPES)
            ),
            QT_TRANSLATE_NOOP("Ruimteclaims", "Category 1, 2 or 3, only for geothermal claims"),
        ),
        F_DEPTH_BOTTOM: (
            '"{t}" IS NULL OR "{b}" IS NULL OR "{t}" <= "{b}"'.format(t=F_DEPTH_TOP, b=F_DEPTH_BOTTOM),
            QT_TRANSLATE_NOOP("Ruimteclaims", "The top depth may not be below the bottom depth"),
        ),
        F_VALID_TO: (
            '"{f}" IS NULL OR "{t}" IS NULL OR "{f}" <= "{t}"'.format(f=F_VALID_FROM, t=F_VALID_TO),
            QT_TRANSLATE_NOOP("Ruimteclaims", "Valid from must not be after valid to"),
        ),
    }
    for name, (expression, description) in constraints.items():
        index = fields.indexOf(name)
        if index >= 0:
            layer.setConstraintExpression(index, expression, translated(description))


def apply_renderer(layer):
    """Categorised fill per claim type (translated labels), hatched when withdrawn, and
    the claim name as label."""
    from qgis.core import (
        QgsCategorizedSymbolRenderer,
        QgsFillSymbol,
        QgsPalLayerSettings,
        QgsRendererCategory,
        QgsTextFormat,
        QgsVectorLayerSimpleLabeling,
    )
    from qgis.PyQt.QtGui import QColor

    categories = []
    for code, text in CLAIM_TYPES.items():
        colour = QColor(COLOURS[code])
        symbol = QgsFillSymbol.createSimple(
            {
                "color": "{},{},{},110".format(colour.red(), colour.green(), colour.blue()),
                "outline_color": COLOURS[code],
                "outline_width": "0.6",
            }
        )
        categories.append(QgsRendererCategory(code, symbol, translated(text)))
    layer.setRenderer(QgsCategorizedSymbolRenderer(F_CLAIM_TYPE, categories))
    settings = QgsPalLayerSettings()
    settings.fieldName = F_NAME
    text_format = QgsTextFormat()
    text_format.setSize(8)
    buffer = text_format.buffer()
    buffer.setEnabled(True)
    text_format.setBuffer(buffer)
    settings.setFormat(text_format)
    layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
    layer.setLabelsEnabled(True)


def write_qml(path=QML_PATH):
    """Write the style (renderer, labels, editor widgets, constraints, defaults) of the
    current translation to ``path`` (used to generate layers/ruimteclaims.qml)."""
    import tempfile

    from qgis.core import QgsMapLayer

    from . import register

    with tempfile.TemporaryDirectory() as folder:
        store = register.GeoPackageClaimStore(str(Path(folder) / "style.gpkg"))
        store.create()
        from qgis.core import QgsVectorLayer

        layer = QgsVectorLayer("{}|layername={}".format(store.location(), LAYER_NAME), "s", "ogr")
        apply_renderer(layer)
        apply_layer_setup(layer)
        message, ok = layer.saveNamedStyle(str(path), QgsMapLayer.StyleCategory.AllStyleCategories)
        del layer
    return ok


def load_layer(path, name=None, provider="ogr"):
    """A QgsVectorLayer of the register at ``path``, styled and set up. With another
    ``provider`` (PostGIS: "postgres") ``path`` is the layer URI of the store's qgis_source()."""
    from qgis.core import QgsVectorLayer

    uri = "{}|layername={}".format(path, LAYER_NAME) if provider == "ogr" else path
    layer = QgsVectorLayer(uri, name or translated(QT_TRANSLATE_NOOP("Ruimteclaims", "Spatial claims")), provider)
    if layer.isValid():
        if QML_PATH.exists():
            layer.loadNamedStyle(str(QML_PATH))
        else:
            apply_renderer(layer)
        apply_layer_setup(layer)  # value maps and aliases in the user's language
    return layer
