"""BRO GUF dispatch documents for the tests, written from the GUF catalogue's element names
and code lists (uitgifteservice GUF_PO / GUF_PPO): no file is read from outside."""

NS = (
    'xmlns="http://www.broservices.nl/xsd/dsguf/1.0" '
    'xmlns:gufcom="http://www.broservices.nl/xsd/gufcommon/1.0" '
    'xmlns:brocom="http://www.broservices.nl/xsd/brocommon/3.0" '
    'xmlns:gml="http://www.opengis.net/gml/3.2"'
)


def point(pos, epsg=28992):
    return (
        f'<gml:Point srsName="urn:ogc:def:crs:EPSG::{epsg}" gml:id="p"><gml:pos>{pos}</gml:pos>'
        "</gml:Point>"
    )


def realised_well(
    wid, temp, pos, top, length, epsg=28992, functions=("infiltratie", "onttrekking"), end=None
):
    funcs = "".join(
        f'<gufcom:wellFunction codeSpace="urn:bro:guf:WellFunction">{f}' "</gufcom:wellFunction>"
        for f in functions
    )
    geometry = f"<gufcom:geometry>{point(pos, epsg)}</gufcom:geometry>" if pos else ""
    life = (
        "<gufcom:lifespan><gufcom:startTime><brocom:date>2015-01-01</brocom:date>"
        "</gufcom:startTime>{}</gufcom:lifespan>"
    ).format(f"<gufcom:endTime><brocom:date>{end}</brocom:date></gufcom:endTime>" if end else "")
    return f"""
    <gufcom:realisedWell><gufcom:RealisedWell gml:id="w{wid}">
      <gufcom:realisedWellId>{wid}</gufcom:realisedWellId>{funcs}
      <gufcom:height uom="m">1.2</gufcom:height>
      <gufcom:wellDepth uom="m">80</gufcom:wellDepth>{geometry}
      <gufcom:relativeTemperature codeSpace="urn:bro:guf:RelativeTemperature">{temp}
      </gufcom:relativeTemperature>{life}
      <gufcom:realisedScreen><gufcom:RealisedScreen gml:id="s{wid}">
        <gufcom:realisedScreenId>1</gufcom:realisedScreenId>
        <gufcom:screenType codeSpace="urn:bro:guf:ScreenType">verticaal</gufcom:screenType>
        <gufcom:topScreenDepth uom="m">{top}</gufcom:topScreenDepth>
        <gufcom:length uom="m">{length}</gufcom:length>
      </gufcom:RealisedScreen></gufcom:realisedScreen>
    </gufcom:RealisedWell></gufcom:realisedWell>"""


def design_well(wid, temp, top, bottom, capacity):
    return f"""
    <gufcom:designWell><gufcom:DesignWell gml:id="d{wid}">
      <gufcom:designWellId>{wid}</gufcom:designWellId>
      <gufcom:wellFunction codeSpace="urn:bro:guf:WellFunction">infiltratie</gufcom:wellFunction>
      <gufcom:wellFunction codeSpace="urn:bro:guf:WellFunction">onttrekking</gufcom:wellFunction>
      <gufcom:height uom="m">1.2</gufcom:height>
      <gufcom:geometryPubliclyAvailable>nee</gufcom:geometryPubliclyAvailable>
      <gufcom:maximumWellCapacity uom="m3/h">{capacity}</gufcom:maximumWellCapacity>
      <gufcom:relativeTemperature codeSpace="urn:bro:guf:RelativeTemperature">{temp}
      </gufcom:relativeTemperature>
      <gufcom:designScreen>
        <gufcom:screenType codeSpace="urn:bro:guf:ScreenType">verticaal</gufcom:screenType>
        <gufcom:designScreenTop uom="m">{top}</gufcom:designScreenTop>
        <gufcom:designScreenBottom uom="m">{bottom}</gufcom:designScreenBottom>
      </gufcom:designScreen>
    </gufcom:DesignWell></gufcom:designWell>"""


def licence(lid, per_year, inst_id, function, inst_pos, wells="", loops="", energy=""):
    return f"""
    <licence><gufcom:LicenceGroundwaterUsage gml:id="l{lid}">
      <gufcom:identificationLicence>{lid}</gufcom:identificationLicence>
      <gufcom:legalType codeSpace="urn:bro:guf:LegalType">beschikking</gufcom:legalType>
      <gufcom:usageTypeFacility>
        <gufcom:primaryUsageType
            codeSpace="urn:bro:guf:UsageType">bodemenergie</gufcom:primaryUsageType>
        <gufcom:humanConsumption>nee</gufcom:humanConsumption>
      </gufcom:usageTypeFacility>
      <gufcom:licensedQuantity>
        <gufcom:licensedInOut
            codeSpace="urn:bro:guf:LicensedInOut">onttrekken</gufcom:licensedInOut>
        <gufcom:maximumPerHour uom="m3">80</gufcom:maximumPerHour>
        <gufcom:maximumPerYear uom="m3">{per_year}</gufcom:maximumPerYear>
      </gufcom:licensedQuantity>
      <gufcom:designInstallation><gufcom:DesignInstallation gml:id="i{inst_id}">
        <gufcom:designInstallationId>{inst_id}</gufcom:designInstallationId>
        <gufcom:installationFunction
            codeSpace="urn:bro:guf:InstallationType">{function}</gufcom:installationFunction>
        <gufcom:geometry>{inst_pos}</gufcom:geometry>{energy}{loops}{wells}
      </gufcom:DesignInstallation></gufcom:designInstallation>
    </gufcom:LicenceGroundwaterUsage></licence>"""


def realised_installation(inst_id, function, inst_pos, wells="", loops=""):
    return f"""
    <realisedInstallation><gufcom:RealisedInstallation gml:id="r{inst_id}">
      <gufcom:realisedInstallationId>{inst_id}</gufcom:realisedInstallationId>
      <gufcom:installationFunction
          codeSpace="urn:bro:guf:InstallationType">{function}</gufcom:installationFunction>
      <gufcom:geometry>{inst_pos}</gufcom:geometry>
      <gufcom:validityPeriod><gufcom:startValidity><brocom:date>2015-01-01</brocom:date>
      </gufcom:startValidity></gufcom:validityPeriod>
      <gufcom:lifespan><gufcom:startTime><brocom:date>2015-01-01</brocom:date>
      </gufcom:startTime></gufcom:lifespan>{loops}{wells}
    </gufcom:RealisedInstallation></realisedInstallation>"""


def realised_loop(lid, pos, depth):
    return f"""
    <gufcom:realisedLoop><gufcom:RealisedLoop gml:id="rl{lid}">
      <gufcom:realisedLoopId>{lid}</gufcom:realisedLoopId>
      <gufcom:geometry>{point(pos)}</gufcom:geometry>
      <gufcom:loopType codeSpace="urn:bro:guf:LoopType">verticaal</gufcom:loopType>
      <gufcom:loopDepth uom="m">{depth}</gufcom:loopDepth>
    </gufcom:RealisedLoop></gufcom:realisedLoop>"""


def dispatch(objects, soap=True):
    body = """<dispatchDataResponse {ns}>
      <brocom:responseType>dispatch</brocom:responseType>
      <brocom:dispatchTime>2025-01-01T00:00:00+01:00</brocom:dispatchTime>
      {docs}
    </dispatchDataResponse>""".format(
        ns=NS, docs="".join(f"<dispatchDocument>{o}</dispatchDocument>" for o in objects)
    )
    if soap:
        body = (
            '<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/">'
            f"<soap:Body>{body}</soap:Body></soap:Envelope>"
        )
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + body


def guf_object(bro_id, content, kind="GUF_PO", history=""):
    return """<{kind} gml:id="o{bro_id}">
      <brocom:broId>{bro_id}</brocom:broId>
      <brocom:qualityRegime>IMBRO</brocom:qualityRegime>
      <standardizedLocation><brocom:location>{loc}</brocom:location></standardizedLocation>
      {history}{content}
    </{kind}>""".format(
        kind=kind, bro_id=bro_id, loc=point("52.07 4.30", 4258), history=history, content=content
    )


def open_realised_rd():
    """GUF000000000001: a realised doublet in RD New (warm 20-40 m, cold 20-40 m, 100 m
    apart), licence 240,000 m3 per year."""
    wells = realised_well("501", "warm", "81000.0 455000.0", 20, 20) + realised_well(
        "502", "koud", "81100.0 455000.0", 20, 20
    )
    return guf_object(
        "GUF000000000001",
        licence(
            "L1",
            240000,
            "201",
            "openBodemenergiesysteem",
            point("81050 455000"),
            design_well("301", "warm", 20, 40, 60),
        )
        + realised_installation("401", "openBodemenergiesysteem", point("81050 455000"), wells),
    )


def open_realised_etrs89():
    """GUF000000000002: the same wells in EPSG:4258, latitude first."""
    wells = realised_well("501", "warm", "52.0800 4.3000", 20, 20, epsg=4258) + realised_well(
        "502", "koud", "52.0800 4.3015", 20, 20, epsg=4258
    )
    return guf_object(
        "GUF000000000002",
        licence("L2", 100000, "202", "openBodemenergiesysteem", point("52.08 4.30", 4258))
        + realised_installation("402", "openBodemenergiesysteem", point("52.08 4.30", 4258), wells),
    )


def open_design_only():
    """GUF000000000003: designed, not yet realised: two design wells without public
    location (the installation's point is used), 150,000 m3 per year."""
    wells = design_well("301", "warm", 30, 50, 60) + design_well("302", "koud", 30, 50, 60)
    return guf_object(
        "GUF000000000003",
        licence("L3", 150000, "203", "openBodemenergiesysteem", point("82000 454000"), wells),
    )


def closed_realised():
    """GUF000000000004: a closed system with two loops of 100 and 120 m."""
    loops = realised_loop("601", "77200 449600", 100) + realised_loop("602", "77210 449600", 120)
    return guf_object(
        "GUF000000000004",
        licence("L4", 0, "204", "geslotenBodemenergiesysteem", point("77205 449600"))
        + realised_installation(
            "404", "geslotenBodemenergiesysteem", point("77205 449600"), loops=loops
        ),
    )


def ppo_history():
    """GUF000000000005 as a history document (PPO): its objectHistory holds an old start
    document with a design well 999 that must not be read; the current state has one
    realised doublet, one of whose wells has ended."""
    history = """<objectHistory><event>
      <date><brocom:date>2014-01-01</brocom:date></date>
      <name codeSpace="urn:bro:guf:EventName">StartRegistratie</name>
      <sourceDocument><gufcom:GUF_StartRegistration gml:id="h1">
        <gufcom:licence>{}</gufcom:licence>
      </gufcom:GUF_StartRegistration></sourceDocument>
    </event></objectHistory>""".format(
        licence(
            "L0",
            50000,
            "200",
            "openBodemenergiesysteem",
            point("83000 456000"),
            design_well("999", "warm", 10, 30, 40),
        )
        .replace("<licence>", "")
        .replace("</licence>", "")
    )
    wells = (
        realised_well("701", "warm", "83000.0 456000.0", 25, 20)
        + realised_well("702", "koud", "83080.0 456000.0", 25, 20)
        + realised_well("703", "koud", "83160.0 456000.0", 25, 20, end="2020-01-01")
    )
    return guf_object(
        "GUF000000000005",
        licence("L5", 160000, "205", "openBodemenergiesysteem", point("83040 456000"))
        + realised_installation("405", "openBodemenergiesysteem", point("83040 456000"), wells),
        kind="GUF_PPO",
        history=history,
    )
