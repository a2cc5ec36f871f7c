<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>HeatBalance</name>
    <message>
        <location filename="../processing/warmtebalans/heatbalance.py" line="141"/>
        <source>&lt;p&gt;&lt;b&gt;Checks&lt;/b&gt;: a demand or source heat above 1,000 PJ a year for one feature is skipped with a counted warning [assumption: more than the heat use of the whole Netherlands, a typing or unit error]; so are negative values and text in a number field. An empty demand layer gives a warning.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Controles&lt;/b&gt;: een vraag of bronwarmte boven 1.000 PJ per jaar voor één object wordt overgeslagen met een getelde waarschuwing [aanname: meer dan het warmtegebruik van heel Nederland, een tik- of eenheidsfout]; hetzelfde geldt voor negatieve waarden en tekst in een getalveld. Een lege vraaglaag geeft een waarschuwing.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/heatbalance.py" line="428"/>
        <source>the demand in field &apos;{}&apos; is implausibly large (more than 1,000 PJ a year)</source>
        <translation>de vraag in veld '{}' is onwaarschijnlijk groot (meer dan 1.000 PJ per jaar)</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/heatbalance.py" line="517"/>
        <source>source heat is implausibly large (more than 1,000 PJ a year)</source>
        <translation>de bronwarmte is onwaarschijnlijk groot (meer dan 1.000 PJ per jaar)</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/heatbalance.py" line="601"/>
        <source>The demand layer is empty: the demand of every class is 0.</source>
        <translation>De vraaglaag is leeg: de vraag van elke klasse is 0.</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/heatbalance.py" line="655"/>
        <source>Heat balance by temperature class</source>
        <translation>Warmtebalans per temperatuurklasse</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/heatbalance.py" line="102"/>
        <source>Demand against supply per temperature class (HT, MT, LT), with the cascade HT -&gt; MT -&gt; LT, for the city and per area.</source>
        <translation>Vraag tegenover aanbod per temperatuurklasse (HT, MT, LT), met de cascade HT -&gt; MT -&gt; LT, voor de stad en per gebied.</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/heatbalance.py" line="108"/>
        <source>&lt;p&gt;Compares the heat demand per temperature class with the supply of the heat sources: high temperature HT (&amp;gt; 70 °C), medium temperature MT (50-70 °C) and low temperature LT (&amp;lt; 50 °C), as section 3.1 of the Den Haag heat source strategy does. Writes a table for the whole input, optionally the balance per area, and a chart.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Balance&lt;/b&gt; per class: supply - demand. Negative is a deficit, positive an unused surplus. With the &lt;b&gt;cascade&lt;/b&gt; a surplus at a higher temperature serves the demand at a lower one (HT → MT → LT), never the other way round: passed_on = max(supply + received - demand, 0) flows to the next class; balance = supply + received - passed_on - demand; supply_used = min(supply + received, demand).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Check&lt;/b&gt; (the seed document's figures, PJ): demand HT 4.3, MT 3.1, LT 4.6; supply HT 2.0 (WarmtelinQ), MT 4.0 (geothermal), LT 1.0. Without cascade: HT -2.3, MT +0.9, LT -3.6. With cascade the MT surplus cannot serve HT, so HT stays -2.3 and LT becomes 1.0 + 0.9 - 4.6 = -2.7.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Sources&lt;/b&gt;: any number of layers or tables with a heat field (the first of the candidate names found in each layer; the unit from the field name, e.g. heat_tj of the geothermal sites or delivered_gj of the quay and waste-water potential) and a temperature class field (HT / MT / LT, any case; a layer without it gets the default class). The source type (for the chart) is the type field or else the layer name. A table or a feature without geometry is a fixed supply without a location.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Areas&lt;/b&gt;: a source belongs to the area its location lies in (a point on the surface of lines and polygons), or with a source radius to every area within that distance; a source reaching several areas is shared among them in proportion to their demand at the source's class, equally when none has demand there [assumption]. Sources without a location are shared over all areas the same way [assumption]. Demand features belong to the area their point on surface lies in. Without an area layer, a polygon demand layer is its own set of areas. Sources and demand outside every area are counted in the table but not in any area (a counted warning). Distances in metres (RD New for Dutch data).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Vergelijkt de warmtevraag per temperatuurklasse met het aanbod van de warmtebronnen: hoge temperatuur HT (&amp;gt; 70 °C), middentemperatuur MT (50-70 °C) en lage temperatuur LT (&amp;lt; 50 °C), zoals paragraaf 3.1 van de Haagse bronnenstrategie doet. Schrijft een tabel voor de hele invoer, desgewenst de balans per gebied, en een grafiek.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Balans&lt;/b&gt; per klasse: aanbod - vraag. Negatief is een tekort, positief een onbenut overschot. Met de &lt;b&gt;cascade&lt;/b&gt; dient een overschot op een hogere temperatuur de vraag op een lagere (HT → MT → LT), nooit andersom: passed_on = max(aanbod + ontvangen - vraag, 0) gaat naar de volgende klasse; balans = aanbod + ontvangen - passed_on - vraag; supply_used = min(aanbod + ontvangen, vraag).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Controle&lt;/b&gt; (cijfers van het brondocument, PJ): vraag HT 4,3, MT 3,1, LT 4,6; aanbod HT 2,0 (WarmtelinQ), MT 4,0 (geothermie), LT 1,0. Zonder cascade: HT -2,3, MT +0,9, LT -3,6. Met cascade kan het MT-overschot HT niet bedienen, dus HT blijft -2,3 en LT wordt 1,0 + 0,9 - 4,6 = -2,7.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Bronnen&lt;/b&gt;: een willekeurig aantal lagen of tabellen met een warmteveld (de eerste van de kandidaatnamen die in een laag voorkomt; de eenheid uit de veldnaam, bijv. heat_tj van de geothermielocaties of delivered_gj van het kade- en afvalwaterpotentieel) en een veld met de temperatuurklasse (HT / MT / LT, hoofdletters of niet; een laag zonder dat veld krijgt de standaardklasse). Het brontype (voor de grafiek) is het typeveld of anders de laagnaam. Een tabel of een object zonder geometrie is een vast aanbod zonder locatie.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Gebieden&lt;/b&gt;: een bron hoort bij het gebied waarin zijn locatie ligt (een punt op het oppervlak van lijnen en vlakken), of met een bronstraal bij elk gebied binnen die afstand; een bron die meerdere gebieden bereikt wordt over die gebieden verdeeld naar hun vraag in de klasse van de bron, gelijk verdeeld als geen ervan daar vraag heeft [aanname]. Bronnen zonder locatie worden op dezelfde manier over alle gebieden verdeeld [aanname]. Vraagobjecten horen bij het gebied waarin hun punt op het oppervlak ligt. Zonder gebiedslaag is een vlakkenlaag met vraag zelf de verzameling gebieden. Bronnen en vraag buiten alle gebieden tellen mee in de tabel maar in geen enkel gebied (een getelde waarschuwing). Afstanden in meters (RD New voor Nederlandse data).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/heatbalance.py" line="303"/>
        <source>GJ</source>
        <translation>GJ</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/heatbalance.py" line="303"/>
        <source>TJ</source>
        <translation>TJ</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/heatbalance.py" line="303"/>
        <source>PJ</source>
        <translation>PJ</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/heatbalance.py" line="150"/>
        <source>Heat demand</source>
        <translation>Warmtevraag</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/heatbalance.py" line="150"/>
        <source>Areas (e.g. CBS buurten), buildings (points) or a table with the heat demand per temperature class: three fields (HT, MT, LT) or one demand field plus a class field.</source>
        <translation>Gebieden (bijv. CBS-buurten), gebouwen (punten) of een tabel met de warmtevraag per temperatuurklasse: drie velden (HT, MT, LT) of één vraagveld met een klasseveld.</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/heatbalance.py" line="160"/>
        <source>HT demand field (&gt; 70 °C)</source>
        <translation>Veld HT-vraag (&gt; 70 °C)</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/heatbalance.py" line="160"/>
        <source>MT demand field (50-70 °C)</source>
        <translation>Veld MT-vraag (50-70 °C)</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/heatbalance.py" line="160"/>
        <source>LT demand field (&lt; 50 °C)</source>
        <translation>Veld LT-vraag (&lt; 50 °C)</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/heatbalance.py" line="165"/>
        <source>Numeric field with the {cls} demand per year, in the demand unit. Give one to three of these fields, or the demand field plus the class field. A class without a field has no demand; an empty value counts as 0 (a counted warning).</source>
        <translation>Numeriek veld met de {cls}-vraag per jaar, in de vraageenheid. Geef één tot drie van deze velden, of het vraagveld met het klasseveld. Een klasse zonder veld heeft geen vraag; een lege waarde telt als 0 (een getelde waarschuwing).</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/heatbalance.py" line="177"/>
        <source>Demand field (one class per feature)</source>
        <translation>Vraagveld (één klasse per object)</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/heatbalance.py" line="177"/>
        <source>Instead of the three class fields: one numeric field with the demand per year of each feature, whose class is in the demand class field.</source>
        <translation>In plaats van de drie klassevelden: één numeriek veld met de vraag per jaar van elk object, waarvan de klasse in het klasseveld van de vraag staat.</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/heatbalance.py" line="188"/>
        <source>Demand class field (HT / MT / LT)</source>
        <translation>Klasseveld van de vraag (HT / MT / LT)</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/heatbalance.py" line="188"/>
        <source>With the demand field: the temperature class of each feature, HT, MT or LT in any case (also high/medium/low, hoog/midden/laag). Other values are skipped with a counted warning.</source>
        <translation>Bij het vraagveld: de temperatuurklasse van elk object, HT, MT of LT, hoofdletters of niet (ook high/medium/low, hoog/midden/laag). Andere waarden worden overgeslagen met een getelde waarschuwing.</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/heatbalance.py" line="199"/>
        <source>Demand unit</source>
        <translation>Eenheid van de vraag</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/heatbalance.py" line="199"/>
        <source>Unit of the demand fields: 0 = GJ, 1 = TJ, 2 = PJ (per year).</source>
        <translation>Eenheid van de vraagvelden: 0 = GJ, 1 = TJ, 2 = PJ (per jaar).</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/heatbalance.py" line="205"/>
        <source>Heat sources</source>
        <translation>Warmtebronnen</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/heatbalance.py" line="205"/>
        <source>One or more layers or tables of heat sources with a yearly heat field, e.g. the geothermal sites (heat_tj), the quay-wall and waste-water potential (delivered_gj), a WarmtelinQ point with 2 PJ HT, or a table of fixed supply without location. Without sources every class is a deficit.</source>
        <translation>Een of meer lagen of tabellen met warmtebronnen met een veld voor de jaarlijkse warmte, bijv. de geothermielocaties (heat_tj), het kademuur- en afvalwaterpotentieel (delivered_gj), een WarmtelinQ-punt met 2 PJ HT, of een tabel met vast aanbod zonder locatie. Zonder bronnen is elke klasse een tekort.</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/heatbalance.py" line="216"/>
        <source>Source heat field(s)</source>
        <translation>Warmteveld/-velden van de bronnen</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/heatbalance.py" line="216"/>
        <source>Name of the heat field of the source layers, or a comma-separated list of candidate names: in each layer the first one found (any case) is used. Default: heat_gj, delivered_gj, heat_tj, heat_pj, heat.</source>
        <translation>Naam van het warmteveld van de bronlagen, of een kommagescheiden lijst van kandidaatnamen: in elke laag wordt de eerste gebruikt die voorkomt (hoofdletters of niet). Standaard: heat_gj, delivered_gj, heat_tj, heat_pj, heat.</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/heatbalance.py" line="227"/>
        <source>Source unit</source>
        <translation>Eenheid van de bronnen</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/heatbalance.py" line="227"/>
        <source>From the field name (_gj, _tj, _pj)</source>
        <translation>Uit de veldnaam (_gj, _tj, _pj)</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/heatbalance.py" line="227"/>
        <source>Unit of the source heat: 0 = GJ, 1 = TJ, 2 = PJ, 3 = from the end of each layer&apos;s heat field name (heat_tj is TJ, delivered_gj is GJ); with 3 a field name without such an ending is an error.</source>
        <translation>Eenheid van de bronwarmte: 0 = GJ, 1 = TJ, 2 = PJ, 3 = uit het einde van de naam van het warmteveld van elke laag (heat_tj is TJ, delivered_gj is GJ); bij 3 is een veldnaam zonder zo'n einde een fout.</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/heatbalance.py" line="239"/>
        <source>Source class field</source>
        <translation>Klasseveld van de bronnen</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/heatbalance.py" line="239"/>
        <source>Name of the temperature class field of the source layers (values HT / MT / LT in any case). A layer without this field gets the default class; an empty value too (a counted warning); another value is skipped.</source>
        <translation>Naam van het veld met de temperatuurklasse in de bronlagen (waarden HT / MT / LT, hoofdletters of niet). Een laag zonder dit veld krijgt de standaardklasse; een lege waarde ook (een getelde waarschuwing); een andere waarde wordt overgeslagen.</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/heatbalance.py" line="250"/>
        <source>Default class of sources</source>
        <translation>Standaardklasse van bronnen</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/heatbalance.py" line="655"/>
        <source>HT (&gt; 70 °C)</source>
        <translation>HT (&gt; 70 °C)</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/heatbalance.py" line="655"/>
        <source>MT (50-70 °C)</source>
        <translation>MT (50-70 °C)</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/heatbalance.py" line="655"/>
        <source>LT (&lt; 50 °C)</source>
        <translation>LT (&lt; 50 °C)</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/heatbalance.py" line="250"/>
        <source>Class of sources in layers without the class field. Default LT: most local sources (aquathermal, soil energy, heat pumps) deliver low temperature [assumption]; set MT for geothermal and HT for residual heat.</source>
        <translation>Klasse van bronnen in lagen zonder klasseveld. Standaard LT: de meeste lokale bronnen (aquathermie, bodemenergie, warmtepompen) leveren lage temperatuur [aanname]; kies MT voor geothermie en HT voor restwarmte.</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/heatbalance.py" line="263"/>
        <source>Source type field</source>
        <translation>Veld met het brontype</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/heatbalance.py" line="263"/>
        <source>Name of a field with the source type, used to stack the chart (e.g. geothermie, aquathermie, restwarmte). Without it, the layer name is the type.</source>
        <translation>Naam van een veld met het brontype, gebruikt om de grafiek te stapelen (bijv. geothermie, aquathermie, restwarmte). Zonder dat veld is de laagnaam het type.</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/heatbalance.py" line="274"/>
        <source>Cascade HT → MT → LT</source>
        <translation>Cascade HT → MT → LT</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/heatbalance.py" line="274"/>
        <source>A surplus at a higher temperature may serve the demand at a lower one (HT → MT → LT), never the other way round.</source>
        <translation>Een overschot op een hogere temperatuur mag de vraag op een lagere bedienen (HT → MT → LT), nooit andersom.</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/heatbalance.py" line="282"/>
        <source>Areas</source>
        <translation>Gebieden</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/heatbalance.py" line="282"/>
        <source>Optional polygons (e.g. wijken) to compute the balance per area. Without it, a polygon demand layer gives the balance per demand polygon.</source>
        <translation>Optionele vlakken (bijv. wijken) om de balans per gebied te berekenen. Zonder deze laag geeft een vlakkenlaag met vraag de balans per vraagvlak.</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/heatbalance.py" line="291"/>
        <source>Source radius (m)</source>
        <translation>Bronstraal (m)</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/heatbalance.py" line="291"/>
        <source>0 = a source serves only the area it lies in. Greater than 0: it serves every area within this distance (m), shared in proportion to their demand at its class [assumption].</source>
        <translation>0 = een bron bedient alleen het gebied waarin hij ligt. Groter dan 0: hij bedient elk gebied binnen deze afstand (m), verdeeld naar hun vraag in zijn klasse [aanname].</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/heatbalance.py" line="303"/>
        <source>Output unit</source>
        <translation>Uitvoereenheid</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/heatbalance.py" line="303"/>
        <source>Same as the demand unit</source>
        <translation>Gelijk aan de eenheid van de vraag</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/heatbalance.py" line="303"/>
        <source>Unit of the outputs; by default the demand unit.</source>
        <translation>Eenheid van de uitvoer; standaard de eenheid van de vraag.</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/heatbalance.py" line="313"/>
        <source>Heat balance table</source>
        <translation>Tabel warmtebalans</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/heatbalance.py" line="313"/>
        <source>A table without geometry, one row per class (HT, MT, LT) and one for the total: demand, supply, received (from the class above), passed_on (to the class below), supply_used, balance (negative = deficit), deficit (the negative part; in the total row the sum of the deficits) and unit.</source>
        <translation>Een tabel zonder geometrie, één rij per klasse (HT, MT, LT) en één voor het totaal: demand (vraag), supply (aanbod), received (van de klasse erboven), passed_on (naar de klasse eronder), supply_used (benut aanbod), balance (balans, negatief = tekort), deficit (het negatieve deel; in de totaalrij de som van de tekorten) en unit (eenheid).</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/heatbalance.py" line="324"/>
        <source>Heat balance per area</source>
        <translation>Warmtebalans per gebied</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/heatbalance.py" line="324"/>
        <source>The areas with all their fields plus per class ht_/mt_/lt_demand, _supply, _received, _used, _balance, and demand, supply, balance, deficit (sum of the class deficits, &lt;= 0), deficit_pct (share of the demand not met, %) and unit; styled by deficit_pct. Only written when there are areas.</source>
        <translation>De gebieden met al hun velden plus per klasse ht_/mt_/lt_demand, _supply, _received, _used, _balance, en demand, supply, balance, deficit (som van de tekorten per klasse, &lt;= 0), deficit_pct (deel van de vraag dat niet gedekt is, %) en unit; opgemaakt naar deficit_pct. Alleen geschreven als er gebieden zijn.</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/heatbalance.py" line="336"/>
        <source>Heat balance chart</source>
        <translation>Grafiek warmtebalans</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/heatbalance.py" line="336"/>
        <source>PNG image (*.png);;SVG image (*.svg)</source>
        <translation>PNG-afbeelding (*.png);;SVG-afbeelding (*.svg)</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/heatbalance.py" line="336"/>
        <source>A bar chart (PNG or SVG, from the file&apos;s extension) of demand against supply per class, the supply stacked by source type and the cascade hatched. Needs matplotlib.</source>
        <translation>Een staafgrafiek (PNG of SVG, naar de extensie van het bestand) van vraag tegenover aanbod per klasse, het aanbod gestapeld per brontype en de cascade gearceerd. Vereist matplotlib.</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/heatbalance.py" line="348"/>
        <source>HT balance</source>
        <translation>HT-balans</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/heatbalance.py" line="348"/>
        <source>MT balance</source>
        <translation>MT-balans</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/heatbalance.py" line="348"/>
        <source>LT balance</source>
        <translation>LT-balans</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/heatbalance.py" line="348"/>
        <source>Total demand</source>
        <translation>Totale vraag</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/heatbalance.py" line="348"/>
        <source>Total supply</source>
        <translation>Totaal aanbod</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/heatbalance.py" line="348"/>
        <source>Total deficit (sum of the class deficits)</source>
        <translation>Totaal tekort (som van de tekorten per klasse)</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/heatbalance.py" line="348"/>
        <source>Number of sources used</source>
        <translation>Aantal gebruikte bronnen</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/heatbalance.py" line="348"/>
        <source>Number of areas</source>
        <translation>Aantal gebieden</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/heatbalance.py" line="359"/>
        <source>Unit of the figures</source>
        <translation>Eenheid van de cijfers</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/heatbalance.py" line="371"/>
        <source>Give either the HT/MT/LT demand fields or the demand field with the class field, not both.</source>
        <translation>Geef óf de HT/MT/LT-vraagvelden óf het vraagveld met het klasseveld, niet allebei.</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/heatbalance.py" line="376"/>
        <source>No demand fields: choose the HT, MT and/or LT demand fields, or the demand field together with the demand class field.</source>
        <translation>Geen vraagvelden: kies de HT-, MT- en/of LT-vraagvelden, of het vraagveld samen met het klasseveld van de vraag.</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/heatbalance.py" line="411"/>
        <source>the demand in field &apos;{}&apos; is not a number</source>
        <translation>de vraag in veld '{}' is geen getal</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/heatbalance.py" line="419"/>
        <source>negative demand in field &apos;{}&apos;</source>
        <translation>negatieve vraag in veld '{}'</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/heatbalance.py" line="433"/>
        <source>the demand in field &apos;{}&apos; is empty, negative or not a number</source>
        <translation>de vraag in veld '{}' is leeg, negatief of geen getal</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/heatbalance.py" line="438"/>
        <source>the class in field &apos;{}&apos; is not HT, MT or LT</source>
        <translation>de klasse in veld '{}' is niet HT, MT of LT</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/heatbalance.py" line="467"/>
        <source>Give the name of the source heat field.</source>
        <translation>Geef de naam van het warmteveld van de bronnen.</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/heatbalance.py" line="483"/>
        <source>The source layer &apos;{layer}&apos; has none of the heat fields {cands}. Its fields: {fields}. Give the heat field name in &apos;Source heat field(s)&apos;.</source>
        <translation>De bronlaag '{layer}' heeft geen van de warmtevelden {cands}. Haar velden: {fields}. Geef de naam van het warmteveld bij 'Warmteveld/-velden van de bronnen'.</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/heatbalance.py" line="491"/>
        <source>The unit of the heat field &apos;{field}&apos; of &apos;{layer}&apos; cannot be read from its name (no _gj, _tj or _pj at the end): choose the source unit GJ, TJ or PJ.</source>
        <translation>De eenheid van het warmteveld '{field}' van '{layer}' is niet uit de naam af te leiden (geen _gj, _tj of _pj aan het eind): kies als eenheid van de bronnen GJ, TJ of PJ.</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/heatbalance.py" line="502"/>
        <source>Source layer &apos;{layer}&apos; has no class field &apos;{field}&apos;: its sources count as {cls}.</source>
        <translation>Bronlaag '{layer}' heeft geen klasseveld '{field}': haar bronnen tellen als {cls}.</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/heatbalance.py" line="522"/>
        <source>source heat is empty, negative or not a number</source>
        <translation>bronwarmte is leeg, negatief of geen getal</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/heatbalance.py" line="533"/>
        <source>source class is not HT, MT or LT</source>
        <translation>bronklasse is niet HT, MT of LT</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/heatbalance.py" line="545"/>
        <source>the source location cannot be transformed to metres</source>
        <translation>de locatie van de bron kan niet naar meters worden omgerekend</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/heatbalance.py" line="554"/>
        <source>Source layer &apos;{layer}&apos;: {n} sources, heat field &apos;{field}&apos; in {unit}.</source>
        <translation>Bronlaag '{layer}': {n} bronnen, warmteveld '{field}' in {unit}.</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/heatbalance.py" line="648"/>
        <source>No chart: the Python package matplotlib is not installed for QGIS (Debian/Ubuntu: sudo apt install python3-matplotlib).</source>
        <translation>Geen grafiek: het Python-pakket matplotlib is niet geïnstalleerd voor QGIS (Debian/Ubuntu: sudo apt install python3-matplotlib).</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/heatbalance.py" line="655"/>
        <source>Demand</source>
        <translation>Vraag</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/heatbalance.py" line="655"/>
        <source>Supply</source>
        <translation>Aanbod</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/heatbalance.py" line="655"/>
        <source>Passed down (cascade)</source>
        <translation>Doorgegeven (cascade)</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/heatbalance.py" line="655"/>
        <source>Heat ({unit} per year)</source>
        <translation>Warmte ({unit} per jaar)</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/heatbalance.py" line="655"/>
        <source>balance {value:+.2f}</source>
        <translation>balans {value:+.2f}</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/heatbalance.py" line="673"/>
        <source>{n} empty demand value(s) counted as 0 (the features are kept).</source>
        <translation>{n} lege vraagwaarde(n) als 0 geteld (de objecten blijven behouden).</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/heatbalance.py" line="677"/>
        <source>{n} source(s) with an empty class counted as the default class.</source>
        <translation>{n} bron(nen) met een lege klasse als standaardklasse geteld.</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/heatbalance.py" line="681"/>
        <source>{cls}: demand {d:.3f}, supply {s:.3f}, balance {b:+.3f} {unit}</source>
        <translation>{cls}: vraag {d:.3f}, aanbod {s:.3f}, balans {b:+.3f} {unit}</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/heatbalance.py" line="789"/>
        <source>{n} demand feature(s) lie in no area: counted in the table, not in any area.</source>
        <translation>{n} vraagobject(en) liggen in geen enkel gebied: geteld in de tabel, niet in een gebied.</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/heatbalance.py" line="818"/>
        <source>{n} source(s) with {heat:.3f} {unit} reach no area: counted in the table, not in any area.</source>
        <translation>{n} bron(nen) met {heat:.3f} {unit} bereiken geen enkel gebied: geteld in de tabel, niet in een gebied.</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/heatbalance.py" line="824"/>
        <source>{n} source(s) without a location are shared over all areas in proportion to their demand.</source>
        <translation>{n} bron(nen) zonder locatie worden over alle gebieden verdeeld naar hun vraag.</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../processing/warmtebalans/report.py" line="176"/>
        <source>Heat source strategy report (PDF)</source>
        <translation>Rapport bronnenstrategie (PDF)</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/report.py" line="179"/>
        <source>A PDF with a title page, a map of the sources and claims, the heat balance and a table per source layer.</source>
        <translation>Een PDF met een titelpagina, een kaart van de bronnen en claims, de warmtebalans en een tabel per bronlaag.</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/report.py" line="205"/>
        <source>Map layers</source>
        <translation>Kaartlagen</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/report.py" line="205"/>
        <source>Layers drawn on the map, first on top (heat sources, claims, areas).</source>
        <translation>Lagen die op de kaart worden getekend, de eerste bovenop (warmtebronnen, claims, gebieden).</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/report.py" line="218"/>
        <source>Layers to list as tables</source>
        <translation>Lagen om als tabel op te nemen</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/report.py" line="218"/>
        <source>Each of these layers gets a page with a table of its features.</source>
        <translation>Elk van deze lagen krijgt een pagina met een tabel van haar objecten.</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/report.py" line="224"/>
        <source>Heat balance table</source>
        <translation>Tabel warmtebalans</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/report.py" line="224"/>
        <source>The OUTPUT_TABLE of the heat balance algorithm (optional).</source>
        <translation>De OUTPUT_TABLE van het algoritme warmtebalans (optioneel).</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/report.py" line="230"/>
        <source>Heat balance chart (PNG or SVG)</source>
        <translation>Grafiek warmtebalans (PNG of SVG)</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/report.py" line="230"/>
        <source>Images (*.png *.svg)</source>
        <translation>Afbeeldingen (*.png *.svg)</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/report.py" line="230"/>
        <source>The OUTPUT_CHART of the heat balance algorithm (optional).</source>
        <translation>De OUTPUT_CHART van het algoritme warmtebalans (optioneel).</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/report.py" line="236"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/report.py" line="714"/>
        <source>Heat source strategy</source>
        <translation>Bronnenstrategie</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/report.py" line="236"/>
        <source>Title on the first page.</source>
        <translation>Titel op de eerste pagina.</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/report.py" line="241"/>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/report.py" line="241"/>
        <source>Name of the municipality on the title page.</source>
        <translation>Naam van de gemeente op de titelpagina.</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/report.py" line="246"/>
        <source>Map extent</source>
        <translation>Kaartuitsnede</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/report.py" line="246"/>
        <source>Extent of the map; by default the combined extent of the map layers.</source>
        <translation>Uitsnede van de kaart; standaard de gezamenlijke omvang van de kaartlagen.</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/report.py" line="250"/>
        <source>Map CRS</source>
        <translation>CRS van de kaart</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/report.py" line="250"/>
        <source>Coordinate reference system of the map; default RD New (EPSG:28992).</source>
        <translation>Coördinatenreferentiesysteem van de kaart; standaard RD New (EPSG:28992).</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/report.py" line="256"/>
        <source>Rows per table</source>
        <translation>Rijen per tabel</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/report.py" line="263"/>
        <source>Columns per table</source>
        <translation>Kolommen per tabel</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/report.py" line="270"/>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/report.py" line="270"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/report.py" line="270"/>
        <source>The PDF file.</source>
        <translation>Het PDF-bestand.</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/report.py" line="275"/>
        <source>Number of pages</source>
        <translation>Aantal pagina's</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/report.py" line="286"/>
        <source>Geothermal locations and their capacity</source>
        <translation>Geothermielocaties en hun vermogen</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/report.py" line="287"/>
        <source>Overlapping geothermal reservoir footprints</source>
        <translation>Overlappende reservoirvoetafdrukken van geothermie</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/report.py" line="288"/>
        <source>Quay-wall stretches with aquathermal potential</source>
        <translation>Kadedelen met aquathermisch potentieel</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/report.py" line="289"/>
        <source>Heat from waste water</source>
        <translation>Warmte uit afvalwater</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/report.py" line="290"/>
        <source>Candidate sites for heat transfer stations (WOS)</source>
        <translation>Kandidaatlocaties voor warmteoverdrachtsstations (WOS)</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/report.py" line="291"/>
        <source>Candidate interference areas</source>
        <translation>Kandidaat-interferentiegebieden</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/report.py" line="292"/>
        <source>Soil-energy well conflicts</source>
        <translation>Conflicten tussen bodemenergiebronnen</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/report.py" line="293"/>
        <source>Warm and cold zones</source>
        <translation>Warme en koude zones</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/report.py" line="294"/>
        <source>Conflicting spatial claims</source>
        <translation>Conflicterende ruimteclaims</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/report.py" line="793"/>
        <source>Heat balance per area</source>
        <translation>Warmtebalans per gebied</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/report.py" line="836"/>
        <source>Give the path of the PDF to write.</source>
        <translation>Geef het pad van de te schrijven PDF.</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/report.py" line="845"/>
        <source>The chart file {} does not exist.</source>
        <translation>Het grafiekbestand {} bestaat niet.</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/report.py" line="747"/>
        <source>Map of heat sources and spatial claims</source>
        <translation>Kaart van warmtebronnen en ruimteclaims</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/report.py" line="772"/>
        <source>Heat balance by temperature class</source>
        <translation>Warmtebalans per temperatuurklasse</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/report.py" line="755"/>
        <source>Made with the Bronnenstrategie QGIS plugin. The figures are computed from the input data and the stated assumptions; they are not a decision.</source>
        <translation>Gemaakt met de QGIS-plug-in Bronnenstrategie. De cijfers zijn berekend uit de invoergegevens en de genoemde aannames; zij zijn geen besluit.</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/report.py" line="764"/>
        <source>Heat sources and spatial claims</source>
        <translation>Warmtebronnen en ruimteclaims</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/report.py" line="630"/>
        <source>The map is empty: no map layer has features.</source>
        <translation>De kaart is leeg: geen enkele kaartlaag heeft objecten.</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/report.py" line="647"/>
        <source>Legend</source>
        <translation>Legenda</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/report.py" line="694"/>
        <source>Background: none (plain). CRS: {crs}.</source>
        <translation>Achtergrond: geen (effen). CRS: {crs}.</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/report.py" line="785"/>
        <source>HT &gt; 70 °C, MT 50-70 °C, LT &lt; 50 °C. Negative balance: deficit. With the cascade a surplus at a higher temperature serves a lower one, never the other way round.</source>
        <translation>HT &gt; 70 °C, MT 50-70 °C, LT &lt; 50 °C. Negatieve balans: tekort. Met de cascade dient een overschot op een hogere temperatuur een lagere, nooit andersom.</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/report.py" line="876"/>
        <source>The PDF could not be written to {path} (error {code}): {error}</source>
        <translation>De PDF kon niet worden geschreven naar {path} (fout {code}): {error}</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/report.py" line="880"/>
        <source>Report with {n} pages written to {path}.</source>
        <translation>Rapport met {n} pagina's geschreven naar {path}.</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/report.py" line="183"/>
        <source>&lt;p&gt;Writes a PDF report (A4 landscape) that a planner can hand on: a title page with the municipality and the date; a map of the given layers over a plain background (no internet basemap needed) with legend, scale bar and north arrow; the heat-balance chart and table (from &lt;i&gt;Heat balance by temperature class&lt;/i&gt;) and a map of the heat balance per area; and a table per table layer (e.g. geothermal locations with their capacity, the best quay stretches, WOS candidates, candidate interference areas, claim conflicts), at most the given number of rows, sorted by rank when the layer has a field rank. A long table continues on the next page.&lt;/p&gt;&lt;p&gt;Layers named after an output of this plugin (e.g. heatbalance_areas, geothermalbuffers_sites) get the plugin&apos;s style from resources/styles and the output&apos;s name in the legend; other layers keep their own style and name. A layer heatbalance_areas among the map layers is drawn on the heat-balance map, not on the map of the sources. Numbers in the tables are rounded by their meaning (PJ and TJ 2 decimals, GJ none, metres none, scores 2). The legend shows only what is on the map and gets smaller letters or columns to fit. The words of the report follow the language of QGIS (Dutch when QGIS is Dutch). Runs headless under qgis_process.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Schrijft een PDF-rapport (A4 liggend) dat een planner kan doorgeven: een titelpagina met de gemeente en de datum; een kaart van de gegeven lagen op een effen achtergrond (geen internetachtergrondkaart nodig) met legenda, schaalstok en noordpijl; de grafiek en tabel van de warmtebalans (uit &lt;i&gt;Warmtebalans per temperatuurklasse&lt;/i&gt;) en een kaart van de warmtebalans per gebied; en een tabel per tabellaag (bijv. geothermielocaties met hun vermogen, de beste kadedelen, WOS-kandidaten, kandidaat-interferentiegebieden, claimconflicten), hoogstens het gegeven aantal rijen, gesorteerd op rang als de laag een veld rank heeft. Een lange tabel loopt door op de volgende pagina.&lt;/p&gt;&lt;p&gt;Lagen met de naam van een uitvoer van deze plugin (bijv. heatbalance_areas, geothermalbuffers_sites) krijgen de stijl van de plugin uit resources/styles en de naam van de uitvoer in de legenda; andere lagen houden hun eigen stijl en naam. Een laag heatbalance_areas tussen de kaartlagen wordt op de kaart van de warmtebalans getekend, niet op de kaart van de bronnen. Getallen in de tabellen zijn afgerond naar hun betekenis (PJ en TJ 2 decimalen, GJ geen, meters geen, scores 2). De legenda toont alleen wat op de kaart staat en krijgt kleinere letters of kolommen om te passen. De teksten van het rapport volgen de taal van QGIS (Nederlands als QGIS Nederlands is). Draait zonder scherm onder qgis_process.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/report.py" line="211"/>
        <source>Heat balance per area (map)</source>
        <translation>Warmtebalans per gebied (kaart)</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/report.py" line="211"/>
        <source>The OUTPUT_AREAS of the heat balance algorithm: drawn on a map page of its own (optional).</source>
        <translation>De OUTPUT_AREAS van het algoritme warmtebalans: getekend op een eigen kaartpagina (optioneel).</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/report.py" line="256"/>
        <source>Largest number of rows of each table (by rank when the layer has a field rank); a table longer than a page continues on the next page.</source>
        <translation>Grootste aantal rijen van elke tabel (op rang als de laag een veld rank heeft); een tabel langer dan een pagina loopt door op de volgende pagina.</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/report.py" line="263"/>
        <source>Largest number of columns of a table; known key figures come first. Columns that do not fit the page width are left off.</source>
        <translation>Grootste aantal kolommen van een tabel; bekende kerncijfers eerst. Kolommen die niet op de paginabreedte passen, vallen weg.</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/report.py" line="281"/>
        <source>en</source>
        <translation>nl</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/report.py" line="301"/>
        <source>Residual heat (sources)</source>
        <translation>Restwarmte (bronnen)</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/report.py" line="302"/>
        <source>Fixed heat supply</source>
        <translation>Vast warmteaanbod</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/report.py" line="303"/>
        <source>Heat demand per district</source>
        <translation>Warmtevraag per wijk</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/report.py" line="340"/>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/report.py" line="340"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/report.py" line="341"/>
        <source>Location</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/report.py" line="341"/>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/report.py" line="342"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/report.py" line="342"/>
        <source>Doublets</source>
        <translation>Doubletten</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/report.py" line="343"/>
        <source>Power (MW)</source>
        <translation>Vermogen (MW)</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/report.py" line="343"/>
        <source>Heat (TJ/yr)</source>
        <translation>Warmte (TJ/jr)</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/report.py" line="344"/>
        <source>Homes</source>
        <translation>Woningen</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/report.py" line="344"/>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/report.py" line="345"/>
        <source>Quay</source>
        <translation>Kade</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/report.py" line="345"/>
        <source>Length (m)</source>
        <translation>Lengte (m)</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/report.py" line="346"/>
        <source>Delivered (GJ/yr)</source>
        <translation>Geleverd (GJ/jr)</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/report.py" line="346"/>
        <source>Source (GJ/yr)</source>
        <translation>Bron (GJ/jr)</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/report.py" line="347"/>
        <source>Matched to demand (GJ/yr)</source>
        <translation>Gekoppeld aan vraag (GJ/jr)</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/report.py" line="348"/>
        <source>Electricity (GJ/yr)</source>
        <translation>Elektriciteit (GJ/jr)</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/report.py" line="349"/>
        <source>Demand (GJ/yr)</source>
        <translation>Vraag (GJ/jr)</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/report.py" line="349"/>
        <source>Renovation</source>
        <translation>Renovatie</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/report.py" line="350"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/report.py" line="350"/>
        <source>Area (m²)</source>
        <translation>Oppervlakte (m²)</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/report.py" line="351"/>
        <source>Water area (m²)</source>
        <translation>Wateroppervlak (m²)</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/report.py" line="351"/>
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/report.py" line="352"/>
        <source>Wells</source>
        <translation>Bronnen</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/report.py" line="352"/>
        <source>Systems</source>
        <translation>Systemen</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/report.py" line="353"/>
        <source>Wells per km²</source>
        <translation>Bronnen per km²</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/report.py" line="354"/>
        <source>Aquifer use (fraction)</source>
        <translation>Gebruik watervoerend pakket (fractie)</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/report.py" line="355"/>
        <source>Conflicts</source>
        <translation>Conflicten</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/report.py" line="355"/>
        <source>Area (ha)</source>
        <translation>Oppervlakte (ha)</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/report.py" line="356"/>
        <source>Criteria</source>
        <translation>Criteria</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/report.py" line="356"/>
        <source>Claim A</source>
        <translation>Claim A</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/report.py" line="357"/>
        <source>Claim B</source>
        <translation>Claim B</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/report.py" line="357"/>
        <source>Type A</source>
        <translation>Type A</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/report.py" line="358"/>
        <source>Type B</source>
        <translation>Type B</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/report.py" line="358"/>
        <source>Overlap (m²)</source>
        <translation>Overlap (m²)</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/report.py" line="359"/>
        <source>Depth overlap</source>
        <translation>Overlap in diepte</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/report.py" line="359"/>
        <source>Advice</source>
        <translation>Advies</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/report.py" line="360"/>
        <source>To the main (m)</source>
        <translation>Tot de hoofdleiding (m)</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/report.py" line="361"/>
        <source>To the network (m)</source>
        <translation>Tot het net (m)</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/report.py" line="362"/>
        <source>Flow (m³/day)</source>
        <translation>Debiet (m³/dag)</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/report.py" line="362"/>
        <source>ΔT (K)</source>
        <translation>ΔT (K)</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/report.py" line="363"/>
        <source>Mean power (MW)</source>
        <translation>Gemiddeld vermogen (MW)</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/report.py" line="363"/>
        <source>Cold front (m)</source>
        <translation>Koudefront (m)</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/report.py" line="364"/>
        <source>District code</source>
        <translation>Wijkcode</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/report.py" line="364"/>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/report.py" line="365"/>
        <source>Demand</source>
        <translation>Vraag</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/report.py" line="365"/>
        <source>Supply</source>
        <translation>Aanbod</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/report.py" line="366"/>
        <source>Received (cascade)</source>
        <translation>Ontvangen (cascade)</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/report.py" line="367"/>
        <source>Passed on (cascade)</source>
        <translation>Doorgegeven (cascade)</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/report.py" line="367"/>
        <source>Supply used</source>
        <translation>Benut aanbod</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/report.py" line="368"/>
        <source>Balance</source>
        <translation>Balans</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/report.py" line="368"/>
        <source>Deficit</source>
        <translation>Tekort</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/report.py" line="369"/>
        <source>Deficit (% of demand)</source>
        <translation>Tekort (% van de vraag)</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/report.py" line="369"/>
        <source>Unit</source>
        <translation>Eenheid</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/report.py" line="370"/>
        <source>HT balance</source>
        <translation>HT-balans</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/report.py" line="370"/>
        <source>MT balance</source>
        <translation>MT-balans</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/report.py" line="371"/>
        <source>LT balance</source>
        <translation>LT-balans</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/report.py" line="371"/>
        <source>HT demand (TJ)</source>
        <translation>HT-vraag (TJ)</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/report.py" line="372"/>
        <source>MT demand (TJ)</source>
        <translation>MT-vraag (TJ)</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/report.py" line="372"/>
        <source>LT demand (TJ)</source>
        <translation>LT-vraag (TJ)</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/report.py" line="373"/>
        <source>Total demand (TJ)</source>
        <translation>Totale vraag (TJ)</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/report.py" line="809"/>
        <source>No features.</source>
        <translation>Geen objecten.</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/report.py" line="525"/>
        <source>{title} (continued)</source>
        <translation>{title} (vervolg)</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/report.py" line="663"/>
        <source>The legend does not fit next to the map; it is cut off at the bottom of the page.</source>
        <translation>De legenda past niet naast de kaart; ze wordt onderaan de pagina afgesneden.</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/report.py" line="751"/>
        <source>Map of the heat balance per area</source>
        <translation>Kaart van de warmtebalans per gebied</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/report.py" line="793"/>
        <source>Deficit: the share of the demand that the supply in or near the area does not meet.</source>
        <translation>Tekort: het deel van de vraag dat het aanbod in of nabij het gebied niet dekt.</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/report.py" line="811"/>
        <source>{n} features; the first {m} are shown.</source>
        <translation>{n} objecten; de eerste {m} staan erin.</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/report.py" line="813"/>
        <source>{n} features.</source>
        <translation>{n} objecten.</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/report.py" line="863"/>
        <source>Layout: {problem}</source>
        <translation>Opmaak: {problem}</translation>
    </message>
</context>
<context>
    <name>RunStrategy</name>
    <message>
        <location filename="../processing/warmtebalans/runstrategy.py" line="212"/>
        <source>Run the whole heat source strategy</source>
        <translation>De hele bronnenstrategie doorrekenen</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/runstrategy.py" line="215"/>
        <source>Runs every algorithm on a GeoPackage of input layers and writes the outputs, the claims register, the GIO, the heat balance and the report into one folder.</source>
        <translation>Voert elk algoritme uit op een GeoPackage met invoerlagen en schrijft de uitvoer, het claimregister, het GIO, de warmtebalans en het rapport in één map.</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/runstrategy.py" line="248"/>
        <source>Input GeoPackage</source>
        <translation>Invoer-GeoPackage</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/runstrategy.py" line="248"/>
        <source>GeoPackage with the input layers, named as in the sample data. Empty: the sample data resources/sample/denhaag_sample.gpkg (made by &apos;make sample&apos;).</source>
        <translation>GeoPackage met de invoerlagen, genoemd zoals in de voorbeelddata. Leeg: de voorbeelddata resources/sample/denhaag_sample.gpkg (gemaakt met 'make sample').</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/runstrategy.py" line="255"/>
        <source>Report title</source>
        <translation>Titel van het rapport</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/runstrategy.py" line="255"/>
        <source>Heat source strategy</source>
        <translation>Bronnenstrategie</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/runstrategy.py" line="255"/>
        <source>Title of the report.</source>
        <translation>Titel van het rapport.</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/runstrategy.py" line="260"/>
        <source>Cascade HT → MT → LT</source>
        <translation>Cascade HT → MT → LT</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/runstrategy.py" line="260"/>
        <source>Passed to the heat balance: a surplus at a higher temperature may serve a lower one.</source>
        <translation>Doorgegeven aan de warmtebalans: een overschot op een hogere temperatuur mag een lagere bedienen.</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/runstrategy.py" line="277"/>
        <source>Output folder</source>
        <translation>Uitvoermap</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/runstrategy.py" line="266"/>
        <source>Folder for all outputs (existing files of the same name are replaced).</source>
        <translation>Map voor alle uitvoer (bestaande bestanden met dezelfde naam worden vervangen).</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/runstrategy.py" line="271"/>
        <source>GeoPackage with every output layer</source>
        <translation>GeoPackage met elke uitvoerlaag</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/runstrategy.py" line="271"/>
        <source>Claims register</source>
        <translation>Claimregister</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/runstrategy.py" line="271"/>
        <source>GIO file</source>
        <translation>GIO-bestand</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/runstrategy.py" line="271"/>
        <source>Heat balance chart</source>
        <translation>Grafiek warmtebalans</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/runstrategy.py" line="271"/>
        <source>Report (PDF)</source>
        <translation>Rapport (PDF)</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/runstrategy.py" line="278"/>
        <source>HT balance (PJ)</source>
        <translation>HT-balans (PJ)</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/runstrategy.py" line="278"/>
        <source>MT balance (PJ)</source>
        <translation>MT-balans (PJ)</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/runstrategy.py" line="278"/>
        <source>LT balance (PJ)</source>
        <translation>LT-balans (PJ)</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/runstrategy.py" line="278"/>
        <source>Claims in the register</source>
        <translation>Claims in het register</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/runstrategy.py" line="278"/>
        <source>Claim conflicts</source>
        <translation>Claimconflicten</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/runstrategy.py" line="278"/>
        <source>Algorithms run</source>
        <translation>Uitgevoerde algoritmen</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/runstrategy.py" line="285"/>
        <source>Summary</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/runstrategy.py" line="297"/>
        <source>{alg} failed and was left out: {error}</source>
        <translation>{alg} is mislukt en overgeslagen: {error}</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/runstrategy.py" line="377"/>
        <source>input layer for {key} not found (looked for {p})</source>
        <translation>invoerlaag voor {key} niet gevonden (gezocht naar {p})</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/runstrategy.py" line="394"/>
        <source>field for {key} not found (looked for {c})</source>
        <translation>veld voor {key} niet gevonden (gezocht naar {c})</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/runstrategy.py" line="443"/>
        <source>The input GeoPackage {path} does not exist. For the sample data run &apos;make sample&apos; first.</source>
        <translation>De invoer-GeoPackage {path} bestaat niet. Voer voor de voorbeelddata eerst 'make sample' uit.</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/runstrategy.py" line="473"/>
        <source>{alg}: no plan in runstrategy, not run.</source>
        <translation>{alg}: geen plan in runstrategy, niet uitgevoerd.</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/runstrategy.py" line="478"/>
        <source>{alg} not run: {reason}.</source>
        <translation>{alg} niet uitgevoerd: {reason}.</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/runstrategy.py" line="480"/>
        <source>{alg}: not run ({reason})</source>
        <translation>{alg}: niet uitgevoerd ({reason})</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/runstrategy.py" line="483"/>
        <source>Running {alg} ...</source>
        <translation>{alg} wordt uitgevoerd ...</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/runstrategy.py" line="496"/>
        <source>{alg}: failed</source>
        <translation>{alg}: mislukt</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/runstrategy.py" line="529"/>
        <source>Heat balance not computed: the demand layer {layer} has no ht_gj / ht_tj / ht_pj field.</source>
        <translation>Warmtebalans niet berekend: de vraaglaag {layer} heeft geen veld ht_gj / ht_tj / ht_pj.</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/runstrategy.py" line="540"/>
        <source>Computing the heat balance ...</source>
        <translation>De warmtebalans wordt berekend ...</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/runstrategy.py" line="562"/>
        <source>Heat balance not computed: no demand layer (heat_demand_wijken) in the input.</source>
        <translation>Warmtebalans niet berekend: geen vraaglaag (heat_demand_wijken) in de invoer.</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/runstrategy.py" line="614"/>
        <source>No claims register: the algorithm addclaims does not exist.</source>
        <translation>Geen claimregister: het algoritme addclaims bestaat niet.</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/runstrategy.py" line="675"/>
        <source>Heat source strategy written to {folder} in {s:.0f} s:</source>
        <translation>Bronnenstrategie geschreven naar {folder} in {s:.0f} s:</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/runstrategy.py" line="679"/>
        <source>  heat balance (PJ/yr): HT {ht:+.2f}, MT {mt:+.2f}, LT {lt:+.2f}; demand {d:.2f}, supply {s:.2f}</source>
        <translation>  warmtebalans (PJ/jaar): HT {ht:+.2f}, MT {mt:+.2f}, LT {lt:+.2f}; vraag {d:.2f}, aanbod {s:.2f}</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/runstrategy.py" line="683"/>
        <source>  claims: {n}; conflicts: {c}</source>
        <translation>  claims: {n}; conflicten: {c}</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/runstrategy.py" line="686"/>
        <source>not written</source>
        <translation>niet geschreven</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/runstrategy.py" line="220"/>
        <source>&lt;p&gt;One run of the whole strategy on a GeoPackage of input layers (by default the plugin&apos;s sample data of Den Haag). Every algorithm of this plugin whose input layers are found in the GeoPackage (by their names, as in the sample data) runs with its defaults; algorithms whose inputs are missing are left out with a message. Then:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;the claims register &lt;i&gt;ruimteclaims.gpkg&lt;/i&gt; is filled from the results (permanent geothermal sites, WOS sites, candidate interference areas, warm and cold zones) and checked for conflicts. The claims get a level and a depth range [assumption]: interference areas and warm/cold zones &apos;ondergronds&apos;, from the shallowest screen top to the deepest screen bottom of the wells layer (screen_top, screen_bottom; without usable screens 18-60 m, the first aquifer of Den Haag); geothermal locations &apos;beide&apos;, from 0 m to the reservoir depth + thickness (depth_m of the reservoir footprints + 100 m; without it 2,400 m); WOS sites &apos;bovengronds&apos; (the surface);&lt;/li&gt;&lt;li&gt;the claims are exported as a GIO (&lt;i&gt;gio_ruimteclaims.gml&lt;/i&gt;);&lt;/li&gt;&lt;li&gt;the heat balance is computed from the demand layer (heat_demand_wijken, HT/MT/LT in TJ) and the sources: residual heat and fixed supply from the input, the permanent geothermal sites (MT), the quay-wall and waste-water potential (LT) [assumption: classes of the source types];&lt;/li&gt;&lt;li&gt;the report &lt;i&gt;rapport.pdf&lt;/i&gt; is written; its table of geothermal locations lists the permanent sites only (the map shows the drilling sites too).&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;The folder holds &lt;i&gt;bronnenstrategie.gpkg&lt;/i&gt; with every output layer (with its style), the register, the GIO, the chart &lt;i&gt;warmtebalans.png&lt;/i&gt; and &lt;i&gt;rapport.pdf&lt;/i&gt;. A failing step is reported and the run goes on.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Eén doorrekening van de hele strategie op een GeoPackage met invoerlagen (standaard de voorbeelddata van Den Haag van de plug-in). Elk algoritme van deze plug-in waarvan de invoerlagen in de GeoPackage gevonden worden (op hun naam, zoals in de voorbeelddata) draait met zijn standaardwaarden; algoritmen waarvan invoer ontbreekt worden met een melding overgeslagen. Daarna:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;wordt het claimregister &lt;i&gt;ruimteclaims.gpkg&lt;/i&gt; gevuld uit de resultaten (permanente geothermielocaties, WOS-locaties, kandidaat-interferentiegebieden, warme en koude zones) en op conflicten gecontroleerd. De claims krijgen een niveau en een dieptebereik [aanname]: interferentiegebieden en warme/koude zones 'ondergronds', van de ondiepste filterbovenkant tot de diepste filteronderkant van de bronnenlaag (screen_top, screen_bottom; zonder bruikbare filters 18-60 m, het eerste watervoerende pakket van Den Haag); geothermielocaties 'beide', van 0 m tot de reservoirdiepte + dikte (depth_m van de reservoirvoetafdrukken + 100 m; zonder die waarde 2.400 m); WOS-locaties 'bovengronds' (het maaiveld);&lt;/li&gt;&lt;li&gt;worden de claims als GIO geëxporteerd (&lt;i&gt;gio_ruimteclaims.gml&lt;/i&gt;);&lt;/li&gt;&lt;li&gt;wordt de warmtebalans berekend uit de vraaglaag (heat_demand_wijken, HT/MT/LT in TJ) en de bronnen: restwarmte en vast aanbod uit de invoer, de permanente geothermielocaties (MT), het kademuur- en afvalwaterpotentieel (LT) [aanname: klassen van de brontypen];&lt;/li&gt;&lt;li&gt;wordt het rapport &lt;i&gt;rapport.pdf&lt;/i&gt; geschreven; de tabel van geothermielocaties daarin toont alleen de permanente terreinen (de kaart toont ook de boorterreinen).&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;De map bevat &lt;i&gt;bronnenstrategie.gpkg&lt;/i&gt; met elke uitvoerlaag (met haar opmaak), het register, het GIO, de grafiek &lt;i&gt;warmtebalans.png&lt;/i&gt; en &lt;i&gt;rapport.pdf&lt;/i&gt;. Een mislukte stap wordt gemeld en de doorrekening gaat door.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/runstrategy.py" line="337"/>
        <source>No usable well screens: the soil-energy claims get {top:g}-{bottom:g} m below the surface (the first aquifer of Den Haag) [assumption].</source>
        <translation>Geen bruikbare bronfilters: de bodemenergieclaims krijgen {top:g}-{bottom:g} m onder maaiveld (het eerste watervoerende pakket van Den Haag) [aanname].</translation>
    </message>
    <message>
        <location filename="../processing/warmtebalans/runstrategy.py" line="352"/>
        <source>No reservoir depth: the geothermal claims reach {bottom:g} m below the surface [assumption].</source>
        <translation>Geen reservoirdiepte: de geothermieclaims reiken tot {bottom:g} m onder maaiveld [aanname].</translation>
    </message>
</context>
</TS>
