-- Claims register on PostGIS: upgrade from schema version 2 to 3.
-- Run in the register's schema (SET search_path TO ruimteclaims, public), after version 2.
--
-- Version 3: the functions behind the triggers cannot be turned against the register.
-- - Every table and function inside them is named with its schema (the register's schema,
--   pg_catalog, the schema of PostGIS), and their search_path is "pg_catalog, pg_temp":
--   nothing an editor can create is searched. pg_temp is named last on purpose: when it
--   is not named, PostgreSQL searches it FIRST, and a temporary table called
--   ruimteclaims_historie would receive the history rows (and vanish with the session).
--   Schemas where others may create objects (public before PostgreSQL 15) are not searched,
--   so no overload of to_jsonb() or ruimteclaims_als_json() can run as the owner.
-- - EXECUTE on the functions is revoked from PUBLIC: nobody can attach the SECURITY
--   DEFINER history function to a table of their own (triggers on the register still fire).
-- - The history function refuses to run for any other table than the register's.
-- The schema names are taken from the session (current_schema() and the postgis extension)
-- and quoted with format(%I).

DO $upgrade$
DECLARE
    s text := current_schema();
    g text;
BEGIN
    SELECT n.nspname INTO g FROM pg_catalog.pg_extension e
        JOIN pg_catalog.pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = 'postgis';
    IF s IS NULL OR g IS NULL THEN
        RAISE EXCEPTION 'run this upgrade in the register''s schema, in a database with postgis';
    END IF;

    EXECUTE format($sql$
        CREATE OR REPLACE FUNCTION %1$I.ruimteclaims_als_json(r %1$I.ruimteclaims) RETURNS jsonb
        LANGUAGE sql STABLE SET search_path = pg_catalog, pg_temp AS $f$
            SELECT (pg_catalog.to_jsonb(r) - 'geom'::text)
                || pg_catalog.jsonb_build_object('geom', pg_catalog.encode(%2$I.st_asewkb(r.geom), 'hex'))
        $f$ $sql$, s, g);

    EXECUTE format($sql$
        CREATE OR REPLACE FUNCTION %1$I.ruimteclaims_historie_log() RETURNS trigger
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $f$
        DECLARE
            app text := nullif(pg_catalog.current_setting('ruimteclaims.app_user', true), '');
            act text;
        BEGIN
            IF TG_RELID <> %2$L::pg_catalog.regclass THEN
                RAISE EXCEPTION 'ruimteclaims_historie_log only keeps the history of %%', %2$L
                    USING ERRCODE = 'insufficient_privilege';
            END IF;
            IF TG_OP = 'INSERT' THEN
                act := coalesce(nullif(pg_catalog.current_setting('ruimteclaims.insert_action', true), ''),
                                'insert');
                INSERT INTO %1$I.ruimteclaims_historie (claim_id, action, app_user, old_values, new_values)
                VALUES (NEW.claim_id, act, app, NULL, %1$I.ruimteclaims_als_json(NEW));
                RETURN NEW;
            ELSIF TG_OP = 'UPDATE' THEN
                INSERT INTO %1$I.ruimteclaims_historie (claim_id, action, app_user, old_values, new_values)
                VALUES (NEW.claim_id, 'update', app, %1$I.ruimteclaims_als_json(OLD),
                        %1$I.ruimteclaims_als_json(NEW));
                RETURN NEW;
            END IF;
            INSERT INTO %1$I.ruimteclaims_historie (claim_id, action, app_user, old_values, new_values)
            VALUES (OLD.claim_id, 'delete', app, %1$I.ruimteclaims_als_json(OLD), NULL);
            RETURN OLD;
        END
        $f$ $sql$, s, format('%I.ruimteclaims', s));

    EXECUTE format($sql$
        CREATE OR REPLACE FUNCTION %1$I.ruimteclaims_historie_alleen_toevoegen() RETURNS trigger
        LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $f$
        BEGIN
            RAISE EXCEPTION 'ruimteclaims_historie is append-only (%% refused)', TG_OP
                USING ERRCODE = 'insufficient_privilege';
        END
        $f$ $sql$, s);

    EXECUTE format($sql$
        CREATE OR REPLACE FUNCTION %1$I.ruimteclaims_stempel() RETURNS trigger
        LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $f$
        BEGIN
            IF TG_OP = 'INSERT' THEN
                NEW.created_at := coalesce(NEW.created_at, pg_catalog.clock_timestamp());
                NEW.created_by := coalesce(NEW.created_by, session_user);
                NEW.modified_at := pg_catalog.clock_timestamp();
            ELSE
                NEW.created_at := OLD.created_at;
                NEW.created_by := OLD.created_by;
                NEW.modified_at := greatest(pg_catalog.clock_timestamp(),
                                            OLD.modified_at + interval '1 millisecond');
            END IF;
            RETURN NEW;
        END
        $f$ $sql$, s);

    EXECUTE format($sql$
        REVOKE ALL ON FUNCTION %1$I.ruimteclaims_als_json(%1$I.ruimteclaims),
            %1$I.ruimteclaims_historie_log(), %1$I.ruimteclaims_historie_alleen_toevoegen(),
            %1$I.ruimteclaims_stempel() FROM PUBLIC
        $sql$, s);
END
$upgrade$;

INSERT INTO ruimteclaims_schema_versie (version, description)
VALUES (3, 'trigger functions with qualified names, search_path pg_catalog, pg_temp; no EXECUTE for PUBLIC');
