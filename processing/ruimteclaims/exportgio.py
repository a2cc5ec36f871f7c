"""bronnenstrategie:exportgio - spatial claims as a STOP GIO (GML) for the omgevingsplan."""

import dataclasses
import datetime
import os

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeatureRequest,
    QgsGeometry,
    QgsProcessingException,
    QgsProcessingOutputFile,
    QgsProcessingOutputNumber,
    QgsProcessingParameterDateTime,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QCoreApplication

from ...compat import GeometryType, SourceType, WkbType
from ...core import files, gio
from ...glue.geometry import to_shapely
from ..base import BronnenstrategieAlgorithm
from ..utils import SkipCounter, raise_if_canceled
from . import gio_common as gc

#: Default work id (the <id> part of FRBRWork) [A: a name for the claims of heat sources].
DEFAULT_WORK_ID = "warmtebronnen"


def _date_value(value):
    """A datetime.date from a processing date parameter value (QDate/QDateTime/str), or None."""
    if value is None:
        return None
    if hasattr(value, "isNull") and value.isNull():
        return None
    if hasattr(value, "toPyDateTime"):
        value = value.toPyDateTime()
    elif hasattr(value, "toPyDate"):
        value = value.toPyDate()
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    text = str(value).strip()
    if not text:
        return None
    try:
        return datetime.date.fromisoformat(text[:10])
    except ValueError:
        raise QgsProcessingException(
            QCoreApplication.translate(
                "ClaimsGio", "'{value}' is not a date; write it as YYYY-MM-DD."
            ).format(value=text)
        ) from None


def _geos_valid(wkbs):
    """GEOS validity (through QGIS) of polygons given as WKB: the check of the rounded
    polygons, cheaper than a shapely 1.8 object per polygon."""
    out = []
    for data in wkbs:
        geom = QgsGeometry()
        geom.fromWkb(data)
        out.append(geom.isGeosValid())
    return out


@dataclasses.dataclass
class GioOptions:
    """What the parameters say about the GIO to write."""

    group_field: str
    name_field: str
    bevoegd_gezag: str
    work_id: str
    expression_date: datetime.date
    background_date: datetime.date
    version: int
    background: str
    path: str
    sidecar: str


@dataclasses.dataclass
class LocationsRead:
    """The claims of the input as gio.GioLocation records, with what was skipped."""

    locations: list
    skips: SkipCounter
    repaired: int = 0
    no_group: int = 0


class ExportGio(BronnenstrategieAlgorithm):
    NAME = "exportgio"
    GROUP_ID = "ruimteclaims"

    INPUT = "INPUT"
    FILTER = "FILTER"
    GROUP_FIELD = "GROUP_FIELD"
    NAME_FIELD = "NAME_FIELD"
    BEVOEGD_GEZAG = "BEVOEGD_GEZAG"
    WORK_ID = "WORK_ID"
    EXPRESSION_DATE = "EXPRESSION_DATE"
    VERSION = "VERSION"
    BACKGROUND = "BACKGROUND"
    BACKGROUND_DATE = "BACKGROUND_DATE"
    OUTPUT = "OUTPUT"

    def required_modules(self):
        return ["shapely"]

    def displayName(self):  # noqa: N802
        return self.tr("Export claims as STOP GIO")

    def shortDescription(self):  # noqa: N802
        return self.tr("Writes spatial claims as a GIO (STOP GML) for the omgevingsplan.")

    def help_text(self):
        return self.tr(
            "<p>Writes the claims as a Geografisch Informatieobject (GIO): the GML file of "
            "the STOP standard (imop-geo, schemaversie 1.3.0) through which the omgevingsplan "
            "refers to areas. The file holds geo:GeoInformatieObjectVaststelling with the "
            "background (achtergrondVerwijzing and its date), FRBRWork "
            "/join/id/regdata/&lt;bevoegd gezag&gt;/&lt;year&gt;/&lt;work id&gt;, FRBRExpression "
            "&lt;work&gt;/nld@&lt;date&gt;;&lt;version&gt;, optional groups (GIO-delen) and one "
            "Locatie per claim with its name and a basisgeo:Geometrie: gml:id 'id-&lt;uuid&gt;', "
            "basisgeo:id the claim_id when that is a UUID (so a claim keeps its id from one "
            "version to the next), else a new UUID.</p>"
            "<p>Geometries are written in RD New (srsName urn:ogc:def:crs:EPSG::28992; claims "
            "in another CRS are transformed) with millimetre precision, closed rings, "
            "exterior rings counter-clockwise; a multi-part claim becomes a gml:MultiSurface. "
            "Names are escaped, so any text gives well-formed XML.</p>"
            "<p>Before reporting success the file is checked against the STOP schematron "
            "rules of imop-geo (STOP3000-3021, 3040, 3090) and basic structure checks; if "
            "any fails nothing is reported as written.</p>"
            "<p>Next to the GML a JSON sidecar lists per location the IMOW gebiedsaanwijzing "
            "(type and group URIs from the claim's imow_type and imow_group, or the defaults "
            "of its claim type), its name and the basisgeo:id it refers to, for whoever makes "
            "the OW objects.</p>"
        )

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add_param(
            QgsProcessingParameterFeatureSource(
                self.INPUT, self.tr("Spatial claims"), [SourceType.VectorPolygon]
            ),
            self.tr(
                "The claims to export: the register layer (ruimteclaims) or any polygon layer. "
                "Tick 'selected features only' to export the selection."
            ),
        )
        gc.add_filter_param(self, self.FILTER, self.INPUT)
        self.add_param(
            QgsProcessingParameterField(
                self.GROUP_FIELD,
                self.tr("Group field (GIO-delen)"),
                parentLayerParameterName=self.INPUT,
                optional=True,
            ),
            self.tr(
                "Optional: a field whose values become the groups (GIO-delen) of the GIO, "
                "e.g. claim_type to separate the warm and cold zones. Every exported claim "
                "then needs a value (STOP3000). Empty: no groups."
            ),
        )
        self.add_param(
            QgsProcessingParameterField(
                self.NAME_FIELD,
                self.tr("Name field"),
                defaultValue=gc.F_NAME,
                parentLayerParameterName=self.INPUT,
                optional=True,
            ),
            self.tr("The field written as geo:naam of each location (default: name)."),
        )
        self._add_identity_params()
        self.add_param(
            QgsProcessingParameterFileDestination(
                self.OUTPUT, self.tr("GIO file"), self.tr("GML files (*.gml)")
            ),
            self.tr(
                "The GIO (.gml). The IMOW sidecar is written next to it with the extension .json."
            ),
        )
        self.addOutput(QgsProcessingOutputFile("SIDECAR", self.tr("IMOW sidecar (.json)")))
        self.addOutput(
            QgsProcessingOutputNumber("N_LOCATIONS", self.tr("Number of locations written"))
        )
        self.addOutput(QgsProcessingOutputNumber("N_SKIPPED", self.tr("Number of claims skipped")))

    def _add_identity_params(self):
        """Authority, work id, expression date, version and background of the GIO."""
        self.add_param(
            QgsProcessingParameterString(
                self.BEVOEGD_GEZAG, self.tr("Bevoegd gezag code"), defaultValue=gio.BEVOEGD_GEZAG
            ),
            self.tr(
                "Code of the authority in FRBRWork: gm + CBS municipality code (default "
                "gm0518, Den Haag), pv.. for a province, ws.. for a water board."
            ),
        )
        self.add_param(
            QgsProcessingParameterString(
                self.WORK_ID, self.tr("Work id"), defaultValue=DEFAULT_WORK_ID
            ),
            self.tr(
                "The last part of FRBRWork, e.g. 'bodemenergiegebied': letters, digits, '-' "
                "and '_' only. Default '{work}' [assumption]."
            ).format(work=DEFAULT_WORK_ID),
        )
        self.add_param(
            QgsProcessingParameterDateTime(
                self.EXPRESSION_DATE,
                self.tr("Expression date"),
                type=QgsProcessingParameterDateTime.Type.Date,
                optional=True,
            ),
            self.tr(
                "Date of this version in FRBRExpression (and its year in FRBRWork). Empty: today."
            ),
        )
        self.add_param(
            QgsProcessingParameterNumber(
                self.VERSION,
                self.tr("Version"),
                QgsProcessingParameterNumber.Type.Integer,
                defaultValue=1,
                minValue=1,
                maxValue=999999,
            ),
            self.tr("Version number after ';' in FRBRExpression (default 1)."),
        )
        self.add_param(
            QgsProcessingParameterEnum(
                self.BACKGROUND,
                self.tr("Background map"),
                options=list(gio.BACKGROUNDS),
                defaultValue=0,
            ),
            self.tr(
                "The background the areas were drawn on (achtergrondVerwijzing): BGT or top10nl."
            ),
        )
        self.add_param(
            QgsProcessingParameterDateTime(
                self.BACKGROUND_DATE,
                self.tr("Background date"),
                type=QgsProcessingParameterDateTime.Type.Date,
                optional=True,
            ),
            self.tr(
                "Date of the background map (achtergrondActualiteit). Empty: the expression date."
            ),
        )

    def _date(self, parameters, key, context):
        """The date of a date parameter (QDate, QDateTime or 'YYYY-MM-DD' text) or None."""
        raw = parameters.get(key)
        if raw is None or (isinstance(raw, str) and not raw.strip()):
            return None
        return _date_value(raw)

    def checkParameterValues(self, parameters, context):  # noqa: N802
        """Refuse bad identifiers (authority, work id, date, version) before the run."""
        ok, message = super().checkParameterValues(parameters, context)
        if not ok:
            return ok, message
        try:
            self._check_identifiers(parameters, context)
        except QgsProcessingException as exc:
            return False, str(exc)
        return True, ""

    def _check_identifiers(self, parameters, context):
        """The FRBR identifiers of the parameters are valid (QgsProcessingException)."""
        bg = self.parameterAsString(parameters, self.BEVOEGD_GEZAG, context)
        work_id = self.parameterAsString(parameters, self.WORK_ID, context)
        expr_date = self._date(parameters, self.EXPRESSION_DATE, context) or datetime.date.today()
        version = self.parameterAsInt(parameters, self.VERSION, context)
        try:
            gio.expression_identifier(
                gio.work_identifier(bg, expr_date.year, work_id), expr_date, version
            )
        except gio.GioError as exc:
            raise QgsProcessingException(str(exc)) from None

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        source = self.source_or_raise(parameters, self.INPUT, context)
        req, _ = gc.request(self, parameters, self.FILTER, context, source)
        options = self._options(parameters, context, source, feedback)
        read = self._read_locations(source, req, options, context, feedback)
        if read.no_group:
            raise QgsProcessingException(
                self.tr(
                    "{n} claim(s) have no value in the group field '{field}'. With groups "
                    "every location needs one (STOP rule STOP3000): fill the field, filter "
                    "those claims out, or export without a group field."
                ).format(n=read.no_group, field=options.group_field)
            )
        if not read.locations:
            raise QgsProcessingException(
                self.tr("No claim to export: the layer, selection or filter gives no polygons.")
            )
        if read.repaired:
            feedback.pushWarning(
                self.tr("{n} invalid claim geometries were repaired before the export.").format(
                    n=read.repaired
                )
            )
        feedback.setProgress(65)
        result = self._write(options, read.locations)
        self._report(result, feedback)
        n_skipped = read.skips.report()
        feedback.setProgress(100)
        feedback.pushInfo(
            self.tr("GIO {expr} written with {n} locations; all STOP rules pass.").format(
                expr=result.expression, n=len(result.locations)
            )
        )
        return {
            self.OUTPUT: options.path,
            "SIDECAR": options.sidecar,
            "N_LOCATIONS": len(result.locations),
            "N_SKIPPED": n_skipped,
        }

    def _options(self, parameters, context, source, feedback):
        """:class:`GioOptions` of the parameters (identifiers checked before any read)."""
        group_field = self.field_or_raise(parameters, self.GROUP_FIELD, context, source)
        name_field = self.parameterAsString(parameters, self.NAME_FIELD, context) or ""
        if name_field == gc.F_NAME and source.fields().lookupField(name_field) < 0:
            feedback.pushWarning(
                self.tr(
                    "The layer has no field 'name': the locations are written without geo:naam."
                )
            )
            name_field = ""
        else:
            name_field = self.field_or_raise(parameters, self.NAME_FIELD, context, source)
        expr_date = self._date(parameters, self.EXPRESSION_DATE, context) or datetime.date.today()
        path = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        if not path.lower().endswith((".gml", ".xml")):
            path += ".gml"
        options = GioOptions(
            group_field,
            name_field,
            bevoegd_gezag=self.parameterAsString(parameters, self.BEVOEGD_GEZAG, context),
            work_id=self.parameterAsString(parameters, self.WORK_ID, context),
            expression_date=expr_date,
            background_date=self._date(parameters, self.BACKGROUND_DATE, context) or expr_date,
            version=self.parameterAsInt(parameters, self.VERSION, context),
            background=gio.BACKGROUNDS[self.parameterAsEnum(parameters, self.BACKGROUND, context)],
            path=path,
            sidecar=os.path.splitext(path)[0] + ".json",
        )
        self._check_identifiers(parameters, context)  # fail early, before reading features
        return options

    def _read_locations(self, source, req, options, context, feedback):
        """:class:`LocationsRead` of the (filtered) features, in RD New."""
        rd = QgsCoordinateReferenceSystem("EPSG:28992")
        to_rd = QgsCoordinateTransform(source.sourceCrs(), rd, context.transformContext())
        if source.sourceCrs().authid() != "EPSG:28992":
            feedback.pushInfo(
                self.tr("Claims in {crs} are transformed to RD New (EPSG:28992).").format(
                    crs=source.sourceCrs().authid()
                )
            )
        fields = source.fields()
        idx = gc.field_indices(
            fields, (gc.F_CLAIM_ID, gc.F_CLAIM_TYPE, gc.F_IMOW_TYPE, gc.F_IMOW_GROUP)
        )
        idx["group"] = fields.lookupField(options.group_field) if options.group_field else -1
        idx["name"] = fields.lookupField(options.name_field) if options.name_field else -1
        if (
            req.filterType() != QgsFeatureRequest.FilterType.FilterExpression
        ):  # a filter reads its own fields
            req.setSubsetOfAttributes(sorted({i for i in idx.values() if i >= 0}))
        transform = not to_rd.isShortCircuited()
        read = LocationsRead([], SkipCounter(feedback))
        used_ids = set()
        total = source.featureCount() or 0
        step = 60.0 / total if total > 0 else 0
        with gio.paused_gc():  # tens of thousands of records: no collector passes
            for n, feature in enumerate(source.getFeatures(req)):
                if n % 200 == 0:
                    raise_if_canceled(feedback)
                    feedback.setProgress(n * step)
                geom = feature.geometry()
                if geom is None or geom.isNull() or geom.isEmpty():
                    read.skips.add("nogeom", self.tr("no geometry"), feature.id())
                    continue
                wkb_type = geom.wkbType()
                if QgsWkbTypes.geometryType(wkb_type) != GeometryType.Polygon:
                    read.skips.add("notpoly", self.tr("not a polygon"), feature.id())
                    continue
                if transform:
                    try:
                        geom.transform(to_rd)
                    except Exception:  # noqa: BLE001 - QgsCsException
                        read.skips.add(
                            "transform", self.tr("could not be transformed to RD New"), feature.id()
                        )
                        continue
                shape, valid = self._shape(geom, wkb_type, read)
                if shape is None:
                    read.skips.add(
                        "empty", self.tr("no area left after repairing the geometry"), feature.id()
                    )
                    continue
                read.locations.append(
                    self._location(feature.attributes(), shape, valid, idx, used_ids, read)
                )
        return read

    @staticmethod
    def _shape(geom, wkb_type, read):
        """(WKB or shapely geometry, valid flag) of a claim in RD New; None when no area
        is left after repair (``read.repaired`` counts the repaired ones)."""
        if wkb_type in (WkbType.Polygon, WkbType.MultiPolygon) and geom.isGeosValid():
            # plain 2D (multi)polygon that GEOS finds valid: handed over as WKB, the
            # writer reads its coordinates with numpy (no shapely object per claim)
            return bytes(geom.asWkb()), True
        shape = to_shapely(geom, make_valid=False)  # repaired (and counted) here
        if shape is None:
            return None, None
        valid = shape.is_valid
        if not valid:
            from shapely.validation import make_valid

            shape = make_valid(shape)
            read.repaired += 1
            valid = None
        if not gio.polygon_parts(shape):
            return None, None
        return shape, valid

    @staticmethod
    def _location(values, shape, valid, idx, used_ids, read):
        """The gio.GioLocation of a claim (attributes ``values``); a claim id that is not a
        UUID or is taken already gets no basisgeo id (the writer makes one)."""
        claim_id = gc.text_at(values, idx[gc.F_CLAIM_ID])
        basisgeo_id = None
        if claim_id:
            try:
                basisgeo_id = gio.uuid_text(claim_id)
            except gio.GioError:
                basisgeo_id = None
            if basisgeo_id in used_ids:
                basisgeo_id = None
        if basisgeo_id:
            used_ids.add(basisgeo_id)
        claim_type = gc.text_at(values, idx[gc.F_CLAIM_TYPE])
        default_type, default_group = gc.IMOW_DEFAULTS.get(claim_type, ("", ""))
        group = gc.text_at(values, idx["group"]) if idx["group"] >= 0 else None
        if idx["group"] >= 0 and not group:
            read.no_group += 1
        return gio.GioLocation(
            shape,
            naam=gc.text_at(values, idx["name"]) if idx["name"] >= 0 else None,
            group=group,
            basisgeo_id=basisgeo_id,
            extra={
                "claim_id": claim_id or None,
                "claim_type": claim_type or None,
                "imow_type": gc.text_at(values, idx[gc.F_IMOW_TYPE]) or default_type,
                "imow_group": gc.text_at(values, idx[gc.F_IMOW_GROUP]) or default_group,
            },
            valid=valid,
        )

    def _write(self, options, locations):
        """Write the GIO and its sidecar; the gio.write_gio result."""
        try:
            # both files through temporary names, renamed into place together: a failure
            # (also of the sidecar) leaves no new GIO and keeps the previous files
            with files.replacing(options.path, options.sidecar) as (gml_tmp, sidecar_tmp):
                result = gio.write_gio(
                    gml_tmp,
                    locations,
                    work_id=options.work_id,
                    bevoegd_gezag=options.bevoegd_gezag,
                    expression_date=options.expression_date,
                    version=options.version,
                    background=options.background,
                    background_date=options.background_date,
                    use_groups=bool(options.group_field),
                    polygon_validator=_geos_valid,
                )
                gio.write_sidecar(sidecar_tmp, result)
        except gio.GioError as exc:
            raise QgsProcessingException(
                self.tr("The GIO was not written: {error}").format(error=exc)
            ) from None
        except OSError as exc:
            raise QgsProcessingException(
                self.tr("Could not write {path}: {error}").format(path=options.path, error=exc)
            ) from None
        return result

    def _report(self, result, feedback):
        """The writer's warnings and the count of locations without IMOW type."""
        for warning in result.warnings:
            feedback.pushWarning(warning)
        n_imow = sum(1 for loc in result.locations if not loc["extra"].get("imow_type"))
        if n_imow:
            feedback.pushWarning(
                self.tr(
                    "{n} location(s) have no IMOW type (imow_type empty and no default for "
                    "their claim type); the sidecar leaves it empty."
                ).format(n=n_imow)
            )
