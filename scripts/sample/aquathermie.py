"""Sample aquathermal data of Den Haag: water, quay walls, waste-water sources, demand.

Illustrative, deterministic, at approximately real RD New coordinates (EPSG:28992):
Laakhaven (west basin and the Laakhaven-Oost arm), the Haagse Trekvliet towards the
Maanweg (the two aquathermal concession areas of the seed document), the
Binckhorsthaven, and a few city canals (Zuidwal, Prinsessegracht, Hofvijver). Quay walls
run along the water edges in pieces; some carry a renovation year. AWZI Houtrust
(79,000 m3/day, Delfland) and a sewage pumping station are TEA points. Demand blocks carry
a heat demand in GJ/yr and a homes count. Coordinates are rounded by eye from the map, not
surveyed; the flows of the Trekvliet and the pumping station are assumptions.
"""

import math
import random

# water bodies: (name, kind, centre line [(x, y)...], width m, flow m3/s or None)
WATER = (
    ("Laakhaven-West", "haven", [(80950.0, 453615.0), (81700.0, 453615.0)], 130.0, None),
    ("Laakhaven-Oost", "haven", [(81615.0, 453550.0), (81615.0, 453250.0)], 110.0, None),
    (
        "Haagse Trekvliet",
        "kanaal",
        [(81706.0, 453620.0), (82250.0, 453420.0), (82800.0, 453050.0), (83300.0, 452700.0)],
        30.0,
        0.3,
    ),
    ("Binckhorsthaven", "haven", [(82650.0, 454505.0), (83350.0, 454505.0)], 110.0, None),
    (
        "Zuidwal",
        "gracht",
        [(80450.0, 454780.0), (80850.0, 454560.0), (81250.0, 454360.0)],
        20.0,
        None,
    ),
    ("Prinsessegracht", "gracht", [(81300.0, 455620.0), (81900.0, 455600.0)], 25.0, None),
    ("Hofvijver", "vijver", [(81430.0, 455310.0), (81600.0, 455310.0)], 90.0, None),
)

# quays: (water name, side +1 left / -1 right of the centre line, renovation years of the
# pieces; the bank is cut into len(years) pieces, None = no renovation planned)
QUAYS = (
    ("Laakhaven-West", 1, (2027, None, 2031)),
    ("Laakhaven-West", -1, (None, 2029)),
    ("Laakhaven-Oost", 1, (2028,)),
    ("Laakhaven-Oost", -1, (None,)),
    ("Haagse Trekvliet", 1, (2026, None, None, 2030)),
    ("Haagse Trekvliet", -1, (None, 2033, None)),
    ("Binckhorsthaven", 1, (2026, None)),
    ("Binckhorsthaven", -1, (None, 2032)),
    ("Zuidwal", 1, (None, 2035)),
    ("Zuidwal", -1, (None,)),
    ("Prinsessegracht", 1, (2029,)),
    ("Prinsessegracht", -1, (None,)),
    ("Hofvijver", -1, (None,)),
)

TEA = (
    # name, kind, x, y, flow m3/day, delta_t override
    ("AWZI Houtrust", "awzi", 76350.0, 455600.0, 79000.0, None),
    ("Rioolgemaal Binckhorst", "rioolgemaal", 82500.0, 454200.0, 6000.0, 3.0),
)

# demand areas: (name, centre x, centre y, half width, half height, number of blocks)
DEMAND_AREAS = (
    ("Laakhaven", 81300.0, 453500.0, 600.0, 450.0, 14),
    ("Trekvliet-Maanweg", 82550.0, 453300.0, 650.0, 400.0, 10),
    ("Binckhorst", 83000.0, 454350.0, 550.0, 350.0, 10),
    ("Centrum", 81200.0, 455150.0, 700.0, 550.0, 14),
)
GJ_PER_HOME = 33.0


def _offset(points, d):
    """Parallel offset of a polyline by d (left positive), mitred corners."""
    out = []
    n = len(points)
    for i in range(n):
        normals = []
        for j in (i - 1, i):
            if 0 <= j < n - 1:
                (x0, y0), (x1, y1) = points[j], points[j + 1]
                length = math.hypot(x1 - x0, y1 - y0)
                normals.append((-(y1 - y0) / length, (x1 - x0) / length))
        nx = sum(v[0] for v in normals)
        ny = sum(v[1] for v in normals)
        norm = math.hypot(nx, ny)
        nx, ny = nx / norm, ny / norm
        cos = nx * normals[0][0] + ny * normals[0][1]
        out.append((points[i][0] + nx * d / cos, points[i][1] + ny * d / cos))
    return out


def _cut(points, k):
    """Cut a polyline into k pieces of equal length."""
    lengths = [math.hypot(b[0] - a[0], b[1] - a[1]) for a, b in zip(points, points[1:])]
    total = sum(lengths)

    def at(s):
        for (a, b), length in zip(zip(points, points[1:]), lengths):
            if s <= length + 1e-9:
                t = min(1.0, s / length)
                return (a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1]))
            s -= length
        return points[-1]

    pieces = []
    cum = [0.0]
    for length in lengths:
        cum.append(cum[-1] + length)
    for i in range(k):
        s0, s1 = total * i / k, total * (i + 1) / k
        pts = [at(s0)] + [p for p, c in zip(points, cum) if s0 < c < s1] + [at(s1)]
        pieces.append(pts)
    return pieces


def _wkt_line(pts):
    return "LINESTRING ({})".format(", ".join(f"{x:.2f} {y:.2f}" for x, y in pts))


def _wkt_polygon(pts):
    ring = list(pts) + [pts[0]]
    return "POLYGON (({}))".format(", ".join(f"{x:.2f} {y:.2f}" for x, y in ring))


def water_rows():
    rows = []
    for name, kind, line, width, flow in WATER:
        left = _offset(line, width / 2.0)
        right = _offset(line, -width / 2.0)
        rows.append(
            (_wkt_polygon(left + right[::-1]), {"name": name, "water_type": kind, "flow_m3s": flow})
        )
    return rows


def quay_rows():
    centre = {w[0]: (w[2], w[3]) for w in WATER}
    rows = []
    for name, side, years in QUAYS:
        line, width = centre[name]
        bank = _offset(line, side * width / 2.0)
        for i, (piece, year) in enumerate(zip(_cut(bank, len(years)), years)):
            quay_id = "{}-{}{}".format(name, "N" if side > 0 else "Z", i + 1)
            rows.append(
                (_wkt_line(piece), {"quay_id": quay_id, "water": name, "renovation_year": year})
            )
    return rows


def tea_rows():
    return [
        (
            f"POINT ({x:.1f} {y:.1f})",
            {"name": name, "kind": kind, "flow_m3_day": flow, "delta_t": dt},
        )
        for name, kind, x, y, flow, dt in TEA
    ]


def demand_rows():
    rng = random.Random(5180)
    rows = []
    for area, cx, cy, hw, hh, n in DEMAND_AREAS:
        for k in range(n):
            x = cx + rng.uniform(-hw, hw)
            y = cy + rng.uniform(-hh, hh)
            half = rng.uniform(40.0, 80.0)
            homes = rng.choice((60, 90, 120, 180, 240, 320, 400))
            rows.append(
                (
                    _wkt_polygon(
                        [
                            (x - half, y - half),
                            (x + half, y - half),
                            (x + half, y + half),
                            (x - half, y + half),
                        ]
                    ),
                    {
                        "block_id": f"{area[:4].upper()}-{k + 1:02d}",
                        "area": area,
                        "homes": homes,
                        "demand_gj": round(homes * GJ_PER_HOME * rng.uniform(0.8, 1.3), 0),
                    },
                )
            )
    return rows


def layers():
    return [
        {
            "name": "aquathermie_water",
            "geometry": "Polygon",
            "fields": [("name", "str"), ("water_type", "str"), ("flow_m3s", "float")],
            "rows": water_rows(),
            "description": "Water bodies (like BGT waterdeel); flow_m3s only for the Haagse "
            "Trekvliet (assumed 0.3 m3/s).",
        },
        {
            "name": "aquathermie_quays",
            "geometry": "LineString",
            "fields": [("quay_id", "str"), ("water", "str"), ("renovation_year", "int")],
            "rows": quay_rows(),
            "description": "Quay walls (kademuren) along the water edges, with planned "
            "renovation years on some (illustrative).",
        },
        {
            "name": "aquathermie_tea_sources",
            "geometry": "Point",
            "fields": [
                ("name", "str"),
                ("kind", "str"),
                ("flow_m3_day", "float"),
                ("delta_t", "float"),
            ],
            "rows": tea_rows(),
            "description": "Waste-water heat sources: AWZI Houtrust (79,000 m3/day, "
            "Delfland) and an illustrative pumping station.",
        },
        {
            "name": "aquathermie_demand",
            "geometry": "Polygon",
            "fields": [
                ("block_id", "str"),
                ("area", "str"),
                ("homes", "int"),
                ("demand_gj", "float"),
            ],
            "rows": demand_rows(),
            "description": "Demand blocks near the quays with homes and heat demand (GJ/yr), "
            "illustrative.",
        },
    ]
