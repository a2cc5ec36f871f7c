"""The plain schema of the spatial-claims (ruimteclaims) register, defined once.

Field names, value maps, defaults (IMOW type and group per claim type, level), colours
and the names of the tables of the register layer ``ruimteclaims``. Plain Python, no QGIS:
``core.claims`` validates with it, the stores in ``register/`` build their tables from it,
``register/qgis_layer.py`` gives it its QGIS side (QgsFields, editor widgets, style) and
translates the labels.

Stored values (codes) are Dutch and stable; display labels are English source strings
marked for translation (Dutch in ``i18n/bronnenstrategie_nl.ts``).
"""

from __future__ import annotations

from collections import OrderedDict, namedtuple
from typing import Any

from .translation import QT_TRANSLATE_NOOP

#: Translation context of every label in this module.
TR_CONTEXT = "Ruimteclaims"


# -- names --------------------------------------------------------------------------
LAYER_NAME = "ruimteclaims"
HISTORY_TABLE = "ruimteclaims_historie"
SESSION_TABLE = "ruimteclaims_sessie"
CRS_AUTHID = "EPSG:28992"
SRS_ID = 28992
GEOMETRY_COLUMN = "geom"
GEOMETRY_TYPE = "MULTIPOLYGON"
FID = "fid"

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
    FieldDef(
        F_DEPTH_TOP, "REAL", "real", QT_TRANSLATE_NOOP("Ruimteclaims", "Depth top (m)"), False
    ),
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

# -- value maps (code -> English label, translated by register/qgis_layer.py) -------------
CLAIM_TYPES = OrderedDict(
    [
        ("geothermie_locatie", QT_TRANSLATE_NOOP("Ruimteclaims", "Geothermal location")),
        ("geothermie_zoeklocatie", QT_TRANSLATE_NOOP("Ruimteclaims", "Geothermal search location")),
        ("aquathermie", QT_TRANSLATE_NOOP("Ruimteclaims", "Aquathermal site (TEO/TEA)")),
        (
            "restwarmte_wos",
            QT_TRANSLATE_NOOP("Ruimteclaims", "Residual heat / heat transfer station"),
        ),
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


def value_map(name: str) -> OrderedDict[Any, str] | None:
    """The value map (OrderedDict code -> English label) of a field, or None."""
    maps: dict[str, OrderedDict[Any, str]] = {
        F_CLAIM_TYPE: CLAIM_TYPES,
        F_STATUS: STATUSES,
        F_LEVEL: LEVELS,
        F_CATEGORY: CATEGORIES,
    }
    return maps.get(name)


def defaults_for_type(claim_type: Any) -> dict[str, str]:
    """Default values that follow from a claim type: IMOW type/group and level."""
    imow_type, imow_group = IMOW_DEFAULTS.get(claim_type, ("", ""))
    return {
        F_IMOW_TYPE: imow_type,
        F_IMOW_GROUP: imow_group,
        F_LEVEL: DEFAULT_LEVELS.get(claim_type, ""),
    }
