"""Attribute values read as numbers and text (no QGIS: a QVariant NULL is recognised by
its ``isNull``). Shared by the QGIS glue and the algorithms."""

from __future__ import annotations

import math
from typing import Any


def to_float(value: Any) -> float | None:
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
    "ok",
    "missing",
    "text",
    "low",
    "high",
)


def read_number(
    value: Any, low: float | None = None, high: float | None = None, low_inclusive: bool = True
) -> tuple[float | None, str]:
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


def to_text(value: Any) -> str:
    """A stripped string from an attribute value, or '' for null."""
    if value is None:
        return ""
    try:
        if hasattr(value, "isNull") and value.isNull():
            return ""
    except TypeError:
        pass
    return str(value).strip()
