"""bronnenstrategie:createregister - create or upgrade the claims register (GeoPackage
or PostGIS)."""

import os

from qgis.core import (
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterProviderConnection,
    QgsProcessingParameterString,
)

from ... import register as reg
from ...register import postgis as pg
from ...translation import translate
from ..base import BronnenstrategieAlgorithm

#: Version reported for a GeoPackage register: its schema has no version table yet and is
#: the first version [A].
GEOPACKAGE_VERSION = 1


class CreateRegister(BronnenstrategieAlgorithm):
    NAME = "createregister"
    GROUP_ID = "ruimteclaims"

    GEOPACKAGE = "GEOPACKAGE"
    CONNECTION = "CONNECTION"
    URI = "URI"
    SCHEMA = "SCHEMA"
    OVERWRITE = "OVERWRITE"
    EDITORS = "EDITORS"
    REGISTER = "REGISTER"
    VERSION = "VERSION"
    ACTION = "ACTION"

    def displayName(self):  # noqa: N802
        return self.tr("Create or upgrade the claims register")

    def shortDescription(self):  # noqa: N802
        return self.tr(
            "Creates the spatial-claims register in a GeoPackage or a PostGIS database, "
            "or upgrades an older PostGIS register."
        )

    def help_text(self):
        return self.tr(
            "<p>Creates the register of spatial claims (ruimteclaims): the layer 'ruimteclaims' "
            "(MultiPolygon, EPSG:28992), its history table 'ruimteclaims_historie' kept by "
            "triggers, and the rules a database can check (claim type, status and level from "
            "their value lists, category 1/2/3 only for geothermal claims, top depth not below "
            "bottom depth, valid from not after valid to).</p>"
            "<p><b>GeoPackage</b> (one user): give the file. <b>PostGIS</b> (a team): choose a "
            "QGIS PostgreSQL connection, or give a service or connection string (service=team, "
            "host=... dbname=... user=..., or postgresql://user@host/db); the register goes into "
            "the schema (default ruimteclaims), with a GiST index, a schema version table, "
            "PL/pgSQL history triggers that record the database user of every change (also "
            "edits made in QGIS or psql), and server time stamps used to refuse a second, "
            "concurrent save of the same claim. PostGIS must be installed in the database (or "
            "the user may install it).</p>"
            "<p>An existing register is never overwritten unless 'Overwrite' is ticked: then "
            "all its claims and history are removed. In a GeoPackage only the register's own "
            "tables are replaced, in one transaction: the other layers of the file stay, and "
            "when the replacement fails the previous register is kept as it was. An older "
            "PostGIS register is upgraded to the current schema version in one transaction, "
            "keeping its claims and history.</p>"
            "<p>Use the register with the dialog, the dock and 'Add spatial claims to the "
            "register': as its location give the GeoPackage path, or pg:&lt;connection "
            "name&gt; or the connection string for PostGIS (add schema=&lt;name&gt; for "
            "another schema than ruimteclaims).</p>"
            "<p><b>Security (PostGIS)</b>: the schema name must be a plain identifier "
            "(letters, digits, underscores). A schema in which every database user (PUBLIC) may "
            "create objects, such as public on a database made before PostgreSQL 15, is "
            "refused. Install and upgrade as the role that should own the register (best a "
            "role of its own, not a superuser) and name the editors: they may read and edit "
            "claims, not change the history or the triggers. A connection string with a "
            "password is refused, because processing keeps its parameters: use a QGIS "
            "connection with an authentication configuration, a service or a .pgpass file.</p>"
        )

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add_param(
            QgsProcessingParameterFileDestination(
                self.GEOPACKAGE,
                self.tr("GeoPackage register"),
                "GeoPackage (*.gpkg)",
                optional=True,
                createByDefault=False,
            ),
            self.tr("File of a GeoPackage register (leave empty for PostGIS)."),
        )
        self.add_param(
            QgsProcessingParameterProviderConnection(
                self.CONNECTION, self.tr("PostgreSQL connection"), "postgres", optional=True
            ),
            self.tr(
                "QGIS PostgreSQL connection of the PostGIS database (or give a connection string)."
            ),
        )
        self.add_param(
            QgsProcessingParameterString(
                self.URI, self.tr("PostGIS service or connection string"), optional=True
            ),
            self.tr(
                "Instead of a connection: service=NAME, 'host=... port=... dbname=... user=...' "
                "or postgresql://user@host:port/dbname (no password: use a service, .pgpass or "
                "authcfg=ID)."
            ),
        )
        self.add_param(
            QgsProcessingParameterString(
                self.SCHEMA, self.tr("Schema"), defaultValue=pg.DEFAULT_SCHEMA
            ),
            self.tr(
                "PostGIS schema of the register (created if missing; default ruimteclaims; "
                "letters, digits and underscores)."
            ),
        )
        self.add_param(
            QgsProcessingParameterBoolean(
                self.OVERWRITE, self.tr("Overwrite an existing register"), defaultValue=False
            ),
            self.tr(
                "Remove an existing register with all its claims and history and create it anew "
                "(default: no, an existing register is refused or upgraded)."
            ),
        )
        self.add_param(
            QgsProcessingParameterString(self.EDITORS, self.tr("Editor roles"), optional=True),
            self.tr(
                "PostGIS only: comma-separated database roles that may read and edit the claims "
                "(they get no right to change the history)."
            ),
            advanced=True,
        )
        self.addOutput(QgsProcessingOutputString(self.REGISTER, self.tr("Register location")))
        self.addOutput(QgsProcessingOutputNumber(self.VERSION, self.tr("Schema version")))
        self.addOutput(QgsProcessingOutputString(self.ACTION, self.tr("What was done")))

    def checkParameterValues(self, parameters, context):  # noqa: N802
        """Refuse a password in the connection string before anything runs or is logged."""
        uri = self.parameterAsString(parameters, self.URI, context) or ""
        if uri.strip() and pg.has_password(uri):
            return False, translate("register", pg.MSG_PASSWORD_REFUSED)
        try:
            self._target(parameters, context)
        except QgsProcessingException as exc:
            return False, str(exc)
        return super().checkParameterValues(parameters, context)

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        gpkg, connection, uri, schema, editors = self._target(parameters, context)
        overwrite = self.parameterAsBoolean(parameters, self.OVERWRITE, context)
        feedback.setProgress(5)
        try:
            if gpkg:
                result = self._geopackage(gpkg, overwrite, feedback)
            else:
                location = pg.CONNECTION_PREFIX + connection if connection else uri
                result = self._postgis(location, schema, overwrite, editors, feedback)
        except reg.RegisterError as exc:
            raise QgsProcessingException(exc.text(translate)) from exc
        feedback.setProgress(100)
        return result

    def _target(self, parameters, context):
        """(GeoPackage path, connection name, connection string, schema, editor roles) of
        the parameters: exactly one register, and no PUBLIC among the editors."""
        gpkg = (self.parameterAsFileOutput(parameters, self.GEOPACKAGE, context) or "").strip()
        if self.GEOPACKAGE not in parameters or parameters.get(self.GEOPACKAGE) in (None, ""):
            gpkg = ""
        connection = self.parameterAsConnectionName(parameters, self.CONNECTION, context) or ""
        uri = (self.parameterAsString(parameters, self.URI, context) or "").strip()
        schema = (
            self.parameterAsString(parameters, self.SCHEMA, context) or ""
        ).strip() or pg.DEFAULT_SCHEMA
        editors = [
            r.strip()
            for r in (self.parameterAsString(parameters, self.EDITORS, context) or "").split(",")
            if r.strip()
        ]
        if any(role.lower() == "public" for role in editors):
            raise QgsProcessingException(
                self.tr(
                    "Name the editors' own roles: PUBLIC would let every database user change the "
                    "claims. Nothing was changed."
                )
            )
        given = [bool(gpkg), bool(connection), bool(uri)]
        if sum(given) != 1:
            raise QgsProcessingException(
                self.tr(
                    "Give exactly one register: a GeoPackage file, a PostgreSQL connection or a "
                    "PostGIS connection string."
                )
            )
        return gpkg, connection, uri, schema, editors

    def _action_label(self, action):
        return {
            "created": self.tr("created"),
            "overwritten": self.tr("overwritten"),
            "upgraded": self.tr("upgraded"),
        }.get(action, action)

    def _geopackage(self, path, overwrite, feedback):
        if not path.lower().endswith(".gpkg"):
            path += ".gpkg"
        store = reg.GeoPackageClaimStore(path)
        if (
            os.path.exists(path)
            and os.path.getsize(path) > 0
            and not overwrite
            and (store.exists() or not store._holds_nothing())
        ):
            what = (
                self.tr("a claims register")
                if store.exists()
                else self.tr("a file that is not a claims register")
            )
            raise QgsProcessingException(
                self.tr(
                    "{path} is already {what}; nothing was changed. Tick 'Overwrite' to replace "
                    "it (all its claims and history are lost)."
                ).format(path=path, what=what)
            )
        feedback.setProgress(20)
        # an overwrite replaces only the register's own tables, in one transaction: the
        # other layers of the GeoPackage stay, and a failure keeps the previous register
        action = store.create(overwrite=overwrite)
        if action == "exists":
            action = "created"
        feedback.setProgress(90)
        feedback.pushInfo(
            self.tr("GeoPackage register ({action}): {path}").format(
                action=self._action_label(action), path=path
            )
        )
        return {
            self.REGISTER: path,
            self.VERSION: GEOPACKAGE_VERSION,
            self.ACTION: action,
            self.GEOPACKAGE: path,
        }

    def _postgis(self, location, schema, overwrite, editors, feedback):
        store = pg.PostgisClaimStore(location, schema=schema)
        where = store.display_location()
        version = store.schema_version()
        if version is None or overwrite:
            action = "created" if version is None else "overwritten"
            new = store.install(overwrite=overwrite)
        elif version < pg.SCHEMA_VERSION:
            old, new = store.upgrade()
            action = "upgraded"
            feedback.pushInfo(
                self.tr(
                    "Upgraded the register {where} from schema version {old} to " "{new}."
                ).format(where=where, old=old, new=new)
            )
        elif version == pg.SCHEMA_VERSION:
            raise QgsProcessingException(
                self.tr(
                    "{where} already holds a claims register (schema version {version}, the "
                    "current one); nothing was changed. Tick 'Overwrite' to replace it (all its "
                    "claims and history are lost)."
                ).format(where=where, version=version)
            )
        else:
            raise QgsProcessingException(
                self.tr(
                    "{where} holds a claims register of schema version {version}, newer than this "
                    "plugin knows ({known}); nothing was changed. Update the plugin."
                ).format(where=where, version=version, known=pg.SCHEMA_VERSION)
            )
        feedback.setProgress(80)
        for name in store.public_create_schemas():
            feedback.pushWarning(
                self.tr(
                    "Every database user (PUBLIC) may create objects in the schema {schema}. The "
                    "register's functions do not search it, but other programs may: consider "
                    "REVOKE CREATE ON SCHEMA {schema} FROM PUBLIC."
                ).format(schema=name)
            )
        if editors:
            store.grant_editors(editors)
            feedback.pushInfo(self.tr("Editing rights granted to: {}").format(", ".join(editors)))
        feedback.pushInfo(
            self.tr("PostGIS register ({action}): {where}, schema version {version}.").format(
                action=self._action_label(action), where=where, version=new
            )
        )
        location = pg.with_schema(store.location(), schema)
        return {self.REGISTER: location, self.VERSION: new, self.ACTION: action}
