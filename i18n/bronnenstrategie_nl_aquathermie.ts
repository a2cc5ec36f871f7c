<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>@default</name>
    <message>
        <location filename="../processing/aquathermie/quaypotential.py" line="140"/>
        <source>Feature {id} of the layer &apos;{layer}&apos; has an invalid geometry. Repair it (Fix geometries), or set the Processing option &apos;Invalid features filtering&apos; to skip or not filter invalid features.</source>
        <translation>Object {id} van de laag '{layer}' heeft een ongeldige geometrie. Herstel die (Geometrieën repareren), of zet de Processing-optie 'Filteren van ongeldige objecten' op overslaan of niet filteren.</translation>
    </message>
    <message>
        <location filename="../processing/aquathermie/quaypotential.py" line="146"/>
        <source>invalid geometry (Processing option: skip invalid features)</source>
        <translation>ongeldige geometrie (Processing-optie: ongeldige objecten overslaan)</translation>
    </message>
</context>
<context>
    <name>QuayPotential</name>
    <message>
        <location filename="../processing/aquathermie/quaypotential.py" line="184"/>
        <source>Heat potential of quay walls (TEO)</source>
        <translation>Warmtepotentieel van kademuren (TEO)</translation>
    </message>
    <message>
        <location filename="../processing/aquathermie/quaypotential.py" line="187"/>
        <source>Cuts quays into segments, gives each the nearest water and computes the heat it can supply, the demand nearby and a ranking.</source>
        <translation>Knipt kades in segmenten, geeft elk segment het dichtstbijzijnde water en berekent de warmte die het kan leveren, de vraag in de buurt en een rangorde.</translation>
    </message>
    <message>
        <location filename="../processing/aquathermie/quaypotential.py" line="196"/>
        <source>&lt;p&gt;Heat from surface water (TEO, thermal energy from surface water) per stretch of quay wall. Each quay is cut into segments of about the segment length (the pieces of one quay are of equal length, so there are no slivers). Every square metre of water goes to the nearest segment, if that segment lies within the maximum reach; water farther from every quay is not assigned [assumption].&lt;/p&gt;&lt;p&gt;&lt;b&gt;Still water&lt;/b&gt; (no flow): source = assigned area × yield (default 0.5 GJ/m²/yr [assumption]: no Dutch figure is published; the sun puts about 1.1 GJ/m²/yr into a lake (seethermie.ch), a deep lake such as the Sloterplas gives about 1.2-1.6 GJ/m²; harvest from shallow canals is a fraction; plausible range 0.3-1.5).&lt;br&gt;&lt;b&gt;Flowing water&lt;/b&gt; (flow field &gt; 0, m³/s): source of the water body = flow × 4.18 MJ/m³K × ΔT_max (default 4 K, PyPSA-Eur) × full-load hours (default 2,000 h/yr, PBL Vesta MAIS), shared over the segments in proportion to the area of that body assigned to each.&lt;br&gt;&lt;b&gt;Heat pump&lt;/b&gt; (COP default 4, aquathermie.nl gives 3-5): delivered = source × COP/(COP−1); electricity = delivered/COP; homes = delivered / 33 GJ per home-equivalent.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Check&lt;/b&gt;: a 200 × 100 m basin with quays on both long sides and segments of 100 m gives 4 segments of 5,000 m² each, 2,500 GJ source and 3,333 GJ delivered each.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Demand&lt;/b&gt; (optional): demand_gj is all demand (a GJ/yr field, or homes × 33 GJ) whose point (the point on the surface of a polygon) lies within the demand distance of the segment; matched_gj = min(delivered, demand_gj). A demand feature near several segments counts for each of them there, so these columns must not be summed. For totals each feature's demand is shared over the segments near it in proportion to their delivered heat (demand_share_gj, matched_share_gj = min(delivered, share)) [assumption]; TOTAL_MATCHED_GJ sums matched_share_gj, TOTAL_DEMAND_GJ counts each feature once.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Rank&lt;/b&gt;: 1 = the segment with the most matched heat, then the most delivered heat; with the renovation year a planner picks the stretches where a quay renovation is the moment to build an intake.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Quay polygons&lt;/b&gt; (BGT scheiding, bgt_type 'kademuur'): only the edges that touch water (within the touch tolerance) and face it are used; a polygon that touches no water gets segments along its outline with zero potential. Quay lines are used as they are; a quay line far from water simply gets zero. Overlapping water polygons are counted twice: dissolve them first. Layers in a geographic CRS are computed in metres (RD New for Dutch data).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Warmte uit oppervlaktewater (TEO, thermische energie uit oppervlaktewater) per stuk kademuur. Elke kade wordt geknipt in segmenten van ongeveer de segmentlengte (de stukken van één kade zijn even lang, dus er ontstaan geen snippers). Elke vierkante meter water gaat naar het dichtstbijzijnde segment, als dat segment binnen het maximale bereik ligt; water verder van elke kade wordt niet toegewezen [aanname].&lt;/p&gt;&lt;p&gt;&lt;b&gt;Stilstaand water&lt;/b&gt; (geen debiet): bron = toegewezen oppervlak × opbrengst (standaard 0,5 GJ/m²/jaar [aanname]: er is geen Nederlands kental gepubliceerd; de zon brengt ongeveer 1,1 GJ/m²/jaar in een meer (seethermie.ch), een diep meer als de Sloterplas geeft ongeveer 1,2-1,6 GJ/m²; de oogst uit ondiepe grachten is een fractie daarvan; aannemelijk bereik 0,3-1,5).&lt;br&gt;&lt;b&gt;Stromend water&lt;/b&gt; (debietveld &gt; 0, m³/s): bron van het waterlichaam = debiet × 4,18 MJ/m³K × ΔT_max (standaard 4 K, PyPSA-Eur) × vollasturen (standaard 2.000 u/jaar, PBL Vesta MAIS), verdeeld over de segmenten naar het oppervlak van dat water dat aan elk is toegewezen.&lt;br&gt;&lt;b&gt;Warmtepomp&lt;/b&gt; (COP standaard 4, aquathermie.nl noemt 3-5): geleverd = bron × COP/(COP−1); elektriciteit = geleverd/COP; woningen = geleverd / 33 GJ per woningequivalent.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Controle&lt;/b&gt;: een bassin van 200 × 100 m met kades langs beide lange zijden en segmenten van 100 m geeft 4 segmenten van elk 5.000 m², 2.500 GJ bron en 3.333 GJ geleverd per segment.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Vraag&lt;/b&gt; (optioneel): demand_gj is alle vraag (een veld in GJ/jaar, of woningen × 33 GJ) waarvan het punt (het punt op het oppervlak van een polygoon) binnen de vraagafstand van het segment ligt; matched_gj = min(geleverd, demand_gj). Een vraagobject bij meerdere segmenten telt daar voor elk mee, dus deze kolommen mag u niet optellen. Voor de totalen wordt de vraag van elk object verdeeld over de segmenten in de buurt naar hun geleverde warmte (demand_share_gj, matched_share_gj = min(geleverd, aandeel)) [aanname]; TOTAL_MATCHED_GJ telt matched_share_gj op, TOTAL_DEMAND_GJ telt elk object één keer.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Rangorde&lt;/b&gt;: 1 = het segment met de meeste gematchte warmte, daarna de meeste geleverde warmte; met het renovatiejaar kiest een planner de stukken waar een kaderenovatie het moment is om een inlaat te bouwen.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Kadepolygonen&lt;/b&gt; (BGT scheiding, bgt_type 'kademuur'): alleen de randen die water raken (binnen de raaktolerantie) en ernaar gekeerd zijn worden gebruikt; een polygoon die geen water raakt krijgt segmenten langs zijn omtrek met potentieel nul. Kadelijnen worden gebruikt zoals ze zijn; een kadelijn ver van water krijgt gewoon nul. Overlappende waterpolygonen worden dubbel geteld: voeg ze eerst samen (dissolve). Lagen in een geografisch CRS worden in meters berekend (RD New voor Nederlandse gegevens).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../processing/aquathermie/quaypotential.py" line="239"/>
        <source>Quay walls</source>
        <translation>Kademuren</translation>
    </message>
    <message>
        <location filename="../processing/aquathermie/quaypotential.py" line="239"/>
        <source>Quay walls as lines, or as polygons (BGT scheiding with bgt_type &apos;kademuur&apos;; their water-facing edges are used).</source>
        <translation>Kademuren als lijnen, of als polygonen (BGT scheiding met bgt_type 'kademuur'; hun randen aan de waterkant worden gebruikt).</translation>
    </message>
    <message>
        <location filename="../processing/aquathermie/quaypotential.py" line="249"/>
        <source>Quay id field</source>
        <translation>Veld kade-id</translation>
    </message>
    <message>
        <location filename="../processing/aquathermie/quaypotential.py" line="249"/>
        <source>Optional field copied to quay_id; without it the feature id is used.</source>
        <translation>Optioneel veld dat naar quay_id wordt gekopieerd; zonder dit veld wordt het object-id gebruikt.</translation>
    </message>
    <message>
        <location filename="../processing/aquathermie/quaypotential.py" line="256"/>
        <source>Renovation year field</source>
        <translation>Veld renovatiejaar</translation>
    </message>
    <message>
        <location filename="../processing/aquathermie/quaypotential.py" line="256"/>
        <source>Optional field with the year the quay is renovated, copied to renovation_year.</source>
        <translation>Optioneel veld met het jaar waarin de kade wordt gerenoveerd, gekopieerd naar renovation_year.</translation>
    </message>
    <message>
        <location filename="../processing/aquathermie/quaypotential.py" line="263"/>
        <source>Water</source>
        <translation>Water</translation>
    </message>
    <message>
        <location filename="../processing/aquathermie/quaypotential.py" line="263"/>
        <source>Water polygons (BGT waterdeel).</source>
        <translation>Waterpolygonen (BGT waterdeel).</translation>
    </message>
    <message>
        <location filename="../processing/aquathermie/quaypotential.py" line="269"/>
        <source>Flow field (m³/s)</source>
        <translation>Debietveld (m³/s)</translation>
    </message>
    <message>
        <location filename="../processing/aquathermie/quaypotential.py" line="291"/>
        <source>Segment length (m)</source>
        <translation>Segmentlengte (m)</translation>
    </message>
    <message>
        <location filename="../processing/aquathermie/quaypotential.py" line="291"/>
        <source>Quays are cut into equal pieces of about this length (default 100 m [assumption]).</source>
        <translation>Kades worden geknipt in gelijke stukken van ongeveer deze lengte (standaard 100 m [aanname]).</translation>
    </message>
    <message>
        <location filename="../processing/aquathermie/quaypotential.py" line="294"/>
        <source>Maximum reach (m)</source>
        <translation>Maximaal bereik (m)</translation>
    </message>
    <message>
        <location filename="../processing/aquathermie/quaypotential.py" line="294"/>
        <source>Water farther than this from every quay segment is not assigned (default 150 m [assumption]).</source>
        <translation>Water dat verder dan dit van elk kadesegment ligt, wordt niet toegewezen (standaard 150 m [aanname]).</translation>
    </message>
    <message>
        <location filename="../processing/aquathermie/quaypotential.py" line="297"/>
        <source>Yield of still water (GJ/m²/yr)</source>
        <translation>Opbrengst van stilstaand water (GJ/m²/jaar)</translation>
    </message>
    <message>
        <location filename="../processing/aquathermie/quaypotential.py" line="297"/>
        <source>Heat harvested per m² of still water per year (default 0.5 [assumption]; the sun puts about 1.1 GJ/m²/yr into a lake; plausible 0.3-1.5).</source>
        <translation>Geoogste warmte per m² stilstaand water per jaar (standaard 0,5 [aanname]; de zon brengt ongeveer 1,1 GJ/m²/jaar in een meer; aannemelijk 0,3-1,5).</translation>
    </message>
    <message>
        <location filename="../processing/aquathermie/quaypotential.py" line="302"/>
        <source>Cooling of flowing water (K)</source>
        <translation>Afkoeling van stromend water (K)</translation>
    </message>
    <message>
        <location filename="../processing/aquathermie/quaypotential.py" line="302"/>
        <source>Maximum cooling of flowing water (default 4 K, PyPSA-Eur).</source>
        <translation>Maximale afkoeling van stromend water (standaard 4 K, PyPSA-Eur).</translation>
    </message>
    <message>
        <location filename="../processing/aquathermie/quaypotential.py" line="304"/>
        <source>Full-load hours (h/yr)</source>
        <translation>Vollasturen (u/jaar)</translation>
    </message>
    <message>
        <location filename="../processing/aquathermie/quaypotential.py" line="304"/>
        <source>Full-load hours of harvest from flowing water (default 2,000 h/yr, PBL Vesta MAIS).</source>
        <translation>Vollasturen van de oogst uit stromend water (standaard 2.000 u/jaar, PBL Vesta MAIS).</translation>
    </message>
    <message>
        <location filename="../processing/aquathermie/quaypotential.py" line="307"/>
        <source>COP of the heat pump</source>
        <translation>COP van de warmtepomp</translation>
    </message>
    <message>
        <location filename="../processing/aquathermie/quaypotential.py" line="307"/>
        <source>Coefficient of performance of the water-source heat pump (default 4; aquathermie.nl gives 3-5).</source>
        <translation>Prestatiecoëfficiënt van de water-warmtepomp (standaard 4; aquathermie.nl noemt 3-5).</translation>
    </message>
    <message>
        <location filename="../processing/aquathermie/quaypotential.py" line="310"/>
        <source>GJ per home-equivalent</source>
        <translation>GJ per woningequivalent</translation>
    </message>
    <message>
        <location filename="../processing/aquathermie/quaypotential.py" line="310"/>
        <source>Heat demand of one home-equivalent (default 33 GJ/yr, derived from the seed document: 15 sources, 4 PJ, 8,000 homes per doublet).</source>
        <translation>Warmtevraag van één woningequivalent (standaard 33 GJ/jaar, afgeleid uit het brondocument: 15 bronnen, 4 PJ, 8.000 woningen per doublet).</translation>
    </message>
    <message>
        <location filename="../processing/aquathermie/quaypotential.py" line="313"/>
        <source>Heat demand</source>
        <translation>Warmtevraag</translation>
    </message>
    <message>
        <location filename="../processing/aquathermie/quaypotential.py" line="313"/>
        <source>Optional buildings or areas (points or polygons) with a heat demand.</source>
        <translation>Optionele gebouwen of gebieden (punten of polygonen) met een warmtevraag.</translation>
    </message>
    <message>
        <location filename="../processing/aquathermie/quaypotential.py" line="320"/>
        <source>Demand field (GJ/yr)</source>
        <translation>Vraagveld (GJ/jaar)</translation>
    </message>
    <message>
        <location filename="../processing/aquathermie/quaypotential.py" line="320"/>
        <source>Numeric field with the heat demand in GJ/yr (takes precedence over the homes field).</source>
        <translation>Numeriek veld met de warmtevraag in GJ/jaar (gaat voor op het woningenveld).</translation>
    </message>
    <message>
        <location filename="../processing/aquathermie/quaypotential.py" line="329"/>
        <source>Homes field</source>
        <translation>Woningenveld</translation>
    </message>
    <message>
        <location filename="../processing/aquathermie/quaypotential.py" line="329"/>
        <source>Numeric field with a number of homes; demand = homes × GJ per home.</source>
        <translation>Numeriek veld met een aantal woningen; vraag = woningen × GJ per woning.</translation>
    </message>
    <message>
        <location filename="../processing/aquathermie/quaypotential.py" line="336"/>
        <source>Demand distance (m)</source>
        <translation>Vraagafstand (m)</translation>
    </message>
    <message>
        <location filename="../processing/aquathermie/quaypotential.py" line="336"/>
        <source>Demand within this distance of a segment counts for it (default 500 m [assumption]; small aquathermal projects reach a few hundred metres).</source>
        <translation>Vraag binnen deze afstand van een segment telt voor dat segment (standaard 500 m [aanname]; kleine aquathermieprojecten reiken een paar honderd meter).</translation>
    </message>
    <message>
        <location filename="../processing/aquathermie/quaypotential.py" line="340"/>
        <source>Point spacing of the allocation (m)</source>
        <translation>Puntafstand van de toewijzing (m)</translation>
    </message>
    <message>
        <location filename="../processing/aquathermie/quaypotential.py" line="340"/>
        <source>Segments are approximated by points at most this far apart to find the nearest segment (default 5 m). Smaller is more exact and slower.</source>
        <translation>Segmenten worden benaderd door punten die hooguit zo ver uit elkaar liggen om het dichtstbijzijnde segment te vinden (standaard 5 m). Kleiner is nauwkeuriger en trager.</translation>
    </message>
    <message>
        <location filename="../processing/aquathermie/quaypotential.py" line="344"/>
        <source>Touch tolerance of quay polygons (m)</source>
        <translation>Raaktolerantie van kadepolygonen (m)</translation>
    </message>
    <message>
        <location filename="../processing/aquathermie/quaypotential.py" line="344"/>
        <source>An edge of a quay polygon within this distance of water, with the water on its outer side, is a quay line (default 1 m [assumption]).</source>
        <translation>Een rand van een kadepolygoon binnen deze afstand van water, met het water aan de buitenkant, is een kadelijn (standaard 1 m [aanname]).</translation>
    </message>
    <message>
        <location filename="../processing/aquathermie/quaypotential.py" line="348"/>
        <source>Heat capacity of water (MJ/m³K)</source>
        <translation>Warmtecapaciteit van water (MJ/m³K)</translation>
    </message>
    <message>
        <location filename="../processing/aquathermie/quaypotential.py" line="348"/>
        <source>Volumetric heat capacity of water (4.18 MJ/m³K).</source>
        <translation>Volumetrische warmtecapaciteit van water (4,18 MJ/m³K).</translation>
    </message>
    <message>
        <location filename="../processing/aquathermie/quaypotential.py" line="350"/>
        <source>Quay segments</source>
        <translation>Kadesegmenten</translation>
    </message>
    <message>
        <location filename="../processing/aquathermie/quaypotential.py" line="350"/>
        <source>Segments with seg_id, quay_id, length_m, water_area_m2, source_gj, delivered_gj, electricity_gj, homes, demand_gj, matched_gj, demand_share_gj, matched_share_gj, renovation_year and rank.</source>
        <translation>Segmenten met seg_id, quay_id, length_m, water_area_m2, source_gj, delivered_gj, electricity_gj, homes, demand_gj, matched_gj, demand_share_gj, matched_share_gj, renovation_year en rank.</translation>
    </message>
    <message>
        <location filename="../processing/aquathermie/quaypotential.py" line="360"/>
        <source>Water per segment</source>
        <translation>Water per segment</translation>
    </message>
    <message>
        <location filename="../processing/aquathermie/quaypotential.py" line="360"/>
        <source>Optional: the water assigned to each segment (same seg_id).</source>
        <translation>Optioneel: het water dat aan elk segment is toegewezen (zelfde seg_id).</translation>
    </message>
    <message>
        <location filename="../processing/aquathermie/quaypotential.py" line="367"/>
        <source>Total heat from the water (GJ/yr)</source>
        <translation>Totale warmte uit het water (GJ/jaar)</translation>
    </message>
    <message>
        <location filename="../processing/aquathermie/quaypotential.py" line="367"/>
        <source>Total delivered heat (GJ/yr)</source>
        <translation>Totale geleverde warmte (GJ/jaar)</translation>
    </message>
    <message>
        <location filename="../processing/aquathermie/quaypotential.py" line="367"/>
        <source>Total home-equivalents</source>
        <translation>Totaal aantal woningequivalenten</translation>
    </message>
    <message>
        <location filename="../processing/aquathermie/quaypotential.py" line="367"/>
        <source>Total demand near the quays, each feature once (GJ/yr)</source>
        <translation>Totale vraag bij de kades, elk object één keer (GJ/jaar)</translation>
    </message>
    <message>
        <location filename="../processing/aquathermie/quaypotential.py" line="367"/>
        <source>Total matched heat, no demand counted twice (GJ/yr)</source>
        <translation>Totale gematchte warmte, geen vraag dubbel geteld (GJ/jaar)</translation>
    </message>
    <message>
        <location filename="../processing/aquathermie/quaypotential.py" line="367"/>
        <source>Number of segments</source>
        <translation>Aantal segmenten</translation>
    </message>
    <message>
        <location filename="../processing/aquathermie/quaypotential.py" line="392"/>
        <source>Distances are computed in {crs}.</source>
        <translation>Afstanden worden berekend in {crs}.</translation>
    </message>
    <message>
        <location filename="../processing/aquathermie/quaypotential.py" line="396"/>
        <source>Reading quays...</source>
        <translation>Kades lezen...</translation>
    </message>
    <message>
        <location filename="../processing/aquathermie/quaypotential.py" line="405"/>
        <source>quay without a usable geometry</source>
        <translation>kade zonder bruikbare geometrie</translation>
    </message>
    <message>
        <location filename="../processing/aquathermie/quaypotential.py" line="413"/>
        <source>The quay layer has no usable line or polygon geometry.</source>
        <translation>De kadelaag heeft geen bruikbare lijn- of polygoongeometrie.</translation>
    </message>
    <message>
        <location filename="../processing/aquathermie/quaypotential.py" line="418"/>
        <source>Reading water...</source>
        <translation>Water lezen...</translation>
    </message>
    <message>
        <location filename="../processing/aquathermie/quaypotential.py" line="443"/>
        <source>water polygon without a usable geometry</source>
        <translation>waterpolygoon zonder bruikbare geometrie</translation>
    </message>
    <message>
        <location filename="../processing/aquathermie/quaypotential.py" line="463"/>
        <source>No water lies within reach of the quays: all potentials are zero.</source>
        <translation>Er ligt geen water binnen bereik van de kades: alle potentiëlen zijn nul.</translation>
    </message>
    <message>
        <location filename="../processing/aquathermie/quaypotential.py" line="472"/>
        <source>A demand layer needs a demand field (GJ/yr) or a homes field.</source>
        <translation>Een vraaglaag heeft een vraagveld (GJ/jaar) of een woningenveld nodig.</translation>
    </message>
    <message>
        <location filename="../processing/aquathermie/quaypotential.py" line="476"/>
        <source>Both a demand and a homes field are given: the demand field is used.</source>
        <translation>Zowel een vraagveld als een woningenveld is opgegeven: het vraagveld wordt gebruikt.</translation>
    </message>
    <message>
        <location filename="../processing/aquathermie/quaypotential.py" line="492"/>
        <source>demand feature without a valid (non-negative) demand</source>
        <translation>vraagobject zonder geldige (niet-negatieve) vraag</translation>
    </message>
    <message>
        <location filename="../processing/aquathermie/quaypotential.py" line="501"/>
        <source>demand feature without a geometry</source>
        <translation>vraagobject zonder geometrie</translation>
    </message>
    <message>
        <location filename="../processing/aquathermie/quaypotential.py" line="510"/>
        <source>Assigning water to {n} quay(s)...</source>
        <translation>Water toewijzen aan {n} kade(s)...</translation>
    </message>
    <message>
        <location filename="../processing/aquathermie/quaypotential.py" line="535"/>
        <source>{n} quay polygon(s) touch no water: their segments have zero potential.</source>
        <translation>{n} kadepolygo(o)n(en) raken geen water: hun segmenten hebben potentieel nul.</translation>
    </message>
    <message>
        <location filename="../processing/aquathermie/quaypotential.py" line="595"/>
        <source>{n} segments: {src:,.0f} GJ/yr from the water, {dl:,.0f} GJ/yr delivered, {homes:,.0f} home-equivalents.</source>
        <translation>{n} segmenten: {src:,.0f} GJ/jaar uit het water, {dl:,.0f} GJ/jaar geleverd, {homes:,.0f} woningequivalenten.</translation>
    </message>
    <message>
        <location filename="../processing/aquathermie/quaypotential.py" line="269"/>
        <source>Optional numeric field with the flow of a water body in m³/s; bodies with an empty or zero flow (and all bodies without this field) are still water. A negative flow, text or a flow above 10,000 m³/s (implausible as an average flow; the Rhine averages about 2,200 m³/s) is not used: that body is treated as still water, with a counted warning.</source>
        <translation>Optioneel numeriek veld met het debiet van een waterlichaam in m³/s; water met een leeg of nul debiet (en al het water zonder dit veld) is stilstaand water. Een negatief debiet, tekst of een debiet boven 10.000 m³/s (onaannemelijk als gemiddeld debiet; de Rijn voert gemiddeld ongeveer 2.200 m³/s af) wordt niet gebruikt: dat water wordt als stilstaand water behandeld, met een waarschuwing met het aantal.</translation>
    </message>
    <message>
        <location filename="../processing/aquathermie/quaypotential.py" line="427"/>
        <source>{n} water polygon(s) with text in the flow field are treated as still water</source>
        <translation>{n} waterpolygo(o)n(en) met tekst in het debietveld worden als stilstaand water behandeld</translation>
    </message>
    <message>
        <location filename="../processing/aquathermie/quaypotential.py" line="429"/>
        <source>{n} water polygon(s) with a negative flow are treated as still water</source>
        <translation>{n} waterpolygo(o)n(en) met een negatief debiet worden als stilstaand water behandeld</translation>
    </message>
    <message>
        <location filename="../processing/aquathermie/quaypotential.py" line="431"/>
        <source>{n} water polygon(s) with a flow above {max:,.0f} m³/s (implausible) are treated as still water</source>
        <translation>{n} waterpolygo(o)n(en) met een debiet boven {max:,.0f} m³/s (onaannemelijk) worden als stilstaand water behandeld</translation>
    </message>
    <message>
        <location filename="../processing/aquathermie/quaypotential.py" line="457"/>
        <source>(feature ids: {ids}{more})</source>
        <translation>(object-id's: {ids}{more})</translation>
    </message>
</context>
<context>
    <name>WasteWaterHeat</name>
    <message>
        <location filename="../processing/aquathermie/wastewaterheat.py" line="57"/>
        <source>Heat from waste water (TEA)</source>
        <translation>Warmte uit afvalwater (TEA)</translation>
    </message>
    <message>
        <location filename="../processing/aquathermie/wastewaterheat.py" line="60"/>
        <source>Heat a heat pump can take from the flow of treatment plants, pumping stations or pressure mains.</source>
        <translation>Warmte die een warmtepomp kan halen uit het debiet van zuiveringen, rioolgemalen of persleidingen.</translation>
    </message>
    <message>
        <location filename="../processing/aquathermie/wastewaterheat.py" line="88"/>
        <source>Waste-water sources</source>
        <translation>Afvalwaterbronnen</translation>
    </message>
    <message>
        <location filename="../processing/aquathermie/wastewaterheat.py" line="88"/>
        <source>Points of treatment plants, pumping stations or pressure mains.</source>
        <translation>Punten van zuiveringen, rioolgemalen of persleidingen.</translation>
    </message>
    <message>
        <location filename="../processing/aquathermie/wastewaterheat.py" line="94"/>
        <source>Flow field (m³/day)</source>
        <translation>Debietveld (m³/dag)</translation>
    </message>
    <message>
        <location filename="../processing/aquathermie/wastewaterheat.py" line="94"/>
        <source>Numeric field with the average flow in m³/day.</source>
        <translation>Numeriek veld met het gemiddelde debiet in m³/dag.</translation>
    </message>
    <message>
        <location filename="../processing/aquathermie/wastewaterheat.py" line="101"/>
        <source>Flow when the field is empty (m³/day)</source>
        <translation>Debiet als het veld leeg is (m³/dag)</translation>
    </message>
    <message>
        <location filename="../processing/aquathermie/wastewaterheat.py" line="110"/>
        <source>Cooling of the waste water (K)</source>
        <translation>Afkoeling van het afvalwater (K)</translation>
    </message>
    <message>
        <location filename="../processing/aquathermie/wastewaterheat.py" line="110"/>
        <source>How much the waste water is cooled (default 4 K, the seed document).</source>
        <translation>Hoeveel het afvalwater wordt afgekoeld (standaard 4 K, het brondocument).</translation>
    </message>
    <message>
        <location filename="../processing/aquathermie/wastewaterheat.py" line="118"/>
        <source>Cooling field (K)</source>
        <translation>Afkoelingsveld (K)</translation>
    </message>
    <message>
        <location filename="../processing/aquathermie/wastewaterheat.py" line="128"/>
        <source>COP of the heat pump</source>
        <translation>COP van de warmtepomp</translation>
    </message>
    <message>
        <location filename="../processing/aquathermie/wastewaterheat.py" line="128"/>
        <source>Coefficient of performance of the heat pump (default 4; aquathermie.nl gives 3-5).</source>
        <translation>Prestatiecoëfficiënt van de warmtepomp (standaard 4; aquathermie.nl noemt 3-5).</translation>
    </message>
    <message>
        <location filename="../processing/aquathermie/wastewaterheat.py" line="136"/>
        <source>GJ per home-equivalent</source>
        <translation>GJ per woningequivalent</translation>
    </message>
    <message>
        <location filename="../processing/aquathermie/wastewaterheat.py" line="136"/>
        <source>Heat demand of one home-equivalent (default 33 GJ/yr, derived from the seed document).</source>
        <translation>Warmtevraag van één woningequivalent (standaard 33 GJ/jaar, afgeleid uit het brondocument).</translation>
    </message>
    <message>
        <location filename="../processing/aquathermie/wastewaterheat.py" line="145"/>
        <source>Heat capacity of water (MJ/m³K)</source>
        <translation>Warmtecapaciteit van water (MJ/m³K)</translation>
    </message>
    <message>
        <location filename="../processing/aquathermie/wastewaterheat.py" line="145"/>
        <source>Volumetric heat capacity of water (4.18 MJ/m³K).</source>
        <translation>Volumetrische warmtecapaciteit van water (4,18 MJ/m³K).</translation>
    </message>
    <message>
        <location filename="../processing/aquathermie/wastewaterheat.py" line="153"/>
        <source>Supply radius (m)</source>
        <translation>Leveringsstraal (m)</translation>
    </message>
    <message>
        <location filename="../processing/aquathermie/wastewaterheat.py" line="153"/>
        <source>Optional radius of the supply area drawn around each source (0 or empty: none) [assumption].</source>
        <translation>Optionele straal van het leveringsgebied rond elke bron (0 of leeg: geen) [aanname].</translation>
    </message>
    <message>
        <location filename="../processing/aquathermie/wastewaterheat.py" line="161"/>
        <source>Waste-water heat</source>
        <translation>Warmte uit afvalwater</translation>
    </message>
    <message>
        <location filename="../processing/aquathermie/wastewaterheat.py" line="161"/>
        <source>The points with flow_m3_day, delta_t, source_gj, delivered_gj, electricity_gj, homes and mw_avg.</source>
        <translation>De punten met flow_m3_day, delta_t, source_gj, delivered_gj, electricity_gj, homes en mw_avg.</translation>
    </message>
    <message>
        <location filename="../processing/aquathermie/wastewaterheat.py" line="168"/>
        <source>Supply areas</source>
        <translation>Leveringsgebieden</translation>
    </message>
    <message>
        <location filename="../processing/aquathermie/wastewaterheat.py" line="168"/>
        <source>Optional: circles of the supply radius, same attributes.</source>
        <translation>Optioneel: cirkels met de leveringsstraal, zelfde attributen.</translation>
    </message>
    <message>
        <location filename="../processing/aquathermie/wastewaterheat.py" line="175"/>
        <source>Total heat from the waste water (GJ/yr)</source>
        <translation>Totale warmte uit het afvalwater (GJ/jaar)</translation>
    </message>
    <message>
        <location filename="../processing/aquathermie/wastewaterheat.py" line="175"/>
        <source>Total delivered heat (GJ/yr)</source>
        <translation>Totale geleverde warmte (GJ/jaar)</translation>
    </message>
    <message>
        <location filename="../processing/aquathermie/wastewaterheat.py" line="175"/>
        <source>Total home-equivalents</source>
        <translation>Totaal aantal woningequivalenten</translation>
    </message>
    <message>
        <location filename="../processing/aquathermie/wastewaterheat.py" line="175"/>
        <source>Number of points skipped</source>
        <translation>Aantal overgeslagen punten</translation>
    </message>
    <message>
        <location filename="../processing/aquathermie/wastewaterheat.py" line="259"/>
        <source>Give a flow field (m³/day) or a flow larger than 0.</source>
        <translation>Geef een debietveld (m³/dag) of een debiet groter dan 0.</translation>
    </message>
    <message>
        <location filename="../processing/aquathermie/wastewaterheat.py" line="280"/>
        <source>no positive flow (field empty and no fallback flow)</source>
        <translation>geen positief debiet (veld leeg en geen vervangend debiet)</translation>
    </message>
    <message>
        <location filename="../processing/aquathermie/wastewaterheat.py" line="366"/>
        <source>{src:,.0f} GJ/yr from the waste water, {dl:,.0f} GJ/yr delivered, {homes:,.0f} home-equivalents.</source>
        <translation>{src:,.0f} GJ/jaar uit het afvalwater, {dl:,.0f} GJ/jaar geleverd, {homes:,.0f} woningequivalenten.</translation>
    </message>
    <message>
        <location filename="../processing/aquathermie/wastewaterheat.py" line="64"/>
        <source>&lt;p&gt;Heat from waste water (TEA, thermal energy from waste water) at treatment plants (AWZI/RWZI), sewage pumping stations or pressure mains.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Formulas&lt;/b&gt;: source = flow (m³/day) × 365 × 4.18 MJ/m³K × ΔT / 1000 (GJ/yr); delivered = source × COP/(COP−1); electricity = delivered/COP; homes = delivered / 33 GJ per home-equivalent; mw_avg = source spread over the year (8,760 h). Defaults: ΔT 4 K (the seed document's 'cooling by 4 degrees'), COP 4 (aquathermie.nl gives 3-5).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Check, AWZI Houtrust&lt;/b&gt; (Delfland: about 79,000 m³/day, 430,000 population equivalents): 79,000 × 365 × 4.18 × 4 = 482,121 GJ (0.48 PJ) from the water, 642,828 GJ delivered with COP 4, 19,480 homes at 33 GJ, on average 15.3 MW. The seed document says 'about 1 PJ, 20,000 homes' (50 GJ per home): right in order of magnitude, 20-35 % optimistic unless wet-weather flow is counted.&lt;/p&gt;&lt;p&gt;The supply radius (optional) draws a circle of where the heat can reasonably go [assumption: small projects a few hundred metres, large ones up to about 5 km].&lt;/p&gt;&lt;p&gt;&lt;b&gt;Bad values&lt;/b&gt;: an empty flow field uses the fallback flow and an empty cooling field the cooling parameter. A point is skipped, with a counted warning, when its flow or cooling is text, zero or negative, or implausibly large (a flow above 10,000,000 m³/day, a cooling above 30 K [assumption]), and when it has no geometry. Skipped points are left out of the output and the totals.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Warmte uit afvalwater (TEA, thermische energie uit afvalwater) bij zuiveringen (AWZI/RWZI), rioolgemalen of persleidingen.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Formules&lt;/b&gt;: bron = debiet (m³/dag) × 365 × 4,18 MJ/m³K × ΔT / 1000 (GJ/jaar); geleverd = bron × COP/(COP−1); elektriciteit = geleverd/COP; woningen = geleverd / 33 GJ per woningequivalent; mw_avg = de bron gespreid over het jaar (8.760 u). Standaardwaarden: ΔT 4 K (het 'afkoelen met 4 graden' uit het brondocument), COP 4 (aquathermie.nl noemt 3-5).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Controle, AWZI Houtrust&lt;/b&gt; (Delfland: ongeveer 79.000 m³/dag, 430.000 inwonerequivalenten): 79.000 × 365 × 4,18 × 4 = 482.121 GJ (0,48 PJ) uit het water, 642.828 GJ geleverd met COP 4, 19.480 woningen bij 33 GJ, gemiddeld 15,3 MW. Het brondocument noemt 'ongeveer 1 PJ, 20.000 woningen' (50 GJ per woning): de goede orde van grootte, 20-35 % optimistisch tenzij het debiet bij regen wordt meegeteld.&lt;/p&gt;&lt;p&gt;De leveringsstraal (optioneel) tekent een cirkel van waar de warmte redelijkerwijs heen kan [aanname: kleine projecten een paar honderd meter, grote tot ongeveer 5 km].&lt;/p&gt;&lt;p&gt;&lt;b&gt;Foute waarden&lt;/b&gt;: bij een leeg debietveld wordt het reservedebiet gebruikt en bij een leeg afkoelingsveld de afkoelingsparameter. Een punt wordt overgeslagen, met een waarschuwing met het aantal, als het debiet of de afkoeling tekst, nul of negatief is, of onaannemelijk groot (een debiet boven 10.000.000 m³/dag, een afkoeling boven 30 K [aanname]), en als het geen geometrie heeft. Overgeslagen punten staan niet in de uitvoer en tellen niet mee in de totalen.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../processing/aquathermie/wastewaterheat.py" line="101"/>
        <source>Flow used where the flow field is missing or empty; 0 skips those points (text in the field is never replaced: that point is skipped).</source>
        <translation>Debiet dat wordt gebruikt waar het debietveld ontbreekt of leeg is; 0 slaat die punten over (tekst in het veld wordt nooit vervangen: dat punt wordt overgeslagen).</translation>
    </message>
    <message>
        <location filename="../processing/aquathermie/wastewaterheat.py" line="118"/>
        <source>Optional numeric field that overrides the cooling per point; where it is empty the cooling parameter is used, where it is text, zero, negative or above 30 K the point is skipped with a warning.</source>
        <translation>Optioneel numeriek veld dat de afkoeling per punt vervangt; waar het leeg is wordt de afkoelingsparameter gebruikt, waar het tekst, nul, negatief of boven 30 K is wordt het punt met een waarschuwing overgeslagen.</translation>
    </message>
    <message>
        <location filename="../processing/aquathermie/wastewaterheat.py" line="282"/>
        <source>text in the flow field</source>
        <translation>tekst in het debietveld</translation>
    </message>
    <message>
        <location filename="../processing/aquathermie/wastewaterheat.py" line="283"/>
        <source>a flow of zero or less</source>
        <translation>een debiet van nul of minder</translation>
    </message>
    <message>
        <location filename="../processing/aquathermie/wastewaterheat.py" line="284"/>
        <source>a flow above {max:,.0f} m³/day (implausible)</source>
        <translation>een debiet boven {max:,.0f} m³/dag (onaannemelijk)</translation>
    </message>
    <message>
        <location filename="../processing/aquathermie/wastewaterheat.py" line="287"/>
        <source>text in the cooling field</source>
        <translation>tekst in het afkoelingsveld</translation>
    </message>
    <message>
        <location filename="../processing/aquathermie/wastewaterheat.py" line="288"/>
        <source>a cooling of zero or less</source>
        <translation>een afkoeling van nul of minder</translation>
    </message>
    <message>
        <location filename="../processing/aquathermie/wastewaterheat.py" line="289"/>
        <source>a cooling above {max:,.0f} K (implausible)</source>
        <translation>een afkoeling boven {max:,.0f} K (onaannemelijk)</translation>
    </message>
    <message>
        <location filename="../processing/aquathermie/wastewaterheat.py" line="295"/>
        <source>The input layer is empty: nothing to compute.</source>
        <translation>De invoerlaag is leeg: er is niets te berekenen.</translation>
    </message>
    <message>
        <location filename="../processing/aquathermie/wastewaterheat.py" line="297"/>
        <source>source without a geometry</source>
        <translation>bron zonder geometrie</translation>
    </message>
    <message>
        <location filename="../processing/aquathermie/wastewaterheat.py" line="364"/>
        <source>No source could be computed.</source>
        <translation>Er kon geen enkele bron worden berekend.</translation>
    </message>
</context>
</TS>
