"""Validation of spatial claims (ruimteclaims), written once.

Used by the dialog "Ruimteclaim vastleggen", the batch algorithm ``addclaims``, the
register (which refuses invalid claims) and the tests. Pure Python: attribute values are
plain Python (str, int, float, datetime.date, None) and geometries shapely geometries.

Every rule is one function ``check_<rule>(attrs, ...)`` returning a list of
:class:`Problem`; :func:`validate` runs all of them. Messages are English templates
(translated by the callers with context ``claims``) formatted with the problem's params.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime
import math
from collections import namedtuple
from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING, Any

from . import claim_schema as schema
from .translation import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from shapely.geometry.base import BaseGeometry

TR_CONTEXT = "claims"

#: Largest plausible depth of a claim, metres below ground level: the deepest geothermal
#: wells in the Netherlands reach about 4 km and ultra-deep geothermal (UDG) targets about
#: 7 km [A: generous bound, 10 km; deeper values are typing errors such as 1e15].
MAX_DEPTH_M = 10000.0

#: Bounds of the area of use of EPSG:28992 (RD New) in its own coordinates, metres
#: [S: EPSG registry, area of use of RD New (Netherlands onshore), projected; rounded
#: outward to whole kilometres].
RD_BOUNDS = (-7000.0, 289000.0, 300000.0, 629000.0)


class Problem(namedtuple("Problem", "field code message params")):
    """One validation problem: the field ('geometry' for the shape), a stable code, an
    English message template and its parameters."""

    def text(self, translate: Callable[[str, str], str] | None = None) -> str:
        """The message, translated with ``translate(context, text)`` when given."""
        template = translate(TR_CONTEXT, self.message) if translate else self.message
        return template.format(**(self.params or {}))


def _problem(field, code, message, **params):
    return Problem(field, code, message, params)


# -- value helpers ------------------------------------------------------------------
def is_empty(value: Any) -> bool:
    """True for None, '' (after stripping) and NaN."""
    if value is None:
        return True
    if isinstance(value, str):
        return value.strip() == "" or value.strip().upper() == "NULL"
    return isinstance(value, float) and math.isnan(value)


def to_number(value: Any) -> float | None:
    """A float from a number or numeric text (decimal comma allowed); None when empty;
    raises ValueError for text that is not a number."""
    if is_empty(value):
        return None
    if isinstance(value, bool):
        raise ValueError(value)
    if isinstance(value, (int, float)):
        number = float(value)
    else:
        text = str(value).strip()
        if "," in text and "." not in text:
            text = text.replace(",", ".")
        number = float(text)
    if math.isinf(number) or math.isnan(number):
        raise ValueError(value)
    return number


def to_date(value: Any) -> datetime.date | None:
    """A datetime.date from a date, datetime or ISO text (YYYY-MM-DD, optionally with a
    time); None when empty; raises ValueError otherwise."""
    if is_empty(value):
        return None
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    text = str(value).strip()
    return datetime.date.fromisoformat(text.split("T")[0].split(" ")[0])


def to_category(value: Any) -> int | None:
    """An int category from 1/'1'/1.0; None when empty; ValueError otherwise."""
    number = to_number(value)
    if number is None:
        return None
    if number != int(number):
        raise ValueError(value)
    return int(number)


# -- the rules ----------------------------------------------------------------------
def check_name(attrs: Mapping[str, Any]) -> list[Problem]:
    """The name is required."""
    if is_empty(attrs.get(schema.F_NAME)):
        return [
            _problem(
                schema.F_NAME, "name_required", QT_TRANSLATE_NOOP("claims", "A name is required.")
            )
        ]
    return []


def check_claim_type(attrs: Mapping[str, Any]) -> list[Problem]:
    """The claim type is required and one of the value map."""
    value = attrs.get(schema.F_CLAIM_TYPE)
    if is_empty(value):
        return [
            _problem(
                schema.F_CLAIM_TYPE,
                "type_required",
                QT_TRANSLATE_NOOP("claims", "A claim type is required."),
            )
        ]
    if value not in schema.CLAIM_TYPES:
        return [
            _problem(
                schema.F_CLAIM_TYPE,
                "type_unknown",
                QT_TRANSLATE_NOOP("claims", "Unknown claim type '{value}'; use one of: {allowed}."),
                value=value,
                allowed=", ".join(schema.CLAIM_TYPES),
            )
        ]
    return []


def check_status(attrs: Mapping[str, Any]) -> list[Problem]:
    """The status is required and one of the value map."""
    value = attrs.get(schema.F_STATUS)
    if is_empty(value):
        return [
            _problem(
                schema.F_STATUS,
                "status_required",
                QT_TRANSLATE_NOOP("claims", "A status is required."),
            )
        ]
    if value not in schema.STATUSES:
        return [
            _problem(
                schema.F_STATUS,
                "status_unknown",
                QT_TRANSLATE_NOOP("claims", "Unknown status '{value}'; use one of: {allowed}."),
                value=value,
                allowed=", ".join(schema.STATUSES),
            )
        ]
    return []


def check_level(attrs: Mapping[str, Any]) -> list[Problem]:
    """The level is empty or one of the value map."""
    value = attrs.get(schema.F_LEVEL)
    if is_empty(value) or value in schema.LEVELS:
        return []
    return [
        _problem(
            schema.F_LEVEL,
            "level_unknown",
            QT_TRANSLATE_NOOP("claims", "Unknown level '{value}'; use one of: {allowed}."),
            value=value,
            allowed=", ".join(schema.LEVELS),
        )
    ]


def check_category(attrs: Mapping[str, Any]) -> list[Problem]:
    """The category is 1, 2 or 3 and only given for geothermal claim types."""
    value = attrs.get(schema.F_CATEGORY)
    try:
        category = to_category(value)
    except (TypeError, ValueError):
        category = -1
    if category is None:
        return []
    if category not in schema.CATEGORIES:
        return [
            _problem(
                schema.F_CATEGORY,
                "category_value",
                QT_TRANSLATE_NOOP("claims", "The category must be 1, 2 or 3 (given: '{value}')."),
                value=value,
            )
        ]
    if attrs.get(schema.F_CLAIM_TYPE) not in schema.GEOTHERMAL_TYPES:
        return [
            _problem(
                schema.F_CATEGORY,
                "category_not_geothermal",
                QT_TRANSLATE_NOOP(
                    "claims",
                    "A category is only given for geothermal claims (location or search location).",
                ),
            )
        ]
    return []


def check_depth_values(attrs: Mapping[str, Any]) -> list[Problem]:
    """Depths, when given, are numbers (metres below ground level)."""
    problems = []
    for field in (schema.F_DEPTH_TOP, schema.F_DEPTH_BOTTOM):
        try:
            to_number(attrs.get(field))
        except (TypeError, ValueError):
            problems.append(
                _problem(
                    field,
                    "depth_not_number",
                    QT_TRANSLATE_NOOP("claims", "The depth '{value}' is not a number of metres."),
                    value=attrs.get(field),
                )
            )
    return problems


def check_depth_order(attrs: Mapping[str, Any]) -> list[Problem]:
    """depth_top_m <= depth_bottom_m when both are given."""
    try:
        top = to_number(attrs.get(schema.F_DEPTH_TOP))
        bottom = to_number(attrs.get(schema.F_DEPTH_BOTTOM))
    except (TypeError, ValueError):
        return []  # reported by check_depth_values
    if top is not None and bottom is not None and top > bottom:
        return [
            _problem(
                schema.F_DEPTH_BOTTOM,
                "depth_order",
                QT_TRANSLATE_NOOP(
                    "claims", "The top depth ({top:g} m) is below the bottom depth ({bottom:g} m)."
                ),
                top=top,
                bottom=bottom,
            )
        ]
    return []


def _depths(attrs):
    """(field, number) of the depths that are given and numeric."""
    out = []
    for field in (schema.F_DEPTH_TOP, schema.F_DEPTH_BOTTOM):
        try:
            number = to_number(attrs.get(field))
        except (TypeError, ValueError):
            continue  # reported by check_depth_values
        if number is not None:
            out.append((field, number))
    return out


def check_depth_not_negative(attrs: Mapping[str, Any]) -> list[Problem]:
    """Depths are metres below ground level: not negative (above the surface)."""
    return [
        _problem(
            field,
            "depth_negative",
            QT_TRANSLATE_NOOP(
                "claims", "The depth {value:g} m is negative; depths are metres below ground level."
            ),
            value=number,
        )
        for field, number in _depths(attrs)
        if number < 0
    ]


def check_depth_plausible(attrs: Mapping[str, Any]) -> list[Problem]:
    """Depths are at most MAX_DEPTH_M (deeper values are typing errors)."""
    return [
        _problem(
            field,
            "depth_too_large",
            QT_TRANSLATE_NOOP(
                "claims", "The depth {value:g} m is implausibly large (more than {limit:g} m)."
            ),
            value=number,
            limit=MAX_DEPTH_M,
        )
        for field, number in _depths(attrs)
        if number > MAX_DEPTH_M
    ]


def check_depth_range_not_empty(attrs: Mapping[str, Any]) -> list[Problem]:
    """A top and bottom depth that are equal give no depth range, except 0-0 m (the
    surface) for a claim above ground."""
    try:
        top = to_number(attrs.get(schema.F_DEPTH_TOP))
        bottom = to_number(attrs.get(schema.F_DEPTH_BOTTOM))
    except (TypeError, ValueError):
        return []  # reported by check_depth_values
    if top is None or bottom is None or top != bottom:
        return []
    if top == 0 and attrs.get(schema.F_LEVEL) == "bovengronds":
        return []
    return [
        _problem(
            schema.F_DEPTH_BOTTOM,
            "depth_range_empty",
            QT_TRANSLATE_NOOP(
                "claims",
                "The top and bottom depth are both {value:g} m: the claim has no depth range (leave both empty when the depth is not known).",  # noqa: E501
            ),
            value=top,
        )
    ]


def check_date_values(attrs: Mapping[str, Any]) -> list[Problem]:
    """Dates, when given, are dates (YYYY-MM-DD)."""
    problems = []
    for field in (schema.F_VALID_FROM, schema.F_VALID_TO):
        try:
            to_date(attrs.get(field))
        except (TypeError, ValueError):
            problems.append(
                _problem(
                    field,
                    "date_invalid",
                    QT_TRANSLATE_NOOP("claims", "'{value}' is not a date (write YYYY-MM-DD)."),
                    value=attrs.get(field),
                )
            )
    return problems


def check_date_order(attrs: Mapping[str, Any]) -> list[Problem]:
    """valid_from <= valid_to when both are given."""
    try:
        start = to_date(attrs.get(schema.F_VALID_FROM))
        end = to_date(attrs.get(schema.F_VALID_TO))
    except (TypeError, ValueError):
        return []  # reported by check_date_values
    if start is not None and end is not None and start > end:
        return [
            _problem(
                schema.F_VALID_TO,
                "date_order",
                QT_TRANSLATE_NOOP("claims", "Valid from ({start}) is after valid to ({end})."),
                start=start.isoformat(),
                end=end.isoformat(),
            )
        ]
    return []


def check_geometry(geometry: BaseGeometry | None) -> list[Problem]:
    """The geometry is present, non-empty, polygonal and valid (OGC)."""
    if geometry is None:
        return [
            _problem(
                "geometry",
                "geometry_missing",
                QT_TRANSLATE_NOOP("claims", "The claim has no geometry."),
            )
        ]
    if geometry.is_empty:
        return [
            _problem(
                "geometry", "geometry_empty", QT_TRANSLATE_NOOP("claims", "The geometry is empty.")
            )
        ]
    if geometry.geom_type not in ("Polygon", "MultiPolygon"):
        return [
            _problem(
                "geometry",
                "geometry_not_polygon",
                QT_TRANSLATE_NOOP(
                    "claims", "The geometry is a {kind}; a claim must be a (multi)polygon."
                ),
                kind=geometry.geom_type,
            )
        ]
    if not geometry.is_valid:
        try:
            from shapely.validation import explain_validity

            reason = explain_validity(geometry)
        except Exception:  # noqa: BLE001 - only for the message
            reason = ""
        return [
            _problem(
                "geometry",
                "geometry_invalid",
                QT_TRANSLATE_NOOP(
                    "claims",
                    "The geometry is not valid ({reason}); repair it (e.g. Fix geometries).",
                ),
                reason=reason,
            )
        ]
    if geometry.area <= 0:
        return [
            _problem(
                "geometry",
                "geometry_no_area",
                QT_TRANSLATE_NOOP("claims", "The polygon has no area."),
            )
        ]
    return []


def check_crs(crs_authid: str | None, transformable: bool = True) -> list[Problem]:
    """The data is in EPSG:28992 or can be transformed to it."""
    if crs_authid == schema.CRS_AUTHID or (crs_authid and transformable):
        return []
    return [
        _problem(
            "geometry",
            "crs",
            QT_TRANSLATE_NOOP(
                "claims",
                "The coordinate reference system '{crs}' is unknown or cannot be transformed to EPSG:28992 (RD New); set the layer's CRS.",  # noqa: E501
            ),
            crs=crs_authid or "?",
        )
    ]


def check_rd_extent(geometry: BaseGeometry | None) -> list[Problem]:
    """The geometry (in EPSG:28992) lies within the area of use of RD New."""
    if geometry is None or geometry.is_empty:
        return []
    minx, miny, maxx, maxy = geometry.bounds
    xmin, ymin, xmax, ymax = RD_BOUNDS
    if minx < xmin or miny < ymin or maxx > xmax or maxy > ymax:
        return [
            _problem(
                "geometry",
                "outside_rd",
                QT_TRANSLATE_NOOP(
                    "claims",
                    "The geometry lies outside the Netherlands in EPSG:28992 (bounds {bounds}); check the layer's coordinate reference system.",  # noqa: E501
                ),
                bounds=f"{minx:.0f}, {miny:.0f}, {maxx:.0f}, {maxy:.0f}",
            )
        ]
    return []


#: Attribute rules in the order they are reported.
ATTRIBUTE_RULES = (
    check_name,
    check_claim_type,
    check_status,
    check_level,
    check_category,
    check_depth_values,
    check_depth_not_negative,
    check_depth_plausible,
    check_depth_order,
    check_depth_range_not_empty,
    check_date_values,
    check_date_order,
)


def validate_attributes(attrs: Mapping[str, Any]) -> list[Problem]:
    """Problems of the attribute values of a claim."""
    problems = []
    for rule in ATTRIBUTE_RULES:
        problems.extend(rule(attrs))
    return problems


def validate(
    attrs: Mapping[str, Any],
    geometry: BaseGeometry | None = None,
    crs_authid: str | None = schema.CRS_AUTHID,
    transformable: bool = True,
    with_geometry: bool = True,
) -> list[Problem]:
    """All problems of a claim: attributes, then CRS and geometry.

    ``geometry`` is a shapely geometry in EPSG:28992 (already transformed);
    ``crs_authid``/``transformable`` describe the source CRS it came from.
    """
    problems = validate_attributes(attrs)
    if with_geometry:
        crs_problems = check_crs(crs_authid, transformable)
        problems.extend(crs_problems)
        if not crs_problems:
            geometry_problems = check_geometry(geometry)
            problems.extend(geometry_problems)
            if not geometry_problems:
                problems.extend(check_rd_extent(geometry))
    return problems


def normalise(attrs: Mapping[str, Any]) -> dict[str, Any]:
    """A copy of ``attrs`` ready to store: text stripped, '' -> None, numbers and dates
    parsed (dates as ISO text), category int, defaults filled from the claim type (IMOW
    type/group, level) and status 'concept'. Values that do not parse are kept as they
    are, so that :func:`validate` reports them."""
    out = {}
    for name in schema.FIELD_NAMES:
        value = attrs.get(name)
        if isinstance(value, str):
            value = value.strip()
        if is_empty(value):
            value = None
        out[name] = value
    for field in (schema.F_DEPTH_TOP, schema.F_DEPTH_BOTTOM):
        with contextlib.suppress(TypeError, ValueError):
            out[field] = to_number(out[field])
    with contextlib.suppress(TypeError, ValueError):
        out[schema.F_CATEGORY] = to_category(out[schema.F_CATEGORY])
    for field in (schema.F_VALID_FROM, schema.F_VALID_TO):
        try:
            date = to_date(out[field])
            out[field] = date.isoformat() if date else None
        except (TypeError, ValueError):
            pass
    if out[schema.F_STATUS] is None:
        out[schema.F_STATUS] = schema.DEFAULT_STATUS
    for field, value in schema.defaults_for_type(out[schema.F_CLAIM_TYPE]).items():
        if out[field] is None and value:
            out[field] = value
    return out


def ensure_multipolygon(geometry: BaseGeometry) -> BaseGeometry:
    """A MultiPolygon of a Polygon (the register stores MultiPolygons)."""
    if geometry is not None and geometry.geom_type == "Polygon":
        from shapely.geometry import MultiPolygon

        return MultiPolygon([geometry])
    return geometry


# -- a batch of claims read from a layer ------------------------------------------------
@dataclasses.dataclass
class ClaimInput:
    """One feature of a layer to become a claim.

    ``attrs``: values read from the chosen fields (register field name -> plain value);
    ``geometry``: shapely geometry in EPSG:28992 or None; ``unread``: a code ('transform',
    'unreadable') when the geometry could not be read, then the feature is not checked."""

    fid: int
    attrs: dict = dataclasses.field(default_factory=dict)
    geometry: object = None
    unread: str | None = None


@dataclasses.dataclass
class ClaimOutcome:
    """The result of :func:`check_claims` for one :class:`ClaimInput`: the values to store
    and the problems (empty: a valid claim), or ``unread`` passed on."""

    fid: int
    values: dict | None = None
    geometry: object = None
    problems: list = dataclasses.field(default_factory=list)
    unread: str | None = None


def check_claims(
    inputs: Iterable[ClaimInput],
    common: Mapping[str, Any],
    fallbacks: Mapping[str, float] | None = None,
    default_name: str = "input",
    crs_authid: str = schema.CRS_AUTHID,
    transformable: bool = True,
) -> list[ClaimOutcome]:
    """:class:`ClaimOutcome` of every input, in order.

    The attributes of a claim are ``common`` (claim type, status, level, source, the same
    for every claim), then the input's own ``attrs``; a depth of ``fallbacks`` (field ->
    number) is used where the input's value is absent or empty (text stays, and is
    rejected); a claim without a name is called "<default_name> <fid>". The values are
    normalised (:func:`normalise`) and checked (:func:`validate`)."""
    out = []
    for item in inputs:
        if item.unread:
            out.append(ClaimOutcome(item.fid, unread=item.unread))
            continue
        attrs = dict(common)
        attrs.update(item.attrs)
        for name, value in (fallbacks or {}).items():
            if is_empty(attrs.get(name)):
                attrs[name] = value
        if not attrs.get(schema.F_NAME):
            attrs[schema.F_NAME] = f"{default_name} {item.fid}"
        values = normalise(attrs)
        problems = validate(values, item.geometry, crs_authid, transformable)
        out.append(ClaimOutcome(item.fid, values, item.geometry, problems))
    return out
