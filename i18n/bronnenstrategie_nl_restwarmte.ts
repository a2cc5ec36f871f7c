<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>WosSiting</name>
    <message>
        <location filename="../processing/restwarmte/wossiting.py" line="218"/>
        <source>Siting heat transfer stations (WOS)</source>
        <translation>Locatiekeuze warmteoverdrachtsstations (WOS)</translation>
    </message>
    <message>
        <location filename="../processing/restwarmte/wossiting.py" line="221"/>
        <source>Suitability raster and ranked candidate sites for heat transfer stations along a residual-heat transport main such as WarmtelinQ.</source>
        <translation>Geschiktheidsraster en gerangschikte kandidaatlocaties voor warmteoverdrachtsstations langs een transportleiding voor restwarmte zoals WarmtelinQ.</translation>
    </message>
    <message>
        <location filename="../processing/restwarmte/wossiting.py" line="227"/>
        <source>&lt;p&gt;Finds and ranks sites for heat transfer stations (warmteoverdrachtsstations, WOS) where a residual-heat transport main (such as WarmtelinQ, Rotterdam - Den Haag) hands its heat over to a district-heating network, and writes the whole suitability surface as a GeoTIFF.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Score&lt;/b&gt; of each raster cell (0..1):&lt;br&gt;score = Σ w_i · (1 − min(d_i / dmax_i, 1)) / Σ w_used&lt;br&gt;with d the distance to the transport main and to the heat network, and for demand the demand within the demand radius divided by its maximum in the study area. Criteria without a layer are left out of the sum. Cells farther than the maximum distance to the main score 0 [assumption]. Distances are measured between cell centres with a Euclidean distance transform: accurate to about one cell.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Excluded&lt;/b&gt; (nodata): cells outside the study area, cells closer than the building distance to a building (edge to edge, counting every cell a building touches as building, so the margin is kept or exceeded by up to one cell), and cells touched by, or closer than the exclusion distance to, an exclusion layer (water, protected areas, the pipeline strip).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Sites&lt;/b&gt;: a plot is a rectangle of whole cells of at least the minimum plot area. The plot with the highest mean score is site 1; its polygon is the connected patch of usable cells around it whose score lies within the score tolerance of the plot's score, up to half the minimum separation from the plot's centre. The next site lies at least the minimum separation from every earlier one, and so on. With a candidates layer (parcels, municipal land) the candidates are scored instead: the mean score of their usable cells; a candidate needs the minimum plot area of usable cells.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Defaults&lt;/b&gt;: no published siting rules for a WOS were found, so all are assumptions [A] and parameters: within 500 m of the main, within 1,000 m of the network, demand within 1,000 m, weights 0.4 / 0.4 / 0.2, plot 2,000 m² (plots of 1,000-2,500 m²), 50 m from homes (a margin on the VNG list's 30 m for pump stations of pipelines, category 2, used as a proxy), 500 m between sites. Context: WarmtelinQ brings 2 PJ of residual heat to Den Haag; WOS are needed at the CR-plein, in Zuidwest and in Ypenburg (Bronnenstrategie).&lt;/p&gt;&lt;p&gt;Layers in a geographic CRS are computed in metres (RD New for Dutch data); the sites keep the study area's CRS. The raster is written in the study area's CRS when that is in metres, otherwise in the metric CRS used.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Zoekt en rangschikt locaties voor warmteoverdrachtsstations (WOS), waar een transportleiding voor restwarmte (zoals WarmtelinQ, Rotterdam - Den Haag) haar warmte overdraagt aan een warmtenet, en schrijft het hele geschiktheidsoppervlak als GeoTIFF.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Score&lt;/b&gt; van elke rastercel (0..1):&lt;br&gt;score = Σ w_i · (1 − min(d_i / dmax_i, 1)) / Σ w_gebruikt&lt;br&gt;met d de afstand tot de transportleiding en tot het warmtenet, en voor de vraag de warmtevraag binnen de vraagstraal gedeeld door het maximum daarvan in het studiegebied. Criteria zonder laag tellen niet mee in de som. Cellen verder dan de maximale afstand tot de transportleiding krijgen score 0 [aanname]. Afstanden worden gemeten tussen celmiddens met een Euclidische afstandstransformatie: nauwkeurig tot op ongeveer één cel.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Uitgesloten&lt;/b&gt; (nodata): cellen buiten het studiegebied, cellen dichter dan de afstand tot woningen bij een gebouw (rand tot rand, waarbij elke cel die een gebouw raakt als gebouw telt, zodat de marge gehaald of met hoogstens één cel overschreden wordt), en cellen die een uitsluitingslaag (water, beschermde gebieden, de leidingstrook) raken of er dichter dan de uitsluitingsafstand bij liggen.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Locaties&lt;/b&gt;: een kavel is een rechthoek van hele cellen van ten minste de minimale kaveloppervlakte. De kavel met de hoogste gemiddelde score is locatie 1; het polygoon daarvan is het samenhangende gebied van bruikbare cellen eromheen waarvan de score binnen de scoretolerantie van de score van de kavel ligt, tot de helft van de minimale onderlinge afstand vanaf het midden van de kavel. De volgende locatie ligt ten minste de minimale onderlinge afstand van elke eerdere, enzovoort. Met een laag kandidaten (percelen, gemeentegrond) worden in plaats daarvan de kandidaten gescoord: de gemiddelde score van hun bruikbare cellen; een kandidaat heeft ten minste de minimale kaveloppervlakte aan bruikbare cellen nodig.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Standaardwaarden&lt;/b&gt;: er zijn geen gepubliceerde regels voor de locatiekeuze van een WOS gevonden, dus alle zijn aannames [A] en parameters: binnen 500 m van de transportleiding, binnen 1.000 m van het warmtenet, vraag binnen 1.000 m, gewichten 0,4 / 0,4 / 0,2, kavel 2.000 m² (kavels van 1.000-2.500 m²), 50 m van woningen (een marge op de 30 m van de VNG-lijst voor pompstations van buisleidingen, categorie 2, gebruikt als benadering), 500 m tussen locaties. Context: WarmtelinQ brengt 2 PJ restwarmte naar Den Haag; er zijn WOS nodig op het CR-plein, in Zuidwest en in Ypenburg (Bronnenstrategie).&lt;/p&gt;&lt;p&gt;Lagen in een geografisch CRS worden in meters berekend (RD New voor Nederlandse data); de locaties houden het CRS van het studiegebied. Het raster wordt in het CRS van het studiegebied geschreven als dat in meters is, anders in het gebruikte metrische CRS.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../processing/restwarmte/wossiting.py" line="268"/>
        <source>Study area</source>
        <translation>Studiegebied</translation>
    </message>
    <message>
        <location filename="../processing/restwarmte/wossiting.py" line="268"/>
        <source>Polygon(s) of the area to search; the raster covers their extent.</source>
        <translation>Polygo(o)n(en) van het gebied waarin gezocht wordt; het raster beslaat hun omvang.</translation>
    </message>
    <message>
        <location filename="../processing/restwarmte/wossiting.py" line="272"/>
        <source>Transport main</source>
        <translation>Transportleiding</translation>
    </message>
    <message>
        <location filename="../processing/restwarmte/wossiting.py" line="272"/>
        <source>Lines of the residual-heat transport main (e.g. the WarmtelinQ route).</source>
        <translation>Lijnen van de transportleiding voor restwarmte (bijvoorbeeld het tracé van WarmtelinQ).</translation>
    </message>
    <message>
        <location filename="../processing/restwarmte/wossiting.py" line="278"/>
        <source>Maximum distance to the main</source>
        <translation>Maximale afstand tot de transportleiding</translation>
    </message>
    <message>
        <location filename="../processing/restwarmte/wossiting.py" line="278"/>
        <source>Beyond this distance (m) from the main a cell scores 0; closer, the main&apos;s term falls linearly from 1 at the main to 0 here. Default 500 m [assumption].</source>
        <translation>Verder dan deze afstand (m) van de transportleiding krijgt een cel score 0; dichterbij daalt de term van de leiding lineair van 1 bij de leiding tot 0 op deze afstand. Standaard 500 m [aanname].</translation>
    </message>
    <message>
        <location filename="../processing/restwarmte/wossiting.py" line="289"/>
        <source>Heat network</source>
        <translation>Warmtenet</translation>
    </message>
    <message>
        <location filename="../processing/restwarmte/wossiting.py" line="289"/>
        <source>Optional lines of existing or planned district-heating networks to feed.</source>
        <translation>Optioneel: lijnen van bestaande of geplande warmtenetten die gevoed moeten worden.</translation>
    </message>
    <message>
        <location filename="../processing/restwarmte/wossiting.py" line="295"/>
        <source>Maximum distance to the network</source>
        <translation>Maximale afstand tot het warmtenet</translation>
    </message>
    <message>
        <location filename="../processing/restwarmte/wossiting.py" line="295"/>
        <source>Distance (m) at which the network&apos;s term reaches 0. Default 1,000 m [assumption].</source>
        <translation>Afstand (m) waarop de term van het warmtenet 0 wordt. Standaard 1.000 m [aanname].</translation>
    </message>
    <message>
        <location filename="../processing/restwarmte/wossiting.py" line="305"/>
        <source>Heat demand</source>
        <translation>Warmtevraag</translation>
    </message>
    <message>
        <location filename="../processing/restwarmte/wossiting.py" line="305"/>
        <source>Optional polygons or points with a heat demand in GJ/yr (e.g. high-temperature neighbourhoods). A polygon spreads its demand evenly over its area.</source>
        <translation>Optioneel: polygonen of punten met een warmtevraag in GJ/jaar (bijvoorbeeld hogetemperatuurbuurten). Een polygoon verdeelt zijn vraag gelijkmatig over zijn oppervlak.</translation>
    </message>
    <message>
        <location filename="../processing/restwarmte/wossiting.py" line="317"/>
        <source>Demand field (GJ/yr)</source>
        <translation>Veld warmtevraag (GJ/jaar)</translation>
    </message>
    <message>
        <location filename="../processing/restwarmte/wossiting.py" line="317"/>
        <source>Field of the demand layer with the heat demand in GJ per year.</source>
        <translation>Veld van de vraaglaag met de warmtevraag in GJ per jaar.</translation>
    </message>
    <message>
        <location filename="../processing/restwarmte/wossiting.py" line="324"/>
        <source>Demand radius</source>
        <translation>Vraagstraal</translation>
    </message>
    <message>
        <location filename="../processing/restwarmte/wossiting.py" line="324"/>
        <source>The demand criterion of a cell is the demand within this distance (m). Default 1,000 m [assumption].</source>
        <translation>Het vraagcriterium van een cel is de warmtevraag binnen deze afstand (m). Standaard 1.000 m [aanname].</translation>
    </message>
    <message>
        <location filename="../processing/restwarmte/wossiting.py" line="334"/>
        <source>Homes (buildings)</source>
        <translation>Woningen (gebouwen)</translation>
    </message>
    <message>
        <location filename="../processing/restwarmte/wossiting.py" line="334"/>
        <source>Optional homes or other sensitive buildings, as polygons or points.</source>
        <translation>Optioneel: woningen of andere gevoelige gebouwen, als polygonen of punten.</translation>
    </message>
    <message>
        <location filename="../processing/restwarmte/wossiting.py" line="342"/>
        <source>Distance to homes</source>
        <translation>Afstand tot woningen</translation>
    </message>
    <message>
        <location filename="../processing/restwarmte/wossiting.py" line="342"/>
        <source>Minimum distance (m) between a site and a home. Default 50 m [assumption: a margin on the 30 m of the VNG list for pump stations of pipelines, SBI 603, category 2, used as a proxy].</source>
        <translation>Minimale afstand (m) tussen een locatie en een woning. Standaard 50 m [aanname: een marge op de 30 m van de VNG-lijst voor pompstations van buisleidingen, SBI 603, categorie 2, gebruikt als benadering].</translation>
    </message>
    <message>
        <location filename="../processing/restwarmte/wossiting.py" line="353"/>
        <source>Exclusion layers</source>
        <translation>Uitsluitingslagen</translation>
    </message>
    <message>
        <location filename="../processing/restwarmte/wossiting.py" line="353"/>
        <source>Optional layers where no station may stand: water, protected areas, the pipeline strip where nothing may be built, ...</source>
        <translation>Optioneel: lagen waar geen station mag staan: water, beschermde gebieden, de leidingstrook waar niet gebouwd mag worden, ...</translation>
    </message>
    <message>
        <location filename="../processing/restwarmte/wossiting.py" line="363"/>
        <source>Distance to exclusions</source>
        <translation>Afstand tot uitsluitingen</translation>
    </message>
    <message>
        <location filename="../processing/restwarmte/wossiting.py" line="363"/>
        <source>Extra distance (m) kept from the exclusion layers. Default 0.</source>
        <translation>Extra afstand (m) die tot de uitsluitingslagen wordt aangehouden. Standaard 0.</translation>
    </message>
    <message>
        <location filename="../processing/restwarmte/wossiting.py" line="370"/>
        <source>Weight of the main</source>
        <translation>Gewicht transportleiding</translation>
    </message>
    <message>
        <location filename="../processing/restwarmte/wossiting.py" line="370"/>
        <source>Weight of the network</source>
        <translation>Gewicht warmtenet</translation>
    </message>
    <message>
        <location filename="../processing/restwarmte/wossiting.py" line="370"/>
        <source>Weight of the demand</source>
        <translation>Gewicht warmtevraag</translation>
    </message>
    <message>
        <location filename="../processing/restwarmte/wossiting.py" line="375"/>
        <source>Relative weight of this criterion in the score; only the weights of the criteria with a layer count. Defaults 0.4 main, 0.4 network, 0.2 demand [assumption].</source>
        <translation>Relatief gewicht van dit criterium in de score; alleen de gewichten van criteria met een laag tellen mee. Standaard 0,4 transportleiding, 0,4 warmtenet, 0,2 vraag [aanname].</translation>
    </message>
    <message>
        <location filename="../processing/restwarmte/wossiting.py" line="387"/>
        <source>Cell size (m)</source>
        <translation>Celgrootte (m)</translation>
    </message>
    <message>
        <location filename="../processing/restwarmte/wossiting.py" line="387"/>
        <source>Cell size of the suitability raster in metres. Default 10 m: a city of 100 km² is 1 million cells and takes seconds.</source>
        <translation>Celgrootte van het geschiktheidsraster in meters. Standaard 10 m: een stad van 100 km² is 1 miljoen cellen en kost enkele seconden.</translation>
    </message>
    <message>
        <location filename="../processing/restwarmte/wossiting.py" line="397"/>
        <source>Minimum plot area (m²)</source>
        <translation>Minimale kaveloppervlakte (m²)</translation>
    </message>
    <message>
        <location filename="../processing/restwarmte/wossiting.py" line="397"/>
        <source>Area a station needs, in m². Default 2,000 m² [assumption; plots of 1,000-2,500 m²].</source>
        <translation>Oppervlakte die een station nodig heeft, in m². Standaard 2.000 m² [aanname; kavels van 1.000-2.500 m²].</translation>
    </message>
    <message>
        <location filename="../processing/restwarmte/wossiting.py" line="408"/>
        <source>Number of sites</source>
        <translation>Aantal locaties</translation>
    </message>
    <message>
        <location filename="../processing/restwarmte/wossiting.py" line="408"/>
        <source>How many ranked sites to return (at most). Default 5.</source>
        <translation>Hoeveel gerangschikte locaties er (hoogstens) worden teruggegeven. Standaard 5.</translation>
    </message>
    <message>
        <location filename="../processing/restwarmte/wossiting.py" line="415"/>
        <source>Minimum separation between sites</source>
        <translation>Minimale afstand tussen locaties</translation>
    </message>
    <message>
        <location filename="../processing/restwarmte/wossiting.py" line="415"/>
        <source>Centres of two sites lie at least this far apart (m), so that the second site is not a neighbour of the best. Default 500 m [assumption].</source>
        <translation>De middens van twee locaties liggen ten minste zo ver uit elkaar (m), zodat de tweede locatie geen buurcel van de beste is. Standaard 500 m [aanname].</translation>
    </message>
    <message>
        <location filename="../processing/restwarmte/wossiting.py" line="425"/>
        <source>Score tolerance of a site&apos;s patch</source>
        <translation>Scoretolerantie van het gebied van een locatie</translation>
    </message>
    <message>
        <location filename="../processing/restwarmte/wossiting.py" line="425"/>
        <source>A site&apos;s polygon takes in the connected cells whose score is at most this much below the plot&apos;s score. Default 0.05 [assumption].</source>
        <translation>Het polygoon van een locatie omvat de samenhangende cellen waarvan de score hoogstens zoveel onder de score van de kavel ligt. Standaard 0,05 [aanname].</translation>
    </message>
    <message>
        <location filename="../processing/restwarmte/wossiting.py" line="437"/>
        <source>Candidate parcels</source>
        <translation>Kandidaatpercelen</translation>
    </message>
    <message>
        <location filename="../processing/restwarmte/wossiting.py" line="437"/>
        <source>Optional parcels (e.g. municipal land). When given, these are scored and ranked instead of searching the raster for patches.</source>
        <translation>Optioneel: percelen (bijvoorbeeld gemeentegrond). Als ze gegeven zijn, worden deze gescoord en gerangschikt in plaats van het raster te doorzoeken.</translation>
    </message>
    <message>
        <location filename="../processing/restwarmte/wossiting.py" line="446"/>
        <source>Suitability raster</source>
        <translation>Geschiktheidsraster</translation>
    </message>
    <message>
        <location filename="../processing/restwarmte/wossiting.py" line="446"/>
        <source>GeoTIFF with the score 0..1 of every cell; excluded cells and cells outside the study area are nodata (-9999).</source>
        <translation>GeoTIFF met de score 0..1 van elke cel; uitgesloten cellen en cellen buiten het studiegebied zijn nodata (-9999).</translation>
    </message>
    <message>
        <location filename="../processing/restwarmte/wossiting.py" line="455"/>
        <source>WOS sites</source>
        <translation>WOS-locaties</translation>
    </message>
    <message>
        <location filename="../processing/restwarmte/wossiting.py" line="455"/>
        <source>The ranked sites: rank, score, area_m2, dist_main and dist_network (m, least over the plot), demand_gj (GJ/yr within the demand radius) and why (the reasons in words). In candidates mode the candidate&apos;s fields are kept.</source>
        <translation>De gerangschikte locaties: rank (rang), score, area_m2 (oppervlakte), dist_main en dist_network (m, kleinste over de kavel), demand_gj (GJ/jaar binnen de vraagstraal) en why (de redenen in woorden). Met kandidaten blijven de velden van de kandidaat behouden.</translation>
    </message>
    <message>
        <location filename="../processing/restwarmte/wossiting.py" line="465"/>
        <source>Number of sites found</source>
        <translation>Aantal gevonden locaties</translation>
    </message>
    <message>
        <location filename="../processing/restwarmte/wossiting.py" line="466"/>
        <source>Score of the best site</source>
        <translation>Score van de beste locatie</translation>
    </message>
    <message>
        <location filename="../processing/restwarmte/wossiting.py" line="541"/>
        <source>{layer}: no geometry</source>
        <translation>{layer}: geen geometrie</translation>
    </message>
    <message>
        <location filename="../processing/restwarmte/wossiting.py" line="547"/>
        <source>{layer}: cannot be transformed</source>
        <translation>{layer}: kan niet getransformeerd worden</translation>
    </message>
    <message>
        <location filename="../processing/restwarmte/wossiting.py" line="509"/>
        <source>{layer}: unreadable geometry</source>
        <translation>{layer}: onleesbare geometrie</translation>
    </message>
    <message>
        <location filename="../processing/restwarmte/wossiting.py" line="516"/>
        <source>{layer}: demand is empty, not a number or negative</source>
        <translation>{layer}: warmtevraag is leeg, geen getal of negatief</translation>
    </message>
    <message>
        <location filename="../processing/restwarmte/wossiting.py" line="588"/>
        <source>more than {d:.0f} m from the main</source>
        <translation>meer dan {d:.0f} m van de transportleiding</translation>
    </message>
    <message>
        <location filename="../processing/restwarmte/wossiting.py" line="590"/>
        <source>{d:.0f} m from the main</source>
        <translation>{d:.0f} m van de transportleiding</translation>
    </message>
    <message>
        <location filename="../processing/restwarmte/wossiting.py" line="593"/>
        <source>no network nearby</source>
        <translation>geen warmtenet in de buurt</translation>
    </message>
    <message>
        <location filename="../processing/restwarmte/wossiting.py" line="595"/>
        <source>{d:.0f} m from the network</source>
        <translation>{d:.0f} m van het warmtenet</translation>
    </message>
    <message>
        <location filename="../processing/restwarmte/wossiting.py" line="598"/>
        <source>{tj} TJ demand within {r:.0f} m</source>
        <translation>{tj} TJ warmtevraag binnen {r:.0f} m</translation>
    </message>
    <message>
        <location filename="../processing/restwarmte/wossiting.py" line="638"/>
        <source>Distances are computed in {crs}.</source>
        <translation>Afstanden worden berekend in {crs}.</translation>
    </message>
    <message>
        <location filename="../processing/restwarmte/wossiting.py" line="641"/>
        <source>study area</source>
        <translation>studiegebied</translation>
    </message>
    <message>
        <location filename="../processing/restwarmte/wossiting.py" line="643"/>
        <source>The study area layer has no usable polygon.</source>
        <translation>De laag studiegebied heeft geen bruikbaar polygoon.</translation>
    </message>
    <message>
        <location filename="../processing/restwarmte/wossiting.py" line="659"/>
        <source>main</source>
        <translation>transportleiding</translation>
    </message>
    <message>
        <location filename="../processing/restwarmte/wossiting.py" line="661"/>
        <source>The transport main has no line within {d:.0f} m of the study area: no cell can be suitable. Check the layers and the maximum distance to the main.</source>
        <translation>De transportleiding heeft geen lijn binnen {d:.0f} m van het studiegebied: geen enkele cel kan geschikt zijn. Controleer de lagen en de maximale afstand tot de transportleiding.</translation>
    </message>
    <message>
        <location filename="../processing/restwarmte/wossiting.py" line="667"/>
        <source>network</source>
        <translation>warmtenet</translation>
    </message>
    <message>
        <location filename="../processing/restwarmte/wossiting.py" line="670"/>
        <source>The heat network has no line near the study area; its criterion scores 0 everywhere.</source>
        <translation>Het warmtenet heeft geen lijn bij het studiegebied; het criterium scoort overal 0.</translation>
    </message>
    <message>
        <location filename="../processing/restwarmte/wossiting.py" line="675"/>
        <source>demand</source>
        <translation>warmtevraag</translation>
    </message>
    <message>
        <location filename="../processing/restwarmte/wossiting.py" line="678"/>
        <source>No demand near the study area; the demand criterion is left out.</source>
        <translation>Geen warmtevraag bij het studiegebied; het vraagcriterium telt niet mee.</translation>
    </message>
    <message>
        <location filename="../processing/restwarmte/wossiting.py" line="683"/>
        <source>homes</source>
        <translation>woningen</translation>
    </message>
    <message>
        <location filename="../processing/restwarmte/wossiting.py" line="688"/>
        <source>Exclusion layer {name} is not a vector layer; ignored.</source>
        <translation>Uitsluitingslaag {name} is geen vectorlaag; genegeerd.</translation>
    </message>
    <message>
        <location filename="../processing/restwarmte/wossiting.py" line="697"/>
        <source>candidates</source>
        <translation>kandidaten</translation>
    </message>
    <message>
        <location filename="../processing/restwarmte/wossiting.py" line="729"/>
        <source>The study area&apos;s CRS is not in metres: the raster is written in {crs}.</source>
        <translation>Het CRS van het studiegebied is niet in meters: het raster wordt geschreven in {crs}.</translation>
    </message>
    <message>
        <location filename="../processing/restwarmte/wossiting.py" line="778"/>
        <source>No site found: no plot of {a:.0f} m² of usable cells with a score above 0. Check the exclusions, the distance to homes and the maximum distance to the main.</source>
        <translation>Geen locatie gevonden: geen kavel van {a:.0f} m² bruikbare cellen met een score boven 0. Controleer de uitsluitingen, de afstand tot woningen en de maximale afstand tot de transportleiding.</translation>
    </message>
    <message>
        <location filename="../processing/restwarmte/wossiting.py" line="783"/>
        <source>{n} site(s); best score {s:.3f}: {why}</source>
        <translation>{n} locatie(s); beste score {s:.3f}: {why}</translation>
    </message>
    <message>
        <location filename="../processing/restwarmte/wossiting.py" line="654"/>
        <source>The raster would have {cells:,.0f} cells (with the margin for the distances), more than {max:,.0f}: choose a larger cell size or a smaller study area.</source>
        <translation>Het raster zou {cells:,.0f} cellen krijgen (met de marge voor de afstanden), meer dan {max:,.0f}: kies een grotere celgrootte of een kleiner studiegebied.</translation>
    </message>
    <message>
        <location filename="../processing/restwarmte/wossiting.py" line="703"/>
        <source>The weights of the criteria used add up to 0: give at least one a weight.</source>
        <translation>De gewichten van de gebruikte criteria tellen op tot 0: geef ten minste één criterium een gewicht.</translation>
    </message>
    <message>
        <location filename="../processing/restwarmte/wossiting.py" line="719"/>
        <source>The siting could not be computed: {error}</source>
        <translation>De locatiekeuze kon niet berekend worden: {error}</translation>
    </message>
    <message>
        <location filename="../processing/restwarmte/wossiting.py" line="772"/>
        <source>{n} candidate(s) left out: less than {a:.0f} m² of usable cells with a score above 0 (after exclusions, inside the study area, within the maximum distance to the main).</source>
        <translation>{n} kandidaat/kandidaten weggelaten: minder dan {a:.0f} m² bruikbare cellen met een score boven 0 (na uitsluitingen, binnen het studiegebied, binnen de maximale afstand tot de transportleiding).</translation>
    </message>
</context>
</TS>
