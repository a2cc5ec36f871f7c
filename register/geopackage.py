"""The spatial-claims register in a GeoPackage file, written with the standard library's
``sqlite3`` (no QGIS needed, so it is unit-tested directly).

Guarantees of the GeoPackage store:

- every write (add, update, delete, restore) is one transaction (``BEGIN IMMEDIATE`` ...
  ``COMMIT``): on any failure it is rolled back and the register is unchanged;
- SQLite triggers write ``ruimteclaims_historie`` (claim_id, action, time, user, old and
  new values as JSON, geometry as hex GeoPackage blob) for every insert, update and
  delete, also for edits made outside the plugin (QGIS attribute table, plain SQL); the
  user of such edits is recorded as ``extern``;
- a deleted claim is restored from the old values of its last ``delete`` history row;
- an update given the version it started from (``expected_modified_at``) is refused with
  :class:`register.base.RegisterConflictError` when the claim changed since;
- locked, read-only, full or unreadable files raise a :class:`register.base.RegisterError`
  subclass with a message a planner understands.
"""

import contextlib
import json
import os
import sqlite3
import struct
import uuid
from pathlib import Path

from ..core import claim_schema as schema
from ..core import claims as core_claims
from .base import (
    DEFAULT_TIMEOUT_S,
    ClaimNotFoundError,
    ClaimStore,
    RegisterConflictError,
    RegisterDiskFullError,
    RegisterError,
    RegisterLockedError,
    RegisterNotFoundError,
    RegisterOpenError,
    RegisterReadOnlyError,
    RegisterSafeguardError,
    RegisterValidationError,
    claim_filter,
    default_user,
    now_iso,
    same_timestamp,
)

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
    'GEOGCS["WGS 84",DATUM["WGS_1984",SPHEROID["WGS '
    '84",6378137,298.257223563,AUTHORITY["EPSG","7030"]],'
    'AUTHORITY["EPSG","6326"]],PRIMEM["Greenwich",0,AUTHORITY["EPSG","8901"]],UNIT["degree",'
    '0.0174532925199433,AUTHORITY["EPSG","9122"]],AXIS["Latitude",NORTH],AXIS["Longitude",EAST],'
    'AUTHORITY["EPSG","4326"]]'
)


# -- GeoPackage geometry blobs ------------------------------------------------------
_ENVELOPE_SIZES = {0: 0, 1: 32, 2: 48, 3: 48, 4: 64}


def geometry_to_gpkg(geometry, srs_id=schema.SRS_ID):
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
    return wkb.loads(blob[8 + envelope :])


# -- the GeoPackage store -----------------------------------------------------------
def _sql_list(values):
    return ", ".join(f"'{v}'" for v in values)


def _json_object(prefix):
    """SQL json_object(...) of every column of a claim row (OLD or NEW)."""
    parts = [f"'{schema.FID}', {prefix}.{schema.FID}"]
    parts += [f"'{name}', {prefix}.{name}" for name in schema.FIELD_NAMES]
    parts.append(f"'{schema.GEOMETRY_COLUMN}', hex({prefix}.{schema.GEOMETRY_COLUMN})")
    return "json_object({})".format(", ".join(parts))


#: Row of gpkg_spatial_ref_sys, with its columns named (a GeoPackage made by GDAL may have
#: more columns) and kept when the SRS is there already.
SRS_INSERT = (
    "INSERT OR IGNORE INTO gpkg_spatial_ref_sys (srs_name, srs_id, organization, "
    "organization_coordsys_id, definition, description) VALUES "
)

#: Tables of the register itself (an overwrite removes these and nothing else).
REGISTER_TABLES = (schema.LAYER_NAME, schema.HISTORY_TABLE, schema.SESSION_TABLE)

#: The triggers that keep the history; a write is refused when one is missing or changed.
TRIGGER_NAMES = tuple(
    f"{schema.LAYER_NAME}_{n}" for n in ("hist_insert", "hist_update", "hist_delete")
) + tuple(f"{schema.HISTORY_TABLE}_{n}" for n in ("no_update", "no_delete"))


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


def _columns_and_checks():
    """(column definitions, CHECK constraints) of the claims table."""
    cols = []
    for f in schema.FIELDS:
        col = f"{f.name} {f.sql_type}"
        if f.required:
            col += " NOT NULL"
        if f.name == schema.F_CLAIM_ID:
            col += " UNIQUE"
        cols.append(col)
    checks = [
        f"CHECK ({schema.F_CLAIM_TYPE} IN ({_sql_list(schema.CLAIM_TYPES)}))",
        f"CHECK ({schema.F_STATUS} IN ({_sql_list(schema.STATUSES)}))",
        f"CHECK ({schema.F_LEVEL} IS NULL OR {schema.F_LEVEL} IN ({_sql_list(schema.LEVELS)}))",
        f"CHECK ({schema.F_CATEGORY} IS NULL OR ({schema.F_CATEGORY} IN (1, 2, 3) AND "
        f"{schema.F_CLAIM_TYPE} IN ({_sql_list(schema.GEOTHERMAL_TYPES)})))",
        f"CHECK ({schema.F_DEPTH_TOP} IS NULL OR {schema.F_DEPTH_BOTTOM} IS NULL OR "
        f"{schema.F_DEPTH_TOP} <= {schema.F_DEPTH_BOTTOM})",
        f"CHECK ({schema.F_VALID_FROM} IS NULL OR {schema.F_VALID_TO} IS NULL OR "
        f"{schema.F_VALID_FROM} <= {schema.F_VALID_TO})",
    ]
    return cols, checks


def _history_insert():
    """Template of the history INSERT of the triggers (fields cid, act, old, new)."""
    session = schema.SESSION_TABLE
    user = f"COALESCE((SELECT value FROM {session} WHERE key = 'user'), '{EXTERNAL_USER}')"
    time = "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"
    return (
        f"INSERT INTO {schema.HISTORY_TABLE} ({schema.H_CLAIM_ID}, {schema.H_ACTION}, "
        f"{schema.H_TIME}, {schema.H_USER}, {schema.H_OLD}, {schema.H_NEW}) VALUES ({{cid}}, "
        f"{{act}}, {time}, "
        f"{user}, {{old}}, {{new}});"
    )


def _core_sql():
    """The core GeoPackage tables and the SRS rows the register needs."""
    return [
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
        f"'{WGS84_WKT}', 'longitude/latitude coordinates in decimal degrees on the WGS 84 "
        "spheroid')",
        SRS_INSERT
        + f"('Amersfoort / RD New', {schema.SRS_ID}, 'EPSG', {schema.SRS_ID}, '{RD_NEW_WKT}', "
        "NULL)",
    ]


def _register_tables_sql():
    """The claims table, the history table and the session table with their metadata."""
    table, hist, session = (
        schema.LAYER_NAME,
        schema.HISTORY_TABLE,
        schema.SESSION_TABLE,
    )
    cols, checks = _columns_and_checks()
    return [
        "CREATE TABLE {t} ({fid} INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, {g} {gt}, {cols}, "
        "{checks})".format(
            t=table,
            fid=schema.FID,
            g=schema.GEOMETRY_COLUMN,
            gt=schema.GEOMETRY_TYPE,
            cols=", ".join(cols),
            checks=", ".join(checks),
        ),
        "INSERT INTO gpkg_contents (table_name, data_type, identifier, description, srs_id) VALUES "
        f"('{table}', 'features', '{table}', 'Ruimteclaims (Bronnenstrategie)', {schema.SRS_ID})",
        f"INSERT INTO gpkg_geometry_columns VALUES ('{table}', '{schema.GEOMETRY_COLUMN}', "
        f"'{schema.GEOMETRY_TYPE}', {schema.SRS_ID}, 0, 0)",
        f"CREATE TABLE {hist} ({schema.H_ID} INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, "
        f"{schema.H_CLAIM_ID} TEXT NOT NULL, "
        f"{schema.H_ACTION} TEXT NOT NULL, {schema.H_TIME} DATETIME NOT NULL, {schema.H_USER} "
        f"TEXT, {schema.H_OLD} TEXT, {schema.H_NEW} TEXT)",
        f"CREATE INDEX {hist}_claim ON {hist} ({schema.H_CLAIM_ID})",
        "INSERT INTO gpkg_contents (table_name, data_type, identifier, description) VALUES "
        f"('{hist}', 'attributes', '{hist}', 'Historie van de ruimteclaims')",
        f"CREATE TABLE {session} (key TEXT PRIMARY KEY, value TEXT)",
    ]


def _triggers_sql():
    """({trigger name: statement} of the current schema, the legacy update trigger)."""
    table, hist = schema.LAYER_NAME, schema.HISTORY_TABLE
    history_insert = _history_insert()
    insert_action = (
        f"COALESCE((SELECT value FROM {schema.SESSION_TABLE} WHERE key = 'insert_action'), "
        "'insert')"
    )
    now = "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"
    triggers = {
        f"{table}_hist_insert": (
            "CREATE TRIGGER {t}_hist_insert AFTER INSERT ON {t} BEGIN {sql} END"
        ).format(
            t=table,
            sql=history_insert.format(
                cid="NEW." + schema.F_CLAIM_ID,
                act=insert_action,
                old="NULL",
                new=_json_object("NEW"),
            ),
        ),
        # modified_at follows every change, also one made in QGIS's attribute table or by
        # another tool that leaves it alone, so that a concurrent edit is always noticed;
        # the history's new values are read back after that
        f"{table}_hist_update": (
            "CREATE TRIGGER {t}_hist_update AFTER UPDATE ON {t} BEGIN "
            "UPDATE {t} SET {m} = {now} WHERE {fid} = NEW.{fid} AND NEW.{m} IS OLD.{m}; {sql} END"
        ).format(
            t=table,
            m=schema.F_MODIFIED_AT,
            now=now,
            fid=schema.FID,
            sql=history_insert.format(
                cid="NEW." + schema.F_CLAIM_ID,
                act="'update'",
                old=_json_object("OLD"),
                new="(SELECT {} FROM {} cur WHERE cur.{} = NEW.{})".format(
                    _json_object("cur"), table, schema.FID, schema.FID
                ),
            ),
        ),
        f"{table}_hist_delete": (
            "CREATE TRIGGER {t}_hist_delete AFTER DELETE ON {t} BEGIN {sql} END"
        ).format(
            t=table,
            sql=history_insert.format(
                cid="OLD." + schema.F_CLAIM_ID,
                act="'delete'",
                old=_json_object("OLD"),
                new="NULL",
            ),
        ),
    }
    # the history is append-only: no tool may change or remove a row of it
    for action in ("UPDATE", "DELETE"):
        name = f"{hist}_no_{action.lower()}"
        triggers[name] = (
            f"CREATE TRIGGER {name} BEFORE {action} ON {hist} BEGIN SELECT RAISE(ABORT, "
            f"'{hist} is append-only: its rows cannot be changed or deleted'); END"
        )
    legacy_update = "CREATE TRIGGER {t}_hist_update AFTER UPDATE ON {t} BEGIN {sql} END".format(
        t=table,
        sql=history_insert.format(
            cid="NEW." + schema.F_CLAIM_ID,
            act="'update'",
            old=_json_object("OLD"),
            new=_json_object("NEW"),
        ),
    )
    return triggers, legacy_update


def _schema_parts():
    triggers, legacy_update = _triggers_sql()
    register = _register_tables_sql()
    register.extend(triggers[n] for n in TRIGGER_NAMES)
    return {
        "core": _core_sql(),
        "register": register,
        "triggers": triggers,
        "legacy_update": legacy_update,
    }


def _normal(sql):
    return " ".join((sql or "").split())


def check_triggers(conn, path, upgrade=False):
    """Check that every history trigger exists as created; RegisterSafeguardError when one
    is missing or changed. With ``upgrade`` (inside a write transaction) a register of the
    previous version (its three history triggers exactly as that version made them, no
    append-only triggers) gets the current triggers."""
    found = {
        row[0]: _normal(row[1])
        for row in conn.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN ({})".format(
                ", ".join("?" * len(TRIGGER_NAMES))
            ),
            TRIGGER_NAMES,
        )
    }
    wanted = {name: _normal(sql) for name, sql in trigger_sql().items()}
    bad = [name for name in TRIGGER_NAMES if found.get(name) != wanted[name]]
    if not bad:
        return False
    update = f"{schema.LAYER_NAME}_hist_update"
    new = [f"{schema.HISTORY_TABLE}_no_update", f"{schema.HISTORY_TABLE}_no_delete"]
    legacy = (
        set(bad) == set(new + [update])
        and not any(n in found for n in new)
        and found.get(update) == _normal(legacy_update_trigger_sql())
    )
    if not legacy:
        raise RegisterSafeguardError(path, triggers=", ".join(bad))
    if upgrade:
        conn.execute(f"DROP TRIGGER {update}")
        for name in [update] + new:
            conn.execute(trigger_sql()[name])
    return True


def sqlite_uri(path, mode):
    """The SQLite URI of a file path: every character that means something in a URI
    ('#', '?', '%', spaces, non-ASCII) percent-encoded, so the right file is opened."""
    return f"{Path(os.path.abspath(path)).as_uri()}?mode={mode}"


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
    if (
        name.startswith("SQLITE_FULL")
        or "disk is full" in text
        or "disk or database is full" in text
    ):
        return RegisterDiskFullError(path, exc)
    if name.startswith("SQLITE_CANTOPEN") or "unable to open" in text:
        return (
            RegisterReadOnlyError(path, exc)
            if os.path.exists(path)
            else RegisterOpenError(path, exc)
        )
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
                session = schema.SESSION_TABLE
                conn.execute(f"DELETE FROM {session}")
                conn.execute(
                    f"INSERT INTO {session} (key, value) VALUES ('user', ?)", (user or self.user,)
                )
                if insert_action:
                    conn.execute(
                        f"INSERT INTO {session} (key, value) VALUES ('insert_action', ?)",
                        (insert_action,),
                    )
                result = work(conn)
                conn.execute(f"DELETE FROM {session}")
                conn.execute(
                    "UPDATE gpkg_contents SET last_change = ? WHERE table_name IN (?, ?)",
                    (now_iso(), schema.LAYER_NAME, schema.HISTORY_TABLE),
                )
                conn.execute("COMMIT")
                return result
            except BaseException as exc:
                if conn.in_transaction:
                    with contextlib.suppress(sqlite3.Error):
                        conn.execute("ROLLBACK")
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
                    (schema.LAYER_NAME, schema.HISTORY_TABLE),
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
            return self._read(
                lambda c: c.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] == 0
            )
        except (OSError, RegisterError):
            return False

    def _is_geopackage(self):
        try:
            return self._read(
                lambda c: c.execute(
                    "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN "
                    "('gpkg_contents', 'gpkg_geometry_columns', 'gpkg_spatial_ref_sys')"
                ).fetchone()[0]
                == 3
            )
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
        temp = os.path.join(
            folder, f".{os.path.basename(self.path)}.{uuid.uuid4().hex[:8]}.creating"
        )
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
                    with contextlib.suppress(OSError):
                        os.remove(leftover)
        return "created"

    def _replace_tables(self):
        """Drop the register's own tables and make them anew, in one transaction."""

        def work(conn):
            names = REGISTER_TABLES
            marks = ", ".join("?" * len(names))
            tables = {
                r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            }
            rtree = f"rtree_{schema.LAYER_NAME}_{schema.GEOMETRY_COLUMN}"
            if rtree in tables:
                conn.execute(f'DROP TABLE "{rtree}"')
            for name in names:
                conn.execute(f'DROP TABLE IF EXISTS "{name}"')
            for meta in (
                "gpkg_geometry_columns",
                "gpkg_extensions",
                "gpkg_ogr_contents",
                "gpkg_data_columns",
                "gpkg_metadata_reference",
                "gpkg_contents",
            ):
                if meta in tables:
                    conn.execute(f"DELETE FROM {meta} WHERE table_name IN ({marks})", names)
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
                    with contextlib.suppress(sqlite3.Error):
                        conn.execute("ROLLBACK")
                if isinstance(exc, sqlite3.Error):
                    raise _error_for(self.path, exc) from exc
                raise
        finally:
            conn.close()

    def qgis_source(self):
        return f"{self.path}|layername={schema.LAYER_NAME}", "ogr"

    def list_claims(self, claim_type=None, status=None, text=None):
        where, args = claim_filter(claim_type, status, text)
        sql = "SELECT {}, {} FROM {}".format(
            schema.FID, ", ".join(schema.FIELD_NAMES), schema.LAYER_NAME
        )
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += f" ORDER BY {schema.FID}"
        return self._read(lambda c: [dict(row) for row in c.execute(sql, args)])

    def get(self, claim_id):
        sql = "SELECT {}, {}, {} FROM {} WHERE {} = ?".format(
            schema.FID,
            ", ".join(schema.FIELD_NAMES),
            schema.GEOMETRY_COLUMN,
            schema.LAYER_NAME,
            schema.F_CLAIM_ID,
        )
        row = self._read(lambda c: c.execute(sql, (claim_id,)).fetchone())
        if row is None:
            return None
        out = dict(row)
        out["geometry"] = geometry_from_gpkg(out.pop(schema.GEOMETRY_COLUMN))
        return out

    def _geometry_value(self, geometry):
        return geometry_to_gpkg(geometry)

    def add(self, claims, user=None):
        user = user or self.user
        rows = self._new_rows(claims, user)
        columns = list(schema.FIELD_NAMES) + [schema.GEOMETRY_COLUMN]
        sql = "INSERT INTO {} ({}) VALUES ({})".format(
            schema.LAYER_NAME, ", ".join(columns), ", ".join("?" * len(columns))
        )

        def work(conn):
            for values, blob in rows:
                conn.execute(sql, [values[n] for n in schema.FIELD_NAMES] + [blob])
            return [values[schema.F_CLAIM_ID] for values, _ in rows]

        return self._write(work, user=user)

    def update(self, claim_id, attrs, geometry=None, user=None, expected_modified_at=None):
        current = self.get(claim_id)
        if current is None:
            raise ClaimNotFoundError(self.path, claim_id=claim_id)
        values, blob = self._updated_row(current, attrs, geometry)
        names = [n for n in schema.FIELD_NAMES if n != schema.F_CLAIM_ID]
        sql = "UPDATE {} SET {}, {} = ? WHERE {} = ?".format(
            schema.LAYER_NAME,
            ", ".join(f"{n} = ?" for n in names),
            schema.GEOMETRY_COLUMN,
            schema.F_CLAIM_ID,
        )

        def work(conn):
            if expected_modified_at:  # optimistic locking, as the PostGIS store
                check_geopackage_version(conn, self.path, claim_id, expected_modified_at)
            cur = conn.execute(sql, [values[n] for n in names] + [blob, claim_id])
            if cur.rowcount != 1:
                raise ClaimNotFoundError(self.path, claim_id=claim_id)
            return claim_id

        return self._write(work, user=user)

    def delete(self, claim_id, user=None):
        sql = f"DELETE FROM {schema.LAYER_NAME} WHERE {schema.F_CLAIM_ID} = ?"

        def work(conn):
            if conn.execute(sql, (claim_id,)).rowcount != 1:
                raise ClaimNotFoundError(self.path, claim_id=claim_id)

        self._write(work, user=user)

    def history(self, claim_id=None):
        sql = f"SELECT * FROM {schema.HISTORY_TABLE}"
        args = []
        if claim_id:
            sql += f" WHERE {schema.H_CLAIM_ID} = ?"
            args.append(claim_id)
        sql += f" ORDER BY {schema.H_ID} DESC"
        rows = self._read(lambda c: [dict(r) for r in c.execute(sql, args)])
        for row in rows:
            for key in (schema.H_OLD, schema.H_NEW):
                row[key] = json.loads(row[key]) if row[key] else None
        return rows

    def deleted_claims(self):
        sql = (
            f"SELECT h.{schema.H_CLAIM_ID} AS claim_id, json_extract(h.{schema.H_OLD}, "
            f"'$.{schema.F_NAME}') AS name, h.{schema.H_TIME} AS time, "
            f"h.{schema.H_USER} AS user FROM {schema.HISTORY_TABLE} h WHERE h.{schema.H_ACTION} = "
            f"'delete' AND h.{schema.H_ID} = (SELECT max({schema.H_ID}) FROM "
            f"{schema.HISTORY_TABLE} h2 WHERE h2.{schema.H_CLAIM_ID} = h.{schema.H_CLAIM_ID} AND "
            f"h2.{schema.H_ACTION} = 'delete') AND h.{schema.H_CLAIM_ID} NOT IN (SELECT "
            f"{schema.H_CLAIM_ID} FROM {schema.LAYER_NAME}) ORDER BY h.{schema.H_ID} DESC"
        )
        return self._read(lambda c: [dict(r) for r in c.execute(sql)])

    def restore(self, claim_id, user=None):
        columns = list(schema.FIELD_NAMES) + [schema.GEOMETRY_COLUMN]

        def work(conn):
            exists = conn.execute(
                f"SELECT 1 FROM {schema.LAYER_NAME} WHERE {schema.F_CLAIM_ID} = ?",
                (claim_id,),
            ).fetchone()
            if exists:
                return claim_id
            row = conn.execute(
                f"SELECT {schema.H_OLD} FROM {schema.HISTORY_TABLE} WHERE {schema.H_CLAIM_ID} = ? "
                f"AND {schema.H_ACTION} = 'delete' ORDER BY {schema.H_ID} DESC "
                "LIMIT 1",
                (claim_id,),
            ).fetchone()
            if row is None:
                raise ClaimNotFoundError(self.path, claim_id=claim_id)
            old = json.loads(row[0])
            geom_hex = old.get(schema.GEOMETRY_COLUMN)
            values = [old.get(n) for n in schema.FIELD_NAMES]
            values.append(bytes.fromhex(geom_hex) if geom_hex else None)
            fid = old.get(schema.FID)
            taken = conn.execute(
                f"SELECT 1 FROM {schema.LAYER_NAME} WHERE {schema.FID} = ?", (fid,)
            ).fetchone()
            if fid is not None and not taken:
                conn.execute(
                    "INSERT INTO {} ({}, {}) VALUES (?, {})".format(
                        schema.LAYER_NAME,
                        schema.FID,
                        ", ".join(columns),
                        ", ".join("?" * len(columns)),
                    ),
                    [fid] + values,
                )
            else:
                conn.execute(
                    "INSERT INTO {} ({}) VALUES ({})".format(
                        schema.LAYER_NAME, ", ".join(columns), ", ".join("?" * len(columns))
                    ),
                    values,
                )
            return claim_id

        return self._write(work, user=user, insert_action="restore")


def check_geopackage_version(conn, path, claim_id, expected):
    """Optimistic locking of the GeoPackage store (inside its write transaction): raise
    RegisterConflictError when the claim's modified_at is not ``expected``."""
    row = conn.execute(
        f"SELECT {schema.F_NAME}, {schema.F_MODIFIED_AT} FROM {schema.LAYER_NAME} WHERE "
        f"{schema.F_CLAIM_ID} = ?",
        (claim_id,),
    ).fetchone()
    if row is None:
        raise ClaimNotFoundError(path, claim_id=claim_id)
    if same_timestamp(row[1], expected):
        return
    last = conn.execute(
        f'SELECT "{schema.H_USER}", "{schema.H_TIME}" FROM {schema.HISTORY_TABLE} WHERE '
        f"{schema.H_CLAIM_ID} = ? ORDER BY {schema.H_ID} DESC LIMIT 1",
        (claim_id,),
    ).fetchone()
    raise RegisterConflictError(
        path,
        name=row[0],
        user=(last[0] if last else "?") or "?",
        time=(last[1] if last else row[1]) or "?",
        claim_id=claim_id,
    )
