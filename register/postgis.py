"""The spatial-claims register on PostgreSQL/PostGIS: the team option beside the GeoPackage.

:class:`PostgisClaimStore` implements :class:`register.base.ClaimStore` on a PostGIS
database with ``psycopg2`` (imported when a store connects; QGIS ships it). The schema lives
in ``register/sql``: ``postgis_schema.sql`` (version 1: table ``ruimteclaims`` MultiPolygon
28992 with a GiST index and CHECK constraints, ``ruimteclaims_historie`` kept by PL/pgSQL
triggers, ``ruimteclaims_schema_versie``) and ``postgis_upgrade_<n>.sql`` (version n), applied
in order by :meth:`PostgisClaimStore.install` / :meth:`PostgisClaimStore.upgrade`.

A register location is one of

- ``pg:NAME``: the QGIS PostgreSQL connection NAME (its credentials and auth config),
- a libpq keyword string: ``service=team schema=ruimteclaims`` or
  ``host=db port=5432 dbname=gis user=planner`` (QGIS layer keys such as ``table=`` and
  ``key=`` are ignored; ``table="s"."ruimteclaims"`` gives the schema),
- a URL ``postgresql://user@host:5432/gis?schema=ruimteclaims``;

the schema defaults to ``ruimteclaims`` and must be a plain identifier (:func:`check_schema`).
:func:`is_postgis_location` tells such a location from a GeoPackage path;
:func:`register.open_store` uses it. A password in a location is split off when a store
is made (:func:`split_password`): :meth:`PostgisClaimStore.location` and everything shown or
stored is the password-free form (:func:`safe_location`); the password stays in memory for
the session and reaches QGIS layers through the QgsCredentials cache, never their source.

Security (schema version 3, ``postgis_upgrade_3.sql``): the trigger functions name every
object with its schema, search only ``pg_catalog`` and (last) ``pg_temp``, and PUBLIC may not
execute them; :meth:`PostgisClaimStore.install` and :meth:`PostgisClaimStore.upgrade` refuse
a schema in which PUBLIC may create objects, and an overwrite or drop names the schema of
every object it removes.

Differences with the GeoPackage store, all on purpose:

- the history records the database user (``session_user``) of every change, also of edits
  made in QGIS or psql; ``app_user`` holds the user the plugin names;
- optimistic locking: since schema version 2 the server sets ``modified_at`` on every insert
  and update (strictly increasing), and :meth:`update` / :meth:`delete` refuse with
  :class:`RegisterConflictError` when the claim was changed after the version the edit
  started from (``expected_modified_at``, by default the version read by the update itself);
- the database checks what it can (value lists, depth and date order, category only for
  geothermal claims, valid non-empty geometry inside the RD New area); a violation becomes a
  :class:`RegisterValidationError` naming the rule.
"""

import datetime
import re
from pathlib import Path
from urllib.parse import parse_qsl, unquote, urlencode, urlsplit, urlunsplit

from ..compat import WkbType
from ..core import claim_schema
from ..core import claims as core_claims
from ..translation import QT_TRANSLATE_NOOP, translate
from . import base as reg
from .base import (  # noqa: F401
    RegisterConflictError,
    _iso_datetime,
    _timestamp_param,
    same_timestamp,
)

TR_CONTEXT = "register"

SQL_DIR = Path(__file__).resolve().parent / "sql"
#: The schema version this plugin writes; version n is made by MIGRATIONS[n].
SCHEMA_VERSION = 3
MIGRATIONS = {1: "postgis_schema.sql", 2: "postgis_upgrade_2.sql", 3: "postgis_upgrade_3.sql"}
#: The register's own objects, removed (in its schema only) by an overwrite or drop.
DROP_TABLES = ("ruimteclaims_historie", "ruimteclaims", "ruimteclaims_schema_versie")
DROP_FUNCTIONS = (
    "ruimteclaims_historie_log",
    "ruimteclaims_historie_alleen_toevoegen",
    "ruimteclaims_stempel",
)
#: A schema name the plugin accepts: an unquoted PostgreSQL identifier (at most 63 bytes).
SCHEMA_RE = re.compile(r"^[A-Za-z_][A-Za-z0-9_]{0,62}$")
VERSION_TABLE = "ruimteclaims_schema_versie"
DEFAULT_SCHEMA = "ruimteclaims"
#: Prefix of a location naming a QGIS PostgreSQL connection.
CONNECTION_PREFIX = "pg:"

#: libpq connection keywords kept from a keyword string (others, e.g. QGIS's table=, key=,
#: srid=, type=, estimatedmetadata=, are dropped).
LIBPQ_KEYS = (
    "host",
    "hostaddr",
    "port",
    "dbname",
    "user",
    "password",
    "passfile",
    "service",
    "connect_timeout",
    "sslmode",
    "sslcert",
    "sslkey",
    "sslrootcert",
    "sslcrl",
    "application_name",
    "options",
    "target_session_attrs",
    "gssencmode",
    "krbsrvname",
    "authcfg",
)
#: Passwords given in a location during this QGIS session, by connection (never stored).
_SESSION_PASSWORDS = {}
_KEYWORD_RE = re.compile(r"(\w+)\s*=\s*('(?:[^'\\]|\\.)*'|\S+)")


# -- errors ---------------------------------------------------------------------------
class RegisterSchemaNameError(reg.RegisterOpenError):
    """A schema name that is not a plain identifier (it is never used)."""

    message = QT_TRANSLATE_NOOP(
        "register",
        "'{schema}' is not a valid schema name: use letters, digits and underscores, starting "
        "with a letter or an underscore, at most 63 characters. Nothing was changed.",
    )


class RegisterUnsafeSchemaError(reg.RegisterOpenError):
    """Every database user may create objects in the register's schema."""

    message = QT_TRANSLATE_NOOP(
        "register",
        "Every database user (PUBLIC) may create objects in the schema {schema} of {path}, so "
        "the register there could be attacked by any of them. Nothing was changed. Put the "
        "register in a schema of its own (the default ruimteclaims), or let the database "
        "administrator run: REVOKE CREATE ON SCHEMA {schema} FROM PUBLIC",
    )


class RegisterVersionError(reg.RegisterError):
    message = QT_TRANSLATE_NOOP(
        "register",
        "The register {path} has schema version {found}; this plugin works with version "
        "{expected}. {advice}",
    )


ADVICE_UPGRADE = QT_TRANSLATE_NOOP(
    "register", "Upgrade it with the algorithm 'Create or upgrade the claims register'."
)
ADVICE_NEWER = QT_TRANSLATE_NOOP("register", "Update the plugin to use it.")

#: Database constraint -> (field, code, English message) of the validation problem.
CONSTRAINT_PROBLEMS = {
    "ruimteclaims_name_required": (
        claim_schema.F_NAME,
        "name_required",
        QT_TRANSLATE_NOOP("claims", "A name is required (database rule)."),
    ),
    "ruimteclaims_claim_type_values": (
        claim_schema.F_CLAIM_TYPE,
        "type_unknown",
        QT_TRANSLATE_NOOP("claims", "Unknown claim type (database rule)."),
    ),
    "ruimteclaims_status_values": (
        claim_schema.F_STATUS,
        "status_unknown",
        QT_TRANSLATE_NOOP("claims", "Unknown status (database rule)."),
    ),
    "ruimteclaims_level_values": (
        claim_schema.F_LEVEL,
        "level_unknown",
        QT_TRANSLATE_NOOP("claims", "Unknown level (database rule)."),
    ),
    "ruimteclaims_category_values": (
        claim_schema.F_CATEGORY,
        "category_value",
        QT_TRANSLATE_NOOP(
            "claims",
            "The category must be 1, 2 or 3 and only for geothermal claims (database rule).",
        ),
    ),
    "ruimteclaims_depth_order": (
        claim_schema.F_DEPTH_BOTTOM,
        "depth_order",
        QT_TRANSLATE_NOOP(
            "claims", "The top depth may not be below the bottom depth (database rule)."
        ),
    ),
    "ruimteclaims_date_order": (
        claim_schema.F_VALID_TO,
        "date_order",
        QT_TRANSLATE_NOOP("claims", "Valid from may not be after valid to (database rule)."),
    ),
    "ruimteclaims_geometry_valid": (
        "geometry",
        "geometry_invalid",
        QT_TRANSLATE_NOOP("claims", "The geometry is empty or not valid (database rule)."),
    ),
    "ruimteclaims_geometry_in_rd": (
        "geometry",
        "outside_rd",
        QT_TRANSLATE_NOOP(
            "claims", "The geometry lies outside the Netherlands in EPSG:28992 (database rule)."
        ),
    ),
    "ruimteclaims_claim_id_unique": (
        claim_schema.F_CLAIM_ID,
        "claim_id_taken",
        QT_TRANSLATE_NOOP("claims", "This claim id is already in the register (database rule)."),
    ),
}
MSG_CONSTRAINT = QT_TRANSLATE_NOOP("claims", "The database refused the claim: {error}")
MSG_NO_PSYCOPG2 = QT_TRANSLATE_NOOP(
    "register",
    "the Python module psycopg2 is missing (QGIS normally ships it; on Debian/Ubuntu: "
    "apt install python3-psycopg2)",
)
MSG_NO_POSTGIS = QT_TRANSLATE_NOOP(
    "register",
    "PostGIS is not installed in this database and you may not install it; ask the database "
    "administrator to run CREATE EXTENSION postgis",
)
MSG_NO_CONNECTION = QT_TRANSLATE_NOOP(
    "register", "there is no QGIS PostgreSQL connection named '{name}'"
)


# -- locations ------------------------------------------------------------------------
def check_schema(schema, where=""):
    """``schema`` when it is a plain identifier, else RegisterSchemaNameError."""
    text = str(schema)
    if not SCHEMA_RE.match(text):
        raise RegisterSchemaNameError(where or "PostGIS", schema=text)
    return text


def is_postgis_location(location):
    """True when ``location`` names a PostGIS register (not a GeoPackage path)."""
    text = str(location or "").strip()
    if text.lower().startswith(("postgresql://", "postgres://", CONNECTION_PREFIX)):
        return True
    return bool(re.search(r"(^|\s)(service|dbname|host)\s*=", text))


def _unquote(value):
    if len(value) >= 2 and value[0] == value[-1] == "'":
        return re.sub(r"\\(.)", r"\1", value[1:-1])
    return value


def _schema_from_table(value):
    """The schema of a QGIS ``table="schema"."table"`` value, or None."""
    match = re.match(r'^"?([^".]+)"?\.', value)
    return match.group(1) if match else None


def parse_location(location, schema=None):
    """(libpq parameters dict, schema, QGIS connection name or None) of a location."""
    text = str(location or "").strip()
    params, found_schema, connection = {}, None, None
    if text.lower().startswith(CONNECTION_PREFIX):
        rest = text[len(CONNECTION_PREFIX) :].strip()
        match = re.match(r"^(.*?)\s*\|\s*schema\s*=\s*(\S+)$", rest)
        if match:
            rest, found_schema = match.group(1), match.group(2)
        connection = rest
    elif text.lower().startswith(("postgresql://", "postgres://")):
        parts = urlsplit(text)
        query = []
        for key, value in parse_qsl(parts.query, keep_blank_values=True):
            if key == "schema":
                found_schema = value
            else:
                query.append((key, value))
        params["dsn"] = urlunsplit(parts._replace(query=urlencode(query)))
    else:
        for key, value in _KEYWORD_RE.findall(text):
            value = _unquote(value)
            key = key.lower()
            if key == "schema":
                found_schema = value
            elif key == "table":
                found_schema = found_schema or _schema_from_table(value)
            elif key in LIBPQ_KEYS:
                params[key] = value
    return params, schema or found_schema or DEFAULT_SCHEMA, connection


def qgis_connection_info(name):
    """libpq keyword string (auth config expanded) and URI of a QGIS PostgreSQL connection."""
    from qgis.core import QgsDataSourceUri, QgsProviderRegistry

    metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
    try:
        connection = metadata.findConnection(name)
    except Exception:  # noqa: BLE001 - QgsProviderConnectionException
        connection = None
    if connection is None:
        raise reg.RegisterOpenError(
            CONNECTION_PREFIX + name, translate(TR_CONTEXT, MSG_NO_CONNECTION).format(name=name)
        )
    uri = QgsDataSourceUri(connection.uri())
    return uri.connectionInfo(True), connection.uri()


def with_schema(location, schema):
    """The location naming ``schema`` (unchanged for the default schema or when it names one).
    The schema must be a plain identifier (RegisterSchemaNameError): it is written into the
    location, never anything that could add connection keywords."""
    text = str(location).strip()
    if schema:
        check_schema(schema)
    if not schema or schema == DEFAULT_SCHEMA or parse_location(text)[1] == schema:
        return text
    if text.lower().startswith(CONNECTION_PREFIX):
        return f"{text} | schema={schema}"
    if "://" in text:
        parts = urlsplit(text)
        query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k != "schema"]
        return urlunsplit(parts._replace(query=urlencode(query + [("schema", schema)])))
    return f"{text} schema={schema}"


def _url_without_password(text):
    """(URL without its password, the password or None)."""
    parts = urlsplit(text)
    password = unquote(parts.password) if parts.password is not None else None
    netloc = parts.netloc
    if "@" in netloc:
        cred, host = netloc.rsplit("@", 1)
        netloc = cred.split(":", 1)[0] + "@" + host
    query = parse_qsl(parts.query, keep_blank_values=True)
    for key, value in query:
        if key == "password":
            password = value
    if password is None:
        return text, None
    query = [(k, v) for k, v in query if k != "password"]
    return urlunsplit(parts._replace(netloc=netloc, query=urlencode(query))), password


def _keywords_without_password(text):
    """(keyword string without its password=..., the password or None)."""
    password = None
    kept, last = [], 0
    for match in _KEYWORD_RE.finditer(text):
        if match.group(1).lower() == "password":
            password = _unquote(match.group(2))
            kept.append(text[last : match.start()])
            last = match.end()
    if password is None:
        return text, None
    kept.append(text[last:])
    return re.sub(r"\s{2,}", " ", "".join(kept)).strip(), password


def split_password(location):
    """(the location without its password, the password or None). A QGIS connection
    (pg:NAME) has none: its credentials stay in QGIS (best in the authentication database)."""
    text = str(location or "").strip()
    if not is_postgis_location(text) or text.lower().startswith(CONNECTION_PREFIX):
        return text, None
    if text.lower().startswith(("postgresql://", "postgres://")):
        return _url_without_password(text)
    return _keywords_without_password(text)


def safe_location(location):
    """The form of a location that may be shown or stored: without a password (GeoPackage
    paths and QGIS connections unchanged)."""
    return split_password(location)[0]


def has_password(location):
    return split_password(location)[1] is not None


MSG_PASSWORD_REFUSED = QT_TRANSLATE_NOOP(
    "register",
    "The PostGIS location contains a password. Processing keeps its parameters (history, "
    "log, models), so a password is not accepted here. Use a QGIS PostgreSQL connection "
    "(pg:NAME) whose credentials are in the QGIS authentication database, a service from "
    "pg_service.conf, or a password file (.pgpass), or add authcfg=ID of a QGIS "
    "authentication configuration to the connection string.",
)


def _keyword_string(params):
    def quote(value):
        value = str(value)
        if value and re.match(r"^[^\s'\\]+$", value):
            return value
        return "'{}'".format(value.replace("\\", "\\\\").replace("'", "\\'"))

    return " ".join(f"{k}={quote(v)}" for k, v in params.items() if k != "dsn")


# -- value conversion -----------------------------------------------------------------
def _plain(name, value):
    """A stored value as the GeoPackage store returns it (dates and times as ISO text)."""
    if isinstance(value, datetime.datetime):
        return _iso_datetime(value)
    if isinstance(value, datetime.date):
        return value.isoformat()
    return value


# -- the store ------------------------------------------------------------------------
class PostgisClaimStore(reg.ClaimStore):
    """The register in a PostGIS schema (default ``ruimteclaims``)."""

    def __init__(self, location, schema=None, timeout=reg.DEFAULT_TIMEOUT_S, user=None):
        # the password is kept apart, in memory only: location() never holds it
        self._location, password = split_password(location)
        self.params, self.schema, self.connection_name = parse_location(self._location, schema)
        self.params.pop("password", None)
        self.timeout = timeout
        self.user = user or reg.default_user()
        check_schema(self.schema, self.display_location())
        key = self._session_key()
        if password is not None:
            _SESSION_PASSWORDS[key] = password
        self._password = password if password is not None else _SESSION_PASSWORDS.get(key)

    def _session_key(self):
        if self.connection_name is not None:
            return (CONNECTION_PREFIX, self.connection_name)
        if "dsn" in self.params:
            return ("dsn", self.params["dsn"])
        return tuple(
            sorted((k, v) for k, v in self.params.items() if k not in ("connect_timeout",))
        )

    # -- naming -------------------------------------------------------------------
    def location(self):
        """The location as given, without a password (shown and stored as it is)."""
        return self._location

    def display_location(self):
        """The location without password, for messages."""
        if self.connection_name is not None:
            return f"{CONNECTION_PREFIX}{self.connection_name} (schema {self.schema})"
        if "dsn" in self.params:
            return "{} (schema {})".format(
                _url_without_password(self.params["dsn"])[0], self.schema
            )
        shown = {k: v for k, v in self.params.items() if k != "password"}
        return f"{_keyword_string(shown)} (schema {self.schema})"

    def _ident(self, name):
        from psycopg2 import sql

        return sql.Identifier(self.schema, name)

    def _sql(self, template, **names):
        """A psycopg2 SQL object: {t}, {h}, {v} are the qualified tables; others identifiers."""
        from psycopg2 import sql

        idents = {
            "t": self._ident(claim_schema.LAYER_NAME),
            "h": self._ident(claim_schema.HISTORY_TABLE),
            "v": self._ident(VERSION_TABLE),
            "s": sql.Identifier(self.schema),
        }
        idents.update({k: sql.Identifier(v) for k, v in names.items()})
        return sql.SQL(template).format(**idents)

    # -- connections --------------------------------------------------------------
    def _connect(self):
        try:
            import psycopg2
        except ImportError as exc:
            raise reg.RegisterOpenError(
                self.display_location(), translate(TR_CONTEXT, MSG_NO_PSYCOPG2)
            ) from exc
        try:
            extra = {"password": self._password} if self._password is not None else {}
            if self.connection_name is not None:
                info, _ = qgis_connection_info(self.connection_name)
                conn = psycopg2.connect(info, connect_timeout=10)
            elif "dsn" in self.params:
                conn = psycopg2.connect(self.params["dsn"], **extra)
            elif "authcfg" in self.params:  # credentials from the QGIS authentication database
                conn = psycopg2.connect(_expand_authcfg(self.params), connect_timeout=10, **extra)
            else:
                params = dict(self.params, **extra)
                params.setdefault("connect_timeout", 10)
                conn = psycopg2.connect(**params)
        except psycopg2.Error as exc:
            raise reg.RegisterOpenError(self.display_location(), _first_line(exc)) from exc
        conn.autocommit = False
        return conn

    def _error_for(self, exc):
        """The RegisterError of a psycopg2 error."""
        code = getattr(exc, "pgcode", None) or ""
        where = self.display_location()
        if code == "55P03" or code == "40P01":  # lock_not_available, deadlock
            return reg.RegisterLockedError(where, _first_line(exc))
        if code == "42501" or code == "25006":  # insufficient_privilege, read_only_sql_transaction
            return reg.RegisterReadOnlyError(where, _first_line(exc))
        if code in ("53100", "53200"):  # disk_full, out_of_memory
            return reg.RegisterDiskFullError(where, _first_line(exc))
        if code.startswith("23"):  # integrity constraint violation
            return reg.RegisterValidationError(where, [self._problem_of(exc)])
        return reg.RegisterOpenError(where, _first_line(exc))

    @staticmethod
    def _problem_of(exc):
        diag = getattr(exc, "diag", None)
        name = getattr(diag, "constraint_name", None) or ""
        if name in CONSTRAINT_PROBLEMS:
            field, code, message = CONSTRAINT_PROBLEMS[name]
            return core_claims.Problem(field, code, message, {})
        field = getattr(diag, "column_name", None) or ""
        return core_claims.Problem(field, "constraint", MSG_CONSTRAINT, {"error": _first_line(exc)})

    def _transaction(self, work, user=None, insert_action=None, search_path=False):
        """Run ``work(cur)`` in one transaction; roll back and raise a RegisterError on failure."""
        import psycopg2

        conn = self._connect()
        try:
            try:
                with conn.cursor() as cur:
                    cur.execute("SET LOCAL lock_timeout = %s", (f"{int(self.timeout * 1000)}ms",))
                    cur.execute(
                        "SELECT set_config('ruimteclaims.app_user', %s, true)", (user or self.user,)
                    )
                    cur.execute(
                        "SELECT set_config('ruimteclaims.insert_action', %s, true)",
                        (insert_action or "",),
                    )
                    if search_path:
                        cur.execute(
                            self._sql(
                                "SELECT set_config('search_path', "
                                "quote_ident(%s) || ', ' || %s, true)"
                            ),
                            (self.schema, self._postgis_schema(cur)),
                        )
                    result = work(cur)
                conn.commit()
                return result
            except BaseException as exc:
                conn.rollback()
                if isinstance(exc, reg.RegisterError):
                    raise
                if isinstance(exc, psycopg2.Error):
                    raise self._error_for(exc) from exc
                raise
        finally:
            conn.close()

    def _read(self, work):
        return self._transaction(work)

    # -- schema -------------------------------------------------------------------
    @staticmethod
    def _postgis_schema(cur):
        cur.execute(
            "SELECT n.nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = "
            "e.extnamespace WHERE e.extname = 'postgis'"
        )
        row = cur.fetchone()
        return '"{}"'.format(row[0].replace('"', '""')) if row else "public"

    def _tables(self, cur):
        cur.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = %s "
            "AND table_name IN (%s, %s, %s)",
            (self.schema, claim_schema.LAYER_NAME, claim_schema.HISTORY_TABLE, VERSION_TABLE),
        )
        return {row[0] for row in cur.fetchall()}

    def _version(self, cur):
        tables = self._tables(cur)
        if claim_schema.LAYER_NAME not in tables:
            return None
        if VERSION_TABLE not in tables:
            return 0
        cur.execute(self._sql("SELECT max(version) FROM {v}"))
        return cur.fetchone()[0] or 0

    def schema_version(self):
        """The installed schema version, 0 for a register without version table, None when
        there is no register in the schema."""
        return self._read(self._version)

    def exists(self):
        try:
            return self._read(
                lambda cur: {claim_schema.LAYER_NAME, claim_schema.HISTORY_TABLE}
                <= self._tables(cur)
            )
        except reg.RegisterError:
            return False

    def _ensure_postgis(self):
        conn = self._connect()
        try:
            conn.autocommit = True
            with conn.cursor() as cur:
                cur.execute("SELECT 1 FROM pg_extension WHERE extname = 'postgis'")
                if cur.fetchone():
                    return
                try:
                    cur.execute("CREATE EXTENSION IF NOT EXISTS postgis")
                except Exception as exc:
                    raise reg.RegisterOpenError(
                        self.display_location(), translate(TR_CONTEXT, MSG_NO_POSTGIS)
                    ) from exc
        finally:
            conn.close()

    def _check_schema_creators(self, cur):
        """Refuse a schema where PUBLIC may create objects (public before PostgreSQL 15)."""
        cur.execute(
            "SELECT has_schema_privilege('public', oid, 'CREATE') FROM pg_namespace "
            "WHERE nspname = %s",
            (self.schema,),
        )
        row = cur.fetchone()
        if row and row[0]:
            raise RegisterUnsafeSchemaError(self.display_location(), schema=self.schema)

    def public_create_schemas(self):
        """The schemas of the register and of PostGIS in which PUBLIC may create objects."""

        def work(cur):
            cur.execute(
                "SELECT n.nspname FROM pg_namespace n WHERE (n.nspname = %s OR n.oid IN "
                "(SELECT extnamespace FROM pg_extension WHERE extname = 'postgis')) AND "
                "has_schema_privilege('public', n.oid, 'CREATE') ORDER BY 1",
                (self.schema,),
            )
            return [r[0] for r in cur.fetchall()]

        return self._read(work)

    def _drop(self, cur):
        """Remove the register's own objects from its schema, naming the schema every time."""
        from psycopg2 import sql

        tables = sql.SQL(", ").join(self._ident(name) for name in DROP_TABLES)
        cur.execute(sql.SQL("DROP TABLE IF EXISTS {} CASCADE").format(tables))
        for name in DROP_FUNCTIONS:
            cur.execute(sql.SQL("DROP FUNCTION IF EXISTS {}() CASCADE").format(self._ident(name)))

    def _run_migrations(self, cur, start, stop):
        for version in range(start, stop + 1):
            cur.execute((SQL_DIR / MIGRATIONS[version]).read_text(encoding="utf-8"))

    def install(self, target_version=SCHEMA_VERSION, overwrite=False):
        """Create the schema (versions 1..target) in one transaction. An existing register
        is refused (RegisterOpenError) unless ``overwrite``: then it is dropped first, with
        all its claims and history. Returns the installed version."""
        self._ensure_postgis()

        def work(cur):
            self._check_schema_creators(cur)
            if self._tables(cur):
                if not overwrite:
                    raise reg.RegisterOpenError(
                        self.display_location(), "a claims register exists already"
                    )
                self._drop(cur)
            cur.execute(self._sql("CREATE SCHEMA IF NOT EXISTS {s}"))
            self._run_migrations(cur, 1, target_version)
            return target_version

        return self._transaction(work, search_path=True)

    def upgrade(self, target_version=SCHEMA_VERSION):
        """Apply the upgrades from the installed version to ``target_version`` in one
        transaction; returns (old version, new version)."""

        def work(cur):
            self._check_schema_creators(cur)
            found = self._version(cur)
            if found is not None:  # no edits while the schema changes
                cur.execute(self._sql("LOCK TABLE {t} IN EXCLUSIVE MODE"))
            if found is None:
                raise reg.RegisterOpenError(
                    self.display_location(), "no claims register in this schema"
                )
            if found < 1:
                raise RegisterVersionError(
                    self.display_location(), found=found, expected=target_version, advice=""
                )
            if found > SCHEMA_VERSION:
                raise RegisterVersionError(
                    self.display_location(),
                    found=found,
                    expected=SCHEMA_VERSION,
                    advice=translate(TR_CONTEXT, ADVICE_NEWER),
                )
            self._run_migrations(cur, found + 1, target_version)
            return found, max(found, target_version)

        return self._transaction(work, search_path=True)

    def drop(self):
        """Remove the register (claims, history, functions) from its schema."""
        self._transaction(self._drop, search_path=True)

    def create(self):
        """Create the register when the schema holds none; check the version of an existing one."""
        version = self.schema_version()
        if version is None:
            self.install()
            return
        if version != SCHEMA_VERSION:
            advice = translate(
                TR_CONTEXT, ADVICE_NEWER if version > SCHEMA_VERSION else ADVICE_UPGRADE
            )
            raise RegisterVersionError(
                self.display_location(), found=version, expected=SCHEMA_VERSION, advice=advice
            )

    def require(self):
        """Check that the schema holds a register of this version; never creates one. A
        connection that fails is reported as such (not as a missing register)."""
        if self.schema_version() is None:
            raise reg.RegisterNotFoundError(self.display_location())
        self.create()  # an existing register: checks its version, changes nothing

    def grant_editors(self, roles):
        """Let login roles read and edit the claims (the history is written by the triggers).
        PUBLIC (every database user) is refused with ValueError."""
        if any(str(role).lower() == "public" for role in roles):
            raise ValueError("editing rights are given to named roles, not to PUBLIC")

        def work(cur):
            for role in roles:
                role = {"r": role}
                cur.execute(self._sql("GRANT USAGE ON SCHEMA {s} TO {r}", **role))
                cur.execute(self._sql("GRANT SELECT, INSERT, UPDATE, DELETE ON {t} TO {r}", **role))
                cur.execute(self._sql("GRANT SELECT ON {h}, {v} TO {r}", **role))

        self._transaction(work)

    def qgis_source(self):
        from qgis.core import QgsDataSourceUri

        password = self._password
        if self.connection_name is not None:
            _, base = qgis_connection_info(self.connection_name)
            uri = QgsDataSourceUri(base)
        elif "dsn" in self.params:
            import psycopg2.extensions

            parsed = psycopg2.extensions.parse_dsn(self.params["dsn"])
            uri = QgsDataSourceUri(_keyword_string(parsed))
        else:
            uri = QgsDataSourceUri(_keyword_string(self.params))
        # no password in the layer's source (it would be saved in the project): QGIS's
        # credentials cache gives it to the layer's connection in this session
        password = uri.password() or password
        uri.setPassword("")
        if password:
            remember_credentials(uri.connectionInfo(False), uri.username(), password)
        uri.setDataSource(
            self.schema, claim_schema.LAYER_NAME, claim_schema.GEOMETRY_COLUMN, "", claim_schema.FID
        )
        uri.setSrid(str(claim_schema.SRS_ID))
        uri.setWkbType(WkbType.MultiPolygon)
        return uri.uri(False), "postgres"

    # -- reading ------------------------------------------------------------------
    def _columns(self):
        return ", ".join(f'"{n}"' for n in (claim_schema.FID,) + claim_schema.FIELD_NAMES)

    def _rows(self, cur):
        names = [d[0] for d in cur.description]
        return [{n: _plain(n, v) for n, v in zip(names, row)} for row in cur.fetchall()]

    def list_claims(self, claim_type=None, status=None, text=None):
        where, args = reg.claim_filter(
            claim_type, status, text, placeholder="%s", quote='"{}"'.format
        )
        query = "SELECT " + self._columns() + " FROM {t}"
        if where:
            query += " WHERE " + " AND ".join(where)
        query += f' ORDER BY "{claim_schema.FID}"'

        def work(cur):
            cur.execute(self._sql(query), args)
            return self._rows(cur)

        return self._read(work)

    def get(self, claim_id):
        from shapely import wkb

        def work(cur):
            cur.execute(
                self._sql(
                    "SELECT " + self._columns() + ", ST_AsBinary({g}) AS geometry FROM {t} "
                    "WHERE {c} = %s",
                    g=claim_schema.GEOMETRY_COLUMN,
                    c=claim_schema.F_CLAIM_ID,
                ),
                (claim_id,),
            )
            rows = self._rows(cur)
            return rows[0] if rows else None

        row = self._read(work)
        if row is not None:
            blob = row["geometry"]
            row["geometry"] = wkb.loads(bytes(blob)) if blob is not None else None
        return row

    # -- writing ------------------------------------------------------------------
    def _error_location(self):
        return self.display_location()

    def _geometry_value(self, geometry):
        from shapely import wkb

        return wkb.dumps(geometry)

    def _geom_sql(self):
        return f"ST_Multi(ST_GeomFromWKB(%s, {claim_schema.SRS_ID}))"

    def add(self, claims, user=None):
        import psycopg2

        user = user or self.user
        rows = self._new_rows(claims, user)
        columns = ", ".join(
            f'"{n}"' for n in claim_schema.FIELD_NAMES + (claim_schema.GEOMETRY_COLUMN,)
        )
        query = (
            "INSERT INTO {t} ("
            + columns
            + ") VALUES ("
            + ", ".join(["%s"] * len(claim_schema.FIELD_NAMES) + [self._geom_sql()])
            + ")"
        )

        def work(cur):
            statement = self._sql(query)
            for values, blob in rows:
                cur.execute(
                    statement,
                    [values[n] for n in claim_schema.FIELD_NAMES] + [psycopg2.Binary(blob)],
                )
            return [values[claim_schema.F_CLAIM_ID] for values, _ in rows]

        return self._transaction(work, user=user)

    def _lock_version(self, cur, claim_id, expected):
        """Lock the claim row; raise ClaimNotFoundError or RegisterConflictError."""
        cur.execute(
            self._sql(
                "SELECT {n}, {m} IS NOT DISTINCT FROM %s::timestamptz FROM {t} "
                "WHERE {c} = %s FOR UPDATE",
                n=claim_schema.F_NAME,
                m=claim_schema.F_MODIFIED_AT,
                c=claim_schema.F_CLAIM_ID,
            ),
            (expected, claim_id),
        )
        row = cur.fetchone()
        if row is None:
            raise reg.ClaimNotFoundError(self.display_location(), claim_id=claim_id)
        if expected is not None and not row[1]:
            cur.execute(
                self._sql(
                    'SELECT "user", app_user, "time" FROM {h} WHERE claim_id = %s '
                    "ORDER BY fid DESC LIMIT 1"
                ),
                (claim_id,),
            )
            last = cur.fetchone() or ("?", None, None)
            who = last[0] if not last[1] or last[1] == last[0] else f"{last[0]} ({last[1]})"
            raise RegisterConflictError(
                self.display_location(),
                name=row[0],
                user=who,
                time=_iso_datetime(last[2]) if last[2] else "?",
                claim_id=claim_id,
            )

    def update(self, claim_id, attrs, geometry=None, user=None, expected_modified_at=None):
        """Change a claim. ``expected_modified_at`` is the modified_at the edit started from
        (default: the one read here); a claim changed since is refused with
        :class:`RegisterConflictError` and nothing is written."""
        import psycopg2

        current = self.get(claim_id)
        if current is None:
            raise reg.ClaimNotFoundError(self.display_location(), claim_id=claim_id)
        expected = _timestamp_param(expected_modified_at) or current.get(claim_schema.F_MODIFIED_AT)
        values, blob = self._updated_row(current, attrs, geometry)
        names = [n for n in claim_schema.FIELD_NAMES if n != claim_schema.F_CLAIM_ID]
        query = (
            "UPDATE {t} SET "
            + ", ".join(f'"{n}" = %s' for n in names)
            + f', "{claim_schema.GEOMETRY_COLUMN}" = '
            + self._geom_sql()
            + f' WHERE "{claim_schema.F_CLAIM_ID}" = %s'
        )

        def work(cur):
            self._lock_version(cur, claim_id, _timestamp_param(expected))
            cur.execute(
                self._sql(query), [values[n] for n in names] + [psycopg2.Binary(blob), claim_id]
            )
            return claim_id

        return self._transaction(work, user=user)

    def delete(self, claim_id, user=None, expected_modified_at=None):
        def work(cur):
            self._lock_version(cur, claim_id, _timestamp_param(expected_modified_at))
            cur.execute(
                self._sql("DELETE FROM {t} WHERE {c} = %s", c=claim_schema.F_CLAIM_ID), (claim_id,)
            )

        self._transaction(work, user=user)

    def history(self, claim_id=None):
        query = (
            'SELECT fid, claim_id, action, "time", "user", app_user, old_values, new_values '
            "FROM {h}"
        )
        args = []
        if claim_id:
            query += " WHERE claim_id = %s"
            args.append(claim_id)
        query += " ORDER BY fid DESC"

        def work(cur):
            cur.execute(self._sql(query), args)
            return self._rows(cur)

        return self._read(work)

    def deleted_claims(self):
        query = (
            'SELECT h.claim_id, h.old_values ->> \'name\' AS name, h."time", h."user" FROM {h} h '
            "WHERE h.action = 'delete' AND h.fid = (SELECT max(fid) FROM {h} h2 WHERE h2.claim_id "
            "= h.claim_id AND h2.action = 'delete') AND NOT EXISTS (SELECT 1 FROM {t} t WHERE "
            "t.claim_id = h.claim_id) ORDER BY h.fid DESC"
        )

        def work(cur):
            cur.execute(self._sql(query))
            return self._rows(cur)

        return self._read(work)

    def restore(self, claim_id, user=None):
        columns = claim_schema.FIELD_NAMES + (claim_schema.GEOMETRY_COLUMN,)

        def work(cur):
            cur.execute(self._sql("SELECT 1 FROM {t} WHERE claim_id = %s"), (claim_id,))
            if cur.fetchone():
                return claim_id
            cur.execute(
                self._sql(
                    "SELECT old_values FROM {h} WHERE claim_id = %s AND action = 'delete' "
                    "ORDER BY fid DESC LIMIT 1"
                ),
                (claim_id,),
            )
            row = cur.fetchone()
            if row is None:
                raise reg.ClaimNotFoundError(self.display_location(), claim_id=claim_id)
            old = row[0]
            cols = list(columns)
            if old.get(claim_schema.FID) is not None:
                cur.execute(self._sql("SELECT 1 FROM {t} WHERE fid = %s"), (old[claim_schema.FID],))
                if not cur.fetchone():
                    cols.insert(0, claim_schema.FID)
            names = ", ".join(f'"{c}"' for c in cols)
            cur.execute(
                self._sql(
                    "INSERT INTO {t} ("
                    + names
                    + ") SELECT "
                    + names
                    + " FROM pg_catalog.jsonb_populate_record(NULL::{t}, %s::jsonb)"
                ),
                (_json(old),),
            )
            return claim_id

        return self._transaction(work, user=user, insert_action="restore")


def _json(value):
    import json

    return json.dumps(value)


def _first_line(exc):
    text = (getattr(exc, "pgerror", None) or str(exc) or exc.__class__.__name__).strip()
    return text.splitlines()[0] if text else exc.__class__.__name__


def remember_credentials(realm, user, password):
    """Give QGIS's PostgreSQL provider the password of a connection for this session (the
    cache of QgsCredentials, as when QGIS asked for it), so layer sources need none."""
    from qgis.core import QgsCredentials

    QgsCredentials.instance().put(realm, user or "", password)


def _expand_authcfg(params):
    """libpq keyword string of params with a QGIS authentication configuration applied."""
    from qgis.core import QgsDataSourceUri

    uri = QgsDataSourceUri(_keyword_string(params))
    return uri.connectionInfo(True)


def open_postgis_store(location, **kwargs):
    """The PostGIS store of a location (see the module help)."""
    return PostgisClaimStore(location, **kwargs)
