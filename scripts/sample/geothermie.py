"""Sample deep-geothermal locations of Den Haag and sensitive objects around them.

Illustrative, deterministic. Leyweg (HAG-GT-01, operational since the end of 2021) is at
its NLOG surface location RD 78211, 452501. The three designated locations of the
Bronnenstrategie (category 1: CR-plein, Ypenburg Spoorlaan, Binckhorst) and six search
locations (categories 2 and 3) are at approximately real places; the search locations
are not yet fixed in the policy, so their places, names and layouts are invented. Three of
them also have a polygon search area (layer geothermal_search_areas; the points layer holds
all ten locations, a search area by its centre). Five locations have a double doublet, so
the ten sites carry 15 doublets, as in the seed document ("15 sources on 10 locations, 4 PJ").
Azimuths are invented, except Leyweg's 80 degrees: the direction of HAG-GT-01's bottom
hole from its surface location (NLOG deviation 1,127 m east, 212 m north).

Sensitive objects (homes and schools) are points scattered around every location. The
sample is clean; the tests build their own bad rows.
"""

import math
import random

# (name, category, doublets, azimuth, x, y, search-area half width/height or None, note)
LOCATIONS = (
    (
        "Leyweg (HAG-GT-01)",
        0,
        1,
        80.0,
        78211.0,
        452501.0,
        None,
        "operational since end 2021; NLOG surface location",
    ),
    (
        "CR-plein",
        1,
        2,
        30.0,
        80150.0,
        456000.0,
        None,
        "designated location at the Energiecentrale on the Verversingskanaal (De Constant "
        "Rebecqueplein); the same point as the WOS CR-plein of the residual-heat layers",
    ),
    (
        "Ypenburg Spoorlaan",
        1,
        2,
        120.0,
        84490.0,
        452800.0,
        None,
        "designated location near station Den Haag Ypenburg",
    ),
    ("Binckhorst", 1, 2, 60.0, 83000.0, 454490.0, None, "designated location in the Binckhorst"),
    (
        "Zoeklocatie Zuiderpark",
        2,
        1,
        0.0,
        80100.0,
        452750.0,
        (350.0, 220.0),
        "search area (invented)",
    ),
    (
        "Zoeklocatie Wateringse Veld",
        2,
        2,
        90.0,
        79040.0,
        450770.0,
        None,
        "search location (invented)",
    ),
    (
        "Zoeklocatie Laakhaven",
        2,
        1,
        150.0,
        81550.0,
        453840.0,
        (250.0, 180.0),
        "search area (invented)",
    ),
    ("Zoeklocatie Kijkduin", 3, 1, 30.0, 75500.0, 452600.0, None, "search location (invented)"),
    (
        "Zoeklocatie Scheveningen Haven",
        3,
        1,
        45.0,
        78460.0,
        457670.0,
        (300.0, 200.0),
        "search area (invented)",
    ),
    ("Zoeklocatie Mariahoeve", 3, 2, 45.0, 84190.0, 456030.0, None, "search location (invented)"),
)

FIELDS = [
    ("name", "str"),
    ("category", "int"),
    ("doublets", "int"),
    ("azimuth", "float"),
    ("note", "str"),
]


def _rectangle(x, y, hw, hh, angle_deg=20.0):
    """A rotated rectangle (WKT) of half width hw and half height hh around (x, y)."""
    a = math.radians(angle_deg)
    ca, sa = math.cos(a), math.sin(a)
    corners = [(-hw, -hh), (hw, -hh), (hw, hh), (-hw, hh), (-hw, -hh)]
    pts = [f"{x + cx * ca - cy * sa:.2f} {y + cx * sa + cy * ca:.2f}" for cx, cy in corners]
    return "POLYGON (({}))".format(", ".join(pts))


def location_rows():
    """All ten locations as points (a search area by its centre)."""
    return [
        (
            f"POINT ({x:.1f} {y:.1f})",
            {"name": name, "category": cat, "doublets": dbl, "azimuth": az, "note": note},
        )
        for name, cat, dbl, az, x, y, _box, note in LOCATIONS
    ]


def search_area_rows():
    """The search areas as polygons (rotated rectangles, invented shapes)."""
    return [
        (
            _rectangle(x, y, *box),
            {"name": name, "category": cat, "doublets": dbl, "azimuth": az, "note": note},
        )
        for name, cat, dbl, az, x, y, box, note in LOCATIONS
        if box is not None
    ]


def sensitive_rows():
    """Homes and schools around every location: 40 homes and 3 schools within 800 m."""
    rng = random.Random(518)
    rows = []
    for name, _cat, _dbl, _az, x, y, _box, _note in LOCATIONS:
        for k in range(43):
            kind = "school" if k < 3 else "woning"
            r = 800.0 * math.sqrt(rng.random())
            t = rng.uniform(0.0, 2.0 * math.pi)
            rows.append(
                (
                    f"POINT ({x + r * math.cos(t):.1f} {y + r * math.sin(t):.1f})",
                    {"kind": kind, "near": name},
                )
            )
    return rows


def layers():
    return [
        {
            "name": "geothermal_locations",
            "geometry": "Point",
            "fields": FIELDS,
            "rows": location_rows(),
            "description": "Deep geothermal locations as points: Leyweg (operational, "
            "HAG-GT-01), the three designated locations and six search locations. "
            "category 0 operational, 1 designated, 2/3 search; doublets 1 or 2; azimuth "
            "of the well line in degrees from north (invented).",
        },
        {
            "name": "geothermal_search_areas",
            "geometry": "Polygon",
            "fields": FIELDS,
            "rows": search_area_rows(),
            "description": "Deep geothermal search areas (categories 2 and 3) as polygons; "
            "places approximately real, shapes invented.",
        },
        {
            "name": "geothermal_sensitive",
            "geometry": "Point",
            "fields": [("kind", "str"), ("near", "str")],
            "rows": sensitive_rows(),
            "description": "Illustrative homes and schools (noise-sensitive objects) "
            "around the geothermal locations.",
        },
    ]
