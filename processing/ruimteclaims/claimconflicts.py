"""bronnenstrategie:claimconflicts - conflicts between spatial claims in plan and depth."""

import dataclasses

from qgis.core import (
    QgsField,
    QgsFields,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterNumber,
    QgsWkbTypes,
)

from ...compat import FieldType, GeometryType, SourceType, WkbType
from ...core import claimconflicts as cc
from ...core.claims import MAX_DEPTH_M
from ...glue.geometry import from_shapely, to_shapely
from ...glue.writer import Writer
from ..base import BronnenstrategieAlgorithm
from ..utils import (
    NUMBER_HIGH,
    NUMBER_LOW,
    NUMBER_TEXT,
    SkipCounter,
    metric_transforms,
    raise_if_canceled,
    read_number,
)
from . import gio_common as gc

OUTPUT_FIELDS = (
    ("claim_a", FieldType.String),
    ("claim_b", FieldType.String),
    ("name_a", FieldType.String),
    ("name_b", FieldType.String),
    ("type_a", FieldType.String),
    ("type_b", FieldType.String),
    ("overlap_m2", FieldType.Double),
    ("depth_overlap", FieldType.String),
    ("advice", FieldType.String),
)


@dataclasses.dataclass
class ClaimsRead:
    """The claims of the input layer as core.claimconflicts.Claim records, with what was
    skipped (a SkipCounter) and the unusable depth values per (field, status)."""

    claims: list
    skips: SkipCounter
    bad_depths: dict
    n_features: int = 0


class _Progress:
    """Maps the core's 0-100 progress onto a part of the algorithm's bar."""

    def __init__(self, feedback, start, span):
        self.feedback, self.start, self.span = feedback, start, span

    def isCanceled(self):  # noqa: N802
        return self.feedback.isCanceled()

    def setProgress(self, value):  # noqa: N802
        self.feedback.setProgress(self.start + self.span * value / 100.0)


class ClaimConflicts(BronnenstrategieAlgorithm):
    NAME = "claimconflicts"
    GROUP_ID = "ruimteclaims"
    STYLES = {"OUTPUT": "claimconflicts_output.qml"}

    INPUT = "INPUT"
    FILTER = "FILTER"
    MIN_OVERLAP_AREA = "MIN_OVERLAP_AREA"
    SAME_TYPE_CONFLICTS = "SAME_TYPE_CONFLICTS"
    PLAN_PARTS_CONFLICT = "PLAN_PARTS_CONFLICT"
    OUTPUT = "OUTPUT"

    def required_modules(self):
        return ["shapely"]

    def displayName(self):  # noqa: N802
        return self.tr("Conflicts between spatial claims (3D)")

    def shortDescription(self):  # noqa: N802
        return self.tr("Where claims overlap in plan and in depth, with what must be decided.")

    def help_text(self):
        return self.tr(
            "<p>Finds the places where two spatial claims of the register overlap both on "
            "the map and in depth, and writes the overlap as a polygon with the two claims, "
            "the overlap area, the shared depth range and a short Dutch sentence naming "
            "what must be decided. The tool does not decide: the college does "
            "(Bronnenstrategie, section 5.2).</p>"
            "<p><b>Rule</b>: two claims conflict when their polygons overlap by more than "
            "the minimum overlap area AND their depth ranges overlap. Depth ranges in m "
            "below the surface: level 'bovengronds' counts as 0-0 (the surface), 'beide' as "
            "0 to depth_bottom_m, 'ondergronds' as depth_top_m to depth_bottom_m. Ranges that "
            "only touch (18-60 and 60-100 m) do not overlap; the surface overlaps a range "
            "that starts at 0 [assumption]. A depth that is text, negative or more than "
            "10,000 m counts as missing [assumption: a typing error]. A claim without a "
            "usable depth range (missing depths, top below bottom) counts as overlapping "
            "every depth; the log warns with a count and the advice says so.</p>"
            "<p>Claims of the same type and the same initiator do not conflict (they are "
            "parts of one plan) unless 'same type conflicts' is ticked [assumption]; nor do "
            "warm/cold zones with the soil-energy interference area they order, unless "
            "'zones inside an interference area also conflict' is ticked [assumption]; "
            "claims with an empty initiator are not assumed to share one.</p>"
            "<p><b>Input</b>: the claims register or any polygon layer with its fields "
            "(claim_id, name, claim_type, status, level, depth_top_m, depth_bottom_m, "
            "initiator); missing fields count as empty. Areas are computed in metres (RD New "
            "for Dutch data, also for layers in EPSG:4326); the output keeps the input "
            "CRS. Candidate pairs come from a bounding-box sweep index, so 10,000 claims "
            "take seconds.</p>"
        )

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add_param(
            QgsProcessingParameterFeatureSource(
                self.INPUT, self.tr("Spatial claims"), [SourceType.VectorPolygon]
            ),
            self.tr("The claims register layer (ruimteclaims) or a polygon layer with its fields."),
        )
        gc.add_filter_param(self, self.FILTER, self.INPUT)
        self.add_param(
            QgsProcessingParameterNumber(
                self.MIN_OVERLAP_AREA,
                self.tr("Minimum overlap area (m²)"),
                QgsProcessingParameterNumber.Type.Double,
                defaultValue=cc.MIN_OVERLAP_AREA,
                minValue=0.0,
                maxValue=1.0e9,
            ),
            self.tr(
                "Overlaps of this area or less are ignored (slivers from digitising). "
                "Default 1 m² [assumption]."
            ),
        )
        self.add_param(
            QgsProcessingParameterBoolean(
                self.SAME_TYPE_CONFLICTS,
                self.tr("Same type and initiator also conflict"),
                defaultValue=False,
            ),
            self.tr(
                "When ticked, two claims of the same type and the same initiator are also "
                "reported. Default off [assumption: one initiator's own claims of one kind "
                "are parts of one plan]."
            ),
            advanced=True,
        )
        self.add_param(
            QgsProcessingParameterBoolean(
                self.PLAN_PARTS_CONFLICT,
                self.tr("Zones inside an interference area also conflict"),
                defaultValue=False,
            ),
            self.tr(
                "When ticked, warm and cold zones (bodemenergie_zone_warm / _koud) that overlap "
                "a soil-energy interference area are reported as conflicts with it. Default "
                "off [assumption: the zones are the bodemenergieplan of that area, parts of "
                "one plan, not competing claims]."
            ),
            advanced=True,
        )
        self.add_param(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT, self.tr("Claim conflicts"), SourceType.VectorPolygon
            ),
            self.tr(
                "One polygon per conflicting pair (the overlap) with claim_a, claim_b, name_a, "
                "name_b, type_a, type_b, overlap_m2, depth_overlap (e.g. '18-60 m', "
                "'onbekend' when a depth range is missing) and advice (Dutch)."
            ),
        )
        self.addOutput(QgsProcessingOutputNumber("N_CONFLICTS", self.tr("Number of conflicts")))
        self.addOutput(QgsProcessingOutputNumber("N_CLAIMS", self.tr("Number of claims checked")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        source = self.source_or_raise(parameters, self.INPUT, context)
        req, filter_text = gc.request(self, parameters, self.FILTER, context, source)
        min_area = self.parameterAsDouble(parameters, self.MIN_OVERLAP_AREA, context)
        same_type = self.parameterAsBoolean(parameters, self.SAME_TYPE_CONFLICTS, context)
        plan_parts = self.parameterAsBoolean(parameters, self.PLAN_PARTS_CONFLICT, context)
        metric, forward, back = metric_transforms(source, context)
        if metric.authid() != source.sourceCrs().authid():
            feedback.pushInfo(self.tr("Areas are computed in {crs}.").format(crs=metric.authid()))
        read = self._read_claims(source, req, forward, feedback)
        claims = read.claims
        if read.n_features == 0:
            feedback.pushWarning(self.tr("The input layer is empty: nothing to compute."))
        self._report_values(feedback, read.bad_depths, cc.unknown_values(claims))
        if filter_text:
            feedback.pushInfo(
                self.tr("{n} claims match the filter {expr}.").format(
                    n=len(claims), expr=filter_text
                )
            )
        conflicts, counts = cc.find_conflicts(
            claims,
            min_overlap_area=min_area,
            same_type_conflicts=same_type,
            feedback=_Progress(feedback, 40.0, 55.0),
            plan_parts_conflict=plan_parts,
        )
        raise_if_canceled(feedback)
        self._report_counts(feedback, counts)
        dest = self._write(parameters, context, source, claims, conflicts, back, feedback)
        read.skips.report()
        feedback.setProgress(100)
        feedback.pushInfo(
            self.tr("{n} conflicts between {m} claims.").format(n=len(conflicts), m=len(claims))
        )
        return {self.OUTPUT: dest, "N_CONFLICTS": len(conflicts), "N_CLAIMS": len(claims)}

    def _read_claims(self, source, req, forward, feedback):
        """:class:`ClaimsRead` of the (filtered) features, geometries in metres."""
        names = (gc.F_CLAIM_ID, gc.F_NAME, gc.F_CLAIM_TYPE, gc.F_STATUS, gc.F_LEVEL,
                 gc.F_DEPTH_TOP, gc.F_DEPTH_BOTTOM, gc.F_INITIATOR)  # fmt: skip
        idx = gc.field_indices(source.fields(), names)
        absent = [n for n, i in idx.items() if i < 0]
        if absent:
            feedback.pushWarning(
                self.tr("The input has no field(s) {fields}; they count as empty.").format(
                    fields=", ".join(absent)
                )
            )
        read = ClaimsRead([], SkipCounter(feedback), {})
        total = source.featureCount() or 0
        step = 40.0 / total if total > 0 else 0
        transform_needed = not forward.isShortCircuited()
        for n, feature in enumerate(source.getFeatures(req)):
            if n % 200 == 0:
                raise_if_canceled(feedback)
                feedback.setProgress(n * step)
            read.n_features += 1
            geom = feature.geometry()
            if geom is None or geom.isNull() or geom.isEmpty():
                read.skips.add("nogeom", self.tr("no geometry"), feature.id())
                continue
            if QgsWkbTypes.geometryType(geom.wkbType()) != GeometryType.Polygon:
                read.skips.add("notpoly", self.tr("not a polygon"), feature.id())
                continue
            if transform_needed:
                try:
                    geom.transform(forward)
                except Exception:  # noqa: BLE001 - QgsCsException
                    read.skips.add(
                        "transform", self.tr("could not be transformed to metres"), feature.id()
                    )
                    continue
            read.claims.append(self._claim(feature, geom, idx, read.bad_depths))
        return read

    @staticmethod
    def _claim(feature, geom, idx, bad_depths):
        """The cc.Claim of a feature (its geometry ``geom`` in metres); an unusable depth
        counts as empty and is noted in ``bad_depths``."""
        values = feature.attributes()  # read once; fields by index

        def text(name):
            return gc.text_at(values, idx[name]) or None

        depths = {}
        for fname in (gc.F_DEPTH_TOP, gc.F_DEPTH_BOTTOM):
            number, status = read_number(gc.value_at(values, idx[fname]), 0.0, MAX_DEPTH_M)
            if status in (NUMBER_TEXT, NUMBER_LOW, NUMBER_HIGH):
                bad_depths.setdefault((fname, status), []).append(feature.id())
                number = None
            depths[fname] = number
        box = geom.boundingBox()
        return cc.Claim(
            text(gc.F_CLAIM_ID) or f"fid {feature.id()}",
            to_shapely(geom, make_valid=False),  # the core repairs and counts invalid ones
            name=text(gc.F_NAME),
            claim_type=text(gc.F_CLAIM_TYPE),
            initiator=text(gc.F_INITIATOR),
            status=text(gc.F_STATUS),
            level=text(gc.F_LEVEL),
            depth_top=depths[gc.F_DEPTH_TOP],
            depth_bottom=depths[gc.F_DEPTH_BOTTOM],
            bounds=(box.xMinimum(), box.yMinimum(), box.xMaximum(), box.yMaximum()),
        )

    def _report_counts(self, feedback, counts):
        """Warnings on claims without depth range and repaired or empty geometries."""
        if counts["unknown_depth"]:
            feedback.pushWarning(
                self.tr(
                    "{n} claim(s) have no usable depth range (missing depths, or top below "
                    "bottom); they are treated as overlapping every depth and their "
                    "conflicts say 'onbekend'."
                ).format(n=counts["unknown_depth"])
            )
        if counts["repaired"]:
            feedback.pushWarning(
                self.tr("{n} invalid claim geometries were repaired before the overlay.").format(
                    n=counts["repaired"]
                )
            )
        if counts["empty"]:
            feedback.pushWarning(
                self.tr("{n} claim geometries were empty after repair and were left out.").format(
                    n=counts["empty"]
                )
            )

    def _write(self, parameters, context, source, claims, conflicts, back, feedback):
        """Write one MultiPolygon per conflict (back in the source CRS); the destination."""
        fields = QgsFields()
        for fname, ftype in OUTPUT_FIELDS:
            fields.append(QgsField(fname, ftype))
        writer = Writer.open(
            self, parameters, self.OUTPUT, context, fields, WkbType.MultiPolygon, source.sourceCrs()
        )
        transform = None if back.isShortCircuited() else back
        rows, geometries = [], []
        for c in conflicts:
            a, b = claims[c.a], claims[c.b]
            geometries.append(from_shapely(c.geometry, multi=True, transform=transform))
            rows.append([
                str(a.claim_id), str(b.claim_id), a.name, b.name, a.claim_type, b.claim_type,
                round(float(c.overlap_m2), 2), cc.format_depth(c.depth_range), c.advice,
            ])  # fmt: skip
        raise_if_canceled(feedback)
        writer.write_rows(rows, geometries)
        return writer.dest

    def _report_values(self, feedback, bad_depths, unknown):
        """One counted warning per kind of unusable depth and per unknown value map."""
        templates = {
            NUMBER_TEXT: self.tr(
                "{n} claim(s) have a {field} that is not a number; it counts "
                "as empty (feature ids: {ids})."
            ),
            NUMBER_LOW: self.tr(
                "{n} claim(s) have a negative {field} (depths are metres below "
                "ground level); it counts as empty (feature ids: {ids})."
            ),
            NUMBER_HIGH: self.tr(
                "{n} claim(s) have a {field} of more than {limit:g} m "
                "(implausible); it counts as empty (feature ids: {ids})."
            ),
        }
        for (fname, status), ids in bad_depths.items():
            feedback.pushWarning(
                templates[status].format(
                    n=len(ids),
                    field=fname,
                    limit=MAX_DEPTH_M,
                    ids=", ".join(str(i) for i in ids[:10]) + (", ..." if len(ids) > 10 else ""),
                )
            )
        for values, text in (
            (
                unknown["claim_type"],
                self.tr(
                    "{n} claim(s) have an unknown claim_type ({values}): check the spelling. They "
                    "are still compared and the advice names the type as written."
                ),
            ),
            (
                unknown["level"],
                self.tr(
                    "{n} claim(s) have an unknown level ({values}); they count as "
                    "'ondergronds' (depth_top_m to depth_bottom_m)."
                ),
            ),
        ):
            if values:
                feedback.pushWarning(
                    text.format(
                        n=sum(values.values()),
                        values=", ".join(f"'{v}' {c}x" for v, c in sorted(values.items())),
                    )
                )
