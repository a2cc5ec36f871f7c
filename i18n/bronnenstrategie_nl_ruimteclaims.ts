<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>AddClaims</name>
    <message>
        <location filename="../processing/ruimteclaims/addclaims.py" line="73"/>
        <source>Add spatial claims to the register</source>
        <translation>Ruimteclaims aan het register toevoegen</translation>
    </message>
    <message>
        <location filename="../processing/ruimteclaims/addclaims.py" line="76"/>
        <source>Writes the polygons of a layer as spatial claims into the claims register.</source>
        <translation>Schrijft de polygonen van een laag als ruimteclaims in het ruimteclaimregister.</translation>
    </message>
    <message>
        <location filename="../processing/ruimteclaims/addclaims.py" line="108"/>
        <source>Claim polygons</source>
        <translation>Claimpolygonen</translation>
    </message>
    <message>
        <location filename="../processing/ruimteclaims/addclaims.py" line="108"/>
        <source>Polygon layer whose features become claims (any CRS; stored in EPSG:28992).</source>
        <translation>Polygoonlaag waarvan de objecten claims worden (elk CRS; opgeslagen in EPSG:28992).</translation>
    </message>
    <message>
        <location filename="../processing/ruimteclaims/addclaims.py" line="114"/>
        <source>Claims register (GeoPackage)</source>
        <translation>Ruimteclaimregister (GeoPackage)</translation>
    </message>
    <message>
        <location filename="../processing/ruimteclaims/addclaims.py" line="114"/>
        <source>Path of the register ruimteclaims.gpkg; created with the schema if it does not exist.</source>
        <translation>Pad van het register ruimteclaims.gpkg; wordt met het schema aangemaakt als het nog niet bestaat.</translation>
    </message>
    <message>
        <location filename="../processing/ruimteclaims/addclaims.py" line="131"/>
        <source>Claim type</source>
        <translation>Claimtype</translation>
    </message>
    <message>
        <location filename="../processing/ruimteclaims/addclaims.py" line="131"/>
        <source>Type of every claim: {}.</source>
        <translation>Type van elke claim: {}.</translation>
    </message>
    <message>
        <location filename="../processing/ruimteclaims/addclaims.py" line="143"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../processing/ruimteclaims/addclaims.py" line="143"/>
        <source>Status of every claim: {}.</source>
        <translation>Status van elke claim: {}.</translation>
    </message>
    <message>
        <location filename="../processing/ruimteclaims/addclaims.py" line="155"/>
        <source>Name field</source>
        <translation>Naamveld</translation>
    </message>
    <message>
        <location filename="../processing/ruimteclaims/addclaims.py" line="155"/>
        <source>Field with the claim name (optional).</source>
        <translation>Veld met de naam van de claim (optioneel).</translation>
    </message>
    <message>
        <location filename="../processing/ruimteclaims/addclaims.py" line="155"/>
        <source>Category field</source>
        <translation>Categorieveld</translation>
    </message>
    <message>
        <location filename="../processing/ruimteclaims/addclaims.py" line="155"/>
        <source>Field with the geothermal category 1, 2 or 3 (optional; only for geothermal claim types).</source>
        <translation>Veld met de geothermiecategorie 1, 2 of 3 (optioneel; alleen voor geothermische claimtypen).</translation>
    </message>
    <message>
        <location filename="../processing/ruimteclaims/addclaims.py" line="155"/>
        <source>Depth top field</source>
        <translation>Veld bovendiepte</translation>
    </message>
    <message>
        <location filename="../processing/ruimteclaims/addclaims.py" line="155"/>
        <source>Field with the top depth of the claim in metres below ground level (optional).</source>
        <translation>Veld met de bovendiepte van de claim in meter onder maaiveld (optioneel).</translation>
    </message>
    <message>
        <location filename="../processing/ruimteclaims/addclaims.py" line="155"/>
        <source>Depth bottom field</source>
        <translation>Veld onderdiepte</translation>
    </message>
    <message>
        <location filename="../processing/ruimteclaims/addclaims.py" line="155"/>
        <source>Field with the bottom depth in metres below ground level (optional).</source>
        <translation>Veld met de onderdiepte in meter onder maaiveld (optioneel).</translation>
    </message>
    <message>
        <location filename="../processing/ruimteclaims/addclaims.py" line="204"/>
        <source>Source reference</source>
        <translation>Bronverwijzing</translation>
    </message>
    <message>
        <location filename="../processing/ruimteclaims/addclaims.py" line="204"/>
        <source>Where the claims come from, e.g. &apos;bronnenstrategie:thermalradius OUTPUT_AREAS&apos; (default: the name of the input layer).</source>
        <translation>Waar de claims vandaan komen, bijv. 'bronnenstrategie:thermalradius OUTPUT_AREAS' (standaard: de naam van de invoerlaag).</translation>
    </message>
    <message>
        <location filename="../processing/ruimteclaims/addclaims.py" line="209"/>
        <source>Claims added</source>
        <translation>Toegevoegde claims</translation>
    </message>
    <message>
        <location filename="../processing/ruimteclaims/addclaims.py" line="210"/>
        <source>Features rejected</source>
        <translation>Afgewezen objecten</translation>
    </message>
    <message>
        <location filename="../processing/ruimteclaims/addclaims.py" line="223"/>
        <source>Give the path of the claims register (REGISTER).</source>
        <translation>Geef het pad van het ruimteclaimregister (REGISTER).</translation>
    </message>
    <message>
        <location filename="../processing/ruimteclaims/addclaims.py" line="227"/>
        <source>Unknown claim type &apos;{}&apos;; use one of: {}.</source>
        <translation>Onbekend claimtype '{}'; gebruik een van: {}.</translation>
    </message>
    <message>
        <location filename="../processing/ruimteclaims/addclaims.py" line="283"/>
        <source>the geometry cannot be transformed to EPSG:28992</source>
        <translation>de geometrie kan niet naar EPSG:28992 worden omgezet</translation>
    </message>
    <message>
        <location filename="../processing/ruimteclaims/addclaims.py" line="304"/>
        <source>Writing {} claim(s) to {} in one transaction…</source>
        <translation>{} claim(s) worden in één transactie naar {} geschreven…</translation>
    </message>
    <message>
        <location filename="../processing/ruimteclaims/addclaims.py" line="310"/>
        <source>{} claim(s) added, {} feature(s) rejected.</source>
        <translation>{} claim(s) toegevoegd, {} object(en) afgewezen.</translation>
    </message>
    <message>
        <location filename="../processing/ruimteclaims/addclaims.py" line="124"/>
        <source>Claims register (PostGIS)</source>
        <translation>Ruimteclaimregister (PostGIS)</translation>
    </message>
    <message>
        <location filename="../processing/ruimteclaims/addclaims.py" line="124"/>
        <source>Instead of a GeoPackage: a PostGIS register made with &apos;Create or upgrade the claims register&apos;, as pg:&lt;QGIS connection name&gt;, service=&lt;name&gt; or a connection string (add schema=&lt;name&gt; for another schema than ruimteclaims).</source>
        <translation>In plaats van een GeoPackage: een PostGIS-register, gemaakt met 'Ruimteclaimregister aanmaken of bijwerken', als pg:&lt;naam van de QGIS-verbinding&gt;, service=&lt;naam&gt; of een verbindingstekst (voeg schema=&lt;naam&gt; toe voor een ander schema dan ruimteclaims).</translation>
    </message>
    <message>
        <location filename="../processing/ruimteclaims/addclaims.py" line="289"/>
        <source>the geometry cannot be read</source>
        <translation>de geometrie kan niet worden gelezen</translation>
    </message>
    <message>
        <location filename="../processing/ruimteclaims/addclaims.py" line="300"/>
        <source>The input layer is empty: nothing to compute.</source>
        <translation>De invoerlaag is leeg: er is niets te berekenen.</translation>
    </message>
    <message>
        <location filename="../processing/ruimteclaims/addclaims.py" line="79"/>
        <source>&lt;p&gt;Adds every polygon of the input layer as one spatial claim (ruimteclaim) to the claims register, a GeoPackage with the layer &apos;ruimteclaims&apos; in EPSG:28992 and its history table. A register that does not exist yet is created.&lt;/p&gt;&lt;p&gt;Each claim gets the chosen claim type and status; name, geothermal category and depths can come from fields. Where a depth field is not chosen or a feature&apos;s depth is empty, the fixed top and bottom depth are used when given (otherwise the depth stays unknown); the level is the chosen level or, when left empty, the default level of the claim type (interference areas, warm/cold zones and heat network routes: ondergronds; WOS: bovengronds; the others: beide) [assumption]. IMOW type and group follow from the claim type (interference areas and warm/cold zones: Energievoorziening / Bodemenergiegebied; geothermal locations, aquathermal sites and WOS: Energievoorziening / Energieproductiegebied; heat network route: Leiding / Buisleiding) [assumption: suggested mapping on the IMOW value list TypeGebiedsaanwijzing 4.0.0].&lt;/p&gt;&lt;p&gt;Every claim is checked with the register&apos;s rules: name and type present, depths numbers from 0 to 10,000 m below ground level [assumption: deeper is a typing error], top depth not below bottom depth, top and bottom not equal (except 0-0 m for a claim above ground), category 1/2/3 only for geothermal types, geometry valid, not empty, polygonal and transformable to EPSG:28992. Invalid features are rejected with the reason (one warning per reason with a count) and not written; the valid ones are written in one transaction, so a failure (file locked, read-only, disk full) leaves the register unchanged.&lt;/p&gt;&lt;p&gt;Without a name field a claim is named after the input layer and the feature id [assumption].&lt;/p&gt;</source>
        <translation>&lt;p&gt;Voegt elke polygoon van de invoerlaag als één ruimteclaim toe aan het ruimteclaimregister: een GeoPackage met de laag 'ruimteclaims' in EPSG:28992 en de bijbehorende historietabel. Een register dat nog niet bestaat wordt aangemaakt.&lt;/p&gt;&lt;p&gt;Elke claim krijgt het gekozen claimtype en de gekozen status; naam, geothermiecategorie en dieptes kunnen uit velden komen. Waar geen diepteveld gekozen is of de diepte van een object leeg is, worden de vaste boven- en onderdiepte gebruikt als die gegeven zijn (anders blijft de diepte onbekend); het niveau is het gekozen niveau of, als dat leeg is, het standaardniveau van het claimtype (interferentiegebieden, warme/koude zones en warmtenettracés: ondergronds; WOS: bovengronds; de overige: beide) [aanname]. IMOW-type en -groep volgen uit het claimtype (interferentiegebieden en warme/koude zones: Energievoorziening / Bodemenergiegebied; geothermielocaties, aquathermielocaties en WOS: Energievoorziening / Energieproductiegebied; warmtenettracé: Leiding / Buisleiding) [aanname: voorgestelde koppeling aan de IMOW-waardelijst TypeGebiedsaanwijzing 4.0.0].&lt;/p&gt;&lt;p&gt;Elke claim wordt getoetst aan de regels van het register: naam en type aanwezig, dieptes getallen van 0 tot 10.000 m onder maaiveld [aanname: dieper is een typefout], bovendiepte niet onder de onderdiepte, boven- en onderdiepte niet gelijk (behalve 0-0 m bij een bovengrondse claim), categorie 1/2/3 alleen bij geothermietypen, geometrie geldig, niet leeg, vlakvormig en om te zetten naar EPSG:28992. Ongeldige objecten worden met de reden afgewezen (één waarschuwing per reden met een aantal) en niet geschreven; de geldige worden in één transactie geschreven, zodat een fout (bestand vergrendeld, alleen-lezen, schijf vol) het register ongewijzigd laat.&lt;/p&gt;&lt;p&gt;Zonder naamveld krijgt een claim de naam van de invoerlaag met het object-id [aanname].&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../processing/ruimteclaims/addclaims.py" line="174"/>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location filename="../processing/ruimteclaims/addclaims.py" line="174"/>
        <source>Level of every claim: {}. Empty: the default level of the claim type [assumption].</source>
        <translation>Niveau van elke claim: {}. Leeg: het standaardniveau van het claimtype [aanname].</translation>
    </message>
    <message>
        <location filename="../processing/ruimteclaims/addclaims.py" line="187"/>
        <source>Top depth where the field is empty (m)</source>
        <translation>Bovendiepte waar het veld leeg is (m)</translation>
    </message>
    <message>
        <location filename="../processing/ruimteclaims/addclaims.py" line="187"/>
        <source>Top depth in metres below ground level, used where the depth top field is not chosen or a feature&apos;s value is empty (optional).</source>
        <translation>Bovendiepte in meters onder maaiveld, gebruikt waar geen veld voor de bovendiepte gekozen is of de waarde van een object leeg is (optioneel).</translation>
    </message>
    <message>
        <location filename="../processing/ruimteclaims/addclaims.py" line="187"/>
        <source>Bottom depth where the field is empty (m)</source>
        <translation>Onderdiepte waar het veld leeg is (m)</translation>
    </message>
    <message>
        <location filename="../processing/ruimteclaims/addclaims.py" line="187"/>
        <source>Bottom depth in metres below ground level, used where the depth bottom field is not chosen or a feature&apos;s value is empty (optional). Top and bottom follow the register&apos;s rules: 0 to 10,000 m, top not below bottom.</source>
        <translation>Onderdiepte in meters onder maaiveld, gebruikt waar geen veld voor de onderdiepte gekozen is of de waarde van een object leeg is (optioneel). Boven- en onderdiepte volgen de regels van het register: 0 tot 10.000 m, bovendiepte niet onder de onderdiepte.</translation>
    </message>
    <message>
        <location filename="../processing/ruimteclaims/addclaims.py" line="331"/>
        <source>Level and depths (LEVEL, DEPTH_TOP, DEPTH_BOTTOM): {}</source>
        <translation>Niveau en dieptes (LEVEL, DEPTH_TOP, DEPTH_BOTTOM): {}</translation>
    </message>
</context>
<context>
    <name>Ruimteclaims</name>
    <message>
        <location filename="../layers/ruimteclaims.py" line="81"/>
        <source>Claim id</source>
        <translation>Claim-id</translation>
    </message>
    <message>
        <location filename="../layers/ruimteclaims.py" line="81"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../layers/ruimteclaims.py" line="81"/>
        <source>Claim type</source>
        <translation>Claimtype</translation>
    </message>
    <message>
        <location filename="../layers/ruimteclaims.py" line="81"/>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <location filename="../layers/ruimteclaims.py" line="81"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../layers/ruimteclaims.py" line="81"/>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location filename="../layers/ruimteclaims.py" line="81"/>
        <source>Depth top (m)</source>
        <translation>Bovendiepte (m)</translation>
    </message>
    <message>
        <location filename="../layers/ruimteclaims.py" line="81"/>
        <source>Depth bottom (m)</source>
        <translation>Onderdiepte (m)</translation>
    </message>
    <message>
        <location filename="../layers/ruimteclaims.py" line="81"/>
        <source>Omgevingsplan reference</source>
        <translation>Verwijzing omgevingsplan</translation>
    </message>
    <message>
        <location filename="../layers/ruimteclaims.py" line="81"/>
        <source>IMOW type</source>
        <translation>IMOW-type</translation>
    </message>
    <message>
        <location filename="../layers/ruimteclaims.py" line="81"/>
        <source>IMOW group</source>
        <translation>IMOW-groep</translation>
    </message>
    <message>
        <location filename="../layers/ruimteclaims.py" line="81"/>
        <source>Initiator</source>
        <translation>Initiatiefnemer</translation>
    </message>
    <message>
        <location filename="../layers/ruimteclaims.py" line="81"/>
        <source>Motivation</source>
        <translation>Motivering</translation>
    </message>
    <message>
        <location filename="../layers/ruimteclaims.py" line="81"/>
        <source>Valid from</source>
        <translation>Geldig vanaf</translation>
    </message>
    <message>
        <location filename="../layers/ruimteclaims.py" line="81"/>
        <source>Valid to</source>
        <translation>Geldig tot en met</translation>
    </message>
    <message>
        <location filename="../layers/ruimteclaims.py" line="81"/>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <location filename="../layers/ruimteclaims.py" line="81"/>
        <source>Created by</source>
        <translation>Aangemaakt door</translation>
    </message>
    <message>
        <location filename="../layers/ruimteclaims.py" line="81"/>
        <source>Created at</source>
        <translation>Aangemaakt op</translation>
    </message>
    <message>
        <location filename="../layers/ruimteclaims.py" line="81"/>
        <source>Modified at</source>
        <translation>Gewijzigd op</translation>
    </message>
    <message>
        <location filename="../layers/ruimteclaims.py" line="126"/>
        <source>Geothermal location</source>
        <translation>Geothermielocatie</translation>
    </message>
    <message>
        <location filename="../layers/ruimteclaims.py" line="126"/>
        <source>Geothermal search location</source>
        <translation>Zoeklocatie geothermie</translation>
    </message>
    <message>
        <location filename="../layers/ruimteclaims.py" line="126"/>
        <source>Aquathermal site (TEO/TEA)</source>
        <translation>Aquathermielocatie (TEO/TEA)</translation>
    </message>
    <message>
        <location filename="../layers/ruimteclaims.py" line="126"/>
        <source>Residual heat / heat transfer station</source>
        <translation>Restwarmte / warmteoverdrachtstation (WOS)</translation>
    </message>
    <message>
        <location filename="../layers/ruimteclaims.py" line="126"/>
        <source>Soil energy: interference area</source>
        <translation>Bodemenergie: interferentiegebied</translation>
    </message>
    <message>
        <location filename="../layers/ruimteclaims.py" line="126"/>
        <source>Soil energy: warm zone</source>
        <translation>Bodemenergie: warme zone</translation>
    </message>
    <message>
        <location filename="../layers/ruimteclaims.py" line="126"/>
        <source>Soil energy: cold zone</source>
        <translation>Bodemenergie: koude zone</translation>
    </message>
    <message>
        <location filename="../layers/ruimteclaims.py" line="126"/>
        <source>Heat network route</source>
        <translation>Warmtenettracé</translation>
    </message>
    <message>
        <location filename="../layers/ruimteclaims.py" line="126"/>
        <source>Other</source>
        <translation>Overig</translation>
    </message>
    <message>
        <location filename="../layers/ruimteclaims.py" line="145"/>
        <source>Draft</source>
        <translation>Concept</translation>
    </message>
    <message>
        <location filename="../layers/ruimteclaims.py" line="145"/>
        <source>In procedure</source>
        <translation>In procedure</translation>
    </message>
    <message>
        <location filename="../layers/ruimteclaims.py" line="145"/>
        <source>Adopted</source>
        <translation>Vastgesteld</translation>
    </message>
    <message>
        <location filename="../layers/ruimteclaims.py" line="145"/>
        <source>Withdrawn</source>
        <translation>Ingetrokken</translation>
    </message>
    <message>
        <location filename="../layers/ruimteclaims.py" line="155"/>
        <source>Above ground</source>
        <translation>Bovengronds</translation>
    </message>
    <message>
        <location filename="../layers/ruimteclaims.py" line="155"/>
        <source>Underground</source>
        <translation>Ondergronds</translation>
    </message>
    <message>
        <location filename="../layers/ruimteclaims.py" line="155"/>
        <source>Both</source>
        <translation>Beide</translation>
    </message>
    <message>
        <location filename="../layers/ruimteclaims.py" line="165"/>
        <source>Category 1</source>
        <translation>Categorie 1</translation>
    </message>
    <message>
        <location filename="../layers/ruimteclaims.py" line="165"/>
        <source>Category 2</source>
        <translation>Categorie 2</translation>
    </message>
    <message>
        <location filename="../layers/ruimteclaims.py" line="165"/>
        <source>Category 3</source>
        <translation>Categorie 3</translation>
    </message>
    <message>
        <location filename="../layers/ruimteclaims.py" line="327"/>
        <source>Category 1, 2 or 3, only for geothermal claims</source>
        <translation>Categorie 1, 2 of 3, alleen bij geothermieclaims</translation>
    </message>
    <message>
        <location filename="../layers/ruimteclaims.py" line="333"/>
        <source>The top depth may not be below the bottom depth</source>
        <translation>De bovendiepte mag niet onder de onderdiepte liggen</translation>
    </message>
    <message>
        <location filename="../layers/ruimteclaims.py" line="337"/>
        <source>Valid from must not be after valid to</source>
        <translation>Geldig vanaf mag niet na geldig tot en met liggen</translation>
    </message>
    <message>
        <location filename="../layers/ruimteclaims.py" line="413"/>
        <source>Spatial claims</source>
        <translation>Ruimteclaims</translation>
    </message>
</context>
<context>
    <name>RuimteclaimsDialog</name>
    <message>
        <location filename="../dialogs/ruimteclaims_dialog.py" line="69"/>
        <source>Claims register (GeoPackage)</source>
        <translation>Ruimteclaimregister (GeoPackage)</translation>
    </message>
    <message>
        <location filename="../dialogs/ruimteclaims_dialog.py" line="69"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../dialogs/ruimteclaims_dialog.py" line="199"/>
        <source>Drawing on the map</source>
        <translation>Tekenen op de kaart</translation>
    </message>
    <message>
        <location filename="../dialogs/ruimteclaims_dialog.py" line="199"/>
        <source>Selected features of a layer</source>
        <translation>Geselecteerde objecten van een laag</translation>
    </message>
    <message>
        <location filename="../dialogs/ruimteclaims_dialog.py" line="199"/>
        <source>All features of a layer</source>
        <translation>Alle objecten van een laag</translation>
    </message>
    <message>
        <location filename="../dialogs/ruimteclaims_dialog.py" line="214"/>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <location filename="../dialogs/ruimteclaims_dialog.py" line="215"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../dialogs/ruimteclaims_dialog.py" line="344"/>
        <source>The claim {} is no longer in the register.</source>
        <translation>De claim {} staat niet meer in het register.</translation>
    </message>
    <message>
        <location filename="../dialogs/ruimteclaims_dialog.py" line="346"/>
        <source>Edit spatial claim</source>
        <translation>Ruimteclaim bewerken</translation>
    </message>
    <message>
        <location filename="../dialogs/ruimteclaims_dialog.py" line="390"/>
        <source>Choose a polygon layer.</source>
        <translation>Kies een polygoonlaag.</translation>
    </message>
    <message>
        <location filename="../dialogs/ruimteclaims_dialog.py" line="395"/>
        <source>The layer {} has no selected features.</source>
        <translation>De laag {} heeft geen geselecteerde objecten.</translation>
    </message>
    <message>
        <location filename="../dialogs/ruimteclaims_dialog.py" line="415"/>
        <source>Click the corners on the map; right click to finish, Esc to cancel.</source>
        <translation>Klik de hoekpunten op de kaart; rechtsklik om af te ronden, Esc om te annuleren.</translation>
    </message>
    <message>
        <location filename="../dialogs/ruimteclaims_dialog.py" line="436"/>
        <source>No geometry yet.</source>
        <translation>Nog geen geometrie.</translation>
    </message>
    <message>
        <location filename="../dialogs/ruimteclaims_dialog.py" line="440"/>
        <source>{} geometry(ies), {} claim(s) will be saved.</source>
        <translation>{} geometrie(ën), {} claim(s) worden opgeslagen.</translation>
    </message>
    <message>
        <location filename="../dialogs/ruimteclaims_dialog.py" line="441"/>
        <source>{:,.0f} m² ({:.2f} ha)</source>
        <translation>{:,.0f} m² ({:.2f} ha)</translation>
    </message>
    <message>
        <location filename="../dialogs/ruimteclaims_dialog.py" line="458"/>
        <source>Choose the claims register (GeoPackage).</source>
        <translation>Kies het ruimteclaimregister (GeoPackage).</translation>
    </message>
    <message>
        <location filename="../dialogs/ruimteclaims_dialog.py" line="517"/>
        <source>Spatial claims</source>
        <translation>Ruimteclaims</translation>
    </message>
    <message>
        <location filename="../dialogs/ruimteclaims_dialog.py" line="487"/>
        <source>Not saved: {}</source>
        <translation>Niet opgeslagen: {}</translation>
    </message>
    <message>
        <location filename="../dialogs/ruimteclaims_dialog.py" line="517"/>
        <source>{} claim(s) saved in {}.</source>
        <translation>{} claim(s) opgeslagen in {}.</translation>
    </message>
</context>
<context>
    <name>RuimteclaimsDialogBase</name>
    <message>
        <location filename="../resources/ui/ruimteclaims_dialog.ui" line="9"/>
        <source>Record a spatial claim</source>
        <translation>Ruimteclaim vastleggen</translation>
    </message>
    <message>
        <location filename="../resources/ui/ruimteclaims_dialog.ui" line="14"/>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <location filename="../resources/ui/ruimteclaims_dialog.ui" line="18"/>
        <source>Path of ruimteclaims.gpkg</source>
        <translation>Pad van ruimteclaims.gpkg</translation>
    </message>
    <message>
        <location filename="../resources/ui/ruimteclaims_dialog.ui" line="23"/>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <location filename="../resources/ui/ruimteclaims_dialog.ui" line="31"/>
        <source>Geometry</source>
        <translation>Geometrie</translation>
    </message>
    <message>
        <location filename="../resources/ui/ruimteclaims_dialog.ui" line="35"/>
        <source>From</source>
        <translation>Uit</translation>
    </message>
    <message>
        <location filename="../resources/ui/ruimteclaims_dialog.ui" line="43"/>
        <source>Layer</source>
        <translation>Laag</translation>
    </message>
    <message>
        <location filename="../resources/ui/ruimteclaims_dialog.ui" line="51"/>
        <source>One claim per feature (otherwise one multipolygon)</source>
        <translation>Eén claim per object (anders één multipolygoon)</translation>
    </message>
    <message>
        <location filename="../resources/ui/ruimteclaims_dialog.ui" line="58"/>
        <source>Draw on the map</source>
        <translation>Tekenen op de kaart</translation>
    </message>
    <message>
        <location filename="../resources/ui/ruimteclaims_dialog.ui" line="63"/>
        <source>Take geometry</source>
        <translation>Geometrie overnemen</translation>
    </message>
    <message>
        <location filename="../resources/ui/ruimteclaims_dialog.ui" line="70"/>
        <source>No geometry yet.</source>
        <translation>Nog geen geometrie.</translation>
    </message>
    <message>
        <location filename="../resources/ui/ruimteclaims_dialog.ui" line="78"/>
        <source>Claim</source>
        <translation>Claim</translation>
    </message>
    <message>
        <location filename="../resources/ui/ruimteclaims_dialog.ui" line="80"/>
        <source>Name *</source>
        <translation>Naam *</translation>
    </message>
    <message>
        <location filename="../resources/ui/ruimteclaims_dialog.ui" line="82"/>
        <source>Claim type *</source>
        <translation>Claimtype *</translation>
    </message>
    <message>
        <location filename="../resources/ui/ruimteclaims_dialog.ui" line="84"/>
        <source>Category (geothermal)</source>
        <translation>Categorie (geothermie)</translation>
    </message>
    <message>
        <location filename="../resources/ui/ruimteclaims_dialog.ui" line="86"/>
        <source>Status *</source>
        <translation>Status *</translation>
    </message>
    <message>
        <location filename="../resources/ui/ruimteclaims_dialog.ui" line="88"/>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location filename="../resources/ui/ruimteclaims_dialog.ui" line="90"/>
        <source>Depth top (m below ground)</source>
        <translation>Bovendiepte (m onder maaiveld)</translation>
    </message>
    <message>
        <location filename="../resources/ui/ruimteclaims_dialog.ui" line="92"/>
        <source>Depth bottom (m below ground)</source>
        <translation>Onderdiepte (m onder maaiveld)</translation>
    </message>
    <message>
        <location filename="../resources/ui/ruimteclaims_dialog.ui" line="94"/>
        <source>Omgevingsplan reference</source>
        <translation>Verwijzing omgevingsplan</translation>
    </message>
    <message>
        <location filename="../resources/ui/ruimteclaims_dialog.ui" line="96"/>
        <source>IMOW type</source>
        <translation>IMOW-type</translation>
    </message>
    <message>
        <location filename="../resources/ui/ruimteclaims_dialog.ui" line="98"/>
        <source>IMOW group</source>
        <translation>IMOW-groep</translation>
    </message>
    <message>
        <location filename="../resources/ui/ruimteclaims_dialog.ui" line="100"/>
        <source>Initiator</source>
        <translation>Initiatiefnemer</translation>
    </message>
    <message>
        <location filename="../resources/ui/ruimteclaims_dialog.ui" line="102"/>
        <source>Motivation</source>
        <translation>Motivering</translation>
    </message>
    <message>
        <location filename="../resources/ui/ruimteclaims_dialog.ui" line="104"/>
        <source>Valid from</source>
        <translation>Geldig vanaf</translation>
    </message>
    <message>
        <location filename="../resources/ui/ruimteclaims_dialog.ui" line="107"/>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-DD</translation>
    </message>
    <message>
        <location filename="../resources/ui/ruimteclaims_dialog.ui" line="106"/>
        <source>Valid to</source>
        <translation>Geldig tot en met</translation>
    </message>
    <message>
        <location filename="../resources/ui/ruimteclaims_dialog.ui" line="108"/>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <location filename="../resources/ui/ruimteclaims_dialog.ui" line="110"/>
        <source>Area</source>
        <translation>Oppervlakte</translation>
    </message>
    <message>
        <location filename="../resources/ui/ruimteclaims_dialog.ui" line="111"/>
        <source>-</source>
        <translation>-</translation>
    </message>
</context>
<context>
    <name>RuimteclaimsDock</name>
    <message>
        <location filename="../dialogs/ruimteclaims_dock.py" line="64"/>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <location filename="../dialogs/ruimteclaims_dock.py" line="64"/>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <location filename="../dialogs/ruimteclaims_dock.py" line="64"/>
        <source>User</source>
        <translation>Gebruiker</translation>
    </message>
    <message>
        <location filename="../dialogs/ruimteclaims_dock.py" line="64"/>
        <source>Changes</source>
        <translation>Wijzigingen</translation>
    </message>
    <message>
        <location filename="../dialogs/ruimteclaims_dock.py" line="67"/>
        <source>added</source>
        <translation>toegevoegd</translation>
    </message>
    <message>
        <location filename="../dialogs/ruimteclaims_dock.py" line="67"/>
        <source>changed</source>
        <translation>gewijzigd</translation>
    </message>
    <message>
        <location filename="../dialogs/ruimteclaims_dock.py" line="67"/>
        <source>deleted</source>
        <translation>verwijderd</translation>
    </message>
    <message>
        <location filename="../dialogs/ruimteclaims_dock.py" line="68"/>
        <source>restored</source>
        <translation>hersteld</translation>
    </message>
    <message>
        <location filename="../dialogs/ruimteclaims_dock.py" line="91"/>
        <source>geometry changed</source>
        <translation>geometrie gewijzigd</translation>
    </message>
    <message>
        <location filename="../dialogs/ruimteclaims_dock.py" line="219"/>
        <source>Spatial claims</source>
        <translation>Ruimteclaims</translation>
    </message>
    <message>
        <location filename="../dialogs/ruimteclaims_dock.py" line="116"/>
        <source>Choose or create the claims register</source>
        <translation>Kies of maak het ruimteclaimregister</translation>
    </message>
    <message>
        <location filename="../dialogs/ruimteclaims_dock.py" line="124"/>
        <source>All types</source>
        <translation>Alle typen</translation>
    </message>
    <message>
        <location filename="../dialogs/ruimteclaims_dock.py" line="128"/>
        <source>All statuses</source>
        <translation>Alle statussen</translation>
    </message>
    <message>
        <location filename="../dialogs/ruimteclaims_dock.py" line="132"/>
        <source>Search…</source>
        <translation>Zoeken…</translation>
    </message>
    <message>
        <location filename="../dialogs/ruimteclaims_dock.py" line="154"/>
        <source>Zoom to</source>
        <translation>Inzoomen</translation>
    </message>
    <message>
        <location filename="../dialogs/ruimteclaims_dock.py" line="155"/>
        <source>New…</source>
        <translation>Nieuw…</translation>
    </message>
    <message>
        <location filename="../dialogs/ruimteclaims_dock.py" line="156"/>
        <source>Edit…</source>
        <translation>Bewerken…</translation>
    </message>
    <message>
        <location filename="../dialogs/ruimteclaims_dock.py" line="157"/>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../dialogs/ruimteclaims_dock.py" line="158"/>
        <source>History</source>
        <translation>Historie</translation>
    </message>
    <message>
        <location filename="../dialogs/ruimteclaims_dock.py" line="159"/>
        <source>Restore deleted…</source>
        <translation>Verwijderde herstellen…</translation>
    </message>
    <message>
        <location filename="../dialogs/ruimteclaims_dock.py" line="224"/>
        <source>No register chosen.</source>
        <translation>Geen register gekozen.</translation>
    </message>
    <message>
        <location filename="../dialogs/ruimteclaims_dock.py" line="301"/>
        <source>Delete claims</source>
        <translation>Claims verwijderen</translation>
    </message>
    <message>
        <location filename="../dialogs/ruimteclaims_dock.py" line="301"/>
        <source>Delete {} claim(s) from the register? The history keeps them; they can be restored with 'Restore deleted…'.</source>
        <translation>{} claim(s) uit het register verwijderen? De historie bewaart ze; ze zijn te herstellen met 'Verwijderde herstellen…'.</translation>
    </message>
    <message>
        <location filename="../dialogs/ruimteclaims_dock.py" line="335"/>
        <source>History of {}</source>
        <translation>Historie van {}</translation>
    </message>
    <message>
        <location filename="../dialogs/ruimteclaims_dock.py" line="348"/>
        <source>There are no deleted claims to restore.</source>
        <translation>Er zijn geen verwijderde claims om te herstellen.</translation>
    </message>
    <message>
        <location filename="../dialogs/ruimteclaims_dock.py" line="351"/>
        <source>Restore a deleted claim</source>
        <translation>Een verwijderde claim herstellen</translation>
    </message>
    <message>
        <location filename="../dialogs/ruimteclaims_dock.py" line="351"/>
        <source>Claim</source>
        <translation>Claim</translation>
    </message>
</context>
<context>
    <name>claims</name>
    <message>
        <location filename="../core/claims.py" line="107"/>
        <source>A name is required.</source>
        <translation>Een naam is verplicht.</translation>
    </message>
    <message>
        <location filename="../core/claims.py" line="116"/>
        <source>A claim type is required.</source>
        <translation>Een claimtype is verplicht.</translation>
    </message>
    <message>
        <location filename="../core/claims.py" line="122"/>
        <source>Unknown claim type &apos;{value}&apos;; use one of: {allowed}.</source>
        <translation>Onbekend claimtype '{value}'; gebruik een van: {allowed}.</translation>
    </message>
    <message>
        <location filename="../core/claims.py" line="137"/>
        <source>A status is required.</source>
        <translation>Een status is verplicht.</translation>
    </message>
    <message>
        <location filename="../core/claims.py" line="140"/>
        <source>Unknown status &apos;{value}&apos;; use one of: {allowed}.</source>
        <translation>Onbekende status '{value}'; gebruik een van: {allowed}.</translation>
    </message>
    <message>
        <location filename="../core/claims.py" line="157"/>
        <source>Unknown level &apos;{value}&apos;; use one of: {allowed}.</source>
        <translation>Onbekend niveau '{value}'; gebruik een van: {allowed}.</translation>
    </message>
    <message>
        <location filename="../core/claims.py" line="178"/>
        <source>The category must be 1, 2 or 3 (given: &apos;{value}&apos;).</source>
        <translation>De categorie moet 1, 2 of 3 zijn (opgegeven: '{value}').</translation>
    </message>
    <message>
        <location filename="../core/claims.py" line="187"/>
        <source>A category is only given for geothermal claims (location or search location).</source>
        <translation>Een categorie wordt alleen bij geothermieclaims opgegeven (locatie of zoeklocatie).</translation>
    </message>
    <message>
        <location filename="../core/claims.py" line="205"/>
        <source>The depth &apos;{value}&apos; is not a number of metres.</source>
        <translation>De diepte '{value}' is geen aantal meters.</translation>
    </message>
    <message>
        <location filename="../core/claims.py" line="225"/>
        <source>The top depth ({top:g} m) is below the bottom depth ({bottom:g} m).</source>
        <translation>De bovendiepte ({top:g} m) ligt onder de onderdiepte ({bottom:g} m).</translation>
    </message>
    <message>
        <location filename="../core/claims.py" line="315"/>
        <source>&apos;{value}&apos; is not a date (write YYYY-MM-DD).</source>
        <translation>'{value}' is geen datum (schrijf JJJJ-MM-DD).</translation>
    </message>
    <message>
        <location filename="../core/claims.py" line="335"/>
        <source>Valid from ({start}) is after valid to ({end}).</source>
        <translation>Geldig vanaf ({start}) ligt na geldig tot en met ({end}).</translation>
    </message>
    <message>
        <location filename="../core/claims.py" line="349"/>
        <source>The claim has no geometry.</source>
        <translation>De claim heeft geen geometrie.</translation>
    </message>
    <message>
        <location filename="../core/claims.py" line="351"/>
        <source>The geometry is empty.</source>
        <translation>De geometrie is leeg.</translation>
    </message>
    <message>
        <location filename="../core/claims.py" line="354"/>
        <source>The geometry is a {kind}; a claim must be a (multi)polygon.</source>
        <translation>De geometrie is een {kind}; een claim moet een (multi)polygoon zijn.</translation>
    </message>
    <message>
        <location filename="../core/claims.py" line="369"/>
        <source>The geometry is not valid ({reason}); repair it (e.g. Fix geometries).</source>
        <translation>De geometrie is ongeldig ({reason}); herstel haar (bijv. met Geometrieën repareren).</translation>
    </message>
    <message>
        <location filename="../core/claims.py" line="379"/>
        <source>The polygon has no area.</source>
        <translation>De polygoon heeft geen oppervlakte.</translation>
    </message>
    <message>
        <location filename="../core/claims.py" line="388"/>
        <source>The coordinate reference system &apos;{crs}&apos; is unknown or cannot be transformed to EPSG:28992 (RD New); set the layer&apos;s CRS.</source>
        <translation>Het coördinatenreferentiesysteem '{crs}' is onbekend of kan niet naar EPSG:28992 (RD New) worden omgezet; stel het CRS van de laag in.</translation>
    </message>
    <message>
        <location filename="../core/claims.py" line="407"/>
        <source>The geometry lies outside the Netherlands in EPSG:28992 (bounds {bounds}); check the layer&apos;s coordinate reference system.</source>
        <translation>De geometrie ligt buiten Nederland in EPSG:28992 (grenzen {bounds}); controleer het coördinatenreferentiesysteem van de laag.</translation>
    </message>
    <message>
        <location filename="../core/claims.py" line="254"/>
        <source>The depth {value:g} m is negative; depths are metres below ground level.</source>
        <translation>De diepte {value:g} m is negatief; dieptes zijn meters onder maaiveld.</translation>
    </message>
    <message>
        <location filename="../core/claims.py" line="270"/>
        <source>The depth {value:g} m is implausibly large (more than {limit:g} m).</source>
        <translation>De diepte {value:g} m is onwaarschijnlijk groot (meer dan {limit:g} m).</translation>
    </message>
    <message>
        <location filename="../core/claims.py" line="297"/>
        <source>The top and bottom depth are both {value:g} m: the claim has no depth range (leave both empty when the depth is not known).</source>
        <translation>De boven- en onderdiepte zijn allebei {value:g} m: de claim heeft geen diepte-interval (laat beide leeg als de diepte niet bekend is).</translation>
    </message>
</context>
<context>
    <name>register</name>
    <message>
        <location filename="../layers/register.py" line="100"/>
        <source>The register {path} could not be used: {error}.</source>
        <translation>Het register {path} kon niet worden gebruikt: {error}.</translation>
    </message>
    <message>
        <location filename="../layers/register.py" line="138"/>
        <source>The claim is not valid and was not saved: {problems}</source>
        <translation>De claim is ongeldig en is niet opgeslagen: {problems}</translation>
    </message>
    <message>
        <location filename="../layers/register.py" line="154"/>
        <source>The claim {claim_id} is not in the register {path}.</source>
        <translation>De claim {claim_id} staat niet in het register {path}.</translation>
    </message>
    <message>
        <location filename="../layers/register.py" line="114"/>
        <source>The register {path} is locked by another program or user (for example a layer in edit mode). Nothing was saved. Save or close the edits elsewhere and try again.</source>
        <translation>Het register {path} is vergrendeld door een ander programma of een andere gebruiker (bijvoorbeeld een laag in bewerkmodus). Er is niets opgeslagen. Sla de bewerkingen elders op of sluit ze en probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../layers/register.py" line="120"/>
        <source>The register {path} is read-only (file or folder without write permission). Nothing was saved. Choose a register you may write to.</source>
        <translation>Het register {path} is alleen-lezen (bestand of map zonder schrijfrechten). Er is niets opgeslagen. Kies een register waarin u mag schrijven.</translation>
    </message>
    <message>
        <location filename="../layers/register.py" line="126"/>
        <source>The disk of the register {path} is full. Nothing was saved. Free space and try again.</source>
        <translation>De schijf van het register {path} is vol. Er is niets opgeslagen. Maak ruimte vrij en probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../layers/register.py" line="132"/>
        <source>The register {path} cannot be opened or is not a claims register ({error}). Nothing was saved. Check the path or create a new register.</source>
        <translation>Het register {path} kan niet worden geopend of is geen ruimteclaimregister ({error}). Er is niets opgeslagen. Controleer het pad of maak een nieuw register.</translation>
    </message>
</context>
</TS>
