"""Well parameters and well reading shared by the soil-energy algorithms.

thermalradius, wellconflicts and interferenceareas take the same volume, screen and
physics parameters (same names, same defaults) and read wells the same way.
"""

from collections import Counter
from dataclasses import dataclass
from operator import itemgetter

import numpy as np
from qgis.core import (
    QgsFeatureRequest,
    QgsProcessingException,
    QgsProcessingParameterEnum,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
)

from ...core import soilenergy
from ...core.constants import C_WATER
from ...glue import geometry as geometry_bridge
from ...glue import records
from ...translation import tr
from ..utils import (
    NUMBER_HIGH,
    NUMBER_LOW,
    NUMBER_MISSING,
    NUMBER_OK,
    NUMBER_TEXT,
    raise_if_canceled,
    read_number,
    single_point,
)

VOLUME_FIELD = "VOLUME_FIELD"
VOLUME_BASIS = "VOLUME_BASIS"
SYSTEM_FIELD = "SYSTEM_FIELD"
SCREEN_TOP_FIELD = "SCREEN_TOP_FIELD"
SCREEN_BOTTOM_FIELD = "SCREEN_BOTTOM_FIELD"
SCREEN_LENGTH = "SCREEN_LENGTH"
VOLUME_FACTOR = "VOLUME_FACTOR"
C_WATER_PARAM = "C_WATER"
C_AQUIFER = "C_AQUIFER"
POROSITY = "POROSITY"

#: Default field names: those of the standard well layer (written by importwells, as in the
#: sample data). A default field the layer does not have counts as not set.
DEFAULT_FIELDS = {
    VOLUME_FIELD: "volume_m3",
    SYSTEM_FIELD: "system_id",
    SCREEN_TOP_FIELD: "screen_top",
    SCREEN_BOTTOM_FIELD: "screen_bottom",
    "TEMPERATURE_FIELD": "temperature",
}

BASIS_SEASON = 0
BASIS_YEAR = 1

#: Largest plausible volume stored by one well in one season (m³). Large Dutch ATES wells
#: store some 10^5-10^6 m³ per season; 10^7 m³ is a generous physical upper bound, above it
#: a value is a typing or unit error (e.g. litres) and the well is skipped with a warning.
VOLUME_MAX = 1.0e7
#: Deepest plausible screen top / bottom (m below surface). Open soil-energy systems use
#: aquifers down to a few hundred metres; a screen deeper than 1,000 m is not a WKO well
#: (that is geothermal depth), so the well is skipped with a warning.
SCREEN_DEPTH_MAX = 1000.0


def needed_text():
    return tr("Needed by this algorithm: without it the run stops and says so.")


def add_well_parameters(alg, input_name="INPUT", system_required=False):
    """Add the shared volume/screen/physics parameters to an algorithm."""
    _add_volume_parameters(alg, input_name, system_required)
    _add_screen_parameters(alg, input_name)
    _add_physics_parameters(alg)


def _add_volume_parameters(alg, input_name, system_required):
    """The volume, volume basis and system id fields."""
    alg.add_param(
        QgsProcessingParameterField(
            VOLUME_FIELD,
            tr("Volume field (m³)"),
            parentLayerParameterName=input_name,
            defaultValue=DEFAULT_FIELDS[VOLUME_FIELD],
            type=QgsProcessingParameterField.DataType.Numeric,
            # optional for QGIS (qgis_process 3.22 refuses a left-out parameter even with
            # a default), needed by the run: WellParameters stops without it
            optional=True,
        ),
        tr(
            "Numeric field with the stored volume in m³: per well per season, or per "
            "system per year (see Volume basis). A well storing more than 10,000,000 m³ per "
            "season is skipped with a counted warning as implausible (a typing or unit "
            "error)."
        )
        + " "
        + needed_text(),
    )
    alg.add_param(
        QgsProcessingParameterEnum(
            VOLUME_BASIS,
            tr("Volume basis"),
            options=[
                tr("Volume per well per season"),
                tr("Volume per system per year (divided over the wells of the system)"),
            ],
            defaultValue=BASIS_SEASON,
        ),
        tr(
            "0 = the field holds the volume stored in one well in one season. 1 = it holds "
            "the system's yearly volume (e.g. the provincial permit field Vergund_m3_jaar); "
            "each well then stores yearly volume / number of wells of its system per "
            "season (a doublet: / 2) [assumption]. Needs the system field."
        ),
    )
    alg.add_param(
        QgsProcessingParameterField(
            SYSTEM_FIELD,
            tr("System id field"),
            parentLayerParameterName=input_name,
            defaultValue=DEFAULT_FIELDS[SYSTEM_FIELD],
            optional=True,
        ),
        tr("Field with the id of the system (installation) each well belongs to.")
        + (" " + needed_text() if system_required else ""),
    )


def _add_screen_parameters(alg, input_name):
    """The screen depth fields and the default screen length."""
    alg.add_param(
        QgsProcessingParameterField(
            SCREEN_TOP_FIELD,
            tr("Screen top field (m below surface)"),
            parentLayerParameterName=input_name,
            defaultValue=DEFAULT_FIELDS[SCREEN_TOP_FIELD],
            type=QgsProcessingParameterField.DataType.Numeric,
            optional=True,
        ),
        tr(
            "Optional numeric field: top of the well screen (filter) in m below surface, "
            "0-1,000 m. Text, a negative value (above ground level) or a value deeper than "
            "1,000 m is skipped with a counted warning; an empty value means 'not known'."
        ),
    )
    alg.add_param(
        QgsProcessingParameterField(
            SCREEN_BOTTOM_FIELD,
            tr("Screen bottom field (m below surface)"),
            parentLayerParameterName=input_name,
            defaultValue=DEFAULT_FIELDS[SCREEN_BOTTOM_FIELD],
            type=QgsProcessingParameterField.DataType.Numeric,
            optional=True,
        ),
        tr(
            "Optional numeric field: bottom of the well screen in m below surface, more "
            "than 0 and at most 1,000 m (else the well is skipped with a counted warning). "
            "The screen length H = bottom - top."
        ),
    )
    alg.add_param(
        QgsProcessingParameterNumber(
            SCREEN_LENGTH,
            tr("Default screen length H (m)"),
            type=QgsProcessingParameterNumber.Type.Double,
            defaultValue=soilenergy.SCREEN_LENGTH,
            minValue=0.1,
            maxValue=1000.0,
        ),
        tr(
            "Screen length used where the screen fields are not given or empty. Default "
            "40 m, about the thickness of Den Haag's first aquifer (18-60 m below surface) "
            "[assumption]."
        ),
    )


def _add_physics_parameters(alg):
    """The volume factor and the heat capacities and porosity."""
    alg.add_param(
        QgsProcessingParameterNumber(
            VOLUME_FACTOR,
            tr("Volume factor"),
            type=QgsProcessingParameterNumber.Type.Double,
            defaultValue=soilenergy.VOLUME_FACTOR,
            minValue=0.0001,
            maxValue=100.0,
        ),
        tr(
            "Multiplies every volume. 1.0 = permitted volume (the space claimed); 0.67 = "
            "expected use, as the Den Haag centre study computes with 2/3 of the permitted "
            "volume (SKB Meer met Bodemenergie report 7)."
        ),
    )
    alg.add_param(
        QgsProcessingParameterNumber(
            C_WATER_PARAM,
            tr("Heat capacity of water c_w (MJ/m³K)"),
            type=QgsProcessingParameterNumber.Type.Double,
            defaultValue=C_WATER,
            minValue=0.1,
            maxValue=10.0,
        ),
        tr("Volumetric heat capacity of water, default 4.18 MJ/m³K."),
        advanced=True,
    )
    alg.add_param(
        QgsProcessingParameterNumber(
            C_AQUIFER,
            tr("Heat capacity of the aquifer c_aq (MJ/m³K)"),
            type=QgsProcessingParameterNumber.Type.Double,
            defaultValue=soilenergy.C_AQUIFER,
            minValue=0.1,
            maxValue=10.0,
        ),
        tr(
            "Volumetric heat capacity of the saturated aquifer, default 2.8 MJ/m³K "
            "(sources give 2.45-2.9; SKB Meer met Bodemenergie)."
        ),
        advanced=True,
    )
    alg.add_param(
        QgsProcessingParameterNumber(
            POROSITY,
            tr("Porosity n"),
            type=QgsProcessingParameterNumber.Type.Double,
            defaultValue=soilenergy.POROSITY,
            minValue=0.01,
            maxValue=0.99,
        ),
        tr("Porosity of the aquifer, used for the hydraulic radius; default 0.30."),
        advanced=True,
    )


class WellParameters:
    """The values of the shared well parameters of one run."""

    def __init__(self, alg, parameters, context, source):
        self.volume_field = alg.field_or_raise(parameters, VOLUME_FIELD, context, source, True)
        self.basis = alg.parameterAsEnum(parameters, VOLUME_BASIS, context)
        self.system_field = alg.field_or_raise(parameters, SYSTEM_FIELD, context, source)
        self.top_field = alg.field_or_raise(parameters, SCREEN_TOP_FIELD, context, source)
        self.bottom_field = alg.field_or_raise(parameters, SCREEN_BOTTOM_FIELD, context, source)
        self.screen_length = alg.parameterAsDouble(parameters, SCREEN_LENGTH, context)
        self.volume_factor = alg.parameterAsDouble(parameters, VOLUME_FACTOR, context)
        self.c_water = alg.parameterAsDouble(parameters, C_WATER_PARAM, context)
        self.c_aquifer = alg.parameterAsDouble(parameters, C_AQUIFER, context)
        self.porosity = alg.parameterAsDouble(parameters, POROSITY, context)
        if self.basis == BASIS_YEAR and not self.system_field:
            raise QgsProcessingException(
                tr(
                    "Volume basis 'per system per year' divides the yearly volume over the "
                    "wells of each system: choose the system id field."
                )
            )


def check_rules(alg, parameters, context, rules, input_name="INPUT"):
    """checkParameterValues' verdict on the cross-parameter rules, so that the dialog
    tells the user before the run starts: ``rules(source)`` raises QgsProcessingException
    with the message. (True, "") when the input layer cannot be read yet (the run says
    so)."""
    try:
        source = alg.parameterAsSource(parameters, input_name, context)
    except QgsProcessingException:
        return True, ""
    if source is None:
        return True, ""
    try:
        rules(source)
    except QgsProcessingException as exc:
        return False, str(exc)
    return True, ""


class CheckedBySettings:
    """Mixin for an algorithm whose ``_settings(parameters, context, source)`` raises
    QgsProcessingException on a cross-parameter rule: checkParameterValues runs it, so the
    dialog refuses the run before it starts (see :func:`check_rules`)."""

    def checkParameterValues(self, parameters, context):  # noqa: N802
        ok, message = super().checkParameterValues(parameters, context)
        if ok:
            ok, message = check_rules(
                self,
                parameters,
                context,
                lambda source: self._settings(parameters, context, source),
            )
        return ok, message


class Wells:
    """The computable wells of a layer, as numpy arrays in a metric CRS.

    Attributes: ``features`` (the input features kept), ``fid``, ``x``, ``y`` (metric),
    ``system`` (text, '' when absent), ``top``/``bottom`` (m, NaN when absent),
    ``v_season`` (m³ per well per season, volume factor applied), ``screen_len``,
    ``r_th``, ``r_hyd`` (m), ``values`` (field name -> list of the raw attribute values
    of the fields asked for with read_wells' ``extra_fields``).
    """

    def __init__(self, features, fid, x, y, system, top, bottom, v_season, screen_len, p):
        self.features = features
        self.fid = np.asarray(fid, dtype=np.int64)
        self.x = np.asarray(x, dtype=float)
        self.y = np.asarray(y, dtype=float)
        self.system = list(system)
        self.top = np.asarray(top, dtype=float)
        self.bottom = np.asarray(bottom, dtype=float)
        self.v_season = np.asarray(v_season, dtype=float)
        self.screen_len = np.asarray(screen_len, dtype=float)
        self.values = {}
        self.r_th = (
            np.atleast_1d(
                soilenergy.thermal_radius(self.v_season, self.screen_len, p.c_water, p.c_aquifer)
            )
            if len(self.fid)
            else np.zeros(0)
        )
        self.r_hyd = (
            np.atleast_1d(soilenergy.hydraulic_radius(self.v_season, self.screen_len, p.porosity))
            if len(self.fid)
            else np.zeros(0)
        )

    def __len__(self):
        return len(self.fid)


def _volume_reason(status, field, volume_max):
    """The skip message of a volume that is not usable (``status`` of read_number)."""
    if status == NUMBER_MISSING:
        return tr("volume is empty in field '{}'").format(field)
    if status == NUMBER_TEXT:
        return tr("volume is not a number in field '{}'").format(field)
    if status == NUMBER_LOW:
        return tr("volume is zero or negative in field '{}'").format(field)
    return tr(
        "volume in field '{field}' is implausibly large (more than {max:,.0f} m³ per "
        "well per season)"
    ).format(field=field, max=volume_max)


def _screen_reason(which, status, field):
    """The skip message of a screen top / bottom (``which``) that is not usable."""
    if status == NUMBER_TEXT:
        return (
            tr("screen top is not a number in field '{}'")
            if which == "top"
            else tr("screen bottom is not a number in field '{}'")
        ).format(field)
    if status == NUMBER_LOW:
        return (
            tr("screen top is above ground level (negative) in field '{}'")
            if which == "top"
            else tr("screen bottom is at or above ground level (zero or negative) in " "field '{}'")
        ).format(field)
    return (
        tr("screen top is deeper than {max:,.0f} m in field '{field}'")
        if which == "top"
        else tr("screen bottom is deeper than {max:,.0f} m in field '{field}'")
    ).format(max=SCREEN_DEPTH_MAX, field=field)


def _read_screen(feature, p):
    """(top, bottom, None) of a well's screen in m below surface (None where the field is
    not chosen or empty), or (None, None, (skip key, message)) when a value is unusable:
    text, negative (above ground level) or deeper than SCREEN_DEPTH_MAX."""
    values = []
    for which, field in (("top", p.top_field), ("bottom", p.bottom_field)):
        if not field:
            values.append(None)
            continue
        # a top of 0 m is the surface (valid); a bottom must lie below it
        value, status = read_number(
            feature[field], low=0.0, high=SCREEN_DEPTH_MAX, low_inclusive=which == "top"
        )
        if status == NUMBER_MISSING:
            values.append(None)
            continue
        if status == NUMBER_OK:
            values.append(value)
            continue
        return None, None, (f"screen_{which}_{status}", _screen_reason(which, status, field))
    return values[0], values[1], None


def read_wells(
    source,
    p,
    forward,
    feedback,
    skips,
    progress_span=(0.0, 50.0),
    volume_max=VOLUME_MAX,
    extra_fields=None,
):
    """Read the wells of ``source`` with parameters ``p``; skip what cannot be computed.

    ``forward`` transforms source coordinates to the metric CRS. Volumes above
    ``volume_max`` (m³ per well per season; with the basis 'per system per year' the
    share of one well) are skipped as implausible. Returns Wells.

    ``extra_fields`` None: every attribute is read (``Wells.features`` are complete, e.g.
    to copy them to an output). A list of field names: only the well fields and these are
    read, and the raw values of these are in ``Wells.values[name]``.

    Features are read in one pass (geometry and the attributes by field index); the values
    are then checked vectorised. A well is skipped for the first of: no single point,
    volume, system id (basis per system per year), screen top, screen bottom, bottom not
    below top, transformation; warnings and examples are counted in feature order.
    """
    extra = [name for name in (extra_fields or ()) if name]
    columns = (
        [p.volume_field]
        + [name for name in (p.system_field, p.top_field, p.bottom_field) if name]
        + extra
    )
    rows = _read_points(source, columns, extra_fields is not None, feedback, progress_span)
    if not len(rows.fid):
        return _no_wells(p)
    reasons = records.SkipReasons(len(rows.fid))
    reasons.fail(rows.no_point, "geometry", tr("no geometry, or a multipoint with several points"))
    values = _check_values(rows.values, p, reasons, volume_max)
    todo = np.nonzero(reasons.ok)[0]
    mx, my = np.full(len(rows.fid), np.nan), np.full(len(rows.fid), np.nan)
    mx[todo], my[todo], ok = geometry_bridge.transform_xy(forward, rows.x[todo], rows.y[todo])
    bad = np.zeros(len(rows.fid), dtype=bool)
    bad[todo[~ok]] = True
    reasons.fail(bad, "transform", tr("the location cannot be transformed to metres"))
    # the skipped features, in feature order (as the warnings count them)
    reasons.report(skips, rows.fid)
    keep = np.nonzero(reasons.ok)[0]
    if not len(keep):
        return _no_wells(p)
    system = [values.system[k] for k in keep]
    volume = values.volume[keep]
    if p.basis == BASIS_YEAR:
        keep, system, volume = _season_share(keep, system, volume, p, rows.fid, skips, volume_max)
        if not len(keep):
            return _no_wells(p)
    volume = volume * p.volume_factor
    wells = Wells(
        [rows.features[k] for k in keep],
        rows.fid[keep],
        mx[keep],
        my[keep],
        system,
        values.top[keep],
        values.bottom[keep],
        volume,
        values.screen[keep],
        p,
    )
    for name in extra:
        column = rows.values[name]
        wells.values[name] = [column[k] for k in keep]
    return wells


def _no_wells(p):
    return Wells([], [], [], [], [], [], [], [], [], p)


def _read_points(source, columns, subset, feedback, progress_span):
    """The features of ``source`` as records.Columns (``x``, ``y`` of the single point,
    NaN without one, and ``no_point``; the raw values of ``columns``; the features), in
    one pass."""
    total = source.featureCount() or 0
    start, span = progress_span[0], progress_span[1] - progress_span[0]
    index = [source.fields().lookupField(name) for name in columns]
    request = QgsFeatureRequest()
    if subset:
        request.setSubsetOfAttributes(sorted(set(index)))
    get = itemgetter(*index) if len(index) > 1 else (lambda f, k=index[0]: (f[k],))
    features, fids, xs, ys, raws, no_point = [], [], [], [], [], []
    nan = float("nan")
    for i, feature in enumerate(source.getFeatures(request)):
        if i % 1000 == 0:
            raise_if_canceled(feedback)
            if total:
                feedback.setProgress(start + span * i / total)
        geometry = feature.geometry()
        try:
            point = geometry.asPoint()
            x, y = point.x(), point.y()
            if x != x or y != y:  # an empty point
                raise ValueError
        except (TypeError, ValueError):  # null, empty, multipoint: the general way
            point = single_point(geometry)
            x, y = (point.x(), point.y()) if point is not None else (nan, nan)
            if point is None:
                no_point.append(len(fids))
        features.append(feature)
        fids.append(feature.id())
        xs.append(x)
        ys.append(y)
        raws.append(get(feature))
    rows = records.Columns(
        np.asarray(fids, dtype=np.int64),
        [],
        dict(zip(columns, (list(c) for c in zip(*raws)))),
        features,
    )
    rows.x = np.asarray(xs, dtype=float)
    rows.y = np.asarray(ys, dtype=float)
    rows.no_point = np.zeros(len(fids), dtype=bool)
    rows.no_point[no_point] = True
    return rows


@dataclass
class _WellValues:
    """The checked values of every well read (NaN / '' where unusable or absent)."""

    volume: np.ndarray
    system: list
    top: np.ndarray
    bottom: np.ndarray
    screen: np.ndarray


def _check_values(raw, p, reasons, volume_max):
    """Check volume, system id and screens vectorised (failures into ``reasons``)."""
    n = len(reasons.reason)
    nan = float("nan")
    # per system per year: the bound applies to each well's share, checked below
    volume, vstatus = records.numbers(
        raw[p.volume_field],
        low=0.0,
        high=volume_max if p.basis != BASIS_YEAR else None,
        low_inclusive=False,
    )
    for code in (records.MISSING, records.TEXT, records.LOW, records.HIGH):
        name = records.STATUS_NAME[code]
        reasons.fail(
            vstatus == code, "volume_" + name, _volume_reason(name, p.volume_field, volume_max)
        )
    system = records.texts(raw[p.system_field]) if p.system_field else [""] * n
    if p.basis == BASIS_YEAR:
        reasons.fail(
            np.fromiter((not s for s in system), dtype=bool, count=n),
            "system_null",
            tr("no system id in field '{}' (needed to divide the yearly volume)").format(
                p.system_field
            ),
        )
    screen_values = {}
    for which, field in (("top", p.top_field), ("bottom", p.bottom_field)):
        if not field:
            screen_values[which] = np.full(n, nan)
            continue
        # a top of 0 m is the surface (valid); a bottom must lie below it
        values, status = records.numbers(
            raw[field], low=0.0, high=SCREEN_DEPTH_MAX, low_inclusive=which == "top"
        )
        for code in (records.TEXT, records.LOW, records.HIGH):
            name = records.STATUS_NAME[code]
            reasons.fail(
                status == code, f"screen_{which}_{name}", _screen_reason(which, name, field)
            )
        values[status != records.OK] = nan
        screen_values[which] = values
    top, bottom = screen_values["top"], screen_values["bottom"]
    known = ~np.isnan(top) & ~np.isnan(bottom)
    with np.errstate(invalid="ignore"):
        reasons.fail(known & (bottom <= top), "screen", tr("screen bottom is not below screen top"))
    screen = np.where(known, bottom - top, p.screen_length)
    return _WellValues(volume, system, top, bottom, screen)


def _season_share(keep, system, volume, p, fid, skips, volume_max):
    """(keep, system, volume) with the yearly volume of each system divided over its
    wells; a share above ``volume_max`` is skipped as implausible."""
    counts = Counter(system)
    n_wells = np.array([counts[s] for s in system], dtype=float)
    volume = np.asarray(soilenergy.season_volume_from_yearly(volume, n_wells))
    high = volume > volume_max
    if high.any():
        for k in np.nonzero(high)[0]:
            skips.add(
                "volume_high",
                _volume_reason(NUMBER_HIGH, p.volume_field, volume_max),
                int(fid[keep[k]]),
            )
        system = [s for s, h in zip(system, high) if not h]
        keep, volume = keep[~high], volume[~high]
    return keep, system, volume


# -- shared by wellconflicts, interferenceareas, warmcoldzones and the map tool ---------
TEMPERATURE_FIELD = "TEMPERATURE_FIELD"


def add_temperature_parameter(alg, input_name="INPUT", optional=False):
    """The TEMPERATURE_FIELD parameter (values warm / koud, case-insensitive)."""
    alg.add_param(
        QgsProcessingParameterField(
            TEMPERATURE_FIELD,
            tr("Temperature field (warm / koud)"),
            parentLayerParameterName=input_name,
            defaultValue=DEFAULT_FIELDS[TEMPERATURE_FIELD],
            optional=optional,
        ),
        tr(
            "Field telling whether a well is a warm or a cold well. Accepted, in any case: "
            "warm, w, koud, k, cold, c (the BRO GUF field RelatieveTemperatuur uses warm / "
            "koud). Wells with another or an empty value are skipped with a counted warning."
        ),
    )


def read_temperatures(wells, field, skips):
    """Boolean 'warm' per well of ``wells`` (Wells) and a mask of the wells whose value is
    usable; the others are counted in ``skips``."""
    raw = wells.values.get(field)
    if raw is None:
        raw = [feature[field] for feature in wells.features]
    texts = records.texts(raw)
    parsed = {text: soilenergy.parse_temperature(text or None) for text in set(texts)}
    values = [parsed[text] for text in texts]
    warm = np.fromiter((v == soilenergy.WARM for v in values), dtype=bool, count=len(values))
    ok = np.fromiter((v is not None for v in values), dtype=bool, count=len(values))
    for k in np.nonzero(~ok)[0]:
        skips.add(
            "temperature",
            tr("temperature in field '{}' is not warm or koud").format(field),
            int(wells.fid[k]),
        )
    return warm, ok


def subset_wells(wells, mask, p):
    """A Wells object with only the wells where ``mask`` is True."""
    idx = np.nonzero(np.asarray(mask, dtype=bool))[0]
    sub = Wells([], [], [], [], [], [], [], [], [], p)
    sub.features = [wells.features[k] for k in idx]
    sub.fid = wells.fid[idx]
    sub.x, sub.y = wells.x[idx], wells.y[idx]
    sub.system = [wells.system[k] for k in idx]
    sub.top, sub.bottom = wells.top[idx], wells.bottom[idx]
    sub.v_season, sub.screen_len = wells.v_season[idx], wells.screen_len[idx]
    sub.r_th, sub.r_hyd = wells.r_th[idx], wells.r_hyd[idx]
    sub.values = {name: [values[k] for k in idx] for name, values in wells.values.items()}
    return sub


FACTOR_SAME_SYSTEM = "FACTOR_SAME_SYSTEM"
FACTOR_OPPOSITE = "FACTOR_OPPOSITE"
FACTOR_SAME_TEMPERATURE = "FACTOR_SAME_TEMPERATURE"


def add_factor_parameters(alg):
    """The three distance-rule factors (docs/method.md, "Well conflicts"; advanced parameters)."""
    for key, text, default, help_text in (
        (
            FACTOR_SAME_SYSTEM,
            tr("Factor: warm-cold of one system"),
            soilenergy.FACTOR_SAME_SYSTEM,
            tr(
                "Required distance = factor × the larger R_th. Default 3 (NVOE guideline, in "
                "the SKB Meer met Bodemenergie reports). Also sets the footprint of a system "
                "point (factor / 2 + 1)."
            ),
        ),
        (
            FACTOR_OPPOSITE,
            tr("Factor: opposite temperature, other systems"),
            soilenergy.FACTOR_OPPOSITE,
            tr(
                "Required distance = factor × the larger R_th. Default 3 [assumption: same "
                "physics as the NVOE rule]."
            ),
        ),
        (
            FACTOR_SAME_TEMPERATURE,
            tr("Factor: same temperature, other systems"),
            soilenergy.FACTOR_SAME_TEMPERATURE,
            tr(
                "Required distance = factor × (R_th,a + R_th,b). Default 1: the thermal "
                "bubbles may touch [assumption]."
            ),
        ),
    ):
        alg.add_param(
            QgsProcessingParameterNumber(
                key,
                text,
                type=QgsProcessingParameterNumber.Type.Double,
                defaultValue=default,
                minValue=0.0,
                maxValue=100.0,
            ),
            help_text,
            advanced=True,
        )


def factor_values(alg, parameters, context):
    """(same system, opposite, same temperature) factors of a run."""
    return tuple(
        alg.parameterAsDouble(parameters, key, context)
        for key in (FACTOR_SAME_SYSTEM, FACTOR_OPPOSITE, FACTOR_SAME_TEMPERATURE)
    )


def well_conflicts(wells, warm, factors, codes=None):
    """Conflict pairs (core.soilenergy.well_conflicts) of a Wells object: only between
    wells in the same aquifer (screen depths, or the aquifer ``codes`` when given)."""
    return soilenergy.well_conflicts(
        wells.x,
        wells.y,
        wells.r_th,
        wells.system,
        warm,
        *factors,
        top=wells.top,
        bottom=wells.bottom,
        aquifer=codes,
    )


# -- aquifers: which wells share an aquifer ---------------------------------------------
AQUIFER_FIELD = "AQUIFER_FIELD"
AQUIFERS = "AQUIFERS"
#: Field name used for the aquifer code when AQUIFER_FIELD is not set (and it has values).
AQUIFER_FIELD_NAME = "aquifer"


def add_aquifer_field_parameter(alg, input_name="INPUT"):
    """The optional AQUIFER_FIELD parameter (an aquifer code or name per well)."""
    alg.add_param(
        QgsProcessingParameterField(
            AQUIFER_FIELD,
            tr("Aquifer field"),
            parentLayerParameterName=input_name,
            optional=True,
        ),
        tr(
            "Optional field with the aquifer each well is screened in: a code or name such "
            "as a REGIS layer code or the aquifer number of a permit layer (WVP). It takes "
            "precedence over the screen depths: two wells that both have a code share an "
            "aquifer only when the codes are equal (any case); a well without a code falls "
            "back to its screen depth. Not set: a field named 'aquifer' is used when the "
            "layer has one with values (the log says so)."
        ),
    )


def aquifer_field(alg, parameters, context, source, feedback):
    """The aquifer field of a run: AQUIFER_FIELD, else a field named 'aquifer' that has at
    least one non-empty value (logged), else ''."""
    name = alg.field_or_raise(parameters, AQUIFER_FIELD, context, source)
    if name:
        return name
    index = source.fields().lookupField(AQUIFER_FIELD_NAME)
    if index < 0:
        return ""
    real = source.fields().at(index).name()
    request = (
        QgsFeatureRequest()
        .setFlags(QgsFeatureRequest.Flag.NoGeometry)
        .setSubsetOfAttributes([index])
    )
    for feature in source.getFeatures(request):
        if soilenergy.aquifer_code(feature[index]) is not None:
            feedback.pushInfo(
                tr(
                    "Aquifer codes from field '{}' (the layer has it; choose another field with "
                    "the aquifer field parameter)."
                ).format(real)
            )
            return real
    feedback.pushInfo(
        tr("Field '{}' is empty: the screen depths decide which wells share " "an aquifer.").format(
            real
        )
    )
    return ""


def aquifer_codes(wells, field):
    """The raw aquifer code per well of ``wells`` (None without a field)."""
    if not field:
        return None
    raw = wells.values.get(field)
    if raw is None:
        raw = [feature[field] for feature in wells.features]
    return [soilenergy.aquifer_code(value) for value in raw]


def warn_unknown_aquifer(wells, p, codes, code_field, feedback):
    """Counted warning for the wells whose aquifer is not known (no screen depth and no
    aquifer code): they count as sharing an aquifer with every well. Returns the count."""
    if not len(wells):
        return 0
    unknown = soilenergy.unknown_aquifer(wells.top, wells.bottom, codes)
    n = int(np.count_nonzero(unknown))
    if not n:
        return 0
    if not (p.top_field and p.bottom_field) and not code_field:
        feedback.pushWarning(
            tr(
                "No screen depth fields (SCREEN_TOP_FIELD, SCREEN_BOTTOM_FIELD) and no aquifer "
                "field: all {n} wells count as storing in one aquifer."
            ).format(n=n)
        )
        return n
    fields = " / ".join(f"'{f}'" for f in (p.top_field, p.bottom_field) if f)
    if code_field:
        text = tr(
            "{n} well(s) have no screen depth in field(s) {fields} and no aquifer code "
            "in field '{code}': they count as sharing an aquifer with every well."
        )
    else:
        text = tr(
            "{n} well(s) have no screen depth in field(s) {fields}: they count as "
            "sharing an aquifer with every well."
        )
    feedback.pushWarning(text.format(n=n, fields=fields or "-", code=code_field))
    return n


def add_aquifers_parameter(alg):
    """The AQUIFERS parameter: named depth intervals, Den Haag's by default."""
    from qgis.core import QgsProcessingParameterString

    alg.add_param(
        QgsProcessingParameterString(
            AQUIFERS,
            tr("Aquifers (name:top-bottom; ...)"),
            defaultValue=soilenergy.AQUIFERS,
            optional=True,
        ),
        tr(
            "The aquifers as depth intervals in m below surface, separated by ';', e.g. "
            "'1e watervoerend pakket:18-60;2e watervoerend pakket:70-150' (the default: Den "
            "Haag's first aquifer about 18-60 m, SKB Meer met Bodemenergie report 7; the "
            "second 70-150 m [assumption: check the local REGIS / GeoTOP profile]). The "
            "thickness of an aquifer is bottom - top. A well counts in the aquifer its "
            "screen lies in; a screen spanning two counts in both, by the length inside "
            "each. An aquifer code (aquifer field) names an aquifer by its name or by its "
            "number (1, WVP1 and '1e watervoerend pakket' are the same). Empty: one "
            "aquifer of the thickness given by the aquifer thickness parameter."
        ),
    )


def aquifers_value(alg, parameters, context):
    """The parsed AQUIFERS of a run (a list of (name, top, bottom)); a clear error for a
    malformed text."""
    text = alg.parameterAsString(parameters, AQUIFERS, context)
    try:
        return soilenergy.parse_aquifers(text)
    except ValueError as exc:
        raise QgsProcessingException(tr("Aquifers: {}").format(exc)) from None


def aquifer_slug(name, taken=()):
    """A field-name part from an aquifer name: lower case letters, digits and '_'."""
    out = "".join(ch if ch.isalnum() else "_" for ch in name.strip().lower())
    out = "_".join(part for part in out.split("_") if part) or "aquifer"
    slug, k = out, 2
    while slug in taken:
        slug, k = f"{out}_{k}", k + 1
    return slug
