"""The claims register on PostgreSQL/PostGIS, against a real server started for the session.

The ``pg`` fixture starts PostgreSQL with PostGIS (tests/postgis_server.py) in a temporary
data directory on a free local port, creates a test database and two planner roles, and
stops the server at the end. Without the Debian packages (postgresql,
postgresql-15-postgis-3), psycopg2 or a 'postgres' user (when running as root) every test
here is SKIPPED with the reason; with BRONNENSTRATEGIE_REQUIRE_POSTGIS=1 they FAIL instead.
"""

import os
import re
import threading
import time
import uuid
from pathlib import Path

import postgis_server
import pytest

from bronnenstrategie import register as reg
from bronnenstrategie.register import postgis as pgis
from bronnenstrategie.register import qgis_layer

DB = "bronnen_test"
PLANNERS = ("planner_a", "planner_b")
SQ1 = "POLYGON ((80000 455000, 80100 455000, 80100 455100, 80000 455100, 80000 455000))"
SQ2 = "POLYGON ((80050 455000, 80150 455000, 80150 455100, 80050 455100, 80050 455000))"
MULTI_WKT = (
    "MULTIPOLYGON (((80000 455000, 80100 455000, 80100 455100, 80000 455100, 80000 455000)))"
)


# -- the server ---------------------------------------------------------------------
@pytest.fixture(scope="session")
def pg():
    reason = postgis_server.unavailable_reason()
    if reason:
        if os.environ.get(postgis_server.REQUIRE_ENV) == "1":
            pytest.fail("PostGIS tests required but no server can be started: " + reason)
        pytest.skip("PostGIS tests skipped: " + reason)
    server = postgis_server.PostgisServer()
    server.start()
    try:
        server.create_database(DB)
        for role in PLANNERS:
            server.create_role(role, DB)
        yield server
    finally:
        server.stop()


def _shape(wkt):
    from shapely import wkt as shapely_wkt

    return shapely_wkt.loads(wkt)


@pytest.fixture
def schema():
    return "rc_" + uuid.uuid4().hex[:10]


@pytest.fixture
def store(pg, schema):
    """A fresh register (current version) in its own schema, used as the superuser."""
    s = pgis.PostgisClaimStore(pg.dsn(DB), schema=schema, user="anna")
    s.install()
    s.grant_editors(PLANNERS)
    return s


def _claim(name="Zoeklocatie A", **kw):
    attrs = {
        qgis_layer.F_NAME: name,
        qgis_layer.F_CLAIM_TYPE: "geothermie_zoeklocatie",
        qgis_layer.F_CATEGORY: 2,
        qgis_layer.F_DEPTH_TOP: 0.0,
        qgis_layer.F_DEPTH_BOTTOM: 2500.0,
        qgis_layer.F_STATUS: "in_procedure",
    }
    attrs.update(kw)
    return attrs


# -- without a server -------------------------------------------------------------------
def _sql_list(text, constraint):
    block = re.search(rf"CONSTRAINT {constraint} CHECK \((.*?)\)\)", text, re.S).group(1)
    return set(re.findall(r"'([^']+)'", block.split("IN (", 1)[1]))


def test_sql_value_lists_follow_the_layer_definition():
    text = (pgis.SQL_DIR / "postgis_schema.sql").read_text(encoding="utf-8")
    assert _sql_list(text, "ruimteclaims_claim_type_values") == set(qgis_layer.CLAIM_TYPES)
    assert _sql_list(text, "ruimteclaims_status_values") == set(qgis_layer.STATUSES)
    assert _sql_list(text, "ruimteclaims_level_values") == set(qgis_layer.LEVELS)
    category = re.search(r"ruimteclaims_category_values CHECK \((.*?)\)\)\),", text, re.S).group(1)
    assert set(re.findall(r"'([^']+)'", category)) == set(qgis_layer.GEOTHERMAL_TYPES)
    assert "category IN (1, 2, 3)" in category and sorted(qgis_layer.CATEGORIES) == [1, 2, 3]
    for definition in qgis_layer.FIELDS:
        assert re.search(rf"^\s+{definition.name} ", text, re.M), definition.name
    assert sorted(pgis.MIGRATIONS) == list(range(1, pgis.SCHEMA_VERSION + 1))


@pytest.mark.parametrize(
    "location, params, schema, connection",
    [
        ("pg:Team GIS", {}, "ruimteclaims", "Team GIS"),
        ("pg:Team GIS | schema=claims", {}, "claims", "Team GIS"),
        ("service=team schema=rc", {"service": "team"}, "rc", None),
        (
            "dbname='gis' host=db port=5432 user='p' password='a b' sslmode=disable "
            "key='fid' srid=28992 "
            'type=MultiPolygon table="team"."ruimteclaims" (geom)',
            {
                "dbname": "gis",
                "host": "db",
                "port": "5432",
                "user": "p",
                "password": "a b",
                "sslmode": "disable",
            },
            "team",
            None,
        ),
        (
            "postgresql://p@db:5432/gis?schema=x&sslmode=require",
            {"dsn": "postgresql://p@db:5432/gis?sslmode=require"},
            "x",
            None,
        ),
    ],
)
def test_parse_location(location, params, schema, connection):
    assert pgis.is_postgis_location(location)
    assert pgis.parse_location(location) == (params, schema, connection)


@pytest.mark.parametrize("path", ["/data/ruimteclaims.gpkg", "C:\\gis\\claims.gpkg", "claims.gpkg"])
def test_geopackage_paths_are_not_postgis(path):
    assert not pgis.is_postgis_location(path)


def test_display_location_hides_the_password():
    s = pgis.PostgisClaimStore("host=db dbname=gis user=p password=geheim")
    assert "geheim" not in s.display_location() and "dbname=gis" in s.display_location()
    s = pgis.PostgisClaimStore("postgresql://p:geheim@db/gis")
    assert "geheim" not in s.display_location() and "p@db" in s.display_location()


# -- schema creation and upgrade ------------------------------------------------------
def test_install_creates_the_schema(pg, store, schema):
    conn = pg.connect(DB)
    with conn.cursor() as cur:
        cur.execute(
            "SELECT column_name FROM information_schema.columns WHERE table_schema = %s AND "
            "table_name = 'ruimteclaims' ORDER BY ordinal_position",
            (schema,),
        )
        assert [r[0] for r in cur.fetchall()] == ["fid", "geom"] + list(qgis_layer.FIELD_NAMES)
        cur.execute(
            "SELECT type, srid FROM geometry_columns WHERE f_table_schema = %s AND "
            "f_table_name = 'ruimteclaims'",
            (schema,),
        )
        assert cur.fetchone() == ("MULTIPOLYGON", 28992)
        cur.execute(
            "SELECT indexdef FROM pg_indexes WHERE schemaname = %s AND indexname = "
            "'ruimteclaims_geom_gist'",
            (schema,),
        )
        assert "USING gist (geom)" in cur.fetchone()[0]
        cur.execute(f'SELECT version FROM "{schema}".ruimteclaims_schema_versie ORDER BY version')
        assert [r[0] for r in cur.fetchall()] == list(range(1, pgis.SCHEMA_VERSION + 1))
        cur.execute(
            "SELECT tgname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN "
            "pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = %s AND NOT tgisinternal "
            "ORDER BY tgname",
            (schema,),
        )
        assert [r[0] for r in cur.fetchall()] == [
            "ruimteclaims_historie",
            "ruimteclaims_historie_alleen_toevoegen",
            "ruimteclaims_historie_niet_legen",
            "ruimteclaims_stempel",
        ]
    conn.close()
    assert store.exists() and store.schema_version() == pgis.SCHEMA_VERSION
    store.create()  # an up-to-date register: nothing to do, no error


def test_install_refuses_an_existing_register_unless_overwrite(store):
    store.add([(_claim(), _shape(SQ1))])
    with pytest.raises(reg.RegisterOpenError, match="exists already"):
        store.install()
    assert len(store.list_claims()) == 1
    store.install(overwrite=True)
    assert store.list_claims() == [] and store.history() == []


def test_upgrade_from_version_1_keeps_claims_and_history(pg, schema):
    s = pgis.PostgisClaimStore(pg.dsn(DB), schema=schema, user="anna")
    assert s.install(target_version=1) == 1
    assert s.schema_version() == 1
    [cid] = s.add([(_claim(), _shape(SQ1))])
    # a version-1 register is not used silently: the plugin asks for the upgrade
    with pytest.raises(
        pgis.RegisterVersionError, match=f"version 1.*version {pgis.SCHEMA_VERSION}.*Upgrade"
    ):
        s.create()
    before = s.get(cid)
    assert s.upgrade() == (1, pgis.SCHEMA_VERSION)
    assert s.schema_version() == pgis.SCHEMA_VERSION
    after = s.get(cid)
    assert after[qgis_layer.F_NAME] == before[qgis_layer.F_NAME] and after["geometry"].equals(
        before["geometry"]
    )
    assert [h["action"] for h in s.history(cid)] == ["insert"]
    # version 2 stamps on the server: an update moves modified_at forward even when the
    # client writes an old value
    pg.psql(DB, f"UPDATE {schema}.ruimteclaims SET name = 'B', modified_at = '2000-01-01'")
    assert s.get(cid)[qgis_layer.F_MODIFIED_AT] > before[qgis_layer.F_MODIFIED_AT]
    assert s.upgrade() == (pgis.SCHEMA_VERSION, pgis.SCHEMA_VERSION)  # nothing left to do


def test_create_refuses_a_newer_register(pg, store, schema):
    pg.psql(DB, f"INSERT INTO {schema}.ruimteclaims_schema_versie (version) VALUES (99)")
    with pytest.raises(pgis.RegisterVersionError, match="version 99.*Update the plugin"):
        store.create()
    with pytest.raises(pgis.RegisterVersionError):
        store.upgrade()


# -- constraints ----------------------------------------------------------------------
def _insert_raw(pg, schema, **values):
    """INSERT with psycopg2 past the plugin's validation; returns the error or None."""
    import psycopg2

    row = {"name": "X", "claim_type": "overig", "status": "concept"}
    row.update(values)
    geom = row.pop("geom", MULTI_WKT)
    conn = pg.connect(DB)
    try:
        with conn.cursor() as cur:
            cols = ", ".join(row)
            cur.execute(
                (
                    'INSERT INTO "{}".ruimteclaims (geom, {}) '
                    "VALUES (ST_GeomFromText(%s, 28992), {})"
                ).format(schema, cols, ", ".join(["%s"] * len(row))),
                [geom] + list(row.values()),
            )
        return None
    except psycopg2.Error as exc:
        return exc
    finally:
        conn.close()


@pytest.mark.parametrize(
    "values, constraint",
    [
        ({"name": "  "}, "ruimteclaims_name_required"),
        ({"claim_type": "kerncentrale"}, "ruimteclaims_claim_type_values"),
        ({"status": "misschien"}, "ruimteclaims_status_values"),
        ({"level": "zolder"}, "ruimteclaims_level_values"),
        ({"claim_type": "geothermie_locatie", "category": 4}, "ruimteclaims_category_values"),
        ({"claim_type": "aquathermie", "category": 1}, "ruimteclaims_category_values"),
        ({"depth_top_m": 100.0, "depth_bottom_m": 50.0}, "ruimteclaims_depth_order"),
        ({"valid_from": "2025-01-02", "valid_to": "2025-01-01"}, "ruimteclaims_date_order"),
        (
            {"geom": "MULTIPOLYGON (((0 300000, 10 300010, 10 300000, 0 300010, 0 300000)))"},
            "ruimteclaims_geometry_valid",
        ),
        ({"geom": "MULTIPOLYGON EMPTY"}, "ruimteclaims_geometry_valid"),
        # a square near Paris in RD coordinates: outside the area of use of RD New
        (
            {
                "geom": "MULTIPOLYGON (((-300000 -100000, -299900 -100000, "
                "-299900 -99900, -300000 -100000)))"
            },
            "ruimteclaims_geometry_in_rd",
        ),
    ],
)
def test_check_constraints_refuse(pg, store, schema, values, constraint):
    error = _insert_raw(pg, schema, **values)
    assert error is not None and error.pgcode == "23514"  # check_violation
    assert error.diag.constraint_name == constraint
    assert store.list_claims() == []


def _refused(error, code, text):
    """True when the insert was refused with SQLSTATE ``code`` or, for servers or PostGIS
    versions that raise the error without that SQLSTATE (PostGIS reports the typmod check
    with ereport() and, depending on the version, no explicit errcode), with ``text``."""
    assert error is not None, "the insert was accepted"
    return error.pgcode == code or text in str(error)


def test_not_null_and_geometry_type(pg, store, schema):
    not_null = "violates not-null constraint"
    assert _refused(_insert_raw(pg, schema, name=None), "23502", not_null)  # not_null_violation
    assert _refused(_insert_raw(pg, schema, status=None), "23502", not_null)
    # a Polygon in the MultiPolygon column: refused by the typmod up to PostGIS 3.4; PostGIS
    # 3.5+ (Debian 13) promotes it to a MultiPolygon instead. Either way no Polygon is stored.
    error = _insert_raw(pg, schema, geom=SQ1)
    if error is not None:
        assert _refused(error, "22023", "does not match column type")
    conn = pg.connect(DB)
    try:
        with conn.cursor() as cur:
            cur.execute(f'SELECT DISTINCT ST_GeometryType(geom) FROM "{schema}".ruimteclaims')
            assert {row[0] for row in cur.fetchall()} <= {"ST_MultiPolygon"}
    finally:
        conn.close()


def test_constraints_accept_every_listed_value(pg, store, schema):
    for claim_type in qgis_layer.CLAIM_TYPES:
        assert _insert_raw(pg, schema, claim_type=claim_type) is None
    for status in qgis_layer.STATUSES:
        assert _insert_raw(pg, schema, status=status) is None
    for level in qgis_layer.LEVELS:
        assert _insert_raw(pg, schema, level=level) is None
    for category in qgis_layer.CATEGORIES:
        assert _insert_raw(pg, schema, claim_type="geothermie_locatie", category=category) is None
    # equal depths and equal dates are allowed (<=)
    assert (
        _insert_raw(
            pg,
            schema,
            depth_top_m=5.0,
            depth_bottom_m=5.0,
            valid_from="2025-01-01",
            valid_to="2025-01-01",
        )
        is None
    )
    n = (
        len(qgis_layer.CLAIM_TYPES)
        + len(qgis_layer.STATUSES)
        + len(qgis_layer.LEVELS)
        + len(qgis_layer.CATEGORIES)
        + 1
    )
    assert len(store.list_claims()) == n


def test_database_rule_becomes_a_validation_error(store):
    [cid] = store.add([(_claim(), _shape(SQ1))])
    with pytest.raises(reg.RegisterValidationError) as info:
        store.add([(_claim(name="Dubbel", claim_id=cid), _shape(SQ2))])
    assert info.value.problems[0].code == "claim_id_taken"
    assert "database rule" in info.value.text()
    assert [c[qgis_layer.F_NAME] for c in store.list_claims()] == ["Zoeklocatie A"]


def test_store_validates_before_the_database(store):
    with pytest.raises(reg.RegisterValidationError) as info:
        store.add(
            [
                (_claim(), _shape(SQ1)),
                (_claim(name="Omgekeerd", depth_top_m=10, depth_bottom_m=5), _shape(SQ2)),
            ]
        )
    assert info.value.index == 1 and info.value.problems[0].code == "depth_order"
    assert store.list_claims() == []  # one transaction: nothing written


# -- the store interface, as the GeoPackage store -------------------------------------
def test_same_claims_as_the_geopackage_store(store, tmp_path):
    gpkg = reg.GeoPackageClaimStore(str(tmp_path / "r.gpkg"), user="anna")
    gpkg.create()
    claims = [
        (_claim(valid_from="2025-01-01", valid_to="2030-12-31"), _shape(SQ1)),
        (
            {qgis_layer.F_NAME: "Koud", qgis_layer.F_CLAIM_TYPE: "bodemenergie_zone_koud"},
            _shape(SQ2),
        ),
    ]
    ids_pg, ids_gp = store.add(claims), gpkg.add(claims)
    volatile = (qgis_layer.F_CLAIM_ID, qgis_layer.F_CREATED_AT, qgis_layer.F_MODIFIED_AT)
    rows_pg = [{k: v for k, v in r.items() if k not in volatile} for r in store.list_claims()]
    rows_gp = [{k: v for k, v in r.items() if k not in volatile} for r in gpkg.list_claims()]
    assert rows_pg == rows_gp
    assert (
        rows_pg[1][qgis_layer.F_IMOW_GROUP] == "Bodemenergiegebied"
    )  # default from the claim type
    a, b = store.get(ids_pg[0]), gpkg.get(ids_gp[0])
    assert a["geometry"].equals(b["geometry"]) and a["geometry"].geom_type == "MultiPolygon"
    assert re.match(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$", a[qgis_layer.F_MODIFIED_AT])
    assert [c[qgis_layer.F_NAME] for c in store.list_claims(text="koud")] == ["Koud"]
    assert len(store.list_claims(claim_type="geothermie_zoeklocatie", status="in_procedure")) == 1
    assert store.get("bestaat-niet") is None


def test_delete_and_restore_keep_the_fid_and_history(store):
    [cid] = store.add([(_claim(), _shape(SQ1))])
    fid = store.get(cid)[qgis_layer.FID]
    store.delete(cid, user="bert")
    assert store.get(cid) is None
    [deleted] = store.deleted_claims()
    assert deleted["claim_id"] == cid and deleted["name"] == "Zoeklocatie A"
    assert store.restore(cid, user="bert") == cid
    restored = store.get(cid)
    assert restored[qgis_layer.FID] == fid and restored[qgis_layer.F_DEPTH_BOTTOM] == 2500.0
    assert store.deleted_claims() == []
    assert [h["action"] for h in store.history(cid)] == ["restore", "delete", "insert"]
    assert [h["app_user"] for h in store.history(cid)] == ["bert", "bert", "anna"]
    with pytest.raises(reg.ClaimNotFoundError):
        store.delete("bestaat-niet")


# -- history triggers -------------------------------------------------------------------
def test_psql_update_appears_in_the_history(pg, store, schema):
    [cid] = store.add([(_claim(), _shape(SQ1))])
    pg.psql(
        DB,
        f"UPDATE {schema}.ruimteclaims SET name = 'Via psql', depth_bottom_m = 3000 "
        f"WHERE claim_id = '{cid}'",
        user="planner_a",
    )
    newest, first = store.history(cid)
    assert (
        first["action"] == "insert" and first["user"] == "postgres" and first["app_user"] == "anna"
    )
    assert newest["action"] == "update"
    assert newest["user"] == "planner_a"  # the database user of the psql session
    assert newest["app_user"] is None  # not the plugin
    assert (
        newest["old_values"][qgis_layer.F_NAME] == "Zoeklocatie A"
        and newest["new_values"][qgis_layer.F_NAME] == "Via psql"
    )
    assert (
        newest["old_values"][qgis_layer.F_DEPTH_BOTTOM] == 2500
        and newest["new_values"][qgis_layer.F_DEPTH_BOTTOM] == 3000
    )
    assert re.match(r"^\d{4}-\d\d-\d\dT", newest["time"])
    # the planner may edit claims but cannot touch the history (append-only, no rights)
    for sql in (
        "DELETE FROM {}.ruimteclaims_historie",
        "UPDATE {}.ruimteclaims_historie SET action = 'x'",
        "INSERT INTO {}.ruimteclaims_historie (claim_id, action) VALUES ('x', 'insert')",
    ):
        with pytest.raises(Exception) as info:
            pg.psql(DB, sql.format(schema), user="planner_a")
        assert "permission denied" in info.value.stderr
    with pytest.raises(Exception) as info:
        pg.psql(DB, f"DELETE FROM {schema}.ruimteclaims_historie")  # even the owner
    assert "append-only" in info.value.stderr
    pg.psql(DB, f"DELETE FROM {schema}.ruimteclaims WHERE claim_id = '{cid}'", user="planner_b")
    newest = store.history(cid)[0]
    assert (
        newest["action"] == "delete"
        and newest["user"] == "planner_b"
        and newest["new_values"] is None
    )


# -- concurrency ------------------------------------------------------------------------
def test_second_save_of_the_same_claim_is_refused(pg, store, schema):
    [cid] = store.add([(_claim(), _shape(SQ1))])
    anna = pgis.PostgisClaimStore(pg.dsn(DB, "planner_a"), schema=schema, user="anna")
    bert = pgis.PostgisClaimStore(pg.dsn(DB, "planner_b"), schema=schema, user="bert")
    opened_a, opened_b = anna.get(cid), bert.get(cid)  # both open the dialog
    assert opened_a[qgis_layer.F_MODIFIED_AT] == opened_b[qgis_layer.F_MODIFIED_AT]
    anna.update(
        cid, {qgis_layer.F_NAME: "Anna"}, expected_modified_at=opened_a[qgis_layer.F_MODIFIED_AT]
    )
    with pytest.raises(pgis.RegisterConflictError) as info:
        bert.update(
            cid,
            {qgis_layer.F_NAME: "Bert"},
            expected_modified_at=opened_b[qgis_layer.F_MODIFIED_AT],
        )
    message = info.value.text()
    assert "planner_a (anna)" in message and "Anna" in message and "NOT saved" in message
    assert isinstance(info.value, reg.RegisterError)  # the dialog's handler keeps the form open
    assert store.get(cid)[qgis_layer.F_NAME] == "Anna"
    assert [h["action"] for h in store.history(cid)] == ["update", "insert"]
    # after reopening, Bert's save goes through
    bert.update(
        cid,
        {qgis_layer.F_NAME: "Bert"},
        expected_modified_at=bert.get(cid)[qgis_layer.F_MODIFIED_AT],
    )
    assert store.get(cid)[qgis_layer.F_NAME] == "Bert"
    # a delete from a stale form is refused too
    with pytest.raises(pgis.RegisterConflictError):
        anna.delete(cid, expected_modified_at=opened_a[qgis_layer.F_MODIFIED_AT])
    assert store.get(cid) is not None


def test_concurrent_transaction_waits_then_refuses(pg, store, schema):
    """Session 1 holds the row (an open QGIS edit session that saves); session 2 saves
    meanwhile from the same starting version: it waits for the lock, then is refused."""
    [cid] = store.add([(_claim(), _shape(SQ1))])
    opened = store.get(cid)[qgis_layer.F_MODIFIED_AT]
    other = pg.connect(DB, "planner_a", autocommit=False)
    cur = other.cursor()
    cur.execute(
        f'UPDATE "{schema}".ruimteclaims SET name = %s WHERE claim_id = %s', ("Sessie 1", cid)
    )
    bert = pgis.PostgisClaimStore(pg.dsn(DB, "planner_b"), schema=schema, user="bert", timeout=20)
    outcome = {}

    def save():
        try:
            bert.update(cid, {qgis_layer.F_NAME: "Sessie 2"}, expected_modified_at=opened)
            outcome["result"] = "saved"
        except reg.RegisterError as exc:
            outcome["result"] = exc

    thread = threading.Thread(target=save)
    thread.start()
    time.sleep(1.0)
    assert thread.is_alive(), "session 2 should wait for the row lock of session 1"
    other.commit()
    other.close()
    thread.join(30)
    assert isinstance(outcome["result"], pgis.RegisterConflictError)
    assert "planner_a" in outcome["result"].text()
    assert store.get(cid)[qgis_layer.F_NAME] == "Sessie 1"


def test_held_lock_gives_a_locked_error(pg, store, schema):
    [cid] = store.add([(_claim(), _shape(SQ1))])
    other = pg.connect(DB, autocommit=False)
    other.cursor().execute(
        f'SELECT 1 FROM "{schema}".ruimteclaims WHERE claim_id = %s FOR UPDATE', (cid,)
    )
    quick = pgis.PostgisClaimStore(pg.dsn(DB), schema=schema, timeout=0.3)
    try:
        with pytest.raises(reg.RegisterLockedError, match="locked"):
            quick.update(cid, {qgis_layer.F_NAME: "Nu"})
    finally:
        other.rollback()
        other.close()
    assert store.get(cid)[qgis_layer.F_NAME] == "Zoeklocatie A"


def test_unreachable_server_is_a_clear_error():
    port = postgis_server.free_port()
    s = pgis.PostgisClaimStore(f"host=127.0.0.1 port={port} dbname=x user=y connect_timeout=2")
    with pytest.raises(reg.RegisterOpenError, match="cannot be opened"):
        s.list_claims()
    assert not s.exists()


# -- factory --------------------------------------------------------------------------
def test_open_store_picks_the_backend(tmp_path):
    assert isinstance(reg.open_store(str(tmp_path / "r.gpkg")), reg.GeoPackageClaimStore)
    assert isinstance(reg.open_store("service=team"), pgis.PostgisClaimStore)
    assert reg.open_store("pg:Team | schema=x").schema == "x"


def test_geopackage_store_refuses_a_stale_save_too(tmp_path):
    """The same optimistic locking in the GeoPackage store (no server needed)."""
    gpkg = reg.GeoPackageClaimStore(str(tmp_path / "r.gpkg"), user="anna")
    gpkg.create()
    [cid] = gpkg.add([(_claim(), _shape(SQ1))])
    opened = gpkg.get(cid)[qgis_layer.F_MODIFIED_AT]
    time.sleep(0.005)  # modified_at has milliseconds
    gpkg.update(cid, {qgis_layer.F_NAME: "Eerst"}, user="bert", expected_modified_at=opened)
    with pytest.raises(pgis.RegisterConflictError) as info:
        gpkg.update(cid, {qgis_layer.F_NAME: "Daarna"}, expected_modified_at=opened)
    assert "bert" in info.value.text()
    assert gpkg.get(cid)[qgis_layer.F_NAME] == "Eerst"


# -- algorithms: createregister, addclaims, exportgio ---------------------------------
def _uuid_free(text):
    """The text with every UUID replaced by its order of first appearance (the two
    registers give their claims different random claim_ids)."""
    found = {}
    pattern = r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"
    return re.sub(pattern, lambda m: f"uuid{found.setdefault(m.group(0), len(found))}", text)


def test_createregister_postgis(pg, run_alg, schema):
    from qgis.core import QgsProcessingException

    uri = pg.dsn(DB)
    res = run_alg(
        "bronnenstrategie:createregister", {"URI": uri, "SCHEMA": schema, "EDITORS": "planner_a"}
    )
    assert res["ACTION"] == "created" and res["VERSION"] == pgis.SCHEMA_VERSION
    assert res["REGISTER"] == uri + " schema=" + schema
    s = reg.open_store(res["REGISTER"])
    assert isinstance(s, pgis.PostgisClaimStore) and s.schema == schema and s.exists()
    s.add([(_claim(), _shape(SQ1))])
    # planner_a may read and edit (EDITORS), planner_b was not named
    pg.psql(DB, f"UPDATE {schema}.ruimteclaims SET name = 'A'", user="planner_a")
    with pytest.raises(Exception) as info:
        pg.psql(DB, f"SELECT count(*) FROM {schema}.ruimteclaims", user="planner_b")
    assert "permission denied" in info.value.stderr
    # refused without OVERWRITE; the claim stays
    with pytest.raises(QgsProcessingException, match="already holds a claims register"):
        run_alg("bronnenstrategie:createregister", {"URI": uri, "SCHEMA": schema})
    assert len(s.list_claims()) == 1
    # an older version is upgraded, keeping the claim
    pg.psql(
        DB,
        f"DROP TRIGGER ruimteclaims_stempel ON {schema}.ruimteclaims; DROP FUNCTION "
        f"{schema}.ruimteclaims_stempel(); "
        f"DROP INDEX {schema}.ruimteclaims_historie_time; DELETE FROM "
        f"{schema}.ruimteclaims_schema_versie WHERE version >= 2",
    )
    assert s.schema_version() == 1
    res = run_alg("bronnenstrategie:createregister", {"URI": uri, "SCHEMA": schema})
    assert res["ACTION"] == "upgraded" and res["VERSION"] == pgis.SCHEMA_VERSION
    assert s.schema_version() == pgis.SCHEMA_VERSION and len(s.list_claims()) == 1
    # overwrite when told
    res = run_alg(
        "bronnenstrategie:createregister", {"URI": uri, "SCHEMA": schema, "OVERWRITE": True}
    )
    assert res["ACTION"] == "overwritten" and s.list_claims() == [] and s.history() == []


def test_createregister_geopackage(run_alg, tmp_path):
    from qgis.core import QgsProcessingException

    path = str(tmp_path / "team.gpkg")
    res = run_alg("bronnenstrategie:createregister", {"GEOPACKAGE": path})
    assert res["ACTION"] == "created" and res["REGISTER"] == path
    assert reg.GeoPackageClaimStore(path).exists()
    reg.GeoPackageClaimStore(path).add([(_claim(), _shape(SQ1))])
    with pytest.raises(QgsProcessingException, match="already a claims register"):
        run_alg("bronnenstrategie:createregister", {"GEOPACKAGE": path})
    assert len(reg.GeoPackageClaimStore(path).list_claims()) == 1
    res = run_alg("bronnenstrategie:createregister", {"GEOPACKAGE": path, "OVERWRITE": True})
    assert res["ACTION"] == "overwritten" and reg.GeoPackageClaimStore(path).list_claims() == []


def test_createregister_needs_exactly_one_register(run_alg, tmp_path):
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException, match="exactly one register"):
        run_alg("bronnenstrategie:createregister", {})
    with pytest.raises(QgsProcessingException, match="exactly one register"):
        run_alg(
            "bronnenstrategie:createregister",
            {"GEOPACKAGE": str(tmp_path / "a.gpkg"), "URI": "service=x"},
        )


def test_qgis_layer_of_the_postgis_register(store):
    from qgis.core import QgsVectorLayer

    store.add([(_claim(), _shape(SQ1))])
    uri, provider = store.qgis_source()
    layer = QgsVectorLayer(uri, "ruimteclaims", provider)
    assert provider == "postgres" and layer.isValid()
    assert layer.featureCount() == 1 and layer.crs().authid() == "EPSG:28992"
    assert [f.name() for f in layer.fields()] == ["fid"] + list(qgis_layer.FIELD_NAMES)
    feature = next(layer.getFeatures())
    # 100 m x 100 m square
    assert feature.geometry().area() == pytest.approx(10000.0)


def test_addclaims_and_exportgio_postgis_equals_geopackage(
    pg, store, schema, run_alg, memory_layer, tmp_path
):
    fields = [("naam", "string"), ("cat", "int"), ("top", "double"), ("bottom", "double")]
    layer = memory_layer(
        "Polygon",
        "EPSG:28992",
        fields,
        [
            (SQ1, {"naam": "Zoeklocatie A", "cat": 2, "top": 0.0, "bottom": 2500.0}),
            (SQ2, {"naam": "Zoeklocatie B & <C>", "cat": 3, "top": None, "bottom": None}),
            (SQ1, {"naam": "Omgekeerd", "cat": 2, "top": 2500.0, "bottom": 100.0}),  # rejected
        ],
    )
    common = {
        "INPUT": layer,
        "CLAIM_TYPE": "geothermie_zoeklocatie",
        "STATUS": "in_procedure",
        "NAME_FIELD": "naam",
        "CATEGORY_FIELD": "cat",
        "DEPTH_TOP_FIELD": "top",
        "DEPTH_BOTTOM_FIELD": "bottom",
        "SOURCE_REF": "test",
    }
    gpkg = str(tmp_path / "r.gpkg")
    location = pg.dsn(DB) + " schema=" + schema
    res_gp = run_alg("bronnenstrategie:addclaims", dict(common, REGISTER=gpkg, CREATE=True))
    res_pg = run_alg("bronnenstrategie:addclaims", dict(common, REGISTER_DB=location))
    assert (
        (res_pg["N_ADDED"], res_pg["N_REJECTED"])
        == (res_gp["N_ADDED"], res_gp["N_REJECTED"])
        == (2, 1)
    )
    assert [c[qgis_layer.F_NAME] for c in store.list_claims()] == [
        "Zoeklocatie A",
        "Zoeklocatie B & <C>",
    ]
    inserts = store.history()
    assert {h["action"] for h in inserts} == {"insert"} and {h["user"] for h in inserts} == {
        "postgres"
    }

    from qgis.core import QgsVectorLayer

    sources = {"gpkg": (f"{gpkg}|layername=ruimteclaims", "ogr"), "pg": store.qgis_source()}
    texts = {}
    for key, (uri, provider) in sources.items():
        claims = QgsVectorLayer(uri, key, provider)
        assert claims.isValid(), key
        out = run_alg(
            "bronnenstrategie:exportgio",
            {
                "INPUT": claims,
                "OUTPUT": str(tmp_path / f"{key}.gml"),
                "GROUP_FIELD": "claim_type",
                "WORK_ID": "geothermie",
                "EXPRESSION_DATE": "2024-05-14",
                "VERSION": 1,
            },
        )
        assert out["N_LOCATIONS"] == 2
        texts[key] = (
            Path(out["OUTPUT"]).read_text(encoding="utf-8"),
            Path(out["SIDECAR"]).read_text(encoding="utf-8"),
        )
    # the claim_ids (and so basisgeo:id / gml:id) differ; everything else is the same
    assert _uuid_free(texts["pg"][0]) == _uuid_free(texts["gpkg"][0])
    assert _uuid_free(texts["pg"][1]) == _uuid_free(texts["gpkg"][1])
    pg_ids = [c[qgis_layer.F_CLAIM_ID] for c in store.list_claims()]
    assert all(cid in texts["pg"][0] for cid in pg_ids)  # basisgeo:id = the register's claim_id
    assert "Zoeklocatie B &amp; &lt;C&gt;" in texts["pg"][0]


def test_claimconflicts_same_on_postgis_and_geopackage(store, run_alg, tmp_path):
    gpkg = reg.GeoPackageClaimStore(str(tmp_path / "r.gpkg"))
    gpkg.create()
    warm = {
        qgis_layer.F_NAME: "Warm",
        qgis_layer.F_CLAIM_TYPE: "bodemenergie_zone_warm",
        qgis_layer.F_DEPTH_TOP: 20.0,
        qgis_layer.F_DEPTH_BOTTOM: 80.0,
    }
    cold = dict(
        warm, **{qgis_layer.F_NAME: "Koud", qgis_layer.F_CLAIM_TYPE: "bodemenergie_zone_koud"}
    )
    claims = [(warm, _shape(SQ1)), (cold, _shape(SQ2))]
    store.add(claims)
    gpkg.add(claims)
    from qgis.core import QgsVectorLayer

    counts = []
    for key, (uri, provider) in (("pg", store.qgis_source()), ("gpkg", gpkg.qgis_source())):
        out = run_alg(
            "bronnenstrategie:claimconflicts",
            {
                "INPUT": QgsVectorLayer(uri, key, provider),
                "OUTPUT": str(tmp_path / f"c_{key}.gpkg"),
            },
        )
        counts.append((out["N_CLAIMS"], out["N_CONFLICTS"]))
    # overlap x 80050-80100 (50 m) * 100 m = 5000 m2 and depth 20-80 m shared: one conflict
    assert counts == [(2, 1), (2, 1)]


def test_register_through_a_qgis_connection(pg, store, schema):
    from qgis.core import QgsProviderRegistry, QgsVectorLayer

    metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
    name = "bronnen test " + schema
    metadata.saveConnection(metadata.createConnection(pg.dsn(DB), {"saveUsername": True}), name)
    try:
        s = reg.open_store(f"{pgis.CONNECTION_PREFIX}{name} | schema={schema}")
        assert isinstance(s, pgis.PostgisClaimStore) and s.exists()
        [cid] = s.add([(_claim(), _shape(SQ1))])
        assert store.get(cid)[qgis_layer.F_NAME] == "Zoeklocatie A"
        layer = QgsVectorLayer(*s.qgis_source()[:1], "c", "postgres")
        assert layer.isValid() and layer.featureCount() == 1
    finally:
        metadata.deleteConnection(name)
    with pytest.raises(reg.RegisterOpenError, match="no QGIS PostgreSQL connection"):
        reg.open_store(pgis.CONNECTION_PREFIX + name).list_claims()


def test_dialog_adds_the_postgis_layer_once(store):
    from qgis.core import QgsProject

    from bronnenstrategie.dialogs import ruimteclaims_dialog as dlg

    store.add([(_claim(), _shape(SQ1))])
    project = QgsProject()
    layer = dlg.register_layer(store, project)
    assert layer is not None and layer.isValid() and layer.providerType() == "postgres"
    assert layer.featureCount() == 1
    assert dlg.register_layer(store, project) is layer and len(project.mapLayers()) == 1
    # aliases and value maps of the layer definition, as for the GeoPackage
    index = layer.fields().indexOf(qgis_layer.F_CLAIM_TYPE)
    assert layer.editorWidgetSetup(index).type() == "ValueMap"


def test_skip_reason_names_the_missing_packages(monkeypatch):
    monkeypatch.setattr(postgis_server, "bin_dir", lambda: None)
    assert (
        "apt-get install postgresql postgresql-15-postgis-3" in postgis_server.unavailable_reason()
    )


def test_two_dialogs_edit_one_claim_second_refused_and_kept(plugin, qgis_iface, pg, store, schema):
    from qgis.PyQt.QtWidgets import QDialogButtonBox

    from bronnenstrategie.dialogs import ruimteclaims_dialog as dlg

    [cid] = store.add([(_claim(), _shape(SQ1))])
    anna = pgis.PostgisClaimStore(pg.dsn(DB, "planner_a"), schema=schema, user="anna")
    bert = pgis.PostgisClaimStore(pg.dsn(DB, "planner_b"), schema=schema, user="bert")
    first = dlg.RuimteclaimsDialog(qgis_iface, store=anna, claim_id=cid)
    second = dlg.RuimteclaimsDialog(qgis_iface, store=bert, claim_id=cid)
    for dialog in (first, second):
        dialog.load_claim(cid)
    first.nameEdit.setText("Anna's naam")
    second.nameEdit.setText("Bert's naam")
    first.buttonBox.button(QDialogButtonBox.Save).click()
    assert first.result() == first.Accepted
    second.buttonBox.button(QDialogButtonBox.Save).click()
    assert second.result() != second.Accepted  # the dialog stays open ...
    assert second.nameEdit.text() == "Bert's naam"  # ... with Bert's edit
    assert "planner_a" in second.messagesLabel.text()
    assert store.get(cid)[qgis_layer.F_NAME] == "Anna's naam"
