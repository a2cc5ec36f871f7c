<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1">
<context>
    <name>CreateRegister</name>
    <message>
        <location filename="../processing/ruimteclaims/createregister.py" line="45" />
        <source>Create or upgrade the claims register</source>
        <translation>Ruimteclaimregister aanmaken of bijwerken</translation>
    </message>
    <message>
        <location filename="../processing/ruimteclaims/createregister.py" line="48" />
        <source>Creates the spatial-claims register in a GeoPackage or a PostGIS database, or upgrades an older PostGIS register.</source>
        <translation>Maakt het register van ruimteclaims aan in een GeoPackage of een PostGIS-database, of werkt een ouder PostGIS-register bij.</translation>
    </message>
    <message>
        <location filename="../processing/ruimteclaims/createregister.py" line="85" />
        <source>GeoPackage register</source>
        <translation>GeoPackage-register</translation>
    </message>
    <message>
        <location filename="../processing/ruimteclaims/createregister.py" line="85" />
        <source>File of a GeoPackage register (leave empty for PostGIS).</source>
        <translation>Bestand van een GeoPackage-register (leeg laten voor PostGIS).</translation>
    </message>
    <message>
        <location filename="../processing/ruimteclaims/createregister.py" line="92" />
        <source>PostgreSQL connection</source>
        <translation>PostgreSQL-verbinding</translation>
    </message>
    <message>
        <location filename="../processing/ruimteclaims/createregister.py" line="92" />
        <source>QGIS PostgreSQL connection of the PostGIS database (or give a connection string).</source>
        <translation>PostgreSQL-verbinding van QGIS naar de PostGIS-database (of geef een verbindingstekst).</translation>
    </message>
    <message>
        <location filename="../processing/ruimteclaims/createregister.py" line="98" />
        <source>PostGIS service or connection string</source>
        <translation>PostGIS-service of verbindingstekst</translation>
    </message>
    <message>
        <location filename="../processing/ruimteclaims/createregister.py" line="105" />
        <source>Schema</source>
        <translation>Schema</translation>
    </message>
    <message>
        <location filename="../processing/ruimteclaims/createregister.py" line="110" />
        <source>Overwrite an existing register</source>
        <translation>Bestaand register overschrijven</translation>
    </message>
    <message>
        <location filename="../processing/ruimteclaims/createregister.py" line="110" />
        <source>Remove an existing register with all its claims and history and create it anew (default: no, an existing register is refused or upgraded).</source>
        <translation>Een bestaand register met al zijn claims en historie verwijderen en opnieuw aanmaken (standaard: nee, een bestaand register wordt geweigerd of bijgewerkt).</translation>
    </message>
    <message>
        <location filename="../processing/ruimteclaims/createregister.py" line="116" />
        <source>Editor roles</source>
        <translation>Rollen van bewerkers</translation>
    </message>
    <message>
        <location filename="../processing/ruimteclaims/createregister.py" line="116" />
        <source>PostGIS only: comma-separated database roles that may read and edit the claims (they get no right to change the history).</source>
        <translation>Alleen PostGIS: databaserollen, gescheiden door komma's, die de claims mogen lezen en bewerken (zij krijgen geen recht om de historie te wijzigen).</translation>
    </message>
    <message>
        <location filename="../processing/ruimteclaims/createregister.py" line="122" />
        <source>Register location</source>
        <translation>Locatie van het register</translation>
    </message>
    <message>
        <location filename="../processing/ruimteclaims/createregister.py" line="123" />
        <source>Schema version</source>
        <translation>Schemaversie</translation>
    </message>
    <message>
        <location filename="../processing/ruimteclaims/createregister.py" line="124" />
        <source>What was done</source>
        <translation>Wat er is gedaan</translation>
    </message>
    <message>
        <location filename="../processing/ruimteclaims/createregister.py" line="145" />
        <source>Give exactly one register: a GeoPackage file, a PostgreSQL connection or a PostGIS connection string.</source>
        <translation>Geef precies één register op: een GeoPackage-bestand, een PostgreSQL-verbinding of een PostGIS-verbindingstekst.</translation>
    </message>
    <message>
        <location filename="../processing/ruimteclaims/createregister.py" line="161" />
        <source>created</source>
        <translation>aangemaakt</translation>
    </message>
    <message>
        <location filename="../processing/ruimteclaims/createregister.py" line="161" />
        <source>overwritten</source>
        <translation>overschreven</translation>
    </message>
    <message>
        <location filename="../processing/ruimteclaims/createregister.py" line="162" />
        <source>upgraded</source>
        <translation>bijgewerkt</translation>
    </message>
    <message>
        <location filename="../processing/ruimteclaims/createregister.py" line="171" />
        <source>a claims register</source>
        <translation>een ruimteclaimregister</translation>
    </message>
    <message>
        <location filename="../processing/ruimteclaims/createregister.py" line="171" />
        <source>a file that is not a claims register</source>
        <translation>een bestand dat geen ruimteclaimregister is</translation>
    </message>
    <message>
        <location filename="../processing/ruimteclaims/createregister.py" line="173" />
        <source>{path} is already {what}; nothing was changed. Tick 'Overwrite' to replace it (all its claims and history are lost).</source>
        <translation>{path} is al {what}; er is niets gewijzigd. Vink 'Overschrijven' aan om het te vervangen (alle claims en de historie gaan dan verloren).</translation>
    </message>
    <message>
        <location filename="../processing/ruimteclaims/createregister.py" line="179" />
        <source>{path} cannot be replaced: {error}</source>
        <translation>{path} kan niet worden vervangen: {error}</translation>
    </message>
    <message>
        <location filename="../processing/ruimteclaims/createregister.py" line="185" />
        <source>GeoPackage register ({action}): {path}</source>
        <translation>GeoPackage-register ({action}): {path}</translation>
    </message>
    <message>
        <location filename="../processing/ruimteclaims/createregister.py" line="200" />
        <source>Upgraded the register {where} from schema version {old} to {new}.</source>
        <translation>Het register {where} is bijgewerkt van schemaversie {old} naar {new}.</translation>
    </message>
    <message>
        <location filename="../processing/ruimteclaims/createregister.py" line="203" />
        <source>{where} already holds a claims register (schema version {version}, the current one); nothing was changed. Tick 'Overwrite' to replace it (all its claims and history are lost).</source>
        <translation>{where} bevat al een ruimteclaimregister (schemaversie {version}, de huidige); er is niets gewijzigd. Vink 'Overschrijven' aan om het te vervangen (alle claims en de historie gaan dan verloren).</translation>
    </message>
    <message>
        <location filename="../processing/ruimteclaims/createregister.py" line="208" />
        <source>{where} holds a claims register of schema version {version}, newer than this plugin knows ({known}); nothing was changed. Update the plugin.</source>
        <translation>{where} bevat een ruimteclaimregister met schemaversie {version}, nieuwer dan deze plug-in kent ({known}); er is niets gewijzigd. Werk de plug-in bij.</translation>
    </message>
    <message>
        <location filename="../processing/ruimteclaims/createregister.py" line="220" />
        <source>Editing rights granted to: {}</source>
        <translation>Bewerkrechten gegeven aan: {}</translation>
    </message>
    <message>
        <location filename="../processing/ruimteclaims/createregister.py" line="221" />
        <source>PostGIS register ({action}): {where}, schema version {version}.</source>
        <translation>PostGIS-register ({action}): {where}, schemaversie {version}.</translation>
    </message>
    <message>
        <location filename="../processing/ruimteclaims/createregister.py" line="52" />
        <source>&lt;p&gt;Creates the register of spatial claims (ruimteclaims): the layer 'ruimteclaims' (MultiPolygon, EPSG:28992), its history table 'ruimteclaims_historie' kept by triggers, and the rules a database can check (claim type, status and level from their value lists, category 1/2/3 only for geothermal claims, top depth not below bottom depth, valid from not after valid to).&lt;/p&gt;&lt;p&gt;&lt;b&gt;GeoPackage&lt;/b&gt; (one user): give the file. &lt;b&gt;PostGIS&lt;/b&gt; (a team): choose a QGIS PostgreSQL connection, or give a service or connection string (service=team, host=... dbname=... user=..., or postgresql://user@host/db); the register goes into the schema (default ruimteclaims), with a GiST index, a schema version table, PL/pgSQL history triggers that record the database user of every change (also edits made in QGIS or psql), and server time stamps used to refuse a second, concurrent save of the same claim. PostGIS must be installed in the database (or the user may install it).&lt;/p&gt;&lt;p&gt;An existing register is never overwritten unless 'Overwrite' is ticked: then all its claims and history are removed (a GeoPackage file is replaced). An older PostGIS register is upgraded to the current schema version in one transaction, keeping its claims and history.&lt;/p&gt;&lt;p&gt;Use the register with the dialog, the dock and 'Add spatial claims to the register': as its location give the GeoPackage path, or pg:&amp;lt;connection name&amp;gt; or the connection string for PostGIS (add schema=&amp;lt;name&amp;gt; for another schema than ruimteclaims).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Security (PostGIS)&lt;/b&gt;: the schema name must be a plain identifier (letters, digits, underscores). A schema in which every database user (PUBLIC) may create objects, such as public on a database made before PostgreSQL 15, is refused. Install and upgrade as the role that should own the register (best a role of its own, not a superuser) and name the editors: they may read and edit claims, not change the history or the triggers. A connection string with a password is refused, because processing keeps its parameters: use a QGIS connection with an authentication configuration, a service or a .pgpass file.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Maakt het register van ruimteclaims aan: de laag 'ruimteclaims' (MultiPolygon, EPSG:28992), de historietabel 'ruimteclaims_historie' die door triggers wordt bijgehouden, en de regels die een database kan controleren (claimtype, status en niveau uit hun waardelijsten, categorie 1/2/3 alleen voor geothermieclaims, bovendiepte niet onder onderdiepte, geldig vanaf niet na geldig tot).&lt;/p&gt;&lt;p&gt;&lt;b&gt;GeoPackage&lt;/b&gt; (één gebruiker): geef het bestand op. &lt;b&gt;PostGIS&lt;/b&gt; (een team): kies een PostgreSQL-verbinding van QGIS, of geef een service of verbindingstekst (service=team, host=... dbname=... user=..., of postgresql://gebruiker@host/db); het register komt in het schema (standaard ruimteclaims), met een GiST-index, een tabel met de schemaversie, PL/pgSQL-historietriggers die de databasegebruiker van elke wijziging vastleggen (ook van bewerkingen in QGIS of psql), en tijdstempels van de server waarmee een tweede, gelijktijdige opslag van dezelfde claim wordt geweigerd. PostGIS moet in de database geïnstalleerd zijn (of de gebruiker moet het mogen installeren).&lt;/p&gt;&lt;p&gt;Een bestaand register wordt nooit overschreven, tenzij 'Overschrijven' is aangevinkt: dan worden alle claims en de historie verwijderd (een GeoPackage-bestand wordt vervangen). Een ouder PostGIS-register wordt in één transactie bijgewerkt naar de huidige schemaversie, met behoud van claims en historie.&lt;/p&gt;&lt;p&gt;Gebruik het register met het dialoogvenster, het paneel en 'Ruimteclaims aan het register toevoegen': geef als locatie het pad van de GeoPackage, of pg:&amp;lt;naam van de verbinding&amp;gt; of de verbindingstekst voor PostGIS (voeg schema=&amp;lt;naam&amp;gt; toe voor een ander schema dan ruimteclaims).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Beveiliging (PostGIS)&lt;/b&gt;: de schemanaam moet een gewone identifier zijn (letters, cijfers, underscores). Een schema waarin iedere databasegebruiker (PUBLIC) objecten mag maken, zoals public in een database van vóór PostgreSQL 15, wordt geweigerd. Installeer en werk bij als de rol die eigenaar van het register moet zijn (liefst een eigen rol, geen superuser) en noem de bewerkers: zij mogen claims lezen en bewerken, niet de historie of de triggers wijzigen. Een verbindingstekst met een wachtwoord wordt geweigerd, omdat processing zijn parameters bewaart: gebruik een QGIS-verbinding met een authenticatieconfiguratie, een service of een .pgpass-bestand.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../processing/ruimteclaims/createregister.py" line="98" />
        <source>Instead of a connection: service=NAME, 'host=... port=... dbname=... user=...' or postgresql://user@host:port/dbname (no password: use a service, .pgpass or authcfg=ID).</source>
        <translation>In plaats van een verbinding: service=NAAM, 'host=... port=... dbname=... user=...' of postgresql://gebruiker@host:poort/database (geen wachtwoord: gebruik een service, .pgpass of authcfg=ID).</translation>
    </message>
    <message>
        <location filename="../processing/ruimteclaims/createregister.py" line="105" />
        <source>PostGIS schema of the register (created if missing; default ruimteclaims; letters, digits and underscores).</source>
        <translation>PostGIS-schema van het register (wordt aangemaakt als het ontbreekt; standaard ruimteclaims; letters, cijfers en underscores).</translation>
    </message>
    <message>
        <location filename="../processing/ruimteclaims/createregister.py" line="214" />
        <source>Every database user (PUBLIC) may create objects in the schema {schema}. The register's functions do not search it, but other programs may: consider REVOKE CREATE ON SCHEMA {schema} FROM PUBLIC.</source>
        <translation>Iedere databasegebruiker (PUBLIC) mag objecten maken in het schema {schema}. De functies van het register zoeken daar niet, maar andere programma's misschien wel: overweeg REVOKE CREATE ON SCHEMA {schema} FROM PUBLIC.</translation>
    </message>
</context>
<context>
    <name>claims</name>
    <message>
        <location filename="../layers/register_postgis.py" line="135" />
        <source>A name is required (database rule).</source>
        <translation>Een naam is verplicht (regel van de database).</translation>
    </message>
    <message>
        <location filename="../layers/register_postgis.py" line="137" />
        <source>Unknown claim type (database rule).</source>
        <translation>Onbekend claimtype (regel van de database).</translation>
    </message>
    <message>
        <location filename="../layers/register_postgis.py" line="140" />
        <source>Unknown status (database rule).</source>
        <translation>Onbekende status (regel van de database).</translation>
    </message>
    <message>
        <location filename="../layers/register_postgis.py" line="142" />
        <source>Unknown level (database rule).</source>
        <translation>Onbekend niveau (regel van de database).</translation>
    </message>
    <message>
        <location filename="../layers/register_postgis.py" line="144" />
        <source>The category must be 1, 2 or 3 and only for geothermal claims (database rule).</source>
        <translation>De categorie moet 1, 2 of 3 zijn en alleen bij geothermieclaims (regel van de database).</translation>
    </message>
    <message>
        <location filename="../layers/register_postgis.py" line="149" />
        <source>The top depth may not be below the bottom depth (database rule).</source>
        <translation>De bovendiepte mag niet onder de onderdiepte liggen (regel van de database).</translation>
    </message>
    <message>
        <location filename="../layers/register_postgis.py" line="152" />
        <source>Valid from may not be after valid to (database rule).</source>
        <translation>Geldig vanaf mag niet na geldig tot liggen (regel van de database).</translation>
    </message>
    <message>
        <location filename="../layers/register_postgis.py" line="155" />
        <source>The geometry is empty or not valid (database rule).</source>
        <translation>De geometrie is leeg of niet geldig (regel van de database).</translation>
    </message>
    <message>
        <location filename="../layers/register_postgis.py" line="158" />
        <source>The geometry lies outside the Netherlands in EPSG:28992 (database rule).</source>
        <translation>De geometrie ligt in EPSG:28992 buiten Nederland (regel van de database).</translation>
    </message>
    <message>
        <location filename="../layers/register_postgis.py" line="163" />
        <source>This claim id is already in the register (database rule).</source>
        <translation>Deze claim-id staat al in het register (regel van de database).</translation>
    </message>
    <message>
        <location filename="../layers/register_postgis.py" line="167" />
        <source>The database refused the claim: {error}</source>
        <translation>De database heeft de claim geweigerd: {error}</translation>
    </message>
</context>
<context>
    <name>register</name>
    <message>
        <location filename="../layers/register_postgis.py" line="128" />
        <source>Upgrade it with the algorithm 'Create or upgrade the claims register'.</source>
        <translation>Werk het bij met het algoritme 'Ruimteclaimregister aanmaken of bijwerken'.</translation>
    </message>
    <message>
        <location filename="../layers/register_postgis.py" line="131" />
        <source>Update the plugin to use it.</source>
        <translation>Werk de plug-in bij om het te gebruiken.</translation>
    </message>
    <message>
        <location filename="../layers/register_postgis.py" line="178" />
        <source>there is no QGIS PostgreSQL connection named '{name}'</source>
        <translation>er is geen PostgreSQL-verbinding in QGIS met de naam '{name}'</translation>
    </message>
    <message>
        <location filename="../layers/register_postgis.py" line="90" />
        <source>The claim '{name}' was changed by {user} at {time}, after you opened it. Your changes were NOT saved and are still in the form. Reopen the claim to see the other change, then make your edit again.</source>
        <translation>De claim '{name}' is door {user} gewijzigd op {time}, nadat u hem opende. Uw wijzigingen zijn NIET opgeslagen en staan nog in het formulier. Open de claim opnieuw om de andere wijziging te zien en breng daarna uw wijziging opnieuw aan.</translation>
    </message>
    <message>
        <location filename="../layers/register_postgis.py" line="121" />
        <source>The register {path} has schema version {found}; this plugin works with version {expected}. {advice}</source>
        <translation>Het register {path} heeft schemaversie {found}; deze plug-in werkt met versie {expected}. {advice}</translation>
    </message>
    <message>
        <location filename="../layers/register_postgis.py" line="168" />
        <source>the Python module psycopg2 is missing (QGIS normally ships it; on Debian/Ubuntu: apt install python3-psycopg2)</source>
        <translation>de Python-module psycopg2 ontbreekt (QGIS levert die normaal mee; op Debian/Ubuntu: apt install python3-psycopg2)</translation>
    </message>
    <message>
        <location filename="../layers/register_postgis.py" line="173" />
        <source>PostGIS is not installed in this database and you may not install it; ask the database administrator to run CREATE EXTENSION postgis</source>
        <translation>PostGIS is niet geïnstalleerd in deze database en u mag het niet installeren; vraag de databasebeheerder om CREATE EXTENSION postgis uit te voeren</translation>
    </message>
    <message>
        <location filename="../layers/register_postgis.py" line="101" />
        <source>'{schema}' is not a valid schema name: use letters, digits and underscores, starting with a letter or an underscore, at most 63 characters. Nothing was changed.</source>
        <translation>'{schema}' is geen geldige schemanaam: gebruik letters, cijfers en underscores, beginnend met een letter of een underscore, hoogstens 63 tekens. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <location filename="../layers/register_postgis.py" line="111" />
        <source>Every database user (PUBLIC) may create objects in the schema {schema} of {path}, so the register there could be attacked by any of them. Nothing was changed. Put the register in a schema of its own (the default ruimteclaims), or let the database administrator run: REVOKE CREATE ON SCHEMA {schema} FROM PUBLIC</source>
        <translation>Iedere databasegebruiker (PUBLIC) mag objecten maken in het schema {schema} van {path}, dus ieder van hen zou het register daar kunnen aanvallen. Er is niets gewijzigd. Zet het register in een eigen schema (standaard ruimteclaims), of laat de databasebeheerder uitvoeren: REVOKE CREATE ON SCHEMA {schema} FROM PUBLIC</translation>
    </message>
    <message>
        <location filename="../layers/register_postgis.py" line="329" />
        <source>The PostGIS location contains a password. Processing keeps its parameters (history, log, models), so a password is not accepted here. Use a QGIS PostgreSQL connection (pg:NAME) whose credentials are in the QGIS authentication database, a service from pg_service.conf, or a password file (.pgpass), or add authcfg=ID of a QGIS authentication configuration to the connection string.</source>
        <translation>De PostGIS-locatie bevat een wachtwoord. Processing bewaart zijn parameters (historie, log, modellen), dus een wachtwoord wordt hier niet geaccepteerd. Gebruik een PostgreSQL-verbinding van QGIS (pg:NAAM) met de inloggegevens in de authenticatiedatabase van QGIS, een service uit pg_service.conf of een wachtwoordbestand (.pgpass), of voeg authcfg=ID van een authenticatieconfiguratie van QGIS toe aan de verbindingstekst.</translation>
    </message>
</context>
</TS>