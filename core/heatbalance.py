"""Heat balance by temperature class (warmtebalans), with a cascade HT -> MT -> LT.

The Bronnenstrategie Den Haag (section 3.1; docs/method.md) compares the future heat demand of
Den Haag per temperature class with the supply of the sources:

- high temperature, HT (> 70 C): demand 4.3 PJ, WarmtelinQ residual heat 2 PJ;
- medium temperature, MT (50-70 C): demand about 3.1 PJ, geothermal heat 4 PJ;
- low temperature, LT (< 50 C): demand 4.6 PJ from aquathermal and soil energy.

Balance per class, without cascade::

    balance_c = supply_c - demand_c

With the cascade, heat at a higher temperature can serve a lower one (HT -> MT -> LT),
never the other way round. For the classes in order HT, MT, LT::

    received_HT  = 0
    available_c  = supply_c + received_c
    passed_on_c  = max(available_c - demand_c, 0)     (0 for LT: nothing lower)
    received_c+1 = passed_on_c
    balance_c    = available_c - passed_on_c - demand_c
    supply_used_c = min(available_c, demand_c)

A negative balance is a deficit, a positive balance an unused surplus (only at LT, or
at any class without the cascade). Check case (the Bronnenstrategie's figures, PJ): demand
4.3 / 3.1 / 4.6, supply 2.0 / 4.0 / 1.0 -> without cascade -2.3 / +0.9 / -3.6; with cascade
-2.3 / 0 / -2.7 (the MT surplus of 0.9 flows down to LT; it cannot serve HT).

Everything here works on numpy arrays whose last axis is the class (HT, MT, LT), so one
call balances one city (shape (3,)) or n areas at once (shape (n, 3)). No ``qgis`` import.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np

from .constants import GJ_PER_PJ, GJ_PER_TJ

if TYPE_CHECKING:
    from ._types import FloatArray

#: Temperature classes from high to low; the cascade runs in this order.
CLASSES = ("HT", "MT", "LT")
#: Energy units of the parameters (enum order 0 = GJ, 1 = TJ, 2 = PJ).
UNITS = ("GJ", "TJ", "PJ")
#: GJ in one unit.
UNIT_FACTORS = {"GJ": 1.0, "TJ": GJ_PER_TJ, "PJ": GJ_PER_PJ}
#: Largest plausible yearly heat demand or supply of one feature, GJ: 1e9 GJ = 1,000 PJ,
#: more than the heat use of the whole Netherlands (Den Haag: 13 PJ in 2021, Bronnenstrategie)
#: [A: generous bound; larger values, e.g. 1e15 TJ, are typing or unit errors].
MAX_HEAT_GJ = 1.0e9

# Spellings accepted for a temperature class (any case, surrounding blanks ignored).
_CLASS_ALIASES = {
    "ht": "HT",
    "high": "HT",
    "hoog": "HT",
    "hogetemperatuur": "HT",
    "hoge temperatuur": "HT",
    "mt": "MT",
    "medium": "MT",
    "middel": "MT",
    "midden": "MT",
    "middentemperatuur": "MT",
    "midden temperatuur": "MT",
    "lt": "LT",
    "low": "LT",
    "laag": "LT",
    "lagetemperatuur": "LT",
    "lage temperatuur": "LT",
}


def unit_name(unit: str | int) -> str:
    """The unit's name ("GJ", "TJ", "PJ") from a name (any case) or an enum index 0..2."""
    if isinstance(unit, str):
        name = unit.strip().upper()
        if name in UNIT_FACTORS:
            return name
        raise ValueError(f"unknown energy unit {unit!r}; use GJ, TJ or PJ")
    index = int(unit)
    if 0 <= index < len(UNITS):
        return UNITS[index]
    raise ValueError(f"unknown energy unit index {unit!r}; use 0 (GJ), 1 (TJ) or 2 (PJ)")


def unit_factor(unit: str | int) -> float:
    """GJ in one ``unit`` (name or enum index): GJ 1, TJ 1e3, PJ 1e6."""
    return UNIT_FACTORS[unit_name(unit)]


def convert(value: FloatArray, from_unit: str | int, to_unit: str | int) -> Any:
    """Convert energy between GJ / TJ / PJ; scalars or arrays.

    >>> convert(2.0, "PJ", "TJ")
    2000.0
    """
    factor = unit_factor(from_unit) / unit_factor(to_unit)
    out = np.asarray(value, dtype=float) * factor
    return out if out.ndim else float(out)


def unit_from_field_name(name: str) -> str | None:
    """The unit a field name ends in (``heat_tj`` -> "TJ", ``delivered_gj`` -> "GJ"), or None."""
    match = re.search(r"(?:^|[_\W])(gj|tj|pj)$", (name or "").strip().lower())
    return match.group(1).upper() if match else None


def normalise_class(value: Any) -> str | None:
    """ "HT" / "MT" / "LT" from a class value in any case (also high/medium/low and the
    Dutch hoog/midden/laag), or None when the value is empty or not a class."""
    if value is None:
        return None
    text = str(value).strip().lower()
    return _CLASS_ALIASES.get(text)


def class_index(value: Any) -> int | None:
    """Index 0 (HT), 1 (MT), 2 (LT) of a class value, or None."""
    cls = normalise_class(value)
    return CLASSES.index(cls) if cls else None


def cascade_balance(
    demand: FloatArray, supply: FloatArray, cascade: bool = True
) -> dict[str, np.ndarray]:
    """Balance per class, with or without the cascade HT -> MT -> LT.

    ``demand`` and ``supply`` are array-likes whose last axis has length 3 (HT, MT, LT),
    in one and the same unit, non-negative. Returns a dict of float arrays of that shape:
    ``demand``, ``supply``, ``received`` (passed down from the class above),
    ``passed_on`` (passed down to the class below), ``supply_used`` (heat meeting this
    class's demand) and ``balance`` (negative: deficit, positive: unused surplus).
    """
    d = np.asarray(demand, dtype=float)
    s = np.asarray(supply, dtype=float)
    d, s = np.broadcast_arrays(d, s)
    if d.shape[-1:] != (len(CLASSES),):
        raise ValueError("demand and supply need a last axis of length 3 (HT, MT, LT)")
    if np.any(d < 0) or np.any(s < 0):
        raise ValueError("demand and supply must not be negative")
    received = np.zeros_like(d)
    passed_on = np.zeros_like(d)
    carry = np.zeros(d.shape[:-1])
    last = len(CLASSES) - 1
    for i in range(len(CLASSES)):  # three classes, vectorised over areas
        received[..., i] = carry
        available = s[..., i] + carry
        if cascade and i < last:
            passed_on[..., i] = np.maximum(available - d[..., i], 0.0)
        carry = passed_on[..., i]
    available = s + received
    return {
        "demand": d.copy(),
        "supply": s.copy(),
        "received": received,
        "passed_on": passed_on,
        "supply_used": np.minimum(available, d),
        "balance": available - passed_on - d,
    }


def deficit(balance: FloatArray) -> np.ndarray:
    """The deficit part of a balance (<= 0); sums of it show the shortfall per class."""
    return np.minimum(np.asarray(balance, dtype=float), 0.0)


def balance_rows(
    demand: FloatArray, supply: FloatArray, cascade: bool = True, unit: str = "GJ"
) -> list[dict[str, Any]]:
    """The city-wide table: one dict per class and one for the total.

    Keys: ``class`` (HT, MT, LT, total), ``demand``, ``supply``, ``received``,
    ``passed_on``, ``supply_used``, ``balance``, ``deficit``, ``unit``. In the total
    row every figure is the sum over the classes; ``deficit`` sums only the deficits,
    so it shows what the cascade wins (the total balance itself does not change).
    """
    res = cascade_balance(demand, supply, cascade)
    if res["demand"].ndim != 1:
        raise ValueError("balance_rows takes one balance (shape (3,)); sum areas first")
    name = unit_name(unit)
    keys = ("demand", "supply", "received", "passed_on", "supply_used", "balance")
    rows = []
    for i, cls in enumerate(CLASSES):
        row: dict[str, Any] = {"class": cls}
        row.update({k: float(res[k][i]) for k in keys})
        row["deficit"] = min(row["balance"], 0.0)
        row["unit"] = name
        rows.append(row)
    total: dict[str, Any] = {"class": "total"}
    total.update({k: float(sum(r[k] for r in rows)) for k in keys + ("deficit",)})
    total["unit"] = name
    rows.append(total)
    return rows


def split_sources(
    n_areas: int,
    source_heat: FloatArray,
    source_class: FloatArray,
    pair_source: FloatArray,
    pair_area: FloatArray,
    area_demand: FloatArray | None = None,
    unlocated: FloatArray | None = None,
) -> tuple[np.ndarray, np.ndarray]:
    """Supply per area and class (shape (n_areas, 3)) from sources and their reach.

    ``source_heat`` (m,) heat of each source, ``source_class`` (m,) class index 0..2.
    ``pair_source`` / ``pair_area``: the (source, area) pairs of sources and the areas
    they reach (the area a source lies in, or the areas within a radius).
    A source that reaches several areas is shared among them in proportion to their
    demand of the source's class; when none of them has demand at that class, equally
    [A]. ``unlocated`` (m,) bool marks sources without a location (a fixed supply from
    a table): they are shared over all areas in proportion to demand the same way [A].
    Returns ``(supply, assigned)``; ``assigned`` (m,) is False for sources that reached
    no area (their heat is in no area but still in the city-wide table).
    """
    heat = np.asarray(source_heat, dtype=float).reshape(-1)
    cls = np.asarray(source_class, dtype=int).reshape(-1)
    m = heat.size
    ps = np.asarray(pair_source, dtype=int).reshape(-1)
    pa = np.asarray(pair_area, dtype=int).reshape(-1)
    if area_demand is None:
        area_demand = np.zeros((n_areas, len(CLASSES)))
    dem = np.asarray(area_demand, dtype=float).reshape(n_areas, len(CLASSES))
    unl = (
        np.zeros(m, dtype=bool)
        if unlocated is None
        else np.asarray(unlocated, dtype=bool).reshape(-1)
    )
    supply = np.zeros((n_areas, len(CLASSES)))
    assigned = np.zeros(m, dtype=bool)
    if n_areas == 0 or m == 0:
        return supply, assigned

    # Unlocated sources reach every area.
    unl_idx = np.flatnonzero(unl)
    if unl_idx.size:
        keep = ~unl[ps] if ps.size else np.zeros(0, dtype=bool)
        ps, pa = ps[keep], pa[keep]
        ps = np.concatenate([ps, np.repeat(unl_idx, n_areas)])
        pa = np.concatenate([pa, np.tile(np.arange(n_areas), unl_idx.size)])
    if ps.size == 0:
        return supply, assigned

    pair_cls = cls[ps]
    weight = dem[pa, pair_cls]
    weight_sum = np.bincount(ps, weights=weight, minlength=m)
    count = np.bincount(ps, minlength=m).astype(float)
    by_demand = weight_sum[ps] > 0
    share = np.where(by_demand, weight / np.where(by_demand, weight_sum[ps], 1.0), 1.0 / count[ps])
    np.add.at(supply, (pa, pair_cls), heat[ps] * share)
    assigned[np.unique(ps)] = True
    return supply, assigned


@dataclass
class CityBalance:
    """The balance of the whole input: ``demand`` and ``supply`` per class (3,), the
    table ``rows`` of :func:`balance_rows` and the ``result`` of :func:`cascade_balance`."""

    demand: np.ndarray
    supply: np.ndarray
    rows: list
    result: dict


def city_balance(
    demand: Any, source_heat: Any, source_class: Any, cascade: bool = True, unit: str = "GJ"
) -> CityBalance:
    """The city-wide balance of the demand rows (n, 3) against the sources (heat (m,)
    and class index (m,)), all in ``unit``."""
    heat = np.asarray(source_heat, dtype=float)
    supply = (
        np.bincount(np.asarray(source_class, dtype=int), weights=heat, minlength=len(CLASSES))
        if heat.size
        else np.zeros(len(CLASSES))
    )
    demand = np.asarray(demand, dtype=float)
    total = demand.sum(axis=0) if len(demand) else np.zeros(len(CLASSES))
    return CityBalance(
        total,
        supply,
        balance_rows(total, supply, cascade, unit),
        cascade_balance(total, supply, cascade),
    )


def supply_by_type(source_heat: Any, source_class: Any, source_types: Any) -> dict:
    """Heat per source type and class: type -> array (3,), in the order the types first
    appear (the chart's stacks)."""
    out = {}
    for value, k, name in zip(source_heat, source_class, source_types):
        out.setdefault(name, np.zeros(len(CLASSES)))[k] += value
    return out


@dataclass
class AreaBalance:
    """The balance per area: ``result`` of :func:`cascade_balance` (arrays (n, 3)) and
    per source whether it reached an area (``assigned``, (m,))."""

    result: dict
    assigned: np.ndarray


def area_balance(
    area_demand: Any,
    source_heat: Any,
    source_class: Any,
    pair_source: Any,
    pair_area: Any,
    unlocated: Any = None,
    cascade: bool = True,
) -> AreaBalance:
    """The balance of n areas (demand (n, 3)): the sources shared over the areas they
    reach (:func:`split_sources`), then the cascade per area."""
    area_demand = np.asarray(area_demand, dtype=float).reshape(-1, len(CLASSES))
    supply, assigned = split_sources(
        len(area_demand), source_heat, source_class, pair_source, pair_area, area_demand, unlocated
    )
    return AreaBalance(cascade_balance(area_demand, supply, cascade), assigned)


#: Number columns of an area: per class (ht_, mt_, lt_) these, then AREA_TOTALS.
AREA_CLASS_COLUMNS = ("demand", "supply", "received", "used", "balance")
AREA_TOTALS = ("demand", "supply", "balance", "deficit", "deficit_pct")


def area_numbers(result: Mapping[str, np.ndarray]) -> np.ndarray:
    """The numbers of each area (n, 20) from a :func:`cascade_balance` result of n areas:
    per class demand, supply, received, supply_used and balance (HT first), then the
    totals demand, supply, balance, deficit (the sum of the class deficits, <= 0) and
    deficit_pct = -100 * deficit / demand (0 without demand). The totals are summed
    left to right over the classes."""
    n = len(result["demand"])
    per_class = np.stack(
        [
            result["demand"],
            result["supply"],
            result["received"],
            result["supply_used"],
            result["balance"],
        ],
        axis=2,
    ).reshape(n, 15)
    d_tot = result["demand"][:, 0] + result["demand"][:, 1] + result["demand"][:, 2]
    s_tot = result["supply"][:, 0] + result["supply"][:, 1] + result["supply"][:, 2]
    b_tot = result["balance"][:, 0] + result["balance"][:, 1] + result["balance"][:, 2]
    defi = deficit(result["balance"]).reshape(n, 3)
    def_tot = defi[:, 0] + defi[:, 1] + defi[:, 2]
    with np.errstate(divide="ignore", invalid="ignore"):
        pct = np.where(d_tot > 0, -100.0 * def_tot / np.where(d_tot > 0, d_tot, 1.0), 0.0)
    return np.column_stack([per_class, d_tot, s_tot, b_tot, def_tot, pct])


#: Default colours of the chart (source types get a qualitative palette in order).
DEMAND_COLOR = "#4d4d4d"
RECEIVED_COLOR = "#bdbdbd"


def chart(
    path: str,
    demand: FloatArray,
    supply_by_type: Mapping[str, Any],
    unit: str = "PJ",
    received: FloatArray | None = None,
    balance: FloatArray | None = None,
    labels: Mapping[str, Any] | None = None,
    title: str | None = None,
    dpi: int = 150,
) -> str:
    """Write a bar chart (PNG or SVG, from the path's suffix) of demand against supply
    per class, the supply stacked by source type.

    ``demand`` (3,); ``supply_by_type`` {type name: (3,)}; ``received`` (3,) optional
    heat passed down by the cascade, drawn hatched on top of the supply;
    ``balance`` (3,) optional, written above each class. ``labels`` overrides the
    words (keys: demand, supply, received, ylabel, balance, classes (3 names)) so the
    caller can translate them. matplotlib is imported here, with the Agg backend.
    """
    import matplotlib

    matplotlib.use("Agg", force=True)
    from matplotlib.figure import Figure

    words: dict[str, Any] = {
        "demand": "Demand",
        "supply": "Supply",
        "received": "Passed down (cascade)",
        "ylabel": "Heat ({unit}/yr)",
        "balance": "balance {value:+.2f}",
        "classes": ["HT (> 70 C)", "MT (50-70 C)", "LT (< 50 C)"],
    }
    words.update(labels or {})
    demand = np.asarray(demand, dtype=float).reshape(len(CLASSES))
    x = np.arange(len(CLASSES), dtype=float)
    width = 0.36

    fig = Figure(figsize=(8.0, 5.0), dpi=dpi)
    ax = fig.add_subplot(111)
    ax.bar(x - width / 2, demand, width, color=DEMAND_COLOR, label=words["demand"])
    palette = [
        "#d7301f",
        "#fc8d59",
        "#2b8cbe",
        "#74c476",
        "#807dba",
        "#fdae6b",
        "#9ecae1",
        "#e7298a",
        "#66a61e",
        "#a6761d",
    ]
    bottom = np.zeros(len(CLASSES))
    for k, (name, values) in enumerate(sorted(supply_by_type.items())):
        vals = np.asarray(values, dtype=float).reshape(len(CLASSES))
        if not np.any(vals):
            continue
        ax.bar(
            x + width / 2,
            vals,
            width,
            bottom=bottom,
            color=palette[k % len(palette)],
            label="{}: {}".format(words["supply"], name),
        )
        bottom = bottom + vals
    if received is not None:
        rec = np.asarray(received, dtype=float).reshape(len(CLASSES))
        if np.any(rec > 0):
            ax.bar(
                x + width / 2,
                rec,
                width,
                bottom=bottom,
                color=RECEIVED_COLOR,
                hatch="//",
                edgecolor="#636363",
                label=words["received"],
            )
            bottom = bottom + rec
    top = float(max(np.max(demand), np.max(bottom), 1e-12))
    if balance is not None:
        bal = np.asarray(balance, dtype=float).reshape(len(CLASSES))
        for xi, b, h in zip(x, bal, np.maximum(demand, bottom)):
            ax.text(
                xi,
                h + 0.02 * top,
                words["balance"].format(value=b),
                ha="center",
                va="bottom",
                fontsize=9,
                color="#b2182b" if b < 0 else "#1a9850",
            )
    ax.set_xticks(x)
    ax.set_xticklabels(words["classes"])
    ax.set_ylabel(words["ylabel"].format(unit=unit_name(unit)))
    ax.set_ylim(0, top * 1.18)
    if title:
        ax.set_title(title)
    ax.legend(fontsize=8, loc="upper right", framealpha=0.9)
    ax.grid(axis="y", color="#dddddd", linewidth=0.6)
    ax.set_axisbelow(True)
    fig.tight_layout()
    fmt = "svg" if str(path).lower().endswith(".svg") else "png"
    fig.savefig(str(path), format=fmt)
    return str(path)
