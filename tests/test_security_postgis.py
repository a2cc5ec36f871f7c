"""Attacks on, and mistakes with, the PostGIS claims register, tried as an editor would.

Every test starts from a fresh database on a real PostgreSQL + PostGIS server (see
tests/postgis_server.py) and plays the attack or the mistake as the role ``editor``: a login
role with the editing rights 'Create or upgrade the claims register' grants (no owner, no
superuser). The register itself is installed by the superuser, as an administrator would.

Without the server packages every test is SKIPPED with the reason (FAILS with
BRONNENSTRATEGIE_REQUIRE_POSTGIS=1), as in test_register_postgis.py.
"""

import os
import uuid

import postgis_server
import pytest

from bronnenstrategie import register as reg
from bronnenstrategie.register import postgis as pgis
from bronnenstrategie.register import qgis_layer

EDITOR = "editor"
SECRET_USER = "planner_pw"
SECRET = "Geheim-Wachtw00rd-7391"
SQ1 = "POLYGON ((80000 455000, 80100 455000, 80100 455100, 80000 455100, 80000 455000))"


@pytest.fixture(scope="module")
def pg():
    reason = postgis_server.unavailable_reason()
    if reason:
        if os.environ.get(postgis_server.REQUIRE_ENV) == "1":
            pytest.fail("PostGIS tests required but no server can be started: " + reason)
        pytest.skip("PostGIS tests skipped: " + reason)
    server = postgis_server.PostgisServer()
    server.start()
    try:
        conn = server.connect()
        with conn.cursor() as cur:
            cur.execute(f'CREATE ROLE "{EDITOR}" LOGIN')
        conn.close()
        yield server
    finally:
        server.stop()


@pytest.fixture
def db(pg):
    """A fresh database with PostGIS; ``editor`` may connect (and create temp tables)."""
    name = "sec_" + uuid.uuid4().hex[:8]
    pg.create_database(name)
    return name


def _pg14_public(pg, db):
    """Configure the database as PostgreSQL 14 and older did (and pg_upgrade and dump/restore
    keep): every role may create objects in the schema public."""
    pg.psql(db, "GRANT CREATE ON SCHEMA public TO PUBLIC")


def _shape(wkt=SQ1):
    from shapely import wkt as shapely_wkt

    return shapely_wkt.loads(wkt)


def _claim(name="Zoeklocatie A"):
    return {
        qgis_layer.F_NAME: name,
        qgis_layer.F_CLAIM_TYPE: "geothermie_zoeklocatie",
        qgis_layer.F_CATEGORY: 2,
        qgis_layer.F_DEPTH_TOP: 0.0,
        qgis_layer.F_DEPTH_BOTTOM: 2500.0,
        qgis_layer.F_STATUS: "in_procedure",
    }


def _register(pg, db, schema="ruimteclaims", version=pgis.SCHEMA_VERSION):
    store = pgis.PostgisClaimStore(pg.dsn(db), schema=schema, user="admin")
    store.install(target_version=version)
    store.grant_editors([EDITOR])
    [cid] = store.add([(_claim(), _shape())])
    return store, cid


def _as_editor(pg, db, sql, args=None):
    """Run statements as the editor in one session; returns the last result rows (or None)."""
    conn = pg.connect(db, user=EDITOR)
    try:
        with conn.cursor() as cur:
            cur.execute(sql, args)
            return cur.fetchall() if cur.description else None
    finally:
        conn.close()


def _proof_table(pg, db):
    """A table the attacker's code writes current_user into: a row other than 'editor'
    means the code ran with another role's rights."""
    _as_editor(
        pg, db, "CREATE TABLE public.proof (who text); GRANT INSERT ON public.proof TO PUBLIC"
    )


def _proof(pg, db):
    return [r[0] for r in _as_editor(pg, db, "SELECT who FROM public.proof")]


def _history_actions(store, cid):
    return [h["action"] for h in store.history(cid)]


# -- the attacks, as functions so an upgraded register can be attacked again ---------------
def _temp_table_attack(pg, db, store, cid, schema="ruimteclaims"):
    """An editor shadows the history with a temporary table, then changes and deletes."""
    before = _history_actions(store, cid)
    _as_editor(
        pg,
        db,
        f"""
        CREATE TEMP TABLE ruimteclaims_historie (
            fid bigserial, claim_id text, action text, "time" timestamptz DEFAULT now(),
            "user" text DEFAULT session_user, app_user text, old_values jsonb, new_values jsonb);
        UPDATE {schema}.ruimteclaims SET name = 'Stil veranderd' WHERE claim_id = %(c)s;
        DELETE FROM {schema}.ruimteclaims WHERE claim_id = %(c)s;
    """,
        {"c": cid},
    )
    history = store.history(cid)
    assert [h["action"] for h in history] == ["delete", "update"] + before
    assert {h["user"] for h in history[:2]} == {EDITOR}
    assert history[1]["new_values"]["name"] == "Stil veranderd"


def _attach_attack(pg, db, store, schema="ruimteclaims"):
    """An editor attaches the SECURITY DEFINER history function to a table of their own and
    adds the overload it then resolves: that overload would run as the function's owner."""
    import psycopg2

    _as_editor(
        pg,
        db,
        """
        CREATE TABLE public.evil (claim_id text);
        CREATE FUNCTION public.ruimteclaims_als_json(r public.evil) RETURNS jsonb
        LANGUAGE plpgsql AS $$ BEGIN INSERT INTO public.proof VALUES (current_user);
        RETURN '{}'::jsonb; END $$;
    """,
    )
    with pytest.raises(psycopg2.Error) as info:
        _as_editor(
            pg,
            db,
            "CREATE TRIGGER evil AFTER INSERT ON public.evil FOR EACH ROW "
            f"EXECUTE FUNCTION {schema}.ruimteclaims_historie_log()",
        )
        _as_editor(pg, db, "INSERT INTO public.evil VALUES ('x')")
    assert info.value.pgcode == "42501"  # insufficient_privilege: no EXECUTE on the function
    assert [r for r in _proof(pg, db) if r != EDITOR] == []


def _overload_attack(pg, db, store, cid, schema="ruimteclaims"):
    """An editor adds a more specific to_jsonb for the claims row type in public; the
    history trigger (running as its owner) must not resolve it."""
    _as_editor(
        pg,
        db,
        f"""
        CREATE FUNCTION public.to_jsonb(r {schema}.ruimteclaims) RETURNS jsonb
        LANGUAGE plpgsql AS $$ BEGIN INSERT INTO public.proof VALUES (current_user);
        RETURN '{{}}'::jsonb; END $$;
        UPDATE {schema}.ruimteclaims SET name = 'Via overload' WHERE claim_id = %(c)s;
    """,
        {"c": cid},
    )
    assert [r for r in _proof(pg, db) if r != EDITOR] == []
    last = store.history(cid)[0]
    assert last["action"] == "update" and last["new_values"]["name"] == "Via overload"
    assert last["old_values"]["claim_id"] == cid  # the real row, not the attacker's '{}'


# -- 1: the history cannot be bypassed -----------------------------------------------------
def test_temp_table_named_like_the_history_does_not_swallow_history_rows(pg, db):
    store, cid = _register(pg, db)
    _temp_table_attack(pg, db, store, cid)
    # the functions name their search_path with pg_temp last and PUBLIC may not call them
    rows = pg.connect(db).cursor()
    rows.execute(
        "SELECT p.proname, p.proconfig, has_function_privilege('editor', p.oid, 'EXECUTE') "
        "FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace "
        "WHERE n.nspname = 'ruimteclaims' ORDER BY 1"
    )
    functions = rows.fetchall()
    assert [f[0] for f in functions] == [
        "ruimteclaims_als_json",
        "ruimteclaims_historie_alleen_toevoegen",
        "ruimteclaims_historie_log",
        "ruimteclaims_stempel",
    ]
    for name, config, executable in functions:
        assert config and config[0].endswith("pg_temp"), (name, config)
        assert not executable, name


# -- 2: no code runs as the owner, also where PUBLIC may create in public -------------------
def test_public_create_on_public_no_code_runs_as_the_register_owner(pg, db, run_alg):
    from qgis.core import QgsProcessingException

    _pg14_public(pg, db)
    # a register in a schema where everybody may create objects is refused, nothing is made
    with pytest.raises(QgsProcessingException) as info:
        run_alg(
            "bronnenstrategie:createregister",
            {"URI": pg.dsn(db), "SCHEMA": "public", "EDITORS": EDITOR},
        )
    assert "REVOKE CREATE ON SCHEMA public FROM PUBLIC" in str(info.value)
    assert pgis.PostgisClaimStore(pg.dsn(db), schema="public").schema_version() is None
    # editing rights for everybody are refused too
    with pytest.raises(QgsProcessingException, match="PUBLIC would let every database user"):
        run_alg(
            "bronnenstrategie:createregister",
            {"URI": pg.dsn(db), "SCHEMA": "ruimteclaims", "EDITORS": "planner, public"},
        )
    assert pgis.PostgisClaimStore(pg.dsn(db)).schema_version() is None
    # in its own schema it is made, with a warning about public
    from qgis_fixtures import RecordingFeedback

    feedback = RecordingFeedback()
    res = run_alg(
        "bronnenstrategie:createregister",
        {"URI": pg.dsn(db), "SCHEMA": "ruimteclaims", "EDITORS": EDITOR},
        feedback=feedback,
    )
    assert res["ACTION"] == "created" and res["VERSION"] == pgis.SCHEMA_VERSION
    assert any("REVOKE CREATE ON SCHEMA public FROM PUBLIC" in w for w in feedback.warnings)
    store = pgis.PostgisClaimStore(pg.dsn(db), schema="ruimteclaims", user="admin")
    [cid] = store.add([(_claim(), _shape())])
    _proof_table(pg, db)
    _attach_attack(pg, db, store)
    _overload_attack(pg, db, store, cid)
    _temp_table_attack(pg, db, store, cid)


def test_public_create_on_public_no_code_runs_as_a_planner_using_the_plugin(pg, db):
    """The same overload trick against the plugin's own queries: an editor's function in
    public must not run when another user (here the superuser) restores a claim."""
    _pg14_public(pg, db)
    store, cid = _register(pg, db)
    _proof_table(pg, db)
    _as_editor(
        pg,
        db,
        """
        CREATE FUNCTION public.jsonb_populate_record(r ruimteclaims.ruimteclaims, j jsonb)
        RETURNS ruimteclaims.ruimteclaims LANGUAGE plpgsql AS $$
        BEGIN INSERT INTO public.proof VALUES (current_user);
        RETURN pg_catalog.jsonb_populate_record(r, j); END $$;
    """,
    )
    store.delete(cid)
    store.restore(cid)
    assert store.get(cid)[qgis_layer.F_NAME] == "Zoeklocatie A"
    assert [r for r in _proof(pg, db) if r != EDITOR] == []


# -- 3: createregister upgrades an old register and closes the attacks ----------------------
def test_upgrade_3_closes_the_attacks_on_a_version_2_register(pg, db, run_alg):
    from qgis.core import QgsProcessingException

    in_public, _ = _register(pg, db, schema="public", version=2)
    _pg14_public(pg, db)
    store, cid = _register(pg, db, version=2)  # the version-2 SQL as it was shipped
    # an old register in a schema where everybody may create objects is not upgraded in place
    with pytest.raises(QgsProcessingException, match="REVOKE CREATE ON SCHEMA public FROM PUBLIC"):
        run_alg("bronnenstrategie:createregister", {"URI": pg.dsn(db), "SCHEMA": "public"})
    assert in_public.schema_version() == 2 and len(in_public.list_claims()) == 1
    assert store.schema_version() == 2
    res = run_alg("bronnenstrategie:createregister", {"URI": pg.dsn(db), "SCHEMA": "ruimteclaims"})
    assert res["ACTION"] == "upgraded" and res["VERSION"] == 3 == pgis.SCHEMA_VERSION
    assert store.get(cid)[qgis_layer.F_NAME] == "Zoeklocatie A" and _history_actions(
        store, cid
    ) == ["insert"]
    _proof_table(pg, db)
    _attach_attack(pg, db, store)
    _overload_attack(pg, db, store, cid)
    _temp_table_attack(pg, db, store, cid)


# -- 4: overwrite names its schema --------------------------------------------------------
def _objects(pg, db, schema):
    conn = pg.connect(db)
    with conn.cursor() as cur:
        cur.execute(
            "SELECT tgname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN "
            "pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = %s AND NOT tgisinternal "
            "ORDER BY 1",
            (schema,),
        )
        triggers = [r[0] for r in cur.fetchall()]
        cur.execute(
            "SELECT proname FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace "
            "WHERE n.nspname = %s AND proname LIKE 'ruimteclaims%%' ORDER BY 1",
            (schema,),
        )
        functions = [r[0] for r in cur.fetchall()]
    conn.close()
    return triggers, functions


def test_overwrite_in_one_schema_never_touches_the_register_in_another(pg, db, run_alg):
    public, public_cid = _register(pg, db, schema="public")
    before = _objects(pg, db, "public")
    assert len(before[0]) == 4 and len(before[1]) == 4
    # an older register in ruimteclaims (version 1: without the time-stamp function)
    old, _ = _register(pg, db, schema="ruimteclaims", version=1)
    res = run_alg(
        "bronnenstrategie:createregister",
        {"URI": pg.dsn(db), "SCHEMA": "ruimteclaims", "OVERWRITE": True},
    )
    assert res["ACTION"] == "overwritten" and old.list_claims() == []
    assert _objects(pg, db, "public") == before
    assert [c[qgis_layer.F_CLAIM_ID] for c in public.list_claims()] == [public_cid]
    assert _history_actions(public, public_cid) == ["insert"]
    assert public.schema_version() == pgis.SCHEMA_VERSION
    # and the other way round: overwriting public leaves ruimteclaims alone
    [cid] = old.add([(_claim("In ruimteclaims"), _shape())])
    kept = _objects(pg, db, "ruimteclaims")
    run_alg(
        "bronnenstrategie:createregister",
        {"URI": pg.dsn(db), "SCHEMA": "public", "OVERWRITE": True},
    )
    assert public.list_claims() == [] and _objects(pg, db, "ruimteclaims") == kept
    assert old.get(cid)[qgis_layer.F_NAME] == "In ruimteclaims"
    # the store's drop() too
    public.drop()
    assert public.schema_version() is None and old.get(cid) is not None
    assert _objects(pg, db, "ruimteclaims") == kept


# -- 5: schema names are identifiers, never pasted into a connection string -----------------
@pytest.mark.parametrize("bad", ["x&host=evil", "two words", "a'b", "x;drop", "1abc", "a" * 64])
def test_schema_name_is_validated_not_pasted_into_the_connection(pg, db, run_alg, bad):
    from qgis.core import QgsProcessingException

    for uri in (pg.dsn(db), f"postgresql://postgres@127.0.0.1:{pg.port}/{db}"):
        with pytest.raises(QgsProcessingException, match="not a valid schema name"):
            run_alg("bronnenstrategie:createregister", {"URI": uri, "SCHEMA": bad})
    conn = pg.connect(db)
    with conn.cursor() as cur:
        cur.execute("SELECT count(*) FROM pg_namespace WHERE nspname = %s", (bad,))
        assert cur.fetchone()[0] == 0
    conn.close()
    with pytest.raises(reg.RegisterOpenError, match="not a valid schema name"):
        pgis.PostgisClaimStore(pg.dsn(db), schema=bad)
    with pytest.raises(reg.RegisterOpenError, match="not a valid schema name"):
        pgis.with_schema("postgresql://u@db/gis", bad)
    # a schema hidden in a URL query or a keyword string is checked the same way
    with pytest.raises(reg.RegisterOpenError, match="not a valid schema name"):
        reg.open_store("postgresql://u@db/gis?schema=x%26host%3Devil")
    with pytest.raises(reg.RegisterOpenError, match="not a valid schema name"):
        reg.open_store("host=db dbname=gis schema='two words'")


def test_valid_schema_names_pass():
    for good in ("ruimteclaims", "public", "Team_2", "_x"):
        assert pgis.PostgisClaimStore("service=team", schema=good).schema == good
    assert (
        pgis.with_schema("postgresql://u@db/gis", "team_2") == "postgresql://u@db/gis?schema=team_2"
    )


# -- 6: the password stays in the connection ------------------------------------------------
def test_password_in_a_location_never_leaves_the_connection(
    pg, db, run_alg, qgis_iface, tmp_path, plugin
):
    from qgis.core import (
        QgsCoordinateReferenceSystem,
        QgsProcessingException,
        QgsProject,
        QgsSettings,
    )

    from bronnenstrategie.dialogs import ruimteclaims_dialog as dlg
    from bronnenstrategie.dialogs import ruimteclaims_dock as dock_module

    pg.require_password(SECRET_USER, SECRET, db)
    admin, _ = _register(pg, db)
    admin.grant_editors([SECRET_USER])
    base = f"host=127.0.0.1 port={pg.port} dbname={db} user={SECRET_USER}"
    location = base + f" password='{SECRET}'"
    url = f"postgresql://{SECRET_USER}:{SECRET}@127.0.0.1:{pg.port}/{db}"
    # without the password the server refuses: the password really is needed, and the
    # message says so (not that there is no register)
    with pytest.raises(reg.RegisterOpenError, match="password"):
        pgis.PostgisClaimStore(base + " connect_timeout=5").list_claims()
    with pytest.raises(reg.RegisterOpenError, match="password"):
        pgis.PostgisClaimStore(base + " connect_timeout=5").require()

    # processing keeps its parameters (history, models, the log): a password is refused
    # before anything runs, and the message does not repeat it
    from qgis_fixtures import RecordingFeedback

    feedback = RecordingFeedback()
    for params in ({"URI": location}, {"URI": url}):
        with pytest.raises(QgsProcessingException) as info:
            run_alg("bronnenstrategie:createregister", params, feedback=feedback)
        assert SECRET not in str(info.value) and "password" in str(info.value)
    with pytest.raises(QgsProcessingException) as info:
        run_alg(
            "bronnenstrategie:addclaims",
            {"INPUT": _memory_polygon(), "REGISTER_DB": location, "CLAIM_TYPE": "overig"},
            feedback=feedback,
        )
    assert SECRET not in str(info.value)
    logged = feedback.infos + feedback.warnings + feedback.errors
    assert logged and not [text for text in logged if SECRET in text]
    assert (
        admin.schema_version() == pgis.SCHEMA_VERSION and len(admin.list_claims()) == 1
    )  # nothing ran

    # messages and the shown form of the location
    for text in (location, url):
        store = reg.open_store(text)
        assert SECRET not in store.display_location()
        assert SECRET not in pgis.safe_location(text)
        assert pgis.parse_location(pgis.safe_location(text))[1] == "ruimteclaims"

    # the dialog and the dock with a typed location holding the password
    project = QgsProject.instance()
    project.clear()
    messages = []
    qgis_iface.messageBar().pushMessage = lambda *args, **kw: messages.append(
        " ".join(map(str, args))
    )
    dialog = dlg.RuimteclaimsDialog(qgis_iface)
    dialog.registerEdit.setText(location)
    dialog.nameEdit.setText("Met wachtwoord")
    dialog.typeCombo.setCurrentIndex(dialog.typeCombo.findData("overig"))
    dialog.set_geometries([_qgs(SQ1)], QgsCoordinateReferenceSystem("EPSG:28992"))
    assert dialog.save(), dialog.messagesLabel.text()
    assert [c[qgis_layer.F_NAME] for c in admin.list_claims()] == [
        "Zoeklocatie A",
        "Met wachtwoord",
    ]
    stored = dlg.register_path()
    assert stored == pgis.safe_location(location) and SECRET not in stored
    assert SECRET not in QgsSettings().value(dlg.SETTINGS_KEY, "", type=str)
    assert messages and all(SECRET not in m for m in messages)
    # the layer added to the project connects without the password in its source
    [layer] = [lyr for lyr in project.mapLayers().values() if lyr.providerType() == "postgres"]
    assert layer.isValid() and layer.featureCount() == 2
    assert SECRET not in layer.source() and SECRET not in layer.publicSource()
    # the dock, opened later from the stored location, shows it without the password and
    # still reaches the register in this session
    dock = dock_module.RuimteclaimsDock(qgis_iface)
    dock.refresh()
    assert SECRET not in dock.registerLabel.text() and dock.table.rowCount() == 2
    # the project file and the settings file
    path = tmp_path / "project.qgs"
    assert project.write(str(path))
    assert SECRET not in path.read_text(encoding="utf-8")
    QgsSettings().sync()
    settings_file = QgsSettings().fileName()
    if settings_file and os.path.exists(settings_file):
        with open(settings_file, encoding="utf-8", errors="replace") as fh:
            assert SECRET not in fh.read()
    dock.close()
    project.clear()


@pytest.mark.parametrize(
    "location, safe, password",
    [
        (
            "host=db dbname=gis user=p password=geheim schema=rc",
            "host=db dbname=gis user=p schema=rc",
            "geheim",
        ),
        ("host=db password = 'a b\\'c' dbname=gis", "host=db dbname=gis", "a b'c"),
        ("PASSWORD=x host=db", "host=db", "x"),
        (
            "postgresql://p:ge%40heim@db:5432/gis?schema=rc",
            "postgresql://p@db:5432/gis?schema=rc",
            "ge@heim",
        ),
        (
            "postgresql://p@db/gis?password=geheim&sslmode=require",
            "postgresql://p@db/gis?sslmode=require",
            "geheim",
        ),
        ("host=db  dbname=gis", "host=db  dbname=gis", None),
        ("pg:Team GIS | schema=rc", "pg:Team GIS | schema=rc", None),
        ("/data/password=geheim.gpkg", "/data/password=geheim.gpkg", None),
    ],
)
def test_split_password_of_every_location_form(location, safe, password):
    assert pgis.split_password(location) == (safe, password)
    assert pgis.safe_location(location) == safe and pgis.has_password(location) == (
        password is not None
    )
    if pgis.is_postgis_location(location):
        store = pgis.PostgisClaimStore(location)
        assert store.location() == safe
        assert password is None or password not in store.location() + store.display_location()


def _memory_polygon():
    from qgis.core import QgsFeature, QgsGeometry, QgsVectorLayer

    layer = QgsVectorLayer("Polygon?crs=EPSG:28992", "p", "memory")
    feature = QgsFeature()
    feature.setGeometry(QgsGeometry.fromWkt(SQ1))
    layer.dataProvider().addFeatures([feature])
    return layer


def _qgs(wkt):
    from qgis.core import QgsGeometry

    return QgsGeometry.fromWkt(wkt)


# -- the roles the README describes: a non-superuser owner, editors ------------------------
def test_register_installed_by_a_non_superuser_owner_editors_cannot_touch_the_history(
    pg, db, run_alg
):
    import psycopg2

    owner = "claims_owner_" + db[-8:]
    conn = pg.connect(db)
    with conn.cursor() as cur:
        cur.execute(f'CREATE ROLE "{owner}" LOGIN')
        cur.execute(f'GRANT CREATE ON DATABASE "{db}" TO "{owner}"')
    conn.close()
    res = run_alg("bronnenstrategie:createregister", {"URI": pg.dsn(db, owner), "EDITORS": EDITOR})
    assert res["ACTION"] == "created"
    store = pgis.PostgisClaimStore(pg.dsn(db, owner), user="admin")
    editor = pgis.PostgisClaimStore(pg.dsn(db, EDITOR), user="eva")
    [cid] = editor.add([(_claim(), _shape())])
    editor.update(cid, {qgis_layer.F_NAME: "Door de editor"})
    history = store.history(cid)
    assert [(h["action"], h["user"], h["app_user"]) for h in history] == [
        ("update", EDITOR, "eva"),
        ("insert", EDITOR, "eva"),
    ]
    # what an editor may not do: write, change or empty the history, switch off or replace
    # the triggers and their functions
    for sql in (
        "INSERT INTO ruimteclaims.ruimteclaims_historie (claim_id, action) VALUES ('x', 'insert')",
        "UPDATE ruimteclaims.ruimteclaims_historie SET action = 'insert'",
        "DELETE FROM ruimteclaims.ruimteclaims_historie",
        "TRUNCATE ruimteclaims.ruimteclaims_historie",
        "ALTER TABLE ruimteclaims.ruimteclaims DISABLE TRIGGER ruimteclaims_historie",
        "DROP TRIGGER ruimteclaims_historie ON ruimteclaims.ruimteclaims",
        "CREATE OR REPLACE FUNCTION ruimteclaims.ruimteclaims_historie_log() RETURNS trigger "
        "LANGUAGE plpgsql AS $$ BEGIN RETURN NULL; END $$",
        "CREATE TABLE ruimteclaims.extra (x int)",
    ):
        with pytest.raises(psycopg2.Error) as info:
            _as_editor(pg, db, sql)
        assert info.value.pgcode == "42501", sql  # insufficient_privilege
    _temp_table_attack(pg, db, store, cid)
    assert len(store.history(cid)) == 4
    # what the history cannot guarantee: the owner can switch it off (documented)
    pg.psql(
        db,
        "ALTER TABLE ruimteclaims.ruimteclaims DISABLE TRIGGER ruimteclaims_historie",
        user=owner,
    )


def test_authcfg_in_a_location_connects_without_a_password_anywhere(pg, db, qgis_app, tmp_path):
    """The QGIS authentication database instead of a password: only its id is in the
    location and in the layer's source."""
    from qgis.core import QgsApplication, QgsAuthMethodConfig, QgsProject, QgsVectorLayer

    manager = QgsApplication.authManager()
    if manager.isDisabled():
        pytest.skip("the QGIS authentication system is disabled here")
    if not manager.masterPasswordIsSet():
        manager.setMasterPassword("test-master", True)
    user = SECRET_USER + "_auth"
    pg.require_password(user, SECRET, db)
    admin, cid = _register(pg, db)
    admin.grant_editors([user])
    config = QgsAuthMethodConfig("Basic")
    config.setName("register " + db)
    config.setConfig("username", user)
    config.setConfig("password", SECRET)
    assert manager.storeAuthenticationConfig(config)[0]
    location = f"host=127.0.0.1 port={pg.port} dbname={db} authcfg={config.id()}"
    store = reg.open_store(location)
    assert [c[qgis_layer.F_CLAIM_ID] for c in store.list_claims()] == [cid]
    assert SECRET not in store.location() + store.display_location()
    uri, provider = store.qgis_source()
    assert SECRET not in uri and "authcfg=" + config.id() in uri
    layer = QgsVectorLayer(uri, "claims", provider)
    assert layer.isValid() and layer.featureCount() == 1
    project = QgsProject()
    project.addMapLayer(layer)
    path = tmp_path / "auth.qgs"
    assert project.write(str(path))
    assert SECRET not in path.read_text(encoding="utf-8")
