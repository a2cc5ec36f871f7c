<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
    <context>
        <name>@default</name>
        <message>
            <source>Click at least three points.</source>
            <translation>Klik ten minste drie punten.</translation>
        </message>
        <message>
            <source>{n} wells, {s} systems, aquifer use {u:.1%}, {c} conflicts, {a:.1f} ha</source>
            <translation>{n} bronnen, {s} systemen, aquifergebruik {u:.1%}, {c} conflicten, {a:.1f} ha</translation>
        </message>
        <message>
            <source>Drawn interference areas</source>
            <translation>Getekende interferentiegebieden</translation>
        </message>
        <message>
            <source>Interference area drawn with the map tool 'Draw interference area' (no well figures).</source>
            <translation>Interferentiegebied getekend met het kaartgereedschap 'Interferentiegebied tekenen' (zonder cijfers van bronnen).</translation>
        </message>
        <message>
            <source>Interference area drawn with the map tool 'Draw interference area' against the well layer '{layer}' (aquifer thickness H {h:g} m, porosity n {p:g}): {figures}.</source>
            <translation>Interferentiegebied getekend met het kaartgereedschap 'Interferentiegebied tekenen' tegen de bronnenlaag '{layer}' (dikte watervoerend pakket H {h:g} m, porositeit n {p:g}): {figures}.</translation>
        </message>
        <message>
            <source>Depth range from the well screens inside: {top:g} to {bottom:g} m below ground.</source>
            <translation>Diepte volgens de filters van de bronnen binnen het gebied: {top:g} tot {bottom:g} m onder maaiveld.</translation>
        </message>
        <message>
            <source>Draw interference area: options</source>
            <translation>Interferentiegebied tekenen: opties</translation>
        </message>
        <message>
            <source>The spatial claims register (via 'Record a spatial claim')</source>
            <translation>Het ruimteclaimregister (via 'Ruimteclaim vastleggen')</translation>
        </message>
        <message>
            <source>A polygon layer</source>
            <translation>Een vlakkenlaag</translation>
        </message>
        <message>
            <source>Well layer</source>
            <translation>Bronnenlaag</translation>
        </message>
        <message>
            <source>Volume per well per season (m³)</source>
            <translation>Volume per bron per seizoen (m³)</translation>
        </message>
        <message>
            <source>System id</source>
            <translation>Systeem-id</translation>
        </message>
        <message>
            <source>Temperature (warm / koud)</source>
            <translation>Temperatuur (warm / koud)</translation>
        </message>
        <message>
            <source>Screen top (m below ground)</source>
            <translation>Bovenkant filter (m onder maaiveld)</translation>
        </message>
        <message>
            <source>Screen bottom (m below ground)</source>
            <translation>Onderkant filter (m onder maaiveld)</translation>
        </message>
        <message>
            <source>Aquifer thickness H (m)</source>
            <translation>Dikte watervoerend pakket H (m)</translation>
        </message>
        <message>
            <source>Porosity n</source>
            <translation>Porositeit n</translation>
        </message>
        <message>
            <source>Save into</source>
            <translation>Opslaan in</translation>
        </message>
        <message>
            <source>Polygon layer (empty: a new layer)</source>
            <translation>Vlakkenlaag (leeg: een nieuwe laag)</translation>
        </message>
        <message>
            <source>Save interference area</source>
            <translation>Interferentiegebied opslaan</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Naam</translation>
        </message>
        <message>
            <source>Choose a well layer in the options first.</source>
            <translation>Kies eerst een bronnenlaag in de opties.</translation>
        </message>
        <message>
            <source>Interference area</source>
            <translation>Interferentiegebied</translation>
        </message>
        <message>
            <source>Saved in '{layer}': {text}</source>
            <translation>Opgeslagen in '{layer}': {text}</translation>
        </message>
        <message>
            <source>Could not save in '{layer}'.</source>
            <translation>Kon niet opslaan in '{layer}'.</translation>
        </message>
        <message>
            <source>The claims dialog could not be opened ({error}); the area is saved in a polygon layer instead.</source>
            <translation>Het venster voor ruimteclaims kon niet worden geopend ({error}); het gebied wordt in plaats daarvan in een vlakkenlaag opgeslagen.</translation>
        </message>
        <message>
            <source>Draw interference area</source>
            <translation>Interferentiegebied tekenen</translation>
        </message>
        <message>
            <source>Feature {id} of the layer '{layer}' has an invalid geometry. Repair it (Fix geometries), or set the Processing option 'Invalid features filtering' to skip or not filter invalid features.</source>
            <translation>Object {id} van de laag '{layer}' heeft een ongeldige geometrie. Herstel die (Geometrieën repareren), of zet de Processing-optie 'Filteren van ongeldige objecten' op overslaan of niet filteren.</translation>
        </message>
        <message>
            <source>invalid geometry (Processing option: skip invalid features)</source>
            <translation>ongeldige geometrie (Processing-optie: ongeldige objecten overslaan)</translation>
        </message>
        <message>
            <source>{name} stopped on an unexpected problem: {error}. No output was written as complete. Check the input layers and parameters; the log shows the details for a bug report.</source>
            <translation>{name} is gestopt door een onverwacht probleem: {error}. Er is geen uitvoer als volledig weggeschreven. Controleer de invoerlagen en parameters; het logboek toont de details voor een foutmelding.</translation>
        </message>
        <message>
            <source>Parameters</source>
            <translation>Parameters</translation>
        </message>
        <message>
            <source>The parameter {key} needs a field name.</source>
            <translation>De parameter {key} heeft een veldnaam nodig.</translation>
        </message>
        <message>
            <source>The field '{field}' given for {key} does not exist in the input layer. Available fields: {fields}.</source>
            <translation>Het veld '{field}' dat bij {key} is opgegeven bestaat niet in de invoerlaag. Beschikbare velden: {fields}.</translation>
        </message>
        <message>
            <source>This algorithm needs the Python package(s) {modules}, which are not installed for QGIS. On Debian/Ubuntu: sudo apt install {packages}; with the OSGeo4W installer on Windows: add them from the OSGeo4W shell (python -m pip install {modules}).</source>
            <translation>Dit algoritme heeft de Python-pakket(ten) {modules} nodig, die niet voor QGIS zijn geïnstalleerd. Op Debian/Ubuntu: sudo apt install {packages}; met de OSGeo4W-installer op Windows: voeg ze toe vanuit de OSGeo4W-shell (python -m pip install {modules}).</translation>
        </message>
        <message>
            <source>Volume field (m³)</source>
            <translation>Veld met volume (m³)</translation>
        </message>
        <message>
            <source>Numeric field with the stored volume in m³: per well per season, or per system per year (see Volume basis). A well storing more than 10,000,000 m³ per season is skipped with a counted warning as implausible (a typing or unit error).</source>
            <translation>Numeriek veld met het opgeslagen volume in m³: per bron per seizoen, of per systeem per jaar (zie Volumebasis). Een bron die meer dan 10.000.000 m³ per seizoen opslaat, wordt als onwaarschijnlijk (een tik- of eenheidsfout) overgeslagen met een getelde waarschuwing.</translation>
        </message>
        <message>
            <source>Volume basis</source>
            <translation>Volumebasis</translation>
        </message>
        <message>
            <source>Volume per well per season</source>
            <translation>Volume per bron per seizoen</translation>
        </message>
        <message>
            <source>Volume per system per year (divided over the wells of the system)</source>
            <translation>Volume per systeem per jaar (verdeeld over de bronnen van het systeem)</translation>
        </message>
        <message>
            <source>0 = the field holds the volume stored in one well in one season. 1 = it holds the system's yearly volume (e.g. the provincial permit field Vergund_m3_jaar); each well then stores yearly volume / number of wells of its system per season (a doublet: / 2) [assumption]. Needs the system field.</source>
            <translation>0 = het veld bevat het volume dat één bron in één seizoen opslaat. 1 = het bevat het jaarvolume van het systeem (bijv. het provinciale vergunningveld Vergund_m3_jaar); elke bron slaat dan per seizoen jaarvolume / aantal bronnen van het systeem op (een doublet: / 2) [aanname]. Vraagt het systeemveld.</translation>
        </message>
        <message>
            <source>System id field</source>
            <translation>Veld met systeem-id</translation>
        </message>
        <message>
            <source>Field with the id of the system (installation) each well belongs to.</source>
            <translation>Veld met de id van het systeem (de installatie) waartoe elke bron behoort.</translation>
        </message>
        <message>
            <source>Screen top field (m below surface)</source>
            <translation>Veld bovenkant filter (m -mv)</translation>
        </message>
        <message>
            <source>Optional numeric field: top of the well screen (filter) in m below surface, 0-1,000 m. Text, a negative value (above ground level) or a value deeper than 1,000 m is skipped with a counted warning; an empty value means 'not known'.</source>
            <translation>Optioneel numeriek veld: bovenkant van het bronfilter in m onder maaiveld, 0-1.000 m. Tekst, een negatieve waarde (boven maaiveld) of een waarde dieper dan 1.000 m wordt overgeslagen met een getelde waarschuwing; een lege waarde betekent 'onbekend'.</translation>
        </message>
        <message>
            <source>Screen bottom field (m below surface)</source>
            <translation>Veld onderkant filter (m -mv)</translation>
        </message>
        <message>
            <source>Optional numeric field: bottom of the well screen in m below surface, more than 0 and at most 1,000 m (else the well is skipped with a counted warning). The screen length H = bottom - top.</source>
            <translation>Optioneel numeriek veld: onderkant van het bronfilter in m onder maaiveld, meer dan 0 en hoogstens 1.000 m (anders wordt de bron overgeslagen met een getelde waarschuwing). De filterlengte H = onderkant - bovenkant.</translation>
        </message>
        <message>
            <source>Default screen length H (m)</source>
            <translation>Standaard filterlengte H (m)</translation>
        </message>
        <message>
            <source>Screen length used where the screen fields are not given or empty. Default 40 m, about the thickness of Den Haag's first aquifer (18-60 m below surface) [assumption].</source>
            <translation>Filterlengte die wordt gebruikt waar de filtervelden niet zijn opgegeven of leeg zijn. Standaard 40 m, ongeveer de dikte van het eerste watervoerende pakket in Den Haag (18-60 m -mv) [aanname].</translation>
        </message>
        <message>
            <source>Volume factor</source>
            <translation>Volumefactor</translation>
        </message>
        <message>
            <source>Multiplies every volume. 1.0 = permitted volume (the space claimed); 0.67 = expected use, as the Den Haag centre study computes with 2/3 of the permitted volume (SKB Meer met Bodemenergie report 7).</source>
            <translation>Vermenigvuldigt elk volume. 1,0 = vergund volume (de geclaimde ruimte); 0,67 = verwacht gebruik, zoals de studie voor het centrum van Den Haag rekent met 2/3 van het vergunde volume (SKB Meer met Bodemenergie rapport 7).</translation>
        </message>
        <message>
            <source>Heat capacity of water c_w (MJ/m³K)</source>
            <translation>Warmtecapaciteit van water c_w (MJ/m³K)</translation>
        </message>
        <message>
            <source>Volumetric heat capacity of water, default 4.18 MJ/m³K.</source>
            <translation>Volumetrische warmtecapaciteit van water, standaard 4,18 MJ/m³K.</translation>
        </message>
        <message>
            <source>Heat capacity of the aquifer c_aq (MJ/m³K)</source>
            <translation>Warmtecapaciteit van het watervoerend pakket c_aq (MJ/m³K)</translation>
        </message>
        <message>
            <source>Volumetric heat capacity of the saturated aquifer, default 2.8 MJ/m³K (sources give 2.45-2.9; SKB Meer met Bodemenergie).</source>
            <translation>Volumetrische warmtecapaciteit van het verzadigde watervoerende pakket, standaard 2,8 MJ/m³K (bronnen noemen 2,45-2,9; SKB Meer met Bodemenergie).</translation>
        </message>
        <message>
            <source>Porosity of the aquifer, used for the hydraulic radius; default 0.30.</source>
            <translation>Porositeit van het watervoerende pakket, gebruikt voor de hydraulische straal; standaard 0,30.</translation>
        </message>
        <message>
            <source>Volume basis 'per system per year' divides the yearly volume over the wells of each system: choose the system id field.</source>
            <translation>De volumebasis 'per systeem per jaar' verdeelt het jaarvolume over de bronnen van elk systeem: kies het veld met de systeem-id.</translation>
        </message>
        <message>
            <source>volume is empty in field '{}'</source>
            <translation>volume is leeg in veld '{}'</translation>
        </message>
        <message>
            <source>volume is not a number in field '{}'</source>
            <translation>volume is geen getal in veld '{}'</translation>
        </message>
        <message>
            <source>volume is zero or negative in field '{}'</source>
            <translation>volume is nul of negatief in veld '{}'</translation>
        </message>
        <message>
            <source>volume in field '{field}' is implausibly large (more than {max:,.0f} m³ per well per season)</source>
            <translation>volume in veld '{field}' is onwaarschijnlijk groot (meer dan {max:,.0f} m³ per bron per seizoen)</translation>
        </message>
        <message>
            <source>screen top is not a number in field '{}'</source>
            <translation>bovenkant filter is geen getal in veld '{}'</translation>
        </message>
        <message>
            <source>screen bottom is not a number in field '{}'</source>
            <translation>onderkant filter is geen getal in veld '{}'</translation>
        </message>
        <message>
            <source>screen top is above ground level (negative) in field '{}'</source>
            <translation>bovenkant filter ligt boven maaiveld (negatief) in veld '{}'</translation>
        </message>
        <message>
            <source>screen bottom is at or above ground level (zero or negative) in field '{}'</source>
            <translation>onderkant filter ligt op of boven maaiveld (nul of negatief) in veld '{}'</translation>
        </message>
        <message>
            <source>screen top is deeper than {max:,.0f} m in field '{field}'</source>
            <translation>bovenkant filter ligt dieper dan {max:,.0f} m in veld '{field}'</translation>
        </message>
        <message>
            <source>screen bottom is deeper than {max:,.0f} m in field '{field}'</source>
            <translation>onderkant filter ligt dieper dan {max:,.0f} m in veld '{field}'</translation>
        </message>
        <message>
            <source>no geometry, or a multipoint with several points</source>
            <translation>geen geometrie, of een multipunt met meerdere punten</translation>
        </message>
        <message>
            <source>no system id in field '{}' (needed to divide the yearly volume)</source>
            <translation>geen systeem-id in veld '{}' (nodig om het jaarvolume te verdelen)</translation>
        </message>
        <message>
            <source>screen bottom is not below screen top</source>
            <translation>onderkant filter ligt niet onder de bovenkant</translation>
        </message>
        <message>
            <source>the location cannot be transformed to metres</source>
            <translation>de locatie kan niet naar meters worden getransformeerd</translation>
        </message>
        <message>
            <source>Temperature field (warm / koud)</source>
            <translation>Temperatuurveld (warm / koud)</translation>
        </message>
        <message>
            <source>Field telling whether a well is a warm or a cold well. Accepted, in any case: warm, w, koud, k, cold, c (the BRO GUF field RelatieveTemperatuur uses warm / koud). Wells with another or an empty value are skipped with a counted warning.</source>
            <translation>Veld dat aangeeft of een bron een warme of een koude bron is. Geaccepteerd, hoofdletterongevoelig: warm, w, koud, k, cold, c (het BRO GUF-veld RelatieveTemperatuur gebruikt warm / koud). Bronnen met een andere of lege waarde worden overgeslagen met een getelde waarschuwing.</translation>
        </message>
        <message>
            <source>temperature in field '{}' is not warm or koud</source>
            <translation>temperatuur in veld '{}' is niet warm of koud</translation>
        </message>
        <message>
            <source>Factor: warm-cold of one system</source>
            <translation>Factor: warm-koud van één systeem</translation>
        </message>
        <message>
            <source>Required distance = factor × the larger R_th. Default 3 (NVOE guideline, in the SKB Meer met Bodemenergie reports). Also sets the footprint of a system point (factor / 2 + 1).</source>
            <translation>Vereiste afstand = factor × de grootste R_th. Standaard 3 (NVOE-richtlijn, in de SKB-rapporten Meer met Bodemenergie). Bepaalt ook de voetafdruk van een systeempunt (factor / 2 + 1).</translation>
        </message>
        <message>
            <source>Factor: opposite temperature, other systems</source>
            <translation>Factor: tegengestelde temperatuur, andere systemen</translation>
        </message>
        <message>
            <source>Required distance = factor × the larger R_th. Default 3 [assumption: same physics as the NVOE rule].</source>
            <translation>Vereiste afstand = factor × de grootste R_th. Standaard 3 [aanname: dezelfde fysica als de NVOE-regel].</translation>
        </message>
        <message>
            <source>Factor: same temperature, other systems</source>
            <translation>Factor: zelfde temperatuur, andere systemen</translation>
        </message>
        <message>
            <source>Required distance = factor × (R_th,a + R_th,b). Default 1: the thermal bubbles may touch [assumption].</source>
            <translation>Vereiste afstand = factor × (R_th,a + R_th,b). Standaard 1: de thermische bellen mogen elkaar raken [aanname].</translation>
        </message>
        <message>
            <source>{count} feature(s) skipped: {reason}</source>
            <translation>{count} object(en) overgeslagen: {reason}</translation>
        </message>
        <message>
            <source>(feature ids: {ids}{more})</source>
            <translation>(object-id's: {ids}{more})</translation>
        </message>
        <message>
            <source>Cancelled by the user: the outputs are incomplete and were discarded.</source>
            <translation>Geannuleerd door de gebruiker: de uitvoer is onvolledig en is niet bewaard.</translation>
        </message>
        <message>
            <source>{name}: use {u:.1%}, {n} wells</source>
            <translation>{name}: gebruik {u:.1%}, {n} bronnen</translation>
        </message>
        <message>
            <source>, {c} conflicts</source>
            <translation>, {c} conflicten</translation>
        </message>
        <message>
            <source>Aquifers as 'name:top-bottom' in m below ground, separated by ';' (default: Den Haag's first aquifer 18-60 m, SKB Meer met Bodemenergie report 7, and the second 70-150 m [assumption]). The figures are shown per aquifer; empty: one aquifer of the thickness H.</source>
            <translation>Watervoerende pakketten als 'naam:boven-onder' in m onder maaiveld, gescheiden door ';' (standaard: het eerste watervoerend pakket van Den Haag op 18-60 m, SKB Meer met Bodemenergie rapport 7, en het tweede op 70-150 m [aanname]). De kengetallen worden per pakket getoond; leeg: één pakket met dikte H.</translation>
        </message>
        <message>
            <source>Aquifer code (optional)</source>
            <translation>Pakketcode (optioneel)</translation>
        </message>
        <message>
            <source>Aquifers (name:top-bottom; ...)</source>
            <translation>Watervoerende pakketten (naam:boven-onder; ...)</translation>
        </message>
        <message>
            <source>Aquifers not used: {error}</source>
            <translation>Watervoerende pakketten niet gebruikt: {error}</translation>
        </message>
        <message>
            <source>Aquifer field</source>
            <translation>Veld met watervoerend pakket</translation>
        </message>
        <message>
            <source>Optional field with the aquifer each well is screened in: a code or name such as a REGIS layer code or the aquifer number of a permit layer (WVP). It takes precedence over the screen depths: two wells that both have a code share an aquifer only when the codes are equal (any case); a well without a code falls back to its screen depth. Not set: a field named 'aquifer' is used when the layer has one with values (the log says so).</source>
            <translation>Optioneel veld met het watervoerend pakket waarin elke bron is gefilterd: een code of naam, zoals een REGIS-laagcode of het pakketnummer van een vergunningenlaag (WVP). Het gaat voor de filterdiepten: twee bronnen die allebei een code hebben delen alleen een pakket als de codes gelijk zijn (hoofdletters tellen niet); een bron zonder code valt terug op zijn filterdiepte. Niet opgegeven: een veld met de naam 'aquifer' wordt gebruikt als de laag er een met waarden heeft (het logboek meldt dit).</translation>
        </message>
        <message>
            <source>Aquifer codes from field '{}' (the layer has it; choose another field with the aquifer field parameter).</source>
            <translation>Pakketcodes uit veld '{}' (de laag heeft het; kies een ander veld met de parameter voor het pakketveld).</translation>
        </message>
        <message>
            <source>Field '{}' is empty: the screen depths decide which wells share an aquifer.</source>
            <translation>Veld '{}' is leeg: de filterdiepten bepalen welke bronnen een watervoerend pakket delen.</translation>
        </message>
        <message>
            <source>No screen depth fields (SCREEN_TOP_FIELD, SCREEN_BOTTOM_FIELD) and no aquifer field: all {n} wells count as storing in one aquifer.</source>
            <translation>Geen velden voor de filterdiepte (SCREEN_TOP_FIELD, SCREEN_BOTTOM_FIELD) en geen pakketveld: alle {n} bronnen tellen als opslag in één watervoerend pakket.</translation>
        </message>
        <message>
            <source>{n} well(s) have no screen depth in field(s) {fields} and no aquifer code in field '{code}': they count as sharing an aquifer with every well.</source>
            <translation>{n} bron(nen) hebben geen filterdiepte in veld(en) {fields} en geen pakketcode in veld '{code}': ze tellen als bronnen die met elke bron een watervoerend pakket delen.</translation>
        </message>
        <message>
            <source>{n} well(s) have no screen depth in field(s) {fields}: they count as sharing an aquifer with every well.</source>
            <translation>{n} bron(nen) hebben geen filterdiepte in veld(en) {fields}: ze tellen als bronnen die met elke bron een watervoerend pakket delen.</translation>
        </message>
        <message>
            <source>The aquifers as depth intervals in m below surface, separated by ';', e.g. '1e watervoerend pakket:18-60;2e watervoerend pakket:70-150' (the default: Den Haag's first aquifer about 18-60 m, SKB Meer met Bodemenergie report 7; the second 70-150 m [assumption: check the local REGIS / GeoTOP profile]). The thickness of an aquifer is bottom - top. A well counts in the aquifer its screen lies in; a screen spanning two counts in both, by the length inside each. An aquifer code (aquifer field) names an aquifer by its name or by its number (1, WVP1 and '1e watervoerend pakket' are the same). Empty: one aquifer of the thickness given by the aquifer thickness parameter.</source>
            <translation>De watervoerende pakketten als diepte-intervallen in m onder maaiveld, gescheiden door ';', bijvoorbeeld '1e watervoerend pakket:18-60;2e watervoerend pakket:70-150' (de standaard: het eerste watervoerend pakket van Den Haag op ongeveer 18-60 m, SKB Meer met Bodemenergie rapport 7; het tweede op 70-150 m [aanname: controleer het lokale REGIS- / GeoTOP-profiel]). De dikte van een pakket is onder - boven. Een bron telt in het pakket waarin zijn filter staat; een filter dat twee pakketten beslaat telt in beide, naar de lengte in elk. Een pakketcode (pakketveld) wijst een pakket aan met zijn naam of zijn nummer (1, WVP1 en '1e watervoerend pakket' zijn hetzelfde). Leeg: één pakket met de dikte van de parameter pakketdikte.</translation>
        </message>
        <message>
            <source>Aquifers: {}</source>
            <translation>Watervoerende pakketten: {}</translation>
        </message>
        <message>
            <source>well conflicts per aquifer: {}</source>
            <translation>bronconflicten per watervoerend pakket: {}</translation>
        </message>
        <message>
            <source>aquifer use per aquifer (largest of a candidate area): {}</source>
            <translation>aquifergebruik per watervoerend pakket (grootste van een kandidaatgebied): {}</translation>
        </message>
        <message>
            <source>The parameter {key} needs a field name (the default '{field}' is not in the layer; available fields: {fields}).</source>
            <translation>De parameter {key} heeft een veldnaam nodig (de standaardnaam '{field}' staat niet in de laag; beschikbare velden: {fields}).</translation>
        </message>
        <message>
            <source>Needed by this algorithm: without it the run stops and says so.</source>
            <translation>Nodig voor dit algoritme: zonder dit veld stopt de berekening met een melding.</translation>
        </message>
        <message>
            <source>Same system, warm and cold well too close</source>
            <translation>Zelfde systeem, warme en koude bron te dichtbij</translation>
        </message>
        <message>
            <source>Other system, warm and cold well too close</source>
            <translation>Ander systeem, warme en koude bron te dichtbij</translation>
        </message>
        <message>
            <source>Other system, same temperature too close</source>
            <translation>Ander systeem, zelfde temperatuur te dichtbij</translation>
        </message>
        <message>
            <source>Closed loop too close to an open well</source>
            <translation>Gesloten systeem te dicht bij een open bron</translation>
        </message>
        <message>
            <source>Closed loops too close together</source>
            <translation>Gesloten systemen te dicht bij elkaar</translation>
        </message>
        <message>
            <source>Systems overlap</source>
            <translation>Systemen overlappen</translation>
        </message>
        <message>
            <source>Wells</source>
            <translation>Bronnen</translation>
        </message>
        <message>
            <source>Systems</source>
            <translation>Systemen</translation>
        </message>
        <message>
            <source>Aquifer use (busiest aquifer)</source>
            <translation>Gebruik watervoerend pakket (drukste pakket)</translation>
        </message>
        <message>
            <source>Aquifer use</source>
            <translation>Gebruik watervoerend pakket</translation>
        </message>
        <message>
            <source>Volume per season (m³)</source>
            <translation>Volume per seizoen (m³)</translation>
        </message>
        <message>
            <source>Wells per km²</source>
            <translation>Bronnen per km²</translation>
        </message>
        <message>
            <source>Conflicts</source>
            <translation>Conflicten</translation>
        </message>
        <message>
            <source>Area (ha)</source>
            <translation>Oppervlakte (ha)</translation>
        </message>
        <message>
            <source>Conflicts by kind</source>
            <translation>Conflicten per soort</translation>
        </message>
        <message>
            <source>Per aquifer</source>
            <translation>Per watervoerend pakket</translation>
        </message>
        <message>
            <source>Aquifer</source>
            <translation>Watervoerend pakket</translation>
        </message>
        <message>
            <source>Use</source>
            <translation>Gebruik</translation>
        </message>
        <message>
            <source>{n} wells, use {u}, {c} conflicts (see the panel)</source>
            <translation>{n} bronnen, gebruik {u}, {c} conflicten (zie het paneel)</translation>
        </message>
        <message>
            <source>Interference area: figures</source>
            <translation>Interferentiegebied: cijfers</translation>
        </message>
        <message>
            <source>Click on the map to draw an area.</source>
            <translation>Klik op de kaart om een gebied te tekenen.</translation>
        </message>
        <message>
            <source>Wells: {layer}</source>
            <translation>Bronnen: {layer}</translation>
        </message>
        <message>
            <source>Left click: add a point; right click or Enter: finish and save; Backspace: undo; Esc: start again. The figures show in the panel 'Interference area: figures'.</source>
            <translation>Linksklik: punt toevoegen; rechtsklik of Enter: afronden en opslaan; Backspace: ongedaan maken; Esc: opnieuw beginnen. De cijfers staan in het paneel 'Interferentiegebied: cijfers'.</translation>
        </message>
    </context>
    <context>
        <name>AddClaims</name>
        <message>
            <source>Add spatial claims to the register</source>
            <translation>Ruimteclaims aan het register toevoegen</translation>
        </message>
        <message>
            <source>Writes the polygons of a layer as spatial claims into the claims register.</source>
            <translation>Schrijft de polygonen van een laag als ruimteclaims in het ruimteclaimregister.</translation>
        </message>
        <message>
            <source>Claim polygons</source>
            <translation>Claimpolygonen</translation>
        </message>
        <message>
            <source>Polygon layer whose features become claims (any CRS; stored in EPSG:28992).</source>
            <translation>Polygoonlaag waarvan de objecten claims worden (elk CRS; opgeslagen in EPSG:28992).</translation>
        </message>
        <message>
            <source>Claims register (GeoPackage)</source>
            <translation>Ruimteclaimregister (GeoPackage)</translation>
        </message>
        <message>
            <source>Claims register (PostGIS)</source>
            <translation>Ruimteclaimregister (PostGIS)</translation>
        </message>
        <message>
            <source>Instead of a GeoPackage: a PostGIS register made with 'Create or upgrade the claims register', as pg:&lt;QGIS connection name&gt;, service=&lt;name&gt; or a connection string (add schema=&lt;name&gt; for another schema than ruimteclaims).</source>
            <translation>In plaats van een GeoPackage: een PostGIS-register, gemaakt met 'Ruimteclaimregister aanmaken of bijwerken', als pg:&lt;naam van de QGIS-verbinding&gt;, service=&lt;naam&gt; of een verbindingstekst (voeg schema=&lt;naam&gt; toe voor een ander schema dan ruimteclaims).</translation>
        </message>
        <message>
            <source>Claim type</source>
            <translation>Claimtype</translation>
        </message>
        <message>
            <source>Type of every claim: {}.</source>
            <translation>Type van elke claim: {}.</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Status of every claim: {}.</source>
            <translation>Status van elke claim: {}.</translation>
        </message>
        <message>
            <source>Name field</source>
            <translation>Naamveld</translation>
        </message>
        <message>
            <source>Field with the claim name (optional).</source>
            <translation>Veld met de naam van de claim (optioneel).</translation>
        </message>
        <message>
            <source>Category field</source>
            <translation>Categorieveld</translation>
        </message>
        <message>
            <source>Field with the geothermal category 1, 2 or 3 (optional; only for geothermal claim types).</source>
            <translation>Veld met de geothermiecategorie 1, 2 of 3 (optioneel; alleen voor geothermische claimtypen).</translation>
        </message>
        <message>
            <source>Depth top field</source>
            <translation>Veld bovendiepte</translation>
        </message>
        <message>
            <source>Field with the top depth of the claim in metres below ground level (optional).</source>
            <translation>Veld met de bovendiepte van de claim in meter onder maaiveld (optioneel).</translation>
        </message>
        <message>
            <source>Depth bottom field</source>
            <translation>Veld onderdiepte</translation>
        </message>
        <message>
            <source>Field with the bottom depth in metres below ground level (optional).</source>
            <translation>Veld met de onderdiepte in meter onder maaiveld (optioneel).</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>Niveau</translation>
        </message>
        <message>
            <source>Level of every claim: {}. Empty: the default level of the claim type [assumption].</source>
            <translation>Niveau van elke claim: {}. Leeg: het standaardniveau van het claimtype [aanname].</translation>
        </message>
        <message>
            <source>Top depth where the field is empty (m)</source>
            <translation>Bovendiepte waar het veld leeg is (m)</translation>
        </message>
        <message>
            <source>Top depth in metres below ground level, used where the depth top field is not chosen or a feature's value is empty (optional).</source>
            <translation>Bovendiepte in meters onder maaiveld, gebruikt waar geen veld voor de bovendiepte gekozen is of de waarde van een object leeg is (optioneel).</translation>
        </message>
        <message>
            <source>Bottom depth where the field is empty (m)</source>
            <translation>Onderdiepte waar het veld leeg is (m)</translation>
        </message>
        <message>
            <source>Bottom depth in metres below ground level, used where the depth bottom field is not chosen or a feature's value is empty (optional). Top and bottom follow the register's rules: 0 to 10,000 m, top not below bottom.</source>
            <translation>Onderdiepte in meters onder maaiveld, gebruikt waar geen veld voor de onderdiepte gekozen is of de waarde van een object leeg is (optioneel). Boven- en onderdiepte volgen de regels van het register: 0 tot 10.000 m, bovendiepte niet onder de onderdiepte.</translation>
        </message>
        <message>
            <source>Source reference</source>
            <translation>Bronverwijzing</translation>
        </message>
        <message>
            <source>Where the claims come from, e.g. 'bronnenstrategie:thermalradius OUTPUT_AREAS' (default: the name of the input layer).</source>
            <translation>Waar de claims vandaan komen, bijv. 'bronnenstrategie:thermalradius OUTPUT_AREAS' (standaard: de naam van de invoerlaag).</translation>
        </message>
        <message>
            <source>Claims added</source>
            <translation>Toegevoegde claims</translation>
        </message>
        <message>
            <source>Features rejected</source>
            <translation>Afgewezen objecten</translation>
        </message>
        <message>
            <source>Give the path of the claims register (REGISTER).</source>
            <translation>Geef het pad van het ruimteclaimregister (REGISTER).</translation>
        </message>
        <message>
            <source>Unknown claim type '{}'; use one of: {}.</source>
            <translation>Onbekend claimtype '{}'; gebruik een van: {}.</translation>
        </message>
        <message>
            <source>the geometry cannot be transformed to EPSG:28992</source>
            <translation>de geometrie kan niet naar EPSG:28992 worden omgezet</translation>
        </message>
        <message>
            <source>the geometry cannot be read</source>
            <translation>de geometrie kan niet worden gelezen</translation>
        </message>
        <message>
            <source>The input layer is empty: nothing to compute.</source>
            <translation>De invoerlaag is leeg: er is niets te berekenen.</translation>
        </message>
        <message>
            <source>Writing {} claim(s) to {} in one transaction…</source>
            <translation>{} claim(s) worden in één transactie naar {} geschreven…</translation>
        </message>
        <message>
            <source>{} claim(s) added, {} feature(s) rejected.</source>
            <translation>{} claim(s) toegevoegd, {} object(en) afgewezen.</translation>
        </message>
        <message>
            <source>Level and depths (LEVEL, DEPTH_TOP, DEPTH_BOTTOM): {}</source>
            <translation>Niveau en dieptes (LEVEL, DEPTH_TOP, DEPTH_BOTTOM): {}</translation>
        </message>
        <message>
            <source>&lt;p&gt;Adds every polygon of the input layer as one spatial claim (ruimteclaim) to the claims register, a GeoPackage with the layer 'ruimteclaims' in EPSG:28992 and its history table. The register must exist; tick 'Create the register' to make a new one at the path (a path without a register is otherwise an error, so a typing error never starts a new, empty register).&lt;/p&gt;&lt;p&gt;Each claim gets the chosen claim type and status; name, geothermal category and depths can come from fields. Where a depth field is not chosen or a feature's depth is empty, the fixed top and bottom depth are used when given (otherwise the depth stays unknown); the level is the chosen level or, when left empty, the default level of the claim type (interference areas, warm/cold zones and heat network routes: ondergronds; WOS: bovengronds; the others: beide) [assumption]. IMOW type and group follow from the claim type (interference areas and warm/cold zones: Energievoorziening / Bodemenergiegebied; geothermal locations, aquathermal sites and WOS: Energievoorziening / Energieproductiegebied; heat network route: Leiding / Buisleiding) [assumption: suggested mapping on the IMOW value list TypeGebiedsaanwijzing 4.0.0].&lt;/p&gt;&lt;p&gt;Every claim is checked with the register's rules: name and type present, depths numbers from 0 to 10,000 m below ground level [assumption: deeper is a typing error], top depth not below bottom depth, top and bottom not equal (except 0-0 m for a claim above ground), category 1/2/3 only for geothermal types, geometry valid, not empty, polygonal and transformable to EPSG:28992. Invalid features are rejected with the reason (one warning per reason with a count) and not written; the valid ones are written in one transaction, so a failure (file locked, read-only, disk full) leaves the register unchanged.&lt;/p&gt;&lt;p&gt;Without a name field a claim is named after the input layer and the feature id [assumption].&lt;/p&gt;</source>
            <translation>&lt;p&gt;Voegt elke polygoon van de invoerlaag als één ruimteclaim toe aan het ruimteclaimregister: een GeoPackage met de laag 'ruimteclaims' in EPSG:28992 en de bijbehorende historietabel. Het register moet bestaan; vink 'Register aanmaken' aan om op het pad een nieuw register te maken (anders is een pad zonder register een fout, zodat een typefout nooit een nieuw, leeg register begint).&lt;/p&gt;&lt;p&gt;Elke claim krijgt het gekozen claimtype en de gekozen status; naam, geothermiecategorie en dieptes kunnen uit velden komen. Waar geen diepteveld gekozen is of de diepte van een object leeg is, worden de vaste boven- en onderdiepte gebruikt als die gegeven zijn (anders blijft de diepte onbekend); het niveau is het gekozen niveau of, als dat leeg is, het standaardniveau van het claimtype (interferentiegebieden, warme/koude zones en warmtenettracés: ondergronds; WOS: bovengronds; de overige: beide) [aanname]. IMOW-type en -groep volgen uit het claimtype (interferentiegebieden en warme/koude zones: Energievoorziening / Bodemenergiegebied; geothermielocaties, aquathermielocaties en WOS: Energievoorziening / Energieproductiegebied; warmtenettracé: Leiding / Buisleiding) [aanname: voorgestelde koppeling aan de IMOW-waardelijst TypeGebiedsaanwijzing 4.0.0].&lt;/p&gt;&lt;p&gt;Elke claim wordt getoetst aan de regels van het register: naam en type aanwezig, dieptes getallen van 0 tot 10.000 m onder maaiveld [aanname: dieper is een typefout], bovendiepte niet onder de onderdiepte, boven- en onderdiepte niet gelijk (behalve 0-0 m bij een bovengrondse claim), categorie 1/2/3 alleen bij geothermietypen, geometrie geldig, niet leeg, vlakvormig en om te zetten naar EPSG:28992. Ongeldige objecten worden met de reden afgewezen (één waarschuwing per reden met een aantal) en niet geschreven; de geldige worden in één transactie geschreven, zodat een fout (bestand vergrendeld, alleen-lezen, schijf vol) het register ongewijzigd laat.&lt;/p&gt;&lt;p&gt;Zonder naamveld krijgt een claim de naam van de invoerlaag met het object-id [aanname].&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Path of an existing register (made with 'Create or upgrade the claims register', or tick 'Create the register'); a path without a register is refused, so a typing error never starts a new, empty register.</source>
            <translation>Pad van een bestaand register (gemaakt met 'Ruimteclaimregister aanmaken of bijwerken', of vink 'Register aanmaken' aan); een pad zonder register wordt geweigerd, zodat een typefout nooit een nieuw, leeg register begint.</translation>
        </message>
        <message>
            <source>Create the register</source>
            <translation>Register aanmaken</translation>
        </message>
        <message>
            <source>Create the GeoPackage register when there is none at the given path (default: no, a missing register is an error naming the path).</source>
            <translation>Maak het GeoPackage-register aan als er op het opgegeven pad geen is (standaard: nee, een ontbrekend register is een fout die het pad noemt).</translation>
        </message>
    </context>
    <context>
        <name>BronnenstrategiePlugin</name>
        <message>
            <source>Thermal radius of soil-energy wells…</source>
            <translation>Thermische straal van bodemenergiebronnen…</translation>
        </message>
        <message>
            <source>Draw interference area</source>
            <translation>Interferentiegebied tekenen</translation>
        </message>
        <message>
            <source>Record a spatial claim…</source>
            <translation>Ruimteclaim vastleggen…</translation>
        </message>
        <message>
            <source>Spatial claims register</source>
            <translation>Register ruimteclaims</translation>
        </message>
        <message>
            <source>Bronnenstrategie</source>
            <translation>Bronnenstrategie</translation>
        </message>
        <message>
            <source>Show the Bronnenstrategie algorithms in the Processing toolbox</source>
            <translation>Toon de Bronnenstrategie-algoritmen in de Processing-toolbox</translation>
        </message>
        <message>
            <source>Import a soil-energy register…</source>
            <translation>Bodemenergieregister importeren…</translation>
        </message>
        <message>
            <source>&amp;Bronnenstrategie</source>
            <translation>&amp;Bronnenstrategie</translation>
        </message>
    </context>
    <context>
        <name>ClaimConflicts</name>
        <message>
            <source>Conflicts between spatial claims (3D)</source>
            <translation>Conflicten tussen ruimteclaims (3D)</translation>
        </message>
        <message>
            <source>Where claims overlap in plan and in depth, with what must be decided.</source>
            <translation>Waar claims elkaar overlappen op de kaart en in de diepte, met wat besloten moet worden.</translation>
        </message>
        <message>
            <source>Spatial claims</source>
            <translation>Ruimteclaims</translation>
        </message>
        <message>
            <source>The claims register layer (ruimteclaims) or a polygon layer with its fields.</source>
            <translation>De laag van het claimregister (ruimteclaims) of een vlakkenlaag met dezelfde velden.</translation>
        </message>
        <message>
            <source>Minimum overlap area (m²)</source>
            <translation>Minimale overlap (m²)</translation>
        </message>
        <message>
            <source>Overlaps of this area or less are ignored (slivers from digitising). Default 1 m² [assumption].</source>
            <translation>Overlappen van deze oppervlakte of kleiner worden genegeerd (snippers van het digitaliseren). Standaard 1 m² [aanname].</translation>
        </message>
        <message>
            <source>Same type and initiator also conflict</source>
            <translation>Zelfde type en initiatiefnemer conflicteren ook</translation>
        </message>
        <message>
            <source>When ticked, two claims of the same type and the same initiator are also reported. Default off [assumption: one initiator's own claims of one kind are parts of one plan].</source>
            <translation>Indien aangevinkt worden ook twee claims van hetzelfde type en dezelfde initiatiefnemer gemeld. Standaard uit [aanname: de eigen claims van één soort van één initiatiefnemer zijn delen van één plan].</translation>
        </message>
        <message>
            <source>Zones inside an interference area also conflict</source>
            <translation>Zones binnen een interferentiegebied conflicteren ook</translation>
        </message>
        <message>
            <source>When ticked, warm and cold zones (bodemenergie_zone_warm / _koud) that overlap a soil-energy interference area are reported as conflicts with it. Default off [assumption: the zones are the bodemenergieplan of that area, parts of one plan, not competing claims].</source>
            <translation>Indien aangevinkt worden warme en koude zones (bodemenergie_zone_warm / _koud) die een interferentiegebied voor bodemenergie overlappen als conflict daarmee gemeld. Standaard uit [aanname: de zones vormen het bodemenergieplan van dat gebied, delen van één plan, geen concurrerende claims].</translation>
        </message>
        <message>
            <source>Claim conflicts</source>
            <translation>Claimconflicten</translation>
        </message>
        <message>
            <source>One polygon per conflicting pair (the overlap) with claim_a, claim_b, name_a, name_b, type_a, type_b, overlap_m2, depth_overlap (e.g. '18-60 m', 'onbekend' when a depth range is missing) and advice (Dutch).</source>
            <translation>Eén vlak per conflicterend paar (de overlap) met claim_a, claim_b, name_a, name_b, type_a, type_b, overlap_m2, depth_overlap (bijv. '18-60 m', 'onbekend' als een diepte-interval ontbreekt) en advice (Nederlands).</translation>
        </message>
        <message>
            <source>Number of conflicts</source>
            <translation>Aantal conflicten</translation>
        </message>
        <message>
            <source>Number of claims checked</source>
            <translation>Aantal gecontroleerde claims</translation>
        </message>
        <message>
            <source>Areas are computed in {crs}.</source>
            <translation>Oppervlaktes worden berekend in {crs}.</translation>
        </message>
        <message>
            <source>The input has no field(s) {fields}; they count as empty.</source>
            <translation>De invoer heeft geen veld(en) {fields}; die tellen als leeg.</translation>
        </message>
        <message>
            <source>no geometry</source>
            <translation>geen geometrie</translation>
        </message>
        <message>
            <source>not a polygon</source>
            <translation>geen vlak</translation>
        </message>
        <message>
            <source>could not be transformed to metres</source>
            <translation>kon niet naar meters worden getransformeerd</translation>
        </message>
        <message>
            <source>The input layer is empty: nothing to compute.</source>
            <translation>De invoerlaag is leeg: er is niets te berekenen.</translation>
        </message>
        <message>
            <source>{n} claims match the filter {expr}.</source>
            <translation>{n} claims voldoen aan het filter {expr}.</translation>
        </message>
        <message>
            <source>{n} claim(s) have no usable depth range (missing depths, or top below bottom); they are treated as overlapping every depth and their conflicts say 'onbekend'.</source>
            <translation>{n} claim(s) hebben geen bruikbaar diepte-interval (dieptes ontbreken, of bovenkant onder onderkant); ze worden behandeld als overlappend met elke diepte en hun conflicten vermelden 'onbekend'.</translation>
        </message>
        <message>
            <source>{n} invalid claim geometries were repaired before the overlay.</source>
            <translation>{n} ongeldige claimgeometrieën zijn vóór de overlay hersteld.</translation>
        </message>
        <message>
            <source>{n} claim geometries were empty after repair and were left out.</source>
            <translation>{n} claimgeometrieën waren na herstel leeg en zijn weggelaten.</translation>
        </message>
        <message>
            <source>{n} conflicts between {m} claims.</source>
            <translation>{n} conflicten tussen {m} claims.</translation>
        </message>
        <message>
            <source>{n} claim(s) have a {field} that is not a number; it counts as empty (feature ids: {ids}).</source>
            <translation>{n} claim(s) hebben een {field} die geen getal is; die telt als leeg (object-id's: {ids}).</translation>
        </message>
        <message>
            <source>{n} claim(s) have a negative {field} (depths are metres below ground level); it counts as empty (feature ids: {ids}).</source>
            <translation>{n} claim(s) hebben een negatieve {field} (dieptes zijn meters onder maaiveld); die telt als leeg (object-id's: {ids}).</translation>
        </message>
        <message>
            <source>{n} claim(s) have a {field} of more than {limit:g} m (implausible); it counts as empty (feature ids: {ids}).</source>
            <translation>{n} claim(s) hebben een {field} van meer dan {limit:g} m (onwaarschijnlijk); die telt als leeg (object-id's: {ids}).</translation>
        </message>
        <message>
            <source>{n} claim(s) have an unknown claim_type ({values}): check the spelling. They are still compared and the advice names the type as written.</source>
            <translation>{n} claim(s) hebben een onbekend claim_type ({values}): controleer de spelling. Ze worden wel vergeleken en het advies noemt het type zoals het er staat.</translation>
        </message>
        <message>
            <source>{n} claim(s) have an unknown level ({values}); they count as 'ondergronds' (depth_top_m to depth_bottom_m).</source>
            <translation>{n} claim(s) hebben een onbekend niveau ({values}); ze tellen als 'ondergronds' (depth_top_m tot depth_bottom_m).</translation>
        </message>
        <message>
            <source>&lt;p&gt;Finds the places where two spatial claims of the register overlap both on the map and in depth, and writes the overlap as a polygon with the two claims, the overlap area, the shared depth range and a short Dutch sentence naming what must be decided. The tool does not decide: the college does (Bronnenstrategie, section 5.2).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Rule&lt;/b&gt;: two claims conflict when their polygons overlap by more than the minimum overlap area AND their depth ranges overlap. Depth ranges in m below the surface: level 'bovengronds' counts as 0-0 (the surface), 'beide' as 0 to depth_bottom_m, 'ondergronds' as depth_top_m to depth_bottom_m. Ranges that only touch (18-60 and 60-100 m) do not overlap; the surface overlaps a range that starts at 0 [assumption]. A depth that is text, negative or more than 10,000 m counts as missing [assumption: a typing error]. A claim without a usable depth range (missing depths, top below bottom) counts as overlapping every depth; the log warns with a count and the advice says so.&lt;/p&gt;&lt;p&gt;Claims of the same type and the same initiator do not conflict (they are parts of one plan) unless 'same type conflicts' is ticked [assumption]; nor do warm/cold zones with the soil-energy interference area they order, unless 'zones inside an interference area also conflict' is ticked [assumption]; claims with an empty initiator are not assumed to share one.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Input&lt;/b&gt;: the claims register or any polygon layer with its fields (claim_id, name, claim_type, status, level, depth_top_m, depth_bottom_m, initiator); missing fields count as empty. Areas are computed in metres (RD New for Dutch data, also for layers in EPSG:4326); the output keeps the input CRS. Candidate pairs come from a bounding-box sweep index, so 10,000 claims take seconds.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Zoekt de plekken waar twee ruimteclaims uit het register elkaar zowel op de kaart als in de diepte overlappen, en schrijft de overlap als vlak met de twee claims, de oppervlakte van de overlap, het gedeelde diepte-interval en een korte Nederlandse zin die benoemt wat besloten moet worden. Het hulpmiddel besluit niet: het college besluit (Bronnenstrategie, paragraaf 5.2).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Regel&lt;/b&gt;: twee claims conflicteren als hun vlakken meer dan de minimale overlap overlappen EN hun diepte-intervallen overlappen. Diepte-intervallen in m onder maaiveld: niveau 'bovengronds' telt als 0-0 (het maaiveld), 'beide' als 0 tot depth_bottom_m, 'ondergronds' als depth_top_m tot depth_bottom_m. Intervallen die elkaar alleen raken (18-60 en 60-100 m) overlappen niet; het maaiveld overlapt een interval dat bij 0 begint [aanname]. Een diepte die tekst is, negatief of meer dan 10.000 m telt als ontbrekend [aanname: een typefout]. Een claim zonder bruikbaar diepte-interval (dieptes ontbreken, bovenkant onder onderkant) telt als overlappend met elke diepte; het logboek waarschuwt met een aantal en het advies vermeldt het.&lt;/p&gt;&lt;p&gt;Claims van hetzelfde type en dezelfde initiatiefnemer conflicteren niet (ze zijn delen van één plan), tenzij 'zelfde type conflicteert' is aangevinkt [aanname]; evenmin warme/koude zones met het interferentiegebied dat ze ordenen, tenzij 'zones binnen een interferentiegebied conflicteren ook' is aangevinkt [aanname]; bij een lege initiatiefnemer wordt niet aangenomen dat die gelijk is.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Invoer&lt;/b&gt;: het claimregister of een vlakkenlaag met dezelfde velden (claim_id, name, claim_type, status, level, depth_top_m, depth_bottom_m, initiator); ontbrekende velden tellen als leeg. Oppervlaktes worden in meters berekend (RD New voor Nederlandse gegevens, ook voor lagen in EPSG:4326); de uitvoer houdt het CRS van de invoer. Kandidaatparen komen uit een sweep-index op omhullende rechthoeken, zodat 10.000 claims seconden duren.&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>ClaimsGio</name>
        <message>
            <source>'{value}' is not a date; write it as YYYY-MM-DD.</source>
            <translation>'{value}' is geen datum; schrijf die als JJJJ-MM-DD.</translation>
        </message>
        <message>
            <source>Filter (expression)</source>
            <translation>Filter (expressie)</translation>
        </message>
        <message>
            <source>Optional: only claims for which this expression is true, e.g. "status" &lt;&gt; 'ingetrokken' to leave out withdrawn claims. Empty: all claims (or the selected ones when 'selected features only' is ticked).</source>
            <translation>Optioneel: alleen claims waarvoor deze expressie waar is, bijv. "status" &lt;&gt; 'ingetrokken' om ingetrokken claims weg te laten. Leeg: alle claims (of de geselecteerde als 'alleen geselecteerde objecten' is aangevinkt).</translation>
        </message>
        <message>
            <source>The filter expression is not valid: {error}</source>
            <translation>De filterexpressie is ongeldig: {error}</translation>
        </message>
    </context>
    <context>
        <name>CreateRegister</name>
        <message>
            <source>Create or upgrade the claims register</source>
            <translation>Ruimteclaimregister aanmaken of bijwerken</translation>
        </message>
        <message>
            <source>Creates the spatial-claims register in a GeoPackage or a PostGIS database, or upgrades an older PostGIS register.</source>
            <translation>Maakt het register van ruimteclaims aan in een GeoPackage of een PostGIS-database, of werkt een ouder PostGIS-register bij.</translation>
        </message>
        <message>
            <source>GeoPackage register</source>
            <translation>GeoPackage-register</translation>
        </message>
        <message>
            <source>File of a GeoPackage register (leave empty for PostGIS).</source>
            <translation>Bestand van een GeoPackage-register (leeg laten voor PostGIS).</translation>
        </message>
        <message>
            <source>PostgreSQL connection</source>
            <translation>PostgreSQL-verbinding</translation>
        </message>
        <message>
            <source>QGIS PostgreSQL connection of the PostGIS database (or give a connection string).</source>
            <translation>PostgreSQL-verbinding van QGIS naar de PostGIS-database (of geef een verbindingstekst).</translation>
        </message>
        <message>
            <source>PostGIS service or connection string</source>
            <translation>PostGIS-service of verbindingstekst</translation>
        </message>
        <message>
            <source>Schema</source>
            <translation>Schema</translation>
        </message>
        <message>
            <source>Overwrite an existing register</source>
            <translation>Bestaand register overschrijven</translation>
        </message>
        <message>
            <source>Remove an existing register with all its claims and history and create it anew (default: no, an existing register is refused or upgraded).</source>
            <translation>Een bestaand register met al zijn claims en historie verwijderen en opnieuw aanmaken (standaard: nee, een bestaand register wordt geweigerd of bijgewerkt).</translation>
        </message>
        <message>
            <source>Editor roles</source>
            <translation>Rollen van bewerkers</translation>
        </message>
        <message>
            <source>PostGIS only: comma-separated database roles that may read and edit the claims (they get no right to change the history).</source>
            <translation>Alleen PostGIS: databaserollen, gescheiden door komma's, die de claims mogen lezen en bewerken (zij krijgen geen recht om de historie te wijzigen).</translation>
        </message>
        <message>
            <source>Register location</source>
            <translation>Locatie van het register</translation>
        </message>
        <message>
            <source>Schema version</source>
            <translation>Schemaversie</translation>
        </message>
        <message>
            <source>What was done</source>
            <translation>Wat er is gedaan</translation>
        </message>
        <message>
            <source>Give exactly one register: a GeoPackage file, a PostgreSQL connection or a PostGIS connection string.</source>
            <translation>Geef precies één register op: een GeoPackage-bestand, een PostgreSQL-verbinding of een PostGIS-verbindingstekst.</translation>
        </message>
        <message>
            <source>created</source>
            <translation>aangemaakt</translation>
        </message>
        <message>
            <source>overwritten</source>
            <translation>overschreven</translation>
        </message>
        <message>
            <source>upgraded</source>
            <translation>bijgewerkt</translation>
        </message>
        <message>
            <source>a claims register</source>
            <translation>een ruimteclaimregister</translation>
        </message>
        <message>
            <source>a file that is not a claims register</source>
            <translation>een bestand dat geen ruimteclaimregister is</translation>
        </message>
        <message>
            <source>{path} is already {what}; nothing was changed. Tick 'Overwrite' to replace it (all its claims and history are lost).</source>
            <translation>{path} is al {what}; er is niets gewijzigd. Vink 'Overschrijven' aan om het te vervangen (alle claims en de historie gaan dan verloren).</translation>
        </message>
        <message>
            <source>GeoPackage register ({action}): {path}</source>
            <translation>GeoPackage-register ({action}): {path}</translation>
        </message>
        <message>
            <source>Upgraded the register {where} from schema version {old} to {new}.</source>
            <translation>Het register {where} is bijgewerkt van schemaversie {old} naar {new}.</translation>
        </message>
        <message>
            <source>{where} already holds a claims register (schema version {version}, the current one); nothing was changed. Tick 'Overwrite' to replace it (all its claims and history are lost).</source>
            <translation>{where} bevat al een ruimteclaimregister (schemaversie {version}, de huidige); er is niets gewijzigd. Vink 'Overschrijven' aan om het te vervangen (alle claims en de historie gaan dan verloren).</translation>
        </message>
        <message>
            <source>{where} holds a claims register of schema version {version}, newer than this plugin knows ({known}); nothing was changed. Update the plugin.</source>
            <translation>{where} bevat een ruimteclaimregister met schemaversie {version}, nieuwer dan deze plug-in kent ({known}); er is niets gewijzigd. Werk de plug-in bij.</translation>
        </message>
        <message>
            <source>Editing rights granted to: {}</source>
            <translation>Bewerkrechten gegeven aan: {}</translation>
        </message>
        <message>
            <source>PostGIS register ({action}): {where}, schema version {version}.</source>
            <translation>PostGIS-register ({action}): {where}, schemaversie {version}.</translation>
        </message>
        <message>
            <source>&lt;p&gt;Creates the register of spatial claims (ruimteclaims): the layer 'ruimteclaims' (MultiPolygon, EPSG:28992), its history table 'ruimteclaims_historie' kept by triggers, and the rules a database can check (claim type, status and level from their value lists, category 1/2/3 only for geothermal claims, top depth not below bottom depth, valid from not after valid to).&lt;/p&gt;&lt;p&gt;&lt;b&gt;GeoPackage&lt;/b&gt; (one user): give the file. &lt;b&gt;PostGIS&lt;/b&gt; (a team): choose a QGIS PostgreSQL connection, or give a service or connection string (service=team, host=... dbname=... user=..., or postgresql://user@host/db); the register goes into the schema (default ruimteclaims), with a GiST index, a schema version table, PL/pgSQL history triggers that record the database user of every change (also edits made in QGIS or psql), and server time stamps used to refuse a second, concurrent save of the same claim. PostGIS must be installed in the database (or the user may install it).&lt;/p&gt;&lt;p&gt;An existing register is never overwritten unless 'Overwrite' is ticked: then all its claims and history are removed. In a GeoPackage only the register's own tables are replaced, in one transaction: the other layers of the file stay, and when the replacement fails the previous register is kept as it was. An older PostGIS register is upgraded to the current schema version in one transaction, keeping its claims and history.&lt;/p&gt;&lt;p&gt;Use the register with the dialog, the dock and 'Add spatial claims to the register': as its location give the GeoPackage path, or pg:&amp;lt;connection name&amp;gt; or the connection string for PostGIS (add schema=&amp;lt;name&amp;gt; for another schema than ruimteclaims).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Security (PostGIS)&lt;/b&gt;: the schema name must be a plain identifier (letters, digits, underscores). A schema in which every database user (PUBLIC) may create objects, such as public on a database made before PostgreSQL 15, is refused. Install and upgrade as the role that should own the register (best a role of its own, not a superuser) and name the editors: they may read and edit claims, not change the history or the triggers. A connection string with a password is refused, because processing keeps its parameters: use a QGIS connection with an authentication configuration, a service or a .pgpass file.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Maakt het register van ruimteclaims aan: de laag 'ruimteclaims' (MultiPolygon, EPSG:28992), de historietabel 'ruimteclaims_historie' die door triggers wordt bijgehouden, en de regels die een database kan controleren (claimtype, status en niveau uit hun waardelijsten, categorie 1/2/3 alleen voor geothermieclaims, bovendiepte niet onder onderdiepte, geldig vanaf niet na geldig tot).&lt;/p&gt;&lt;p&gt;&lt;b&gt;GeoPackage&lt;/b&gt; (één gebruiker): geef het bestand op. &lt;b&gt;PostGIS&lt;/b&gt; (een team): kies een PostgreSQL-verbinding van QGIS, of geef een service of verbindingstekst (service=team, host=... dbname=... user=..., of postgresql://gebruiker@host/db); het register komt in het schema (standaard ruimteclaims), met een GiST-index, een tabel met de schemaversie, PL/pgSQL-historietriggers die de databasegebruiker van elke wijziging vastleggen (ook van bewerkingen in QGIS of psql), en tijdstempels van de server waarmee een tweede, gelijktijdige opslag van dezelfde claim wordt geweigerd. PostGIS moet in de database geïnstalleerd zijn (of de gebruiker moet het mogen installeren).&lt;/p&gt;&lt;p&gt;Een bestaand register wordt nooit overschreven, tenzij 'Overschrijven' is aangevinkt: dan worden alle claims en de historie verwijderd. In een GeoPackage worden alleen de eigen tabellen van het register vervangen, in één transactie: de andere lagen van het bestand blijven, en als het vervangen mislukt blijft het vorige register zoals het was. Een ouder PostGIS-register wordt in één transactie bijgewerkt naar de huidige schemaversie, met behoud van claims en historie.&lt;/p&gt;&lt;p&gt;Gebruik het register met het dialoogvenster, het paneel en 'Ruimteclaims aan het register toevoegen': geef als locatie het pad van de GeoPackage, of pg:&amp;lt;naam van de verbinding&amp;gt; of de verbindingstekst voor PostGIS (voeg schema=&amp;lt;naam&amp;gt; toe voor een ander schema dan ruimteclaims).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Beveiliging (PostGIS)&lt;/b&gt;: de schemanaam moet een gewone identifier zijn (letters, cijfers, underscores). Een schema waarin iedere databasegebruiker (PUBLIC) objecten mag maken, zoals public in een database van vóór PostgreSQL 15, wordt geweigerd. Installeer en werk bij als de rol die eigenaar van het register moet zijn (liefst een eigen rol, geen superuser) en noem de bewerkers: zij mogen claims lezen en bewerken, niet de historie of de triggers wijzigen. Een verbindingstekst met een wachtwoord wordt geweigerd, omdat processing zijn parameters bewaart: gebruik een QGIS-verbinding met een authenticatieconfiguratie, een service of een .pgpass-bestand.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Instead of a connection: service=NAME, 'host=... port=... dbname=... user=...' or postgresql://user@host:port/dbname (no password: use a service, .pgpass or authcfg=ID).</source>
            <translation>In plaats van een verbinding: service=NAAM, 'host=... port=... dbname=... user=...' of postgresql://gebruiker@host:poort/database (geen wachtwoord: gebruik een service, .pgpass of authcfg=ID).</translation>
        </message>
        <message>
            <source>PostGIS schema of the register (created if missing; default ruimteclaims; letters, digits and underscores).</source>
            <translation>PostGIS-schema van het register (wordt aangemaakt als het ontbreekt; standaard ruimteclaims; letters, cijfers en underscores).</translation>
        </message>
        <message>
            <source>Name the editors' own roles: PUBLIC would let every database user change the claims. Nothing was changed.</source>
            <translation>Noem de eigen rollen van de bewerkers: PUBLIC zou iedere databasegebruiker de claims laten wijzigen. Er is niets gewijzigd.</translation>
        </message>
        <message>
            <source>Every database user (PUBLIC) may create objects in the schema {schema}. The register's functions do not search it, but other programs may: consider REVOKE CREATE ON SCHEMA {schema} FROM PUBLIC.</source>
            <translation>Iedere databasegebruiker (PUBLIC) mag objecten maken in het schema {schema}. De functies van het register zoeken daar niet, maar andere programma's misschien wel: overweeg REVOKE CREATE ON SCHEMA {schema} FROM PUBLIC.</translation>
        </message>
    </context>
    <context>
        <name>ExportGio</name>
        <message>
            <source>Export claims as STOP GIO</source>
            <translation>Claims exporteren als STOP-GIO</translation>
        </message>
        <message>
            <source>Writes spatial claims as a GIO (STOP GML) for the omgevingsplan.</source>
            <translation>Schrijft ruimteclaims als GIO (STOP-GML) voor het omgevingsplan.</translation>
        </message>
        <message>
            <source>&lt;p&gt;Writes the claims as a Geografisch Informatieobject (GIO): the GML file of the STOP standard (imop-geo, schemaversie 1.3.0) through which the omgevingsplan refers to areas. The file holds geo:GeoInformatieObjectVaststelling with the background (achtergrondVerwijzing and its date), FRBRWork /join/id/regdata/&amp;lt;bevoegd gezag&amp;gt;/&amp;lt;year&amp;gt;/&amp;lt;work id&amp;gt;, FRBRExpression &amp;lt;work&amp;gt;/nld@&amp;lt;date&amp;gt;;&amp;lt;version&amp;gt;, optional groups (GIO-delen) and one Locatie per claim with its name and a basisgeo:Geometrie: gml:id 'id-&amp;lt;uuid&amp;gt;', basisgeo:id the claim_id when that is a UUID (so a claim keeps its id from one version to the next), else a new UUID.&lt;/p&gt;&lt;p&gt;Geometries are written in RD New (srsName urn:ogc:def:crs:EPSG::28992; claims in another CRS are transformed) with millimetre precision, closed rings, exterior rings counter-clockwise; a multi-part claim becomes a gml:MultiSurface. Names are escaped, so any text gives well-formed XML.&lt;/p&gt;&lt;p&gt;Before reporting success the file is checked against the STOP schematron rules of imop-geo (STOP3000-3021, 3040, 3090) and basic structure checks; if any fails nothing is reported as written.&lt;/p&gt;&lt;p&gt;Next to the GML a JSON sidecar lists per location the IMOW gebiedsaanwijzing (type and group URIs from the claim's imow_type and imow_group, or the defaults of its claim type), its name and the basisgeo:id it refers to, for whoever makes the OW objects.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Schrijft de claims als Geografisch Informatieobject (GIO): het GML-bestand van de STOP-standaard (imop-geo, schemaversie 1.3.0) waarmee het omgevingsplan naar gebieden verwijst. Het bestand bevat geo:GeoInformatieObjectVaststelling met de achtergrond (achtergrondVerwijzing en de datum ervan), FRBRWork /join/id/regdata/&amp;lt;bevoegd gezag&amp;gt;/&amp;lt;jaar&amp;gt;/&amp;lt;werk-id&amp;gt;, FRBRExpression &amp;lt;werk&amp;gt;/nld@&amp;lt;datum&amp;gt;;&amp;lt;versie&amp;gt;, optioneel groepen (GIO-delen) en één Locatie per claim met de naam en een basisgeo:Geometrie: gml:id 'id-&amp;lt;uuid&amp;gt;', basisgeo:id de claim_id als dat een UUID is (zodat een claim zijn id van versie tot versie houdt), anders een nieuwe UUID.&lt;/p&gt;&lt;p&gt;Geometrieën worden geschreven in RD New (srsName urn:ogc:def:crs:EPSG::28992; claims in een ander CRS worden getransformeerd) met millimeterprecisie, gesloten ringen, buitenringen tegen de klok in; een claim uit meerdere delen wordt een gml:MultiSurface. Namen worden ge-escaped, dus elke tekst geeft goedgevormde XML.&lt;/p&gt;&lt;p&gt;Voordat succes wordt gemeld, wordt het bestand getoetst aan de STOP-schematronregels van imop-geo (STOP3000-3021, 3040, 3090) en aan eenvoudige structuurcontroles; faalt er een, dan wordt niets als geschreven gemeld.&lt;/p&gt;&lt;p&gt;Naast de GML staat een JSON-bijbestand met per locatie de IMOW-gebiedsaanwijzing (type- en groep-URI's uit imow_type en imow_group van de claim, of de standaardwaarden van het claimtype), de naam en de basisgeo:id waarnaar die verwijst, voor wie de OW-objecten maakt.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Spatial claims</source>
            <translation>Ruimteclaims</translation>
        </message>
        <message>
            <source>The claims to export: the register layer (ruimteclaims) or any polygon layer. Tick 'selected features only' to export the selection.</source>
            <translation>De te exporteren claims: de registerlaag (ruimteclaims) of een willekeurige vlakkenlaag. Vink 'alleen geselecteerde objecten' aan om de selectie te exporteren.</translation>
        </message>
        <message>
            <source>Group field (GIO-delen)</source>
            <translation>Groepveld (GIO-delen)</translation>
        </message>
        <message>
            <source>Optional: a field whose values become the groups (GIO-delen) of the GIO, e.g. claim_type to separate the warm and cold zones. Every exported claim then needs a value (STOP3000). Empty: no groups.</source>
            <translation>Optioneel: een veld waarvan de waarden de groepen (GIO-delen) van het GIO worden, bijv. claim_type om de warme en koude zones te scheiden. Elke geëxporteerde claim heeft dan een waarde nodig (STOP3000). Leeg: geen groepen.</translation>
        </message>
        <message>
            <source>Name field</source>
            <translation>Naamveld</translation>
        </message>
        <message>
            <source>The field written as geo:naam of each location (default: name).</source>
            <translation>Het veld dat als geo:naam van elke locatie wordt geschreven (standaard: name).</translation>
        </message>
        <message>
            <source>Bevoegd gezag code</source>
            <translation>Code bevoegd gezag</translation>
        </message>
        <message>
            <source>Code of the authority in FRBRWork: gm + CBS municipality code (default gm0518, Den Haag), pv.. for a province, ws.. for a water board.</source>
            <translation>Code van het bevoegd gezag in FRBRWork: gm + CBS-gemeentecode (standaard gm0518, Den Haag), pv.. voor een provincie, ws.. voor een waterschap.</translation>
        </message>
        <message>
            <source>Work id</source>
            <translation>Werk-id</translation>
        </message>
        <message>
            <source>The last part of FRBRWork, e.g. 'bodemenergiegebied': letters, digits, '-' and '_' only. Default '{work}' [assumption].</source>
            <translation>Het laatste deel van FRBRWork, bijv. 'bodemenergiegebied': alleen letters, cijfers, '-' en '_'. Standaard '{work}' [aanname].</translation>
        </message>
        <message>
            <source>Expression date</source>
            <translation>Expressiedatum</translation>
        </message>
        <message>
            <source>Date of this version in FRBRExpression (and its year in FRBRWork). Empty: today.</source>
            <translation>Datum van deze versie in FRBRExpression (en het jaar ervan in FRBRWork). Leeg: vandaag.</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Versie</translation>
        </message>
        <message>
            <source>Version number after ';' in FRBRExpression (default 1).</source>
            <translation>Versienummer na ';' in FRBRExpression (standaard 1).</translation>
        </message>
        <message>
            <source>Background map</source>
            <translation>Achtergrondkaart</translation>
        </message>
        <message>
            <source>The background the areas were drawn on (achtergrondVerwijzing): BGT or top10nl.</source>
            <translation>De achtergrond waarop de gebieden zijn getekend (achtergrondVerwijzing): BGT of top10nl.</translation>
        </message>
        <message>
            <source>Background date</source>
            <translation>Datum achtergrond</translation>
        </message>
        <message>
            <source>Date of the background map (achtergrondActualiteit). Empty: the expression date.</source>
            <translation>Datum van de achtergrondkaart (achtergrondActualiteit). Leeg: de expressiedatum.</translation>
        </message>
        <message>
            <source>GIO file</source>
            <translation>GIO-bestand</translation>
        </message>
        <message>
            <source>GML files (*.gml)</source>
            <translation>GML-bestanden (*.gml)</translation>
        </message>
        <message>
            <source>The GIO (.gml). The IMOW sidecar is written next to it with the extension .json.</source>
            <translation>Het GIO (.gml). Het IMOW-bijbestand wordt ernaast geschreven met de extensie .json.</translation>
        </message>
        <message>
            <source>IMOW sidecar (.json)</source>
            <translation>IMOW-bijbestand (.json)</translation>
        </message>
        <message>
            <source>Number of locations written</source>
            <translation>Aantal geschreven locaties</translation>
        </message>
        <message>
            <source>Number of claims skipped</source>
            <translation>Aantal overgeslagen claims</translation>
        </message>
        <message>
            <source>The layer has no field 'name': the locations are written without geo:naam.</source>
            <translation>De laag heeft geen veld 'name': de locaties worden zonder geo:naam geschreven.</translation>
        </message>
        <message>
            <source>Claims in {crs} are transformed to RD New (EPSG:28992).</source>
            <translation>Claims in {crs} worden getransformeerd naar RD New (EPSG:28992).</translation>
        </message>
        <message>
            <source>no geometry</source>
            <translation>geen geometrie</translation>
        </message>
        <message>
            <source>not a polygon</source>
            <translation>geen vlak</translation>
        </message>
        <message>
            <source>could not be transformed to RD New</source>
            <translation>kon niet naar RD New worden getransformeerd</translation>
        </message>
        <message>
            <source>no area left after repairing the geometry</source>
            <translation>geen oppervlakte over na herstel van de geometrie</translation>
        </message>
        <message>
            <source>{n} claim(s) have no value in the group field '{field}'. With groups every location needs one (STOP rule STOP3000): fill the field, filter those claims out, or export without a group field.</source>
            <translation>{n} claim(s) hebben geen waarde in het groepveld '{field}'. Met groepen heeft elke locatie er een nodig (STOP-regel STOP3000): vul het veld, filter die claims weg, of exporteer zonder groepveld.</translation>
        </message>
        <message>
            <source>No claim to export: the layer, selection or filter gives no polygons.</source>
            <translation>Geen claim om te exporteren: de laag, selectie of het filter levert geen vlakken op.</translation>
        </message>
        <message>
            <source>{n} invalid claim geometries were repaired before the export.</source>
            <translation>{n} ongeldige claimgeometrieën zijn vóór de export hersteld.</translation>
        </message>
        <message>
            <source>The GIO was not written: {error}</source>
            <translation>Het GIO is niet geschreven: {error}</translation>
        </message>
        <message>
            <source>Could not write {path}: {error}</source>
            <translation>Kon {path} niet schrijven: {error}</translation>
        </message>
        <message>
            <source>{n} location(s) have no IMOW type (imow_type empty and no default for their claim type); the sidecar leaves it empty.</source>
            <translation>{n} locatie(s) hebben geen IMOW-type (imow_type leeg en geen standaardwaarde voor hun claimtype); het bijbestand laat het leeg.</translation>
        </message>
        <message>
            <source>GIO {expr} written with {n} locations; all STOP rules pass.</source>
            <translation>GIO {expr} geschreven met {n} locaties; alle STOP-regels worden gehaald.</translation>
        </message>
    </context>
    <context>
        <name>GeothermalBuffers</name>
        <message>
            <source>Geothermal location buffers, footprints and conflicts</source>
            <translation>Geothermie: buffers, voetafdrukken en conflicten van locaties</translation>
        </message>
        <message>
            <source>Surface sites, noise contour, reservoir footprints, capacity and overlapping claims of deep geothermal (search) locations.</source>
            <translation>Terreinen, geluidscontour, reservoirvoetafdrukken, capaciteit en overlappende claims van (zoek)locaties voor geothermie.</translation>
        </message>
        <message>
            <source>Geothermal locations</source>
            <translation>Geothermielocaties</translation>
        </message>
        <message>
            <source>Points (well sites) or polygons (search areas; the centroid is used for the wells and the polygon is kept as the search area).</source>
            <translation>Punten (putlocaties) of vlakken (zoekgebieden; het zwaartepunt wordt voor de putten gebruikt en het vlak blijft behouden als zoekgebied).</translation>
        </message>
        <message>
            <source>Name field</source>
            <translation>Veld met naam</translation>
        </message>
        <message>
            <source>Name of the location; empty: 'location &lt;feature id&gt;'.</source>
            <translation>Naam van de locatie; leeg: 'locatie &lt;object-id&gt;'.</translation>
        </message>
        <message>
            <source>Category field</source>
            <translation>Veld met categorie</translation>
        </message>
        <message>
            <source>0 = operational, 1 = designated location, 2 and 3 = search locations (Bronnenstrategie). Other values are written as empty with a warning.</source>
            <translation>0 = in bedrijf, 1 = aangewezen locatie, 2 en 3 = zoeklocaties (Bronnenstrategie). Andere waarden worden leeg weggeschreven, met een waarschuwing.</translation>
        </message>
        <message>
            <source>Doublets field</source>
            <translation>Veld met aantal doubletten</translation>
        </message>
        <message>
            <source>1 = doublet, 2 = double doublet. Empty: the 'Doublets' parameter; other values: the parameter, with a warning.</source>
            <translation>1 = doublet, 2 = dubbel doublet. Leeg: de parameter 'Doubletten'; andere waarden: de parameter, met een waarschuwing.</translation>
        </message>
        <message>
            <source>Azimuth field</source>
            <translation>Veld met azimut</translation>
        </message>
        <message>
            <source>Direction of the producer-injector line at reservoir depth, degrees clockwise from north (0-360). Empty: the 'Azimuth' parameter; values outside 0-360: the parameter, with a warning.</source>
            <translation>Richting van de lijn producent-injector op reservoirdiepte, in graden met de klok mee vanaf het noorden (0-360). Leeg: de parameter 'Azimut'; waarden buiten 0-360: de parameter, met een waarschuwing.</translation>
        </message>
        <message>
            <source>Doublets (when no field value)</source>
            <translation>Doubletten (zonder veldwaarde)</translation>
        </message>
        <message>
            <source>1 = doublet, 2 = double doublet (doubles power, heat and homes and adds a second reservoir footprint).</source>
            <translation>1 = doublet, 2 = dubbel doublet (verdubbelt vermogen, warmte en woningen en voegt een tweede reservoirvoetafdruk toe).</translation>
        </message>
        <message>
            <source>Azimuth of the well line (when no field value)</source>
            <translation>Azimut van de putlijn (zonder veldwaarde)</translation>
        </message>
        <message>
            <source>Degrees clockwise from north; 0 = producer and injector north-south [A: the real trajectory comes from the operator's well plan].</source>
            <translation>Graden met de klok mee vanaf het noorden; 0 = producent en injector noord-zuid [A: het echte boortraject komt uit het putontwerp van de operator].</translation>
        </message>
        <message>
            <source>Drilling site area (m2)</source>
            <translation>Oppervlakte boorterrein (m2)</translation>
        </message>
        <message>
            <source>Area of the drilling pad while drilling; default 10,000 m2 [A: about 1 ha, no published rule].</source>
            <translation>Oppervlakte van het boorterrein tijdens het boren; standaard 10.000 m2 [A: circa 1 ha, geen gepubliceerde regel].</translation>
        </message>
        <message>
            <source>Permanent site area (m2)</source>
            <translation>Oppervlakte permanent terrein (m2)</translation>
        </message>
        <message>
            <source>Area of the permanent site; default 2,500 m2 [S: geothermie.nl about 0.5 ha with margin, Leyweg plant about 0.2 ha; the value is a choice, A].</source>
            <translation>Oppervlakte van het permanente terrein; standaard 2.500 m2 [S: geothermie.nl circa 0,5 ha met marge, installatie Leyweg circa 0,2 ha; de waarde is een keuze, A].</translation>
        </message>
        <message>
            <source>Noise check distance (m)</source>
            <translation>Toetsafstand geluid (m)</translation>
        </message>
        <message>
            <source>Distance around the drilling site within which sensitive objects are counted; default 300 m [S: Barmm 2008, limits at 300 m from the rig; measured from the site edge, A].</source>
            <translation>Afstand rond het boorterrein waarbinnen gevoelige objecten worden geteld; standaard 300 m [S: Barmm 2008, grenswaarden op 300 m van de boortoren; gemeten vanaf de rand van het terrein, A].</translation>
        </message>
        <message>
            <source>Flow rate per doublet (m3/h)</source>
            <translation>Debiet per doublet (m3/h)</translation>
        </message>
        <message>
            <source>Temperature difference production - injection (K)</source>
            <translation>Temperatuurverschil productie - injectie (K)</translation>
        </message>
        <message>
            <source>Full-load hours (h/yr)</source>
            <translation>Vollasturen (h/jaar)</translation>
        </message>
        <message>
            <source>Default 6,000 h/yr [S: TNO reference].</source>
            <translation>Standaard 6.000 h/jaar [S: TNO-referentie].</translation>
        </message>
        <message>
            <source>Lifetime (years)</source>
            <translation>Levensduur (jaar)</translation>
        </message>
        <message>
            <source>Heat per home-equivalent (GJ/yr)</source>
            <translation>Warmte per woningequivalent (GJ/jaar)</translation>
        </message>
        <message>
            <source>Default 33 GJ/yr, shared by all algorithms [D: Bronnenstrategie, 15 sources for 4 PJ at 8,000 homes per doublet].</source>
            <translation>Standaard 33 GJ/jaar, gedeeld door alle algoritmen [D: Bronnenstrategie, 15 bronnen voor 4 PJ bij 8.000 woningen per doublet].</translation>
        </message>
        <message>
            <source>Well spacing at reservoir depth (m)</source>
            <translation>Putafstand op reservoirdiepte (m)</translation>
        </message>
        <message>
            <source>Distance between producer and injector bottom holes; default 1,300 m [S: TNO reference case, West Netherlands Basin 1,000-1,500 m]; also the offset of a second doublet [A].</source>
            <translation>Afstand tussen de einden van producent en injector; standaard 1.300 m [S: TNO-referentiecase, West-Nederland Bekken 1.000-1.500 m]; ook de verschuiving van een tweede doublet [A].</translation>
        </message>
        <message>
            <source>Reservoir depth (m)</source>
            <translation>Reservoirdiepte (m)</translation>
        </message>
        <message>
            <source>Top of the reservoir; default 2,300 m [S: TNO reference case]. Recorded in the reservoir output only.</source>
            <translation>Top van het reservoir; standaard 2.300 m [S: TNO-referentiecase]. Alleen vastgelegd in de reservoiruitvoer.</translation>
        </message>
        <message>
            <source>Reservoir thickness (m)</source>
            <translation>Reservoirdikte (m)</translation>
        </message>
        <message>
            <source>Default 100 m [S: TNO reference case].</source>
            <translation>Standaard 100 m [S: TNO-referentiecase].</translation>
        </message>
        <message>
            <source>Porosity</source>
            <translation>Porositeit</translation>
        </message>
        <message>
            <source>Default 0.21 [S: TNO reference case].</source>
            <translation>Standaard 0,21 [S: TNO-referentiecase].</translation>
        </message>
        <message>
            <source>Heat capacity of the rock (MJ/m3K)</source>
            <translation>Warmtecapaciteit van het gesteente (MJ/m3K)</translation>
        </message>
        <message>
            <source>Default 2.3256 = 2,720 kg/m3 x 855 J/kgK [S: TNO reference case].</source>
            <translation>Standaard 2,3256 = 2.720 kg/m3 x 855 J/kgK [S: TNO-referentiecase].</translation>
        </message>
        <message>
            <source>Heat capacity of water (MJ/m3K)</source>
            <translation>Warmtecapaciteit van water (MJ/m3K)</translation>
        </message>
        <message>
            <source>Default 4.18 MJ/m3K [S].</source>
            <translation>Standaard 4,18 MJ/m3K [S].</translation>
        </message>
        <message>
            <source>Sensitive objects (homes, schools)</source>
            <translation>Gevoelige objecten (woningen, scholen)</translation>
        </message>
        <message>
            <source>Optional points or polygons counted inside each noise contour (field n_sensitive).</source>
            <translation>Optioneel: punten of vlakken die binnen elke geluidscontour worden geteld (veld n_sensitive).</translation>
        </message>
        <message>
            <source>Geothermal sites</source>
            <translation>Geothermieterreinen</translation>
        </message>
        <message>
            <source>Drilling and permanent sites (and polygon search areas), field 'kind', with capacity per location.</source>
            <translation>Boorterreinen en permanente terreinen (en zoekgebieden als vlak), veld 'kind', met de capaciteit per locatie.</translation>
        </message>
        <message>
            <source>Geothermal noise contours</source>
            <translation>Geluidscontouren geothermie</translation>
        </message>
        <message>
            <source>Noise check contour around each drilling site with n_sensitive.</source>
            <translation>Toetscontour voor geluid rond elk boorterrein, met n_sensitive.</translation>
        </message>
        <message>
            <source>Geothermal reservoir footprints</source>
            <translation>Reservoirvoetafdrukken geothermie</translation>
        </message>
        <message>
            <source>One footprint per doublet: the well line buffered by the cold-front radius.</source>
            <translation>Eén voetafdruk per doublet: de putlijn gebufferd met de straal van het koudefront.</translation>
        </message>
        <message>
            <source>Geothermal reservoir conflicts</source>
            <translation>Reservoirconflicten geothermie</translation>
        </message>
        <message>
            <source>Overlaps of reservoir footprints of different locations, with both names and the overlap area.</source>
            <translation>Overlappingen van reservoirvoetafdrukken van verschillende locaties, met beide namen en de oppervlakte van de overlap.</translation>
        </message>
        <message>
            <source>Total power (MW)</source>
            <translation>Totaal vermogen (MW)</translation>
        </message>
        <message>
            <source>Total heat (TJ/yr)</source>
            <translation>Totale warmte (TJ/jaar)</translation>
        </message>
        <message>
            <source>Total home-equivalents</source>
            <translation>Totaal woningequivalenten</translation>
        </message>
        <message>
            <source>Number of reservoir conflicts</source>
            <translation>Aantal reservoirconflicten</translation>
        </message>
        <message>
            <source>Number of locations</source>
            <translation>Aantal locaties</translation>
        </message>
        <message>
            <source>Per doublet: {p:.2f} MW, {e:.1f} TJ/yr, {h:,.0f} homes; c_aq = {c:.3f} MJ/m3K, cold-front radius {r:.1f} m.</source>
            <translation>Per doublet: {p:.2f} MW, {e:.1f} TJ/jaar, {h:,.0f} woningen; c_aq = {c:.3f} MJ/m3K, straal koudefront {r:.1f} m.</translation>
        </message>
        <message>
            <source>Distances and areas are computed in {crs}.</source>
            <translation>Afstanden en oppervlakten worden berekend in {crs}.</translation>
        </message>
        <message>
            <source>no geometry</source>
            <translation>geen geometrie</translation>
        </message>
        <message>
            <source>location {fid}</source>
            <translation>locatie {fid}</translation>
        </message>
        <message>
            <source>category is not 0, 1, 2 or 3; written as empty</source>
            <translation>categorie is niet 0, 1, 2 of 3; leeg weggeschreven</translation>
        </message>
        <message>
            <source>number of doublets is not 1 or 2; the 'Doublets' parameter ({d}) was used</source>
            <translation>aantal doubletten is niet 1 of 2; de parameter 'Doubletten' ({d}) is gebruikt</translation>
        </message>
        <message>
            <source>azimuth is not a number from 0 to 360 degrees; the 'Azimuth' parameter ({a:g}) was used</source>
            <translation>azimut is geen getal van 0 tot 360 graden; de parameter 'Azimut' ({a:g}) is gebruikt</translation>
        </message>
        <message>
            <source>the geometry could not be transformed to a metric CRS</source>
            <translation>de geometrie kon niet naar een metrisch CRS worden getransformeerd</translation>
        </message>
        <message>
            <source>the centroid lies outside the search area; a point inside it was used for the wells</source>
            <translation>het zwaartepunt ligt buiten het zoekgebied; een punt erbinnen is voor de putten gebruikt</translation>
        </message>
        <message>
            <source>The well spacing ({s:.0f} m) is less than twice the cold-front radius ({d:.0f} m): the two footprints of each of the {n} double doublet(s) overlap each other.</source>
            <translation>De putafstand ({s:.0f} m) is kleiner dan tweemaal de straal van het koudefront ({d:.0f} m): de twee voetafdrukken van elk van de {n} dubbele doublet(ten) overlappen elkaar.</translation>
        </message>
        <message>
            <source>The input layer is empty: nothing to compute.</source>
            <translation>De invoerlaag is leeg: er is niets te berekenen.</translation>
        </message>
        <message>
            <source>No location could be computed.</source>
            <translation>Er kon geen enkele locatie worden berekend.</translation>
        </message>
        <message>
            <source>{count} location(s): {reason} ({names}).</source>
            <translation>{count} locatie(s): {reason} ({names}).</translation>
        </message>
        <message>
            <source>{n} location(s): {p:.1f} MW, {e:.1f} TJ/yr ({pj:.2f} PJ/yr), {h:,.0f} home-equivalents; {c} reservoir conflict(s).</source>
            <translation>{n} locatie(s): {p:.1f} MW, {e:.1f} TJ/jaar ({pj:.2f} PJ/jaar), {h:,.0f} woningequivalenten; {c} reservoirconflict(en).</translation>
        </message>
        <message>
            <source>&lt;p&gt;For every deep geothermal location (a point, or a polygon search area whose centroid is used for the wells) this algorithm draws the space it claims above and below ground, computes what it can deliver and finds where claims of different locations collide.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Surface&lt;/b&gt;: a drilling site and a permanent site, circles of the given areas on the location (a polygon search area is kept as kind 'search_area'); the noise contour is the drilling site buffered by the noise distance, and counts the sensitive objects (homes, schools) that intersect it.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Capacity&lt;/b&gt; per doublet: P = Q x c_w x dT (MW, Q in m3/s); heat = P x full-load hours (TJ/yr); homes = heat / GJ per home-equivalent. With Q 250 m3/h and dT 40 K: 11.61 MW, 250.8 TJ/yr, 7,600 homes (15 doublets: 3.76 PJ). The Bronnenstrategie's 8,000 homes per doublet (4 PJ for 15 sources, 0.267 PJ each) is reproduced by Q = 266 m3/h at 40 K: 12.35 MW, 266.9 TJ/yr, 8,086 homes. A double doublet doubles these. The capacity fields are repeated on every site feature of a location: sum them over kind = 'permanent_site' only (the output numbers give the totals).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Reservoir footprint&lt;/b&gt; per doublet: the producer-injector segment of length 'well spacing', centred on the location along the azimuth, buffered by the cold-front radius after the lifetime: r_cf = sqrt(c_w V / (pi H c_aq)), V = Q x hours x years, c_aq = n c_w + (1 - n) c_rock. Defaults: c_aq = 2.715 MJ/m3K, r_cf = 469.6 m; area = 2 r_cf L + pi r_cf^2. &lt;b&gt;Conflicts&lt;/b&gt; are the overlaps of the footprints of different locations.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Sources&lt;/b&gt;: well spacing 1,300 m, reservoir 2,300 m deep and 100 m thick, porosity 0.21, rock 2,720 kg/m3 x 855 J/kgK and 6,000 full-load hours are the TNO reference case (Willems et al. 2017); 300 m is the Barmm 2008 noise check distance; 8,000 homes per doublet (and double for a double doublet) is the Bronnenstrategie (footnote 6), which with 15 sources for 4 PJ gives the shared 33 GJ per home-equivalent. &lt;b&gt;Assumptions&lt;/b&gt; [A]: the flow rate (250 m3/h) and temperature difference (40 K, e.g. about 75 C produced and 35 C injected) are typical values for the West Netherlands Basin chosen to come close to the 8,000 homes, not published figures; the lifetime of 30 years is a usual design life, not a rule; the drilling site area (1 ha) and permanent site area (2,500 m2), the noise contour measured from the edge of the drilling site, the straight producer-injector line centred on the location, and the double-doublet layout: the second footprint is offset by the well spacing perpendicular to the azimuth, to the right (azimuth + 90 degrees). The reservoir depth is recorded in the output; the formulas do not use it.&lt;/p&gt;&lt;p&gt;Invalid field values (a category other than 0-3, an azimuth outside 0-360, a number of doublets other than 1 or 2) are replaced (category: empty; azimuth and doublets: the parameter value) and counted in a warning.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Voor elke locatie voor diepe geothermie (een punt, of een zoekgebied als vlak waarvan het zwaartepunt voor de putten wordt gebruikt) tekent dit algoritme de ruimte die de locatie boven en onder de grond claimt, berekent wat ze kan leveren en zoekt waar claims van verschillende locaties botsen.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Maaiveld&lt;/b&gt;: een boorterrein en een permanent terrein, cirkels met de opgegeven oppervlakten op de locatie (een zoekgebied als vlak blijft behouden als soort 'search_area'); de geluidscontour is het boorterrein gebufferd met de geluidsafstand en telt de gevoelige objecten (woningen, scholen) die de contour raken.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Capaciteit&lt;/b&gt; per doublet: P = Q x c_w x dT (MW, Q in m3/s); warmte = P x vollasturen (TJ/jaar); woningen = warmte / GJ per woningequivalent. Met Q 250 m3/h en dT 40 K: 11,61 MW, 250,8 TJ/jaar, 7.600 woningen (15 doubletten: 3,76 PJ). De 8.000 woningen per doublet van de Bronnenstrategie (4 PJ voor 15 bronnen, 0,267 PJ elk) worden gehaald met Q = 266 m3/h bij 40 K: 12,35 MW, 266,9 TJ/jaar, 8.086 woningen. Een dubbel doublet verdubbelt deze waarden. De capaciteitsvelden staan op elk terreinobject van een locatie: tel ze alleen op over soort = 'permanent_site' (de uitvoergetallen geven de totalen).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Reservoirvoetafdruk&lt;/b&gt; per doublet: het lijnstuk producent-injector met lengte 'putafstand', gecentreerd op de locatie langs het azimut, gebufferd met de straal van het koudefront na de levensduur: r_cf = sqrt(c_w V / (pi H c_aq)), V = Q x uren x jaren, c_aq = n c_w + (1 - n) c_gesteente. Standaard: c_aq = 2,715 MJ/m3K, r_cf = 469,6 m; oppervlakte = 2 r_cf L + pi r_cf^2. &lt;b&gt;Conflicten&lt;/b&gt; zijn de overlappingen van voetafdrukken van verschillende locaties.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Bronnen&lt;/b&gt;: putafstand 1.300 m, reservoir op 2.300 m diepte en 100 m dik, porositeit 0,21, gesteente 2.720 kg/m3 x 855 J/kgK en 6.000 vollasturen zijn de TNO-referentiecase (Willems et al. 2017); 300 m is de toetsafstand voor geluid uit het Barmm 2008; 8.000 woningen per doublet (en het dubbele voor een dubbel doublet) komt uit de Bronnenstrategie (voetnoot 6), wat met 15 bronnen voor 4 PJ de gedeelde 33 GJ per woningequivalent geeft. &lt;b&gt;Aannames&lt;/b&gt; [A]: het debiet (250 m3/h) en het temperatuurverschil (40 K, bijvoorbeeld ongeveer 75 C geproduceerd en 35 C geïnjecteerd) zijn gangbare waarden voor het West-Nederland Bekken, gekozen om dicht bij de 8.000 woningen te komen, geen gepubliceerde getallen; de levensduur van 30 jaar is een gebruikelijke ontwerplevensduur, geen regel; de oppervlakte van het boorterrein (1 ha) en van het permanente terrein (2.500 m2), de geluidscontour gemeten vanaf de rand van het boorterrein, de rechte lijn producent-injector gecentreerd op de locatie, en de opzet van een dubbel doublet: de tweede voetafdruk ligt de putafstand loodrecht op het azimut verschoven, naar rechts (azimut + 90 graden). De reservoirdiepte wordt in de uitvoer vastgelegd; de formules gebruiken haar niet.&lt;/p&gt;&lt;p&gt;Ongeldige veldwaarden (een categorie anders dan 0-3, een azimut buiten 0-360, een aantal doubletten anders dan 1 of 2) worden vervangen (categorie: leeg; azimut en doubletten: de parameterwaarde) en in een waarschuwing geteld.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Default 250 m3/h [A: a typical doublet flow; with 40 K and 6,000 h it gives 7,600 homes, close to the Bronnenstrategie's 8,000 per doublet, which needs about 266 m3/h].</source>
            <translation>Standaard 250 m3/h [A: een gangbaar debiet van een doublet; met 40 K en 6.000 u geeft het 7.600 woningen, dicht bij de 8.000 per doublet van de Bronnenstrategie, waarvoor ongeveer 266 m3/h nodig is].</translation>
        </message>
        <message>
            <source>Default 40 K [A: about 75 C produced, 35 C injected; no published figure for Den Haag].</source>
            <translation>Standaard 40 K [A: ongeveer 75 C geproduceerd, 35 C geïnjecteerd; geen gepubliceerd getal voor Den Haag].</translation>
        </message>
        <message>
            <source>Time after which the cold-front radius is drawn; default 30 years [A: a usual design life of a doublet].</source>
            <translation>Tijd waarna de straal van het koudefront wordt getekend; standaard 30 jaar [A: een gebruikelijke ontwerplevensduur van een doublet].</translation>
        </message>
    </context>
    <context>
        <name>Groups</name>
        <message>
            <source>Soil energy</source>
            <translation>Bodemenergie</translation>
        </message>
        <message>
            <source>Deep geothermal</source>
            <translation>Geothermie</translation>
        </message>
        <message>
            <source>Aquathermal energy</source>
            <translation>Aquathermie</translation>
        </message>
        <message>
            <source>Residual heat</source>
            <translation>Restwarmte</translation>
        </message>
        <message>
            <source>Spatial claims</source>
            <translation>Ruimteclaims</translation>
        </message>
        <message>
            <source>Heat balance</source>
            <translation>Warmtebalans</translation>
        </message>
    </context>
    <context>
        <name>HeatBalance</name>
        <message>
            <source>Heat balance by temperature class</source>
            <translation>Warmtebalans per temperatuurklasse</translation>
        </message>
        <message>
            <source>Demand against supply per temperature class (HT, MT, LT), with the cascade HT -&gt; MT -&gt; LT, for the city and per area.</source>
            <translation>Vraag tegenover aanbod per temperatuurklasse (HT, MT, LT), met de cascade HT -&gt; MT -&gt; LT, voor de stad en per gebied.</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;Checks&lt;/b&gt;: a demand or source heat above 1,000 PJ a year for one feature is skipped with a counted warning [assumption: more than the heat use of the whole Netherlands, a typing or unit error]; so are negative values and text in a number field. An empty demand layer gives a warning.&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Controles&lt;/b&gt;: een vraag of bronwarmte boven 1.000 PJ per jaar voor één object wordt overgeslagen met een getelde waarschuwing [aanname: meer dan het warmtegebruik van heel Nederland, een tik- of eenheidsfout]; hetzelfde geldt voor negatieve waarden en tekst in een getalveld. Een lege vraaglaag geeft een waarschuwing.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>GJ</source>
            <translation>GJ</translation>
        </message>
        <message>
            <source>TJ</source>
            <translation>TJ</translation>
        </message>
        <message>
            <source>PJ</source>
            <translation>PJ</translation>
        </message>
        <message>
            <source>Heat demand</source>
            <translation>Warmtevraag</translation>
        </message>
        <message>
            <source>Areas (e.g. CBS buurten), buildings (points) or a table with the heat demand per temperature class: three fields (HT, MT, LT) or one demand field plus a class field.</source>
            <translation>Gebieden (bijv. CBS-buurten), gebouwen (punten) of een tabel met de warmtevraag per temperatuurklasse: drie velden (HT, MT, LT) of één vraagveld met een klasseveld.</translation>
        </message>
        <message>
            <source>HT demand field (&gt; 70 °C)</source>
            <translation>Veld HT-vraag (&gt; 70 °C)</translation>
        </message>
        <message>
            <source>MT demand field (50-70 °C)</source>
            <translation>Veld MT-vraag (50-70 °C)</translation>
        </message>
        <message>
            <source>LT demand field (&lt; 50 °C)</source>
            <translation>Veld LT-vraag (&lt; 50 °C)</translation>
        </message>
        <message>
            <source>Numeric field with the {cls} demand per year, in the demand unit. Give one to three of these fields, or the demand field plus the class field. A class without a field has no demand; an empty value counts as 0 (a counted warning).</source>
            <translation>Numeriek veld met de {cls}-vraag per jaar, in de vraageenheid. Geef één tot drie van deze velden, of het vraagveld met het klasseveld. Een klasse zonder veld heeft geen vraag; een lege waarde telt als 0 (een getelde waarschuwing).</translation>
        </message>
        <message>
            <source>Demand field (one class per feature)</source>
            <translation>Vraagveld (één klasse per object)</translation>
        </message>
        <message>
            <source>Instead of the three class fields: one numeric field with the demand per year of each feature, whose class is in the demand class field.</source>
            <translation>In plaats van de drie klassevelden: één numeriek veld met de vraag per jaar van elk object, waarvan de klasse in het klasseveld van de vraag staat.</translation>
        </message>
        <message>
            <source>Demand class field (HT / MT / LT)</source>
            <translation>Klasseveld van de vraag (HT / MT / LT)</translation>
        </message>
        <message>
            <source>With the demand field: the temperature class of each feature, HT, MT or LT in any case (also high/medium/low, hoog/midden/laag). Other values are skipped with a counted warning.</source>
            <translation>Bij het vraagveld: de temperatuurklasse van elk object, HT, MT of LT, hoofdletters of niet (ook high/medium/low, hoog/midden/laag). Andere waarden worden overgeslagen met een getelde waarschuwing.</translation>
        </message>
        <message>
            <source>Demand unit</source>
            <translation>Eenheid van de vraag</translation>
        </message>
        <message>
            <source>Unit of the demand fields: 0 = GJ, 1 = TJ, 2 = PJ (per year).</source>
            <translation>Eenheid van de vraagvelden: 0 = GJ, 1 = TJ, 2 = PJ (per jaar).</translation>
        </message>
        <message>
            <source>Heat sources</source>
            <translation>Warmtebronnen</translation>
        </message>
        <message>
            <source>One or more layers or tables of heat sources with a yearly heat field, e.g. the geothermal sites (heat_tj), the quay-wall and waste-water potential (delivered_gj), a WarmtelinQ point with 2 PJ HT, or a table of fixed supply without location. Without sources every class is a deficit.</source>
            <translation>Een of meer lagen of tabellen met warmtebronnen met een veld voor de jaarlijkse warmte, bijv. de geothermielocaties (heat_tj), het kademuur- en afvalwaterpotentieel (delivered_gj), een WarmtelinQ-punt met 2 PJ HT, of een tabel met vast aanbod zonder locatie. Zonder bronnen is elke klasse een tekort.</translation>
        </message>
        <message>
            <source>Source heat field(s)</source>
            <translation>Warmteveld/-velden van de bronnen</translation>
        </message>
        <message>
            <source>Name of the heat field of the source layers, or a comma-separated list of candidate names: in each layer the first one found (any case) is used. Default: heat_gj, delivered_gj, heat_tj, heat_pj, heat.</source>
            <translation>Naam van het warmteveld van de bronlagen, of een kommagescheiden lijst van kandidaatnamen: in elke laag wordt de eerste gebruikt die voorkomt (hoofdletters of niet). Standaard: heat_gj, delivered_gj, heat_tj, heat_pj, heat.</translation>
        </message>
        <message>
            <source>Source unit</source>
            <translation>Eenheid van de bronnen</translation>
        </message>
        <message>
            <source>From the field name (_gj, _tj, _pj)</source>
            <translation>Uit de veldnaam (_gj, _tj, _pj)</translation>
        </message>
        <message>
            <source>Unit of the source heat: 0 = GJ, 1 = TJ, 2 = PJ, 3 = from the end of each layer's heat field name (heat_tj is TJ, delivered_gj is GJ); with 3 a field name without such an ending is an error.</source>
            <translation>Eenheid van de bronwarmte: 0 = GJ, 1 = TJ, 2 = PJ, 3 = uit het einde van de naam van het warmteveld van elke laag (heat_tj is TJ, delivered_gj is GJ); bij 3 is een veldnaam zonder zo'n einde een fout.</translation>
        </message>
        <message>
            <source>Source class field</source>
            <translation>Klasseveld van de bronnen</translation>
        </message>
        <message>
            <source>Name of the temperature class field of the source layers (values HT / MT / LT in any case). A layer without this field gets the default class; an empty value too (a counted warning); another value is skipped.</source>
            <translation>Naam van het veld met de temperatuurklasse in de bronlagen (waarden HT / MT / LT, hoofdletters of niet). Een laag zonder dit veld krijgt de standaardklasse; een lege waarde ook (een getelde waarschuwing); een andere waarde wordt overgeslagen.</translation>
        </message>
        <message>
            <source>Default class of sources</source>
            <translation>Standaardklasse van bronnen</translation>
        </message>
        <message>
            <source>HT (&gt; 70 °C)</source>
            <translation>HT (&gt; 70 °C)</translation>
        </message>
        <message>
            <source>MT (50-70 °C)</source>
            <translation>MT (50-70 °C)</translation>
        </message>
        <message>
            <source>LT (&lt; 50 °C)</source>
            <translation>LT (&lt; 50 °C)</translation>
        </message>
        <message>
            <source>Class of sources in layers without the class field. Default LT: most local sources (aquathermal, soil energy, heat pumps) deliver low temperature [assumption]; set MT for geothermal and HT for residual heat.</source>
            <translation>Klasse van bronnen in lagen zonder klasseveld. Standaard LT: de meeste lokale bronnen (aquathermie, bodemenergie, warmtepompen) leveren lage temperatuur [aanname]; kies MT voor geothermie en HT voor restwarmte.</translation>
        </message>
        <message>
            <source>Source type field</source>
            <translation>Veld met het brontype</translation>
        </message>
        <message>
            <source>Name of a field with the source type, used to stack the chart (e.g. geothermie, aquathermie, restwarmte). Without it, the layer name is the type.</source>
            <translation>Naam van een veld met het brontype, gebruikt om de grafiek te stapelen (bijv. geothermie, aquathermie, restwarmte). Zonder dat veld is de laagnaam het type.</translation>
        </message>
        <message>
            <source>Cascade HT → MT → LT</source>
            <translation>Cascade HT → MT → LT</translation>
        </message>
        <message>
            <source>A surplus at a higher temperature may serve the demand at a lower one (HT → MT → LT), never the other way round.</source>
            <translation>Een overschot op een hogere temperatuur mag de vraag op een lagere bedienen (HT → MT → LT), nooit andersom.</translation>
        </message>
        <message>
            <source>Areas</source>
            <translation>Gebieden</translation>
        </message>
        <message>
            <source>Optional polygons (e.g. wijken) to compute the balance per area. Without it, a polygon demand layer gives the balance per demand polygon.</source>
            <translation>Optionele vlakken (bijv. wijken) om de balans per gebied te berekenen. Zonder deze laag geeft een vlakkenlaag met vraag de balans per vraagvlak.</translation>
        </message>
        <message>
            <source>Source radius (m)</source>
            <translation>Bronstraal (m)</translation>
        </message>
        <message>
            <source>0 = a source serves only the area it lies in. Greater than 0: it serves every area within this distance (m), shared in proportion to their demand at its class [assumption].</source>
            <translation>0 = een bron bedient alleen het gebied waarin hij ligt. Groter dan 0: hij bedient elk gebied binnen deze afstand (m), verdeeld naar hun vraag in zijn klasse [aanname].</translation>
        </message>
        <message>
            <source>Output unit</source>
            <translation>Uitvoereenheid</translation>
        </message>
        <message>
            <source>Same as the demand unit</source>
            <translation>Gelijk aan de eenheid van de vraag</translation>
        </message>
        <message>
            <source>Unit of the outputs; by default the demand unit.</source>
            <translation>Eenheid van de uitvoer; standaard de eenheid van de vraag.</translation>
        </message>
        <message>
            <source>Heat balance table</source>
            <translation>Tabel warmtebalans</translation>
        </message>
        <message>
            <source>A table without geometry, one row per class (HT, MT, LT) and one for the total: demand, supply, received (from the class above), passed_on (to the class below), supply_used, balance (negative = deficit), deficit (the negative part; in the total row the sum of the deficits) and unit.</source>
            <translation>Een tabel zonder geometrie, één rij per klasse (HT, MT, LT) en één voor het totaal: demand (vraag), supply (aanbod), received (van de klasse erboven), passed_on (naar de klasse eronder), supply_used (benut aanbod), balance (balans, negatief = tekort), deficit (het negatieve deel; in de totaalrij de som van de tekorten) en unit (eenheid).</translation>
        </message>
        <message>
            <source>Heat balance per area</source>
            <translation>Warmtebalans per gebied</translation>
        </message>
        <message>
            <source>The areas with all their fields plus per class ht_/mt_/lt_demand, _supply, _received, _used, _balance, and demand, supply, balance, deficit (sum of the class deficits, &lt;= 0), deficit_pct (share of the demand not met, %) and unit; styled by deficit_pct. Only written when there are areas.</source>
            <translation>De gebieden met al hun velden plus per klasse ht_/mt_/lt_demand, _supply, _received, _used, _balance, en demand, supply, balance, deficit (som van de tekorten per klasse, &lt;= 0), deficit_pct (deel van de vraag dat niet gedekt is, %) en unit; opgemaakt naar deficit_pct. Alleen geschreven als er gebieden zijn.</translation>
        </message>
        <message>
            <source>Heat balance chart</source>
            <translation>Grafiek warmtebalans</translation>
        </message>
        <message>
            <source>PNG image (*.png);;SVG image (*.svg)</source>
            <translation>PNG-afbeelding (*.png);;SVG-afbeelding (*.svg)</translation>
        </message>
        <message>
            <source>A bar chart (PNG or SVG, from the file's extension) of demand against supply per class, the supply stacked by source type and the cascade hatched. Needs matplotlib.</source>
            <translation>Een staafgrafiek (PNG of SVG, naar de extensie van het bestand) van vraag tegenover aanbod per klasse, het aanbod gestapeld per brontype en de cascade gearceerd. Vereist matplotlib.</translation>
        </message>
        <message>
            <source>HT balance</source>
            <translation>HT-balans</translation>
        </message>
        <message>
            <source>MT balance</source>
            <translation>MT-balans</translation>
        </message>
        <message>
            <source>LT balance</source>
            <translation>LT-balans</translation>
        </message>
        <message>
            <source>Total demand</source>
            <translation>Totale vraag</translation>
        </message>
        <message>
            <source>Total supply</source>
            <translation>Totaal aanbod</translation>
        </message>
        <message>
            <source>Total deficit (sum of the class deficits)</source>
            <translation>Totaal tekort (som van de tekorten per klasse)</translation>
        </message>
        <message>
            <source>Number of sources used</source>
            <translation>Aantal gebruikte bronnen</translation>
        </message>
        <message>
            <source>Number of areas</source>
            <translation>Aantal gebieden</translation>
        </message>
        <message>
            <source>Unit of the figures</source>
            <translation>Eenheid van de cijfers</translation>
        </message>
        <message>
            <source>Give either the HT/MT/LT demand fields or the demand field with the class field, not both.</source>
            <translation>Geef óf de HT/MT/LT-vraagvelden óf het vraagveld met het klasseveld, niet allebei.</translation>
        </message>
        <message>
            <source>No demand fields: choose the HT, MT and/or LT demand fields, or the demand field together with the demand class field.</source>
            <translation>Geen vraagvelden: kies de HT-, MT- en/of LT-vraagvelden, of het vraagveld samen met het klasseveld van de vraag.</translation>
        </message>
        <message>
            <source>the demand in field '{}' is not a number</source>
            <translation>de vraag in veld '{}' is geen getal</translation>
        </message>
        <message>
            <source>the demand in field '{}' is implausibly large (more than 1,000 PJ a year)</source>
            <translation>de vraag in veld '{}' is onwaarschijnlijk groot (meer dan 1.000 PJ per jaar)</translation>
        </message>
        <message>
            <source>negative demand in field '{}'</source>
            <translation>negatieve vraag in veld '{}'</translation>
        </message>
        <message>
            <source>the demand in field '{}' is empty, negative or not a number</source>
            <translation>de vraag in veld '{}' is leeg, negatief of geen getal</translation>
        </message>
        <message>
            <source>the class in field '{}' is not HT, MT or LT</source>
            <translation>de klasse in veld '{}' is niet HT, MT of LT</translation>
        </message>
        <message>
            <source>Give the name of the source heat field.</source>
            <translation>Geef de naam van het warmteveld van de bronnen.</translation>
        </message>
        <message>
            <source>The source layer '{layer}' has none of the heat fields {cands}. Its fields: {fields}. Give the heat field name in 'Source heat field(s)'.</source>
            <translation>De bronlaag '{layer}' heeft geen van de warmtevelden {cands}. Haar velden: {fields}. Geef de naam van het warmteveld bij 'Warmteveld/-velden van de bronnen'.</translation>
        </message>
        <message>
            <source>The unit of the heat field '{field}' of '{layer}' cannot be read from its name (no _gj, _tj or _pj at the end): choose the source unit GJ, TJ or PJ.</source>
            <translation>De eenheid van het warmteveld '{field}' van '{layer}' is niet uit de naam af te leiden (geen _gj, _tj of _pj aan het eind): kies als eenheid van de bronnen GJ, TJ of PJ.</translation>
        </message>
        <message>
            <source>Source layer '{layer}' has no class field '{field}': its sources count as {cls}.</source>
            <translation>Bronlaag '{layer}' heeft geen klasseveld '{field}': haar bronnen tellen als {cls}.</translation>
        </message>
        <message>
            <source>source heat is implausibly large (more than 1,000 PJ a year)</source>
            <translation>de bronwarmte is onwaarschijnlijk groot (meer dan 1.000 PJ per jaar)</translation>
        </message>
        <message>
            <source>source heat is empty, negative or not a number</source>
            <translation>bronwarmte is leeg, negatief of geen getal</translation>
        </message>
        <message>
            <source>source class is not HT, MT or LT</source>
            <translation>bronklasse is niet HT, MT of LT</translation>
        </message>
        <message>
            <source>the source location cannot be transformed to metres</source>
            <translation>de locatie van de bron kan niet naar meters worden omgerekend</translation>
        </message>
        <message>
            <source>Source layer '{layer}': {n} sources, heat field '{field}' in {unit}.</source>
            <translation>Bronlaag '{layer}': {n} bronnen, warmteveld '{field}' in {unit}.</translation>
        </message>
        <message>
            <source>The demand layer is empty: the demand of every class is 0.</source>
            <translation>De vraaglaag is leeg: de vraag van elke klasse is 0.</translation>
        </message>
        <message>
            <source>No chart: the Python package matplotlib is not installed for QGIS (Debian/Ubuntu: sudo apt install python3-matplotlib).</source>
            <translation>Geen grafiek: het Python-pakket matplotlib is niet geïnstalleerd voor QGIS (Debian/Ubuntu: sudo apt install python3-matplotlib).</translation>
        </message>
        <message>
            <source>Demand</source>
            <translation>Vraag</translation>
        </message>
        <message>
            <source>Supply</source>
            <translation>Aanbod</translation>
        </message>
        <message>
            <source>Passed down (cascade)</source>
            <translation>Doorgegeven (cascade)</translation>
        </message>
        <message>
            <source>Heat ({unit} per year)</source>
            <translation>Warmte ({unit} per jaar)</translation>
        </message>
        <message>
            <source>balance {value:+.2f}</source>
            <translation>balans {value:+.2f}</translation>
        </message>
        <message>
            <source>{n} empty demand value(s) counted as 0 (the features are kept).</source>
            <translation>{n} lege vraagwaarde(n) als 0 geteld (de objecten blijven behouden).</translation>
        </message>
        <message>
            <source>{n} source(s) with an empty class counted as the default class.</source>
            <translation>{n} bron(nen) met een lege klasse als standaardklasse geteld.</translation>
        </message>
        <message>
            <source>{cls}: demand {d:.3f}, supply {s:.3f}, balance {b:+.3f} {unit}</source>
            <translation>{cls}: vraag {d:.3f}, aanbod {s:.3f}, balans {b:+.3f} {unit}</translation>
        </message>
        <message>
            <source>{n} demand feature(s) lie in no area: counted in the table, not in any area.</source>
            <translation>{n} vraagobject(en) liggen in geen enkel gebied: geteld in de tabel, niet in een gebied.</translation>
        </message>
        <message>
            <source>{n} source(s) with {heat:.3f} {unit} reach no area: counted in the table, not in any area.</source>
            <translation>{n} bron(nen) met {heat:.3f} {unit} bereiken geen enkel gebied: geteld in de tabel, niet in een gebied.</translation>
        </message>
        <message>
            <source>{n} source(s) without a location are shared over all areas in proportion to their demand.</source>
            <translation>{n} bron(nen) zonder locatie worden over alle gebieden verdeeld naar hun vraag.</translation>
        </message>
        <message>
            <source>&lt;p&gt;Compares the heat demand per temperature class with the supply of the heat sources: high temperature HT (&amp;gt; 70 °C), medium temperature MT (50-70 °C) and low temperature LT (&amp;lt; 50 °C), as section 3.1 of the Den Haag heat source strategy does. Writes a table for the whole input, optionally the balance per area, and a chart.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Balance&lt;/b&gt; per class: supply - demand. Negative is a deficit, positive an unused surplus. With the &lt;b&gt;cascade&lt;/b&gt; a surplus at a higher temperature serves the demand at a lower one (HT → MT → LT), never the other way round: passed_on = max(supply + received - demand, 0) flows to the next class; balance = supply + received - passed_on - demand; supply_used = min(supply + received, demand).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Check&lt;/b&gt; (the Bronnenstrategie's figures, PJ): demand HT 4.3, MT 3.1, LT 4.6; supply HT 2.0 (WarmtelinQ), MT 4.0 (geothermal), LT 1.0. Without cascade: HT -2.3, MT +0.9, LT -3.6. With cascade the MT surplus cannot serve HT, so HT stays -2.3 and LT becomes 1.0 + 0.9 - 4.6 = -2.7.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Sources&lt;/b&gt;: any number of layers or tables with a heat field (the first of the candidate names found in each layer; the unit from the field name, e.g. heat_tj of the geothermal sites or delivered_gj of the quay and waste-water potential) and a temperature class field (HT / MT / LT, any case; a layer without it gets the default class). The source type (for the chart) is the type field or else the layer name. A table or a feature without geometry is a fixed supply without a location.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Areas&lt;/b&gt;: a source belongs to the area its location lies in (a point on the surface of lines and polygons), or with a source radius to every area within that distance; a source reaching several areas is shared among them in proportion to their demand at the source's class, equally when none has demand there [assumption]. Sources without a location are shared over all areas the same way [assumption]. Demand features belong to the area their point on surface lies in. Without an area layer, a polygon demand layer is its own set of areas. Sources and demand outside every area are counted in the table but not in any area (a counted warning). Distances in metres (RD New for Dutch data).&lt;/p&gt;</source>
            <translation>&lt;p&gt;Vergelijkt de warmtevraag per temperatuurklasse met het aanbod van de warmtebronnen: hoge temperatuur HT (&amp;gt; 70 °C), middentemperatuur MT (50-70 °C) en lage temperatuur LT (&amp;lt; 50 °C), zoals paragraaf 3.1 van de Haagse bronnenstrategie doet. Schrijft een tabel voor de hele invoer, desgewenst de balans per gebied, en een grafiek.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Balans&lt;/b&gt; per klasse: aanbod - vraag. Negatief is een tekort, positief een onbenut overschot. Met de &lt;b&gt;cascade&lt;/b&gt; dient een overschot op een hogere temperatuur de vraag op een lagere (HT → MT → LT), nooit andersom: passed_on = max(aanbod + ontvangen - vraag, 0) gaat naar de volgende klasse; balans = aanbod + ontvangen - passed_on - vraag; supply_used = min(aanbod + ontvangen, vraag).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Controle&lt;/b&gt; (cijfers van de Bronnenstrategie, PJ): vraag HT 4,3, MT 3,1, LT 4,6; aanbod HT 2,0 (WarmtelinQ), MT 4,0 (geothermie), LT 1,0. Zonder cascade: HT -2,3, MT +0,9, LT -3,6. Met cascade kan het MT-overschot HT niet bedienen, dus HT blijft -2,3 en LT wordt 1,0 + 0,9 - 4,6 = -2,7.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Bronnen&lt;/b&gt;: een willekeurig aantal lagen of tabellen met een warmteveld (de eerste van de kandidaatnamen die in een laag voorkomt; de eenheid uit de veldnaam, bijv. heat_tj van de geothermielocaties of delivered_gj van het kade- en afvalwaterpotentieel) en een veld met de temperatuurklasse (HT / MT / LT, hoofdletters of niet; een laag zonder dat veld krijgt de standaardklasse). Het brontype (voor de grafiek) is het typeveld of anders de laagnaam. Een tabel of een object zonder geometrie is een vast aanbod zonder locatie.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Gebieden&lt;/b&gt;: een bron hoort bij het gebied waarin zijn locatie ligt (een punt op het oppervlak van lijnen en vlakken), of met een bronstraal bij elk gebied binnen die afstand; een bron die meerdere gebieden bereikt wordt over die gebieden verdeeld naar hun vraag in de klasse van de bron, gelijk verdeeld als geen ervan daar vraag heeft [aanname]. Bronnen zonder locatie worden op dezelfde manier over alle gebieden verdeeld [aanname]. Vraagobjecten horen bij het gebied waarin hun punt op het oppervlak ligt. Zonder gebiedslaag is een vlakkenlaag met vraag zelf de verzameling gebieden. Bronnen en vraag buiten alle gebieden tellen mee in de tabel maar in geen enkel gebied (een getelde waarschuwing). Afstanden in meters (RD New voor Nederlandse data).&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>ImportWells</name>
        <message>
            <source>Import a soil-energy register (wells)</source>
            <translation>Bodemenergieregister importeren (bronnen)</translation>
        </message>
        <message>
            <source>Reads a provincial permit layer, a WKO-tool export, BRO GUF documents or any point layer into the standard well layer, repairing what it can and counting every repair and rejection.</source>
            <translation>Leest een provinciale vergunningenlaag, een export van de WKO-tool, BRO GUF-documenten of een andere puntenlaag in als de standaard bronnenlaag; herstelt wat kan en telt elk herstel en elke afwijzing.</translation>
        </message>
        <message>
            <source>&lt;p&gt;Loads a soil-energy register as it comes and writes the plugin's standard well layer in RD New (EPSG:28992), with the fields the soil-energy algorithms read by default: well_id, system_id, temperature (warm / koud / empty), role (infiltration / extraction / both), volume_m3 (per well per season, m³), volume_year_m3 (the system's permitted volume per year, m³), capacity_m3h (permitted capacity, m³/h), screen_top and screen_bottom (m below surface), aquifer, status, source_id and problems (what was repaired or assumed for this well). A second table counts every problem kind.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Registers&lt;/b&gt; (detected by their field names, or chosen): provincial permit layers from the LGR (Vergund_m3_jaar per system per year, Vergund_m3_h m³/h, WVP aquifer, LGR_inr_nr system, well codes W1, K1, M, ...); the national WKO-tool export (Installatie ID, Status put, pompcapaciteit m³/h, maxhoeveelheidm3onttrekking taken as m³ per system per year [assumption]); BRO GUF documents (one XML file, a zip as downloaded from the BRO, or a folder); or a custom mapping (the field-mapping parameters, which also override what detection chose). The log states the schema and the mapping used.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Values&lt;/b&gt;: '-', 'onbekend', 'n.v.t.' are read as empty; '&amp;lt;10' is kept as 10 (an upper bound); decimal commas (139,6), thousands separators, numbers stored as text and a unit written after the number (90 m3/h; rejected when it contradicts the field's unit) are repaired; depths outside 0-1,000 m and volumes of zero or less are left empty. Each is counted.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Well codes&lt;/b&gt;: W1, K1 (warm / cold well of the system); M, Mono (a mono well: one borehole with two screens becomes two wells at one location, warm in the upper and cold in the lower screen [assumption], with the screen range split in halves when only one range is given [assumption]); M (W), M (K), M (I), M (O) (one screen of a mono well); Onttrekking / Infiltratie (one-way wells). Rows that are not wells ('Bronnen onbekend (niet aangelegd)') are rejected.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Season volume&lt;/b&gt;: taken from the well's own field where the register has one; else volume_m3 = the system's yearly volume / the number of its wells (at least 2, a doublet) [assumption: the yearly pumped volume passes each well once per season, as the algorithms' volume basis 'per system per year'].&lt;/p&gt;&lt;p&gt;&lt;b&gt;Locations&lt;/b&gt;: any CRS in, RD New out; a layer without geometry takes its coordinate fields (X_coordinaat / Y_coordinaat, x / y). Wells outside the area of RD New (the Netherlands) are rejected with their ids. Exact duplicates of one system (same location to the cm, code, temperature and screen) are merged. Shapefiles are read in the code page of their .cpg or .cst file, else detected (UTF-8 or Windows-1252). Wells out of use (status Buiten Gebruik, Gedempt, ...) are left out unless asked for.&lt;/p&gt;&lt;p&gt;&lt;b&gt;BRO GUF&lt;/b&gt;: the current state of each GUF_PO / GUF_PPO (history documents: their objectHistory is skipped); realised wells of open systems (openBodemenergiesysteem) where there are any, else the design wells of the licences (status ontwerp); relativeTemperature, wellFunction, screens, maximumWellCapacity, licensed quantities (maximumPerYear, else per quarter x 4 or per month x 12 [assumption]). Closed systems (geslotenBodemenergiesysteem) go into the closed-loop layer with depth_top 0 and depth_bottom = loopDepth [assumption: a vertical loop from the surface], the layer wellconflicts reads. Positions in EPSG:28992 or EPSG:4258 (latitude first).&lt;/p&gt;&lt;p&gt;An empty result is an error, not an empty layer. Sources: GUF catalogue and code lists of the BRO programme; volume basis as in docs/method.md.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Leest een bodemenergieregister zoals het komt en schrijft de standaard bronnenlaag van de plugin in RD New (EPSG:28992), met de velden die de bodemenergie-algoritmen standaard lezen: well_id, system_id, temperature (warm / koud / leeg), role (infiltration / extraction / both), volume_m3 (per bron per seizoen, m³), volume_year_m3 (het vergunde jaarvolume van het systeem, m³), capacity_m3h (vergund debiet, m³/h), screen_top en screen_bottom (m onder maaiveld), aquifer, status, source_id en problems (wat voor deze bron is hersteld of aangenomen). Een tweede tabel telt elke soort probleem.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Registers&lt;/b&gt; (herkend aan hun veldnamen, of gekozen): provinciale vergunningenlagen uit het LGR (Vergund_m3_jaar per systeem per jaar, Vergund_m3_h m³/h, WVP watervoerend pakket, LGR_inr_nr systeem, broncodes W1, K1, M, ...); de landelijke export van de WKO-tool (Installatie ID, Status put, pompcapaciteit m³/h, maxhoeveelheidm3onttrekking opgevat als m³ per systeem per jaar [aanname]); BRO GUF-documenten (één XML-bestand, een zip zoals gedownload van de BRO, of een map); of een eigen veldkoppeling (de parameters van de veldkoppeling, die ook gaan voor wat de herkenning koos). Het logboek vermeldt het gebruikte schema en de koppeling.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Waarden&lt;/b&gt;: '-', 'onbekend', 'n.v.t.' worden gelezen als leeg; '&amp;lt;10' wordt bewaard als 10 (een bovengrens); decimale komma's (139,6), duizendtalscheidingstekens, getallen als tekst en een eenheid achter het getal (90 m3/h; afgewezen als die de eenheid van het veld tegenspreekt) worden hersteld; diepten buiten 0-1.000 m en volumes van nul of minder worden leeg gelaten. Alles wordt geteld.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Broncodes&lt;/b&gt;: W1, K1 (warme / koude bron van het systeem); M, Mono (een monobron: één boorgat met twee filters wordt twee bronnen op één locatie, warm in het bovenste en koud in het onderste filter [aanname], met het filtertraject in twee helften gesplitst als er maar één traject is [aanname]); M (W), M (K), M (I), M (O) (één filter van een monobron); Onttrekking / Infiltratie (eenrichtingsbronnen). Rijen die geen bron zijn ('Bronnen onbekend (niet aangelegd)') worden afgewezen.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Seizoensvolume&lt;/b&gt;: uit het eigen veld van de bron als het register dat heeft; anders volume_m3 = het jaarvolume van het systeem / het aantal bronnen (ten minste 2, een doublet) [aanname: het jaarlijks verpompte volume passeert elke bron eenmaal per seizoen, zoals de volumebasis 'per systeem per jaar' van de algoritmen].&lt;/p&gt;&lt;p&gt;&lt;b&gt;Locaties&lt;/b&gt;: elk CRS in, RD New uit; een laag zonder geometrie neemt haar coördinaatvelden (X_coordinaat / Y_coordinaat, x / y). Bronnen buiten het gebied van RD New (Nederland) worden afgewezen met hun id's. Exacte dubbelingen binnen één systeem (zelfde locatie op de cm, code, temperatuur en filter) worden samengevoegd. Shapefiles worden gelezen in de codetabel van hun .cpg- of .cst-bestand, anders herkend (UTF-8 of Windows-1252). Bronnen buiten gebruik (status Buiten Gebruik, Gedempt, ...) worden weggelaten, tenzij gevraagd.&lt;/p&gt;&lt;p&gt;&lt;b&gt;BRO GUF&lt;/b&gt;: de huidige toestand van elk GUF_PO / GUF_PPO (historiedocumenten: hun objectHistory wordt overgeslagen); gerealiseerde bronnen van open systemen (openBodemenergiesysteem) als die er zijn, anders de ontwerpbronnen van de rechten (status ontwerp); relativeTemperature, wellFunction, filters, maximumWellCapacity, vergunde hoeveelheden (maximumPerYear, anders per kwartaal x 4 of per maand x 12 [aanname]). Gesloten systemen (geslotenBodemenergiesysteem) gaan naar de laag met gesloten bodemlussen met depth_top 0 en depth_bottom = loopDepth [aanname: een verticale lus vanaf maaiveld], de laag die wellconflicts leest. Posities in EPSG:28992 of EPSG:4258 (breedtegraad eerst).&lt;/p&gt;&lt;p&gt;Een leeg resultaat is een fout, geen lege laag. Bronnen: GUF-catalogus en codelijsten van het BRO-programma; volumebasis zoals in docs/method.md.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Register layer</source>
            <translation>Registerlaag</translation>
        </message>
        <message>
            <source>Point layer or table of the register: shapefile, GeoPackage, GeoJSON, CSV, WFS, ... Leave empty to read BRO GUF documents.</source>
            <translation>Puntenlaag of tabel van het register: shapefile, GeoPackage, GeoJSON, CSV, WFS, ... Leeg laten om BRO GUF-documenten te lezen.</translation>
        </message>
        <message>
            <source>BRO GUF documents (XML or zip)</source>
            <translation>BRO GUF-documenten (XML of zip)</translation>
        </message>
        <message>
            <source>BRO GUF documents (*.xml *.zip)</source>
            <translation>BRO GUF-documenten (*.xml *.zip)</translation>
        </message>
        <message>
            <source>One BRO GUF dispatch document (XML) or a zip of them as downloaded from the BRO.</source>
            <translation>Eén uitgiftedocument van de BRO GUF (XML) of een zip daarvan zoals gedownload van de BRO.</translation>
        </message>
        <message>
            <source>Folder of BRO GUF documents</source>
            <translation>Map met BRO GUF-documenten</translation>
        </message>
        <message>
            <source>A folder with BRO GUF XML documents (and zips of them).</source>
            <translation>Een map met BRO GUF XML-documenten (en zips daarvan).</translation>
        </message>
        <message>
            <source>Register schema</source>
            <translation>Registerschema</translation>
        </message>
        <message>
            <source>Detect from the field names</source>
            <translation>Herkennen aan de veldnamen</translation>
        </message>
        <message>
            <source>Provincial permit layer (LGR)</source>
            <translation>Provinciale vergunningenlaag (LGR)</translation>
        </message>
        <message>
            <source>WKO-tool export</source>
            <translation>Export van de WKO-tool</translation>
        </message>
        <message>
            <source>BRO GUF</source>
            <translation>BRO GUF</translation>
        </message>
        <message>
            <source>Custom (the field mapping below)</source>
            <translation>Eigen indeling (de veldkoppeling hieronder)</translation>
        </message>
        <message>
            <source>Which register the layer is. Detected from the field names by default; the field-mapping parameters override the schema's fields.</source>
            <translation>Welk register de laag is. Standaard herkend aan de veldnamen; de parameters van de veldkoppeling gaan voor de velden van het schema.</translation>
        </message>
        <message>
            <source>Field: system id</source>
            <translation>Veld: systeem-id</translation>
        </message>
        <message>
            <source>Id of the system (installation) the well belongs to.</source>
            <translation>Id van het systeem (de installatie) waartoe de bron hoort.</translation>
        </message>
        <message>
            <source>Field: well id</source>
            <translation>Veld: bron-id</translation>
        </message>
        <message>
            <source>Id of the well.</source>
            <translation>Id van de bron.</translation>
        </message>
        <message>
            <source>Field: well code</source>
            <translation>Veld: broncode</translation>
        </message>
        <message>
            <source>Well code as provinces write it: W1, K1, M, Mono, M (W), Onttrekking, ...</source>
            <translation>Broncode zoals provincies die schrijven: W1, K1, M, Mono, M (W), Onttrekking, ...</translation>
        </message>
        <message>
            <source>Field: temperature (warm / koud)</source>
            <translation>Veld: temperatuur (warm / koud)</translation>
        </message>
        <message>
            <source>warm / koud (also w, k, cold).</source>
            <translation>warm / koud (ook w, k, cold).</translation>
        </message>
        <message>
            <source>Field: well function</source>
            <translation>Veld: putfunctie</translation>
        </message>
        <message>
            <source>infiltratie / onttrekking / both.</source>
            <translation>infiltratie / onttrekking / beide.</translation>
        </message>
        <message>
            <source>Field: volume per well per season (m³)</source>
            <translation>Veld: volume per bron per seizoen (m³)</translation>
        </message>
        <message>
            <source>Volume one well stores in one season, m³.</source>
            <translation>Volume dat één bron in één seizoen opslaat, m³.</translation>
        </message>
        <message>
            <source>Field: permitted volume per system per year (m³)</source>
            <translation>Veld: vergund volume per systeem per jaar (m³)</translation>
        </message>
        <message>
            <source>The system's yearly permitted volume, m³; divided over its wells where no season volume is given.</source>
            <translation>Het vergunde jaarvolume van het systeem, m³; verdeeld over de bronnen waar geen seizoensvolume is gegeven.</translation>
        </message>
        <message>
            <source>Field: permitted capacity (m³/h)</source>
            <translation>Veld: vergund debiet (m³/h)</translation>
        </message>
        <message>
            <source>Permitted pumping capacity, m³/h.</source>
            <translation>Vergunde pompcapaciteit, m³/h.</translation>
        </message>
        <message>
            <source>Field: screen top (m below surface)</source>
            <translation>Veld: bovenkant filter (m -mv)</translation>
        </message>
        <message>
            <source>Top of the (first) screen, m below surface.</source>
            <translation>Bovenkant van het (eerste) filter, m onder maaiveld.</translation>
        </message>
        <message>
            <source>Field: screen bottom (m below surface)</source>
            <translation>Veld: onderkant filter (m -mv)</translation>
        </message>
        <message>
            <source>Bottom of the (first) screen, m below surface.</source>
            <translation>Onderkant van het (eerste) filter, m onder maaiveld.</translation>
        </message>
        <message>
            <source>Field: second screen top (mono wells)</source>
            <translation>Veld: bovenkant tweede filter (monobronnen)</translation>
        </message>
        <message>
            <source>Top of the second screen of a mono well.</source>
            <translation>Bovenkant van het tweede filter van een monobron.</translation>
        </message>
        <message>
            <source>Field: second screen bottom (mono wells)</source>
            <translation>Veld: onderkant tweede filter (monobronnen)</translation>
        </message>
        <message>
            <source>Bottom of the second screen of a mono well.</source>
            <translation>Onderkant van het tweede filter van een monobron.</translation>
        </message>
        <message>
            <source>Field: aquifer</source>
            <translation>Veld: watervoerend pakket</translation>
        </message>
        <message>
            <source>Aquifer code (e.g. WVP 1, a REGIS layer code).</source>
            <translation>Code van het watervoerend pakket (bijv. WVP 1, een REGIS-laagcode).</translation>
        </message>
        <message>
            <source>Field: status</source>
            <translation>Veld: status</translation>
        </message>
        <message>
            <source>Status of the well (In Gebruik, Buiten Gebruik, ...).</source>
            <translation>Status van de bron (In Gebruik, Buiten Gebruik, ...).</translation>
        </message>
        <message>
            <source>Field: source id</source>
            <translation>Veld: bron-id in het register</translation>
        </message>
        <message>
            <source>Id of the row in the register (else the feature id).</source>
            <translation>Id van de rij in het register (anders het object-id).</translation>
        </message>
        <message>
            <source>Field: X coordinate</source>
            <translation>Veld: X-coördinaat</translation>
        </message>
        <message>
            <source>X (or longitude) for rows without a geometry.</source>
            <translation>X (of lengtegraad) voor rijen zonder geometrie.</translation>
        </message>
        <message>
            <source>Field: Y coordinate</source>
            <translation>Veld: Y-coördinaat</translation>
        </message>
        <message>
            <source>Y (or latitude) for rows without a geometry.</source>
            <translation>Y (of breedtegraad) voor rijen zonder geometrie.</translation>
        </message>
        <message>
            <source>Optional: overrides the schema's field.</source>
            <translation>Optioneel: gaat voor het veld van het schema.</translation>
        </message>
        <message>
            <source>CRS of the coordinate fields</source>
            <translation>CRS van de coördinaatvelden</translation>
        </message>
        <message>
            <source>CRS of X / Y fields of a table without geometry. Empty: longitude / latitude (EPSG:4326) when the values look like it, else RD New.</source>
            <translation>CRS van X/Y-velden van een tabel zonder geometrie. Leeg: lengte-/breedtegraad (EPSG:4326) als de waarden daarop lijken, anders RD New.</translation>
        </message>
        <message>
            <source>Keep wells out of use</source>
            <translation>Bronnen buiten gebruik behouden</translation>
        </message>
        <message>
            <source>Off (default): wells whose status says they are out of use (Buiten Gebruik, Gedempt, Ingetrokken, ...) are left out and counted.</source>
            <translation>Uit (standaard): bronnen waarvan de status zegt dat ze buiten gebruik zijn (Buiten Gebruik, Gedempt, Ingetrokken, ...) worden weggelaten en geteld.</translation>
        </message>
        <message>
            <source>Wells (RD New)</source>
            <translation>Bronnen (RD New)</translation>
        </message>
        <message>
            <source>The standard well layer in EPSG:28992. Save it as layer wko_wells of a GeoPackage to use it in 'Run the whole heat source strategy'.</source>
            <translation>De standaard bronnenlaag in EPSG:28992. Sla haar op als laag wko_wells van een GeoPackage om haar te gebruiken in 'De hele bronnenstrategie doorrekenen'.</translation>
        </message>
        <message>
            <source>Closed loops (RD New)</source>
            <translation>Gesloten bodemlussen (RD New)</translation>
        </message>
        <message>
            <source>Closed soil-energy loops of BRO GUF documents: loop_id, system_id, kind, depth_top, depth_bottom (m below surface), status, source_id, problems.</source>
            <translation>Gesloten bodemlussen uit BRO GUF-documenten: loop_id, system_id, kind, depth_top, depth_bottom (m onder maaiveld), status, source_id, problems.</translation>
        </message>
        <message>
            <source>Problems per kind</source>
            <translation>Problemen per soort</translation>
        </message>
        <message>
            <source>One row per problem kind and field: kind, action (repaired, assumed, rejected, merged, note), field, count, description, examples (source ids).</source>
            <translation>Eén rij per soort probleem en veld: kind, action (hersteld, aangenomen, afgewezen, samengevoegd, opmerking), field, count, description, examples (bron-id's).</translation>
        </message>
        <message>
            <source>Wells written</source>
            <translation>Bronnen geschreven</translation>
        </message>
        <message>
            <source>Rows rejected</source>
            <translation>Rijen afgewezen</translation>
        </message>
        <message>
            <source>Closed loops written</source>
            <translation>Gesloten bodemlussen geschreven</translation>
        </message>
        <message>
            <source>Schema used</source>
            <translation>Gebruikt schema</translation>
        </message>
        <message>
            <source>'{detail}' in {field} read as empty</source>
            <translation>'{detail}' in {field} gelezen als leeg</translation>
        </message>
        <message>
            <source>'{detail}' in {field} is an upper bound, kept as the number</source>
            <translation>'{detail}' in {field} is een bovengrens, bewaard als het getal</translation>
        </message>
        <message>
            <source>'{detail}' in {field} is a lower bound, kept as the number</source>
            <translation>'{detail}' in {field} is een ondergrens, bewaard als het getal</translation>
        </message>
        <message>
            <source>'{detail}' in {field} is approximate, kept as the number</source>
            <translation>'{detail}' in {field} is bij benadering, bewaard als het getal</translation>
        </message>
        <message>
            <source>decimal comma in {field} ('{detail}')</source>
            <translation>decimale komma in {field} ('{detail}')</translation>
        </message>
        <message>
            <source>thousands separators in {field} ('{detail}')</source>
            <translation>duizendtalscheidingstekens in {field} ('{detail}')</translation>
        </message>
        <message>
            <source>number stored as text in {field}</source>
            <translation>getal als tekst opgeslagen in {field}</translation>
        </message>
        <message>
            <source>unit removed from {field} ('{detail}')</source>
            <translation>eenheid verwijderd uit {field} ('{detail}')</translation>
        </message>
        <message>
            <source>'{detail}' in {field} has another unit: left empty</source>
            <translation>'{detail}' in {field} heeft een andere eenheid: leeg gelaten</translation>
        </message>
        <message>
            <source>'{detail}' in {field} is not a number: left empty</source>
            <translation>'{detail}' in {field} is geen getal: leeg gelaten</translation>
        </message>
        <message>
            <source>implausible value '{detail}' in {field}: left empty</source>
            <translation>onwaarschijnlijke waarde '{detail}' in {field}: leeg gelaten</translation>
        </message>
        <message>
            <source>screen top and bottom swapped ({field})</source>
            <translation>boven- en onderkant filter verwisseld ({field})</translation>
        </message>
        <message>
            <source>volume_m3 = yearly volume / {detail} wells of the system [assumption]</source>
            <translation>volume_m3 = jaarvolume / {detail} bronnen van het systeem [aanname]</translation>
        </message>
        <message>
            <source>fewer than 2 wells of the system listed: a doublet assumed</source>
            <translation>minder dan 2 bronnen van het systeem vermeld: een doublet aangenomen</translation>
        </message>
        <message>
            <source>volume_m3 from the design's maximum yearly warm / cold quantity / its warm / cold wells</source>
            <translation>volume_m3 uit de maximale jaarhoeveelheid warm / koud van het ontwerp / de warme / koude bronnen</translation>
        </message>
        <message>
            <source>yearly volume from {detail} [assumption]</source>
            <translation>jaarvolume uit {detail} [aanname]</translation>
        </message>
        <message>
            <source>temperature from the well code '{detail}'</source>
            <translation>temperatuur uit de broncode '{detail}'</translation>
        </message>
        <message>
            <source>well code '{detail}' not recognised</source>
            <translation>broncode '{detail}' niet herkend</translation>
        </message>
        <message>
            <source>'{detail}' in {field} is not warm or koud: left empty</source>
            <translation>'{detail}' in {field} is niet warm of koud: leeg gelaten</translation>
        </message>
        <message>
            <source>well code '{detail}' disagrees with the temperature field; the field is kept</source>
            <translation>broncode '{detail}' spreekt het temperatuurveld tegen; het veld is aangehouden</translation>
        </message>
        <message>
            <source>mono well '{detail}' split into a warm and a cold well</source>
            <translation>monobron '{detail}' gesplitst in een warme en een koude bron</translation>
        </message>
        <message>
            <source>mono well: screen range split in halves, warm upper, cold lower [assumption]</source>
            <translation>monobron: filtertraject in twee helften gesplitst, warm boven, koud onder [aanname]</translation>
        </message>
        <message>
            <source>mono well without screens: both wells at unknown depth</source>
            <translation>monobron zonder filters: beide bronnen op onbekende diepte</translation>
        </message>
        <message>
            <source>one screen of a mono well ('{detail}')</source>
            <translation>één filter van een monobron ('{detail}')</translation>
        </message>
        <message>
            <source>{detail} identical records of this well merged</source>
            <translation>{detail} gelijke records van deze bron samengevoegd</translation>
        </message>
        <message>
            <source>location shared with {detail} other system(s)</source>
            <translation>locatie gedeeld met {detail} ander(e) systeem/systemen</translation>
        </message>
        <message>
            <source>no volume: the algorithms skip this well</source>
            <translation>geen volume: de algoritmen slaan deze bron over</translation>
        </message>
        <message>
            <source>no system id</source>
            <translation>geen systeem-id</translation>
        </message>
        <message>
            <source>temperature unknown: the distance rules skip this well</source>
            <translation>temperatuur onbekend: de afstandsregels slaan deze bron over</translation>
        </message>
        <message>
            <source>text read as {detail}</source>
            <translation>tekst gelezen als {detail}</translation>
        </message>
        <message>
            <source>location from the coordinate fields ({detail})</source>
            <translation>locatie uit de coördinaatvelden ({detail})</translation>
        </message>
        <message>
            <source>location: a point on the feature's surface</source>
            <translation>locatie: een punt op het vlak van het object</translation>
        </message>
        <message>
            <source>location of the installation (the well's own is not public)</source>
            <translation>locatie van de installatie (die van de bron zelf is niet openbaar)</translation>
        </message>
        <message>
            <source>{detail} screens: top of the first to bottom of the last</source>
            <translation>{detail} filters: bovenkant van het eerste tot onderkant van het laatste</translation>
        </message>
        <message>
            <source>capacity is the system's maximum per hour</source>
            <translation>debiet is het maximum per uur van het systeem</translation>
        </message>
        <message>
            <source>loop top at the surface [assumption]</source>
            <translation>bovenkant bodemlus op maaiveld [aanname]</translation>
        </message>
        <message>
            <source>location: centre of the loop's line or area</source>
            <translation>locatie: midden van de lijn of het vlak van de bodemlus</translation>
        </message>
        <message>
            <source>design wells left out: the system has realised wells</source>
            <translation>ontwerpbronnen weggelaten: het systeem heeft gerealiseerde bronnen</translation>
        </message>
        <message>
            <source>not a well ('{detail}')</source>
            <translation>geen bron ('{detail}')</translation>
        </message>
        <message>
            <source>outside the Netherlands (the area of RD New)</source>
            <translation>buiten Nederland (het gebied van RD New)</translation>
        </message>
        <message>
            <source>no location</source>
            <translation>geen locatie</translation>
        </message>
        <message>
            <source>out of use ('{detail}')</source>
            <translation>buiten gebruik ('{detail}')</translation>
        </message>
        <message>
            <source>installation is not a soil-energy system ('{detail}')</source>
            <translation>installatie is geen bodemenergiesysteem ('{detail}')</translation>
        </message>
        <message>
            <source>design wells of an ended licence</source>
            <translation>ontwerpbronnen van een beëindigd recht</translation>
        </message>
        <message>
            <source>repaired</source>
            <translation>hersteld</translation>
        </message>
        <message>
            <source>assumed</source>
            <translation>aangenomen</translation>
        </message>
        <message>
            <source>rejected</source>
            <translation>afgewezen</translation>
        </message>
        <message>
            <source>merged</source>
            <translation>samengevoegd</translation>
        </message>
        <message>
            <source>note</source>
            <translation>opmerking</translation>
        </message>
        <message>
            <source>'{name}' is not a readable XML document ({reason}).</source>
            <translation>'{name}' is geen leesbaar XML-document ({reason}).</translation>
        </message>
        <message>
            <source>'{name}' is not a BRO GUF document: its root element is &lt;{root}&gt; (a GUF dispatch document holds GUF_PO or GUF_PPO objects, usually in a dispatchDataResponse).{reason}</source>
            <translation>'{name}' is geen BRO GUF-document: het hoofdelement is &lt;{root}&gt; (een GUF-uitgiftedocument bevat GUF_PO- of GUF_PPO-objecten, meestal in een dispatchDataResponse).{reason}</translation>
        </message>
        <message>
            <source>Schema: BRO GUF; {n} document(s) read from {path}.</source>
            <translation>Schema: BRO GUF; {n} document(en) gelezen uit {path}.</translation>
        </message>
        <message>
            <source>Skipped '{name}': not a BRO GUF document (root element &lt;{root}&gt;).</source>
            <translation>'{name}' overgeslagen: geen BRO GUF-document (hoofdelement &lt;{root}&gt;).</translation>
        </message>
        <message>
            <source>code page from the .cpg file</source>
            <translation>codetabel uit het .cpg-bestand</translation>
        </message>
        <message>
            <source>code page from the .cst file</source>
            <translation>codetabel uit het .cst-bestand</translation>
        </message>
        <message>
            <source>code page from the .dbf header</source>
            <translation>codetabel uit de kop van het .dbf-bestand</translation>
        </message>
        <message>
            <source>detected</source>
            <translation>herkend</translation>
        </message>
        <message>
            <source>Shapefile text read as {}.</source>
            <translation>Tekst van de shapefile gelezen als {}.</translation>
        </message>
        <message>
            <source>Schema BRO GUF reads XML documents: give them as 'BRO GUF documents' or 'Folder of BRO GUF documents', not as a layer.</source>
            <translation>Schema BRO GUF leest XML-documenten: geef ze op als 'BRO GUF-documenten' of 'Map met BRO GUF-documenten', niet als laag.</translation>
        </message>
        <message>
            <source>no known register; the field mapping</source>
            <translation>geen bekend register; de veldkoppeling</translation>
        </message>
        <message>
            <source>detected from the fields {}</source>
            <translation>herkend aan de velden {}</translation>
        </message>
        <message>
            <source>chosen</source>
            <translation>gekozen</translation>
        </message>
        <message>
            <source>No known register schema in this layer and no field mapping. Fields found: {fields}. Choose the schema, or set the field-mapping parameters (at least one of MAP_SYSTEM, MAP_WELL_ID, MAP_WELL_CODE, MAP_TEMPERATURE, MAP_VOLUME_SEASON, MAP_VOLUME_YEAR; also MAP_CAPACITY, MAP_SCREEN_TOP, MAP_SCREEN_BOTTOM, MAP_AQUIFER, MAP_STATUS, MAP_SOURCE_ID, MAP_X, MAP_Y).</source>
            <translation>Geen bekend registerschema in deze laag en geen veldkoppeling. Gevonden velden: {fields}. Kies het schema, of vul de parameters van de veldkoppeling in (ten minste een van MAP_SYSTEM, MAP_WELL_ID, MAP_WELL_CODE, MAP_TEMPERATURE, MAP_VOLUME_SEASON, MAP_VOLUME_YEAR; verder MAP_CAPACITY, MAP_SCREEN_TOP, MAP_SCREEN_BOTTOM, MAP_AQUIFER, MAP_STATUS, MAP_SOURCE_ID, MAP_X, MAP_Y).</translation>
        </message>
        <message>
            <source>provincial permit layer</source>
            <translation>provinciale vergunningenlaag</translation>
        </message>
        <message>
            <source>custom</source>
            <translation>eigen indeling</translation>
        </message>
        <message>
            <source>Schema: {schema} ({how}).</source>
            <translation>Schema: {schema} ({how}).</translation>
        </message>
        <message>
            <source>Mapping: {}.</source>
            <translation>Koppeling: {}.</translation>
        </message>
        <message>
            <source>Locations of rows without geometry from the fields {x} / {y} in {crs}.</source>
            <translation>Locaties van rijen zonder geometrie uit de velden {x} / {y} in {crs}.</translation>
        </message>
        <message>
            <source>The layer has no CRS: its coordinates are read as {}.</source>
            <translation>De laag heeft geen CRS: de coördinaten worden gelezen als {}.</translation>
        </message>
        <message>
            <source>Locations transformed from {} to RD New.</source>
            <translation>Locaties omgezet van {} naar RD New.</translation>
        </message>
        <message>
            <source>{count} × {action}: {text}</source>
            <translation>{count} × {action}: {text}</translation>
        </message>
        <message>
            <source>(ids: {ids}{more})</source>
            <translation>(id's: {ids}{more})</translation>
        </message>
        <message>
            <source>'{}' does not exist.</source>
            <translation>'{}' bestaat niet.</translation>
        </message>
        <message>
            <source>Choose a register layer (INPUT) or BRO GUF documents (GUF or GUF_FOLDER).</source>
            <translation>Kies een registerlaag (INPUT) of BRO GUF-documenten (GUF of GUF_FOLDER).</translation>
        </message>
        <message>
            <source>No well could be imported ({kinds}): check the schema, the field mapping and the status filter.</source>
            <translation>Er kon geen bron worden ingelezen ({kinds}): controleer het schema, de veldkoppeling en het statusfilter.</translation>
        </message>
        <message>
            <source>no rows</source>
            <translation>geen rijen</translation>
        </message>
        <message>
            <source>{n} closed loop(s) read but not written: set the output 'Closed loops'.</source>
            <translation>{n} gesloten bodemlus(sen) gelezen maar niet geschreven: stel de uitvoer 'Gesloten bodemlussen' in.</translation>
        </message>
        <message>
            <source>{n} well(s) written, {c} closed loop(s), {r} row(s) rejected or merged.</source>
            <translation>{n} bron(nen) geschreven, {c} gesloten bodemlus(sen), {r} rij(en) afgewezen of samengevoegd.</translation>
        </message>
    </context>
    <context>
        <name>InterferenceAreas</name>
        <message>
            <source>Candidate interference areas</source>
            <translation>Kandidaat-interferentiegebieden</translation>
        </message>
        <message>
            <source>Proposes interferentiegebieden where the aquifer is busy.</source>
            <translation>Stelt interferentiegebieden voor waar het watervoerend pakket druk is.</translation>
        </message>
        <message>
            <source>Wells</source>
            <translation>Bronnen</translation>
        </message>
        <message>
            <source>Point layer of soil-energy wells (one point per well).</source>
            <translation>Puntenlaag met bodemenergiebronnen (één punt per bron).</translation>
        </message>
        <message>
            <source>Study area</source>
            <translation>Studiegebied</translation>
        </message>
        <message>
            <source>Optional polygons: the grid covers them and the candidates are clipped to them. Without it the grid covers the wells.</source>
            <translation>Optionele polygonen: het raster bedekt ze en de kandidaten worden ertoe bijgesneden. Zonder studiegebied bedekt het raster de bronnen.</translation>
        </message>
        <message>
            <source>Cell size (m)</source>
            <translation>Celgrootte (m)</translation>
        </message>
        <message>
            <source>Side of the square grid cells; default 250 m [assumption].</source>
            <translation>Zijde van de vierkante rastercellen; standaard 250 m [aanname].</translation>
        </message>
        <message>
            <source>Window radius (m)</source>
            <translation>Vensterstraal (m)</translation>
        </message>
        <message>
            <source>Each cell's metrics count the wells within this distance of the cell centre; default 500 m [assumption].</source>
            <translation>De kengetallen van een cel tellen de bronnen binnen deze afstand van het celmiddelpunt; standaard 500 m [aanname].</translation>
        </message>
        <message>
            <source>Aquifer thickness H (m)</source>
            <translation>Dikte watervoerend pakket H (m)</translation>
        </message>
        <message>
            <source>Minimum well density (wells per km²)</source>
            <translation>Minimale brondichtheid (bronnen per km²)</translation>
        </message>
        <message>
            <source>Criterion: wells per km² within the window. Default 10 (the Den Haag centre has 17) [assumption]; 0 = not used.</source>
            <translation>Criterium: bronnen per km² binnen het venster. Standaard 10 (het centrum van Den Haag heeft er 17) [aanname]; 0 = niet gebruikt.</translation>
        </message>
        <message>
            <source>Minimum aquifer use fraction</source>
            <translation>Minimaal aquifergebruik (fractie)</translation>
        </message>
        <message>
            <source>Criterion: Σ V / (A n H) within the window. Default 0.05 (the Den Haag centre uses about 0.08) [assumption]; 0 = not used.</source>
            <translation>Criterium: Σ V / (A n H) binnen het venster. Standaard 0,05 (het centrum van Den Haag gebruikt ongeveer 0,08) [aanname]; 0 = niet gebruikt.</translation>
        </message>
        <message>
            <source>Smoothing distance (m)</source>
            <translation>Afvlakafstand (m)</translation>
        </message>
        <message>
            <source>Candidate cells are buffered out and back in by this distance, which merges cells up to twice this distance apart; default 100 m [assumption]; 0 = no smoothing.</source>
            <translation>Kandidaatcellen worden met deze afstand naar buiten en weer naar binnen gebufferd, wat cellen tot tweemaal deze afstand uit elkaar samenvoegt; standaard 100 m [aanname]; 0 = niet afvlakken.</translation>
        </message>
        <message>
            <source>Minimum area (ha)</source>
            <translation>Minimale oppervlakte (ha)</translation>
        </message>
        <message>
            <source>Candidate areas smaller than this are dropped; default 5 ha [assumption].</source>
            <translation>Kandidaatgebieden kleiner dan dit vervallen; standaard 5 ha [aanname].</translation>
        </message>
        <message>
            <source>Minimum number of conflicts</source>
            <translation>Minimaal aantal conflicten</translation>
        </message>
        <message>
            <source>Criterion: distance-rule conflicts within the window. Default 0 = not used; when set, the system and temperature fields are needed.</source>
            <translation>Criterium: conflicten met de afstandsregels binnen het venster. Standaard 0 = niet gebruikt; indien ingesteld zijn het systeem- en het temperatuurveld nodig.</translation>
        </message>
        <message>
            <source>Combine the criteria</source>
            <translation>Criteria combineren</translation>
        </message>
        <message>
            <source>any (one criterion is enough)</source>
            <translation>een (één criterium is genoeg)</translation>
        </message>
        <message>
            <source>all (every criterion in use)</source>
            <translation>alle (elk gebruikt criterium)</translation>
        </message>
        <message>
            <source>0 = a cell is a candidate when it passes any criterion in use; 1 = when it passes all of them.</source>
            <translation>0 = een cel is kandidaat als zij aan een van de gebruikte criteria voldoet; 1 = als zij aan alle voldoet.</translation>
        </message>
        <message>
            <source>Aquifer use grid</source>
            <translation>Raster aquifergebruik</translation>
        </message>
        <message>
            <source>Optional: the grid cells (with at least one well in their window) with the window metrics, candidate (1/0) and criteria.</source>
            <translation>Optioneel: de rastercellen (met ten minste één bron in hun venster) met de vensterkengetallen, candidate (1/0) en criteria.</translation>
        </message>
        <message>
            <source>Number of candidate areas</source>
            <translation>Aantal kandidaatgebieden</translation>
        </message>
        <message>
            <source>The conflicts criterion (MIN_CONFLICTS &gt; 0) needs the system id field and the temperature field.</source>
            <translation>Het conflictcriterium (MIN_CONFLICTS &gt; 0) vereist het systeem-id-veld en het temperatuurveld.</translation>
        </message>
        <message>
            <source>Every criterion is switched off (0): set a minimum well density, aquifer use fraction or number of conflicts.</source>
            <translation>Elk criterium staat uit (0): stel een minimale brondichtheid, een minimaal aquifergebruik of een minimaal aantal conflicten in.</translation>
        </message>
        <message>
            <source>Distances are computed in {crs}.</source>
            <translation>Afstanden worden berekend in {crs}.</translation>
        </message>
        <message>
            <source>No well could be read from the input layer (empty layer, or every well was skipped: see the warnings).</source>
            <translation>Er kon geen enkele bron uit de invoerlaag worden gelezen (lege laag, of elke bron is overgeslagen: zie de waarschuwingen).</translation>
        </message>
        <message>
            <source>{n} well(s) without a usable temperature or system are counted for density and use, but not for conflicts.</source>
            <translation>{n} bron(nen) zonder bruikbare temperatuur of systeem tellen mee voor dichtheid en gebruik, maar niet voor conflicten.</translation>
        </message>
        <message>
            <source>{n} distance-rule conflicts.</source>
            <translation>{n} conflicten met de afstandsregels.</translation>
        </message>
        <message>
            <source>study area feature without a usable polygon</source>
            <translation>object van het studiegebied zonder bruikbare polygoon</translation>
        </message>
        <message>
            <source>The study area layer has no usable polygon.</source>
            <translation>De laag van het studiegebied heeft geen bruikbare polygoon.</translation>
        </message>
        <message>
            <source>The grid would have {n:,.0f} cells: choose a larger cell size or a smaller study area.</source>
            <translation>Het raster zou {n:,.0f} cellen krijgen: kies een grotere celgrootte of een kleiner studiegebied.</translation>
        </message>
        <message>
            <source>{n} grid cells of {c:g} m.</source>
            <translation>{n} rastercellen van {c:g} m.</translation>
        </message>
        <message>
            <source>{n} candidate interference area(s) from {c} candidate cells.</source>
            <translation>{n} kandidaat-interferentiegebied(en) uit {c} kandidaatcellen.</translation>
        </message>
        <message>
            <source>&lt;p&gt;Proposes candidate interference areas (interferentiegebieden, to be designated by the municipality in the omgevingsplan) from how busy the aquifer is. The criterion is the municipality's own (Bodem+ / InfoMil); the criteria offered here are parameters [assumption].&lt;/p&gt;&lt;p&gt;&lt;b&gt;Method&lt;/b&gt;: a grid of square cells covers the study area (or the wells). For each cell the wells within the window radius of the cell centre are counted, so that a lone system never makes a candidate while a busy block does:&lt;br&gt;well density = wells / window area (per km²);&lt;br&gt;aquifer use fraction = Σ V / (A · n · H) (SKB &lt;i&gt;Meer met Bodemenergie&lt;/i&gt; report 7: the Den Haag centre has about 17 wells per km² and about 8 % of the first aquifer in use), with V the volume per well per season, A the window area, n the porosity and H the aquifer thickness;&lt;br&gt;conflicts = distance-rule conflicts (as &lt;i&gt;Well conflicts&lt;/i&gt;) whose midpoint lies in the window (needs the system and temperature fields).&lt;br&gt;Cells passing any (or all) of the criteria are merged, smoothed (buffer out and back in by the smoothing distance, which merges cells up to twice that distance apart), clipped to the study area; areas smaller than the minimum area are dropped.&lt;/p&gt;&lt;p&gt;The metrics of each candidate area are computed over the wells inside it; &lt;i&gt;criteria&lt;/i&gt; lists which criteria its cells passed. The optional grid output holds the cells with at least one well in their window, for a map of aquifer use.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Per aquifer&lt;/b&gt;: the use is computed per aquifer, because the volumes of two aquifers do not share one thickness (the Den Haag centre has its systems in the first aquifer, about 18-60 m, and since 2008 new ones only in the second and third). The aquifers are depth intervals with a name (Den Haag's first and second aquifer by default); each well counts in the aquifer its screen lies in, and a screen spanning two counts in both by the length inside each (a screen of 40-80 m with aquifers 18-60 and 70-150 m: 2/3 and 1/3 of its volume). An aquifer field (optional; a field named 'aquifer' is used when present) puts a well wholly in the aquifer its code names. A well without depth or code counts in every aquifer [assumption: the conservative choice], a screen in none of them in none (both with a counted warning). Use, well density and conflicts are computed per aquifer (conflicts only between wells of one aquifer) and the criteria use the busiest aquifer: usage_fraction and density_km2 are the largest over the aquifers, busiest_aquifer names the aquifer of the largest use, and the fields usage_, density_ and conflicts_ followed by the aquifer's name hold the values of each. With the aquifers list empty all wells share one aquifer of the given thickness.&lt;/p&gt;&lt;p&gt;Defaults: cell 250 m, window 500 m, at least 10 wells per km² or 5 % aquifer use [assumptions, below the Den Haag centre's figures], aquifers 18-60 m (Den Haag's first aquifer, SKB report 7) and 70-150 m [assumption], porosity 0.30.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Stelt kandidaat-interferentiegebieden voor (door de gemeente in het omgevingsplan aan te wijzen) op basis van hoe druk het watervoerend pakket is. Het criterium is aan de gemeente zelf (Bodem+ / InfoMil); de criteria die hier worden aangeboden zijn parameters [aanname].&lt;/p&gt;&lt;p&gt;&lt;b&gt;Methode&lt;/b&gt;: een raster van vierkante cellen bedekt het studiegebied (of de bronnen). Per cel worden de bronnen binnen de vensterstraal rond het celmiddelpunt geteld, zodat één los systeem nooit een kandidaat oplevert en een druk blok wel:&lt;br&gt;brondichtheid = bronnen / oppervlakte van het venster (per km²);&lt;br&gt;aquifergebruik = Σ V / (A · n · H) (SKB &lt;i&gt;Meer met Bodemenergie&lt;/i&gt; rapport 7: het centrum van Den Haag heeft ongeveer 17 bronnen per km² en ongeveer 8 % van het eerste watervoerend pakket in gebruik), met V het volume per bron per seizoen, A de oppervlakte van het venster, n de porositeit en H de dikte van het pakket;&lt;br&gt;conflicten = conflicten met de afstandsregels (zoals &lt;i&gt;Bronconflicten&lt;/i&gt;) waarvan het middelpunt in het venster ligt (vereist het systeem- en het temperatuurveld).&lt;br&gt;Cellen die aan een (of alle) criteria voldoen worden samengevoegd, afgevlakt (buffer naar buiten en weer naar binnen met de afvlakafstand, wat cellen tot tweemaal die afstand uit elkaar samenvoegt) en bijgesneden tot het studiegebied; gebieden kleiner dan de minimale oppervlakte vervallen.&lt;/p&gt;&lt;p&gt;De kengetallen van elk kandidaatgebied worden berekend over de bronnen erin; &lt;i&gt;criteria&lt;/i&gt; noemt de criteria waaraan de cellen voldeden. De optionele rasteruitvoer bevat de cellen met ten minste één bron in hun venster, voor een kaart van het aquifergebruik.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Per watervoerend pakket&lt;/b&gt;: het gebruik wordt per pakket berekend, omdat de volumes van twee pakketten niet één dikte delen (in het centrum van Den Haag staan de systemen in het eerste watervoerend pakket, ongeveer 18-60 m, en sinds 2008 komen nieuwe alleen in het tweede en derde). De pakketten zijn diepte-intervallen met een naam (standaard het eerste en tweede watervoerend pakket van Den Haag); elke bron telt in het pakket waarin zijn filter staat, en een filter dat twee pakketten beslaat telt in beide naar de lengte in elk (een filter van 40-80 m bij pakketten van 18-60 en 70-150 m: 2/3 en 1/3 van zijn volume). Een pakketveld (optioneel; een veld met de naam 'aquifer' wordt gebruikt als het er is) plaatst een bron geheel in het pakket dat zijn code aanwijst. Een bron zonder diepte of code telt in elk pakket [aanname: de voorzichtige keuze], een filter in geen van de pakketten in geen enkel (beide met een getelde waarschuwing). Gebruik, brondichtheid en conflicten worden per pakket berekend (conflicten alleen tussen bronnen in één pakket) en de criteria gebruiken het drukste pakket: usage_fraction en density_km2 zijn de grootste over de pakketten, busiest_aquifer noemt het pakket met het grootste gebruik, en de velden usage_, density_ en conflicts_ gevolgd door de naam van het pakket bevatten de waarden van elk. Met een lege lijst van pakketten delen alle bronnen één pakket met de opgegeven dikte.&lt;/p&gt;&lt;p&gt;Standaardwaarden: cel 250 m, venster 500 m, ten minste 10 bronnen per km² of 5 % aquifergebruik [aannames, onder de cijfers van het centrum van Den Haag], pakketten op 18-60 m (het eerste watervoerend pakket van Den Haag, SKB rapport 7) en 70-150 m [aanname], porositeit 0,30.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Thickness of the one aquifer used for the aquifer use fraction when the aquifers list is empty; default 40 m (Den Haag's first aquifer, SKB report 7).</source>
            <translation>Dikte van het ene watervoerend pakket voor het aquifergebruik als de lijst van pakketten leeg is; standaard 40 m (het eerste watervoerend pakket van Den Haag, SKB rapport 7).</translation>
        </message>
        <message>
            <source>Candidate areas with n_wells, n_systems, density_km2, usage_fraction, n_conflicts (over the wells inside), area_ha and criteria; with aquifers also busiest_aquifer and usage_, density_ and conflicts_ per aquifer.</source>
            <translation>Kandidaatgebieden met n_wells, n_systems, density_km2, usage_fraction, n_conflicts (over de bronnen erin), area_ha en criteria; met pakketten ook busiest_aquifer en usage_, density_ en conflicts_ per pakket.</translation>
        </message>
        <message>
            <source>Aquifers: {}.</source>
            <translation>Watervoerende pakketten: {}.</translation>
        </message>
        <message>
            <source>{n} pair(s) within the required distance are in different aquifers: no conflict.</source>
            <translation>{n} paar/paren binnen de vereiste afstand liggen in verschillende watervoerende pakketten: geen conflict.</translation>
        </message>
        <message>
            <source>{n} well(s) without a screen depth (field(s) {fields}) or aquifer code count in every aquifer.</source>
            <translation>{n} bron(nen) zonder filterdiepte (veld(en) {fields}) of pakketcode tellen in elk watervoerend pakket.</translation>
        </message>
        <message>
            <source>{n} well(s) have a screen in none of the aquifers: not counted in the aquifer use.</source>
            <translation>{n} bron(nen) hebben een filter in geen van de watervoerende pakketten: niet meegeteld in het aquifergebruik.</translation>
        </message>
        <message>
            <source>Aquifer code(s) in field '{field}' that name none of the aquifers (the screen depth is used instead): {codes}.</source>
            <translation>Pakketcode(s) in veld '{field}' die geen van de watervoerende pakketten aanwijzen (de filterdiepte wordt gebruikt): {codes}.</translation>
        </message>
    </context>
    <context>
        <name>QuayPotential</name>
        <message>
            <source>Heat potential of quay walls (TEO)</source>
            <translation>Warmtepotentieel van kademuren (TEO)</translation>
        </message>
        <message>
            <source>Cuts quays into segments, gives each the nearest water and computes the heat it can supply, the demand nearby and a ranking.</source>
            <translation>Knipt kades in segmenten, geeft elk segment het dichtstbijzijnde water en berekent de warmte die het kan leveren, de vraag in de buurt en een rangorde.</translation>
        </message>
        <message>
            <source>Quay walls</source>
            <translation>Kademuren</translation>
        </message>
        <message>
            <source>Quay walls as lines, or as polygons (BGT scheiding with bgt_type 'kademuur'; their water-facing edges are used).</source>
            <translation>Kademuren als lijnen, of als polygonen (BGT scheiding met bgt_type 'kademuur'; hun randen aan de waterkant worden gebruikt).</translation>
        </message>
        <message>
            <source>Quay id field</source>
            <translation>Veld kade-id</translation>
        </message>
        <message>
            <source>Optional field copied to quay_id; without it the feature id is used.</source>
            <translation>Optioneel veld dat naar quay_id wordt gekopieerd; zonder dit veld wordt het object-id gebruikt.</translation>
        </message>
        <message>
            <source>Renovation year field</source>
            <translation>Veld renovatiejaar</translation>
        </message>
        <message>
            <source>Optional field with the year the quay is renovated, copied to renovation_year.</source>
            <translation>Optioneel veld met het jaar waarin de kade wordt gerenoveerd, gekopieerd naar renovation_year.</translation>
        </message>
        <message>
            <source>Water</source>
            <translation>Water</translation>
        </message>
        <message>
            <source>Water polygons (BGT waterdeel).</source>
            <translation>Waterpolygonen (BGT waterdeel).</translation>
        </message>
        <message>
            <source>Flow field (m³/s)</source>
            <translation>Debietveld (m³/s)</translation>
        </message>
        <message>
            <source>Optional numeric field with the flow of a water body in m³/s; bodies with an empty or zero flow (and all bodies without this field) are still water. A negative flow, text or a flow above 10,000 m³/s (implausible as an average flow; the Rhine averages about 2,200 m³/s) is not used: that body is treated as still water, with a counted warning.</source>
            <translation>Optioneel numeriek veld met het debiet van een waterlichaam in m³/s; water met een leeg of nul debiet (en al het water zonder dit veld) is stilstaand water. Een negatief debiet, tekst of een debiet boven 10.000 m³/s (onaannemelijk als gemiddeld debiet; de Rijn voert gemiddeld ongeveer 2.200 m³/s af) wordt niet gebruikt: dat water wordt als stilstaand water behandeld, met een waarschuwing met het aantal.</translation>
        </message>
        <message>
            <source>Segment length (m)</source>
            <translation>Segmentlengte (m)</translation>
        </message>
        <message>
            <source>Quays are cut into equal pieces of about this length (default 100 m [assumption]).</source>
            <translation>Kades worden geknipt in gelijke stukken van ongeveer deze lengte (standaard 100 m [aanname]).</translation>
        </message>
        <message>
            <source>Maximum reach (m)</source>
            <translation>Maximaal bereik (m)</translation>
        </message>
        <message>
            <source>Water farther than this from every quay segment is not assigned (default 150 m [assumption]).</source>
            <translation>Water dat verder dan dit van elk kadesegment ligt, wordt niet toegewezen (standaard 150 m [aanname]).</translation>
        </message>
        <message>
            <source>Yield of still water (GJ/m²/yr)</source>
            <translation>Opbrengst van stilstaand water (GJ/m²/jaar)</translation>
        </message>
        <message>
            <source>Heat harvested per m² of still water per year (default 0.5 [assumption]; the sun puts about 1.1 GJ/m²/yr into a lake; plausible 0.3-1.5).</source>
            <translation>Geoogste warmte per m² stilstaand water per jaar (standaard 0,5 [aanname]; de zon brengt ongeveer 1,1 GJ/m²/jaar in een meer; aannemelijk 0,3-1,5).</translation>
        </message>
        <message>
            <source>Cooling of flowing water (K)</source>
            <translation>Afkoeling van stromend water (K)</translation>
        </message>
        <message>
            <source>Maximum cooling of flowing water (default 4 K, PyPSA-Eur).</source>
            <translation>Maximale afkoeling van stromend water (standaard 4 K, PyPSA-Eur).</translation>
        </message>
        <message>
            <source>Full-load hours (h/yr)</source>
            <translation>Vollasturen (u/jaar)</translation>
        </message>
        <message>
            <source>COP of the heat pump</source>
            <translation>COP van de warmtepomp</translation>
        </message>
        <message>
            <source>Coefficient of performance of the water-source heat pump (default 4; aquathermie.nl gives 3-5).</source>
            <translation>Prestatiecoëfficiënt van de water-warmtepomp (standaard 4; aquathermie.nl noemt 3-5).</translation>
        </message>
        <message>
            <source>GJ per home-equivalent</source>
            <translation>GJ per woningequivalent</translation>
        </message>
        <message>
            <source>Heat demand</source>
            <translation>Warmtevraag</translation>
        </message>
        <message>
            <source>Optional buildings or areas (points or polygons) with a heat demand.</source>
            <translation>Optionele gebouwen of gebieden (punten of polygonen) met een warmtevraag.</translation>
        </message>
        <message>
            <source>Demand field (GJ/yr)</source>
            <translation>Vraagveld (GJ/jaar)</translation>
        </message>
        <message>
            <source>Numeric field with the heat demand in GJ/yr (takes precedence over the homes field).</source>
            <translation>Numeriek veld met de warmtevraag in GJ/jaar (gaat voor op het woningenveld).</translation>
        </message>
        <message>
            <source>Homes field</source>
            <translation>Woningenveld</translation>
        </message>
        <message>
            <source>Numeric field with a number of homes; demand = homes × GJ per home.</source>
            <translation>Numeriek veld met een aantal woningen; vraag = woningen × GJ per woning.</translation>
        </message>
        <message>
            <source>Demand distance (m)</source>
            <translation>Vraagafstand (m)</translation>
        </message>
        <message>
            <source>Demand within this distance of a segment counts for it (default 500 m [assumption]; small aquathermal projects reach a few hundred metres).</source>
            <translation>Vraag binnen deze afstand van een segment telt voor dat segment (standaard 500 m [aanname]; kleine aquathermieprojecten reiken een paar honderd meter).</translation>
        </message>
        <message>
            <source>Point spacing of the allocation (m)</source>
            <translation>Puntafstand van de toewijzing (m)</translation>
        </message>
        <message>
            <source>Segments are approximated by points at most this far apart to find the nearest segment (default 5 m). Smaller is more exact and slower.</source>
            <translation>Segmenten worden benaderd door punten die hooguit zo ver uit elkaar liggen om het dichtstbijzijnde segment te vinden (standaard 5 m). Kleiner is nauwkeuriger en trager.</translation>
        </message>
        <message>
            <source>Touch tolerance of quay polygons (m)</source>
            <translation>Raaktolerantie van kadepolygonen (m)</translation>
        </message>
        <message>
            <source>An edge of a quay polygon within this distance of water, with the water on its outer side, is a quay line (default 1 m [assumption]).</source>
            <translation>Een rand van een kadepolygoon binnen deze afstand van water, met het water aan de buitenkant, is een kadelijn (standaard 1 m [aanname]).</translation>
        </message>
        <message>
            <source>Heat capacity of water (MJ/m³K)</source>
            <translation>Warmtecapaciteit van water (MJ/m³K)</translation>
        </message>
        <message>
            <source>Volumetric heat capacity of water (4.18 MJ/m³K).</source>
            <translation>Volumetrische warmtecapaciteit van water (4,18 MJ/m³K).</translation>
        </message>
        <message>
            <source>Quay segments</source>
            <translation>Kadesegmenten</translation>
        </message>
        <message>
            <source>Segments with seg_id, quay_id, length_m, water_area_m2, source_gj, delivered_gj, electricity_gj, homes, demand_gj, matched_gj, demand_share_gj, matched_share_gj, renovation_year and rank.</source>
            <translation>Segmenten met seg_id, quay_id, length_m, water_area_m2, source_gj, delivered_gj, electricity_gj, homes, demand_gj, matched_gj, demand_share_gj, matched_share_gj, renovation_year en rank.</translation>
        </message>
        <message>
            <source>Water per segment</source>
            <translation>Water per segment</translation>
        </message>
        <message>
            <source>Optional: the water assigned to each segment (same seg_id).</source>
            <translation>Optioneel: het water dat aan elk segment is toegewezen (zelfde seg_id).</translation>
        </message>
        <message>
            <source>Total heat from the water (GJ/yr)</source>
            <translation>Totale warmte uit het water (GJ/jaar)</translation>
        </message>
        <message>
            <source>Total delivered heat (GJ/yr)</source>
            <translation>Totale geleverde warmte (GJ/jaar)</translation>
        </message>
        <message>
            <source>Total home-equivalents</source>
            <translation>Totaal aantal woningequivalenten</translation>
        </message>
        <message>
            <source>Total demand near the quays, each feature once (GJ/yr)</source>
            <translation>Totale vraag bij de kades, elk object één keer (GJ/jaar)</translation>
        </message>
        <message>
            <source>Total matched heat, no demand counted twice (GJ/yr)</source>
            <translation>Totale gematchte warmte, geen vraag dubbel geteld (GJ/jaar)</translation>
        </message>
        <message>
            <source>Number of segments</source>
            <translation>Aantal segmenten</translation>
        </message>
        <message>
            <source>Distances are computed in {crs}.</source>
            <translation>Afstanden worden berekend in {crs}.</translation>
        </message>
        <message>
            <source>Reading quays...</source>
            <translation>Kades lezen...</translation>
        </message>
        <message>
            <source>quay without a usable geometry</source>
            <translation>kade zonder bruikbare geometrie</translation>
        </message>
        <message>
            <source>The quay layer has no usable line or polygon geometry.</source>
            <translation>De kadelaag heeft geen bruikbare lijn- of polygoongeometrie.</translation>
        </message>
        <message>
            <source>Reading water...</source>
            <translation>Water lezen...</translation>
        </message>
        <message>
            <source>{n} water polygon(s) with text in the flow field are treated as still water</source>
            <translation>{n} waterpolygo(o)n(en) met tekst in het debietveld worden als stilstaand water behandeld</translation>
        </message>
        <message>
            <source>{n} water polygon(s) with a negative flow are treated as still water</source>
            <translation>{n} waterpolygo(o)n(en) met een negatief debiet worden als stilstaand water behandeld</translation>
        </message>
        <message>
            <source>{n} water polygon(s) with a flow above {max:,.0f} m³/s (implausible) are treated as still water</source>
            <translation>{n} waterpolygo(o)n(en) met een debiet boven {max:,.0f} m³/s (onaannemelijk) worden als stilstaand water behandeld</translation>
        </message>
        <message>
            <source>water polygon without a usable geometry</source>
            <translation>waterpolygoon zonder bruikbare geometrie</translation>
        </message>
        <message>
            <source>(feature ids: {ids}{more})</source>
            <translation>(object-id's: {ids}{more})</translation>
        </message>
        <message>
            <source>No water lies within reach of the quays: all potentials are zero.</source>
            <translation>Er ligt geen water binnen bereik van de kades: alle potentiëlen zijn nul.</translation>
        </message>
        <message>
            <source>A demand layer needs a demand field (GJ/yr) or a homes field.</source>
            <translation>Een vraaglaag heeft een vraagveld (GJ/jaar) of een woningenveld nodig.</translation>
        </message>
        <message>
            <source>Both a demand and a homes field are given: the demand field is used.</source>
            <translation>Zowel een vraagveld als een woningenveld is opgegeven: het vraagveld wordt gebruikt.</translation>
        </message>
        <message>
            <source>demand feature without a geometry</source>
            <translation>vraagobject zonder geometrie</translation>
        </message>
        <message>
            <source>demand feature without a valid (non-negative) demand</source>
            <translation>vraagobject zonder geldige (niet-negatieve) vraag</translation>
        </message>
        <message>
            <source>Assigning water to {n} quay(s)...</source>
            <translation>Water toewijzen aan {n} kade(s)...</translation>
        </message>
        <message>
            <source>{n} quay polygon(s) touch no water: their segments have zero potential.</source>
            <translation>{n} kadepolygo(o)n(en) raken geen water: hun segmenten hebben potentieel nul.</translation>
        </message>
        <message>
            <source>{n} segments: {src:,.0f} GJ/yr from the water, {dl:,.0f} GJ/yr delivered, {homes:,.0f} home-equivalents.</source>
            <translation>{n} segmenten: {src:,.0f} GJ/jaar uit het water, {dl:,.0f} GJ/jaar geleverd, {homes:,.0f} woningequivalenten.</translation>
        </message>
        <message>
            <source>&lt;p&gt;Heat from surface water (TEO, thermal energy from surface water) per stretch of quay wall. Each quay is cut into segments of about the segment length (the pieces of one quay are of equal length, so there are no slivers). Every square metre of water goes to the nearest segment, if that segment lies within the maximum reach; water farther from every quay is not assigned [assumption].&lt;/p&gt;&lt;p&gt;&lt;b&gt;Still water&lt;/b&gt; (no flow): source = assigned area × yield (default 0.5 GJ/m²/yr [assumption]: no Dutch figure is published; the sun puts about 1.1 GJ/m²/yr into a lake (seethermie.ch), a deep lake such as the Sloterplas gives about 1.2-1.6 GJ/m²; harvest from shallow canals is a fraction; plausible range 0.3-1.5).&lt;br&gt;&lt;b&gt;Flowing water&lt;/b&gt; (flow field &gt; 0, m³/s): source of the water body = flow × 4.18 MJ/m³K × ΔT × full-load hours, with the usable cooling ΔT = clip(T_water − T_min, 0, ΔT_max): the water is cooled by at most ΔT_max (default 4 K) and never below T_min (default 1 °C), both from PyPSA-Eur's river-water heat pumps. T_water is the mean water temperature over the harvest season (a monthly or seasonal mean, from the water temperature field or the parameter, default 15 °C [assumption]). Full-load hours: default 2,000 h/yr (PBL Vesta MAIS, for a source of about 20 °C); combining PyPSA-Eur's cooling limit with Vesta's full-load hours is an assumption. The source is shared over the segments in proportion to the area of that body assigned to each. Check: 1 m³/s at 15 °C gives ΔT = 4 K and 1 × 4.18 × 4 × 2,000 × 3,600 / 1,000 = 120,384 GJ/yr; at 3 °C ΔT = 2 K and 60,192 GJ/yr; at or below 1 °C nothing.&lt;br&gt;&lt;b&gt;Heat pump&lt;/b&gt; (COP default 4, aquathermie.nl gives 3-5): delivered = source × COP/(COP−1); electricity = delivered/COP; homes = delivered / 33 GJ per home-equivalent.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Check&lt;/b&gt;: a 200 × 100 m basin with quays on both long sides and segments of 100 m gives 4 segments of 5,000 m² each, 2,500 GJ source and 3,333 GJ delivered each.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Demand&lt;/b&gt; (optional): demand_gj is all demand (a GJ/yr field, or homes × 33 GJ) whose point (the point on the surface of a polygon) lies within the demand distance of the segment; matched_gj = min(delivered, demand_gj). A demand feature near several segments counts for each of them there, so these columns must not be summed. For totals each feature's demand is shared over the segments near it in proportion to their delivered heat (demand_share_gj, matched_share_gj = min(delivered, share)) [assumption]; TOTAL_MATCHED_GJ sums matched_share_gj, TOTAL_DEMAND_GJ counts each feature once.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Rank&lt;/b&gt;: 1 = the segment with the most matched heat, then the most delivered heat; with the renovation year a planner picks the stretches where a quay renovation is the moment to build an intake.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Quay polygons&lt;/b&gt; (BGT scheiding, bgt_type 'kademuur'): only the edges that touch water (within the touch tolerance) and face it are used; a polygon that touches no water gets segments along its outline with zero potential. Quay lines are used as they are; a quay line far from water simply gets zero. Overlapping water polygons are counted twice: dissolve them first. Layers in a geographic CRS are computed in metres (RD New for Dutch data).&lt;/p&gt;</source>
            <translation>&lt;p&gt;Warmte uit oppervlaktewater (TEO, thermische energie uit oppervlaktewater) per stuk kademuur. Elke kade wordt geknipt in segmenten van ongeveer de segmentlengte (de stukken van één kade zijn even lang, dus er ontstaan geen snippers). Elke vierkante meter water gaat naar het dichtstbijzijnde segment, als dat segment binnen het maximale bereik ligt; water verder van elke kade wordt niet toegewezen [aanname].&lt;/p&gt;&lt;p&gt;&lt;b&gt;Stilstaand water&lt;/b&gt; (geen debiet): bron = toegewezen oppervlak × opbrengst (standaard 0,5 GJ/m²/jaar [aanname]: er is geen Nederlands kental gepubliceerd; de zon brengt ongeveer 1,1 GJ/m²/jaar in een meer (seethermie.ch), een diep meer als de Sloterplas geeft ongeveer 1,2-1,6 GJ/m²; de oogst uit ondiepe grachten is een fractie daarvan; aannemelijk bereik 0,3-1,5).&lt;br&gt;&lt;b&gt;Stromend water&lt;/b&gt; (debietveld &gt; 0, m³/s): bron van het waterlichaam = debiet × 4,18 MJ/m³K × ΔT × vollasturen, met de bruikbare afkoeling ΔT = clip(T_water − T_min, 0, ΔT_max): het water wordt hoogstens ΔT_max afgekoeld (standaard 4 K) en nooit tot onder T_min (standaard 1 °C), beide uit de rivierwater-warmtepompen van PyPSA-Eur. T_water is de gemiddelde watertemperatuur in het oogstseizoen (een maand- of seizoensgemiddelde, uit het veld watertemperatuur of de parameter, standaard 15 °C [aanname]). Vollasturen: standaard 2.000 u/jaar (PBL Vesta MAIS, voor een bron van ongeveer 20 °C); de combinatie van de afkoelgrens van PyPSA-Eur met de vollasturen van Vesta is een aanname. De bron wordt verdeeld over de segmenten naar het oppervlak van dat water dat aan elk is toegewezen. Controle: 1 m³/s bij 15 °C geeft ΔT = 4 K en 1 × 4,18 × 4 × 2.000 × 3.600 / 1.000 = 120.384 GJ/jaar; bij 3 °C is ΔT = 2 K en 60.192 GJ/jaar; bij 1 °C of kouder niets.&lt;br&gt;&lt;b&gt;Warmtepomp&lt;/b&gt; (COP standaard 4, aquathermie.nl noemt 3-5): geleverd = bron × COP/(COP−1); elektriciteit = geleverd/COP; woningen = geleverd / 33 GJ per woningequivalent.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Controle&lt;/b&gt;: een bassin van 200 × 100 m met kades langs beide lange zijden en segmenten van 100 m geeft 4 segmenten van elk 5.000 m², 2.500 GJ bron en 3.333 GJ geleverd per segment.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Vraag&lt;/b&gt; (optioneel): demand_gj is alle vraag (een veld in GJ/jaar, of woningen × 33 GJ) waarvan het punt (het punt op het oppervlak van een polygoon) binnen de vraagafstand van het segment ligt; matched_gj = min(geleverd, demand_gj). Een vraagobject bij meerdere segmenten telt daar voor elk mee, dus deze kolommen mag u niet optellen. Voor de totalen wordt de vraag van elk object verdeeld over de segmenten in de buurt naar hun geleverde warmte (demand_share_gj, matched_share_gj = min(geleverd, aandeel)) [aanname]; TOTAL_MATCHED_GJ telt matched_share_gj op, TOTAL_DEMAND_GJ telt elk object één keer.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Rangorde&lt;/b&gt;: 1 = het segment met de meeste gematchte warmte, daarna de meeste geleverde warmte; met het renovatiejaar kiest een planner de stukken waar een kaderenovatie het moment is om een inlaat te bouwen.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Kadepolygonen&lt;/b&gt; (BGT scheiding, bgt_type 'kademuur'): alleen de randen die water raken (binnen de raaktolerantie) en ernaar gekeerd zijn worden gebruikt; een polygoon die geen water raakt krijgt segmenten langs zijn omtrek met potentieel nul. Kadelijnen worden gebruikt zoals ze zijn; een kadelijn ver van water krijgt gewoon nul. Overlappende waterpolygonen worden dubbel geteld: voeg ze eerst samen (dissolve). Lagen in een geografisch CRS worden in meters berekend (RD New voor Nederlandse gegevens).&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Water temperature field (°C)</source>
            <translation>Veld watertemperatuur (°C)</translation>
        </message>
        <message>
            <source>Optional numeric field with the mean temperature of a flowing water body over the harvest season (a monthly or seasonal mean, °C). Empty values use the water temperature parameter; text or a value outside -2..40 °C also does, with a counted warning.</source>
            <translation>Optioneel numeriek veld met de gemiddelde temperatuur van een stromend waterlichaam in het oogstseizoen (een maand- of seizoensgemiddelde, °C). Lege waarden gebruiken de parameter watertemperatuur; tekst of een waarde buiten -2..40 °C ook, met een waarschuwing met het aantal.</translation>
        </message>
        <message>
            <source>Water temperature (°C)</source>
            <translation>Watertemperatuur (°C)</translation>
        </message>
        <message>
            <source>Mean temperature of flowing water over the harvest season, used where the water temperature field is empty (default 15 °C [assumption]: TEO is harvested in summer, when surface water is about 15-25 °C; in winter about 5 °C). The usable cooling is clip(T_water − T_min, 0, ΔT_max).</source>
            <translation>Gemiddelde temperatuur van stromend water in het oogstseizoen, gebruikt waar het veld watertemperatuur leeg is (standaard 15 °C [aanname]: TEO wordt in de zomer geoogst, als oppervlaktewater ongeveer 15-25 °C is; in de winter ongeveer 5 °C). De bruikbare afkoeling is clip(T_water − T_min, 0, ΔT_max).</translation>
        </message>
        <message>
            <source>Minimum outlet temperature (°C)</source>
            <translation>Minimale uitlaattemperatuur (°C)</translation>
        </message>
        <message>
            <source>Flowing water is not cooled below this temperature (default 1 °C, PyPSA-Eur).</source>
            <translation>Stromend water wordt niet onder deze temperatuur afgekoeld (standaard 1 °C, PyPSA-Eur).</translation>
        </message>
        <message>
            <source>Full-load hours of harvest from flowing water (default 2,000 h/yr, PBL Vesta MAIS; combined with PyPSA-Eur's cooling limit as an assumption).</source>
            <translation>Vollasturen van de oogst uit stromend water (standaard 2.000 u/jaar, PBL Vesta MAIS; als aanname gecombineerd met de afkoelgrens van PyPSA-Eur).</translation>
        </message>
        <message>
            <source>{n} water polygon(s) with text in the water temperature field use the water temperature parameter</source>
            <translation>{n} waterpolygo(o)n(en) met tekst in het veld watertemperatuur gebruiken de parameter watertemperatuur</translation>
        </message>
        <message>
            <source>{n} water polygon(s) with a water temperature below {low:g} °C (implausible) use the water temperature parameter</source>
            <translation>{n} waterpolygo(o)n(en) met een watertemperatuur onder {low:g} °C (onaannemelijk) gebruiken de parameter watertemperatuur</translation>
        </message>
        <message>
            <source>{n} water polygon(s) with a water temperature above {high:g} °C (implausible) use the water temperature parameter</source>
            <translation>{n} waterpolygo(o)n(en) met een watertemperatuur boven {high:g} °C (onaannemelijk) gebruiken de parameter watertemperatuur</translation>
        </message>
        <message>
            <source>Heat demand of one home-equivalent (default 33 GJ/yr, derived from the Bronnenstrategie: 15 sources, 4 PJ, 8,000 homes per doublet).</source>
            <translation>Warmtevraag van één woningequivalent (standaard 33 GJ/jaar, afgeleid uit de Bronnenstrategie: 15 bronnen, 4 PJ, 8.000 woningen per doublet).</translation>
        </message>
    </context>
    <context>
        <name>Report</name>
        <message>
            <source>Heat source strategy report (PDF)</source>
            <translation>Rapport bronnenstrategie (PDF)</translation>
        </message>
        <message>
            <source>A PDF with a title page, a map of the sources and claims, the heat balance and a table per source layer.</source>
            <translation>Een PDF met een titelpagina, een kaart van de bronnen en claims, de warmtebalans en een tabel per bronlaag.</translation>
        </message>
        <message>
            <source>Map layers</source>
            <translation>Kaartlagen</translation>
        </message>
        <message>
            <source>Layers drawn on the map, first on top (heat sources, claims, areas).</source>
            <translation>Lagen die op de kaart worden getekend, de eerste bovenop (warmtebronnen, claims, gebieden).</translation>
        </message>
        <message>
            <source>Heat balance per area (map)</source>
            <translation>Warmtebalans per gebied (kaart)</translation>
        </message>
        <message>
            <source>The OUTPUT_AREAS of the heat balance algorithm: drawn on a map page of its own (optional).</source>
            <translation>De OUTPUT_AREAS van het algoritme warmtebalans: getekend op een eigen kaartpagina (optioneel).</translation>
        </message>
        <message>
            <source>Layers to list as tables</source>
            <translation>Lagen om als tabel op te nemen</translation>
        </message>
        <message>
            <source>Heat balance table</source>
            <translation>Tabel warmtebalans</translation>
        </message>
        <message>
            <source>The OUTPUT_TABLE of the heat balance algorithm (optional).</source>
            <translation>De OUTPUT_TABLE van het algoritme warmtebalans (optioneel).</translation>
        </message>
        <message>
            <source>Heat balance chart (PNG or SVG)</source>
            <translation>Grafiek warmtebalans (PNG of SVG)</translation>
        </message>
        <message>
            <source>Images (*.png *.svg)</source>
            <translation>Afbeeldingen (*.png *.svg)</translation>
        </message>
        <message>
            <source>The OUTPUT_CHART of the heat balance algorithm (optional).</source>
            <translation>De OUTPUT_CHART van het algoritme warmtebalans (optioneel).</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <source>Heat source strategy</source>
            <translation>Bronnenstrategie</translation>
        </message>
        <message>
            <source>Title on the first page.</source>
            <translation>Titel op de eerste pagina.</translation>
        </message>
        <message>
            <source>Municipality</source>
            <translation>Gemeente</translation>
        </message>
        <message>
            <source>Name of the municipality on the title page.</source>
            <translation>Naam van de gemeente op de titelpagina.</translation>
        </message>
        <message>
            <source>Map extent</source>
            <translation>Kaartuitsnede</translation>
        </message>
        <message>
            <source>Extent of the map; by default the combined extent of the map layers.</source>
            <translation>Uitsnede van de kaart; standaard de gezamenlijke omvang van de kaartlagen.</translation>
        </message>
        <message>
            <source>Map CRS</source>
            <translation>CRS van de kaart</translation>
        </message>
        <message>
            <source>Coordinate reference system of the map; default RD New (EPSG:28992).</source>
            <translation>Coördinatenreferentiesysteem van de kaart; standaard RD New (EPSG:28992).</translation>
        </message>
        <message>
            <source>Rows per table</source>
            <translation>Rijen per tabel</translation>
        </message>
        <message>
            <source>Largest number of rows of each table (by rank when the layer has a field rank); a table longer than a page continues on the next page.</source>
            <translation>Grootste aantal rijen van elke tabel (op rang als de laag een veld rank heeft); een tabel langer dan een pagina loopt door op de volgende pagina.</translation>
        </message>
        <message>
            <source>Columns per table</source>
            <translation>Kolommen per tabel</translation>
        </message>
        <message>
            <source>Largest number of columns of a table; known key figures come first. Columns that do not fit the page width are left off.</source>
            <translation>Grootste aantal kolommen van een tabel; bekende kerncijfers eerst. Kolommen die niet op de paginabreedte passen, vallen weg.</translation>
        </message>
        <message>
            <source>Report</source>
            <translation>Rapport</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>The PDF file.</source>
            <translation>Het PDF-bestand.</translation>
        </message>
        <message>
            <source>Number of pages</source>
            <translation>Aantal pagina's</translation>
        </message>
        <message>
            <source>en</source>
            <translation>nl</translation>
        </message>
        <message>
            <source>Geothermal locations and their capacity</source>
            <translation>Geothermielocaties en hun vermogen</translation>
        </message>
        <message>
            <source>Overlapping geothermal reservoir footprints</source>
            <translation>Overlappende reservoirvoetafdrukken van geothermie</translation>
        </message>
        <message>
            <source>Quay-wall stretches with aquathermal potential</source>
            <translation>Kadedelen met aquathermisch potentieel</translation>
        </message>
        <message>
            <source>Heat from waste water</source>
            <translation>Warmte uit afvalwater</translation>
        </message>
        <message>
            <source>Candidate sites for heat transfer stations (WOS)</source>
            <translation>Kandidaatlocaties voor warmteoverdrachtsstations (WOS)</translation>
        </message>
        <message>
            <source>Candidate interference areas</source>
            <translation>Kandidaat-interferentiegebieden</translation>
        </message>
        <message>
            <source>Soil-energy well conflicts</source>
            <translation>Conflicten tussen bodemenergiebronnen</translation>
        </message>
        <message>
            <source>Warm and cold zones</source>
            <translation>Warme en koude zones</translation>
        </message>
        <message>
            <source>Conflicting spatial claims</source>
            <translation>Conflicterende ruimteclaims</translation>
        </message>
        <message>
            <source>Heat balance per area</source>
            <translation>Warmtebalans per gebied</translation>
        </message>
        <message>
            <source>Residual heat (sources)</source>
            <translation>Restwarmte (bronnen)</translation>
        </message>
        <message>
            <source>Fixed heat supply</source>
            <translation>Vast warmteaanbod</translation>
        </message>
        <message>
            <source>Heat demand per district</source>
            <translation>Warmtevraag per wijk</translation>
        </message>
        <message>
            <source>Rank</source>
            <translation>Rang</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Naam</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Locatie</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Categorie</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Soort</translation>
        </message>
        <message>
            <source>Doublets</source>
            <translation>Doubletten</translation>
        </message>
        <message>
            <source>Power (MW)</source>
            <translation>Vermogen (MW)</translation>
        </message>
        <message>
            <source>Heat (TJ/yr)</source>
            <translation>Warmte (TJ/jr)</translation>
        </message>
        <message>
            <source>Homes</source>
            <translation>Woningen</translation>
        </message>
        <message>
            <source>Segment</source>
            <translation>Segment</translation>
        </message>
        <message>
            <source>Quay</source>
            <translation>Kade</translation>
        </message>
        <message>
            <source>Length (m)</source>
            <translation>Lengte (m)</translation>
        </message>
        <message>
            <source>Delivered (GJ/yr)</source>
            <translation>Geleverd (GJ/jr)</translation>
        </message>
        <message>
            <source>Source (GJ/yr)</source>
            <translation>Bron (GJ/jr)</translation>
        </message>
        <message>
            <source>Matched to demand (GJ/yr)</source>
            <translation>Gekoppeld aan vraag (GJ/jr)</translation>
        </message>
        <message>
            <source>Electricity (GJ/yr)</source>
            <translation>Elektriciteit (GJ/jr)</translation>
        </message>
        <message>
            <source>Demand (GJ/yr)</source>
            <translation>Vraag (GJ/jr)</translation>
        </message>
        <message>
            <source>Renovation</source>
            <translation>Renovatie</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Score</translation>
        </message>
        <message>
            <source>Area (m²)</source>
            <translation>Oppervlakte (m²)</translation>
        </message>
        <message>
            <source>Water area (m²)</source>
            <translation>Wateroppervlak (m²)</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Waarom</translation>
        </message>
        <message>
            <source>Wells</source>
            <translation>Bronnen</translation>
        </message>
        <message>
            <source>Systems</source>
            <translation>Systemen</translation>
        </message>
        <message>
            <source>Wells per km²</source>
            <translation>Bronnen per km²</translation>
        </message>
        <message>
            <source>Aquifer use (fraction)</source>
            <translation>Gebruik watervoerend pakket (fractie)</translation>
        </message>
        <message>
            <source>Conflicts</source>
            <translation>Conflicten</translation>
        </message>
        <message>
            <source>Area (ha)</source>
            <translation>Oppervlakte (ha)</translation>
        </message>
        <message>
            <source>Criteria</source>
            <translation>Criteria</translation>
        </message>
        <message>
            <source>Claim A</source>
            <translation>Claim A</translation>
        </message>
        <message>
            <source>Claim B</source>
            <translation>Claim B</translation>
        </message>
        <message>
            <source>Type A</source>
            <translation>Type A</translation>
        </message>
        <message>
            <source>Type B</source>
            <translation>Type B</translation>
        </message>
        <message>
            <source>Overlap (m²)</source>
            <translation>Overlap (m²)</translation>
        </message>
        <message>
            <source>Depth overlap</source>
            <translation>Overlap in diepte</translation>
        </message>
        <message>
            <source>Advice</source>
            <translation>Advies</translation>
        </message>
        <message>
            <source>To the main (m)</source>
            <translation>Tot de hoofdleiding (m)</translation>
        </message>
        <message>
            <source>To the network (m)</source>
            <translation>Tot het net (m)</translation>
        </message>
        <message>
            <source>Flow (m³/day)</source>
            <translation>Debiet (m³/dag)</translation>
        </message>
        <message>
            <source>ΔT (K)</source>
            <translation>ΔT (K)</translation>
        </message>
        <message>
            <source>Mean power (MW)</source>
            <translation>Gemiddeld vermogen (MW)</translation>
        </message>
        <message>
            <source>Cold front (m)</source>
            <translation>Koudefront (m)</translation>
        </message>
        <message>
            <source>District code</source>
            <translation>Wijkcode</translation>
        </message>
        <message>
            <source>Class</source>
            <translation>Klasse</translation>
        </message>
        <message>
            <source>Demand</source>
            <translation>Vraag</translation>
        </message>
        <message>
            <source>Supply</source>
            <translation>Aanbod</translation>
        </message>
        <message>
            <source>Received (cascade)</source>
            <translation>Ontvangen (cascade)</translation>
        </message>
        <message>
            <source>Passed on (cascade)</source>
            <translation>Doorgegeven (cascade)</translation>
        </message>
        <message>
            <source>Supply used</source>
            <translation>Benut aanbod</translation>
        </message>
        <message>
            <source>Balance</source>
            <translation>Balans</translation>
        </message>
        <message>
            <source>Deficit</source>
            <translation>Tekort</translation>
        </message>
        <message>
            <source>Deficit (% of demand)</source>
            <translation>Tekort (% van de vraag)</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Eenheid</translation>
        </message>
        <message>
            <source>HT balance</source>
            <translation>HT-balans</translation>
        </message>
        <message>
            <source>MT balance</source>
            <translation>MT-balans</translation>
        </message>
        <message>
            <source>LT balance</source>
            <translation>LT-balans</translation>
        </message>
        <message>
            <source>HT demand (TJ)</source>
            <translation>HT-vraag (TJ)</translation>
        </message>
        <message>
            <source>MT demand (TJ)</source>
            <translation>MT-vraag (TJ)</translation>
        </message>
        <message>
            <source>LT demand (TJ)</source>
            <translation>LT-vraag (TJ)</translation>
        </message>
        <message>
            <source>Total demand (TJ)</source>
            <translation>Totale vraag (TJ)</translation>
        </message>
        <message>
            <source>No features.</source>
            <translation>Geen objecten.</translation>
        </message>
        <message>
            <source>{title} (continued)</source>
            <translation>{title} (vervolg)</translation>
        </message>
        <message>
            <source>The map is empty: no map layer has features.</source>
            <translation>De kaart is leeg: geen enkele kaartlaag heeft objecten.</translation>
        </message>
        <message>
            <source>Legend</source>
            <translation>Legenda</translation>
        </message>
        <message>
            <source>The legend does not fit next to the map; it is cut off at the bottom of the page.</source>
            <translation>De legenda past niet naast de kaart; ze wordt onderaan de pagina afgesneden.</translation>
        </message>
        <message>
            <source>Background: none (plain). CRS: {crs}.</source>
            <translation>Achtergrond: geen (effen). CRS: {crs}.</translation>
        </message>
        <message>
            <source>Map of heat sources and spatial claims</source>
            <translation>Kaart van warmtebronnen en ruimteclaims</translation>
        </message>
        <message>
            <source>Heat balance by temperature class</source>
            <translation>Warmtebalans per temperatuurklasse</translation>
        </message>
        <message>
            <source>Map of the heat balance per area</source>
            <translation>Kaart van de warmtebalans per gebied</translation>
        </message>
        <message>
            <source>Made with the Bronnenstrategie QGIS plugin. The figures are computed from the input data and the stated assumptions; they are not a decision.</source>
            <translation>Gemaakt met de QGIS-plug-in Bronnenstrategie. De cijfers zijn berekend uit de invoergegevens en de genoemde aannames; zij zijn geen besluit.</translation>
        </message>
        <message>
            <source>Heat sources and spatial claims</source>
            <translation>Warmtebronnen en ruimteclaims</translation>
        </message>
        <message>
            <source>HT &gt; 70 °C, MT 50-70 °C, LT &lt; 50 °C. Negative balance: deficit. With the cascade a surplus at a higher temperature serves a lower one, never the other way round.</source>
            <translation>HT &gt; 70 °C, MT 50-70 °C, LT &lt; 50 °C. Negatieve balans: tekort. Met de cascade dient een overschot op een hogere temperatuur een lagere, nooit andersom.</translation>
        </message>
        <message>
            <source>Deficit: the share of the demand that the supply in or near the area does not meet.</source>
            <translation>Tekort: het deel van de vraag dat het aanbod in of nabij het gebied niet dekt.</translation>
        </message>
        <message>
            <source>{n} features; the first {m} are shown.</source>
            <translation>{n} objecten; de eerste {m} staan erin.</translation>
        </message>
        <message>
            <source>{n} features.</source>
            <translation>{n} objecten.</translation>
        </message>
        <message>
            <source>Give the path of the PDF to write.</source>
            <translation>Geef het pad van de te schrijven PDF.</translation>
        </message>
        <message>
            <source>The chart file {} does not exist.</source>
            <translation>Het grafiekbestand {} bestaat niet.</translation>
        </message>
        <message>
            <source>Layout: {problem}</source>
            <translation>Opmaak: {problem}</translation>
        </message>
        <message>
            <source>The PDF could not be written to {path} (error {code}): {error}</source>
            <translation>De PDF kon niet worden geschreven naar {path} (fout {code}): {error}</translation>
        </message>
        <message>
            <source>Report with {n} pages written to {path}.</source>
            <translation>Rapport met {n} pagina's geschreven naar {path}.</translation>
        </message>
        <message>
            <source>&lt;p&gt;Writes a PDF report (A4 landscape) that a planner can hand on: a title page with the municipality, the date, the contents and the input data; a map of the given layers with legend, scale bar and north arrow, over the municipality's outline and the main water from the input data as context, on a basemap when one is given or the project has a web map layer (WMS/WMTS/XYZ, e.g. the PDOK BRT-Achtergrondkaart), else on a plain background (no internet needed); the heat-balance chart and table (from &lt;i&gt;Heat balance by temperature class&lt;/i&gt;) and a map of the heat balance per area; and a table per table layer (e.g. geothermal locations with their capacity, the best quay stretches, WOS candidates, candidate interference areas, claim conflicts), at most the given number of rows, sorted by rank when the layer has a field rank. Short tables share a page; a table that does not fit the rest of a page starts a new one, a long table continues on the next page. Every page has a footer with the title, the date and its page number. Warm/cold zone strips and interference areas are drawn see-through, so what lies under them stays visible.&lt;/p&gt;&lt;p&gt;Optionally every table is also written as a spreadsheet next to the PDF (CSV files or one XLSX workbook, with QGIS's &lt;i&gt;Export to spreadsheet&lt;/i&gt;), for further work in Excel.&lt;/p&gt;&lt;p&gt;Layers named after an output of this plugin (e.g. heatbalance_areas, geothermalbuffers_sites) get the plugin's style from resources/styles and the output's name in the legend; other layers keep their own style and name. A layer heatbalance_areas among the map layers is drawn on the heat-balance map, not on the map of the sources. Numbers in the tables are rounded by their meaning (PJ and TJ 2 decimals, GJ none, metres none, scores 2). The legend shows only what is on the map and gets smaller letters or columns to fit. The words of the report follow the language of QGIS (Dutch when QGIS is Dutch). Runs headless under qgis_process.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Schrijft een PDF-rapport (A4 liggend) dat een planner kan doorgeven: een titelpagina met de gemeente, de datum, de inhoud en de invoergegevens; een kaart van de gegeven lagen met legenda, schaalstok en noordpijl, over de gemeentegrens en het hoofdwater uit de invoergegevens als context, op een achtergrondkaart als die gegeven is of het project een webkaartlaag heeft (WMS/WMTS/XYZ, bijv. de PDOK BRT-Achtergrondkaart), anders op een effen achtergrond (geen internet nodig); de grafiek en tabel van de warmtebalans (uit &lt;i&gt;Warmtebalans per temperatuurklasse&lt;/i&gt;) en een kaart van de warmtebalans per gebied; en een tabel per tabellaag (bijv. geothermielocaties met hun vermogen, de beste kadedelen, WOS-kandidaten, kandidaat-interferentiegebieden, claimconflicten), hoogstens het gegeven aantal rijen, gesorteerd op rang als de laag een veld rank heeft. Korte tabellen delen een pagina; een tabel die niet op de rest van een pagina past begint op een nieuwe, een lange tabel loopt door op de volgende pagina. Elke pagina heeft een voettekst met de titel, de datum en het paginanummer. Stroken van warme/koude zones en interferentiegebieden worden doorzichtig getekend, zodat zichtbaar blijft wat eronder ligt.&lt;/p&gt;&lt;p&gt;Desgewenst wordt elke tabel ook als spreadsheet naast de PDF geschreven (CSV-bestanden of één XLSX-werkmap, met &lt;i&gt;Exporteren naar spreadsheet&lt;/i&gt; van QGIS), om in Excel verder te werken.&lt;/p&gt;&lt;p&gt;Lagen met de naam van een uitvoer van deze plugin (bijv. heatbalance_areas, geothermalbuffers_sites) krijgen de stijl van de plugin uit resources/styles en de naam van de uitvoer in de legenda; andere lagen houden hun eigen stijl en naam. Een laag heatbalance_areas tussen de kaartlagen wordt op de kaart van de warmtebalans getekend, niet op de kaart van de bronnen. Getallen in de tabellen zijn afgerond naar hun betekenis (PJ en TJ 2 decimalen, GJ geen, meters geen, scores 2). De legenda toont alleen wat op de kaart staat en krijgt kleinere letters of kolommen om te passen. De teksten van het rapport volgen de taal van QGIS (Nederlands als QGIS Nederlands is). Draait zonder scherm onder qgis_process.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Each of these layers is listed as a table of its features; short tables share a page.</source>
            <translation>Elk van deze lagen wordt als tabel van haar objecten opgenomen; korte tabellen delen een pagina.</translation>
        </message>
        <message>
            <source>Municipality outline (context)</source>
            <translation>Gemeentegrens (context)</translation>
        </message>
        <message>
            <source>Polygons whose outer boundary is drawn under the map as the outline of the municipality, e.g. its districts (wijken): they are merged into one outline. Also sets the map extent when none is given.</source>
            <translation>Polygonen waarvan de buitengrens onder de kaart als gemeentegrens wordt getekend, bijv. de wijken: ze worden samengevoegd tot één grens. Bepaalt ook het kaartbereik als dat niet gegeven is.</translation>
        </message>
        <message>
            <source>Main water (context)</source>
            <translation>Hoofdwater (context)</translation>
        </message>
        <message>
            <source>Water polygons (canals, harbours, lakes) drawn in light blue under the map, as orientation.</source>
            <translation>Waterpolygonen (grachten, havens, plassen), lichtblauw onder de kaart getekend, ter oriëntatie.</translation>
        </message>
        <message>
            <source>Basemap</source>
            <translation>Achtergrondkaart</translation>
        </message>
        <message>
            <source>A background map under the map, e.g. the PDOK BRT-Achtergrondkaart (WMTS) in grey. Empty: the first web map layer (WMS/WMTS/XYZ) of the project when there is one, else a plain background (no internet needed).</source>
            <translation>Een achtergrondkaart onder de kaart, bijv. de PDOK BRT-Achtergrondkaart (WMTS) in grijs. Leeg: de eerste webkaartlaag (WMS/WMTS/XYZ) van het project als die er is, anders een effen achtergrond (geen internet nodig).</translation>
        </message>
        <message>
            <source>Input data (cover)</source>
            <translation>Invoergegevens (titelpagina)</translation>
        </message>
        <message>
            <source>The input data named on the cover. Empty: the files the map and table layers come from.</source>
            <translation>De invoergegevens die op de titelpagina genoemd worden. Leeg: de bestanden waar de kaart- en tabellagen uit komen.</translation>
        </message>
        <message>
            <source>Tables also as spreadsheet</source>
            <translation>Tabellen ook als spreadsheet</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Nee</translation>
        </message>
        <message>
            <source>CSV (a file per table)</source>
            <translation>CSV (een bestand per tabel)</translation>
        </message>
        <message>
            <source>XLSX (one workbook, a sheet per table)</source>
            <translation>XLSX (één werkmap, een blad per tabel)</translation>
        </message>
        <message>
            <source>Writes every table of the report (the heat balance and each table layer, all rows, with the report's column headings and rounding) next to the PDF: &lt;report&gt;_&lt;table&gt;.csv (UTF-8, comma separated, decimal point) or &lt;report&gt;_tabellen.xlsx / &lt;report&gt;_tables.xlsx.</source>
            <translation>Schrijft elke tabel van het rapport (de warmtebalans en elke tabellaag, alle rijen, met de kolomkoppen en afronding van het rapport) naast de PDF: &lt;rapport&gt;_&lt;tabel&gt;.csv (UTF-8, komma als scheidingsteken, decimale punt) of &lt;rapport&gt;_tabellen.xlsx / &lt;rapport&gt;_tables.xlsx.</translation>
        </message>
        <message>
            <source>Spreadsheets written (separated by ;)</source>
            <translation>Geschreven spreadsheets (gescheiden door ;)</translation>
        </message>
        <message>
            <source>permanent site</source>
            <translation>permanent terrein</translation>
        </message>
        <message>
            <source>drilling site</source>
            <translation>boorterrein</translation>
        </message>
        <message>
            <source>search area</source>
            <translation>zoekgebied</translation>
        </message>
        <message>
            <source>total</source>
            <translation>totaal</translation>
        </message>
        <message>
            <source>Boorterrein (drilling site)</source>
            <translation>Boorterrein</translation>
        </message>
        <message>
            <source>Permanent terrein (permanent site)</source>
            <translation>Permanent terrein</translation>
        </message>
        <message>
            <source>Zoekgebied (search area)</source>
            <translation>Zoekgebied</translation>
        </message>
        <message>
            <source>0 operationeel (operational)</source>
            <translation>0 operationeel</translation>
        </message>
        <message>
            <source>1 aangewezen locatie (designated)</source>
            <translation>1 aangewezen locatie</translation>
        </message>
        <message>
            <source>2 zoeklocatie (search location)</source>
            <translation>2 zoeklocatie</translation>
        </message>
        <message>
            <source>3 zoeklocatie (search location)</source>
            <translation>3 zoeklocatie</translation>
        </message>
        <message>
            <source>onbekend (unknown)</source>
            <translation>onbekend</translation>
        </message>
        <message>
            <source>0 GJ/yr (no water in reach)</source>
            <translation>0 GJ/jr (geen water binnen bereik)</translation>
        </message>
        <message>
            <source>same system (warm-cold)</source>
            <translation>zelfde systeem (warm-koud)</translation>
        </message>
        <message>
            <source>opposite temperature</source>
            <translation>tegengestelde temperatuur</translation>
        </message>
        <message>
            <source>same temperature</source>
            <translation>zelfde temperatuur</translation>
        </message>
        <message>
            <source>closed - closed</source>
            <translation>gesloten - gesloten</translation>
        </message>
        <message>
            <source>closed loop - open well</source>
            <translation>gesloten systeem - open bron</translation>
        </message>
        <message>
            <source>system footprints overlap</source>
            <translation>systeemvoetafdrukken overlappen</translation>
        </message>
        <message>
            <source>outside</source>
            <translation>buiten</translation>
        </message>
        <message>
            <source>wrong zone</source>
            <translation>verkeerde zone</translation>
        </message>
        <message>
            <source>GJ/yr</source>
            <translation>GJ/jr</translation>
        </message>
        <message>
            <source>Background: {name}. CRS: {crs}.</source>
            <translation>Achtergrond: {name}. CRS: {crs}.</translation>
        </message>
        <message>
            <source>Input data: {data}</source>
            <translation>Invoergegevens: {data}</translation>
        </message>
        <message>
            <source>Page {n} of {total}</source>
            <translation>Pagina {n} van {total}</translation>
        </message>
        <message>
            <source>Municipality boundary</source>
            <translation>Gemeentegrens</translation>
        </message>
        <message>
            <source>Water</source>
            <translation>Water</translation>
        </message>
        <message>
            <source>tables</source>
            <translation>tabellen</translation>
        </message>
        <message>
            <source>The table {name} could not be written to {path}: {error}</source>
            <translation>De tabel {name} kon niet naar {path} geschreven worden: {error}</translation>
        </message>
        <message>
            <source>Spreadsheet written: {path}</source>
            <translation>Spreadsheet geschreven: {path}</translation>
        </message>
        <message>
            <source>Basemap: the project's layer {name}.</source>
            <translation>Achtergrondkaart: de projectlaag {name}.</translation>
        </message>
        <message>
            <source>no deficit</source>
            <translation>geen tekort</translation>
        </message>
        <message>
            <source>deficit 0-25 % of the demand</source>
            <translation>tekort 0-25 % van de vraag</translation>
        </message>
        <message>
            <source>deficit 25-50 %</source>
            <translation>tekort 25-50 %</translation>
        </message>
        <message>
            <source>deficit 50-75 %</source>
            <translation>tekort 50-75 %</translation>
        </message>
        <message>
            <source>deficit 75-100 %</source>
            <translation>tekort 75-100 %</translation>
        </message>
        <message>
            <source>warm</source>
            <translation>warm</translation>
        </message>
        <message>
            <source>cold</source>
            <translation>koud</translation>
        </message>
    </context>
    <context>
        <name>Ruimteclaims</name>
        <message>
            <source>Claim id</source>
            <translation>Claim-id</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Naam</translation>
        </message>
        <message>
            <source>Claim type</source>
            <translation>Claimtype</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Categorie</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>Niveau</translation>
        </message>
        <message>
            <source>Depth top (m)</source>
            <translation>Bovendiepte (m)</translation>
        </message>
        <message>
            <source>Depth bottom (m)</source>
            <translation>Onderdiepte (m)</translation>
        </message>
        <message>
            <source>Omgevingsplan reference</source>
            <translation>Verwijzing omgevingsplan</translation>
        </message>
        <message>
            <source>IMOW type</source>
            <translation>IMOW-type</translation>
        </message>
        <message>
            <source>IMOW group</source>
            <translation>IMOW-groep</translation>
        </message>
        <message>
            <source>Initiator</source>
            <translation>Initiatiefnemer</translation>
        </message>
        <message>
            <source>Motivation</source>
            <translation>Motivering</translation>
        </message>
        <message>
            <source>Valid from</source>
            <translation>Geldig vanaf</translation>
        </message>
        <message>
            <source>Valid to</source>
            <translation>Geldig tot en met</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Bron</translation>
        </message>
        <message>
            <source>Created by</source>
            <translation>Aangemaakt door</translation>
        </message>
        <message>
            <source>Created at</source>
            <translation>Aangemaakt op</translation>
        </message>
        <message>
            <source>Modified at</source>
            <translation>Gewijzigd op</translation>
        </message>
        <message>
            <source>Geothermal location</source>
            <translation>Geothermielocatie</translation>
        </message>
        <message>
            <source>Geothermal search location</source>
            <translation>Zoeklocatie geothermie</translation>
        </message>
        <message>
            <source>Aquathermal site (TEO/TEA)</source>
            <translation>Aquathermielocatie (TEO/TEA)</translation>
        </message>
        <message>
            <source>Residual heat / heat transfer station</source>
            <translation>Restwarmte / warmteoverdrachtstation (WOS)</translation>
        </message>
        <message>
            <source>Soil energy: interference area</source>
            <translation>Bodemenergie: interferentiegebied</translation>
        </message>
        <message>
            <source>Soil energy: warm zone</source>
            <translation>Bodemenergie: warme zone</translation>
        </message>
        <message>
            <source>Soil energy: cold zone</source>
            <translation>Bodemenergie: koude zone</translation>
        </message>
        <message>
            <source>Heat network route</source>
            <translation>Warmtenettracé</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Overig</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>Concept</translation>
        </message>
        <message>
            <source>In procedure</source>
            <translation>In procedure</translation>
        </message>
        <message>
            <source>Adopted</source>
            <translation>Vastgesteld</translation>
        </message>
        <message>
            <source>Withdrawn</source>
            <translation>Ingetrokken</translation>
        </message>
        <message>
            <source>Above ground</source>
            <translation>Bovengronds</translation>
        </message>
        <message>
            <source>Underground</source>
            <translation>Ondergronds</translation>
        </message>
        <message>
            <source>Both</source>
            <translation>Beide</translation>
        </message>
        <message>
            <source>Category 1</source>
            <translation>Categorie 1</translation>
        </message>
        <message>
            <source>Category 2</source>
            <translation>Categorie 2</translation>
        </message>
        <message>
            <source>Category 3</source>
            <translation>Categorie 3</translation>
        </message>
        <message>
            <source>Category 1, 2 or 3, only for geothermal claims</source>
            <translation>Categorie 1, 2 of 3, alleen bij geothermieclaims</translation>
        </message>
        <message>
            <source>The top depth may not be below the bottom depth</source>
            <translation>De bovendiepte mag niet onder de onderdiepte liggen</translation>
        </message>
        <message>
            <source>Valid from must not be after valid to</source>
            <translation>Geldig vanaf mag niet na geldig tot en met liggen</translation>
        </message>
        <message>
            <source>Spatial claims</source>
            <translation>Ruimteclaims</translation>
        </message>
    </context>
    <context>
        <name>RuimteclaimsDialog</name>
        <message>
            <source>Claims register (GeoPackage)</source>
            <translation>Ruimteclaimregister (GeoPackage)</translation>
        </message>
        <message>
            <source>GeoPackage (*.gpkg)</source>
            <translation>GeoPackage (*.gpkg)</translation>
        </message>
        <message>
            <source>Drawing on the map</source>
            <translation>Tekenen op de kaart</translation>
        </message>
        <message>
            <source>Selected features of a layer</source>
            <translation>Geselecteerde objecten van een laag</translation>
        </message>
        <message>
            <source>All features of a layer</source>
            <translation>Alle objecten van een laag</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Opslaan</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuleren</translation>
        </message>
        <message>
            <source>The claim {} is no longer in the register.</source>
            <translation>De claim {} staat niet meer in het register.</translation>
        </message>
        <message>
            <source>Edit spatial claim</source>
            <translation>Ruimteclaim bewerken</translation>
        </message>
        <message>
            <source>Choose a polygon layer.</source>
            <translation>Kies een polygoonlaag.</translation>
        </message>
        <message>
            <source>The layer {} has no selected features.</source>
            <translation>De laag {} heeft geen geselecteerde objecten.</translation>
        </message>
        <message>
            <source>No geometry yet.</source>
            <translation>Nog geen geometrie.</translation>
        </message>
        <message>
            <source>{} geometry(ies), {} claim(s) will be saved.</source>
            <translation>{} geometrie(ën), {} claim(s) worden opgeslagen.</translation>
        </message>
        <message>
            <source>{:,.0f} m² ({:.2f} ha)</source>
            <translation>{:,.0f} m² ({:.2f} ha)</translation>
        </message>
        <message>
            <source>Choose the claims register (GeoPackage).</source>
            <translation>Kies het ruimteclaimregister (GeoPackage).</translation>
        </message>
        <message>
            <source>Spatial claims</source>
            <translation>Ruimteclaims</translation>
        </message>
        <message>
            <source>Not saved: {}</source>
            <translation>Niet opgeslagen: {}</translation>
        </message>
        <message>
            <source>{} claim(s) saved in {}.</source>
            <translation>{} claim(s) opgeslagen in {}.</translation>
        </message>
        <message>
            <source>Create a claims register</source>
            <translation>Ruimteclaimregister aanmaken</translation>
        </message>
        <message>
            <source>There is no claims register at {path}. Create a new, empty register there?</source>
            <translation>Op {path} staat geen ruimteclaimregister. Daar een nieuw, leeg register aanmaken?</translation>
        </message>
        <message>
            <source>Click the corners on the map; Backspace removes the last one; right click or Enter finishes, Esc cancels.</source>
            <translation>Klik de hoekpunten op de kaart; Backspace verwijdert het laatste; rechtsklik of Enter rondt af, Esc annuleert.</translation>
        </message>
    </context>
    <context>
        <name>RuimteclaimsDialogBase</name>
        <message>
            <source>Record a spatial claim</source>
            <translation>Ruimteclaim vastleggen</translation>
        </message>
        <message>
            <source>Register</source>
            <translation>Register</translation>
        </message>
        <message>
            <source>Path of ruimteclaims.gpkg</source>
            <translation>Pad van ruimteclaims.gpkg</translation>
        </message>
        <message>
            <source>…</source>
            <translation>…</translation>
        </message>
        <message>
            <source>Geometry</source>
            <translation>Geometrie</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Uit</translation>
        </message>
        <message>
            <source>Layer</source>
            <translation>Laag</translation>
        </message>
        <message>
            <source>One claim per feature (otherwise one multipolygon)</source>
            <translation>Eén claim per object (anders één multipolygoon)</translation>
        </message>
        <message>
            <source>Draw on the map</source>
            <translation>Tekenen op de kaart</translation>
        </message>
        <message>
            <source>Take geometry</source>
            <translation>Geometrie overnemen</translation>
        </message>
        <message>
            <source>No geometry yet.</source>
            <translation>Nog geen geometrie.</translation>
        </message>
        <message>
            <source>Claim</source>
            <translation>Claim</translation>
        </message>
        <message>
            <source>Name *</source>
            <translation>Naam *</translation>
        </message>
        <message>
            <source>Claim type *</source>
            <translation>Claimtype *</translation>
        </message>
        <message>
            <source>Category (geothermal)</source>
            <translation>Categorie (geothermie)</translation>
        </message>
        <message>
            <source>Status *</source>
            <translation>Status *</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>Niveau</translation>
        </message>
        <message>
            <source>Depth top (m below ground)</source>
            <translation>Bovendiepte (m onder maaiveld)</translation>
        </message>
        <message>
            <source>Depth bottom (m below ground)</source>
            <translation>Onderdiepte (m onder maaiveld)</translation>
        </message>
        <message>
            <source>Omgevingsplan reference</source>
            <translation>Verwijzing omgevingsplan</translation>
        </message>
        <message>
            <source>IMOW type</source>
            <translation>IMOW-type</translation>
        </message>
        <message>
            <source>IMOW group</source>
            <translation>IMOW-groep</translation>
        </message>
        <message>
            <source>Initiator</source>
            <translation>Initiatiefnemer</translation>
        </message>
        <message>
            <source>Motivation</source>
            <translation>Motivering</translation>
        </message>
        <message>
            <source>Valid from</source>
            <translation>Geldig vanaf</translation>
        </message>
        <message>
            <source>YYYY-MM-DD</source>
            <translation>JJJJ-MM-DD</translation>
        </message>
        <message>
            <source>Valid to</source>
            <translation>Geldig tot en met</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Bron</translation>
        </message>
        <message>
            <source>Area</source>
            <translation>Oppervlakte</translation>
        </message>
        <message>
            <source>-</source>
            <translation>-</translation>
        </message>
    </context>
    <context>
        <name>RuimteclaimsDock</name>
        <message>
            <source>Time</source>
            <translation>Tijd</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Actie</translation>
        </message>
        <message>
            <source>User</source>
            <translation>Gebruiker</translation>
        </message>
        <message>
            <source>Changes</source>
            <translation>Wijzigingen</translation>
        </message>
        <message>
            <source>added</source>
            <translation>toegevoegd</translation>
        </message>
        <message>
            <source>changed</source>
            <translation>gewijzigd</translation>
        </message>
        <message>
            <source>deleted</source>
            <translation>verwijderd</translation>
        </message>
        <message>
            <source>restored</source>
            <translation>hersteld</translation>
        </message>
        <message>
            <source>geometry changed</source>
            <translation>geometrie gewijzigd</translation>
        </message>
        <message>
            <source>Spatial claims</source>
            <translation>Ruimteclaims</translation>
        </message>
        <message>
            <source>Choose or create the claims register</source>
            <translation>Kies of maak het ruimteclaimregister</translation>
        </message>
        <message>
            <source>All types</source>
            <translation>Alle typen</translation>
        </message>
        <message>
            <source>All statuses</source>
            <translation>Alle statussen</translation>
        </message>
        <message>
            <source>Search…</source>
            <translation>Zoeken…</translation>
        </message>
        <message>
            <source>Zoom to</source>
            <translation>Inzoomen</translation>
        </message>
        <message>
            <source>New…</source>
            <translation>Nieuw…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Bewerken…</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Verwijderen</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Historie</translation>
        </message>
        <message>
            <source>Restore deleted…</source>
            <translation>Verwijderde herstellen…</translation>
        </message>
        <message>
            <source>No register chosen.</source>
            <translation>Geen register gekozen.</translation>
        </message>
        <message>
            <source>Delete claims</source>
            <translation>Claims verwijderen</translation>
        </message>
        <message>
            <source>Delete {} claim(s) from the register? The history keeps them; they can be restored with 'Restore deleted…'.</source>
            <translation>{} claim(s) uit het register verwijderen? De historie bewaart ze; ze zijn te herstellen met 'Verwijderde herstellen…'.</translation>
        </message>
        <message>
            <source>History of {}</source>
            <translation>Historie van {}</translation>
        </message>
        <message>
            <source>There are no deleted claims to restore.</source>
            <translation>Er zijn geen verwijderde claims om te herstellen.</translation>
        </message>
        <message>
            <source>Restore a deleted claim</source>
            <translation>Een verwijderde claim herstellen</translation>
        </message>
        <message>
            <source>Claim</source>
            <translation>Claim</translation>
        </message>
    </context>
    <context>
        <name>RuimteclaimsGioActions</name>
        <message>
            <source>Check conflicts</source>
            <translation>Conflicten controleren</translation>
        </message>
        <message>
            <source>Find claims that overlap on the map and in depth (withdrawn claims left out) and show the overlaps as a layer.</source>
            <translation>Zoek claims die elkaar op de kaart en in de diepte overlappen (ingetrokken claims niet meegeteld) en toon de overlappen als laag.</translation>
        </message>
        <message>
            <source>Export GIO…</source>
            <translation>GIO exporteren…</translation>
        </message>
        <message>
            <source>Write the selected claims (or the claims shown) as a STOP GIO for the omgevingsplan.</source>
            <translation>Schrijf de geselecteerde claims (of de getoonde claims) als STOP-GIO voor het omgevingsplan.</translation>
        </message>
        <message>
            <source>Choose or create a claims register first.</source>
            <translation>Kies of maak eerst een claimregister.</translation>
        </message>
        <message>
            <source>{n} conflict(s) between the claims; see the layer 'Claim conflicts'.</source>
            <translation>{n} conflict(en) tussen de claims; zie de laag 'Claimconflicten'.</translation>
        </message>
    </context>
    <context>
        <name>RunStrategy</name>
        <message>
            <source>Run the whole heat source strategy</source>
            <translation>De hele bronnenstrategie doorrekenen</translation>
        </message>
        <message>
            <source>Runs every algorithm on a GeoPackage of input layers and writes the outputs, the claims register, the GIO, the heat balance and the report into one folder.</source>
            <translation>Voert elk algoritme uit op een GeoPackage met invoerlagen en schrijft de uitvoer, het claimregister, het GIO, de warmtebalans en het rapport in één map.</translation>
        </message>
        <message>
            <source>Input GeoPackage</source>
            <translation>Invoer-GeoPackage</translation>
        </message>
        <message>
            <source>GeoPackage with the input layers, named as in the sample data. Empty: the sample data resources/sample/denhaag_sample.gpkg (made by 'make sample').</source>
            <translation>GeoPackage met de invoerlagen, genoemd zoals in de voorbeelddata. Leeg: de voorbeelddata resources/sample/denhaag_sample.gpkg (gemaakt met 'make sample').</translation>
        </message>
        <message>
            <source>Report title</source>
            <translation>Titel van het rapport</translation>
        </message>
        <message>
            <source>Heat source strategy</source>
            <translation>Bronnenstrategie</translation>
        </message>
        <message>
            <source>Title of the report.</source>
            <translation>Titel van het rapport.</translation>
        </message>
        <message>
            <source>Cascade HT → MT → LT</source>
            <translation>Cascade HT → MT → LT</translation>
        </message>
        <message>
            <source>Passed to the heat balance: a surplus at a higher temperature may serve a lower one.</source>
            <translation>Doorgegeven aan de warmtebalans: een overschot op een hogere temperatuur mag een lagere bedienen.</translation>
        </message>
        <message>
            <source>Output folder</source>
            <translation>Uitvoermap</translation>
        </message>
        <message>
            <source>GeoPackage with every output layer</source>
            <translation>GeoPackage met elke uitvoerlaag</translation>
        </message>
        <message>
            <source>Claims register</source>
            <translation>Claimregister</translation>
        </message>
        <message>
            <source>GIO file</source>
            <translation>GIO-bestand</translation>
        </message>
        <message>
            <source>Heat balance chart</source>
            <translation>Grafiek warmtebalans</translation>
        </message>
        <message>
            <source>Report (PDF)</source>
            <translation>Rapport (PDF)</translation>
        </message>
        <message>
            <source>HT balance (PJ)</source>
            <translation>HT-balans (PJ)</translation>
        </message>
        <message>
            <source>MT balance (PJ)</source>
            <translation>MT-balans (PJ)</translation>
        </message>
        <message>
            <source>LT balance (PJ)</source>
            <translation>LT-balans (PJ)</translation>
        </message>
        <message>
            <source>Claims in the register</source>
            <translation>Claims in het register</translation>
        </message>
        <message>
            <source>Claim conflicts</source>
            <translation>Claimconflicten</translation>
        </message>
        <message>
            <source>Algorithms run</source>
            <translation>Uitgevoerde algoritmen</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Samenvatting</translation>
        </message>
        <message>
            <source>{alg} failed and was left out: {error}</source>
            <translation>{alg} is mislukt en overgeslagen: {error}</translation>
        </message>
        <message>
            <source>No usable well screens: the soil-energy claims get {top:g}-{bottom:g} m below the surface (the first aquifer of Den Haag) [assumption].</source>
            <translation>Geen bruikbare bronfilters: de bodemenergieclaims krijgen {top:g}-{bottom:g} m onder maaiveld (het eerste watervoerende pakket van Den Haag) [aanname].</translation>
        </message>
        <message>
            <source>No reservoir depth: the geothermal claims reach {bottom:g} m below the surface [assumption].</source>
            <translation>Geen reservoirdiepte: de geothermieclaims reiken tot {bottom:g} m onder maaiveld [aanname].</translation>
        </message>
        <message>
            <source>input layer for {key} not found (looked for {p})</source>
            <translation>invoerlaag voor {key} niet gevonden (gezocht naar {p})</translation>
        </message>
        <message>
            <source>field for {key} not found (looked for {c})</source>
            <translation>veld voor {key} niet gevonden (gezocht naar {c})</translation>
        </message>
        <message>
            <source>The input GeoPackage {path} does not exist. For the sample data run 'make sample' first.</source>
            <translation>De invoer-GeoPackage {path} bestaat niet. Voer voor de voorbeelddata eerst 'make sample' uit.</translation>
        </message>
        <message>
            <source>{alg}: no plan in runstrategy, not run.</source>
            <translation>{alg}: geen plan in runstrategy, niet uitgevoerd.</translation>
        </message>
        <message>
            <source>{alg} not run: {reason}.</source>
            <translation>{alg} niet uitgevoerd: {reason}.</translation>
        </message>
        <message>
            <source>{alg}: not run ({reason})</source>
            <translation>{alg}: niet uitgevoerd ({reason})</translation>
        </message>
        <message>
            <source>Running {alg} ...</source>
            <translation>{alg} wordt uitgevoerd ...</translation>
        </message>
        <message>
            <source>{alg}: failed</source>
            <translation>{alg}: mislukt</translation>
        </message>
        <message>
            <source>Heat balance not computed: the demand layer {layer} has no ht_gj / ht_tj / ht_pj field.</source>
            <translation>Warmtebalans niet berekend: de vraaglaag {layer} heeft geen veld ht_gj / ht_tj / ht_pj.</translation>
        </message>
        <message>
            <source>Computing the heat balance ...</source>
            <translation>De warmtebalans wordt berekend ...</translation>
        </message>
        <message>
            <source>Heat balance not computed: no demand layer (heat_demand_wijken) in the input.</source>
            <translation>Warmtebalans niet berekend: geen vraaglaag (heat_demand_wijken) in de invoer.</translation>
        </message>
        <message>
            <source>No claims register: the algorithm addclaims does not exist.</source>
            <translation>Geen claimregister: het algoritme addclaims bestaat niet.</translation>
        </message>
        <message>
            <source>Heat source strategy written to {folder} in {s:.0f} s:</source>
            <translation>Bronnenstrategie geschreven naar {folder} in {s:.0f} s:</translation>
        </message>
        <message>
            <source>  heat balance (PJ/yr): HT {ht:+.2f}, MT {mt:+.2f}, LT {lt:+.2f}; demand {d:.2f}, supply {s:.2f}</source>
            <translation>  warmtebalans (PJ/jaar): HT {ht:+.2f}, MT {mt:+.2f}, LT {lt:+.2f}; vraag {d:.2f}, aanbod {s:.2f}</translation>
        </message>
        <message>
            <source>  claims: {n}; conflicts: {c}</source>
            <translation>  claims: {n}; conflicten: {c}</translation>
        </message>
        <message>
            <source>not written</source>
            <translation>niet geschreven</translation>
        </message>
        <message>
            <source>Folder for all outputs. Files of the same name are replaced only when the run is complete (a failed or cancelled run leaves the folder as it was); an existing claims register only with 'Replace the claims register'.</source>
            <translation>Map voor alle uitvoer. Bestanden met dezelfde naam worden pas vervangen als de doorrekening klaar is (een mislukte of geannuleerde doorrekening laat de map zoals die was); een bestaand ruimteclaimregister alleen met 'Ruimteclaimregister vervangen'.</translation>
        </message>
        <message>
            <source>Replace the claims register</source>
            <translation>Ruimteclaimregister vervangen</translation>
        </message>
        <message>
            <source>When the output folder holds a claims register ruimteclaims.gpkg already: replace it by the new one at the end of the run (its claims and history are lost). Default: no, the run is refused and nothing is changed.</source>
            <translation>Als de uitvoermap al een ruimteclaimregister ruimteclaims.gpkg bevat: vervang het aan het eind van de doorrekening door het nieuwe (de claims en historie ervan gaan verloren). Standaard: nee, de doorrekening wordt geweigerd en er verandert niets.</translation>
        </message>
        <message>
            <source>{path} already holds a claims register; a run never replaces it unasked. Nothing was changed. Choose another output folder, or tick 'Replace the claims register' to replace it (its claims and history are then lost).</source>
            <translation>{path} bevat al een ruimteclaimregister; een doorrekening vervangt dat nooit ongevraagd. Er is niets gewijzigd. Kies een andere uitvoermap, of vink 'Ruimteclaimregister vervangen' aan om het te vervangen (de claims en historie ervan gaan dan verloren).</translation>
        </message>
        <message>
            <source>{path} was created while the strategy ran; it is kept and nothing was written. Run again into another folder.</source>
            <translation>{path} is aangemaakt terwijl de strategie werd doorgerekend; het blijft bewaard en er is niets geschreven. Reken opnieuw door naar een andere map.</translation>
        </message>
        <message>
            <source>&lt;p&gt;One run of the whole strategy on a GeoPackage of input layers (by default the plugin's sample data of Den Haag). Every algorithm of this plugin whose input layers are found in the GeoPackage (by their names, as in the sample data) runs with its defaults; algorithms whose inputs are missing are left out with a message. Then:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;the claims register &lt;i&gt;ruimteclaims.gpkg&lt;/i&gt; is filled from the results (permanent geothermal sites, WOS sites, candidate interference areas, warm and cold zones) and checked for conflicts. The claims get a level and a depth range [assumption]: interference areas and warm/cold zones 'ondergronds', from the shallowest screen top to the deepest screen bottom of the wells layer (screen_top, screen_bottom; without usable screens 18-60 m, the first aquifer of Den Haag); geothermal locations 'beide', from 0 m to the reservoir depth + thickness (depth_m of the reservoir footprints + 100 m; without it 2,400 m); WOS sites 'bovengronds' (the surface). Each claim is named after its kind and the neighbourhood (wijk) of the input it lies in, e.g. 'Warme zone 3 (Binckhorst)', or keeps the name of its location ('Zoeklocatie Kijkduin'); the names in one register are unique (a repeated name gets ' (2)');&lt;/li&gt;&lt;li&gt;the claims are exported as a GIO (&lt;i&gt;gio_ruimteclaims.gml&lt;/i&gt;) with a GIO part (groep) per kind of area (imow_group: Energieproductiegebied, Bodemenergiegebied);&lt;/li&gt;&lt;li&gt;the heat balance is computed from the demand layer (heat_demand_wijken, HT/MT/LT in TJ) and the sources: residual heat and fixed supply from the input, the permanent geothermal sites (MT), the quay-wall and waste-water potential (LT) [assumption: classes of the source types];&lt;/li&gt;&lt;li&gt;the report &lt;i&gt;rapport.pdf&lt;/i&gt; is written, with the municipality's outline (the neighbourhoods merged) and the water of the input as context on its map, and its tables also as spreadsheet (by default rapport_tabellen.xlsx); its table of geothermal locations lists the permanent sites only (the map shows the drilling sites too).&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;The folder holds &lt;i&gt;bronnenstrategie.gpkg&lt;/i&gt; with every output layer (with its style), the register, the GIO, the chart &lt;i&gt;warmtebalans.png&lt;/i&gt; and &lt;i&gt;rapport.pdf&lt;/i&gt;. A failing step is reported and the run goes on.&lt;/p&gt;&lt;p&gt;Everything is written into a temporary folder inside the output folder and moved into place when the run is complete: a cancelled or failed run leaves every existing file as it was. An existing claims register (ruimteclaims.gpkg, also the default name of the claims dialog) is never replaced unless 'Replace the claims register' is ticked.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Eén doorrekening van de hele strategie op een GeoPackage met invoerlagen (standaard de voorbeelddata van Den Haag van de plug-in). Elk algoritme van deze plug-in waarvan de invoerlagen in de GeoPackage gevonden worden (op hun naam, zoals in de voorbeelddata) draait met zijn standaardwaarden; algoritmen waarvan invoer ontbreekt worden met een melding overgeslagen. Daarna:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;wordt het claimregister &lt;i&gt;ruimteclaims.gpkg&lt;/i&gt; gevuld uit de resultaten (permanente geothermielocaties, WOS-locaties, kandidaat-interferentiegebieden, warme en koude zones) en op conflicten gecontroleerd. De claims krijgen een niveau en een dieptebereik [aanname]: interferentiegebieden en warme/koude zones 'ondergronds', van de ondiepste filterbovenkant tot de diepste filteronderkant van de bronnenlaag (screen_top, screen_bottom; zonder bruikbare filters 18-60 m, het eerste watervoerende pakket van Den Haag); geothermielocaties 'beide', van 0 m tot de reservoirdiepte + dikte (depth_m van de reservoirvoetafdrukken + 100 m; zonder die waarde 2.400 m); WOS-locaties 'bovengronds' (het maaiveld). Elke claim krijgt een naam naar zijn soort en de wijk van de invoer waarin hij ligt, bijv. 'Warme zone 3 (Binckhorst)', of houdt de naam van zijn locatie ('Zoeklocatie Kijkduin'); de namen in één register zijn uniek (een herhaalde naam krijgt ' (2)');&lt;/li&gt;&lt;li&gt;worden de claims als GIO geëxporteerd (&lt;i&gt;gio_ruimteclaims.gml&lt;/i&gt;) met een GIO-deel (groep) per soort gebied (imow_group: Energieproductiegebied, Bodemenergiegebied);&lt;/li&gt;&lt;li&gt;wordt de warmtebalans berekend uit de vraaglaag (heat_demand_wijken, HT/MT/LT in TJ) en de bronnen: restwarmte en vast aanbod uit de invoer, de permanente geothermielocaties (MT), het kademuur- en afvalwaterpotentieel (LT) [aanname: klassen van de brontypen];&lt;/li&gt;&lt;li&gt;wordt het rapport &lt;i&gt;rapport.pdf&lt;/i&gt; geschreven, met de gemeentegrens (de wijken samengevoegd) en het water uit de invoer als context op de kaart, en met de tabellen ook als spreadsheet (standaard rapport_tabellen.xlsx); de tabel van geothermielocaties daarin toont alleen de permanente terreinen (de kaart toont ook de boorterreinen).&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;De map bevat &lt;i&gt;bronnenstrategie.gpkg&lt;/i&gt; met elke uitvoerlaag (met haar opmaak), het register, het GIO, de grafiek &lt;i&gt;warmtebalans.png&lt;/i&gt; en &lt;i&gt;rapport.pdf&lt;/i&gt;. Een mislukte stap wordt gemeld en de doorrekening gaat door.&lt;/p&gt;&lt;p&gt;Alles wordt in een tijdelijke map binnen de uitvoermap geschreven en pas op zijn plaats gezet als de doorrekening klaar is: een geannuleerde of mislukte doorrekening laat elk bestaand bestand zoals het was. Een bestaand ruimteclaimregister (ruimteclaims.gpkg, ook de standaardnaam van het dialoogvenster voor claims) wordt nooit vervangen, tenzij 'Ruimteclaimregister vervangen' is aangevinkt.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Tables also as spreadsheet</source>
            <translation>Tabellen ook als spreadsheet</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Nee</translation>
        </message>
        <message>
            <source>CSV (a file per table)</source>
            <translation>CSV (een bestand per tabel)</translation>
        </message>
        <message>
            <source>XLSX (one workbook, a sheet per table)</source>
            <translation>XLSX (één werkmap, een blad per tabel)</translation>
        </message>
        <message>
            <source>The report's tables (heat balance, geothermal locations, quay-wall stretches, waste-water heat, WOS sites, interference areas, claim conflicts, heat balance per area), all rows, also as spreadsheet next to rapport.pdf: rapport_tabellen.xlsx or a CSV file per table.</source>
            <translation>De tabellen van het rapport (warmtebalans, geothermielocaties, kadedelen, warmte uit afvalwater, WOS-locaties, interferentiegebieden, claimconflicten, warmtebalans per gebied), alle rijen, ook als spreadsheet naast rapport.pdf: rapport_tabellen.xlsx of een CSV-bestand per tabel.</translation>
        </message>
        <message>
            <source>Spreadsheets written (separated by ;)</source>
            <translation>Geschreven spreadsheets (gescheiden door ;)</translation>
        </message>
        <message>
            <source>{file} (layers: {layers})</source>
            <translation>{file} (lagen: {layers})</translation>
        </message>
        <message>
            <source>Not every claim has a kind of area ({field}): the GIO is written without parts.</source>
            <translation>Niet elke claim heeft een soort gebied ({field}): de GIO wordt zonder GIO-delen geschreven.</translation>
        </message>
        <message>
            <source>spreadsheet</source>
            <translation>spreadsheet</translation>
        </message>
        <message>
            <source>Wells (instead of the input's)</source>
            <translation>Bronnen (in plaats van die van de invoer)</translation>
        </message>
        <message>
            <source>Optional point layer of open soil-energy wells, e.g. the output of 'Import a soil-energy register', with the fields volume_m3, system_id, screen_top, screen_bottom, temperature and well_id where it has them. When set, every soil-energy step (thermal radius, well conflicts, interference areas, warm and cold zones) and the depth range of the soil-energy claims use this layer instead of the input's wko_wells.</source>
            <translation>Optionele puntlaag met open bodemenergiebronnen, bijv. de uitvoer van 'Bodemenergieregister importeren', met de velden volume_m3, system_id, screen_top, screen_bottom, temperature en well_id voor zover aanwezig. Indien ingesteld gebruiken alle bodemenergiestappen (thermische straal, bronconflicten, interferentiegebieden, warme en koude zones) en het dieptebereik van de bodemenergieclaims deze laag in plaats van wko_wells uit de invoer.</translation>
        </message>
        <message>
            <source>The soil-energy steps use the well layer {layer} instead of the input's.</source>
            <translation>De bodemenergiestappen gebruiken de bronnenlaag {layer} in plaats van die uit de invoer.</translation>
        </message>
    </context>
    <context>
        <name>ThermalRadius</name>
        <message>
            <source>Thermal radius of soil-energy wells</source>
            <translation>Thermische straal van bodemenergiebronnen</translation>
        </message>
        <message>
            <source>Thermal and hydraulic radius of WKO/ATES wells from volume and screen.</source>
            <translation>Thermische en hydraulische straal van WKO-bronnen uit volume en filter.</translation>
        </message>
        <message>
            <source>&lt;p&gt;Computes for each well of an open soil-energy system (WKO / ATES) the thermal radius, the radius of the cylinder of aquifer that the stored heat or cold occupies, and the hydraulic radius, the cylinder the stored water itself fills.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Formulas&lt;/b&gt; (SKB &lt;i&gt;Meer met Bodemenergie&lt;/i&gt; report 2, 4.3.6, after Drijver 2010; also SKB &lt;i&gt;Cahier Bodemenergie&lt;/i&gt;):&lt;br&gt;R_th = √(c_w · V / (c_aq · π · H))&lt;br&gt;R_hyd = √(V / (π · H · n))&lt;br&gt;with V the volume stored in one well in one season (m³), H the screen length (m), c_w = 4.18 MJ/m³K (water), c_aq = 2.8 MJ/m³K (saturated aquifer; sources give 2.45-2.9) and n = 0.30 (porosity).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Check&lt;/b&gt;: V = 50,000 m³, H = 40 m gives R_th = 24.37 m and R_hyd = 36.42 m.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Volumes&lt;/b&gt;: permit volumes are usually about 1.5 × the design volume; use the volume factor 0.67 for expected use (the Den Haag centre study, SKB report 7). With the basis 'per system per year' each well stores the yearly volume divided by the number of wells of its system per season [assumption].&lt;/p&gt;&lt;p&gt;Wells that cannot be computed (empty, zero, negative, non-numeric or implausibly large volume, above 10,000,000 m³ per well per season; a screen depth that is text, negative or deeper than 1,000 m; screen bottom not below top; no location) are skipped with one warning per reason and a count. Layers in a geographic CRS are computed in metres (RD New for Dutch data); the outputs keep the input CRS.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Berekent voor elke bron van een open bodemenergiesysteem (WKO) de thermische straal, de straal van de cilinder van het watervoerende pakket die de opgeslagen warmte of koude inneemt, en de hydraulische straal, de cilinder die het opgeslagen water zelf vult.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Formules&lt;/b&gt; (SKB &lt;i&gt;Meer met Bodemenergie&lt;/i&gt; rapport 2, 4.3.6, naar Drijver 2010; ook SKB &lt;i&gt;Cahier Bodemenergie&lt;/i&gt;):&lt;br&gt;R_th = √(c_w · V / (c_aq · π · H))&lt;br&gt;R_hyd = √(V / (π · H · n))&lt;br&gt;met V het volume dat één bron in één seizoen opslaat (m³), H de filterlengte (m), c_w = 4,18 MJ/m³K (water), c_aq = 2,8 MJ/m³K (verzadigd watervoerend pakket; bronnen noemen 2,45-2,9) en n = 0,30 (porositeit).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Controle&lt;/b&gt;: V = 50.000 m³, H = 40 m geeft R_th = 24,37 m en R_hyd = 36,42 m.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Volumes&lt;/b&gt;: vergunde volumes zijn meestal ongeveer 1,5 × het ontwerpvolume; gebruik volumefactor 0,67 voor het verwachte gebruik (de studie voor het centrum van Den Haag, SKB rapport 7). Met de basis 'per systeem per jaar' slaat elke bron per seizoen het jaarvolume gedeeld door het aantal bronnen van zijn systeem op [aanname].&lt;/p&gt;&lt;p&gt;Bronnen die niet te berekenen zijn (leeg, nul, negatief, niet-numeriek of onwaarschijnlijk groot volume, boven 10.000.000 m³ per bron per seizoen; een filterdiepte die tekst, negatief of dieper dan 1.000 m is; onderkant filter niet onder de bovenkant; geen locatie) worden overgeslagen met één waarschuwing per reden en een aantal. Lagen in een geografisch CRS worden in meters berekend (RD New voor Nederlandse gegevens); de uitvoer houdt het CRS van de invoer.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Wells</source>
            <translation>Bronnen</translation>
        </message>
        <message>
            <source>Point layer of soil-energy wells (one point per well).</source>
            <translation>Puntenlaag met bodemenergiebronnen (één punt per bron).</translation>
        </message>
        <message>
            <source>Wells with thermal radius</source>
            <translation>Bronnen met thermische straal</translation>
        </message>
        <message>
            <source>The wells with all input fields plus v_season (m³), screen_len (m), r_th (m) and r_hyd (m).</source>
            <translation>De bronnen met alle invoervelden plus v_season (m³), screen_len (m), r_th (m) en r_hyd (m).</translation>
        </message>
        <message>
            <source>Thermal radius circles</source>
            <translation>Cirkels thermische straal</translation>
        </message>
        <message>
            <source>Optional: a circle of radius r_th around each well, same attributes.</source>
            <translation>Optioneel: een cirkel met straal r_th rond elke bron, met dezelfde attributen.</translation>
        </message>
        <message>
            <source>Number of wells computed</source>
            <translation>Aantal berekende bronnen</translation>
        </message>
        <message>
            <source>Number of wells skipped</source>
            <translation>Aantal overgeslagen bronnen</translation>
        </message>
        <message>
            <source>Smallest thermal radius (m)</source>
            <translation>Kleinste thermische straal (m)</translation>
        </message>
        <message>
            <source>Largest thermal radius (m)</source>
            <translation>Grootste thermische straal (m)</translation>
        </message>
        <message>
            <source>Distances are computed in {crs}.</source>
            <translation>Afstanden worden berekend in {crs}.</translation>
        </message>
        <message>
            <source>{n} wells: thermal radius {lo:.1f} to {hi:.1f} m.</source>
            <translation>{n} bronnen: thermische straal {lo:.1f} tot {hi:.1f} m.</translation>
        </message>
        <message>
            <source>No well could be computed.</source>
            <translation>Er kon geen enkele bron worden berekend.</translation>
        </message>
    </context>
    <context>
        <name>ValidateGio</name>
        <message>
            <source>Validate a STOP GIO file</source>
            <translation>STOP-GIO-bestand valideren</translation>
        </message>
        <message>
            <source>Checks a GIO (GML) against the STOP schematron rules of imop-geo.</source>
            <translation>Toetst een GIO (GML) aan de STOP-schematronregels van imop-geo.</translation>
        </message>
        <message>
            <source>GIO file</source>
            <translation>GIO-bestand</translation>
        </message>
        <message>
            <source>The GIO to check (.gml).</source>
            <translation>Het te toetsen GIO (.gml).</translation>
        </message>
        <message>
            <source>Fail when a rule is broken</source>
            <translation>Mislukken als een regel wordt overtreden</translation>
        </message>
        <message>
            <source>When ticked the algorithm ends with an error if any rule is broken (useful in scripts and models); otherwise it reports the findings and VALID = false.</source>
            <translation>Indien aangevinkt eindigt het algoritme met een fout als een regel wordt overtreden (handig in scripts en modellen); anders meldt het de bevindingen en VALID = false.</translation>
        </message>
        <message>
            <source>Valid</source>
            <translation>Geldig</translation>
        </message>
        <message>
            <source>Number of findings</source>
            <translation>Aantal bevindingen</translation>
        </message>
        <message>
            <source>Rule codes broken</source>
            <translation>Overtreden regelcodes</translation>
        </message>
        <message>
            <source>Could not read {path}: {error}</source>
            <translation>Kon {path} niet lezen: {error}</translation>
        </message>
        <message>
            <source>{n} finding(s); rules broken: {codes}.</source>
            <translation>{n} bevinding(en); overtreden regels: {codes}.</translation>
        </message>
        <message>
            <source>The GIO passes every checked STOP rule.</source>
            <translation>Het GIO voldoet aan elke getoetste STOP-regel.</translation>
        </message>
        <message>
            <source>&lt;p&gt;Checks a Geografisch Informatieobject (GIO, STOP GML) with the plugin's own implementation of the schematron rules of imop-geo, each reported with its STOP code: STOP3000/3006/3007 (groepID or norm value on all locations or none), 3001 (used groups are declared), 3003/3004 (group ids and labels unique), 3005 (declared groups are used), 3008/3012 (one kind of value per location), 3009/3010/3011/3015/3016 (norm and unit elements), 3013 (basisgeo:id unique), 3019 (geometries have coordinates), 3020/3021 (srsName RD or ETRS89, the same everywhere), 3040 (no arcs), 3090 (no gml:name and the like). Structure checks start with BS-: well-formed XML, root and schemaversie, FRBR identifiers, gml:id (unique, not starting with a digit), basisgeo:id a UUID, closed rings.&lt;/p&gt;&lt;p&gt;Refused without being read: a file with a DOCTYPE declaration (a GIO never has one; this keeps entity expansion and external entities out), a file that is not UTF-8, and a file larger than 512 MB.&lt;/p&gt;&lt;p&gt;This is not the full XML-schema validation of the DSO; it catches what the schematron catches.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Toetst een Geografisch Informatieobject (GIO, STOP-GML) met de eigen implementatie van de plug-in van de schematronregels van imop-geo, elk gemeld met de STOP-code: STOP3000/3006/3007 (groepID of normwaarde op alle locaties of op geen), 3001 (gebruikte groepen zijn gedeclareerd), 3003/3004 (groep-id's en labels uniek), 3005 (gedeclareerde groepen worden gebruikt), 3008/3012 (één soort waarde per locatie), 3009/3010/3011/3015/3016 (norm- en eenheidelementen), 3013 (basisgeo:id uniek), 3019 (geometrieën hebben coördinaten), 3020/3021 (srsName RD of ETRS89, overal dezelfde), 3040 (geen bogen), 3090 (geen gml:name en dergelijke). Structuurcontroles beginnen met BS-: goedgevormde XML, root en schemaversie, FRBR-identificaties, gml:id (uniek, begint niet met een cijfer), basisgeo:id een UUID, gesloten ringen.&lt;/p&gt;&lt;p&gt;Zonder te lezen geweigerd: een bestand met een DOCTYPE-declaratie (een GIO heeft die nooit; zo blijven entiteitexpansie en externe entiteiten buiten), een bestand dat geen UTF-8 is, en een bestand groter dan 512 MB.&lt;/p&gt;&lt;p&gt;Dit is niet de volledige XML-schemavalidatie van het DSO; het vangt wat de schematron vangt.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>{path} is {size:.0f} MB, above the limit of {limit:.0f} MB for a GIO; it was not read.</source>
            <translation>{path} is {size:.0f} MB, boven de grens van {limit:.0f} MB voor een GIO; het is niet gelezen.</translation>
        </message>
        <message>
            <source>{path} has a DOCTYPE declaration (or is not UTF-8); a GIO never has one, so the file was refused and not read.</source>
            <translation>{path} heeft een DOCTYPE-declaratie (of is geen UTF-8); een GIO heeft die nooit, dus het bestand is geweigerd en niet gelezen.</translation>
        </message>
    </context>
    <context>
        <name>WarmColdZones</name>
        <message>
            <source>Warm and cold zones (bodemenergieplan)</source>
            <translation>Warme en koude zones (bodemenergieplan)</translation>
        </message>
        <message>
            <source>Lays out alternating warm and cold zones inside an area.</source>
            <translation>Deelt een gebied in afwisselend warme en koude zones in.</translation>
        </message>
        <message>
            <source>Area</source>
            <translation>Gebied</translation>
        </message>
        <message>
            <source>Polygons to lay the zones out in, each on its own.</source>
            <translation>Polygonen waarin de zones worden ingedeeld, elk afzonderlijk.</translation>
        </message>
        <message>
            <source>Groundwater flow direction (degrees)</source>
            <translation>Stromingsrichting grondwater (graden)</translation>
        </message>
        <message>
            <source>Direction the groundwater flows to, in degrees clockwise from north (0 = to the north, 90 = to the east). Default 0 [assumption: look it up in the regional groundwater model].</source>
            <translation>Richting waarin het grondwater stroomt, in graden met de klok mee vanaf het noorden (0 = naar het noorden, 90 = naar het oosten). Standaard 0 [aanname: zoek haar op in het regionale grondwatermodel].</translation>
        </message>
        <message>
            <source>Zone width (m), 0 = from the reference system</source>
            <translation>Zonebreedte (m), 0 = uit het referentiesysteem</translation>
        </message>
        <message>
            <source>Width of a strip or side of a square. 0 = width factor × R_th of the reference system.</source>
            <translation>Breedte van een strook of zijde van een vierkant. 0 = breedtefactor × R_th van het referentiesysteem.</translation>
        </message>
        <message>
            <source>Layout</source>
            <translation>Indeling</translation>
        </message>
        <message>
            <source>Strips</source>
            <translation>Stroken</translation>
        </message>
        <message>
            <source>Checkerboard</source>
            <translation>Schaakbord</translation>
        </message>
        <message>
            <source>0 = strips parallel to the groundwater flow; 1 = checkerboard.</source>
            <translation>0 = stroken evenwijdig aan de grondwaterstroming; 1 = schaakbord.</translation>
        </message>
        <message>
            <source>First zone</source>
            <translation>Eerste zone</translation>
        </message>
        <message>
            <source>warm</source>
            <translation>warm</translation>
        </message>
        <message>
            <source>koud</source>
            <translation>koud</translation>
        </message>
        <message>
            <source>Temperature of the first strip (on the left looking downstream) or of the first square. Default warm [assumption].</source>
            <translation>Temperatuur van de eerste strook (links gezien in de stroomrichting) of van het eerste vierkant. Standaard warm [aanname].</translation>
        </message>
        <message>
            <source>Width factor</source>
            <translation>Breedtefactor</translation>
        </message>
        <message>
            <source>Zone width = factor × R_th of the reference system; default 3 [assumption: the NVOE distance between warm and cold wells].</source>
            <translation>Zonebreedte = factor × R_th van het referentiesysteem; standaard 3 [aanname: de NVOE-afstand tussen warme en koude bronnen].</translation>
        </message>
        <message>
            <source>Reference volume (m³ per well per season)</source>
            <translation>Referentievolume (m³ per bron per seizoen)</translation>
        </message>
        <message>
            <source>Volume of the reference system's wells; default 50,000 m³ [assumption: a mid-sized utility-building system].</source>
            <translation>Volume van de bronnen van het referentiesysteem; standaard 50.000 m³ [aanname: een middelgroot systeem voor utiliteitsbouw].</translation>
        </message>
        <message>
            <source>Reference screen length (m)</source>
            <translation>Referentiefilterlengte (m)</translation>
        </message>
        <message>
            <source>Screen length of the reference system; default 40 m (Den Haag's first aquifer) [assumption].</source>
            <translation>Filterlengte van het referentiesysteem; standaard 40 m (het eerste watervoerend pakket van Den Haag) [aanname].</translation>
        </message>
        <message>
            <source>Heat capacity of water c_w (MJ/m³K)</source>
            <translation>Warmtecapaciteit van water c_w (MJ/m³K)</translation>
        </message>
        <message>
            <source>Volumetric heat capacity of water, default 4.18 MJ/m³K.</source>
            <translation>Volumetrische warmtecapaciteit van water, standaard 4,18 MJ/m³K.</translation>
        </message>
        <message>
            <source>Heat capacity of the aquifer c_aq (MJ/m³K)</source>
            <translation>Warmtecapaciteit van het watervoerend pakket c_aq (MJ/m³K)</translation>
        </message>
        <message>
            <source>Volumetric heat capacity of the saturated aquifer, default 2.8 MJ/m³K (SKB Meer met Bodemenergie).</source>
            <translation>Volumetrische warmtecapaciteit van het verzadigde watervoerend pakket, standaard 2,8 MJ/m³K (SKB Meer met Bodemenergie).</translation>
        </message>
        <message>
            <source>Wells to check</source>
            <translation>Te controleren bronnen</translation>
        </message>
        <message>
            <source>Optional point layer of wells to check against the zones.</source>
            <translation>Optionele puntlaag met bronnen om tegen de zones te controleren.</translation>
        </message>
        <message>
            <source>Temperature field of the wells</source>
            <translation>Temperatuurveld van de bronnen</translation>
        </message>
        <message>
            <source>Field with warm / koud (also w, k, cold, c; any case) of the wells to check; wells with another value are skipped with a counted warning.</source>
            <translation>Veld met warm / koud (ook w, k, cold, c; hoofdletterongevoelig) van de te controleren bronnen; bronnen met een andere waarde worden overgeslagen met een getelde waarschuwing.</translation>
        </message>
        <message>
            <source>Warm and cold zones</source>
            <translation>Warme en koude zones</translation>
        </message>
        <message>
            <source>Zones clipped to the area: area_id (feature id of the area), zone (warm | koud), zone_nr, width_m, area_m2.</source>
            <translation>Zones bijgesneden tot het gebied: area_id (object-id van het gebied), zone (warm | koud), zone_nr, width_m, area_m2.</translation>
        </message>
        <message>
            <source>Checked wells</source>
            <translation>Gecontroleerde bronnen</translation>
        </message>
        <message>
            <source>Number of zones</source>
            <translation>Aantal zones</translation>
        </message>
        <message>
            <source>Number of wells in the wrong zone</source>
            <translation>Aantal bronnen in de verkeerde zone</translation>
        </message>
        <message>
            <source>Zone width used (m)</source>
            <translation>Gebruikte zonebreedte (m)</translation>
        </message>
        <message>
            <source>Zone width from the reference system: {w:.2f} m.</source>
            <translation>Zonebreedte uit het referentiesysteem: {w:.2f} m.</translation>
        </message>
        <message>
            <source>Distances are computed in {crs}.</source>
            <translation>Afstanden worden berekend in {crs}.</translation>
        </message>
        <message>
            <source>area without a usable polygon</source>
            <translation>gebied zonder bruikbare polygoon</translation>
        </message>
        <message>
            <source>Area {fid} would get about {n:,.0f} zones: choose a larger zone width.</source>
            <translation>Gebied {fid} zou ongeveer {n:,.0f} zones krijgen: kies een grotere zonebreedte.</translation>
        </message>
        <message>
            <source>No zone was laid out: the area layer has no usable polygon.</source>
            <translation>Er is geen zone ingedeeld: de gebiedslaag heeft geen bruikbare polygoon.</translation>
        </message>
        <message>
            <source>well without a point geometry</source>
            <translation>bron zonder puntgeometrie</translation>
        </message>
        <message>
            <source>temperature in field '{}' is not warm or koud</source>
            <translation>temperatuur in veld '{}' is niet warm of koud</translation>
        </message>
        <message>
            <source>the location cannot be transformed to metres</source>
            <translation>de locatie kan niet naar meters worden getransformeerd</translation>
        </message>
        <message>
            <source>&lt;p&gt;Lays out a bodemenergieplan: alternating warm and cold zones inside an area (e.g. a candidate interference area), so that the warm wells of all systems gather in warm zones and the cold wells in cold zones (Handreiking masterplannen bodemenergie; the Binckhorst bodemenergieplan 2019).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Strips&lt;/b&gt; run parallel to the regional groundwater flow and alternate across it. Heat drifts with the groundwater (at about v · n · c_w / c_aq: 40 m a year of groundwater moves the heat about 18 m a year), so a plume moves along its own strip towards wells of the same temperature, where it helps instead of harms; the warm-cold axis of each doublet then runs across the flow, into the neighbouring strip (Handreiking masterplannen bodemenergie; Petschacher &amp; Vasvari, Adv. Geosci. 67, 2026). Strips across the flow would carry warm plumes onto cold wells. The first strip, on the left looking downstream, gets the first zone. &lt;b&gt;Checkerboard&lt;/b&gt;: squares of the zone width, in the same orientation; it suits only areas where the groundwater flow is negligible, since with flow a plume crosses into the next square of the other temperature.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Zone width&lt;/b&gt;: give it, or leave 0 to derive it as width factor × R_th of a reference system: 3 × R_th(50,000 m³, 40 m) = 3 × 24.37 = 73.1 m [assumption: of the order of the NVOE distance 3 × R_th], with R_th = √(c_w V / (c_aq π H)).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Zone check&lt;/b&gt; (with a well layer and its temperature field): a well is &lt;i&gt;ok&lt;/i&gt; only when its thermal radius stays inside its own zone, i.e. its distance to the nearest zone of the other temperature is at least R_th; &lt;i&gt;near_border&lt;/i&gt; when it lies in its own zone but closer than R_th to the other temperature (border_distance gives the distance; a well on the border has 0); &lt;i&gt;wrong_zone&lt;/i&gt; in a zone of the other temperature; &lt;i&gt;outside&lt;/i&gt; in no zone. R_th comes from the volume field (m³ per well per season) and the screen length (screen fields, else the reference screen length); without a volume field every well gets the R_th of the reference system [assumption].&lt;/p&gt;&lt;p&gt;&lt;b&gt;Per aquifer&lt;/b&gt;: a zone plan is made for one aquifer. Give the aquifer as a depth range (e.g. 18-60, m below surface) or as a code or name matched against the aquifer field (e.g. 1; a field named 'aquifer' is used when present; 1, WVP1 and '1e watervoerend pakket' are the same aquifer); then only the wells screened in it are checked. Wells without depth or code are checked too, with a counted warning [assumption].&lt;/p&gt;&lt;p&gt;&lt;b&gt;Fit to the wells&lt;/b&gt; (optional): over a built-up area the strips can be placed so that as few existing wells as possible are in the wrong zone or near a border. The zone borders are shifted across the flow (for a checkerboard also along it) in steps of 1/256 of the zone width, optionally also trying the other first zone, and the plan with the fewest wrong-zone + near-border wells of each area is laid out (of equally good offsets the middle one, which stays best when a well moves a little). The log gives the counts before and after.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Maakt de indeling van een bodemenergieplan: afwisselend warme en koude zones binnen een gebied (bijvoorbeeld een kandidaat-interferentiegebied), zodat de warme bronnen van alle systemen samenkomen in warme zones en de koude bronnen in koude zones (Handreiking masterplannen bodemenergie; het bodemenergieplan Binckhorst 2019).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Stroken&lt;/b&gt; lopen evenwijdig aan de regionale grondwaterstroming en wisselen elkaar dwars daarop af. Warmte drijft mee met het grondwater (met ongeveer v · n · c_w / c_aq: 40 m grondwater per jaar verplaatst de warmte ongeveer 18 m per jaar), zodat een pluim langs zijn eigen strook drijft naar bronnen van dezelfde temperatuur, waar hij helpt in plaats van schaadt; de warm-koudas van elk doublet loopt dan dwars op de stroming, naar de naburige strook (Handreiking masterplannen bodemenergie; Petschacher &amp; Vasvari, Adv. Geosci. 67, 2026). Stroken dwars op de stroming zouden warme pluimen naar koude bronnen voeren. De eerste strook, links gezien in de stroomrichting, krijgt de eerste zone. &lt;b&gt;Schaakbord&lt;/b&gt;: vierkanten ter grootte van de zonebreedte, in dezelfde richting; alleen geschikt waar de grondwaterstroming verwaarloosbaar is, omdat bij stroming een pluim het volgende vierkant van de andere temperatuur in drijft.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Zonebreedte&lt;/b&gt;: geef deze op, of laat 0 staan om haar af te leiden als breedtefactor × R_th van een referentiesysteem: 3 × R_th(50.000 m³, 40 m) = 3 × 24,37 = 73,1 m [aanname: in de orde van de NVOE-afstand 3 × R_th], met R_th = √(c_w V / (c_aq π H)).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Zonecontrole&lt;/b&gt; (met een bronnenlaag en het temperatuurveld): een bron is alleen &lt;i&gt;ok&lt;/i&gt; als zijn thermische straal binnen zijn eigen zone blijft, dus als de afstand tot de dichtstbijzijnde zone van de andere temperatuur ten minste R_th is; &lt;i&gt;near_border&lt;/i&gt; als hij in zijn eigen zone staat maar dichter dan R_th bij de andere temperatuur (border_distance geeft de afstand; een bron op de grens heeft 0); &lt;i&gt;wrong_zone&lt;/i&gt; in een zone van de andere temperatuur; &lt;i&gt;outside&lt;/i&gt; in geen enkele zone. R_th volgt uit het volumeveld (m³ per bron per seizoen) en de filterlengte (filtervelden, anders de referentiefilterlengte); zonder volumeveld krijgt elke bron de R_th van het referentiesysteem [aanname].&lt;/p&gt;&lt;p&gt;&lt;b&gt;Per watervoerend pakket&lt;/b&gt;: een zoneplan wordt gemaakt voor één pakket. Geef het pakket als dieptebereik (bijvoorbeeld 18-60, m onder maaiveld) of als code of naam die wordt vergeleken met het pakketveld (bijvoorbeeld 1; een veld met de naam 'aquifer' wordt gebruikt als het er is; 1, WVP1 en '1e watervoerend pakket' zijn hetzelfde pakket); dan worden alleen de bronnen die erin gefilterd zijn gecontroleerd. Bronnen zonder diepte of code worden ook gecontroleerd, met een getelde waarschuwing [aanname].&lt;/p&gt;&lt;p&gt;&lt;b&gt;Aanpassen aan de bronnen&lt;/b&gt; (optioneel): boven bebouwd gebied kunnen de stroken zo worden gelegd dat zo weinig mogelijk bestaande bronnen in de verkeerde zone of bij een grens staan. De zonegrenzen worden dwars op de stroming verschoven (bij een schaakbord ook langs de stroming) in stappen van 1/256 van de zonebreedte, desgewenst ook met de andere eerste zone, en per gebied wordt het plan met de minste bronnen in de verkeerde zone + bij een grens gelegd (van even goede verschuivingen de middelste, die het beste blijft als een bron een beetje verschuift). Het logboek geeft de aantallen ervoor en erna.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Volume field of the wells (m³ per season)</source>
            <translation>Volumeveld van de bronnen (m³ per seizoen)</translation>
        </message>
        <message>
            <source>Optional: volume stored per well per season, for each well's thermal radius R_th; without it every well gets the R_th of the reference system [assumption].</source>
            <translation>Optioneel: opgeslagen volume per bron per seizoen, voor de thermische straal R_th van elke bron; zonder dit veld krijgt elke bron de R_th van het referentiesysteem [aanname].</translation>
        </message>
        <message>
            <source>Screen top field (m below surface)</source>
            <translation>Veld bovenkant filter (m -mv)</translation>
        </message>
        <message>
            <source>Screen bottom field (m below surface)</source>
            <translation>Veld onderkant filter (m -mv)</translation>
        </message>
        <message>
            <source>Optional: the screen depth of the wells, for the screen length H (else the reference screen length) and to choose the wells of one aquifer.</source>
            <translation>Optioneel: de filterdiepte van de bronnen, voor de filterlengte H (anders de referentiefilterlengte) en om de bronnen van één watervoerend pakket te kiezen.</translation>
        </message>
        <message>
            <source>Aquifer of the plan (depth range or code)</source>
            <translation>Watervoerend pakket van het plan (dieptebereik of code)</translation>
        </message>
        <message>
            <source>Optional: the aquifer the plan is made for, as a depth range in m below surface ('18-60') or an aquifer code or name matched against the aquifer field ('1'). Only the wells screened in it are checked. Empty: all wells.</source>
            <translation>Optioneel: het watervoerend pakket waarvoor het plan wordt gemaakt, als dieptebereik in m onder maaiveld ('18-60') of als pakketcode of -naam die wordt vergeleken met het pakketveld ('1'). Alleen de bronnen die erin gefilterd zijn worden gecontroleerd. Leeg: alle bronnen.</translation>
        </message>
        <message>
            <source>Fit the zones to the wells</source>
            <translation>Zones aanpassen aan de bronnen</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Nee</translation>
        </message>
        <message>
            <source>Shift the zone borders</source>
            <translation>Zonegrenzen verschuiven</translation>
        </message>
        <message>
            <source>Shift the zone borders and choose the first zone</source>
            <translation>Zonegrenzen verschuiven en de eerste zone kiezen</translation>
        </message>
        <message>
            <source>Place the zones so that as few of the checked wells as possible are in the wrong zone or near a border (needs a well layer): 1 = shift the borders across the flow (a checkerboard also along it); 2 = also try the other first zone. The log gives the counts before and after.</source>
            <translation>Leg de zones zo dat zo weinig mogelijk van de gecontroleerde bronnen in de verkeerde zone of bij een grens staan (vereist een bronnenlaag): 1 = de grenzen dwars op de stroming verschuiven (bij een schaakbord ook langs de stroming); 2 = ook de andere eerste zone proberen. Het logboek geeft de aantallen ervoor en erna.</translation>
        </message>
        <message>
            <source>The checked wells with zone_check = ok | near_border | wrong_zone | outside, border_distance (m, to the nearest zone of the other temperature, for near_border) and r_th (m) (only with a well layer).</source>
            <translation>De gecontroleerde bronnen met zone_check = ok | near_border | wrong_zone | outside, border_distance (m, tot de dichtstbijzijnde zone van de andere temperatuur, bij near_border) en r_th (m) (alleen met een bronnenlaag).</translation>
        </message>
        <message>
            <source>Number of wells closer than R_th to the other zone</source>
            <translation>Aantal bronnen dichter dan R_th bij de andere zone</translation>
        </message>
        <message>
            <source>Wells in the wrong zone before the fit</source>
            <translation>Bronnen in de verkeerde zone vóór het aanpassen</translation>
        </message>
        <message>
            <source>Wells near a border before the fit</source>
            <translation>Bronnen bij een grens vóór het aanpassen</translation>
        </message>
        <message>
            <source>Aquifer of the plan: the bottom of the depth range '{}' must lie below its top.</source>
            <translation>Watervoerend pakket van het plan: de onderkant van het dieptebereik '{}' moet onder de bovenkant liggen.</translation>
        </message>
        <message>
            <source>Aquifer of the plan '{}' is not a depth range (e.g. 18-60) and the wells have no aquifer field to match it against.</source>
            <translation>Watervoerend pakket van het plan '{}' is geen dieptebereik (bijvoorbeeld 18-60) en de bronnen hebben geen pakketveld om het mee te vergelijken.</translation>
        </message>
        <message>
            <source>{n} well(s) without a usable volume in field '{field}' get the reference system's R_th of {r:.1f} m.</source>
            <translation>{n} bron(nen) zonder bruikbaar volume in veld '{field}' krijgen de R_th van het referentiesysteem, {r:.1f} m.</translation>
        </message>
        <message>
            <source>{n} well(s) without a screen depth or aquifer code are checked as if they were in aquifer '{a}'.</source>
            <translation>{n} bron(nen) zonder filterdiepte of pakketcode worden gecontroleerd alsof ze in pakket '{a}' staan.</translation>
        </message>
        <message>
            <source>{k} of {n} wells are in aquifer '{a}'; the others are not checked.</source>
            <translation>{k} van {n} bronnen staan in pakket '{a}'; de andere worden niet gecontroleerd.</translation>
        </message>
        <message>
            <source>Fitting the zones to the wells needs a well layer (WELLS).</source>
            <translation>Het aanpassen van de zones aan de bronnen vereist een bronnenlaag (WELLS).</translation>
        </message>
        <message>
            <source>Area {fid}: zones fitted to {n} wells: borders shifted {o:.1f} m across the flow{ov}, first zone {z}.</source>
            <translation>Gebied {fid}: zones aangepast aan {n} bronnen: grenzen {o:.1f} m dwars op de stroming verschoven{ov}, eerste zone {z}.</translation>
        </message>
        <message>
            <source> and {:.1f} m along it</source>
            <translation> en {:.1f} m langs de stroming</translation>
        </message>
        <message>
            <source>{n} of {m} wells in the wrong zone, {b} near a border (closer than R_th to the other zone), {o} outside the zones.</source>
            <translation>{n} van {m} bronnen in de verkeerde zone, {b} bij een grens (dichter dan R_th bij de andere zone), {o} buiten de zones.</translation>
        </message>
        <message>
            <source>Fit to the wells: wrong zone {wb} -&gt; {wa}, near a border {nb} -&gt; {na} (of {m} checked wells).</source>
            <translation>Aanpassen aan de bronnen: verkeerde zone {wb} -&gt; {wa}, bij een grens {nb} -&gt; {na} (van {m} gecontroleerde bronnen).</translation>
        </message>
    </context>
    <context>
        <name>WasteWaterHeat</name>
        <message>
            <source>Heat from waste water (TEA)</source>
            <translation>Warmte uit afvalwater (TEA)</translation>
        </message>
        <message>
            <source>Heat a heat pump can take from the flow of treatment plants, pumping stations or pressure mains.</source>
            <translation>Warmte die een warmtepomp kan halen uit het debiet van zuiveringen, rioolgemalen of persleidingen.</translation>
        </message>
        <message>
            <source>Waste-water sources</source>
            <translation>Afvalwaterbronnen</translation>
        </message>
        <message>
            <source>Points of treatment plants, pumping stations or pressure mains.</source>
            <translation>Punten van zuiveringen, rioolgemalen of persleidingen.</translation>
        </message>
        <message>
            <source>Flow field (m³/day)</source>
            <translation>Debietveld (m³/dag)</translation>
        </message>
        <message>
            <source>Numeric field with the average flow in m³/day.</source>
            <translation>Numeriek veld met het gemiddelde debiet in m³/dag.</translation>
        </message>
        <message>
            <source>Flow when the field is empty (m³/day)</source>
            <translation>Debiet als het veld leeg is (m³/dag)</translation>
        </message>
        <message>
            <source>Flow used where the flow field is missing or empty; 0 skips those points (text in the field is never replaced: that point is skipped).</source>
            <translation>Debiet dat wordt gebruikt waar het debietveld ontbreekt of leeg is; 0 slaat die punten over (tekst in het veld wordt nooit vervangen: dat punt wordt overgeslagen).</translation>
        </message>
        <message>
            <source>Cooling of the waste water (K)</source>
            <translation>Afkoeling van het afvalwater (K)</translation>
        </message>
        <message>
            <source>Cooling field (K)</source>
            <translation>Afkoelingsveld (K)</translation>
        </message>
        <message>
            <source>Optional numeric field that overrides the cooling per point; where it is empty the cooling parameter is used, where it is text, zero, negative or above 30 K the point is skipped with a warning.</source>
            <translation>Optioneel numeriek veld dat de afkoeling per punt vervangt; waar het leeg is wordt de afkoelingsparameter gebruikt, waar het tekst, nul, negatief of boven 30 K is wordt het punt met een waarschuwing overgeslagen.</translation>
        </message>
        <message>
            <source>COP of the heat pump</source>
            <translation>COP van de warmtepomp</translation>
        </message>
        <message>
            <source>Coefficient of performance of the heat pump (default 4; aquathermie.nl gives 3-5).</source>
            <translation>Prestatiecoëfficiënt van de warmtepomp (standaard 4; aquathermie.nl noemt 3-5).</translation>
        </message>
        <message>
            <source>GJ per home-equivalent</source>
            <translation>GJ per woningequivalent</translation>
        </message>
        <message>
            <source>Heat capacity of water (MJ/m³K)</source>
            <translation>Warmtecapaciteit van water (MJ/m³K)</translation>
        </message>
        <message>
            <source>Volumetric heat capacity of water (4.18 MJ/m³K).</source>
            <translation>Volumetrische warmtecapaciteit van water (4,18 MJ/m³K).</translation>
        </message>
        <message>
            <source>Supply radius (m)</source>
            <translation>Leveringsstraal (m)</translation>
        </message>
        <message>
            <source>Optional radius of the supply area drawn around each source (0 or empty: none) [assumption].</source>
            <translation>Optionele straal van het leveringsgebied rond elke bron (0 of leeg: geen) [aanname].</translation>
        </message>
        <message>
            <source>Waste-water heat</source>
            <translation>Warmte uit afvalwater</translation>
        </message>
        <message>
            <source>The points with flow_m3_day, delta_t, source_gj, delivered_gj, electricity_gj, homes and mw_avg.</source>
            <translation>De punten met flow_m3_day, delta_t, source_gj, delivered_gj, electricity_gj, homes en mw_avg.</translation>
        </message>
        <message>
            <source>Supply areas</source>
            <translation>Leveringsgebieden</translation>
        </message>
        <message>
            <source>Optional: circles of the supply radius, same attributes.</source>
            <translation>Optioneel: cirkels met de leveringsstraal, zelfde attributen.</translation>
        </message>
        <message>
            <source>Total heat from the waste water (GJ/yr)</source>
            <translation>Totale warmte uit het afvalwater (GJ/jaar)</translation>
        </message>
        <message>
            <source>Total delivered heat (GJ/yr)</source>
            <translation>Totale geleverde warmte (GJ/jaar)</translation>
        </message>
        <message>
            <source>Total home-equivalents</source>
            <translation>Totaal aantal woningequivalenten</translation>
        </message>
        <message>
            <source>Number of points skipped</source>
            <translation>Aantal overgeslagen punten</translation>
        </message>
        <message>
            <source>Give a flow field (m³/day) or a flow larger than 0.</source>
            <translation>Geef een debietveld (m³/dag) of een debiet groter dan 0.</translation>
        </message>
        <message>
            <source>no positive flow (field empty and no fallback flow)</source>
            <translation>geen positief debiet (veld leeg en geen vervangend debiet)</translation>
        </message>
        <message>
            <source>text in the flow field</source>
            <translation>tekst in het debietveld</translation>
        </message>
        <message>
            <source>a flow of zero or less</source>
            <translation>een debiet van nul of minder</translation>
        </message>
        <message>
            <source>a flow above {max:,.0f} m³/day (implausible)</source>
            <translation>een debiet boven {max:,.0f} m³/dag (onaannemelijk)</translation>
        </message>
        <message>
            <source>text in the cooling field</source>
            <translation>tekst in het afkoelingsveld</translation>
        </message>
        <message>
            <source>a cooling of zero or less</source>
            <translation>een afkoeling van nul of minder</translation>
        </message>
        <message>
            <source>a cooling above {max:,.0f} K (implausible)</source>
            <translation>een afkoeling boven {max:,.0f} K (onaannemelijk)</translation>
        </message>
        <message>
            <source>The input layer is empty: nothing to compute.</source>
            <translation>De invoerlaag is leeg: er is niets te berekenen.</translation>
        </message>
        <message>
            <source>source without a geometry</source>
            <translation>bron zonder geometrie</translation>
        </message>
        <message>
            <source>No source could be computed.</source>
            <translation>Er kon geen enkele bron worden berekend.</translation>
        </message>
        <message>
            <source>{src:,.0f} GJ/yr from the waste water, {dl:,.0f} GJ/yr delivered, {homes:,.0f} home-equivalents.</source>
            <translation>{src:,.0f} GJ/jaar uit het afvalwater, {dl:,.0f} GJ/jaar geleverd, {homes:,.0f} woningequivalenten.</translation>
        </message>
        <message>
            <source>&lt;p&gt;Heat from waste water (TEA, thermal energy from waste water) at treatment plants (AWZI/RWZI), sewage pumping stations or pressure mains.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Formulas&lt;/b&gt;: source = flow (m³/day) × 365 × 4.18 MJ/m³K × ΔT / 1000 (GJ/yr); delivered = source × COP/(COP−1); electricity = delivered/COP; homes = delivered / 33 GJ per home-equivalent; mw_avg = source spread over the year (8,760 h). Defaults: ΔT 4 K (the Bronnenstrategie's 'cooling by 4 degrees'), COP 4 (aquathermie.nl gives 3-5).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Check, AWZI Houtrust&lt;/b&gt; (Delfland: about 79,000 m³/day, 430,000 population equivalents): 79,000 × 365 × 4.18 × 4 = 482,121 GJ (0.48 PJ) from the water, 642,828 GJ delivered with COP 4, 19,480 homes at 33 GJ, on average 15.3 MW (COP 3: 723,182 GJ delivered). The Bronnenstrategie says 'about 1 PJ, 20,000 homes' (50 GJ per home): right in order of magnitude, but the computed 0.64-0.72 PJ delivered is 28-36 % below its 1 PJ, i.e. the Bronnenstrategie's figure is 39-56 % above the computation (1 PJ at COP 4 would need about 123,000 m³/day), unless wet-weather flow is counted.&lt;/p&gt;&lt;p&gt;The supply radius (optional) draws a circle of where the heat can reasonably go [assumption: small projects a few hundred metres, large ones up to about 5 km].&lt;/p&gt;&lt;p&gt;&lt;b&gt;Bad values&lt;/b&gt;: an empty flow field uses the fallback flow and an empty cooling field the cooling parameter. A point is skipped, with a counted warning, when its flow or cooling is text, zero or negative, or implausibly large (a flow above 10,000,000 m³/day, a cooling above 30 K [assumption]), and when it has no geometry. Skipped points are left out of the output and the totals.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Warmte uit afvalwater (TEA, thermische energie uit afvalwater) bij zuiveringen (AWZI/RWZI), rioolgemalen of persleidingen.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Formules&lt;/b&gt;: bron = debiet (m³/dag) × 365 × 4,18 MJ/m³K × ΔT / 1000 (GJ/jaar); geleverd = bron × COP/(COP−1); elektriciteit = geleverd/COP; woningen = geleverd / 33 GJ per woningequivalent; mw_avg = de bron gespreid over het jaar (8.760 u). Standaardwaarden: ΔT 4 K (het 'afkoelen met 4 graden' uit de Bronnenstrategie), COP 4 (aquathermie.nl noemt 3-5).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Controle, AWZI Houtrust&lt;/b&gt; (Delfland: ongeveer 79.000 m³/dag, 430.000 inwonerequivalenten): 79.000 × 365 × 4,18 × 4 = 482.121 GJ (0,48 PJ) uit het water, 642.828 GJ geleverd met COP 4, 19.480 woningen bij 33 GJ, gemiddeld 15,3 MW (COP 3: 723.182 GJ geleverd). De Bronnenstrategie noemt 'ongeveer 1 PJ, 20.000 woningen' (50 GJ per woning): de goede orde van grootte, maar de berekende 0,64-0,72 PJ geleverd ligt 28-36 % onder haar 1 PJ, oftewel het getal van de Bronnenstrategie ligt 39-56 % boven de berekening (1 PJ bij COP 4 zou ongeveer 123.000 m³/dag vragen), tenzij het debiet bij regen wordt meegeteld.&lt;/p&gt;&lt;p&gt;De leveringsstraal (optioneel) tekent een cirkel van waar de warmte redelijkerwijs heen kan [aanname: kleine projecten een paar honderd meter, grote tot ongeveer 5 km].&lt;/p&gt;&lt;p&gt;&lt;b&gt;Foute waarden&lt;/b&gt;: bij een leeg debietveld wordt het reservedebiet gebruikt en bij een leeg afkoelingsveld de afkoelingsparameter. Een punt wordt overgeslagen, met een waarschuwing met het aantal, als het debiet of de afkoeling tekst, nul of negatief is, of onaannemelijk groot (een debiet boven 10.000.000 m³/dag, een afkoeling boven 30 K [aanname]), en als het geen geometrie heeft. Overgeslagen punten staan niet in de uitvoer en tellen niet mee in de totalen.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>How much the waste water is cooled (default 4 K, the Bronnenstrategie).</source>
            <translation>Hoeveel het afvalwater wordt afgekoeld (standaard 4 K, de Bronnenstrategie).</translation>
        </message>
        <message>
            <source>Heat demand of one home-equivalent (default 33 GJ/yr, derived from the Bronnenstrategie).</source>
            <translation>Warmtevraag van één woningequivalent (standaard 33 GJ/jaar, afgeleid uit de Bronnenstrategie).</translation>
        </message>
    </context>
    <context>
        <name>WellConflicts</name>
        <message>
            <source>Well conflicts (distance rules)</source>
            <translation>Bronconflicten (afstandsregels)</translation>
        </message>
        <message>
            <source>Pairs of soil-energy wells closer than the distance rules allow.</source>
            <translation>Paren bodemenergiebronnen die dichter bij elkaar staan dan de afstandsregels toestaan.</translation>
        </message>
        <message>
            <source>Wells</source>
            <translation>Bronnen</translation>
        </message>
        <message>
            <source>Point layer of soil-energy wells (one point per well), or of systems (see 'One point per system').</source>
            <translation>Puntlaag met bodemenergiebronnen (één punt per bron), of met systemen (zie 'Eén punt per systeem').</translation>
        </message>
        <message>
            <source>Well id field</source>
            <translation>Bron-id-veld</translation>
        </message>
        <message>
            <source>One point per system (wells unknown)</source>
            <translation>Eén punt per systeem (bronnen onbekend)</translation>
        </message>
        <message>
            <source>When checked, each point is a system (a doublet) whose volume field holds the yearly volume; R_th is computed from yearly volume / 2 and each system gets a footprint circle of 2.5 × R_th [assumption]. The temperature field and the volume basis are then not used.</source>
            <translation>Indien aangevinkt is elk punt een systeem (een doublet) waarvan het volumeveld het jaarvolume bevat; R_th wordt berekend uit jaarvolume / 2 en elk systeem krijgt een cirkelvormige voetafdruk van 2,5 × R_th [aanname]. Het temperatuurveld en de volumebasis worden dan niet gebruikt.</translation>
        </message>
        <message>
            <source>Closed loops (BTES)</source>
            <translation>Gesloten systemen (BTES)</translation>
        </message>
        <message>
            <source>Optional point or polygon layer of closed soil-energy systems.</source>
            <translation>Optionele punt- of polygoonlaag met gesloten bodemenergiesystemen.</translation>
        </message>
        <message>
            <source>Closed loop top field (m below surface)</source>
            <translation>Veld bovenkant gesloten systeem (m onder maaiveld)</translation>
        </message>
        <message>
            <source>Closed loop bottom field (m below surface)</source>
            <translation>Veld onderkant gesloten systeem (m onder maaiveld)</translation>
        </message>
        <message>
            <source>Optional depth of the closed loop, in the same reference as the well screens; an empty depth counts as overlapping every screen [assumption].</source>
            <translation>Optionele diepte van het gesloten systeem, in dezelfde referentie als de bronfilters; een lege diepte telt als overlappend met elk filter [aanname].</translation>
        </message>
        <message>
            <source>Factor: closed loop near an open well</source>
            <translation>Factor: gesloten systeem bij een open bron</translation>
        </message>
        <message>
            <source>A closed loop within factor × R_th of an open well with overlapping depth is a conflict. Default 1 (SKB WP-4 study).</source>
            <translation>Een gesloten systeem binnen factor × R_th van een open bron met overlappende diepte is een conflict. Standaard 1 (SKB WP-4-studie).</translation>
        </message>
        <message>
            <source>Minimum distance between closed loops (m)</source>
            <translation>Minimale afstand tussen gesloten systemen (m)</translation>
        </message>
        <message>
            <source>Two closed loops closer than this are a conflict closed_closed. Default 0 = not checked [assumption; cumulative effects are considered up to about 120 m, SIKB].</source>
            <translation>Twee gesloten systemen dichter bij elkaar dan dit zijn een conflict closed_closed. Standaard 0 = niet gecontroleerd [aanname; cumulatieve effecten worden tot ongeveer 120 m beschouwd, SIKB].</translation>
        </message>
        <message>
            <source>Well conflicts</source>
            <translation>Bronconflicten</translation>
        </message>
        <message>
            <source>Number of conflicts</source>
            <translation>Aantal conflicten</translation>
        </message>
        <message>
            <source>closed loop without a usable geometry</source>
            <translation>gesloten systeem zonder bruikbare geometrie</translation>
        </message>
        <message>
            <source>Choose the system id field (SYSTEM_FIELD).</source>
            <translation>Kies het systeem-id-veld (SYSTEM_FIELD).</translation>
        </message>
        <message>
            <source>Choose the temperature field (TEMPERATURE_FIELD, values warm / koud), or check 'One point per system'.</source>
            <translation>Kies het temperatuurveld (TEMPERATURE_FIELD, waarden warm / koud), of vink 'Eén punt per systeem' aan.</translation>
        </message>
        <message>
            <source>Distances are computed in {crs}.</source>
            <translation>Afstanden worden berekend in {crs}.</translation>
        </message>
        <message>
            <source>The input layer is empty: nothing to compute.</source>
            <translation>De invoerlaag is leeg: er is niets te berekenen.</translation>
        </message>
        <message>
            <source>No well could be computed.</source>
            <translation>Er kon geen enkele bron worden berekend.</translation>
        </message>
        <message>
            <source>no system id in field '{}'</source>
            <translation>geen systeem-id in veld '{}'</translation>
        </message>
        <message>
            <source>{n} pair(s) of wells stand on the same spot (within 1 mm), e.g. feature ids {a} and {b}: duplicates in the layer?</source>
            <translation>{n} paar/paren bronnen staan op dezelfde plek (binnen 1 mm), bijvoorbeeld object-id's {a} en {b}: dubbele bronnen in de laag?</translation>
        </message>
        <message>
            <source>{n} systems with footprint radius {f:g} × R_th.</source>
            <translation>{n} systemen met een voetafdrukstraal van {f:g} × R_th.</translation>
        </message>
        <message>
            <source>{n} conflict(s) among {w} wells: {kinds}.</source>
            <translation>{n} conflict(en) tussen {w} bronnen: {kinds}.</translation>
        </message>
        <message>
            <source>&lt;p&gt;Finds every pair of wells of open soil-energy systems (WKO / ATES) that stand closer than the distance rules allow, and draws a line from well a to well b for each pair, once.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Rules&lt;/b&gt; (R_th = thermal radius, computed as in &lt;i&gt;Thermal radius of soil-energy wells&lt;/i&gt;):&lt;br&gt;warm and cold well of one system: 3 × the larger R_th (NVOE guideline, in the SKB &lt;i&gt;Meer met Bodemenergie&lt;/i&gt; reports);&lt;br&gt;opposite temperature, different systems: 3 × the larger R_th [assumption: the same physics];&lt;br&gt;same temperature, different systems: R_th,a + R_th,b, the bubbles may touch [assumption; MMB report 7 reports positive interference of clustered same-temperature wells];&lt;br&gt;two wells of one system with the same temperature are no conflict.&lt;br&gt;A pair is a conflict when the distance is less than the required distance; shortfall = required - distance.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Per aquifer&lt;/b&gt;: the rules apply only to wells that store in the same aquifer. R_th is a cylinder in the screened aquifer; wells whose screens lie in different aquifers, with a separating clay layer between them, do not interfere in the sense of these rules (the Den Haag centre allows new systems only in the 2nd/3rd aquifer to keep them apart from the 1st, SKB Meer met Bodemenergie report 7). Two wells share an aquifer when their screen depth ranges (screen top - bottom) overlap; a well without a known depth counts as overlapping [assumption], with a counted warning. With an aquifer field (optional; a field named 'aquifer' is used when present) two wells that both have a code conflict only when the codes are equal. The output names the aquifer (aquifer_a, aquifer_b) or the screen depths (depth_a, depth_b) of each pair.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Closed loops&lt;/b&gt; (BTES, optional): a closed loop within 1 × R_th of an open well whose screen depth range overlaps the loop's depth range is a conflict &lt;i&gt;closed_open&lt;/i&gt; (SKB WP-4 study); a missing depth counts as overlapping [assumption]. Two closed loops closer than the minimum distance are &lt;i&gt;closed_closed&lt;/i&gt; (off by default).&lt;/p&gt;&lt;p&gt;&lt;b&gt;One point per system&lt;/b&gt; (e.g. a provincial permit layer with Vergund_m3_jaar): each point is then a doublet whose wells are not known. It is modelled as a footprint circle of radius 2.5 × R_th (two wells 3 × R_th apart, centred on the point; 2.5 = factor same system / 2 + 1), with R_th from the yearly volume / 2. Systems whose footprints overlap, in the same aquifer, are &lt;i&gt;system_overlap&lt;/i&gt;. This is an approximation [assumption]: it finds crowded systems, not the real well pairs.&lt;/p&gt;&lt;p&gt;Wells are found with a spatial index (a grid of cells), so a province of 10,000 wells takes seconds. Layers in a geographic CRS are computed in metres (RD New for Dutch data); the output keeps the input CRS.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Vindt elk paar bronnen van open bodemenergiesystemen (WKO / ATES) dat dichter bij elkaar staat dan de afstandsregels toestaan, en tekent voor elk paar één lijn van bron a naar bron b.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Regels&lt;/b&gt; (R_th = thermische straal, berekend als in &lt;i&gt;Thermische straal van bodemenergiebronnen&lt;/i&gt;):&lt;br&gt;warme en koude bron van één systeem: 3 × de grootste R_th (NVOE-richtlijn, in de SKB-rapporten &lt;i&gt;Meer met Bodemenergie&lt;/i&gt;);&lt;br&gt;tegengestelde temperatuur, verschillende systemen: 3 × de grootste R_th [aanname: dezelfde fysica];&lt;br&gt;zelfde temperatuur, verschillende systemen: R_th,a + R_th,b, de bellen mogen elkaar raken [aanname; MMB rapport 7 meldt positieve interferentie van geclusterde bronnen met dezelfde temperatuur];&lt;br&gt;twee bronnen van één systeem met dezelfde temperatuur zijn geen conflict.&lt;br&gt;Een paar is een conflict als de afstand kleiner is dan de vereiste afstand; tekort = vereist - afstand.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Per watervoerend pakket&lt;/b&gt;: de regels gelden alleen voor bronnen die in hetzelfde pakket opslaan. R_th is een cilinder in het gefilterde pakket; bronnen waarvan de filters in verschillende pakketten staan, met een scheidende kleilaag ertussen, beïnvloeden elkaar niet in de zin van deze regels (het centrum van Den Haag staat nieuwe systemen alleen toe in het 2e/3e pakket om ze gescheiden te houden van het 1e, SKB Meer met Bodemenergie rapport 7). Twee bronnen delen een pakket als hun filterdieptebereiken (bovenkant - onderkant filter) overlappen; een bron zonder bekende diepte telt als overlappend [aanname], met een getelde waarschuwing. Met een pakketveld (optioneel; een veld met de naam 'aquifer' wordt gebruikt als het er is) hebben twee bronnen die allebei een code hebben alleen een conflict als de codes gelijk zijn. De uitvoer noemt het pakket (aquifer_a, aquifer_b) of de filterdiepten (depth_a, depth_b) van elk paar.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Gesloten systemen&lt;/b&gt; (BTES, optioneel): een gesloten systeem binnen 1 × R_th van een open bron waarvan het filterdieptebereik overlapt met het dieptebereik van het gesloten systeem is een conflict &lt;i&gt;closed_open&lt;/i&gt; (SKB WP-4-studie); een ontbrekende diepte telt als overlappend [aanname]. Twee gesloten systemen dichter bij elkaar dan de minimale afstand zijn &lt;i&gt;closed_closed&lt;/i&gt; (standaard uit).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Eén punt per systeem&lt;/b&gt; (bijvoorbeeld een provinciale vergunningenlaag met Vergund_m3_jaar): elk punt is dan een doublet waarvan de bronnen niet bekend zijn. Het wordt gemodelleerd als een cirkelvormige voetafdruk met straal 2,5 × R_th (twee bronnen 3 × R_th uit elkaar, gecentreerd op het punt; 2,5 = factor zelfde systeem / 2 + 1), met R_th uit het jaarvolume / 2. Systemen waarvan de voetafdrukken overlappen, in hetzelfde pakket, zijn &lt;i&gt;system_overlap&lt;/i&gt;. Dit is een benadering [aanname]: het vindt drukke systemen, niet de werkelijke bronparen.&lt;/p&gt;&lt;p&gt;Bronnen worden gezocht met een ruimtelijke index (een rooster van cellen), zodat een provincie met 10.000 bronnen seconden kost. Lagen in een geografisch CRS worden in meters berekend (RD New voor Nederlandse gegevens); de uitvoer houdt het CRS van de invoer.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>One line per conflicting pair from a to b with well_a, well_b, system_a, system_b, closed_a, closed_b (closed loop feature ids), kind (same_system, opposite_temperature, same_temperature, closed_open, closed_closed, system_overlap), distance, required and shortfall (m), aquifer_a, aquifer_b (the aquifer codes, when known) and depth_a, depth_b (the screen depths 'top-bottom' in m, when known).</source>
            <translation>Eén lijn per conflicterend paar van a naar b met well_a, well_b, system_a, system_b, closed_a, closed_b (object-id's van gesloten systemen), kind (same_system, opposite_temperature, same_temperature, closed_open, closed_closed, system_overlap), distance, required en shortfall (m), aquifer_a, aquifer_b (de pakketcodes, indien bekend) en depth_a, depth_b (de filterdiepten 'boven-onder' in m, indien bekend).</translation>
        </message>
        <message>
            <source>Pairs within the distance but in different aquifers</source>
            <translation>Paren binnen de afstand maar in verschillende watervoerende pakketten</translation>
        </message>
        <message>
            <source>{n} pair(s) within the required distance are in different aquifers: no conflict.</source>
            <translation>{n} paar/paren binnen de vereiste afstand liggen in verschillende watervoerende pakketten: geen conflict.</translation>
        </message>
        <message>
            <source>Optional: field whose values identify the wells in the output (well_a, well_b): well_id where the layer has it, else the feature ids.</source>
            <translation>Optioneel: veld waarvan de waarden de bronnen in de uitvoer aanduiden (well_a, well_b): well_id als de laag dat heeft, anders de object-id's.</translation>
        </message>
    </context>
    <context>
        <name>WosSiting</name>
        <message>
            <source>Siting heat transfer stations (WOS)</source>
            <translation>Locatiekeuze warmteoverdrachtsstations (WOS)</translation>
        </message>
        <message>
            <source>Suitability raster and ranked candidate sites for heat transfer stations along a residual-heat transport main such as WarmtelinQ.</source>
            <translation>Geschiktheidsraster en gerangschikte kandidaatlocaties voor warmteoverdrachtsstations langs een transportleiding voor restwarmte zoals WarmtelinQ.</translation>
        </message>
        <message>
            <source>Study area</source>
            <translation>Studiegebied</translation>
        </message>
        <message>
            <source>Polygon(s) of the area to search; the raster covers their extent.</source>
            <translation>Polygo(o)n(en) van het gebied waarin gezocht wordt; het raster beslaat hun omvang.</translation>
        </message>
        <message>
            <source>Transport main</source>
            <translation>Transportleiding</translation>
        </message>
        <message>
            <source>Lines of the residual-heat transport main (e.g. the WarmtelinQ route).</source>
            <translation>Lijnen van de transportleiding voor restwarmte (bijvoorbeeld het tracé van WarmtelinQ).</translation>
        </message>
        <message>
            <source>Maximum distance to the main</source>
            <translation>Maximale afstand tot de transportleiding</translation>
        </message>
        <message>
            <source>Beyond this distance (m) from the main a cell scores 0; closer, the main's term falls linearly from 1 at the main to 0 here. Default 500 m [assumption].</source>
            <translation>Verder dan deze afstand (m) van de transportleiding krijgt een cel score 0; dichterbij daalt de term van de leiding lineair van 1 bij de leiding tot 0 op deze afstand. Standaard 500 m [aanname].</translation>
        </message>
        <message>
            <source>Heat network</source>
            <translation>Warmtenet</translation>
        </message>
        <message>
            <source>Optional lines of existing or planned district-heating networks to feed.</source>
            <translation>Optioneel: lijnen van bestaande of geplande warmtenetten die gevoed moeten worden.</translation>
        </message>
        <message>
            <source>Maximum distance to the network</source>
            <translation>Maximale afstand tot het warmtenet</translation>
        </message>
        <message>
            <source>Distance (m) at which the network's term reaches 0. Default 1,000 m [assumption].</source>
            <translation>Afstand (m) waarop de term van het warmtenet 0 wordt. Standaard 1.000 m [aanname].</translation>
        </message>
        <message>
            <source>Heat demand</source>
            <translation>Warmtevraag</translation>
        </message>
        <message>
            <source>Optional polygons or points with a heat demand in GJ/yr (e.g. high-temperature neighbourhoods). A polygon spreads its demand evenly over its area.</source>
            <translation>Optioneel: polygonen of punten met een warmtevraag in GJ/jaar (bijvoorbeeld hogetemperatuurbuurten). Een polygoon verdeelt zijn vraag gelijkmatig over zijn oppervlak.</translation>
        </message>
        <message>
            <source>Demand field (GJ/yr)</source>
            <translation>Veld warmtevraag (GJ/jaar)</translation>
        </message>
        <message>
            <source>Field of the demand layer with the heat demand in GJ per year.</source>
            <translation>Veld van de vraaglaag met de warmtevraag in GJ per jaar.</translation>
        </message>
        <message>
            <source>Demand radius</source>
            <translation>Vraagstraal</translation>
        </message>
        <message>
            <source>The demand criterion of a cell is the demand within this distance (m). Default 1,000 m [assumption].</source>
            <translation>Het vraagcriterium van een cel is de warmtevraag binnen deze afstand (m). Standaard 1.000 m [aanname].</translation>
        </message>
        <message>
            <source>Homes (buildings)</source>
            <translation>Woningen (gebouwen)</translation>
        </message>
        <message>
            <source>Optional homes or other sensitive buildings, as polygons or points.</source>
            <translation>Optioneel: woningen of andere gevoelige gebouwen, als polygonen of punten.</translation>
        </message>
        <message>
            <source>Distance to homes</source>
            <translation>Afstand tot woningen</translation>
        </message>
        <message>
            <source>Minimum distance (m) between a site and a home. Default 50 m [assumption: a margin on the 30 m of the VNG list for pump stations of pipelines, SBI 603, category 2, used as a proxy].</source>
            <translation>Minimale afstand (m) tussen een locatie en een woning. Standaard 50 m [aanname: een marge op de 30 m van de VNG-lijst voor pompstations van buisleidingen, SBI 603, categorie 2, gebruikt als benadering].</translation>
        </message>
        <message>
            <source>Exclusion layers</source>
            <translation>Uitsluitingslagen</translation>
        </message>
        <message>
            <source>Optional layers where no station may stand: water, protected areas, the pipeline strip where nothing may be built, ...</source>
            <translation>Optioneel: lagen waar geen station mag staan: water, beschermde gebieden, de leidingstrook waar niet gebouwd mag worden, ...</translation>
        </message>
        <message>
            <source>Distance to exclusions</source>
            <translation>Afstand tot uitsluitingen</translation>
        </message>
        <message>
            <source>Extra distance (m) kept from the exclusion layers. Default 0.</source>
            <translation>Extra afstand (m) die tot de uitsluitingslagen wordt aangehouden. Standaard 0.</translation>
        </message>
        <message>
            <source>Weight of the main</source>
            <translation>Gewicht transportleiding</translation>
        </message>
        <message>
            <source>Weight of the network</source>
            <translation>Gewicht warmtenet</translation>
        </message>
        <message>
            <source>Weight of the demand</source>
            <translation>Gewicht warmtevraag</translation>
        </message>
        <message>
            <source>Relative weight of this criterion in the score; only the weights of the criteria with a layer count. Defaults 0.4 main, 0.4 network, 0.2 demand [assumption].</source>
            <translation>Relatief gewicht van dit criterium in de score; alleen de gewichten van criteria met een laag tellen mee. Standaard 0,4 transportleiding, 0,4 warmtenet, 0,2 vraag [aanname].</translation>
        </message>
        <message>
            <source>Cell size (m)</source>
            <translation>Celgrootte (m)</translation>
        </message>
        <message>
            <source>Cell size of the suitability raster in metres. Default 10 m: a city of 100 km² is 1 million cells and takes seconds.</source>
            <translation>Celgrootte van het geschiktheidsraster in meters. Standaard 10 m: een stad van 100 km² is 1 miljoen cellen en kost enkele seconden.</translation>
        </message>
        <message>
            <source>Minimum plot area (m²)</source>
            <translation>Minimale kaveloppervlakte (m²)</translation>
        </message>
        <message>
            <source>Area a station needs, in m². Default 2,000 m² [assumption; plots of 1,000-2,500 m²].</source>
            <translation>Oppervlakte die een station nodig heeft, in m². Standaard 2.000 m² [aanname; kavels van 1.000-2.500 m²].</translation>
        </message>
        <message>
            <source>Number of sites</source>
            <translation>Aantal locaties</translation>
        </message>
        <message>
            <source>How many ranked sites to return (at most). Default 5.</source>
            <translation>Hoeveel gerangschikte locaties er (hoogstens) worden teruggegeven. Standaard 5.</translation>
        </message>
        <message>
            <source>Minimum separation between sites</source>
            <translation>Minimale afstand tussen locaties</translation>
        </message>
        <message>
            <source>Centres of two sites lie at least this far apart (m), so that the second site is not a neighbour of the best. Default 500 m [assumption].</source>
            <translation>De middens van twee locaties liggen ten minste zo ver uit elkaar (m), zodat de tweede locatie geen buurcel van de beste is. Standaard 500 m [aanname].</translation>
        </message>
        <message>
            <source>Score tolerance of a site's patch</source>
            <translation>Scoretolerantie van het gebied van een locatie</translation>
        </message>
        <message>
            <source>A site's polygon takes in the connected cells whose score is at most this much below the plot's score. Default 0.05 [assumption].</source>
            <translation>Het polygoon van een locatie omvat de samenhangende cellen waarvan de score hoogstens zoveel onder de score van de kavel ligt. Standaard 0,05 [aanname].</translation>
        </message>
        <message>
            <source>Candidate parcels</source>
            <translation>Kandidaatpercelen</translation>
        </message>
        <message>
            <source>Optional parcels (e.g. municipal land). When given, these are scored and ranked instead of searching the raster for patches.</source>
            <translation>Optioneel: percelen (bijvoorbeeld gemeentegrond). Als ze gegeven zijn, worden deze gescoord en gerangschikt in plaats van het raster te doorzoeken.</translation>
        </message>
        <message>
            <source>Suitability raster</source>
            <translation>Geschiktheidsraster</translation>
        </message>
        <message>
            <source>GeoTIFF with the score 0..1 of every cell; excluded cells and cells outside the study area are nodata (-9999).</source>
            <translation>GeoTIFF met de score 0..1 van elke cel; uitgesloten cellen en cellen buiten het studiegebied zijn nodata (-9999).</translation>
        </message>
        <message>
            <source>WOS sites</source>
            <translation>WOS-locaties</translation>
        </message>
        <message>
            <source>Number of sites found</source>
            <translation>Aantal gevonden locaties</translation>
        </message>
        <message>
            <source>Score of the best site</source>
            <translation>Score van de beste locatie</translation>
        </message>
        <message>
            <source>{layer}: no geometry</source>
            <translation>{layer}: geen geometrie</translation>
        </message>
        <message>
            <source>{layer}: cannot be transformed</source>
            <translation>{layer}: kan niet getransformeerd worden</translation>
        </message>
        <message>
            <source>{layer}: unreadable geometry</source>
            <translation>{layer}: onleesbare geometrie</translation>
        </message>
        <message>
            <source>{layer}: demand is empty, not a number or negative</source>
            <translation>{layer}: warmtevraag is leeg, geen getal of negatief</translation>
        </message>
        <message>
            <source>more than {d:.0f} m from the main</source>
            <translation>meer dan {d:.0f} m van de transportleiding</translation>
        </message>
        <message>
            <source>{d:.0f} m from the main</source>
            <translation>{d:.0f} m van de transportleiding</translation>
        </message>
        <message>
            <source>no network nearby</source>
            <translation>geen warmtenet in de buurt</translation>
        </message>
        <message>
            <source>{d:.0f} m from the network</source>
            <translation>{d:.0f} m van het warmtenet</translation>
        </message>
        <message>
            <source>{tj} TJ demand within {r:.0f} m</source>
            <translation>{tj} TJ warmtevraag binnen {r:.0f} m</translation>
        </message>
        <message>
            <source>Distances are computed in {crs}.</source>
            <translation>Afstanden worden berekend in {crs}.</translation>
        </message>
        <message>
            <source>study area</source>
            <translation>studiegebied</translation>
        </message>
        <message>
            <source>The study area layer has no usable polygon.</source>
            <translation>De laag studiegebied heeft geen bruikbaar polygoon.</translation>
        </message>
        <message>
            <source>The raster would have {cells:,.0f} cells (with the margin for the distances), more than {max:,.0f}: choose a larger cell size or a smaller study area.</source>
            <translation>Het raster zou {cells:,.0f} cellen krijgen (met de marge voor de afstanden), meer dan {max:,.0f}: kies een grotere celgrootte of een kleiner studiegebied.</translation>
        </message>
        <message>
            <source>main</source>
            <translation>transportleiding</translation>
        </message>
        <message>
            <source>The transport main has no line within {d:.0f} m of the study area: no cell can be suitable. Check the layers and the maximum distance to the main.</source>
            <translation>De transportleiding heeft geen lijn binnen {d:.0f} m van het studiegebied: geen enkele cel kan geschikt zijn. Controleer de lagen en de maximale afstand tot de transportleiding.</translation>
        </message>
        <message>
            <source>network</source>
            <translation>warmtenet</translation>
        </message>
        <message>
            <source>The heat network has no line near the study area; its criterion scores 0 everywhere.</source>
            <translation>Het warmtenet heeft geen lijn bij het studiegebied; het criterium scoort overal 0.</translation>
        </message>
        <message>
            <source>demand</source>
            <translation>warmtevraag</translation>
        </message>
        <message>
            <source>No demand near the study area; the demand criterion is left out.</source>
            <translation>Geen warmtevraag bij het studiegebied; het vraagcriterium telt niet mee.</translation>
        </message>
        <message>
            <source>homes</source>
            <translation>woningen</translation>
        </message>
        <message>
            <source>Exclusion layer {name} is not a vector layer; ignored.</source>
            <translation>Uitsluitingslaag {name} is geen vectorlaag; genegeerd.</translation>
        </message>
        <message>
            <source>candidates</source>
            <translation>kandidaten</translation>
        </message>
        <message>
            <source>The weights of the criteria used add up to 0: give at least one a weight.</source>
            <translation>De gewichten van de gebruikte criteria tellen op tot 0: geef ten minste één criterium een gewicht.</translation>
        </message>
        <message>
            <source>The siting could not be computed: {error}</source>
            <translation>De locatiekeuze kon niet berekend worden: {error}</translation>
        </message>
        <message>
            <source>The study area's CRS is not in metres: the raster is written in {crs}.</source>
            <translation>Het CRS van het studiegebied is niet in meters: het raster wordt geschreven in {crs}.</translation>
        </message>
        <message>
            <source>{n} candidate(s) left out: less than {a:.0f} m² of usable cells with a score above 0 (after exclusions, inside the study area, within the maximum distance to the main).</source>
            <translation>{n} kandidaat/kandidaten weggelaten: minder dan {a:.0f} m² bruikbare cellen met een score boven 0 (na uitsluitingen, binnen het studiegebied, binnen de maximale afstand tot de transportleiding).</translation>
        </message>
        <message>
            <source>No site found: no plot of {a:.0f} m² of usable cells with a score above 0. Check the exclusions, the distance to homes and the maximum distance to the main.</source>
            <translation>Geen locatie gevonden: geen kavel van {a:.0f} m² bruikbare cellen met een score boven 0. Controleer de uitsluitingen, de afstand tot woningen en de maximale afstand tot de transportleiding.</translation>
        </message>
        <message>
            <source>{n} site(s); best score {s:.3f}: {why}</source>
            <translation>{n} locatie(s); beste score {s:.3f}: {why}</translation>
        </message>
        <message>
            <source>&lt;p&gt;Finds and ranks sites for heat transfer stations (warmteoverdrachtsstations, WOS) where a residual-heat transport main (such as WarmtelinQ, Rotterdam - Den Haag) hands its heat over to a district-heating network, and writes the whole suitability surface as a GeoTIFF.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Score&lt;/b&gt; of each raster cell (0..1):&lt;br&gt;score = Σ w_i · (1 − min(d_i / dmax_i, 1)) / Σ w_used&lt;br&gt;with d the distance to the transport main and to the heat network, and for demand the demand within the demand radius divided by its maximum in the study area. Criteria without a layer are left out of the sum. Cells farther than the maximum distance to the main score 0 [assumption]; so do cells farther than the optional hard maximum distance to the heat network. Distances are measured between cell centres with a Euclidean distance transform: accurate to about one cell.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Excluded&lt;/b&gt; (nodata): cells outside the study area, cells closer than the building distance to a building (edge to edge, counting every cell a building touches as building, so the margin is kept or exceeded by up to one cell), cells touched by, or closer than the exclusion distance to, an exclusion layer (water, protected areas), and cells touched by the strip along the transport main (default 5 m on each side [assumption: the usual right-of-way of a heat pipeline]): a station stands next to the main, not on it.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Sites&lt;/b&gt;: a plot is a rectangle of whole cells of at least the minimum plot area. The plot with the highest mean score is site 1: the site's polygon is that plot (area_m2). Its patch (optional second output, patch_m2) is the connected area of usable cells around it whose score lies within the score tolerance of the plot's score, up to half the minimum separation from the plot's centre: the room to move the plot without losing much. The next site lies at least the minimum separation from every earlier one and outside their patches, and so on. With a candidates layer (parcels, municipal land) the candidates are scored instead: the mean score of their usable cells; a candidate needs the minimum plot area of usable cells.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Defaults&lt;/b&gt;: no published siting rules for a WOS were found, so all are assumptions [A] and parameters: within 500 m of the main but outside a strip of 5 m on each side of it, within 1,000 m of the network (no hard maximum), demand within 1,000 m, weights 0.4 / 0.4 / 0.2, plot 2,000 m² (plots of 1,000-2,500 m²), 50 m from homes (a margin on the VNG list's 30 m for pump stations of pipelines, category 2, used as a proxy), 500 m between sites. Context: WarmtelinQ brings 2 PJ of residual heat to Den Haag; WOS are needed at the CR-plein, in Zuidwest and in Ypenburg (Bronnenstrategie).&lt;/p&gt;&lt;p&gt;Layers in a geographic CRS are computed in metres (RD New for Dutch data); the sites keep the study area's CRS. The raster is written in the study area's CRS when that is in metres, otherwise in the metric CRS used.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Zoekt en rangschikt locaties voor warmteoverdrachtsstations (WOS), waar een transportleiding voor restwarmte (zoals WarmtelinQ, Rotterdam - Den Haag) haar warmte overdraagt aan een warmtenet, en schrijft het hele geschiktheidsoppervlak als GeoTIFF.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Score&lt;/b&gt; van elke rastercel (0..1):&lt;br&gt;score = Σ w_i · (1 − min(d_i / dmax_i, 1)) / Σ w_gebruikt&lt;br&gt;met d de afstand tot de transportleiding en tot het warmtenet, en voor de vraag de warmtevraag binnen de vraagstraal gedeeld door het maximum daarvan in het studiegebied. Criteria zonder laag tellen niet mee in de som. Cellen verder dan de maximale afstand tot de transportleiding krijgen score 0 [aanname]; net als cellen verder dan de optionele harde maximale afstand tot het warmtenet. Afstanden worden gemeten tussen celmiddens met een Euclidische afstandstransformatie: nauwkeurig tot op ongeveer één cel.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Uitgesloten&lt;/b&gt; (nodata): cellen buiten het studiegebied, cellen dichter dan de afstand tot woningen bij een gebouw (rand tot rand, waarbij elke cel die een gebouw raakt als gebouw telt, zodat de marge gehaald of met hoogstens één cel overschreden wordt), cellen die een uitsluitingslaag (water, beschermde gebieden) raken of er dichter dan de uitsluitingsafstand bij liggen, en cellen die de strook langs de transportleiding raken (standaard 5 m aan elke kant [aanname: de gebruikelijke zakelijkerechtstrook van een warmteleiding]): een station staat naast de leiding, niet erop.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Locaties&lt;/b&gt;: een kavel is een rechthoek van hele cellen van ten minste de minimale kaveloppervlakte. De kavel met de hoogste gemiddelde score is locatie 1: het polygoon van de locatie is die kavel (area_m2). Het gebied eromheen (optionele tweede uitvoer, patch_m2) is het samenhangende gebied van bruikbare cellen waarvan de score binnen de scoretolerantie van de score van de kavel ligt, tot de helft van de minimale onderlinge afstand vanaf het midden van de kavel: de ruimte om de kavel te verschuiven zonder veel te verliezen. De volgende locatie ligt ten minste de minimale onderlinge afstand van elke eerdere en buiten hun gebieden, enzovoort. Met een laag kandidaten (percelen, gemeentegrond) worden in plaats daarvan de kandidaten gescoord: de gemiddelde score van hun bruikbare cellen; een kandidaat heeft ten minste de minimale kaveloppervlakte aan bruikbare cellen nodig.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Standaardwaarden&lt;/b&gt;: er zijn geen gepubliceerde regels voor de locatiekeuze van een WOS gevonden, dus alle zijn aannames [A] en parameters: binnen 500 m van de transportleiding maar buiten een strook van 5 m aan elke kant ervan, binnen 1.000 m van het warmtenet (geen harde maximale afstand), vraag binnen 1.000 m, gewichten 0,4 / 0,4 / 0,2, kavel 2.000 m² (kavels van 1.000-2.500 m²), 50 m van woningen (een marge op de 30 m van de VNG-lijst voor pompstations van buisleidingen, categorie 2, gebruikt als benadering), 500 m tussen locaties. Context: WarmtelinQ brengt 2 PJ restwarmte naar Den Haag; er zijn WOS nodig op het CR-plein, in Zuidwest en in Ypenburg (Bronnenstrategie).&lt;/p&gt;&lt;p&gt;Lagen in een geografisch CRS worden in meters berekend (RD New voor Nederlandse data); de locaties houden het CRS van het studiegebied. Het raster wordt in het CRS van het studiegebied geschreven als dat in meters is, anders in het gebruikte metrische CRS.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Strip along the main (each side)</source>
            <translation>Strook langs de transportleiding (elke kant)</translation>
        </message>
        <message>
            <source>No station stands within this distance (m) of the transport main, on either side: every cell the strip touches is excluded. Default 5 m [assumption: the usual right-of-way of a heat pipeline; the WarmtelinQ strip is 10-15 m wide]. 0 = no strip.</source>
            <translation>Geen station staat binnen deze afstand (m) van de transportleiding, aan weerszijden: elke cel die de strook raakt wordt uitgesloten. Standaard 5 m [aanname: de gebruikelijke zakelijkerechtstrook van een warmteleiding; de strook van WarmtelinQ is 10-15 m breed]. 0 = geen strook.</translation>
        </message>
        <message>
            <source>Hard maximum distance to the network</source>
            <translation>Harde maximale afstand tot het warmtenet</translation>
        </message>
        <message>
            <source>Optional (0 = none): cells farther than this (m) from the heat network score 0, so no site lies farther, whatever the other criteria. Default 0 [assumption].</source>
            <translation>Optioneel (0 = geen): cellen verder dan deze afstand (m) van het warmtenet krijgen score 0, zodat geen locatie verder ligt, wat de andere criteria ook zeggen. Standaard 0 [aanname].</translation>
        </message>
        <message>
            <source>The ranked sites, each a plot of the minimum plot area: rank, score, area_m2, patch_m2 (area of its patch), dist_main and dist_network (m, least over the plot), demand_gj (GJ/yr within the demand radius) and why (the reasons in words). In candidates mode the candidate's fields are kept.</source>
            <translation>De gerangschikte locaties, elk een kavel van de minimale kaveloppervlakte: rank, score, area_m2, patch_m2 (oppervlakte van het gebied eromheen), dist_main en dist_network (m, de kleinste over de kavel), demand_gj (GJ/jaar binnen de vraagstraal) en why (de redenen in woorden). Met kandidaten blijven de velden van de kandidaat behouden.</translation>
        </message>
        <message>
            <source>WOS site patches</source>
            <translation>Gebieden rond WOS-locaties</translation>
        </message>
        <message>
            <source>Optional: for every site the connected area of near-equal score around its plot (rank, score, patch_m2). Not written in candidates mode.</source>
            <translation>Optioneel: voor elke locatie het samenhangende gebied met bijna dezelfde score rond de kavel (rank, score, patch_m2). Niet geschreven met kandidaten.</translation>
        </message>
        <message>
            <source>Candidates mode: the patches output stays empty.</source>
            <translation>Met kandidaten blijft de uitvoer van de gebieden leeg.</translation>
        </message>
    </context>
    <context>
        <name>claims</name>
        <message>
            <source>A name is required.</source>
            <translation>Een naam is verplicht.</translation>
        </message>
        <message>
            <source>A claim type is required.</source>
            <translation>Een claimtype is verplicht.</translation>
        </message>
        <message>
            <source>Unknown claim type '{value}'; use one of: {allowed}.</source>
            <translation>Onbekend claimtype '{value}'; gebruik een van: {allowed}.</translation>
        </message>
        <message>
            <source>A status is required.</source>
            <translation>Een status is verplicht.</translation>
        </message>
        <message>
            <source>Unknown status '{value}'; use one of: {allowed}.</source>
            <translation>Onbekende status '{value}'; gebruik een van: {allowed}.</translation>
        </message>
        <message>
            <source>Unknown level '{value}'; use one of: {allowed}.</source>
            <translation>Onbekend niveau '{value}'; gebruik een van: {allowed}.</translation>
        </message>
        <message>
            <source>The category must be 1, 2 or 3 (given: '{value}').</source>
            <translation>De categorie moet 1, 2 of 3 zijn (opgegeven: '{value}').</translation>
        </message>
        <message>
            <source>A category is only given for geothermal claims (location or search location).</source>
            <translation>Een categorie wordt alleen bij geothermieclaims opgegeven (locatie of zoeklocatie).</translation>
        </message>
        <message>
            <source>The depth '{value}' is not a number of metres.</source>
            <translation>De diepte '{value}' is geen aantal meters.</translation>
        </message>
        <message>
            <source>The top depth ({top:g} m) is below the bottom depth ({bottom:g} m).</source>
            <translation>De bovendiepte ({top:g} m) ligt onder de onderdiepte ({bottom:g} m).</translation>
        </message>
        <message>
            <source>The depth {value:g} m is negative; depths are metres below ground level.</source>
            <translation>De diepte {value:g} m is negatief; dieptes zijn meters onder maaiveld.</translation>
        </message>
        <message>
            <source>The depth {value:g} m is implausibly large (more than {limit:g} m).</source>
            <translation>De diepte {value:g} m is onwaarschijnlijk groot (meer dan {limit:g} m).</translation>
        </message>
        <message>
            <source>The top and bottom depth are both {value:g} m: the claim has no depth range (leave both empty when the depth is not known).</source>
            <translation>De boven- en onderdiepte zijn allebei {value:g} m: de claim heeft geen diepte-interval (laat beide leeg als de diepte niet bekend is).</translation>
        </message>
        <message>
            <source>'{value}' is not a date (write YYYY-MM-DD).</source>
            <translation>'{value}' is geen datum (schrijf JJJJ-MM-DD).</translation>
        </message>
        <message>
            <source>Valid from ({start}) is after valid to ({end}).</source>
            <translation>Geldig vanaf ({start}) ligt na geldig tot en met ({end}).</translation>
        </message>
        <message>
            <source>The claim has no geometry.</source>
            <translation>De claim heeft geen geometrie.</translation>
        </message>
        <message>
            <source>The geometry is empty.</source>
            <translation>De geometrie is leeg.</translation>
        </message>
        <message>
            <source>The geometry is a {kind}; a claim must be a (multi)polygon.</source>
            <translation>De geometrie is een {kind}; een claim moet een (multi)polygoon zijn.</translation>
        </message>
        <message>
            <source>The geometry is not valid ({reason}); repair it (e.g. Fix geometries).</source>
            <translation>De geometrie is ongeldig ({reason}); herstel haar (bijv. met Geometrieën repareren).</translation>
        </message>
        <message>
            <source>The polygon has no area.</source>
            <translation>De polygoon heeft geen oppervlakte.</translation>
        </message>
        <message>
            <source>The coordinate reference system '{crs}' is unknown or cannot be transformed to EPSG:28992 (RD New); set the layer's CRS.</source>
            <translation>Het coördinatenreferentiesysteem '{crs}' is onbekend of kan niet naar EPSG:28992 (RD New) worden omgezet; stel het CRS van de laag in.</translation>
        </message>
        <message>
            <source>The geometry lies outside the Netherlands in EPSG:28992 (bounds {bounds}); check the layer's coordinate reference system.</source>
            <translation>De geometrie ligt buiten Nederland in EPSG:28992 (grenzen {bounds}); controleer het coördinatenreferentiesysteem van de laag.</translation>
        </message>
        <message>
            <source>A name is required (database rule).</source>
            <translation>Een naam is verplicht (regel van de database).</translation>
        </message>
        <message>
            <source>Unknown claim type (database rule).</source>
            <translation>Onbekend claimtype (regel van de database).</translation>
        </message>
        <message>
            <source>Unknown status (database rule).</source>
            <translation>Onbekende status (regel van de database).</translation>
        </message>
        <message>
            <source>Unknown level (database rule).</source>
            <translation>Onbekend niveau (regel van de database).</translation>
        </message>
        <message>
            <source>The category must be 1, 2 or 3 and only for geothermal claims (database rule).</source>
            <translation>De categorie moet 1, 2 of 3 zijn en alleen bij geothermieclaims (regel van de database).</translation>
        </message>
        <message>
            <source>The top depth may not be below the bottom depth (database rule).</source>
            <translation>De bovendiepte mag niet onder de onderdiepte liggen (regel van de database).</translation>
        </message>
        <message>
            <source>Valid from may not be after valid to (database rule).</source>
            <translation>Geldig vanaf mag niet na geldig tot liggen (regel van de database).</translation>
        </message>
        <message>
            <source>The geometry is empty or not valid (database rule).</source>
            <translation>De geometrie is leeg of niet geldig (regel van de database).</translation>
        </message>
        <message>
            <source>The geometry lies outside the Netherlands in EPSG:28992 (database rule).</source>
            <translation>De geometrie ligt in EPSG:28992 buiten Nederland (regel van de database).</translation>
        </message>
        <message>
            <source>This claim id is already in the register (database rule).</source>
            <translation>Deze claim-id staat al in het register (regel van de database).</translation>
        </message>
        <message>
            <source>The database refused the claim: {error}</source>
            <translation>De database heeft de claim geweigerd: {error}</translation>
        </message>
    </context>
    <context>
        <name>register</name>
        <message>
            <source>The register {path} could not be used: {error}.</source>
            <translation>Het register {path} kon niet worden gebruikt: {error}.</translation>
        </message>
        <message>
            <source>The register {path} is locked by another program or user (for example a layer in edit mode). Nothing was saved. Save or close the edits elsewhere and try again.</source>
            <translation>Het register {path} is vergrendeld door een ander programma of een andere gebruiker (bijvoorbeeld een laag in bewerkmodus). Er is niets opgeslagen. Sla de bewerkingen elders op of sluit ze en probeer het opnieuw.</translation>
        </message>
        <message>
            <source>The register {path} is read-only (file or folder without write permission). Nothing was saved. Choose a register you may write to.</source>
            <translation>Het register {path} is alleen-lezen (bestand of map zonder schrijfrechten). Er is niets opgeslagen. Kies een register waarin u mag schrijven.</translation>
        </message>
        <message>
            <source>The disk of the register {path} is full. Nothing was saved. Free space and try again.</source>
            <translation>De schijf van het register {path} is vol. Er is niets opgeslagen. Maak ruimte vrij en probeer het opnieuw.</translation>
        </message>
        <message>
            <source>The register {path} cannot be opened or is not a claims register ({error}). Nothing was saved. Check the path or create a new register.</source>
            <translation>Het register {path} kan niet worden geopend of is geen ruimteclaimregister ({error}). Er is niets opgeslagen. Controleer het pad of maak een nieuw register.</translation>
        </message>
        <message>
            <source>The claim is not valid and was not saved: {problems}</source>
            <translation>De claim is ongeldig en is niet opgeslagen: {problems}</translation>
        </message>
        <message>
            <source>The claim {claim_id} is not in the register {path}.</source>
            <translation>De claim {claim_id} staat niet in het register {path}.</translation>
        </message>
        <message>
            <source>The claim '{name}' was changed by {user} at {time}, after you opened it. Your changes were NOT saved and are still in the form. Reopen the claim to see the other change, then make your edit again.</source>
            <translation>De claim '{name}' is door {user} gewijzigd op {time}, nadat u hem opende. Uw wijzigingen zijn NIET opgeslagen en staan nog in het formulier. Open de claim opnieuw om de andere wijziging te zien en breng daarna uw wijziging opnieuw aan.</translation>
        </message>
        <message>
            <source>The register {path} has schema version {found}; this plugin works with version {expected}. {advice}</source>
            <translation>Het register {path} heeft schemaversie {found}; deze plug-in werkt met versie {expected}. {advice}</translation>
        </message>
        <message>
            <source>Upgrade it with the algorithm 'Create or upgrade the claims register'.</source>
            <translation>Werk het bij met het algoritme 'Ruimteclaimregister aanmaken of bijwerken'.</translation>
        </message>
        <message>
            <source>Update the plugin to use it.</source>
            <translation>Werk de plug-in bij om het te gebruiken.</translation>
        </message>
        <message>
            <source>the Python module psycopg2 is missing (QGIS normally ships it; on Debian/Ubuntu: apt install python3-psycopg2)</source>
            <translation>de Python-module psycopg2 ontbreekt (QGIS levert die normaal mee; op Debian/Ubuntu: apt install python3-psycopg2)</translation>
        </message>
        <message>
            <source>PostGIS is not installed in this database and you may not install it; ask the database administrator to run CREATE EXTENSION postgis</source>
            <translation>PostGIS is niet geïnstalleerd in deze database en u mag het niet installeren; vraag de databasebeheerder om CREATE EXTENSION postgis uit te voeren</translation>
        </message>
        <message>
            <source>there is no QGIS PostgreSQL connection named '{name}'</source>
            <translation>er is geen PostgreSQL-verbinding in QGIS met de naam '{name}'</translation>
        </message>
        <message>
            <source>There is no claims register at {path}. Nothing was saved and no register was created. Check the path for a typing error, or create the register explicitly (the Create button, or the algorithm 'Create or upgrade the claims register').</source>
            <translation>Op {path} staat geen ruimteclaimregister. Er is niets opgeslagen en er is geen register aangemaakt. Controleer het pad op een typefout, of maak het register uitdrukkelijk aan (met Aanmaken, of met het algoritme 'Ruimteclaimregister aanmaken of bijwerken').</translation>
        </message>
        <message>
            <source>The register {path} lacks its history safeguards (missing or changed triggers: {triggers}), so its history may be incomplete. Nothing was saved. Keep a copy of the file and have it checked; a new register is made with 'Create or upgrade the claims register'.</source>
            <translation>Het register {path} mist zijn beveiliging van de historie (ontbrekende of gewijzigde triggers: {triggers}), dus de historie kan onvolledig zijn. Er is niets opgeslagen. Bewaar een kopie van het bestand en laat het controleren; een nieuw register maakt u met 'Ruimteclaimregister aanmaken of bijwerken'.</translation>
        </message>
        <message>
            <source>'{schema}' is not a valid schema name: use letters, digits and underscores, starting with a letter or an underscore, at most 63 characters. Nothing was changed.</source>
            <translation>'{schema}' is geen geldige schemanaam: gebruik letters, cijfers en underscores, beginnend met een letter of een underscore, hoogstens 63 tekens. Er is niets gewijzigd.</translation>
        </message>
        <message>
            <source>Every database user (PUBLIC) may create objects in the schema {schema} of {path}, so the register there could be attacked by any of them. Nothing was changed. Put the register in a schema of its own (the default ruimteclaims), or let the database administrator run: REVOKE CREATE ON SCHEMA {schema} FROM PUBLIC</source>
            <translation>Iedere databasegebruiker (PUBLIC) mag objecten maken in het schema {schema} van {path}, dus ieder van hen zou het register daar kunnen aanvallen. Er is niets gewijzigd. Zet het register in een eigen schema (standaard ruimteclaims), of laat de databasebeheerder uitvoeren: REVOKE CREATE ON SCHEMA {schema} FROM PUBLIC</translation>
        </message>
        <message>
            <source>The PostGIS location contains a password. Processing keeps its parameters (history, log, models), so a password is not accepted here. Use a QGIS PostgreSQL connection (pg:NAME) whose credentials are in the QGIS authentication database, a service from pg_service.conf, or a password file (.pgpass), or add authcfg=ID of a QGIS authentication configuration to the connection string.</source>
            <translation>De PostGIS-locatie bevat een wachtwoord. Processing bewaart zijn parameters (historie, log, modellen), dus een wachtwoord wordt hier niet geaccepteerd. Gebruik een PostgreSQL-verbinding van QGIS (pg:NAAM) met de inloggegevens in de authenticatiedatabase van QGIS, een service uit pg_service.conf of een wachtwoordbestand (.pgpass), of voeg authcfg=ID van een authenticatieconfiguratie van QGIS toe aan de verbindingstekst.</translation>
        </message>
    </context>
</TS>
