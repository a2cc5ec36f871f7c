"""bronnenstrategie:addclaims - add the polygons of a layer to the spatial-claims register."""

import dataclasses

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCsException,
    QgsFeatureRequest,
    QgsGeometry,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from ... import register as reg
from ...compat import SourceType
from ...core import claims as core_claims
from ...glue.geometry import to_shapely
from ...register import qgis_layer
from ...translation import translate
from ..base import BronnenstrategieAlgorithm
from ..utils import SkipCounter, raise_if_canceled, to_text


@dataclasses.dataclass
class ClaimSettings:
    """What the parameters say about every claim of a run."""

    common: dict
    fields: dict
    fallbacks: dict = dataclasses.field(default_factory=dict)
    layer_name: str = "input"


class AddClaims(BronnenstrategieAlgorithm):
    NAME = "addclaims"
    GROUP_ID = "ruimteclaims"

    INPUT = "INPUT"
    REGISTER = "REGISTER"
    REGISTER_DB = "REGISTER_DB"
    CREATE = "CREATE"
    CLAIM_TYPE = "CLAIM_TYPE"
    STATUS = "STATUS"
    NAME_FIELD = "NAME_FIELD"
    CATEGORY_FIELD = "CATEGORY_FIELD"
    DEPTH_TOP_FIELD = "DEPTH_TOP_FIELD"
    DEPTH_BOTTOM_FIELD = "DEPTH_BOTTOM_FIELD"
    LEVEL = "LEVEL"
    DEPTH_TOP = "DEPTH_TOP"
    DEPTH_BOTTOM = "DEPTH_BOTTOM"
    SOURCE_REF = "SOURCE_REF"
    N_ADDED = "N_ADDED"
    N_REJECTED = "N_REJECTED"

    def required_modules(self):
        return ["shapely"]

    def displayName(self):  # noqa: N802
        return self.tr("Add spatial claims to the register")

    def shortDescription(self):  # noqa: N802
        return self.tr("Writes the polygons of a layer as spatial claims into the claims register.")

    def help_text(self):
        return self.tr(
            "<p>Adds every polygon of the input layer as one spatial claim (ruimteclaim) to "
            "the claims register, a GeoPackage with the layer 'ruimteclaims' in EPSG:28992 "
            "and its history table. The register must exist; tick 'Create the register' to "
            "make a new one at the path (a path without a register is otherwise an error, so "
            "a typing error never starts a new, empty register).</p>"
            "<p>Each claim gets the chosen claim type and status; name, geothermal category "
            "and depths can come from fields. Where a depth field is not chosen or a "
            "feature's depth is empty, the fixed top and bottom depth are used when given "
            "(otherwise the depth stays unknown); the level is the chosen level or, when "
            "left empty, the default level of the claim type (interference areas, warm/cold "
            "zones and heat network routes: ondergronds; WOS: bovengronds; the others: "
            "beide) [assumption]. IMOW type and group follow from the claim type "
            "(interference areas and warm/cold zones: Energievoorziening / "
            "Bodemenergiegebied; geothermal locations, aquathermal sites and WOS: "
            "Energievoorziening / Energieproductiegebied; heat network route: Leiding / "
            "Buisleiding) [assumption: suggested mapping on the IMOW value list "
            "TypeGebiedsaanwijzing 4.0.0].</p>"
            "<p>Every claim is checked with the register's rules: name and type present, "
            "depths numbers from 0 to 10,000 m below ground level [assumption: deeper is a "
            "typing error], top depth not below bottom depth, top and bottom not equal "
            "(except 0-0 m for a claim above ground), category 1/2/3 only for geothermal types, "
            "geometry valid, not empty, polygonal and transformable to EPSG:28992. Invalid "
            "features are rejected with the reason (one warning per reason with a count) "
            "and not written; the valid ones are written in one transaction, so a failure "
            "(file locked, read-only, disk full) leaves the register unchanged.</p>"
            "<p>Without a name field a claim is named after the input layer and the "
            "feature id [assumption].</p>"
        )

    def initAlgorithm(self, config=None):  # noqa: N802
        self._add_register_params()
        self._add_claim_params()
        self._add_depth_params()
        self.add_param(
            QgsProcessingParameterString(
                self.SOURCE_REF, self.tr("Source reference"), optional=True
            ),
            self.tr(
                "Where the claims come from, e.g. 'bronnenstrategie:thermalradius OUTPUT_AREAS' "
                "(default: the name of the input layer)."
            ),
        )
        self.addOutput(QgsProcessingOutputNumber(self.N_ADDED, self.tr("Claims added")))
        self.addOutput(QgsProcessingOutputNumber(self.N_REJECTED, self.tr("Features rejected")))

    def _add_register_params(self):
        self.add_param(
            QgsProcessingParameterFeatureSource(
                self.INPUT, self.tr("Claim polygons"), [SourceType.VectorPolygon]
            ),
            self.tr("Polygon layer whose features become claims (any CRS; stored in EPSG:28992)."),
        )
        self.add_param(
            QgsProcessingParameterFile(
                self.REGISTER,
                self.tr("Claims register (GeoPackage)"),
                behavior=QgsProcessingParameterFile.Behavior.File,
                extension="gpkg",
                optional=True,
            ),
            self.tr(
                "Path of an existing register (made with 'Create or upgrade the claims "
                "register', or tick 'Create the register'); a path without a register is "
                "refused, so a typing error never starts a new, empty register."
            ),
        )
        self.add_param(
            QgsProcessingParameterString(
                self.REGISTER_DB, self.tr("Claims register (PostGIS)"), optional=True
            ),
            self.tr(
                "Instead of a GeoPackage: a PostGIS register made with 'Create or upgrade the "
                "claims register', as pg:<QGIS connection name>, service=<name> or a connection "
                "string (add schema=<name> for another schema than ruimteclaims)."
            ),
        )
        self.add_param(
            QgsProcessingParameterBoolean(
                self.CREATE, self.tr("Create the register"), defaultValue=False
            ),
            self.tr(
                "Create the GeoPackage register when there is none at the given path "
                "(default: no, a missing register is an error naming the path)."
            ),
        )

    def _add_claim_params(self):
        self.add_param(
            QgsProcessingParameterEnum(
                self.CLAIM_TYPE,
                self.tr("Claim type"),
                options=list(qgis_layer.CLAIM_TYPES),
                defaultValue="overig",
                usesStaticStrings=True,
            ),
            self.tr("Type of every claim: {}.").format(
                "; ".join(
                    f"{code} ({qgis_layer.translated(label)})"
                    for code, label in qgis_layer.CLAIM_TYPES.items()
                )
            ),
        )
        self.add_param(
            QgsProcessingParameterEnum(
                self.STATUS,
                self.tr("Status"),
                options=list(qgis_layer.STATUSES),
                defaultValue=qgis_layer.DEFAULT_STATUS,
                usesStaticStrings=True,
            ),
            self.tr("Status of every claim: {}.").format(
                "; ".join(
                    f"{code} ({qgis_layer.translated(label)})"
                    for code, label in qgis_layer.STATUSES.items()
                )
            ),
        )
        for key, description, help_text, kind in (
            (
                self.NAME_FIELD,
                self.tr("Name field"),
                self.tr("Field with the claim name (optional)."),
                QgsProcessingParameterField.DataType.Any,
            ),
            (
                self.CATEGORY_FIELD,
                self.tr("Category field"),
                self.tr(
                    "Field with the geothermal category 1, 2 or 3 (optional; only for "
                    "geothermal claim types)."
                ),
                QgsProcessingParameterField.DataType.Any,
            ),
            (
                self.DEPTH_TOP_FIELD,
                self.tr("Depth top field"),
                self.tr(
                    "Field with the top depth of the claim in metres below ground level "
                    "(optional)."
                ),
                QgsProcessingParameterField.DataType.Any,
            ),
            (
                self.DEPTH_BOTTOM_FIELD,
                self.tr("Depth bottom field"),
                self.tr("Field with the bottom depth in metres below ground level (optional)."),
                QgsProcessingParameterField.DataType.Any,
            ),
        ):
            self.add_param(
                QgsProcessingParameterField(
                    key, description, parentLayerParameterName=self.INPUT, type=kind, optional=True
                ),
                help_text,
            )

    def _add_depth_params(self):
        self.add_param(
            QgsProcessingParameterEnum(
                self.LEVEL,
                self.tr("Level"),
                options=list(qgis_layer.LEVELS),
                optional=True,
                usesStaticStrings=True,
            ),
            self.tr(
                "Level of every claim: {}. Empty: the default level of the claim type "
                "[assumption]."
            ).format(
                "; ".join(
                    f"{code} ({qgis_layer.translated(label)})"
                    for code, label in qgis_layer.LEVELS.items()
                )
            ),
        )
        for key, description, help_text in (
            (
                self.DEPTH_TOP,
                self.tr("Top depth where the field is empty (m)"),
                self.tr(
                    "Top depth in metres below ground level, used where the depth top field "
                    "is not chosen or a feature's value is empty (optional)."
                ),
            ),
            (
                self.DEPTH_BOTTOM,
                self.tr("Bottom depth where the field is empty (m)"),
                self.tr(
                    "Bottom depth in metres below ground level, used where the depth bottom "
                    "field is not chosen or a feature's value is empty (optional). Top and "
                    "bottom follow the register's rules: 0 to 10,000 m, top not below "
                    "bottom."
                ),
            ),
        ):
            self.add_param(
                QgsProcessingParameterNumber(
                    key,
                    description,
                    QgsProcessingParameterNumber.Type.Double,
                    optional=True,
                    minValue=0.0,
                    maxValue=core_claims.MAX_DEPTH_M,
                ),
                help_text,
            )

    def checkParameterValues(self, parameters, context):  # noqa: N802
        """Refuse a password in the PostGIS location before anything runs or is logged, a
        run without a register, and a level or fixed depths against the register's rules."""
        from ...register import postgis as register_postgis

        location = self.parameterAsString(parameters, self.REGISTER_DB, context) or ""
        if location.strip() and register_postgis.has_password(location):
            return False, translate("register", register_postgis.MSG_PASSWORD_REFUSED)
        try:
            self._register_path(parameters, context)
            self._fallbacks(parameters, context)
        except QgsProcessingException as exc:
            return False, str(exc)
        return super().checkParameterValues(parameters, context)

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        # invalid polygons are rejected one by one with the reason, not the whole run
        check = context.invalidGeometryCheck()
        context.setInvalidGeometryCheck(QgsFeatureRequest.InvalidGeometryCheck.GeometryNoCheck)
        try:
            source = self.source_or_raise(parameters, self.INPUT, context)
        finally:
            context.setInvalidGeometryCheck(check)
        path = self._register_path(parameters, context)
        settings = self._settings(parameters, context, source)
        store = self._open_store(parameters, context, path)
        transform, transformable = self._transform(source, context)
        inputs = self._read_inputs(source, settings.fields, transform, feedback)
        outcomes = core_claims.check_claims(
            inputs,
            settings.common,
            settings.fallbacks,
            settings.layer_name,
            source.sourceCrs().authid(),
            transformable,
        )
        raise_if_canceled(feedback)
        if not inputs:
            feedback.pushWarning(self.tr("The input layer is empty: nothing to compute."))
        valid, rejected = self._report(outcomes, feedback)
        added = 0
        if valid:
            feedback.pushInfo(
                self.tr("Writing {} claim(s) to {} in one transaction…").format(len(valid), path)
            )
            try:
                added = len(store.add(valid))
            except reg.RegisterError as exc:
                raise QgsProcessingException(exc.text(translate)) from exc
        feedback.setProgress(100)
        feedback.pushInfo(
            self.tr("{} claim(s) added, {} feature(s) rejected.").format(added, rejected)
        )
        return {self.N_ADDED: added, self.N_REJECTED: rejected}

    def _register_path(self, parameters, context):
        """The PostGIS location or GeoPackage path of the register; one is required."""
        path = (self.parameterAsString(parameters, self.REGISTER_DB, context) or "").strip()
        path = path or self.parameterAsFile(parameters, self.REGISTER, context)
        if not path:
            raise QgsProcessingException(
                self.tr("Give the path of the claims register (REGISTER).")
            )
        return path

    def _settings(self, parameters, context, source):
        """:class:`ClaimSettings` of the parameters (QgsProcessingException when one is wrong)."""
        claim_type = self.parameterAsEnumString(parameters, self.CLAIM_TYPE, context)
        status = self.parameterAsEnumString(parameters, self.STATUS, context)
        if claim_type not in qgis_layer.CLAIM_TYPES:
            raise QgsProcessingException(
                self.tr("Unknown claim type '{}'; use one of: {}.").format(
                    claim_type, ", ".join(qgis_layer.CLAIM_TYPES)
                )
            )
        fields = {
            qgis_layer.F_NAME: self.field_or_raise(parameters, self.NAME_FIELD, context, source),
            qgis_layer.F_CATEGORY: self.field_or_raise(
                parameters, self.CATEGORY_FIELD, context, source
            ),
            qgis_layer.F_DEPTH_TOP: self.field_or_raise(
                parameters, self.DEPTH_TOP_FIELD, context, source
            ),
            qgis_layer.F_DEPTH_BOTTOM: self.field_or_raise(
                parameters, self.DEPTH_BOTTOM_FIELD, context, source
            ),
        }
        level, fallbacks = self._fallbacks(parameters, context)
        source_ref = self.parameterAsString(parameters, self.SOURCE_REF, context) or ""
        layer_name = source.sourceName() or "input"
        common = {
            qgis_layer.F_CLAIM_TYPE: claim_type,
            qgis_layer.F_STATUS: status,
            qgis_layer.F_SOURCE_REF: source_ref.strip() or layer_name,
            qgis_layer.F_LEVEL: level,
        }
        return ClaimSettings(common, {k: v for k, v in fields.items() if v}, fallbacks, layer_name)

    def _open_store(self, parameters, context, path):
        """The register at ``path``: created when asked, otherwise it must exist."""
        try:
            store = reg.open_store(path)
            if self.parameterAsBoolean(parameters, self.CREATE, context):
                store.create()
            else:
                store.require()
        except reg.RegisterError as exc:
            raise QgsProcessingException(exc.text(translate)) from exc
        return store

    @staticmethod
    def _transform(source, context):
        """(transform to EPSG:28992 or None, whether the source CRS can be transformed)."""
        crs = source.sourceCrs()
        transform = None
        transformable = crs.isValid()
        if transformable and crs.authid() != qgis_layer.CRS_AUTHID:
            target = QgsCoordinateReferenceSystem(qgis_layer.CRS_AUTHID)
            transform = QgsCoordinateTransform(crs, target, context.transformContext())
            transformable = transform.isValid()
        return transform, transformable

    @staticmethod
    def _read_inputs(source, fields, transform, feedback):
        """[core.claims.ClaimInput] of every feature: the chosen fields' values (the name
        as text) and the geometry in EPSG:28992, or the reason it cannot be read."""
        inputs = []
        step = 100.0 / source.featureCount() if source.featureCount() else 0
        for i, feature in enumerate(source.getFeatures()):
            raise_if_canceled(feedback)
            feedback.setProgress(i * step * 0.8)
            attrs = {}
            for register_field, input_field in fields.items():
                value = feature[input_field]
                attrs[register_field] = (
                    to_text(value) if register_field == qgis_layer.F_NAME else _plain(value)
                )
            item = core_claims.ClaimInput(feature.id(), attrs)
            geometry = QgsGeometry(feature.geometry())
            try:
                if transform is not None and not geometry.isNull():
                    geometry.transform(transform)
            except QgsCsException:
                item.unread = "transform"
            else:
                item.geometry = to_shapely(geometry, make_valid=False)
                if item.geometry is None and not geometry.isNull():
                    if geometry.isEmpty():
                        from shapely.geometry import Polygon

                        item.geometry = Polygon()  # rejected as empty, not as missing
                    else:
                        item.unread = "unreadable"
            inputs.append(item)
        return inputs

    def _report(self, outcomes, feedback):
        """([(values, geometry)] of the valid claims, number rejected); one warning per
        reason of rejection, with a count."""
        unread = {
            "transform": self.tr("the geometry cannot be transformed to EPSG:28992"),
            "unreadable": self.tr("the geometry cannot be read"),
        }
        skips = SkipCounter(feedback)
        valid = []
        for outcome in outcomes:
            if outcome.unread:
                skips.add(outcome.unread, unread[outcome.unread], outcome.fid)
            elif outcome.problems:
                first = outcome.problems[0]
                skips.add(first.code, first.text(translate), outcome.fid)
            else:
                valid.append((outcome.values, outcome.geometry))
        return valid, skips.report()

    def _fallbacks(self, parameters, context):
        """(level or None, {depth field: number}) of the LEVEL / DEPTH_TOP / DEPTH_BOTTOM
        parameters, checked with the register's rules (core.claims)."""
        level = None
        if parameters.get(self.LEVEL) not in (None, ""):
            level = self.parameterAsEnumString(parameters, self.LEVEL, context) or None
        fallbacks = {}
        for key, field in (
            (self.DEPTH_TOP, qgis_layer.F_DEPTH_TOP),
            (self.DEPTH_BOTTOM, qgis_layer.F_DEPTH_BOTTOM),
        ):
            if parameters.get(key) not in (None, ""):
                fallbacks[field] = self.parameterAsDouble(parameters, key, context)
        attrs = dict(fallbacks)
        attrs[qgis_layer.F_LEVEL] = level
        problems = []
        for rule in (
            core_claims.check_level,
            core_claims.check_depth_values,
            core_claims.check_depth_not_negative,
            core_claims.check_depth_plausible,
            core_claims.check_depth_order,
            core_claims.check_depth_range_not_empty,
        ):
            problems.extend(rule(attrs))
        if problems:
            raise QgsProcessingException(
                self.tr("Level and depths (LEVEL, DEPTH_TOP, " "DEPTH_BOTTOM): {}").format(
                    " ".join(p.text(translate) for p in problems)
                )
            )
        return level, fallbacks


def _plain(value):
    """A plain Python value of an attribute (None for NULL)."""
    if value is None:
        return None
    try:
        if hasattr(value, "isNull") and value.isNull():
            return None
    except TypeError:
        pass
    return value
