<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>GeothermalBuffers</name>
    <message>
        <location filename="../processing/geothermie/geothermalbuffers.py" line="201"/>
        <source>Geothermal location buffers, footprints and conflicts</source>
        <translation>Geothermie: buffers, voetafdrukken en conflicten van locaties</translation>
    </message>
    <message>
        <location filename="../processing/geothermie/geothermalbuffers.py" line="204"/>
        <source>Surface sites, noise contour, reservoir footprints, capacity and overlapping claims of deep geothermal (search) locations.</source>
        <translation>Terreinen, geluidscontour, reservoirvoetafdrukken, capaciteit en overlappende claims van (zoek)locaties voor geothermie.</translation>
    </message>
    <message>
        <location filename="../processing/geothermie/geothermalbuffers.py" line="210"/>
        <source>&lt;p&gt;For every deep geothermal location (a point, or a polygon search area whose centroid is used for the wells) this algorithm draws the space it claims above and below ground, computes what it can deliver and finds where claims of different locations collide.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Surface&lt;/b&gt;: a drilling site and a permanent site, circles of the given areas on the location (a polygon search area is kept as kind &apos;search_area&apos;); the noise contour is the drilling site buffered by the noise distance, and counts the sensitive objects (homes, schools) that intersect it.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Capacity&lt;/b&gt; per doublet: P = Q x c_w x dT (MW, Q in m3/s); heat = P x full-load hours (TJ/yr); homes = heat / GJ per home-equivalent. With Q 250 m3/h and dT 40 K: 11.61 MW, 250.8 TJ/yr, 7,600 homes. A double doublet doubles these. The capacity fields are repeated on every site feature of a location: sum them over kind = &apos;permanent_site&apos; only (the output numbers give the totals).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Reservoir footprint&lt;/b&gt; per doublet: the producer-injector segment of length &apos;well spacing&apos;, centred on the location along the azimuth, buffered by the cold-front radius after the lifetime: r_cf = sqrt(c_w V / (pi H c_aq)), V = Q x hours x years, c_aq = n c_w + (1 - n) c_rock. Defaults: c_aq = 2.715 MJ/m3K, r_cf = 469.6 m; area = 2 r_cf L + pi r_cf^2. &lt;b&gt;Conflicts&lt;/b&gt; are the overlaps of the footprints of different locations.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Sources&lt;/b&gt;: well spacing 1,300 m, reservoir 2,300 m deep and 100 m thick, porosity 0.21, rock 2,720 kg/m3 x 855 J/kgK, 6,000 full-load hours and 30 years are the TNO reference case (Willems et al. 2017); 300 m is the Barmm 2008 noise check distance; 8,000 homes per doublet (and double for a double doublet) is the Bronnenstrategie (footnote 6), which with 15 sources for 4 PJ gives the shared 33 GJ per home-equivalent. &lt;b&gt;Assumptions&lt;/b&gt; [A]: the drilling site area (1 ha) and permanent site area (2,500 m2), the noise contour measured from the edge of the drilling site, the straight producer-injector line centred on the location, and the double-doublet layout: the second footprint is offset by the well spacing perpendicular to the azimuth, to the right (azimuth + 90 degrees). The reservoir depth is recorded in the output; the formulas do not use it.&lt;/p&gt;&lt;p&gt;Invalid field values (a category other than 0-3, an azimuth outside 0-360, a number of doublets other than 1 or 2) are replaced (category: empty; azimuth and doublets: the parameter value) and counted in a warning.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Voor elke locatie voor diepe geothermie (een punt, of een zoekgebied als vlak waarvan het zwaartepunt voor de putten wordt gebruikt) tekent dit algoritme de ruimte die de locatie boven en onder de grond claimt, berekent wat ze kan leveren en zoekt waar claims van verschillende locaties botsen.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Maaiveld&lt;/b&gt;: een boorterrein en een permanent terrein, cirkels met de opgegeven oppervlakten op de locatie (een zoekgebied als vlak blijft behouden als soort 'search_area'); de geluidscontour is het boorterrein gebufferd met de geluidsafstand en telt de gevoelige objecten (woningen, scholen) die de contour raken.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Capaciteit&lt;/b&gt; per doublet: P = Q x c_w x dT (MW, Q in m3/s); warmte = P x vollasturen (TJ/jaar); woningen = warmte / GJ per woningequivalent. Met Q 250 m3/h en dT 40 K: 11,61 MW, 250,8 TJ/jaar, 7.600 woningen. Een dubbel doublet verdubbelt deze waarden. De capaciteitsvelden staan op elk terreinobject van een locatie: tel ze alleen op over soort = 'permanent_site' (de uitvoergetallen geven de totalen).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Reservoirvoetafdruk&lt;/b&gt; per doublet: het lijnstuk producent-injector met lengte 'putafstand', gecentreerd op de locatie langs het azimut, gebufferd met de straal van het koudefront na de levensduur: r_cf = sqrt(c_w V / (pi H c_aq)), V = Q x uren x jaren, c_aq = n c_w + (1 - n) c_gesteente. Standaard: c_aq = 2,715 MJ/m3K, r_cf = 469,6 m; oppervlakte = 2 r_cf L + pi r_cf^2. &lt;b&gt;Conflicten&lt;/b&gt; zijn de overlappingen van voetafdrukken van verschillende locaties.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Bronnen&lt;/b&gt;: putafstand 1.300 m, reservoir op 2.300 m diepte en 100 m dik, porositeit 0,21, gesteente 2.720 kg/m3 x 855 J/kgK, 6.000 vollasturen en 30 jaar zijn de TNO-referentiecase (Willems et al. 2017); 300 m is de toetsafstand voor geluid uit het Barmm 2008; 8.000 woningen per doublet (en het dubbele voor een dubbel doublet) komt uit de Bronnenstrategie (voetnoot 6), wat met 15 bronnen voor 4 PJ de gedeelde 33 GJ per woningequivalent geeft. &lt;b&gt;Aannames&lt;/b&gt; [A]: de oppervlakte van het boorterrein (1 ha) en van het permanente terrein (2.500 m2), de geluidscontour gemeten vanaf de rand van het boorterrein, de rechte lijn producent-injector gecentreerd op de locatie, en de opzet van een dubbel doublet: de tweede voetafdruk ligt de putafstand loodrecht op het azimut verschoven, naar rechts (azimut + 90 graden). De reservoirdiepte wordt in de uitvoer vastgelegd; de formules gebruiken haar niet.&lt;/p&gt;&lt;p&gt;Ongeldige veldwaarden (een categorie anders dan 0-3, een azimut buiten 0-360, een aantal doubletten anders dan 1 of 2) worden vervangen (categorie: leeg; azimut en doubletten: de parameterwaarde) en in een waarschuwing geteld.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../processing/geothermie/geothermalbuffers.py" line="249"/>
        <source>Geothermal locations</source>
        <translation>Geothermielocaties</translation>
    </message>
    <message>
        <location filename="../processing/geothermie/geothermalbuffers.py" line="249"/>
        <source>Points (well sites) or polygons (search areas; the centroid is used for the wells and the polygon is kept as the search area).</source>
        <translation>Punten (putlocaties) of vlakken (zoekgebieden; het zwaartepunt wordt voor de putten gebruikt en het vlak blijft behouden als zoekgebied).</translation>
    </message>
    <message>
        <location filename="../processing/geothermie/geothermalbuffers.py" line="260"/>
        <source>Name field</source>
        <translation>Veld met naam</translation>
    </message>
    <message>
        <location filename="../processing/geothermie/geothermalbuffers.py" line="260"/>
        <source>Name of the location; empty: &apos;location &lt;feature id&gt;&apos;.</source>
        <translation>Naam van de locatie; leeg: 'locatie &lt;object-id&gt;'.</translation>
    </message>
    <message>
        <location filename="../processing/geothermie/geothermalbuffers.py" line="260"/>
        <source>Category field</source>
        <translation>Veld met categorie</translation>
    </message>
    <message>
        <location filename="../processing/geothermie/geothermalbuffers.py" line="260"/>
        <source>0 = operational, 1 = designated location, 2 and 3 = search locations (Bronnenstrategie). Other values are written as empty with a warning.</source>
        <translation>0 = in bedrijf, 1 = aangewezen locatie, 2 en 3 = zoeklocaties (Bronnenstrategie). Andere waarden worden leeg weggeschreven, met een waarschuwing.</translation>
    </message>
    <message>
        <location filename="../processing/geothermie/geothermalbuffers.py" line="260"/>
        <source>Doublets field</source>
        <translation>Veld met aantal doubletten</translation>
    </message>
    <message>
        <location filename="../processing/geothermie/geothermalbuffers.py" line="260"/>
        <source>1 = doublet, 2 = double doublet. Empty: the &apos;Doublets&apos; parameter; other values: the parameter, with a warning.</source>
        <translation>1 = doublet, 2 = dubbel doublet. Leeg: de parameter 'Doubletten'; andere waarden: de parameter, met een waarschuwing.</translation>
    </message>
    <message>
        <location filename="../processing/geothermie/geothermalbuffers.py" line="260"/>
        <source>Azimuth field</source>
        <translation>Veld met azimut</translation>
    </message>
    <message>
        <location filename="../processing/geothermie/geothermalbuffers.py" line="260"/>
        <source>Direction of the producer-injector line at reservoir depth, degrees clockwise from north (0-360). Empty: the &apos;Azimuth&apos; parameter; values outside 0-360: the parameter, with a warning.</source>
        <translation>Richting van de lijn producent-injector op reservoirdiepte, in graden met de klok mee vanaf het noorden (0-360). Leeg: de parameter 'Azimut'; waarden buiten 0-360: de parameter, met een waarschuwing.</translation>
    </message>
    <message>
        <location filename="../processing/geothermie/geothermalbuffers.py" line="281"/>
        <source>Doublets (when no field value)</source>
        <translation>Doubletten (zonder veldwaarde)</translation>
    </message>
    <message>
        <location filename="../processing/geothermie/geothermalbuffers.py" line="281"/>
        <source>1 = doublet, 2 = double doublet (doubles power, heat and homes and adds a second reservoir footprint).</source>
        <translation>1 = doublet, 2 = dubbel doublet (verdubbelt vermogen, warmte en woningen en voegt een tweede reservoirvoetafdruk toe).</translation>
    </message>
    <message>
        <location filename="../processing/geothermie/geothermalbuffers.py" line="290"/>
        <source>Azimuth of the well line (when no field value)</source>
        <translation>Azimut van de putlijn (zonder veldwaarde)</translation>
    </message>
    <message>
        <location filename="../processing/geothermie/geothermalbuffers.py" line="290"/>
        <source>Degrees clockwise from north; 0 = producer and injector north-south [A: the real trajectory comes from the operator&apos;s well plan].</source>
        <translation>Graden met de klok mee vanaf het noorden; 0 = producent en injector noord-zuid [A: het echte boortraject komt uit het putontwerp van de operator].</translation>
    </message>
    <message>
        <location filename="../processing/geothermie/geothermalbuffers.py" line="298"/>
        <source>Drilling site area (m2)</source>
        <translation>Oppervlakte boorterrein (m2)</translation>
    </message>
    <message>
        <location filename="../processing/geothermie/geothermalbuffers.py" line="298"/>
        <source>Area of the drilling pad while drilling; default 10,000 m2 [A: about 1 ha, no published rule].</source>
        <translation>Oppervlakte van het boorterrein tijdens het boren; standaard 10.000 m2 [A: circa 1 ha, geen gepubliceerde regel].</translation>
    </message>
    <message>
        <location filename="../processing/geothermie/geothermalbuffers.py" line="298"/>
        <source>Permanent site area (m2)</source>
        <translation>Oppervlakte permanent terrein (m2)</translation>
    </message>
    <message>
        <location filename="../processing/geothermie/geothermalbuffers.py" line="298"/>
        <source>Area of the permanent site; default 2,500 m2 [S: geothermie.nl about 0.5 ha with margin, Leyweg plant about 0.2 ha; the value is a choice, A].</source>
        <translation>Oppervlakte van het permanente terrein; standaard 2.500 m2 [S: geothermie.nl circa 0,5 ha met marge, installatie Leyweg circa 0,2 ha; de waarde is een keuze, A].</translation>
    </message>
    <message>
        <location filename="../processing/geothermie/geothermalbuffers.py" line="298"/>
        <source>Noise check distance (m)</source>
        <translation>Toetsafstand geluid (m)</translation>
    </message>
    <message>
        <location filename="../processing/geothermie/geothermalbuffers.py" line="298"/>
        <source>Distance around the drilling site within which sensitive objects are counted; default 300 m [S: Barmm 2008, limits at 300 m from the rig; measured from the site edge, A].</source>
        <translation>Afstand rond het boorterrein waarbinnen gevoelige objecten worden geteld; standaard 300 m [S: Barmm 2008, grenswaarden op 300 m van de boortoren; gemeten vanaf de rand van het terrein, A].</translation>
    </message>
    <message>
        <location filename="../processing/geothermie/geothermalbuffers.py" line="298"/>
        <source>Flow rate per doublet (m3/h)</source>
        <translation>Debiet per doublet (m3/h)</translation>
    </message>
    <message>
        <location filename="../processing/geothermie/geothermalbuffers.py" line="298"/>
        <source>Default 250 m3/h [S: TNO reference; gives the Bronnenstrategie&apos;s 8,000 homes per doublet].</source>
        <translation>Standaard 250 m3/h [S: TNO-referentie; geeft de 8.000 woningen per doublet van de Bronnenstrategie].</translation>
    </message>
    <message>
        <location filename="../processing/geothermie/geothermalbuffers.py" line="298"/>
        <source>Temperature difference production - injection (K)</source>
        <translation>Temperatuurverschil productie - injectie (K)</translation>
    </message>
    <message>
        <location filename="../processing/geothermie/geothermalbuffers.py" line="298"/>
        <source>Default 40 K [S: TNO reference case].</source>
        <translation>Standaard 40 K [S: TNO-referentiecase].</translation>
    </message>
    <message>
        <location filename="../processing/geothermie/geothermalbuffers.py" line="298"/>
        <source>Full-load hours (h/yr)</source>
        <translation>Vollasturen (h/jaar)</translation>
    </message>
    <message>
        <location filename="../processing/geothermie/geothermalbuffers.py" line="298"/>
        <source>Default 6,000 h/yr [S: TNO reference].</source>
        <translation>Standaard 6.000 h/jaar [S: TNO-referentie].</translation>
    </message>
    <message>
        <location filename="../processing/geothermie/geothermalbuffers.py" line="298"/>
        <source>Lifetime (years)</source>
        <translation>Levensduur (jaar)</translation>
    </message>
    <message>
        <location filename="../processing/geothermie/geothermalbuffers.py" line="298"/>
        <source>Time after which the cold-front radius is drawn; default 30 years [S].</source>
        <translation>Tijd waarna de straal van het koudefront wordt getekend; standaard 30 jaar [S].</translation>
    </message>
    <message>
        <location filename="../processing/geothermie/geothermalbuffers.py" line="298"/>
        <source>Heat per home-equivalent (GJ/yr)</source>
        <translation>Warmte per woningequivalent (GJ/jaar)</translation>
    </message>
    <message>
        <location filename="../processing/geothermie/geothermalbuffers.py" line="298"/>
        <source>Default 33 GJ/yr, shared by all algorithms [D: Bronnenstrategie, 15 sources for 4 PJ at 8,000 homes per doublet].</source>
        <translation>Standaard 33 GJ/jaar, gedeeld door alle algoritmen [D: Bronnenstrategie, 15 bronnen voor 4 PJ bij 8.000 woningen per doublet].</translation>
    </message>
    <message>
        <location filename="../processing/geothermie/geothermalbuffers.py" line="298"/>
        <source>Well spacing at reservoir depth (m)</source>
        <translation>Putafstand op reservoirdiepte (m)</translation>
    </message>
    <message>
        <location filename="../processing/geothermie/geothermalbuffers.py" line="298"/>
        <source>Distance between producer and injector bottom holes; default 1,300 m [S: TNO reference case, West Netherlands Basin 1,000-1,500 m]; also the offset of a second doublet [A].</source>
        <translation>Afstand tussen de einden van producent en injector; standaard 1.300 m [S: TNO-referentiecase, West-Nederland Bekken 1.000-1.500 m]; ook de verschuiving van een tweede doublet [A].</translation>
    </message>
    <message>
        <location filename="../processing/geothermie/geothermalbuffers.py" line="298"/>
        <source>Reservoir depth (m)</source>
        <translation>Reservoirdiepte (m)</translation>
    </message>
    <message>
        <location filename="../processing/geothermie/geothermalbuffers.py" line="298"/>
        <source>Top of the reservoir; default 2,300 m [S: TNO reference case]. Recorded in the reservoir output only.</source>
        <translation>Top van het reservoir; standaard 2.300 m [S: TNO-referentiecase]. Alleen vastgelegd in de reservoiruitvoer.</translation>
    </message>
    <message>
        <location filename="../processing/geothermie/geothermalbuffers.py" line="298"/>
        <source>Reservoir thickness (m)</source>
        <translation>Reservoirdikte (m)</translation>
    </message>
    <message>
        <location filename="../processing/geothermie/geothermalbuffers.py" line="298"/>
        <source>Default 100 m [S: TNO reference case].</source>
        <translation>Standaard 100 m [S: TNO-referentiecase].</translation>
    </message>
    <message>
        <location filename="../processing/geothermie/geothermalbuffers.py" line="298"/>
        <source>Porosity</source>
        <translation>Porositeit</translation>
    </message>
    <message>
        <location filename="../processing/geothermie/geothermalbuffers.py" line="298"/>
        <source>Default 0.21 [S: TNO reference case].</source>
        <translation>Standaard 0,21 [S: TNO-referentiecase].</translation>
    </message>
    <message>
        <location filename="../processing/geothermie/geothermalbuffers.py" line="298"/>
        <source>Heat capacity of the rock (MJ/m3K)</source>
        <translation>Warmtecapaciteit van het gesteente (MJ/m3K)</translation>
    </message>
    <message>
        <location filename="../processing/geothermie/geothermalbuffers.py" line="298"/>
        <source>Default 2.3256 = 2,720 kg/m3 x 855 J/kgK [S: TNO reference case].</source>
        <translation>Standaard 2,3256 = 2.720 kg/m3 x 855 J/kgK [S: TNO-referentiecase].</translation>
    </message>
    <message>
        <location filename="../processing/geothermie/geothermalbuffers.py" line="298"/>
        <source>Heat capacity of water (MJ/m3K)</source>
        <translation>Warmtecapaciteit van water (MJ/m3K)</translation>
    </message>
    <message>
        <location filename="../processing/geothermie/geothermalbuffers.py" line="298"/>
        <source>Default 4.18 MJ/m3K [S].</source>
        <translation>Standaard 4,18 MJ/m3K [S].</translation>
    </message>
    <message>
        <location filename="../processing/geothermie/geothermalbuffers.py" line="359"/>
        <source>Sensitive objects (homes, schools)</source>
        <translation>Gevoelige objecten (woningen, scholen)</translation>
    </message>
    <message>
        <location filename="../processing/geothermie/geothermalbuffers.py" line="359"/>
        <source>Optional points or polygons counted inside each noise contour (field n_sensitive).</source>
        <translation>Optioneel: punten of vlakken die binnen elke geluidscontour worden geteld (veld n_sensitive).</translation>
    </message>
    <message>
        <location filename="../processing/geothermie/geothermalbuffers.py" line="369"/>
        <source>Geothermal sites</source>
        <translation>Geothermieterreinen</translation>
    </message>
    <message>
        <location filename="../processing/geothermie/geothermalbuffers.py" line="369"/>
        <source>Drilling and permanent sites (and polygon search areas), field &apos;kind&apos;, with capacity per location.</source>
        <translation>Boorterreinen en permanente terreinen (en zoekgebieden als vlak), veld 'kind', met de capaciteit per locatie.</translation>
    </message>
    <message>
        <location filename="../processing/geothermie/geothermalbuffers.py" line="369"/>
        <source>Geothermal noise contours</source>
        <translation>Geluidscontouren geothermie</translation>
    </message>
    <message>
        <location filename="../processing/geothermie/geothermalbuffers.py" line="369"/>
        <source>Noise check contour around each drilling site with n_sensitive.</source>
        <translation>Toetscontour voor geluid rond elk boorterrein, met n_sensitive.</translation>
    </message>
    <message>
        <location filename="../processing/geothermie/geothermalbuffers.py" line="369"/>
        <source>Geothermal reservoir footprints</source>
        <translation>Reservoirvoetafdrukken geothermie</translation>
    </message>
    <message>
        <location filename="../processing/geothermie/geothermalbuffers.py" line="369"/>
        <source>One footprint per doublet: the well line buffered by the cold-front radius.</source>
        <translation>Eén voetafdruk per doublet: de putlijn gebufferd met de straal van het koudefront.</translation>
    </message>
    <message>
        <location filename="../processing/geothermie/geothermalbuffers.py" line="369"/>
        <source>Geothermal reservoir conflicts</source>
        <translation>Reservoirconflicten geothermie</translation>
    </message>
    <message>
        <location filename="../processing/geothermie/geothermalbuffers.py" line="369"/>
        <source>Overlaps of reservoir footprints of different locations, with both names and the overlap area.</source>
        <translation>Overlappingen van reservoirvoetafdrukken van verschillende locaties, met beide namen en de oppervlakte van de overlap.</translation>
    </message>
    <message>
        <location filename="../processing/geothermie/geothermalbuffers.py" line="389"/>
        <source>Total power (MW)</source>
        <translation>Totaal vermogen (MW)</translation>
    </message>
    <message>
        <location filename="../processing/geothermie/geothermalbuffers.py" line="389"/>
        <source>Total heat (TJ/yr)</source>
        <translation>Totale warmte (TJ/jaar)</translation>
    </message>
    <message>
        <location filename="../processing/geothermie/geothermalbuffers.py" line="389"/>
        <source>Total home-equivalents</source>
        <translation>Totaal woningequivalenten</translation>
    </message>
    <message>
        <location filename="../processing/geothermie/geothermalbuffers.py" line="389"/>
        <source>Number of reservoir conflicts</source>
        <translation>Aantal reservoirconflicten</translation>
    </message>
    <message>
        <location filename="../processing/geothermie/geothermalbuffers.py" line="389"/>
        <source>Number of locations</source>
        <translation>Aantal locaties</translation>
    </message>
    <message>
        <location filename="../processing/geothermie/geothermalbuffers.py" line="504"/>
        <source>Per doublet: {p:.2f} MW, {e:.1f} TJ/yr, {h:,.0f} homes; c_aq = {c:.3f} MJ/m3K, cold-front radius {r:.1f} m.</source>
        <translation>Per doublet: {p:.2f} MW, {e:.1f} TJ/jaar, {h:,.0f} woningen; c_aq = {c:.3f} MJ/m3K, straal koudefront {r:.1f} m.</translation>
    </message>
    <message>
        <location filename="../processing/geothermie/geothermalbuffers.py" line="638"/>
        <source>no geometry</source>
        <translation>geen geometrie</translation>
    </message>
    <message>
        <location filename="../processing/geothermie/geothermalbuffers.py" line="579"/>
        <source>location {fid}</source>
        <translation>locatie {fid}</translation>
    </message>
    <message>
        <location filename="../processing/geothermie/geothermalbuffers.py" line="589"/>
        <source>category is not 0, 1, 2 or 3; written as empty</source>
        <translation>categorie is niet 0, 1, 2 of 3; leeg weggeschreven</translation>
    </message>
    <message>
        <location filename="../processing/geothermie/geothermalbuffers.py" line="599"/>
        <source>number of doublets is not 1 or 2; the &apos;Doublets&apos; parameter ({d}) was used</source>
        <translation>aantal doubletten is niet 1 of 2; de parameter 'Doubletten' ({d}) is gebruikt</translation>
    </message>
    <message>
        <location filename="../processing/geothermie/geothermalbuffers.py" line="610"/>
        <source>azimuth is not a number from 0 to 360 degrees; the &apos;Azimuth&apos; parameter ({a:g}) was used</source>
        <translation>azimut is geen getal van 0 tot 360 graden; de parameter 'Azimut' ({a:g}) is gebruikt</translation>
    </message>
    <message>
        <location filename="../processing/geothermie/geothermalbuffers.py" line="620"/>
        <source>the geometry could not be transformed to a metric CRS</source>
        <translation>de geometrie kon niet naar een metrisch CRS worden getransformeerd</translation>
    </message>
    <message>
        <location filename="../processing/geothermie/geothermalbuffers.py" line="634"/>
        <source>the centroid lies outside the search area; a point inside it was used for the wells</source>
        <translation>het zwaartepunt ligt buiten het zoekgebied; een punt erbinnen is voor de putten gebruikt</translation>
    </message>
    <message>
        <location filename="../processing/geothermie/geothermalbuffers.py" line="709"/>
        <source>The well spacing ({s:.0f} m) is less than twice the cold-front radius ({d:.0f} m): the two footprints of each of the {n} double doublet(s) overlap each other.</source>
        <translation>De putafstand ({s:.0f} m) is kleiner dan tweemaal de straal van het koudefront ({d:.0f} m): de twee voetafdrukken van elk van de {n} dubbele doublet(ten) overlappen elkaar.</translation>
    </message>
    <message>
        <location filename="../processing/geothermie/geothermalbuffers.py" line="747"/>
        <source>{count} location(s): {reason} ({names}).</source>
        <translation>{count} locatie(s): {reason} ({names}).</translation>
    </message>
    <message>
        <location filename="../processing/geothermie/geothermalbuffers.py" line="748"/>
        <source>{n} location(s): {p:.1f} MW, {e:.1f} TJ/yr ({pj:.2f} PJ/yr), {h:,.0f} home-equivalents; {c} reservoir conflict(s).</source>
        <translation>{n} locatie(s): {p:.1f} MW, {e:.1f} TJ/jaar ({pj:.2f} PJ/jaar), {h:,.0f} woningequivalenten; {c} reservoirconflict(en).</translation>
    </message>
    <message>
        <location filename="../processing/geothermie/geothermalbuffers.py" line="516"/>
        <source>Distances and areas are computed in {crs}.</source>
        <translation>Afstanden en oppervlakten worden berekend in {crs}.</translation>
    </message>
    <message>
        <location filename="../processing/geothermie/geothermalbuffers.py" line="744"/>
        <source>The input layer is empty: nothing to compute.</source>
        <translation>De invoerlaag is leeg: er is niets te berekenen.</translation>
    </message>
    <message>
        <location filename="../processing/geothermie/geothermalbuffers.py" line="746"/>
        <source>No location could be computed.</source>
        <translation>Er kon geen enkele locatie worden berekend.</translation>
    </message>
</context>
</TS>
