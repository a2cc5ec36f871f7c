"""Well parameters and well reading shared by the soil-energy algorithms.

thermalradius, wellconflicts and interferenceareas take the same volume, screen and
physics parameters (same names, same defaults) and read wells the same way.
"""

from collections import Counter

import numpy as np
from qgis.core import (
    QgsProcessingException,
    QgsProcessingParameterEnum,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
)
from qgis.PyQt.QtCore import QCoreApplication

from ...core import soilenergy
from ...core.constants import C_WATER
from ..utils import (
    NUMBER_HIGH,
    NUMBER_LOW,
    NUMBER_MISSING,
    NUMBER_TEXT,
    raise_if_canceled,
    read_number,
    single_point,
    to_text,
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


def tr(text):
    return QCoreApplication.translate("@default", text)


def add_well_parameters(alg, input_name="INPUT", system_required=False):
    """Add the shared volume/screen/physics parameters to an algorithm."""
    alg.add_param(
        QgsProcessingParameterField(
            VOLUME_FIELD,
            tr("Volume field (m³)"),
            parentLayerParameterName=input_name,
            type=QgsProcessingParameterField.Numeric,
        ),
        tr(
            "Numeric field with the stored volume in m³: per well per season, or per "
            "system per year (see Volume basis). A well storing more than 10,000,000 m³ per "
            "season is skipped with a counted warning as implausible (a typing or unit "
            "error)."
        ),
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
            optional=not system_required,
        ),
        tr("Field with the id of the system (installation) each well belongs to."),
    )
    alg.add_param(
        QgsProcessingParameterField(
            SCREEN_TOP_FIELD,
            tr("Screen top field (m below surface)"),
            parentLayerParameterName=input_name,
            type=QgsProcessingParameterField.Numeric,
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
            type=QgsProcessingParameterField.Numeric,
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
            type=QgsProcessingParameterNumber.Double,
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
    alg.add_param(
        QgsProcessingParameterNumber(
            VOLUME_FACTOR,
            tr("Volume factor"),
            type=QgsProcessingParameterNumber.Double,
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
            type=QgsProcessingParameterNumber.Double,
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
            type=QgsProcessingParameterNumber.Double,
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
            type=QgsProcessingParameterNumber.Double,
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


class Wells:
    """The computable wells of a layer, as numpy arrays in a metric CRS.

    Attributes: ``features`` (the input features kept), ``fid``, ``x``, ``y`` (metric),
    ``system`` (text, '' when absent), ``top``/``bottom`` (m, NaN when absent),
    ``v_season`` (m³ per well per season, volume factor applied), ``screen_len``,
    ``r_th``, ``r_hyd`` (m).
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
        self.r_th = np.atleast_1d(
            soilenergy.thermal_radius(self.v_season, self.screen_len, p.c_water, p.c_aquifer)
        ) if len(self.fid) else np.zeros(0)
        self.r_hyd = np.atleast_1d(
            soilenergy.hydraulic_radius(self.v_season, self.screen_len, p.porosity)
        ) if len(self.fid) else np.zeros(0)

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
    return tr("volume in field '{field}' is implausibly large (more than {max:,.0f} m³ per "
              "well per season)").format(field=field, max=volume_max)


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
        value, status = read_number(feature[field], low=0.0, high=SCREEN_DEPTH_MAX,
                                    low_inclusive=which == "top")
        if status == NUMBER_MISSING:
            values.append(None)
            continue
        if status == NUMBER_TEXT:
            message = (tr("screen top is not a number in field '{}'") if which == "top"
                       else tr("screen bottom is not a number in field '{}'")).format(field)
        elif status == NUMBER_LOW:
            message = (tr("screen top is above ground level (negative) in field '{}'")
                       if which == "top" else
                       tr("screen bottom is at or above ground level (zero or negative) in "
                          "field '{}'")).format(field)
        elif status == NUMBER_HIGH:
            message = (tr("screen top is deeper than {max:,.0f} m in field '{field}'")
                       if which == "top" else
                       tr("screen bottom is deeper than {max:,.0f} m in field '{field}'")
                       ).format(max=SCREEN_DEPTH_MAX, field=field)
        else:
            values.append(value)
            continue
        return None, None, ("screen_{}_{}".format(which, status), message)
    return values[0], values[1], None


def read_wells(source, p, forward, feedback, skips, progress_span=(0.0, 50.0),
               volume_max=VOLUME_MAX):
    """Read the wells of ``source`` with parameters ``p``; skip what cannot be computed.

    ``forward`` transforms source coordinates to the metric CRS. Volumes above
    ``volume_max`` (m³ per well per season; with the basis 'per system per year' the
    share of one well) are skipped as implausible. Returns Wells.
    """
    total = source.featureCount() or 0
    start, span = progress_span[0], progress_span[1] - progress_span[0]
    rows = []
    for i, feature in enumerate(source.getFeatures()):
        if i % 1000 == 0:
            raise_if_canceled(feedback)
            if total:
                feedback.setProgress(start + span * i / total)
        point = single_point(feature.geometry())
        if point is None:
            skips.add("geometry", tr("no geometry, or a multipoint with several points"),
                      feature.id())
            continue
        # per system per year: the bound applies to each well's share, checked below
        volume, status = read_number(feature[p.volume_field], low=0.0,
                                     high=volume_max if p.basis != BASIS_YEAR else None,
                                     low_inclusive=False)
        if status != "ok":
            skips.add("volume_" + status, _volume_reason(status, p.volume_field, volume_max),
                      feature.id())
            continue
        system = to_text(feature[p.system_field]) if p.system_field else ""
        if p.basis == BASIS_YEAR and not system:
            skips.add("system_null", tr("no system id in field '{}' (needed to divide the "
                                        "yearly volume)").format(p.system_field), feature.id())
            continue
        top, bottom, reason = _read_screen(feature, p)
        if reason is not None:
            skips.add(reason[0], reason[1], feature.id())
            continue
        if top is not None and bottom is not None:
            if bottom <= top:
                skips.add("screen", tr("screen bottom is not below screen top"), feature.id())
                continue
            screen = bottom - top
        else:
            screen = p.screen_length
        try:
            xy = forward.transform(point)
        except Exception:  # noqa: BLE001 - QgsCsException: outside the CRS's area
            skips.add("transform", tr("the location cannot be transformed to metres"),
                      feature.id())
            continue
        rows.append((feature, feature.id(), xy.x(), xy.y(), system,
                     np.nan if top is None else top, np.nan if bottom is None else bottom,
                     volume, screen))
    if not rows:
        return Wells([], [], [], [], [], [], [], [], [], p)
    features, fid, x, y, system, top, bottom, volume, screen = zip(*rows)
    volume = np.asarray(volume, dtype=float)
    if p.basis == BASIS_YEAR:
        counts = Counter(system)
        n_wells = np.array([counts[s] for s in system], dtype=float)
        volume = np.asarray(soilenergy.season_volume_from_yearly(volume, n_wells))
        high = volume > volume_max
        if high.any():
            for k in np.nonzero(high)[0]:
                skips.add("volume_high", _volume_reason(NUMBER_HIGH, p.volume_field,
                                                        volume_max), int(fid[k]))
            keep = np.nonzero(~high)[0]
            if not len(keep):
                return Wells([], [], [], [], [], [], [], [], [], p)
            features, fid, x, y, system, top, bottom, screen = (
                [seq[k] for k in keep] for seq in (features, fid, x, y, system, top, bottom,
                                                   screen))
            volume = volume[keep]
    volume = volume * p.volume_factor
    return Wells(features, fid, x, y, system, top, bottom, volume, screen, p)


# -- shared by wellconflicts, interferenceareas, warmcoldzones and the map tool ---------
TEMPERATURE_FIELD = "TEMPERATURE_FIELD"


def add_temperature_parameter(alg, input_name="INPUT", optional=False):
    """The TEMPERATURE_FIELD parameter (values warm / koud, case-insensitive)."""
    alg.add_param(
        QgsProcessingParameterField(
            TEMPERATURE_FIELD,
            tr("Temperature field (warm / koud)"),
            parentLayerParameterName=input_name,
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
    warm = np.zeros(len(wells), dtype=bool)
    ok = np.ones(len(wells), dtype=bool)
    for k, feature in enumerate(wells.features):
        value = soilenergy.parse_temperature(to_text(feature[field]) or None)
        if value is None:
            ok[k] = False
            skips.add("temperature", tr("temperature in field '{}' is not warm or koud")
                      .format(field), feature.id())
        else:
            warm[k] = value == soilenergy.WARM
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
    return sub


def to_shapely(geometry, transform=None):
    """A shapely geometry (metric when ``transform`` is given) from a QgsGeometry, or None
    when the geometry is empty or cannot be transformed. Curved geometries are segmentized
    first (on a copy)."""
    from shapely import wkb

    if geometry is None or geometry.isNull() or geometry.isEmpty():
        return None
    from qgis.core import QgsGeometry, QgsWkbTypes

    g = QgsGeometry(geometry)
    if QgsWkbTypes.isCurvedType(g.wkbType()):
        # CurvePolygon / CompoundCurve (e.g. from a GeoPackage): shapely reads no curves
        # (convertToStraightSegment keeps the curve type when there are no arcs)
        g = QgsGeometry(g.constGet().segmentize())
    if transform is not None:
        try:
            g.transform(transform)
        except Exception:  # noqa: BLE001 - QgsCsException
            return None
    g = g.makeValid() if not g.isGeosValid() else g
    try:
        shp = wkb.loads(bytes(g.asWkb()))
    except Exception:  # noqa: BLE001 - unreadable geometry
        return None
    if shp.is_empty:
        return None
    if shp.has_z:
        from shapely.ops import transform as shp_transform

        shp = shp_transform(lambda x, y, z=None: (x, y), shp)
    return shp


def from_shapely(geom, transform=None):
    """A QgsGeometry from a shapely geometry, transformed with ``transform`` if given."""
    from qgis.core import QgsGeometry

    g = QgsGeometry()
    g.fromWkb(geom.wkb)
    if transform is not None:
        g.transform(transform)
    return g


FACTOR_SAME_SYSTEM = "FACTOR_SAME_SYSTEM"
FACTOR_OPPOSITE = "FACTOR_OPPOSITE"
FACTOR_SAME_TEMPERATURE = "FACTOR_SAME_TEMPERATURE"


def add_factor_parameters(alg):
    """The three distance-rule factors of REFERENCE.md 1.2 (advanced parameters)."""
    for key, text, default, help_text in (
        (FACTOR_SAME_SYSTEM, tr("Factor: warm-cold of one system"),
         soilenergy.FACTOR_SAME_SYSTEM,
         tr("Required distance = factor × the larger R_th. Default 3 (NVOE guideline, in "
            "the SKB Meer met Bodemenergie reports). Also sets the footprint of a system "
            "point (factor / 2 + 1).")),
        (FACTOR_OPPOSITE, tr("Factor: opposite temperature, other systems"),
         soilenergy.FACTOR_OPPOSITE,
         tr("Required distance = factor × the larger R_th. Default 3 [assumption: same "
            "physics as the NVOE rule].")),
        (FACTOR_SAME_TEMPERATURE, tr("Factor: same temperature, other systems"),
         soilenergy.FACTOR_SAME_TEMPERATURE,
         tr("Required distance = factor × (R_th,a + R_th,b). Default 1: the thermal "
            "bubbles may touch [assumption].")),
    ):
        alg.add_param(
            QgsProcessingParameterNumber(
                key, text, type=QgsProcessingParameterNumber.Double,
                defaultValue=default, minValue=0.0, maxValue=100.0,
            ),
            help_text, advanced=True,
        )


def factor_values(alg, parameters, context):
    """(same system, opposite, same temperature) factors of a run."""
    return tuple(alg.parameterAsDouble(parameters, key, context)
                 for key in (FACTOR_SAME_SYSTEM, FACTOR_OPPOSITE, FACTOR_SAME_TEMPERATURE))


def well_conflicts(wells, warm, factors):
    """Conflict pairs (core.soilenergy.well_conflicts) of a Wells object."""
    return soilenergy.well_conflicts(wells.x, wells.y, wells.r_th, wells.system, warm,
                                     *factors)
