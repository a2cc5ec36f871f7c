<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>@default</name>
    <message>
        <location filename="../processing/bodemenergie/common.py" line="68"/>
        <source>Volume field (m³)</source>
        <translation>Veld met volume (m³)</translation>
    </message>
    <message>
        <location filename="../processing/bodemenergie/common.py" line="82"/>
        <source>Volume basis</source>
        <translation>Volumebasis</translation>
    </message>
    <message>
        <location filename="../processing/bodemenergie/common.py" line="82"/>
        <source>Volume per well per season</source>
        <translation>Volume per bron per seizoen</translation>
    </message>
    <message>
        <location filename="../processing/bodemenergie/common.py" line="82"/>
        <source>Volume per system per year (divided over the wells of the system)</source>
        <translation>Volume per systeem per jaar (verdeeld over de bronnen van het systeem)</translation>
    </message>
    <message>
        <location filename="../processing/bodemenergie/common.py" line="82"/>
        <source>0 = the field holds the volume stored in one well in one season. 1 = it holds the system&apos;s yearly volume (e.g. the provincial permit field Vergund_m3_jaar); each well then stores yearly volume / number of wells of its system per season (a doublet: / 2) [assumption]. Needs the system field.</source>
        <translation>0 = het veld bevat het volume dat één bron in één seizoen opslaat. 1 = het bevat het jaarvolume van het systeem (bijv. het provinciale vergunningveld Vergund_m3_jaar); elke bron slaat dan per seizoen jaarvolume / aantal bronnen van het systeem op (een doublet: / 2) [aanname]. Vraagt het systeemveld.</translation>
    </message>
    <message>
        <location filename="../processing/bodemenergie/common.py" line="99"/>
        <source>System id field</source>
        <translation>Veld met systeem-id</translation>
    </message>
    <message>
        <location filename="../processing/bodemenergie/common.py" line="99"/>
        <source>Field with the id of the system (installation) each well belongs to.</source>
        <translation>Veld met de id van het systeem (de installatie) waartoe elke bron behoort.</translation>
    </message>
    <message>
        <location filename="../processing/bodemenergie/common.py" line="108"/>
        <source>Screen top field (m below surface)</source>
        <translation>Veld bovenkant filter (m -mv)</translation>
    </message>
    <message>
        <location filename="../processing/bodemenergie/common.py" line="122"/>
        <source>Screen bottom field (m below surface)</source>
        <translation>Veld onderkant filter (m -mv)</translation>
    </message>
    <message>
        <location filename="../processing/bodemenergie/common.py" line="136"/>
        <source>Default screen length H (m)</source>
        <translation>Standaard filterlengte H (m)</translation>
    </message>
    <message>
        <location filename="../processing/bodemenergie/common.py" line="136"/>
        <source>Screen length used where the screen fields are not given or empty. Default 40 m, about the thickness of Den Haag&apos;s first aquifer (18-60 m below surface) [assumption].</source>
        <translation>Filterlengte die wordt gebruikt waar de filtervelden niet zijn opgegeven of leeg zijn. Standaard 40 m, ongeveer de dikte van het eerste watervoerende pakket in Den Haag (18-60 m -mv) [aanname].</translation>
    </message>
    <message>
        <location filename="../processing/bodemenergie/common.py" line="151"/>
        <source>Volume factor</source>
        <translation>Volumefactor</translation>
    </message>
    <message>
        <location filename="../processing/bodemenergie/common.py" line="151"/>
        <source>Multiplies every volume. 1.0 = permitted volume (the space claimed); 0.67 = expected use, as the Den Haag centre study computes with 2/3 of the permitted volume (SKB Meer met Bodemenergie report 7).</source>
        <translation>Vermenigvuldigt elk volume. 1,0 = vergund volume (de geclaimde ruimte); 0,67 = verwacht gebruik, zoals de studie voor het centrum van Den Haag rekent met 2/3 van het vergunde volume (SKB Meer met Bodemenergie rapport 7).</translation>
    </message>
    <message>
        <location filename="../processing/bodemenergie/common.py" line="166"/>
        <source>Heat capacity of water c_w (MJ/m³K)</source>
        <translation>Warmtecapaciteit van water c_w (MJ/m³K)</translation>
    </message>
    <message>
        <location filename="../processing/bodemenergie/common.py" line="166"/>
        <source>Volumetric heat capacity of water, default 4.18 MJ/m³K.</source>
        <translation>Volumetrische warmtecapaciteit van water, standaard 4,18 MJ/m³K.</translation>
    </message>
    <message>
        <location filename="../processing/bodemenergie/common.py" line="178"/>
        <source>Heat capacity of the aquifer c_aq (MJ/m³K)</source>
        <translation>Warmtecapaciteit van het watervoerend pakket c_aq (MJ/m³K)</translation>
    </message>
    <message>
        <location filename="../processing/bodemenergie/common.py" line="178"/>
        <source>Volumetric heat capacity of the saturated aquifer, default 2.8 MJ/m³K (sources give 2.45-2.9; SKB Meer met Bodemenergie).</source>
        <translation>Volumetrische warmtecapaciteit van het verzadigde watervoerende pakket, standaard 2,8 MJ/m³K (bronnen noemen 2,45-2,9; SKB Meer met Bodemenergie).</translation>
    </message>
    <message>
        <location filename="../dialogs/bodemenergie_maptool.py" line="327"/>
        <source>Porosity n</source>
        <translation>Porositeit n</translation>
    </message>
    <message>
        <location filename="../processing/bodemenergie/common.py" line="193"/>
        <source>Porosity of the aquifer, used for the hydraulic radius; default 0.30.</source>
        <translation>Porositeit van het watervoerende pakket, gebruikt voor de hydraulische straal; standaard 0,30.</translation>
    </message>
    <message>
        <location filename="../processing/bodemenergie/common.py" line="222"/>
        <source>Volume basis &apos;per system per year&apos; divides the yearly volume over the wells of each system: choose the system id field.</source>
        <translation>De volumebasis 'per systeem per jaar' verdeelt het jaarvolume over de bronnen van elk systeem: kies het veld met de systeem-id.</translation>
    </message>
    <message>
        <location filename="../processing/bodemenergie/common.py" line="453"/>
        <source>no geometry, or a multipoint with several points</source>
        <translation>geen geometrie, of een multipunt met meerdere punten</translation>
    </message>
    <message>
        <location filename="../processing/bodemenergie/common.py" line="269"/>
        <source>volume is zero or negative in field &apos;{}&apos;</source>
        <translation>volume is nul of negatief in veld '{}'</translation>
    </message>
    <message>
        <location filename="../processing/bodemenergie/common.py" line="464"/>
        <source>no system id in field &apos;{}&apos; (needed to divide the yearly volume)</source>
        <translation>geen systeem-id in veld '{}' (nodig om het jaarvolume te verdelen)</translation>
    </message>
    <message>
        <location filename="../processing/bodemenergie/common.py" line="484"/>
        <source>screen bottom is not below screen top</source>
        <translation>onderkant filter ligt niet onder de bovenkant</translation>
    </message>
    <message>
        <location filename="../processing/bodemenergie/common.py" line="491"/>
        <source>the location cannot be transformed to metres</source>
        <translation>de locatie kan niet naar meters worden getransformeerd</translation>
    </message>
    <message>
        <location filename="../processing/bodemenergie/common.py" line="529"/>
        <source>Temperature field (warm / koud)</source>
        <translation>Temperatuurveld (warm / koud)</translation>
    </message>
    <message>
        <location filename="../processing/bodemenergie/common.py" line="529"/>
        <source>Field telling whether a well is a warm or a cold well. Accepted, in any case: warm, w, koud, k, cold, c (the BRO GUF field RelatieveTemperatuur uses warm / koud). Wells with another or an empty value are skipped with a counted warning.</source>
        <translation>Veld dat aangeeft of een bron een warme of een koude bron is. Geaccepteerd, hoofdletterongevoelig: warm, w, koud, k, cold, c (het BRO GUF-veld RelatieveTemperatuur gebruikt warm / koud). Bronnen met een andere of lege waarde worden overgeslagen met een getelde waarschuwing.</translation>
    </message>
    <message>
        <location filename="../processing/bodemenergie/common.py" line="556"/>
        <source>temperature in field &apos;{}&apos; is not warm or koud</source>
        <translation>temperatuur in veld '{}' is niet warm of koud</translation>
    </message>
    <message>
        <location filename="../processing/bodemenergie/common.py" line="652"/>
        <source>Factor: warm-cold of one system</source>
        <translation>Factor: warm-koud van één systeem</translation>
    </message>
    <message>
        <location filename="../processing/bodemenergie/common.py" line="652"/>
        <source>Required distance = factor × the larger R_th. Default 3 (NVOE guideline, in the SKB Meer met Bodemenergie reports). Also sets the footprint of a system point (factor / 2 + 1).</source>
        <translation>Vereiste afstand = factor × de grootste R_th. Standaard 3 (NVOE-richtlijn, in de SKB-rapporten Meer met Bodemenergie). Bepaalt ook de voetafdruk van een systeempunt (factor / 2 + 1).</translation>
    </message>
    <message>
        <location filename="../processing/bodemenergie/common.py" line="652"/>
        <source>Factor: opposite temperature, other systems</source>
        <translation>Factor: tegengestelde temperatuur, andere systemen</translation>
    </message>
    <message>
        <location filename="../processing/bodemenergie/common.py" line="652"/>
        <source>Required distance = factor × the larger R_th. Default 3 [assumption: same physics as the NVOE rule].</source>
        <translation>Vereiste afstand = factor × de grootste R_th. Standaard 3 [aanname: dezelfde fysica als de NVOE-regel].</translation>
    </message>
    <message>
        <location filename="../processing/bodemenergie/common.py" line="652"/>
        <source>Factor: same temperature, other systems</source>
        <translation>Factor: zelfde temperatuur, andere systemen</translation>
    </message>
    <message>
        <location filename="../processing/bodemenergie/common.py" line="652"/>
        <source>Required distance = factor × (R_th,a + R_th,b). Default 1: the thermal bubbles may touch [assumption].</source>
        <translation>Vereiste afstand = factor × (R_th,a + R_th,b). Standaard 1: de thermische bellen mogen elkaar raken [aanname].</translation>
    </message>
    <message>
        <location filename="../dialogs/bodemenergie_maptool.py" line="181"/>
        <source>Click at least three points.</source>
        <translation>Klik ten minste drie punten.</translation>
    </message>
    <message>
        <location filename="../dialogs/bodemenergie_maptool.py" line="182"/>
        <source>{n} wells, {s} systems, aquifer use {u:.1%}, {c} conflicts, {a:.1f} ha</source>
        <translation>{n} bronnen, {s} systemen, aquifergebruik {u:.1%}, {c} conflicten, {a:.1f} ha</translation>
    </message>
    <message>
        <location filename="../dialogs/bodemenergie_maptool.py" line="191"/>
        <source>Drawn interference areas</source>
        <translation>Getekende interferentiegebieden</translation>
    </message>
    <message>
        <location filename="../dialogs/bodemenergie_maptool.py" line="276"/>
        <source>Draw interference area: options</source>
        <translation>Interferentiegebied tekenen: opties</translation>
    </message>
    <message>
        <location filename="../dialogs/bodemenergie_maptool.py" line="320"/>
        <source>Well layer</source>
        <translation>Bronnenlaag</translation>
    </message>
    <message>
        <location filename="../dialogs/bodemenergie_maptool.py" line="321"/>
        <source>Volume per well per season (m³)</source>
        <translation>Volume per bron per seizoen (m³)</translation>
    </message>
    <message>
        <location filename="../dialogs/bodemenergie_maptool.py" line="322"/>
        <source>System id</source>
        <translation>Systeem-id</translation>
    </message>
    <message>
        <location filename="../dialogs/bodemenergie_maptool.py" line="323"/>
        <source>Temperature (warm / koud)</source>
        <translation>Temperatuur (warm / koud)</translation>
    </message>
    <message>
        <location filename="../dialogs/bodemenergie_maptool.py" line="326"/>
        <source>Aquifer thickness H (m)</source>
        <translation>Dikte watervoerend pakket H (m)</translation>
    </message>
    <message>
        <location filename="../dialogs/bodemenergie_maptool.py" line="352"/>
        <source>Save interference area</source>
        <translation>Interferentiegebied opslaan</translation>
    </message>
    <message>
        <location filename="../dialogs/bodemenergie_maptool.py" line="356"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../dialogs/bodemenergie_maptool.py" line="434"/>
        <source>Choose a well layer in the options first.</source>
        <translation>Kies eerst een bronnenlaag in de opties.</translation>
    </message>
    <message>
        <location filename="../dialogs/bodemenergie_maptool.py" line="547"/>
        <source>Interference area</source>
        <translation>Interferentiegebied</translation>
    </message>
    <message>
        <location filename="../dialogs/bodemenergie_maptool.py" line="524"/>
        <source>Saved in &apos;{layer}&apos;: {text}</source>
        <translation>Opgeslagen in '{layer}': {text}</translation>
    </message>
    <message>
        <location filename="../dialogs/bodemenergie_maptool.py" line="524"/>
        <source>Could not save in &apos;{layer}&apos;.</source>
        <translation>Kon niet opslaan in '{layer}'.</translation>
    </message>
    <message>
        <location filename="../dialogs/bodemenergie_maptool.py" line="606"/>
        <source>Draw interference area</source>
        <translation>Interferentiegebied tekenen</translation>
    </message>
    <message>
        <location filename="../dialogs/bodemenergie_maptool.py" line="606"/>
        <source>Left click: add a point; right click: finish and save; Backspace: undo; Esc: start again. The figures show in the status bar.</source>
        <translation>Linksklik: punt toevoegen; rechtsklik: afronden en opslaan; Backspace: ongedaan maken; Esc: opnieuw beginnen. De cijfers staan in de statusbalk.</translation>
    </message>
    <message>
        <location filename="../dialogs/bodemenergie_maptool.py" line="236"/>
        <source>Interference area drawn with the map tool &apos;Draw interference area&apos; (no well figures).</source>
        <translation>Interferentiegebied getekend met het kaartgereedschap 'Interferentiegebied tekenen' (zonder cijfers van bronnen).</translation>
    </message>
    <message>
        <location filename="../dialogs/bodemenergie_maptool.py" line="239"/>
        <source>Interference area drawn with the map tool &apos;Draw interference area&apos; against the well layer &apos;{layer}&apos; (aquifer thickness H {h:g} m, porosity n {p:g}): {figures}.</source>
        <translation>Interferentiegebied getekend met het kaartgereedschap 'Interferentiegebied tekenen' tegen de bronnenlaag '{layer}' (dikte watervoerend pakket H {h:g} m, porositeit n {p:g}): {figures}.</translation>
    </message>
    <message>
        <location filename="../dialogs/bodemenergie_maptool.py" line="249"/>
        <source>Depth range from the well screens inside: {top:g} to {bottom:g} m below ground.</source>
        <translation>Diepte volgens de filters van de bronnen binnen het gebied: {top:g} tot {bottom:g} m onder maaiveld.</translation>
    </message>
    <message>
        <location filename="../dialogs/bodemenergie_maptool.py" line="302"/>
        <source>The spatial claims register (via &apos;Record a spatial claim&apos;)</source>
        <translation>Het ruimteclaimregister (via 'Ruimteclaim vastleggen')</translation>
    </message>
    <message>
        <location filename="../dialogs/bodemenergie_maptool.py" line="304"/>
        <source>A polygon layer</source>
        <translation>Een vlakkenlaag</translation>
    </message>
    <message>
        <location filename="../dialogs/bodemenergie_maptool.py" line="324"/>
        <source>Screen top (m below ground)</source>
        <translation>Bovenkant filter (m onder maaiveld)</translation>
    </message>
    <message>
        <location filename="../dialogs/bodemenergie_maptool.py" line="325"/>
        <source>Screen bottom (m below ground)</source>
        <translation>Onderkant filter (m onder maaiveld)</translation>
    </message>
    <message>
        <location filename="../dialogs/bodemenergie_maptool.py" line="328"/>
        <source>Save into</source>
        <translation>Opslaan in</translation>
    </message>
    <message>
        <location filename="../dialogs/bodemenergie_maptool.py" line="329"/>
        <source>Polygon layer (empty: a new layer)</source>
        <translation>Vlakkenlaag (leeg: een nieuwe laag)</translation>
    </message>
    <message>
        <location filename="../dialogs/bodemenergie_maptool.py" line="547"/>
        <source>The claims dialog could not be opened ({error}); the area is saved in a polygon layer instead.</source>
        <translation>Het venster voor ruimteclaims kon niet worden geopend ({error}); het gebied wordt in plaats daarvan in een vlakkenlaag opgeslagen.</translation>
    </message>
    <message>
        <location filename="../processing/bodemenergie/common.py" line="68"/>
        <source>Numeric field with the stored volume in m³: per well per season, or per system per year (see Volume basis). A well storing more than 10,000,000 m³ per season is skipped with a counted warning as implausible (a typing or unit error).</source>
        <translation>Numeriek veld met het opgeslagen volume in m³: per bron per seizoen, of per systeem per jaar (zie Volumebasis). Een bron die meer dan 10.000.000 m³ per seizoen opslaat, wordt als onwaarschijnlijk (een tik- of eenheidsfout) overgeslagen met een getelde waarschuwing.</translation>
    </message>
    <message>
        <location filename="../processing/bodemenergie/common.py" line="108"/>
        <source>Optional numeric field: top of the well screen (filter) in m below surface, 0-1,000 m. Text, a negative value (above ground level) or a value deeper than 1,000 m is skipped with a counted warning; an empty value means &apos;not known&apos;.</source>
        <translation>Optioneel numeriek veld: bovenkant van het bronfilter in m onder maaiveld, 0-1.000 m. Tekst, een negatieve waarde (boven maaiveld) of een waarde dieper dan 1.000 m wordt overgeslagen met een getelde waarschuwing; een lege waarde betekent 'onbekend'.</translation>
    </message>
    <message>
        <location filename="../processing/bodemenergie/common.py" line="122"/>
        <source>Optional numeric field: bottom of the well screen in m below surface, more than 0 and at most 1,000 m (else the well is skipped with a counted warning). The screen length H = bottom - top.</source>
        <translation>Optioneel numeriek veld: onderkant van het bronfilter in m onder maaiveld, meer dan 0 en hoogstens 1.000 m (anders wordt de bron overgeslagen met een getelde waarschuwing). De filterlengte H = onderkant - bovenkant.</translation>
    </message>
    <message>
        <location filename="../processing/bodemenergie/common.py" line="265"/>
        <source>volume is empty in field &apos;{}&apos;</source>
        <translation>volume is leeg in veld '{}'</translation>
    </message>
    <message>
        <location filename="../processing/bodemenergie/common.py" line="267"/>
        <source>volume is not a number in field &apos;{}&apos;</source>
        <translation>volume is geen getal in veld '{}'</translation>
    </message>
    <message>
        <location filename="../processing/bodemenergie/common.py" line="270"/>
        <source>volume in field '{field}' is implausibly large (more than {max:,.0f} m³ per well per season)</source>
        <translation>volume in veld '{field}' is onwaarschijnlijk groot (meer dan {max:,.0f} m³ per bron per seizoen)</translation>
    </message>
    <message>
        <location filename="../processing/bodemenergie/common.py" line="277"/>
        <source>screen top is not a number in field &apos;{}&apos;</source>
        <translation>bovenkant filter is geen getal in veld '{}'</translation>
    </message>
    <message>
        <location filename="../processing/bodemenergie/common.py" line="277"/>
        <source>screen bottom is not a number in field &apos;{}&apos;</source>
        <translation>onderkant filter is geen getal in veld '{}'</translation>
    </message>
    <message>
        <location filename="../processing/bodemenergie/common.py" line="280"/>
        <source>screen top is above ground level (negative) in field &apos;{}&apos;</source>
        <translation>bovenkant filter ligt boven maaiveld (negatief) in veld '{}'</translation>
    </message>
    <message>
        <location filename="../processing/bodemenergie/common.py" line="280"/>
        <source>screen bottom is at or above ground level (zero or negative) in field &apos;{}&apos;</source>
        <translation>onderkant filter ligt op of boven maaiveld (nul of negatief) in veld '{}'</translation>
    </message>
    <message>
        <location filename="../processing/bodemenergie/common.py" line="284"/>
        <source>screen top is deeper than {max:,.0f} m in field &apos;{field}&apos;</source>
        <translation>bovenkant filter ligt dieper dan {max:,.0f} m in veld '{field}'</translation>
    </message>
    <message>
        <location filename="../processing/bodemenergie/common.py" line="284"/>
        <source>screen bottom is deeper than {max:,.0f} m in field &apos;{field}&apos;</source>
        <translation>onderkant filter ligt dieper dan {max:,.0f} m in veld '{field}'</translation>
    </message>
</context>
<context>
    <name>InterferenceAreas</name>
    <message>
        <location filename="../processing/bodemenergie/interferenceareas.py" line="176"/>
        <source>Candidate interference areas</source>
        <translation>Kandidaat-interferentiegebieden</translation>
    </message>
    <message>
        <location filename="../processing/bodemenergie/interferenceareas.py" line="68"/>
        <source>Proposes interferentiegebieden where the aquifer is busy.</source>
        <translation>Stelt interferentiegebieden voor waar het watervoerend pakket druk is.</translation>
    </message>
    <message>
        <location filename="../processing/bodemenergie/interferenceareas.py" line="74"/>
        <source>&lt;p&gt;Proposes candidate interference areas (interferentiegebieden, to be designated by the municipality in the omgevingsplan) from how busy the aquifer is. The criterion is the municipality's own (Bodem+ / InfoMil); the criteria offered here are parameters [assumption].&lt;/p&gt;&lt;p&gt;&lt;b&gt;Method&lt;/b&gt;: a grid of square cells covers the study area (or the wells). For each cell the wells within the window radius of the cell centre are counted, so that a lone system never makes a candidate while a busy block does:&lt;br&gt;well density = wells / window area (per km²);&lt;br&gt;aquifer use fraction = Σ V / (A · n · H) (SKB &lt;i&gt;Meer met Bodemenergie&lt;/i&gt; report 7: the Den Haag centre has about 17 wells per km² and about 8 % of the first aquifer in use), with V the volume per well per season, A the window area, n the porosity and H the aquifer thickness;&lt;br&gt;conflicts = distance-rule conflicts (as &lt;i&gt;Well conflicts&lt;/i&gt;) whose midpoint lies in the window (needs the system and temperature fields).&lt;br&gt;Cells passing any (or all) of the criteria are merged, smoothed (buffer out and back in by the smoothing distance, which merges cells up to twice that distance apart), clipped to the study area; areas smaller than the minimum area are dropped.&lt;/p&gt;&lt;p&gt;The metrics of each candidate area are computed over the wells inside it; &lt;i&gt;criteria&lt;/i&gt; lists which criteria its cells passed. The optional grid output holds the cells with at least one well in their window, for a map of aquifer use.&lt;/p&gt;&lt;p&gt;Defaults: cell 250 m, window 500 m, at least 10 wells per km² or 5 % aquifer use [assumptions, below the Den Haag centre's figures], aquifer 40 m thick (Den Haag's first aquifer, about 18-60 m below surface), porosity 0.30.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Stelt kandidaat-interferentiegebieden voor (door de gemeente in het omgevingsplan aan te wijzen) op basis van hoe druk het watervoerend pakket is. Het criterium is aan de gemeente zelf (Bodem+ / InfoMil); de criteria die hier worden aangeboden zijn parameters [aanname].&lt;/p&gt;&lt;p&gt;&lt;b&gt;Methode&lt;/b&gt;: een raster van vierkante cellen bedekt het studiegebied (of de bronnen). Per cel worden de bronnen binnen de vensterstraal rond het celmiddelpunt geteld, zodat één los systeem nooit een kandidaat oplevert en een druk blok wel:&lt;br&gt;brondichtheid = bronnen / oppervlakte van het venster (per km²);&lt;br&gt;aquifergebruik = Σ V / (A · n · H) (SKB &lt;i&gt;Meer met Bodemenergie&lt;/i&gt; rapport 7: het centrum van Den Haag heeft ongeveer 17 bronnen per km² en ongeveer 8 % van het eerste watervoerend pakket in gebruik), met V het volume per bron per seizoen, A de oppervlakte van het venster, n de porositeit en H de dikte van het pakket;&lt;br&gt;conflicten = conflicten met de afstandsregels (zoals &lt;i&gt;Bronconflicten&lt;/i&gt;) waarvan het middelpunt in het venster ligt (vereist het systeem- en het temperatuurveld).&lt;br&gt;Cellen die aan een (of alle) criteria voldoen worden samengevoegd, afgevlakt (buffer naar buiten en weer naar binnen met de afvlakafstand, wat cellen tot tweemaal die afstand uit elkaar samenvoegt) en bijgesneden tot het studiegebied; gebieden kleiner dan de minimale oppervlakte vervallen.&lt;/p&gt;&lt;p&gt;De kengetallen van elk kandidaatgebied worden berekend over de bronnen erin; &lt;i&gt;criteria&lt;/i&gt; noemt de criteria waaraan de cellen voldeden. De optionele rasteruitvoer bevat de cellen met ten minste één bron in hun venster, voor een kaart van het aquifergebruik.&lt;/p&gt;&lt;p&gt;Standaardwaarden: cel 250 m, venster 500 m, ten minste 10 bronnen per km² of 5 % aquifergebruik [aannames, onder de cijfers van het centrum van Den Haag], pakket 40 m dik (het eerste watervoerend pakket van Den Haag, ongeveer 18-60 m onder maaiveld), porositeit 0,30.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../processing/bodemenergie/interferenceareas.py" line="104"/>
        <source>Wells</source>
        <translation>Bronnen</translation>
    </message>
    <message>
        <location filename="../processing/bodemenergie/interferenceareas.py" line="104"/>
        <source>Point layer of soil-energy wells (one point per well).</source>
        <translation>Puntenlaag met bodemenergiebronnen (één punt per bron).</translation>
    </message>
    <message>
        <location filename="../processing/bodemenergie/interferenceareas.py" line="113"/>
        <source>Study area</source>
        <translation>Studiegebied</translation>
    </message>
    <message>
        <location filename="../processing/bodemenergie/interferenceareas.py" line="113"/>
        <source>Optional polygons: the grid covers them and the candidates are clipped to them. Without it the grid covers the wells.</source>
        <translation>Optionele polygonen: het raster bedekt ze en de kandidaten worden ertoe bijgesneden. Zonder studiegebied bedekt het raster de bronnen.</translation>
    </message>
    <message>
        <location filename="../processing/bodemenergie/interferenceareas.py" line="121"/>
        <source>Cell size (m)</source>
        <translation>Celgrootte (m)</translation>
    </message>
    <message>
        <location filename="../processing/bodemenergie/interferenceareas.py" line="121"/>
        <source>Side of the square grid cells; default 250 m [assumption].</source>
        <translation>Zijde van de vierkante rastercellen; standaard 250 m [aanname].</translation>
    </message>
    <message>
        <location filename="../processing/bodemenergie/interferenceareas.py" line="121"/>
        <source>Window radius (m)</source>
        <translation>Vensterstraal (m)</translation>
    </message>
    <message>
        <location filename="../processing/bodemenergie/interferenceareas.py" line="121"/>
        <source>Each cell&apos;s metrics count the wells within this distance of the cell centre; default 500 m [assumption].</source>
        <translation>De kengetallen van een cel tellen de bronnen binnen deze afstand van het celmiddelpunt; standaard 500 m [aanname].</translation>
    </message>
    <message>
        <location filename="../processing/bodemenergie/interferenceareas.py" line="121"/>
        <source>Aquifer thickness H (m)</source>
        <translation>Dikte watervoerend pakket H (m)</translation>
    </message>
    <message>
        <location filename="../processing/bodemenergie/interferenceareas.py" line="121"/>
        <source>Thickness of the aquifer used for the aquifer use fraction; default 40 m (Den Haag&apos;s first aquifer, SKB report 7).</source>
        <translation>Dikte van het watervoerend pakket voor het aquifergebruik; standaard 40 m (het eerste watervoerend pakket van Den Haag, SKB rapport 7).</translation>
    </message>
    <message>
        <location filename="../processing/bodemenergie/interferenceareas.py" line="121"/>
        <source>Minimum well density (wells per km²)</source>
        <translation>Minimale brondichtheid (bronnen per km²)</translation>
    </message>
    <message>
        <location filename="../processing/bodemenergie/interferenceareas.py" line="121"/>
        <source>Criterion: wells per km² within the window. Default 10 (the Den Haag centre has 17) [assumption]; 0 = not used.</source>
        <translation>Criterium: bronnen per km² binnen het venster. Standaard 10 (het centrum van Den Haag heeft er 17) [aanname]; 0 = niet gebruikt.</translation>
    </message>
    <message>
        <location filename="../processing/bodemenergie/interferenceareas.py" line="121"/>
        <source>Minimum aquifer use fraction</source>
        <translation>Minimaal aquifergebruik (fractie)</translation>
    </message>
    <message>
        <location filename="../processing/bodemenergie/interferenceareas.py" line="121"/>
        <source>Criterion: Σ V / (A n H) within the window. Default 0.05 (the Den Haag centre uses about 0.08) [assumption]; 0 = not used.</source>
        <translation>Criterium: Σ V / (A n H) binnen het venster. Standaard 0,05 (het centrum van Den Haag gebruikt ongeveer 0,08) [aanname]; 0 = niet gebruikt.</translation>
    </message>
    <message>
        <location filename="../processing/bodemenergie/interferenceareas.py" line="121"/>
        <source>Smoothing distance (m)</source>
        <translation>Afvlakafstand (m)</translation>
    </message>
    <message>
        <location filename="../processing/bodemenergie/interferenceareas.py" line="121"/>
        <source>Candidate cells are buffered out and back in by this distance, which merges cells up to twice this distance apart; default 100 m [assumption]; 0 = no smoothing.</source>
        <translation>Kandidaatcellen worden met deze afstand naar buiten en weer naar binnen gebufferd, wat cellen tot tweemaal deze afstand uit elkaar samenvoegt; standaard 100 m [aanname]; 0 = niet afvlakken.</translation>
    </message>
    <message>
        <location filename="../processing/bodemenergie/interferenceareas.py" line="121"/>
        <source>Minimum area (ha)</source>
        <translation>Minimale oppervlakte (ha)</translation>
    </message>
    <message>
        <location filename="../processing/bodemenergie/interferenceareas.py" line="121"/>
        <source>Candidate areas smaller than this are dropped; default 5 ha [assumption].</source>
        <translation>Kandidaatgebieden kleiner dan dit vervallen; standaard 5 ha [aanname].</translation>
    </message>
    <message>
        <location filename="../processing/bodemenergie/interferenceareas.py" line="157"/>
        <source>Minimum number of conflicts</source>
        <translation>Minimaal aantal conflicten</translation>
    </message>
    <message>
        <location filename="../processing/bodemenergie/interferenceareas.py" line="157"/>
        <source>Criterion: distance-rule conflicts within the window. Default 0 = not used; when set, the system and temperature fields are needed.</source>
        <translation>Criterium: conflicten met de afstandsregels binnen het venster. Standaard 0 = niet gebruikt; indien ingesteld zijn het systeem- en het temperatuurveld nodig.</translation>
    </message>
    <message>
        <location filename="../processing/bodemenergie/interferenceareas.py" line="166"/>
        <source>Combine the criteria</source>
        <translation>Criteria combineren</translation>
    </message>
    <message>
        <location filename="../processing/bodemenergie/interferenceareas.py" line="166"/>
        <source>any (one criterion is enough)</source>
        <translation>een (één criterium is genoeg)</translation>
    </message>
    <message>
        <location filename="../processing/bodemenergie/interferenceareas.py" line="166"/>
        <source>all (every criterion in use)</source>
        <translation>alle (elk gebruikt criterium)</translation>
    </message>
    <message>
        <location filename="../processing/bodemenergie/interferenceareas.py" line="166"/>
        <source>0 = a cell is a candidate when it passes any criterion in use; 1 = when it passes all of them.</source>
        <translation>0 = een cel is kandidaat als zij aan een van de gebruikte criteria voldoet; 1 = als zij aan alle voldoet.</translation>
    </message>
    <message>
        <location filename="../processing/bodemenergie/interferenceareas.py" line="176"/>
        <source>Candidate areas with n_wells, n_systems, density_km2, usage_fraction, n_conflicts (over the wells inside), area_ha and criteria.</source>
        <translation>Kandidaatgebieden met n_wells, n_systems, density_km2, usage_fraction, n_conflicts (over de bronnen erin), area_ha en criteria.</translation>
    </message>
    <message>
        <location filename="../processing/bodemenergie/interferenceareas.py" line="184"/>
        <source>Aquifer use grid</source>
        <translation>Raster aquifergebruik</translation>
    </message>
    <message>
        <location filename="../processing/bodemenergie/interferenceareas.py" line="184"/>
        <source>Optional: the grid cells (with at least one well in their window) with the window metrics, candidate (1/0) and criteria.</source>
        <translation>Optioneel: de rastercellen (met ten minste één bron in hun venster) met de vensterkengetallen, candidate (1/0) en criteria.</translation>
    </message>
    <message>
        <location filename="../processing/bodemenergie/interferenceareas.py" line="192"/>
        <source>Number of candidate areas</source>
        <translation>Aantal kandidaatgebieden</translation>
    </message>
    <message>
        <location filename="../processing/bodemenergie/interferenceareas.py" line="212"/>
        <source>The conflicts criterion (MIN_CONFLICTS &gt; 0) needs the system id field and the temperature field.</source>
        <translation>Het conflictcriterium (MIN_CONFLICTS &gt; 0) vereist het systeem-id-veld en het temperatuurveld.</translation>
    </message>
    <message>
        <location filename="../processing/bodemenergie/interferenceareas.py" line="216"/>
        <source>Every criterion is switched off (0): set a minimum well density, aquifer use fraction or number of conflicts.</source>
        <translation>Elk criterium staat uit (0): stel een minimale brondichtheid, een minimaal aquifergebruik of een minimaal aantal conflicten in.</translation>
    </message>
    <message>
        <location filename="../processing/bodemenergie/interferenceareas.py" line="222"/>
        <source>Distances are computed in {crs}.</source>
        <translation>Afstanden worden berekend in {crs}.</translation>
    </message>
    <message>
        <location filename="../processing/bodemenergie/interferenceareas.py" line="227"/>
        <source>No well could be read from the input layer (empty layer, or every well was skipped: see the warnings).</source>
        <translation>Er kon geen enkele bron uit de invoerlaag worden gelezen (lege laag, of elke bron is overgeslagen: zie de waarschuwingen).</translation>
    </message>
    <message>
        <location filename="../processing/bodemenergie/interferenceareas.py" line="242"/>
        <source>{n} well(s) without a usable temperature or system are counted for density and use, but not for conflicts.</source>
        <translation>{n} bron(nen) zonder bruikbare temperatuur of systeem tellen mee voor dichtheid en gebruik, maar niet voor conflicten.</translation>
    </message>
    <message>
        <location filename="../processing/bodemenergie/interferenceareas.py" line="245"/>
        <source>{n} distance-rule conflicts.</source>
        <translation>{n} conflicten met de afstandsregels.</translation>
    </message>
    <message>
        <location filename="../processing/bodemenergie/interferenceareas.py" line="260"/>
        <source>study area feature without a usable polygon</source>
        <translation>object van het studiegebied zonder bruikbare polygoon</translation>
    </message>
    <message>
        <location filename="../processing/bodemenergie/interferenceareas.py" line="265"/>
        <source>The study area layer has no usable polygon.</source>
        <translation>De laag van het studiegebied heeft geen bruikbare polygoon.</translation>
    </message>
    <message>
        <location filename="../processing/bodemenergie/interferenceareas.py" line="274"/>
        <source>The grid would have {n:,.0f} cells: choose a larger cell size or a smaller study area.</source>
        <translation>Het raster zou {n:,.0f} cellen krijgen: kies een grotere celgrootte of een kleiner studiegebied.</translation>
    </message>
    <message>
        <location filename="../processing/bodemenergie/interferenceareas.py" line="295"/>
        <source>{n} grid cells of {c:g} m.</source>
        <translation>{n} rastercellen van {c:g} m.</translation>
    </message>
    <message>
        <location filename="../processing/bodemenergie/interferenceareas.py" line="403"/>
        <source>{n} candidate interference area(s) from {c} candidate cells.</source>
        <translation>{n} kandidaat-interferentiegebied(en) uit {c} kandidaatcellen.</translation>
    </message>
</context>
<context>
    <name>ThermalRadius</name>
    <message>
        <location filename="../processing/bodemenergie/thermalradius.py" line="57"/>
        <source>Thermal radius of soil-energy wells</source>
        <translation>Thermische straal van bodemenergiebronnen</translation>
    </message>
    <message>
        <location filename="../processing/bodemenergie/thermalradius.py" line="60"/>
        <source>Thermal and hydraulic radius of WKO/ATES wells from volume and screen.</source>
        <translation>Thermische en hydraulische straal van WKO-bronnen uit volume en filter.</translation>
    </message>
    <message>
        <location filename="../processing/bodemenergie/thermalradius.py" line="90"/>
        <source>Wells</source>
        <translation>Bronnen</translation>
    </message>
    <message>
        <location filename="../processing/bodemenergie/thermalradius.py" line="90"/>
        <source>Point layer of soil-energy wells (one point per well).</source>
        <translation>Puntenlaag met bodemenergiebronnen (één punt per bron).</translation>
    </message>
    <message>
        <location filename="../processing/bodemenergie/thermalradius.py" line="97"/>
        <source>Wells with thermal radius</source>
        <translation>Bronnen met thermische straal</translation>
    </message>
    <message>
        <location filename="../processing/bodemenergie/thermalradius.py" line="97"/>
        <source>The wells with all input fields plus v_season (m³), screen_len (m), r_th (m) and r_hyd (m).</source>
        <translation>De bronnen met alle invoervelden plus v_season (m³), screen_len (m), r_th (m) en r_hyd (m).</translation>
    </message>
    <message>
        <location filename="../processing/bodemenergie/thermalradius.py" line="106"/>
        <source>Thermal radius circles</source>
        <translation>Cirkels thermische straal</translation>
    </message>
    <message>
        <location filename="../processing/bodemenergie/thermalradius.py" line="106"/>
        <source>Optional: a circle of radius r_th around each well, same attributes.</source>
        <translation>Optioneel: een cirkel met straal r_th rond elke bron, met dezelfde attributen.</translation>
    </message>
    <message>
        <location filename="../processing/bodemenergie/thermalradius.py" line="116"/>
        <source>Number of wells computed</source>
        <translation>Aantal berekende bronnen</translation>
    </message>
    <message>
        <location filename="../processing/bodemenergie/thermalradius.py" line="116"/>
        <source>Number of wells skipped</source>
        <translation>Aantal overgeslagen bronnen</translation>
    </message>
    <message>
        <location filename="../processing/bodemenergie/thermalradius.py" line="116"/>
        <source>Smallest thermal radius (m)</source>
        <translation>Kleinste thermische straal (m)</translation>
    </message>
    <message>
        <location filename="../processing/bodemenergie/thermalradius.py" line="116"/>
        <source>Largest thermal radius (m)</source>
        <translation>Grootste thermische straal (m)</translation>
    </message>
    <message>
        <location filename="../processing/bodemenergie/thermalradius.py" line="129"/>
        <source>Distances are computed in {crs}.</source>
        <translation>Afstanden worden berekend in {crs}.</translation>
    </message>
    <message>
        <location filename="../processing/bodemenergie/thermalradius.py" line="186"/>
        <source>{n} wells: thermal radius {lo:.1f} to {hi:.1f} m.</source>
        <translation>{n} bronnen: thermische straal {lo:.1f} tot {hi:.1f} m.</translation>
    </message>
    <message>
        <location filename="../processing/bodemenergie/thermalradius.py" line="192"/>
        <source>No well could be computed.</source>
        <translation>Er kon geen enkele bron worden berekend.</translation>
    </message>
    <message>
        <location filename="../processing/bodemenergie/thermalradius.py" line="63"/>
        <source>&lt;p&gt;Computes for each well of an open soil-energy system (WKO / ATES) the thermal radius, the radius of the cylinder of aquifer that the stored heat or cold occupies, and the hydraulic radius, the cylinder the stored water itself fills.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Formulas&lt;/b&gt; (SKB &lt;i&gt;Meer met Bodemenergie&lt;/i&gt; report 2, 4.3.6, after Drijver 2010; also SKB &lt;i&gt;Cahier Bodemenergie&lt;/i&gt;):&lt;br&gt;R_th = √(c_w · V / (c_aq · π · H))&lt;br&gt;R_hyd = √(V / (π · H · n))&lt;br&gt;with V the volume stored in one well in one season (m³), H the screen length (m), c_w = 4.18 MJ/m³K (water), c_aq = 2.8 MJ/m³K (saturated aquifer; sources give 2.45-2.9) and n = 0.30 (porosity).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Check&lt;/b&gt;: V = 50,000 m³, H = 40 m gives R_th = 24.37 m and R_hyd = 36.42 m.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Volumes&lt;/b&gt;: permit volumes are usually about 1.5 × the design volume; use the volume factor 0.67 for expected use (the Den Haag centre study, SKB report 7). With the basis 'per system per year' each well stores the yearly volume divided by the number of wells of its system per season [assumption].&lt;/p&gt;&lt;p&gt;Wells that cannot be computed (empty, zero, negative, non-numeric or implausibly large volume, above 10,000,000 m³ per well per season; a screen depth that is text, negative or deeper than 1,000 m; screen bottom not below top; no location) are skipped with one warning per reason and a count. Layers in a geographic CRS are computed in metres (RD New for Dutch data); the outputs keep the input CRS.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Berekent voor elke bron van een open bodemenergiesysteem (WKO) de thermische straal, de straal van de cilinder van het watervoerende pakket die de opgeslagen warmte of koude inneemt, en de hydraulische straal, de cilinder die het opgeslagen water zelf vult.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Formules&lt;/b&gt; (SKB &lt;i&gt;Meer met Bodemenergie&lt;/i&gt; rapport 2, 4.3.6, naar Drijver 2010; ook SKB &lt;i&gt;Cahier Bodemenergie&lt;/i&gt;):&lt;br&gt;R_th = √(c_w · V / (c_aq · π · H))&lt;br&gt;R_hyd = √(V / (π · H · n))&lt;br&gt;met V het volume dat één bron in één seizoen opslaat (m³), H de filterlengte (m), c_w = 4,18 MJ/m³K (water), c_aq = 2,8 MJ/m³K (verzadigd watervoerend pakket; bronnen noemen 2,45-2,9) en n = 0,30 (porositeit).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Controle&lt;/b&gt;: V = 50.000 m³, H = 40 m geeft R_th = 24,37 m en R_hyd = 36,42 m.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Volumes&lt;/b&gt;: vergunde volumes zijn meestal ongeveer 1,5 × het ontwerpvolume; gebruik volumefactor 0,67 voor het verwachte gebruik (de studie voor het centrum van Den Haag, SKB rapport 7). Met de basis 'per systeem per jaar' slaat elke bron per seizoen het jaarvolume gedeeld door het aantal bronnen van zijn systeem op [aanname].&lt;/p&gt;&lt;p&gt;Bronnen die niet te berekenen zijn (leeg, nul, negatief, niet-numeriek of onwaarschijnlijk groot volume, boven 10.000.000 m³ per bron per seizoen; een filterdiepte die tekst, negatief of dieper dan 1.000 m is; onderkant filter niet onder de bovenkant; geen locatie) worden overgeslagen met één waarschuwing per reden en een aantal. Lagen in een geografisch CRS worden in meters berekend (RD New voor Nederlandse gegevens); de uitvoer houdt het CRS van de invoer.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>WarmColdZones</name>
    <message>
        <location filename="../processing/bodemenergie/warmcoldzones.py" line="63"/>
        <source>Warm and cold zones (bodemenergieplan)</source>
        <translation>Warme en koude zones (bodemenergieplan)</translation>
    </message>
    <message>
        <location filename="../processing/bodemenergie/warmcoldzones.py" line="66"/>
        <source>Lays out alternating warm and cold zones inside an area.</source>
        <translation>Deelt een gebied in afwisselend warme en koude zones in.</translation>
    </message>
    <message>
        <location filename="../processing/bodemenergie/warmcoldzones.py" line="72"/>
        <source>&lt;p&gt;Lays out a bodemenergieplan: alternating warm and cold zones inside an area (e.g. a candidate interference area), so that the warm wells of all systems gather in warm zones and the cold wells in cold zones (Handreiking masterplannen bodemenergie; the Binckhorst bodemenergieplan 2019).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Strips&lt;/b&gt; run parallel to the groundwater flow and alternate across it: a warm plume drifts downstream along its own warm strip, and the two wells of a doublet sit across the flow in neighbouring strips. The first strip, on the left looking downstream, gets the first zone. &lt;b&gt;Checkerboard&lt;/b&gt;: squares of the zone width, in the same orientation.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Zone width&lt;/b&gt;: give it, or leave 0 to derive it as width factor × R_th of a reference system: 3 × R_th(50,000 m³, 40 m) = 3 × 24.37 = 73.1 m [assumption: of the order of the NVOE distance 3 × R_th], with R_th = √(c_w V / (c_aq π H)).&lt;/p&gt;&lt;p&gt;With a well layer and its temperature field, the wells are checked: &lt;i&gt;ok&lt;/i&gt; in a zone of their own temperature (also on a border), &lt;i&gt;wrong_zone&lt;/i&gt; in a zone of the other temperature, &lt;i&gt;outside&lt;/i&gt; in no zone.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Maakt de indeling van een bodemenergieplan: afwisselend warme en koude zones binnen een gebied (bijvoorbeeld een kandidaat-interferentiegebied), zodat de warme bronnen van alle systemen samenkomen in warme zones en de koude bronnen in koude zones (Handreiking masterplannen bodemenergie; het bodemenergieplan Binckhorst 2019).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Stroken&lt;/b&gt; lopen evenwijdig aan de grondwaterstroming en wisselen elkaar dwars daarop af: een warme pluim drijft stroomafwaarts langs zijn eigen warme strook, en de twee bronnen van een doublet staan dwars op de stroming in naburige stroken. De eerste strook, links gezien in de stroomrichting, krijgt de eerste zone. &lt;b&gt;Schaakbord&lt;/b&gt;: vierkanten ter grootte van de zonebreedte, in dezelfde richting.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Zonebreedte&lt;/b&gt;: geef deze op, of laat 0 staan om haar af te leiden als breedtefactor × R_th van een referentiesysteem: 3 × R_th(50.000 m³, 40 m) = 3 × 24,37 = 73,1 m [aanname: in de orde van de NVOE-afstand 3 × R_th], met R_th = √(c_w V / (c_aq π H)).&lt;/p&gt;&lt;p&gt;Met een bronnenlaag en het temperatuurveld worden de bronnen gecontroleerd: &lt;i&gt;ok&lt;/i&gt; in een zone van hun eigen temperatuur (ook op een grens), &lt;i&gt;wrong_zone&lt;/i&gt; in een zone van de andere temperatuur, &lt;i&gt;outside&lt;/i&gt; in geen enkele zone.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../processing/bodemenergie/warmcoldzones.py" line="93"/>
        <source>Area</source>
        <translation>Gebied</translation>
    </message>
    <message>
        <location filename="../processing/bodemenergie/warmcoldzones.py" line="93"/>
        <source>Polygons to lay the zones out in, each on its own.</source>
        <translation>Polygonen waarin de zones worden ingedeeld, elk afzonderlijk.</translation>
    </message>
    <message>
        <location filename="../processing/bodemenergie/warmcoldzones.py" line="99"/>
        <source>Groundwater flow direction (degrees)</source>
        <translation>Stromingsrichting grondwater (graden)</translation>
    </message>
    <message>
        <location filename="../processing/bodemenergie/warmcoldzones.py" line="99"/>
        <source>Direction the groundwater flows to, in degrees clockwise from north (0 = to the north, 90 = to the east). Default 0 [assumption: look it up in the regional groundwater model].</source>
        <translation>Richting waarin het grondwater stroomt, in graden met de klok mee vanaf het noorden (0 = naar het noorden, 90 = naar het oosten). Standaard 0 [aanname: zoek haar op in het regionale grondwatermodel].</translation>
    </message>
    <message>
        <location filename="../processing/bodemenergie/warmcoldzones.py" line="109"/>
        <source>Zone width (m), 0 = from the reference system</source>
        <translation>Zonebreedte (m), 0 = uit het referentiesysteem</translation>
    </message>
    <message>
        <location filename="../processing/bodemenergie/warmcoldzones.py" line="109"/>
        <source>Width of a strip or side of a square. 0 = width factor × R_th of the reference system.</source>
        <translation>Breedte van een strook of zijde van een vierkant. 0 = breedtefactor × R_th van het referentiesysteem.</translation>
    </message>
    <message>
        <location filename="../processing/bodemenergie/warmcoldzones.py" line="118"/>
        <source>Layout</source>
        <translation>Indeling</translation>
    </message>
    <message>
        <location filename="../processing/bodemenergie/warmcoldzones.py" line="118"/>
        <source>Strips</source>
        <translation>Stroken</translation>
    </message>
    <message>
        <location filename="../processing/bodemenergie/warmcoldzones.py" line="118"/>
        <source>Checkerboard</source>
        <translation>Schaakbord</translation>
    </message>
    <message>
        <location filename="../processing/bodemenergie/warmcoldzones.py" line="118"/>
        <source>0 = strips parallel to the groundwater flow; 1 = checkerboard.</source>
        <translation>0 = stroken evenwijdig aan de grondwaterstroming; 1 = schaakbord.</translation>
    </message>
    <message>
        <location filename="../processing/bodemenergie/warmcoldzones.py" line="125"/>
        <source>First zone</source>
        <translation>Eerste zone</translation>
    </message>
    <message>
        <location filename="../processing/bodemenergie/warmcoldzones.py" line="125"/>
        <source>warm</source>
        <translation>warm</translation>
    </message>
    <message>
        <location filename="../processing/bodemenergie/warmcoldzones.py" line="125"/>
        <source>koud</source>
        <translation>koud</translation>
    </message>
    <message>
        <location filename="../processing/bodemenergie/warmcoldzones.py" line="125"/>
        <source>Temperature of the first strip (on the left looking downstream) or of the first square. Default warm [assumption].</source>
        <translation>Temperatuur van de eerste strook (links gezien in de stroomrichting) of van het eerste vierkant. Standaard warm [aanname].</translation>
    </message>
    <message>
        <location filename="../processing/bodemenergie/warmcoldzones.py" line="134"/>
        <source>Width factor</source>
        <translation>Breedtefactor</translation>
    </message>
    <message>
        <location filename="../processing/bodemenergie/warmcoldzones.py" line="134"/>
        <source>Zone width = factor × R_th of the reference system; default 3 [assumption: the NVOE distance between warm and cold wells].</source>
        <translation>Zonebreedte = factor × R_th van het referentiesysteem; standaard 3 [aanname: de NVOE-afstand tussen warme en koude bronnen].</translation>
    </message>
    <message>
        <location filename="../processing/bodemenergie/warmcoldzones.py" line="134"/>
        <source>Reference volume (m³ per well per season)</source>
        <translation>Referentievolume (m³ per bron per seizoen)</translation>
    </message>
    <message>
        <location filename="../processing/bodemenergie/warmcoldzones.py" line="134"/>
        <source>Volume of the reference system's wells; default 50,000 m³ [assumption: a mid-sized utility-building system].</source>
        <translation>Volume van de bronnen van het referentiesysteem; standaard 50.000 m³ [aanname: een middelgroot systeem voor utiliteitsbouw].</translation>
    </message>
    <message>
        <location filename="../processing/bodemenergie/warmcoldzones.py" line="134"/>
        <source>Reference screen length (m)</source>
        <translation>Referentiefilterlengte (m)</translation>
    </message>
    <message>
        <location filename="../processing/bodemenergie/warmcoldzones.py" line="134"/>
        <source>Screen length of the reference system; default 40 m (Den Haag&apos;s first aquifer) [assumption].</source>
        <translation>Filterlengte van het referentiesysteem; standaard 40 m (het eerste watervoerend pakket van Den Haag) [aanname].</translation>
    </message>
    <message>
        <location filename="../processing/bodemenergie/warmcoldzones.py" line="134"/>
        <source>Heat capacity of water c_w (MJ/m³K)</source>
        <translation>Warmtecapaciteit van water c_w (MJ/m³K)</translation>
    </message>
    <message>
        <location filename="../processing/bodemenergie/warmcoldzones.py" line="134"/>
        <source>Volumetric heat capacity of water, default 4.18 MJ/m³K.</source>
        <translation>Volumetrische warmtecapaciteit van water, standaard 4,18 MJ/m³K.</translation>
    </message>
    <message>
        <location filename="../processing/bodemenergie/warmcoldzones.py" line="134"/>
        <source>Heat capacity of the aquifer c_aq (MJ/m³K)</source>
        <translation>Warmtecapaciteit van het watervoerend pakket c_aq (MJ/m³K)</translation>
    </message>
    <message>
        <location filename="../processing/bodemenergie/warmcoldzones.py" line="134"/>
        <source>Volumetric heat capacity of the saturated aquifer, default 2.8 MJ/m³K (SKB Meer met Bodemenergie).</source>
        <translation>Volumetrische warmtecapaciteit van het verzadigde watervoerend pakket, standaard 2,8 MJ/m³K (SKB Meer met Bodemenergie).</translation>
    </message>
    <message>
        <location filename="../processing/bodemenergie/warmcoldzones.py" line="160"/>
        <source>Wells to check</source>
        <translation>Te controleren bronnen</translation>
    </message>
    <message>
        <location filename="../processing/bodemenergie/warmcoldzones.py" line="160"/>
        <source>Optional point layer of wells to check against the zones.</source>
        <translation>Optionele puntlaag met bronnen om tegen de zones te controleren.</translation>
    </message>
    <message>
        <location filename="../processing/bodemenergie/warmcoldzones.py" line="167"/>
        <source>Temperature field of the wells</source>
        <translation>Temperatuurveld van de bronnen</translation>
    </message>
    <message>
        <location filename="../processing/bodemenergie/warmcoldzones.py" line="167"/>
        <source>Field with warm / koud (also w, k, cold, c; any case) of the wells to check; wells with another value are skipped with a counted warning.</source>
        <translation>Veld met warm / koud (ook w, k, cold, c; hoofdletterongevoelig) van de te controleren bronnen; bronnen met een andere waarde worden overgeslagen met een getelde waarschuwing.</translation>
    </message>
    <message>
        <location filename="../processing/bodemenergie/warmcoldzones.py" line="175"/>
        <source>Warm and cold zones</source>
        <translation>Warme en koude zones</translation>
    </message>
    <message>
        <location filename="../processing/bodemenergie/warmcoldzones.py" line="175"/>
        <source>Zones clipped to the area: area_id (feature id of the area), zone (warm | koud), zone_nr, width_m, area_m2.</source>
        <translation>Zones bijgesneden tot het gebied: area_id (object-id van het gebied), zone (warm | koud), zone_nr, width_m, area_m2.</translation>
    </message>
    <message>
        <location filename="../processing/bodemenergie/warmcoldzones.py" line="182"/>
        <source>Checked wells</source>
        <translation>Gecontroleerde bronnen</translation>
    </message>
    <message>
        <location filename="../processing/bodemenergie/warmcoldzones.py" line="182"/>
        <source>The wells with zone_check = ok | wrong_zone | outside (only with a well layer).</source>
        <translation>De bronnen met zone_check = ok | wrong_zone | outside (alleen met een bronnenlaag).</translation>
    </message>
    <message>
        <location filename="../processing/bodemenergie/warmcoldzones.py" line="190"/>
        <source>Number of zones</source>
        <translation>Aantal zones</translation>
    </message>
    <message>
        <location filename="../processing/bodemenergie/warmcoldzones.py" line="191"/>
        <source>Number of wells in the wrong zone</source>
        <translation>Aantal bronnen in de verkeerde zone</translation>
    </message>
    <message>
        <location filename="../processing/bodemenergie/warmcoldzones.py" line="193"/>
        <source>Zone width used (m)</source>
        <translation>Gebruikte zonebreedte (m)</translation>
    </message>
    <message>
        <location filename="../processing/bodemenergie/warmcoldzones.py" line="207"/>
        <source>Zone width from the reference system: {w:.2f} m.</source>
        <translation>Zonebreedte uit het referentiesysteem: {w:.2f} m.</translation>
    </message>
    <message>
        <location filename="../processing/bodemenergie/warmcoldzones.py" line="214"/>
        <source>Distances are computed in {crs}.</source>
        <translation>Afstanden worden berekend in {crs}.</translation>
    </message>
    <message>
        <location filename="../processing/bodemenergie/warmcoldzones.py" line="237"/>
        <source>area without a usable polygon</source>
        <translation>gebied zonder bruikbare polygoon</translation>
    </message>
    <message>
        <location filename="../processing/bodemenergie/warmcoldzones.py" line="242"/>
        <source>Area {fid} would get about {n:,.0f} zones: choose a larger zone width.</source>
        <translation>Gebied {fid} zou ongeveer {n:,.0f} zones krijgen: kies een grotere zonebreedte.</translation>
    </message>
    <message>
        <location filename="../processing/bodemenergie/warmcoldzones.py" line="278"/>
        <source>No zone was laid out: the area layer has no usable polygon.</source>
        <translation>Er is geen zone ingedeeld: de gebiedslaag heeft geen bruikbare polygoon.</translation>
    </message>
    <message>
        <location filename="../processing/bodemenergie/warmcoldzones.py" line="295"/>
        <source>well without a point geometry</source>
        <translation>bron zonder puntgeometrie</translation>
    </message>
    <message>
        <location filename="../processing/bodemenergie/warmcoldzones.py" line="300"/>
        <source>temperature in field &apos;{}&apos; is not warm or koud</source>
        <translation>temperatuur in veld '{}' is niet warm of koud</translation>
    </message>
    <message>
        <location filename="../processing/bodemenergie/warmcoldzones.py" line="307"/>
        <source>the location cannot be transformed to metres</source>
        <translation>de locatie kan niet naar meters worden getransformeerd</translation>
    </message>
    <message>
        <location filename="../processing/bodemenergie/warmcoldzones.py" line="347"/>
        <source>{n} of {m} wells in the wrong zone, {o} outside the zones.</source>
        <translation>{n} van {m} bronnen in de verkeerde zone, {o} buiten de zones.</translation>
    </message>
</context>
<context>
    <name>WellConflicts</name>
    <message>
        <location filename="../processing/bodemenergie/wellconflicts.py" line="49"/>
        <source>Well conflicts (distance rules)</source>
        <translation>Bronconflicten (afstandsregels)</translation>
    </message>
    <message>
        <location filename="../processing/bodemenergie/wellconflicts.py" line="52"/>
        <source>Pairs of soil-energy wells closer than the distance rules allow.</source>
        <translation>Paren bodemenergiebronnen die dichter bij elkaar staan dan de afstandsregels toestaan.</translation>
    </message>
    <message>
        <location filename="../processing/bodemenergie/wellconflicts.py" line="58"/>
        <source>&lt;p&gt;Finds every pair of wells of open soil-energy systems (WKO / ATES) that stand closer than the distance rules allow, and draws a line from well a to well b for each pair, once.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Rules&lt;/b&gt; (R_th = thermal radius, computed as in &lt;i&gt;Thermal radius of soil-energy wells&lt;/i&gt;):&lt;br&gt;warm and cold well of one system: 3 × the larger R_th (NVOE guideline, in the SKB &lt;i&gt;Meer met Bodemenergie&lt;/i&gt; reports);&lt;br&gt;opposite temperature, different systems: 3 × the larger R_th [assumption: the same physics];&lt;br&gt;same temperature, different systems: R_th,a + R_th,b, the bubbles may touch [assumption; MMB report 7 reports positive interference of clustered same-temperature wells];&lt;br&gt;two wells of one system with the same temperature are no conflict.&lt;br&gt;A pair is a conflict when the distance is less than the required distance; shortfall = required - distance.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Closed loops&lt;/b&gt; (BTES, optional): a closed loop within 1 × R_th of an open well whose screen depth range overlaps the loop's depth range is a conflict &lt;i&gt;closed_open&lt;/i&gt; (SKB WP-4 study); a missing depth counts as overlapping [assumption]. Two closed loops closer than the minimum distance are &lt;i&gt;closed_closed&lt;/i&gt; (off by default).&lt;/p&gt;&lt;p&gt;&lt;b&gt;One point per system&lt;/b&gt; (e.g. a provincial permit layer with Vergund_m3_jaar): each point is then a doublet whose wells are not known. It is modelled as a footprint circle of radius 2.5 × R_th (two wells 3 × R_th apart, centred on the point; 2.5 = factor same system / 2 + 1), with R_th from the yearly volume / 2. Systems whose footprints overlap are &lt;i&gt;system_overlap&lt;/i&gt;. This is an approximation [assumption]: it finds crowded systems, not the real well pairs.&lt;/p&gt;&lt;p&gt;Wells are found with a spatial index (a grid of cells), so a province of 10,000 wells takes seconds. Layers in a geographic CRS are computed in metres (RD New for Dutch data); the output keeps the input CRS.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Vindt elk paar bronnen van open bodemenergiesystemen (WKO / ATES) dat dichter bij elkaar staat dan de afstandsregels toestaan, en tekent voor elk paar één lijn van bron a naar bron b.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Regels&lt;/b&gt; (R_th = thermische straal, berekend als in &lt;i&gt;Thermische straal van bodemenergiebronnen&lt;/i&gt;):&lt;br&gt;warme en koude bron van één systeem: 3 × de grootste R_th (NVOE-richtlijn, in de SKB-rapporten &lt;i&gt;Meer met Bodemenergie&lt;/i&gt;);&lt;br&gt;tegengestelde temperatuur, verschillende systemen: 3 × de grootste R_th [aanname: dezelfde fysica];&lt;br&gt;zelfde temperatuur, verschillende systemen: R_th,a + R_th,b, de bellen mogen elkaar raken [aanname; MMB rapport 7 meldt positieve interferentie van geclusterde bronnen met dezelfde temperatuur];&lt;br&gt;twee bronnen van één systeem met dezelfde temperatuur zijn geen conflict.&lt;br&gt;Een paar is een conflict als de afstand kleiner is dan de vereiste afstand; tekort = vereist - afstand.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Gesloten systemen&lt;/b&gt; (BTES, optioneel): een gesloten systeem binnen 1 × R_th van een open bron waarvan het filterdieptebereik overlapt met het dieptebereik van het gesloten systeem is een conflict &lt;i&gt;closed_open&lt;/i&gt; (SKB WP-4-studie); een ontbrekende diepte telt als overlappend [aanname]. Twee gesloten systemen dichter bij elkaar dan de minimale afstand zijn &lt;i&gt;closed_closed&lt;/i&gt; (standaard uit).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Eén punt per systeem&lt;/b&gt; (bijvoorbeeld een provinciale vergunningenlaag met Vergund_m3_jaar): elk punt is dan een doublet waarvan de bronnen niet bekend zijn. Het wordt gemodelleerd als een cirkelvormige voetafdruk met straal 2,5 × R_th (twee bronnen 3 × R_th uit elkaar, gecentreerd op het punt; 2,5 = factor zelfde systeem / 2 + 1), met R_th uit het jaarvolume / 2. Systemen waarvan de voetafdrukken overlappen zijn &lt;i&gt;system_overlap&lt;/i&gt;. Dit is een benadering [aanname]: het vindt drukke systemen, niet de werkelijke bronparen.&lt;/p&gt;&lt;p&gt;Bronnen worden gezocht met een ruimtelijke index (een rooster van cellen), zodat een provincie met 10.000 bronnen seconden kost. Lagen in een geografisch CRS worden in meters berekend (RD New voor Nederlandse gegevens); de uitvoer houdt het CRS van de invoer.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../processing/bodemenergie/wellconflicts.py" line="92"/>
        <source>Wells</source>
        <translation>Bronnen</translation>
    </message>
    <message>
        <location filename="../processing/bodemenergie/wellconflicts.py" line="92"/>
        <source>Point layer of soil-energy wells (one point per well), or of systems (see &apos;One point per system&apos;).</source>
        <translation>Puntlaag met bodemenergiebronnen (één punt per bron), of met systemen (zie 'Eén punt per systeem').</translation>
    </message>
    <message>
        <location filename="../processing/bodemenergie/wellconflicts.py" line="101"/>
        <source>Well id field</source>
        <translation>Bron-id-veld</translation>
    </message>
    <message>
        <location filename="../processing/bodemenergie/wellconflicts.py" line="101"/>
        <source>Optional: field whose values identify the wells in the output (well_a, well_b); by default the feature ids.</source>
        <translation>Optioneel: veld waarvan de waarden de bronnen in de uitvoer aanduiden (well_a, well_b); standaard de object-id's.</translation>
    </message>
    <message>
        <location filename="../processing/bodemenergie/wellconflicts.py" line="109"/>
        <source>One point per system (wells unknown)</source>
        <translation>Eén punt per systeem (bronnen onbekend)</translation>
    </message>
    <message>
        <location filename="../processing/bodemenergie/wellconflicts.py" line="109"/>
        <source>When checked, each point is a system (a doublet) whose volume field holds the yearly volume; R_th is computed from yearly volume / 2 and each system gets a footprint circle of 2.5 × R_th [assumption]. The temperature field and the volume basis are then not used.</source>
        <translation>Indien aangevinkt is elk punt een systeem (een doublet) waarvan het volumeveld het jaarvolume bevat; R_th wordt berekend uit jaarvolume / 2 en elk systeem krijgt een cirkelvormige voetafdruk van 2,5 × R_th [aanname]. Het temperatuurveld en de volumebasis worden dan niet gebruikt.</translation>
    </message>
    <message>
        <location filename="../processing/bodemenergie/wellconflicts.py" line="122"/>
        <source>Closed loops (BTES)</source>
        <translation>Gesloten systemen (BTES)</translation>
    </message>
    <message>
        <location filename="../processing/bodemenergie/wellconflicts.py" line="122"/>
        <source>Optional point or polygon layer of closed soil-energy systems.</source>
        <translation>Optionele punt- of polygoonlaag met gesloten bodemenergiesystemen.</translation>
    </message>
    <message>
        <location filename="../processing/bodemenergie/wellconflicts.py" line="130"/>
        <source>Closed loop top field (m below surface)</source>
        <translation>Veld bovenkant gesloten systeem (m onder maaiveld)</translation>
    </message>
    <message>
        <location filename="../processing/bodemenergie/wellconflicts.py" line="130"/>
        <source>Closed loop bottom field (m below surface)</source>
        <translation>Veld onderkant gesloten systeem (m onder maaiveld)</translation>
    </message>
    <message>
        <location filename="../processing/bodemenergie/wellconflicts.py" line="134"/>
        <source>Optional depth of the closed loop, in the same reference as the well screens; an empty depth counts as overlapping every screen [assumption].</source>
        <translation>Optionele diepte van het gesloten systeem, in dezelfde referentie als de bronfilters; een lege diepte telt als overlappend met elk filter [aanname].</translation>
    </message>
    <message>
        <location filename="../processing/bodemenergie/wellconflicts.py" line="143"/>
        <source>Factor: closed loop near an open well</source>
        <translation>Factor: gesloten systeem bij een open bron</translation>
    </message>
    <message>
        <location filename="../processing/bodemenergie/wellconflicts.py" line="143"/>
        <source>A closed loop within factor × R_th of an open well with overlapping depth is a conflict. Default 1 (SKB WP-4 study).</source>
        <translation>Een gesloten systeem binnen factor × R_th van een open bron met overlappende diepte is een conflict. Standaard 1 (SKB WP-4-studie).</translation>
    </message>
    <message>
        <location filename="../processing/bodemenergie/wellconflicts.py" line="153"/>
        <source>Minimum distance between closed loops (m)</source>
        <translation>Minimale afstand tussen gesloten systemen (m)</translation>
    </message>
    <message>
        <location filename="../processing/bodemenergie/wellconflicts.py" line="153"/>
        <source>Two closed loops closer than this are a conflict closed_closed. Default 0 = not checked [assumption; cumulative effects are considered up to about 120 m, SIKB].</source>
        <translation>Twee gesloten systemen dichter bij elkaar dan dit zijn een conflict closed_closed. Standaard 0 = niet gecontroleerd [aanname; cumulatieve effecten worden tot ongeveer 120 m beschouwd, SIKB].</translation>
    </message>
    <message>
        <location filename="../processing/bodemenergie/wellconflicts.py" line="164"/>
        <source>Well conflicts</source>
        <translation>Bronconflicten</translation>
    </message>
    <message>
        <location filename="../processing/bodemenergie/wellconflicts.py" line="164"/>
        <source>One line per conflicting pair from a to b with well_a, well_b, system_a, system_b, closed_a, closed_b (closed loop feature ids), kind (same_system, opposite_temperature, same_temperature, closed_open, closed_closed, system_overlap), distance, required and shortfall (m).</source>
        <translation>Eén lijn per conflicterend paar van a naar b met well_a, well_b, system_a, system_b, closed_a, closed_b (object-id's van gesloten systemen), kind (same_system, opposite_temperature, same_temperature, closed_open, closed_closed, system_overlap), distance, required en shortfall (m).</translation>
    </message>
    <message>
        <location filename="../processing/bodemenergie/wellconflicts.py" line="175"/>
        <source>Number of conflicts</source>
        <translation>Aantal conflicten</translation>
    </message>
    <message>
        <location filename="../processing/bodemenergie/wellconflicts.py" line="212"/>
        <source>closed loop without a usable geometry</source>
        <translation>gesloten systeem zonder bruikbare geometrie</translation>
    </message>
    <message>
        <location filename="../processing/bodemenergie/wellconflicts.py" line="232"/>
        <source>Choose the system id field (SYSTEM_FIELD).</source>
        <translation>Kies het systeem-id-veld (SYSTEM_FIELD).</translation>
    </message>
    <message>
        <location filename="../processing/bodemenergie/wellconflicts.py" line="234"/>
        <source>Choose the temperature field (TEMPERATURE_FIELD, values warm / koud), or check &apos;One point per system&apos;.</source>
        <translation>Kies het temperatuurveld (TEMPERATURE_FIELD, waarden warm / koud), of vink 'Eén punt per systeem' aan.</translation>
    </message>
    <message>
        <location filename="../processing/bodemenergie/wellconflicts.py" line="245"/>
        <source>Distances are computed in {crs}.</source>
        <translation>Afstanden worden berekend in {crs}.</translation>
    </message>
    <message>
        <location filename="../processing/bodemenergie/wellconflicts.py" line="263"/>
        <source>no system id in field &apos;{}&apos;</source>
        <translation>geen systeem-id in veld '{}'</translation>
    </message>
    <message>
        <location filename="../processing/bodemenergie/wellconflicts.py" line="283"/>
        <source>{n} pair(s) of wells stand on the same spot (within 1 mm), e.g. feature ids {a} and {b}: duplicates in the layer?</source>
        <translation>{n} paar/paren bronnen staan op dezelfde plek (binnen 1 mm), bijvoorbeeld object-id's {a} en {b}: dubbele bronnen in de laag?</translation>
    </message>
    <message>
        <location filename="../processing/bodemenergie/wellconflicts.py" line="414"/>
        <source>{n} systems with footprint radius {f:g} × R_th.</source>
        <translation>{n} systemen met een voetafdrukstraal van {f:g} × R_th.</translation>
    </message>
    <message>
        <location filename="../processing/bodemenergie/wellconflicts.py" line="416"/>
        <source>{n} conflict(s) among {w} wells: {kinds}.</source>
        <translation>{n} conflict(en) tussen {w} bronnen: {kinds}.</translation>
    </message>
    <message>
        <location filename="../processing/bodemenergie/wellconflicts.py" line="258"/>
        <source>The input layer is empty: nothing to compute.</source>
        <translation>De invoerlaag is leeg: er is niets te berekenen.</translation>
    </message>
    <message>
        <location filename="../processing/bodemenergie/wellconflicts.py" line="260"/>
        <source>No well could be computed.</source>
        <translation>Er kon geen enkele bron worden berekend.</translation>
    </message>
</context>
</TS>
