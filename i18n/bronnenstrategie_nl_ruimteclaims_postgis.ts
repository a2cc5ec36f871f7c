<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>CreateRegister</name>
    <message>
        <location filename="../processing/ruimteclaims/createregister.py" line="45"/>
        <source>Create or upgrade the claims register</source>
        <translation>Ruimteclaimregister aanmaken of bijwerken</translation>
    </message>
    <message>
        <location filename="../processing/ruimteclaims/createregister.py" line="48"/>
        <source>Creates the spatial-claims register in a GeoPackage or a PostGIS database, or upgrades an older PostGIS register.</source>
        <translation>Maakt het register van ruimteclaims aan in een GeoPackage of een PostGIS-database, of werkt een ouder PostGIS-register bij.</translation>
    </message>
    <message>
        <location filename="../processing/ruimteclaims/createregister.py" line="52"/>
        <source>&lt;p&gt;Creates the register of spatial claims (ruimteclaims): the layer &apos;ruimteclaims&apos; (MultiPolygon, EPSG:28992), its history table &apos;ruimteclaims_historie&apos; kept by triggers, and the rules a database can check (claim type, status and level from their value lists, category 1/2/3 only for geothermal claims, top depth not below bottom depth, valid from not after valid to).&lt;/p&gt;&lt;p&gt;&lt;b&gt;GeoPackage&lt;/b&gt; (one user): give the file. &lt;b&gt;PostGIS&lt;/b&gt; (a team): choose a QGIS PostgreSQL connection, or give a service or connection string (service=team, host=... dbname=... user=..., or postgresql://user@host/db); the register goes into the schema (default ruimteclaims), with a GiST index, a schema version table, PL/pgSQL history triggers that record the database user of every change (also edits made in QGIS or psql), and server time stamps used to refuse a second, concurrent save of the same claim. PostGIS must be installed in the database (or the user may install it).&lt;/p&gt;&lt;p&gt;An existing register is never overwritten unless &apos;Overwrite&apos; is ticked: then all its claims and history are removed (a GeoPackage file is replaced). An older PostGIS register is upgraded to the current schema version in one transaction, keeping its claims and history.&lt;/p&gt;&lt;p&gt;Use the register with the dialog, the dock and &apos;Add spatial claims to the register&apos;: as its location give the GeoPackage path, or pg:&amp;lt;connection name&amp;gt; or the connection string for PostGIS (add schema=&amp;lt;name&amp;gt; for another schema than ruimteclaims).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Maakt het register van ruimteclaims aan: de laag 'ruimteclaims' (MultiPolygon, EPSG:28992), de historietabel 'ruimteclaims_historie' die door triggers wordt bijgehouden, en de regels die een database kan controleren (claimtype, status en niveau uit hun waardelijsten, categorie 1/2/3 alleen voor geothermieclaims, bovendiepte niet onder onderdiepte, geldig vanaf niet na geldig tot).&lt;/p&gt;&lt;p&gt;&lt;b&gt;GeoPackage&lt;/b&gt; (één gebruiker): geef het bestand op. &lt;b&gt;PostGIS&lt;/b&gt; (een team): kies een PostgreSQL-verbinding van QGIS, of geef een service of verbindingstekst (service=team, host=... dbname=... user=..., of postgresql://gebruiker@host/db); het register komt in het schema (standaard ruimteclaims), met een GiST-index, een tabel met de schemaversie, PL/pgSQL-historietriggers die de databasegebruiker van elke wijziging vastleggen (ook van bewerkingen in QGIS of psql), en tijdstempels van de server waarmee een tweede, gelijktijdige opslag van dezelfde claim wordt geweigerd. PostGIS moet in de database geïnstalleerd zijn (of de gebruiker moet het mogen installeren).&lt;/p&gt;&lt;p&gt;Een bestaand register wordt nooit overschreven, tenzij 'Overschrijven' is aangevinkt: dan worden alle claims en de historie verwijderd (een GeoPackage-bestand wordt vervangen). Een ouder PostGIS-register wordt in één transactie bijgewerkt naar de huidige schemaversie, met behoud van claims en historie.&lt;/p&gt;&lt;p&gt;Gebruik het register met het dialoogvenster, het paneel en 'Ruimteclaims aan het register toevoegen': geef als locatie het pad van de GeoPackage, of pg:&amp;lt;naam van de verbinding&amp;gt; of de verbindingstekst voor PostGIS (voeg schema=&amp;lt;naam&amp;gt; toe voor een ander schema dan ruimteclaims).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../processing/ruimteclaims/createregister.py" line="77"/>
        <source>GeoPackage register</source>
        <translation>GeoPackage-register</translation>
    </message>
    <message>
        <location filename="../processing/ruimteclaims/createregister.py" line="77"/>
        <source>File of a GeoPackage register (leave empty for PostGIS).</source>
        <translation>Bestand van een GeoPackage-register (leeg laten voor PostGIS).</translation>
    </message>
    <message>
        <location filename="../processing/ruimteclaims/createregister.py" line="84"/>
        <source>PostgreSQL connection</source>
        <translation>PostgreSQL-verbinding</translation>
    </message>
    <message>
        <location filename="../processing/ruimteclaims/createregister.py" line="84"/>
        <source>QGIS PostgreSQL connection of the PostGIS database (or give a connection string).</source>
        <translation>PostgreSQL-verbinding van QGIS naar de PostGIS-database (of geef een verbindingstekst).</translation>
    </message>
    <message>
        <location filename="../processing/ruimteclaims/createregister.py" line="90"/>
        <source>PostGIS service or connection string</source>
        <translation>PostGIS-service of verbindingstekst</translation>
    </message>
    <message>
        <location filename="../processing/ruimteclaims/createregister.py" line="90"/>
        <source>Instead of a connection: service=NAME, &apos;host=... port=... dbname=... user=...&apos; or postgresql://user@host:port/dbname.</source>
        <translation>In plaats van een verbinding: service=NAAM, 'host=... port=... dbname=... user=...' of postgresql://gebruiker@host:poort/database.</translation>
    </message>
    <message>
        <location filename="../processing/ruimteclaims/createregister.py" line="96"/>
        <source>Schema</source>
        <translation>Schema</translation>
    </message>
    <message>
        <location filename="../processing/ruimteclaims/createregister.py" line="96"/>
        <source>PostGIS schema of the register (created if missing; default ruimteclaims).</source>
        <translation>PostGIS-schema van het register (wordt aangemaakt als het ontbreekt; standaard ruimteclaims).</translation>
    </message>
    <message>
        <location filename="../processing/ruimteclaims/createregister.py" line="100"/>
        <source>Overwrite an existing register</source>
        <translation>Bestaand register overschrijven</translation>
    </message>
    <message>
        <location filename="../processing/ruimteclaims/createregister.py" line="100"/>
        <source>Remove an existing register with all its claims and history and create it anew (default: no, an existing register is refused or upgraded).</source>
        <translation>Een bestaand register met al zijn claims en historie verwijderen en opnieuw aanmaken (standaard: nee, een bestaand register wordt geweigerd of bijgewerkt).</translation>
    </message>
    <message>
        <location filename="../processing/ruimteclaims/createregister.py" line="106"/>
        <source>Editor roles</source>
        <translation>Rollen van bewerkers</translation>
    </message>
    <message>
        <location filename="../processing/ruimteclaims/createregister.py" line="106"/>
        <source>PostGIS only: comma-separated database roles that may read and edit the claims (they get no right to change the history).</source>
        <translation>Alleen PostGIS: databaserollen, gescheiden door komma's, die de claims mogen lezen en bewerken (zij krijgen geen recht om de historie te wijzigen).</translation>
    </message>
    <message>
        <location filename="../processing/ruimteclaims/createregister.py" line="112"/>
        <source>Register location</source>
        <translation>Locatie van het register</translation>
    </message>
    <message>
        <location filename="../processing/ruimteclaims/createregister.py" line="113"/>
        <source>Schema version</source>
        <translation>Schemaversie</translation>
    </message>
    <message>
        <location filename="../processing/ruimteclaims/createregister.py" line="114"/>
        <source>What was done</source>
        <translation>Wat er is gedaan</translation>
    </message>
    <message>
        <location filename="../processing/ruimteclaims/createregister.py" line="128"/>
        <source>Give exactly one register: a GeoPackage file, a PostgreSQL connection or a PostGIS connection string.</source>
        <translation>Geef precies één register op: een GeoPackage-bestand, een PostgreSQL-verbinding of een PostGIS-verbindingstekst.</translation>
    </message>
    <message>
        <location filename="../processing/ruimteclaims/createregister.py" line="144"/>
        <source>created</source>
        <translation>aangemaakt</translation>
    </message>
    <message>
        <location filename="../processing/ruimteclaims/createregister.py" line="144"/>
        <source>overwritten</source>
        <translation>overschreven</translation>
    </message>
    <message>
        <location filename="../processing/ruimteclaims/createregister.py" line="145"/>
        <source>upgraded</source>
        <translation>bijgewerkt</translation>
    </message>
    <message>
        <location filename="../processing/ruimteclaims/createregister.py" line="154"/>
        <source>a claims register</source>
        <translation>een ruimteclaimregister</translation>
    </message>
    <message>
        <location filename="../processing/ruimteclaims/createregister.py" line="154"/>
        <source>a file that is not a claims register</source>
        <translation>een bestand dat geen ruimteclaimregister is</translation>
    </message>
    <message>
        <location filename="../processing/ruimteclaims/createregister.py" line="156"/>
        <source>{path} is already {what}; nothing was changed. Tick &apos;Overwrite&apos; to replace it (all its claims and history are lost).</source>
        <translation>{path} is al {what}; er is niets gewijzigd. Vink 'Overschrijven' aan om het te vervangen (alle claims en de historie gaan dan verloren).</translation>
    </message>
    <message>
        <location filename="../processing/ruimteclaims/createregister.py" line="162"/>
        <source>{path} cannot be replaced: {error}</source>
        <translation>{path} kan niet worden vervangen: {error}</translation>
    </message>
    <message>
        <location filename="../processing/ruimteclaims/createregister.py" line="168"/>
        <source>GeoPackage register ({action}): {path}</source>
        <translation>GeoPackage-register ({action}): {path}</translation>
    </message>
    <message>
        <location filename="../processing/ruimteclaims/createregister.py" line="183"/>
        <source>Upgraded the register {where} from schema version {old} to {new}.</source>
        <translation>Het register {where} is bijgewerkt van schemaversie {old} naar {new}.</translation>
    </message>
    <message>
        <location filename="../processing/ruimteclaims/createregister.py" line="186"/>
        <source>{where} already holds a claims register (schema version {version}, the current one); nothing was changed. Tick &apos;Overwrite&apos; to replace it (all its claims and history are lost).</source>
        <translation>{where} bevat al een ruimteclaimregister (schemaversie {version}, de huidige); er is niets gewijzigd. Vink 'Overschrijven' aan om het te vervangen (alle claims en de historie gaan dan verloren).</translation>
    </message>
    <message>
        <location filename="../processing/ruimteclaims/createregister.py" line="191"/>
        <source>{where} holds a claims register of schema version {version}, newer than this plugin knows ({known}); nothing was changed. Update the plugin.</source>
        <translation>{where} bevat een ruimteclaimregister met schemaversie {version}, nieuwer dan deze plug-in kent ({known}); er is niets gewijzigd. Werk de plug-in bij.</translation>
    </message>
    <message>
        <location filename="../processing/ruimteclaims/createregister.py" line="198"/>
        <source>Editing rights granted to: {}</source>
        <translation>Bewerkrechten gegeven aan: {}</translation>
    </message>
    <message>
        <location filename="../processing/ruimteclaims/createregister.py" line="199"/>
        <source>PostGIS register ({action}): {where}, schema version {version}.</source>
        <translation>PostGIS-register ({action}): {where}, schemaversie {version}.</translation>
    </message>
</context>
<context>
    <name>claims</name>
    <message>
        <location filename="../layers/register_postgis.py" line="107"/>
        <source>A name is required (database rule).</source>
        <translation>Een naam is verplicht (regel van de database).</translation>
    </message>
    <message>
        <location filename="../layers/register_postgis.py" line="109"/>
        <source>Unknown claim type (database rule).</source>
        <translation>Onbekend claimtype (regel van de database).</translation>
    </message>
    <message>
        <location filename="../layers/register_postgis.py" line="112"/>
        <source>Unknown status (database rule).</source>
        <translation>Onbekende status (regel van de database).</translation>
    </message>
    <message>
        <location filename="../layers/register_postgis.py" line="114"/>
        <source>Unknown level (database rule).</source>
        <translation>Onbekend niveau (regel van de database).</translation>
    </message>
    <message>
        <location filename="../layers/register_postgis.py" line="116"/>
        <source>The category must be 1, 2 or 3 and only for geothermal claims (database rule).</source>
        <translation>De categorie moet 1, 2 of 3 zijn en alleen bij geothermieclaims (regel van de database).</translation>
    </message>
    <message>
        <location filename="../layers/register_postgis.py" line="121"/>
        <source>The top depth may not be below the bottom depth (database rule).</source>
        <translation>De bovendiepte mag niet onder de onderdiepte liggen (regel van de database).</translation>
    </message>
    <message>
        <location filename="../layers/register_postgis.py" line="124"/>
        <source>Valid from may not be after valid to (database rule).</source>
        <translation>Geldig vanaf mag niet na geldig tot liggen (regel van de database).</translation>
    </message>
    <message>
        <location filename="../layers/register_postgis.py" line="127"/>
        <source>The geometry is empty or not valid (database rule).</source>
        <translation>De geometrie is leeg of niet geldig (regel van de database).</translation>
    </message>
    <message>
        <location filename="../layers/register_postgis.py" line="130"/>
        <source>The geometry lies outside the Netherlands in EPSG:28992 (database rule).</source>
        <translation>De geometrie ligt in EPSG:28992 buiten Nederland (regel van de database).</translation>
    </message>
    <message>
        <location filename="../layers/register_postgis.py" line="135"/>
        <source>This claim id is already in the register (database rule).</source>
        <translation>Deze claim-id staat al in het register (regel van de database).</translation>
    </message>
    <message>
        <location filename="../layers/register_postgis.py" line="139"/>
        <source>The database refused the claim: {error}</source>
        <translation>De database heeft de claim geweigerd: {error}</translation>
    </message>
</context>
<context>
    <name>register</name>
    <message>
        <location filename="../layers/register_postgis.py" line="100"/>
        <source>Upgrade it with the algorithm &apos;Create or upgrade the claims register&apos;.</source>
        <translation>Werk het bij met het algoritme 'Ruimteclaimregister aanmaken of bijwerken'.</translation>
    </message>
    <message>
        <location filename="../layers/register_postgis.py" line="103"/>
        <source>Update the plugin to use it.</source>
        <translation>Werk de plug-in bij om het te gebruiken.</translation>
    </message>
    <message>
        <location filename="../layers/register_postgis.py" line="150"/>
        <source>there is no QGIS PostgreSQL connection named &apos;{name}&apos;</source>
        <translation>er is geen PostgreSQL-verbinding in QGIS met de naam '{name}'</translation>
    </message>
    <message>
        <location filename="../layers/register_postgis.py" line="84"/>
        <source>The claim &apos;{name}&apos; was changed by {user} at {time}, after you opened it. Your changes were NOT saved and are still in the form. Reopen the claim to see the other change, then make your edit again.</source>
        <translation>De claim '{name}' is door {user} gewijzigd op {time}, nadat u hem opende. Uw wijzigingen zijn NIET opgeslagen en staan nog in het formulier. Open de claim opnieuw om de andere wijziging te zien en breng daarna uw wijziging opnieuw aan.</translation>
    </message>
    <message>
        <location filename="../layers/register_postgis.py" line="93"/>
        <source>The register {path} has schema version {found}; this plugin works with version {expected}. {advice}</source>
        <translation>Het register {path} heeft schemaversie {found}; deze plug-in werkt met versie {expected}. {advice}</translation>
    </message>
    <message>
        <location filename="../layers/register_postgis.py" line="140"/>
        <source>the Python module psycopg2 is missing (QGIS normally ships it; on Debian/Ubuntu: apt install python3-psycopg2)</source>
        <translation>de Python-module psycopg2 ontbreekt (QGIS levert die normaal mee; op Debian/Ubuntu: apt install python3-psycopg2)</translation>
    </message>
    <message>
        <location filename="../layers/register_postgis.py" line="145"/>
        <source>PostGIS is not installed in this database and you may not install it; ask the database administrator to run CREATE EXTENSION postgis</source>
        <translation>PostGIS is niet geïnstalleerd in deze database en u mag het niet installeren; vraag de databasebeheerder om CREATE EXTENSION postgis uit te voeren</translation>
    </message>
</context>
</TS>
