"""Soil-energy registers as they come: schemas, values, well codes, the standard well layer.

Pure Python (no QGIS): the Processing algorithm ``importwells`` reads the features of a
register into plain records (a source id, a location in RD New and the raw attribute
value of each *role*), and :func:`build_wells` turns them into the plugin's standard well
layer, one row per logical well, and a count of every repair, assumption and rejection.

Roles are what a field means (system id, yearly permitted volume, screen top, ...); a
*schema* says which field names of a register carry which role and in which unit:

- ``province``: the provincial permit layers taken from the LGR (Zuid-Holland:
  X_coordinaat, Y_coordinaat, Vergund_m3_h, Vergund_m3_jaar, WVP, LGR_inr_nr,
  Datum_besluit) with well codes W1, K1, M, ... per row;
- ``wkotool``: the national WKO-bodemenergietool export (Installatie ID, Status put,
  Status installatie, pompcapaciteit m3/h, maxhoeveelheidm3onttrekking m3 per year);
- ``custom``: the plugin's own field names (the output of this import, the sample data),
  overridden field by field by a mapping.

Units per role: volume_season m3 per well per season, volume_year m3 per system per year,
capacity m3/h, screen depths m below surface.
"""

from __future__ import annotations

import functools
import math
import os
import re
from collections import OrderedDict
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from .soilenergy import COLD, WARM

# -- roles ------------------------------------------------------------------------------
WELL_ID = "well_id"
WELL_CODE = "well_code"
SYSTEM = "system"
TEMPERATURE = "temperature"
ROLE = "role"
VOLUME_SEASON = "volume_season"
VOLUME_YEAR = "volume_year"
CAPACITY = "capacity"
SCREEN_TOP = "screen_top"
SCREEN_BOTTOM = "screen_bottom"
SCREEN2_TOP = "screen2_top"
SCREEN2_BOTTOM = "screen2_bottom"
AQUIFER = "aquifer"
STATUS = "status"
SOURCE_ID = "source_id"
X = "x"
Y = "y"
ROLES = (
    WELL_ID,
    WELL_CODE,
    SYSTEM,
    TEMPERATURE,
    ROLE,
    VOLUME_SEASON,
    VOLUME_YEAR,
    CAPACITY,
    SCREEN_TOP,
    SCREEN_BOTTOM,
    SCREEN2_TOP,
    SCREEN2_BOTTOM,
    AQUIFER,
    STATUS,
    SOURCE_ID,
    X,
    Y,
)
NUMERIC_ROLES = (
    VOLUME_SEASON,
    VOLUME_YEAR,
    CAPACITY,
    SCREEN_TOP,
    SCREEN_BOTTOM,
    SCREEN2_TOP,
    SCREEN2_BOTTOM,
    X,
    Y,
)
#: The unit a number of a role is read in ("" = no unit): checked against a unit written
#: in the value itself (e.g. '90 m3/h' in a yearly volume field is rejected).
ROLE_UNIT = {
    VOLUME_SEASON: "season",
    VOLUME_YEAR: "year",
    CAPACITY: "hour",
    SCREEN_TOP: "m",
    SCREEN_BOTTOM: "m",
    SCREEN2_TOP: "m",
    SCREEN2_BOTTOM: "m",
}

#: The standard well layer (the fields the soil-energy algorithms read by default).
OUTPUT_FIELDS = (
    ("well_id", "str"),
    ("system_id", "str"),
    ("temperature", "str"),
    ("role", "str"),
    ("volume_m3", "float"),
    ("volume_year_m3", "float"),
    ("capacity_m3h", "float"),
    ("screen_top", "float"),
    ("screen_bottom", "float"),
    ("aquifer", "str"),
    ("status", "str"),
    ("source_id", "str"),
    ("problems", "str"),
)
#: The closed-loop layer (the fields wellconflicts reads by default for closed loops).
CLOSED_FIELDS = (
    ("loop_id", "str"),
    ("system_id", "str"),
    ("kind", "str"),
    ("depth_top", "float"),
    ("depth_bottom", "float"),
    ("status", "str"),
    ("source_id", "str"),
    ("problems", "str"),
)

ROLE_INFILTRATION = "infiltration"
ROLE_EXTRACTION = "extraction"
ROLE_BOTH = "both"

# -- schemas ----------------------------------------------------------------------------
PROVINCE = "province"
WKOTOOL = "wkotool"
GUF = "guf"
CUSTOM = "custom"
SCHEMAS = (PROVINCE, WKOTOOL, GUF, CUSTOM)

_SCREEN_TOP_NAMES = [
    "Filter_boven",
    "Bovenkant_filter",
    "BK_filter",
    "Filter_bk",
    "Filter_van",
    "Diepte_filter_boven",
    "Filterdiepte_boven",
    "Filter_top",
    "Top_filter",
    "screen_top",
]
_SCREEN_BOTTOM_NAMES = [
    "Filter_onder",
    "Onderkant_filter",
    "OK_filter",
    "Filter_ok",
    "Filter_tot",
    "Diepte_filter_onder",
    "Filterdiepte_onder",
    "Filter_bottom",
    "Bottom_filter",
    "screen_bottom",
]

SCHEMA_FIELDS = {
    PROVINCE: {
        SYSTEM: [
            "LGR_inr_nr",
            "LGR_nr",
            "Inrichting_nr",
            "Inr_nr",
            "Inrichting",
            "Installatie",
            "Installatienummer",
            "Dossiernummer",
        ],
        WELL_CODE: [
            "Putcode",
            "Bron",
            "Bronnummer",
            "Bron_nr",
            "Putnummer",
            "Put_nr",
            "Put",
            "Bron_code",
            "Code_bron",
            "Soort_bron",
        ],
        WELL_ID: ["Put_id", "Bron_id", "Putnaam"],
        TEMPERATURE: ["Temperatuur", "Warm_koud", "Warmkoud"],
        ROLE: ["Putfunctie", "Bronfunctie", "Functie"],
        VOLUME_SEASON: ["Vergund_m3_seizoen", "m3_seizoen"],
        VOLUME_YEAR: ["Vergund_m3_jaar", "Vergunde_m3_jaar", "m3_jaar"],
        CAPACITY: ["Vergund_m3_h", "Vergund_m3_uur", "m3_uur", "m3_h", "Debiet_m3_h"],
        SCREEN_TOP: _SCREEN_TOP_NAMES,
        SCREEN_BOTTOM: _SCREEN_BOTTOM_NAMES,
        SCREEN2_TOP: ["Filter2_boven", "Bovenkant_filter2", "Filter2_van"],
        SCREEN2_BOTTOM: ["Filter2_onder", "Onderkant_filter2", "Filter2_tot"],
        AQUIFER: ["WVP", "Watervoerend_pakket", "Pakket", "aquifer"],
        STATUS: ["Status_put", "Status_bron", "Status", "Status_inr", "Status_inrichting"],
        SOURCE_ID: ["OBJECTID", "ID"],
        X: ["X_coordinaat", "X_coord", "X_RD", "X"],
        Y: ["Y_coordinaat", "Y_coord", "Y_RD", "Y"],
    },
    WKOTOOL: {
        SYSTEM: ["Installatie ID", "InstallatieID", "Installatie_ID"],
        WELL_CODE: ["Putcode", "Put", "Bron"],
        WELL_ID: ["Put ID", "PutID", "Put_ID"],
        STATUS: ["Status put", "Status_put", "Status installatie"],
        CAPACITY: ["pompcapaciteit"],
        VOLUME_YEAR: ["maxhoeveelheidm3onttrekking"],
        SCREEN_TOP: _SCREEN_TOP_NAMES,
        SCREEN_BOTTOM: _SCREEN_BOTTOM_NAMES,
        AQUIFER: ["WVP", "aquifer"],
        SOURCE_ID: ["OBJECTID", "id"],
        X: ["x", "lon", "longitude"],
        Y: ["y", "lat", "latitude"],
    },
    CUSTOM: {
        WELL_ID: ["well_id"],
        WELL_CODE: ["well_code"],
        SYSTEM: ["system_id"],
        TEMPERATURE: ["temperature"],
        ROLE: ["role"],
        VOLUME_SEASON: ["volume_m3"],
        VOLUME_YEAR: ["volume_year_m3"],
        CAPACITY: ["capacity_m3h"],
        SCREEN_TOP: ["screen_top"],
        SCREEN_BOTTOM: ["screen_bottom"],
        SCREEN2_TOP: ["screen2_top"],
        SCREEN2_BOTTOM: ["screen2_bottom"],
        AQUIFER: ["aquifer"],
        STATUS: ["status"],
        SOURCE_ID: ["source_id"],
        X: ["x"],
        Y: ["y"],
    },
}
#: Fields that identify a schema when auto-detecting (at least two must be present).
SCHEMA_SIGNATURE = {
    PROVINCE: [
        "Vergund_m3_jaar",
        "Vergund_m3_h",
        "LGR_inr_nr",
        "WVP",
        "X_coordinaat",
        "Y_coordinaat",
        "Datum_besluit",
    ],
    WKOTOOL: [
        "Installatie ID",
        "Status put",
        "Status installatie",
        "pompcapaciteit",
        "maxhoeveelheidm3onttrekking",
    ],
    CUSTOM: [
        "well_id",
        "system_id",
        "temperature",
        "volume_m3",
        "volume_year_m3",
        "screen_top",
        "screen_bottom",
    ],
}


def normalise_name(name: Any) -> str:
    """A field name compared without case, spaces, underscores or punctuation."""
    return re.sub(r"[^0-9a-z]", "", str(name).lower())


def detect_schema(field_names: Iterable[str]) -> tuple[str | None, list[str]]:
    """(schema or None, the signature fields found) from a layer's field names: the schema
    with the most signature fields present, at least two."""
    present = {normalise_name(n) for n in field_names}
    best, found = None, []
    for schema in (PROVINCE, WKOTOOL, CUSTOM):
        hits = [
            n
            for n in SCHEMA_SIGNATURE[schema]
            if normalise_name(n) in present or normalise_name(n[:10]) in present
        ]
        if len(hits) >= 2 and len(hits) > len(found):
            best, found = schema, hits
    return best, found


def resolve_mapping(
    schema: Any, field_names: Iterable[Any], overrides: Mapping[str, str | None] | None = None
) -> OrderedDict[str, str | None]:
    """OrderedDict role -> field name of the layer: the override where one is given, else
    the first of the schema's candidate names the layer has (any case or spacing)."""
    by_norm: dict[str, Any] = {}
    for name in field_names:
        by_norm.setdefault(normalise_name(name), name)
    candidates = SCHEMA_FIELDS.get(schema, SCHEMA_FIELDS[CUSTOM])
    overrides = overrides or {}
    mapping = OrderedDict()
    for role in ROLES:
        if overrides.get(role):
            mapping[role] = overrides[role]
            continue
        for candidate in candidates.get(role, ()):
            # a shapefile keeps 10 characters of a field name ('temperatur')
            name = by_norm.get(normalise_name(candidate)) or by_norm.get(
                normalise_name(candidate[:10])
            )
            if name is not None and name not in mapping.values():
                mapping[role] = name
                break
    return mapping


# -- problems -----------------------------------------------------------------------------
REPAIRED = "repaired"
ASSUMED = "assumed"
REJECTED = "rejected"
MERGED = "merged"
NOTE = "note"

#: The action of each problem kind (what happened to the value or the row).
PROBLEM_ACTION = {
    "placeholder": REPAIRED,
    "upper_bound": ASSUMED,
    "lower_bound": ASSUMED,
    "approximate": ASSUMED,
    "decimal_comma": REPAIRED,
    "thousands": REPAIRED,
    "number_text": REPAIRED,
    "unit_text": REPAIRED,
    "unit_mismatch": REJECTED,
    "not_number": REJECTED,
    "implausible": REJECTED,
    "screen_swapped": REPAIRED,
    "season_from_year": ASSUMED,
    "doublet_assumed": ASSUMED,
    "season_from_design": ASSUMED,
    "yearly_from_part": ASSUMED,
    "code_temperature": REPAIRED,
    "code_unknown": NOTE,
    "temperature_text": REJECTED,
    "temperature_conflict": NOTE,
    "mono_split": REPAIRED,
    "mono_halves": ASSUMED,
    "mono_no_screen": NOTE,
    "mono_screen": NOTE,
    "duplicate": MERGED,
    "shared_location": NOTE,
    "no_volume": NOTE,
    "no_system": NOTE,
    "no_temperature": NOTE,
    "encoding": REPAIRED,
    "coordinates_from_fields": REPAIRED,
    "location_centroid": ASSUMED,
    "location_installation": ASSUMED,
    "multi_screen": ASSUMED,
    "capacity_system": ASSUMED,
    "loop_top_surface": ASSUMED,
    "loop_centre": ASSUMED,
    "design_superseded": REJECTED,
    "not_a_well": REJECTED,
    "outside_nl": REJECTED,
    "no_location": REJECTED,
    "inactive": REJECTED,
    "not_soil_energy": REJECTED,
    "licence_ended": REJECTED,
}


#: Kinds the log reports as warnings (besides every rejection): a value or a well the
#: algorithms cannot use.
WARNING_KINDS = {"no_volume", "code_unknown", "temperature_conflict"}


class Problems:
    """Counts per problem kind and field, with example source ids (the table output)."""

    MAX_EXAMPLES = 50

    def __init__(self) -> None:
        self.rows = OrderedDict()

    def add(
        self,
        code: str,
        field: str | None = "",
        example: Any = None,
        detail: str = "",
        count: int = 1,
    ) -> None:
        key = (code, field or "")
        row = self.rows.get(key)
        if row is None:
            row = self.rows[key] = {
                "kind": code,
                "field": field or "",
                "action": PROBLEM_ACTION.get(code, NOTE),
                "count": 0,
                "examples": [],
                "detail": detail,
                "details": [],
            }
        row["count"] += count
        if detail and detail not in row["details"] and len(row["details"]) < 4:
            row["details"].append(detail)
            more = ", ..." if len(row["details"]) > 3 else ""
            row["detail"] = ", ".join(row["details"][:3]) + more
        if example not in (None, "") and len(row["examples"]) < self.MAX_EXAMPLES:
            row["examples"].append(str(example))

    def count(self, code: str, field: str | None = None) -> int:
        return sum(
            r["count"]
            for (c, f), r in self.rows.items()
            if c == code and (field is None or f == field)
        )

    def table(self) -> list[dict[str, Any]]:
        return list(self.rows.values())


# -- values ------------------------------------------------------------------------------
PLACEHOLDERS = {
    "-",
    "--",
    "---",
    "\u2013",
    "\u2014",
    "?",
    "??",
    "onbekend",
    "unknown",
    "nb",
    "n.b.",
    "n.b",
    "nvt",
    "n.v.t.",
    "n.v.t",
    "geen",
    "null",
    "none",
    "nan",
    "niet bekend",
    "leeg",
}
_BOUND = re.compile(
    r"^(<=|>=|=<|=>|<|>|\u2264|\u2265|ca\.?|circa|\u00b1|\+/-|~|max\.?|"
    r"maximaal|min\.?|minimaal)\s*(.*)$",
    re.IGNORECASE,
)
_UPPER = {"<", "<=", "=<", "\u2264", "max", "max.", "maximaal"}
_LOWER = {">", ">=", "=>", "\u2265", "min", "min.", "minimaal"}
_UNIT = re.compile(
    r"^(.*?)\s*(m3|m\u00b3|m\^3|kub|m)\s*(?:/\s*|per\s+)?"
    r"(h|u|uur|hour|jaar|jr|j|yr|year|seizoen|season|mv|-mv|m\.v\.)?\.?$",
    re.IGNORECASE,
)
_PERIOD = {
    "h": "hour",
    "u": "hour",
    "uur": "hour",
    "hour": "hour",
    "jaar": "year",
    "jr": "year",
    "j": "year",
    "yr": "year",
    "year": "year",
    "seizoen": "season",
    "season": "season",
}
_NUMBER = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$")
_DOTS_THOUSANDS = re.compile(r"^[+-]?\d{1,3}(\.\d{3})+(,\d+)?$")
_COMMAS_THOUSANDS = re.compile(r"^[+-]?\d{1,3}(,\d{3}){2,}(\.\d+)?$")


def is_empty(value: Any) -> bool:
    """True for None, NaN and an empty or blank string."""
    if value is None:
        return True
    if isinstance(value, float) and math.isnan(value):
        return True
    return isinstance(value, str) and not value.strip()


def parse_number(value: Any, unit: str = "") -> tuple[float | None, list[tuple[str, str]]]:
    """(number or None, notes) of a register value; notes are (problem kind, raw text).

    Accepts numbers; text numbers (noted 'number_text'); a decimal comma ('139,6'); Dutch or
    English thousands separators ('1.203.600', '1,203,600'; in a volume also '200.000');
    bounds ('<10' kept as 10,
    'upper_bound'; '>10' 'lower_bound'; 'ca. 10' 'approximate'); a unit written after the
    number ('90 m3/h'), rejected ('unit_mismatch') when it contradicts ``unit`` ('hour',
    'year', 'season' or 'm'). '-', 'onbekend', 'n.v.t.' and the like are read as empty
    ('placeholder'); other text is rejected ('not_number').
    """
    if value is None or isinstance(value, bool):
        return None, ([] if value is None else [("not_number", str(value))])
    if isinstance(value, (int, float)):
        number = float(value)
        if math.isnan(number):
            return None, []
        if math.isinf(number):
            return None, [("not_number", str(value))]
        return number, []
    raw = str(value).strip()
    if not raw:
        return None, []
    if raw.lower() in PLACEHOLDERS:
        return None, [("placeholder", raw)]
    notes = []
    text = raw
    bound = _BOUND.match(text)
    if bound and bound.group(2):
        word = bound.group(1).lower()
        kind = (
            "upper_bound" if word in _UPPER else "lower_bound" if word in _LOWER else "approximate"
        )
        notes.append((kind, raw))
        text = bound.group(2).strip()
    unit_match = _UNIT.match(text)
    if unit_match and unit_match.group(1):
        written = unit_match.group(2).lower()
        period = _PERIOD.get((unit_match.group(3) or "").lower(), "")
        if written != "m" and unit in ("hour", "year", "season") and period and period != unit:
            return None, [("unit_mismatch", raw)]
        if written == "m" and unit in ("hour", "year", "season"):
            return None, [("unit_mismatch", raw)]
        if written != "m" and unit == "m":
            return None, [("unit_mismatch", raw)]
        notes.append(("unit_text", raw))
        text = unit_match.group(1).strip()
    text = text.replace(" ", "").replace("\u00a0", "")
    # one dot and three digits ('200.000') is a thousands separator in a volume (a volume
    # of 200 m3 with a precision of 1 litre is not what a register means), else a decimal
    if _DOTS_THOUSANDS.match(text) and (
        text.count(".") > 1 or "," in text or unit in ("year", "season")
    ):
        text = text.replace(".", "").replace(",", ".")
        notes.append(("thousands", raw))
    elif _COMMAS_THOUSANDS.match(text):
        text = text.replace(",", "")
        notes.append(("thousands", raw))
    elif "," in text and "." not in text and text.count(",") == 1:
        text = text.replace(",", ".")
        notes.append(("decimal_comma", raw))
    if not _NUMBER.match(text):
        return None, [("not_number", raw)]
    number = float(text)
    if not notes:
        notes.append(("number_text", raw))
    return number, notes


def text_value(value: Any) -> str:
    """A stripped text of a value ('' for None / NaN); 3.0 -> '3'."""
    if is_empty(value):
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _cached(function):
    """``function`` memoised on its (hashable) arguments: registers repeat their values
    (statuses, codes, the system's yearly volume on every well), so most are parsed once.
    The results must not be changed by the caller."""
    cached = functools.lru_cache(maxsize=65536)(function)

    @functools.wraps(function)
    def wrapper(*args):
        try:
            return cached(*args)
        except TypeError:  # an unhashable value (e.g. a date object)
            return function(*args)

    return wrapper


@_cached
def _parse_number_shared(value, unit=""):
    number, notes = parse_number(value, unit)
    return number, tuple(notes)


# -- well codes, temperatures, roles, status -----------------------------------------------
_TEMPERATURE = {
    "warm": WARM,
    "w": WARM,
    "wb": WARM,
    "warme bron": WARM,
    "warmebron": WARM,
    "koud": COLD,
    "k": COLD,
    "kb": COLD,
    "cold": COLD,
    "c": COLD,
    "koude bron": COLD,
    "koudebron": COLD,
}
_ROLE = {
    "infiltratie": ROLE_INFILTRATION,
    "infiltration": ROLE_INFILTRATION,
    "retournering": ROLE_INFILTRATION,
    "i": ROLE_INFILTRATION,
    "onttrekking": ROLE_EXTRACTION,
    "extraction": ROLE_EXTRACTION,
    "o": ROLE_EXTRACTION,
    "both": ROLE_BOTH,
    "beide": ROLE_BOTH,
    "infiltratie en onttrekking": ROLE_BOTH,
    "onttrekking en infiltratie": ROLE_BOTH,
    "infiltratie/onttrekking": ROLE_BOTH,
    "onttrekking/infiltratie": ROLE_BOTH,
}
_WELL_CODE = re.compile(r"^(w|k|wb|kb|warm|koud|warme\s*bron|koude\s*bron)\s*[-_.]?\s*(\d*)$")
_MONO = re.compile(r"^(m|mono|monobron|monowell)\s*[-_.]?\s*(\d*)$")
_MONO_PART = re.compile(
    r"^(m|mono|monobron)\s*[-_.]?\s*(\d*)\s*[\(\[]?\s*"
    r"(w|k|i|o|warm|koud|infiltratie|onttrekking)\s*[\)\]]?$"
)
_ONEWAY = re.compile(
    r"^(onttrekking|onttrekkingsbron|onttrekkingsput|infiltratie|"
    r"infiltratiebron|infiltratieput|retourbron|retournering)\s*[-_.]?\s*"
    r"(\d*)$"
)
_NOT_A_WELL = (
    "niet aangelegd",
    "nog niet",
    "bronnen onbekend",
    "putten onbekend",
    "geen bron",
    "geen put",
    "vervallen",
)
#: Status words of a well or system that is out of use (rejected unless asked for).
INACTIVE_WORDS = (
    "buiten gebruik",
    "gedempt",
    "verwijderd",
    "ingetrokken",
    "vervallen",
    "beeindigd",
    "beëindigd",
    "afgesloten",
    "gesloten",
    "opgeheven",
    "niet aangelegd",
    "not in use",
    "closed",
    "ended",
)


@_cached
def parse_temperature(value: Any) -> str | None:
    """'warm' / 'koud' / None of a temperature field value."""
    key = re.sub(r"\s+", " ", text_value(value).lower())
    return _TEMPERATURE.get(key)


@_cached
def parse_role(value: Any) -> str | None:
    """'infiltration' / 'extraction' / 'both' / None of a well function value."""
    key = re.sub(r"\s+", " ", text_value(value).lower())
    return _ROLE.get(key)


@_cached
def parse_well_code(value: Any) -> dict[str, Any]:
    """What a provincial well code says, as a dict with ``kind``:

    - ``None`` (no code), ``'well'`` (W1, K2, WB1, warm 1: ``temperature`` and ``number``),
    - ``'mono'`` (M, Mono: one borehole with a warm and a cold screen),
    - ``'mono_part'`` (M (W), M (K): one screen of a mono well with its temperature;
      M (I), M (O): its infiltration / extraction screen),
    - ``'oneway'`` (Onttrekking, Infiltratie: ``role``),
    - ``'not_a_well'`` ('Bronnen onbekend (niet aangelegd)'), ``'unknown'`` (anything else).
    The code may follow a system prefix ('1234-W1'). The dict is shared between calls
    with the same code: read it, do not change it.
    """
    original = re.sub(r"\s+", " ", text_value(value))
    text = original.lower()
    out = {"kind": None, "temperature": None, "role": None, "number": "", "code": original}
    if not text or text in PLACEHOLDERS:
        return out
    if any(word in text for word in _NOT_A_WELL):
        out["kind"] = "not_a_well"
        return out
    candidates = [text]
    tail = re.split(r"[-_/ ]+(?=[a-z])", text)
    if len(tail) > 1:
        candidates.append(tail[-1])
    for cand in candidates:
        m = _WELL_CODE.match(cand)
        if m:
            out.update(
                kind="well",
                temperature=_TEMPERATURE[re.sub(r"\s+", "", m.group(1))],
                role=ROLE_BOTH,
                number=m.group(2),
            )
            return out
        m = _MONO_PART.match(cand)
        if m:
            part = m.group(3)
            out.update(kind="mono_part", number=m.group(2))
            if part in ("w", "warm"):
                out.update(temperature=WARM, role=ROLE_BOTH)
            elif part in ("k", "koud"):
                out.update(temperature=COLD, role=ROLE_BOTH)
            elif part in ("i", "infiltratie"):
                out["role"] = ROLE_INFILTRATION
            else:
                out["role"] = ROLE_EXTRACTION
            return out
        m = _MONO.match(cand)
        if m:
            out.update(kind="mono", number=m.group(2), role=ROLE_BOTH)
            return out
        m = _ONEWAY.match(cand)
        if m:
            word = m.group(1)
            out.update(
                kind="oneway",
                number=m.group(2),
                role=ROLE_EXTRACTION if word.startswith("onttrek") else ROLE_INFILTRATION,
            )
            return out
    out["kind"] = "unknown"
    return out


@_cached
def is_inactive(status: Any) -> bool:
    """True when a status text says the well or system is out of use."""
    text = text_value(status).lower()
    return any(word in text for word in INACTIVE_WORDS)


# -- location -----------------------------------------------------------------------------
#: The area of use of RD New (EPSG:28992): the Netherlands and its coastal waters, in RD
#: coordinates (m). A well outside it is rejected as outside the Netherlands.
RD_BOUNDS = (-7000.0, 289000.0, 300000.0, 629000.0)


def inside_nl(x: float | None, y: float | None) -> bool:
    """True when an RD New point lies in the area of RD New."""
    if x is None or y is None or not (math.isfinite(x) and math.isfinite(y)):
        return False
    return RD_BOUNDS[0] <= x <= RD_BOUNDS[2] and RD_BOUNDS[1] <= y <= RD_BOUNDS[3]


def guess_coordinate_crs(xs: Sequence[float], ys: Sequence[float]) -> str | None:
    """'EPSG:4326' when every coordinate is a plausible longitude/latitude of the
    Netherlands (either order), 'EPSG:28992' when they fall in the RD New area, else None."""
    pts = [(x, y) for x, y in zip(xs, ys) if x is not None and y is not None]
    if not pts:
        return None
    if all(-10 <= x <= 20 and 40 <= y <= 60 for x, y in pts):
        return "EPSG:4326"
    if all(inside_nl(x, y) for x, y in pts):
        return "EPSG:28992"
    return None


# -- shapefile encoding --------------------------------------------------------------------
_CODEPAGES = {
    "utf8": "UTF-8",
    "65001": "UTF-8",
    "1252": "windows-1252",
    "ansi1252": "windows-1252",
    "windows1252": "windows-1252",
    "cp1252": "windows-1252",
    "iso88591": "ISO-8859-1",
    "88591": "ISO-8859-1",
    "latin1": "ISO-8859-1",
    "885915": "ISO-8859-15",
    "iso885915": "ISO-8859-15",
    "437": "IBM437",
    "cp437": "IBM437",
    "850": "IBM850",
    "cp850": "IBM850",
}
#: dBASE language driver ids (byte 29 of the header) that GDAL recodes from.
_LDID = {
    0x01: "IBM437",
    0x02: "IBM850",
    0x03: "windows-1252",
    0x57: "windows-1252",
    0x58: "windows-1252",
    0x59: "windows-1252",
}


def codepage_name(text: str) -> str | None:
    """A codec name (as Qt and Python know it) of a .cpg / .cst content, or None."""
    key = normalise_name(text)
    return _CODEPAGES.get(key)


def dbf_text_bytes(dbf_path: str, limit: int = 20000) -> list[bytes]:
    """The raw bytes of the character fields of (up to ``limit`` records of) a .dbf."""
    with open(dbf_path, "rb") as fh:
        header = fh.read(32)
        if len(header) < 32:
            return []
        n_records = int.from_bytes(header[4:8], "little")
        header_len = int.from_bytes(header[8:10], "little")
        record_len = int.from_bytes(header[10:12], "little")
        fields = []
        offset = 1  # deletion flag
        raw = fh.read(header_len - 32)
        for k in range(0, len(raw) - 31, 32):
            desc = raw[k : k + 32]
            if desc[0] == 0x0D:
                break
            length = desc[16]
            if desc[11:12] in (b"C", b"M"):
                fields.append((offset, length))
            offset += length
        fh.seek(header_len)
        values = []
        for _ in range(min(n_records, limit)):
            record = fh.read(record_len)
            if len(record) < record_len:
                break
            for start, length in fields:
                values.append(record[start : start + length].rstrip(b" \x00"))
        return values


def shapefile_encoding(shp_path: str) -> tuple[str | None, str]:
    """(codec, how) of a shapefile's text: ``how`` is 'cpg' or 'cst' (the file beside it
    names the code page), 'ldid' (the .dbf header does), 'ascii' (no byte above 127: any
    reading is right), 'utf8' or 'latin1' (detected: strict UTF-8 decodes every value, or
    it does not and the values are read as Windows-1252, the Latin-1 of Dutch registers).
    (None, 'none') when there is no .dbf."""
    stem = os.path.splitext(str(shp_path))[0]
    for ext, how in ((".cpg", "cpg"), (".CPG", "cpg"), (".cst", "cst"), (".CST", "cst")):
        if os.path.exists(stem + ext):
            with open(stem + ext, "rb") as fh:
                codec = codepage_name(fh.read(100).decode("ascii", "ignore"))
            if codec:
                return codec, how
    dbf = next((stem + e for e in (".dbf", ".DBF") if os.path.exists(stem + e)), None)
    if dbf is None:
        return None, "none"
    with open(dbf, "rb") as fh:
        header = fh.read(32)
    if len(header) >= 30 and header[29] in _LDID:
        return _LDID[header[29]], "ldid"
    values = dbf_text_bytes(dbf)
    if all(max(v, default=0) < 0x80 for v in values):
        return "UTF-8", "ascii"
    try:
        for v in values:
            v.decode("utf-8")
    except UnicodeDecodeError:
        return "windows-1252", "latin1"
    return "UTF-8", "utf8"


# -- building the well layer -----------------------------------------------------------------
DEPTH_MAX = 1000.0  # as the soil-energy algorithms: deeper is not a WKO screen
VOLUME_MAX = 1.0e9  # m3 per year: far above any Dutch permit, above it a unit error


def make_record(
    source_id: Any,
    x: float | None,
    y: float | None,
    values: Mapping[str, Any],
    notes: Sequence[tuple[str, str, str]] | None = None,
    reject: str | None = None,
) -> dict[str, Any]:
    """A record for :func:`build_wells`: the source id, the location in RD New (None when
    unknown), the raw value per role, notes already known [(kind, field, detail)] and a
    rejection kind decided by the reader (e.g. 'no_location')."""
    return {
        "source_id": text_value(source_id),
        "x": x,
        "y": y,
        "values": dict(values),
        "notes": list(notes or []),
        "reject": reject,
    }


def _number(rec, role, field_name, notes, low=None, high=None, low_inclusive=True):
    raw = rec["values"].get(role)
    if raw is None:
        return None
    number, found = _parse_number_shared(raw, ROLE_UNIT.get(role, ""))
    for kind, text in found:
        notes.append((kind, field_name, text))
    if number is None:
        return None
    if (low is not None and (number < low or (number == low and not low_inclusive))) or (
        high is not None and number > high
    ):
        notes.append(("implausible", field_name, text_value(raw)))
        return None
    return number


def _screen(rec, top_role, bottom_role, names, notes):
    top = _number(rec, top_role, names.get(top_role, top_role), notes, 0.0, DEPTH_MAX)
    bottom = _number(
        rec,
        bottom_role,
        names.get(bottom_role, bottom_role),
        notes,
        0.0,
        DEPTH_MAX,
        low_inclusive=False,
    )
    if top is not None and bottom is not None:
        if bottom < top:
            top, bottom = bottom, top
            notes.append(("screen_swapped", names.get(top_role, top_role), ""))
        elif bottom == top:
            notes.append(
                (
                    "implausible",
                    names.get(bottom_role, bottom_role),
                    text_value(rec["values"].get(bottom_role)),
                )
            )
            bottom = None
    return top, bottom


def build_wells(
    records: Iterable[Mapping[str, Any]],
    field_names: Mapping[str, str | None] | None = None,
    include_inactive: bool = False,
    problems: Problems | None = None,
) -> tuple[list[dict[str, Any]], Problems]:
    """The standard well rows of ``records`` (see :func:`make_record`) and the Problems.

    Per record, in this order: rejected when the reader said so, without a location, outside
    the Netherlands (RD New area), not a well by its code ('Bronnen onbekend (niet
    aangelegd)'), or out of use by its status (unless ``include_inactive``). Values are
    read with :func:`parse_number` per role; screen depths outside 0-1,000 m and volumes or
    capacities of zero or less are left empty ('implausible'). A mono well code (M, Mono)
    becomes two logical wells at the same location: warm in the upper screen, cold in the
    lower [assumption]; with one screen range, split in halves [assumption].

    Per system: exact duplicates (same location to the cm, well id or code, temperature,
    role and screen) are merged; where the well has no season volume of its own, the
    system's yearly permitted volume is divided over its wells (at least 2, a doublet)
    [assumption, as the algorithms' volume basis 'per system per year'].

    ``field_names`` maps a role to the register's field name (for the notes). Returns
    (rows, problems): rows are dicts with the OUTPUT_FIELDS (``problems`` a list of
    (kind, field, detail)) plus ``x``, ``y``.
    """
    names = dict(field_names or {})
    problems = problems if problems is not None else Problems()
    wells = []
    for rec in records:
        sid = rec["source_id"]
        if rec.get("reject"):
            problems.add(rec["reject"], example=sid)
            continue
        x, y = rec.get("x"), rec.get("y")
        if x is None or y is None or not (math.isfinite(x) and math.isfinite(y)):
            problems.add("no_location", example=sid)
            continue
        if not inside_nl(x, y):
            problems.add("outside_nl", example=sid)
            continue
        values = rec["values"]
        code = parse_well_code(values.get(WELL_CODE))
        if code["kind"] == "not_a_well":
            problems.add(
                "not_a_well",
                names.get(WELL_CODE, WELL_CODE),
                example=sid,
                detail=text_value(values.get(WELL_CODE)),
            )
            continue
        status_raw = values.get(STATUS)
        status = "" if text_value(status_raw).lower() in PLACEHOLDERS else text_value(status_raw)
        if not include_inactive and is_inactive(status):
            problems.add("inactive", names.get(STATUS, STATUS), example=sid, detail=status)
            continue
        notes = list(rec["notes"])
        if text_value(status_raw) and not status:
            notes.append(("placeholder", names.get(STATUS, STATUS), text_value(status_raw)))
        v_season = _number(
            rec,
            VOLUME_SEASON,
            names.get(VOLUME_SEASON, VOLUME_SEASON),
            notes,
            0.0,
            VOLUME_MAX,
            low_inclusive=False,
        )
        v_year = _number(
            rec,
            VOLUME_YEAR,
            names.get(VOLUME_YEAR, VOLUME_YEAR),
            notes,
            0.0,
            VOLUME_MAX,
            low_inclusive=False,
        )
        capacity = _number(
            rec, CAPACITY, names.get(CAPACITY, CAPACITY), notes, 0.0, 1.0e6, low_inclusive=False
        )
        top, bottom = _screen(rec, SCREEN_TOP, SCREEN_BOTTOM, names, notes)
        top2, bottom2 = _screen(rec, SCREEN2_TOP, SCREEN2_BOTTOM, names, notes)
        temp_raw = values.get(TEMPERATURE)
        temperature = parse_temperature(temp_raw)
        if temperature is None and text_value(temp_raw):
            notes.append(
                (
                    "placeholder"
                    if text_value(temp_raw).lower() in PLACEHOLDERS
                    else "temperature_text",
                    names.get(TEMPERATURE, TEMPERATURE),
                    text_value(temp_raw),
                )
            )
        role = parse_role(values.get(ROLE)) or code["role"]
        if code["temperature"]:
            if temperature and temperature != code["temperature"]:
                notes.append(
                    ("temperature_conflict", names.get(TEMPERATURE, TEMPERATURE), code["code"])
                )
            elif not temperature:
                temperature = code["temperature"]
                notes.append(("code_temperature", names.get(WELL_CODE, WELL_CODE), code["code"]))
        if code["kind"] == "unknown":
            notes.append(("code_unknown", names.get(WELL_CODE, WELL_CODE), code["code"]))
        if code["kind"] == "mono_part":
            notes.append(("mono_screen", names.get(WELL_CODE, WELL_CODE), code["code"]))
        system = text_value(values.get(SYSTEM))
        if system.lower() in PLACEHOLDERS:
            notes.append(("placeholder", names.get(SYSTEM, SYSTEM), system))
            system = ""
        well_id = text_value(values.get(WELL_ID))
        if well_id.lower() in PLACEHOLDERS:
            well_id = ""
        aquifer = text_value(values.get(AQUIFER))
        if aquifer.lower() in PLACEHOLDERS:
            if aquifer:
                notes.append(("placeholder", names.get(AQUIFER, AQUIFER), aquifer))
            aquifer = ""
        base = {
            "well_id": well_id,
            "system_id": system,
            "temperature": temperature or "",
            "role": role or "",
            "volume_m3": v_season,
            "volume_year_m3": v_year,
            "capacity_m3h": capacity,
            "screen_top": top,
            "screen_bottom": bottom,
            "aquifer": aquifer,
            "status": status,
            "source_id": sid,
            "x": x,
            "y": y,
            "code": code,
            "problems": notes,
        }
        if code["kind"] == "mono" and not temperature:
            wells.extend(_split_mono(base, top, bottom, top2, bottom2, names))
        else:
            wells.append(base)

    wells = _merge_duplicates(wells, problems)
    _season_volumes(wells)
    _well_ids(wells)
    _shared_locations(wells)
    rows = []
    for w in wells:
        if w["volume_m3"] is None:
            w["problems"].append(("no_volume", "", ""))
        if not w["system_id"]:
            w["problems"].append(("no_system", names.get(SYSTEM, ""), ""))
        if not w["temperature"]:
            w["problems"].append(("no_temperature", names.get(TEMPERATURE, ""), ""))
        for kind, field, detail in w["problems"]:
            # a merge counts the records merged away
            count = int(detail) - 1 if kind == "duplicate" else 1
            problems.add(kind, field, example=w["source_id"], detail=detail, count=count)
        for key in ("code", "merged", "mono_suffix"):
            w.pop(key, None)
        rows.append(w)
    return rows, problems


def _split_mono(base, top, bottom, top2, bottom2, names):
    """Two logical wells (warm upper screen, cold lower screen) of a mono well row."""
    notes = [("mono_split", names.get(WELL_CODE, WELL_CODE), base["code"]["code"])]
    if top2 is not None and bottom2 is not None and top is not None and bottom is not None:
        screens = sorted([(top, bottom), (top2, bottom2)])
        warm, cold = screens[0], screens[1]
    elif top is not None and bottom is not None:
        mid = round((top + bottom) / 2.0, 3)
        warm, cold = (top, mid), (mid, bottom)
        notes.append(("mono_halves", names.get(SCREEN_TOP, SCREEN_TOP), ""))
    else:
        warm = cold = (top, bottom)
        notes.append(("mono_no_screen", names.get(SCREEN_TOP, SCREEN_TOP), ""))
    out = []
    for temperature, (t, b), suffix in ((WARM, warm, "W"), (COLD, cold, "K")):
        w = dict(base)
        w["temperature"] = temperature
        w["screen_top"], w["screen_bottom"] = t, b
        w["mono_suffix"] = suffix
        w["problems"] = list(base["problems"]) + notes
        out.append(w)
    return out


def _dup_key(w):
    def r(v):
        return None if v is None else round(v, 3)

    return (
        w["system_id"],
        round(w["x"], 2),
        round(w["y"], 2),
        w["well_id"] or w["code"]["code"],
        w["temperature"],
        w["role"],
        r(w["screen_top"]),
        r(w["screen_bottom"]),
        w.get("mono_suffix"),
    )


def _merge_duplicates(wells, problems):
    """Keep the first of every group of exact duplicates of one system, with a note; the
    dropped rows are counted as 'duplicate' (merged)."""
    first = {}
    out = []
    for w in wells:
        if not w["system_id"]:
            out.append(w)
            continue
        key = _dup_key(w)
        kept = first.get(key)
        if kept is None:
            first[key] = w
            w["merged"] = 0
            out.append(w)
            continue
        kept["merged"] += 1
        if w["status"] and w["status"] not in kept["status"].split(" / "):
            kept["status"] = (kept["status"] + " / " + w["status"]).strip(" /")
    for w in out:
        if w.get("merged"):
            w["problems"].append(("duplicate", "", str(w["merged"] + 1)))
    return out


def _season_volumes(wells):
    """Season volume per well from the system's yearly volume where the well has none."""
    counts = {}
    for w in wells:
        if w["system_id"]:
            counts[w["system_id"]] = counts.get(w["system_id"], 0) + 1
    for w in wells:
        if w["volume_m3"] is not None or w["volume_year_m3"] is None:
            continue
        n = counts.get(w["system_id"], 1) if w["system_id"] else 1
        n_used = max(n, 2)
        w["volume_m3"] = round(w["volume_year_m3"] / n_used, 3)
        w["problems"].append(("season_from_year", "", str(n_used)))
        if n < 2:
            w["problems"].append(("doublet_assumed", "", ""))


def _well_ids(wells):
    """A well id where the register gives none: system + well code (+ W/K of a mono well),
    else system + its number within the system, else the source id."""
    seen = {}
    for w in wells:
        seen[w["system_id"]] = seen.get(w["system_id"], 0) + 1
        if w["well_id"]:
            if w.get("mono_suffix"):
                w["well_id"] += "-" + w["mono_suffix"]
            continue
        code = w["code"]["code"].upper() if w["code"]["kind"] else ""
        if w.get("mono_suffix"):
            code = (code + "-" if code else "M-") + w["mono_suffix"]
        if w["system_id"] and code:
            w["well_id"] = "{}-{}".format(w["system_id"], code)
        elif w["system_id"]:
            w["well_id"] = "{}-{}".format(w["system_id"], seen[w["system_id"]])
        else:
            w["well_id"] = w["source_id"]


def _shared_locations(wells):
    """Note wells whose exact location is shared with wells of other systems (often a
    placeholder location of a register)."""
    systems = {}
    for w in wells:
        systems.setdefault((round(w["x"], 2), round(w["y"], 2)), set()).add(w["system_id"])
    for w in wells:
        others = len(systems[(round(w["x"], 2), round(w["y"], 2))]) - 1
        if others > 0:
            w["problems"].append(("shared_location", "", str(others)))


def build_loops(
    records: Iterable[Mapping[str, Any]],
    include_inactive: bool = False,
    problems: Problems | None = None,
) -> tuple[list[dict[str, Any]], Problems]:
    """Closed-loop rows (CLOSED_FIELDS plus x, y) of loop records: values ``loop_id``,
    ``system``, ``kind``, ``depth_top``, ``depth_bottom``, ``status``."""
    problems = problems if problems is not None else Problems()
    rows = []
    for rec in records:
        sid = rec["source_id"]
        if rec.get("reject"):
            problems.add(rec["reject"], example=sid)
            continue
        if not inside_nl(rec.get("x"), rec.get("y")):
            problems.add("outside_nl" if rec.get("x") is not None else "no_location", example=sid)
            continue
        v = rec["values"]
        status = text_value(v.get("status"))
        if not include_inactive and is_inactive(status):
            problems.add("inactive", example=sid, detail=status)
            continue
        notes = list(rec["notes"])
        depth_top, n1 = parse_number(v.get("depth_top"), "m")
        depth_bottom, n2 = parse_number(v.get("depth_bottom"), "m")
        for kind, text in n1 + n2:
            notes.append((kind, "", text))
        row = {
            "loop_id": text_value(v.get("loop_id")) or sid,
            "system_id": text_value(v.get("system")),
            "kind": text_value(v.get("kind")),
            "depth_top": depth_top,
            "depth_bottom": depth_bottom,
            "status": status,
            "source_id": sid,
            "x": rec["x"],
            "y": rec["y"],
            "problems": notes,
        }
        for kind, field, detail in notes:
            problems.add(kind, field, example=sid, detail=detail)
        rows.append(row)
    return rows, problems
