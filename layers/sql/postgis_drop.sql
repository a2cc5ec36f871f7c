-- Claims register on PostGIS: removes every object of the register from its schema
-- (used by bronnenstrategie:createregister with OVERWRITE). Other tables stay.
DROP TABLE IF EXISTS ruimteclaims_historie, ruimteclaims, ruimteclaims_schema_versie CASCADE;
DROP FUNCTION IF EXISTS ruimteclaims_historie_log() CASCADE;
DROP FUNCTION IF EXISTS ruimteclaims_historie_alleen_toevoegen() CASCADE;
DROP FUNCTION IF EXISTS ruimteclaims_stempel() CASCADE;
