"""Sample soil-energy (WKO/ATES) wells of Den Haag: centre, Binckhorst, Laakhaven/CID.

Illustrative, deterministic. Systems are doublets (one warm, one cold well) and some
4-well systems (two warm, two cold). Screens lie in the first aquifer (about 18-60 m
below surface), a few systems in the second (about 80-140 m). Some systems have their
wells closer than 3 x R_th, and some systems sit close to each other, so the
interference checks find something; a few rows have bad values on purpose.
"""

import math
import random

# (area name, centre x, centre y, half width, half height, number of systems) in RD New.
AREAS = (
    ("Centrum", 81150.0, 455050.0, 700.0, 550.0, 30),
    ("Binckhorst", 82850.0, 454350.0, 550.0, 450.0, 24),
    ("Laakhaven", 81000.0, 453250.0, 500.0, 350.0, 14),
)

C_W, C_AQ = 4.18, 2.8


def _r_th(volume, screen):
    return math.sqrt(C_W * volume / (C_AQ * math.pi * screen))


def wells():
    """Rows (wkt, attrs) of the sample wells."""
    rng = random.Random(518)  # GM0518 = Den Haag
    rows = []
    number = 0
    for area, cx, cy, hw, hh, n_systems in AREAS:
        for k in range(n_systems):
            number += 1
            system = f"{area[:3].upper()}-{k + 1:02d}"
            x0 = cx + rng.uniform(-hw, hw)
            y0 = cy + rng.uniform(-hh, hh)
            volume = rng.choice((20000, 30000, 40000, 50000, 60000, 80000, 100000, 150000))
            second = k % 9 == 8
            top = rng.uniform(80, 90) if second else rng.uniform(18, 24)
            bottom = rng.uniform(125, 140) if second else rng.uniform(52, 60)
            n_pairs = 2 if k % 6 == 5 else 1
            r = _r_th(volume, bottom - top)
            # wells of one system: 3 x r_th apart, a quarter of them too close (1.8-2.7 r_th)
            spacing = r * (rng.uniform(1.8, 2.7) if k % 4 == 1 else rng.uniform(3.2, 4.5))
            angle = rng.uniform(0, math.pi)
            for pair in range(n_pairs):
                px = x0 + pair * spacing * math.cos(angle + math.pi / 2)
                py = y0 + pair * spacing * math.sin(angle + math.pi / 2)
                for j, temp in enumerate(("warm", "koud")):
                    sign = -0.5 if j == 0 else 0.5
                    x = px + sign * spacing * math.cos(angle)
                    y = py + sign * spacing * math.sin(angle)
                    rows.append(
                        (
                            f"POINT ({x:.2f} {y:.2f})",
                            {
                                "well_id": "{}-{}{}".format(
                                    system, "W" if j == 0 else "K", pair + 1
                                ),
                                "system_id": system,
                                "area": area,
                                "temperature": temp,
                                "volume_m3": float(volume),
                                "volume_year_m3": float(volume * 2 * n_pairs),
                                "screen_top": round(top, 1),
                                "screen_bottom": round(bottom, 1),
                                "aquifer": 2 if second else 1,
                                "permit_year": 2000 + (number * 7) % 24,
                            },
                        )
                    )
    # bad rows on purpose: empty volume, negative volume, screen bottom above top
    rows.append(
        (
            "POINT (81300 455300)",
            {
                "well_id": "BAD-1",
                "system_id": "BAD-1",
                "area": "Centrum",
                "temperature": "warm",
                "volume_m3": None,
                "volume_year_m3": None,
                "screen_top": 20.0,
                "screen_bottom": 55.0,
                "aquifer": 1,
                "permit_year": 2015,
            },
        )
    )
    rows.append(
        (
            "POINT (81320 455320)",
            {
                "well_id": "BAD-2",
                "system_id": "BAD-2",
                "area": "Centrum",
                "temperature": "koud",
                "volume_m3": -5000.0,
                "volume_year_m3": -10000.0,
                "screen_top": 20.0,
                "screen_bottom": 55.0,
                "aquifer": 1,
                "permit_year": 2015,
            },
        )
    )
    rows.append(
        (
            "POINT (82700 454500)",
            {
                "well_id": "BAD-3",
                "system_id": "BAD-3",
                "area": "Binckhorst",
                "temperature": "Warm",
                "volume_m3": 40000.0,
                "volume_year_m3": 80000.0,
                "screen_top": 60.0,
                "screen_bottom": 20.0,
                "aquifer": 1,
                "permit_year": 2019,
            },
        )
    )
    return rows


WELL_FIELDS = [
    ("well_id", "str"),
    ("system_id", "str"),
    ("area", "str"),
    ("temperature", "str"),
    ("volume_m3", "float"),
    ("volume_year_m3", "float"),
    ("screen_top", "float"),
    ("screen_bottom", "float"),
    ("aquifer", "int"),
    ("permit_year", "int"),
]


def closed_loops():
    """Rows (wkt, attrs) of sample closed loops (BTES).

    Most stand in the districts with single-family homes (Wateringse Veld, Leidschenveen),
    far from the open systems; three stand next to centre / Binckhorst wells (10-15 m from
    a well, so a conflict closed_open where the depths overlap), one of them too shallow
    to touch the screens; two lie 4 m apart (closed_closed when a minimum distance is set).
    """
    rows = []
    fid = 0

    def add(x, y, top, bottom, kind, name):
        nonlocal fid
        fid += 1
        rows.append(
            (
                f"POINT ({x:.2f} {y:.2f})",
                {
                    "loop_id": f"BTES-{fid:02d}",
                    "name": name,
                    "kind": kind,
                    "depth_top": top,
                    "depth_bottom": bottom,
                },
            )
        )

    # districts: a loose grid of individual home loops, 0-100 m deep
    for k in range(6):
        add(77200.0 + 90.0 * k, 449600.0 + 35.0 * (k % 2), 0.0, 100.0, "woning", "Wateringse Veld")
    for k in range(4):
        add(86200.0 + 120.0 * k, 456900.0, 0.0, 120.0, "woning", "Leidschenveen")
    # next to the first well of the centre and of the Binckhorst (deterministic wells)
    first = {}
    for wkt, attrs in wells():
        first.setdefault(attrs["area"], wkt)
    for area, dx, top, bottom, kind in (
        ("Centrum", 10.0, 0.0, 80.0, "utiliteit"),
        ("Binckhorst", 15.0, 0.0, 120.0, "utiliteit"),
        ("Centrum", -12.0, 0.0, 12.0, "woning"),
    ):
        x, y = (float(v) for v in first[area][7:-1].split())
        add(x + dx, y, top, bottom, kind, area)
    # two loops 4 m apart
    add(77800.0, 449900.0, 0.0, 100.0, "woning", "Wateringse Veld")
    add(77804.0, 449900.0, 0.0, 100.0, "woning", "Wateringse Veld")
    return rows


CLOSED_FIELDS = [
    ("loop_id", "str"),
    ("name", "str"),
    ("kind", "str"),
    ("depth_top", "float"),
    ("depth_bottom", "float"),
]

#: Study area for the interference areas (illustrative: the city centre, Binckhorst,
#: Laakhaven and surroundings), RD New.
STUDY_AREA_WKT = (
    "POLYGON ((79600 452300, 84000 452300, 84300 455200, 83000 456600, 80800 456700, "
    "79600 455800, 79600 452300))"
)


def layers():
    return [
        {
            "name": "closed_loops",
            "geometry": "Point",
            "fields": CLOSED_FIELDS,
            "rows": closed_loops(),
            "description": (
                "Closed soil-energy loops (BTES): depth_top / depth_bottom in m below " "surface."
            ),
        },
        {
            "name": "bodemenergie_study_area",
            "geometry": "Polygon",
            "fields": [("name", "str")],
            "rows": [(STUDY_AREA_WKT, {"name": "Centrum - Binckhorst - Laakhaven"})],
            "description": "Study area for candidate interference areas (illustrative).",
        },
        {
            "name": "wko_wells",
            "geometry": "Point",
            "fields": WELL_FIELDS,
            "rows": wells(),
            "description": (
                "Soil-energy (WKO/ATES) wells: volume_m3 per well per season, "
                "volume_year_m3 per system per year, screen top/bottom in m below surface."
            ),
        },
    ]
