"""bronnenstrategie:wellconflicts - pairs of soil-energy wells closer than the distance rules."""

from collections import Counter
from dataclasses import dataclass

import numpy as np
from qgis.core import (
    QgsCoordinateTransform,
    QgsFeature,
    QgsFeatureRequest,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsWkbTypes,
)

from ...compat import SourceType, WkbType
from ...core import soilenergy
from ...glue import geometry as geometry_bridge
from ...glue import records
from ...glue.writer import Field, Writer, make_fields
from ..base import BronnenstrategieAlgorithm
from ..utils import SkipCounter, metric_transforms, raise_if_canceled, single_point
from . import common

#: Output lines written per batch (cancel checks and progress between batches).
CHUNK = 2000


class WellConflicts(common.CheckedBySettings, BronnenstrategieAlgorithm):
    NAME = "wellconflicts"
    GROUP_ID = "bodemenergie"
    STYLES = {"OUTPUT": "wellconflicts_output.qml"}

    INPUT = "INPUT"
    ID_FIELD = "ID_FIELD"
    INPUT_IS_SYSTEMS = "INPUT_IS_SYSTEMS"
    CLOSED_LOOPS = "CLOSED_LOOPS"
    CLOSED_TOP_FIELD = "CLOSED_TOP_FIELD"
    CLOSED_BOTTOM_FIELD = "CLOSED_BOTTOM_FIELD"
    FACTOR_CLOSED = "FACTOR_CLOSED"
    CLOSED_MIN_DISTANCE = "CLOSED_MIN_DISTANCE"
    OUTPUT = "OUTPUT"

    def displayName(self):  # noqa: N802
        return self.tr("Well conflicts (distance rules)")

    def shortDescription(self):  # noqa: N802
        return self.tr("Pairs of soil-energy wells closer than the distance rules allow.")

    def required_modules(self):
        return ["shapely"]

    def help_text(self):
        return self.tr(
            "<p>Finds every pair of wells of open soil-energy systems (WKO / ATES) that "
            "stand closer than the distance rules allow, and draws a line from well a to "
            "well b for each pair, once.</p>"
            "<p><b>Rules</b> (R_th = thermal radius, computed as in <i>Thermal radius of "
            "soil-energy wells</i>):<br>"
            "warm and cold well of one system: 3 × the larger R_th (NVOE guideline, in the "
            "SKB <i>Meer met Bodemenergie</i> reports);<br>"
            "opposite temperature, different systems: 3 × the larger R_th [assumption: the "
            "same physics];<br>"
            "same temperature, different systems: R_th,a + R_th,b, the bubbles may touch "
            "[assumption; MMB report 7 reports positive interference of clustered "
            "same-temperature wells];<br>"
            "two wells of one system with the same temperature are no conflict.<br>"
            "A pair is a conflict when the distance is less than the required distance; "
            "shortfall = required - distance.</p>"
            "<p><b>Per aquifer</b>: the rules apply only to wells that store in the same "
            "aquifer. R_th is a cylinder in the screened aquifer; wells whose screens lie "
            "in different aquifers, with a separating clay layer between them, do not "
            "interfere in the sense of these rules (the Den Haag centre allows new systems "
            "only in the 2nd/3rd aquifer to keep them apart from the 1st, SKB Meer met "
            "Bodemenergie report 7). Two wells share an aquifer when their screen depth "
            "ranges (screen top - bottom) overlap; a well without a known depth counts as "
            "overlapping [assumption], with a counted warning. With an aquifer field "
            "(optional; a field named 'aquifer' is used when present) two wells that both "
            "have a code conflict only when the codes are equal. The output names the "
            "aquifer (aquifer_a, aquifer_b) or the screen depths (depth_a, depth_b) of "
            "each pair.</p>"
            "<p><b>Closed loops</b> (BTES, optional): a closed loop within 1 × R_th of an "
            "open well whose screen depth range overlaps the loop's depth range is a "
            "conflict <i>closed_open</i> (SKB WP-4 study); a missing depth counts as "
            "overlapping [assumption]. Two closed loops closer than the minimum distance "
            "are <i>closed_closed</i> (off by default).</p>"
            "<p><b>One point per system</b> (e.g. a provincial permit layer with "
            "Vergund_m3_jaar): each point is then a doublet whose wells are not known. It "
            "is modelled as a footprint circle of radius 2.5 × R_th (two wells 3 × R_th "
            "apart, centred on the point; 2.5 = factor same system / 2 + 1), with R_th from "
            "the yearly volume / 2. Systems whose footprints overlap, in the same "
            "aquifer, are <i>system_overlap</i>. This is an approximation [assumption]: it finds "
            "crowded systems, not the real well pairs.</p>"
            "<p>Wells are found with a spatial index (a grid of cells), so a province of "
            "10,000 wells takes seconds. Layers in a geographic CRS are computed in metres "
            "(RD New for Dutch data); the output keeps the input CRS.</p>"
        )

    def initAlgorithm(self, config=None):  # noqa: N802
        self._add_well_parameters()
        self._add_closed_loop_parameters()
        self._add_outputs()

    def _add_well_parameters(self):
        """The wells and their fields."""
        self.add_param(
            QgsProcessingParameterFeatureSource(
                self.INPUT, self.tr("Wells"), [SourceType.VectorPoint]
            ),
            self.tr(
                "Point layer of soil-energy wells (one point per well), or of systems "
                "(see 'One point per system')."
            ),
        )
        common.add_well_parameters(self, self.INPUT, system_required=True)
        common.add_temperature_parameter(self, self.INPUT, optional=True)
        common.add_aquifer_field_parameter(self, self.INPUT)
        self.add_param(
            QgsProcessingParameterField(
                self.ID_FIELD,
                self.tr("Well id field"),
                parentLayerParameterName=self.INPUT,
                optional=True,
                defaultValue="well_id",
            ),
            self.tr(
                "Optional: field whose values identify the wells in the output "
                "(well_a, well_b): well_id where the layer has it, else the feature "
                "ids."
            ),
        )
        self.add_param(
            QgsProcessingParameterBoolean(
                self.INPUT_IS_SYSTEMS,
                self.tr("One point per system (wells unknown)"),
                defaultValue=False,
            ),
            self.tr(
                "When checked, each point is a system (a doublet) whose volume field holds "
                "the yearly volume; R_th is computed from yearly volume / 2 and each system "
                "gets a footprint circle of 2.5 × R_th [assumption]. The temperature field "
                "and the volume basis are then not used."
            ),
        )
        common.add_factor_parameters(self)

    def _add_closed_loop_parameters(self):
        """The closed loops (BTES) and their distance rules."""
        self.add_param(
            QgsProcessingParameterFeatureSource(
                self.CLOSED_LOOPS,
                self.tr("Closed loops (BTES)"),
                [SourceType.VectorPoint, SourceType.VectorPolygon],
                optional=True,
            ),
            self.tr("Optional point or polygon layer of closed soil-energy systems."),
        )
        for key, text, default in (
            (
                self.CLOSED_TOP_FIELD,
                self.tr("Closed loop top field (m below surface)"),
                "depth_top",
            ),
            (
                self.CLOSED_BOTTOM_FIELD,
                self.tr("Closed loop bottom field (m below surface)"),
                "depth_bottom",
            ),
        ):
            self.add_param(
                QgsProcessingParameterField(
                    key,
                    text,
                    parentLayerParameterName=self.CLOSED_LOOPS,
                    type=QgsProcessingParameterField.DataType.Numeric,
                    optional=True,
                    defaultValue=default,
                ),
                self.tr(
                    "Optional depth of the closed loop, in the same reference as the "
                    "well screens; an empty depth counts as overlapping every screen "
                    "[assumption]."
                ),
            )
        self.add_param(
            QgsProcessingParameterNumber(
                self.FACTOR_CLOSED,
                self.tr("Factor: closed loop near an open well"),
                type=QgsProcessingParameterNumber.Type.Double,
                defaultValue=soilenergy.FACTOR_CLOSED,
                minValue=0.0,
                maxValue=100.0,
            ),
            self.tr(
                "A closed loop within factor × R_th of an open well with overlapping "
                "depth is a conflict. Default 1 (SKB WP-4 study)."
            ),
            advanced=True,
        )
        self.add_param(
            QgsProcessingParameterNumber(
                self.CLOSED_MIN_DISTANCE,
                self.tr("Minimum distance between closed loops (m)"),
                type=QgsProcessingParameterNumber.Type.Double,
                defaultValue=0.0,
                minValue=0.0,
                maxValue=10000.0,
            ),
            self.tr(
                "Two closed loops closer than this are a conflict closed_closed. "
                "Default 0 = not checked [assumption; cumulative effects are considered "
                "up to about 120 m, SIKB]."
            ),
            advanced=True,
        )

    def _add_outputs(self):
        """The outputs and the numbers reported."""
        self.add_param(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT, self.tr("Well conflicts"), SourceType.VectorLine
            ),
            self.tr(
                "One line per conflicting pair from a to b with well_a, well_b, system_a, "
                "system_b, closed_a, closed_b (closed loop feature ids), kind (same_system, "
                "opposite_temperature, same_temperature, closed_open, closed_closed, "
                "system_overlap), distance, required and shortfall (m), aquifer_a, "
                "aquifer_b (the aquifer codes, when known) and depth_a, depth_b (the "
                "screen depths 'top-bottom' in m, when known)."
            ),
        )
        self.addOutput(QgsProcessingOutputNumber("N_CONFLICTS", self.tr("Number of conflicts")))
        self.addOutput(
            QgsProcessingOutputNumber(
                "N_OTHER_AQUIFER", self.tr("Pairs within the distance but in different aquifers")
            )
        )

    # -- helpers ------------------------------------------------------------------------
    def _read_closed(self, parameters, context, metric, skips):
        """The closed loops in metres (a _ClosedLoops), or None without a layer. The loops
        of a point layer are an (n, 2) array of coordinates (numpy only, see
        core.soilenergy.closed_open_conflicts), those of other layers shapely geometries."""
        source = self.parameterAsSource(parameters, self.CLOSED_LOOPS, context)
        if source is None:
            return None
        top_field = self.field_or_raise(parameters, self.CLOSED_TOP_FIELD, context, source)
        bottom_field = self.field_or_raise(parameters, self.CLOSED_BOTTOM_FIELD, context, source)
        transform = QgsCoordinateTransform(source.sourceCrs(), metric, context.transformContext())
        fields = source.fields()
        columns = [fields.lookupField(name) for name in (top_field, bottom_field) if name]
        request = QgsFeatureRequest().setSubsetOfAttributes(columns)
        points = QgsWkbTypes.flatType(source.wkbType()) == WkbType.Point
        rows = []
        for feature in source.getFeatures(request):
            geometry = feature.geometry()
            if points:
                point = single_point(geometry)
                shp = None if point is None else (point.x(), point.y())
            else:
                shp = geometry_bridge.to_shapely(geometry, transform)
            rows.append([feature.id(), shp, [feature[k] for k in columns]])
        if points:
            todo = [row for row in rows if row[1] is not None]
            xy = np.asarray([row[1] for row in todo], dtype=float).reshape(-1, 2)
            x, y, ok = geometry_bridge.transform_xy(transform, xy[:, 0], xy[:, 1])
            for row, xk, yk, good in zip(todo, x.tolist(), y.tolist(), ok.tolist()):
                row[1] = (xk, yk) if good else None
        geoms, fids, raw = [], [], []
        for fid, shp, values in rows:
            if shp is None:
                skips.add("closed_geometry", self.tr("closed loop without a usable geometry"), fid)
                continue
            geoms.append(shp)
            fids.append(fid)
            raw.append(values)
        if points:
            geoms = np.asarray(geoms, dtype=float).reshape(-1, 2)
        values = iter(list(zip(*raw)) if raw else [(), ()])
        top = records.floats(next(values)) if top_field else np.full(len(fids), np.nan)
        bottom = records.floats(next(values)) if bottom_field else np.full(len(fids), np.nan)
        return _ClosedLoops(geoms, fids, top, bottom)

    # -- parameters -------------------------------------------------------------------
    def _settings(self, parameters, context, source):
        """The run's settings (a _Settings); QgsProcessingException for a broken
        cross-parameter rule (also shown by checkParameterValues before the run)."""
        systems_mode = self.parameterAsBoolean(parameters, self.INPUT_IS_SYSTEMS, context)
        run = _Settings(
            p=common.WellParameters(self, parameters, context, source),
            systems_mode=systems_mode,
            temp_field=self.field_or_raise(parameters, common.TEMPERATURE_FIELD, context, source),
            id_field=self.field_or_raise(parameters, self.ID_FIELD, context, source),
            factors=common.factor_values(self, parameters, context),
            f_closed=self.parameterAsDouble(parameters, self.FACTOR_CLOSED, context),
            closed_min=self.parameterAsDouble(parameters, self.CLOSED_MIN_DISTANCE, context),
        )
        if not run.p.system_field:
            raise QgsProcessingException(self.tr("Choose the system id field (SYSTEM_FIELD)."))
        if not systems_mode and not run.temp_field:
            raise QgsProcessingException(
                self.tr(
                    "Choose the temperature field (TEMPERATURE_FIELD, values warm / koud), "
                    "or check 'One point per system'."
                )
            )
        return run

    # -- reading -----------------------------------------------------------------------
    def _read_wells(self, source, run, forward, feedback, skips):
        """(Wells, warm) of the wells that have a system id and (per well) a temperature;
        one point per system: the season volume of each well of the doublet."""
        p = run.p
        if run.systems_mode:
            p.basis = common.BASIS_SEASON  # the field is read as is: the yearly volume
        # one point per system: the field holds a doublet's yearly volume, each of its two
        # wells stores half of it per season, so the field may be up to 2 x the well bound
        wells = common.read_wells(
            source,
            p,
            forward,
            feedback,
            skips,
            (0.0, 40.0),
            volume_max=2.0 * common.VOLUME_MAX if run.systems_mode else common.VOLUME_MAX,
            extra_fields=[
                run.temp_field if not run.systems_mode else "",
                run.id_field,
                run.code_field,
            ],
        )
        if not len(wells):
            if not source.featureCount():
                feedback.pushWarning(self.tr("The input layer is empty: nothing to compute."))
            else:
                feedback.pushWarning(self.tr("No well could be computed."))
        keep = np.array([bool(s) for s in wells.system], dtype=bool)
        for k in np.nonzero(~keep)[0]:
            skips.add(
                "system",
                self.tr("no system id in field '{}'").format(p.system_field),
                int(wells.fid[k]),
            )
        warm = np.zeros(len(wells), dtype=bool)
        if not run.systems_mode:
            warm, ok = common.read_temperatures(wells, run.temp_field, skips)
            keep &= ok
        if not keep.all():
            wells = common.subset_wells(wells, keep, p)
            warm = warm[keep]
        if run.systems_mode and len(wells):
            # volume read per season = yearly volume x factor; each well of the doublet
            # stores half of it per season [A]
            wells.v_season = np.atleast_1d(
                soilenergy.season_volume_from_yearly(wells.v_season, 2.0)
            )
            wells.r_th = np.atleast_1d(
                soilenergy.thermal_radius(wells.v_season, wells.screen_len, p.c_water, p.c_aquifer)
            )
        return wells, warm

    # -- computing ---------------------------------------------------------------------
    def _well_pairs(self, wells, warm, run, feedback):
        """(pairs, aquifer codes, footprint factor or None) of the wells: the conflicts of
        core.soilenergy.well_conflicts, or the overlapping systems in systems mode."""
        dup = soilenergy.find_duplicates(wells.x, wells.y)
        if len(dup):
            feedback.pushWarning(
                self.tr(
                    "{n} pair(s) of wells stand on the same spot (within 1 mm), e.g. feature ids "
                    "{a} and {b}: duplicates in the layer?"
                ).format(n=len(dup), a=int(wells.fid[dup[0, 0]]), b=int(wells.fid[dup[0, 1]]))
            )
        feedback.setProgress(45)
        codes = common.aquifer_codes(wells, run.code_field)
        common.warn_unknown_aquifer(wells, run.p, codes, run.code_field, feedback)
        footprint = None
        if run.systems_mode:
            footprint = soilenergy.system_footprint_factor(run.factors[0])
            pairs = soilenergy.system_overlaps(
                wells.x,
                wells.y,
                wells.r_th,
                footprint,
                top=wells.top,
                bottom=wells.bottom,
                aquifer=codes,
            )
        else:
            pairs = common.well_conflicts(wells, warm, run.factors, codes)
        if pairs["n_other_aquifer"]:
            feedback.pushInfo(
                self.tr(
                    "{n} pair(s) within the required distance are in different aquifers: no "
                    "conflict."
                ).format(n=pairs["n_other_aquifer"])
            )
        return pairs, codes, footprint

    @staticmethod
    def _closed_conflicts(wells, closed, run):
        """(closed-open, closed-closed) conflicts of the closed loops, or (None, None)."""
        if closed is None:
            return None, None
        if run.systems_mode:
            # wells unknown: they stand up to f_ss / 2 x R_th from the point [A]
            reach = (run.factors[0] / 2.0 + run.f_closed) * wells.r_th
            co = soilenergy.closed_open_conflicts(
                wells.x,
                wells.y,
                reach,
                wells.top,
                wells.bottom,
                closed.geoms,
                closed.top,
                closed.bottom,
                1.0,
            )
        else:
            co = soilenergy.closed_open_conflicts(
                wells.x,
                wells.y,
                wells.r_th,
                wells.top,
                wells.bottom,
                closed.geoms,
                closed.top,
                closed.bottom,
                run.f_closed,
            )
        return co, soilenergy.closed_closed_conflicts(closed.geoms, run.closed_min)

    # -- output ------------------------------------------------------------------------
    @staticmethod
    def _fields(run):
        id_type = "String" if run.id_field else "LongLong"
        specs = [
            Field("well_a", id_type, type_name=""),
            Field("well_b", id_type, type_name=""),
            Field("system_a", "String", type_name=""),
            Field("system_b", "String", type_name=""),
            Field("closed_a", "LongLong", type_name=""),
            Field("closed_b", "LongLong", type_name=""),
            Field("kind", "String", type_name=""),
        ]
        specs += [
            Field(name, "Double", 20, 3, "double") for name in ("distance", "required", "shortfall")
        ]
        specs += [
            Field(name, "String", type_name="")
            for name in ("aquifer_a", "aquifer_b", "depth_a", "depth_b")
        ]
        return make_fields(specs)

    def _write(self, out, table, back, feedback):
        """Write the lines of ``table`` (metric) in the source CRS, CHUNK at a time."""
        lines = geometry_bridge.line_geometries(
            np.concatenate(table.starts), np.concatenate(table.ends)
        )
        transform_back = not back.isShortCircuited()
        total = len(table.rows)
        for first in range(0, total, CHUNK):
            raise_if_canceled(feedback)
            feedback.setProgress(75 + 20 * first / max(total, 1))
            batch = []
            for g, values in zip(lines[first : first + CHUNK], table.rows[first : first + CHUNK]):
                if transform_back:
                    g.transform(back)
                f = QgsFeature(out.fields)
                f.setGeometry(g)
                f.setAttributes(values)
                batch.append(f)
            out.add_features(batch)

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        source = self.source_or_raise(parameters, self.INPUT, context)
        run = self._settings(parameters, context, source)
        run.code_field = common.aquifer_field(self, parameters, context, source, feedback)
        metric, forward, back = metric_transforms(source, context)
        if metric.authid() != source.sourceCrs().authid():
            feedback.pushInfo(
                self.tr("Distances are computed in {crs}.").format(crs=metric.authid())
            )
        skips = SkipCounter(feedback)
        wells, warm = self._read_wells(source, run, forward, feedback, skips)
        raise_if_canceled(feedback)
        pairs, codes, footprint = self._well_pairs(wells, warm, run, feedback)
        feedback.setProgress(60)
        raise_if_canceled(feedback)
        closed = self._read_closed(parameters, context, metric, skips)
        co, cc = self._closed_conflicts(wells, closed, run)
        feedback.setProgress(75)
        out = Writer.open(
            self,
            parameters,
            self.OUTPUT,
            context,
            self._fields(run),
            WkbType.LineString,
            source.sourceCrs(),
        )
        table = _ConflictTable(wells, run, codes)
        table.add_pairs(pairs)
        if co is not None:
            table.add_closed(closed, co, cc)
        self._write(out, table, back, feedback)
        skips.report()
        feedback.setProgress(100)
        if footprint is not None:
            feedback.pushInfo(
                self.tr("{n} systems with footprint radius {f:g} × R_th.").format(
                    n=len(wells), f=footprint
                )
            )
        counts = Counter(row[6] for row in table.rows)
        feedback.pushInfo(
            self.tr("{n} conflict(s) among {w} wells: {kinds}.").format(
                n=len(table.rows),
                w=len(wells),
                kinds=", ".join(f"{v} {k}" for k, v in sorted(counts.items())) or "-",
            )
        )
        return {
            self.OUTPUT: out.dest,
            "N_CONFLICTS": len(table.rows),
            "N_OTHER_AQUIFER": int(pairs["n_other_aquifer"]),
        }


@dataclass
class _Settings:
    """The parameters of one run."""

    p: object
    systems_mode: bool
    temp_field: str
    id_field: str
    factors: tuple
    f_closed: float
    closed_min: float
    code_field: str = ""


@dataclass
class _ClosedLoops:
    """The closed loops in metres: ``geoms`` an (n, 2) array for a point layer (numpy
    only, see core.soilenergy.closed_open_conflicts), else shapely geometries."""

    geoms: object
    fids: list
    top: np.ndarray
    bottom: np.ndarray


def _three(values):
    return [round(v, 3) for v in np.asarray(values, dtype=float).tolist()]


def _depth_text(top, bottom):
    if np.isnan(top) or np.isnan(bottom):
        return None
    return f"{round(float(top), 2):g}-{round(float(bottom), 2):g}"


class _ConflictTable:
    """The output lines: from and to points (metric, arrays per kind of conflict) and the
    attribute rows in the order of WellConflicts._fields."""

    def __init__(self, wells, run, codes):
        self.wells = wells
        self.codes = codes
        self.ids = wells.values.get(run.id_field) if run.id_field else None
        self.raw_codes = wells.values.get(run.code_field) if run.code_field else None
        self.starts, self.ends, self.rows = [], [], []

    def well_id(self, k):
        if self.ids is not None:
            value = self.ids[k]
            return None if value is None else str(value)
        return int(self.wells.fid[k])

    def aquifer(self, k):
        if self.raw_codes is None or self.codes[k] is None:
            return None
        return str(self.raw_codes[k]).strip()

    def depth(self, k):
        return _depth_text(self.wells.top[k], self.wells.bottom[k])

    def _points(self, idx):
        return np.column_stack([self.wells.x[idx], self.wells.y[idx]])

    def add_pairs(self, pairs):
        """The well-well conflicts (or overlapping systems)."""
        w = self.wells
        i, j = pairs["i"], pairs["j"]
        self.starts.append(self._points(i))
        self.ends.append(self._points(j))
        rounded = [_three(pairs[key]) for key in ("distance", "required", "shortfall")]
        self.rows += [
            [
                self.well_id(a),
                self.well_id(b),
                w.system[a],
                w.system[b],
                None,
                None,
                str(kind),
                d,
                r,
                s,
                self.aquifer(a),
                self.aquifer(b),
                self.depth(a),
                self.depth(b),
            ]
            for a, b, kind, d, r, s in zip(i.tolist(), j.tolist(), pairs["kind"], *rounded)
        ]

    def add_closed(self, closed, co, cc):
        """The closed-open and closed-closed conflicts."""
        w = self.wells
        geoms = closed.geoms

        def closed_depth(k):
            return _depth_text(closed.top[k], closed.bottom[k])

        i, k = co["i"], co["k"]
        self.starts.append(self._points(i))
        self.ends.append(_nearest_on_loops(w, i, k, geoms))
        rounded = [_three(co[key]) for key in ("distance", "required", "shortfall")]
        self.rows += [
            [
                self.well_id(a),
                None,
                w.system[a],
                None,
                None,
                int(closed.fids[b]),
                soilenergy.KIND_CLOSED_OPEN,
                d,
                r,
                s,
                self.aquifer(a),
                None,
                self.depth(a),
                closed_depth(b),
            ]
            for a, b, d, r, s in zip(i.tolist(), k.tolist(), *rounded)
        ]
        i, j = cc["i"], cc["j"]
        start, end = _loop_to_loop(cc, geoms)
        self.starts.append(start)
        self.ends.append(end)
        rounded = [_three(cc[key]) for key in ("distance", "required", "shortfall")]
        self.rows += [
            [
                None,
                None,
                None,
                None,
                int(closed.fids[a]),
                int(closed.fids[b]),
                soilenergy.KIND_CLOSED_CLOSED,
                d,
                r,
                s,
                None,
                None,
                closed_depth(a),
                closed_depth(b),
            ]
            for a, b, d, r, s in zip(i.tolist(), j.tolist(), *rounded)
        ]


def _nearest_on_loops(wells, i, k, geoms):
    """The point of closed loop ``k`` nearest to well ``i``, for each pair ((n, 2))."""
    if isinstance(geoms, np.ndarray):
        return geoms[k]
    from shapely.geometry import Point
    from shapely.ops import nearest_points

    near = [
        nearest_points(Point(wells.x[a], wells.y[a]), geoms[b])[1]
        for a, b in zip(i.tolist(), k.tolist())
    ]
    return np.asarray([(q.x, q.y) for q in near], dtype=float).reshape(-1, 2)


def _loop_to_loop(cc, geoms):
    """(start, end) of the lines between two closed loops: the nearest points (a point
    inside each when they overlap)."""
    i, j = cc["i"], cc["j"]
    if isinstance(geoms, np.ndarray):
        # two points: the nearest points are the points themselves
        return geoms[i], geoms[j]
    from shapely.ops import nearest_points

    ab = []
    for n, (a, b) in enumerate(zip(i.tolist(), j.tolist())):
        if cc["distance"][n] > 0:
            pa, pb = nearest_points(geoms[a], geoms[b])
        else:
            pa, pb = geoms[a].representative_point(), geoms[b].representative_point()
        ab.append((pa.x, pa.y, pb.x, pb.y))
    ab = np.asarray(ab, dtype=float).reshape(-1, 4)
    return ab[:, :2], ab[:, 2:]
