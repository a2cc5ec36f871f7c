"""The spatial-claims register: storage behind a small interface.

:class:`ClaimStore` is the interface the dialog, the dock and the ``addclaims`` algorithm
use; :class:`GeoPackageClaimStore` keeps the register in a GeoPackage written with the
standard library's ``sqlite3`` (no QGIS needed, so it is unit-tested directly). A PostGIS
store can be added later by implementing the same methods.

Guarantees of the GeoPackage store:

- every write (add, update, delete, restore) is one transaction (``BEGIN IMMEDIATE`` ...
  ``COMMIT``): on any failure it is rolled back and the register is unchanged;
- SQLite triggers write ``ruimteclaims_historie`` (claim_id, action, time, user, old and
  new values as JSON, geometry as hex GeoPackage blob) for every insert, update and
  delete, also for edits made outside the plugin (QGIS attribute table, plain SQL); the
  user of such edits is recorded as ``extern``;
- a deleted claim is restored from the old values of its last ``delete`` history row;
- locked, read-only, full or unreadable files raise a :class:`RegisterError` subclass with
  a message a planner understands.

Geometries are shapely geometries in EPSG:28992; attributes are dicts keyed by the field
names of :mod:`layers.ruimteclaims`.
"""

import abc
import datetime
import getpass
import json
import os
import sqlite3
import struct
import uuid
from pathlib import Path

from ..core import claims as core_claims
from ..translation import QT_TRANSLATE_NOOP
from . import ruimteclaims as L

TR_CONTEXT = "register"

#: Seconds a write waits for a lock held by another program before it gives up.
DEFAULT_TIMEOUT_S = 5.0

#: User recorded by the triggers for edits made outside the plugin.
EXTERNAL_USER = "extern"

RD_NEW_WKT = (
    'PROJCS["Amersfoort / RD New",GEOGCS["Amersfoort",DATUM["Amersfoort",SPHEROID["Bessel 1841",'
    '6377397.155,299.1528128,AUTHORITY["EPSG","7004"]],AUTHORITY["EPSG","6289"]],PRIMEM["Greenwich",0,'
    'AUTHORITY["EPSG","8901"]],UNIT["degree",0.0174532925199433,AUTHORITY["EPSG","9122"]],'
    'AUTHORITY["EPSG","4289"]],PROJECTION["Oblique_Stereographic"],PARAMETER["latitude_of_origin",'
    '52.1561605555556],PARAMETER["central_meridian",5.38763888888889],PARAMETER["scale_factor",0.9999079],'
    'PARAMETER["false_easting",155000],PARAMETER["false_northing",463000],UNIT["metre",1,'
    'AUTHORITY["EPSG","9001"]],AXIS["Easting",EAST],AXIS["Northing",NORTH],AUTHORITY["EPSG","28992"]]'
)
WGS84_WKT = (
    'GEOGCS["WGS 84",DATUM["WGS_1984",SPHEROID["WGS 84",6378137,298.257223563,AUTHORITY["EPSG","7030"]],'
    'AUTHORITY["EPSG","6326"]],PRIMEM["Greenwich",0,AUTHORITY["EPSG","8901"]],UNIT["degree",'
    '0.0174532925199433,AUTHORITY["EPSG","9122"]],AXIS["Latitude",NORTH],AXIS["Longitude",EAST],'
    'AUTHORITY["EPSG","4326"]]'
)


# -- errors -------------------------------------------------------------------------

#: Fields the text filter of list_claims searches.
SEARCHED_FIELDS = (L.F_NAME, L.F_OMGEVINGSPLAN_REF, L.F_INITIATOR, L.F_MOTIVATION,
                   L.F_SOURCE_REF)


def claim_filter(claim_type=None, status=None, text=None, placeholder="?", quote=str):
    """(WHERE conditions, arguments) of the register's list filter, for any SQL dialect.

    ``placeholder`` is the driver's parameter mark (sqlite3 '?', psycopg2 '%s'); ``quote``
    quotes a column name.
    """
    where, args = [], []
    if claim_type:
        where.append("{} = {}".format(quote(L.F_CLAIM_TYPE), placeholder))
        args.append(claim_type)
    if status:
        where.append("{} = {}".format(quote(L.F_STATUS), placeholder))
        args.append(status)
    if text:
        like = "%{}%".format(text.strip().lower())
        where.append("(" + " OR ".join(
            "lower(coalesce({}, '')) LIKE {}".format(quote(f), placeholder)
            for f in SEARCHED_FIELDS) + ")")
        args.extend([like] * len(SEARCHED_FIELDS))
    return where, args

class RegisterError(Exception):
    """A write or read of the register failed; nothing was changed.

    ``message`` is an English template (translation context ``register``) formatted
    with ``params``; :meth:`text` gives the (translated) message.
    """

    message = QT_TRANSLATE_NOOP("register", "The register {path} could not be used: {error}.")

    def __init__(self, path, error="", **params):
        self.path = str(path)
        self.error = str(error)
        self.params = dict(params, path=self.path, error=self.error)
        super().__init__(self.text())

    def text(self, translate=None):
        template = translate(TR_CONTEXT, self.message) if translate else self.message
        return template.format(**self.params)


class RegisterLockedError(RegisterError):
    message = QT_TRANSLATE_NOOP(
                "register", "The register {path} is locked by another program or user (for example a layer in edit mode). Nothing was saved. Save or close the edits elsewhere and try again."  # noqa: E501
            )


class RegisterReadOnlyError(RegisterError):
    message = QT_TRANSLATE_NOOP(
                "register", "The register {path} is read-only (file or folder without write permission). Nothing was saved. Choose a register you may write to."  # noqa: E501
            )


class RegisterDiskFullError(RegisterError):
    message = QT_TRANSLATE_NOOP(
        "register", "The disk of the register {path} is full. Nothing was saved. Free space and try again."
    )


class RegisterOpenError(RegisterError):
    message = QT_TRANSLATE_NOOP(
                "register", "The register {path} cannot be opened or is not a claims register ({error}). Nothing was saved. Check the path or create a new register."  # noqa: E501
            )


class RegisterValidationError(RegisterError):
    message = QT_TRANSLATE_NOOP(
        "register", "The claim is not valid and was not saved: {problems}"
    )

    def __init__(self, path, problems, index=None):
        self.problems = list(problems)
        self.index = index
        super().__init__(path, "", problems="; ".join(p.text() for p in self.problems))

    def text(self, translate=None):
        template = translate(TR_CONTEXT, self.message) if translate else self.message
        details = "; ".join(p.text(translate) for p in getattr(self, "problems", []))
        return template.format(problems=details)


class RegisterNotFoundError(RegisterError):
    message = QT_TRANSLATE_NOOP(
                "register", "There is no claims register at {path}. Nothing was saved and no register was created. Check the path for a typing error, or create the register explicitly (the Create button, or the algorithm 'Create or upgrade the claims register')."  # noqa: E501
            )


class RegisterSafeguardError(RegisterError):
    message = QT_TRANSLATE_NOOP(
                "register", "The register {path} lacks its history safeguards (missing or changed triggers: {triggers}), so its history may be incomplete. Nothing was saved. Keep a copy of the file and have it checked; a new register is made with 'Create or upgrade the claims register'."  # noqa: E501
            )


class ClaimNotFoundError(RegisterError):
    message = QT_TRANSLATE_NOOP("register", "The claim {claim_id} is not in the register {path}.")


def default_user():
    """The name of the logged-in user."""
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no user database in some containers
        return os.environ.get("USER") or os.environ.get("USERNAME") or "onbekend"


def now_iso():
    """UTC time as ISO text with milliseconds (the GeoPackage DATETIME format)."""
    return datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"


# -- the interface ------------------------------------------------------------------
class ClaimStore(abc.ABC):
    """What the plugin needs from a claims register, whatever stores it."""

    @abc.abstractmethod
    def location(self):
        """Human-readable location (path or connection) of the register."""

    @abc.abstractmethod
    def exists(self):
        """True when the register exists with the claims schema."""

    @abc.abstractmethod
    def create(self):
        """Create the register (schema, history, triggers); no-op when it exists."""

    def require(self):
        """Check that the register exists (never creates it): RegisterNotFoundError naming
        the location otherwise. A mistyped path must not become a new, empty register."""
        if not self.exists():
            where = getattr(self, "display_location", self.location)()
            raise RegisterNotFoundError(where)
        self.create()  # an existing register: checks its version, changes nothing

    @abc.abstractmethod
    def qgis_source(self):
        """(uri, provider key) of the claims layer for QgsVectorLayer."""

    @abc.abstractmethod
    def list_claims(self, claim_type=None, status=None, text=None):
        """Claims (attribute dicts with 'fid', without geometry) matching the filters;
        ``text`` searches name, omgevingsplan_ref, initiator and motivation."""

    @abc.abstractmethod
    def get(self, claim_id):
        """Attribute dict of a claim with its shapely geometry under 'geometry', or None."""

    @abc.abstractmethod
    def add(self, claims, user=None):
        """Add [(attrs, geometry)] in one transaction; return their claim_ids. Raises
        RegisterValidationError (nothing written) when one is invalid."""

    @abc.abstractmethod
    def update(self, claim_id, attrs, geometry=None, user=None, expected_modified_at=None):
        """Change the attributes (and the geometry when given) of a claim.
        ``expected_modified_at``: the claim's modified_at when the edit started; when the
        claim changed since, RegisterConflictError (layers/register_postgis.py), nothing saved."""

    @abc.abstractmethod
    def delete(self, claim_id, user=None):
        """Delete a claim (recorded in the history)."""

    @abc.abstractmethod
    def history(self, claim_id=None):
        """History rows (dicts, old/new values parsed), newest first."""

    @abc.abstractmethod
    def deleted_claims(self):
        """Deleted claims that can be restored: dicts claim_id, name, time, user."""

    @abc.abstractmethod
    def restore(self, claim_id, user=None):
        """Restore a deleted claim from its history; returns its claim_id."""


# -- GeoPackage geometry blobs ------------------------------------------------------
_ENVELOPE_SIZES = {0: 0, 1: 32, 2: 48, 3: 48, 4: 64}


def geometry_to_gpkg(geometry, srs_id=L.SRS_ID):
    """GeoPackage binary (header with xy envelope + little-endian WKB) of a shapely geometry."""
    from shapely import wkb

    if geometry is None:
        return None
    if geometry.is_empty:
        flags = 0b00010001  # empty, no envelope, little endian
        return b"GP" + struct.pack("<BBi", 0, flags, srs_id) + wkb.dumps(geometry, hex=False)
    minx, miny, maxx, maxy = geometry.bounds
    flags = 0b00000011  # envelope [minx, maxx, miny, maxy], little endian
    header = b"GP" + struct.pack("<BBi4d", 0, flags, srs_id, minx, maxx, miny, maxy)
    return header + wkb.dumps(geometry, hex=False)


def geometry_from_gpkg(blob):
    """A shapely geometry from a GeoPackage binary blob (None for NULL)."""
    from shapely import wkb

    if blob is None:
        return None
    blob = bytes(blob)
    if blob[:2] != b"GP":
        raise ValueError("not a GeoPackage geometry blob")
    flags = blob[3]
    envelope = _ENVELOPE_SIZES.get((flags >> 1) & 0b111)
    if envelope is None:
        raise ValueError("bad envelope indicator in a GeoPackage geometry blob")
    return wkb.loads(blob[8 + envelope:])


# -- the GeoPackage store -----------------------------------------------------------
def _sql_list(values):
    return ", ".join("'{}'".format(v) for v in values)


def _json_object(prefix):
    """SQL json_object(...) of every column of a claim row (OLD or NEW)."""
    parts = ["'{0}', {1}.{0}".format(L.FID, prefix)]
    parts += ["'{0}', {1}.{0}".format(name, prefix) for name in L.FIELD_NAMES]
    parts.append("'{0}', hex({1}.{0})".format(L.GEOMETRY_COLUMN, prefix))
    return "json_object({})".format(", ".join(parts))


#: Row of gpkg_spatial_ref_sys, with its columns named (a GeoPackage made by GDAL may have
#: more columns) and kept when the SRS is there already.
SRS_INSERT = ("INSERT OR IGNORE INTO gpkg_spatial_ref_sys (srs_name, srs_id, organization, "
              "organization_coordsys_id, definition, description) VALUES ")

#: Tables of the register itself (an overwrite removes these and nothing else).
REGISTER_TABLES = (L.LAYER_NAME, L.HISTORY_TABLE, L.SESSION_TABLE)

#: The triggers that keep the history; a write is refused when one is missing or changed.
TRIGGER_NAMES = tuple("{}_{}".format(L.LAYER_NAME, n) for n in ("hist_insert", "hist_update",
                                                              "hist_delete")) + tuple(
    "{}_{}".format(L.HISTORY_TABLE, n) for n in ("no_update", "no_delete"))


def schema_sql():
    """SQL statements that create the GeoPackage register (after the PRAGMAs): the core
    GeoPackage tables, then :func:`register_sql`."""
    statements = _schema_parts()
    return statements["core"] + statements["register"]


def register_sql():
    """SQL statements that create the register's own tables and triggers in a GeoPackage
    whose core tables exist."""
    return _schema_parts()["register"]


def trigger_sql():
    """{trigger name: CREATE TRIGGER statement} of the current schema."""
    return _schema_parts()["triggers"]


def legacy_update_trigger_sql():
    """The update trigger of registers made before modified_at was kept by a trigger (they
    are upgraded on their next write)."""
    return _schema_parts()["legacy_update"]


def _schema_parts():
    cols = []
    for f in L.FIELDS:
        col = "{} {}".format(f.name, f.sql_type)
        if f.required:
            col += " NOT NULL"
        if f.name == L.F_CLAIM_ID:
            col += " UNIQUE"
        cols.append(col)
    checks = [
        "CHECK ({} IN ({}))".format(L.F_CLAIM_TYPE, _sql_list(L.CLAIM_TYPES)),
        "CHECK ({} IN ({}))".format(L.F_STATUS, _sql_list(L.STATUSES)),
        "CHECK ({0} IS NULL OR {0} IN ({1}))".format(L.F_LEVEL, _sql_list(L.LEVELS)),
        "CHECK ({c} IS NULL OR ({c} IN (1, 2, 3) AND {t} IN ({g})))".format(
            c=L.F_CATEGORY, t=L.F_CLAIM_TYPE, g=_sql_list(L.GEOTHERMAL_TYPES)
        ),
        "CHECK ({t} IS NULL OR {b} IS NULL OR {t} <= {b})".format(t=L.F_DEPTH_TOP, b=L.F_DEPTH_BOTTOM),
        "CHECK ({f} IS NULL OR {t} IS NULL OR {f} <= {t})".format(f=L.F_VALID_FROM, t=L.F_VALID_TO),
    ]
    table = L.LAYER_NAME
    hist = L.HISTORY_TABLE
    session = L.SESSION_TABLE
    user = "COALESCE((SELECT value FROM {} WHERE key = 'user'), '{}')".format(session, EXTERNAL_USER)
    time = "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"
    insert_action = "COALESCE((SELECT value FROM {} WHERE key = 'insert_action'), 'insert')".format(
        session
    )
    history_insert = (
        "INSERT INTO {h} ({cid}, {act}, {tm}, {us}, {old}, {new}) VALUES ({{cid}}, {{act}}, {time}, "
        "{user}, {{old}}, {{new}});"
    ).format(
        h=hist, cid=L.H_CLAIM_ID, act=L.H_ACTION, tm=L.H_TIME, us=L.H_USER, old=L.H_OLD,
        new=L.H_NEW, time=time, user=user,
    )
    core = [
        """CREATE TABLE gpkg_spatial_ref_sys (srs_name TEXT NOT NULL, srs_id INTEGER NOT NULL
           PRIMARY KEY, organization TEXT NOT NULL, organization_coordsys_id INTEGER NOT NULL,
           definition TEXT NOT NULL, description TEXT)""",
        """CREATE TABLE gpkg_contents (table_name TEXT NOT NULL PRIMARY KEY, data_type TEXT NOT
           NULL, identifier TEXT UNIQUE, description TEXT DEFAULT '', last_change DATETIME NOT
           NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')), min_x DOUBLE, min_y DOUBLE,
           max_x DOUBLE, max_y DOUBLE, srs_id INTEGER, CONSTRAINT fk_gc_r_srs_id FOREIGN KEY
           (srs_id) REFERENCES gpkg_spatial_ref_sys(srs_id))""",
        """CREATE TABLE gpkg_geometry_columns (table_name TEXT NOT NULL, column_name TEXT NOT
           NULL, geometry_type_name TEXT NOT NULL, srs_id INTEGER NOT NULL, z TINYINT NOT NULL,
           m TINYINT NOT NULL, CONSTRAINT pk_geom_cols PRIMARY KEY (table_name, column_name),
           CONSTRAINT uk_gc_table_name UNIQUE (table_name), CONSTRAINT fk_gc_tn FOREIGN KEY
           (table_name) REFERENCES gpkg_contents(table_name), CONSTRAINT fk_gc_srs FOREIGN KEY
           (srs_id) REFERENCES gpkg_spatial_ref_sys (srs_id))""",
        SRS_INSERT + "('Undefined cartesian SRS', -1, 'NONE', -1, "
        "'undefined', 'undefined cartesian coordinate reference system')",
        SRS_INSERT + "('Undefined geographic SRS', 0, 'NONE', 0, "
        "'undefined', 'undefined geographic coordinate reference system')",
        SRS_INSERT + "('WGS 84 geodetic', 4326, 'EPSG', 4326, "
        "'{}', 'longitude/latitude coordinates in decimal degrees on the WGS 84 spheroid')".format(
            WGS84_WKT
        ),
        SRS_INSERT + "('Amersfoort / RD New', {0}, 'EPSG', {0}, '{1}', "
        "NULL)".format(L.SRS_ID, RD_NEW_WKT),
    ]
    register = [
        "CREATE TABLE {t} ({fid} INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, {g} {gt}, {cols}, "
        "{checks})".format(
            t=table, fid=L.FID, g=L.GEOMETRY_COLUMN, gt=L.GEOMETRY_TYPE, cols=", ".join(cols),
            checks=", ".join(checks),
        ),
        "INSERT INTO gpkg_contents (table_name, data_type, identifier, description, srs_id) VALUES "
        "('{t}', 'features', '{t}', 'Ruimteclaims (Bronnenstrategie)', {s})".format(t=table, s=L.SRS_ID),
        "INSERT INTO gpkg_geometry_columns VALUES ('{t}', '{g}', '{gt}', {s}, 0, 0)".format(
            t=table, g=L.GEOMETRY_COLUMN, gt=L.GEOMETRY_TYPE, s=L.SRS_ID
        ),
        "CREATE TABLE {h} ({fid} INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, {cid} TEXT NOT NULL, "
        "{act} TEXT NOT NULL, {tm} DATETIME NOT NULL, {us} TEXT, {old} TEXT, {new} TEXT)".format(
            h=hist, fid=L.H_ID, cid=L.H_CLAIM_ID, act=L.H_ACTION, tm=L.H_TIME, us=L.H_USER,
            old=L.H_OLD, new=L.H_NEW,
        ),
        "CREATE INDEX {h}_claim ON {h} ({cid})".format(h=hist, cid=L.H_CLAIM_ID),
        "INSERT INTO gpkg_contents (table_name, data_type, identifier, description) VALUES "
        "('{h}', 'attributes', '{h}', 'Historie van de ruimteclaims')".format(h=hist),
        "CREATE TABLE {} (key TEXT PRIMARY KEY, value TEXT)".format(session),
    ]
    now = "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"
    triggers = {
        "{}_hist_insert".format(table): "CREATE TRIGGER {t}_hist_insert AFTER INSERT ON {t} BEGIN {sql} END".format(
            t=table,
            sql=history_insert.format(cid="NEW." + L.F_CLAIM_ID, act=insert_action, old="NULL",
                                      new=_json_object("NEW")),
        ),
        # modified_at follows every change, also one made in QGIS's attribute table or by
        # another tool that leaves it alone, so that a concurrent edit is always noticed;
        # the history's new values are read back after that
        "{}_hist_update".format(table): (
            "CREATE TRIGGER {t}_hist_update AFTER UPDATE ON {t} BEGIN "
            "UPDATE {t} SET {m} = {now} WHERE {fid} = NEW.{fid} AND NEW.{m} IS OLD.{m}; {sql} END"
        ).format(
            t=table, m=L.F_MODIFIED_AT, now=now, fid=L.FID,
            sql=history_insert.format(
                cid="NEW." + L.F_CLAIM_ID, act="'update'", old=_json_object("OLD"),
                new="(SELECT {} FROM {} cur WHERE cur.{} = NEW.{})".format(
                    _json_object("cur"), table, L.FID, L.FID)),
        ),
        "{}_hist_delete".format(table): "CREATE TRIGGER {t}_hist_delete AFTER DELETE ON {t} BEGIN {sql} END".format(
            t=table,
            sql=history_insert.format(cid="OLD." + L.F_CLAIM_ID, act="'delete'",
                                      old=_json_object("OLD"), new="NULL"),
        ),
    }
    # the history is append-only: no tool may change or remove a row of it
    for action in ("UPDATE", "DELETE"):
        name = "{}_no_{}".format(hist, action.lower())
        triggers[name] = (
            "CREATE TRIGGER {n} BEFORE {a} ON {h} BEGIN SELECT RAISE(ABORT, "
            "'{h} is append-only: its rows cannot be changed or deleted'); END"
        ).format(n=name, a=action, h=hist)
    legacy_update = "CREATE TRIGGER {t}_hist_update AFTER UPDATE ON {t} BEGIN {sql} END".format(
        t=table,
        sql=history_insert.format(cid="NEW." + L.F_CLAIM_ID, act="'update'",
                                  old=_json_object("OLD"), new=_json_object("NEW")),
    )
    register.extend(triggers[n] for n in TRIGGER_NAMES)
    return {"core": core, "register": register, "triggers": triggers,
            "legacy_update": legacy_update}


def _normal(sql):
    return " ".join((sql or "").split())


def check_triggers(conn, path, upgrade=False):
    """Check that every history trigger exists as created; RegisterSafeguardError when one
    is missing or changed. With ``upgrade`` (inside a write transaction) a register of the
    previous version (its three history triggers exactly as that version made them, no
    append-only triggers) gets the current triggers."""
    found = {row[0]: _normal(row[1]) for row in conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN ({})".format(
            ", ".join("?" * len(TRIGGER_NAMES))), TRIGGER_NAMES)}
    wanted = {name: _normal(sql) for name, sql in trigger_sql().items()}
    bad = [name for name in TRIGGER_NAMES if found.get(name) != wanted[name]]
    if not bad:
        return False
    update = "{}_hist_update".format(L.LAYER_NAME)
    new = ["{}_no_update".format(L.HISTORY_TABLE), "{}_no_delete".format(L.HISTORY_TABLE)]
    legacy = (set(bad) == set(new + [update]) and not any(n in found for n in new)
              and found.get(update) == _normal(legacy_update_trigger_sql()))
    if not legacy:
        raise RegisterSafeguardError(path, triggers=", ".join(bad))
    if upgrade:
        conn.execute("DROP TRIGGER {}".format(update))
        for name in [update] + new:
            conn.execute(trigger_sql()[name])
    return True


def sqlite_uri(path, mode):
    """The SQLite URI of a file path: every character that means something in a URI
    ('#', '?', '%', spaces, non-ASCII) percent-encoded, so the right file is opened."""
    return "{}?mode={}".format(Path(os.path.abspath(path)).as_uri(), mode)


def _error_for(path, exc):
    """The RegisterError for a sqlite3 / OS exception."""
    name = getattr(exc, "sqlite_errorname", "") or ""
    text = str(exc).lower()
    if isinstance(exc, OSError):
        import errno

        if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            return RegisterReadOnlyError(path, exc)
        if exc.errno == errno.ENOSPC:
            return RegisterDiskFullError(path, exc)
        return RegisterOpenError(path, exc)
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")) or "locked" in text or "busy" in text:
        return RegisterLockedError(path, exc)
    if name.startswith("SQLITE_READONLY") or "readonly" in text or "read-only" in text:
        return RegisterReadOnlyError(path, exc)
    if name.startswith("SQLITE_FULL") or "disk is full" in text or "disk or database is full" in text:
        return RegisterDiskFullError(path, exc)
    if name.startswith("SQLITE_CANTOPEN") or "unable to open" in text:
        return RegisterReadOnlyError(path, exc) if os.path.exists(path) else RegisterOpenError(path, exc)
    return RegisterOpenError(path, exc)


class GeoPackageClaimStore(ClaimStore):
    """The register in a GeoPackage file (layer ``ruimteclaims`` in EPSG:28992)."""

    def __init__(self, path, timeout=DEFAULT_TIMEOUT_S, user=None):
        self.path = str(path)
        self.timeout = timeout
        self.user = user or default_user()

    # -- connections ------------------------------------------------------------
    def _connect(self, write=True):
        """A connection in autocommit mode (transactions are explicit)."""
        uri = sqlite_uri(self.path, "rw" if write else "ro")
        conn = sqlite3.connect(uri, uri=True, timeout=self.timeout, isolation_level=None)
        conn.row_factory = sqlite3.Row
        return conn

    def _write(self, work, user=None, insert_action=None):
        """Run ``work(conn)`` in one IMMEDIATE transaction with the session user set;
        roll back on any error (mapped to a RegisterError)."""
        if not os.path.exists(self.path):
            raise RegisterOpenError(self.path, "file not found")
        try:
            conn = self._connect(write=True)
        except (sqlite3.Error, OSError) as exc:
            raise _error_for(self.path, exc) from exc
        try:
            try:
                conn.execute("BEGIN IMMEDIATE")
                check_triggers(conn, self.path, upgrade=True)
                session = L.SESSION_TABLE
                conn.execute("DELETE FROM {}".format(session))
                conn.execute(
                    "INSERT INTO {} (key, value) VALUES ('user', ?)".format(session), (user or self.user,)
                )
                if insert_action:
                    conn.execute(
                        "INSERT INTO {} (key, value) VALUES ('insert_action', ?)".format(session),
                        (insert_action,),
                    )
                result = work(conn)
                conn.execute("DELETE FROM {}".format(session))
                conn.execute(
                    "UPDATE gpkg_contents SET last_change = ? WHERE table_name IN (?, ?)",
                    (now_iso(), L.LAYER_NAME, L.HISTORY_TABLE),
                )
                conn.execute("COMMIT")
                return result
            except BaseException as exc:
                if conn.in_transaction:
                    try:
                        conn.execute("ROLLBACK")
                    except sqlite3.Error:
                        pass
                if isinstance(exc, RegisterError):
                    raise
                if isinstance(exc, sqlite3.IntegrityError):
                    raise RegisterValidationError(
                        self.path,
                        [core_claims.Problem("", "constraint", "{error}", {"error": str(exc)})],
                    ) from exc
                if isinstance(exc, (sqlite3.Error, OSError)):
                    raise _error_for(self.path, exc) from exc
                raise
        finally:
            conn.close()

    def _read(self, work):
        if not os.path.exists(self.path):
            raise RegisterOpenError(self.path, "file not found")
        try:
            # read-write when allowed, so that a hot journal left by an interrupted write
            # is rolled back (a read-only connection cannot do that)
            try:
                conn = self._connect(write=os.access(self.path, os.W_OK))
            except sqlite3.OperationalError:
                conn = self._connect(write=False)
            try:
                return work(conn)
            finally:
                conn.close()
        except sqlite3.Error as exc:
            raise _error_for(self.path, exc) from exc

    # -- interface ----------------------------------------------------------------
    def location(self):
        return self.path

    def exists(self):
        if not os.path.isfile(self.path):
            return False
        try:
            return self._read(
                lambda c: c.execute(
                    "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN (?, ?)",
                    (L.LAYER_NAME, L.HISTORY_TABLE),
                ).fetchone()[0]
                == 2
            )
        except RegisterError:
            return False

    def require(self):
        """RegisterNotFoundError when there is no file, RegisterOpenError when the file
        holds no claims register, RegisterSafeguardError when its history triggers are
        missing or changed; never creates anything."""
        if not os.path.exists(self.path):
            raise RegisterNotFoundError(self.path)
        if not self.exists():
            raise RegisterOpenError(self.path, "the file exists but holds no claims register")
        self._read(lambda conn: check_triggers(conn, self.path))

    def _holds_nothing(self):
        """True for an empty file or an SQLite file without a single table (what an
        interrupted create of an older version left behind)."""
        if os.path.getsize(self.path) == 0:
            return True
        try:
            with open(self.path, "rb") as fh:
                if fh.read(16) != b"SQLite format 3\x00":
                    return False
            return self._read(lambda c: c.execute(
                "SELECT count(*) FROM sqlite_master").fetchone()[0] == 0)
        except (OSError, RegisterError):
            return False

    def _is_geopackage(self):
        try:
            return self._read(lambda c: c.execute(
                "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN "
                "('gpkg_contents', 'gpkg_geometry_columns', 'gpkg_spatial_ref_sys')"
            ).fetchone()[0] == 3)
        except RegisterError:
            return False

    def create(self, overwrite=False):
        """Create the GeoPackage with the schema, or check an existing one; returns
        'created', 'exists' or (``overwrite``) 'overwritten'.

        A new file is built under a temporary name in the same folder and renamed into
        place when complete, so an interrupted create leaves nothing that blocks the next
        try. ``overwrite`` replaces the register's own tables (claims, history, session)
        of an existing GeoPackage in one transaction: its other layers stay, and on a
        failure the previous register is kept as it was."""
        if os.path.exists(self.path) and not self._holds_nothing():
            if overwrite:
                if not self._is_geopackage():
                    raise RegisterOpenError(self.path, "the file is not a GeoPackage")
                self._replace_tables()
                return "overwritten"
            if not self.exists():
                raise RegisterOpenError(self.path, "the file exists but holds no claims register")
            return "exists"
        folder = os.path.dirname(os.path.abspath(self.path))
        temp = os.path.join(folder, ".{}.{}.creating".format(os.path.basename(self.path),
                                                            uuid.uuid4().hex[:8]))
        try:
            os.makedirs(folder, exist_ok=True)
            conn = sqlite3.connect(temp, timeout=self.timeout, isolation_level=None)
        except (sqlite3.Error, OSError) as exc:
            raise _error_for(self.path, exc) from exc
        try:
            try:
                try:
                    conn.execute("PRAGMA application_id = 1196444487")  # 'GPKG'
                    conn.execute("PRAGMA user_version = 10300")  # GeoPackage 1.3
                    conn.execute("BEGIN IMMEDIATE")
                    for statement in schema_sql():
                        conn.execute(statement)
                    conn.execute("COMMIT")
                except sqlite3.Error as exc:
                    if conn.in_transaction:
                        conn.execute("ROLLBACK")
                    raise _error_for(self.path, exc) from exc
            finally:
                conn.close()
            if os.path.exists(self.path) and not self._holds_nothing():
                raise RegisterOpenError(self.path, "another program created the file meanwhile")
            try:
                os.replace(temp, self.path)
            except OSError as exc:
                raise _error_for(self.path, exc) from exc
        finally:
            for leftover in (temp, temp + "-journal"):
                if os.path.exists(leftover):
                    try:
                        os.remove(leftover)
                    except OSError:
                        pass
        return "created"

    def _replace_tables(self):
        """Drop the register's own tables and make them anew, in one transaction."""
        def work(conn):
            names = REGISTER_TABLES
            marks = ", ".join("?" * len(names))
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            rtree = "rtree_{}_{}".format(L.LAYER_NAME, L.GEOMETRY_COLUMN)
            if rtree in tables:
                conn.execute('DROP TABLE "{}"'.format(rtree))
            for name in names:
                conn.execute('DROP TABLE IF EXISTS "{}"'.format(name))
            for meta in ("gpkg_geometry_columns", "gpkg_extensions", "gpkg_ogr_contents",
                         "gpkg_data_columns", "gpkg_metadata_reference", "gpkg_contents"):
                if meta in tables:
                    conn.execute("DELETE FROM {} WHERE table_name IN ({})".format(meta, marks), names)
            for statement in register_sql():
                conn.execute(statement)

        try:
            conn = self._connect(write=True)
        except (sqlite3.Error, OSError) as exc:
            raise _error_for(self.path, exc) from exc
        try:
            try:
                conn.execute("BEGIN IMMEDIATE")
                work(conn)
                conn.execute("COMMIT")
            except BaseException as exc:
                if conn.in_transaction:
                    try:
                        conn.execute("ROLLBACK")
                    except sqlite3.Error:
                        pass
                if isinstance(exc, sqlite3.Error):
                    raise _error_for(self.path, exc) from exc
                raise
        finally:
            conn.close()

    def qgis_source(self):
        return "{}|layername={}".format(self.path, L.LAYER_NAME), "ogr"

    def list_claims(self, claim_type=None, status=None, text=None):
        where, args = claim_filter(claim_type, status, text)
        sql = "SELECT {}, {} FROM {}".format(L.FID, ", ".join(L.FIELD_NAMES), L.LAYER_NAME)
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY {}".format(L.FID)
        return self._read(lambda c: [dict(row) for row in c.execute(sql, args)])

    def get(self, claim_id):
        sql = "SELECT {}, {}, {} FROM {} WHERE {} = ?".format(
            L.FID, ", ".join(L.FIELD_NAMES), L.GEOMETRY_COLUMN, L.LAYER_NAME, L.F_CLAIM_ID
        )
        row = self._read(lambda c: c.execute(sql, (claim_id,)).fetchone())
        if row is None:
            return None
        out = dict(row)
        out["geometry"] = geometry_from_gpkg(out.pop(L.GEOMETRY_COLUMN))
        return out

    def _prepare(self, attrs, geometry, index=None, keep=None):
        """Normalised attributes + GeoPackage blob, or RegisterValidationError."""
        values = core_claims.normalise(attrs)
        if keep:
            for name in (L.F_CLAIM_ID, L.F_CREATED_BY, L.F_CREATED_AT):
                values[name] = keep.get(name)
        problems = core_claims.validate(values, geometry)
        if problems:
            raise RegisterValidationError(self.path, problems, index=index)
        return values, geometry_to_gpkg(core_claims.ensure_multipolygon(geometry))

    def add(self, claims, user=None):
        user = user or self.user
        rows = []
        for index, (attrs, geometry) in enumerate(claims):
            values, blob = self._prepare(attrs, geometry, index=index)
            stamp = now_iso()
            values[L.F_CLAIM_ID] = values.get(L.F_CLAIM_ID) or str(uuid.uuid4())
            values[L.F_CREATED_BY] = values.get(L.F_CREATED_BY) or user
            values[L.F_CREATED_AT] = values.get(L.F_CREATED_AT) or stamp
            values[L.F_MODIFIED_AT] = stamp
            rows.append((values, blob))
        columns = list(L.FIELD_NAMES) + [L.GEOMETRY_COLUMN]
        sql = "INSERT INTO {} ({}) VALUES ({})".format(
            L.LAYER_NAME, ", ".join(columns), ", ".join("?" * len(columns))
        )

        def work(conn):
            for values, blob in rows:
                conn.execute(sql, [values[n] for n in L.FIELD_NAMES] + [blob])
            return [values[L.F_CLAIM_ID] for values, _ in rows]

        return self._write(work, user=user)

    def update(self, claim_id, attrs, geometry=None, user=None, expected_modified_at=None):
        current = self.get(claim_id)
        if current is None:
            raise ClaimNotFoundError(self.path, claim_id=claim_id)
        merged = {n: current.get(n) for n in L.FIELD_NAMES}
        merged.update({k: v for k, v in attrs.items() if k in L.FIELD_NAMES})
        geom = geometry if geometry is not None else current["geometry"]
        values, blob = self._prepare(merged, geom, keep=current)
        values[L.F_MODIFIED_AT] = now_iso()
        names = [n for n in L.FIELD_NAMES if n != L.F_CLAIM_ID]
        sql = "UPDATE {} SET {}, {} = ? WHERE {} = ?".format(
            L.LAYER_NAME, ", ".join("{} = ?".format(n) for n in names), L.GEOMETRY_COLUMN, L.F_CLAIM_ID
        )

        def work(conn):
            if expected_modified_at:  # optimistic locking, as the PostGIS store
                from .register_postgis import check_geopackage_version

                check_geopackage_version(conn, self.path, claim_id, expected_modified_at)
            cur = conn.execute(sql, [values[n] for n in names] + [blob, claim_id])
            if cur.rowcount != 1:
                raise ClaimNotFoundError(self.path, claim_id=claim_id)
            return claim_id

        return self._write(work, user=user)

    def delete(self, claim_id, user=None):
        sql = "DELETE FROM {} WHERE {} = ?".format(L.LAYER_NAME, L.F_CLAIM_ID)

        def work(conn):
            if conn.execute(sql, (claim_id,)).rowcount != 1:
                raise ClaimNotFoundError(self.path, claim_id=claim_id)

        self._write(work, user=user)

    def history(self, claim_id=None):
        sql = "SELECT * FROM {}".format(L.HISTORY_TABLE)
        args = []
        if claim_id:
            sql += " WHERE {} = ?".format(L.H_CLAIM_ID)
            args.append(claim_id)
        sql += " ORDER BY {} DESC".format(L.H_ID)
        rows = self._read(lambda c: [dict(r) for r in c.execute(sql, args)])
        for row in rows:
            for key in (L.H_OLD, L.H_NEW):
                row[key] = json.loads(row[key]) if row[key] else None
        return rows

    def deleted_claims(self):
        sql = (
            "SELECT h.{cid} AS claim_id, json_extract(h.{old}, '$.{name}') AS name, h.{tm} AS time, "
            "h.{us} AS user FROM {h} h WHERE h.{act} = 'delete' AND h.{id} = (SELECT max({id}) FROM "
            "{h} h2 WHERE h2.{cid} = h.{cid} AND h2.{act} = 'delete') AND h.{cid} NOT IN (SELECT "
            "{cid} FROM {t}) ORDER BY h.{id} DESC"
        ).format(
            h=L.HISTORY_TABLE, t=L.LAYER_NAME, cid=L.H_CLAIM_ID, old=L.H_OLD, name=L.F_NAME,
            tm=L.H_TIME, us=L.H_USER, act=L.H_ACTION, id=L.H_ID,
        )
        return self._read(lambda c: [dict(r) for r in c.execute(sql)])

    def restore(self, claim_id, user=None):
        columns = list(L.FIELD_NAMES) + [L.GEOMETRY_COLUMN]

        def work(conn):
            exists = conn.execute(
                "SELECT 1 FROM {} WHERE {} = ?".format(L.LAYER_NAME, L.F_CLAIM_ID), (claim_id,)
            ).fetchone()
            if exists:
                return claim_id
            row = conn.execute(
                "SELECT {old} FROM {h} WHERE {cid} = ? AND {act} = 'delete' ORDER BY {id} DESC "
                "LIMIT 1".format(
                    old=L.H_OLD, h=L.HISTORY_TABLE, cid=L.H_CLAIM_ID, act=L.H_ACTION, id=L.H_ID
                ),
                (claim_id,),
            ).fetchone()
            if row is None:
                raise ClaimNotFoundError(self.path, claim_id=claim_id)
            old = json.loads(row[0])
            geom_hex = old.get(L.GEOMETRY_COLUMN)
            values = [old.get(n) for n in L.FIELD_NAMES]
            values.append(bytes.fromhex(geom_hex) if geom_hex else None)
            fid = old.get(L.FID)
            taken = conn.execute(
                "SELECT 1 FROM {} WHERE {} = ?".format(L.LAYER_NAME, L.FID), (fid,)
            ).fetchone()
            if fid is not None and not taken:
                conn.execute(
                    "INSERT INTO {} ({}, {}) VALUES (?, {})".format(
                        L.LAYER_NAME, L.FID, ", ".join(columns), ", ".join("?" * len(columns))
                    ),
                    [fid] + values,
                )
            else:
                conn.execute(
                    "INSERT INTO {} ({}) VALUES ({})".format(
                        L.LAYER_NAME, ", ".join(columns), ", ".join("?" * len(columns))
                    ),
                    values,
                )
            return claim_id

        return self._write(work, user=user, insert_action="restore")


def open_store(location, **kwargs):
    """The ClaimStore for a location: a GeoPackage path, or a PostGIS register ('pg:<QGIS
    connection>', a libpq keyword string such as 'service=team schema=ruimteclaims', or a
    postgresql:// URL; see layers/register_postgis.py)."""
    from . import register_postgis

    if register_postgis.is_postgis_location(location):
        return register_postgis.PostgisClaimStore(location, **kwargs)
    return GeoPackageClaimStore(location, **kwargs)
