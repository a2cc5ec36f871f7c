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
            system = "{}-{:02d}".format(area[:3].upper(), k + 1)
            x0 = cx + rng.uniform(-hw, hw)
            y0 = cy + rng.uniform(-hh, hh)
            volume = rng.choice((20000, 30000, 40000, 50000, 60000, 80000, 100000, 150000))
            second = (k % 9 == 8)
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
                    rows.append((
                        "POINT ({:.2f} {:.2f})".format(x, y),
                        {
                            "well_id": "{}-{}{}".format(system, "W" if j == 0 else "K", pair + 1),
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
                    ))
    # bad rows on purpose: empty volume, negative volume, screen bottom above top
    rows.append(("POINT (81300 455300)", {"well_id": "BAD-1", "system_id": "BAD-1",
                 "area": "Centrum", "temperature": "warm", "volume_m3": None,
                 "volume_year_m3": None, "screen_top": 20.0, "screen_bottom": 55.0,
                 "aquifer": 1, "permit_year": 2015}))
    rows.append(("POINT (81320 455320)", {"well_id": "BAD-2", "system_id": "BAD-2",
                 "area": "Centrum", "temperature": "koud", "volume_m3": -5000.0,
                 "volume_year_m3": -10000.0, "screen_top": 20.0, "screen_bottom": 55.0,
                 "aquifer": 1, "permit_year": 2015}))
    rows.append(("POINT (82700 454500)", {"well_id": "BAD-3", "system_id": "BAD-3",
                 "area": "Binckhorst", "temperature": "Warm", "volume_m3": 40000.0,
                 "volume_year_m3": 80000.0, "screen_top": 60.0, "screen_bottom": 20.0,
                 "aquifer": 1, "permit_year": 2019}))
    return rows


WELL_FIELDS = [
    ("well_id", "str"), ("system_id", "str"), ("area", "str"), ("temperature", "str"),
    ("volume_m3", "float"), ("volume_year_m3", "float"), ("screen_top", "float"),
    ("screen_bottom", "float"), ("aquifer", "int"), ("permit_year", "int"),
]


def layers():
    return [
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
