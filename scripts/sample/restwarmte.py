"""Sample residual-heat data: WarmtelinQ and the search for a heat transfer station (WOS)
in Den Haag Zuidwest.

Illustrative, deterministic, not official. Coordinates are approximate (RD New):
- the WarmtelinQ route from the south-east (Delft, where the booster station is, through
  Rijswijk) along the east side of Zuidwest to the Uniper plant on the CR-plein, and the
  branch Rijswijk - Ypenburg - Leiden; the real route geometry is not public [A];
- heat networks: the high-temperature network from the CR-plein into the centre, the
  network of the Leyweg geothermal plant (HAG-GT-01, RD 78211, 452501) in Zuidwest, and
  the Ypenburg network;
- high-temperature demand areas (GJ/yr, illustrative shares of the seed's 4.3 PJ HT);
- homes as points on a 50 m grid in Zuidwest, leaving out parks, sports fields and
  business strips (so that a station can fit somewhere);
- water (a canal and a pond), a Zuidwest study area and a few municipal parcels as
  candidates.
"""

#: The CR-plein: the Energiecentrale on the Verversingskanaal, with the WOS in its hall and the
#: designated geothermal location (the same point in warmtebalans.py, geothermie.py and
#: ruimteclaims.py) [A: location, approximately].
CR_PLEIN = (80150.0, 456000.0)
LEYWEG = (78211.0, 452501.0)

MAIN = (
    (
        "WarmtelinQ (approximate route)",
        "transport main",
        (
            (84200, 445000),
            (83000, 447600),
            (81700, 449300),
            (80500, 450700),
            (79900, 451250),
            (79600, 451900),
            (79450, 452700),
            (79350, 453600),
            (79450, 454700),
            CR_PLEIN,
        ),
    ),
    (
        "WarmtelinQ branch Rijswijk - Leiden (approximate)",
        "branch",
        ((81700, 449300), (83000, 450200), (84300, 451100), (85300, 452600), (86200, 454500)),
    ),
)

NETWORKS = (
    (
        "HT network CR-plein",
        "high temperature",
        (CR_PLEIN, (80700, 455400), (81100, 454900), (81500, 454300)),
    ),
    (
        "HT network CR-plein west",
        "high temperature",
        (CR_PLEIN, (79600, 455300), (79300, 454600), (79050, 453900)),
    ),
    (
        "Leyweg network Zuidwest",
        "medium temperature (geothermal)",
        ((76900, 451700), (77400, 452000), LEYWEG, (79000, 452300), (79700, 452200)),
    ),
    (
        "Leyweg network Zuidwest north",
        "medium temperature (geothermal)",
        (LEYWEG, (78100, 453100), (77600, 453400)),
    ),
    (
        "Ypenburg network",
        "district heating",
        ((84000, 451000), (84600, 451500), (85200, 452000), (85500, 452600)),
    ),
)

#: (name, (xmin, ymin, xmax, ymax), demand GJ/yr) [A: illustrative].
HT_DEMAND = (
    ("Moerwijk HT", (79200, 451700, 80300, 452600), 180000.0),
    ("Morgenstond HT", (77800, 452000, 78700, 452900), 150000.0),
    ("Bouwlust en Vrederust HT", (76800, 451500, 77800, 452400), 120000.0),
    ("Transvaalkwartier HT", (79400, 453400, 80400, 454200), 200000.0),
    ("Centrum HT", (80600, 454500, 81600, 455400), 350000.0),
    ("Ypenburg HT", (84000, 450800, 85000, 451800), 60000.0),
)

STUDY_AREA = (
    (76300, 450900),
    (80400, 450900),
    (80650, 452200),
    (80300, 453300),
    (77800, 453500),
    (76300, 452900),
)

#: Open land without homes: parks, sports fields, business strips [A: illustrative].
OPEN_LAND = (
    (78700, 452700, 79800, 453400),  # Zuiderpark (part)
    (79200, 450900, 80450, 451650),  # sports fields and businesses along the main
    (78000, 452300, 78450, 452700),  # Leyweg geothermal plant and surroundings
    (76800, 451000, 77500, 451450),  # sports park
    (80000, 452700, 80700, 453300),  # business strip
)

WATER = (
    ("Canal", ((76300, 452640), (78000, 452640), (78000, 452660), (76300, 452660))),
    ("Pond", ((79500, 451200), (79650, 451200), (79650, 451320), (79500, 451320))),
)

#: Municipal parcels (candidates), (name, xmin, ymin, xmax, ymax) [A: illustrative].
PARCELS = (
    ("Sportpark east", 79750, 451300, 79850, 451380),
    ("Business strip north", 80150, 452850, 80230, 452910),
    ("Sportpark south", 76900, 451050, 77000, 451120),
    ("Zuiderpark corner", 79300, 452750, 79360, 452790),  # 2,400 m2
    ("Too small", 79900, 451000, 79930, 451030),  # 900 m2
)


def _line(coords):
    return "LINESTRING ({})".format(", ".join(f"{x:.1f} {y:.1f}" for x, y in coords))


def _poly(coords):
    ring = list(coords) + [coords[0]]
    return "POLYGON (({}))".format(", ".join(f"{x:.1f} {y:.1f}" for x, y in ring))


def _box(xmin, ymin, xmax, ymax):
    return _poly(((xmin, ymin), (xmax, ymin), (xmax, ymax), (xmin, ymax)))


def _inside(x, y, ring):
    """Even-odd point-in-polygon test (no shapely needed)."""
    inside = False
    n = len(ring)
    for i in range(n):
        (x1, y1), (x2, y2) = ring[i], ring[(i + 1) % n]
        if (y1 > y) != (y2 > y) and x < x1 + (y - y1) * (x2 - x1) / (y2 - y1):
            inside = not inside
    return inside


def home_rows():
    rows = []
    step = 50.0
    n = 0
    y = 450925.0
    while y < 453500:
        x = 76325.0
        while x < 80650:
            in_open = any(a <= x <= c and b <= y <= d for a, b, c, d in OPEN_LAND)
            if not in_open and _inside(x, y, STUDY_AREA):
                n += 1
                rows.append((f"POINT ({x:.1f} {y:.1f})", {"home_id": f"H{n:05d}", "homes": 1}))
            x += step
        y += step
    return rows


def layers():
    return [
        {
            "name": "restwarmte_main",
            "geometry": "LineString",
            "fields": [("name", "str"), ("kind", "str")],
            "rows": [(_line(c), {"name": n, "kind": k}) for n, k, c in MAIN],
            "description": "Approximate WarmtelinQ route (Delft - Rijswijk - CR-plein) and "
            "its branch to Ypenburg and Leiden; the real route is not public.",
        },
        {
            "name": "restwarmte_networks",
            "geometry": "LineString",
            "fields": [("name", "str"), ("kind", "str")],
            "rows": [(_line(c), {"name": n, "kind": k}) for n, k, c in NETWORKS],
            "description": "Heat networks to feed: HT network from the CR-plein, Leyweg "
            "network in Zuidwest, Ypenburg (schematic).",
        },
        {
            "name": "restwarmte_ht_demand",
            "geometry": "Polygon",
            "fields": [("name", "str"), ("demand_gj", "float")],
            "rows": [(_box(*b), {"name": n, "demand_gj": d}) for n, b, d in HT_DEMAND],
            "description": "High-temperature heat demand areas, GJ/yr (illustrative).",
        },
        {
            "name": "restwarmte_homes",
            "geometry": "Point",
            "fields": [("home_id", "str"), ("homes", "int")],
            "rows": home_rows(),
            "description": "Homes in Zuidwest as points on a 50 m grid, parks and business "
            "strips left open (illustrative).",
        },
        {
            "name": "restwarmte_water",
            "geometry": "Polygon",
            "fields": [("name", "str")],
            "rows": [(_poly(c), {"name": n}) for n, c in WATER],
            "description": "Water in Zuidwest (illustrative), an exclusion for WOS sites.",
        },
        {
            "name": "restwarmte_study_area",
            "geometry": "Polygon",
            "fields": [("name", "str")],
            "rows": [(_poly(STUDY_AREA), {"name": "Zuidwest"})],
            "description": "Study area for the WOS Zuidwest (approximate outline of Escamp).",
        },
        {
            "name": "restwarmte_parcels",
            "geometry": "Polygon",
            "fields": [("name", "str")],
            "rows": [(_box(*b), {"name": n}) for n, *b in PARCELS],
            "description": "Municipal parcels as WOS candidates (illustrative).",
        },
    ]
