-- Claims register on PostGIS: upgrade from schema version 1 to 2.
-- Run in the register's schema (SET search_path TO ruimteclaims, public), after version 1.
--
-- Version 2: the server keeps the time stamps, so that they serve as the row version for
-- optimistic locking. created_at/created_by are set on insert and cannot be changed;
-- modified_at is set by every insert and update to the server's clock, and always later than
-- the previous value (at least 1 ms), so a save that names the modified_at it started from
-- detects any change made in between, also one made with QGIS or psql.

CREATE FUNCTION ruimteclaims_stempel() RETURNS trigger
LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        NEW.created_at := coalesce(NEW.created_at, clock_timestamp());
        NEW.created_by := coalesce(NEW.created_by, session_user);
        NEW.modified_at := clock_timestamp();
    ELSE
        NEW.created_at := OLD.created_at;
        NEW.created_by := OLD.created_by;
        NEW.modified_at := greatest(clock_timestamp(), OLD.modified_at + interval '1 millisecond');
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER ruimteclaims_stempel
    BEFORE INSERT OR UPDATE ON ruimteclaims
    FOR EACH ROW EXECUTE FUNCTION ruimteclaims_stempel();

CREATE INDEX ruimteclaims_historie_time ON ruimteclaims_historie ("time");

INSERT INTO ruimteclaims_schema_versie (version, description)
VALUES (2, 'server time stamps (modified_at is the row version for optimistic locking)');
