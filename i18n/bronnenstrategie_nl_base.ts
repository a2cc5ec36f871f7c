<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1">
<context>
    <name>@default</name>
    <message>
        <location filename="../processing/base.py" line="52" />
        <source>{name} stopped on an unexpected problem: {error}. No output was written as complete. Check the input layers and parameters; the log shows the details for a bug report.</source>
        <translation>{name} is gestopt door een onverwacht probleem: {error}. Er is geen uitvoer als volledig weggeschreven. Controleer de invoerlagen en parameters; het logboek toont de details voor een foutmelding.</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="123" />
        <source>Parameters</source>
        <translation>Parameters</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="158" />
        <source>The parameter {key} needs a field name.</source>
        <translation>De parameter {key} heeft een veldnaam nodig.</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="163" />
        <source>The field '{field}' given for {key} does not exist in the input layer. Available fields: {fields}.</source>
        <translation>Het veld '{field}' dat bij {key} is opgegeven bestaat niet in de invoerlaag. Beschikbare velden: {fields}.</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="184" />
        <source>This algorithm needs the Python package(s) {modules}, which are not installed for QGIS. On Debian/Ubuntu: sudo apt install {packages}; with the OSGeo4W installer on Windows: add them from the OSGeo4W shell (python -m pip install {modules}).</source>
        <translation>Dit algoritme heeft de Python-pakket(ten) {modules} nodig, die niet voor QGIS zijn geïnstalleerd. Op Debian/Ubuntu: sudo apt install {packages}; met de OSGeo4W-installer op Windows: voeg ze toe vanuit de OSGeo4W-shell (python -m pip install {modules}).</translation>
    </message>
    <message>
        <location filename="../processing/utils.py" line="180" />
        <source>{count} feature(s) skipped: {reason}</source>
        <translation>{count} object(en) overgeslagen: {reason}</translation>
    </message>
    <message>
        <location filename="../processing/utils.py" line="184" />
        <source>(feature ids: {ids}{more})</source>
        <translation>(object-id's: {ids}{more})</translation>
    </message>
    <message>
        <location filename="../processing/utils.py" line="235" />
        <source>Cancelled by the user: the outputs are incomplete and were discarded.</source>
        <translation>Geannuleerd door de gebruiker: de uitvoer is onvolledig en is niet bewaard.</translation>
    </message>
</context>
<context>
    <name>BronnenstrategiePlugin</name>
    <message>
        <location filename="../plugin.py" line="49" />
        <source>Thermal radius of soil-energy wells…</source>
        <translation>Thermische straal van bodemenergiebronnen…</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="95" />
        <source>Bronnenstrategie</source>
        <translation>Bronnenstrategie</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="105" />
        <source>Show the Bronnenstrategie algorithms in the Processing toolbox</source>
        <translation>Toon de Bronnenstrategie-algoritmen in de Processing-toolbox</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="56" />
        <source>Draw interference area</source>
        <translation>Interferentiegebied tekenen</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="62" />
        <source>Record a spatial claim…</source>
        <translation>Ruimteclaim vastleggen…</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="68" />
        <source>Spatial claims register</source>
        <translation>Register ruimteclaims</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="78" />
        <source>&amp;Bronnenstrategie</source>
        <translation>&amp;Bronnenstrategie</translation>
    </message>
</context>
<context>
    <name>Groups</name>
    <message>
        <location filename="../processing/groups.py" line="19" />
        <source>Soil energy</source>
        <translation>Bodemenergie</translation>
    </message>
    <message>
        <location filename="../processing/groups.py" line="20" />
        <source>Deep geothermal</source>
        <translation>Geothermie</translation>
    </message>
    <message>
        <location filename="../processing/groups.py" line="21" />
        <source>Aquathermal energy</source>
        <translation>Aquathermie</translation>
    </message>
    <message>
        <location filename="../processing/groups.py" line="22" />
        <source>Residual heat</source>
        <translation>Restwarmte</translation>
    </message>
    <message>
        <location filename="../processing/groups.py" line="23" />
        <source>Spatial claims</source>
        <translation>Ruimteclaims</translation>
    </message>
    <message>
        <location filename="../processing/groups.py" line="24" />
        <source>Heat balance</source>
        <translation>Warmtebalans</translation>
    </message>
</context>
</TS>