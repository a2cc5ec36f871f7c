"""bronnenstrategie:interferenceareas - candidate interference areas from how busy the
aquifer is."""

from dataclasses import dataclass, field

import numpy as np
from qgis.core import (
    QgsCoordinateTransform,
    QgsFeature,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterNumber,
    QgsRectangle,
)

from ...compat import FieldType, SourceType, WkbType
from ...core import soilenergy
from ...glue import geometry as geometry_bridge
from ...glue.writer import Writer
from ..base import BronnenstrategieAlgorithm
from ..utils import SkipCounter, metric_transforms, raise_if_canceled
from . import common

#: Largest grid the algorithm builds; beyond it the user is asked for larger cells.
MAX_CELLS = 4_000_000


def area_fields(slugs=()):
    """Fields of the candidate areas; with aquifers (their field-name parts ``slugs``)
    also busiest_aquifer and usage_, density_ and conflicts_ per aquifer."""
    fields = QgsFields()
    fields.append(QgsField("n_wells", FieldType.Int))
    fields.append(QgsField("n_systems", FieldType.Int))
    fields.append(QgsField("density_km2", FieldType.Double, "double", 20, 3))
    fields.append(QgsField("usage_fraction", FieldType.Double, "double", 20, 5))
    fields.append(QgsField("n_conflicts", FieldType.Int))
    fields.append(QgsField("area_ha", FieldType.Double, "double", 20, 3))
    fields.append(QgsField("criteria", FieldType.String))
    if slugs:
        fields.append(QgsField("busiest_aquifer", FieldType.String))
    for slug in slugs:
        fields.append(QgsField("usage_" + slug, FieldType.Double, "double", 20, 5))
    for slug in slugs:
        fields.append(QgsField("density_" + slug, FieldType.Double, "double", 20, 3))
    for slug in slugs:
        fields.append(QgsField("conflicts_" + slug, FieldType.Int))
    return fields


def aquifer_values(metrics, k, names, rounding=True):
    """busiest_aquifer and the per-aquifer values of row ``k`` of window metrics (k None:
    polygon metrics), in the order of area_fields."""

    def row(key):
        value = metrics.get(key)
        if value is None:
            return [None] * len(names)
        value = value if k is None else value[k]
        return np.asarray(value).tolist()

    busiest = metrics["busiest"] if k is None else int(metrics["busiest"][k])
    return (
        [names[busiest] if busiest >= 0 else None]
        + [round(v, 5) for v in row("usage_aq")]
        + [round(v, 3) for v in row("density_aq")]
        + [None if v is None else int(v) for v in row("conflicts_aq")]
    )


def _aquifer_rows(metrics, idx, names):
    """The per-aquifer values (as aquifer_values) of the grid rows ``idx``, column-wise."""
    if not names:
        return [[] for _ in range(len(idx))]
    busiest = [names[b] if b >= 0 else None for b in metrics["busiest"][idx].tolist()]
    usage = np.round(metrics["usage_aq"][idx], 5).tolist()
    density = np.round(metrics["density_aq"][idx], 3).tolist()
    conflicts = metrics.get("conflicts_aq")
    conflicts = [[None] * len(names)] * len(idx) if conflicts is None else conflicts[idx].tolist()
    return [[b] + u + d + c for b, u, d, c in zip(busiest, usage, density, conflicts)]


class InterferenceAreas(common.CheckedBySettings, BronnenstrategieAlgorithm):
    NAME = "interferenceareas"
    GROUP_ID = "bodemenergie"
    STYLES = {
        "OUTPUT": "interferenceareas_output.qml",
        "OUTPUT_GRID": "interferenceareas_grid.qml",
    }

    INPUT = "INPUT"
    STUDY_AREA = "STUDY_AREA"
    CELL_SIZE = "CELL_SIZE"
    WINDOW_RADIUS = "WINDOW_RADIUS"
    AQUIFER_THICKNESS = "AQUIFER_THICKNESS"
    MIN_WELL_DENSITY = "MIN_WELL_DENSITY"
    MIN_USAGE = "MIN_USAGE"
    MIN_CONFLICTS = "MIN_CONFLICTS"
    CRITERIA = "CRITERIA"
    SMOOTHING = "SMOOTHING"
    MIN_AREA = "MIN_AREA"
    OUTPUT = "OUTPUT"
    OUTPUT_GRID = "OUTPUT_GRID"

    def displayName(self):  # noqa: N802
        return self.tr("Candidate interference areas")

    def shortDescription(self):  # noqa: N802
        return self.tr("Proposes interferentiegebieden where the aquifer is busy.")

    def required_modules(self):
        return ["scipy", "shapely"]

    def help_text(self):
        return self.tr(
            "<p>Proposes candidate interference areas (interferentiegebieden, to be "
            "designated by the municipality in the omgevingsplan) from how busy the "
            "aquifer is. The criterion is the municipality's own (Bodem+ / InfoMil); the "
            "criteria offered here are parameters [assumption].</p>"
            "<p><b>Method</b>: a grid of square cells covers the study area (or the wells). "
            "For each cell the wells within the window radius of the cell centre are "
            "counted, so that a lone system never makes a candidate while a busy block "
            "does:<br>"
            "well density = wells / window area (per km²);<br>"
            "aquifer use fraction = Σ V / (A · n · H) (SKB <i>Meer met Bodemenergie</i> "
            "report 7: the Den Haag centre has about 17 wells per km² and about 8 % of the "
            "first aquifer in use), with V the volume per well per season, A the window "
            "area, n the porosity and H the aquifer thickness;<br>"
            "conflicts = distance-rule conflicts (as <i>Well conflicts</i>) whose "
            "midpoint lies in the window (needs the system and temperature fields).<br>"
            "Cells passing any (or all) of the criteria are merged, smoothed (buffer out "
            "and back in by the smoothing distance, which merges cells up to twice that "
            "distance apart), clipped to the study area; areas smaller than the minimum "
            "area are dropped.</p>"
            "<p>The metrics of each candidate area are computed over the wells inside it; "
            "<i>criteria</i> lists which criteria its cells passed. The optional grid "
            "output holds the cells with at least one well in their window, for a map of "
            "aquifer use.</p>"
            "<p><b>Per aquifer</b>: the use is computed per aquifer, because the volumes "
            "of two aquifers do not share one thickness (the Den Haag centre has its "
            "systems in the first aquifer, about 18-60 m, and since 2008 new ones only in "
            "the second and third). The aquifers are depth intervals with a name (Den "
            "Haag's first and second aquifer by default); each well counts in the aquifer "
            "its screen lies in, and a screen spanning two counts in both by the length "
            "inside each (a screen of 40-80 m with aquifers 18-60 and 70-150 m: 2/3 and "
            "1/3 of its volume). An aquifer field (optional; a field named 'aquifer' is "
            "used when present) puts a well wholly in the aquifer its code names. A well "
            "without depth or code counts in every aquifer [assumption: the conservative "
            "choice], a screen in none of them in none (both with a counted warning). "
            "Use, well density and conflicts are computed per aquifer (conflicts only "
            "between wells of one aquifer) and the criteria use the busiest aquifer: "
            "usage_fraction and density_km2 are the largest over the aquifers, "
            "busiest_aquifer names the aquifer of the largest use, and the fields usage_, "
            "density_ and conflicts_ followed by the aquifer's name hold the values of "
            "each. With the aquifers list empty all wells share one aquifer of the given "
            "thickness.</p>"
            "<p>Defaults: cell 250 m, window 500 m, at least 10 wells per km² or 5 % aquifer "
            "use [assumptions, below the Den Haag centre's figures], aquifers 18-60 m "
            "(Den Haag's first aquifer, SKB report 7) and 70-150 m [assumption], "
            "porosity 0.30.</p>"
        )

    def initAlgorithm(self, config=None):  # noqa: N802
        self._add_well_parameters()
        self._add_criteria_parameters()
        self._add_area_parameters()

    def _add_well_parameters(self):
        """The wells and their fields."""
        self.add_param(
            QgsProcessingParameterFeatureSource(
                self.INPUT, self.tr("Wells"), [SourceType.VectorPoint]
            ),
            self.tr("Point layer of soil-energy wells (one point per well)."),
        )
        common.add_well_parameters(self, self.INPUT)
        common.add_temperature_parameter(self, self.INPUT, optional=True)
        common.add_aquifer_field_parameter(self, self.INPUT)
        common.add_aquifers_parameter(self)
        common.add_factor_parameters(self)
        self.add_param(
            QgsProcessingParameterFeatureSource(
                self.STUDY_AREA,
                self.tr("Study area"),
                [SourceType.VectorPolygon],
                optional=True,
            ),
            self.tr(
                "Optional polygons: the grid covers them and the candidates are clipped "
                "to them. Without it the grid covers the wells."
            ),
        )

    def _add_criteria_parameters(self):
        """The grid, the window and the criteria of a candidate cell."""
        for key, text, default, lo, hi, help_text, advanced in (
            (
                self.CELL_SIZE,
                self.tr("Cell size (m)"),
                soilenergy.CELL_SIZE,
                10.0,
                10000.0,
                self.tr("Side of the square grid cells; default 250 m [assumption]."),
                False,
            ),
            (
                self.WINDOW_RADIUS,
                self.tr("Window radius (m)"),
                soilenergy.WINDOW_RADIUS,
                10.0,
                20000.0,
                self.tr(
                    "Each cell's metrics count the wells within this distance of the cell "
                    "centre; default 500 m [assumption]."
                ),
                False,
            ),
            (
                self.AQUIFER_THICKNESS,
                self.tr("Aquifer thickness H (m)"),
                soilenergy.AQUIFER_THICKNESS,
                0.1,
                1000.0,
                self.tr(
                    "Thickness of the one aquifer used for the aquifer use fraction when "
                    "the aquifers list is empty; default 40 m (Den Haag's first aquifer, "
                    "SKB report 7)."
                ),
                True,
            ),
            (
                self.MIN_WELL_DENSITY,
                self.tr("Minimum well density (wells per km²)"),
                soilenergy.MIN_WELL_DENSITY,
                0.0,
                100000.0,
                self.tr(
                    "Criterion: wells per km² within the window. Default 10 (the Den Haag "
                    "centre has 17) [assumption]; 0 = not used."
                ),
                False,
            ),
            (
                self.MIN_USAGE,
                self.tr("Minimum aquifer use fraction"),
                soilenergy.MIN_USAGE,
                0.0,
                100.0,
                self.tr(
                    "Criterion: Σ V / (A n H) within the window. Default 0.05 (the Den Haag "
                    "centre uses about 0.08) [assumption]; 0 = not used."
                ),
                False,
            ),
            (
                self.SMOOTHING,
                self.tr("Smoothing distance (m)"),
                soilenergy.SMOOTHING,
                0.0,
                10000.0,
                self.tr(
                    "Candidate cells are buffered out and back in by this distance, which "
                    "merges cells up to twice this distance apart; default 100 m "
                    "[assumption]; 0 = no smoothing."
                ),
                True,
            ),
            (
                self.MIN_AREA,
                self.tr("Minimum area (ha)"),
                soilenergy.MIN_AREA_HA,
                0.0,
                1.0e6,
                self.tr(
                    "Candidate areas smaller than this are dropped; default 5 ha " "[assumption]."
                ),
                False,
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
                advanced=advanced,
            )
        self.add_param(
            QgsProcessingParameterNumber(
                self.MIN_CONFLICTS,
                self.tr("Minimum number of conflicts"),
                type=QgsProcessingParameterNumber.Type.Integer,
                defaultValue=soilenergy.MIN_CONFLICTS,
                minValue=0,
                maxValue=1000000,
            ),
            self.tr(
                "Criterion: distance-rule conflicts within the window. Default 0 = not "
                "used; when set, the system and temperature fields are needed."
            ),
        )
        self.add_param(
            QgsProcessingParameterEnum(
                self.CRITERIA,
                self.tr("Combine the criteria"),
                options=[
                    self.tr("any (one criterion is enough)"),
                    self.tr("all (every criterion in use)"),
                ],
                defaultValue=0,
            ),
            self.tr(
                "0 = a cell is a candidate when it passes any criterion in use; 1 = "
                "when it passes all of them."
            ),
        )

    def _add_area_parameters(self):
        """How the candidate cells become areas, and the outputs."""
        self.add_param(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT,
                self.tr("Candidate interference areas"),
                SourceType.VectorPolygon,
            ),
            self.tr(
                "Candidate areas with n_wells, n_systems, density_km2, usage_fraction, "
                "n_conflicts (over the wells inside), area_ha and criteria; with "
                "aquifers also busiest_aquifer and usage_, density_ and conflicts_ per "
                "aquifer."
            ),
        )
        self.add_param(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT_GRID,
                self.tr("Aquifer use grid"),
                SourceType.VectorPolygon,
                optional=True,
                createByDefault=False,
            ),
            self.tr(
                "Optional: the grid cells (with at least one well in their window) with "
                "the window metrics, candidate (1/0) and criteria."
            ),
        )
        self.addOutput(QgsProcessingOutputNumber("N_AREAS", self.tr("Number of candidate areas")))

    # -- parameters -------------------------------------------------------------------
    def _settings(self, parameters, context, source):
        """The run's settings (a _Settings); QgsProcessingException for a broken
        cross-parameter rule (also shown by checkParameterValues before the run)."""
        p = common.WellParameters(self, parameters, context, source)
        run = _Settings(
            p=p,
            temp_field=self.field_or_raise(parameters, common.TEMPERATURE_FIELD, context, source),
            factors=common.factor_values(self, parameters, context),
            cell=self.parameterAsDouble(parameters, self.CELL_SIZE, context),
            radius=self.parameterAsDouble(parameters, self.WINDOW_RADIUS, context),
            thickness=self.parameterAsDouble(parameters, self.AQUIFER_THICKNESS, context),
            min_density=self.parameterAsDouble(parameters, self.MIN_WELL_DENSITY, context),
            min_usage=self.parameterAsDouble(parameters, self.MIN_USAGE, context),
            min_conflicts=self.parameterAsInt(parameters, self.MIN_CONFLICTS, context),
            rule="all" if self.parameterAsEnum(parameters, self.CRITERIA, context) == 1 else "any",
            smoothing=self.parameterAsDouble(parameters, self.SMOOTHING, context),
            min_area_m2=self.parameterAsDouble(parameters, self.MIN_AREA, context) * 1.0e4,
        )
        run.do_conflicts = bool(p.system_field and run.temp_field)
        if run.min_conflicts > 0 and not run.do_conflicts:
            raise QgsProcessingException(
                self.tr(
                    "The conflicts criterion (MIN_CONFLICTS > 0) needs the system id field and "
                    "the temperature field."
                )
            )
        if not (run.min_density > 0 or run.min_usage > 0 or run.min_conflicts > 0):
            raise QgsProcessingException(
                self.tr(
                    "Every criterion is switched off (0): set a minimum well density, aquifer "
                    "use fraction or number of conflicts."
                )
            )
        run.aquifers = common.aquifers_value(self, parameters, context)
        return run

    # -- reading -----------------------------------------------------------------------
    def _aquifer_weights(self, wells, run, feedback):
        """The aquifers of the run on ``run`` (names, slugs, thicknesses) and each well's
        share in them (``run.weights``), with the counted warnings."""
        run.codes = common.aquifer_codes(wells, run.code_field)
        if not run.aquifers:
            return
        run.names = [a[0] for a in run.aquifers]
        for name in run.names:
            run.slugs.append(common.aquifer_slug(name, run.slugs))
        run.thicknesses = [a[2] - a[1] for a in run.aquifers]
        run.weights, status = soilenergy.aquifer_weights(
            wells.top, wells.bottom, run.aquifers, run.codes
        )
        self._report_aquifers(wells, run.p, run.codes, run.code_field, status, feedback)
        feedback.pushInfo(
            self.tr("Aquifers: {}.").format(
                "; ".join(f"{n} {t:g}-{b:g} m ({b - t:g} m thick)" for n, t, b in run.aquifers)
            )
        )

    def _conflict_points(self, wells, run, feedback):
        """(x, y, aquifer) of the midpoints of the distance-rule conflicts (None each
        without the system and temperature fields)."""
        if not run.do_conflicts:
            return None, None, None
        tskips = SkipCounter(feedback)
        warm, ok = common.read_temperatures(wells, run.temp_field, tskips)
        ok &= np.array([bool(s) for s in wells.system], dtype=bool)
        sub = common.subset_wells(wells, ok, run.p)
        sub_codes = None if run.codes is None else [c for c, k in zip(run.codes, ok) if k]
        pairs = common.well_conflicts(sub, warm[ok], run.factors, sub_codes)
        conflict_x = (sub.x[pairs["i"]] + sub.x[pairs["j"]]) / 2.0
        conflict_y = (sub.y[pairs["i"]] + sub.y[pairs["j"]]) / 2.0
        conflict_aquifer = None
        if run.weights is not None:
            conflict_aquifer = soilenergy.pair_aquifer(pairs["i"], pairs["j"], run.weights[ok])
        if tskips.total:
            feedback.pushWarning(
                self.tr(
                    "{n} well(s) without a usable temperature or system are counted for "
                    "density and use, but not for conflicts."
                ).format(n=tskips.total)
            )
        feedback.pushInfo(self.tr("{n} distance-rule conflicts.").format(n=len(pairs["i"])))
        if pairs["n_other_aquifer"]:
            feedback.pushInfo(
                self.tr(
                    "{n} pair(s) within the required distance are in different aquifers: "
                    "no conflict."
                ).format(n=pairs["n_other_aquifer"])
            )
        return conflict_x, conflict_y, conflict_aquifer

    def _study_area(self, parameters, context, metric, skips):
        """The study area in metres (one shapely geometry), or None without a layer."""
        from shapely.ops import unary_union

        area_source = self.parameterAsSource(parameters, self.STUDY_AREA, context)
        if area_source is None:
            return None
        transform = QgsCoordinateTransform(
            area_source.sourceCrs(), metric, context.transformContext()
        )
        parts = []
        for feature in area_source.getFeatures():
            shp = geometry_bridge.to_shapely(feature.geometry(), transform)
            if shp is None or shp.area <= 0:
                skips.add(
                    "study_area",
                    self.tr("study area feature without a usable " "polygon"),
                    feature.id(),
                )
                continue
            parts.append(shp)
        if not parts:
            raise QgsProcessingException(self.tr("The study area layer has no usable " "polygon."))
        return unary_union(parts)

    def _grid(self, wells, study, cell):
        """(cx, cy): the centres of the grid cells over the wells or the study area."""
        if study is not None:
            xmin, ymin, xmax, ymax = study.bounds
        else:
            xmin, ymin = float(wells.x.min()) - cell, float(wells.y.min()) - cell
            xmax, ymax = float(wells.x.max()) + cell, float(wells.y.max()) + cell
        n_cells = np.ceil((xmax - xmin) / cell + 1) * np.ceil((ymax - ymin) / cell + 1)
        if n_cells > MAX_CELLS:
            raise QgsProcessingException(
                self.tr(
                    "The grid would have {n:,.0f} cells: choose a larger cell size or a smaller "
                    "study area."
                ).format(n=n_cells)
            )
        cx, cy = soilenergy.grid_centres(xmin, ymin, xmax, ymax, cell)
        if study is None:
            return cx, cy
        keep = np.nonzero(soilenergy.cells_touching(study, cx, cy, cell))[0]
        return cx[keep], cy[keep]

    # -- output ------------------------------------------------------------------------
    def _write_areas(self, out, areas, grid, wells, run, conflicts, back, feedback):
        """One feature per candidate area: its metrics and the criteria its cells met."""
        cx, cy, cand, labels = grid.cx, grid.cy, grid.cand, grid.labels
        conflict_x, conflict_y, conflict_aquifer = conflicts
        system = wells.system if run.p.system_field else None
        cell = run.cell
        # the wells, the conflict midpoints and the candidate cell centres: one point set,
        # tested against each area at once
        n_w, n_c = len(wells.x), 0 if conflict_x is None else len(conflict_x)
        px = np.concatenate([wells.x, [] if conflict_x is None else conflict_x, cx[cand]])
        py = np.concatenate([wells.y, [] if conflict_y is None else conflict_y, cy[cand]])
        for n, geom in enumerate(areas):
            raise_if_canceled(feedback)
            covered = soilenergy.points_in_polygon(geom, px, py)
            m = soilenergy.polygon_metrics(
                geom,
                wells.x,
                wells.y,
                wells.v_season,
                run.thickness,
                run.p.porosity,
                system,
                conflict_x,
                conflict_y,
                inside=covered[:n_w],
                conflict_inside=covered[n_w : n_w + n_c],
                weights=run.weights,
                thicknesses=run.thicknesses,
                conflict_aquifer=conflict_aquifer,
            )
            # the criteria of the candidate cells in this area: cells whose centre lies in
            # it (vectorised); an area clipped so that it holds no centre takes the cells
            # it overlaps (bounding boxes first, so this stays linear)
            members = cand[covered[n_w + n_c :]]
            if not len(members):
                minx, miny, maxx, maxy = geom.bounds
                near = (
                    (cx[cand] + cell / 2 >= minx)
                    & (cx[cand] - cell / 2 <= maxx)
                    & (cy[cand] + cell / 2 >= miny)
                    & (cy[cand] - cell / 2 <= maxy)
                )
                members = [
                    cand[i]
                    for i in np.nonzero(near)[0]
                    if soilenergy.cell_box(cx[cand[i]], cy[cand[i]], cell).intersection(geom).area
                    > 0
                ]
            passed = set()
            for k in members:
                passed.update(x for x in labels[k].split(",") if x)
            f = QgsFeature(out.fields)
            f.setGeometry(geometry_bridge.from_shapely(geom, multi=True, transform=back))
            f.setAttributes(
                [
                    m["n_wells"],
                    m["n_systems"],
                    round(m["density_km2"], 3),
                    round(float(m["usage_fraction"]), 5),
                    m["n_conflicts"],
                    round(m["area_ha"], 3),
                    ",".join(c for c in CRITERIA_ORDER if c in passed),
                ]
                + (aquifer_values(m, None, run.names) if run.names else [])
            )
            out.add_features([f])
            feedback.setProgress(60 + 30 * (n + 1) / len(areas))

    @staticmethod
    def _write_grid(out, grid, run, back, feedback):
        """One square per grid cell with wells: its window metrics and criteria."""
        metrics, cx, cy, cell = grid.metrics, grid.cx, grid.cy, run.cell
        nsys, nconf = metrics["n_systems"], metrics["n_conflicts"]
        half = cell / 2.0
        idx = np.nonzero(metrics["n_wells"] > 0)[0]
        # whole columns as Python values at once; round() per value as before
        columns = zip(
            metrics["n_wells"][idx].tolist(),
            [None] * len(idx) if nsys is None else nsys[idx].tolist(),
            [round(v, 3) for v in metrics["density_km2"][idx].tolist()],
            [round(v, 5) for v in metrics["usage_fraction"][idx].tolist()],
            [None] * len(idx) if nconf is None else nconf[idx].tolist(),
            [grid.labels[k] for k in idx],
            _aquifer_rows(metrics, idx, run.names),
            grid.mask[idx].astype(int).tolist(),
            (cx[idx] - half).tolist(),
            (cy[idx] - half).tolist(),
            (cx[idx] + half).tolist(),
            (cy[idx] + half).tolist(),
        )
        # the metric CRS is the layer's own for RD New input: no transform back
        to_source = None if back.isShortCircuited() else back
        batch = []
        for j, (*attributes, per_aquifer, candidate, x0, y0, x1, y1) in enumerate(columns):
            attributes += per_aquifer + [candidate]
            if j % 5000 == 0:
                raise_if_canceled(feedback)
            f = QgsFeature(out.fields)
            square = QgsGeometry.fromRect(QgsRectangle(x0, y0, x1, y1))
            if to_source is not None:
                square.transform(to_source)
            f.setGeometry(square)
            f.setAttributes(attributes)
            batch.append(f)
            if len(batch) >= 5000:
                out.add_features(batch)
                batch = []
        if batch:
            out.add_features(batch)

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        source = self.source_or_raise(parameters, self.INPUT, context)
        run = self._settings(parameters, context, source)
        metric, forward, back = metric_transforms(source, context)
        if metric.authid() != source.sourceCrs().authid():
            feedback.pushInfo(
                self.tr("Distances are computed in {crs}.").format(crs=metric.authid())
            )
        skips = SkipCounter(feedback)
        run.code_field = common.aquifer_field(self, parameters, context, source, feedback)
        wells = common.read_wells(source, run.p, forward, feedback, skips, (0.0, 30.0))
        if len(wells) == 0:
            raise QgsProcessingException(
                self.tr(
                    "No well could be read from the input layer (empty layer, or every well "
                    "was skipped: see the warnings)."
                )
            )
        self._aquifer_weights(wells, run, feedback)
        conflicts = self._conflict_points(wells, run, feedback)
        raise_if_canceled(feedback)
        feedback.setProgress(40)
        study = self._study_area(parameters, context, metric, skips)
        grid = _Grid(*self._grid(wells, study, run.cell))
        feedback.pushInfo(self.tr("{n} grid cells of {c:g} m.").format(n=len(grid.cx), c=run.cell))
        grid.evaluate(wells, run, conflicts)
        raise_if_canceled(feedback)
        feedback.setProgress(60)
        # the union of runs of cells (same area, far fewer polygons than one per cell)
        areas = soilenergy.merge_cells(
            soilenergy.cell_runs(grid.cx[grid.cand], grid.cy[grid.cand], run.cell),
            run.smoothing,
            study,
            run.min_area_m2,
        )
        out = Writer.open(
            self,
            parameters,
            self.OUTPUT,
            context,
            area_fields(run.slugs),
            WkbType.MultiPolygon,
            source.sourceCrs(),
        )
        self._write_areas(out, areas, grid, wells, run, conflicts, back, feedback)
        results = {self.OUTPUT: out.dest, "N_AREAS": len(areas)}
        gfields = QgsFields()
        for area_field in area_fields(run.slugs):
            if area_field.name() != "area_ha":
                gfields.append(area_field)
        gfields.append(QgsField("candidate", FieldType.Int))
        grid_out = Writer.open(
            self,
            parameters,
            self.OUTPUT_GRID,
            context,
            gfields,
            WkbType.Polygon,
            source.sourceCrs(),
            required=False,
        )
        if grid_out is not None:
            self._write_grid(grid_out, grid, run, back, feedback)
            results[self.OUTPUT_GRID] = grid_out.dest
        skips.report()
        feedback.setProgress(100)
        feedback.pushInfo(
            self.tr("{n} candidate interference area(s) from {c} candidate " "cells.").format(
                n=len(areas), c=len(grid.cand)
            )
        )
        return results

    def _report_aquifers(self, wells, p, codes, code_field, status, feedback):
        """Counted warnings: wells without depth or code (in every aquifer), screens in
        none of the aquifers, codes that name no aquifer."""
        n_unknown = int(np.count_nonzero(status == soilenergy.AQ_UNKNOWN))
        if n_unknown:
            fields = " / ".join(f"'{f}'" for f in (p.top_field, p.bottom_field) if f)
            feedback.pushWarning(
                self.tr(
                    "{n} well(s) without a screen depth (field(s) {fields}) or aquifer code count "
                    "in every aquifer."
                ).format(n=n_unknown, fields=fields or "-")
            )
        n_none = int(np.count_nonzero(status == soilenergy.AQ_NONE))
        if n_none:
            feedback.pushWarning(
                self.tr(
                    "{n} well(s) have a screen in none of the aquifers: not counted in the "
                    "aquifer use."
                ).format(n=n_none)
            )
        if codes is not None:
            unmatched = sorted(
                {c for c, st in zip(codes, status) if c is not None and st != soilenergy.AQ_CODE}
            )
            if unmatched:
                feedback.pushWarning(
                    self.tr(
                        "Aquifer code(s) in field '{field}' that name none of the aquifers (the "
                        "screen depth is used instead): {codes}."
                    ).format(field=code_field, codes=", ".join(unmatched[:10]))
                )


#: The criteria in the order the output's criteria field lists them.
CRITERIA_ORDER = ("density", "usage", "conflicts")


@dataclass
class _Settings:
    """The parameters of one run, and what is learnt from the wells about the aquifers."""

    p: object
    temp_field: str
    factors: tuple
    cell: float
    radius: float
    thickness: float
    min_density: float
    min_usage: float
    min_conflicts: int
    rule: str
    smoothing: float
    min_area_m2: float
    do_conflicts: bool = False
    aquifers: list = None
    code_field: str = ""
    codes: list = None
    names: list = field(default_factory=list)
    slugs: list = field(default_factory=list)
    thicknesses: list = None
    weights: object = None


@dataclass
class _Grid:
    """The grid cells (centres ``cx``, ``cy``), their window metrics, the candidate mask,
    the criteria labels per cell and the indices of the candidates."""

    cx: np.ndarray
    cy: np.ndarray
    metrics: dict = None
    mask: np.ndarray = None
    labels: list = None
    cand: np.ndarray = None

    def evaluate(self, wells, run, conflicts):
        conflict_x, conflict_y, conflict_aquifer = conflicts
        system = wells.system if run.p.system_field else None
        self.metrics = soilenergy.window_metrics(
            self.cx,
            self.cy,
            wells.x,
            wells.y,
            wells.v_season,
            run.radius,
            run.thickness,
            run.p.porosity,
            system,
            conflict_x,
            conflict_y,
            run.weights,
            run.thicknesses,
            conflict_aquifer,
        )
        self.mask, self.labels = soilenergy.candidate_cells(
            self.metrics, run.min_density, run.min_usage, run.min_conflicts, run.rule
        )
        self.cand = np.nonzero(self.mask)[0]
