"""bronnenstrategie:warmcoldzones - alternating warm and cold zones of a bodemenergieplan."""

from dataclasses import dataclass

import numpy as np
from qgis.core import (
    QgsCoordinateTransform,
    QgsFeature,
    QgsFields,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsProcessingUtils,
)

from ...compat import SourceType, WkbType
from ...core import soilenergy
from ...core.constants import C_WATER
from ...glue import geometry as geometry_bridge
from ...glue import records
from ...glue.writer import Field, Writer
from ..base import BronnenstrategieAlgorithm
from ..utils import SkipCounter, metric_transforms, raise_if_canceled, single_point, to_text
from . import common


def in_plan_aquifer(target, depth_range, top, bottom, codes):
    """(mask, number unknown) of the wells checked for a plan of one aquifer.

    ``depth_range`` (top, bottom) or None, ``target`` the text given (a code or name when
    there is no depth range); ``top``/``bottom`` the screens (NaN unknown), ``codes`` the
    aquifer codes (None without a field). A well is in the plan's aquifer when its code
    names it (match_aquifer; a depth range is compared with the depths, also for wells
    whose code names another aquifer) or its screen overlaps the depth range; a well
    without depth and code may be in it: it is checked and counted [assumption]."""
    n = len(top)
    known = np.isfinite(top) & np.isfinite(bottom)
    if depth_range is not None:
        in_range = known & soilenergy.depth_ranges_overlap(
            top, bottom, depth_range[0], depth_range[1]
        )
        unknown = ~known
    else:
        in_range = np.zeros(n, dtype=bool)
        unknown = np.ones(n, dtype=bool)
    if codes is not None:
        plan = [(target, 0.0, 1.0)]
        has = np.array([c is not None for c in codes], dtype=bool)
        match = np.array(
            [soilenergy.match_aquifer(c, plan) == 0 if c else False for c in codes], dtype=bool
        )
        if depth_range is None:
            # the code decides; without a code the well may be in the aquifer
            in_range, unknown = match, ~has
        else:
            in_range = np.where(has, match | in_range, in_range)
            unknown = unknown & ~has
    return in_range | unknown, int(np.count_nonzero(unknown & ~in_range))


class WarmColdZones(BronnenstrategieAlgorithm):
    NAME = "warmcoldzones"
    GROUP_ID = "bodemenergie"
    STYLES = {"OUTPUT": "warmcoldzones_output.qml", "OUTPUT_CHECK": "warmcoldzones_check.qml"}

    AREA = "AREA"
    FLOW_DIRECTION = "FLOW_DIRECTION"
    ZONE_WIDTH = "ZONE_WIDTH"
    WIDTH_FACTOR = "WIDTH_FACTOR"
    REFERENCE_VOLUME = "REFERENCE_VOLUME"
    REFERENCE_SCREEN = "REFERENCE_SCREEN"
    C_WATER = "C_WATER"
    C_AQUIFER = "C_AQUIFER"
    LAYOUT = "LAYOUT"
    FIRST_ZONE = "FIRST_ZONE"
    WELLS = "WELLS"
    VOLUME_FIELD = "VOLUME_FIELD"
    SCREEN_TOP_FIELD = "SCREEN_TOP_FIELD"
    SCREEN_BOTTOM_FIELD = "SCREEN_BOTTOM_FIELD"
    AQUIFER = "AQUIFER"
    FIT_TO_WELLS = "FIT_TO_WELLS"
    OUTPUT = "OUTPUT"
    OUTPUT_CHECK = "OUTPUT_CHECK"

    LAYOUTS = (soilenergy.LAYOUT_STRIPS, soilenergy.LAYOUT_CHECKERBOARD)

    def displayName(self):  # noqa: N802
        return self.tr("Warm and cold zones (bodemenergieplan)")

    def shortDescription(self):  # noqa: N802
        return self.tr("Lays out alternating warm and cold zones inside an area.")

    def required_modules(self):
        return ["shapely"]

    def help_text(self):
        return self.tr(
            "<p>Lays out a bodemenergieplan: alternating warm and cold zones inside an area "
            "(e.g. a candidate interference area), so that the warm wells of all systems "
            "gather in warm zones and the cold wells in cold zones (Handreiking "
            "masterplannen bodemenergie; the Binckhorst bodemenergieplan 2019).</p>"
            "<p><b>Strips</b> run parallel to the regional groundwater flow and alternate "
            "across it. Heat drifts with the groundwater (at about v · n · c_w / c_aq: 40 m "
            "a year of groundwater moves the heat about 18 m a year), so a plume moves "
            "along its own strip towards wells of the same temperature, where it helps "
            "instead of harms; the warm-cold axis of each doublet then runs across the "
            "flow, into the neighbouring strip (Handreiking masterplannen bodemenergie; "
            "Petschacher & Vasvari, Adv. Geosci. 67, 2026). Strips across the flow would "
            "carry warm plumes onto cold wells. The first strip, on the left looking "
            "downstream, gets the first zone. <b>Checkerboard</b>: squares of the zone "
            "width, in the same orientation; it suits only areas where the groundwater "
            "flow is negligible, since with flow a plume crosses into the next square of "
            "the other temperature.</p>"
            "<p><b>Zone width</b>: give it, or leave 0 to derive it as width factor × R_th of "
            "a reference system: 3 × R_th(50,000 m³, 40 m) = 3 × 24.37 = 73.1 m "
            "[assumption: of the order of the NVOE distance 3 × R_th], with R_th = √(c_w V / "
            "(c_aq π H)).</p>"
            "<p><b>Zone check</b> (with a well layer and its temperature field): a well is "
            "<i>ok</i> only when its thermal radius stays inside its own zone, i.e. its "
            "distance to the nearest zone of the other temperature is at least R_th; "
            "<i>near_border</i> when it lies in its own zone but closer than R_th to the "
            "other temperature (border_distance gives the distance; a well on the border "
            "has 0); <i>wrong_zone</i> in a zone of the other temperature; <i>outside</i> "
            "in no zone. R_th comes from the volume field (m³ per well per season) and the "
            "screen length (screen fields, else the reference screen length); without a "
            "volume field every well gets the R_th of the reference system [assumption].</p>"
            "<p><b>Per aquifer</b>: a zone plan is made for one aquifer. Give the aquifer as "
            "a depth range (e.g. 18-60, m below surface) or as a code or name matched "
            "against the aquifer field (e.g. 1; a field named 'aquifer' is used when "
            "present; 1, WVP1 and '1e watervoerend pakket' are the same aquifer); then "
            "only the wells screened in it are checked. Wells without depth or code are "
            "checked too, with a counted warning [assumption].</p>"
            "<p><b>Fit to the wells</b> (optional): over a built-up area the strips can be "
            "placed so that as few existing wells as possible are in the wrong zone or "
            "near a border. The zone borders are shifted across the flow (for a "
            "checkerboard also along it) in steps of 1/256 of the zone width, optionally "
            "also trying the other first zone, and the plan with the fewest wrong-zone + "
            "near-border wells of each area is laid out (of equally good offsets the "
            "middle one, which stays best when a well moves a little). The log gives the "
            "counts before and after.</p>"
        )

    def initAlgorithm(self, config=None):  # noqa: N802
        self._add_zone_parameters()
        self._add_well_parameters()
        self._add_outputs()

    def _add_zone_parameters(self):
        """The area, the flow direction and the zone layout."""
        self.add_param(
            QgsProcessingParameterFeatureSource(
                self.AREA, self.tr("Area"), [SourceType.VectorPolygon]
            ),
            self.tr("Polygons to lay the zones out in, each on its own."),
        )
        self.add_param(
            QgsProcessingParameterNumber(
                self.FLOW_DIRECTION,
                self.tr("Groundwater flow direction (degrees)"),
                type=QgsProcessingParameterNumber.Type.Double,
                defaultValue=0.0,
                minValue=-360.0,
                maxValue=360.0,
            ),
            self.tr(
                "Direction the groundwater flows to, in degrees clockwise from north "
                "(0 = to the north, 90 = to the east). Default 0 [assumption: look it up "
                "in the regional groundwater model]."
            ),
        )
        self.add_param(
            QgsProcessingParameterNumber(
                self.ZONE_WIDTH,
                self.tr("Zone width (m), 0 = from the reference system"),
                type=QgsProcessingParameterNumber.Type.Double,
                defaultValue=0.0,
                minValue=0.0,
                maxValue=100000.0,
            ),
            self.tr(
                "Width of a strip or side of a square. 0 = width factor × R_th of the "
                "reference system."
            ),
        )
        self.add_param(
            QgsProcessingParameterEnum(
                self.LAYOUT,
                self.tr("Layout"),
                options=[self.tr("Strips"), self.tr("Checkerboard")],
                defaultValue=0,
            ),
            self.tr("0 = strips parallel to the groundwater flow; 1 = checkerboard."),
        )
        self.add_param(
            QgsProcessingParameterEnum(
                self.FIRST_ZONE,
                self.tr("First zone"),
                options=[self.tr("warm"), self.tr("koud")],
                defaultValue=0,
            ),
            self.tr(
                "Temperature of the first strip (on the left looking downstream) or of "
                "the first square. Default warm [assumption]."
            ),
            advanced=True,
        )
        for key, text, default, lo, hi, help_text in (
            (
                self.WIDTH_FACTOR,
                self.tr("Width factor"),
                soilenergy.WIDTH_FACTOR,
                0.01,
                100.0,
                self.tr(
                    "Zone width = factor × R_th of the reference system; default 3 "
                    "[assumption: the NVOE distance between warm and cold wells]."
                ),
            ),
            (
                self.REFERENCE_VOLUME,
                self.tr("Reference volume (m³ per well per season)"),
                soilenergy.REFERENCE_VOLUME,
                1.0,
                1.0e9,
                self.tr(
                    "Volume of the reference system's wells; default 50,000 m³ "
                    "[assumption: a mid-sized utility-building system]."
                ),
            ),
            (
                self.REFERENCE_SCREEN,
                self.tr("Reference screen length (m)"),
                soilenergy.REFERENCE_SCREEN,
                0.1,
                1000.0,
                self.tr(
                    "Screen length of the reference system; default 40 m (Den Haag's first "
                    "aquifer) [assumption]."
                ),
            ),
            (
                self.C_WATER,
                self.tr("Heat capacity of water c_w (MJ/m³K)"),
                C_WATER,
                0.1,
                10.0,
                self.tr("Volumetric heat capacity of water, default 4.18 MJ/m³K."),
            ),
            (
                self.C_AQUIFER,
                self.tr("Heat capacity of the aquifer c_aq (MJ/m³K)"),
                soilenergy.C_AQUIFER,
                0.1,
                10.0,
                self.tr(
                    "Volumetric heat capacity of the saturated aquifer, default 2.8 MJ/m³K "
                    "(SKB Meer met Bodemenergie)."
                ),
            ),
        ):
            self.add_param(
                QgsProcessingParameterNumber(
                    key,
                    text,
                    type=QgsProcessingParameterNumber.Type.Double,
                    defaultValue=default,
                    minValue=lo,
                    maxValue=hi,
                ),
                help_text,
                advanced=True,
            )

    def _add_well_parameters(self):
        """The wells and their fields."""
        self.add_param(
            QgsProcessingParameterFeatureSource(
                self.WELLS,
                self.tr("Wells to check"),
                [SourceType.VectorPoint],
                optional=True,
            ),
            self.tr("Optional point layer of wells to check against the zones."),
        )
        self.add_param(
            QgsProcessingParameterField(
                common.TEMPERATURE_FIELD,
                self.tr("Temperature field of the wells"),
                parentLayerParameterName=self.WELLS,
                optional=True,
                defaultValue="temperature",
            ),
            self.tr(
                "Field with warm / koud (also w, k, cold, c; any case) of the wells to "
                "check; wells with another value are skipped with a counted warning."
            ),
        )
        self.add_param(
            QgsProcessingParameterField(
                self.VOLUME_FIELD,
                self.tr("Volume field of the wells (m³ per season)"),
                parentLayerParameterName=self.WELLS,
                optional=True,
                type=QgsProcessingParameterField.DataType.Numeric,
            ),
            self.tr(
                "Optional: volume stored per well per season, for each well's thermal "
                "radius R_th; without it every well gets the R_th of the reference "
                "system [assumption]."
            ),
        )
        for key, text in (
            (self.SCREEN_TOP_FIELD, self.tr("Screen top field (m below surface)")),
            (self.SCREEN_BOTTOM_FIELD, self.tr("Screen bottom field (m below surface)")),
        ):
            self.add_param(
                QgsProcessingParameterField(
                    key,
                    text,
                    parentLayerParameterName=self.WELLS,
                    optional=True,
                    type=QgsProcessingParameterField.DataType.Numeric,
                ),
                self.tr(
                    "Optional: the screen depth of the wells, for the screen length H "
                    "(else the reference screen length) and to choose the wells of "
                    "one aquifer."
                ),
            )
        common.add_aquifer_field_parameter(self, self.WELLS)
        self.add_param(
            QgsProcessingParameterString(
                self.AQUIFER,
                self.tr("Aquifer of the plan (depth range or code)"),
                defaultValue="",
                optional=True,
            ),
            self.tr(
                "Optional: the aquifer the plan is made for, as a depth range in m below "
                "surface ('18-60') or an aquifer code or name matched against the aquifer "
                "field ('1'). Only the wells screened in it are checked. Empty: all "
                "wells."
            ),
        )
        self.add_param(
            QgsProcessingParameterEnum(
                self.FIT_TO_WELLS,
                self.tr("Fit the zones to the wells"),
                options=[
                    self.tr("No"),
                    self.tr("Shift the zone borders"),
                    self.tr("Shift the zone borders and choose the first zone"),
                ],
                defaultValue=0,
            ),
            self.tr(
                "Place the zones so that as few of the checked wells as possible are in "
                "the wrong zone or near a border (needs a well layer): 1 = shift the "
                "borders across the flow (a checkerboard also along it); 2 = also try "
                "the other first zone. The log gives the counts before and after."
            ),
        )

    def _add_outputs(self):
        """The outputs and the numbers reported."""
        self.add_param(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT, self.tr("Warm and cold zones"), SourceType.VectorPolygon
            ),
            self.tr(
                "Zones clipped to the area: area_id (feature id of the area), zone (warm "
                "| koud), zone_nr, width_m, area_m2."
            ),
        )
        self.add_param(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT_CHECK,
                self.tr("Checked wells"),
                SourceType.VectorPoint,
                optional=True,
                createByDefault=True,
            ),
            self.tr(
                "The checked wells with zone_check = ok | near_border | wrong_zone | "
                "outside, border_distance (m, to the nearest zone of the other "
                "temperature, for near_border) and r_th (m) (only with a well layer)."
            ),
        )
        self.addOutput(QgsProcessingOutputNumber("N_ZONES", self.tr("Number of zones")))
        self.addOutput(
            QgsProcessingOutputNumber("N_WRONG_ZONE", self.tr("Number of wells in the wrong zone"))
        )
        self.addOutput(
            QgsProcessingOutputNumber(
                "N_NEAR_BORDER", self.tr("Number of wells closer than R_th to the other zone")
            )
        )
        self.addOutput(
            QgsProcessingOutputNumber(
                "N_WRONG_ZONE_BEFORE", self.tr("Wells in the wrong zone before the fit")
            )
        )
        self.addOutput(
            QgsProcessingOutputNumber(
                "N_NEAR_BORDER_BEFORE", self.tr("Wells near a border before the fit")
            )
        )
        self.addOutput(QgsProcessingOutputNumber("ZONE_WIDTH_USED", self.tr("Zone width used (m)")))

    # -- parameters -------------------------------------------------------------------
    def _settings(self, parameters, context):
        """The run's settings (a _Settings); QgsProcessingException for a broken
        cross-parameter rule (also shown by checkParameterValues before the run)."""
        run = _Settings(
            flow=self.parameterAsDouble(parameters, self.FLOW_DIRECTION, context),
            width=self.parameterAsDouble(parameters, self.ZONE_WIDTH, context),
            ref_volume=self.parameterAsDouble(parameters, self.REFERENCE_VOLUME, context),
            ref_screen=self.parameterAsDouble(parameters, self.REFERENCE_SCREEN, context),
            width_factor=self.parameterAsDouble(parameters, self.WIDTH_FACTOR, context),
            c_water=self.parameterAsDouble(parameters, self.C_WATER, context),
            c_aquifer=self.parameterAsDouble(parameters, self.C_AQUIFER, context),
            layout=self.LAYOUTS[self.parameterAsEnum(parameters, self.LAYOUT, context)],
            first=(soilenergy.WARM, soilenergy.COLD)[
                self.parameterAsEnum(parameters, self.FIRST_ZONE, context)
            ],
            fit_mode=self.parameterAsEnum(parameters, self.FIT_TO_WELLS, context),
            target=(self.parameterAsString(parameters, self.AQUIFER, context) or "").strip(),
        )
        run.depth_range = self._plan_depth_range(run.target)
        if run.fit_mode and self.parameterAsSource(parameters, self.WELLS, context) is None:
            raise QgsProcessingException(
                self.tr("Fitting the zones to the wells needs a well layer (WELLS).")
            )
        return run

    def _plan_depth_range(self, target):
        """(top, bottom) of the plan's aquifer given as a depth range ('18-60' or
        'name:18-60'), None for a code or name; an error when the bottom is not below
        the top."""
        if not target:
            return None
        text = target.rpartition(":")[2] if ":" in target else target
        parts = text.split("-")
        depth_range = None
        try:
            if len(parts) == 2:
                depth_range = (float(parts[0]), float(parts[1]))
        except ValueError:
            depth_range = None
        if depth_range is not None and not depth_range[1] > depth_range[0]:
            raise QgsProcessingException(
                self.tr(
                    "Aquifer of the plan: the bottom of the depth range '{}' must lie below "
                    "its top."
                ).format(target)
            )
        return depth_range

    def checkParameterValues(self, parameters, context):  # noqa: N802
        ok, message = super().checkParameterValues(parameters, context)
        if ok:
            try:
                self._settings(parameters, context)
            except QgsProcessingException as exc:
                return False, str(exc)
        return ok, message

    # -- reading -----------------------------------------------------------------------
    def _read_wells(self, parameters, context, metric, run, ref_r, skips, feedback):
        """The wells to check (a _CheckedWells) in metres, only those of the plan's
        aquifer; None without a well layer."""
        wells = self.parameterAsSource(parameters, self.WELLS, context)
        if wells is None:
            return None
        temp_field = self.field_or_raise(
            parameters, common.TEMPERATURE_FIELD, context, wells, required=True
        )
        names = [
            self.field_or_raise(parameters, key, context, wells)
            for key in (self.VOLUME_FIELD, self.SCREEN_TOP_FIELD, self.SCREEN_BOTTOM_FIELD)
        ]
        names.append(common.aquifer_field(self, parameters, context, wells, feedback))
        if run.target and run.depth_range is None and not names[3]:
            raise QgsProcessingException(
                self.tr(
                    "Aquifer of the plan '{}' is not a depth range (e.g. 18-60) and the "
                    "wells have no aquifer field to match it against."
                ).format(run.target)
            )
        to_metric = QgsCoordinateTransform(wells.sourceCrs(), metric, context.transformContext())
        checked, raw = self._read_points(wells, temp_field, names, to_metric, skips, feedback)
        columns = list(zip(*raw)) if raw else [()] * 4
        checked.r_th, top, bottom, codes = self._well_radii(columns, names, run, ref_r, feedback)
        if run.target:
            keep, n_unknown = in_plan_aquifer(run.target, run.depth_range, top, bottom, codes)
            if n_unknown:
                feedback.pushWarning(
                    self.tr(
                        "{n} well(s) without a screen depth or aquifer code are checked as if "
                        "they were in aquifer '{a}'."
                    ).format(n=n_unknown, a=run.target)
                )
            feedback.pushInfo(
                self.tr(
                    "{k} of {n} wells are in aquifer '{a}'; the others " "are not checked."
                ).format(k=int(keep.sum()), n=len(checked.features), a=run.target)
            )
            checked = checked.subset(np.nonzero(keep)[0])
        return checked

    def _read_points(self, wells, temp_field, names, to_metric, skips, feedback):
        """(_CheckedWells without r_th, raw values of the fields ``names`` per well) of
        the wells with a point, a temperature and a metric location."""
        feats, xs, ys, warm, raw = [], [], [], [], []
        for i, feature in enumerate(wells.getFeatures()):
            if i % 1000 == 0:
                raise_if_canceled(feedback)
            point = single_point(feature.geometry())
            if point is None:
                skips.add("well_geometry", self.tr("well without a point geometry"), feature.id())
                continue
            t = soilenergy.parse_temperature(to_text(feature[temp_field]) or None)
            if t is None:
                skips.add(
                    "temperature",
                    self.tr("temperature in field '{}' is not warm or koud").format(temp_field),
                    feature.id(),
                )
                continue
            try:
                xy = to_metric.transform(point)
            except Exception:  # noqa: BLE001 - QgsCsException
                skips.add(
                    "transform",
                    self.tr("the location cannot be transformed to " "metres"),
                    feature.id(),
                )
                continue
            feats.append(feature)
            xs.append(xy.x())
            ys.append(xy.y())
            warm.append(t == soilenergy.WARM)
            raw.append([feature[name] if name else None for name in names])
        checked = _CheckedWells(
            feats,
            np.asarray(xs, dtype=float),
            np.asarray(ys, dtype=float),
            np.asarray(warm, dtype=bool),
            None,
            wells,
        )
        return checked, raw

    def _well_radii(self, columns, names, run, ref_r, feedback):
        """(r_th, top, bottom, aquifer codes) of the wells from their raw values: the
        reference system's R_th where the volume is not usable (with a warning)."""
        volume_field, top_field, bottom_field, code_field = names
        nan = np.full(len(columns[0]), np.nan)
        volume = records.floats(columns[0]) if volume_field else nan
        top = records.floats(columns[1]) if top_field else nan.copy()
        bottom = records.floats(columns[2]) if bottom_field else nan.copy()
        codes = [soilenergy.aquifer_code(v) for v in columns[3]] if code_field else None
        known = np.isfinite(top) & np.isfinite(bottom) & (bottom > top) & (top >= 0)
        top[~known], bottom[~known] = np.nan, np.nan
        screen = np.where(known, bottom - top, run.ref_screen)
        with np.errstate(invalid="ignore"):
            good_volume = np.isfinite(volume) & (volume > 0)
        r_th = np.where(
            good_volume,
            soilenergy.thermal_radius(
                np.where(good_volume, volume, 1.0), screen, run.c_water, run.c_aquifer
            ),
            ref_r,
        )
        if volume_field and not good_volume.all():
            feedback.pushWarning(
                self.tr(
                    "{n} well(s) without a usable volume in field '{field}' get the reference "
                    "system's R_th of {r:.1f} m."
                ).format(n=int((~good_volume).sum()), field=volume_field, r=ref_r)
            )
        return np.asarray(r_th, dtype=float).reshape(-1), top, bottom, codes

    # -- computing and writing ---------------------------------------------------------
    def _lay_out(self, source, forward, back, out, run, checked, skips, feedback):
        """Lay out and write the zones of every area; (zones, zones before the fit) as
        (metric geometry, zone, bounds)."""
        zones, zones_before = [], []
        total = source.featureCount() or 1
        # the metric CRS is the layer's own for RD New input: no transform back
        to_source = None if back.isShortCircuited() else back
        for n, feature in enumerate(source.getFeatures()):
            raise_if_canceled(feedback)
            shp = geometry_bridge.to_shapely(feature.geometry(), forward)
            if shp is None or shp.area <= 0:
                skips.add("area", self.tr("area without a usable polygon"), feature.id())
                continue
            xmin, ymin, xmax, ymax = shp.bounds
            n_cells = (xmax - xmin) * (ymax - ymin) / (run.width * run.width)
            if n_cells > 1.0e6:
                raise QgsProcessingException(
                    self.tr(
                        "Area {fid} would get about {n:,.0f} zones: choose a larger zone width."
                    ).format(fid=feature.id(), n=n_cells)
                )
            layout_zones = self._area_zones(
                shp, feature.id(), run, checked, zones_before, _AreaProgress(feedback, n, total)
            )
            self._write_zones(
                out, layout_zones, feature.id(), to_source, zones, _AreaProgress(feedback, n, total)
            )
            feedback.setProgress(60.0 * (n + 1) / total)
        return zones, zones_before

    def _area_zones(self, shp, fid, run, checked, zones_before, progress):
        """The zones of one area (core.soilenergy.zone_layout), fitted to the wells when
        asked (the zones before the fit added to ``zones_before``)."""
        offset = offset_v = 0.0
        area_first = run.first
        if run.fit_mode and len(checked.x):
            fit = soilenergy.fit_zone_plan(
                shp,
                checked.x,
                checked.y,
                checked.warm,
                checked.r_th,
                run.flow,
                run.width,
                run.layout,
                run.first,
                choose_first=run.fit_mode == 2,
            )
            offset, offset_v, area_first = fit["offset"], fit["offset_v"], fit["first_zone"]
            if fit["n_wells"]:
                progress.feedback.pushInfo(
                    self.tr(
                        "Area {fid}: zones fitted to {n} wells: borders shifted {o:.1f} m "
                        "across the flow{ov}, first zone {z}."
                    ).format(
                        fid=fid,
                        n=fit["n_wells"],
                        o=offset,
                        ov=(
                            self.tr(" and {:.1f} m along it").format(offset_v)
                            if run.layout == soilenergy.LAYOUT_CHECKERBOARD
                            else ""
                        ),
                        z=area_first,
                    )
                )
            zones_before.extend(
                (z["geometry"], z["zone"], z["bounds"])
                for z in soilenergy.zone_layout(shp, run.flow, run.width, run.layout, run.first)
            )
        return soilenergy.zone_layout(
            shp,
            run.flow,
            run.width,
            run.layout,
            area_first,
            progress=progress.layout,
            offset=offset,
            offset_v=offset_v,
        )

    @staticmethod
    def _write_zones(out, layout_zones, fid, to_source, zones, progress):
        batch = []
        for k, z in enumerate(layout_zones):
            if k % 50 == 0:
                progress.writing(k / len(layout_zones))
            zones.append((z["geometry"], z["zone"], z["bounds"]))
            f = QgsFeature(out.fields)
            f.setGeometry(
                geometry_bridge.from_shapely(z["geometry"], multi=True, transform=to_source)
            )
            f.setAttributes(
                [fid, z["zone"], z["zone_nr"], round(z["width_m"], 3), round(z["area_m2"], 1)]
            )
            batch.append(f)
            if len(batch) >= 5000 or k == len(layout_zones) - 1:
                out.add_features(batch)
                batch = []

    def _check_wells(self, parameters, context, checked, zones, zones_before, run, feedback):
        """Check the wells against the zones (and write them); the results' counts."""
        last_percent = [None]

        def check_progress(fraction):
            # called per zone: the cancel check is cheap, the progress bar moves by
            # whole percents
            if feedback.isCanceled():
                raise_if_canceled(feedback)
            percent = int(60.0 + 30.0 * fraction)
            if percent != last_percent[0]:
                last_percent[0] = percent
                feedback.setProgress(percent)

        if checked.features:
            check, distance = soilenergy.zone_check(
                checked.x,
                checked.y,
                checked.warm,
                zones,
                progress=check_progress,
                r_th=checked.r_th,
                return_distance=True,
            )
        else:
            check, distance = np.zeros(0, dtype=object), np.zeros(0)
        results = {}
        cdest = self._write_check(parameters, context, checked, check, distance)
        if cdest is not None:
            results[self.OUTPUT_CHECK] = cdest
        n_wrong = int(np.count_nonzero(check == soilenergy.ZONE_WRONG))
        n_near = int(np.count_nonzero(check == soilenergy.ZONE_NEAR_BORDER))
        n_out = int(np.count_nonzero(check == soilenergy.ZONE_OUTSIDE))
        results["N_WRONG_ZONE"] = n_wrong
        results["N_NEAR_BORDER"] = n_near
        feedback.pushInfo(
            self.tr(
                "{n} of {m} wells in the wrong zone, {b} near a border "
                "(closer than R_th to the other zone), {o} outside the "
                "zones."
            ).format(n=n_wrong, m=len(checked.features), b=n_near, o=n_out)
        )
        if run.fit_mode and checked.features:
            before = soilenergy.zone_check(
                checked.x, checked.y, checked.warm, zones_before, r_th=checked.r_th
            )
            wb = int(np.count_nonzero(before == soilenergy.ZONE_WRONG))
            nb = int(np.count_nonzero(before == soilenergy.ZONE_NEAR_BORDER))
            results["N_WRONG_ZONE_BEFORE"] = wb
            results["N_NEAR_BORDER_BEFORE"] = nb
            feedback.pushInfo(
                self.tr(
                    "Fit to the wells: wrong zone {wb} -> {wa}, near a border {nb} -> {na} "
                    "(of {m} checked wells)."
                ).format(wb=wb, wa=n_wrong, nb=nb, na=n_near, m=len(checked.features))
            )
        return results

    def _write_check(self, parameters, context, checked, check, distance):
        """Write the checked wells (their attributes + zone_check, border_distance, r_th);
        the destination, or None when the output is not wanted."""
        wells = checked.source
        cfields = QgsProcessingUtils.combineFields(wells.fields(), QgsFields())
        for spec in CHECK_FIELDS:
            cfields.append(spec.qgs_field())
        out = Writer.open(
            self,
            parameters,
            self.OUTPUT_CHECK,
            context,
            cfields,
            wells.wkbType(),
            wells.sourceCrs(),
            required=False,
        )
        if out is None:
            return None
        batch = []
        for feature, value, d, r in zip(
            checked.features, check, distance.tolist(), checked.r_th.tolist()
        ):
            f = QgsFeature(cfields)
            f.setGeometry(feature.geometry())
            f.setAttributes(
                feature.attributes() + [str(value), None if d != d else round(d, 2), round(r, 2)]
            )
            batch.append(f)
            if len(batch) >= 5000:
                out.add_features(batch)
                batch = []
        if batch:
            out.add_features(batch)
        return out.dest

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        source = self.source_or_raise(parameters, self.AREA, context)
        run = self._settings(parameters, context)
        if not run.width > 0:
            run.width = soilenergy.zone_width_from_reference(
                run.ref_volume, run.ref_screen, run.width_factor, run.c_water, run.c_aquifer
            )
            feedback.pushInfo(
                self.tr("Zone width from the reference system: {w:.2f} m.").format(w=run.width)
            )
        metric, forward, back = metric_transforms(source, context)
        if metric.authid() != source.sourceCrs().authid():
            feedback.pushInfo(
                self.tr("Distances are computed in {crs}.").format(crs=metric.authid())
            )
        skips = SkipCounter(feedback)
        ref_r = float(
            soilenergy.thermal_radius(run.ref_volume, run.ref_screen, run.c_water, run.c_aquifer)
        )
        checked = self._read_wells(parameters, context, metric, run, ref_r, skips, feedback)
        out = Writer.open(
            self,
            parameters,
            self.OUTPUT,
            context,
            ZONE_FIELDS,
            WkbType.MultiPolygon,
            source.sourceCrs(),
        )
        zones, zones_before = self._lay_out(
            source, forward, back, out, run, checked, skips, feedback
        )
        if not zones:
            feedback.pushWarning(
                self.tr("No zone was laid out: the area layer has no usable " "polygon.")
            )
        results = {
            self.OUTPUT: out.dest,
            "N_ZONES": len(zones),
            "ZONE_WIDTH_USED": run.width,
            "N_WRONG_ZONE": None,
            "N_NEAR_BORDER": None,
            "N_WRONG_ZONE_BEFORE": None,
            "N_NEAR_BORDER_BEFORE": None,
        }
        if checked is not None:
            results.update(
                self._check_wells(parameters, context, checked, zones, zones_before, run, feedback)
            )
        skips.report()
        feedback.setProgress(100)
        return results


#: The fields of the zones.
ZONE_FIELDS = [
    Field("area_id", "LongLong", type_name=""),
    Field("zone", "String", type_name=""),
    Field("zone_nr", "Int", type_name=""),
    Field("width_m", "Double", 20, 3),
    Field("area_m2", "Double", 20, 1),
]


#: The fields added to the checked wells.
CHECK_FIELDS = [
    Field("zone_check", "String", type_name=""),
    Field("border_distance", "Double", 20, 2),
    Field("r_th", "Double", 20, 2),
]


@dataclass
class _Settings:
    """The parameters of one run."""

    flow: float
    width: float
    ref_volume: float
    ref_screen: float
    width_factor: float
    c_water: float
    c_aquifer: float
    layout: str
    first: str
    fit_mode: int
    target: str
    depth_range: tuple = None


@dataclass
class _CheckedWells:
    """The wells checked against the zones: their features, metric x and y, warm (bool)
    and thermal radius, and the well layer (for the output's fields and CRS)."""

    features: list
    x: np.ndarray
    y: np.ndarray
    warm: np.ndarray
    r_th: np.ndarray
    source: object

    def subset(self, idx):
        return _CheckedWells(
            [self.features[k] for k in idx],
            self.x[idx],
            self.y[idx],
            self.warm[idx],
            self.r_th[idx],
            self.source,
        )


class _AreaProgress:
    """Cancel checks and progress while one area (number ``n`` of ``total``) is laid out
    (the first half of its share of the first 60 %) and written (the second half)."""

    def __init__(self, feedback, n, total):
        self.feedback, self.n, self.total = feedback, n, total

    def layout(self, fraction):
        # cancel inside the layout of one (large) area
        if self.feedback.isCanceled():
            raise_if_canceled(self.feedback)
        self.feedback.setProgress(60.0 * (self.n + 0.5 * fraction) / self.total)

    def writing(self, fraction):
        raise_if_canceled(self.feedback)
        self.feedback.setProgress(60.0 * (self.n + 0.5 + 0.5 * fraction) / self.total)
