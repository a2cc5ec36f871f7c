<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>ClaimConflicts</name>
    <message>
        <location filename="../processing/ruimteclaims/claimconflicts.py" line="74"/>
        <source>Conflicts between spatial claims (3D)</source>
        <translation>Conflicten tussen ruimteclaims (3D)</translation>
    </message>
    <message>
        <location filename="../processing/ruimteclaims/claimconflicts.py" line="77"/>
        <source>Where claims overlap in plan and in depth, with what must be decided.</source>
        <translation>Waar claims elkaar overlappen op de kaart en in de diepte, met wat besloten moet worden.</translation>
    </message>
    <message>
        <location filename="../processing/ruimteclaims/claimconflicts.py" line="109"/>
        <source>Spatial claims</source>
        <translation>Ruimteclaims</translation>
    </message>
    <message>
        <location filename="../processing/ruimteclaims/claimconflicts.py" line="109"/>
        <source>The claims register layer (ruimteclaims) or a polygon layer with its fields.</source>
        <translation>De laag van het claimregister (ruimteclaims) of een vlakkenlaag met dezelfde velden.</translation>
    </message>
    <message>
        <location filename="../processing/ruimteclaims/claimconflicts.py" line="116"/>
        <source>Minimum overlap area (m²)</source>
        <translation>Minimale overlap (m²)</translation>
    </message>
    <message>
        <location filename="../processing/ruimteclaims/claimconflicts.py" line="116"/>
        <source>Overlaps of this area or less are ignored (slivers from digitising). Default 1 m² [assumption].</source>
        <translation>Overlappen van deze oppervlakte of kleiner worden genegeerd (snippers van het digitaliseren). Standaard 1 m² [aanname].</translation>
    </message>
    <message>
        <location filename="../processing/ruimteclaims/claimconflicts.py" line="127"/>
        <source>Same type and initiator also conflict</source>
        <translation>Zelfde type en initiatiefnemer conflicteren ook</translation>
    </message>
    <message>
        <location filename="../processing/ruimteclaims/claimconflicts.py" line="127"/>
        <source>When ticked, two claims of the same type and the same initiator are also reported. Default off [assumption: one initiator&apos;s own claims of one kind are parts of one plan].</source>
        <translation>Indien aangevinkt worden ook twee claims van hetzelfde type en dezelfde initiatiefnemer gemeld. Standaard uit [aanname: de eigen claims van één soort van één initiatiefnemer zijn delen van één plan].</translation>
    </message>
    <message>
        <location filename="../processing/ruimteclaims/claimconflicts.py" line="153"/>
        <source>Claim conflicts</source>
        <translation>Claimconflicten</translation>
    </message>
    <message>
        <location filename="../processing/ruimteclaims/claimconflicts.py" line="153"/>
        <source>One polygon per conflicting pair (the overlap) with claim_a, claim_b, name_a, name_b, type_a, type_b, overlap_m2, depth_overlap (e.g. &apos;18-60 m&apos;, &apos;onbekend&apos; when a depth range is missing) and advice (Dutch).</source>
        <translation>Eén vlak per conflicterend paar (de overlap) met claim_a, claim_b, name_a, name_b, type_a, type_b, overlap_m2, depth_overlap (bijv. '18-60 m', 'onbekend' als een diepte-interval ontbreekt) en advice (Nederlands).</translation>
    </message>
    <message>
        <location filename="../processing/ruimteclaims/claimconflicts.py" line="163"/>
        <source>Number of conflicts</source>
        <translation>Aantal conflicten</translation>
    </message>
    <message>
        <location filename="../processing/ruimteclaims/claimconflicts.py" line="164"/>
        <source>Number of claims checked</source>
        <translation>Aantal gecontroleerde claims</translation>
    </message>
    <message>
        <location filename="../processing/ruimteclaims/claimconflicts.py" line="174"/>
        <source>Areas are computed in {crs}.</source>
        <translation>Oppervlaktes worden berekend in {crs}.</translation>
    </message>
    <message>
        <location filename="../processing/ruimteclaims/claimconflicts.py" line="181"/>
        <source>The input has no field(s) {fields}; they count as empty.</source>
        <translation>De invoer heeft geen veld(en) {fields}; die tellen als leeg.</translation>
    </message>
    <message>
        <location filename="../processing/ruimteclaims/claimconflicts.py" line="203"/>
        <source>no geometry</source>
        <translation>geen geometrie</translation>
    </message>
    <message>
        <location filename="../processing/ruimteclaims/claimconflicts.py" line="206"/>
        <source>not a polygon</source>
        <translation>geen vlak</translation>
    </message>
    <message>
        <location filename="../processing/ruimteclaims/claimconflicts.py" line="212"/>
        <source>could not be transformed to metres</source>
        <translation>kon niet naar meters worden getransformeerd</translation>
    </message>
    <message>
        <location filename="../processing/ruimteclaims/claimconflicts.py" line="240"/>
        <source>{n} claims match the filter {expr}.</source>
        <translation>{n} claims voldoen aan het filter {expr}.</translation>
    </message>
    <message>
        <location filename="../processing/ruimteclaims/claimconflicts.py" line="249"/>
        <source>{n} claim(s) have no usable depth range (missing depths, or top below bottom); they are treated as overlapping every depth and their conflicts say &apos;onbekend&apos;.</source>
        <translation>{n} claim(s) hebben geen bruikbaar diepte-interval (dieptes ontbreken, of bovenkant onder onderkant); ze worden behandeld als overlappend met elke diepte en hun conflicten vermelden 'onbekend'.</translation>
    </message>
    <message>
        <location filename="../processing/ruimteclaims/claimconflicts.py" line="257"/>
        <source>{n} invalid claim geometries were repaired before the overlay.</source>
        <translation>{n} ongeldige claimgeometrieën zijn vóór de overlay hersteld.</translation>
    </message>
    <message>
        <location filename="../processing/ruimteclaims/claimconflicts.py" line="263"/>
        <source>{n} claim geometries were empty after repair and were left out.</source>
        <translation>{n} claimgeometrieën waren na herstel leeg en zijn weggelaten.</translation>
    </message>
    <message>
        <location filename="../processing/ruimteclaims/claimconflicts.py" line="298"/>
        <source>{n} conflicts between {m} claims.</source>
        <translation>{n} conflicten tussen {m} claims.</translation>
    </message>
    <message>
        <location filename="../processing/ruimteclaims/claimconflicts.py" line="139"/>
        <source>Zones inside an interference area also conflict</source>
        <translation>Zones binnen een interferentiegebied conflicteren ook</translation>
    </message>
    <message>
        <location filename="../processing/ruimteclaims/claimconflicts.py" line="139"/>
        <source>When ticked, warm and cold zones (bodemenergie_zone_warm / _koud) that overlap a soil-energy interference area are reported as conflicts with it. Default off [assumption: the zones are the bodemenergieplan of that area, parts of one plan, not competing claims].</source>
        <translation>Indien aangevinkt worden warme en koude zones (bodemenergie_zone_warm / _koud) die een interferentiegebied voor bodemenergie overlappen als conflict daarmee gemeld. Standaard uit [aanname: de zones vormen het bodemenergieplan van dat gebied, delen van één plan, geen concurrerende claims].</translation>
    </message>
    <message>
        <location filename="../processing/ruimteclaims/claimconflicts.py" line="80"/>
        <source>&lt;p&gt;Finds the places where two spatial claims of the register overlap both on the map and in depth, and writes the overlap as a polygon with the two claims, the overlap area, the shared depth range and a short Dutch sentence naming what must be decided. The tool does not decide: the college does (seed document 5.2).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Rule&lt;/b&gt;: two claims conflict when their polygons overlap by more than the minimum overlap area AND their depth ranges overlap. Depth ranges in m below the surface: level &apos;bovengronds&apos; counts as 0-0 (the surface), &apos;beide&apos; as 0 to depth_bottom_m, &apos;ondergronds&apos; as depth_top_m to depth_bottom_m. Ranges that only touch (18-60 and 60-100 m) do not overlap; the surface overlaps a range that starts at 0 [assumption]. A depth that is text, negative or more than 10,000 m counts as missing [assumption: a typing error]. A claim without a usable depth range (missing depths, top below bottom) counts as overlapping every depth; the log warns with a count and the advice says so.&lt;/p&gt;&lt;p&gt;Claims of the same type and the same initiator do not conflict (they are parts of one plan) unless &apos;same type conflicts&apos; is ticked [assumption]; nor do warm/cold zones with the soil-energy interference area they order, unless &apos;zones inside an interference area also conflict&apos; is ticked [assumption]; claims with an empty initiator are not assumed to share one.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Input&lt;/b&gt;: the claims register or any polygon layer with its fields (claim_id, name, claim_type, status, level, depth_top_m, depth_bottom_m, initiator); missing fields count as empty. Areas are computed in metres (RD New for Dutch data, also for layers in EPSG:4326); the output keeps the input CRS. Candidate pairs come from a bounding-box sweep index, so 10,000 claims take seconds.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Zoekt de plekken waar twee ruimteclaims uit het register elkaar zowel op de kaart als in de diepte overlappen, en schrijft de overlap als vlak met de twee claims, de oppervlakte van de overlap, het gedeelde diepte-interval en een korte Nederlandse zin die benoemt wat besloten moet worden. Het hulpmiddel besluit niet: het college besluit (brondocument 5.2).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Regel&lt;/b&gt;: twee claims conflicteren als hun vlakken meer dan de minimale overlap overlappen EN hun diepte-intervallen overlappen. Diepte-intervallen in m onder maaiveld: niveau 'bovengronds' telt als 0-0 (het maaiveld), 'beide' als 0 tot depth_bottom_m, 'ondergronds' als depth_top_m tot depth_bottom_m. Intervallen die elkaar alleen raken (18-60 en 60-100 m) overlappen niet; het maaiveld overlapt een interval dat bij 0 begint [aanname]. Een diepte die tekst is, negatief of meer dan 10.000 m telt als ontbrekend [aanname: een typefout]. Een claim zonder bruikbaar diepte-interval (dieptes ontbreken, bovenkant onder onderkant) telt als overlappend met elke diepte; het logboek waarschuwt met een aantal en het advies vermeldt het.&lt;/p&gt;&lt;p&gt;Claims van hetzelfde type en dezelfde initiatiefnemer conflicteren niet (ze zijn delen van één plan), tenzij 'zelfde type conflicteert' is aangevinkt [aanname]; evenmin warme/koude zones met het interferentiegebied dat ze ordenen, tenzij 'zones binnen een interferentiegebied conflicteren ook' is aangevinkt [aanname]; bij een lege initiatiefnemer wordt niet aangenomen dat die gelijk is.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Invoer&lt;/b&gt;: het claimregister of een vlakkenlaag met dezelfde velden (claim_id, name, claim_type, status, level, depth_top_m, depth_bottom_m, initiator); ontbrekende velden tellen als leeg. Oppervlaktes worden in meters berekend (RD New voor Nederlandse gegevens, ook voor lagen in EPSG:4326); de uitvoer houdt het CRS van de invoer. Kandidaatparen komen uit een sweep-index op omhullende rechthoeken, zodat 10.000 claims seconden duren.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../processing/ruimteclaims/claimconflicts.py" line="237"/>
        <source>The input layer is empty: nothing to compute.</source>
        <translation>De invoerlaag is leeg: er is niets te berekenen.</translation>
    </message>
    <message>
        <location filename="../processing/ruimteclaims/claimconflicts.py" line="306"/>
        <source>{n} claim(s) have a {field} that is not a number; it counts as empty (feature ids: {ids}).</source>
        <translation>{n} claim(s) hebben een {field} die geen getal is; die telt als leeg (object-id's: {ids}).</translation>
    </message>
    <message>
        <location filename="../processing/ruimteclaims/claimconflicts.py" line="308"/>
        <source>{n} claim(s) have a negative {field} (depths are metres below ground level); it counts as empty (feature ids: {ids}).</source>
        <translation>{n} claim(s) hebben een negatieve {field} (dieptes zijn meters onder maaiveld); die telt als leeg (object-id's: {ids}).</translation>
    </message>
    <message>
        <location filename="../processing/ruimteclaims/claimconflicts.py" line="310"/>
        <source>{n} claim(s) have a {field} of more than {limit:g} m (implausible); it counts as empty (feature ids: {ids}).</source>
        <translation>{n} claim(s) hebben een {field} van meer dan {limit:g} m (onwaarschijnlijk); die telt als leeg (object-id's: {ids}).</translation>
    </message>
    <message>
        <location filename="../processing/ruimteclaims/claimconflicts.py" line="317"/>
        <source>{n} claim(s) have an unknown claim_type ({values}): check the spelling. They are still compared and the advice names the type as written.</source>
        <translation>{n} claim(s) hebben een onbekend claim_type ({values}): controleer de spelling. Ze worden wel vergeleken en het advies noemt het type zoals het er staat.</translation>
    </message>
    <message>
        <location filename="../processing/ruimteclaims/claimconflicts.py" line="317"/>
        <source>{n} claim(s) have an unknown level ({values}); they count as &apos;ondergronds&apos; (depth_top_m to depth_bottom_m).</source>
        <translation>{n} claim(s) hebben een onbekend niveau ({values}); ze tellen als 'ondergronds' (depth_top_m tot depth_bottom_m).</translation>
    </message>
</context>
<context>
    <name>ClaimsGio</name>
    <message>
        <location filename="../processing/ruimteclaims/exportgio.py" line="56"/>
        <source>&apos;{value}&apos; is not a date; write it as YYYY-MM-DD.</source>
        <translation>'{value}' is geen datum; schrijf die als JJJJ-MM-DD.</translation>
    </message>
    <message>
        <location filename="../processing/ruimteclaims/gio_common.py" line="33"/>
        <source>Filter (expression)</source>
        <translation>Filter (expressie)</translation>
    </message>
    <message>
        <location filename="../processing/ruimteclaims/gio_common.py" line="33"/>
        <source>Optional: only claims for which this expression is true, e.g. &quot;status&quot; &lt;&gt; &apos;ingetrokken&apos; to leave out withdrawn claims. Empty: all claims (or the selected ones when &apos;selected features only&apos; is ticked).</source>
        <translation>Optioneel: alleen claims waarvoor deze expressie waar is, bijv. &quot;status&quot; &lt;&gt; 'ingetrokken' om ingetrokken claims weg te laten. Leeg: alle claims (of de geselecteerde als 'alleen geselecteerde objecten' is aangevinkt).</translation>
    </message>
    <message>
        <location filename="../processing/ruimteclaims/gio_common.py" line="57"/>
        <source>The filter expression is not valid: {error}</source>
        <translation>De filterexpressie is ongeldig: {error}</translation>
    </message>
</context>
<context>
    <name>ExportGio</name>
    <message>
        <location filename="../processing/ruimteclaims/exportgio.py" line="94"/>
        <source>Export claims as STOP GIO</source>
        <translation>Claims exporteren als STOP-GIO</translation>
    </message>
    <message>
        <location filename="../processing/ruimteclaims/exportgio.py" line="97"/>
        <source>Writes spatial claims as a GIO (STOP GML) for the omgevingsplan.</source>
        <translation>Schrijft ruimteclaims als GIO (STOP-GML) voor het omgevingsplan.</translation>
    </message>
    <message>
        <location filename="../processing/ruimteclaims/exportgio.py" line="100"/>
        <source>&lt;p&gt;Writes the claims as a Geografisch Informatieobject (GIO): the GML file of the STOP standard (imop-geo, schemaversie 1.3.0) through which the omgevingsplan refers to areas. The file holds geo:GeoInformatieObjectVaststelling with the background (achtergrondVerwijzing and its date), FRBRWork /join/id/regdata/&amp;lt;bevoegd gezag&amp;gt;/&amp;lt;year&amp;gt;/&amp;lt;work id&amp;gt;, FRBRExpression &amp;lt;work&amp;gt;/nld@&amp;lt;date&amp;gt;;&amp;lt;version&amp;gt;, optional groups (GIO-delen) and one Locatie per claim with its name and a basisgeo:Geometrie: gml:id &apos;id-&amp;lt;uuid&amp;gt;&apos;, basisgeo:id the claim_id when that is a UUID (so a claim keeps its id from one version to the next), else a new UUID.&lt;/p&gt;&lt;p&gt;Geometries are written in RD New (srsName urn:ogc:def:crs:EPSG::28992; claims in another CRS are transformed) with millimetre precision, closed rings, exterior rings counter-clockwise; a multi-part claim becomes a gml:MultiSurface. Names are escaped, so any text gives well-formed XML.&lt;/p&gt;&lt;p&gt;Before reporting success the file is checked against the STOP schematron rules of imop-geo (STOP3000-3021, 3040, 3090) and basic structure checks; if any fails nothing is reported as written.&lt;/p&gt;&lt;p&gt;Next to the GML a JSON sidecar lists per location the IMOW gebiedsaanwijzing (type and group URIs from the claim&apos;s imow_type and imow_group, or the defaults of its claim type), its name and the basisgeo:id it refers to, for whoever makes the OW objects.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Schrijft de claims als Geografisch Informatieobject (GIO): het GML-bestand van de STOP-standaard (imop-geo, schemaversie 1.3.0) waarmee het omgevingsplan naar gebieden verwijst. Het bestand bevat geo:GeoInformatieObjectVaststelling met de achtergrond (achtergrondVerwijzing en de datum ervan), FRBRWork /join/id/regdata/&amp;lt;bevoegd gezag&amp;gt;/&amp;lt;jaar&amp;gt;/&amp;lt;werk-id&amp;gt;, FRBRExpression &amp;lt;werk&amp;gt;/nld@&amp;lt;datum&amp;gt;;&amp;lt;versie&amp;gt;, optioneel groepen (GIO-delen) en één Locatie per claim met de naam en een basisgeo:Geometrie: gml:id 'id-&amp;lt;uuid&amp;gt;', basisgeo:id de claim_id als dat een UUID is (zodat een claim zijn id van versie tot versie houdt), anders een nieuwe UUID.&lt;/p&gt;&lt;p&gt;Geometrieën worden geschreven in RD New (srsName urn:ogc:def:crs:EPSG::28992; claims in een ander CRS worden getransformeerd) met millimeterprecisie, gesloten ringen, buitenringen tegen de klok in; een claim uit meerdere delen wordt een gml:MultiSurface. Namen worden ge-escaped, dus elke tekst geeft goedgevormde XML.&lt;/p&gt;&lt;p&gt;Voordat succes wordt gemeld, wordt het bestand getoetst aan de STOP-schematronregels van imop-geo (STOP3000-3021, 3040, 3090) en aan eenvoudige structuurcontroles; faalt er een, dan wordt niets als geschreven gemeld.&lt;/p&gt;&lt;p&gt;Naast de GML staat een JSON-bijbestand met per locatie de IMOW-gebiedsaanwijzing (type- en groep-URI's uit imow_type en imow_group van de claim, of de standaardwaarden van het claimtype), de naam en de basisgeo:id waarnaar die verwijst, voor wie de OW-objecten maakt.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../processing/ruimteclaims/exportgio.py" line="124"/>
        <source>Spatial claims</source>
        <translation>Ruimteclaims</translation>
    </message>
    <message>
        <location filename="../processing/ruimteclaims/exportgio.py" line="124"/>
        <source>The claims to export: the register layer (ruimteclaims) or any polygon layer. Tick &apos;selected features only&apos; to export the selection.</source>
        <translation>De te exporteren claims: de registerlaag (ruimteclaims) of een willekeurige vlakkenlaag. Vink 'alleen geselecteerde objecten' aan om de selectie te exporteren.</translation>
    </message>
    <message>
        <location filename="../processing/ruimteclaims/exportgio.py" line="134"/>
        <source>Group field (GIO-delen)</source>
        <translation>Groepveld (GIO-delen)</translation>
    </message>
    <message>
        <location filename="../processing/ruimteclaims/exportgio.py" line="134"/>
        <source>Optional: a field whose values become the groups (GIO-delen) of the GIO, e.g. claim_type to separate the warm and cold zones. Every exported claim then needs a value (STOP3000). Empty: no groups.</source>
        <translation>Optioneel: een veld waarvan de waarden de groepen (GIO-delen) van het GIO worden, bijv. claim_type om de warme en koude zones te scheiden. Elke geëxporteerde claim heeft dan een waarde nodig (STOP3000). Leeg: geen groepen.</translation>
    </message>
    <message>
        <location filename="../processing/ruimteclaims/exportgio.py" line="145"/>
        <source>Name field</source>
        <translation>Naamveld</translation>
    </message>
    <message>
        <location filename="../processing/ruimteclaims/exportgio.py" line="145"/>
        <source>The field written as geo:naam of each location (default: name).</source>
        <translation>Het veld dat als geo:naam van elke locatie wordt geschreven (standaard: name).</translation>
    </message>
    <message>
        <location filename="../processing/ruimteclaims/exportgio.py" line="152"/>
        <source>Bevoegd gezag code</source>
        <translation>Code bevoegd gezag</translation>
    </message>
    <message>
        <location filename="../processing/ruimteclaims/exportgio.py" line="152"/>
        <source>Code of the authority in FRBRWork: gm + CBS municipality code (default gm0518, Den Haag), pv.. for a province, ws.. for a water board.</source>
        <translation>Code van het bevoegd gezag in FRBRWork: gm + CBS-gemeentecode (standaard gm0518, Den Haag), pv.. voor een provincie, ws.. voor een waterschap.</translation>
    </message>
    <message>
        <location filename="../processing/ruimteclaims/exportgio.py" line="161"/>
        <source>Work id</source>
        <translation>Werk-id</translation>
    </message>
    <message>
        <location filename="../processing/ruimteclaims/exportgio.py" line="161"/>
        <source>The last part of FRBRWork, e.g. &apos;bodemenergiegebied&apos;: letters, digits, &apos;-&apos; and &apos;_&apos; only. Default &apos;{work}&apos; [assumption].</source>
        <translation>Het laatste deel van FRBRWork, bijv. 'bodemenergiegebied': alleen letters, cijfers, '-' en '_'. Standaard '{work}' [aanname].</translation>
    </message>
    <message>
        <location filename="../processing/ruimteclaims/exportgio.py" line="170"/>
        <source>Expression date</source>
        <translation>Expressiedatum</translation>
    </message>
    <message>
        <location filename="../processing/ruimteclaims/exportgio.py" line="170"/>
        <source>Date of this version in FRBRExpression (and its year in FRBRWork). Empty: today.</source>
        <translation>Datum van deze versie in FRBRExpression (en het jaar ervan in FRBRWork). Leeg: vandaag.</translation>
    </message>
    <message>
        <location filename="../processing/ruimteclaims/exportgio.py" line="177"/>
        <source>Version</source>
        <translation>Versie</translation>
    </message>
    <message>
        <location filename="../processing/ruimteclaims/exportgio.py" line="177"/>
        <source>Version number after &apos;;&apos; in FRBRExpression (default 1).</source>
        <translation>Versienummer na ';' in FRBRExpression (standaard 1).</translation>
    </message>
    <message>
        <location filename="../processing/ruimteclaims/exportgio.py" line="184"/>
        <source>Background map</source>
        <translation>Achtergrondkaart</translation>
    </message>
    <message>
        <location filename="../processing/ruimteclaims/exportgio.py" line="184"/>
        <source>The background the areas were drawn on (achtergrondVerwijzing): BGT or top10nl.</source>
        <translation>De achtergrond waarop de gebieden zijn getekend (achtergrondVerwijzing): BGT of top10nl.</translation>
    </message>
    <message>
        <location filename="../processing/ruimteclaims/exportgio.py" line="191"/>
        <source>Background date</source>
        <translation>Datum achtergrond</translation>
    </message>
    <message>
        <location filename="../processing/ruimteclaims/exportgio.py" line="191"/>
        <source>Date of the background map (achtergrondActualiteit). Empty: the expression date.</source>
        <translation>Datum van de achtergrondkaart (achtergrondActualiteit). Leeg: de expressiedatum.</translation>
    </message>
    <message>
        <location filename="../processing/ruimteclaims/exportgio.py" line="198"/>
        <source>GIO file</source>
        <translation>GIO-bestand</translation>
    </message>
    <message>
        <location filename="../processing/ruimteclaims/exportgio.py" line="198"/>
        <source>GML files (*.gml)</source>
        <translation>GML-bestanden (*.gml)</translation>
    </message>
    <message>
        <location filename="../processing/ruimteclaims/exportgio.py" line="198"/>
        <source>The GIO (.gml). The IMOW sidecar is written next to it with the extension .json.</source>
        <translation>Het GIO (.gml). Het IMOW-bijbestand wordt ernaast geschreven met de extensie .json.</translation>
    </message>
    <message>
        <location filename="../processing/ruimteclaims/exportgio.py" line="204"/>
        <source>IMOW sidecar (.json)</source>
        <translation>IMOW-bijbestand (.json)</translation>
    </message>
    <message>
        <location filename="../processing/ruimteclaims/exportgio.py" line="205"/>
        <source>Number of locations written</source>
        <translation>Aantal geschreven locaties</translation>
    </message>
    <message>
        <location filename="../processing/ruimteclaims/exportgio.py" line="206"/>
        <source>Number of claims skipped</source>
        <translation>Aantal overgeslagen claims</translation>
    </message>
    <message>
        <location filename="../processing/ruimteclaims/exportgio.py" line="245"/>
        <source>Claims in {crs} are transformed to RD New (EPSG:28992).</source>
        <translation>Claims in {crs} worden getransformeerd naar RD New (EPSG:28992).</translation>
    </message>
    <message>
        <location filename="../processing/ruimteclaims/exportgio.py" line="270"/>
        <source>no geometry</source>
        <translation>geen geometrie</translation>
    </message>
    <message>
        <location filename="../processing/ruimteclaims/exportgio.py" line="274"/>
        <source>not a polygon</source>
        <translation>geen vlak</translation>
    </message>
    <message>
        <location filename="../processing/ruimteclaims/exportgio.py" line="280"/>
        <source>could not be transformed to RD New</source>
        <translation>kon niet naar RD New worden getransformeerd</translation>
    </message>
    <message>
        <location filename="../processing/ruimteclaims/exportgio.py" line="296"/>
        <source>no area left after repairing the geometry</source>
        <translation>geen oppervlakte over na herstel van de geometrie</translation>
    </message>
    <message>
        <location filename="../processing/ruimteclaims/exportgio.py" line="331"/>
        <source>{n} claim(s) have no value in the group field &apos;{field}&apos;. With groups every location needs one (STOP rule STOP3000): fill the field, filter those claims out, or export without a group field.</source>
        <translation>{n} claim(s) hebben geen waarde in het groepveld '{field}'. Met groepen heeft elke locatie er een nodig (STOP-regel STOP3000): vul het veld, filter die claims weg, of exporteer zonder groepveld.</translation>
    </message>
    <message>
        <location filename="../processing/ruimteclaims/exportgio.py" line="339"/>
        <source>No claim to export: the layer, selection or filter gives no polygons.</source>
        <translation>Geen claim om te exporteren: de laag, selectie of het filter levert geen vlakken op.</translation>
    </message>
    <message>
        <location filename="../processing/ruimteclaims/exportgio.py" line="343"/>
        <source>{n} invalid claim geometries were repaired before the export.</source>
        <translation>{n} ongeldige claimgeometrieën zijn vóór de export hersteld.</translation>
    </message>
    <message>
        <location filename="../processing/ruimteclaims/exportgio.py" line="355"/>
        <source>The GIO was not written: {error}</source>
        <translation>Het GIO is niet geschreven: {error}</translation>
    </message>
    <message>
        <location filename="../processing/ruimteclaims/exportgio.py" line="359"/>
        <source>Could not write {path}: {error}</source>
        <translation>Kon {path} niet schrijven: {error}</translation>
    </message>
    <message>
        <location filename="../processing/ruimteclaims/exportgio.py" line="366"/>
        <source>{n} location(s) have no IMOW type (imow_type empty and no default for their claim type); the sidecar leaves it empty.</source>
        <translation>{n} locatie(s) hebben geen IMOW-type (imow_type leeg en geen standaardwaarde voor hun claimtype); het bijbestand laat het leeg.</translation>
    </message>
    <message>
        <location filename="../processing/ruimteclaims/exportgio.py" line="374"/>
        <source>GIO {expr} written with {n} locations; all STOP rules pass.</source>
        <translation>GIO {expr} geschreven met {n} locaties; alle STOP-regels worden gehaald.</translation>
    </message>
    <message>
        <location filename="../processing/ruimteclaims/exportgio.py" line="221"/>
        <source>The layer has no field &apos;name&apos;: the locations are written without geo:naam.</source>
        <translation>De laag heeft geen veld 'name': de locaties worden zonder geo:naam geschreven.</translation>
    </message>
</context>
<context>
    <name>RuimteclaimsGioActions</name>
    <message>
        <location filename="../dialogs/ruimteclaims_gio_actions.py" line="25"/>
        <source>Check conflicts</source>
        <translation>Conflicten controleren</translation>
    </message>
    <message>
        <location filename="../dialogs/ruimteclaims_gio_actions.py" line="36"/>
        <source>Export GIO…</source>
        <translation>GIO exporteren…</translation>
    </message>
    <message>
        <location filename="../dialogs/ruimteclaims_gio_actions.py" line="81"/>
        <source>Choose or create a claims register first.</source>
        <translation>Kies of maak eerst een claimregister.</translation>
    </message>
    <message>
        <location filename="../dialogs/ruimteclaims_gio_actions.py" line="105"/>
        <source>{n} conflict(s) between the claims; see the layer &apos;Claim conflicts&apos;.</source>
        <translation>{n} conflict(en) tussen de claims; zie de laag 'Claimconflicten'.</translation>
    </message>
    <message>
        <location filename="../dialogs/ruimteclaims_gio_actions.py" line="25"/>
        <source>Find claims that overlap on the map and in depth (withdrawn claims left out) and show the overlaps as a layer.</source>
        <translation>Zoek claims die elkaar op de kaart en in de diepte overlappen (ingetrokken claims niet meegeteld) en toon de overlappen als laag.</translation>
    </message>
    <message>
        <location filename="../dialogs/ruimteclaims_gio_actions.py" line="36"/>
        <source>Write the selected claims (or the claims shown) as a STOP GIO for the omgevingsplan.</source>
        <translation>Schrijf de geselecteerde claims (of de getoonde claims) als STOP-GIO voor het omgevingsplan.</translation>
    </message>
</context>
<context>
    <name>ValidateGio</name>
    <message>
        <location filename="../processing/ruimteclaims/validategio.py" line="24"/>
        <source>Validate a STOP GIO file</source>
        <translation>STOP-GIO-bestand valideren</translation>
    </message>
    <message>
        <location filename="../processing/ruimteclaims/validategio.py" line="27"/>
        <source>Checks a GIO (GML) against the STOP schematron rules of imop-geo.</source>
        <translation>Toetst een GIO (GML) aan de STOP-schematronregels van imop-geo.</translation>
    </message>
    <message>
        <location filename="../processing/ruimteclaims/validategio.py" line="30"/>
        <source>&lt;p&gt;Checks a Geografisch Informatieobject (GIO, STOP GML) with the plugin&apos;s own implementation of the schematron rules of imop-geo, each reported with its STOP code: STOP3000/3006/3007 (groepID or norm value on all locations or none), 3001 (used groups are declared), 3003/3004 (group ids and labels unique), 3005 (declared groups are used), 3008/3012 (one kind of value per location), 3009/3010/3011/3015/3016 (norm and unit elements), 3013 (basisgeo:id unique), 3019 (geometries have coordinates), 3020/3021 (srsName RD or ETRS89, the same everywhere), 3040 (no arcs), 3090 (no gml:name and the like). Structure checks start with BS-: well-formed XML, root and schemaversie, FRBR identifiers, gml:id (unique, not starting with a digit), basisgeo:id a UUID, closed rings.&lt;/p&gt;&lt;p&gt;This is not the full XML-schema validation of the DSO; it catches what the schematron catches.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Toetst een Geografisch Informatieobject (GIO, STOP-GML) met de eigen implementatie van de plug-in van de schematronregels van imop-geo, elk gemeld met de STOP-code: STOP3000/3006/3007 (groepID of normwaarde op alle locaties of op geen), 3001 (gebruikte groepen zijn gedeclareerd), 3003/3004 (groep-id's en labels uniek), 3005 (gedeclareerde groepen worden gebruikt), 3008/3012 (één soort waarde per locatie), 3009/3010/3011/3015/3016 (norm- en eenheidelementen), 3013 (basisgeo:id uniek), 3019 (geometrieën hebben coördinaten), 3020/3021 (srsName RD of ETRS89, overal dezelfde), 3040 (geen bogen), 3090 (geen gml:name en dergelijke). Structuurcontroles beginnen met BS-: goedgevormde XML, root en schemaversie, FRBR-identificaties, gml:id (uniek, begint niet met een cijfer), basisgeo:id een UUID, gesloten ringen.&lt;/p&gt;&lt;p&gt;Dit is niet de volledige XML-schemavalidatie van het DSO; het vangt wat de schematron vangt.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../processing/ruimteclaims/validategio.py" line="47"/>
        <source>GIO file</source>
        <translation>GIO-bestand</translation>
    </message>
    <message>
        <location filename="../processing/ruimteclaims/validategio.py" line="47"/>
        <source>The GIO to check (.gml).</source>
        <translation>Het te toetsen GIO (.gml).</translation>
    </message>
    <message>
        <location filename="../processing/ruimteclaims/validategio.py" line="53"/>
        <source>Fail when a rule is broken</source>
        <translation>Mislukken als een regel wordt overtreden</translation>
    </message>
    <message>
        <location filename="../processing/ruimteclaims/validategio.py" line="53"/>
        <source>When ticked the algorithm ends with an error if any rule is broken (useful in scripts and models); otherwise it reports the findings and VALID = false.</source>
        <translation>Indien aangevinkt eindigt het algoritme met een fout als een regel wordt overtreden (handig in scripts en modellen); anders meldt het de bevindingen en VALID = false.</translation>
    </message>
    <message>
        <location filename="../processing/ruimteclaims/validategio.py" line="62"/>
        <source>Valid</source>
        <translation>Geldig</translation>
    </message>
    <message>
        <location filename="../processing/ruimteclaims/validategio.py" line="63"/>
        <source>Number of findings</source>
        <translation>Aantal bevindingen</translation>
    </message>
    <message>
        <location filename="../processing/ruimteclaims/validategio.py" line="64"/>
        <source>Rule codes broken</source>
        <translation>Overtreden regelcodes</translation>
    </message>
    <message>
        <location filename="../processing/ruimteclaims/validategio.py" line="73"/>
        <source>Could not read {path}: {error}</source>
        <translation>Kon {path} niet lezen: {error}</translation>
    </message>
    <message>
        <location filename="../processing/ruimteclaims/validategio.py" line="83"/>
        <source>{n} finding(s); rules broken: {codes}.</source>
        <translation>{n} bevinding(en); overtreden regels: {codes}.</translation>
    </message>
    <message>
        <location filename="../processing/ruimteclaims/validategio.py" line="90"/>
        <source>The GIO passes every checked STOP rule.</source>
        <translation>Het GIO voldoet aan elke getoetste STOP-regel.</translation>
    </message>
</context>
</TS>
